"""Raw pasted text (or saved HTML) -> an article Markdown file with front matter.

A paste from a news page carries the article and the page around it. The importer looks at
each line (one paragraph a line in a paste), drops the lines that are page furniture, finds the
headline when the paste has one, and keeps every other word unchanged. Each decision is
recorded as a `Removal` so the command can report what it removed and why.

Every rule is written for news pages in general (the words it relies on are in
lexicons/furniture.yml); when a line could be either furniture or article text, the rule keeps
it, because a stray caption costs less than a lost paragraph.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from importlib import resources

import yaml

from .errors import ContentError
from .text import hover_cards, normalise, slugify, without_spans, words


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
def furniture() -> dict[str, tuple[str, ...]]:
    raw = yaml.load(resources.files("slant").joinpath("lexicons/furniture.yml").read_text(),
                    Loader=yaml.BaseLoader)  # every entry is a string
    return {key: tuple(values) for key, values in raw.items()}


@dataclass(frozen=True)
class _Lexicon:
    """furniture.yml made into sets and patterns once per process."""

    chrome_lines: frozenset[str]
    nav_phrases: re.Pattern[str]
    nav_separators: re.Pattern[str]
    leading_marks: str
    teaser_prefixes: tuple[str, ...]
    link_list_markers: frozenset[str]
    link_prefixes: tuple[str, ...]
    credit_labels: tuple[str, ...]
    credit_label_inside: re.Pattern[str]
    caption_labels: re.Pattern[str]
    credit_agencies: re.Pattern[str]
    credit_connectors: frozenset[str]
    caption_verbs: re.Pattern[str]
    title_case_small_words: frozenset[str]
    media_words: frozenset[str]


def _alternatives(phrases: tuple[str, ...]) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    f = furniture()
    return _Lexicon(
        chrome_lines=frozenset(f["chrome_lines"]),
        nav_phrases=re.compile(rf"(?:(?:{_alternatives(f['nav_phrases'])})[\s|·•/]*)+"),
        nav_separators=re.compile(rf"\s+(?:{_alternatives(f['nav_separators'])})\s+"),
        leading_marks="".join(f["leading_marks"]),
        teaser_prefixes=f["teaser_prefixes"],
        link_list_markers=frozenset(f["link_list_markers"]),
        link_prefixes=f["link_prefixes"],
        credit_labels=f["credit_labels"],
        # "… at dusk Photo: Jane Doe/Reuters": a capitalised label ending in ':' or 'by'.
        credit_label_inside=re.compile("|".join(
            rf"\b{re.escape(label.capitalize())}(?=\s)|\b{re.escape(label.upper())}(?=\s)"
            for label in f["credit_labels"] if label.endswith((":", " by")))),
        # The wire formula "In this June 14, 2020, file photo, …" is a label too.
        caption_labels=re.compile(
            rf"(?i)(?:{_alternatives(f['caption_labels'])})\s*(?::|\s[-–—])\s"
            r"|In this\b.{0,60}?\b(?:file )?(?:photo|photograph|image)\b"),
        # A credit ends with its agency ("Jane Doe via Getty Images") or names it before the
        # photographer ("Reuters photo: Jane Doe"); a headline that names one goes on after it
        # ("Mayor Wins Recount, AP Count Shows").
        credit_agencies=re.compile(
            rf"(?i)\b(?:{_alternatives(f['credit_agencies'])})(?:$|\s+photos?\b)"),
        credit_connectors=frozenset(f["credit_connectors"]),
        # The picture's subject comes right before the verb: a name ("Adeyemi waves"), or the
        # end of an apposition ("Jane Doe, the mayor's spokeswoman, speaks").
        caption_verbs=re.compile(
            rf"(?:\b(?!I\s)[A-Z][\w.'’-]*|[),])\s+(?:{_alternatives(f['caption_verbs'])})\b"),
        title_case_small_words=frozenset(f["title_case_small_words"]),
        media_words=frozenset(f["media_words"]),
    )


_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
# A copyright line carries the sign, "(c)" with a year, "Copyright" with a year or sign, or the
# reservation; the bare word "copyright" is article text ("a copyright lawsuit").
_COPYRIGHT = re.compile(
    r"©|\(c\)\s*\d{4}|\bcopyright\s*(?:©|\(c\)|\d{4})|\ball rights reserved\b", re.I)
_COPYRIGHT_HOLDER = re.compile(
    r"(?i:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?i:by\s+)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z0-9][\w&'’.-]*|of|and|&|the))*)"
)
_CONTRIBUTOR = re.compile(
    r"\bcontributed (?:reporting )?to this (?:report|story|article)\b|"
    r"^(?:additional |contributing )?reporting by\b|^(?:writing|editing) by\b|"
    r"^with reporting from\b|^contributing:",
    re.I,
)
# "Follow Jane Doe on Twitter: @janedoe" closes many articles; it is the page's, not the story's.
_FOLLOW = re.compile(r"^(?:follow|find)\b.{0,80}?\bon (?:twitter|facebook|instagram)\b", re.I)
_BYLINE = re.compile(
    r"^(?i:by|written by|words by)\s+"
    r"(?P<name>(?!(?:The|A|An|This|That|Our|Its|Their)\b)[A-Z][\w'’.-]*"
    r"(?:\s+(?:[A-Z][\w'’.-]*|and|&|de|van|von|da))+)"
    r"(?:\s*(?:,|\||–|—|-)\s*.*)?$"
)
# The one colon a credit has: "Reuters photo: Jane Doe", "Photographer: Jane Doe/Bloomberg".
_CREDIT_WORD_COLON = re.compile(
    r"(?i)\b(?:photo|photograph|photographer|image|picture|illustration|credit)s?\s*:")
_SHARE = re.compile(r"\d\s*%|\d\s+per ?cent\b", re.I)
_CLOSERS = "\"'”’)]"
_CLOSER = rf"[{re.escape(_CLOSERS)}]"  # one closing quote or bracket
_SENTENCE_END = re.compile(rf"[.!?…]{_CLOSER}*$")
_QUOTE_OPENERS = ("\"", "“", "‘", "'", "«")
# A caption never opens with a quote or a bracket ("[Transcript: the crowd stands …]").
_NOT_CAPTION_OPENERS = (*_QUOTE_OPENERS, "[", "(")


def read_lines(raw: str) -> list[Line]:
    """Non-empty lines with their line numbers in the file as given."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    return [Line(i, line.strip()) for i, line in enumerate(text.split("\n"), 1) if line.strip()]


def html_to_lines(raw: str) -> list[Line]:
    """Block text of an HTML page, one block a line; scripts, styles and page chrome dropped.
    The footer's copyright line and the page's og:site_name are kept as lines after the
    article, where the furniture rules remove them and the outlet evidence finds them."""
    parser = _BlockParser()
    parser.feed(raw)
    parser.close()
    lines = [Line(number, text) for number, text in parser.blocks]
    last = lines[-1].number if lines else 0
    lines += [Line(number, text) for number, text in parser.footer
              if _COPYRIGHT.search(text) and _count(text) <= 40]
    if parser.site_name and not any(_COPYRIGHT.search(line.text) for line in lines):
        lines.append(Line(last + 1, f"© {parser.site_name}"))
    return lines


class _BlockParser(HTMLParser):
    # <head> holds the page's <title> ("Headline | Site name"): the visible <h1> is the headline.
    _SKIP = {"head", "script", "style", "nav", "footer", "aside", "noscript", "form", "button",
             "svg"}
    _BLOCKS = {"p", "h1", "h2", "h3", "h4", "li", "blockquote", "figcaption", "div", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[int, str]] = []
        self._skip_depth = 0
        self._buffer: list[str] = []
        self._line = 1
        self.footer: list[tuple[int, str]] = []
        self._footer_depth = 0
        self.site_name: str | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        values = dict(attrs)
        if tag == "meta" and values.get("property") == "og:site_name" and values.get("content"):
            self.site_name = values["content"].strip()
        if tag == "footer":
            self._footer_depth += 1
        if tag in self._SKIP:
            self._skip_depth += 1
        elif tag in self._BLOCKS or tag == "br":
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "footer":
            self._footer_depth = max(0, self._footer_depth - 1)
        if tag in self._SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in self._BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._footer_depth and data.strip():
            self.footer.append((self.getpos()[0], re.sub(r"\s+", " ", data).strip()))
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


@lru_cache(maxsize=4096)
def _count(text: str) -> int:
    """Words in a line; every rule asks, so each line is counted once."""
    return len(words(text))


def _lower(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(":").strip()


def _without_marks(text: str) -> str:
    """'▶ Watch Video: …' -> 'watch video: …' (lower case), for comparing prefixes."""
    return text.lstrip(_lexicon().leading_marks + " ").lower()


def _ends_sentence(text: str) -> bool:
    return _SENTENCE_END.search(text) is not None


def _ends_lead_in(text: str) -> bool:
    """'… said in a statement:' introduces what follows: article text, never a caption."""
    return text.rstrip(_CLOSERS).endswith(":")


def _is_navigation(text: str) -> bool:
    if _count(text) > 40:  # menus and chrome are short; spare long paragraphs the work
        return False
    lexicon, low = _lexicon(), _lower(text)
    return (low in lexicon.chrome_lines or lexicon.nav_phrases.fullmatch(low) is not None
            or _is_breadcrumb(text))


def _is_breadcrumb(text: str) -> bool:
    """'Home › News › World', or a menu pasted as 'Menu  Watch Live  Weather': three or more
    short items between menu separators or runs of spaces."""
    for items in (_lexicon().nav_separators.split(text), re.split(r"\s{2,}|\t+", text)):
        if len(items) >= 3 and all(0 < _count(item) <= 4 and not _ends_sentence(item)
                                   and item.strip()[:1].isupper() for item in items):
            return True
    return False


def _is_teaser(text: str) -> bool:
    return (_count(text) <= 30
            and _without_marks(text).startswith(_lexicon().teaser_prefixes))


def _is_link_list_marker(text: str) -> bool:
    return _count(text) <= 6 and _lower(_without_marks(text)) in _lexicon().link_list_markers


def _is_single_link(text: str) -> bool:
    # A longer line that starts like a link is a link glued to a paragraph: keep the words.
    return (_count(text) <= 40
            and _without_marks(text).startswith(_lexicon().link_prefixes))


def _is_copyright(text: str) -> bool:
    return _count(text) <= 40 and _COPYRIGHT.search(text) is not None


def _is_photo_credit(text: str) -> bool:
    """'Photo: Jane Doe/Reuters', 'Jane Doe / Agency via Getty Images', 'AP Photo/Jane Doe'."""
    if _count(text) > 14 or _ends_sentence(text) or _ends_lead_in(text):
        return False
    lexicon = _lexicon()
    if text.lstrip("([ ").lower().startswith(lexicon.credit_labels):
        return True
    if (not _names_only(text) or ":" in _CREDIT_WORD_COLON.sub("", text)
            or _SHARE.search(text)):
        # "Mayor to AP: Fares Will Not Rise" is a headline; "Ortiz/Bell 14% each" a poll.
        return False
    return (re.search(r"[A-Z][\w.'’-]*\s*/\s*[A-Z]", text) is not None
            or lexicon.credit_agencies.search(text.rstrip(_CLOSERS + " ")) is not None)


def _names_only(text: str) -> bool:
    """A credit is names and agencies: at most one lower-case word besides 'via', 'and', …"""
    connectors = _lexicon().credit_connectors
    lower = [w for w in words(text) if w[0].islower() and w not in connectors]
    return len(lower) <= 1


def _has_credit_tail(text: str) -> bool:
    """A caption that ends with its credit: '… in Washington. (AP Photo/Jane Doe)', '… on
    Monday. REUTERS/Jane Doe', 'The harbour at dusk Photo: Jane Doe/Reuters'."""
    if _count(text) > 60:
        return False
    tail = re.search(r"(?:\(([^()]+)\)|[.!?]\s+([^.!?()]+))$", text)
    if tail is not None and _is_photo_credit((tail.group(1) or tail.group(2)).strip()):
        return True
    label = _lexicon().credit_label_inside.search(text)
    return label is not None and _names_only(text[label.end():]) and _is_photo_credit(
        text[label.start():])


def _is_labelled_caption(text: str) -> bool:
    return _count(text) <= 80 and _lexicon().caption_labels.match(text) is not None


def _is_title_case(text: str) -> bool:
    small = _lexicon().title_case_small_words
    significant = [w for w in words(text) if w.lower() not in small and not w[0].isdigit()]
    return len(significant) >= 2 and all(w[0].isupper() for w in significant)


def _is_caption_by_verb(text: str) -> bool:
    """An unpunctuated line describing a picture in the present tense: 'X waves as she arrives'.

    Sub-headings are unpunctuated too; they are kept when the verb has no named subject ('Where
    the rules stand') or when they are in Title Case, as captions never are."""
    if (_ends_sentence(text) or _ends_lead_in(text) or text.startswith(_NOT_CAPTION_OPENERS)
            or not 6 <= _count(text) <= 40 or _is_title_case(text)):
        return False
    return _lexicon().caption_verbs.search(text) is not None


def _is_caption_before_credit(text: str) -> bool:
    """The line just above a photo credit is its caption when it reads like one: a short
    description of the picture, not a quote, a lead-in or a headline."""
    if (text.startswith(_NOT_CAPTION_OPENERS) or _ends_lead_in(text)
            or _count(text) > 45 or _is_title_case(text)):
        return False
    return _lexicon().caption_verbs.search(text) is not None or (
        not _ends_sentence(text) and _count(text) <= 20)


def _doubled(text: str) -> str | None:
    """'CaptionCaption' or 'Caption Caption' (a caption pasted twice) -> 'Caption'."""
    for gap in range(4):
        half, rest = divmod(len(text) - gap, 2)
        if rest or half < 4:
            continue
        if text[:half] == text[half + gap:] and (gap == 0 or text[half:half + gap].isspace()):
            return text[:half].strip()
    return None


def _is_doubled_caption(single: str) -> bool:
    """A doubled line is furniture when its half is a caption: words, no full stop at the end.
    A doubled paragraph of text is a copying slip in the page and keeps its words."""
    return 1 <= _count(single) <= 30 and not _ends_sentence(single)


def _byline_name(text: str) -> str | None:
    """'By Jane Doe, Political Correspondent' -> 'Jane Doe'; None when the line is no byline."""
    if _count(text) > 12 or _ends_sentence(text):
        return None
    byline = _BYLINE.match(text)
    return byline.group("name").strip() if byline else None


def _looks_like_headline(text: str) -> bool:
    """A headline is short and does not end like a paragraph's sentence; one that does end with
    a full stop is still a headline when it is written in Title Case."""
    if not 2 <= _count(text) <= 30 or re.search(rf"[;,:]{_CLOSER}*$", text):
        return False
    return not re.search(rf"\.{_CLOSER}*$", text) or _is_title_case(text)


def _looks_like_link_title(text: str) -> bool:
    """Link titles are headlines: short, with no full stop at the end. The first line that
    ends like a sentence is the article resuming after the list; a question resumes it too
    ('So when will the work start?') unless it is written in Title Case, as headlines are
    on many sites and paragraphs never are."""
    if _count(text) > 25 or _ends_lead_in(text):
        return False
    if text.rstrip(_CLOSERS).endswith("?"):
        return _is_title_case(text)
    return not _ends_sentence(text)


# Checks on one line alone, in order; the first that matches names the reason.
_LINE_RULES: tuple[tuple[Callable[[str], bool], str], ...] = (
    (_is_navigation, "navigation"),
    (_is_teaser, "video or audio teaser"),
    (_is_single_link, "related link"),
    (_is_copyright, "copyright line"),
    (lambda text: _count(text) <= 40 and _CONTRIBUTOR.search(text) is not None,
     "contributor line"),
    (lambda text: _count(text) <= 30 and _FOLLOW.search(text) is not None,
     "social-media follow line"),
)


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
            if (not bare or _is_copyright(bare) or _is_photo_credit(bare)
                    or _has_credit_tail(bare)):
                drop(line, "stray markup around a caption or credit")
                for inner in re.findall(r">([^<>]+)<", text):
                    removed_texts.add(inner.strip())
                continue
            stripped_markup.append(line.number)
            text = bare
            line = Line(line.number, text)
        cards = hover_cards(text)
        if cards:
            # "Sen. Lindsey Graham Lindsey Olin GrahamGraham says … MORE (R-S.C.)": the card
            # goes, the name the reader saw stays
            for start, end in cards:
                removed.append(Removal(line.number, text[start:end].strip(),
                                       "link card pasted inline (full name, headlines, MORE)"))
            text = without_spans(text, cards)[0]
            line = Line(line.number, text)
        if _is_link_list_marker(text):
            drop(line, "'Read more'/related-link list")
            in_link_list = True
            continue
        reason = next((reason for rule, reason in _LINE_RULES if rule(text)), None)
        single = _doubled(text)
        if reason is not None:
            drop(line, reason)
        elif (name := _byline_name(text)) is not None:
            author = author or name
            drop(line, "byline")
        elif single is not None and _is_navigation(single):
            drop(line, "navigation", single)
        elif single is not None and _is_doubled_caption(single):
            drop(line, "caption pasted twice", single)
        elif text in removed_texts:
            drop(line, "repeated caption")
        elif _is_photo_credit(text):
            drop(line, "photo credit")
            # The first kept line is the headline, never a caption.
            if (len(kept) > 1 and kept[-1].number == lines[index - 1].number
                    and _is_caption_before_credit(kept[-1].text)):
                drop(kept.pop(), "photo caption (line before a photo credit)")
        elif _has_credit_tail(text):
            drop(line, "photo caption with its credit")
        elif _is_labelled_caption(text):
            drop(line, "photo caption (labelled)")
        elif kept and next_text and _is_caption_by_verb(text):
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
    kept = _without_pull_quotes(kept, removed)

    body = normalise("\n\n".join(line.text for line in kept))
    removed.sort(key=lambda r: r.line)
    evidence = tuple(_outlet_evidence(removed, kept))
    return ImportedArticle(source, title, title_line, body, tuple(removed), evidence, author,
                           tuple(stripped_markup))


def _drop_if_repeat(line: Line, removed_texts: set[str], removed: list[Removal]) -> bool:
    if line.text in removed_texts and not _ends_sentence(line.text):
        removed.append(Removal(line.number, line.text, "repeated caption"))
        return True
    return False


def _without_pull_quotes(kept: list[Line], removed: list[Removal]) -> list[Line]:
    """A pull quote repeats, as a short line of its own, words that a longer paragraph of the
    article carries; the paragraph keeps them. A pull quote is a quote or a sentence: a short
    unpunctuated line is a sub-heading, even when a paragraph uses the same words. Lines that
    are not sentences (a menu, a list of contents) are never taken for that paragraph."""
    spans = [" " + " ".join(words(line.text)).lower() + " " for line in kept]
    paragraphs = [span for line, span in zip(kept, spans, strict=True)
                  if _ends_sentence(line.text)]
    result = []
    for line, span in zip(kept, spans, strict=True):
        if _could_be_pull_quote(line.text) and any(
                span in other and len(other) > len(span) for other in paragraphs):
            removed.append(Removal(line.number, line.text,
                                   "pull quote (repeats words of a paragraph)"))
        else:
            result.append(line)
    return result


def _could_be_pull_quote(text: str) -> bool:
    return 6 <= _count(text) <= 40 and (
        text.startswith(_QUOTE_OPENERS) or _ends_sentence(text) or _count(text) >= 10)


def _media_name(name: str) -> bool:
    tokens = name.split()
    if any(t.lower().strip(".'’") in _lexicon().media_words for t in tokens):
        return True
    # Acronyms ("CBS") and broadcasters' call signs with a channel ("NBC4 Washington")
    if re.fullmatch(r"[A-Z]{2,5}\d{1,2}", tokens[0]):
        return True
    return len(tokens) == 1 and re.fullmatch(r"[A-Z]{2,6}", tokens[0]) is not None


_SELF_REFERENCE = re.compile(
    r"\b(?:told|interview with|speaking to|spoke to|spoke with|statement to|said to)\s+"
    r"(?P<name>(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z0-9][\w&'’.-]*){0,3})"
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
                name = re.sub(r"(?:^|\s+)All$", "", name.strip(" .")).strip()
                if name:  # "© 2016 All rights reserved." names no holder
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
    first_lines = {name: next(e for e in article.outlet_evidence if name.startswith(e.outlet))
                   for name in names}
    if len(names) == 1:
        name, first = names[0], first_lines[names[0]]
        return name, OutletEvidence(name, first.line, first.kind, first.excerpt).describe()
    if names:
        names.sort(key=lambda name: first_lines[name].line)
        listed = ", ".join(f"{name} (line {first_lines[name].line})" for name in names)
        raise ContentError(path, None, f"the text names several outlets ({listed}) and none "
                           "is clearly its own; pass --outlet NAME to say which outlet "
                           "published it")
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
