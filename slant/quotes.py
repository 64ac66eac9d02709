"""Quotations: spans, kinds, speakers and attribution verbs, with offsets into the article text.

How it works, in three passes:
1. marks: pair quotation marks into spans (curly and straight, quotes that run over several
   paragraphs, single quotes in headline style); apostrophes never pair.
2. attribution: for each span, look in its sentence (then its paragraph) for a speech verb
   with a speaker on either side ("X said", "said X", "X, the Y of Z, told", "according to X").
3. speakers: names are made canonical within the article (surname -> fullest name, "the vice
   president" -> the person the text calls Vice President, "she" -> the last person named).
Reported speech without marks ("Harris said the US would ...") is recorded as kind "indirect".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import gender_guesser.detector
import yaml
from rapidfuzz import fuzz, process

from .text import Span, hover_cards, paragraphs, sentences, without_spans, words

SURNAME_MATCH = 85  # rapidfuzz ratio: one letter off in a surname of seven or more letters


@dataclass(frozen=True, slots=True)
class Quote:
    start: int
    end: int
    text: str
    kind: str  # full | partial | scare | indirect
    speaker: str | None
    verb: str | None
    role: str | None = None
    in_headline: bool = False  # start/end point into the headline, not the text


@dataclass(frozen=True, slots=True)
class Voice:
    speaker: str
    role: str | None
    quotes: int
    words: int
    share: float  # of the article's words


@dataclass(frozen=True)
class QuoteAnalysis:
    quotes: tuple[Quote, ...]  # the text's quotes, in order
    voices: tuple[Voice, ...]
    quoted_share: float  # words inside direct quotes / all words
    headline: tuple[Quote, ...] = ()  # quotes in the headline (offsets into the headline)
    people: tuple[str, ...] = ()  # the fullest name of every person the text names

    @property
    def direct(self) -> tuple[Quote, ...]:
        """Words someone said, inside quotation marks (full and partial quotes)."""
        return tuple(q for q in self.quotes if q.kind in {"full", "partial"})


@lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    raw = yaml.load(resources.files("slant").joinpath("lexicons/attribution.yml").read_text(),
                   Loader=yaml.BaseLoader)  # every entry is a string ("on" stays "on")
    return {key: frozenset(v.lower() for v in values) for key, values in raw.items()}


# ---------------------------------------------------------------- pass 1: quotation marks

_OPEN_CONTEXT = set(" \t\n([{—–-/:") | {""}
_DOUBLE = {"“": "open", "”": "close", "„": "open", "«": "open", "»": "close"}


def _double_role(text: str, i: int) -> str:
    ch = text[i]
    if ch in _DOUBLE:
        return _DOUBLE[ch]
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if before in _OPEN_CONTEXT and after not in (" ", "\n", ""):
        return "open"
    return "close"


def double_quote_spans(text: str) -> list[tuple[int, int]]:
    """Inner spans of double-quoted passages. A paragraph that opens a quote without closing
    it continues into the next paragraph when that one opens with a quotation mark."""
    spans: list[tuple[int, int]] = []
    paras = paragraphs(text)
    open_at: int | None = None
    for n, para in enumerate(paras):
        marks = [i for i in range(para.start, para.end) if text[i] in '"“”„«»']
        for k, i in enumerate(marks):
            role = _double_role(text, i)
            continuing = k == 0 and i == para.start and open_at is not None
            if continuing:
                continue
            if role == "open":
                if open_at is None or text[open_at] == text[i] == '"':
                    open_at = i if open_at is None else open_at
                if open_at is not None and open_at != i and text[i] != '"':
                    open_at = i  # an unmatched opener earlier: start again here
            elif open_at is not None:
                spans.append((open_at + 1, i))
                open_at = None
        if open_at is not None:
            following = paras[n + 1] if n + 1 < len(paras) else None
            if following is None or not (text[following.start] in '"“„«'
                                         or _broken_paragraph(text, following)):
                spans.append((open_at + 1, para.end))
                open_at = None
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _broken_paragraph(text: str, following: Span) -> bool:
    """A stray paragraph break in the middle of a quoted sentence: the next paragraph goes on
    in lower case and closes the quote before opening any other."""
    rest = text[following.start:following.end]
    close = min((rest.find(c) for c in "”»" if c in rest), default=-1)
    opening = min((rest.find(c) for c in "“«" if c in rest), default=len(rest))
    return rest[:1].islower() and 0 <= close < opening


_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–:]))[‘'](?=[A-Za-z])", re.M)
_SINGLE_CLOSE = re.compile(r"(?<=\S)[’'](?![A-Za-z0-9])")


def single_quote_spans(text: str, inside: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Single-quoted passages outside double quotes (headline style: ‘We are not …’: …)."""
    spans = []
    for para in paragraphs(text):
        pos = para.start
        while True:
            opener = _SINGLE_OPEN.search(text, pos, para.end)
            if not opener:
                break
            start = opener.end()
            if any(s <= start <= e for s, e in inside):
                pos = start
                continue
            closer = _SINGLE_CLOSE.search(text, start, para.end)
            if not closer or len(words(text[start:closer.start()])) > 40:
                pos = start
                continue
            spans.append((start, closer.start()))
            pos = closer.end()
    return spans


def quote_spans(text: str) -> list[tuple[int, int]]:
    doubles = double_quote_spans(text)
    return sorted(doubles + single_quote_spans(text, doubles))


# ---------------------------------------------------------------- pass 2: people in the text

# A capitalised token; a full stop belongs to it only for initials and short titles.
_SHORT_TITLES = "Mr|Mrs|Ms|Dr|Jr|Sr|St|Gen|Gov|Sen|Rep|Lt|Col|Capt|Cpt|Sgt|Prof|Rev"
# Dotted acronyms ("U.N.", "U.S.") are one token, so "U.N. Security Council" stays whole.
_CAP = rf"(?:(?:[A-Z]\.){{2,}}|(?:{_SHORT_TITLES})\.|[A-Z]\.|[A-Z][\w'’-]*)"
_NAME_RUN = re.compile(rf"{_CAP}(?:[ ]+(?:{_CAP}|(?:de|la|del|van|von|bin|al|da|dos)\b))*")
_PRONOUNS = {"he": "male", "she": "female", "they": None, "i": None, "we": None}
_PRONOUN_RE = re.compile(r"\b(he|she|they|He|She|They)\b")
# "the vice president", "the White House", "the country's top prosecutor" (trimmed below)
_ROLE_RE = re.compile(r"\b(?:the|The)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+(?=[\s,.;]|$)")
# "the U.S.", "the U.N.": an abbreviation is one whole phrase
_ACRONYM_RE = re.compile(r"\b(?:the|The)\s+(?:[A-Z]\.){2,}")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    name: str  # the name without titles ("Alejandro Giammattei")
    role: str | None
    gender: str | None


def _split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """['Guatemalan', 'President', 'Alejandro', 'Giammattei'] -> (role tokens, name tokens)."""
    titles = lexicon()["titles"]
    last_title = -1
    i = 0
    while i < len(tokens):
        for width in (2, 1):
            chunk = tokens[i:i + width]
            if len(chunk) == width and " ".join(t.lower().rstrip(".") for t in chunk) in titles:
                last_title = i + width - 1
                i += width - 1
                break
        i += 1
    if last_title == len(tokens) - 1 and len(tokens) >= 2:
        # "CNN's John King", "Stephen King", "Peter T. King": a title word as a surname
        # after a given name (and a middle initial).
        first = len(tokens) - 2
        if first > 0 and (re.fullmatch(r"[A-Z]\.?", tokens[first])
                          or _given_gender(tokens[first]) == "unknown"):
            first -= 1  # a middle initial or middle name: "Peter T. King", "Martin Luther King"
        if _given_gender(tokens[first]) != "unknown":
            if first > 0 and _given_gender(tokens[first - 1]) != "unknown" and \
                    tokens[first - 1].lower().rstrip(".") not in titles:
                first -= 1  # "Martin Luther King": both given names
            return tokens[:first], tokens[first:]
    return tokens[: last_title + 1], tokens[last_title + 1:]


@lru_cache(maxsize=1)
def _name_genders() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


def _given_gender(token: str) -> str:
    """gender-guesser's answer for a given name; a hyphenated one ("Jean-Yves", "Mary-Kate")
    by its first part when the whole is not in the list."""
    guess = _name_genders().get_gender(token)
    if guess == "unknown" and "-" in token.strip("-"):
        guess = _name_genders().get_gender(token.split("-")[0])
    return guess


def known_name(name: str) -> bool:
    """Does the name open with a given name from the list, whatever its gender ('Kamala
    Harris', 'Zhang Wei', 'Nguyen Van Thanh')? Only the first word, or the second of three,
    so that places like 'Central America' do not pass. Structural evidence (a speech verb,
    a title, an appositive) counts for names the list lacks."""
    tokens = name.split()
    candidates = tokens[:1] + (tokens[1:2] if len(tokens) >= 3 else [])
    return any(_given_gender(token) != "unknown" for token in candidates)


def first_name_gender(first: str) -> str | None:
    """'male' or 'female' when a first name is usually one or the other (gender-guesser's
    name list); None when it is not known or used for both. Only used to resolve pronouns."""
    guess = _given_gender(first)
    return {"male": "male", "mostly_male": "male", "female": "female",
            "mostly_female": "female"}.get(guess)


_SUFFIX = re.compile(r"^(?:Jr|Sr|[IVXL]{1,5})\.?$")


def _last(name: str) -> str:
    """The surname: the last word, before a generational suffix ("Donald Trump Jr.")."""
    parts = name.split()
    if len(parts) >= 2 and _SUFFIX.match(parts[-1]):
        return parts[-2]
    return parts[-1] if parts else name


def _surname_keys(name: str) -> list[str]:
    """'Benedict XVI' and 'Martin Luther King Jr.' are also known by the word before the
    generational suffix ('Benedict', 'King')."""
    return [_last(name)]


def _from_given_name(tokens: list[str]) -> list[str]:
    """'Nations Nikki Haley' (left of 'U.S. Ambassador to the United Nations Nikki Haley')
    -> 'Nikki Haley': a run of three or more words that reaches a given name after words
    that are not one starts at the given name."""
    if len(tokens) < 3 or known_name(tokens[0]):
        return tokens
    for k in range(1, len(tokens) - 1):
        if _given_gender(tokens[k]) != "unknown":
            return tokens[k:]
    return tokens


def _gender(role_tokens: list[str]) -> str | None:
    low = {t.lower().rstrip(".") for t in role_tokens}
    if low & lexicon()["male_honorifics"]:
        return "male"
    if low & lexicon()["female_honorifics"]:
        return "female"
    return None


# Words that are also surnames after a given name ("Theresa May", "Wayne White", "Tom House")
_MONTH_OR_MODAL = {"may", "will", "march", "april", "june", "july", "august", "can", "might",
                   "white", "house"}
# Dotted initials that name places and bodies, not a person's given names ("A.J. Delgado")
_PLACE_INITIALS = {"U.S.", "U.K.", "U.N.", "D.C.", "E.U.", "L.A.", "N.Y.", "N.J.", "S.C.",
                   "N.C.", "U.S.A.", "U.A.E.", "N.H.", "N.M.", "N.D.", "S.D.", "W.Va."}
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord"}


def _candidate_mentions(masked: str) -> list[Mention]:
    not_names = lexicon()["not_names"]
    found = []
    for match in _NAME_RUN.finditer(masked):
        tokens = match.group().split()
        skipped = 0
        while tokens and tokens[0].lower().rstrip(".") in not_names:
            skipped += len(tokens[0]) + 1
            tokens = tokens[1:]
        # "Egypt’s Al-Azhar", "Fox News’s Martha MacCallum": the owner is not in the name.
        # "JUST WATCHED Romney": capitals of page furniture are not part of a name
        caps = 0
        while caps < len(tokens) and tokens[caps].isupper() and tokens[caps].isalpha() and \
                len(tokens[caps]) > 3:
            caps += 1
        if 2 <= caps < len(tokens):  # two capitalised words or more: furniture, not "NATO"
            skipped += sum(len(t) + 1 for t in tokens[:caps])
            tokens = tokens[caps:]
        owner = [i for i, t in enumerate(tokens[:-1]) if re.search(r"\w['’]s?$", t)]
        if owner:
            skipped += sum(len(t) + 1 for t in tokens[:owner[-1] + 1])
            tokens = tokens[owner[-1] + 1:]
        # "Donald Trump Jr." keeps his suffix: he is not his father
        suffix = tokens[-1:] if len(tokens) >= 3 and _SUFFIX.match(tokens[-1].rstrip(",")) else []
        role_tokens, name_tokens = _split_title(tokens[:len(tokens) - len(suffix)])
        if name_tokens:
            name_tokens = name_tokens + suffix  # "Martin Luther King Jr."
        name_tokens = [t.rstrip(".") if len(t) > 2 and not re.fullmatch(r"(?:[A-Z]\.)+", t)
                       and not _SUFFIX.match(t) else t for t in name_tokens]
        if name_tokens:  # possessives: "Harris’s", "Harris’"
            name_tokens[-1] = re.sub(r"['’]s?$", "", name_tokens[-1])
        name_tokens = _from_given_name(name_tokens)
        if any(re.fullmatch(r"(?:[A-Z]\.?){2,}", t) and "." in t
               and not (i == 0 and len(name_tokens) >= 2 and t not in _PLACE_INITIALS)
               for i, t in enumerate(name_tokens)):
            continue  # "U.S.", "U.N. Security Council": abbreviations; "A.J. Delgado" a person
        lead = masked[max(0, match.start() + skipped - 8):match.start() + skipped]
        if not role_tokens and re.search(r"\b(?:the|The)\s+$", lead):
            continue  # people's names take no article: "the Northern Triangle" is a place
        if not name_tokens or len(name_tokens) > 4:
            continue
        # "May" is a month and "Will" a verb, but not after a given name ("Theresa May").
        # Only as the last word of a two- or three-word name, so that a Title-Case headline
        # ("Kamala Harris May Run") does not make one.
        surname_ok = 2 <= len(name_tokens) <= 3 and known_name(name_tokens[0])
        # "Mrs. May", "Ms. White": after an honorific, the one word is a surname
        honoured = len(name_tokens) == 1 and bool(role_tokens) and \
            role_tokens[-1].lower().rstrip(".") in _HONORIFICS
        surname_ok = surname_ok or honoured
        last = len(name_tokens) - 1
        if any(t.lower().rstrip(".") in not_names
               and not (surname_ok and i == last and t.lower() in _MONTH_OR_MODAL)
               and not (0 < i < last and re.fullmatch(r"[A-Z]\.", t)  # "John A. Yarmuth"
                        and known_name(name_tokens[0]))  # not "Proposition A. Supporters"
               for i, t in enumerate(name_tokens)):
            continue
        if len(name_tokens) == 1 and not role_tokens and \
                name_tokens[0].lower() in lexicon()["group_nouns"]:
            continue  # "Demonstrators chanted": a sentence-initial common noun
        found.append(Mention(match.start() + skipped, match.end(), " ".join(name_tokens),
                             " ".join(role_tokens) or None, _gender(role_tokens)))
    return found


_PERSON_APPOSITIVE = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:student|teacher|resident|"
    r"professor|lawyer|attorney|doctor|nurse|worker|owner|mother|father|parent|veteran|"
    r"voter|activist|organi[sz]er|volunteer|executive|economist|analyst|researcher|"
    r"scientist|historian|pastor|priest|officer|farmer|retiree|woman|man|immigrant|"
    r"refugee|survivor|journalist|reporter|writer|author|consultant|strategist|pollster|"
    r"lawmaker|senator|congressman|congresswoman|official|spokes(?:man|woman|person))\b")


def person_mentions(masked: str) -> list[Mention]:
    """Capitalised runs that are people: titled ("Ms Harris"), or full names whose surname
    the text also uses alone, or any name directly joined to a speech verb."""
    # ("Mr. Bloomberg": an honorific makes a person of any name; "Bloomberg" alone is the
    # man once the text has named "Michael Bloomberg")
    every = _candidate_mentions(masked)
    named_brands = {m.name.split()[-1] for m in every if " " in m.name
                    and m.name.split()[-1].lower() in _BRANDS and known_name(m.name)}
    candidates = [m for m in every if not _is_organisation(m.name) or m.name in named_brands
                  or (m.role and m.role.lower().rstrip(".") in _HONORIFICS)]
    alone = {m.name for m in candidates if " " not in m.name}
    speaking_alone = {m.name for m in candidates
                      if " " not in m.name and _next_to_speech(masked, m)}
    surnames = set()
    for m in candidates:
        parts = m.name.split()
        # "Alex, who only wanted to be identified by his first name, …", "Maria, 34, …": a
        # lone given name described as a person.
        described = len(parts) == 1 and known_name(m.name) and re.match(
            r",\s+(?:who\b|\d{1,3},)", masked[m.end:m.end + 12])
        # "Enya Baez-Ferreras, a student at Johns Hopkins University, …": a full name set
        # off by what kind of person it is
        described = described or len(parts) >= 2 and bool(_PERSON_APPOSITIVE.match(
            masked, m.end, m.end + 60))
        if len(parts) >= 2 and parts[0] in speaking_alone and not known_name(m.name) \
                and ("-" in parts[1] or m.role or _next_to_speech(masked, m)):
            # Family name first ("Kim Jong-un", later "Kim told"): both words stand for the
            # person, when the first word alone is somebody speaking.
            surnames.update((parts[0], _last(m.name)))
        if m.role or (len(parts) >= 2 and (_last(m.name) in alone or known_name(m.name)))\
                or described or _next_to_speech(masked, m):
            surnames.add(_last(m.name))
    found = [m for m in candidates if _last(m.name) in surnames]
    # "Peter King … said King, of New York": a surname that is also a title word ("King",
    # "Bishop") stands alone for the person once the text has named them in full.
    titled = {m.name.split()[-1] for m in found if " " in m.name
              and m.name.split()[-1].lower() in lexicon()["titles"]}
    # "Dana White … “…,” White said": a surname that is also a common word ("White", "May")
    # stands alone for the person once named in full, where it speaks
    worded = {m.name.split()[-1] for m in found if " " in m.name
              and m.name.split()[-1].lower() in lexicon()["not_names"]} - titled
    taken = {(m.start, m.end) for m in found}
    for surname in titled | worded:
        for m in re.finditer(rf"\b{re.escape(surname)}\b(?![ ]+[A-Z])", masked):
            if re.search(r"(?:[A-Z][\w.’'-]*(?<![a-z]{3}\.)|\b[Tt]he|\b[Aa])[ ]+$",
                         masked[max(0, m.start() - 40):m.start()]):
                continue  # part of a longer name, or "the King of Spain" (not "School. King")
            bare = Mention(m.start(), m.end(), surname, None, None)
            if surname in worded and not _next_to_speech(masked, bare):
                continue
            if not any(a <= m.start() < b for a, b in taken):
                found.append(bare)
    return sorted(found, key=lambda m: m.start)


# What an issuer puts out and then speaks for it ("the statement said", "the video says",
# "the letter said"): the last one issued, by whoever the text says issued it.
_STATEMENT_NOUNS = {"statement", "communiqué", "communique", "memo", "message", "release",
                    "readout", "letter", "video", "ad", "advertisement", "email", "report"}
_NOUNS = "(?:statement|communiqué|communique|memo|message|release|readout|letter|video|ad|" \
         "advertisement|email|report)"
_ISSUED = re.compile(r"(?:issued|released|put out|published|posted|sent|delivered|wrote|aired|"
                     r"ran|unveiled)[ ]+(?:a|an|its|their|his|her)[ ]+(?:[\w-]++[ ]+){0,2}?"
                     rf"{_NOUNS}\b")
_STATEMENT_WORD = re.compile(rf"\b{_NOUNS}s?\b", re.I)
# "Lawson said in a statement", "The Kremlin, in a statement, denied": the speaker issued it.
_SAID_IN = re.compile(r"(?:,[ ]+in[ ]+|[ ]+(?:said|says|wrote|writes|added|stated|told[ ]+"
                      r"[\w ]{1,40}?)[ ]+in[ ]+)(?:a|an|its|their|his|her)[ ]+"
                      rf"(?:[\w-]++[ ]+){{0,2}}?{_NOUNS}\b")
# "the statement from the New York Federal Reserve", "a statement by Sen. Tom Reyes"
_AUTHORED = re.compile(rf"(?:[\w’'-]++[ ]+){{0,3}}?{_NOUNS}[ ]+"
                       r"(?:(?:issued|released|put[ ]+out)[ ]+)?(?:from|by)[ ]+(?:the[ ]+)?"
                       r"(?P<who>[A-Z][\w.’'&-]*+(?:[ ]+(?:of[ ]+|for[ ]+)?[A-Z][\w.’'&-]*+){0,6})")
ISSUER_REACH = 800  # characters within which "the statement" refers back to its issuing
_FILER = re.compile(r"(?P<who>[A-Z][^.;:!?\n\u2591]{0,120}?)\s+(?:have |has |had )?"
                    r"(?:filed (?:a )?(?:suit|lawsuit|complaint)|sued)\b")


def _appositive_roles(masked: str, mentions: list[Mention]) -> list[tuple[str, str]]:
    """Roles the text gives in passing: "as vice-president, Kamala Harris …" and
    "Amiena Khan, executive vice president of the judges' union, said"."""
    titles = lexicon()["titles"]
    found = []
    for m in mentions:
        before = re.search(r"\bas\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+),\s*$",
                           masked[max(0, m.start - 60):m.start])
        # (a role stays inside its sentence: "…, a student who has been active. But …,")
        after = re.match(r",\s+(?:the\s+|a\s+|an\s+)?((?:[^,.\u2591\n]|\.(?!\s+[A-Z]))"
                         r"{3,90}?),", masked[m.end:m.end + 100])
        # "the bureau's director Christopher Wray", "spokesman Stephen Lawson": a title in
        # lower case right before the name.
        lowered = re.search(r"(?:^|[,;:“”\"\n(]\s*|\b(?:the|a|an)\s+|['’]s\s+|"
                            r"\b[A-Z][\w.&-]*\s+)(([a-z]+))\s+$",
                            masked[max(0, m.start - 40):m.start])
        if lowered and lowered.group(1) not in titles:
            lowered = None  # "Voters will judge Joe Biden": a verb, not a title
        for found_role in (before, after, lowered):
            if found_role and any(w.lower() in titles for w in words(found_role.group(1))):
                found.append((m.name, found_role.group(1)))
    return found


_ABBREVIATED_TITLES = {"sen": "senator", "rep": "representative", "gov": "governor",
                       "gen": "general", "lt": "lieutenant", "capt": "captain", "cpt": "captain",
                       "sgt": "sergeant", "dr": "doctor", "prof": "professor", "col": "colonel",
                       "supt": "superintendent", "atty": "attorney", "lawyer": "attorney"}


def _full_title(word: str) -> str:
    low = word.lower().rstrip(".")
    return _ABBREVIATED_TITLES.get(low, low)


_PREPOSITIONS = {"of", "from", "for", "at", "in", "on", "with", "by", "to", "against", "about",
                 "over", "into", "ahead", "after", "before", "during"}


def _head(phrase: str) -> str:
    """The noun a phrase is about: 'the president of Guatemala' -> 'president'."""
    tokens = [w.lower() for w in words(phrase)]
    cut = next((i for i, w in enumerate(tokens) if w in _PREPOSITIONS and i > 0), len(tokens))
    return tokens[:cut][-1] if tokens[:cut] else ""


def _is_organisation(name: str) -> bool:
    """'Johns Hopkins University', 'CBS News', 'Reuters': named bodies, not people."""
    last = name.split()[-1].lower().strip(".")
    if last in _BRANDS and " " in name and known_name(name):
        return False  # "Michael Bloomberg" is a man; "Bloomberg" alone may be the agency
    return last in lexicon()["organisation_words"] or (
        " " not in name and name.isupper() and len(name) <= 6)


# Organisation words that are also surnames
_BRANDS = {"reuters", "bloomberg"}


# Names of bodies that join their words with "of", "for" or "and", or open with an
# abbreviation: "U.S. Department of Labor", "Centers for Disease Control and Prevention",
# "U.N. Security Council", "Human Rights Watch". Words are capped at 40 letters (untrusted
# text: no quadratic search on long runs).
_BODY_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'’&-]{0,40}+)"
_BODY_RUN = re.compile(rf"{_BODY_WORD}(?:[ ]+(?:(?:of|for|and)[ ]+(?:the[ ]+)?)?"
                       rf"{_BODY_WORD}){{0,7}}")
_CONNECTORS = {"of", "for", "and", "the"}
_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "january", "february", "march", "april", "june", "july", "august", "september",
             "october", "november", "december"}


# Words that open a sentence or a clause before a body's name ("But the", "In")
_OPENERS = {"the", "a", "an", "but", "and", "or", "in", "on", "at", "after", "before", "when",
            "while", "as", "if", "so", "yet", "still", "meanwhile", "then", "also", "for",
            "of", "to", "by", "with", "from", "this", "that", "said", "says"}


def _body_word(token: str) -> bool:
    word = re.sub(r"['’]s?$", "", token.lower().rstrip("."))
    return word in lexicon()["organisation_words"] or (
        word.endswith("s") and word[:-1] in lexicon()["organisation_words"])


def _segments(run: str) -> list[list[tuple[int, str]]]:
    """A run's words (offset, word), in segments split at "of", "for", "and" (+ "the")."""
    segments: list[list[tuple[int, str]]] = [[]]
    for m in re.finditer(r"\S+", run):
        if m.group() in _CONNECTORS:
            if any(w not in _CONNECTORS for _, w in segments[-1]):
                segments.append([])
            segments[-1].append((m.start(), m.group()))  # the joint opens the next segment
        else:
            segments[-1].append((m.start(), m.group()))
    return segments


def body_mentions(masked: str) -> list[Mention]:
    """Named bodies of several words, one of which says it is a body (department, council,
    centers, watch, …): "U.S. Department of Labor", "Centers for Disease Control and
    Prevention", "Human Rights Watch". The name starts at the first part (parts are joined
    by "of", "for", "and") that holds a body word, so "Tom Reyes of the Senate Intelligence
    Committee" gives the committee; that part ends at its last body word ("Senate Majority
    Leader Mitch McConnell" is no body's name). A later part stops at a title, a given name or
    a day ("University of Arizona's Jennifer Carlson"), and "and" + another body or a person
    ends the name ("Harvard University and Yale")."""
    titles = lexicon()["titles"]
    found = []
    for match in _BODY_RUN.finditer(masked):
        segments = _segments(match.group())
        first = next((i for i, seg in enumerate(segments)
                      if any(_body_word(w) for _, w in seg if w not in _CONNECTORS)), None)
        if first is None:
            continue
        # "Food and Drug Administration": words joined by "and" before the body word's part
        # belong to the name, unless they are a person ("Tom Reyes and Human Rights Watch").
        body_part = first
        before = [w for _, w in segments[first - 1] if w not in _CONNECTORS] if first else []
        if first and [w for _, w in segments[first] if w in _CONNECTORS] == ["and"] and \
                len(before) == 1 and not before[0].isupper() and not known_name(before[0]):
            first -= 1  # one word joined by "and": "Food and Drug Administration"
        head = [(o, w) for seg in segments[first:body_part + 1] for o, w in seg
                if first == body_part or seg is segments[body_part] or w not in _CONNECTORS]
        if first + 1 < len(segments) and segments[first + 1] and \
                [w for _, w in segments[first + 1] if w in _CONNECTORS] == ["and"] and \
                not any(_body_word(w) for _, w in head) and any(
                    _body_word(w) for _, w in segments[first + 1] if w not in _CONNECTORS):
            head += [(o, w) for o, w in segments[first + 1]]
            first += 1
        while head and head[0][1].lower() in _OPENERS:
            head = head[1:]
        if len(head) == 2 and known_name(head[0][1]) and first + 1 == len(segments):
            continue  # "Tom House", "Sarah Post": a person whose surname is a body word
        last_body = max(i for i, (_, w) in enumerate(head) if _body_word(w))
        # "President Obama’s Council of Economic Advisers": the owner is not in the name.
        owner = [i for i, (_, w) in enumerate(head[:last_body]) if re.search(r"['’]s?$", w)]
        if owner:
            head, last_body = head[owner[-1] + 1:], last_body - owner[-1] - 1
        kept = head[:last_body + 1] if first + 1 == len(segments) or \
            any(w[:1].isupper() and w.lower() in titles for _, w in head[last_body + 1:]) \
            else head
        for segment in segments[first + 1:]:
            joint = [w for _, w in segment if w in _CONNECTORS]
            words_ = [(o, w) for o, w in segment if w not in _CONNECTORS]
            if "and" in joint and (_body_word(kept[-1][1]) or known_name(words_[0][1])
                                   or any(_body_word(w) for _, w in words_)):
                break  # two subjects
            if "for" in joint and _body_word(kept[-1][1]) and any(_body_word(w) for _, w in words_):
                break  # "the House for the Defense Department": two bodies
            # A title stops the name when a person's name follows it ("… Acting Deputy
            # Secretary Ken Cuccinelli"), not in "Department of Justice", "Inspector General".
            stop = next((i for i, (_, w) in enumerate(words_)
                         if (w.lower() in titles or w == "Acting") and any(
                             known_name(x) for _, x in words_[i + 1:i + 4])
                         or w.lower() in _CALENDAR or (i and known_name(w))), len(words_))
            kept += words_[:stop]
            if stop < len(words_):
                break
        capitalised = [w for _, w in kept if w[:1].isupper()]
        if len(capitalised) < 2:
            continue
        start = match.start() + kept[0][0]
        end = match.start() + kept[-1][0] + len(kept[-1][1])
        name = re.sub(r"['’]s?$", "", masked[start:end])
        found.append(Mention(start, start + len(name), name, None, None))
    return found


def organisation_mentions(masked: str) -> list[Mention]:
    bodies = body_mentions(masked)
    single = [m for m in _candidate_mentions(masked) if _is_organisation(m.name)
              and not any(b.start <= m.start and m.end <= b.end for b in bodies)]
    return sorted(single + bodies, key=lambda m: m.start)


@lru_cache(maxsize=1)
def _owned_body() -> re.Pattern[str]:
    """'Israel’s government', 'Russia’s U.S. embassy', 'Iran’s foreign ministry'. Words are
    capped at 40 letters so that a long run without spaces cannot make the search
    quadratic (article text is untrusted)."""
    bodies = "|".join(sorted(lexicon()["organisation_words"], key=len, reverse=True))
    return re.compile(r"\b(?:[A-Z][\w-]{0,40}+[ ]){0,2}[A-Z][\w-]{0,40}+['’]s[ ]+"
                      r"(?:(?:(?:[A-Z]\.){2,}|[A-Z][\w-]{0,40}+|[a-z]{1,40}+)[ ]+){0,2}?"
                      rf"(?:{bodies})\b")


def _is_subject_here(masked: str, end: int) -> bool:
    return _subject_of_verb(masked, end) or bool(re.match(r",\s+(?:which|who)\b", masked[end:]))


def named_subjects(masked: str, candidates: list[Mention]) -> list[Mention]:
    """Named bodies that act as the subject of a clause: a country, a party or a group of
    any name ("North Korea, which …, vowed", "Iran warned"), or a body a name owns
    ("Israel’s government issued a statement …", "Russia’s U.S. embassy said"). The name
    must stand right before a finite verb or a relative clause, and not after a preposition
    ("Mr X of Guatemala, who …"); a single word that opens a sentence counts only if the text
    also capitalises it mid-sentence (a proper noun, not "Investigators said")."""
    found = []
    for m in _owned_body().finditer(masked):
        if _is_subject_here(masked, m.end()):
            found.append(Mention(m.start(), m.end(), m.group(), None, None))
    # Capitalised words the text also uses mid-sentence: proper nouns.
    mid_sentence = set(re.findall(r"[a-z,;:]\s+([A-Z][\w'’-]{0,40}+)", masked))
    for m in candidates:
        if any(f.start <= m.start < f.end for f in found) or \
                re.search(r"['’]s?$", masked[m.start:m.end]):
            continue  # "Iran’s foreign minister": the owner of what follows
        name = m.name
        if " " not in name and name not in mid_sentence:
            continue
        before = re.search(r"([a-z]+)\s+(?:the\s+)?$", masked[max(0, m.start - 20):m.start])
        if before and before.group(1) in _PREPOSITIONS:
            continue  # "Mr Giammattei of Guatemala, who …": a place, not the subject
        if _is_subject_here(masked, m.end):
            found.append(Mention(m.start, m.end, name, None, None))
    return found


_SMALL_WORDS = {"of", "in", "at", "on", "to", "the", "a", "an", "her", "his", "their", "its",
                "for", "with", "from", "by", "and", "or", "that", "this", "our", "my", "your"}


# Prepositions that govern a following name; not "after"/"before", which also join clauses
# ("Minutes after Reyes said …").
_PLACE_PREPOSITIONS = {"of", "from", "for", "at", "in", "on", "with", "by", "to", "against",
                       "about", "over", "into"}


def _next_to_speech(masked: str, m: Mention) -> bool:
    # "Karen Bass, said" counts; a lone word before a comma ("Children, told") does not.
    gap = r"[ ,]*" if " " in m.name else r"[ ]*"
    after = re.match(gap + r"(?:(?:also|then|later|even|still|just|never|[a-z]+ly)\s+)?"
                     r"((?:went|goes) on|[a-z]+(?: to| back| out)?)", masked[m.end:m.end + 40])
    # "said Ana Ruiz", "said council member Tom Reyes" (a title between, no small words)
    before = re.search(r"\b([a-z]+(?: to)?)((?:\s+[a-z][a-z-]*){0,3})[ ,]*$",
                       masked[max(0, m.start - 50):m.start])
    between = before.group(2).split() if before else []
    if set(between) & _SMALL_WORDS or any(w.endswith(("ing", "ed")) for w in between):
        before = None
    if before and _subject_of_verb(masked, m.end):
        before = None  # "She says Baltimore had this coming": the subject of what was said
    governed = re.search(r"\b([a-z]+)\s+$", masked[max(0, m.start - 20):m.start])
    if after and governed and governed.group(1) in _PLACE_PREPOSITIONS:
        after = None  # "Robert Kelly of a university in South Korea warned": not the subject
    # "Mary McInerney, country director for Save the Children, told …"
    # … and one word right after a quotation, set off by a described role ("…,” Varga, the
    # chief clinical officer for Texas Health Services, said)
    after_quote = re.search(r"[,!?]?[”\"][ ]+$", masked[max(0, m.start - 4):m.start]) and \
        re.match(r",[ ]+(?:the|a|an)[ ]+[a-z]", masked[m.end:m.end + 12])
    appositive = (" " in m.name or after_quote) and re.match(
        r",[^,\u2591\n]{1,100},\s*([a-z]+(?: to)?)", masked[m.end:m.end + 130])
    verbs = lexicon()["speech_verbs"]
    return any(found and found.group(1) in verbs for found in (after, before, appositive))


# The words between a speaker and a pronoun that opens what the speaker said.
_SAID_THAT = re.compile(r"['’]?s?[ ]+(?:(?:also|even|later|then|again|[a-z]+ly)[ ]+)?([a-z]+)"
                        r"(?:[ ]+(?:him|her|them|us|reporters|[A-Z][\w'’-]{0,40}+))?"
                        r"(?:[ ]+that)?[ ]+")


_PARTY_LABEL = re.compile(r"\((?:[DRI]|Ind|Dem|Rep|GOP)-[A-Z][\w.]*(?:[ ][A-Z][\w.]*)?\)")


def _same_person(name: str, other: str) -> bool:
    """"Blasey Ford" in "Christine Blasey Ford", "Donald Trump" in "Donald J. Trump": the
    words of one name stand in the other, in order (initials aside). Two names of one
    surname are two people only when both open with a given name, and the given names
    differ ("Bill Clinton", "Hillary Clinton"); "REUTERS Obama" or "Admiral McRaven" (page
    furniture, a title the lexicon lacks) are the same person as "Barack Obama"."""
    if bool(_SUFFIX.match(name.split()[-1])) != bool(_SUFFIX.match(other.split()[-1])) and \
            " " in name and " " in other:
        return False  # "Donald Trump Jr." is not "Donald Trump"
    shorter, longer = sorted((name, other), key=lambda n: len(n.split()))
    rest = iter(longer.split())
    if all(any(w.lower() == r.lower() for r in rest) for w in shorter.split()
           if not re.fullmatch(r"[A-Z]\.", w)):
        return True
    return _is_junk(name.split()[0]) or _is_junk(other.split()[0])


def _is_junk(token: str) -> bool:
    """A first word that is no given name for sure: page furniture in capitals ("REUTERS
    Obama") or a word of the language ("Had Bain", "With Texas")."""
    return (token.isupper() and len(token) >= 2) or token.lower() in lexicon()["not_names"] \
        or token.lower() in _FUNCTION_WORDS or token.lower() in lexicon()["speech_verbs"] \
        or (token.endswith("ing") and not _is_given(token))


_FUNCTION_WORDS = {"though", "although", "while", "when", "if", "because", "since", "after",
                   "before", "with", "without", "between", "as", "and", "but", "or", "so",
                   "yet", "then", "once", "unless", "until", "where", "whether"}


def _is_given(token: str) -> bool:
    return _given_gender(token) not in ("unknown", "andy")


def _fullest(names: list[str]) -> str:
    """Of one person's names, the fullest that opens with a given name."""
    # a name opening with furniture or a verb ("Letting Sanders") is below the bare surname
    return max(names, key=lambda n: (not (" " in n and _is_junk(n.split()[0])), " " in n,
                                     " " in n and _is_given(n.split()[0]),
                                     len(n.split()), len(n)))


class People:
    """The article's people: surname -> fullest name, role and gender; who spoke last."""

    def __init__(self, mentions: list[Mention], sents: list[Span], masked: str) -> None:
        # "(D-N.Y.)", "(R-Ky.)": a party and state label, not two bodies "D-N" and "Y."
        labels = [m.span() for m in _PARTY_LABEL.finditer(masked)]
        self.organisations = sorted((o for o in organisation_mentions(masked)
                                     if not _inside(labels, o.start)), key=lambda o: o.start)
        self._full_bodies: dict[str, str] = {}
        # "Centers for Disease Control and Prevention": no word of a body's name is a person.
        bodies = [(b.start, b.end) for b in self.organisations if " " in b.name]
        mentions = [m for m in mentions if not any(a <= m.start and m.end <= b and
                                                   (a, b) != (m.start, m.end)
                                                   for a, b in bodies)]
        self.mentions = mentions
        known = {(m.start, m.end) for m in mentions}
        candidates = [m for m in _candidate_mentions(masked)
                      if (m.start, m.end) not in known and not _is_organisation(m.name)]
        self.other_names = [m for m in candidates if " " in m.name and known_name(m.name)]
        self._other_starts = [m.start for m in self.other_names]
        self._org_starts = [m.start for m in self.organisations]
        named = {(m.start, m.end) for m in self.other_names}
        self.named = [m for m in named_subjects(masked, [m for m in candidates
                                                         if (m.start, m.end) not in named])
                      if not any(a <= m.start and m.end <= b for a, b in bodies)]
        self._named_starts = sorted(m.start for m in self.named)
        self.sents = sents
        self.masked = masked
        self._mention_starts = [m.start for m in mentions]  # mentions come in text order
        self.sent_starts = [s.start for s in sents]
        self.full: dict[str, str] = {}
        self.roles: dict[str, str] = {}
        self.gender: dict[str, str] = {}
        self.speakers: list[tuple[int, str]] = []  # (position, canonical name), text order
        self.guessed: set[str] = set()  # genders guessed from a first name only
        self.all_roles: dict[str, set[str]] = {}  # every title the text gives each person
        # surname -> each full name -> the person's fullest name ("Blasey Ford" and
        # "Christine Blasey Ford" are one person, "Bill Clinton" and "Hillary Clinton" two)
        self._namesakes: dict[str, dict[str, str]] = {}
        self._namesake_uses: dict[str, list[tuple[int, str]]] = {}
        self._namesake_index: dict[str, dict[str, list[int]]] = {}
        self._seen: dict[str, list[int]] | None = None  # canonical name -> mention starts
        by_surname: dict[str, set[str]] = {}
        for m in mentions:
            if " " in m.name:
                by_surname.setdefault(_last(m.name), set()).add(m.name)
        for surname, names in by_surname.items():
            groups: list[list[str]] = []
            ambiguous = []
            for name in sorted(names, key=lambda n: (not _is_given(n.split()[0]),
                                                      -len(n.split()), -len(n), n)):
                fits = [g for g in groups if all(_same_person(name, n) for n in g)]
                if not fits:
                    groups.append([name])
                elif len(fits) == 1:
                    fits[0].append(name)
                else:
                    ambiguous.append(name)  # "Le Pen": Marine or Jean-Marie, read in place
            self._namesakes[surname] = {n: _fullest(g) for g in groups for n in g}
        for group in self._namesakes.values():
            if len(set(group.values())) >= 2:
                for full in set(group.values()):
                    # namesakes told apart by "Mrs." need their genders first
                    guess = first_name_gender(full.split()[0])
                    if guess:
                        self.gender[full] = guess
                        self.guessed.add(full)
        for m in mentions:
            surname = _last(m.name)
            if m.name in self._namesakes.get(surname, {}):
                self._namesake_uses.setdefault(surname, []).append(
                    (m.start, self._namesakes[surname][m.name]))
        for m in mentions:
            for surname in _surname_keys(m.name):
                # the fullest name, one that opens with a given name before "REUTERS Obama"
                if surname not in self.full or _fullest([self.full[surname], m.name]) == m.name \
                        and m.name != self.full[surname]:
                    self.full[surname] = m.name
        # A misspelt surname ("Mr Giammettei" beside "Alejandro Giammattei") is the same
        # person: point it at the fullest name whose surname nearly matches.
        for surname, name in list(self.full.items()):
            if " " in name:
                continue
            # Family name first ("Wang Yi", later "Wang"): the one full name it opens.
            opening = self._opening(name)
            if opening:
                self.full[surname] = opening
                continue
            if len(surname) < 5:
                continue
            others = {s: n for s, n in self.full.items() if s != surname and " " in n}
            close = process.extractOne(surname, list(others), scorer=fuzz.ratio,
                                       score_cutoff=SURNAME_MATCH)
            if close:
                self.full[surname] = others[close[0]]
        for m in mentions:
            name = self.name_of(m)
            if m.role and m.role.lower().rstrip(".") not in {"mr", "ms", "mrs", "miss"}:
                self.roles.setdefault(name, m.role)
                self.all_roles.setdefault(name, set()).add(m.role)
            if m.gender:
                self.gender.setdefault(name, m.gender)
        for name in set(self.full.values()) | {n for group in self._namesakes.values()
                                               for n in group.values()}:
            # Failing an honorific, a usual first name tells "he" from "she".
            if name not in self.gender and " " in name:
                guess = first_name_gender(name.split()[0])
                if guess:
                    self.gender[name] = guess
                    self.guessed.add(name)
        for name, role in _appositive_roles(masked, mentions):
            self.roles.setdefault(self.canonical(name), role)
            self.all_roles.setdefault(self.canonical(name), set()).add(role)
        filer = _FILER.search(masked)
        # "Harvard and MIT have filed suit …": what "the lawsuit alleges" speaks for them.
        self.filer = re.sub(r"^.*,\s*", "", filer.group("who")).strip() if filer else None
        # "Israel’s government issued a statement …": what "the statement said" speaks for.
        # The issuer is a name standing right before the verb (a person, an organisation, a
        # named body), never a guess from the words before it.
        named = [(m.end, self.name_of(m)) for m in mentions] + \
            [(m.end, m.name) for m in self.organisations + self.named]
        self.issuers: list[tuple[int, int, str]] = []
        issuing = sorted([*_ISSUED.finditer(masked), *_SAID_IN.finditer(masked)],
                         key=lambda m: m.start())
        for m in issuing:
            who = next((name for end, name in sorted(named, reverse=True) if end <= m.start()
                        and re.fullmatch(r"\s*(?:(?:also|later|then|has|have|had)\s+)?",
                                         masked[end:m.start()])), None)
            body = re.search(r"\b(?:the|The)\s+((?:[A-Z][\w'’-]*+\s+){0,3}[A-Z][\w'’-]*+)\s*$",
                             masked[max(0, m.start() - 80):m.start()])
            who = who or (body.group(1) if body else None)  # "the White House issued …"
            # "Romney, in a statement issued after the ruling, …": a name named only there
            bare = re.search(r"(?<![\w.’'-])([A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){0,3})[ ,]*$",
                             masked[max(0, m.start() - 60):m.start()])
            if not who and bare and bare.group(1).split()[0].lower() not in \
                    lexicon()["not_names"]:
                who = self.canonical(bare.group(1))
            if who:
                self.issuers.append((m.start(), m.end(), who))
        self.statement_words = [m.start() for m in _STATEMENT_WORD.finditer(masked)]

    def full_body(self, name: str) -> str:
        """A body's fullest name in the text: "Times" -> "New York Times" when the text
        also writes it out (the longest capitalised run ending in the same words)."""
        if name not in self._full_bodies:
            self._full_bodies[name] = self._full_body(name)
        return self._full_bodies[name]

    def _full_body(self, name: str) -> str:
        longer = re.findall(rf"\b((?:[A-Z][\w.&'’-]{{0,40}}+ ){{1,3}}){re.escape(name)}\b",
                            self.masked)
        not_names = lexicon()["not_names"] - {"the"}
        # "As The Hill notes": the run starts after a sentence's opening word
        longer = [" ".join(w for i, w in enumerate(run.split())
                           if i or w.lower() not in not_names) + " " for run in longer]
        longer = [run for run in longer if run.strip()]
        return f"{max(longer, key=len)}{name}" if longer else name

    def names_between(self, start: int, end: int) -> list[Mention]:
        """Every name (person, other full name, body) that starts inside [start, end)."""
        found = self.mentions_between(start, end)
        for names, starts in ((self.other_names, self._other_starts),
                              (self.organisations, self._org_starts)):
            found = found + names[bisect.bisect_left(starts, start):
                                  bisect.bisect_left(starts, end)]
        return found

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """Mentions that start inside [start, end)."""
        return self.mentions[bisect.bisect_left(self._mention_starts, start):
                             bisect.bisect_left(self._mention_starts, end)]

    def issuer(self, position: int) -> str | None:
        """Who issued the statement (memo, message) that "the statement" at `position` refers
        back to: the last issuing within ISSUER_REACH characters, unless another statement
        is mentioned in between ("The Kremlin, in a statement, denied it")."""
        for start, end, who in reversed(self.issuers):
            if start >= position:
                continue
            if position - start > ISSUER_REACH or any(end <= w < position
                                                      for w in self.statement_words):
                return None
            return who
        return None

    def _opening(self, name: str) -> str | None:
        """Family name first ("Wang Yi", later "Wang"): the full name this word opens; of
        several ("Kim Jong-un", "Kim Yo-jong"), the one the text names in full most often."""
        opening = {full for full in self.full.values() if " " in full and full.split()[0] == name}
        if len(opening) <= 1:
            return opening.pop() if opening else None
        counts = sorted(((sum(m.name == full for m in self.mentions), full) for full in opening),
                        reverse=True)
        return counts[0][1] if counts[0][0] > counts[1][0] else None

    def gender_at(self, position: int) -> str | None:
        """The gender a title gives the mention starting at `position` ("Mrs. Romney")."""
        i = bisect.bisect_left(self._mention_starts, position)
        if i < len(self.mentions) and self.mentions[i].start == position:
            return self.mentions[i].gender
        return None

    def name_of(self, m: Mention) -> str:
        """The canonical name of a mention, read where it stands."""
        return self.canonical(m.name, m.start, m.gender)

    def canonical(self, name: str, position: int | None = None,
                  gender: str | None = None) -> str:
        """Surname -> fullest name; a misspelt surname ("Giammettei") maps too. Two people
        with one surname ("Bill Clinton", "Hillary Rodham Clinton") stay two: a full name
        keeps its given name, and the surname alone is the one named in full earlier in its
        sentence, or else the one named first (of the gender given, if any)."""
        parts = name.split()
        if not parts:
            return name
        namesakes = self._namesakes.get(_last(name), {})
        if len(set(namesakes.values())) >= 2:
            if name in namesakes and name != namesakes[name]:
                return namesakes[name]
            # "Le Pen" could be Marine or Jean-Marie Le Pen: as a surname alone
            fitting = {p for p in namesakes.values() if _same_person(name, p)}
            if len(fitting) == 1:
                return fitting.pop()
            return self._namesake_at(_last(name), position, gender, fitting) if fitting else name
        if parts[-1] in self.full:
            return self.full[parts[-1]]
        if len(parts) == 1:
            # Family name first ("Wang Yi", later "Wang"): the one full name it opens.
            opening = self._opening(name)
            if opening:
                return opening
        if len(parts[-1]) >= 5:
            close = process.extractOne(parts[-1], list(self.full), scorer=fuzz.ratio,
                                       score_cutoff=SURNAME_MATCH)
            if close:
                return self.full[close[0]]
        return name

    def _namesake_at(self, surname: str, position: int | None, gender: str | None,
                     among: set[str] | None = None) -> str:
        fulls = among or set(self._namesakes[surname].values())
        # the surname alone is the father, not "Donald Trump Jr."
        plain = {f for f in fulls if not _SUFFIX.match(f.split()[-1])}
        fulls = plain or fulls
        if gender:
            fitting = {f for f in fulls if self.gender.get(f) == gender}
            fulls = fitting or fulls
        at = self._namesake_positions(surname)  # full name -> where it is named, in order
        if position is not None:
            # named in full earlier in the same sentence ("Philonise Floyd … Floyd said")
            last = [(at[f][i - 1], f) for f in fulls
                    if (i := bisect.bisect_left(at.get(f, []), position)) > 0]
            if last:
                where, f = max(last)
                if bisect.bisect_right(self.sent_starts, where) == \
                        bisect.bisect_right(self.sent_starts, position):
                    return f
        # the one named first, whom the story is about ("Mitt Romney … his wife, Ann Romney
        # … Romney said")
        return min(sorted(fulls), key=lambda f: at[f][0] if at.get(f) else 0)

    def _namesake_positions(self, surname: str) -> dict[str, list[int]]:
        found = self._namesake_index.get(surname)
        if found is None:
            found = {}
            for where, full in self._namesake_uses.get(surname, []):
                found.setdefault(full, []).append(where)
            self._namesake_index[surname] = found
        return found

    def by_role(self, phrase: str, position: int) -> str | None:
        """'the vice president' -> the person the text gave that title; when several fit,
        the one named last before this point."""
        wanted = {_full_title(w) for w in words(phrase)} - {"the", "a", "an"}
        if not wanted:
            return None
        head = _full_title(_head(phrase))
        if head not in lexicon()["titles"]:
            return None  # "the FBI said" is the bureau, not the man titled "FBI chief"
        # Any title the text gave the person ("Judge Kavanaugh" … "the judge"), not only
        # the first.
        fitting: dict[str, int] = {}
        for name, roles in self.all_roles.items():
            for role in roles:
                titled = {_full_title(w) for w in words(role)}
                if head in titled:
                    fitting[name] = max(fitting.get(name, 0), len(wanted & titled))
        if not fitting:
            return None
        if self._seen is None:  # built once, when the text's people are all known
            self._seen = {}
            for m in self.mentions:
                self._seen.setdefault(self.name_of(m), []).append(m.start)
        last_seen = {name: (lambda at: at[bisect.bisect_left(at, position) - 1]
                            if bisect.bisect_left(at, position) else -1)(self._seen.get(name, []))
                     for name in fitting}
        # Most words in common first ("the Guatemalan president"), then the latest named.
        return max(fitting, key=lambda name: (fitting[name], last_seen[name]))

    def spoke(self, position: int, name: str | None, pronoun: str | None) -> None:
        """Record who spoke here; None for an unnamed source ("a Vatican spokesman")."""
        self.speakers.append((position, name))
        if name and pronoun in ("he", "she"):
            if name in self.guessed:  # the text's own "she" beats a first-name guess
                self.guessed.discard(name)
                self.gender[name] = _PRONOUNS[pronoun]
            self.gender.setdefault(name, _PRONOUNS[pronoun])

    def _fits(self, name: str, gender: str | None) -> bool:
        return gender is None or self.gender.get(name) in (None, gender)

    def subject_before(self, position: int) -> str | None:
        """The person who is the subject of the sentence just before `position`."""
        earlier = [s for s in self.sents if s.end <= position]
        if not earlier:
            return None
        sent = earlier[-1]
        subjects = [m for m in self.mentions if sent.start <= m.start < sent.end
                    and self._is_subject(m)]
        # "While she doubted the case against Kavanaugh was strong, Mair said …": the one
        # who speaks in that sentence, before any other subject.
        speaking = [m for m in subjects if _word_after(self.masked, m.end)
                    in lexicon()["speech_verbs"]]
        chosen = speaking or subjects
        if chosen:
            return self.name_of(chosen[0])
        # "She nonetheless disagreed …\n\n“The women deserve to be heard.”": a sentence whose
        # subject is he or she passes on whoever that is.
        opener = re.match(r"\s*(He|She)\b", self.masked[sent.start:sent.end])
        return self.pronoun(sent.start, opener.group(1).lower()) if opener else None

    def speaker_before(self, position: int) -> str | None:
        """Who the sentence just before `position` reports speaking ("…, she says.",
        "…, said Ana Ruiz, speaking to the Guardian."), if it names them."""
        earlier = [s for s in self.sents[max(0, bisect.bisect_right(self.sent_starts, position)
                                             - 3):] if s.end <= position]
        if not earlier:
            return None
        sent = earlier[-1]
        lo = bisect.bisect_left(self.speakers, sent.start, key=lambda x: x[0])
        named = [name for at, name in self.speakers[lo:] if at < sent.end and name]
        return named[-1] if named else None

    def recent_speaker(self, position: int, reach: int = 400) -> str | None:
        """The person who spoke last, if within `reach` characters before `position`."""
        recent = [(at, name) for at, name in self.speakers if at < position]
        if recent and position - recent[-1][0] <= reach:
            return recent[-1][1]
        return None

    def _opens_sentence(self, m: Mention) -> bool:
        """The sentence's subject: first in it, or after a short opening phrase and comma
        ("On Monday, Imler said"); not a name inside a later clause."""
        sent = next((s for s in self.sents if s.start <= m.start < s.end), None)
        if sent is None:
            return False
        lead = self.masked[sent.start:m.start].strip()
        lead = re.sub(r"^(?:And|But|So|Yet|Meanwhile|Also|Then|Now)\b,?\s*", "", lead)
        # "Senior White House aide Kellyanne Conway …": a description in front of the name
        described = 0 < len(words(lead)) <= 6 and all(
            w[:1].isupper() or w.lower() in lexicon()["titles"]
            or w.lower() in lexicon()["group_nouns"] for w in words(lead))
        return not lead or described or (lead.endswith(",") and len(words(lead)) <= 12)

    def _passive_agent(self, m: Mention) -> bool:
        """"That view was echoed by President X": the doer of a passive verb, who the
        sentence is about as much as its grammatical subject."""
        return bool(re.search(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?\w+ed\s+by\s+$",
                              self.masked[max(0, m.start - 60):m.start]))

    def _is_subject(self, m: Mention) -> bool:
        """A mention that opens its sentence or stands right before a finite verb."""
        return self._opens_sentence(m) or _subject_of_verb(self.masked, m.end)

    def pronoun(self, position: int, pronoun: str) -> str | None:
        """'he said': the last named speaker nearby, else the subject of an earlier sentence.
        A gender guessed from a first name ("Jess" is usually male in the name list) yields
        when nobody else fits."""
        found = self._pronoun(position, pronoun)
        if found is None and self.guessed:
            guessed = {name: self.gender.pop(name) for name in self.guessed if name in self.gender}
            try:
                found = self._pronoun(position, pronoun)
            finally:
                self.gender.update(guessed)
        return found

    def _pronoun(self, position: int, pronoun: str) -> str | None:
        gender = _PRONOUNS[pronoun]

        def named(m: Mention) -> str:
            # "Le Pen conceded. She said": Marine, not Jean-Marie — when nobody else is
            # named between the surname and the pronoun
            if self.mentions_between(m.end, position):
                return self.name_of(m)
            return self.canonical(m.name, m.start, m.gender or gender)

        # (bisect, not scans: a text of thousands of short quotes must stay linear)
        at = bisect.bisect_right(self.sent_starts, position)
        sentence_start = self.sent_starts[at - 1] if at else 0
        in_sentence = [m for m in self.mentions_between(sentence_start, position)
                       if m.end <= position]
        # "Kim even said that he wondered …": he in what a person says is that person.
        for m in reversed(in_sentence):
            said = _SAID_THAT.fullmatch(self.masked, m.end, position)
            if said and said.group(1) in lexicon()["speech_verbs"] | \
                    lexicon()["reporting_verbs"]:
                name = named(m)
                # a gender guessed from a first name ("Kim") yields to this plain cue
                if self._fits(name, gender) or name in self.guessed:
                    return name
                break
        # "President X, who became defensive as he denied …": the relative clause's subject.
        for m in reversed(in_sentence):
            if re.match(r",\s+who\b", self.masked[m.end:m.end + 8]):
                name = named(m)
                if self._fits(name, gender):
                    return name
        # The last named speaker nearby, unless the text has since moved on to another
        # person as the subject of a sentence ("Imler sat down …  “…,” she says").
        lo = bisect.bisect_right(self.speakers, position - 1500, key=lambda x: x[0])
        hi = bisect.bisect_left(self.speakers, position, key=lambda x: x[0])
        recent = [(pos, name) for pos, name in self.speakers[lo:hi]
                  if pos < position and position - pos < 1500
                  and (name is None or self._fits(name, gender))]
        if recent and recent[-1][1] is None and not any(
                recent[-1][0] < m.start < position for m in self.mentions):
            return None  # "…,” a spokesman said. He also said …": still the unnamed source
        recent = [(pos, name) for pos, name in recent if name is not None]
        known = [(pos, name) for pos, name in recent if self.gender.get(name) == gender]
        last = (known or recent)[-1] if (known or recent) else None
        if last is not None:
            since = [named(m) for m in self.mentions
                     if last[0] < m.start < position
                     and (self._opens_sentence(m) or self._passive_agent(m))
                     and self._fits(named(m), gender)]
            return since[-1] if since else last[1]
        earlier = [s for s in self.sents if s.end <= position][-3:]
        # "Le Drian defended the strikes, which he said …": the subject of this very sentence.
        opening = [m for m in self.mentions if m.end <= position
                   and all(s.end <= m.start for s in earlier[-1:])
                   and self._opens_sentence(m) and self._fits(named(m), gender)]
        if opening:
            subject = named(opening[-1])
            # "Mayor Okonkwo introduced Kamala Harris, where she said …": a later name whose
            # gender is known to match beats a subject whose gender is not known.
            later = [named(m) for m in self.mentions
                     if opening[-1].end <= m.start and m.end <= position
                     and self.gender.get(named(m)) == gender]
            if later and self.gender.get(subject) != gender:
                return later[-1]
            return subject
        for sent in reversed(earlier):
            firsts = [m for m in self.mentions if sent.start <= m.start < sent.end]
            # a name known to be of the pronoun's gender before one whose gender is unknown
            # ("… DeVos cited …, said Alyssa Peterson. “…,” she explained.")
            known = [m for m in firsts if self.gender.get(named(m)) == gender]
            for m in known or firsts:
                name = named(m)
                if self._fits(name, gender):
                    return name
        current = [m for m in self.mentions if m.end <= position
                   and all(s.end <= m.start for s in earlier[-1:])]
        for m in reversed(current[-3:]):
            name = named(m)
            if self._fits(name, gender):
                return name
        return None


# ---------------------------------------------------------------- pass 3: attribution

def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with quoted words blanked out (same length, so offsets still hold)."""
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = "\u2591"
    return "".join(chars)


@lru_cache(maxsize=1)
def _verb_pattern() -> re.Pattern[str]:
    # Case matters: "the United States" holds no verb; only "According to" opens sentences.
    verbs = sorted(lexicon()["speech_verbs"] | lexicon()["reporting_verbs"], key=len,
                   reverse=True)
    # … and participles opening a sentence ("Noting that “…,” Krueger downplayed the report")
    opening = [v.capitalize() for v in verbs if v.endswith("ing") and " " not in v]
    # … and an inverted attribution opening a sentence ("Said Ipsos pollster Julia Clark, “…”")
    opening += ["Said", "Says", "Added", "Adds", "Asked", "Asks", "Wrote", "Writes"]
    return re.compile(r"\b(" + "|".join(map(re.escape, verbs + opening)) + r"|According to)\b")


@dataclass(frozen=True, slots=True)
class Attribution:
    verb: str | None  # None only for a statement that introduces a quote ("X's statement:")
    verb_start: int
    speaker: str | None  # canonical name, or a group phrase ("Biden administration officials")
    role: str | None
    pronoun: str | None = None
    person: bool = False  # the speaker is a person (not an organisation or a group)
    speaker_start: int = -1


def _speaker_phrases(masked: str, start: int, end: int,
                     people: People) -> list[tuple[int, int, str, str]]:
    """Every possible speaker in masked[start:end]: (start, end, kind, phrase)."""
    found = []

    def add(m: Mention, kind: str) -> None:
        # "A McConnell spokesman told", "A CNN spokeswoman said": the name only says whose
        # spokesman; the speaker is the unnamed spokesman.
        owned = re.match(r"['’]?s?[ ]+([a-z]+)\b", masked[m.end:m.end + 30])
        if owned and owned.group(1) in lexicon()["speech_verbs"] and re.match(
                r"\s*(?:[.,;:]|that\b)", masked[m.end + owned.end():m.end + owned.end() + 6]):
            owned = None  # "the Associated Press reports.": the body speaks
        if owned and m.role is None and (owned.group(1) in lexicon()["group_nouns"]
                                         or owned.group(1) in lexicon()["titles"]):
            found.append((m.start, m.end + owned.end(), "role",
                          masked[m.start:m.end + owned.end()]))
        else:
            found.append((m.start, m.end, kind, m.name))

    for m in people.mentions_between(start, end):
        if m.end <= end:
            add(m, "person")
    # Full names the text uses only once ("Paul Manafort — who … — was caught … saying")
    found += [(m.start, m.end, "person", m.name) for m in people.other_names
              if start <= m.start and m.end <= end]
    for m in people.organisations:
        if not (start <= m.start and m.end <= end):
            continue
        # "Tom Reyes of the Senate Intelligence Committee said", "a spokesman for the
        # Department of Labor said": a body after a preposition qualifies a speaker, it
        # does not speak ("according to the Department of Labor" does).
        led = re.search(r"\b([a-z]+)[ ]+(?:the[ ]+)?$", masked[max(0, m.start - 20):m.start])
        if led and led.group(1) in _PLACE_PREPOSITIONS and not re.search(
                r"(?i:according)[ ]+to[ ]+(?:the[ ]+)?$", masked[max(0, m.start - 20):m.start]):
            continue
        add(m, "organisation")
    found += [(m.start, m.end, "organisation", m.name) for m in people.named
              if start <= m.start and m.end <= end
              and not any(s < m.end and m.start < e for s, e, _, _ in found)]
    found += [(m.start(), m.end(), "pronoun", m.group().lower())
              for m in _PRONOUN_RE.finditer(masked, start, end)]
    for m in _ACRONYM_RE.finditer(masked, start, end):
        found.append((m.start(), m.end(), "role", m.group()))
    for m in _ROLE_RE.finditer(masked, start, end):
        if re.match(r"(?:the|The)\s+[A-Z]\.", m.group()):
            continue  # a piece of an abbreviation, taken whole above
        phrase = _trim_role(m.group())
        end_of = m.start() + len(phrase)
        # "the National Federation of Independent Businesses": the body's whole name, not
        # the first four words after "the"
        if phrase and not any(s <= m.start() < e or m.start() < s < end_of < e
                              for s, e, _, _ in found):
            found.append((m.start(), end_of, "role", phrase))
    for m in _group_pattern().finditer(masked, start, end):
        last = m.group().split()[-1]
        if last.lower() in lexicon()["speech_verbs"] and last != m.group():
            continue  # "the Associated Press reports": a name and its verb, not a group
        if not any(s <= m.start() < e for s, e, _, _ in found):
            found.append((m.start(), m.end(), "role", m.group()))
    for m in _SOMEONE_FROM.finditer(masked, start, end):
        found = [f for f in found if not (m.start(1) <= f[0] < m.end(1))]
        found.append((m.start(), m.end(1), "role", masked[m.start():m.end(1)]))
    for m in _SOMEONE.finditer(masked, start, end):
        if not any(s <= m.start() < e and e > m.end() for s, e, _, _ in found):
            # "One House GOP lawmaker said": the lawmaker speaks, not the GOP inside
            found = [f for f in found if not (m.start() <= f[0] and f[1] <= m.end())]
            article = re.match(r"[Aa]n?[ ]+", m.group())  # "a spokesman": say "spokesman"
            at = m.start() + (article.end() if article else 0)
            found.append((at, m.end(), "role", masked[at:m.end()]))
    return sorted(found)


# "As one New Yorker later recalled": one person from a place, unnamed.
_SOMEONE_FROM = re.compile(r"\b(?:[Oo]ne|[Aa]nother|[Aa]n?)[ ]+((?:[A-Z][a-z]+[ ])?[A-Z][a-z]+"
                           r"(?:er|ite|ese))\b(?![ ]+[A-Z])")
# "one senator said", "Another voter told CNN": one person of a kind, unnamed.
_SOMEONE = re.compile(
    r"\b(?:[Oo]ne|[Aa]nother|[Aa]n?)[ ]+(?:[\w-]+[ ]+){0,3}?(?:woman|man|voter|resident|"
    r"official|senator|lawmaker|aide|member|source|person|protester|supporter|student|"
    r"teacher|worker|officer|doctor|nurse|parent|mother|father|veteran|witness|neighbou?r|"
    r"friend|spokes(?:man|woman|person)|advis[eo]r|analyst|expert|diplomat|executive|"
    r"strategist|staffer|employee|participant|attendee|organi[sz]er|activist|owner)\b")


@lru_cache(maxsize=1)
def _group_pattern() -> re.Pattern[str]:
    """'Biden administration officials', 'aides', 'Demonstrators'."""
    groups = "|".join(sorted(lexicon()["group_nouns"], key=len, reverse=True))
    return re.compile(rf"\b(?:[A-Z][\w.'’-]{{0,40}}+\s+){{0,3}}(?i:{groups})\b")


def _trim_role(phrase: str) -> str:
    """'the White House later said' -> 'the White House': the phrase ends before the first
    verb, adverb or pronoun."""
    tokens = phrase.split()
    stop = lexicon()["speech_verbs"] | _FILLERS | set(_PRONOUNS)
    kept = tokens[:1]
    for token in tokens[1:]:
        if token.lower() in stop:
            break
        kept.append(token)
    return " ".join(kept) if len(kept) > 1 else ""


_FILLERS = {"also", "later", "then", "recently", "previously", "again", "has", "have", "had",
            "was", "were", "is", "are", "would", "will", "on", "in", "last", "this", "that",
            "who", "which", "and", "but"}


# Titles that are ranks, used alone to refer back to a person ("the judge", "the senator").
_RANKS = {"judge", "justice", "senator", "president", "governor", "mayor", "minister",
          "chancellor", "ambassador", "general", "congressman", "congresswoman", "premier",
          "secretary", "representative", "commissioner", "sheriff", "pope", "cardinal"}


@lru_cache(maxsize=1)
def _UNNAMED_HEADS() -> frozenset[str]:  # noqa: N802 - a constant, built once
    """Heads of unnamed sources that, right before the verb, are its subject ("the school
    district said", "the spokesman said") whatever names stand earlier in the sentence."""
    lex = lexicon()
    return frozenset(lex["group_nouns"] | lex["organisation_words"] | lex["titles"]
                     | lex["document_nouns"] | {"district", "county", "city", "police", "firm",
                                                "paper", "editorial", "board", "newspaper"})


_PARTISANS = {"republican", "democrat", "independent", "libertarian", "conservative", "liberal",
              "progressive", "socialist", "tory", "populist"}


def _resolve(kind: str, phrase: str, position: int,
             people: People) -> tuple[str | None, str | None]:
    if kind == "person":
        name = people.canonical(phrase, position, people.gender_at(position))
        return name, people.roles.get(name)
    if kind == "pronoun":
        name = people.pronoun(position, phrase) if phrase in ("he", "she") else None
        return name, people.roles.get(name) if name else None
    if kind == "organisation":
        return phrase, None
    name = people.by_role(phrase, position)
    if name:
        return name, people.roles.get(name)
    bare = re.sub(r"^(?:the|The)\s+", "", phrase)
    head = _head(phrase)
    if re.match(r"(?:the|The)\s", phrase) and head in _RANKS and len(words(phrase)) <= 3:
        # "“…,” Kavanaugh told Fox News. “…,” the judge added.": a rank standing in for the
        # person who has just spoken, when the text gave nobody that title and gave the
        # speaker no other role ("the lawyer added" after the client's brother is not him).
        just_spoke = people.recent_speaker(position)
        if just_spoke and not people.all_roles.get(just_spoke):
            return just_spoke, None
    if re.match(r"(?:the|The)\s", phrase) and head in _PARTISANS:
        # "“…,” the Wisconsin Republican said": a description of someone, not a name. "the
        # Republican" alone is the person just spoken of; with a state or other detail Slant
        # cannot check, an unnamed source so described.
        if len(words(bare)) > 1:
            return None, bare
        just = people.recent_speaker(position) or people.subject_before(position)
        # only someone the text has tied to that party ("Republican Sen. Rand Paul", "Rand
        # Paul (R-Ky.)"), not "One Democrat wondered how far Rubio would fall"
        party = {"republican": r"Republican|GOP|\(R", "democrat": r"Democrat|\(D"}.get(head)
        seen = people.mentions_between(max(0, position - 1500), position)
        tied = party and just and any(
            people.name_of(m) == just and re.search(party, people.masked[max(0, m.start - 40):
                                                                        m.end + 40])
            for m in seen)
        return (just, people.roles.get(just)) if tied else (None, bare)
    authored = _AUTHORED.match(people.masked, position) if head in _STATEMENT_NOUNS else None
    if authored:
        # "said the statement from the New York Federal Reserve": its author speaks.
        who = re.sub(r"['’]s?$", "", authored.group("who").rstrip("."))
    if authored and who.split()[0].lower() in _CALENDAR:
        authored = None  # "the statement from Tuesday"
    if authored:
        name = people.canonical(who)
        return (name, people.roles.get(name)) if name != who or who in people.full.values() \
            else (people.full_body(who), None)
    if head in _STATEMENT_NOUNS and re.fullmatch(r"(?:the|The|that|That)\s+\w+", phrase) and \
            people.issuer(position):
        name = people.issuer(position)
        return name, people.roles.get(name)
    if head in lexicon()["document_nouns"] and people.filer:
        return people.filer, None
    if head in lexicon()["group_nouns"] or head in lexicon()["document_nouns"]:
        return None, bare  # unnamed sources: no speaker, but say who they are
    if head in lexicon()["organisation_words"] and bare[:1].isupper():
        return people.full_body(bare), None  # "the Biden administration"
    if all(w[:1].isupper() for w in bare.split()):
        # a named organisation: "the White House"; "the Times" after "The New York Times"
        return people.full_body(bare), None
    return None, bare  # an unnamed source, described: "the mayor’s office"


# Heads of indefinite phrases after a verb that are no source ("said a lot", "a while")
_NOT_SOURCES = {"lot", "bit", "little", "few", "while", "time", "day", "week", "month", "year",
                "thing", "things", "number", "word", "words", "way", "moment", "minute"}
_INDEFINITE = re.compile(r"[ ]+((?:one|a|an|another|two|three|several|some)[ ]+[A-Za-z][\w'’-]*"
                         r"(?:[ ]+[\w'’-]+){0,8}?)(?=[ ]*[,.;:]|[ ]*$)")


_NOT_DESCRIPTIVE = (r"(?:in|on|to|at|of|for|with|by|from|about|after|before|during|that|this|"
                    r"these|those|he|she|they|it|we|is|was|were|are|has|had|have|who|which|"
                    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                    r"[a-z]+ing|[A-Z][a-z]+day)")


# Speech verbs that are also plural nouns ("the occasional shouts", "Trump’s remarks")
# ("the lawsuit charges", "the report notes", "the paper reports" and "claims" stay verbs)
_PLURAL_NOUNS = {"remarks", "demands", "promises", "pledges", "shouts", "vows", "replies",
                 "answers", "comments", "cautions", "counters", "echoes", "retorts", "quips",
                 "jokes", "laments"}


# A plural noun after a preposition and a few modifiers, no subject between ("during brief
# opening remarks"); "of which he claims" keeps its verb.
_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|during|of|with|for|from|after|before|about|on|at|to|by|amid|despite|and)\s+"
    r"(?:(?!(?:he|she|they|it|we|i|you|who|which|that)\s)[a-z-]+\s+){0,3}$")


def attributions(masked: str, start: int, end: int, people: People) -> list[Attribution]:
    """Speech verbs with their speakers inside masked[start:end] (a sentence)."""
    phrases = _speaker_phrases(masked, start, end, people)
    phrase_starts = [p[0] for p in phrases]
    found = []
    for match in _verb_pattern().finditer(masked, start, end):
        verb = match.group(1)
        if not verb.endswith("ing") and re.search(
                r"\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?$",
                masked[max(0, match.start() - 25):match.start()]):
            continue  # "Reyes, who was accused of “misconduct”": said of him, not by him
        if re.search(r"\b(?:the|a|an|his|her|their|its|our|these|those|such)\s+$",
                     masked[max(0, match.start() - 10):match.start()]):
            continue  # "the charges were “baseless”", "a claim": a noun, not a verb
        if verb.endswith("s") and (_AFTER_PREPOSITION.search(
                masked[max(0, match.start() - 50):match.start()]) or re.search(
                r"\w['’]s?\s+$", masked[max(0, match.start() - 40):match.start()]) or (
                verb in _PLURAL_NOUNS and re.search(
                    r"\b(?:the|a|an|his|her|their|its|our|these|those|such)(?:\s+[a-z-]+){1,2}"
                    r"\s+$", masked[max(0, match.start() - 40):match.start()]))):
            continue  # "said during brief opening remarks that": a plural noun
        if verb.endswith("s") and re.match(r"\s+(?:from|by)\b", masked[match.end():]):
            continue  # "reports from the time said", "remarks by the president"
        # Only the phrases near the verb (a run-on "sentence" of untrusted text with
        # thousands of names must stay linear): SPEAKER_REACH characters either side.
        near = phrases[bisect.bisect_left(phrase_starts, match.start() - SPEAKER_REACH):
                       bisect.bisect_right(phrase_starts, match.end() + SPEAKER_REACH)]
        before = [p for p in near if p[1] <= match.start()]
        # "said Ana Ruiz", "said council member Tom Reyes" (a lower-case title between)
        # … and "said Democratic convention CEO Joe Solmonese" (modifiers before the title)
        after = [p for p in near if p[0] <= match.end() + 150 and (p[0] >= match.end()
                 and re.fullmatch(r"[ ,]*(?:(?:[a-z]|\d{1,3}-)[a-z-]*\s+){0,3}",
                                  masked[match.end():p[0]])
                 or p[0] >= match.end() and p[2] == "person" and re.fullmatch(
                     r"[ ]+(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                     r"January|February|March|April|May|June|July|August|September|October|"
                     r"November|December)\b)[A-Z][\w.&’'-]*\s+){1,2}(?:[a-z][a-z-]*\s+){0,2}",
                     masked[match.end():p[0]])
                 # "says gay philanthropist and Democratic political activist David Bohnett",
                 # "said veteran Democratic strategist Kelly Dietrich": a longer description
                 # of the person, without a preposition, a verb or a date
                 or p[0] >= match.end() and p[2] == "person" and re.fullmatch(
                     rf"[ ]+(?:(?!{_NOT_DESCRIPTIVE}\b)[A-Za-z][\w’'.-]*\s+){{1,6}}",
                     masked[match.end():p[0]])
                 # "says his daughter, Emily Brown,": a relation set before the name
                 or p[0] >= match.end() and p[2] == "person" and re.fullmatch(
                     r"[ ]+(?:his|her|their|its|the)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s*",
                     masked[match.end():p[0]]))]
        if after and after[0][2] != "person":
            # "said ACLU lawyer Lee Gelernt", "adds UCLA law professor Adam Winkler", "said
            # the Grand Mufti of Jerusalem, Mohammed Hussein,": the person the phrase leads to.
            person = next((p for p in near if p[2] == "person" and p[0] >= after[0][1]), None)
            if person:
                gap = masked[after[0][1]:person[0]]
                if re.fullmatch(r"[ ]*(?:[a-z][a-z-]*\s+){0,6}", gap) or (
                        after[0][2] == "role" and re.fullmatch(
                            r"[^.;:!?\u2591\n]{0,80},\s*(?:the\s+)?", gap)):
                    after = [person] + after
        lead_in = masked[start:match.start()].rstrip()
        # "…,” said X" and ", said X," put the speaker after the verb; "told X" never does.
        # "“…?” asks Rep. Lamar Smith": asked/asks right after the quote is inverted too
        inverted_ok = (verb.lower() not in {"told", "tells", "asked", "asks"} or (
            verb.lower() in {"asked", "asks"} and lead_in[-1:] in ("”", '"')
            and masked[match.start() - 2:match.start()].strip() in ("”", '"'))) and (
            not lead_in or lead_in[-1] in ",\u2591”\"'’")
        if verb.lower() == "according to":
            # "according to US border officials": the source is whatever phrase follows.
            # the last word keeps its period only as an abbreviation ("the U.S.")
            source = re.match(r"\s+((?:[\w'’.-]+\s+){0,6}?(?:(?:[A-Z]\.)+|[\w'’-]+))"
                              r"(?=[,.;:]|$)",
                              masked[match.end():end])
            options = after[:1] or ([(match.end() + source.start(1), match.end() + source.end(1),
                                      "role", source.group(1))] if source else [])
        elif verb.lower().endswith("ing") and not lead_in.strip("“\"‘' ") and not before \
                and "\u2591" in masked[match.end():match.end() + 12]:
            # "Noting that “…,” Alan Krueger, chairman of …, downplayed the report": a
            # participle opening the sentence shares the main clause's subject, after the comma
            options = [p for p in near if p[0] >= match.end() and p[2] != "role"
                       and re.search(r",|\u2591", masked[match.end():p[0]])][:1]
        elif verb.lower().endswith("ing"):
            # "X told CBS, adding ...": the subject of the clause, not the nearest name.
            options = [p for p in before if _subject_of_verb(masked, p[1])][:1] or before[-1:]
            # "…, with Rep. Frank Pallone of New Jersey saying that …": the one after "with"
            with_ = re.search(r"\bwith\s+[^,;:\u2591]{1,80}$", masked[start:match.start()])
            named_with = [p for p in before if with_ and p[0] >= start + with_.start()
                          and p[2] in ("person", "organisation")
                          and re.fullmatch(r"\s*(?:\([^()]{1,12}\)\s*|of\s+[A-Z][\w ]{1,30}?\s+)?",
                                           masked[p[1]:match.start()])]
            options = named_with[:1] or options
        else:
            options = []
            if before and not _blocked(masked[before[-1][1]:match.start()]):
                options.append(before[-1])
            appositive = _before_appositive(masked, before, match.start())
            # "Robert Kelly of Pusan national university in South Korea warned": the name
            # that a prepositional phrase qualifies, up to the verb.
            qualified = [p for p in before if p[2] == "person" and re.fullmatch(
                r"\s+(?:of|from|at|with)\s+[^,;:.\u2591\n]{1,70}?\s+(?:also\s+)?",
                masked[p[1]:match.start()])][:1]
            appositive += qualified
            # "Mr. Kelly defended his comments … and said": the clause's subject; after a
            # comma ("The chief acknowledged that he …, but said") the main clause's.
            subjects = [p for p in before if _subject_of_verb(masked, p[1])
                        and (p[2] != "role" or _head(p[3]) in lexicon()["titles"])]
            main_clause = re.search(r",\s+(?:but|and|yet)\s+(?:also\s+)?$",
                                    masked[start:match.start()])
            appositive += subjects[:1] if main_clause else subjects[-1:]
            # "McInerney, director for Save the Children, told": the name before the
            # set-off phrase speaks, not the last name inside it.
            ends_appositive = before and masked[before[-1][1]:match.start()].strip() == ","
            # … but in "… company — its executive chairman, David Smith, told" the name is
            # the set-off phrase itself, and speaks
            described = before and before[-1][2] == "person" and re.search(
                r"\b(?:its|his|her|their|the|an?)\s+[a-z][\w -]{0,60},\s*$",
                masked[max(0, before[-1][0] - 70):before[-1][0]])
            # "Sen. Lindsey Graham (R-SC), a Trump ally, tweeted": the last name stands inside
            # the set-off phrase, so the name before it speaks.
            inside = appositive and before and appositive[0] is not before[-1] and \
                before[-1][0] > appositive[0][1] and \
                masked[appositive[0][1]:before[-1][0]].count(",") >= 1 and \
                masked[before[-1][1]:match.start()].count(",") >= 1
            options = appositive + options if (ends_appositive or inside or qualified) \
                and not described else options + appositive
            if inverted_ok:
                unnamed = _INDEFINITE.match(masked, match.end(), end)
                if after and unnamed and after[0][0] == unnamed.start(1) and \
                        after[0][1] < unnamed.end(1):
                    after = []  # "conceded one veteran of her 2008 campaign": all of it
                options += after[:1]
                if after:
                    unnamed = None
                if unnamed and _head(unnamed.group(1)) not in _NOT_SOURCES:
                    # "…,” conceded one veteran of her 2008 campaign.": an unnamed source
                    options.append((unnamed.start(1), unnamed.end(1), "role", unnamed.group(1)))
        resolved = [(p, _resolve(p[2], p[3], p[0], people)) for p in options]
        if verb.lower().endswith("ing") and not any(r[1][0] for r in resolved) and found \
                and found[-1].speaker:
            # "Damore, the engineer who wrote the note, confirmed his dismissal, saying …":
            # the participle shares the subject of the clause before it.
            previous = found[-1]
            found.append(Attribution(verb, match.start(), previous.speaker, previous.role,
                                     None, previous.person, previous.speaker_start))
            continue
        if not resolved:
            continue
        # The first candidate that names someone; else the first (an unresolved pronoun).
        # An unnamed group standing right before the verb is its subject all the same ("as
        # reports indicated"): a name earlier in the sentence does not take its place.
        adjacent = next((r for r in resolved if r[0][2] == "role" and r[0][3] == r[0][3].lower()
                         and not r[1][0] and r[1][1] and _head(r[0][3]) in _UNNAMED_HEADS()
                         and re.fullmatch(r"[ ]+", masked[r[0][1]:match.start()])), None)
        (s, _, kind, phrase), (speaker, role) = adjacent or next(
            (r for r in resolved if r[1][0]), resolved[0])
        found.append(Attribution(verb, match.start(), speaker, role,
                                 phrase if kind == "pronoun" else None,
                                 person=kind in ("person", "pronoun") or speaker in people.roles,
                                 speaker_start=s))
    return found


# Common finite verbs that do not end in -ed, for finding a clause's subject.
_FINITE = {"is", "was", "are", "were", "has", "had", "have", "went", "made", "gave", "took",
           "met", "spoke", "wrote", "told", "said", "says", "sent", "left", "came", "became",
           "grew", "won", "lost", "held", "led", "saw", "thinks", "thought", "knew", "wants",
           "will", "would", "can", "could", "may", "might", "must", "should", "did", "does"}


def _subject_of_verb(masked: str, end: int) -> bool:
    """Is the phrase ending at `end` followed by a finite verb ("she warned", "X told")?"""
    rest = masked[end:end + 160]
    aside = re.match(r"\s*[—–]\s[^—–\n]{1,120}?\s[—–]", rest)  # "X — who had just … —"
    if aside:
        rest = rest[aside.end():]
    following = re.match(r" +(?:himself |herself |itself |themselves )?(?:also |then |later )?"
                         r"([a-z]+)\b", rest)
    if not following:
        return False
    word = following.group(1)
    return word in lexicon()["speech_verbs"] or word.endswith("ed") or word in _FINITE


def _word_after(masked: str, end: int) -> str | None:
    """The next lower-case word after `end`, past a comma and "also/then/later"."""
    found = re.match(r"[ ,]*(?:also |then |later )?([a-z]+)", masked[end:end + 30])
    return found.group(1) if found else None


APPOSITIVE_REACH = 300
SPEAKER_REACH = 400  # characters around a verb within which its speaker is looked for


def _before_appositive(masked: str, before: list, verb_start: int) -> list:
    """"Mr X of Guatemala, who has faced criticism, told": the name before the set-off clause.
    Only names within APPOSITIVE_REACH characters of the verb are tried (a run-on "sentence"
    of untrusted text with hundreds of names must not make this quadratic)."""
    for k, phrase in enumerate(reversed(before)):
        if verb_start - phrase[1] > APPOSITIVE_REACH:
            break
        # "Rep. Liz Cheney, whose father, former Vice President Dick Cheney, served …, said":
        # a name inside a relative clause about an earlier name does not speak
        earlier = before[len(before) - k - 2] if k + 1 < len(before) else None
        if earlier and re.search(r",\s+(?:whose|who|which)\b", masked[earlier[1]:phrase[0]]):
            continue
        if masked[max(0, phrase[0] - 1):phrase[0]] == "(":
            continue  # "Sen. Lindsey Graham (R-SC), a Trump ally, tweeted": a label in brackets
        governed = re.search(r"\b([a-z]+)[ ]+(?:(?:former|then|late|the|[A-Z][\w'’-]*|"
                             r"(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt)\.)[ ]+)*$",
                             masked[max(0, phrase[0] - 60):phrase[0]])
        if governed and governed.group(1) in _PLACE_PREPOSITIONS:
            continue  # "…, an adviser to former GOP Sen. Rick Santorum, a candidate, told"
        between = re.sub(r"(?:\s+(?:also|later|then|now|again|has|had|have|[a-z]+ly))+$", "",
                         masked[phrase[1]:verb_start].rstrip()).strip()
        # "Ken Fisher, the foundation's chairman and chief executive officer said": the
        # closing comma left out
        if phrase[2] == "person" and re.fullmatch(
                r",\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,10}[\w’'-]+", between) and \
                not any(w in lexicon()["speech_verbs"] for w in words(between)):
            return [phrase]
        if between.endswith(",") and "," in between[:-1]:
            head, _, middle = between[:-1].partition(",")
            # (a relative clause may hold a quotation: "Sen. Joe Manchin III, a West Virginia
            # Democrat who shot through Mr. Obama’s “cap-and-trade” bill, said")
            relative = re.search(r"\b(?:which|who|whose)\b", middle)
            # a role phrase only when it is a name ("the China Daily, China’s official
            # newspaper, said"), not a description ("the official, a veteran, said")
            named = phrase[2] != "role" or re.fullmatch(r"(?:the|The)(?:\s+[A-Z][\w.&'’-]*)+",
                                                        phrase[3])
            if len(words(head)) <= 3 and len(words(middle)) <= 25 and named \
                    and ("\u2591" not in between or relative):
                return [phrase]
    return []


def _blocked(between: str) -> bool:
    """Too much stands between a name and the verb for the name to be its subject, unless
    it is an appositive set off by commas ("McInerney, country director for X, told")."""
    if "\u2591" in between:
        return True
    stripped = between.strip()
    if not stripped:
        return False
    if stripped.startswith(",") and stripped.endswith(","):
        return len(words(stripped)) > 20
    # "McConnell (R-Ky.) later said": a party and state label is part of the name
    stripped = re.sub(r"^\((?:[A-Z]{1,3}(?:-[A-Z][\w.]*(?: [A-Z][\w.]*)?)?|[A-Z][a-z]*\.?"
                      r"(?: [A-Z][a-z]*\.?)?)\)", "", stripped)
    return len(words(stripped)) > 2


# ---------------------------------------------------------------- putting it together

_NAMING = re.compile(r"(?:\b(?:so-called|dubbed|named|termed|labell?ed|known as|referred to as|"
                     r"called the|(?:en)?titled)\s*)$", re.I)
_DETERMINER = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her|our)\s*$", re.I)


def _names_a_term(text: str, qstart: int, qend: int) -> bool:
    """Marks that set off a term rather than someone's words: after 'known as' or
    'so-called'; a Title-Case name after an article ('the “Northern Triangle”'); or a short
    phrase the article puts in marks more than once (a label: the “root causes”)."""
    before = text[max(0, qstart - 120):qstart - 1].rstrip()
    inner = text[qstart:qend].strip(" ,.;:")
    if _NAMING.search(before):
        return True
    title_case = all(w[:1].isupper() for w in words(inner))
    if _DETERMINER.search(before) and title_case:
        return True
    # "on CNN's “Anderson Cooper 360”", "Comedy Central's “The Daily Show with Jon
    # Stewart”": a title after its owner
    if re.search(r"\w['’]s?\s*$", before) and len(words(inner)) >= 2 and all(
            w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS
            for w in words(inner)):
        return True
    # "threatened that an “all-out war” would follow": the speaker's words, repeated or not.
    reported = re.search(r"\b([a-z]+)\s+that\s+(?:an?|the)\s*$", before)
    if reported and reported.group(1) in lexicon()["speech_verbs"]:
        return False
    return bool(_DETERMINER.search(before)) and len(words(inner)) <= 3 and text.count(inner) >= 2


def _kind(text: str, qstart: int, qend: int, attributed: bool, follows: bool = False) -> str:
    """full: a clause or more; partial: a fragment of someone's words in the reporter's
    sentence; scare: marks around a term or name the writer sets off."""
    inner = text[qstart:qend].strip()
    n = len(words(inner))
    before = text[max(0, qstart - 120):qstart - 1].rstrip()
    opens_sentence = not before or before[-1] in ".!?\n" or (
        before[-1] in "”\"’" and before[-2:-1] in (".", "!", "?"))
    if n <= 3:
        # '“We will appeal,” said Tom Reyes.' but not '“Medicare for All,” Reyes argued,
        # would cost too much.' (the quote is a name the sentence goes on about)
        after = words(re.split(r"(?<![A-Z])(?<![A-Z][a-z])(?<![A-Z][a-z]{2})[.!?](?=\s|$)|[\n“\"]",
                               text[qend + 1:qend + 120], maxsplit=1)[0])[:10]
        verb_at = next((i for i, w in enumerate(after) if w in lexicon()["speech_verbs"]), None)
        told_next = verb_at is not None and verb_at < 8 and not any(
            w in _FINITE or w.endswith("ed") for w in after[verb_at + 1:]) and not (
            len(words(inner)) > 1 and all(w[:1].isupper() for w in words(inner)
                                          if w not in _SMALL_WORDS)) and \
            not _names_a_term(text, qstart, qend)
        if attributed and opens_sentence and (inner[-1:] in ".!?" or (
                inner[:1].isupper() and inner[-1:] in "," and told_next)):
            # '… he said. “Narco traffickers.”' and '“We will appeal,” said Tom Reyes.':
            # a sentence of its own
            return "full"
        # 'the “Northern Triangle”', 'known as “coyotes”' name a thing; a short fragment
        # in a sentence that reports speech is the speaker's word.
        return "partial" if follows or (attributed and not _names_a_term(text, qstart, qend)) \
            else "scare"
    if _NAMING.search(before) and not follows:
        return "scare"  # “a hearing titled “What Should America Do about Gun Violence,”"
    opening = inner.lstrip(".…—–-([ ")[:1]
    starts_clause = (not before or before[-1] in ":\n—–" or before.endswith("that")
                     or opening.isupper())
    if starts_clause:
        return "full"
    return "partial" if attributed else "scare"


def _attribution_only(sentence: str) -> bool:
    """A sentence that is nothing but an attribution: a name or he/she, a speech verb and
    at most a circumstance or a participle ("Trump shot back.", "Mr. Mukhtar said in a
    televised interview.", "Collins said, appearing to refer to Jiang.") — not "Tom Hill
    said nothing."."""
    # "Grassley, the Senate Judiciary Committee chairman, asked last summer, according to a
    # transcript of the hearing.": an appositive after the name, a time, a source.
    when = (r"(?:\s+(?:[a-z]+ly\s+)?(?:in|on|at|to|during|after|from|with|via|of|about|later|"
            r"earlier|"
            r"afterwards|last|this|yesterday|today|early|late|Monday|Tuesday|Wednesday|Thursday|"
            r"Friday|Saturday|Sunday)\b[^.!?,\u2591]{0,60}"
            # … and a place after it: "after a campaign stop in Dearborn, Michigan."
            r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?){0,2})?")
    # "CNN contributor Matt Lewis, a conservative author, said …": small words may stand in
    # the speaker's description, which ends with a capitalised name
    sentence = _PARTY_LABEL.sub(lambda m: "", sentence)  # "Rep. David Cicilline (D-R.I.)"
    sentence = re.sub(r"\s{2,}", " ", sentence)
    found = re.fullmatch(r"\s*(?:(?:[A-Z][\w.'’-]*\s+){1,4}|(?:[A-Z][\w.'’-]*\s+){1,2}"
                         r"(?:[a-z][\w-]*\s+){1,2}(?:[A-Z][\w.'’-]*\s+){1,3}|"
                         r"(?:(?:[A-Z][\w.'’-]*|[a-z][\w-]*)\s+){0,4}"
                         r"[A-Z][\w.'’-]*,\s+(?:the|a|an|[a-z][\w-]*)\s[^,.!?\u2591]{1,100},\s+|"
                         r"(?:He|She|They)\s+)(?:also\s+)?"
                         rf"([a-z]+(?: back| out)?)"
                         # an object after "asked"/"told": "asked the judge", "told Fox News"
                         r"(?P<object>\s+(?:(?:the|a|an|his|her|their)\s+[a-z]+|reporters|him|"
                         r"her|them|us|me|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?))?"
                         rf"{when}"
                         r"(?:,\s+[a-z]+ing\b[^.!?\u2591]{0,80}|,\s+according to\b"
                         r"[^.!?\u2591]{0,80})?[.!?]?\s*", sentence)
    # "asks Rep. Lamar Smith (R) of Texas.": the verb first
    inverted = re.fullmatch(r"\s*([a-z]+)\s+(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*"
                            r"(?:\s+\([^()\u2591]{1,12}\))?(?:\s+of\s+[A-Z][\w'’-]*)?"
                            rf"(?:,\s+(?:the|a|an)\s[^,.!?\u2591]{{1,100}})?{when}[.!?]?\s*",
                            sentence)
    # "ABC News' Martha Raddatz asked Trump counselor Kellyanne Conway.": a longer object
    asked = re.fullmatch(r"\s*(?:[A-Z][\w.'’-]*\s+){1,4}(asked|told|asks|tells)\s+"
                         r"(?:[A-Za-z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*[.!?]?\s*", sentence)
    if found and found.group("object") and found.group(1) not in _ASKED_TOLD and \
            found.group("object").split()[0] not in _WEEKDAYS:
        found = None  # "Jeff Sessions announced the policy in April.": not an attribution
    return any(m and m.group(1) in lexicon()["speech_verbs"]
               for m in (found, inverted, asked))


_ASKED_TOLD = {"asked", "asks", "told", "tells"}
_WEEKDAYS = {d.capitalize() for d in _CALENDAR if d.endswith("day")}


def _between_subject_and_verb(found: list[Attribution], masked: str,
                              qstart: int) -> list[Attribution]:
    """Attributions whose quote stands inside the subject's set-off phrase: a comma after
    the speaker before the quote (the caller checks they share a sentence)."""
    # ("North Korea, which consistently threatens to send “gift packages”, vowed": a speech
    # verb inside the phrase makes the words the subject's after all)
    # (an appositive or relative clause right after the name, not a participle: "O’Rourke
    # tried to thread the needle, praising Mr. Obama as the “greatest president” while
    # reiterating …" is his)
    return [a for a in found if a.speaker_start >= 0 and
            re.match(r"[^,\u2591]{1,60},\s+(?:an?|the|who|which|whose)\b",
                     masked[a.speaker_start:qstart]) and
            not any(w in lexicon()["speech_verbs"] for w in words(masked[a.speaker_start:qstart]))]


def _stands_as_sentences(text: str, qstart: int, qend: int) -> bool:
    """A quotation of whole sentences: it opens its sentence and ends with its own stop."""
    before = text[max(0, qstart - 3):max(0, qstart - 1)].rstrip(" ")
    return (not before or before[-1] in ".!?\n”\"") and text[qend - 1:qend] in (".", "!", "?")


def _opens_with_attribution(sentence: str) -> bool:
    """"Trump told the newspaper hours after it was announced …": a sentence right after a
    quotation that opens with a name (or he/she) and a speech verb attributes the quotation,
    whatever circumstance follows — unless "that" opens a reported clause of its own."""
    m = re.match(r"\s*(?:(?:[A-Z][\w.'’-]*\s+){1,4}|(?:He|She)\s+)(?:also\s+)?([a-z]+)\b"
                 r"(?!(?:\s+[\w’'-]+){0,4}\s+that\b)"
                 r"(?!\s+(?:nothing|little|no|not|never|anything|something|much)\b)", sentence)
    return bool(m) and m.group(1) in lexicon()["speech_verbs"] and \
        m.group(1) not in ("according", "reports", "says")


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Is `position` inside one of the (sorted, non-overlapping) quotation spans?"""
    i = bisect.bisect_right(spans, (position, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= position < spans[i][1]


def _within(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The (sorted) spans that start inside [start, end)."""
    return spans[bisect.bisect_left(spans, (start, -1)):bisect.bisect_left(spans, (end, -1))]


def _sentence_from(sents: list[Span], starts: list[int], position: int) -> Span | None:
    """The first sentence starting at or after `position` (`starts`: the sentences' starts)."""
    i = bisect.bisect_left(starts, position)
    return sents[i] if i < len(sents) else None


def _frame(sents: list[Span], starts: list[int], start: int, end: int) -> tuple[int, int]:
    """The sentences around a quotation, from the one it starts in to the one it ends in."""
    first = max(0, bisect.bisect_right(starts, start) - 2)
    covering = []
    for s in sents[first:]:
        if s.start >= end + 1:
            break
        if s.end > start - 1:
            covering.append(s)
    if not covering:
        return start, end
    return covering[0].start, covering[-1].end


def _trailing(found: list[Attribution], qend: int, masked: str) -> list[Attribution]:
    """Attributions right after a quote: ",” she said", ",” Representative X, a Democrat,
    said". A participle ("”, adding") or a conjunction ("” and stated") starts a new thought."""
    result = []
    for a in found:
        between = masked[qend:a.verb_start]
        if a.verb_start < qend or (a.verb or "").lower().endswith("ing") or \
                "\u2591" in between[1:]:
            continue
        if re.search(r"\b(?:and|but|while|or|though|although|whereas|because|since|when|"
                     r"after|before|if|unless)\b", between):
            continue  # "“pinged” when Tsarnaev left, though a senator has said": a new clause
        if re.match(r"[ ,]*(?:that\b|:)", masked[a.verb_start + len(a.verb or ""):]):
            continue  # "…,” he said that “…”": the verb introduces what comes next
        speaker_between = qend <= a.speaker_start < a.verb_start
        if len(words(between)) <= 4 or (speaker_between and len(words(between)) <= 14):
            result.append(a)
    return result


def _nearest(found: list[Attribution], qstart: int, qend: int,
             masked: str) -> Attribution | None:
    """The attribution for a quote: one right after it (",” she said") first, then the
    closest one before it in the sentence, then the nearest."""
    if not found:
        return None
    # "He also said, according to another report, that …": the parenthetical source
    # does not take the quote from the verb it interrupts.
    found = [a for a in found if not (a.verb.lower() == "according to" and re.match(
        r"\s*according to [^,\u2591]{1,60},\s*that\b", masked[a.verb_start - 1:]))] or found
    # "…,” the statement said, according to the Times of Israel": the outlet that passed the
    # words on is an outer layer; the verb before it attributes the quote.
    # Likewise "X called the strikes a “crime,” according to IRNA": the named speaker whose
    # verb stands before the quote said it; the agency after it passed it on.
    # … and "Senator Ron Johnson said the bill was “a disaster,” Politico reports."
    found = [a for a in found if not (
        (a.verb or "").lower() in ("reports", "reported") and a.verb_start > qend
        and any(b.speaker and b.verb_start < qstart and b.verb.lower() != "according to"
                for b in found if b is not a))]
    found = [a for a in found if not (a.verb.lower() == "according to" and any(
        b is not a and b.verb_start < a.verb_start
        and (len(words(masked[b.verb_start:a.verb_start])) <= 4
             or (b.verb_start < qstart and a.verb_start >= qend and b.speaker
                 and b.verb.lower() != "according to"))
        for b in found))] or found
    with_speaker = ([a for a in found if a.speaker] or [a for a in found if a.role or a.pronoun]
                    or found)
    # ",” she said" attributes the quote before it; "”, adding …" and "” and stated …"
    # begin the next thought.
    # "“Carly, hands down,” added a New Hampshire Democrat, who like all insiders
    # responded …": an unnamed source right after the quote beats a name further on
    tight = [a for a in _trailing(found, qend, masked) if not a.speaker and a.role
             and len(words(masked[qend:a.verb_start])) <= 2
             and not any(b.speaker and b.verb_start < qstart for b in found)]
    trailing = _trailing(with_speaker, qend, masked)
    if tight and (not trailing or min(a.verb_start for a in tight) <
                  min(a.verb_start for a in trailing)):
        return min(tight, key=lambda a: a.verb_start)
    if trailing:
        return min(trailing, key=lambda a: a.verb_start)
    leading = [a for a in with_speaker if a.verb_start < qstart]
    if leading:
        return max(leading, key=lambda a: a.verb_start)
    return min(with_speaker, key=lambda a: min(abs(a.verb_start - qstart),
                                               abs(a.verb_start - qend)))


def analyse_quotes(text: str, headline: str | None = None) -> QuoteAnalysis:
    """Every quotation and reported statement of `text`, with speakers and verbs.

    Pasted link cards ("Sen. Lindsey Graham Lindsey Olin GrahamGraham says … MORE (R-S.C.)")
    are read past, as the page's reader did; offsets still point into `text`."""
    cards = hover_cards(text)
    if not cards:
        return _analyse(text, headline)
    clean, origin = without_spans(text, cards)
    found = _analyse(clean, headline)
    quotes = []
    for q in found.quotes:
        start = origin[q.start]
        end = origin[q.end - 1] + 1 if q.end > q.start else start
        quotes.append(Quote(start, end, text[start:end], q.kind, q.speaker, q.verb, q.role))
    # shares of the article's own words, without the cards'
    return QuoteAnalysis(tuple(quotes), voices(clean, quotes), found.quoted_share,
                         found.headline, found.people)


def _analyse(text: str, headline: str | None) -> QuoteAnalysis:
    spans = quote_spans(text)
    masked = _mask(text, spans)
    sents = sentences(text)
    people = People(person_mentions(masked), sents, masked)
    paras = paragraphs(text)
    events = sorted([(s, e, "direct") for s, e in spans]
                    + [(s.start, s.end, "sentence") for s in sents
                       if not _inside(spans, s.start)])
    quotes: list[Quote] = []
    previous: Quote | None = None
    for start, end, what in events:
        if what == "sentence":
            quote = _indirect(text, masked, Span(start, end, text[start:end]), people, spans)
        else:
            quote = _direct(text, masked, start, end, sents, paras, people, previous)
        if quote is None:
            continue
        quotes.append(quote)
        if quote.kind in {"full", "partial"} and (quote.speaker or quote.verb):
            previous = quote
    in_headline = headline_quotes(headline, quotes, people) if headline else ()
    return QuoteAnalysis(tuple(quotes), voices(text, quotes), _quoted_share(text, quotes),
                         in_headline, tuple(sorted(set(people.full.values()))))


HEADLINE_MATCH = 90  # rapidfuzz partial ratio between a headline quote and a body quote


def headline_quotes(headline: str, body_quotes: list[Quote], people: People) -> tuple[Quote, ...]:
    """Quotes in a headline. A headline rarely names its speaker the way a sentence does
    ("‘We are not on the same side’: Guatemala president attacks …"), but it almost always
    repeats words the body quotes with an attribution: the speaker is that body quote's.
    A verb counts only when the headline itself has one ("Harris says ‘…’")."""
    found = []
    spans = quote_spans(headline)
    masked = _mask(headline, spans)
    for start, end in spans:
        words_quoted = headline[start:end]
        kind = "full" if len(words(words_quoted)) > 3 else "partial"
        source = max(((fuzz.partial_ratio(words_quoted.lower(), q.text.lower()), q)
                      for q in body_quotes if q.kind in {"full", "partial"} and q.speaker),
                     default=(0, None), key=lambda pair: pair[0])
        speaker = role = None
        if source[1] is not None and source[0] >= HEADLINE_MATCH:
            speaker, role = source[1].speaker, source[1].role
        verb = next((m.group(1) for m in _verb_pattern().finditer(masked)), None)
        if speaker is None and len(words(words_quoted)) <= 3:
            kind = "scare"
        found.append(Quote(start, end, words_quoted, kind, speaker, verb, role, True))
    return tuple(found)


FRAME_REACH = 300  # characters around a quote in which its attribution is looked for


def _direct(text: str, masked: str, qstart: int, qend: int, sents: list[Span],
            paras: list[Span], people: People, previous: Quote | None) -> Quote:
    fstart, fend = _frame(sents, people.sent_starts, qstart, qend)
    # An attribution stands near its quote; a run-on "sentence" of untrusted text (thousands
    # of characters without a full stop) is searched only around the quote.
    fstart, fend = max(fstart, qstart - FRAME_REACH), min(fend, qend + FRAME_REACH)
    # "“I did!” Trump shot back.": a quote ending in ! or ? closes its sentence, and the
    # short attribution after it stands as a sentence of its own.
    following = _sentence_from(sents, people.sent_starts, fend)
    # (only for a quotation of whole sentences: "The protesters chanted “No justice!” Police
    # Chief Tom Wilson told the crowd later." keeps the chant the protesters')
    if following is not None and "\n" not in text[fend:following.start] and \
            _stands_as_sentences(text, qstart, qend) and \
            (_attribution_only(masked[following.start:following.end])
             or _opens_with_attribution(masked[following.start:following.end])):
        fend = following.end
    best = _nearest(attributions(masked, fstart, fend, people), qstart, qend, masked)
    lead_in = text[:qstart - 1].rstrip()
    if best is None and lead_in.endswith(":") and "\n" in text[len(lead_in):qstart]:
        # "As The Hill notes:\n\n“…”": a paragraph that introduces the quote below it.
        intro = next((s for s in reversed(sents) if s.start < len(lead_in)), None)
        if intro is not None:
            found = attributions(masked, intro.start, len(lead_in), people)
            best = max(found, key=lambda a: a.verb_start) if found else None
            if best is None:
                best = _statement_intro(masked, intro.start, len(lead_in), people)
    if best is not None and best.speaker_start < qstart and best.verb_start > qend and \
            best in _between_subject_and_verb([best], masked, qstart) and \
            bisect.bisect_right(people.sent_starts, best.speaker_start) == \
            bisect.bisect_right(people.sent_starts, qstart):
        # "Sen. Joe Manchin III, a Democrat who shot through Mr. Obama’s “cap-and-trade”
        # bill, said …": words inside the subject are not what the subject said
        best = None
    if best is None:
        best = _unlisted_verb(masked, qstart, qend, people)
    if best is None:
        best = _colon_intro(masked, qstart, people)
    if best is None:
        best = _dash_byline(masked, qend, people)
    continues = previous is not None and \
        _adjacent(text, previous, qstart, people, text[qend:qend + 20]) and \
        not _named_after(masked, qend, text[qend - 1:qend], previous, people)
    kind = _kind(text, qstart, qend, attributed=best is not None or continues,
                 follows=best is not None and best in _trailing([best], qend, masked))
    speaker = verb = role = None
    if kind == "scare":
        pass
    elif best is not None:
        speaker, verb, role = best.speaker, best.verb, best.role
        if (speaker and best.person) or (not speaker and role):
            people.spoke(qstart, speaker, best.pronoun)
    elif continues:
        # "“A,” she said. “B.”": B is hers too; across a paragraph break only the voice
        # carries over, since B's own sentence names no verb.
        same_paragraph = "\n\n" not in text[previous.end:qstart]
        speaker, role = previous.speaker, previous.role
        verb = previous.verb if same_paragraph else None
    elif (tail := _after_closing_attribution(masked, qstart, people)) is not None:
        speaker, role = tail.speaker, tail.role
    elif _stands_alone(text, qstart, qend):
        # "Imler leans back on the couch.\n\n“I’m resigned to it.”": a quotation that is
        # a sentence of its own, right after a sentence whose subject is a person.
        speaker = people.speaker_before(qstart - 1) or people.subject_before(qstart - 1)
        role = people.roles.get(speaker) if speaker else None
    return Quote(qstart, qend, text[qstart:qend], kind, speaker, verb, role)


_SUBJECT = (r"(?P<subject>he|she|they|(?:[A-Z][a-z]{0,3}\.[ ])?[A-Z][\w'’-]{0,40}+"
            r"(?:[ ][A-Z][\w'’-]{0,40}+){0,3})")
# '“…,” Reyes scolded.', '“…,” intoned Reyes.', 'Reyes blasted: “…”': a past-tense verb in
# the place of "said" is an attribution even when the verb list does not have it.
_UNLISTED_AFTER = re.compile(rf"[,!?]?[”\"’']?[ ]+(?:(?:[A-Z]{{2,6}}|[a-z]{{3,15}})[ ]){{0,2}}"
                             rf"{_SUBJECT}[ ]+(?P<verb>[a-z]{{3,20}}ed)"
                             r"(?=[ ]*[.,;:]|[ ]+(?:in|on|at|during|after|before|to|as|while)\b)")
_UNLISTED_INVERTED = re.compile(r"[,!?]?[”\"’'][ ]+(?P<verb>[a-z]{3,20}ed)[ ]+"
                                rf"{_SUBJECT}(?=[ ]*[.,;:])")
_UNLISTED_BEFORE = re.compile(rf"{_SUBJECT}[ ]+(?P<verb>[a-z]{{3,20}}ed)(?::|[ ]+that)[ ]*[“\"]?$")


def _unlisted_verb(masked: str, qstart: int, qend: int, people: People) -> Attribution | None:
    """The attribution of a quote whose frame holds a verb outside the list, in one of three
    tight frames around the quote; the subject must be a pronoun or a name the text knows
    (a person or a named body)."""
    found = []
    # only for a quote that opens its sentence: "After “Hamilton,” Reyes returned …" is a
    # title in the writer's sentence, not words Reyes said
    before = masked[max(0, qstart - 3):max(0, qstart - 1)].rstrip(" ")
    opens = not before or before[-1] in ".!?\n”\"’"
    for pattern, at in ((_UNLISTED_AFTER, qend), (_UNLISTED_INVERTED, qend)):
        m = pattern.match(masked, at, min(len(masked), at + 120)) if opens else None
        if m:
            found.append(m)
    m = _UNLISTED_BEFORE.search(masked, max(0, qstart - 120), max(0, qstart - 1) + 1)
    if m and qstart - m.end() <= 2:
        found.append(m)
    for m in found:
        subject, verb = m.group("subject"), m.group("verb")
        if verb in lexicon()["speech_verbs"]:
            continue  # listed verbs are found the usual way
        if subject in ("he", "she"):
            name = people.pronoun(m.start("subject"), subject)
            if name:
                return Attribution(verb, m.start("verb"), name, people.roles.get(name), subject,
                                   True, m.start("subject"))
            continue
        known = [x for x in people.mentions + people.organisations + people.named
                 if x.start <= m.start("subject") < x.end or
                 (m.start("subject") <= x.start and x.end <= m.end("subject"))]
        if subject == "they" or not known:
            continue
        mention = max(known, key=lambda x: x.end - x.start)
        person = any(mention is x for x in people.mentions)
        name = people.name_of(mention) if person else mention.name
        return Attribution(verb, m.start("verb"), name, people.roles.get(name), None, person,
                           m.start("subject"))
    return None


_DASH_AFTER = re.compile(r"[,.!?]?[”\"’']?(?:[ ]*|\n\n)(?:—|–|--)[ ]*")


def _dash_byline(masked: str, qend: int, people: People) -> Attribution | None:
    """"“…” — Mr. Obama" and a quotation paragraph followed by "— Former President Barack
    Obama on …": the name after the dash signs the quotation."""
    dash = _DASH_AFTER.match(masked, qend)
    if not dash:
        return None
    line_end = masked.find("\n", dash.end())
    line = masked[dash.end():line_end if line_end >= 0 else len(masked)]
    if re.search(r":\s*[“\"]", line):
        return None  # "-- Ron Morrell, 51, a carpenter: “…”": the next item of a list
    for m in sorted(people.names_between(dash.end(), dash.end() + 41), key=lambda m: m.start):
        if re.fullmatch(
                r"(?:[A-Z][\w.'’-]*[ ]+)*", masked[dash.end():m.start]):
            if not re.match(r"\s*(?:$|[,(]|(?:on|in|at|via|to)\b|[.]\s*$)", masked[m.end:m.end + 20]
                            .split("\n")[0]):
                return None  # "… “fed up” — Rep. Nancy Pelosi has represented them": a sentence
            person = not any(m is o for o in people.organisations)
            name = people.name_of(m) if person else m.name
            return Attribution(None, m.start, name, people.roles.get(name) or m.role, None,
                               person, m.start)
    return None


def _named_after(masked: str, qend: int, last: str, previous: Quote, people: People) -> bool:
    """"“…,” Macron went on.": someone other than the last speaker is named right after the
    quote, so the quote is not the last speaker's, even where no attribution was found."""
    if not re.match(r"[,!?]?[”\"’']?[ ]+[A-Z]", masked[qend:qend + 5]) or \
            last == ".":
        return False  # after a full stop a new sentence begins
    near = [m for m in people.names_between(qend + 1, qend + 5)
            if not any(m is o for o in people.organisations)]
    if near:
        return all(people.name_of(m) != previous.speaker for m in near)
    # a capitalised word followed by a verb-like word: "Macron went on"
    m = re.match(r"[,!?]?[”\"’']?[ ]+([A-Z][a-z'’-]+)[ ]+[a-z]+", masked[qend:qend + 60])
    return bool(m) and m.group(1).lower() not in lexicon()["not_names"] and \
        (previous.speaker is None or m.group(1) not in previous.speaker)


def _colon_intro(masked: str, qstart: int, people: People) -> Attribution | None:
    """A sentence without a speech verb that introduces the quote with a colon: "Democratic
    pollster Peter Hart made the same point in more colorful language: “…”" (its subject, the
    one person it names, speaks) and "Asked whether she will back Biden: “100 percent.”" (the
    answer is the last speaker's)."""
    lead = masked[max(0, qstart - 300):max(0, qstart - 1)].rstrip()
    if not lead.endswith(":"):
        return None
    colon = max(0, qstart - 300) + len(lead) - 1
    i = bisect.bisect_right(people.sent_starts, colon) - 1
    if i < 0:
        return None
    sent = people.sents[i]
    before = masked[sent.start:colon]
    if re.match(r"\s*Asked\b", before):
        # "Asked whether she would negotiate:": she answers, else the last speaker
        pronoun = re.search(r"\b(he|she)\b", before)
        name = people.pronoun(sent.start + pronoun.start(), pronoun.group(1)) if pronoun \
            else people.recent_speaker(sent.start, reach=600)
        return Attribution(None, sent.start, name, people.roles.get(name), None, True,
                           sent.start) if name else None
    # "The death drew a Twitter response from President Trump:": whoever it came from
    came = re.search(r"\b(?:response|reply|statement|message|tweet|post|warning|retort|answer)"
                     r"\s+from\s+[^:;\u2591]{1,60}:\s*$", masked[sent.start:colon + 1])
    if came:
        at = sent.start + came.start()
        who = [m for m in people.mentions_between(at, colon) if m.end <= colon]
        if who:
            name = people.name_of(who[-1])
            return Attribution(None, who[-1].start, name, people.roles.get(name), None, True,
                               who[-1].start)
    # "Joe Biden faced a question from a voter:", "was interrupted by a heckler:", "held a
    # sign:": the words are someone else's, or no one's
    if re.search(r"\b(?:from|by)\b|\b(?:was|were|is|are|been|being)\s+[a-z]+ed\b|\b(?:signs?|"
                 r"headlines?|banners?|posters?|placards?|slogans?|captions?|shirts?|hats?|"
                 r"chants?|chanted|titled|read|reads|quoted|quoting|cited|citing)\b", before):
        return None
    # "Trump’s tweet about Michael Cohen was blunt:" is the owner's words; "Trump's current
    # personal attorney, Rudy Giuliani, had this response:" the attorney's (an owner is not a
    # second person in the sentence)
    owner = re.match(r"\s*((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*)['’]s?\s+(\w+)(?:\s+(\w+))?",
                     before)
    if owner and {owner.group(2), owner.group(3)} & (_STATEMENT_NOUNS | {"tweet", "tweets",
                                                                        "post", "posts"}):
        name = people.canonical(owner.group(1))
        return Attribution(None, sent.start, name, people.roles.get(name), None, True,
                           sent.start)
    first = people.mentions_between(sent.start, colon)[:1]
    if owner and not first:
        return None
    if first and re.match(r"['’]s?\b", masked[first[0].end:first[0].end + 2]):
        if re.match(rf"['’]s?\s+(?:[a-z]+\s+)?{_NOUNS}s?\b", masked[first[0].end:colon]):
            name = people.name_of(first[0])
            return Attribution(None, first[0].start, name, people.roles.get(name), None, True,
                               first[0].start)
        if not re.search(r"['’]s?\s+(?:[a-z]+\s+){0,2}(?:attorney|lawyer|spokes\w+|aide|"
                         r"adviser|advisor|wife|husband|son|daughter)\b",
                         masked[first[0].end:colon]):
            return None
    # "In his State of the Union, he issued an ultimatum to lawmakers:": he or she as the
    # subject, before any name
    subject = re.match(r"(?:(?:But|And|So|Yet|Then|Still)\s+|[A-Z][^,:;\u2591]{0,80},\s+)?"
                       r"(he|she|He|She)\s+(?:also\s+|then\s+)?[a-z]+", before.lstrip())
    first_name = people.mentions_between(sent.start, colon)
    if subject and (not first_name or first_name[0].start > sent.start + len(before) -
                    len(before.lstrip()) + subject.end(1)):
        name = people.pronoun(sent.start + len(before) - len(before.lstrip()) +
                              subject.start(1), subject.group(1).lower())
        if name:
            return Attribution(None, sent.start, name, people.roles.get(name),
                               subject.group(1).lower(), True, sent.start)
    inside = [m for m in people.mentions_between(sent.start, colon) if m.end <= colon
              and not re.match(r"['’]s?\b", masked[m.end:m.end + 2])]
    others = [m for m in people.names_between(sent.start, colon) if m.end <= colon
              and not any(m is x for x in people.mentions)]
    if len({people.name_of(m) for m in inside}) != 1 or others or \
            not people._is_subject(inside[0]):
        return None
    name = people.name_of(inside[0])
    return Attribution(None, inside[0].start, name, people.roles.get(name), None, True,
                       inside[0].start)


_NAME_CAPTURE = r"(?P<who>(?:[A-Z][\w.&'’-]{0,40}+[ ]){0,4}[A-Z][\w.&'’-]{0,40}?)"
_INTRO_STATEMENT = re.compile(
    rf"(?:{_NAME_CAPTURE}['’]s?[ ]+(?:(?:full|entire|complete|written|joint|official)[ ]+)?"
    r"(?:statement|remarks|letter|response|message)|"
    rf"{_NAME_CAPTURE.replace('who', 'sender')}[ ]+(?:sent|issued|released|gave|provided|"
    r"posted|put out)[ ]+(?:this|the following|a|an|its|his|her|their)[ ]+(?:[\w-]+[ ]+)?"
    r"(?:statement|response|letter|message))\b[^.!?\u2591]{0,60}:\s*$")


def _statement_intro(masked: str, start: int, end: int, people: People) -> Attribution | None:
    """"Here is Rubio’s full statement:" and "the IRS sent this statement:" over a quoted
    paragraph: the statement's owner speaks."""
    m = _INTRO_STATEMENT.search(masked, start, end)
    if not m:
        return None
    group = "who" if m.group("who") else "sender"
    at = m.start(group)
    name = re.sub(r"^(?:The|Here is|Here's|Read)\s+", "", m.group(group))
    person = next((x for x in people.mentions if x.start <= at + len(m.group(group)) - 1
                   and x.end >= m.end(group) - 1), None)
    speaker = people.name_of(person) if person else people.full_body(name)
    return Attribution(None, m.start(group), speaker,
                       people.roles.get(speaker), None, person is not None, at)


_CLOSING_ATTRIBUTION = re.compile(
    r"(?:,\s+(?:says|said|adds|added|explains|explained|notes|noted|writes|wrote|argues|argued)"
    r"\s+[^!?\u2591]{2,160}?|\s(?:says|said|adds|added|explains|explained|notes|noted|writes|"
    r"wrote))\.\s*$")


def _after_closing_attribution(masked: str, qstart: int, people: People) -> Attribution | None:
    """"… the biggest risk for progressive candidates, says Mr. Madonna. “You can’t rule it
    out.”": a quotation opening the sentence after one that ends with its speaker's name goes
    on in that voice (same paragraph)."""
    i = bisect.bisect_right(people.sent_starts, qstart - 1) - 1
    if i < 1:
        return None
    sent, prev = people.sents[i], people.sents[i - 1]
    lead = masked[sent.start:qstart - 1].strip()
    if lead or "\n" in masked[prev.end:qstart] or \
            not _CLOSING_ATTRIBUTION.search(masked, prev.start, prev.end):
        return None
    found = [a for a in attributions(masked, prev.start, prev.end, people) if a.speaker]
    return max(found, key=lambda a: a.verb_start) if found else None


def _stands_alone(text: str, qstart: int, qend: int) -> bool:
    before = text[max(0, qstart - 120):qstart - 1].rstrip(" ")
    after = text[qend + 1:qend + 3].lstrip(" ")
    return (not before or before[-1] in ".!?\n”\"") and (not after or after[:1] in "\n")


_ABBREVIATIONS = {"sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cpt", "dr", "mr", "mrs",
                  "ms", "prof", "jr", "sr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                  "sep", "sept", "oct", "nov", "dec", "no", "vs", "inc", "corp", "co", "ltd"}


def _woven_on(tail: str, at: int, people: People | None, after: str = "") -> bool:
    """"“A,” Reed said. But after America reshapes itself, “B.”": a sentence that opens with
    a conjunction or a circumstance and weaves the quote in after a comma, naming nobody
    else, goes on in the speaker's voice."""
    if people is None or not re.fullmatch(
            r"\s*(?:But|And|So|Yet|Still|Now|Then|However|After|Before|When|While|If|Once|"
            r"Unless|Until|Because|Since|As|In|On|At|For|With|Without|Even|Though|Although|"
            r"Instead|Otherwise|Ultimately|Eventually)\b[^.!?:;\u2591“”\"]*,\s*[“\"]?", tail):
        return False
    end = at + len(tail)
    # "But after the vote, one aide was blunt, “…”" brings in someone else; "for many
    # residents, “rebuild” is a dirty word" talks about a word
    if any(w in _NEW_VOICE or w in lexicon()["group_nouns"] or w in lexicon()["titles"]
           for w in words(tail.lower())) or re.match(r"[”\"’']?\s+[a-z]", after):
        return False
    return not people.names_between(at, end) and \
        bisect.bisect_left(people._named_starts, at) == \
        bisect.bisect_left(people._named_starts, end) and \
        not re.search(r"\b(?:he|she|they|[Hh]e|[Ss]he|They)\b", tail)


_NEW_VOICE = {"was", "were", "is", "are", "had", "has", "issued", "said", "says", "told"}


def _adjacent(text: str, previous: Quote, start: int, people: People | None = None,
              after: str = "") -> bool:
    """A quote right after another, with only an attribution between ("“A,” she said last
    month. “B.”") or a paragraph break, continues the same voice."""
    between = text[previous.end:start]
    if "\n\n" in between:
        # Across one paragraph break, when little stands before the quotation
        # ("When that happened, “The very next day …”").
        lead_in = between.split("\n\n")[-1]
        # '“A,” he said, referring to the show.\n\n“B.”': the paragraph after an attribution
        # that opens with a quotation goes on in the same voice
        attributed = between.split("\n\n")[0]
        if between.count("\n\n") == 1 and not lead_in.strip() and \
                len(words(attributed)) <= 25 and \
                any(w in lexicon()["speech_verbs"] for w in words(attributed)):
            return True
        return between.count("\n\n") == 1 and len(words(lead_in)) <= 6 and \
            len(words(between)) <= 10
    # sentence ends, not the dots of "Sen." or "T."
    ends = [m for m in re.finditer(r"(\w*)[.!?][”\"’']?\s", between)
            if not (len(m.group(1)) == 1 and m.group(1).isupper())  # "T."
            and m.group(1).lower() not in _ABBREVIATIONS]  # "Sen.", "Feb."
    # a long attribution of the quote before ("…,” Jon Brabender, a strategist and adviser
    # to …, told CNN. “…”) still leaves the same voice speaking
    said = any(w in lexicon()["speech_verbs"] for w in words(between))
    if ends:
        # after the attribution's full stop, a new sentence that introduces someone else
        # ("… Reyes said. Across the aisle, Sen. Ruiz was unmoved: “Never.”")
        tail = between[ends[-1].end():]
        if ":" in tail or len(words(tail)) > 6 and not _woven_on(tail, start - len(tail),
                                                                  people, after):
            return False
    return len(ends) <= 1 and (len(words(between)) <= 20 or said and len(words(between)) <= 40)


_SKIP_AFTER_VERB = re.compile(
    r"^(?:[ ,]+(?:on|in|last|this|late|early|during|at|earlier|later|over)\b[^,]{0,40}?"
    r"(?=\s+that\b|,)|[ ,]+(?:on\s+)?(?i:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)\b|[ ,]+(?:in|on|last|this|during)\s+(?:[A-Z][a-z]+|week|month|year)\b"
    r"(?=\s+(?:he|she|they|it|we|the|that)\b))",
)
# After a verb, words that open a circumstance and never a reported clause
_NO_CLAUSE = re.compile(r"\s*(?:early|late|shortly|recently|once|again|on\s+(?:Monday|Tuesday|"
                        r"Wednesday|Thursday|Friday|Saturday|Sunday|Twitter|Facebook)|in\s+"
                        r"(?:a|an|one|his|her|their|its)\s+(?:[\w-]+\s+){0,4}?(?:posts?|tweets?|"
                        r"statement|interview|speech|letter|message))\b")
# After the verb, the rest of the sentence is circumstance, not what was said.
_CIRCUMSTANCE = re.compile(r"\s*(?:[.!?]|$|(?:in|on|at|during|after|before|last|this|earlier|"
                           r"later|to|while|when|ahead|via|through|from|as|with|by|early|late|"
                           r"shortly|recently|once|again)\b)")
_SPEAKER_ONLY = re.compile(r"\s*(?:he|she|they|[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}|"
                           r"the\s+[\w'’ -]{1,50})\s*")


def _indirect(text: str, masked: str, sent: Span, people: People,
              spans: list[tuple[int, int]]) -> Quote | None:
    """Reported speech without marks: "X said (that) CLAUSE", "CLAUSE, X said (on Monday)",
    "CLAUSE, according to X", "According to X, CLAUSE"."""
    reporting = lexicon()["reporting_verbs"]
    for att in attributions(masked, sent.start, sent.end, people):
        verb = att.verb.lower()
        if verb not in reporting or not (att.speaker or att.role or att.pronoun):
            continue
        pos = att.verb_start + len(att.verb)
        head = text[sent.start:att.verb_start]
        comma = head.rfind(",")
        tail = text[pos:sent.end]
        relative = re.search(r"(?:\bthe\s+[\w'’-]+\s+of\s+which|\bwhose\s+[\w'’-]+|"
                             r"\bwhere)\s+(?:he|she|they|[A-Z][\w'’-]+)\s*$", head)
        speaker_only = comma > 0 and _SPEAKER_ONLY.fullmatch(head[comma + 1:]) \
            and not re.search(r"\b(?:which|who|that|whose)\b", head[comma + 1:])
        if verb == "according to":
            clause = _according_to_clause(text, sent, att, pos)
            if clause is None:
                continue
            clause_start, clause_end = clause
        elif relative:
            # "…, the leaders of which he claims earn large salaries": the relative clause.
            clause_start, clause_end = sent.start + relative.start(), sent.end
        elif speaker_only and tail.startswith(",") and len(words(head[:comma])) >= 2:
            # "That sets his country apart, he says, from …": the whole sentence is reported.
            clause_start, clause_end = sent.start, sent.end
        elif speaker_only and _CIRCUMSTANCE.match(tail) and len(words(head[:comma])) >= 4:
            clause_start, clause_end = sent.start, sent.start + comma
        else:
            if verb in lexicon()["reporting_verbs_with_that"] and not re.match(
                    r"[ ,]*(?:that\b|(?:it|he|she|they|we|there)\s)", tail):
                continue  # "announced the creation of …" names a thing, "announced it would …"
            earlier = _within(spans, sent.start - 1, sent.end)
            if any(qe <= att.verb_start for _, qe in earlier) and \
                    not re.match(r"[ ,]*that\b", tail):
                continue  # "…,” she said ahead of her trip": a direct quote's attribution
            if verb in {"told", "telling"}:
                obj = re.match(rf"[ ]+(?:{_CAP}(?:[ ]+{_CAP})*|him|her|them|us|me|reporters|"
                               r"lawmakers|the [a-z]+)", tail)
                if not obj:
                    continue
                pos += obj.end()
            skip = _SKIP_AFTER_VERB.match(text[pos:sent.end])
            pos += skip.end() if skip else 0
            rest = text[pos:sent.end]
            if _NO_CLAUSE.match(rest) and not re.search(r"\bthat\b", rest[:80]):
                continue  # "…!” Trump wrote early on Sunday in a post.": no reported clause
            lead = re.match(r"[ ,]*(?:(?:that|how)\b[ ,]*)?", text[pos:sent.end])
            pos += lead.end() if lead else 0
            clause_start, clause_end = pos, sent.end
        for qs, qe in _within(spans, clause_start, clause_end):
            if clause_start <= qs < clause_end and not _names_a_term(text, qs, qe):
                # "…the time had passed, writing on Twitter: “…”": the clause stops where
                # the quotation is introduced; otherwise the speaker's own words inside the
                # clause are recorded as the quote instead.
                intro = re.search(r",\s+[a-z]+ing\b[^,]*$|:\s*$", text[clause_start:qs - 1])
                if not intro:
                    clause_end = -1
                    break
                clause_end = min(clause_end, clause_start + intro.start())
        if clause_end < 0:
            continue
        clause = text[clause_start:clause_end].rstrip(".!?…:;,“\"‘ —–")
        first = clause.split()[0] if clause.split() else ""
        if len(words(clause)) < 4 or not first[:1].isalpha() or first.lower() in _PREPOSITIONS:
            continue
        if clause_start != sent.start and first[:1].isupper() and \
                first.lower() not in lexicon()["not_names"] and first not in people.full:
            continue
        if att.person and att.speaker:
            people.spoke(clause_start, att.speaker, att.pronoun)
        return Quote(clause_start, clause_start + len(clause), clause, "indirect",
                     att.speaker, att.verb, att.role)
    return None


def _according_to_clause(text: str, sent: Span, att: Attribution,
                         after_verb: int) -> tuple[int, int] | None:
    """'CLAUSE, according to X.' or 'According to X, CLAUSE.'"""
    head = text[sent.start:att.verb_start].rstrip()
    if head.endswith(",") and len(words(head)) >= 4:
        return sent.start, sent.start + len(head) - 1
    if not head:
        comma = text.find(",", after_verb, sent.end)
        if comma > 0:
            start = comma + 1 + (len(text[comma + 1:]) - len(text[comma + 1:].lstrip()))
            return start, sent.end
    return None


def voices(text: str, quotes: list[Quote]) -> tuple[Voice, ...]:
    """Who speaks in direct quotes, and how many of the article's words they get."""
    total = max(1, len(words(text)))
    tally: dict[str, list[int]] = {}
    roles: dict[str, str | None] = {}
    for q in quotes:
        if q.speaker and q.kind in {"full", "partial"}:
            counts = tally.setdefault(q.speaker, [0, 0])
            counts[0] += 1
            counts[1] += len(words(q.text))
            roles.setdefault(q.speaker, q.role)
    found = [Voice(s, roles[s], n, w, w / total) for s, (n, w) in tally.items()]
    return tuple(sorted(found, key=lambda v: (-v.words, v.speaker)))


def _quoted_share(text: str, quotes: list[Quote]) -> float:
    total = max(1, len(words(text)))
    inside = sum(len(words(q.text)) for q in quotes if q.kind in {"full", "partial"})
    return inside / total
