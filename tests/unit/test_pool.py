"""Worker processes die with their parent: `kill -9` of `pressreader index` leaves no orphans."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pressreader.pool import process_pool

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

RELEASE = """title: Harbour inspections number {n}
date: 2024-{month:02d}-{day:02d}
source: Norland Ministry of Ports
topics: [ports, customs]
summary: The lead of release {n}.
body:
{body}
"""


def children(pid: int) -> set[int]:
    """The processes whose parent is `pid` (from /proc)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has exited


def wait(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return condition()


def test_pool_workers_watch_their_parent() -> None:
    with process_pool(2) as pool:
        assert pool.submit(os.getppid).result(timeout=30) == os.getpid()


def test_kill_9_of_index_leaves_no_orphan_workers(tmp_path: Path) -> None:
    store = tmp_path / "store"
    store.mkdir()
    paragraph = "  - " + "The ministry said the harbour checks continue at every quay. " * 30
    body = "\n".join([paragraph] * 12)
    for n in range(1200):
        text = RELEASE.format(n=n, month=n % 12 + 1, day=n % 28 + 1, body=body)
        (store / f"r-{n:04d}.yaml").write_text(text)
    env = {
        **os.environ,
        "PRESSREADER_CACHE": str(tmp_path / "cache"),
        "PRESSREADER_STATE": str(tmp_path / "state"),
        "PRESSREADER_CONFIG": str(tmp_path / "config.yaml"),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "pressreader", "index", "--data", str(store)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        # the pool's workers (the folder's scan has one short-lived child of its own: wait for 2)
        assert wait(lambda: len(children(proc.pid)) >= 2 or proc.poll() is not None, 60)
        workers = children(proc.pid)
        assert proc.poll() is None and len(workers) >= 2, "the index finished before the test"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        assert wait(lambda: not any(alive(w) for w in workers), 5), "orphaned workers live on"
    finally:
        if proc.poll() is None:
            proc.kill()
        for worker in children(proc.pid):
            os.kill(worker, signal.SIGKILL)
