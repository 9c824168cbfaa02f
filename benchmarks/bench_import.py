"""Import speed: releases per second for the real corpora, into a fresh store each time.

Usage: python benchmarks/bench_import.py [--repeat N] [--corpus doj|state|whitehouse|all]
Prints the median seconds and releases/s of `import_sources` (analysis, YAML writing and the final
index refresh included) per corpus, and the CPU seconds of the import's process and its workers (a
steadier figure than the wall clock on a shared machine); skips when ../shared/corpus is absent.

Each import goes into a new store in a temporary folder, removed at the end. With `--stores DIR`
the stores are made in DIR and kept: on ext4, creating a file within minutes of deleting thousands
(an earlier run's store) costs the kernel a scan past every recently freed inode (`recently_deleted`
in `__ext4_new_inode`, seen with perf: 0.1 ms a file became 1.5 ms), which slowed the next run by a
fifth or more; a series of runs with `--stores` creates files only, and DIR is emptied after it.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pressreader.importers.run import import_sources

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
FILES = {
    "doj": CORPUS / "doj-opa-2009-2018" / "doj_press_releases_2009-2018.jsonl.gz",
    "state": CORPUS / "state-whitehouse-2021-2022" / "state_press_releases_2021-2022.jsonl.gz",
    "whitehouse": CORPUS
    / "state-whitehouse-2021-2022"
    / "whitehouse_briefing_room_2021-2022.jsonl.gz",
}


def _cpu() -> float:
    """CPU seconds (user and system) of this process and of its workers that have ended."""
    own, workers = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def measure(path: Path, stores: Path) -> tuple[float, int, int, float]:
    """Seconds, releases imported, failures and CPU seconds (this process and the worker
    processes, which the import ends before it returns) of one import into a new store."""
    tmp = Path(tempfile.mkdtemp(prefix="bench-import-", dir=stores))
    os.environ["PRESSREADER_CACHE"] = str(tmp / "cache")
    start, cpu = time.perf_counter(), _cpu()
    report = import_sources([str(path)], tmp / "store")
    elapsed, cpu = time.perf_counter() - start, _cpu() - cpu
    return elapsed, report.count("imported"), len(report.failed), cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--corpus", choices=[*FILES, "all"], default="all")
    parser.add_argument("--stores", type=Path, help="make the stores here and keep them")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is not available")
        return 0
    names = list(FILES) if args.corpus == "all" else [args.corpus]
    print(f"cores: {os.cpu_count()}, python {sys.version.split()[0]}")
    if args.stores is None:
        with tempfile.TemporaryDirectory() as tmp:
            return _report(names, args.repeat, Path(tmp))
    args.stores.mkdir(parents=True, exist_ok=True)
    return _report(names, args.repeat, args.stores)


def _report(names: list[str], repeat: int, stores: Path) -> int:
    """Import each corpus `repeat` times into new stores under `stores` and print the figures."""
    for name in names:
        runs = [measure(FILES[name], stores) for _ in range(repeat)]
        seconds = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[3] for r in runs)
        imported, failed = runs[0][1], runs[0][2]
        print(
            f"{name:<11} {imported:>6} releases ({failed} failed)  median {seconds:6.1f} s  "
            f"{imported / seconds:7.0f} releases/s  CPU {cpu:6.1f} s  "
            f"(runs: {', '.join(f'{r[0]:.1f}' for r in runs)})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
