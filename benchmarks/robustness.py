"""Run the quote analysis on every corpus article and the fact alignment on every corpus
story, and report any exception and the slowest cases.

    python benchmarks/robustness.py [--limit N] [--skip-stories]

Rules written from a few articles can break on the thousands of others: this sweep is how
such a crash is found before a user finds it (one real article, "CNN and ABC and Fox News
…", once broke the body-name finder). Exits non-zero when anything raised. Skips cleanly
when ../shared/corpus/ is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from goldtext import CORPUS, all_corpus_records, imported_text  # noqa: E402

from slant.coverage import align  # noqa: E402
from slant.quotes import analyse_quotes  # noqa: E402
from slant.text import normalise  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--skip-stories", action="store_true", help="quotes only")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: corpus not found at {CORPUS}")
        return 0
    records = all_corpus_records()
    if args.limit:
        records = records[:args.limit]
    failures, times, direct, named = [], [], 0, 0
    for record in records:
        started = time.perf_counter()
        try:
            quotes = analyse_quotes(normalise(record["body"]), record.get("title")).quotes
        except Exception:  # noqa: BLE001 - the point is to catch anything
            failures.append((record["id"], traceback.format_exc(limit=3)))
            continue
        times.append((time.perf_counter() - started, record["id"]))
        spoken = [q for q in quotes if q.kind in ("full", "partial")]
        direct += len(spoken)
        named += sum(q.speaker is not None for q in spoken)
    times.sort()
    print(f"quotes: {len(records)} articles, {len(failures)} raised; median "
          f"{times[len(times) // 2][0] * 1000:.0f} ms, slowest {times[-1][0]:.2f} s "
          f"({times[-1][1]}); {named / max(1, direct):.1%} of {direct} direct quotes name "
          "a speaker")
    if not args.skip_stories:
        by_id = {r["id"]: r for r in records}
        with open(CORPUS.parent / "stories.jsonl", encoding="utf-8") as lines:
            stories = [json.loads(line) for line in lines]
        slowest, count = (0.0, ""), 0
        for story in stories:
            ids = [i for i in story["article_ids"] if i in by_id]
            if len(ids) < 2:
                continue
            started = time.perf_counter()
            try:
                align({i: imported_text(by_id[i]) for i in ids})
            except Exception:  # noqa: BLE001
                failures.append((story["story"], traceback.format_exc(limit=3)))
                continue
            count += 1
            slowest = max(slowest, (time.perf_counter() - started, story["story"]))
        print(f"coverage: {count} stories aligned, slowest {slowest[0]:.2f} s ({slowest[1]})")
    for key, trace in failures[:10]:
        print(f"\n{key} raised:\n{trace}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
