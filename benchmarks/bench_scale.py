"""Scale benchmark: every figure of the 100,000-releases issue, for pressreader and a naive baseline.

Usage: python benchmarks/bench_scale.py [--sizes 1000,10000,100000] [--root /tmp/pressreader-bench]
       [--repeat 3]

For each size N it makes (once) a synthetic store with benchmarks/make_store.py, then measures, each
in a fresh process so that start-up and memory are honest:

- warm open: process start to the first frame that shows the list (the index exists);
- cold open: process start to the first frame with releases, with no index; and until the full
  index is built;
- one file changed, then open: process start to the frame that shows the changed release;
- resident memory (RSS) with the list open, after the index is up to date;
- search: median and p95 of `Library.search` for 30 one-to-three word queries;
- keystroke echo: median time from a key press in the search box to the screen showing it, while
  the searches that typing starts are running;
- cursor move: median time of one cursor step in the list, including drawing the visible rows.

The baseline is the simplest reader: parse every YAML file at start (CSafeLoader, one process), keep
the releases in memory and filter them by substring. Its open, memory and search figures are measured
the same way, in its own process, and each figure's ratio is printed. Medians over --repeat runs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def rss_mb() -> float:
    """This process's resident memory in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def queries(seed: int = 3) -> list[str]:
    """30 searches of one to three words, common and rare, as people type them."""
    words = [
        "department",
        "court",
        "police",
        "health",
        "report",
        "program",
        "federal",
        "million",
        "percent",
        "security",
        "fraud",
        "budget",
        "energy",
        "climate",
        "ports",
        "housing",
        "community",
        "investigation",
        "sentenced",
        "attorney",
        "national",
        "public",
        "cyber",
        "trade",
        "judge",
        "officers",
        "tax",
        "grant",
        "water",
    ]
    rng = random.Random(seed)
    return [" ".join(rng.sample(words, 1 + i % 3)) for i in range(30)]


# ----------------------------------------------------------------------------- children


async def _open_app(store: Path, spawned: float, wait_for: str) -> dict[str, float]:
    """Run the app headless; times (from process spawn) of the first list frame and of the index."""
    from pressreader.tui.app import PressReaderApp
    from pressreader.tui.screens.reader import ReaderScreen

    marks: dict[str, float] = {}

    class TimedScreen(ReaderScreen):
        def on_search_done(self, message) -> None:  # type: ignore[override]
            super().on_search_done(message)
            if message.rids and "first_frame" not in marks:
                self.call_after_refresh(
                    lambda: marks.setdefault("first_frame", time.time() - spawned)
                )
            if "refreshed" in marks and "refreshed_frame" not in marks:
                self.call_after_refresh(
                    lambda: marks.setdefault("refreshed_frame", time.time() - spawned)
                )

        def on_store_refreshed(self, message) -> None:  # type: ignore[override]
            marks.setdefault("refreshed", time.time() - spawned)
            super().on_store_refreshed(message)

    class Timed(PressReaderApp):
        def __init__(self, root: Path) -> None:
            super().__init__(root)
            self.reader = TimedScreen(self.session)

    app = Timed(store)
    async with app.run_test(headless=True, size=(120, 40)) as pilot:
        deadline = time.time() + 600
        while wait_for not in marks and time.time() < deadline:
            await pilot.pause(0.02)
        await pilot.pause(0.2)
        marks["rss_mb"] = rss_mb()
    return marks


async def _interact(store: Path) -> dict[str, float]:
    """Search latency, keystroke echo and cursor moves on an open app (index up to date).

    Echo and cursor times run from posting the key event to the end of the first screen refresh
    after its effect (the box's text, the list's cursor), while the searches typing starts run.
    """
    from textual import events
    from textual.geometry import Region

    from pressreader.tui.app import PressReaderApp
    from pressreader.tui.screens.reader import ReaderScreen
    from pressreader.tui.widgets import ReleaseList, SearchBox

    loop = asyncio.get_running_loop()

    class TimedScreen(ReaderScreen):
        waiter: asyncio.Future | None = None

        def _done(self, widget) -> None:
            if self.waiter is not None and not self.waiter.done():
                waiter, self.waiter = self.waiter, None
                widget.call_after_refresh(lambda: waiter.set_result(time.perf_counter()))

        def on_mount(self) -> None:
            super().on_mount()
            # The echo: the first frame after the box's text changed.
            box = self.query_one(SearchBox)
            self.watch(box, "value", lambda _: self._done(box), init=False)

        def on_release_list_highlighted(self, message) -> None:  # type: ignore[override]
            super().on_release_list_highlighted(message)
            self._done(self)

    class Timed(PressReaderApp):
        def __init__(self, root: Path) -> None:
            super().__init__(root)
            self.reader = TimedScreen(self.session)

    async def key(app: Timed, name: str, character: str | None) -> float:
        app.reader.waiter = loop.create_future()
        start = time.perf_counter()
        app.post_message(events.Key(name, character))
        end = await asyncio.wait_for(app.reader.waiter, 10)
        return end - start

    app = Timed(store)
    result: dict[str, float] = {}
    async with app.run_test(headless=True, size=(120, 40)) as pilot:
        while app.session.library is None or app.session.indexing:
            await pilot.pause(0.02)
        await pilot.pause(0.3)
        library = app.session.library
        times = []
        for query in queries():
            library.search(query[:-1])  # what the box searched a keystroke before (warm caches)
            start = time.perf_counter()
            library.search(query)
            times.append(time.perf_counter() - start)
        result["search_median_ms"] = statistics.median(times) * 1000
        result["search_p95_ms"] = statistics.quantiles(times, n=20)[18] * 1000
        result["search_max_ms"] = max(times) * 1000

        lst = app.query_one(ReleaseList)
        lst.focus()
        await pilot.pause(0.1)
        steps = []
        region = Region(0, 0, lst.size.width, lst.size.height)
        for _ in range(200):
            start = time.perf_counter()
            lst.action_cursor_down()
            lst.render_lines(region)
            steps.append(time.perf_counter() - start)
        result["cursor_step_median_ms"] = statistics.median(steps) * 1000
        moves = []
        for name in ["j", "k"] * 30:
            moves.append(await key(app, name, name))
            await asyncio.sleep(0.03)
        result["cursor_median_ms"] = statistics.median(moves) * 1000

        await pilot.press("slash")
        echo = []
        for word in ("department of justice ", "health report ", "climate ports "):
            for char in word:
                echo.append(await key(app, "space" if char == " " else char, char))
                await asyncio.sleep(0.06)  # a fast typist: searches overlap the next keys
        result["echo_median_ms"] = statistics.median(echo) * 1000
        result["echo_p95_ms"] = statistics.quantiles(echo, n=20)[18] * 1000
        result["rss_mb"] = rss_mb()
    return result


def child_pressreader(mode: str, store: Path, spawned: float) -> dict[str, float]:
    if mode == "interact":
        return asyncio.run(_interact(store))
    wait_for = "refreshed_frame"
    return asyncio.run(_open_app(store, spawned, wait_for))


def child_baseline(store: Path, spawned: float) -> dict[str, float]:
    """Parse everything at start, keep it all, search by substring."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    releases = []
    for path in sorted(store.rglob("*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        text = json.dumps(data, default=str, ensure_ascii=False).lower()
        releases.append((str(data.get("date")), data.get("title"), text))
    releases.sort(key=lambda r: r[0], reverse=True)
    ready = time.time() - spawned
    result = {
        "first_frame": ready,
        "refreshed": ready,
        "refreshed_frame": ready,
        "rss_mb": rss_mb(),
    }
    times = []
    for query in queries():
        words = query.lower().split()
        start = time.perf_counter()
        [r for r in releases if all(w in r[2] for w in words)]
        times.append(time.perf_counter() - start)
    result["search_median_ms"] = statistics.median(times) * 1000
    result["search_p95_ms"] = statistics.quantiles(times, n=20)[18] * 1000
    return result


# ----------------------------------------------------------------------------- parent


def spawn(args: list[str], env: dict[str, str]) -> dict[str, float]:
    spawned = time.time()
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", *args, str(spawned)],
        capture_output=True,
        text=True,
        env=env,
        timeout=1800,
    )
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def ensure_store(n: int, root: Path) -> Path:
    store = root / f"store-{n}"
    marker = store / ".complete"
    if not marker.exists():
        shutil.rmtree(store, ignore_errors=True)
        subprocess.run(
            [sys.executable, str(HERE / "make_store.py"), str(n), str(store)], check=True
        )
        marker.write_text("ok")
    return store


def measure_size(n: int, root: Path, repeat: int) -> dict[str, dict[str, float]]:
    store = ensure_store(n, root)
    env = dict(os.environ)
    runs: dict[str, list[dict[str, float]]] = {
        "cold": [],
        "warm": [],
        "changed": [],
        "interact": [],
        "baseline": [],
    }
    victim = next(store.rglob("*.yaml"))
    original = victim.read_text(encoding="utf-8")
    try:
        for r in range(repeat):
            cache = Path(tempfile.mkdtemp(prefix="pr-bench-cache-"))
            env["PRESSREADER_CACHE"] = str(cache)
            runs["cold"].append(spawn(["pressreader", "open", str(store)], env))
            runs["warm"].append(spawn(["pressreader", "open", str(store)], env))
            victim.write_text(
                original.replace("title: ", f"title: Changed {r} ", 1), encoding="utf-8"
            )
            runs["changed"].append(spawn(["pressreader", "open", str(store)], env))
            runs["interact"].append(spawn(["pressreader", "interact", str(store)], env))
            runs["baseline"].append(spawn(["baseline", "open", str(store)], env))
            shutil.rmtree(cache, ignore_errors=True)
    finally:
        victim.write_text(original, encoding="utf-8")
    return {
        name: {key: statistics.median(run[key] for run in values) for key in values[0]}
        for name, values in runs.items()
    }


def report(n: int, m: dict[str, dict[str, float]]) -> None:
    base = m["baseline"]
    rows = [
        (
            "warm open → first list frame",
            "s",
            m["warm"]["first_frame"],
            base["first_frame"],
            "<= 1.0 s",
        ),
        (
            "cold open → first releases shown",
            "s",
            m["cold"]["first_frame"],
            base["first_frame"],
            "<= 1.0 s",
        ),
        ("cold open → full index built", "s", m["cold"]["refreshed"], base["refreshed"], "<= 90 s"),
        (
            "one file changed → shown",
            "s",
            m["changed"]["refreshed_frame"],
            base["refreshed_frame"],
            "<= 1.5 s",
        ),
        ("resident memory, list open", "MB", m["interact"]["rss_mb"], base["rss_mb"], "<= 500 MB"),
        (
            "search, median",
            "ms",
            m["interact"]["search_median_ms"],
            base["search_median_ms"],
            "<= 50 ms",
        ),
        ("search, p95", "ms", m["interact"]["search_p95_ms"], base["search_p95_ms"], "<= 150 ms"),
        (
            "keystroke echo while searching, median",
            "ms",
            m["interact"]["echo_median_ms"],
            None,
            "<= 16 ms",
        ),
        (
            "cursor move: key to frame, median",
            "ms",
            m["interact"]["cursor_median_ms"],
            None,
            "<= 5 ms",
        ),
        (
            "cursor move: list step + full redraw, median",
            "ms",
            m["interact"]["cursor_step_median_ms"],
            None,
            "",
        ),
    ]
    print(f"\nN = {n:,} releases")
    print(
        "| figure | pressreader | baseline | ratio | target |\n| --- | ---: | ---: | ---: | --- |"
    )
    for label, unit, ours, theirs, target in rows:
        other = f"{theirs:,.2f} {unit}" if theirs is not None else "—"
        ratio = f"{theirs / ours:,.1f}×" if theirs else "—"
        print(f"| {label} | {ours:,.2f} {unit} | {other} | {ratio} | {target} |")
    sys.stdout.flush()


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        kind, mode, store, spawned = sys.argv[2:6]
        if kind == "baseline":
            result = child_baseline(Path(store), float(spawned))
        else:
            result = child_pressreader(mode, Path(store), float(spawned))
        print(json.dumps(result))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument(
        "--root", type=Path, default=Path(tempfile.gettempdir()) / "pressreader-bench"
    )
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    args.root.mkdir(parents=True, exist_ok=True)
    print(
        f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}, {args.repeat} runs, medians"
    )
    for n in (int(x) for x in args.sizes.split(",")):
        report(n, measure_size(n, args.root, args.repeat))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
