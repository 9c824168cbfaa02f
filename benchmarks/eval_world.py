"""Releases in other press offices' house styles, scored against tests/world/labels.yaml.

Usage: python benchmarks/eval_world.py [--split holdout|tune|all] [--labels labels_third.yaml,…] [--verbose]

Each release is imported as raw text exactly as `pressreader import` does (file → RawDoc → Release,
with the file's modification time as the fallback date), then compared with its labels: title, date,
quotes (matched by first words; speaker and role), bullet figures (value and qualifier; and
the currency of money figures). Prints the
scores by house style and in all.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml
from eval_quotes import shared_start  # the scripts sit side by side in benchmarks/

from pressreader.figure_words import CURRENCY_CODES
from pressreader.figures import parse_figure
from pressreader.importers.assemble import assemble
from pressreader.importers.text import read_text
from pressreader.model import Release, Stats

ROOT = Path(__file__).resolve().parent.parent
WORLD = ROOT / "tests" / "world"
FALLBACK = dt.date(2000, 1, 1)  # stands for the file's modification time: never a right answer


def words(text: str | None) -> list[str]:
    return re.findall(r"\w+", (text or "").lower())


def same_person(got: str | None, want: str | None) -> bool:
    if not want:
        return not got
    g, w = words(got), words(want)
    return bool(g and w) and g[-1] == w[-1]


def imported(entry: dict[str, Any]) -> tuple[Release | None, list[str]]:
    path = WORLD / "releases" / entry["file"]
    doc = read_text(path.read_text(encoding="utf-8"), str(path))
    doc.fallback_date = FALLBACK
    try:
        return assemble(doc), doc.warnings
    except Exception as exc:  # a refusal is a failure of this release, scored as such
        return None, [str(exc)]


class Tally:
    def __init__(self) -> None:
        self.n = defaultdict(int)

    def add(self, key: str, amount: int = 1) -> None:
        self.n[key] += amount

    def ratio(self, num: str, den: str) -> float:
        return round(self.n[num] / self.n[den], 3) if self.n[den] else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "releases": self.n["releases"],
            "imported": self.n["imported"],
            "title": self.ratio("title_ok", "releases"),
            "date": self.ratio("date_ok", "releases"),
            "quote_precision": self.ratio("q_match", "q_found"),
            "quote_recall": self.ratio("q_match", "q_labelled"),
            "speaker_right": self.ratio("q_speaker", "q_match"),
            "figures_parsed": self.ratio("f_ok", "f_labelled"),
            "currency_right": self.ratio("c_ok", "c_labelled"),
        }


def _starts_alike(quote: str, text_start: str) -> bool:
    """The quote begins with the label's first five words (all of them when the label is shorter:
    "“Come see us,” she said. “…”" is labelled by its first part, "Come see us,")."""
    want = words(text_start)[:5]
    return bool(want) and words(quote)[: len(want)] == want


def score(entry: dict[str, Any], tally: Tally, verbose: bool) -> None:
    tag = entry["file"][:28]
    release, warnings = imported(entry)
    tally.add("releases")
    if release is None:
        if verbose:
            print(f"REFUSED {tag}: {warnings}")
        return
    tally.add("imported")
    if release.title.strip() == entry["title"].strip():
        tally.add("title_ok")
    elif verbose:
        print(f"TITLE {tag}: got {release.title!r}")
    want_date = entry.get("date")
    got_date = release.date if release.date != FALLBACK else None
    unsure = not release.date_certain  # no (full) date in the text: flagged for a person to fix
    if (want_date is None and (got_date is None or unsure)) or (got_date == want_date):
        tally.add("date_ok")
    elif verbose:
        print(f"DATE  {tag}: got {release.date} want {want_date}")
    found = [q for q in release.quotes if q.kind in {"direct", "turn"}]
    labels = list(entry.get("quotes") or [])
    tally.add("q_found", len(found))
    tally.add("q_labelled", len(labels))
    for quote in found:
        alike = [lb for lb in labels if _starts_alike(quote.text, lb["text_start"])]
        # the label sharing the most first words: "This" must not take "This facility …"'s label
        match = max(alike, key=lambda lb: shared_start(quote.text, lb["text_start"]), default=None)
        if match is None:
            if verbose:
                print(f"FP    {tag}: {quote.text[:60]!r} — {quote.speaker}")
            continue
        labels.remove(match)
        tally.add("q_match")
        if same_person(quote.speaker, match.get("speaker")):
            tally.add("q_speaker")
        elif verbose:
            print(f"SPK   {tag}: {match['text_start'][:40]!r} got {quote.speaker!r}")
    if verbose:
        for label in labels:
            print(f"FN    {tag}: {label['text_start'][:50]!r} — {label.get('speaker')}")
    # Compared with spaces folded: the import stores a narrow no-break space as a space
    items = {
        " ".join(f.text.split()): f for b in release.body if isinstance(b, Stats) for f in b.items
    }
    for want in entry.get("figures") or []:
        tally.add("f_labelled")
        got = items.get(" ".join(want["text"].split()))
        if got is None:  # not read as a bullet statistic: parse it as one to report the value
            got = parse_figure(want["text"], lang=release.lang)
            if verbose:
                print(f"NOSTAT {tag}: {want['text'][:50]!r}")
        value = want.get("value")
        currency = want.get("unit") if want.get("unit") in CURRENCY_CODES else None
        if currency:  # a bare "$" is the release's own country's dollar
            tally.add("c_labelled")
            if (got.unit or "").split()[:1] == [currency]:
                tally.add("c_ok")
            elif verbose:
                print(f"CUR   {tag}: {want['text'][:50]!r} got {got.unit} want {currency}")
        if got.value is not None and value is not None and abs(got.value - value) < 1e-6:
            tally.add("f_ok")
        elif verbose:
            print(f"FIG   {tag}: {want['text'][:50]!r} got {got.value} want {value}")


LABEL_FILES = ("labels.yaml", "labels_more.yaml", "labels_third.yaml")


def evaluate(
    split: str = "holdout", verbose: bool = False, files: tuple[str, ...] = LABEL_FILES
) -> dict[str, dict[str, Any]]:
    labels = []
    # the others: more tuning releases (a second and a third batch), if any
    for name in files:
        if (WORLD / name).exists():
            labels += yaml.safe_load((WORLD / name).read_text(encoding="utf-8")) or []
    tallies: dict[str, Tally] = defaultdict(Tally)
    for entry in labels:
        if split != "all" and entry["split"] != split:
            continue
        score(entry, tallies[entry["style"]], verbose)
        score(entry, tallies["all"], False)
    return {style: t.to_dict() for style, t in sorted(tallies.items())}


def main(argv: list[str]) -> int:
    split = argv[argv.index("--split") + 1] if "--split" in argv else "holdout"
    files = (
        tuple(argv[argv.index("--labels") + 1].split(",")) if "--labels" in argv else LABEL_FILES
    )
    for style, result in evaluate(split, "--verbose" in argv, files).items():
        print(f"{style:8s} {json.dumps(result)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
