"""`update`: fetch every followed feed, at most 8 at once and 2 per host, and import what is new.

Each feed is downloaded conditionally (the ETag and Last-Modified saved by the last update), so a
304 costs one small request and imports nothing; a 200 whose body is the one read last time is
"unchanged" without being parsed. A new body is read with the feed reader of `pressreader import`,
its entries already in the store (by the keys kept in feeds-state.json) are passed over, and the rest
go through the importer's own path: the `source` override, `prepare` (assemble + YAML) and the
importer's writer (imported / unchanged / skipped, never overwriting a release already in the store).
For a `full_text` feed an entry that carries only a short summary gets its linked page, read with
the HTML page reader (trafilatura).

Downloads run on a thread pool; reading, analysing and writing happen on the calling thread, one feed
at a time, with only a few finished downloads waiting, so memory stays bounded by the size cap times
the number of workers. One feed failing (HTTP errors, timeouts, bombs, not a feed) never stops the
others: it is a "failed" result with the reason.

The workers' part (downloads and full-text pages) is in downloading.py and the report's dataclasses
in report.py; FeedResult and UpdateReport are still importable from here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import cast

from pressreader.follow.downloading import (
    FULL_TEXT_BELOW,
    MAX_PAGES,
    _Download,
    _download,
    entry_key,
)
from pressreader.follow.feed import Feed, normalise_url
from pressreader.follow.feeds_file import read_subscriptions
from pressreader.follow.fetching import HostLimiter, host_of
from pressreader.follow.report import FeedResult, UpdateReport
from pressreader.follow.state import FeedState, read_state, write_state
from pressreader.importers import ImportFailure, Outcome
from pressreader.importers.run import Importer
from pressreader.importers.workers import Overrides, Prepared, prepare
from pressreader.store import sync_all

__all__ = [
    "FULL_TEXT_BELOW",
    "MAX_PAGES",
    "FeedResult",
    "Progress",
    "UpdateReport",
    "entry_key",
    "update",
]

Progress = Callable[[int, int, "FeedResult"], None]


def update(
    store: Path | str,
    *,
    progress: Progress | None = None,
    max_total: int = 8,
    max_per_host: int = 2,
    timeout: float = 20.0,
) -> UpdateReport:
    """Fetch every followed feed and import its new entries into the store.

    At most `max_total` downloads at once and `max_per_host` to one host; `timeout` seconds for
    each whole download. `progress(done, total, result)` is called on the calling thread after
    each feed. The state file is saved even when the update is interrupted.
    """
    started = time.monotonic()
    root = Path(store).expanduser()
    subs = read_subscriptions(root)
    report = UpdateReport(problems=list(subs.problems))
    states = read_state(root, report.problems)
    feeds = _interleave_hosts(subs.feeds)
    results: dict[str, FeedResult] = {}
    limiter = HostLimiter(max_per_host)
    importer: list[Importer] = []  # opened on the first feed with something to import

    def writer() -> Importer:
        if not importer:
            importer.append(Importer(root, update=False))
        return importer[0]

    workers = max(1, max_total)
    pending: dict[Future[_Download], Feed] = {}
    queue = list(feeds)
    try:
        with ThreadPoolExecutor(workers, thread_name_prefix="pressreader-follow") as pool:

            def submit() -> None:
                # A few downloads beyond the workers wait finished, never all of them.
                while queue and len(pending) < workers + 2:
                    feed = queue.pop(0)
                    state = states.get(normalise_url(feed.url), FeedState())
                    future = pool.submit(_download, feed, state, limiter, timeout)
                    pending[future] = feed

            submit()
            try:
                while pending:
                    done, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for future in done:
                        feed = pending.pop(future)
                        key = normalise_url(feed.url)
                        state = states.setdefault(key, FeedState())
                        result = _finish(feed, state, future.result(), writer)
                        results[feed.url] = result
                        if progress:
                            progress(len(results), len(feeds), result)
                    submit()
            except BaseException:
                queue.clear()
                for future in pending:
                    future.cancel()
                raise
    finally:
        if importer:
            sync_all()  # the new files on disk before the state says their entries were seen
            importer[0].library.refresh()
        if not subs.problems:  # feeds taken out of feeds.yaml by hand: their state goes too
            followed = {normalise_url(f.url) for f in subs.feeds}
            states = {k: v for k, v in states.items() if k in followed}
        try:
            write_state(root, states)
        except OSError as exc:
            report.problems.append(f"the feeds' state cannot be saved ({exc.strerror or exc})")
    report.feeds = [results[f.url] for f in subs.feeds if f.url in results]
    report.seconds = time.monotonic() - started
    return report


def _interleave_hosts(feeds: list[Feed]) -> list[Feed]:
    """The feeds reordered so that hosts take turns: ten feeds of one host do not hold every
    worker waiting for its two slots while other hosts could be read."""
    by_host: dict[str, list[Feed]] = {}
    for feed in feeds:
        by_host.setdefault(host_of(feed.url), []).append(feed)
    out: list[Feed] = []
    lists = list(by_host.values())
    while lists:
        out.extend(group.pop(0) for group in lists)
        lists = [group for group in lists if group]
    return out


# ----------------------------------------------------------------------------- on the caller


def _finish(
    feed: Feed, state: FeedState, download: _Download, writer: Callable[[], Importer]
) -> FeedResult:
    """Import a finished download's new entries and bring the feed's state up to date."""
    fetched = download.fetched
    result = FeedResult(
        feed.url,
        feed.name,
        "unchanged",
        http_status=fetched.status if fetched else None,
        warnings=list(download.warnings),
        seconds=download.seconds,
    )
    state.last_checked = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    state.http_status = result.http_status
    if download.error is not None:
        result.status, result.reason = "failed", download.error
        state.last_status, state.last_error = "failed", download.error
        return result
    assert fetched is not None
    state.last_error = None
    if download.docs is None:  # 304, or the very body read last time
        result.total = state.total
        result.unchanged = state.total
        state.last_status, state.new = "unchanged", 0
        if fetched.status != 304:
            state.etag = fetched.etag or state.etag
            state.last_modified = fetched.last_modified or state.last_modified
        return result
    seen = set(state.seen)
    still: list[str] = []  # keys of the entries in the feed now that are in the store
    overrides = Overrides(source=feed.source)
    importer: Importer | None = None
    retry = False  # an entry could not be written: read the whole feed again next time
    for item in download.docs:
        result.total += 1
        if isinstance(item, ImportFailure):
            result.outcomes.append(Outcome(item.args[0].split(": ")[0], "failed", reason=str(item)))
            continue
        key = entry_key(item)
        if key in seen:
            result.outcomes.append(Outcome(item.origin, "unchanged"))
            still.append(key)
            continue
        prepared = prepare(item, overrides)
        if isinstance(prepared, Outcome):
            outcome = prepared
        else:
            importer = importer or writer()
            try:
                outcome = importer.write(cast(Prepared, prepared))
            except Exception as exc:  # noqa: BLE001 - one bad entry must not stop the feed
                outcome = Outcome(item.origin, "failed", prepared.id, reason=f"{exc!r}")
            retry = retry or outcome.status == "failed"
        result.outcomes.append(outcome)
        if outcome.status in ("imported", "updated", "unchanged", "skipped"):
            still.append(key)
    result.total += download.deferred
    result.deferred = download.deferred
    result.new = sum(o.status in ("imported", "updated") for o in result.outcomes)
    result.unchanged = sum(o.status == "unchanged" for o in result.outcomes)
    result.skipped = sum(o.status == "skipped" for o in result.outcomes)
    result.failed_items = sum(o.status == "failed" for o in result.outcomes)
    result.warnings.extend(w for o in result.outcomes for w in o.warnings)
    result.status = "new" if result.new else "unchanged"
    state.seen = list(dict.fromkeys(still))
    state.new, state.total, state.last_status = result.new, result.total, result.status
    if result.deferred or retry:
        # Entries are left to read again: the next update must get the whole feed.
        state.etag = state.last_modified = state.body_sha256 = None
    else:
        state.etag, state.last_modified = fetched.etag, fetched.last_modified
        state.body_sha256 = hashlib.sha256(fetched.body).hexdigest()
    return result
