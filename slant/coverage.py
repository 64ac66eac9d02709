"""Coverage: the story's facts, found by aligning sentences across its articles.

Each article is cut into units: its sentences (a quotation that runs over several sentences
stays one unit: it is one statement), and a sentence that joins several main or relative
clauses ("…, and …", "…; …", "… — …", "…, who …") is cut into those clauses, so that a lede
packing four facts can line up with four different sentences elsewhere. Two units from
different articles are scored by a small logistic model over three measures (PAIR_WEIGHTS):
TF-IDF cosine of stemmed content words, TF-IDF cosine of character n-grams (catches "Ill." /
"Illinois", plurals, compounds, names spelt two ways), and how far apart the units stand in
their articles (stories tend to be told in a similar order). Two units that are each
other's best match, with a score of MATCH_THRESHOLD or above, report the same fact; facts
are the connected groups of such matches. A unit that packs several facts also supports
every other fact it matches at ATTACH_THRESHOLD. A unit with no match elsewhere is a fact
that its article alone carries.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import snowballstemmer
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from .quotes import _inside, quote_spans
from .text import Span, words
from .tone import body_sentences

MATCH_THRESHOLD = 0.20  # mutual best matches from two articles scoring at least this
ATTACH_THRESHOLD = 0.25  # a unit also supports another fact scoring this with it
# The pair model: logistic regression weights fitted on the hand-checked gold of
# benchmarks/gold/coverage.json by `python benchmarks/fit_coverage.py` (which prints them).
PAIR_WEIGHTS = {"words": 7.39, "characters": 6.62, "position": -0.87}
PAIR_BIAS = -4.38
MIN_WORDS = 5
MIN_CLAUSE_WORDS = 4  # content words a clause needs to stand as its own unit

# Where a sentence joins clauses: semicolons, dashes, and a comma before a coordinating
# conjunction or a relative pronoun. Cuts inside quotation marks are not made.
_CLAUSE_BREAK = re.compile(r";\s+|\s+[—–]\s+|,\s+(?:and|but|while|whereas|who|which|where)\s+")


@dataclass(frozen=True, slots=True)
class Evidence:
    article: str
    start: int
    end: int


@dataclass(frozen=True)
class Fact:
    id: str
    text: str  # label: the most central sentence of the group
    articles: tuple[str, ...]
    evidence: tuple[Evidence, ...]  # every sentence behind the fact, in article order

    def first_span(self, article: str) -> tuple[int, int] | None:
        """The first sentence of `article` that carries this fact."""
        return next(((e.start, e.end) for e in self.evidence if e.article == article), None)


@dataclass(frozen=True)
class ArticleCoverage:
    included: tuple[str, ...]
    omitted: tuple[str, ...]
    unique: tuple[str, ...]
    # The story's consensus facts (carried by most sources) this article carries and leaves
    # out: how far it departs from what most outlets agree on.
    consensus_carried: tuple[str, ...] = ()
    consensus_left_out: tuple[str, ...] = ()

    @property
    def consensus_share(self) -> float | None:
        """Share of the story's consensus facts this article carries; None without any."""
        total = len(self.consensus_carried) + len(self.consensus_left_out)
        return len(self.consensus_carried) / total if total else None

    @property
    def share(self) -> float:
        """Share of the facts that more than one article carries, that this one carries."""
        shared = len(self.included) - len(self.unique) + len(self.omitted)
        return (len(self.included) - len(self.unique)) / shared if shared else 1.0


@dataclass(frozen=True)
class StoryCoverage:
    facts: tuple[Fact, ...]
    articles: dict[str, ArticleCoverage]


def statements(text: str, quotes: list[tuple[int, int]]) -> list[Span]:
    """The body's sentences, with the sentences a quotation runs on into joined to the one
    where it opened."""
    joined: list[Span] = []
    quotes = sorted(quotes)
    for sentence in body_sentences(text):
        # the quotation that opened before this sentence, if it runs on into it (bisect: a
        # text of thousands of quotations stays linear)
        i = bisect.bisect_left(quotes, (sentence.start, -1)) - 1
        if joined and i >= 0 and quotes[i][0] < sentence.start < quotes[i][1] and \
                quotes[i][0] < joined[-1].end:
            start = joined[-1].start
            joined[-1] = Span(start, sentence.end, text[start:sentence.end])
        else:
            joined.append(sentence)
    return joined


def _content_words(text: str) -> int:
    return sum(1 for w in words(text) if w.lower() not in ENGLISH_STOP_WORDS)


def clauses(text: str, sentence: Span, quotes: list[tuple[int, int]]) -> list[Span]:
    """The sentence cut at its clause breaks (outside quotations); a piece with fewer than
    MIN_CLAUSE_WORDS content words stays with the clause before it (or, first, after it).
    Not cut: the last comma of a list ("the State Department, the Justice Department, and
    the Department of Homeland Security met"), and dashes that come in a pair (an aside:
    "Three countries — Guatemala, Honduras and El Salvador — account for …")."""
    paired_dashes = len(re.findall(r"\s[—–]\s", sentence.text)) >= 2
    cuts = [sentence.start]
    for m in _CLAUSE_BREAK.finditer(sentence.text):
        at = sentence.start + m.start()
        if _inside(quotes, at):
            continue
        if paired_dashes and m.group().strip() in "—–":
            continue
        if m.group().lstrip(", ").startswith("and"):
            item = re.search(r",\s*([^,]*)$", sentence.text[:m.start()])
            if item and len(words(item.group(1))) <= 4:
                continue  # "…, the Justice Department, and …": a list, not a clause
        cuts.append(sentence.start + m.end())
    cuts.append(sentence.end)
    pieces: list[list[int]] = []
    for start, end in itertools.pairwise(cuts):
        if pieces and _content_words(text[start:end]) < MIN_CLAUSE_WORDS:
            pieces[-1][1] = end
        else:
            pieces.append([start, end])
    if len(pieces) > 1 and _content_words(text[pieces[0][0]:pieces[0][1]]) < MIN_CLAUSE_WORDS:
        first = pieces.pop(0)
        pieces[0][0] = first[0]
    return [Span(start, end, text[start:end]) for start, end in pieces]


def _units(texts: dict[str, str]) -> list[tuple[str, Span]]:
    units = []
    for slug, text in texts.items():
        quotes = quote_spans(text)
        seen: set[str] = set()  # a sentence an article repeats word for word is one fact
        for statement in statements(text, quotes):
            if len(words(statement.text)) >= MIN_WORDS:
                for clause in clauses(text, statement, quotes):
                    key = " ".join(clause.text.lower().split())
                    if key not in seen:
                        seen.add(key)
                        units.append((slug, clause))
    return units


def sentence_vectors(sentences: list[str]):
    vectorizer = TfidfVectorizer(stop_words="english", ngram_range=(1, 2), sublinear_tf=True,
                                 token_pattern=r"(?u)\b\w[\w'’]*\b")
    return vectorizer.fit_transform(sentences)


_TOKEN = re.compile(r"(?u)\b\w[\w'’]*\b")


@lru_cache(maxsize=1)
def _stemmer():
    return snowballstemmer.stemmer("english")


def stems(sentence: str) -> list[str]:
    """Content words reduced to their stems: 'killed' and 'kills' both count as 'kill'."""
    tokens = [t.lower().replace("’", "'") for t in _TOKEN.findall(sentence)]
    return _stemmer().stemWords([t for t in tokens if t not in ENGLISH_STOP_WORDS])


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_MONTH = re.compile(r"\b(January|February|March|April|June|July|August|September|October|"
                    r"November|December)\b")  # not "May": also a verb and a name


def number_clash(sentences: list[str]) -> np.ndarray:
    """Pairs of sentences that both give numbers, none of them the same, or both name days
    of the week (or months), none of them the same: they report different facts ("12
    killed" is not "40 shelters"; "met on Monday" is not "will meet on Tuesday")."""
    clash = np.zeros((len(sentences), len(sentences)), dtype=bool)
    for found in ([frozenset(n.replace(",", "") for n in _NUMBER.findall(s)) for s in sentences],
                  [frozenset(_WEEKDAY.findall(s)) for s in sentences],
                  [frozenset(_MONTH.findall(s)) for s in sentences]):
        for i, a in enumerate(found):
            if not a:
                continue
            for j in range(i + 1, len(found)):
                if found[j] and not a & found[j]:
                    clash[i, j] = clash[j, i] = True
    return clash


def _cosines(vectors) -> np.ndarray:
    """All pairwise cosines of L2-normalised TF-IDF rows, as float32 (long stories make
    thousands of units; a float64 matrix per measure would quadruple the memory)."""
    vectors = vectors.astype(np.float32)
    return (vectors @ vectors.T).toarray()


def similarity_matrix(sentences: list[str]) -> np.ndarray:
    """Cosine similarity of TF-IDF vectors of stemmed content words, fitted on the story;
    0 for a number clash (see number_clash)."""
    try:
        vectors = TfidfVectorizer(analyzer=stems, sublinear_tf=True).fit_transform(sentences)
    except ValueError:  # only stop words: no sentence resembles another
        return np.eye(len(sentences), dtype=np.float32)
    sim = _cosines(vectors)
    sim[number_clash(sentences)] = 0.0
    return sim


def pair_features(units: list[tuple[str, Span]], texts: dict[str, str]):
    """The measures of PAIR_WEIGHTS for every pair of units, one unit × unit matrix at a
    time: (name, matrix)."""
    sentences = [span.text for _, span in units]
    yield "words", similarity_matrix(sentences)
    try:
        grams = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
        yield "characters", _cosines(grams.fit_transform(sentences))
    except ValueError:  # no letters at all
        yield "characters", np.eye(len(units), dtype=np.float32)
    place = np.array([span.start / max(1, len(texts[slug])) for slug, span in units],
                     dtype=np.float32)
    yield "position", np.abs(place[:, None] - place[None, :])


def unit_similarity(units: list[tuple[str, Span]], texts: dict[str, str]) -> np.ndarray:
    """How likely two units report the same fact (0 to 1), by the pair model; 0 for a
    number clash (see number_clash)."""
    score = np.full((len(units), len(units)), PAIR_BIAS, dtype=np.float32)
    for name, matrix in pair_features(units, texts):
        score += PAIR_WEIGHTS[name] * matrix
        del matrix
    np.negative(score, out=score)
    np.exp(score, out=score)
    score += 1.0
    np.reciprocal(score, out=score)
    score[number_clash([span.text for _, span in units])] = 0.0
    np.fill_diagonal(score, 1.0)
    return score


_CUT_TAIL = re.compile(r"(?:[,;]\s*(?:and|but|while|whereas|who|which|where)?|\s[—–])\s*$")


def label(text: str, span: Span) -> str:
    """A unit as a fact's label: a clause cut from a longer sentence is marked with an
    ellipsis where the sentence goes on ("…their removal comes amid other challenges",
    "Two hurricanes devastated the highlands…"), so it does not read as a whole sentence."""
    body = span.text.strip()
    head = text[:span.start].rstrip(" \t")  # a line break ends what came before
    if head and head[-1] not in ".!?”\"’'\n:":
        body = "…" + body
    cut = _CUT_TAIL.search(body)
    if cut:
        body = body[:cut.start()].rstrip() + "…"
    return body


def align(texts: dict[str, str]) -> StoryCoverage:
    """texts: article slug -> article text, in the story's order."""
    units = _units(texts)
    slugs = list(texts)
    if not units:
        return StoryCoverage((), {s: ArticleCoverage((), (), ()) for s in slugs})
    sim = unit_similarity(units, texts) if len(units) > 1 else np.ones((1, 1))
    owner = np.array([slugs.index(u[0]) for u in units])
    parent = list(range(len(units)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    best: dict[tuple[int, int], int] = {}
    for i in range(len(units)):
        for a in range(len(slugs)):
            if a == owner[i]:
                continue
            candidates = np.where(owner == a)[0]
            if len(candidates):
                j = candidates[np.argmax(sim[i, candidates])]
                best[(i, a)] = int(j)
    for (i, _), j in best.items():
        mutual = best.get((j, int(owner[i]))) == i
        if mutual and sim[i, j] >= MATCH_THRESHOLD:
            parent[find(i)] = find(j)

    groups: dict[int, list[int]] = {}
    for i in range(len(units)):
        groups.setdefault(find(i), []).append(i)
    # A sentence may carry several facts (a lede packs four): it also supports any other
    # group it matches closely enough, without leaving its own.
    own_members = {root: set(members) for root, members in groups.items()}
    for members in groups.values():
        own = set(members)
        for a in range(len(slugs)):
            if any(owner[i] == a for i in own):
                continue
            candidates = np.where(owner == a)[0]
            if not len(candidates):
                continue
            scores = sim[np.ix_(sorted(own), candidates)].max(axis=0)
            j = int(candidates[int(np.argmax(scores))])
            if scores.max() >= ATTACH_THRESHOLD:
                members.append(j)
    facts = []
    for root, members in groups.items():
        members.sort()
        # The label is one of the fact's own sentences, never one borrowed from another
        # fact (else two facts could carry the same label).
        centre = max(own_members[root], key=lambda i: sim[i, members].sum())
        carried = sorted({units[i][0] for i in members}, key=slugs.index)
        evidence = [Evidence(units[i][0], units[i][1].start, units[i][1].end)
                    for i in sorted(members, key=lambda i: (slugs.index(units[i][0]), i))]
        slug, span = units[centre]
        facts.append((len(carried), -min(members), label(texts[slug], span), carried, evidence))
    # Consensus first (most articles), then in the order the story first tells them.
    facts.sort(key=lambda f: (-f[0], -f[1]))
    story_facts = tuple(Fact(f"f{n:03d}", text, tuple(carried), tuple(evidence))
                        for n, (_, _, text, carried, evidence) in enumerate(facts, 1))
    return StoryCoverage(story_facts, classify(story_facts, slugs))


def consensus(facts: tuple[Fact, ...], slugs: list[str],
              source: dict[str, str] | None = None) -> tuple[str, ...]:
    """The facts most of the story's independent sources carry: more than half of them, and
    at least two (a rewrite and its original count as one source)."""
    source = source or {slug: slug for slug in slugs}
    sources = len(set(source[s] for s in slugs))
    return tuple(f.id for f in facts
                 if len({source[a] for a in f.articles}) >= max(2, sources // 2 + 1))


def classify(facts: tuple[Fact, ...], slugs: list[str],
             source: dict[str, str] | None = None) -> dict[str, ArticleCoverage]:
    """Included, omitted and unique facts per article. `source` maps an article to the
    reporting it rests on (a rewrite to its original), so one piece of reporting is not
    counted twice: a fact is omitted when at least two *other sources* carry it, and unique
    when no other source does."""
    source = source or {slug: slug for slug in slugs}
    agreed = consensus(facts, slugs, source)
    per_article = {}
    for slug in slugs:
        own = source[slug]
        included = tuple(f.id for f in facts if slug in f.articles)
        omitted = tuple(f.id for f in facts if slug not in f.articles
                        and len({source[a] for a in f.articles} - {own}) >= 2)
        unique = tuple(f.id for f in facts if slug in f.articles
                       and {source[a] for a in f.articles} == {own})
        per_article[slug] = ArticleCoverage(
            included, omitted, unique,
            consensus_carried=tuple(f for f in agreed if f in included),
            consensus_left_out=tuple(f for f in agreed if f not in included))
    return per_article
