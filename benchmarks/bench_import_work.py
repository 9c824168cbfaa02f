"""The import's work per release, counted in instructions: a figure the shared machine's noise leaves alone.

Usage: python benchmarks/bench_import_work.py [COMMIT] [--records 300]

Runs the step the import's worker processes run on each JSON record (read the record, analyse
it, write and read back its YAML, make its index rows) over the first --records DOJ releases
under valgrind's cachegrind, and over one release, and prints the instructions per release (the
difference over the records between the two, so the interpreter's start is left out). With
COMMIT, the same for that commit's package (a `git worktree`) and the ratio now / then. Wall
clock on this machine varies by a fifth between runs; the instruction count by well under 1 %.
Needs valgrind; skips when it or ../shared/corpus is absent.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from worktree import worktree

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus"
DOJ = CORPUS / "doj-opa-2009-2018" / "doj_press_releases_2009-2018.jsonl.gz"
REFS = re.compile(r"I\s+refs:\s+([\d,]+)")

# The worker's step over the first N records, in chunks of 64 as the import sends them (older
# packages named it differently: then `importers.run._prepare_records(chunk, mapping)`).
STEP = """
import gzip, itertools, json, sys
from pathlib import Path
from pressreader.importers import jsonl
n = int(sys.argv[1])
with gzip.open(sys.argv[2], "rt") as fh:
    records = [(f"r{i}", json.loads(line)) for i, line in enumerate(itertools.islice(fh, n))]
try:
    from pressreader.importers.workers import NO_OVERRIDES, _prepare_records
    def step(chunk): return _prepare_records(chunk, dict(jsonl.DEFAULT_MAP), NO_OVERRIDES, Path("/x"))
except ImportError:
    from pressreader.importers.run import _prepare_records
    def step(chunk): return _prepare_records(chunk, dict(jsonl.DEFAULT_MAP))
for start in range(0, n, 64):
    step(records[start : start + 64])
"""


def instructions(package: Path, records: int) -> int:
    """Instructions of the step over `records` records, by the package at `package`."""
    env = {**os.environ, "PYTHONPATH": str(package)}
    command = [
        "valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
        sys.executable, "-c", STEP, str(records), str(DOJ),
    ]  # fmt: skip
    # (run in the package's folder: `python -c` puts the current folder first on the path)
    out = subprocess.run(command, capture_output=True, text=True, env=env, cwd=package)
    found = REFS.search(out.stderr)
    if out.returncode != 0 or found is None:
        raise SystemExit(f"{package}: the step failed\n{out.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def per_release(package: Path, records: int) -> float:
    """Instructions per release: the step over `records` records less the step over one."""
    return (instructions(package, records) - instructions(package, 1)) / (records - 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commit", nargs="?")
    parser.add_argument("--records", type=int, default=300)
    args = parser.parse_args()
    if shutil.which("valgrind") is None or not DOJ.exists():
        print("skipped: needs valgrind and ../shared/corpus")
        return 0
    now = per_release(HERE.parent, args.records)
    print(f"now: {now / 1e6:.2f} M instructions a DOJ release ({args.records} releases)")
    if args.commit:
        with worktree(args.commit) as then_dir:
            then = per_release(then_dir, args.records)
        print(f"{args.commit}: {then / 1e6:.2f} M instructions a DOJ release; now / then "
              f"{now / then:.2f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
