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
