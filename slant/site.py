"""Render pages and data exports, and write site/ atomically.

The only module that writes files. Everything is rendered into a temporary folder beside
the output folder; only when every page is written is the old site swapped out, so a failed
build leaves the previous site/ as it was.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

import plotly
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markdown_it import MarkdownIt
from markupsafe import Markup

from . import charts
from .analysis import ArticleAnalysis, StoryAnalysis
from .compare import PASSAGE_MIN_WORDS
from .config import SITE_MARKER, Config
from .content import Page, SiteContent
from .errors import SlantError
from .text import paragraphs, slugify
from .tone import label as tone_label

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
       "base-uri 'none'; form-action 'none'")


# ---------------------------------------------------------------- safe output

class OutputFolder:
    """Writes files under one folder and refuses any path that would leave it."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.written: list[str] = []

    def path(self, relative: str) -> Path:
        target = (self.root / relative).resolve()
        if target != self.root and self.root not in target.parents:
            raise SlantError(f"refusing to write outside the output folder: {relative}")
        return target

    def write(self, relative: str, content: str | bytes) -> None:
        if relative in self.written:
            raise SlantError(f"two pages would be written to {relative}; rename one of the "
                             "content files (pages may not be called index or 404)")
        target = self.path(relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            target.write_text(content, encoding="utf-8")
        else:
            target.write_bytes(content)
        self.written.append(relative)


def swap_into_place(built: Path, output: Path) -> None:
    """Replace output with built in two renames; the old site is removed only afterwards."""
    old = None
    if output.exists():
        old = Path(tempfile.mkdtemp(prefix=f"{output.name}.old-", dir=output.parent))
        output.replace(old)
    try:
        built.rename(output)
    except OSError as exc:
        if old is not None:
            old.rename(output)
        raise SlantError(f"could not move the new site into {output} ({exc}); the previous "
                         "site is still there") from None
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


# ---------------------------------------------------------------- rendering helpers

def json_for_script(value: object) -> Markup:
    """JSON that cannot end its <script> element or open a comment: <, >, & and the line
    separators are written as \\u escapes (JSON.parse reads them back unchanged)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return Markup(text)


def _markdown() -> MarkdownIt:
    # Raw HTML in Markdown is shown as text, never passed through.
    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})


def fmt(value: float | None, digits: int = 2, signed: bool = True) -> str:
    if value is None:
        return "—"
    if round(value, digits) == 0:
        value = 0.0  # no "−0.00"
    text = f"{value:+.{digits}f}" if signed and value else f"{value:.{digits}f}"
    return text.replace("-", "−")


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def make_environment(config: Config) -> Environment:
    loaders = [FileSystemLoader(str(d)) for d in config.template_dirs if d.is_dir()]
    if not loaders:
        raise SlantError(f"no templates folder found at {config.template_dirs[0]}")
    env = Environment(loader=ChoiceLoader(loaders), autoescape=select_autoescape(
        ["html", "xml"], default_for_string=True, default=True), undefined=StrictUndefined,
        trim_blocks=True, lstrip_blocks=True)
    env.filters.update(fmt=fmt, percent=percent, tone_label=tone_label,
                       chart_json=json_for_script)
    md = _markdown()
    env.filters["markdown"] = lambda text: Markup(md.render(text or ""))
    return env


# ---------------------------------------------------------------- annotated article text

CLOSING_MARKS = set("”’\"'»")


@dataclass(frozen=True)
class Segment:
    text: str
    classes: str
    title: str
    tag: str = ""  # a label shown after a quotation ends ("— Harris, said")
    anchor: str = ""  # id of the quotation starting here, for links from the story page


def annotate(analysis: ArticleAnalysis, unique_spans: list[tuple[int, int]],
             copied_spans: list[tuple[int, int]] = ()) -> list[list[Segment]]:
    """Paragraphs of the text cut into segments, each with the annotations covering it."""
    text = analysis.article.text
    # (start, end, classes, title, tag, where the tag goes: after any closing mark)
    marks: list[tuple[int, int, str, str, str, int]] = []
    for q in analysis.quotes.quotes:
        # An unnamed source shows what the text calls it ("unnamed: a McConnell spokesman").
        who = q.speaker or (f"unnamed: {q.role}" if q.role else "speaker not identified")
        if q.kind == "scare":
            title, tag = "scare quotes: a term set off by the writer", ""
        else:
            title = f"{q.kind} quote · {who}" + (f" · {q.verb}" if q.verb else "")
            tag = f"{who}" + (f", {q.verb}" if q.verb else "")
        tag_at = q.end + 1 if text[q.end:q.end + 1] in CLOSING_MARKS else q.end
        marks.append((q.start, q.end, f"q q-{q.kind}", title, tag, tag_at))
    for start, end in unique_spans:
        marks.append((start, end, "unique", "a fact only this article carries", "", end))
    for start, end in copied_spans:
        marks.append((start, end, "copy", "word for word in another article", "", end))
    result = []
    for para in paragraphs(text):
        cuts = {para.start, para.end}
        for start, end, _, _, _, tag_at in marks:
            for point in (start, end, tag_at):
                if para.start < point < para.end:
                    cuts.add(point)
        points = sorted(cuts)
        segments = []
        for a, b in zip(points, points[1:], strict=False):
            active = [m for m in marks if m[0] <= a and b <= m[1]]
            classes = " ".join(dict.fromkeys(c for m in active for c in m[2].split()))
            title = " | ".join(m[3] for m in active)
            tag = " / ".join(m[4] for m in marks if m[4] and m[5] == b)
            anchor = next((f"q-{m[0]}" for m in marks if m[0] == a and m[2].startswith("q")), "")
            segments.append(Segment(text[a:b], classes, title, tag, anchor))
        result.append(segments)
    return result


# ---------------------------------------------------------------- data exports

def _r(value: float | None) -> float | None:
    return None if value is None else round(float(value), 4)


def story_export(story: StoryAnalysis) -> dict:
    """site/data/<story>.json, as DESIGN.md's data contract describes."""
    articles = []
    for a in story.articles:
        cov = story.coverage[a.article.slug]
        articles.append({
            "slug": a.article.slug, "outlet": a.article.outlet, "headline": a.article.title,
            "url": a.article.url, "published": a.article.published, "author": a.article.author,
            "lean": a.article.lean, "text": a.article.text,
            "tone": {"headline": _r(a.tone.headline), "lede": _r(a.tone.lede),
                     "body": _r(a.tone.body), "headline_body_gap": _r(a.tone.headline_body_gap),
                     "author": _r(a.author_tone), "quoted": _r(a.quoted_tone),
                     "sentences": [{"start": s.start, "end": s.end, "score": _r(s.score)}
                                   for s in a.tone.sentences]},
            "quotes": [{"text": q.text, "speaker": q.speaker, "role": q.role, "kind": q.kind,
                        "verb": q.verb, "start": q.start, "end": q.end,
                        "shared_with": story.shared_with(a.article.slug, q.start)}
                       for q in a.quotes.quotes],
            "headline_quotes": [{"text": q.text, "speaker": q.speaker, "role": q.role,
                                 "kind": q.kind, "verb": q.verb, "start": q.start,
                                 "end": q.end} for q in a.quotes.headline],
            "voices": [{"speaker": v.speaker, "role": v.role, "quotes": v.quotes,
                        "words": v.words, "share": _r(v.share)} for v in a.quotes.voices],
            "quoted_share": _r(a.quotes.quoted_share),
            "word_count": a.word_count,
            "coverage": {"included": list(cov.included), "omitted": list(cov.omitted),
                         "unique": list(cov.unique), "share": _r(cov.share),
                         "consensus_left_out": list(cov.consensus_left_out),
                         "consensus_share": _r(cov.consensus_share)},
            "rewrite_of": story.rewrite_of.get(a.article.slug),
            "copied_share": _r(story.copied_share(a.article.slug)),
        })
    return {
        "story": {"slug": story.story.slug, "title": story.story.title, "date": story.story.date,
                  "articles": [a.article.slug for a in story.articles]},
        "articles": articles,
        "facts": [{"id": f.id, "text": f.text, "articles": list(f.articles),
                   "evidence": {slug: list(f.first_span(slug)) for slug in f.articles},
                   "sentences": {slug: [[e.start, e.end] for e in f.evidence if e.article == slug]
                                 for slug in f.articles}}
                  for f in story.facts],
        "consensus": list(story.consensus),
        "shared_quotes": [{"text": s.text, "speaker": s.speaker,
                           "articles": {k: list(v) for k, v in s.articles.items()}}
                          for s in story.shared_quotes],
        "shared_passages": [{"words": p.words,
                             "articles": {k: list(v) for k, v in p.articles.items()}}
                            for p in story.shared_passages],
        "voices": story.voices,
        "similarity": story.similarity,
    }


CSV_COLUMNS = ["story", "article", "outlet", "headline", "headline_tone", "lede_tone",
               "body_tone", "headline_body_gap", "author_tone", "quoted_tone", "word_count",
               "quotes", "quoted_share", "voices", "facts_included", "facts_omitted",
               "facts_unique", "coverage_share", "consensus_share", "rewrite_of", "url"]


def articles_csv(stories: list[StoryAnalysis]) -> str:
    buffer = io.StringIO()
    # Text cells that a spreadsheet would run as a formula ("=HYPERLINK(…)") get a leading
    # apostrophe, the usual guard; numbers are left alone.
    def cell(value: object) -> object:
        return f"'{value}" if isinstance(value, str) and value[:1] in "=+-@\t\r" else value

    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for story in stories:
        for a in story.articles:
            cov = story.coverage[a.article.slug]
            writer.writerow({
                "story": story.story.slug, "article": a.article.slug,
                "outlet": cell(a.article.outlet),
                "headline": cell(a.article.title) if a.article.title is not None else "",
                "headline_tone": _r(a.tone.headline), "lede_tone": _r(a.tone.lede),
                "body_tone": _r(a.tone.body), "headline_body_gap": _r(a.tone.headline_body_gap),
                "author_tone": _r(a.author_tone), "quoted_tone": _r(a.quoted_tone),
                "word_count": a.word_count, "quotes": len(a.quotes.direct),
                "quoted_share": _r(a.quotes.quoted_share), "voices": len(a.quotes.voices),
                "facts_included": len(cov.included), "facts_omitted": len(cov.omitted),
                "facts_unique": len(cov.unique), "coverage_share": _r(cov.share),
                "consensus_share": _r(cov.consensus_share),
                "rewrite_of": story.rewrite_of.get(a.article.slug) or "",
                "url": cell(a.article.url or ""),
            })
    return buffer.getvalue()


def schema_text() -> str:
    return resources.files("slant").joinpath("schema/story.schema.json").read_text()


# ---------------------------------------------------------------- assets

def _hashed(name: str, content: bytes) -> str:
    stem, dot, ext = name.rpartition(".")
    return f"{stem}.{hashlib.sha256(content).hexdigest()[:10]}{dot}{ext}"


def copy_assets(config: Config, out: OutputFolder) -> dict[str, str]:
    """Static files and plotly.js, each under a name carrying its content hash."""
    assets = {}
    plotly_js = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    sources = [("plotly.min.js", plotly_js)]
    sources += sorted((p.name, p) for p in config.static_dir.glob("*") if p.is_file())
    for name, path in sources:
        content = path.read_bytes()
        hashed = _hashed(name, content)
        out.write(f"assets/{hashed}", content)
        assets[name] = f"assets/{hashed}"
    return assets


# ---------------------------------------------------------------- pages

@dataclass(frozen=True)
class Outlet:
    slug: str
    name: str
    articles: tuple[tuple[StoryAnalysis, ArticleAnalysis], ...]


def outlet_slugs(stories: list[StoryAnalysis]) -> dict[str, str]:
    """Outlet name -> page slug; names whose slugs collide ('CBS News', 'CBS-News', or two
    names in non-Latin scripts) get a short hash of the name, so no two outlets share a page."""
    names = sorted({a.article.outlet for s in stories for a in s.articles})
    by_slug: dict[str, list[str]] = {}
    for name in names:
        by_slug.setdefault(slugify(name, "outlet"), []).append(name)
    slugs = {}
    for slug, group in by_slug.items():
        for name in group:
            digest = hashlib.sha256(name.encode()).hexdigest()[:6]
            slugs[name] = slug if len(group) == 1 and slug != "outlet" else f"{slug}-{digest}"
    return slugs


def outlets_of(stories: list[StoryAnalysis]) -> list[Outlet]:
    slugs = outlet_slugs(stories)
    found: dict[str, list] = {}
    for story in stories:
        for a in story.articles:
            found.setdefault(a.article.outlet, []).append((story, a))
    return [Outlet(slugs[name], name, tuple(items))
            for name, items in sorted(found.items(), key=lambda kv: kv[0].lower())]


def story_url(story: StoryAnalysis) -> str:
    return f"stories/{story.story.slug}.html"


def article_url(story_slug: str, article_slug: str) -> str:
    return f"articles/{story_slug}/{article_slug}.html"


def outlet_url(slug: str) -> str:
    return f"outlets/{slug}.html"


def page_url(page: Page) -> str:
    return f"{page.slug}.html"


class Renderer:
    def __init__(self, config: Config, content: SiteContent, stories: list[StoryAnalysis],
                 out: OutputFolder, assets: dict[str, str]) -> None:
        self.config = config
        self.content = content
        self.stories = stories
        self.out = out
        self.assets = assets
        self.env = make_environment(config)
        self.outlets = outlets_of(stories)
        self.outlet_slugs = {o.name: o.slug for o in self.outlets}
        self.built = dt.datetime.now(dt.UTC).replace(microsecond=0)

    def render(self, template: str, url: str, root: str | None = None, **context) -> None:
        depth = url.count("/")
        prefix = root if root is not None else "../" * depth
        html = self.env.get_template(template).render(
            root=prefix, config=self.config, csp=CSP, assets=self.assets, pages=self.content.pages,
            page_url=page_url, story_url=story_url, article_url=article_url,
            outlet_url=outlet_url, outlet_page=self.outlet_page, current=url,
            passage_words=PASSAGE_MIN_WORDS, **context)
        self.out.write(url, html)

    def outlet_page(self, name: str) -> str:
        """The page of the outlet called `name`."""
        return outlet_url(self.outlet_slugs[name])

    def all(self) -> None:
        self.render("index.html", "index.html", stories=self.stories, outlets=self.outlets,
                    labels={s.story.slug: charts.article_labels(s) for s in self.stories})
        for story in self.stories:
            self.story_page(story)
            for analysis in story.articles:
                self.article_page(story, analysis)
        for outlet in self.outlets:
            self.render("outlet.html", outlet_url(outlet.slug), outlet=outlet)
        for page in self.content.pages:
            self.render("page.html", page_url(page), page=page)
        self.render("404.html", "404.html", root=self.config.base_path)
        self.out.write("sitemap.xml", self.sitemap())
        self.out.write("feed.xml", self.feed())
        for story in self.stories:
            self.out.write(f"data/{story.story.slug}.json",
                           json.dumps(story_export(story), ensure_ascii=False, indent=1))
        self.out.write("data/articles.csv", articles_csv(self.stories))
        self.out.write("data/schema.json", schema_text())
        self.out.write(".nojekyll", "")
        self.out.write(SITE_MARKER, "This folder is built by Slant; a build replaces it whole.\n")

    def story_page(self, story: StoryAnalysis) -> None:
        labels = charts.article_labels(story)
        figures = [("tone", charts.tone_comparison(story)), ("voices", charts.voices(story)),
                   ("coverage", charts.coverage_matrix(story)),
                   ("similarity", charts.similarity_heatmap(story))]
        facts = {f.id: f for f in story.facts}
        self.render("story.html", story_url(story), story=story, labels=labels, figures=figures,
                    facts=facts, chart_config=charts.CONFIG)

    def article_page(self, story: StoryAnalysis, analysis: ArticleAnalysis) -> None:
        slug = analysis.article.slug
        coverage = story.coverage[slug]
        facts = {f.id: f for f in story.facts}
        # Highlight what this article alone carries (not what it shares with its rewrite).
        unique_spans = [(e.start, e.end) for f in story.facts if f.articles == (slug,)
                        for e in f.evidence]
        labels = charts.article_labels(story)
        shared = [s for s in story.shared_quotes if slug in s.articles]
        self.render("article.html", article_url(story.story.slug, slug), story=story,
                    a=analysis, labels=labels, coverage=coverage, facts=facts,
                    paragraphs=annotate(analysis, unique_spans, [
                        p.articles[slug] for p in story.shared_passages if slug in p.articles]),
                    shared=shared,
                    passages=[p for p in story.shared_passages if slug in p.articles],
                    copied_from=[a.article.slug for a in story.articles if any(
                        slug in p.articles and a.article.slug in p.articles
                        and a.article.slug != slug for p in story.shared_passages)],
                    figure=charts.tone_along(analysis), chart_config=charts.CONFIG,
                    rewrite_of=story.rewrite_of.get(slug),
                    rewritten_by=[s for s, t in story.rewrite_of.items() if t == slug])

    def _urls(self) -> list[str]:
        urls = ["index.html"] + [story_url(s) for s in self.stories]
        urls += [article_url(s.story.slug, a.article.slug) for s in self.stories
                 for a in s.articles]
        urls += [outlet_url(o.slug) for o in self.outlets]
        urls += [page_url(p) for p in self.content.pages]
        return urls

    def sitemap(self) -> str:
        base = self.config.site_url
        rows = "".join(f"  <url><loc>{xml_escape(base + u)}</loc></url>\n" for u in self._urls())
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                f"{rows}</urlset>\n")

    def feed(self) -> str:
        base = self.config.site_url
        return self.env.get_template("feed.xml").render(
            config=self.config, base=base, stories=self.stories, story_url=story_url,
            updated=max((s.story.date for s in self.stories), default=self.built.date()
                        .isoformat()))


def write_site(config: Config, content: SiteContent, stories: list[StoryAnalysis]) -> list[str]:
    """Render everything into a temporary folder, then swap it in as config.output_dir."""
    output = config.output_dir
    output.parent.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(prefix=f"{output.name}.tmp-", dir=output.parent))
    try:
        out = OutputFolder(temp)
        assets = copy_assets(config, out)
        Renderer(config, content, stories, out, assets).all()
        os.chmod(temp, 0o755)
        swap_into_place(temp, output)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    return out.written
