"""Read content/ into Story and Article objects, validating front matter.

The only module (with ingest's command) that reads the editor's files. Every problem is
raised as ContentError(path, line, message); `load_site_content` collects them all so the
editor sees every problem in one run.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from .errors import BuildErrors, ContentError, SlantError
from .text import normalise, slugify


@dataclass(frozen=True)
class Article:
    """What the editor wrote: front matter and the article text, nothing measured."""

    slug: str
    story: str
    outlet: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None
    lean: str | None = None
    source: str | None = None
    outlet_source: str | None = None
    path: str = ""


@dataclass(frozen=True)
class Story:
    slug: str
    title: str
    date: str
    articles: tuple[Article, ...]
    summary: str | None = None
    notes: str = ""
    path: str = ""


@dataclass(frozen=True)
class Page:
    """A free page from content/pages/ (the methodology, an about page)."""

    slug: str
    title: str
    body: str
    path: str = ""


@dataclass(frozen=True)
class SiteContent:
    stories: tuple[Story, ...]
    pages: tuple[Page, ...]


# Declared once: the front matter each file kind accepts, with its required fields.
ARTICLE_FIELDS = {f.name for f in fields(Article)} - {"slug", "story", "text", "path"}
ARTICLE_REQUIRED = {"outlet"}
STORY_FIELDS = {"title", "date", "summary"}
STORY_REQUIRED = {"title", "date"}
PAGE_FIELDS = {"title", "order"}
PAGE_REQUIRED = {"title"}

_FENCE = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)^---[ \t]*\n?", re.S | re.M)


def split_front_matter(source: str, path: Path) -> tuple[dict, str, int]:
    """(metadata, body, line number where the body starts). Pure: raises ContentError."""
    text = source.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    match = _FENCE.match(text)
    if not match:
        raise ContentError(path, 1, "missing front matter: the file must start with a line "
                           "'---', then 'key: value' lines, then a closing '---'")
    try:
        meta = yaml.safe_load(match.group("yaml")) or {}
    except yaml.YAMLError as exc:
        # The context mark is where the broken construct opened ("[" never closed).
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc)
        raise ContentError(path, line, f"front matter is not valid YAML ({problem}); "
                           "quote values that contain ':' or start with a quote mark") from None
    if not isinstance(meta, dict):
        raise ContentError(path, 2, "front matter must be 'key: value' lines")
    body_line = text[: match.end()].count("\n") + 1
    return meta, text[match.end():], body_line


def _key_line(source: str, key: str) -> int:
    for number, line in enumerate(source.splitlines(), 1):
        if re.match(rf"{re.escape(key)}\s*:", line):
            return number
    return 1


def _closing_line(source: str) -> int:
    """The line of the front matter's closing '---' (where a missing field would go)."""
    lines = source.replace("\r\n", "\n").split("\n")
    return next((n for n, line in enumerate(lines[1:], 2) if line.strip() == "---"), 2)


def _check_fields(meta: dict, allowed: set[str], required: set[str], path: Path,
                  source: str, kind: str) -> None:
    """Every problem in one file's front matter, raised together."""
    problems = [ContentError(path, _closing_line(source),
                             f"{kind} front matter needs '{key}:' (add it above this line)")
                for key in sorted(required - meta.keys())]
    known = ", ".join(sorted(allowed))
    problems += [ContentError(path, _key_line(source, str(key)),
                              f"unknown field '{key}' in {kind} front matter (known: {known})")
                 for key in sorted(meta.keys() - allowed, key=str)]
    for key, value in meta.items():
        if key in ("date", "published") and isinstance(value, dt.date):
            continue
        if key == "order":
            if not isinstance(value, int) or isinstance(value, bool):
                problems.append(ContentError(path, _key_line(source, key), "'order' must be a "
                                             "whole number (pages are listed from the smallest)"))
            continue
        if value is not None and not isinstance(value, str):
            problems.append(ContentError(path, _key_line(source, key),
                                         f"'{key}' must be text; put the value in quotes"))
        elif key in required and not str(value or "").strip():
            problems.append(ContentError(path, _key_line(source, key), f"'{key}' is empty"))
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise BuildErrors(problems)


def parse_article(source: str, path: Path, story: str) -> Article:
    meta, body, body_line = split_front_matter(source, path)
    _check_fields(meta, ARTICLE_FIELDS, ARTICLE_REQUIRED, path, source, "article")
    text = normalise(body)
    if not text:
        raise ContentError(path, body_line, "the article has no text below its front matter")
    values = {k: (v.isoformat() if isinstance(v, dt.date) else str(v).strip())
              if v is not None else None for k, v in meta.items()}
    url = values.get("url")
    if url:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ContentError(path, _key_line(source, "url"), f"'url' must be a full web "
                               f"address starting with http:// or https://, not {url[:60]!r}")
    if values.get("title") == "":
        raise ContentError(path, _key_line(source, "title"), "'title' is empty; remove the "
                           "field when the source has no headline")
    return Article(slug=path.stem, story=story, text=text, path=str(path), **values)


def parse_story_index(source: str, path: Path, articles: tuple[Article, ...]) -> Story:
    meta, body, _ = split_front_matter(source, path)
    _check_fields(meta, STORY_FIELDS, STORY_REQUIRED, path, source, "story")
    date = meta["date"]
    if isinstance(date, dt.date):
        date = date.isoformat()
    elif not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(date)):
        raise ContentError(path, _key_line(source, "date"), "'date' must be YYYY-MM-DD")
    return Story(slug=path.parent.name, title=str(meta["title"]).strip(), date=str(date),
                 summary=meta.get("summary"), notes=body.strip(), articles=articles,
                 path=str(path))


RESERVED_PAGES = {"index", "404", "feed", "sitemap"}


def parse_page(source: str, path: Path) -> tuple[Page, int]:
    if slugify(path.stem) != path.stem or path.stem in RESERVED_PAGES:
        raise ContentError(path, None, "a page's file name must be a slug (lower-case letters, "
                           f"digits, hyphens) and not one of {', '.join(sorted(RESERVED_PAGES))}"
                           f"; e.g. {slugify(path.stem)}-page.md")
    meta, body, _ = split_front_matter(source, path)
    _check_fields(meta, PAGE_FIELDS, PAGE_REQUIRED, path, source, "page")
    return Page(slug=path.stem, title=str(meta["title"]), body=body, path=str(path)), int(
        meta.get("order", 100))


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise ContentError(path, line, "not UTF-8 text; save the file as UTF-8") from None


def load_story(folder: Path) -> Story:
    errors: list[SlantError] = []
    articles = []
    for path in sorted(folder.glob("*.md")):
        if path.name == "index.md":
            continue
        if slugify(path.stem) != path.stem:
            errors.append(ContentError(path, None, f"file name must be a slug "
                                       f"(lower-case letters, digits, hyphens), e.g. "
                                       f"{slugify(path.stem)}.md"))
            continue
        try:
            articles.append(parse_article(_read(path), path, folder.name))
        except ContentError as exc:
            errors.append(exc)
        except BuildErrors as exc:
            errors.extend(exc.errors)
    index = folder / "index.md"
    story = None
    if not index.exists():
        errors.append(ContentError(index, None, "story folder has no index.md; add one with "
                                   "'title:' and 'date:' front matter"))
    else:
        try:
            story = parse_story_index(_read(index), index, tuple(articles))
        except ContentError as exc:
            errors.append(exc)
        except BuildErrors as exc:
            errors.extend(exc.errors)
    if not articles and not errors:
        errors.append(ContentError(folder, None, "story has no articles; add .md files or "
                                   "run 'python build.py import'"))
    if errors:
        raise BuildErrors(errors)
    assert story is not None
    return story


def load_site_content(root: Path) -> SiteContent:
    """All stories and pages under content/; every problem reported together."""
    errors: list[SlantError] = []
    stories = []
    stories_dir = root / "stories"
    if not stories_dir.is_dir():
        raise ContentError(stories_dir, None, "no stories folder; create content/stories/<slug>/")
    for folder in sorted(p for p in stories_dir.iterdir() if p.is_dir()):
        if slugify(folder.name) != folder.name:
            errors.append(ContentError(folder, None, "story folder name must be a slug "
                                       f"(e.g. {slugify(folder.name)})"))
            continue
        try:
            stories.append(load_story(folder))
        except BuildErrors as exc:
            errors.extend(exc.errors)
    pages = []
    for path in sorted((root / "pages").glob("*.md")):
        try:
            pages.append(parse_page(_read(path), path))
        except ContentError as exc:
            errors.append(exc)
        except BuildErrors as exc:
            errors.extend(exc.errors)
    if errors:
        raise BuildErrors(errors)
    ordered = tuple(page for page, _ in sorted(pages, key=lambda p: (p[1], p[0].slug)))
    return SiteContent(tuple(sorted(stories, key=lambda s: (s.date, s.slug), reverse=True)),
                       ordered)
