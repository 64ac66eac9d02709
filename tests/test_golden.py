"""Golden test: the seed story's data export, compared with the committed expected file.

When a change to the analysis is intended, regenerate the expected file and review the diff:

    SLANT_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py
    git diff tests/golden/
"""

from __future__ import annotations

import json
import math
import os

from conftest import ROOT, SEED_STORY

GOLDEN = ROOT / "tests" / "golden" / f"{SEED_STORY}.json"
TOLERANCE = 2e-4  # numbers are rounded to 4 places; allow for library float noise


def diff(expected, actual, path="$") -> list[str]:
    if isinstance(expected, dict) and isinstance(actual, dict):
        problems = [f"{path}.{k}: missing" for k in expected if k not in actual]
        problems += [f"{path}.{k}: unexpected" for k in actual if k not in expected]
        for key in expected.keys() & actual.keys():
            problems += diff(expected[key], actual[key], f"{path}.{key}")
        return problems
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            return [f"{path}: {len(expected)} items expected, {len(actual)} found"]
        return [p for i, (e, a) in enumerate(zip(expected, actual, strict=True))
                for p in diff(e, a, f"{path}[{i}]")]
    both_numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool)
                       for v in (expected, actual))
    if both_numbers and math.isclose(expected, actual, abs_tol=TOLERANCE):
        return []
    return [] if expected == actual else [f"{path}: expected {expected!r}, got {actual!r}"]


def test_seed_story_export_matches_golden(seed_site):
    actual = json.loads((seed_site / "data" / f"{SEED_STORY}.json").read_text(encoding="utf-8"))
    if os.environ.get("SLANT_UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n",
                          encoding="utf-8")
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    problems = diff(expected, actual)
    assert not problems, (f"{len(problems)} differences from {GOLDEN.name} (regenerate with "
                          "SLANT_UPDATE_GOLDEN=1 if intended):\n" + "\n".join(problems[:30]))
