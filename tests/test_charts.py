import plotly.graph_objects as go
import pytest

from slant import charts
from slant.analysis import analyse_article, analyse_story
from slant.content import load_site_content


@pytest.fixture(scope="module")
def story():
    from conftest import ROOT, SEED_STORY

    content = load_site_content(ROOT / "content")
    seed = next(s for s in content.stories if s.slug == SEED_STORY)
    return analyse_story(seed, [analyse_article(a) for a in seed.articles])


@pytest.mark.parametrize("make", [charts.tone_comparison, charts.coverage_matrix, charts.voices,
                                  charts.similarity_heatmap])
def test_story_charts_are_valid_plotly_figures(story, make):
    spec = make(story)
    # raises on any property plotly does not know
    figure = go.Figure({"data": spec["data"], "layout": spec["layout"]})
    assert figure.data, "a chart with no data"
    assert spec["title"] and spec["caption"]


def test_tone_chart_shows_null_headlines_as_gaps(story):
    spec = charts.tone_comparison(story)
    headline = spec["data"][0]["y"]
    assert headline.count(None) == 2
    assert len(spec["layout"]["annotations"]) == 2


def test_coverage_matrix_rows_are_facts_and_hover_quotes_the_sentence(story):
    spec = charts.coverage_matrix(story)
    heat = spec["data"][0]
    assert len(heat["z"]) == len(story.facts)
    assert len(heat["x"]) == 5
    first = story.facts[0]
    column = [a.article.slug for a in story.articles].index(first.articles[0])
    evidence = first.evidence[0]
    text = story.by_slug(evidence.article).article.text[evidence.start:evidence.end]
    outlet, _, sentence = heat["customdata"][0][column].partition(": ")
    assert outlet == f"<b>{charts.plain(heat['x'][column])}</b>"
    assert sentence.rstrip("…") in charts.plain(text)


def test_article_tone_chart(story):
    analysis = story.articles[0]
    spec = charts.tone_along(analysis)
    go.Figure({"data": spec["data"], "layout": spec["layout"]})
    assert len(spec["data"][0]["y"]) == len(analysis.tone.sentences)


def test_untrusted_names_stay_text_in_plotly_labels():
    assert charts._escape_template("A %{x} <b>") == "A %(x) &lt;b&gt;"
    assert charts.plain("<a href='javascript:alert(1)'>x</a>") == (
        "&lt;a href='javascript:alert(1)'&gt;x&lt;/a&gt;")


def test_coverage_matrix_stays_usable_with_12_articles_and_80_facts():
    """A synthetic story: 80 distinct facts, each carried by a different set of 12 outlets."""
    import random

    from slant.content import Article, Story

    rng = random.Random(7)
    places = ["Ashford", "Brookvale", "Carrow", "Dunmore", "Eastleigh", "Fenwick", "Glenholm",
              "Harwick", "Ivybridge", "Jarrow"]
    things = ["bridge", "school", "clinic", "library", "station", "market", "harbour", "mill"]
    facts = [f"The {things[n % 8]} in {places[n % 10]} reopened after {n + 3} weeks of repairs "
             f"costing {n * 7 + 11} thousand pounds." for n in range(80)]
    articles = []
    for a in range(12):
        carried = sorted(rng.sample(range(80), 30))
        text = "\n\n".join(facts[n] for n in carried)
        articles.append(Article(slug=f"outlet-{a:02d}", story="synthetic",
                                outlet=f"Outlet number {a + 1} Daily Gazette", text=text))
    story = Story(slug="synthetic", title="Synthetic", date="2024-01-01",
                  articles=tuple(articles))
    analysed = analyse_story(story, [analyse_article(a) for a in articles])
    spec = charts.coverage_matrix(analysed)
    heat = spec["data"][0]
    assert len(heat["x"]) == 12
    assert 70 <= len(heat["y"]) <= 80, "each synthetic fact is found as one fact"
    assert spec["layout"]["height"] >= 18 * len(heat["y"])  # every row at least 18 px
    assert all(len(label) <= 60 for label in heat["y"])
    assert heat["meta"]["narrow_y"][0] == "f001"  # phones get short row labels
    narrow = heat["meta"]["narrow_x"]
    assert len(set(narrow)) == 12 and all(len(label) <= 12 for label in narrow)


def test_similarity_heatmap_marks_the_rewrite(story):
    spec = charts.similarity_heatmap(story)
    marks = spec["layout"]["annotations"]
    labels = charts.article_labels(story)
    assert [(m["y"], m["x"]) for m in marks] == [
        (labels["unknown-outlet"], labels["cbs-news"])]
