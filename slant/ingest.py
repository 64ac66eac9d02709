"""Raw pasted text (or saved HTML) -> an article Markdown file with front matter.

A paste from a news page carries the article and the page around it. The importer looks at
each line (one paragraph a line in a paste), drops the lines that are page furniture, finds the
headline when the paste has one, and keeps every other word unchanged. Each decision is
recorded as a `Removal` so the command can report what it removed and why.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from importlib import resources

import yaml

from .errors import ContentError
from .text import normalise, slugify, words


@dataclass(frozen=True, slots=True)
class Line:
    number: int  # 1-based line number in the source file
    text: str


@dataclass(frozen=True, slots=True)
class Removal:
    line: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class OutletEvidence:
    outlet: str
    line: int
    kind: str  # "copyright line" or "self-reference"
    excerpt: str

    def describe(self) -> str:
        return f"{self.kind} (line {self.line}: {self.excerpt!r})"


@dataclass(frozen=True)
class ImportedArticle:
    source: str
    title: str | None
    title_line: int | None
    body: str
    removed: tuple[Removal, ...]
    outlet_evidence: tuple[OutletEvidence, ...]
    author: str | None = None
    stripped_markup: tuple[int, ...] = field(default_factory=tuple)


@lru_cache(maxsize=1)
def furniture() -> dict[str, frozenset[str] | tuple[str, ...]]:
    raw = yaml.load(resources.files("slant").joinpath("lexicons/furniture.yml").read_text(),
                   Loader=yaml.BaseLoader)  # every entry is a string
    return {key: tuple(values) for key, values in raw.items()}


_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b", re.I)
_COPYRIGHT_HOLDER = re.compile(
    r"(?i:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&|the))*)"
)
_CONTRIBUTOR = re.compile(
    r"\bcontributed (?:reporting )?to this (?:report|story|article)\b|"
    r"^(?:additional |contributing )?reporting by\b|^(?:writing|editing) by\b|"
    r"^with reporting from\b",
    re.I,
)
_BYLINE = re.compile(r"^(?:by|written by)\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})$")
_TERMINAL = (".", "!", "?", "…", ":", ".”", ".’", '."', "?”", "!”", ".)")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*$")


def read_lines(raw: str) -> list[Line]:
    """Non-empty lines with their line numbers in the file as given."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    return [Line(i, line.strip()) for i, line in enumerate(text.split("\n"), 1) if line.strip()]


def html_to_lines(raw: str) -> list[Line]:
    """Block text of an HTML page, one block a line; scripts, styles and page chrome dropped."""
    parser = _BlockParser()
    parser.feed(raw)
    parser.close()
    return [Line(number, text) for number, text in parser.blocks]


class _BlockParser(HTMLParser):
    _SKIP = {"script", "style", "nav", "footer", "aside", "noscript", "form", "button", "svg"}
    _BLOCKS = {"p", "h1", "h2", "h3", "h4", "li", "blockquote", "figcaption", "div", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[int, str]] = []
        self._skip_depth = 0
        self._buffer: list[str] = []
        self._line = 1

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._SKIP:
            self._skip_depth += 1
        elif tag in self._BLOCKS or tag == "br":
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in self._BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            if not self._buffer:
                self._line = self.getpos()[0]
            self._buffer.append(data)

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self._buffer)).strip()
        if text:
            self.blocks.append((self._line, text))
        self._buffer = []

    def close(self) -> None:
        super().close()
        self._flush()


def _lower(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower()).rstrip(":").strip()


def _is_navigation(text: str) -> bool:
    rest = _lower(text)
    if rest in furniture()["chrome_lines"]:
        return True
    phrases = sorted(furniture()["nav_phrases"], key=len, reverse=True)
    found = False
    while rest:
        for phrase in phrases:
            if rest.startswith(phrase):
                rest = rest[len(phrase):].strip(" |·•/")
                found = True
                break
        else:
            return False
    return found


def _is_teaser(text: str) -> bool:
    low = text.lower()
    return any(low.startswith(prefix) for prefix in furniture()["teaser_prefixes"])


def _is_link_list_marker(text: str) -> bool:
    return _lower(text) in furniture()["link_list_markers"]


def _is_single_link(text: str) -> bool:
    low = text.lower()
    return any(low.startswith(prefix) for prefix in furniture()["link_prefixes"])


def _is_copyright(text: str) -> bool:
    return bool(_COPYRIGHT.search(text)) and len(words(text)) <= 40


def _is_photo_credit(text: str) -> bool:
    if len(words(text)) > 14 or _SENTENCE_END.search(text):
        return False
    low = text.lower()
    if re.search(r"\S\s*/\s*\S", text) and not re.search(r"\d\s*/\s*\d", text):
        return True
    return any(re.search(rf"\b{re.escape(m)}\b", low) for m in furniture()["credit_markers"])


def _is_caption_by_verb(text: str) -> bool:
    """An unpunctuated line describing a picture in the present tense: "X waves as she arrives"."""
    if _SENTENCE_END.search(text) or len(words(text)) < 5:
        return False
    tokens = {w.lower() for w in words(text)}
    low = " " + " ".join(w.lower() for w in words(text)) + " "
    return any((" " + verb + " " in low) if " " in verb else verb in tokens
               for verb in furniture()["caption_verbs"])


def _doubled(text: str) -> str | None:
    """'CaptionCaption' (a caption pasted twice with no break) -> 'Caption'."""
    n = len(text)
    if n >= 8 and n % 2 == 0 and text[: n // 2] == text[n // 2:]:
        return text[: n // 2].strip()
    half = re.fullmatch(r"(.{4,}?)\s*\1", text)
    return half.group(1).strip() if half else None


def _looks_like_headline(text: str) -> bool:
    n = len(words(text))
    return 2 <= n <= 30 and not re.search(r"[.;,][\"'”’)]*$", text)


def _looks_like_link_title(text: str) -> bool:
    return len(words(text)) <= 25 and not (text.endswith(".") and len(words(text)) > 18)


def clean(lines: list[Line], source: str) -> ImportedArticle:
    """Classify every line; keep the article, record each removal with its reason."""
    removed: list[Removal] = []
    kept: list[Line] = []
    stripped_markup: list[int] = []
    removed_texts: set[str] = set()
    author: str | None = None
    in_link_list = False

    def drop(line: Line, reason: str, text: str | None = None) -> None:
        removed.append(Removal(line.number, line.text, reason))
        removed_texts.add((text or line.text).strip())

    for index, line in enumerate(lines):
        text = line.text
        next_text = lines[index + 1].text if index + 1 < len(lines) else ""
        if in_link_list:
            if _looks_like_link_title(text) or _is_link_list_marker(text):
                drop(line, "related-link list")
                continue
            in_link_list = False
        if _TAG.search(text):
            bare = html.unescape(_TAG.sub(" ", text))
            bare = re.sub(r"\s+", " ", bare).strip()
            if not bare or _is_copyright(bare) or _is_photo_credit(bare):
                drop(line, "stray markup around a caption or credit")
                for inner in re.findall(r">([^<>]+)<", text):
                    removed_texts.add(inner.strip())
                continue
            stripped_markup.append(line.number)
            text = bare
            line = Line(line.number, text)
        if _is_navigation(text):
            drop(line, "navigation")
        elif _is_teaser(text):
            drop(line, "video or audio teaser")
        elif _is_link_list_marker(text):
            drop(line, "'Read more'/related-link list")
            in_link_list = True
        elif _is_single_link(text):
            drop(line, "related link")
        elif _is_copyright(text):
            drop(line, "copyright line")
        elif _CONTRIBUTOR.search(text) and len(words(text)) <= 40:
            drop(line, "contributor line")
        elif (byline := _BYLINE.match(text)) and len(words(text)) <= 6:
            author = author or byline.group("name")
            drop(line, "byline")
        elif (single := _doubled(text)) is not None:
            drop(line, "caption pasted twice", single)
        elif text in removed_texts:
            drop(line, "repeated caption")
        elif _is_photo_credit(text):
            drop(line, "photo credit")
            if kept and kept[-1].number == lines[index - 1].number and len(kept) > 1:
                caption = kept.pop()
                drop(caption, "photo caption (line before a photo credit)")
        elif kept and _is_caption_by_verb(text) and _is_caption_context(next_text, kept):
            drop(line, "photo caption (unpunctuated picture description)")
        else:
            kept.append(line)

    # A caption printed once more after its doubled copy, or a repeat of a removed caption.
    kept = [line for line in kept if not _drop_if_repeat(line, removed_texts, removed)]

    title = title_line = None
    if len(kept) > 1 and _looks_like_headline(kept[0].text):
        title, title_line = kept[0].text, kept[0].number
        kept = kept[1:]
        repeats = [line for line in kept if line.text == title]
        for line in repeats:
            removed.append(Removal(line.number, line.text, "headline repeated"))
        kept = [line for line in kept if line.text != title]

    body = normalise("\n\n".join(line.text for line in kept))
    removed.sort(key=lambda r: r.line)
    evidence = tuple(_outlet_evidence(removed, kept))
    return ImportedArticle(source, title, title_line, body, tuple(removed), evidence, author,
                           tuple(stripped_markup))


def _is_caption_context(next_text: str, kept: list[Line]) -> bool:
    """Captions sit between blocks of text; the first kept line (a headline) is never one."""
    return bool(next_text) and len(kept) >= 1


def _drop_if_repeat(line: Line, removed_texts: set[str], removed: list[Removal]) -> bool:
    if line.text in removed_texts and not _SENTENCE_END.search(line.text):
        removed.append(Removal(line.number, line.text, "repeated caption"))
        return True
    return False


def _media_name(name: str) -> bool:
    tokens = name.split()
    media = set(furniture()["media_words"])
    if any(t.lower().strip(".'’") in media for t in tokens):
        return True
    return len(tokens) == 1 and re.fullmatch(r"[A-Z]{2,6}", tokens[0]) is not None


_SELF_REFERENCE = re.compile(
    r"\b(?:told|interview with|speaking to|spoke to|spoke with|statement to|said to)\s+"
    r"(?P<name>(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})"
)


def _outlet_evidence(removed: list[Removal], kept: list[Line]) -> list[OutletEvidence]:
    """Copyright holders first (the strongest evidence), then outlets the text speaks to."""
    found: list[OutletEvidence] = []
    for removal in removed:
        if _COPYRIGHT.search(removal.text):
            holder = _COPYRIGHT_HOLDER.search(removal.text)
            if holder:
                # "The Associated Press. All rights reserved." -> "The Associated Press"
                name = re.split(r"(?<![\s.][A-Z])\.(?:\s|$)", holder.group("name"))[0]
                name = re.sub(r"\s+All$", "", name.strip(" .")).strip()
                found.append(OutletEvidence(name, removal.line, "copyright line",
                                            removal.text[:80]))
    for line in kept:
        for match in _SELF_REFERENCE.finditer(line.text):
            name = re.sub(r"^the\s+", "", match.group("name")).rstrip(".")
            if _media_name(name):
                found.append(OutletEvidence(name, line.number, "self-reference",
                                            match.group(0)[:80]))
    return found


def choose_outlet(article: ImportedArticle, given: str | None, path: str) -> tuple[str, str]:
    """The outlet and a note of where it came from; refuses to guess between rival names."""
    if given:
        return given, "given on the command line (--outlet)"
    copyright_names = [e for e in article.outlet_evidence if e.kind == "copyright line"]
    if copyright_names:
        first = copyright_names[0]
        return first.outlet, first.describe()
    names = _merge_names([e.outlet for e in article.outlet_evidence])
    if len(names) == 1:
        first = next(e for e in article.outlet_evidence if names[0].startswith(e.outlet))
        longest = names[0]
        return longest, OutletEvidence(longest, first.line, first.kind, first.excerpt).describe()
    if names:
        listed = ", ".join(
            f"{name} (line {next(e.line for e in article.outlet_evidence if name.startswith(e.outlet))})"
            for name in names
        )
        raise ContentError(path, None, f"the text names several outlets ({listed}) and none "
                           "is clearly its own; pass --outlet NAME to say which outlet published it")
    raise ContentError(path, None, "no outlet given and the text carries no evidence of one "
                       "(no copyright line, no self-reference); pass --outlet NAME")


def _merge_names(names: list[str]) -> list[str]:
    """'CBS' and 'CBS News' are one outlet: keep the longest form of each."""
    merged: list[str] = []
    for name in sorted(set(names), key=len, reverse=True):
        if not any(longer.startswith(name) for longer in merged):
            merged.append(name)
    return merged


def import_text(raw: str, source: str, is_html: bool = False) -> ImportedArticle:
    lines = html_to_lines(raw) if is_html else read_lines(raw)
    if not lines:
        raise ContentError(source, None, "the file is empty; paste the article's text into it")
    article = clean(lines, source)
    if not article.body:
        raise ContentError(source, None, "nothing left after removing page furniture; "
                           "is this the article's text?")
    return article


def to_markdown(article: ImportedArticle, outlet: str, outlet_source: str) -> str:
    """The article file: YAML front matter, then the body paragraphs unchanged."""
    meta: dict[str, str] = {"outlet": outlet, "outlet_source": outlet_source}
    if article.title is not None:
        meta["title"] = article.title
    if article.author:
        meta["author"] = article.author
    meta["source"] = article.source
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{front}---\n\n{article.body}\n"


def article_slug(outlet: str, taken: set[str]) -> str:
    base = slugify(outlet, "article")
    slug, n = base, 2
    while slug in taken or slug == "index":
        slug, n = f"{base}-{n}", n + 1
    return slug
