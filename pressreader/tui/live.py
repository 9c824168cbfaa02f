"""The reader's live parts: the store followed as it changes, feed updates, the sources pane.

`LiveStore` is an invisible widget of the main screen (screens/reader.py). It

- watches the store's folder (pressreader/watching.py, a daemon thread that only posts
  `Changed`) and, a burst of changes at a time, brings the index up to date with the paths that
  changed in a worker, then searches again: the list, the counts and the search show the new
  releases while the cursor stays on its release, at the same line of the list, and the release
  being read keeps its scroll position (it is read again only when its own file changed);
- updates every followed feed (`r`, and every `auto_update:` of config.yaml) in a worker, with
  "Updating 3/12 feeds…" on the status line and a notice at the end;
- counts each publisher's and saved search's releases (read and all) for the sources pane in a
  worker, whenever the store or the read marks change while the pane is shown (tui/live_sources.py,
  the base class `LiveSources`).

Workers post this widget's messages; the handlers run on the UI thread.
"""

from __future__ import annotations

import contextlib
import gc
import sys
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textual.message import Message
from textual.timer import Timer
from textual.worker import get_current_worker

from pressreader.errors import PressreaderError

if TYPE_CHECKING:
    from pressreader.follow import UpdateReport
from pressreader.index import RefreshReport
from pressreader.session import ReadingSession
from pressreader.tui.live_sources import COUNT_DELAY as COUNT_DELAY
from pressreader.tui.live_sources import LiveSources
from pressreader.tui.widgets.release_list import ReleaseList
from pressreader.tui.widgets.release_view import ReleaseView
from pressreader.tui.widgets.status_line import StatusLine
from pressreader.watching import (
    StoreWatcher,
    followed_feeds,
    progress_text,
    refresh_changed,
    refresh_news,
    update_notice,
)

RETRY = 0.2  # seconds: a refresh waits this long while the store's first refresh runs
SWITCH_INTERVAL = 0.001  # seconds: the interpreter's switch interval while a live refresh runs


@dataclass
class Anchor:
    """Where the list's cursor was before a live change: its release, and its line on screen."""

    rid: int
    release_id: str | None
    row: int


class LiveStore(LiveSources):
    """Follows the store's files, updates the feeds, counts the sources (see the module)."""

    DEFAULT_CSS = "LiveStore { display: none; }"

    @dataclass
    class Changed(Message, bubble=False):
        """Files changed under the store (posted by the watcher's thread)."""

        paths: set[str]

    @dataclass
    class Refreshed(Message, bubble=False):
        """The index was brought up to date with changed paths."""

        report: RefreshReport | None
        paths: set[str] = field(default_factory=set)
        error: str | None = None

    class Settled(Message, bubble=False):
        """A live refresh is over (the speakers and copies follow the files too)."""

    @dataclass
    class UpdateProgress(Message, bubble=False):
        """One more feed was updated."""

        done: int
        total: int

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, LiveStore.UpdateProgress)

    @dataclass
    class Updated(Message, bubble=False):
        """Every followed feed was updated (`report`), or the update failed (`error`)."""

        report: UpdateReport | None
        error: str | None = None

    @dataclass
    class WatchFailed(Message, bubble=False):
        text: str

    def __init__(self, session: ReadingSession, *, watch: bool = True, **kwargs) -> None:
        super().__init__(**kwargs)
        self.session = session
        self.watching = watch
        self.watcher: StoreWatcher | None = None
        self.pending: set[str] = set()  # changed paths not yet refreshed
        self.refreshing = False
        self.updating = False
        self.cursor_anchor: Anchor | None = None  # the cursor to keep through the next search
        self.changes = 0  # live refreshes that changed the index (tests and benchmarks read it)
        self.last_change = 0.0  # time.monotonic() of the last such refresh's search
        self._counting = False
        self._count_again = False
        self._unsettled = RefreshReport()  # live refreshes whose speakers and copies wait
        self._live_timers: dict[str, Timer] = {}

    def on_mount(self) -> None:
        root = self.session.root
        if self.watching and root.is_dir():
            self.watcher = StoreWatcher(
                root,
                lambda paths: None if self.post_message(self.Changed(paths)) else None,
                lambda text: None if self.post_message(self.WatchFailed(text)) else None,
            )
            self.watcher.start()
        if every := self.session.config.auto_update:
            self.set_interval(every, self._auto_update, name="auto-update")

    def on_unmount(self) -> None:
        if self.watcher is not None:
            self.watcher.stop(wait=0.5)

    # ------------------------------------------------------------------ files changed

    def on_live_store_changed(self, message: LiveStore.Changed) -> None:
        self.pending |= message.paths
        self._kick()

    def _kick(self) -> None:
        """Refresh the index with the pending paths, unless a refresh runs (it comes next)."""
        if self.refreshing or self.updating or not self.pending:
            return  # an update's files are taken once it is done (it records them itself)
        if self.session.library is None or self.session.indexing:
            self._later("kick", RETRY, self._kick)  # the store's own refresh comes first
            return
        paths, self.pending = self.pending, set()
        self.refreshing = True
        # What the app holds by now (the index's caches, 100,000 row keys) is moved out of the
        # collector's sight: a full collection would otherwise walk it all while a refresh makes
        # garbage, a pause of 200 ms at 100,000 releases (a cursor key left waiting).
        gc.freeze()
        self.run_worker(
            lambda: self._refresh(paths), thread=True, group="live-refresh", exit_on_error=False
        )

    def _refresh(self, paths: set[str]) -> None:
        library = self.session.library
        if library is None:
            self.post_message(self.Settled())
            return
        # The interface thread gets the interpreter back sooner while this one works (the
        # default switch interval, 5 ms, shows as late frames when the cursor moves meanwhile).
        interval = sys.getswitchinterval()
        sys.setswitchinterval(min(interval, SWITCH_INTERVAL))
        try:
            report = refresh_changed(library, paths, settle=False)
            # Listed and searchable now; the speakers and the copies follow, once the files rest
            # (at 100,000 releases they take 0.4 s, which the next batch need not wait for).
            self.post_message(self.Refreshed(report, paths))
            unsettled = self._unsettled
            unsettled.parsed += report.parsed
            unsettled.removed += report.removed
            if not self.pending:
                self._unsettled = RefreshReport()
                library.settle(unsettled)
        except PressreaderError as exc:
            self.post_message(self.Refreshed(None, paths, f"The index could not follow: {exc}"))
        finally:
            sys.setswitchinterval(interval)
            self.post_message(self.Settled())

    def on_live_store_refreshed(self, message: LiveStore.Refreshed) -> None:
        if message.error:
            self.notify(message.error, severity="warning", timeout=6, markup=False)
        elif message.report is not None and refresh_news(message.report):
            self.changes += 1
            self.store_changed(message.paths)

    def on_live_store_settled(self, message: LiveStore.Settled) -> None:
        self.refreshing = False
        self.session.store_changed()  # copies grouped: counted again at the next search
        self._kick()

    def store_changed(self, paths: set[str] | None = None) -> None:
        """The index holds other releases now: search again, keeping the cursor and the release
        being read; count the sources again."""
        if not self.is_attached or not self.reader.is_attached:
            return
        lst = self.reader.query_one(ReleaseList)
        current = lst.current
        if current is not None:
            summary = lst._cache.get(current) or self.session.summaries([current]).get(current)
            row = lst.cursor - int(lst.scroll_offset.y)
            self.cursor_anchor = Anchor(current, summary.id if summary else None, row)
        self.last_change = time.monotonic()
        self.session.store_changed()
        self.reader.search()
        self._reload_shown(paths)
        self.counts_soon(0.0)

    def _reload_shown(self, paths: set[str] | None) -> None:
        """Read the release in the detail pane again when its own file changed (same scroll)."""
        view = self.reader.query_one(ReleaseView)
        release, library = view.release, self.session.library
        if release is None or library is None or not release.path:
            return
        path = release.path
        if paths is not None and not any(path == p or path.startswith(p + "/") for p in paths):
            return
        try:
            rid = library.rid_of(release.id)
        except PressreaderError:
            return
        if rid is not None:
            self.app.load_release(rid, scroll=view.scroll_y)  # type: ignore[attr-defined]

    def keep(self, keep: int | None, rids: list[int]) -> int | None:
        """The row key the list's cursor stays on after a search: the anchored release (found
        again by id when its file changed), else what the screen chose (`keep`)."""
        anchor = self.cursor_anchor
        if anchor is None:
            return keep
        found = set(rids)
        if anchor.rid in found:
            return anchor.rid
        library = self.session.library
        if anchor.release_id and library is not None:
            with contextlib.suppress(PressreaderError):
                rid = library.rid_of(anchor.release_id)
                if rid in found:
                    return rid
        return keep

    def placed(self, lst: ReleaseList) -> None:
        """After the rows were set: the cursor back on the line of the list it was on."""
        anchor, self.cursor_anchor = self.cursor_anchor, None
        if anchor is None or lst.current is None:
            return
        top = max(0, lst.cursor - max(0, min(anchor.row, lst.size.height - 1)))
        lst.scroll_to(y=top, animate=False, immediate=True, force=True)

    def on_live_store_watch_failed(self, message: LiveStore.WatchFailed) -> None:
        self.notify(message.text, severity="warning", timeout=8, markup=False)

    # ------------------------------------------------------------------ feeds

    def update_feeds(self, quiet: bool = False) -> None:
        """Update every followed feed in a worker (`r`); `quiet`: say nothing when none is."""
        if self.updating:
            if not quiet:
                self.notify("The feeds are being updated already.", timeout=3, markup=False)
            return
        if self.session.missing_store() is not None:
            return
        total = followed_feeds(self.session.root)
        if not total:
            if not quiet:
                self.notify(
                    "This store follows no feeds: add one with `pressreader follow URL`.",
                    severity="warning",
                    timeout=6,
                    markup=False,
                )
            return
        self.updating = True
        self._status(progress_text(0, total))
        self.run_worker(self._update, thread=True, group="live-update", exit_on_error=False)

    def _auto_update(self) -> None:
        self.update_feeds(quiet=True)

    def _update(self) -> None:
        worker = get_current_worker()

        def progress(done: int, total: int, _result: object) -> None:
            if not worker.is_cancelled:
                self.post_message(self.UpdateProgress(done, total))

        try:
            from pressreader.follow import update  # httpx, feedparser: loaded when first used

            report = update(self.session.root, progress=progress)
        except Exception as exc:  # noqa: BLE001 - reported, the reader goes on
            self.post_message(self.Updated(None, f"The update failed: {exc}"))
            return
        library = self.session.library
        if library is not None and report.new:
            with contextlib.suppress(PressreaderError):
                library.refresh()  # the update recorded its files; this makes sure of the rest
        self.post_message(self.Updated(report))

    def on_live_store_update_progress(self, message: LiveStore.UpdateProgress) -> None:
        if self.updating:
            self._status(progress_text(message.done, message.total))

    def on_live_store_updated(self, message: LiveStore.Updated) -> None:
        self.updating = False
        self._kick()  # what changed meanwhile (the update's own files are in the index already)
        if message.report is None:
            self.notify(
                message.error or "The update failed.", severity="error", timeout=10, markup=False
            )
            self.reader.search()  # the status line shows the counts again
            return
        text, severity = update_notice(message.report)
        self.notify(
            text, severity=severity, timeout=10 if severity != "information" else 6, markup=False
        )
        if message.report.new:
            self.changes += 1
            self.store_changed(None)
        else:
            self.reader.search()

    def _status(self, text: str) -> None:
        with contextlib.suppress(Exception):
            self.reader.query_one(StatusLine).show(text, "-indexing")
