"""The built site: every page parses, every internal link, asset and anchor resolves (at the
root and under a sub-path), untrusted text stays text, and the data exports keep their contract."""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import jsonschema
import pytest
from conftest import SEED_STORY, build_site

from slant.site import CSP, json_for_script


class PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.scripts: list[dict] = []
        self.metas: list[dict] = []
        self.stack: list[str] = []
        self.json_blocks: list[str] = []
        self._in_json = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            assert attrs["id"] not in self.ids, f"duplicate id {attrs['id']}"
            self.ids.add(attrs["id"])
        for key in ("href", "src"):
            if attrs.get(key):
                self.links.append(attrs[key])
        if tag == "script":
            self.scripts.append(attrs)
            self._in_json = attrs.get("type") == "application/json"
        if tag == "meta":
            self.metas.append(attrs)
        assert not any(k.startswith("on") for k in attrs), f"inline handler on <{tag}>"

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json = False

    def handle_data(self, data):
        if self._in_json:
            self.json_blocks.append(data)


def parse(path: Path) -> PageParser:
    parser = PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def resolve(site: Path, page: Path, link: str, base_path: str) -> tuple[Path, str] | None:
    """The file and fragment a link points to, or None for external links."""
    parts = urlsplit(link)
    if parts.scheme in {"http", "https", "mailto"} or link.startswith("//"):
        return None
    assert not parts.scheme, f"unexpected scheme in {link}"
    page_url = "/" + str(page.relative_to(site))
    if parts.path.startswith("/"):
        assert parts.path.startswith(base_path), f"{page}: {link} is outside {base_path}"
        target = "/" + parts.path[len(base_path):]
    else:
        target = urljoin(page_url, parts.path) if parts.path else page_url
    return site / unquote(target.lstrip("/")), parts.fragment


@pytest.mark.parametrize("which, base_path", [("seed_site", "/"),
                                               ("subpath_site", "/slant-demo/")])
def test_every_internal_link_asset_and_anchor_resolves(request, which, base_path):
    site = request.getfixturevalue(which)
    parsed = {page: parse(page) for page in pages(site)}
    assert len(parsed) >= 10
    checked = 0
    for page, parser in parsed.items():
        for link in parser.links:
            found = resolve(site, page, link, base_path)
            if found is None:
                continue
            target, fragment = found
            assert target.is_file(), f"{page.relative_to(site)}: broken link {link}"
            if fragment:
                assert target.suffix == ".html"
                ids = parsed[target].ids if target in parsed else parse(target).ids
                assert fragment in ids, f"{page.relative_to(site)}: no #{fragment} in {link}"
            checked += 1
    assert checked > 100


def test_pages_carry_csp_and_no_inline_script(seed_site):
    assert "'unsafe-inline'" not in CSP.split("script-src")[1].split(";")[0]
    for page in pages(seed_site):
        parser = parse(page)
        csp = [m for m in parser.metas if m.get("http-equiv") == "Content-Security-Policy"]
        assert csp and csp[0]["content"] == CSP, page
        for script in parser.scripts:
            assert script.get("src") or script.get("type") == "application/json", page
        for script in parser.scripts:
            src = script.get("src", "")
            assert not src.startswith(("http:", "https:", "//")), f"{page}: script from {src}"


def test_plotly_is_copied_once_with_a_content_hash(seed_site):
    scripts = list((seed_site / "assets").glob("plotly.min.*.js"))
    assert len(scripts) == 1
    assert re.fullmatch(r"plotly\.min\.[0-9a-f]{10}\.js", scripts[0].name)


def test_chart_json_parses_and_cannot_break_out():
    hostile = {"t": "</script><script>alert(1)</script><!-- \u2028 &amp;"}
    text = str(json_for_script(hostile))
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == hostile


def test_story_page_has_charts_and_honest_headlines(seed_site):
    page = seed_site / "stories" / f"{SEED_STORY}.html"
    parser = parse(page)
    specs = [json.loads(block) for block in parser.json_blocks]
    assert len(specs) >= 3
    assert all(spec["data"] for spec in specs)
    html = page.read_text(encoding="utf-8")
    assert html.count("no headline in the source") == 2
    assert html.count("Rewrite of") == 1


def test_sitemap_and_feed_use_the_deployed_address(subpath_site):
    sitemap = ET.parse(subpath_site / "sitemap.xml").getroot()
    locs = [e.text for e in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert all(loc.startswith("https://example.github.io/slant-demo/") for loc in locs)
    assert "https://example.github.io/slant-demo/index.html" in locs
    for loc in locs:
        assert (subpath_site / loc.removeprefix("https://example.github.io/slant-demo/")).is_file()
    feed = ET.parse(subpath_site / "feed.xml").getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    entries = feed.findall(f"{atom}entry")
    assert len(entries) == 1
    assert entries[0].find(f"{atom}id").text.endswith(f"stories/{SEED_STORY}.html")


def test_404_links_work_from_any_depth(subpath_site):
    html = (subpath_site / "404.html").read_text(encoding="utf-8")
    assert 'href="/slant-demo/index.html"' in html
    assert 'href="/slant-demo/assets/slant.' in html


def test_data_export_matches_schema_and_offsets(seed_site):
    data = json.loads((seed_site / "data" / f"{SEED_STORY}.json").read_text(encoding="utf-8"))
    schema = json.loads((seed_site / "data" / "schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert len(data["articles"]) == 5
    texts = {a["slug"]: a["text"] for a in data["articles"]}
    for article in data["articles"]:
        for quote in article["quotes"]:
            assert article["text"][quote["start"]:quote["end"]] == quote["text"]
        for quote in article["headline_quotes"]:
            assert article["headline"][quote["start"]:quote["end"]] == quote["text"]
        if article["headline"] is None:
            assert article["tone"]["headline"] is None
    for fact in data["facts"]:
        for slug, (start, end) in fact["evidence"].items():
            assert 0 <= start < end <= len(texts[slug])
    for shared in data["shared_quotes"]:
        assert len(shared["articles"]) >= 2
    rows = list(csv.DictReader((seed_site / "data" / "articles.csv").open(encoding="utf-8")))
    assert len(rows) == 5
    assert sum(1 for r in rows if r["headline"] == "" and r["headline_tone"] == "") == 2


def test_untrusted_article_text_is_escaped_everywhere(project_copy, tmp_path):
    folder = project_copy / "content" / "stories" / "hostile"
    folder.mkdir()
    (folder / "index.md").write_text('---\ntitle: "Hostile <b>story</b>"\ndate: 2024-01-01\n---\n')
    evil = "</script><script>alert(1)</script><img src=x onerror=alert(2)>"
    for name in ("one", "two"):
        (folder / f"{name}.md").write_text(
            f'---\noutlet: "Evil <i>Outlet</i> {name}"\ntitle: "Headline {evil}"\n---\n\n'
            f'“{evil} is what we said,” said Mallory Smith.\n\nThe {evil} attack was reported.\n')
    site = build_site(tmp_path / "site", root=project_copy)
    for page in pages(site):
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html and "<img src=x" not in html, page
        assert "<i>Outlet" not in html and "<b>story" not in html, page
        for block in parse(page).json_blocks:
            spec = json.loads(block)
            # Plotly draws <b>, <a href> … in labels: untrusted text must arrive escaped.
            for trace in spec["data"]:
                for key in ("x", "y", "name", "customdata", "text"):
                    values = trace.get(key) or []
                    flat = [values] if isinstance(values, str) else [
                        v for row in values for v in (row if isinstance(row, list) else [row])]
                    for value in flat:
                        if isinstance(value, str):
                            assert "<img" not in value and "<script" not in value, (page, key)
                            assert "<i>" not in value, (page, key)
    story_page = (site / "stories" / "hostile.html").read_text(encoding="utf-8")
    assert "&lt;/script&gt;&lt;script&gt;alert(1)" in story_page


def test_outlets_whose_names_slug_alike_get_their_own_pages(project_copy, tmp_path):
    folder = project_copy / "content" / "stories" / "scripts"
    folder.mkdir()
    (folder / "index.md").write_text('---\ntitle: "Scripts"\ndate: 2024-01-01\n---\n')
    for name, outlet in (("one", "Спутник"), ("two", "新华社"), ("three", "CBS-News")):
        (folder / f"{name}.md").write_text(
            f'---\noutlet: "{outlet}"\n---\n\nThe council approved the budget on Monday night '
            f"after a long debate about the new school.\n", encoding="utf-8")
    site = build_site(tmp_path / "site", root=project_copy)
    pages = {p.name: p.read_text(encoding="utf-8") for p in (site / "outlets").glob("*.html")}
    owners = [name for name, html in pages.items() if "Спутник" in html.split("<main")[1]]
    assert len(owners) == 1 and "新华社" not in pages[owners[0]].split("<main")[1]
    assert len([p for p in pages if p.startswith("cbs-news")]) == 2  # CBS News and CBS-News


def test_an_unnamed_source_is_shown_by_what_the_text_calls_it(project_copy, tmp_path):
    folder = project_copy / "content" / "stories" / "unnamed"
    folder.mkdir()
    (folder / "index.md").write_text('---\ntitle: "Unnamed"\ndate: 2024-01-01\n---\n')
    for name in ("one", "two"):
        (folder / f"{name}.md").write_text(
            f'---\noutlet: "Outlet {name}"\n---\n\nSenator Mitch McConnell was not told.\n\n'
            "A McConnell spokesman said the senator “did not have any advance notice” of "
            "the book.\n", encoding="utf-8")
    site = build_site(tmp_path / "site", root=project_copy)
    article = next((site / "articles" / "unnamed").glob("*.html")).read_text(encoding="utf-8")
    assert "unnamed: McConnell spokesman, said" in article
