"""Writing a file so that a crash or a full disk leaves the old file or the new one, never half.

The one way pressreader writes the user's files (releases, exports, the reading state): a temporary
file beside the target, flushed and fsync'ed, then renamed over it. Failures are OSErrors for the
caller to report; the temporary file is removed. An import writing thousands of new files skips
the fsync of each (`durable=False`: the same rename, so a crash of pressreader still leaves no half
file) and calls `sync_all` once at its end: one flush of the disk instead of one per file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, text: str, durable: bool = True) -> None:
    """Write `text` (UTF-8) to `path`, creating its folder; all or nothing (and on disk before
    it returns, unless not `durable`: then on disk after the next `sync_all`)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def sync_all() -> None:
    """Put every file written without `durable` on disk (where the system can: else a no-op)."""
    with contextlib.suppress(AttributeError, OSError):
        os.sync()
