"""Worker processes that never outlive the process that started them.

Parsing the store (index/building.py) and analysing JSON records (importers/workers.py) run in a
process pool. When the parent dies without shutting the pool down (`kill -9`, an OOM kill), its
workers would live on as orphans, so each worker watches its parent from a daemon thread and exits
as soon as it is gone (within POLL seconds): `os.getppid()` changes once a process is re-parented.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor

POLL = 0.2  # seconds between two looks at the parent


def process_pool(workers: int) -> ProcessPoolExecutor:
    """A process pool (fork on POSIX, else spawn) whose workers exit when this process dies."""
    ctx = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    return ProcessPoolExecutor(
        max_workers=workers, mp_context=ctx, initializer=exit_with_parent, initargs=(os.getpid(),)
    )


def exit_with_parent(parent: int) -> None:
    """In a worker: exit at once when the process `parent` is no longer this one's parent."""
    if os.getppid() != parent:  # already gone while this worker started
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(POLL)
        os._exit(1)  # no clean-up: the parent that would collect the results is gone

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
