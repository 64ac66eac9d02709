"""Text normalisation, paragraphs and sentences, all with character offsets into one string.

Every analyser points into the article text with (start, end) offsets, so the text is
normalised once, when it is read, and never changed afterwards.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text: text[start:end]."""

    start: int
    end: int
    text: str


def normalise(raw: str) -> str:
    """Canonical form of a pasted text: NFC, Unix line ends, no trailing spaces, one blank line
    between paragraphs. Characters are otherwise kept (curly quotes matter to the quote finder)."""
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\ufeff", "")
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", text)


def paragraphs(text: str) -> list[Span]:
    """Paragraphs are separated by blank lines; a single line break stays inside a paragraph."""
    spans = []
    for match in re.finditer(r"[^\n](?:[^\n]|\n(?!\n))*", text):
        stripped = match.group().strip()
        if stripped:
            start = match.start() + match.group().index(stripped[0])
            spans.append(Span(start, start + len(stripped), stripped))
    return spans


# Tokens that end with a full stop without ending the sentence. Initials (U.S., D.C., J.)
# are caught by the single-letter rule below.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt ft gen col lt capt cpt cmdr sgt maj adm gov sen rep
    pres supt insp det rev hon amb atty no nos vs etc inc corp co ltd bros dept univ brig cpl
    pvt spc fr msgr sens reps
    jan feb mar apr jun jul aug sep sept oct nov dec approx est fig vol ed eds op""".split()
)

_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«"
# A candidate end: terminal punctuation, any closing quotes or brackets, then whitespace.
_BOUNDARY = re.compile(rf"[.!?…]+[{re.escape(_CLOSERS)}]*(?=\s)")


def _ends_sentence(text: str, end: int, next_start: int) -> bool:
    """Decide whether the terminal punctuation ending at `end` closes a sentence."""
    if next_start >= len(text):
        return True
    following = text[next_start]
    if following.islower() or following in ",;:":
        return False
    if not (following.isupper() or following.isdigit() or following in _OPENERS
            or following in "—–-"):
        return False
    before = text[max(0, end - 60):end].rstrip(_CLOSERS)  # only the last word matters
    if not before.endswith("."):
        return True
    if len(before) < len(text[max(0, end - 60):end]) and text[end - 1] in "”\"":
        return True  # “No.” and “… the U.S.”: a closing quotation mark ends the sentence
    word = re.search(r"([\w.]+)\.$", before)
    if word is None:
        return True
    token = word.group(1)
    last = token.rsplit(".", 1)[-1].lower()
    if last in _ABBREVIATIONS:
        return False
    # Initials and dotted acronyms (J., U.S., D.C.) rarely end a sentence before a capital,
    # except when the acronym is the sentence's last word; prefer not splitting.
    return not (len(last) == 1 and last.isalpha())


def sentences(text: str, within: Span | None = None) -> list[Span]:
    """Split into sentences with offsets. Paragraph breaks always end a sentence."""
    spans: list[Span] = []
    for para in [within] if within else paragraphs(text):
        start = para.start
        for match in _BOUNDARY.finditer(text, para.start, para.end):
            end = match.end()
            gap = re.match(r"\s+", text[end:para.end])
            next_start = end + (gap.end() if gap else 0)
            if next_start >= para.end or _ends_sentence(text, end, next_start):
                _add(spans, text, start, end)
                start = next_start
        if start < para.end:
            _add(spans, text, start, para.end)
    return spans


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        offset = start + piece.index(stripped[0])
        spans.append(Span(offset, offset + len(stripped), stripped))


# Letters and digits of any script, with inner apostrophes ("it’s", "O'Neill").
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def words(text: str) -> list[str]:
    """Word tokens (letters and digits, with inner apostrophes) for counting and matching."""
    return WORD.findall(text)


def is_heading(span: Span) -> bool:
    """A short line with no terminal punctuation reads as a sub-heading, not a sentence."""
    stripped = span.text.rstrip(_CLOSERS)
    return len(words(span.text)) <= 12 and not stripped.endswith((".", "!", "?", ":", "…"))


def slugify(value: str, fallback: str = "item") -> str:
    """ASCII, lower-case, hyphenated; stable across runs so URLs and golden files stay put."""
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:80].strip("-") or fallback


# A link card pasted inline after a name: "Sen. Lindsey Graham Lindsey Olin GrahamGraham says
# Trump should … MORE (R-S.C.) said". The page shows a name; its hover card (the full legal
# name glued to headlines of other stories, closed by "MORE") comes along in a paste.
_CARD_END = re.compile(r"\bMORE\b")
_NAMEISH = r"(?:[A-Z(][\w.'’()-]*|de|del|der|van|von|la|le|du|da|di|bin|al)"
_NAME_TOKEN = re.compile(r"(?<![\w'’-])[A-Z][\w'’.-]+")
_REPEATED = re.compile(rf"([A-Z][\w'’.-]+)((?:\s+{_NAMEISH}){{1,4}}?\s+\1)(?=\s+[A-Z0-9])")
CARD_WORDS = 10  # the full name and at least one headline (cards seen: 14 words and up)
CARD_REACH = 1200  # the longest card seen in 300 pasted articles is about 1,000 characters


def hover_cards(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every pasted link card: from the full name that repeats the name
    before it through "MORE". The name as the reader saw it stays: removing each card from
    the text leaves "Sen. Lindsey Graham (R-S.C.) said"."""
    cards: list[tuple[int, int]] = []
    for more in _CARD_END.finditer(text):
        lo = max(cards[-1][1] if cards else 0, more.start() - CARD_REACH,
                 text.rfind("\n", 0, more.start()) + 1)
        start = _card_start(text, lo, more.start())
        # a card carries headlines: a name glued to a few words before "MORE" is a sentence
        if start is not None and len(text[start:more.start()].split()) >= CARD_WORDS:
            cards.append((start, more.end()))
    return cards


def _card_start(text: str, lo: int, hi: int) -> int | None:
    # The full name ends glued to the first headline ("GrahamGraham says", "McConnellGOP
    # signals", "Sanders2020 Democrats"): every such seam, earliest first.
    seams = [(token.start(), token.start() + i, token.group()[:i])
             for token in _NAME_TOKEN.finditer(text, lo, hi)
             for i in range(1, len(token.group()))
             if token.group()[i - 1].islower() and (token.group()[i].isupper()
                                                   or token.group()[i].isdigit())]
    for at, _, surname in seams:
        # the full name: one to five name-like words right after an earlier use of the
        # surname ("Mitch McConnell Addison (Mitch) Mitchell McConnellGOP …")
        before = re.search(rf"\b{re.escape(surname)}((?:\s+{_NAMEISH}){{0,5}}\s+)$",
                           text[max(lo, at - 90):at])
        if before:
            return at - len(before.group(1))
    for _, seam, surname in seams:
        # the full name glued to the written one: "Stephen BreyerStephen BreyerDivided …"
        if re.match(rf"(?:{_NAMEISH}\s+){{0,4}}{re.escape(surname)}(?=[A-Z0-9])", text[seam:hi]):
            return seam
    # no seam, the headline after a space: "Paul Ryan Paul Davis Ryan Retirees should say …"
    # The surname ends the full name, so of the repeats ("Paul … Paul", "Ryan … Ryan") the
    # one that ends last.
    repeats = [m for token in _NAME_TOKEN.finditer(text, lo, hi) if (m := _REPEATED.match(
        text, token.start(), hi))]
    return max(repeats, key=lambda m: m.end()).start(2) if repeats else None


def without_spans(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """`text` with the (sorted, disjoint) spans cut out, and for every position of the result
    (and one past its end) the position it came from."""
    pieces, origin, at = [], [], 0
    for start, end in spans:
        pieces.append(text[at:start])
        origin.extend(range(at, start))
        at = end
    pieces.append(text[at:])
    origin.extend(range(at, len(text) + 1))
    return "".join(pieces), origin
