"""Import speed of this checkout against an older commit: alternating runs in one session.

Usage: python benchmarks/bench_import_against.py COMMIT [--corpus doj] [--pairs 5] [--stores DIR]

Figures of two days are not comparable on a shared machine, so this runs `bench_import.py` (this
checkout's script) once with the older commit's package first on the path (a `git worktree` of
COMMIT) and once with this checkout's, `--pairs` times, alternating, with a `sync` and a pause
before each run. Every store is made under one folder (`--stores`, kept; by default a temporary
folder removed at the end), so no run creates its files right after a large delete (see
bench_import.py). Prints each pair, the medians and the median of the pairs' ratios (now / then:
above 1 is slower now).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from worktree import worktree

HERE = Path(__file__).resolve().parent
FIGURES = re.compile(r"median\s+(?P<wall>[\d.]+) s .* CPU\s+(?P<cpu>[\d.]+) s")


def run(package: Path, corpus: str, stores: Path, pause: float) -> tuple[float, float]:
    """One import by the package at `package`: (wall seconds, CPU seconds)."""
    subprocess.run(["sync"], check=False)
    time.sleep(pause)
    env = {**os.environ, "PYTHONPATH": str(package)}
    script = HERE / "bench_import.py"
    command = [sys.executable, str(script), "--corpus", corpus, "--stores", str(stores)]
    out = subprocess.run(command, capture_output=True, text=True, env=env)
    found = FIGURES.search(out.stdout)
    if out.returncode != 0 or found is None:
        raise SystemExit(
            f"{package}: bench_import failed\n{out.stdout[-1000:]}{out.stderr[-2000:]}"
        )
    return float(found["wall"]), float(found["cpu"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commit")
    parser.add_argument("--corpus", default="doj", choices=["doj", "state", "whitehouse"])
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--pause", type=float, default=8.0, help="seconds before each run")
    parser.add_argument("--stores", type=Path, help="make the stores here and keep them")
    args = parser.parse_args()
    now = HERE.parent
    stores = args.stores or Path(tempfile.mkdtemp(prefix="pressreader-stores-"))
    stores.mkdir(parents=True, exist_ok=True)
    pairs: list[tuple[tuple[float, float], tuple[float, float]]] = []
    try:
        print(f"{args.corpus}: {args.commit} (then) against this checkout (now), alternating")
        print("| pair | then | now | now / then | CPU then | CPU now |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: |")
        with worktree(args.commit) as then:
            for number in range(1, args.pairs + 1):
                old = run(then, args.corpus, stores, args.pause)
                new = run(now, args.corpus, stores, args.pause)
                pairs.append((old, new))
                print(
                    f"| {number} | {old[0]:.1f} s | {new[0]:.1f} s | {new[0] / old[0]:.2f} "
                    f"| {old[1]:.1f} s | {new[1]:.1f} s |",
                    flush=True,
                )
    finally:
        if args.stores is None:
            shutil.rmtree(stores, ignore_errors=True)
    if not pairs:
        return 1
    old_wall = statistics.median(p[0][0] for p in pairs)
    new_wall = statistics.median(p[1][0] for p in pairs)
    old_cpu = statistics.median(p[0][1] for p in pairs)
    new_cpu = statistics.median(p[1][1] for p in pairs)
    ratio = statistics.median(p[1][0] / p[0][0] for p in pairs)
    print(
        f"medians of {len(pairs)}: then {old_wall:.1f} s, now {new_wall:.1f} s "
        f"({new_wall / old_wall:.2f}x; median of the pairs' ratios {ratio:.2f}); "
        f"CPU then {old_cpu:.1f} s, now {new_cpu:.1f} s ({new_cpu / old_cpu:.2f}x)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
