"""Quote extraction accuracy against hand-checked gold (benchmarks/gold/quotes.json).

    python benchmarks/quotes.py [--details]
        [--gold tuned|dev|dev2|dev3|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|blind|all]

Scores, over the five seed articles and the corpus articles in the gold file:
- spans with quotation marks (full, partial, scare): precision, recall and F1, exact
  (same start and end) and overlap (one-to-one matching of overlapping spans);
- speaker accuracy (the same person: titles aside, the same name) and verb accuracy (as
  written, case aside) over the overlap-matched spoken quotes (full, partial);
- kind accuracy, and indirect (reported) speech separately: overlap F1 and speaker accuracy.
Seed articles are analysed as the site analyses them (the imported text in content/); gold
offsets into the raw seed are moved onto that text by finding the same words. Corpus
articles are read from ../shared/corpus/ and skipped when it is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from slant.content import load_site_content  # noqa: E402
from slant.quotes import Quote, analyse_quotes, lexicon  # noqa: E402
from slant.text import normalise  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from goldtext import CORPUS, corpus_bodies, relocate  # noqa: E402

GOLD_DIR = ROOT / "benchmarks" / "gold"
# tuned, dev, dev2 and dev3: articles the rules are developed on. heldout and heldout2 were
# held out until session 3 of the project, then tuned on too (their names stay, for history).
# heldout3 to heldout6: annotated blind and never tuned on — the honest measure
# (keep it that way: add a new held-out file rather than tune on these).
GOLD = {"tuned": [GOLD_DIR / "quotes.json"],
        "dev": [GOLD_DIR / "quotes_dev.json"],
        "dev2": [GOLD_DIR / "quotes_dev2.json"],
        "dev3": [GOLD_DIR / "quotes_dev3.json"],
        "heldout": [GOLD_DIR / "quotes_heldout.json"],
        "heldout2": [GOLD_DIR / "quotes_heldout2.json"],
        "heldout3": [GOLD_DIR / "quotes_heldout3.json"],
        "heldout4": [GOLD_DIR / "quotes_heldout4.json"],
        "heldout5": [GOLD_DIR / "quotes_heldout5.json"],
        "heldout6": [GOLD_DIR / "quotes_heldout6.json"]}
GOLD = {name: [p for p in paths if p.exists()] for name, paths in GOLD.items()}
GOLD["all"] = [p for paths in GOLD.values() for p in paths]
# the honest measure of unseen text
GOLD["blind"] = GOLD["heldout3"] + GOLD["heldout4"] + GOLD["heldout5"] + GOLD["heldout6"]
MARKED = {"full", "partial", "scare"}
SPOKEN = {"full", "partial"}


@dataclass
class GoldQuote:
    start: int
    end: int
    kind: str
    speaker: str | None
    verb: str | None


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    exact: int = 0
    overlap: int = 0
    speaker_total: int = 0
    speaker_right: int = 0
    verb_total: int = 0
    verb_right: int = 0
    kind_right: int = 0
    indirect_gold: int = 0
    indirect_predicted: int = 0
    indirect_overlap: int = 0
    indirect_speaker_right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def indirect_f1(self) -> float:
        return prf(self.indirect_overlap, self.indirect_predicted, self.indirect_gold)[2]

    def add(self, other: Tally) -> None:
        for name in vars(self):
            if name == "misses":
                self.misses += other.misses
            else:
                setattr(self, name, getattr(self, name) + getattr(other, name))


def prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = hits / predicted if predicted else 0.0
    recall = hits / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def same_name(gold: str | None, predicted: str | None) -> bool:
    """The same speaker, whatever titles either name carries ("Pope Benedict XVI" and
    "Benedict XVI", "Cardinal Tarcisio Bertone" and "Tarcisio Bertone"), with or without
    "the" ("The Hill" and "Hill") or a middle initial ("Donald J. Trump")."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    titles = lexicon()["titles"]

    def bare(name: str) -> list[str]:
        name = name.casefold().replace(".", "").replace("’", "'")
        kept = [w for w in name.split() if w not in titles and w != "the"]
        # a middle initial does not make another person ("Donald J. Trump")
        return [w for i, w in enumerate(kept) if not (len(w) == 1 and 0 < i < len(kept) - 1)]

    return bare(gold) == bare(predicted)


def match(gold: list[GoldQuote], predicted: list[Quote]) -> list[tuple[GoldQuote, Quote]]:
    """One-to-one pairs of overlapping spans, largest overlaps first."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            shared = min(g.end, p.end) - max(g.start, p.start)
            if shared > 0:
                candidates.append((shared, i, j))
    used_gold, used_predicted, pairs = set(), set(), []
    for _, i, j in sorted(candidates, reverse=True):
        if i not in used_gold and j not in used_predicted:
            used_gold.add(i)
            used_predicted.add(j)
            pairs.append((gold[i], predicted[j]))
    return pairs


def score(name: str, text: str, headline: str | None, gold: list[GoldQuote],
          details: bool) -> Tally:
    analysis = analyse_quotes(text, headline)
    # Headline quotes are scored in the same pool, moved past the end of the text.
    shift = len(text) + 1
    predicted = list(analysis.quotes) + [
        Quote(q.start + shift, q.end + shift, q.text, q.kind, q.speaker, q.verb, q.role)
        for q in analysis.headline]
    text = text + "\n" + (headline or "")
    tally = Tally()
    gold_marked = [g for g in gold if g.kind in MARKED]
    pred_marked = [p for p in predicted if p.kind in MARKED]
    tally.gold, tally.predicted = len(gold_marked), len(pred_marked)
    exact = {(p.start, p.end) for p in pred_marked}
    tally.exact = sum((g.start, g.end) in exact for g in gold_marked)
    pairs = match(gold_marked, pred_marked)
    tally.overlap = len(pairs)
    for g, p in pairs:
        tally.kind_right += g.kind == p.kind
        if details and g.kind != p.kind:
            tally.misses.append(f"{name}: {text[g.start:g.end][:50]!r} kind {g.kind}, "
                                f"got {p.kind}")
        if g.kind in SPOKEN:
            tally.speaker_total += 1
            tally.verb_total += 1
            right_speaker = same_name(g.speaker, p.speaker)
            right_verb = (g.verb or "").casefold() == (p.verb or "").casefold()
            tally.speaker_right += right_speaker
            tally.verb_right += right_verb
            if details and not (right_speaker and right_verb):
                tally.misses.append(f"{name}: {text[g.start:g.end][:50]!r} gold {g.speaker}/"
                                    f"{g.verb}, got {p.speaker}/{p.verb}")
    if details:
        matched_gold = {id(g) for g, _ in pairs}
        matched_pred = {id(p) for _, p in pairs}
        tally.misses += [f"{name}: missed {g.kind} {text[g.start:g.end][:60]!r}"
                         for g in gold_marked if id(g) not in matched_gold]
        tally.misses += [f"{name}: extra {p.kind} {p.text[:60]!r}"
                         for p in pred_marked if id(p) not in matched_pred]
    gold_indirect = [g for g in gold if g.kind == "indirect"]
    pred_indirect = [p for p in predicted if p.kind == "indirect"]
    tally.indirect_gold, tally.indirect_predicted = len(gold_indirect), len(pred_indirect)
    indirect_pairs = match(gold_indirect, pred_indirect)
    tally.indirect_overlap = len(indirect_pairs)
    tally.indirect_speaker_right = sum(same_name(g.speaker, p.speaker) for g, p in indirect_pairs)
    return tally


def seed_texts() -> dict[str, tuple[str, str | None]]:
    """seed file -> (imported text, headline) as the site analyses them."""
    content = load_site_content(ROOT / "content")
    return {a.source: (a.text, a.title) for story in content.stories for a in story.articles
            if a.source}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--details", action="store_true", help="list every miss")
    parser.add_argument("--gold", choices=sorted(GOLD), default="all",
                        help="tuned, dev, dev2, dev3 (and, since session 3, heldout and "
                             "heldout2): sets the rules were developed on; heldout3-6: "
                             "annotated blind and never tuned on; blind: those four "
                             "together (default: all)")
    args = parser.parse_args()
    gold = {"articles": [a for path in GOLD[args.gold]
                         for a in json.loads(path.read_text(encoding="utf-8"))["articles"]]}
    seeds = seed_texts()
    bodies = corpus_bodies({a["id"] for a in gold["articles"] if a["source"] == "corpus"})
    total, started, analysed = Tally(), time.perf_counter(), 0
    print(f"{'article':28} {'gold':>4} {'pred':>4} {'exactF1':>7} {'ovlpF1':>7} "
          f"{'speaker':>7} {'verb':>6} {'indirF1':>7}")
    for entry in gold["articles"]:
        headline = None
        if entry["source"] == "seed":
            name = entry["file"]
            raw = (ROOT / "seeds" / name).read_text(encoding="utf-8")
            text, headline = seeds[name]
        else:
            name = f"{entry['id']} ({entry['outlet']})"
            if entry["id"] not in bodies:
                print(f"{name:28} skipped: corpus not found at {CORPUS}")
                continue
            raw = bodies[entry["id"]]
            text = normalise(raw)
        quotes = []
        for q in entry["quotes"]:
            if headline and raw.startswith(headline) and q["end"] <= len(headline):
                shift = len(text) + 1  # a headline quote: same place in the headline
                quotes.append(GoldQuote(q["start"] + shift, q["end"] + shift, q["kind"],
                                        q["speaker"], q["verb"]))
                continue
            span = relocate(raw, q["start"], q["end"], text)
            if span is None:
                raise SystemExit(f"{name}: gold span not found in the analysed text: "
                                 f"{raw[q['start']:q['end']][:60]!r}")
            quotes.append(GoldQuote(*span, q["kind"], q["speaker"], q["verb"]))
        tally = score(name, text, headline, quotes, args.details)
        analysed += 1
        total.add(tally)
        print(f"{name[:28]:28} {tally.gold:4} {tally.predicted:4} "
              f"{prf(tally.exact, tally.predicted, tally.gold)[2]:7.3f} "
              f"{prf(tally.overlap, tally.predicted, tally.gold)[2]:7.3f} "
              f"{tally.speaker_right}/{tally.speaker_total:<5} "
              f"{tally.verb_right}/{tally.verb_total:<4} "
              f"{tally.indirect_f1:7.3f}")
    elapsed = time.perf_counter() - started
    p, r, f = prf(total.exact, total.predicted, total.gold)
    po, ro, fo = prf(total.overlap, total.predicted, total.gold)
    pi, ri, fi = prf(total.indirect_overlap, total.indirect_predicted, total.indirect_gold)
    print(f"\n{analysed} articles, {total.gold} gold quotes with marks, {total.indirect_gold} "
          f"indirect; {elapsed:.2f}s")
    print(f"spans exact:    P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"spans overlap:  P {po:.3f}  R {ro:.3f}  F1 {fo:.3f}")
    print(f"speaker accuracy {total.speaker_right / max(1, total.speaker_total):.3f} "
          f"({total.speaker_right}/{total.speaker_total} matched spoken quotes)")
    print(f"verb accuracy    {total.verb_right / max(1, total.verb_total):.3f} "
          f"({total.verb_right}/{total.verb_total})")
    print(f"kind accuracy    {total.kind_right / max(1, total.overlap):.3f}")
    print(f"indirect overlap: P {pi:.3f}  R {ri:.3f}  F1 {fi:.3f}; speaker accuracy "
          f"{total.indirect_speaker_right / max(1, total.indirect_overlap):.3f}")
    for miss in total.misses:
        print("  ", miss)


if __name__ == "__main__":
    main()
