"""An older commit checked out beside this one, for the benchmarks that compare the two."""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent


@contextmanager
def worktree(commit: str) -> Iterator[Path]:
    """A `git worktree` of `commit` in a temporary folder, removed when the block ends."""
    folder = Path(tempfile.mkdtemp(prefix="pressreader-then-"))
    subprocess.run(["git", "-C", str(CHECKOUT), "worktree", "add", "-f", str(folder), commit],
                   check=True, capture_output=True)  # fmt: skip
    try:
        yield folder
    finally:
        subprocess.run(["git", "-C", str(CHECKOUT), "worktree", "remove", "--force", str(folder)],
                       capture_output=True)  # fmt: skip
