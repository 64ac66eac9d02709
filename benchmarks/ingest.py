#!/usr/bin/env python3
"""How often the importer removes real article text, and how well it finds the headline.

Every corpus body is article text, so a paste made of the title (line 1), a blank line and
the body should come back unchanged: any body line the importer removes is a likely false
removal (some bodies do carry furniture of their own: "Advertisement", photo credits, "The
Associated Press contributed to this report."; read the sample to tell them apart). Prints
the share of articles that lost a body line, the commonest reasons, a sample of removed lines,
the title-detection accuracy, how often a title is taken from a body pasted without one (the
importer must not invent headlines; some bodies do open with theirs) and the median time per
article.

Run from anywhere:  python benchmarks/ingest.py [--runs 3] [--limit N] [--corpus PATH]

Printed lines are corpus text: read them, never commit them.
"""

from __future__ import annotations

import argparse
import json
import lzma
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from slant.errors import ContentError  # noqa: E402
from slant.ingest import ImportedArticle, Removal, import_text  # noqa: E402
from slant.text import normalise  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "articles.jsonl.xz"
SAMPLE_SIZE = 20


def load_corpus(path: Path, limit: int | None) -> list[dict]:
    with lzma.open(path, "rt", encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    return rows[:limit] if limit else rows


def paste_of(row: dict) -> str:
    """The title as line 1, then the clean body: a paste whose every body line is article text."""
    return f"{row['title'].strip()}\n\n{row['body']}"


def import_one(row: dict) -> tuple[ImportedArticle | None, float]:
    started = time.perf_counter()
    try:
        article = import_text(paste_of(row), row["id"])
    except ContentError:
        article = None
    return article, time.perf_counter() - started


def body_removals(article: ImportedArticle | None, row: dict) -> list[Removal]:
    """Removals below the title line: every one of them took away article text."""
    if article is None:
        return [Removal(0, row["body"][:200], "whole body (nothing left)")]
    title_lines = len(row["title"].strip().splitlines())
    return [removal for removal in article.removed if removal.line > title_lines]


def title_found(article: ImportedArticle | None, row: dict) -> bool:
    return article is not None and article.title == normalise(row["title"]).strip()


def title_from_bare_body(row: dict) -> bool:
    """Whether the importer takes a headline from the body alone (the title left out)."""
    try:
        return import_text(row["body"], row["id"]).title is not None
    except ContentError:
        return False


def report(rows: list[dict], runs: int) -> None:
    per_run_ms: list[float] = []
    articles: list[ImportedArticle | None] = []
    for _ in range(runs):
        timings = []
        articles = []
        for row in rows:
            article, seconds = import_one(row)
            articles.append(article)
            timings.append(seconds * 1000)
        per_run_ms.append(statistics.median(timings))

    removals = {row["id"]: body_removals(a, row) for row, a in zip(rows, articles, strict=True)}
    touched = [row for row in rows if removals[row["id"]]]
    reasons = Counter(r.reason for found in removals.values() for r in found)
    titles = sum(title_found(a, row) for row, a in zip(rows, articles, strict=True))
    no_title = sum(a is not None and a.title is None for a in articles)
    wrong_title = len(rows) - titles - no_title

    print(f"articles: {len(rows)} from {len(Counter(r['outlet'] for r in rows))} outlets")
    print(f"articles with a body line removed (likely false removals): {len(touched)} "
          f"({100 * len(touched) / len(rows):.2f}%), "
          f"{sum(len(found) for found in removals.values())} lines in all")
    print("commonest removal reasons:")
    for reason, count in reasons.most_common(10):
        print(f"  {count:6d}  {reason}")
    print(f"title found and equal to the title field: {titles} ({100 * titles / len(rows):.2f}%);"
          f" no title: {no_title}; a different title: {wrong_title}")
    from_body = sum(title_from_bare_body(row) for row in rows)
    print(f"title taken from a body pasted without its title: {from_body} "
          f"({100 * from_body / len(rows):.2f}%)")
    print(f"median time per article: {statistics.median(per_run_ms):.3f} ms "
          f"(per run: {', '.join(f'{ms:.3f}' for ms in per_run_ms)})")

    print(f"sample of {SAMPLE_SIZE} removed lines (corpus text: do not commit):")
    removed = [(row_id, r) for row_id, found in removals.items() for r in found]
    for row_id, removal in random.Random(7).sample(removed, min(SAMPLE_SIZE, len(removed))):
        print(f"  [{row_id}] {removal.reason}: {removal.text[:110]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--runs", type=int, default=3, help="timing runs (default 3)")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}; pass --corpus PATH", file=sys.stderr)
        return 1
    report(load_corpus(args.corpus, args.limit), args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
