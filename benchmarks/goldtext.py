"""Shared by the accuracy benchmarks: where the corpus is, and moving gold offsets (into a
raw seed or corpus body) onto the text Slant analyses."""

from __future__ import annotations

import json
import lzma
from pathlib import Path

from slant.ingest import import_text
from slant.text import normalise

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "articles.jsonl.xz"


def relocate(raw: str, start: int, end: int, text: str) -> tuple[int, int] | None:
    """The gold span raw[start:end], found at the same occurrence in the analysed text
    (normalised, page furniture removed); None when it is not there."""
    snippet = normalise(raw[start:end])
    if not snippet:
        return None
    occurrence = normalise(raw[:start]).count(snippet)
    position = -1
    for _ in range(occurrence + 1):
        position = text.find(snippet, position + 1)
        if position < 0:
            return None
    return position, position + len(snippet)


def all_corpus_records() -> list[dict]:
    """Every corpus record, in file order; empty when the corpus is absent."""
    if not CORPUS.exists():
        return []
    with lzma.open(CORPUS, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def corpus_records(ids: set[str]) -> dict[str, dict]:
    """Article id -> corpus record, for the ids asked for; empty when the corpus is absent."""
    return {record["id"]: record for record in all_corpus_records() if record["id"] in ids}


def corpus_bodies(ids: set[str]) -> dict[str, str]:
    """Article id -> body, for the ids asked for; empty when the corpus is absent."""
    return {key: record["body"] for key, record in corpus_records(ids).items()}


def imported_text(record: dict) -> str:
    """The article text Slant analyses when a user imports this corpus article: its title
    line and body through the importer, which drops page furniture ("More:" links,
    contributor lines), as `build.py import` does."""
    raw = f"{record.get('title') or ''}\n\n{record['body']}"
    return normalise(import_text(raw, record["id"]).body)
