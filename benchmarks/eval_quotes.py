"""Quote extraction scored against the hand labels in tests/quotes/, through the real importer.

Usage: python benchmarks/eval_quotes.py [--verbose] [SET...]
Sets: labels (tuning set), holdout, doj (held out), transcripts (held out). Each labelled release is
read from ../shared/corpus exactly as `pressreader import` reads it (JSON record → RawDoc → Release),
and the release's quotes (marks on its paragraphs) are matched to the labels by their first words.
Prints precision, recall and "speaker right" (of the matched quotes, how many name the right person).
Skips when ../shared is absent.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path
from typing import Any

from pressreader.importers.assemble import assemble
from pressreader.importers.jsonl import DEFAULT_MAP, record_to_doc
from pressreader.model import QuoteRef, Release

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "quotes"
CORPUS = ROOT.parent / "shared" / "corpus"
FILES = {
    "state": CORPUS / "state-whitehouse-2021-2022" / "state_press_releases_2021-2022.jsonl.gz",
    "whitehouse": CORPUS
    / "state-whitehouse-2021-2022"
    / "whitehouse_briefing_room_2021-2022.jsonl.gz",
    "doj": CORPUS / "doj-opa-2009-2018" / "doj_press_releases_2009-2018.jsonl.gz",
}
SETS = {
    "labels": "labels.jsonl",
    "holdout": "holdout.jsonl",
    "doj": "doj_holdout.jsonl",
    "transcripts": "transcripts.jsonl",
    "doj_tune": "doj_tune.jsonl",  # tuning sets added later (tests/quotes/README.md)
    "transcripts_tune": "transcripts_tune.jsonl",
    "sw_tune": "sw_tune.jsonl",
    "wh_tune": "wh_tune.jsonl",
    "doj_tune2": "doj_tune2.jsonl",
    "wh_tune2": "wh_tune2.jsonl",
}


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def load(labels_file: str) -> list[tuple[dict[str, Any], Release]]:
    """(label record, imported release) for every labelled release of a set."""
    labels = [json.loads(line) for line in (LABELS / labels_file).open(encoding="utf-8")]
    wanted = {(r["corpus"], r["url"]) for r in labels}
    records: dict[tuple[str, str], dict[str, Any]] = {}
    for corpus, path in FILES.items():
        if not any(c == corpus for c, _ in wanted):
            continue
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                item = json.loads(line)
                if (corpus, item.get("url")) in wanted and (corpus, item["url"]) not in records:
                    records[(corpus, item["url"])] = item
                    item["_origin"] = f"{path.name}:{n}"
    out = []
    for label in labels:
        record = records[(label["corpus"], label["url"])]
        release = assemble(record_to_doc(record, record["_origin"], DEFAULT_MAP))
        out.append((label, release))
    return out


def same_speaker(predicted: str | None, expected: str | None) -> bool:
    """Same person: the same last name (suffixes aside), or both unnamed."""
    if not expected:
        return not predicted
    if not predicted:
        return False
    suffixes = {"jr", "sr", "ii", "iii"}
    p = [w for w in words(predicted) if w not in suffixes]
    e = [w for w in words(expected) if w not in suffixes]
    return bool(p and e) and (p[-1] == e[-1] or p == e)


def starts_alike(quote: str, label: str, n: int = 6) -> bool:
    got, want = words(quote), words(label)[:n]
    return got[: len(want)] == want or (len(got) < len(want) and want[: len(got)] == got)


def shared_start(quote: str, label: str) -> int:
    """How many first words a quote and a label share (to pick the closest of several labels)."""
    n = 0
    for a, b in zip(words(quote), words(label), strict=False):
        if a != b:
            break
        n += 1
    return n


def best_label(quote: str, labels: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The label a quote starts like, sharing the most first words with it: a one-word label
    ("This") must not take a quote that starts "This facility …" from its own label."""
    alike = [lb for lb in labels if starts_alike(quote, lb["text_start"])]
    return max(alike, key=lambda lb: shared_start(quote, lb["text_start"]), default=None)


class Score:
    """Counts for one set and kind."""

    def __init__(self) -> None:
        self.found = self.labelled = self.matched = self.right = self.optional = 0

    def to_dict(self) -> dict[str, Any]:
        precision = (self.matched + self.optional) / self.found if self.found else 1.0
        recall = self.matched / self.labelled if self.labelled else 1.0
        right = self.right / self.matched if self.matched else 1.0
        return {
            "labelled": self.labelled,
            "found": self.found,
            "matched": self.matched,
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "speaker_right": round(right, 3),
        }


def score(
    found: list[QuoteRef],
    labels: list[dict[str, Any]],
    result: Score,
    verbose: str = "",
    optional: tuple[dict[str, Any], ...] = (),
) -> None:
    """Match found quotes to labels by first words; count precision, recall and speakers.

    `optional` labels (a statement's words whose quotation marks the source lost) are right when
    found, and not counted against recall when not.
    """
    pending = list(labels)
    result.found += len(found)
    result.labelled += len(labels)
    spare = list(optional)
    for quote in found:
        match = best_label(quote.text, pending)
        extra = best_label(quote.text, spare)
        if match is None and extra is not None:
            spare.remove(extra)
            result.optional += 1
            continue
        if match is None:
            if verbose:
                print(f"FP  {verbose}: {quote.text[:70]!r} — {quote.speaker}")
            continue
        pending.remove(match)
        result.matched += 1
        if same_speaker(quote.speaker, match.get("speaker")):
            result.right += 1
        elif verbose:
            print(f"SPK {verbose}: {match['text_start'][:50]!r} got {quote.speaker!r}")
    if verbose:
        for label in pending:
            print(f"FN  {verbose}: {label['text_start'][:60]!r} — {label.get('speaker')}")


def evaluate(name: str, verbose: bool = False) -> dict[str, dict[str, Any]]:
    """Scores of one label set, by kind of quote."""
    scores: dict[str, Score] = {}
    for label, release in load(SETS[name]):
        tag = label["title"][:40] if verbose else ""
        if name.startswith("transcripts"):
            turns = [q for q in release.quotes if q.kind == "turn"]
            score(turns, label["turns"], scores.setdefault("turn", Score()), tag)
            inner = [q for q in release.quotes if q.kind == "direct"]
            wanted = [q for q in label["inner_quotes"] if q.get("speaker")]
            score(inner, wanted, scores.setdefault("inside turns", Score()), tag)
            continue
        direct = [q for q in release.quotes if q.kind == "direct"]
        labelled = [q for q in label["quotes"] if q.get("kind", "direct") == "direct"]
        unmarked = tuple(q for q in label["quotes"] if q.get("kind") == "direct_unmarked")
        score(direct, labelled, scores.setdefault("direct", Score()), tag, unmarked)
        if label.get("reported_labelled"):
            reported = [q for q in release.quotes if q.kind == "reported"]
            wanted = [q for q in label["quotes"] if q.get("kind") == "reported"]
            score(reported, wanted, scores.setdefault("reported", Score()), "")
    return {kind: s.to_dict() for kind, s in scores.items()}


def main(argv: list[str]) -> int:
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is not available")
        return 0
    verbose = "--verbose" in argv
    names = [a for a in argv if a in SETS] or [n for n in SETS if (LABELS / SETS[n]).exists()]
    for name in names:
        print(name, json.dumps(evaluate(name, verbose)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
