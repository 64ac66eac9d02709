"""Fact alignment accuracy against hand-checked gold (benchmarks/gold/coverage.json).

    python benchmarks/coverage.py [--details]

For each gold story (the seed story, and a corpus story read from ../shared/corpus/ when
it is there) the articles are aligned by slant.coverage.align exactly as the site does.
Predicted facts are matched one-to-one to gold facts (largest evidence overlap first: the
number of articles in which a predicted sentence overlaps a gold evidence span). Then:
- inclusion pairs: the (fact, article) pairs of predicted facts, under their matched gold
  fact (an unmatched predicted fact is its own, wrong fact), against the gold pairs;
  precision, recall, F1. Splitting one gold fact into several predicted facts costs
  precision, merging several costs recall.
- rewrite flags: predicted (article, article) rewrite pairs against the gold pairs.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from slant.compare import rewrites, sentence_overlap, similarity  # noqa: E402
from slant.content import load_site_content  # noqa: E402
from slant.coverage import align  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from goldtext import CORPUS, corpus_records, imported_text, relocate  # noqa: E402

GOLD_DIR = ROOT / "benchmarks" / "gold"
GOLD_SETS = {
    "main": ["coverage.json"],  # the seed story and one corpus story: thresholds chosen here
    "heldout": ["coverage_heldout.json"],  # annotated blind to the aligner; never tuned on
}
GOLD_SETS["all"] = GOLD_SETS["main"] + GOLD_SETS["heldout"]


def prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load_story(story: dict, seeds: dict[str, str], records: dict[str, dict]):
    """article key -> (analysed text, raw text); None when its text is not available."""
    texts = {}
    for article in story["articles"]:
        key = article["key"]
        if article["source"] == "seed":
            raw = (ROOT / "seeds" / key).read_text(encoding="utf-8")
            texts[key] = (seeds[key], raw)
        elif key in records:
            texts[key] = (imported_text(records[key]), records[key]["body"])
        else:
            return None
    return texts


def gold_spans(story: dict, texts: dict) -> dict[str, dict[str, list[tuple[int, int]]]]:
    """fact id -> article key -> spans in the analysed text (headline-only evidence keeps the
    article as carrying the fact, with no span)."""
    facts = {}
    for fact in story["facts"]:
        per_article = {}
        for key, spans in fact["evidence"].items():
            text, raw = texts[key]
            located = [relocate(raw, s["start"], s["end"], text) for s in spans]
            per_article[key] = [span for span in located if span]
        facts[fact["id"]] = per_article
    return facts


def score_story(story: dict, texts: dict, details: bool) -> dict:
    keys = [a["key"] for a in story["articles"]]
    analysed = {key: texts[key][0] for key in keys}
    coverage = align(analysed)
    gold = gold_spans(story, texts)
    overlap = []
    for fact in coverage.facts:
        for gid, per_article in gold.items():
            hits = sum(1 for key in fact.articles
                       if any(e.article == key and s < e.end and e.start < t
                              for e in fact.evidence for s, t in per_article.get(key, [])))
            if hits:
                overlap.append((hits, fact.id, gid))
    matched: dict[str, str] = {}
    used = set()
    for _, fid, gid in sorted(overlap, key=lambda x: (-x[0], x[1], x[2])):
        if fid not in matched and gid not in used:
            matched[fid] = gid
            used.add(gid)
    predicted = {(matched.get(f.id, f"pred:{f.id}"), key) for f in coverage.facts
                 for key in f.articles}
    gold_pairs = {(gid, key) for gid, per_article in gold.items() for key in per_article}
    hits = len(predicted & gold_pairs)
    sim = similarity(analysed)
    flags = rewrites(sim, sentence_overlap(analysed))
    predicted_rewrites = {frozenset((a, b)) for a, b in flags.items() if b}
    gold_rewrites = {frozenset(pair) for pair in story["rewrites"]}
    if details:
        labels = {f["id"]: f["label"] for f in story["facts"]}
        for gid in gold:
            carried = {key for g, key in gold_pairs if g == gid}
            found = {key for g, key in predicted if g == gid}
            if carried != found:
                print(f"   {gid}: gold {sorted(k[:6] for k in carried)} "
                      f"predicted {sorted(k[:6] for k in found)}  ({labels[gid][:60]})")
    return {"facts": len(coverage.facts), "gold_facts": len(gold), "hits": hits,
            "predicted": len(predicted), "gold": len(gold_pairs),
            "rewrite_hits": len(predicted_rewrites & gold_rewrites),
            "rewrite_predicted": len(predicted_rewrites), "rewrite_gold": len(gold_rewrites)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--details", action="store_true", help="list every fact that differs")
    parser.add_argument("--gold", choices=sorted(GOLD_SETS), default="all",
                        help="main: the stories the thresholds were chosen on; heldout: a story "
                             "annotated afterwards and never tuned on (default: all)")
    args = parser.parse_args()
    stories = [story for name in GOLD_SETS[args.gold]
               for story in json.loads((GOLD_DIR / name).read_text(encoding="utf-8"))["stories"]]
    gold = {"stories": stories}
    content = load_site_content(ROOT / "content")
    seeds = {a.source: a.text for s in content.stories for a in s.articles if a.source}
    wanted = {a["key"] for s in gold["stories"] for a in s["articles"] if a["source"] == "corpus"}
    records = corpus_records(wanted)
    for story in gold["stories"]:
        texts = load_story(story, seeds, records)
        if texts is None:
            print(f"{story['name']}: skipped, corpus not found at {CORPUS}")
            continue
        started = time.perf_counter()
        result = score_story(story, texts, args.details)
        elapsed = time.perf_counter() - started
        p, r, f = prf(result["hits"], result["predicted"], result["gold"])
        rp, rr, rf = prf(result["rewrite_hits"], result["rewrite_predicted"],
                         result["rewrite_gold"])
        print(f"{story['name']}: {len(texts)} articles, {result['gold_facts']} gold facts, "
              f"{result['facts']} predicted facts ({elapsed:.2f}s)")
        print(f"  inclusion pairs: P {p:.3f}  R {r:.3f}  F1 {f:.3f}  "
              f"({result['hits']} of {result['predicted']} predicted, {result['gold']} gold)")
        if result["rewrite_predicted"] == result["rewrite_gold"] == 0:
            print("  rewrite flags:   none in gold, none predicted (correct)")
        else:
            print(f"  rewrite flags:   P {rp:.3f}  R {rr:.3f}  F1 {rf:.3f}  "
                  f"({result['rewrite_predicted']} predicted, {result['rewrite_gold']} gold)")


if __name__ == "__main__":
    main()
