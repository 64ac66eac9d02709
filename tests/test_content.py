import pytest

from slant.content import load_site_content, load_story, parse_article, split_front_matter
from slant.errors import BuildErrors, ContentError

ARTICLE = """---
outlet: Reuters
title: "Guatemala's president says U.S. sent mixed message on migration"
url: https://example.com/a
---

Guatemala's president said on Sunday that his government and the Biden administration
remain at odds over migration.

He valued Vice President Kamala Harris as a partner.
"""


def test_article_front_matter_and_text(tmp_path):
    path = tmp_path / "reuters.md"
    article = parse_article(ARTICLE, path, "story")
    assert article.outlet == "Reuters"
    assert article.title.startswith("Guatemala's president")
    assert article.text.startswith("Guatemala's president said on Sunday")
    assert article.text.endswith("as a partner.")
    assert article.slug == "reuters"


def test_missing_title_means_no_headline(tmp_path):
    text = "---\noutlet: CBS News\n---\n\nThe world leader who has spoken with Harris.\n"
    assert parse_article(text, tmp_path / "cbs.md", "s").title is None


@pytest.mark.parametrize("source, line, needle", [
    ("outlet: CBS\n---\nText.", 1, "missing front matter"),
    ("---\ntitle: A headline\n---\n\nText here.\n", 3, "needs 'outlet:'"),
    ("---\noutlet: CBS\ncolour: red\n---\n\nText.\n", 3, "unknown field 'colour'"),
    ("---\noutlet: CBS\ntitle: \"\"\n---\n\nText.\n", 3, "'title' is empty"),
    ("---\noutlet: [CBS\n---\n\nText.\n", 2, "not valid YAML"),
    ("---\noutlet: CBS\n---\n\n", 4, "no text"),
    ("---\noutlet: 42\n---\n\nText.\n", 2, "must be text"),
])
def test_bad_front_matter_names_file_and_line(tmp_path, source, line, needle):
    path = tmp_path / "bad.md"
    with pytest.raises(ContentError) as info:
        parse_article(source, path, "story")
    assert info.value.line == line
    assert needle in info.value.message
    assert str(info.value).startswith(f"{path}:{line}:")


def test_front_matter_body_line():
    meta, body, line = split_front_matter("---\noutlet: X\n---\nBody\n", "p")
    assert meta == {"outlet": "X"} and body == "Body\n" and line == 4


def test_every_problem_in_a_story_is_reported_at_once(tmp_path):
    folder = tmp_path / "stories" / "broken-story"
    folder.mkdir(parents=True)
    (folder / "one.md").write_text("---\ntitle: No outlet\n---\n\nText.\n")
    (folder / "two.md").write_text("no front matter at all\n")
    with pytest.raises(BuildErrors) as info:
        load_story(folder)
    messages = [str(e) for e in info.value.errors]
    assert len(messages) == 3  # two bad articles and the missing index.md
    assert any("one.md" in m and "outlet" in m for m in messages)
    assert any("two.md" in m for m in messages)
    assert any("index.md" in m for m in messages)


def test_committed_content_loads():
    from conftest import ROOT, SEED_STORY

    content = load_site_content(ROOT / "content")
    story = next(s for s in content.stories if s.slug == SEED_STORY)
    assert len(story.articles) == 5
    assert sorted(a.title is None for a in story.articles) == [False, False, False, True, True]
    assert all(a.outlet_source for a in story.articles)
    assert [p.slug for p in content.pages] == ["methodology"]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,hi", "example.com/a",
                                 "//example.com/a"])
def test_url_must_be_a_web_address(tmp_path, url):
    source = f'---\noutlet: CBS News\nurl: "{url}"\n---\n\nText of the article here.\n'
    with pytest.raises(ContentError, match="'url' must be a full web address") as info:
        parse_article(source, tmp_path / "cbs.md", "story")
    assert info.value.line == 3


def test_unquoted_published_date_is_accepted(tmp_path):
    source = "---\noutlet: CBS News\npublished: 2021-06-07\n---\n\nText of the article.\n"
    assert parse_article(source, tmp_path / "cbs.md", "story").published == "2021-06-07"


@pytest.mark.parametrize("name, body, needle", [
    ("index.md", "---\ntitle: Home\n---\n", "not one of"),
    ("About Us.md", "---\ntitle: About\n---\n", "must be a slug"),
    ("about.md", "---\ntitle: About\norder: first\n---\n", "'order' must be a whole number"),
])
def test_bad_pages_are_refused(tmp_path, name, body, needle):
    from slant.content import parse_page

    with pytest.raises(ContentError, match=needle):
        parse_page(body, tmp_path / name)


def test_every_problem_in_one_file_is_reported(tmp_path):
    source = "---\ntitle: 42\ncolour: red\n---\n\nText of the article.\n"
    with pytest.raises(BuildErrors) as info:
        parse_article(source, tmp_path / "bad.md", "story")
    found = sorted((e.line, e.message.split(" ")[0]) for e in info.value.errors)
    assert found == [(2, "'title'"), (3, "unknown"), (4, "article")]
