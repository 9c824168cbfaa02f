"""`update` speed: 50 followed feeds x 100 new items from local servers into a fresh store, then a
second update with nothing new (every feed answers 304).

Usage: python benchmarks/bench_update.py [--repeat N] [--feeds 50] [--items 100] [--hosts 5]
Prints the median seconds of each (targets: first <= 20 s, second <= 2 s). The feeds are spread
over --hosts addresses 127.0.0.1.. (one server each), since `update` reads at most 2 feeds of one
host at once; --hosts 1 measures the worst case of one host.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pressreader.follow import follow, update  # noqa: E402
from tests.feeds_server import FeedRoute, FeedSite, feed_items, rss, serve  # noqa: E402


def measure(site: FeedSite, bases: list[str], feeds: int, items: int) -> tuple[float, float, int]:
    """Seconds of the first and the second update into a fresh store, and releases imported."""
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PRESSREADER_CACHE"] = str(Path(tmp) / "cache")
        store = Path(tmp) / "store"
        for n in range(feeds):
            base = bases[n % len(bases)]
            name = f"office{n}"
            site.routes[f"/{name}/feed"] = FeedRoute(rss(name, feed_items(name, base, items)))
            follow(store, f"{base}/{name}/feed", name=name)
        start = time.perf_counter()
        first = update(store)
        first_s = time.perf_counter() - start
        start = time.perf_counter()
        second = update(store)
        second_s = time.perf_counter() - start
        assert not first.failed and not second.failed, (first.failed, second.failed)
        assert second.new == 0 and second.count("unchanged") == feeds
    return first_s, second_s, first.new


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--items", type=int, default=100)
    parser.add_argument("--hosts", type=int, default=5)
    args = parser.parse_args()
    hosts = tuple(f"127.0.0.{n + 1}" for n in range(args.hosts))
    site = FeedSite()
    firsts, seconds = [], []
    with serve(site, hosts, lifetime=3600) as served:
        bases = list(served.values())
        for _ in range(args.repeat):
            first, second, new = measure(site, bases, args.feeds, args.items)
            firsts.append(first)
            seconds.append(second)
            print(f"  first {first:.2f} s ({new} releases), second {second:.2f} s", flush=True)
    print(
        f"{args.feeds} feeds x {args.items} items on {args.hosts} host(s): "
        f"first update median {statistics.median(firsts):.2f} s (target <= 20 s), "
        f"second update median {statistics.median(seconds):.2f} s (target <= 2 s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
