from slant.analysis import analyse_article, analyse_story
from slant.content import Article, Story

TEXT = ("Protesters called the plan a disaster and a betrayal of families.\n\n"
        "“This is a wonderful, hopeful day for our city,” Mayor Ana Ruiz said.")


def test_author_tone_and_quoted_tone_are_measured_apart():
    analysis = analyse_article(Article(slug="a", story="s", outlet="Herald", text=TEXT))
    assert analysis.quoted_tone > 0.5, "the mayor's quote is upbeat"
    assert analysis.author_tone < 0, "the reporter's own sentences are negative"
    assert analysis.word_count == 24


def test_story_merges_speaker_spellings_across_articles():
    one = Article(slug="one", story="s", outlet="Herald",
                  text="“We will rebuild the bridge,” said Mayor Ana Ruiz.")
    two = Article(slug="two", story="s", outlet="Courier",
                  text="“We will rebuild the bridge quickly,” Ruiz said on Monday.")
    story = Story(slug="s", title="Bridge", date="2024-01-01", articles=(one, two))
    result = analyse_story(story, [analyse_article(one), analyse_article(two)])
    speakers = {q.speaker for a in result.articles for q in a.quotes.quotes}
    assert speakers == {"Ana Ruiz"}
    assert len(result.shared_quotes) == 1
    assert set(result.shared_quotes[0].articles) == {"one", "two"}


def test_voices_table_left_out_and_own_quotes():
    one = Article(slug="one", story="s", outlet="Herald", text=(
        "“We will rebuild the bridge by spring,” said Mayor Ana Ruiz.\n\n"
        "“The money is not there yet,” said council member Tom Reyes."))
    two = Article(slug="two", story="s", outlet="Courier", text=(
        "“We will rebuild the bridge by spring,” Mayor Ana Ruiz said on Monday.\n\n"
        "“Traffic will be diverted for months,” said engineer Li Wei Chen."))
    story = Story(slug="s", title="Bridge", date="2024-01-01", articles=(one, two))
    result = analyse_story(story, [analyse_article(one), analyse_article(two)])
    assert set(result.voices) == {"Ana Ruiz", "Tom Reyes", "Li Wei Chen"}
    assert result.voices["Ana Ruiz"] == {"one": 7, "two": 7}
    assert result.voices_left_out("one") == [("Li Wei Chen", ["two"])]
    assert [q.text for q in result.quotes_only_here("two")] == [
        "Traffic will be diverted for months,"]
    first = result.by_slug("one").quotes.direct[0]
    assert result.shared_with("one", first.start) == ["two"]


def test_articles_with_no_content_words_do_not_crash_the_story():
    one = Article(slug="one", story="s", outlet="Herald", text="It is what it is.")
    two = Article(slug="two", story="s", outlet="Courier", text="...")
    story = Story(slug="s", title="Empty", date="2024-01-01", articles=(one, two))
    result = analyse_story(story, [analyse_article(one), analyse_article(two)])
    assert result.similarity["one"]["two"] == 0.0
    assert all(len(f.articles) == 1 for f in result.facts)


def test_a_chain_of_rewrites_rests_on_one_original():
    from slant.analysis import _original

    chain = {"a": "b", "b": "c", "c": None, "d": None}
    assert [_original(s, chain) for s in "abcd"] == ["c", "c", "c", "d"]
    cycle = {"a": "b", "b": "a"}
    assert _original("a", cycle) == _original("b", cycle)


def test_speaker_takes_the_fullest_name_any_article_gives():
    one = Article(slug="one", story="s", outlet="Herald",
                  text="President Joe Biden signed the order on Monday in Washington.")
    two = Article(slug="two", story="s", outlet="Courier",
                  text="Mr. Biden has called the old policy “inhumane,” aides said.")
    story = Story(slug="s", title="Order", date="2024-01-01", articles=(one, two))
    result = analyse_story(story, [analyse_article(one), analyse_article(two)])
    assert [q.speaker for q in result.by_slug("two").quotes.direct] == ["Joe Biden"]
