"""What Slant measured: per article, then per story. Plain functions over content objects.

`Article` (content.py) is what the editor wrote; `ArticleAnalysis` is what Slant measured.
They stay separate, frozen objects; templates get both.
"""

from __future__ import annotations

from dataclasses import dataclass

from .compare import (
    SharedPassage,
    SharedQuote,
    apply_speakers,
    canonical_speakers,
    rewrites,
    sentence_overlap,
    shared_passages,
    shared_quotes,
    similarity,
)
from .content import Article, Story
from .coverage import ArticleCoverage, Fact, align, classify
from .quotes import QuoteAnalysis, analyse_quotes
from .quotes import voices as voices_of
from .text import words
from .tone import ToneResult, analyse_tone, mean_tone


@dataclass(frozen=True)
class ArticleAnalysis:
    article: Article
    tone: ToneResult
    quotes: QuoteAnalysis
    author_tone: float | None  # the article's own words: sentences with quotations cut out
    quoted_tone: float | None  # inside direct quotations
    word_count: int


@dataclass(frozen=True)
class StoryAnalysis:
    story: Story
    articles: tuple[ArticleAnalysis, ...]
    facts: tuple[Fact, ...]
    coverage: dict[str, ArticleCoverage]
    shared_quotes: tuple[SharedQuote, ...]
    similarity: dict[str, dict[str, float]]
    sentence_overlap: dict[str, dict[str, float]]
    rewrite_of: dict[str, str | None]
    shared_passages: tuple[SharedPassage, ...] = ()

    @property
    def consensus(self) -> tuple[str, ...]:
        """Ids of the facts most independent sources carry, in fact order."""
        agreed = {f for c in self.coverage.values()
                  for f in c.consensus_carried + c.consensus_left_out}
        return tuple(f.id for f in self.facts if f.id in agreed)

    @property
    def independent_sources(self) -> int:
        """Articles that are not rewrites of another in the story."""
        return len({_original(a.article.slug, self.rewrite_of) for a in self.articles})

    def by_slug(self, slug: str) -> ArticleAnalysis:
        return next(a for a in self.articles if a.article.slug == slug)

    def passages_by_pair(self) -> list[tuple[str, str, int, int]]:
        """(article, article, passages, words) for each pair sharing word-for-word text."""
        pairs: dict[tuple[str, str], list[int]] = {}
        order = [a.article.slug for a in self.articles]
        for passage in self.shared_passages:
            a, b = sorted(passage.articles, key=order.index)
            pairs.setdefault((a, b), []).append(passage.words)
        return [(a, b, len(n), sum(n)) for (a, b), n in pairs.items()]

    def copied_share(self, slug: str) -> float:
        """Share of the article's text (in characters) in passages another article has
        word for word."""
        spans = sorted(p.articles[slug] for p in self.shared_passages if slug in p.articles)
        covered, reach = 0, 0
        for start, end in spans:
            covered += max(0, end - max(start, reach))
            reach = max(reach, end)
        text = self.by_slug(slug).article.text
        return covered / len(text) if text else 0.0

    @property
    def voices(self) -> dict[str, dict[str, int]]:
        """speaker -> article slug -> words quoted, for every voice any article quotes;
        speakers in order of total words."""
        table: dict[str, dict[str, int]] = {}
        for a in self.articles:
            for v in a.quotes.voices:
                table.setdefault(v.speaker, {})[a.article.slug] = v.words
        return dict(sorted(table.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])))

    def voices_left_out(self, slug: str) -> list[tuple[str, list[str]]]:
        """Voices other articles quote that this one does not: (speaker, [who quotes them])."""
        return [(speaker, list(by)) for speaker, by in self.voices.items() if slug not in by]

    def shared_with(self, slug: str, start: int) -> list[str]:
        """The other articles that carry the quote starting at `start` in `slug`."""
        for shared in self.shared_quotes:
            if shared.articles.get(slug, (None,))[0] == start:
                return [s for s in shared.articles if s != slug]
        return []

    def quotes_only_here(self, slug: str) -> list:
        """Direct quotes this article alone carries."""
        return [q for q in self.by_slug(slug).quotes.direct if not self.shared_with(slug, q.start)]


def _outside_quotes(text: str, tone: ToneResult, quotes: QuoteAnalysis) -> list[str]:
    direct = [(q.start, q.end) for q in quotes.direct]
    pieces = []
    for sentence in tone.sentences:
        kept, pos = [], sentence.start
        for start, end in direct:
            if end <= sentence.start or start >= sentence.end:
                continue
            kept.append(text[pos:max(pos, start)])
            pos = max(pos, end)
        kept.append(text[pos:sentence.end] if pos < sentence.end else "")
        pieces.append(" ".join(k.strip("“”\"‘’' ,") for k in kept))
    return pieces


def analyse_article(article: Article) -> ArticleAnalysis:
    tone = analyse_tone(article.title, article.text)
    quotes = analyse_quotes(article.text, article.title)
    return ArticleAnalysis(
        article=article,
        tone=tone,
        quotes=quotes,
        author_tone=mean_tone(_outside_quotes(article.text, tone, quotes)),
        quoted_tone=mean_tone([q.text for q in quotes.direct if q.kind != "scare"]),
        word_count=len(words(article.text)),
    )


def _original(slug: str, rewrite_of: dict[str, str | None]) -> str:
    """Follow a chain of rewrites (A rewrites B rewrites C) to the article it rests on."""
    seen = {slug}
    while rewrite_of.get(slug) and rewrite_of[slug] not in seen:
        slug = rewrite_of[slug]
        seen.add(slug)
    return min(seen) if rewrite_of.get(slug) in seen else slug  # a cycle: one stable name


def analyse_story(story: Story, analyses: list[ArticleAnalysis]) -> StoryAnalysis:
    texts = {a.article.slug: a.article.text for a in analyses}
    names = canonical_speakers({a.article.slug: a.quotes.quotes for a in analyses},
                               tuple(n for a in analyses for n in a.quotes.people))
    unified = []
    for a in analyses:
        quotes = apply_speakers(a.quotes.quotes, names)
        merged = QuoteAnalysis(quotes, voices_of(a.article.text, list(quotes)),
                               a.quotes.quoted_share, apply_speakers(a.quotes.headline, names),
                               a.quotes.people)
        unified.append(ArticleAnalysis(a.article, a.tone, merged, a.author_tone, a.quoted_tone,
                                       a.word_count))
    coverage = align(texts)
    similar = similarity(texts)
    overlap = sentence_overlap(texts)
    rewrite_of = rewrites(similar, overlap)
    # A rewrite and its original are one piece of reporting when counting who carries what.
    source = {slug: _original(slug, rewrite_of) for slug in texts}
    return StoryAnalysis(
        story=story,
        articles=tuple(unified),
        facts=coverage.facts,
        coverage=classify(coverage.facts, list(texts), source),
        shared_quotes=tuple(shared_quotes({a.article.slug: a.quotes.quotes for a in unified})),
        similarity=similar,
        sentence_overlap=overlap,
        rewrite_of=rewrite_of,
        shared_passages=tuple(shared_passages(texts, {
            a.article.slug: [(q.start, q.end) for q in a.quotes.direct] for a in unified})),
    )
