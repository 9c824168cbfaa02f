"""Live-store benchmark: the reader open on a big store while another process adds 10,000 releases.

Usage: python benchmarks/bench_live.py [--size 100000] [--add 10000] [--batch 500] [--pause 2.5]
       [--mode copy|import] [--root /tmp/pressreader-bench]

The store is made once with benchmarks/make_store.py (and its index built by the app's first open,
which is not timed). The app runs headless in this process (as in bench_scale.py). Meanwhile
another process adds releases to the open store:

- `--mode copy` (default): it writes `--add` new YAML files in batches of `--batch` (each file
  written atomically, as an editor or `git pull` does), `--pause` seconds apart, and says when each
  batch is complete; the time from that moment to the list showing the batch's releases is its
  latency (target: <= 2 s);
- `--mode import`: it runs `pressreader import` of a generated JSON-lines file of `--add` records
  into the open store; the time from the import's end to the list showing them all is measured.

All the while the cursor moves (j / k, one key every 30 ms): key to frame (the first screen refresh
after the cursor moved), median and p95 (target: p95 <= 16 ms). The app's resident memory (RSS,
and its peak) is read at the end (target: <= 300 MB). The added files are removed afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
INCOMING = "live-bench-incoming"  # the added releases' folder in the store


def memory_mb() -> tuple[float, float]:
    """This process's resident memory and its peak, in MB."""
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            found[line.split(":")[0]] = int(line.split()[1]) / 1024
    return found.get("VmRSS", float("nan")), found.get("VmHWM", float("nan"))


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18] if len(values) >= 20 else max(values)


# ----------------------------------------------------------------------------- the other process


def writer(store: Path, start: int, count: int, batch: int, pause: float) -> int:
    """Write releases start..start+count into the store in batches; print when each is done."""
    sys.path.insert(0, str(HERE))
    import make_store

    from pressreader.store import dump_release

    make_store._init(make_store.load_pool())
    print("ready", flush=True)
    target = store / INCOMING
    for b, first in enumerate(range(start, start + count, batch)):
        for i in range(first, min(first + batch, start + count)):
            release = make_store.make_release(i, 7)
            folder = target / release.source.split()[-1].lower() / str(release.date.year)
            folder.mkdir(parents=True, exist_ok=True)
            tmp = folder / f".{release.id}.yaml.tmp"
            tmp.write_text(dump_release(release), encoding="utf-8")
            os.replace(tmp, folder / f"{release.id}.yaml")
        print(f"batch {b} {min(first + batch, start + count) - start} {time.time()}", flush=True)
        time.sleep(pause)
    return 0


def make_jsonl(path: Path, start: int, count: int) -> None:
    """`count` records in the JSON-lines shape `pressreader import` reads by default."""
    sys.path.insert(0, str(HERE))
    import make_store

    make_store._init(make_store.load_pool())
    with path.open("w", encoding="utf-8") as fh:
        for i in range(start, start + count):
            r = make_store.make_release(i, 7)
            text = "\n\n".join(getattr(b, "text", "") for b in r.body if getattr(b, "text", ""))
            record = {
                "id": r.id,
                "title": r.title,
                "date": r.date.isoformat(),
                "contents": text,
                "url": f"{r.url}/live",
                "topics": list(r.topics),
                "publisher": r.source,
            }
            fh.write(json.dumps(record) + "\n")


# ----------------------------------------------------------------------------- the app


async def run(store: Path, args: argparse.Namespace) -> dict[str, object]:
    from textual import events

    from pressreader.tui.app import PressReaderApp
    from pressreader.tui.widgets import ReleaseList

    loop = asyncio.get_running_loop()

    class Timed(PressReaderApp):
        waiter: asyncio.Future | None = None

        def on_release_list_highlighted(self, message) -> None:
            # (the screen handles it first; it bubbles up here)
            if self.waiter is not None and not self.waiter.done():
                waiter, self.waiter = self.waiter, None
                self.call_after_refresh(lambda: waiter.set_result(time.perf_counter()))

    app = Timed(store)
    result: dict[str, object] = {}
    async with app.run_test(headless=True, size=(140, 45)) as pilot:
        started = time.monotonic()
        while app.library is None or app.session.indexing:
            await pilot.pause(0.05)
        result["open_and_refresh_s"] = time.monotonic() - started
        await pilot.pause(0.5)
        lst = app.query_one(ReleaseList)
        lst.focus()
        base = app.session.total
        listed = len(lst.rows)
        result["releases_before"] = base
        gc_pauses: list[float] = []
        gc_start: list[float] = []

        def on_gc(phase: str, info: dict) -> None:
            if info.get("generation") == 2:
                if phase == "start":
                    gc_start[:] = [time.perf_counter()]
                elif gc_start:
                    gc_pauses.append(time.perf_counter() - gc_start[0])

        import gc

        gc.callbacks.append(on_gc)
        watcher = app.reader.live.watcher
        while watcher is not None and not watcher.ready.is_set():
            await pilot.pause(0.05)

        done_at: dict[int, float] = {}  # releases added → when the other process had them
        seen_at: dict[int, float] = {}  # releases added → when the list first showed them
        if args.mode == "copy":
            proc = await asyncio.create_subprocess_exec(
                sys.executable,
                str(Path(__file__).resolve()),
                "--writer",
                str(store),
                str(args.size),
                str(args.add),
                str(args.batch),
                str(args.pause),
                stdout=asyncio.subprocess.PIPE,
            )
        else:
            jsonl = Path(tempfile.mkdtemp(prefix="pr-live-")) / "releases.jsonl"
            make_jsonl(jsonl, args.size, args.add)
            proc = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "pressreader",
                "import",
                str(jsonl),
                "--into",
                str(store / INCOMING),
                stdout=asyncio.subprocess.DEVNULL,
                stderr=asyncio.subprocess.DEVNULL,
            )
            import_started = time.time()

        async def read_batches() -> None:
            assert proc.stdout is not None
            async for line in proc.stdout:
                parts = line.decode().split()
                if parts and parts[0] == "batch":
                    done_at[int(parts[2])] = float(parts[3])

        reader = asyncio.create_task(read_batches()) if args.mode == "copy" else None
        moves: list[float] = []
        deadline = time.monotonic() + 1800
        last = base
        exit_at: float | None = None
        while time.monotonic() < deadline:
            name = "j" if len(moves) % 2 == 0 else "k"
            app.waiter = loop.create_future()
            t0 = time.perf_counter()
            app.post_message(events.Key(name, name))
            try:
                moves.append(await asyncio.wait_for(app.waiter, 10) - t0)
            except TimeoutError:
                moves.append(10.0)
            # What the list shows now (copies of a release are listed once: the store's count,
            # as of the last search shown, is what the added batches are compared with)
            now = app.session.total
            if now != last:
                seen_at.setdefault(now - base, time.time())
                last = now
            if proc.returncode is not None and exit_at is None:
                exit_at = time.time()
            if exit_at is not None and now - base >= args.add:
                break
            if exit_at is not None and time.time() - exit_at > 60:
                break  # never all shown: reported below
            await asyncio.sleep(0.03)
        await proc.wait()
        if reader is not None:
            await reader
        rss, peak = memory_mb()
        result["rss_mb"], result["rss_peak_mb"] = rss, peak
        result["added_shown"] = app.session.total - base
        result["added_listed"] = len(lst.rows) - listed  # a release published twice: once
        result["cursor_moves"] = len(moves)
        result["cursor_median_ms"] = statistics.median(moves) * 1000
        result["cursor_p95_ms"] = p95(moves) * 1000
        result["cursor_max_ms"] = max(moves) * 1000
        result["live_refreshes"] = app.reader.live.changes
        result["gc_full_collections"] = len(gc_pauses)
        result["gc_full_max_ms"] = max(gc_pauses, default=0.0) * 1000
        if args.mode == "copy":
            lags = []
            for added, at in sorted(done_at.items()):
                shown = [t for n, t in seen_at.items() if n >= added]
                lags.append((min(shown) - at) if shown else float("inf"))
            result["batches"] = len(lags)
            result["batch_to_visible_median_s"] = statistics.median(lags)
            result["batch_to_visible_p95_s"] = p95(lags)
            result["batch_to_visible_max_s"] = max(lags)
        else:
            shown_all = [t for n, t in seen_at.items() if n >= args.add]
            result["import_s"] = (exit_at or time.time()) - import_started
            result["import_end_to_all_visible_s"] = (
                min(shown_all) - exit_at if shown_all and exit_at else float("inf")
            )
    return result


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--writer":
        store, start, count, batch, pause = sys.argv[2:7]
        return writer(Path(store), int(start), int(count), int(batch), float(pause))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--add", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--pause", type=float, default=2.5)
    parser.add_argument("--mode", choices=("copy", "import"), default="copy")
    parser.add_argument(
        "--root", type=Path, default=Path(tempfile.gettempdir()) / "pressreader-bench"
    )
    args = parser.parse_args()
    args.root.mkdir(parents=True, exist_ok=True)
    store = args.root / f"store-{args.size}"
    if not (store / ".complete").exists():
        shutil.rmtree(store, ignore_errors=True)
        subprocess.run(
            [sys.executable, str(HERE / "make_store.py"), str(args.size), str(store)], check=True
        )
        (store / ".complete").write_text("ok")
    shutil.rmtree(store / INCOMING, ignore_errors=True)
    print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}")
    print(
        f"store: {args.size:,} releases; adding {args.add:,} ({args.mode}, batches of {args.batch})"
    )
    try:
        result = asyncio.run(run(store, args))
    finally:
        shutil.rmtree(store / INCOMING, ignore_errors=True)
    for key, value in result.items():
        print(f"{key:32} {value:,.2f}" if isinstance(value, float) else f"{key:32} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
