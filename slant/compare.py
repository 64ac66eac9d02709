"""Story-level comparison: one name per voice, shared quotes, text similarity, rewrites.

- Voices: the same person named differently across articles ("Giammattei", "Giammettei",
  "Alejandro Giammattei") becomes one voice: surnames that match closely (rapidfuzz ratio
  >= SURNAME_MATCH) map to the fullest name any article gives.
- Shared quotes: two direct quotes from different articles are the same words when
  rapidfuzz's partial ratio of their normalised text reaches QUOTE_MATCH.
- Similarity: cosine of TF-IDF document vectors. An article is flagged as a rewrite of
  another when their similarity reaches REWRITE_SIMILARITY and most of its sentences
  (REWRITE_SENTENCE_SHARE) have a close counterpart there.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rapidfuzz import fuzz
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from .coverage import MIN_WORDS, sentence_vectors
from .quotes import SURNAME_MATCH, Quote
from .text import WORD, words
from .tone import body_sentences

QUOTE_MATCH = 88
QUOTE_MIN_WORDS = 4
REWRITE_SIMILARITY = 0.45
REWRITE_SENTENCE_SHARE = 0.6
# A sentence "has a counterpart" in another article at this word TF-IDF cosine: close
# paraphrase, well above the level at which two reports of one event share vocabulary.
COUNTERPART_SIMILARITY = 0.4


@dataclass(frozen=True)
class SharedQuote:
    text: str
    speaker: str | None
    articles: dict[str, tuple[int, int]]  # article slug -> span in that article


def canonical_speakers(quotes_by_article: dict[str, tuple[Quote, ...]],
                       people_named: tuple[str, ...] = ()) -> dict[str, str]:
    """Map every speaker name used in the story to one canonical name: the fullest form any
    article gives, whether or not that article quotes the person ("Biden" -> "Joe Biden")."""
    speakers = {q.speaker for qs in quotes_by_article.values() for q in qs if q.speaker}
    names = sorted(speakers | set(people_named), key=lambda n: (-len(n.split()), n))
    canonical: dict[str, str] = {}
    people = [n for n in names if n[:1].isupper()]
    for name in people:
        surname = name.split()[-1]
        for fuller in people:
            if fuller == name or len(fuller.split()) < len(name.split()):
                continue
            if fuzz.ratio(surname, fuller.split()[-1]) >= SURNAME_MATCH and (
                    len(name.split()) == 1 or name.split()[0] == fuller.split()[0]):
                canonical[name] = canonical.get(fuller, fuller)
                break
        canonical.setdefault(name, name)
    for name in names:
        canonical.setdefault(name, name)
    return canonical


def apply_speakers(quotes: tuple[Quote, ...], canonical: dict[str, str]) -> tuple[Quote, ...]:
    return tuple(replace(q, speaker=canonical.get(q.speaker, q.speaker)) if q.speaker else q
                 for q in quotes)


def _norm(text: str) -> str:
    return " ".join(w.lower().replace("’", "'") for w in words(text))


def shared_quotes(quotes_by_article: dict[str, tuple[Quote, ...]]) -> list[SharedQuote]:
    """Direct quotes that two or more articles carry, matched despite trims and edits."""
    items = [(slug, q) for slug, qs in quotes_by_article.items() for q in qs
             if q.kind in {"full", "partial"} and len(words(q.text)) >= QUOTE_MIN_WORDS]
    groups: list[list[tuple[str, Quote]]] = []
    for slug, quote in items:
        for group in groups:
            if any(s == slug for s, _ in group):
                continue
            if any(fuzz.partial_ratio(_norm(quote.text), _norm(q.text)) >= QUOTE_MATCH
                   for _, q in group):
                group.append((slug, quote))
                break
        else:
            groups.append([(slug, quote)])
    shared = []
    for group in groups:
        if len({s for s, _ in group}) < 2:
            continue
        longest = max(group, key=lambda item: len(item[1].text))[1]
        speaker = next((q.speaker for _, q in group if q.speaker), None)
        shared.append(SharedQuote(longest.text, speaker,
                                  {s: (q.start, q.end) for s, q in group}))
    return shared


def similarity(texts: dict[str, str]) -> dict[str, dict[str, float]]:
    slugs = list(texts)
    if len(slugs) < 2:
        return {s: {s: 1.0} for s in slugs}
    try:
        vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(
            [texts[s] for s in slugs])
    except ValueError:  # no content words at all (articles of punctuation or stop words)
        return {a: {b: float(a == b) for b in slugs} for a in slugs}
    matrix = cosine_similarity(vectors)
    return {a: {b: float(round(matrix[i, j], 4)) for j, b in enumerate(slugs)}
            for i, a in enumerate(slugs)}


def sentence_overlap(texts: dict[str, str]) -> dict[str, dict[str, float]]:
    """Share of each article's sentences that have a close counterpart in the other article."""
    units = {s: [sp.text for sp in body_sentences(t) if len(words(sp.text)) >= MIN_WORDS]
             for s, t in texts.items()}
    flat = [(s, t) for s, ts in units.items() for t in ts]
    if len(flat) < 2:
        return {a: {b: 0.0 for b in texts} for a in texts}
    try:
        sim = cosine_similarity(sentence_vectors([t for _, t in flat]))
    except ValueError:  # no content words: nothing can be a counterpart
        return {a: {b: float(a == b) for b in texts} for a in texts}
    index: dict[str, list[int]] = {}
    for i, (slug, _) in enumerate(flat):
        index.setdefault(slug, []).append(i)
    overlap: dict[str, dict[str, float]] = {}
    for a in texts:
        overlap[a] = {}
        for b in texts:
            rows, cols = index.get(a, []), index.get(b, [])
            if a == b or not rows or not cols:
                overlap[a][b] = 1.0 if a == b else 0.0
                continue
            matched = sum(1 for i in rows if sim[i, cols].max() >= COUNTERPART_SIMILARITY)
            overlap[a][b] = round(matched / len(rows), 4)
    return overlap


def rewrites(similar: dict[str, dict[str, float]],
             overlap: dict[str, dict[str, float]]) -> dict[str, str | None]:
    """slug -> the article it rewrites (or None). The one with more of its sentences found in
    the other is the rewrite; ties go to the later article in the story's order."""
    slugs = list(similar)
    result: dict[str, str | None] = {s: None for s in slugs}
    for a in slugs:
        candidates = [(overlap[a][b], similar[a][b], b) for b in slugs if b != a
                      and similar[a][b] >= REWRITE_SIMILARITY
                      and overlap[a][b] >= REWRITE_SENTENCE_SHARE
                      and (overlap[a][b] > overlap[b][a]
                           or (overlap[a][b] == overlap[b][a] and slugs.index(a) > slugs.index(b)))]
        if candidates:
            result[a] = max(candidates)[2]
    return result



SHINGLE_WORDS = 8  # word-for-word runs shorter than this are common phrasing, not copy
PASSAGE_MIN_WORDS = 12


@dataclass(frozen=True)
class SharedPassage:
    """Words two articles share verbatim, outside quotation marks: wire copy or reuse."""

    words: int
    articles: dict[str, tuple[int, int]]  # article slug -> span


def _word_spans(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().lower().replace("’", "'"), m.start(), m.end())
            for m in WORD.finditer(text)]


def shared_passages(texts: dict[str, str],
                    quoted: dict[str, list[tuple[int, int]]]) -> list[SharedPassage]:
    """Runs of at least PASSAGE_MIN_WORDS words that two articles share word for word,
    leaving out runs that lie inside direct quotations (quoting the same person is not
    copying another outlet)."""
    tokens = {slug: _word_spans(text) for slug, text in texts.items()}
    index: dict[tuple[str, ...], list[tuple[str, int]]] = {}
    for slug, words_ in tokens.items():
        for i in range(len(words_) - SHINGLE_WORDS + 1):
            key = tuple(w for w, _, _ in words_[i:i + SHINGLE_WORDS])
            index.setdefault(key, []).append((slug, i))
    pairs: dict[tuple[str, str], set[tuple[int, int]]] = {}
    for hits in index.values():
        for n, (a, i) in enumerate(hits):
            for b, j in hits[n + 1:]:
                if a != b:
                    pairs.setdefault((a, b), set()).add((i, j))
    passages = []
    for (a, b), starts in pairs.items():
        words_a, words_b = tokens[a], tokens[b]
        for i, j, length in _runs(sorted(starts)):
            # Cut the run where either article is quoting someone.
            free = [k for k in range(length)
                    if not _in_quote(words_a[i + k], quoted.get(a, []))
                    and not _in_quote(words_b[j + k], quoted.get(b, []))]
            for first, last in _stretches(free):
                if last - first + 1 >= PASSAGE_MIN_WORDS:
                    passages.append(SharedPassage(last - first + 1, {
                        a: (words_a[i + first][1], words_a[i + last][2]),
                        b: (words_b[j + first][1], words_b[j + last][2])}))
    return sorted(passages, key=lambda p: (-p.words, sorted(p.articles)))


def _in_quote(word: tuple[str, int, int], quoted: list[tuple[int, int]]) -> bool:
    return any(s <= word[1] and word[2] <= e for s, e in quoted)


def _stretches(indices: list[int]) -> list[tuple[int, int]]:
    """[0, 1, 2, 5, 6] -> [(0, 2), (5, 6)]"""
    stretches: list[tuple[int, int]] = []
    for k in indices:
        if stretches and stretches[-1][1] == k - 1:
            stretches[-1] = (stretches[-1][0], k)
        else:
            stretches.append((k, k))
    return stretches


def _runs(starts: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """Consecutive shingle matches (i, j), (i+1, j+1), … joined into (i, j, words)."""
    matches = set(starts)
    runs = []
    for i, j in starts:
        if (i - 1, j - 1) in matches:
            continue  # inside a run already counted from its start
        k = 0
        while (i + k, j + k) in matches:
            k += 1
        runs.append((i, j, k + SHINGLE_WORDS - 1))
    return runs
