"""The streaming CLI and field queries at scale: time and peak memory of `list`, `quotes`, `figures`.

Usage: python benchmarks/bench_cli.py STORE [--repeat 3]

STORE is a store made by benchmarks/make_store.py (e.g. 100,000 releases) whose index is built
(`pressreader index --data STORE`; set PRESSREADER_CACHE the same way for both). Each command runs
in a fresh process, its output sent to /dev/null, timed from spawn to exit, and its peak resident
memory read from the kernel (getrusage of the finished child). Field queries (source:, topic:,
speaker:, after:/before:/year:, has:) are timed in-process with `Library.search`, as the app runs
them, beside plain word queries in the same process (the baseline). Medians over --repeat runs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

CHILD = r"""
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{seconds} {peak} {code}")
"""


def run(args: list[str]) -> tuple[float, float]:
    """Seconds and peak MB of one command, in a fresh process."""
    out = subprocess.run(
        [sys.executable, "-c", CHILD, *args], capture_output=True, text=True, check=True
    ).stdout.split()
    return float(out[0]), float(out[1])


def count(store: Path, query: str) -> int:
    from pressreader.index import Library

    return len(Library(store).search(query))


def cli_figures(store: Path, repeat: int) -> None:
    exe = [sys.executable, "-m", "pressreader"]
    cases = [
        ("list justice --json", ["list", "justice", "--json"]),
        ("list justice --format jsonl", ["list", "justice", "--format", "jsonl"]),
        ("list climate --json", ["list", "climate", "--json"]),
        ("quotes climate", ["quotes", "climate"]),
        ("figures climate --format csv", ["figures", "climate", "--format", "csv"]),
    ]
    print(f"{'command':34s} {'matches':>8s} {'median s':>9s} {'peak MB':>8s}")
    for label, args in cases:
        runs = [run([*exe, *args, "--data", str(store)]) for _ in range(repeat)]
        matches = count(store, args[1])
        seconds = statistics.median(r[0] for r in runs)
        peak = statistics.median(r[1] for r in runs)
        print(f"{label:34s} {matches:8d} {seconds:9.2f} {peak:8.0f}")


FIELD_QUERIES = [
    "source:justice",
    "source:justice after:2015-01-01",
    "topic:tax fraud",
    "year:2016 fraud",
    "speaker:holder",
    "has:quote year:2012",
    "has:figures climate",
    "before:2005-12-31 source:state",
    "(fraud OR bribery) year:2014",
    "-justice year:2020",
]
WORD_QUERIES = ["fraud", "tax fraud", "climate change", "justice department", "health"]


def field_figures(store: Path, repeat: int) -> dict[str, float]:
    from pressreader.index import Library

    library = Library(store)
    result: dict[str, float] = {}
    for name, queries in (("field", FIELD_QUERIES), ("words", WORD_QUERIES)):
        times = []
        for _ in range(repeat):
            for query in queries:
                start = time.perf_counter()
                library.search(query)
                times.append(time.perf_counter() - start)
        result[f"{name}_median_ms"] = statistics.median(times) * 1000
        result[f"{name}_p95_ms"] = statistics.quantiles(times, n=20)[18] * 1000
    result["ratio_median"] = result["field_median_ms"] / result["words_median_ms"]
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not args.store.is_dir():
        print(f"skipped: {args.store} is not a store (make one with benchmarks/make_store.py)")
        return 0
    cli_figures(args.store, args.repeat)
    print(json.dumps({k: round(v, 2) for k, v in field_figures(args.store, args.repeat).items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
