"""Running-text figures scored against the hand labels in tests/figures/running_labels.jsonl.

Usage: python benchmarks/eval_figures.py [--verbose]
Every number in 111 sampled paragraphs of the three corpora was labelled as a quantity or not
(dates, years, times, ages, statute numbers, names with digits…) before the finder was tuned, by
someone who did not read it. Each figure the finder reports in those paragraphs is matched to the
labelled token it covers: precision is the share of reported figures that cover a quantity, recall
the share of labelled quantities reported, "value right" the share of matches with the labelled value.
Skips when ../shared is absent.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from pressreader.figures import find_figure_spans

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "figures" / "running_labels.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus"
FILES = {
    "doj": CORPUS / "doj-opa-2009-2018" / "doj_press_releases_2009-2018.jsonl.gz",
    "state": CORPUS / "state-whitehouse-2021-2022" / "state_press_releases_2021-2022.jsonl.gz",
    "whitehouse": CORPUS
    / "state-whitehouse-2021-2022"
    / "whitehouse_briefing_room_2021-2022.jsonl.gz",
}


def _bounded(p: str, s: int, e: int) -> bool:
    if s > 0 and p[s - 1].isalnum():
        return False
    return not (e < len(p) and (p[e].isalnum() or (p[e] in ".," and p[e + 1 : e + 2].isdigit())))


def locate(paragraph: str, token: str, left: str) -> int | None:
    """Where a labelled token is: the occurrence whose preceding words are `left`."""
    n = len(left.split())
    for s in range(len(paragraph)):
        if paragraph.startswith(token, s) and _bounded(paragraph, s, s + len(token)):
            before = " ".join(paragraph[:s].split()[-n:]) if n else ""
            if before == left:
                return s
    return None


def paragraphs() -> dict[tuple[str, str, int], str]:
    wanted = {(r["corpus"], r["url"]) for r in map(json.loads, LABELS.open(encoding="utf-8"))}
    found: dict[tuple[str, str, int], str] = {}
    for corpus, path in FILES.items():
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                if (corpus, record.get("url")) in wanted:
                    for i, text in enumerate(record["contents"].split("\n\n")):
                        found.setdefault((corpus, record["url"], i), text)
    return found


def evaluate(verbose: bool = False) -> dict[str, Any]:
    texts = paragraphs()
    by_para: dict[tuple[str, str, int], list[dict[str, Any]]] = defaultdict(list)
    for label in map(json.loads, LABELS.open(encoding="utf-8")):
        by_para[(label["corpus"], label["url"], label["para"])].append(label)
    found = matched = right_value = wrong = 0
    quantities = sum(1 for labels in by_para.values() for lb in labels if lb["quantity"])
    for key, labels in by_para.items():
        text = texts[key]
        spans = []
        for label in labels:
            at = locate(text, label["token"], label["left"])
            if at is not None:
                spans.append((at, at + len(label["token"]), label))
        for start, end, figure in find_figure_spans(text, lang="en"):
            found += 1
            hit = [lb for s, e, lb in spans if s < end and start < e]
            if any(lb["quantity"] for lb in hit):
                matched += 1
                label = next(lb for lb in hit if lb["quantity"])
                value = label.get("value")
                if (
                    value is not None
                    and figure.value is not None
                    and abs(figure.value - value) < 1e-6
                ):
                    right_value += 1
                elif verbose:
                    print(f"VALUE {figure.text!r}: {figure.value} want {value}")
            else:
                wrong += 1
                if verbose:
                    kinds = [lb.get("kind") for lb in hit] or ["unlabelled"]
                    print(f"FP    {figure.text!r} ({', '.join(map(str, kinds))})")
    return {
        "labelled_tokens": sum(len(v) for v in by_para.values()),
        "labelled_quantities": quantities,
        "found": found,
        "precision": round(matched / found, 3) if found else 1.0,
        "recall": round(matched / quantities, 3) if quantities else 1.0,
        "value_right": round(right_value / matched, 3) if matched else 1.0,
    }


def main(argv: list[str]) -> int:
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is not available")
        return 0
    print(json.dumps(evaluate("--verbose" in argv)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
