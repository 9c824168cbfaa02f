"""The reading session's shared state and its answers (Outcome, SearchRequest), kept apart so
the session's parts (session_search, session_marks, session_prefs) can build on them."""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pressreader.config import Config
from pressreader.index import Library
from pressreader.paths import store_title
from pressreader.state import ReadingState
from pressreader.store import Problem


@dataclass(frozen=True)
class Outcome:
    """What a user action means for the screen."""

    notice: str = ""  # what to tell the user ("" for nothing)
    severity: Literal["information", "warning", "error"] = "information"
    timeout: float | None = None  # seconds the notice stays (None: as long as usual)
    redraw: bool = False  # read marks or stars changed: draw the list's rows again
    save: bool = False  # the reading state changed: save it soon
    refilter: bool = False  # what the filters let through changed: search again
    open: int | None = None  # open this release (row key) in the detail pane
    scroll: float = 0.0  # ... scrolled this far down
    record: bool = True  # ... and record it in the history (not when going back or forward)


@dataclass(frozen=True)
class SearchRequest:
    """One search, taken on the UI thread and run in a worker."""

    query: str
    order: str  # "date" (newest first) or "relevance"
    keep: frozenset[str] | None = None  # only these release ids (starred only)
    drop: frozenset[str] = frozenset()  # not these release ids (read ones, when hidden)
    read: frozenset[str] = frozenset()  # the read marks and stars, for is:unread / is:starred
    starred: frozenset[str] = frozenset()


class SessionBase:
    """The store being read, the filters, the marks, the history and what is shown (the state
    every part of the session shares)."""

    def __init__(self, root: Path, config: Config, state: ReadingState | None = None) -> None:
        self.root = Path(root).expanduser()
        self.config = config
        self.state = state if state is not None else ReadingState.load(self.root)
        self.library: Library | None = None
        self.query = ""
        self.order = "date"
        self.hide_read = False
        self.starred_only = False
        self.indexing = False  # the index is being brought up to date
        # Releases in the store as the list counts them (a release published twice once), as of
        # the last search; worked out in the search worker (session_search.listed_total).
        self.total = 0
        self.store_version = 0  # bumped when the index changes (the counts are worked out again)
        self._listed: tuple[tuple[int, int], int] | None = None  # (count, version) → total
        self.problems: list[Problem] = []
        self.shown: int | None = None  # row key of the release in the detail pane
        self.opening: int | None = None  # a release being opened (not to be previewed again)
        self._ids: dict[int, str] = {}  # row key → release id, for the read and star filters
        self._leaving_scroll = 0.0  # scroll position of the release being left
        self._recording = True  # False while going back or forward in the history
        self._last_progress_search = 0.0  # when the index's progress last started a search
        self._listing: Future[list[tuple[str, int, int]]] | None = None

    @property
    def title(self) -> str:
        """The store's name for the title bar ("Sample releases (Norland)" for the samples)."""
        return store_title(self.root)

    def title_of(self, ref: str) -> str | None:
        """The title of the release a related link points to, or None when it is not here."""
        if self.library is None:
            return None
        rid = self.library.resolve(ref)
        summary = self.library.summaries([rid]).get(rid) if rid is not None else None
        return summary.title if summary else None
