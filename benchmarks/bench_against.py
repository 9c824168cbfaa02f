"""The scale benchmark of this checkout against an older commit, in one run on the same store.

Usage: python benchmarks/bench_against.py COMMIT [--sizes 10000] [--repeat 3] [--root DIR]

The machines are shared and noisy, so figures of two days are not comparable; this runs the older
commit's own benchmarks/bench_scale.py (from a `git worktree` of COMMIT, its package first on the
path) and this checkout's, alternating, --repeat times each with --repeat 1, on the same synthetic
stores, and prints the median of every figure for both and their ratio (now / then: above 1 is
slower or larger now).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from worktree import worktree

HERE = Path(__file__).resolve().parent
ROW = re.compile(r"^\| (?P<label>[^|]+?) \| (?P<value>[\d,.]+) (?P<unit>\w+) \|")


def run(checkout: Path, sizes: str, root: Path) -> dict[str, tuple[float, str]]:
    """One bench_scale run of a checkout: {"N figure": (value, unit)}."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    script = checkout / "benchmarks" / "bench_scale.py"
    command = [sys.executable, str(script), "--sizes", sizes, "--repeat", "1", "--root", str(root)]
    out = subprocess.run(command, capture_output=True, text=True, env=env, cwd=checkout)
    if out.returncode != 0:
        raise SystemExit(f"{checkout}: bench_scale failed\n{out.stderr[-2000:]}")
    figures: dict[str, tuple[float, str]] = {}
    size = ""
    for line in out.stdout.splitlines():
        if line.startswith("N = "):
            size = line[4:].split()[0]
        elif m := ROW.match(line):
            figures[f"{size} {m['label']}"] = (float(m["value"].replace(",", "")), m["unit"])
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commit")
    parser.add_argument("--sizes", default="10000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--root", type=Path, default=Path(tempfile.gettempdir()) / "pressreader-bench"
    )
    args = parser.parse_args()
    now = HERE.parent
    runs: dict[str, list[dict[str, tuple[float, str]]]] = {"then": [], "now": []}
    with worktree(args.commit) as then:
        for _ in range(args.repeat):
            runs["then"].append(run(then, args.sizes, args.root))
            runs["now"].append(run(now, args.sizes, args.root))
    print(f"{args.commit} (then) against this checkout (now), medians of {args.repeat} runs each")
    print("| figure | then | now | now / then |\n| --- | ---: | ---: | ---: |")
    for key in runs["now"][0]:
        if not all(key in r for r in runs["then"]):
            continue
        unit = runs["now"][0][key][1]
        old = statistics.median(r[key][0] for r in runs["then"])
        new = statistics.median(r[key][0] for r in runs["now"])
        ratio = f"{new / old:.2f}" if old else "—"
        print(f"| {key} | {old:,.2f} {unit} | {new:,.2f} {unit} | {ratio} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
