"""Fit the weights of the coverage pair model (slant.coverage.PAIR_WEIGHTS) on the gold.

    python benchmarks/fit_coverage.py

Every pair of units (sentences or clauses, as slant.coverage cuts them) from two different
articles of a gold story in benchmarks/gold/coverage.json, both touching some gold evidence,
is one example: positive when the two units are evidence for a common gold fact. A logistic
regression (scikit-learn, default regularisation) on the three measures of
slant.coverage.pair_features gives the weights; the script prints them in the form
slant/coverage.py keeps them, with the held-out story's pairs scored for comparison. Only
the main gold is used for fitting: coverage_heldout.json stays unseen.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from coverage import GOLD_DIR, gold_spans, load_story  # noqa: E402
from goldtext import CORPUS, corpus_records  # noqa: E402

from slant.content import load_site_content  # noqa: E402
from slant.coverage import PAIR_WEIGHTS, _units, pair_features  # noqa: E402

NAMES = list(PAIR_WEIGHTS)


def examples(gold_file: str, seeds: dict[str, str]) -> tuple[np.ndarray, np.ndarray]:
    rows, labels = [], []
    for story in json.loads((GOLD_DIR / gold_file).read_text(encoding="utf-8"))["stories"]:
        records = corpus_records({a["key"] for a in story["articles"]
                                  if a["source"] == "corpus"})
        texts = load_story(story, seeds, records)
        if texts is None:
            print(f"{story['name']}: skipped, corpus not found at {CORPUS}")
            continue
        gold = gold_spans(story, texts)
        analysed = {key: text for key, (text, _) in texts.items()}
        units = _units(analysed)
        features = dict(pair_features(units, analysed))
        facts = [{gid for gid, per in gold.items() for a, b in per.get(slug, [])
                  if a < span.end and span.start < b} for slug, span in units]
        for i in range(len(units)):
            for j in range(i + 1, len(units)):
                if units[i][0] == units[j][0] or not facts[i] or not facts[j]:
                    continue
                rows.append([features[name][i, j] for name in NAMES])
                labels.append(int(bool(facts[i] & facts[j])))
    return np.array(rows), np.array(labels)


def main() -> None:
    content = load_site_content(ROOT / "content")
    seeds = {a.source: a.text for s in content.stories for a in s.articles if a.source}
    x, y = examples("coverage.json", seeds)
    model = LogisticRegression(max_iter=1000).fit(x, y)
    weights = {name: round(float(w), 2) for name, w in zip(NAMES, model.coef_[0], strict=True)}
    print(f"fitted on {len(y)} pairs ({int(y.sum())} same-fact)")
    print(f"PAIR_WEIGHTS = {weights}")
    print(f"PAIR_BIAS = {round(float(model.intercept_[0]), 2)}")
    hx, hy = examples("coverage_heldout.json", seeds)
    if len(hy):
        fitted = model.predict_proba(hx)[:, 1]
        words = hx[:, NAMES.index("words")]
        auc, auc_words = roc_auc_score(hy, fitted), roc_auc_score(hy, words)
        ap, ap_words = average_precision_score(hy, fitted), average_precision_score(hy, words)
        print(f"held-out pairs ({len(hy)}, {int(hy.sum())} same-fact): ROC AUC {auc:.3f} "
              f"(word cosine alone {auc_words:.3f}), average precision {ap:.3f} ({ap_words:.3f})")


if __name__ == "__main__":
    main()
