"""The app's workers (opening and indexing the store, searching, finding similar releases,
loading a release, saving the reading state): they run in threads and only post messages
(tui/messages.py) to the reader screen. Kept apart from tui/app.py to keep the App small."""

from __future__ import annotations

from textual import work
from textual.worker import get_current_worker

from pressreader.errors import (
    IndexUnavailable,
    PressreaderError,
    SearchFailed,
    SearchInterrupted,
)
from pressreader.model import Release
from pressreader.query import QueryError
from pressreader.session import SearchRequest
from pressreader.tui import messages as msg
from pressreader.tui.app_base import AppBase


class Workers(AppBase):
    """The slow work of the app, each in its own exclusive worker group."""

    @work(thread=True, exclusive=True, group="store")
    def open_store(self) -> None:
        """Open the index (warm: shows at once), then bring it up to date with the files."""
        try:
            library = self.session.open_library()
        except IndexUnavailable as exc:
            self.reader.post_message(msg.Notice(f"The store cannot be opened: {exc}"))
            return
        self.reader.post_message(msg.StoreOpened(library))
        post = self.reader.post_message

        def progress(done: int, total: int) -> None:
            post(msg.IndexProgress(done, total))

        report, problems = self.session.refresh(library, progress)
        post(msg.StoreRefreshed(report, problems))
        outcomes = self.session.settle(library, report)  # speakers, copies: after the list
        if outcomes:
            post(msg.StoreSettled(outcomes))

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, request: SearchRequest) -> None:
        """Search; an interrupted or superseded search posts nothing."""
        total: int | None = None  # the store's releases as the list counts them
        try:
            rids = self.session.run_search(request)
            total = self.session.listed_total(request, rids)
        except SearchInterrupted:
            return  # a newer keystroke took over
        except QueryError as exc:  # explained under the search box
            self.reader.post_message(msg.SearchDone(request, [], self.session.query_problem(exc)))
            return
        except SearchFailed as exc:
            self.reader.post_message(msg.Notice(f"Search failed: {exc}"))
            rids = []
        if not get_current_worker().is_cancelled:
            self.reader.post_message(msg.SearchDone(request, rids, total=total))

    @work(thread=True, exclusive=True, group="similar")
    def find_similar(self, release: Release, rid: int) -> None:
        """The five most related releases of the store, for the detail pane."""
        try:
            similar = self.session.similar(release)
        except PressreaderError:  # interrupted by a keystroke, or the index is unreadable
            return  # "More like this" stays empty
        if not get_current_worker().is_cancelled:
            self.reader.post_message(msg.SimilarFound(rid, similar))

    @work(thread=True, exclusive=True, group="save")
    def save_state(self) -> None:
        """Write the reading state (atomically)."""
        if error := self.session.save():
            self.reader.post_message(msg.Notice(error, timeout=8))

    @work(thread=True, exclusive=True, group="load")
    def load_release(self, rid: int, focus: bool = False, scroll: float = 0.0) -> None:
        """Read a whole release for the detail pane (`focus`: opened, not just previewed)."""
        try:
            release = self.session.release(rid)
        except IndexUnavailable as exc:
            self.reader.post_message(msg.Notice(f"Could not read the release: {exc}"))
            return
        if not get_current_worker().is_cancelled:
            self.reader.post_message(msg.ReleaseLoaded(rid, release, focus, scroll))
