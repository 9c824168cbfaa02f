"""A live store: noticing files that change under the open store, and updating the followed feeds.

Plain Python (no Textual), for the reader's live parts (tui/live.py):

    StoreWatcher     a thread that watches the store's folder (watchfiles: inotify, FSEvents or
                     ReadDirectoryChangesW, polling where none works), groups a burst of changes
                     (DEBOUNCE_MS) and hands the paths that may concern the index to a callback;
                     the store's `.pressreader/` folder, hidden files and editors' scratch files
                     are left out
    refresh_changed  the index brought up to date with those paths only (Library.refresh_paths),
                     or with the whole folder when there are too many of them
    update_notice    what an update of the followed feeds did, in one line for the user
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Literal

from pressreader.errors import PressreaderError
from pressreader.follow import UpdateReport, read_subscriptions
from pressreader.index import Library, RefreshReport
from pressreader.index.changes import relevant
from pressreader.text import plural

DEBOUNCE_MS = 300  # a burst of changes is handed over at most this often
STEP_MS = 50  # ... or once the folder has been quiet this long
READY_MS = 250  # the watch says it is in place (an empty batch) after this long without changes
FULL_REFRESH_ABOVE = 5000  # more changed paths than this: compare the whole folder instead


class StoreWatcher:
    """Watches a store's folder on a daemon thread; `on_change(paths)` gets each burst's paths.

    `on_change` runs on the watcher's thread: it must only hand the paths over (post a message).
    `on_error(text)` is called once if watching cannot start or stops working. `stop()` ends the
    thread within STEP_MS.
    """

    def __init__(
        self,
        root: Path,
        on_change: Callable[[set[str]], None],
        on_error: Callable[[str], None] | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        force_polling: bool | None = None,
    ) -> None:
        self.root = Path(root).expanduser().resolve()
        self.on_change = on_change
        self.on_error = on_error
        self.debounce_ms = debounce_ms
        self.force_polling = force_polling
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.ready = threading.Event()  # set once the watch is in place (tests wait on it)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="pressreader-watch", daemon=True)
        self._thread.start()

    def stop(self, wait: float = 1.0) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(wait)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wanted(self, _change: object, path: str) -> bool:
        """The watch filter: only what may concern the index."""
        return relevant(self.root, path)

    def _run(self) -> None:
        try:
            from watchfiles import watch
        except ImportError:  # pragma: no cover - a dependency; reported, not fatal
            self._error("watchfiles is not installed: changes to the store are not followed")
            return
        try:
            changes = watch(
                self.root,
                watch_filter=self.wanted,
                debounce=self.debounce_ms,
                step=STEP_MS,
                stop_event=self._stop,
                rust_timeout=READY_MS,  # an empty batch when quiet: the watch is in place
                yield_on_timeout=True,
                raise_interrupt=False,
                ignore_permission_denied=True,
                force_polling=self.force_polling,
            )
            for batch in changes:
                self.ready.set()  # the first (empty) yield comes once the watch is in place
                if self._stop.is_set():
                    break
                paths = {path for _change, path in batch}
                if paths:
                    self.on_change(paths)
        except Exception as exc:  # noqa: BLE001 - a watch that fails must not take the app down
            if not self._stop.is_set():
                self._error(f"Changes to the store are no longer followed: {exc}")
        finally:
            self.ready.set()

    def _error(self, text: str) -> None:
        if self.on_error is not None:
            self.on_error(text)


def refresh_changed(library: Library, paths: Iterable[str], settle: bool = True) -> RefreshReport:
    """The index brought up to date with the paths that changed; the whole folder is compared
    when there are very many of them. `settle=False`: the speakers and the grouping of copies
    wait for `library.settle(report)` (the full refresh does them at once). Raises
    IndexUnavailable."""
    paths = set(paths)
    if len(paths) > FULL_REFRESH_ABOVE:
        return library.refresh()
    try:
        return library.refresh_paths(paths, settle)
    except PressreaderError:
        return library.refresh()  # a damaged index: the full refresh rebuilds it


def refresh_news(report: RefreshReport) -> bool:
    """Whether a refresh changed what the index holds (a search must run again)."""
    return bool(report.parsed or report.removed or report.rebuilt)


def followed_feeds(root: Path) -> int:
    """How many feeds the store follows (feeds.yaml in its `.pressreader/` folder)."""
    try:
        return len(read_subscriptions(root).feeds)
    except (OSError, PressreaderError):
        return 0


def progress_text(done: int, total: int) -> str:
    """The status line while the feeds are updated: "Updating 3/12 feeds…"."""
    return f"Updating {done}/{plural(total, 'feed')}…"


def update_notice(report: UpdateReport) -> tuple[str, Literal["information", "warning"]]:
    """What an update did, for a notice, and its severity ("information", "warning")."""
    offices = [r for r in report.feeds if r.new]
    failed = report.failed
    if not report.feeds and not report.problems:
        return "No feeds followed yet: add one with `pressreader follow URL`.", "warning"
    if report.new:
        text = f"{plural(report.new, 'new release')} from {plural(len(offices), 'office')}"
    else:
        text = f"No new releases ({plural(len(report.feeds), 'feed')} checked)"
    parts = [text]
    if failed:
        names = "; ".join(f"{r.label}: {_short(r.reason)}" for r in failed[:3])
        more = f" and {len(failed) - 3} more" if len(failed) > 3 else ""
        parts.append(f"{plural(len(failed), 'feed')} failed ({names}{more})")
    if report.problems:
        parts.append(f"feeds.yaml: {report.problems[0]}")
    return " · ".join(parts), "warning" if failed or report.problems else "information"


def _short(reason: str | None, room: int = 80) -> str:
    text = " ".join((reason or "failed").split())
    return text if len(text) <= room else text[: room - 1] + "…"
