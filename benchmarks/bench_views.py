"""Time the views across releases in-process, on a big store: medians of repeated runs.

Usage: python benchmarks/bench_views.py [--store DIR] [--cache DIR] [--build-size N] [--repeat R]

- speakers view: open (read every speaker, build the in-memory filter) ≤ 300 ms; filter per keystroke
  ≤ 30 ms; a speaker's quotes ≤ 50 ms;
- figures view: count + first page (newest first / largest first / a unit / a query) ≤ 300 ms;
  a chart of one measure over 10 years ≤ 300 ms;
- what duplicate grouping adds to a cold index build: a store of --build-size releases (made once
  with make_store.py) indexed in a fresh cache with duplicates.signature / group stubbed out, then
  normally, in this process (alternating, twice each); target ≤ 20 %.

The big store defaults to /tmp/pr100k/store (make it with `python benchmarks/make_store.py 100000
/tmp/pr100k/store`); its index lives in --cache (built on first use, which takes minutes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def median_ms(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def report(name: str, ms: float, target: float | None = None, extra: str = "") -> None:
    verdict = "" if target is None else ("  ok" if ms <= target else f"  OVER {target:.0f} ms")
    print(f"{name:<58} {ms:8.1f} ms{verdict}  {extra}", flush=True)


def bench_queries(store: Path, repeat: int) -> None:
    from pressreader.index import Library
    from pressreader.index import figures as figure_table
    from pressreader.index.speaker_filter import SpeakerFilter

    library = Library(store)
    if not library.count:
        print("building the index (once)…", flush=True)
        library.refresh()
    with library._use("write") as conn, conn:  # an index built before index/figures.py existed
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'figure_units'").fetchone():
            start = time.perf_counter()
            figure_table.rebuild_units(conn)
            report("(once) figure indexes + unit table", (time.perf_counter() - start) * 1000)
    print(f"store: {store} · {library.count:,} releases", flush=True)

    # ---------------------------------------------------------------- speakers
    bench_speaker_table(repeat)

    def open_speakers() -> SpeakerFilter:
        found = SpeakerFilter(library.speakers())
        found.filter("", "quotes")
        return found

    ms, found = median_ms(open_speakers, repeat)
    report("speakers view opens (all speakers + filter)", ms, 300, f"{len(found):,} speakers")
    name = found.rows[len(found.rows) // 3].name
    prefixes = [name[:i] for i in range(1, min(len(name), 8) + 1)] + ["minister", "sec"]
    times = []
    for text in prefixes:
        for order in ("quotes", "name"):
            t, _ = median_ms(lambda text=text, order=order: found.filter(text, order), repeat)
            times.append(t)
    report("filter per keystroke (in memory), median", statistics.median(times), 30)
    report("filter per keystroke (in memory), worst", max(times), 30, f"typing {name!r}")
    sql = [median_ms(lambda p=p: library.speakers(p), 3)[0] for p in prefixes[:4]]
    report("(for comparison) Library.speakers(text) in SQL", statistics.median(sql))
    top, middle = found.rows[0], found.rows[len(found.rows) // 2]

    def first_page(key: str) -> Any:
        """What the view does: the speaker, their quote keys, and the first screen of rows."""
        person, pages = library.speaker_quote_pages(key)
        return person, pages[: min(len(pages), 60)], pages

    for label, row in (("most quoted", top), ("median", middle)):
        ms, (_, _, pages) = median_ms(lambda row=row: first_page(row.key), repeat)
        report(f"a speaker's quotes, view ({label}: {row.quotes:,})", ms, 50, f"{len(pages):,}")
        ms, (_, quotes) = median_ms(lambda row=row: library.speaker_quotes(row.key), repeat)
        report(f"(for comparison) all rows at once ({label})", ms, None, f"{len(quotes):,}")

    # ---------------------------------------------------------------- figures
    def view(query: str, unit: str, order: str) -> Callable[[], Any]:
        def run() -> Any:
            fs = library.figure_set(query, unit)
            return fs, library.figure_page(fs, order, 0, 200)

        return run

    cases = [
        ("figures view opens (all, newest first)", "", "", "date"),
        ("figures view, largest first", "", "", "value"),
        ("figures view, unit 'tonnes'", "", "tonnes", "value"),
        ("figures view, unit '€'", "", "€", "date"),
        ("figures view, query 'cocaine'", "cocaine", "", "date"),
        ("figures view, query 'cocaine' + unit 'kilograms'", "cocaine", "kilograms", "value"),
    ]
    for label, query, unit, order in cases:
        ms, (fs, _) = median_ms(view(query, unit, order), repeat)
        report(label, ms, 300, f"{fs.count:,} figures")
    everything = library.figure_set()
    middle_page = (everything.count // 2) // 200 * 200
    ms, _ = median_ms(lambda: library.figure_page(everything, "date", middle_page, 200), repeat)
    report("a page in the middle (OFFSET), newest first", ms, 300, f"offset {middle_page:,}")
    ms, _ = median_ms(lambda: library.figure_page(everything, "value", middle_page, 200), repeat)
    report("a page in the middle (OFFSET), largest first", ms, 300)

    last = library.figure_page(everything, "date", 0, 1)[0].date
    since = (dt.date.fromisoformat(last) - dt.timedelta(days=3652)).isoformat()
    for unit in ("kilograms", "arrests", "€"):

        def chart(unit: str = unit) -> Any:
            return library.figure_series(library.figure_set("", unit), since=since)

        ms, points = median_ms(chart, repeat)
        report(
            f"chart of '{unit}' over 10 years ({since[:4]}–{last[:4]})",
            ms,
            300,
            f"{len(points):,} points",
        )
    library.close()


def bench_speaker_table(repeat: int, people: int = 20000) -> None:
    """The speakers view on a table of 20,000 people (synthetic stores quote few people): the
    speakers table's query as the index runs it, the in-memory filter per keystroke."""
    import json
    import random
    import sqlite3

    from pressreader.index import speakers as speaker_table
    from pressreader.index.speaker_filter import SpeakerFilter

    rng = random.Random(7)
    given = ["Ada", "Bo", "Cy", "Dana", "Eli", "Farah", "Gus", "Hana", "Ivo", "Jo", "Kai", "Lena"]
    roles = ["Minister of Ports", "Secretary of State", "Harbour Master", "Spokesperson",
             "Director", "Mayor", "Prosecutor", "Chief of Police"]  # fmt: skip
    conn = sqlite3.connect(":memory:")
    conn.executescript(speaker_table.SCHEMA)
    rows = []
    for i in range(people):
        surname = "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(3))
        name = f"{rng.choice(given)} {surname.title()}{i}"
        role = rng.sample(roles, rng.randint(1, 2))
        spans = json.dumps([[r, "2015-01-01", "2024-12-31"] for r in role])
        quotes = int(rng.paretovariate(1.2))
        rows.append((name.lower(), name, json.dumps([name, surname.title()]), spans, quotes, quotes,
                     "2015-01-01", "2024-12-31"))  # fmt: skip
    conn.executemany("INSERT INTO speakers VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def open_view() -> SpeakerFilter:
        found = SpeakerFilter(speaker_table.speakers(conn))
        found.filter("", "quotes")
        return found

    ms, found = median_ms(open_view, repeat)
    report(f"speakers view opens ({people:,} synthetic speakers)", ms, 300)
    name = found.rows[people // 2].name
    times = [
        median_ms(lambda t=name[:i], o=order: found.filter(t, o), repeat)[0]
        for i in range(1, len(name) + 1)
        for order in ("quotes", "name")
    ]
    report(f"  filter per keystroke, median (typing {name!r})", statistics.median(times), 30)
    report("  filter per keystroke, worst", max(times), 30)


def bench_duplicates(size: int, root: Path) -> None:
    """A cold build with duplicate grouping stubbed out against a normal one, same process."""
    from pressreader.index import Library, duplicates

    store = root / f"store-{size}"
    if not store.is_dir():
        print(f"making a {size:,}-release store in {store}…", flush=True)
        subprocess.run(
            [sys.executable, str(HERE / "make_store.py"), str(size), str(store)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    real_signature, real_group, real_sign = duplicates.signature, duplicates.group, duplicates.sign

    def build(stubbed: bool) -> float:
        cache = Path(tempfile.mkdtemp(prefix="bench-views-cache-", dir=root))
        os.environ["PRESSREADER_CACHE"] = str(cache)
        if stubbed:  # workers fork from this process, so they see the stubs too
            duplicates.signature = lambda release: b""  # type: ignore[assignment]
            duplicates.group = lambda conn, rids: 0  # type: ignore[assignment]
            duplicates.sign = lambda conn, rids: None  # type: ignore[assignment]
        try:
            start = time.perf_counter()
            library = Library(store)
            library.refresh()
            took = time.perf_counter() - start
            library.close()
        finally:
            duplicates.signature, duplicates.group = real_signature, real_group
            duplicates.sign = real_sign
            shutil.rmtree(cache, ignore_errors=True)
        return took

    runs: dict[bool, list[float]] = {True: [], False: []}
    for stubbed in (True, False, True, False):
        runs[stubbed].append(build(stubbed))
        label = "without grouping" if stubbed else "with grouping   "
        print(f"cold build of {size:,} releases {label}: {runs[stubbed][-1]:6.1f} s", flush=True)
    without, with_ = statistics.median(runs[True]), statistics.median(runs[False])
    added = (with_ - without) / without * 100
    verdict = "ok" if added <= 20 else "OVER 20 %"
    print(f"duplicate grouping adds {added:+.1f} % to a cold build ({verdict})", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=Path("/tmp/pr100k/store"))
    parser.add_argument("--cache", type=Path, default=Path("/tmp/bv-cache"))
    parser.add_argument("--build-size", type=int, default=10000, help="0: skip the build test")
    parser.add_argument("--build-root", type=Path, default=Path("/tmp/bench-views"))
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    os.environ["PRESSREADER_CACHE"] = str(args.cache)
    if args.store.is_dir():
        bench_queries(args.store, args.repeat)
    else:
        print(f"no store at {args.store}: make one with benchmarks/make_store.py", flush=True)
    if args.build_size:
        args.build_root.mkdir(parents=True, exist_ok=True)
        bench_duplicates(args.build_size, args.build_root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
