"""Print random quotes from corpus articles that no gold file uses, with their context, for a
person to read: the quotes Slant left without a speaker (default), or those it gave one.

    python benchmarks/sample_quotes.py [--seed N] [--count N] [--attributed]

Reading what the extractor leaves unattributed in articles nobody annotated finds the frames
that recur across outlets; it is how most of session 5's speaker rules were found, and it
keeps the blind gold sets blind. Not a score: nothing here is checked against an answer.
Skips cleanly when ../shared/corpus/ is absent.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from goldtext import CORPUS, all_corpus_records  # noqa: E402

from slant.quotes import analyse_quotes  # noqa: E402
from slant.text import normalise  # noqa: E402


def gold_ids() -> set[str]:
    """Every article id a gold file names (quote sets and coverage stories)."""
    ids = set()
    for path in (ROOT / "benchmarks" / "gold").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        ids |= {a.get("id") for a in data.get("articles", [])}
        ids |= {a.get("key") for s in data.get("stories", []) for a in s["articles"]}
    return ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=25)
    parser.add_argument("--attributed", action="store_true",
                        help="quotes given a speaker (to check precision) instead")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: corpus not found at {CORPUS}")
        return
    records = all_corpus_records()
    used = gold_ids()
    rng = random.Random(args.seed)
    rng.shuffle(records)
    shown = 0
    for record in records:
        if record["id"] in used or "Opinion" in record["outlet"]:
            continue
        text = normalise(record["body"])
        quotes = [q for q in analyse_quotes(text).quotes if q.kind in ("full", "partial")
                  and (q.speaker is not None) == args.attributed
                  and (args.attributed or q.role is None)]
        if not quotes:
            continue
        q = rng.choice(quotes)
        # the quote itself between ⟦ ⟧, so that a reader sees which of several it is
        context = (text[max(0, q.start - 300):q.start] + "⟦" + text[q.start:q.end] + "⟧"
                   + text[q.end:q.end + 120]).replace("\n", " ¶ ")
        print(f"===== {record['id']} {record['outlet']} | {q.kind}, speaker {q.speaker}, "
              f"role {q.role}, verb {q.verb}\n{context}\n")
        shown += 1
        if shown >= args.count:
            break


if __name__ == "__main__":
    main()
