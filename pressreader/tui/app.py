"""The pressreader app: wires the search box, the release list and the detail pane to a Library.

Slow work (opening and indexing the store, searching, loading a release) runs in thread workers
that only post messages; the handlers below update widgets from those messages.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Footer, Input
from textual.worker import get_current_worker

from pressreader.index import Library, RefreshReport
from pressreader.model import Release
from pressreader.search import parse_query
from pressreader.tui.help import HelpScreen, ProblemsScreen
from pressreader.tui.release_list import ReleaseList
from pressreader.tui.release_view import RelatedNav, ReleaseView

# How long the cursor must rest on a row before the detail pane shows it.
PREVIEW_DELAY = 0.08
# The search starts when typing rests this long (a typist's keys come 100-200 ms apart, so the
# list still follows every word; a burst of keys starts one search instead of one per key).
SEARCH_DELAY = 0.06
# After a keystroke in the search box, how long typing counts as going on.
TYPING_PAUSE = 0.35


class Line(Widget):
    """One line of text that repaints without a layout pass (its size never changes)."""

    text: reactive[str] = reactive("", layout=False)

    def render(self) -> Text:
        return Text(self.text, no_wrap=True, overflow="ellipsis")


class SearchBox(Input):
    """The search box: filters as you type; escape clears it and returns to the list."""

    BINDINGS = [
        Binding("escape", "leave", "Clear search", id="search.clear"),
        Binding("down,enter", "app.focus_list", "To list", id="search.to_list"),
    ]

    def action_leave(self) -> None:
        self.value = ""
        self.app.action_focus_list()


class StoreOpened(Message):
    """The index is open (possibly still empty or stale)."""

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library


class IndexProgress(Message):
    """Some files were parsed into the index."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total


class StoreRefreshed(Message):
    """The index matches the files."""

    def __init__(self, report: RefreshReport) -> None:
        super().__init__()
        self.report = report


class SearchDone(Message):
    """Results of one search."""

    def __init__(self, query: str, order: str, rids: list[int]) -> None:
        super().__init__()
        self.query = query
        self.order = order
        self.rids = rids


class ReleaseLoaded(Message):
    """A release was read for the detail pane."""

    def __init__(self, rid: int, release: Release | None, focus: bool) -> None:
        super().__init__()
        self.rid = rid
        self.release = release
        self.focus = focus


class PressReaderApp(App[None]):
    """A list of releases beside the release under the cursor, with search."""

    CSS_PATH = Path(__file__).with_name("app.tcss")  # absolute: subclasses live elsewhere
    TITLE = "pressreader"
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("slash", "focus_search", "Search", id="app.search"),
        Binding("left_square_bracket", "related('previous')", "Previous", id="app.previous"),
        Binding("right_square_bracket", "related('next')", "Next", id="app.next"),
        Binding("ctrl+r", "toggle_order", "Date/relevance", id="app.order"),
        Binding("exclamation_mark", "problems", "Problems", show=False, id="app.problems"),
        Binding("tab", "focus_next", "Next pane", show=False, id="app.focus_next"),
        Binding(
            "shift+tab", "focus_previous", "Previous pane", show=False, id="app.focus_previous"
        ),
    ]

    order: reactive[str] = reactive("date")
    query_text: reactive[str] = reactive("")

    def __init__(self, root: Path, *, watch_css: bool = False) -> None:
        super().__init__(watch_css=watch_css)
        self.root = Path(root).expanduser()
        self.library: Library | None = None
        self.total = 0
        self.shown_rid: int | None = None
        self.problem_list: list = []
        self._indexing = False
        self._last_progress_search = 0.0
        self._preview: Timer | None = None
        self._typing_until = 0.0  # previews wait until typing pauses
        self._search_timer: Timer | None = None
        self.search_pending = False  # a search waits for typing to rest (tests wait on it)

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield Line(id="title")
        with Horizontal(id="main"):
            with Vertical(id="left"):
                yield SearchBox(placeholder="Search releases  ( / )", id="search")
                yield Line(id="status")
                yield ReleaseList(self._summaries, id="list")
            yield ReleaseView(self._title_of, id="detail")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.root.name
        self.query_one(ReleaseList).focus()
        if not self.root.is_dir():
            self._set_status(f"No folder {self.root}")
            self.query_one(ReleaseView).show_message(
                f"The store folder {self.root} does not exist.\n\n"
                "Start pressreader with --data DIR pointing at a folder of release files "
                "(*.yaml), or create this one and import releases into it with "
                "`pressreader import`."
            )
            return
        self.open_store()

    # ------------------------------------------------------------------ workers

    @work(thread=True, exclusive=True, group="store")
    def open_store(self) -> None:
        """Open the index (warm: shows at once), then bring it up to date with the files."""
        library = Library(self.root)
        self.post_message(StoreOpened(library))
        try:
            report = library.refresh(progress=lambda d, t: self.post_message(IndexProgress(d, t)))
        except (sqlite3.Error, OSError) as exc:
            # A full disk or a broken cache: keep what the index has and say so.
            report = RefreshReport(notices=[f"The index could not be brought up to date: {exc}"])
        self.post_message(StoreRefreshed(report))

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str, order: str) -> None:
        """Search off the UI thread; an interrupted or superseded search posts nothing."""
        assert self.library is not None
        try:
            rids = self.library.search(query, order)
        except sqlite3.OperationalError as exc:
            if "interrupt" in str(exc):
                return  # a newer keystroke took over
            self.call_from_thread(self.notify, f"Search failed: {exc}", severity="error")
            rids = []
        except sqlite3.Error as exc:
            self.call_from_thread(self.notify, f"Search failed: {exc}", severity="error")
            rids = []
        if not get_current_worker().is_cancelled:
            self.post_message(SearchDone(query, order, rids))

    @work(thread=True, exclusive=True, group="load")
    def load_release(self, rid: int, focus: bool = False) -> None:
        """Read a whole release for the detail pane."""
        assert self.library is not None
        try:
            release = self.library.release(rid)
        except (sqlite3.Error, ValueError, KeyError) as exc:
            self.call_from_thread(
                self.notify, f"Could not read the release: {exc}", severity="error"
            )
            return
        if not get_current_worker().is_cancelled:
            self.post_message(ReleaseLoaded(rid, release, focus))

    # ------------------------------------------------------------------ data access for widgets

    def _summaries(self, rids):
        return self.library.summaries(rids) if self.library else {}

    def _title_of(self, ref: str) -> str | None:
        if self.library is None:
            return None
        rid = self.library.resolve(ref)
        summary = self.library.summaries([rid]).get(rid) if rid is not None else None
        return summary.title if summary else None

    # ------------------------------------------------------------------ messages from workers

    def on_store_opened(self, message: StoreOpened) -> None:
        self.library = message.library
        for notice in message.library.notices:
            self.notify(notice, severity="warning", timeout=8)
        self._indexing = True
        self.search()

    def on_index_progress(self, message: IndexProgress) -> None:
        if message.total:
            self._set_status(f"Indexing {message.done:,} of {message.total:,} files…", "-indexing")
        elif message.done:
            self._set_status(f"Indexing… {message.done:,} files so far", "-indexing")
        now = time.monotonic()
        if now - self._last_progress_search > 0.5 or message.done == message.total:
            self._last_progress_search = now
            self.search()

    def on_store_refreshed(self, message: StoreRefreshed) -> None:
        self._indexing = False
        assert self.library is not None
        for notice in message.report.notices:
            if notice not in self.library.notices:  # those were shown when the store opened
                self.notify(notice, severity="warning", timeout=10)
        self.problem_list = self.library.problems()
        errors = sum(p.severity == "error" for p in self.problem_list)
        if errors:
            self.notify(
                f"{errors} file(s) could not be loaded. Press ! to see why "
                "(or run `pressreader check`).",
                severity="error",
                timeout=10,
            )
        self.search()

    def on_search_done(self, message: SearchDone) -> None:
        if message.query != self.query_text or message.order != self.order:
            return  # a newer search is on its way
        assert self.library is not None
        self.total = self.library.count
        query = parse_query(message.query)
        view = self.query_one(ReleaseView)
        lst = self.query_one(ReleaseList)
        lst.set_rows(message.rids, query.highlighter(), keep=lst.current)
        self._update_counts(len(message.rids))
        if not message.rids:
            self.shown_rid = None
            if self.total == 0 and not self._indexing:
                view.show_message(
                    f"No releases in {self.root}.\n\n"
                    "Add release files (*.yaml, see docs/format.md) or bring some in with "
                    "`pressreader import SOURCE --into DIR`."
                )
            elif self.total:
                view.show_message(f"No releases match “{message.query}”.")

    def on_release_loaded(self, message: ReleaseLoaded) -> None:
        view = self.query_one(ReleaseView)
        self.shown_rid = message.rid
        view.show(message.release, parse_query(self.query_text).highlighter())
        if message.focus:
            view.focus()

    # ------------------------------------------------------------------ messages from widgets

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value

    def watch_query_text(self) -> None:
        """Search once typing rests for SEARCH_DELAY: fast typing starts one search, not ten."""
        self._typing_until = time.monotonic() + TYPING_PAUSE
        if self.library is not None:
            self.library.interrupt()
        if self._search_timer is not None:
            self._search_timer.stop()
        self.search_pending = True
        self._search_timer = self.set_timer(SEARCH_DELAY, self.search)

    def watch_order(self) -> None:
        self.search()

    def search(self) -> None:
        """Start a search for the box's text; a running one is interrupted."""
        self.search_pending = False
        if self.library is None:
            return
        self.library.interrupt()
        self.run_search(self.query_text, self.order)

    def on_release_list_highlighted(self, message: ReleaseList.Highlighted) -> None:
        """Preview the release under the cursor once the cursor rests (typing and j-j-j stay quick)."""
        if self._preview is not None:
            self._preview.stop()
            self._preview = None
        rid = message.rid
        if rid is None or rid == self.shown_rid:
            return
        if self.shown_rid is None:
            self.load_release(rid)
            return
        # While the user types, results change with every key: wait for a pause before drawing
        # the detail pane, so that the search box keeps up with the keys.
        delay = max(PREVIEW_DELAY, self._typing_until - time.monotonic())
        self._preview = self.set_timer(delay, lambda: self.load_release(rid))

    def on_release_list_selected(self, message: ReleaseList.Selected) -> None:
        if self._preview is not None:
            self._preview.stop()
            self._preview = None
        if message.rid == self.shown_rid:
            self.query_one(ReleaseView).focus()
        else:
            self.load_release(message.rid, focus=True)

    def on_related_nav_navigate(self, message: RelatedNav.Navigate) -> None:
        self.open_ref(message.ref)

    # ------------------------------------------------------------------ actions

    def open_ref(self, ref: str) -> None:
        """Open the release a related link names, and put the list cursor on it if it is listed."""
        if self.library is None:
            return
        rid = self.library.resolve(ref)
        if rid is None:
            self.notify(f"“{ref}” is not in this store.", severity="warning")
            return
        lst = self.query_one(ReleaseList)
        if rid in lst.rows:
            lst.set_rows(lst.rows, lst.pattern, keep=rid)
        self.load_release(rid, focus=True)

    def action_related(self, which: str) -> None:
        release = self.query_one(ReleaseView).release
        ref = getattr(release.related, which) if release else None
        if not ref:
            self.notify(f"This release has no {which} release.", timeout=3)
            return
        self.open_ref(ref)

    def action_focus_search(self) -> None:
        self.query_one(SearchBox).focus()

    def action_focus_list(self) -> None:
        self.query_one(ReleaseList).focus()

    def action_back(self) -> None:
        self.action_focus_list()

    def action_toggle_order(self) -> None:
        self.order = "relevance" if self.order == "date" else "date"
        self.notify(
            f"Sorted by {'relevance' if self.order == 'relevance' else 'date, newest first'}",
            timeout=2,
        )

    def action_help(self) -> None:
        sections = [
            ("Anywhere", self.BINDINGS),
            ("Release list", ReleaseList.BINDINGS),
            ("Release (detail pane)", ReleaseView.BINDINGS),
            ("Search box", SearchBox.BINDINGS),
            (
                "Related links",
                [Binding("enter", "", "Open the linked release"), *RelatedNav.BINDINGS],
            ),
            ("Command palette", [Binding("ctrl+p", "", "Commands: theme, quit, keys…")]),
        ]
        self.push_screen(HelpScreen(sections, self.get_key_display))

    def action_problems(self) -> None:
        self.push_screen(ProblemsScreen(self.problem_list))

    # ------------------------------------------------------------------ status

    def _update_counts(self, shown: int) -> None:
        order = "by relevance" if self.order == "relevance" else "newest first"
        self.sub_title = f"{self.root.name} · {shown:,} of {self.total:,} releases"
        if self._indexing:
            return
        if self.query_text and not shown:
            self._set_status(f"No releases match “{self.query_text}”", "-no-results")
        elif self.query_text:
            self._set_status(f"{shown:,} matches · {order}")
        else:
            self._set_status(f"{self.total:,} releases · {order}")

    def _set_status(self, text: str, state: str = "") -> None:
        status = self.query_one("#status", Line)
        status.text = text
        for name in ("-indexing", "-no-results"):
            status.set_class(name == state, name)

    def watch_sub_title(self, sub_title: str) -> None:
        self.query_one("#title", Line).text = f"{self.title} — {sub_title}"
