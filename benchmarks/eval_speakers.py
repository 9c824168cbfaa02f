"""Speaker merging scored on the hand-checked name variants of tests/speakers/variants.yaml.

Usage: python benchmarks/eval_speakers.py [--verbose]
Every (name, role, date) variant is fed to pressreader.speakers.merge_speakers as the index feeds a
store's quotes; then every pair of variants is compared with the labels. Precision: of the pairs put
together, how many are one person (two people merged is the error a journalist must never see).
Recall: of the pairs that are one person, how many were put together.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sys
from pathlib import Path

import yaml

from pressreader.speakers import merge_speakers

LABELS = Path(__file__).resolve().parent.parent / "tests" / "speakers" / "variants.yaml"


def evaluate(verbose: bool = False) -> dict[str, float]:
    people = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    variants = [
        (p["person"], v["name"], v.get("role"), v.get("seen") or dt.date(2024, 1, 1))
        for p in people
        for v in p["variants"]
    ]
    key_of, _ = merge_speakers((name, role, seen) for _, name, role, seen in variants)
    together = same = both = 0
    for (pa, na, _, _), (pb, nb, _, _) in itertools.combinations(variants, 2):
        merged, truth = key_of[na] == key_of[nb], pa == pb
        together += merged
        same += truth
        both += merged and truth
        if verbose and merged and not truth:
            print(f"MERGED {na!r} ({pa}) with {nb!r} ({pb})")
    return {
        "variants": len(variants),
        "people": len(people),
        "pairs_merged": together,
        "precision": round(both / together, 3) if together else 1.0,
        "recall": round(both / same, 3) if same else 1.0,
    }


if __name__ == "__main__":
    print(json.dumps(evaluate("--verbose" in sys.argv)))
