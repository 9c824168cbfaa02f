"""Check tests/world/labels.yaml against the release texts in tests/world/releases/.

Usage: python tests/world/verify_labels.py [labels.yaml]

Checks, for every entry:
  - the keys are the expected ones and the types are right;
  - the file exists; style and the file-name prefix agree; every file is labelled once;
  - the title occurs in the file (the stored title may drop a "PRESS RELEASE :" prefix
    and a "[Month Year]" tag, so only containment is checked);
  - date is a date or null; a null date goes with date_certain: false;
  - every quote text_start occurs in the file, at most 12 words, directly after an opening
    quotation mark or at the start of a line (gov.uk-style unmarked quote paragraphs);
    quotes are in order of appearance; speaker/role are strings or null;
  - every figure text occurs in the file as (the rest of) a bullet line, figures are in
    order, value is a number, qualifier and unit are strings or null, and every bullet
    line that contains a digit is labelled;
  - each style has a tune and a holdout part, the holdout is about a third of the style
    (rounded, at least 1) and at least 15 releases overall.
Exits non-zero on any failure and prints the counts per style and split.

Several label files: `labels.yaml` is the main set; other `labels*.yaml` files next to it
(e.g. `labels_more.yaml`) label further releases in the same `releases/` folder. "Every file
is labelled once" is checked across all of them: a release labelled in another labels file
is not expected in the file being checked, and one labelled in both is an error. A file
other than labels.yaml is a tune-only supplement: every entry must have `split: tune`, and
the holdout-share checks are not applied to it (each style still needs at least 2 releases) —
or a held-out batch, every entry `split: holdout` (written blind, scored once, never tuned on).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
LABELS = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "labels.yaml"
RELEASES = HERE / "releases"
MAIN = HERE / "labels.yaml"

OPENERS = "“\"‘'„»«‚"
BULLETS = "•-*–·"
KEYS = {
    "file",
    "style",
    "split",
    "title",
    "date",
    "date_certain",
    "source",
    "lang",
    "quotes",
    "figures",
}
STYLES = {"uk", "eu", "de", "au", "ca", "nz", "ie", "un", "police", "city", "us"}


def quote_ok(text: str, start: str, from_pos: int) -> int:
    """Position of start in text (after from_pos) at a quote opening, or -1."""
    pos = text.find(start, from_pos)
    while pos != -1:
        before = text[:pos].rstrip(" \u00a0")
        if before == "" or before[-1] in OPENERS or before.endswith("\n"):
            return pos
        pos = text.find(start, pos + 1)
    return -1


def bullet_pos(text: str, item: str, from_pos: int) -> int:
    pattern = re.compile(
        r"^[ \t]*[" + re.escape(BULLETS) + r"][ \t]+" + re.escape(item) + r"[ \t]*$", re.M
    )
    m = pattern.search(text, from_pos)
    return m.start() if m else -1


def check(entry: dict, errors: list[str]) -> None:
    name = entry.get("file", "?")

    def err(msg: str) -> None:
        errors.append(f"{name}: {msg}")

    if set(entry) != KEYS:
        err(f"keys differ: missing {sorted(KEYS - set(entry))}, extra {sorted(set(entry) - KEYS)}")
    path = RELEASES / name
    if not path.is_file():
        err("file does not exist")
        return
    text = path.read_text(encoding="utf-8")
    if entry.get("style") not in STYLES:
        err(f"unknown style {entry.get('style')!r}")
    elif not re.match(rf"\d{{2,3}}_{entry['style']}-", name):
        err("file name prefix does not match style")
    if entry.get("split") not in ("tune", "holdout"):
        err(f"bad split {entry.get('split')!r}")
    if not isinstance(entry.get("title"), str) or entry["title"] not in text:
        err(f"title not found in file: {entry.get('title')!r}")
    date = entry.get("date")
    if date is not None and not isinstance(date, dt.date):
        err(f"date is not a date: {date!r}")
    if not isinstance(entry.get("date_certain"), bool):
        err("date_certain must be true/false")
    elif date is None and entry["date_certain"]:
        err("null date but date_certain: true")
    if entry.get("source") is not None and not isinstance(entry["source"], str):
        err("source must be a string or null")
    if entry.get("lang") not in ("en", "de", "fr"):
        err(f"bad lang {entry.get('lang')!r}")

    last = -1
    for q in entry.get("quotes") or []:
        ts = q.get("text_start")
        if set(q) != {"text_start", "speaker", "role"}:
            err(f"quote keys differ: {sorted(q)}")
        if not isinstance(ts, str) or not ts:
            err(f"empty text_start: {q!r}")
            continue
        if len(ts.split()) > 12:
            err(f"text_start longer than 12 words: {ts!r}")
        pos = quote_ok(text, ts, 0)
        if pos == -1:
            err(f"text_start not found after an opening mark or at a line start: {ts!r}")
            continue
        if pos < last:
            err(f"quote out of order: {ts!r}")
        last = pos
        for key in ("speaker", "role"):
            if q.get(key) is not None and (not isinstance(q[key], str) or not q[key].strip()):
                err(f"{key} must be a non-empty string or null: {ts!r}")

    last = -1
    for f in entry.get("figures") or []:
        if set(f) != {"text", "value", "qualifier", "unit"}:
            err(f"figure keys differ: {sorted(f)}")
        item = f.get("text")
        if not isinstance(item, str) or not item:
            err(f"empty figure text: {f!r}")
            continue
        pos = bullet_pos(text, item, 0)
        if pos == -1:
            err(f"figure text not found as a bullet line: {item!r}")
            continue
        if pos < last:
            err(f"figure out of order: {item!r}")
        last = pos
        if isinstance(f.get("value"), bool) or not isinstance(f.get("value"), (int, float)):
            err(f"figure value is not a number: {item!r}")
        for key in ("qualifier", "unit"):
            if f.get(key) is not None and not isinstance(f[key], str):
                err(f"figure {key} must be a string or null: {item!r}")

    # Completeness: every bullet line that carries a digit must be labelled as a figure.
    labelled = {f.get("text") for f in entry.get("figures") or []}
    for m in re.finditer(r"^[ \t]*[" + re.escape(BULLETS) + r"][ \t]+(.*?)[ \t]*$", text, re.M):
        if re.search(r"\d", m.group(1)) and m.group(1) not in labelled:
            err(f"bullet with a number is not labelled: {m.group(1)!r}")


def labelled_elsewhere() -> Counter:
    """File names labelled in the other labels*.yaml files next to the main one."""
    names: Counter = Counter()
    for path in sorted(HERE.glob("labels*.yaml")):
        if path.resolve() == LABELS.resolve():
            continue
        for e in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if isinstance(e, dict):
                names[e.get("file")] += 1
    return names


def main() -> int:
    is_main = LABELS.resolve() == MAIN.resolve()
    elsewhere = labelled_elsewhere()
    entries = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    errors: list[str] = []
    if not isinstance(entries, list):
        print(f"{LABELS.name} must hold one list")
        return 1
    for entry in entries:
        check(entry, errors)

    names = Counter(e.get("file") for e in entries)
    for name, n in names.items():
        if n > 1:
            errors.append(f"{name}: labelled {n} times")
        if name in elsewhere:
            errors.append(f"{name}: also labelled in another labels file")
    for path in sorted(RELEASES.glob("*.txt")):
        if path.name not in names and path.name not in elsewhere:
            errors.append(f"{path.name}: not labelled")

    # A supplement is tune-only, or held out as a whole (a batch written blind, scored once)
    held_out_batch = not is_main and {e.get("split") for e in entries} == {"holdout"}
    counts: dict[str, Counter] = {}
    for e in entries:
        counts.setdefault(e.get("style"), Counter())[e.get("split")] += 1
    for style, c in counts.items():
        total = c["tune"] + c["holdout"]
        want = max(1, round(total / 3))
        if is_main and c["holdout"] != want:
            errors.append(f"style {style}: {c['holdout']} holdout of {total}, expected {want}")
        if not is_main and c["holdout"] and not held_out_batch:
            errors.append(f"style {style}: {c['holdout']} holdout in a tune-only supplement")
        if c["tune"] == 0 and not held_out_batch:
            errors.append(f"style {style}: no tune part")
        if total < (4 if is_main else 2):  # a tune-only supplement may add a few per style
            errors.append(f"style {style}: only {total} releases")
    holdout = sum(c["holdout"] for c in counts.values())
    if is_main and holdout < 15:
        errors.append(f"only {holdout} holdout releases in all")

    quotes = Counter()
    figures = Counter()
    for e in entries:
        quotes[e.get("style")] += len(e.get("quotes") or [])
        figures[e.get("style")] += len(e.get("figures") or [])
    print(f"{'style':8} {'tune':>5} {'holdout':>8} {'total':>6} {'quotes':>7} {'figures':>8}")
    for style in sorted(counts):
        c = counts[style]
        print(
            f"{style:8} {c['tune']:>5} {c['holdout']:>8} {c['tune'] + c['holdout']:>6} "
            f"{quotes[style]:>7} {figures[style]:>8}"
        )
    tune = sum(c["tune"] for c in counts.values())
    print(
        f"{'total':8} {tune:>5} {holdout:>8} {tune + holdout:>6} "
        f"{sum(quotes.values()):>7} {sum(figures.values()):>8}"
    )

    for line in errors:
        print("ERROR", line)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
