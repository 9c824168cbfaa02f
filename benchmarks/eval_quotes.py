"""Precision and recall of the quote extractor against the hand labels in tests/quotes/labels.jsonl.

Usage: python benchmarks/eval_quotes.py [--verbose]
Reads the State Department and White House corpus from ../shared/corpus (skips when absent).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

from pressreader.quotes import extract_quotes
from pressreader.text import clean_block

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "state-whitehouse-2021-2022"
DOJ = ROOT.parent / "shared" / "corpus" / "doj-opa-2009-2018"
FILES = {
    "state": CORPUS / "state_press_releases_2021-2022.jsonl.gz",
    "whitehouse": CORPUS / "whitehouse_briefing_room_2021-2022.jsonl.gz",
    "doj": DOJ / "doj_press_releases_2009-2018.jsonl.gz",
}


def _norm(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def load_cases(labels_file: str = "labels.jsonl") -> list[tuple[dict, str]]:
    """(label record, release contents) for every labelled release."""
    labels = [json.loads(line) for line in (ROOT / "tests" / "quotes" / labels_file).open()]
    wanted = {(r["corpus"], r["url"]) for r in labels}
    contents: dict[tuple[str, str], str] = {}
    for corpus, path in FILES.items():
        if not any(c == corpus for c, _ in wanted):
            continue
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                item = json.loads(line)
                if (corpus, item.get("url")) in wanted:
                    contents[(corpus, item["url"])] = item["contents"]
    return [(r, contents[(r["corpus"], r["url"])]) for r in labels]


def same_speaker(predicted: str | None, expected: str) -> bool:
    if not predicted:
        return False
    suffixes = {"jr", "sr", "ii", "iii"}
    p = [w for w in _norm(predicted) if w not in suffixes]
    e = [w for w in _norm(expected) if w not in suffixes]
    return bool(p and e) and (p[-1] == e[-1] or p == e)


def evaluate(verbose: bool = False, labels: str = "labels.jsonl") -> dict[str, float]:
    """Match found quotes to labels by their first words; a right match needs the right speaker."""
    tp = fp = fn = wrong_speaker = 0
    for record, text in load_cases(labels):
        paragraphs = [clean_block(p) for p in re.split(r"\n\s*\n", text) if clean_block(p)]
        found = extract_quotes(paragraphs, (record["title"],))
        expected = list(record["quotes"])
        for quote in found:
            words = _norm(quote.text)
            match = None
            for label in expected:
                start = _norm(label["text_start"])[:6]
                if words[: len(start)] == start or (
                    len(words) < len(start) and start[: len(words)] == words
                ):
                    match = label
                    break
            if match is None:
                fp += 1
                if verbose:
                    print(f"FP  {record['title'][:50]!r}: {quote.text[:70]!r} — {quote.speaker}")
                continue
            expected.remove(match)
            if same_speaker(quote.speaker, match["speaker"]):
                tp += 1
            else:
                wrong_speaker += 1
                fp += 1
                fn += 1
                if verbose:
                    print(
                        f"SPK {match['text_start'][:50]!r}: got {quote.speaker!r}, want {match['speaker']!r}"
                    )
        for label in expected:
            fn += 1
            if verbose:
                print(
                    f"FN  {record['title'][:50]!r}: {label['text_start'][:60]!r} — {label['speaker']}"
                )
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {
        "labelled": tp + fn,
        "found": tp + fp,
        "correct": tp,
        "wrong_speaker": wrong_speaker,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
    }


if __name__ == "__main__":
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is not available")
        sys.exit(0)
    for name in ("labels.jsonl", "holdout.jsonl"):
        if (ROOT / "tests" / "quotes" / name).exists():
            print(name, json.dumps(evaluate("--verbose" in sys.argv, name)))
