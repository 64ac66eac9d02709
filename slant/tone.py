"""Tone: VADER compound scores for the headline, the lede, every sentence and the body.

VADER's compound score runs from -1 (most negative) to +1 (most positive); within ±0.05
it counts as neutral. A long text's compound drifts toward ±1, so the body is scored
sentence by sentence and averaged, never as one block.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from statistics import fmean

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from .text import Span, is_heading, paragraphs, sentences

NEUTRAL_BAND = 0.05


@lru_cache(maxsize=1)
def analyzer() -> SentimentIntensityAnalyzer:
    """One analyser per process: it loads its lexicon once."""
    return SentimentIntensityAnalyzer()


def compound(text: str) -> float:
    return float(analyzer().polarity_scores(text)["compound"])


def label(score: float | None) -> str:
    if score is None:
        return "no headline"
    if score >= NEUTRAL_BAND:
        return "positive"
    if score <= -NEUTRAL_BAND:
        return "negative"
    return "neutral"


@dataclass(frozen=True, slots=True)
class ScoredSpan:
    start: int
    end: int
    score: float


@dataclass(frozen=True)
class ToneResult:
    headline: float | None
    lede: float
    lede_span: tuple[int, int]
    body: float
    sentences: tuple[ScoredSpan, ...]

    @property
    def headline_body_gap(self) -> float | None:
        return None if self.headline is None else self.headline - self.body

    @property
    def most_negative(self) -> ScoredSpan:
        return min(self.sentences, key=lambda s: s.score)


def body_sentences(text: str) -> list[Span]:
    """Sentences of the body, without sub-headings (they are labels, not reporting)."""
    return [s for s in sentences(text) if not is_heading(s)] or sentences(text)


def analyse_tone(title: str | None, text: str) -> ToneResult:
    spans = body_sentences(text)
    scored = tuple(ScoredSpan(s.start, s.end, compound(s.text)) for s in spans)
    lede_para = next((p for p in paragraphs(text) if not is_heading(p)), paragraphs(text)[0])
    lede_scores = [s.score for s in scored if lede_para.start <= s.start < lede_para.end]
    return ToneResult(
        headline=compound(title) if title is not None else None,
        lede=fmean(lede_scores) if lede_scores else 0.0,
        lede_span=(lede_para.start, lede_para.end),
        body=fmean(s.score for s in scored) if scored else 0.0,
        sentences=scored,
    )


def mean_tone(texts: list[str]) -> float | None:
    """Mean compound of several short texts (quotes, or sentences with quotes cut out)."""
    texts = [t for t in texts if t.strip()]
    return fmean(compound(t) for t in texts) if texts else None
