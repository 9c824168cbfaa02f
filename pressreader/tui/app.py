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
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Footer, Input
from textual.worker import get_current_worker

from pressreader.config import Config, load_config
from pressreader.formats.citation import citation, quote_citation
from pressreader.formats.markdown import to_markdown
from pressreader.index import Library, RefreshReport, Summary, start_scan
from pressreader.model import Release
from pressreader.search import parse_query
from pressreader.state import ReadingState
from pressreader.store import Problem, write_atomic
from pressreader.tui.help import HelpScreen, ProblemsScreen
from pressreader.tui.release_list import ReleaseList
from pressreader.tui.release_view import QuoteNav, RelatedNav, ReleaseView

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
    """The index matches the files; `problems` lists the files that have any."""

    def __init__(self, report: RefreshReport, problems: list[Problem]) -> None:
        super().__init__()
        self.report = report
        self.problems = problems


class SearchDone(Message):
    """Results of one search."""

    def __init__(self, query: str, order: str, rids: list[int]) -> None:
        super().__init__()
        self.query = query
        self.order = order
        self.rids = rids


class ReleaseLoaded(Message):
    """A release was read for the detail pane."""

    def __init__(self, rid: int, release: Release | None, focus: bool, scroll: float) -> None:
        super().__init__()
        self.rid = rid
        self.release = release
        self.focus = focus
        self.scroll = scroll


class SimilarFound(Message):
    """The store's most related releases of the release shown."""

    def __init__(self, rid: int, similar: list[Summary]) -> None:
        super().__init__()
        self.rid = rid
        self.similar = similar


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
        Binding("m", "toggle_read", "Read/unread", id="app.read"),
        Binding("s", "toggle_star", "Star", id="app.star"),
        Binding("u", "toggle_hide_read", "Hide read", show=False, id="app.hide_read"),
        Binding("S", "toggle_starred_only", "Starred only", show=False, id="app.starred_only"),
        Binding("backspace,alt+left", "history(-1)", "Back", show=False, id="app.history_back"),
        Binding("alt+right", "history(1)", "Forward", show=False, id="app.history_forward"),
        Binding("o", "open_link", "Open link", show=False, id="app.open_link"),
        Binding("y", "copy_citation", "Copy citation", show=False, id="app.copy"),
        Binding("e", "export", "Export .md", show=False, id="app.export"),
        Binding("exclamation_mark", "problems", "Problems", show=False, id="app.problems"),
        Binding("tab", "focus_next", "Next pane", show=False, id="app.focus_next"),
        Binding(
            "shift+tab", "focus_previous", "Previous pane", show=False, id="app.focus_previous"
        ),
    ]

    order: reactive[str] = reactive("date")
    query_text: reactive[str] = reactive("")
    hide_read: reactive[bool] = reactive(False)
    starred_only: reactive[bool] = reactive(False)

    def __init__(
        self, root: Path, *, config: Config | None = None, watch_css: bool = False
    ) -> None:
        super().__init__(watch_css=watch_css)
        self.root = Path(root).expanduser()
        self.config = config or load_config()
        self.state = ReadingState.load(self.root)
        self.ids: dict[int, str] = {}  # row key → release id, for read and star filters
        self._save_timer: Timer | None = None
        self._history_scroll = 0.0  # scroll position of the release being left
        self._opening: int | None = None  # a release being opened (not to be previewed again)
        self._recording = True  # False while going back or forward in the history
        self.set_keymap(self.config.keys)
        # Read the folder while Textual starts up; the first refresh uses the listing.
        self._listing = start_scan(self.root.resolve())
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
                yield ReleaseList(self._summaries, self._marks, id="list")
            yield ReleaseView(self._title_of, id="detail")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.root.name
        self.query_one(ReleaseList).focus()
        for problem in self.config.problems + self.state.notices:
            self.notify(problem, severity="warning", timeout=10)
        unknown = sorted(set(self.config.keys) - self._binding_ids())
        if unknown:
            self.notify(
                f"{self.config.path}: unknown binding id(s) in 'keys': {', '.join(unknown)} "
                "(see the help screen, ?, for the ids)",
                severity="warning",
                timeout=10,
            )
        theme = self.state.theme or self.config.theme
        if theme and theme in self.available_themes:
            self.theme = theme
        elif theme:
            self.notify(f"Unknown theme {theme!r}; using {self.theme}.", severity="warning")
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
            report = library.refresh(
                progress=lambda d, t: self.post_message(IndexProgress(d, t)),
                # With no index yet, read the folder as it goes instead, so the first
                # releases show before the whole folder is read.
                listing=self._listing if library.count else None,
            )
        except (sqlite3.Error, OSError) as exc:
            # A full disk or a broken cache: keep what the index has and say so.
            report = RefreshReport(notices=[f"The index could not be brought up to date: {exc}"])
        try:
            problems = library.problems()
        except sqlite3.Error:
            problems = []
        self.post_message(StoreRefreshed(report, problems))

    @work(thread=True, exclusive=True, group="search")
    def run_search(
        self, query: str, order: str, keep: frozenset[str] | None, drop: frozenset[str]
    ) -> None:
        """Search off the UI thread; an interrupted or superseded search posts nothing.

        `keep` (only these ids) and `drop` (not these ids) apply the starred / hide-read filters.
        """
        assert self.library is not None
        try:
            rids = self.library.search(query, order)
            if keep is not None or drop:
                if not self.ids or len(self.ids) != self.library.count:
                    self.ids = self.library.id_map()
                ids = self.ids
                rids = [
                    r
                    for r in rids
                    if (keep is None or ids.get(r) in keep) and ids.get(r) not in drop
                ]
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

    @work(thread=True, exclusive=True, group="similar")
    def find_similar(self, release: Release, rid: int) -> None:
        """The five most related releases of the store, for the detail pane (off the UI thread)."""
        assert self.library is not None
        try:
            similar = self.library.similar(release)
        except sqlite3.Error:
            return
        if not get_current_worker().is_cancelled:
            self.post_message(SimilarFound(rid, similar))

    @work(thread=True, exclusive=True, group="save")
    def save_state(self) -> None:
        """Write the reading state (atomically) off the UI thread."""
        error = self.state.save()
        if error:
            self.call_from_thread(self.notify, error, severity="error", timeout=8)

    @work(thread=True, exclusive=True, group="load")
    def load_release(self, rid: int, focus: bool = False, scroll: float = 0.0) -> None:
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
            self.post_message(ReleaseLoaded(rid, release, focus, scroll))

    # ------------------------------------------------------------------ data access for widgets

    def _summaries(self, rids):
        return self.library.summaries(rids) if self.library else {}

    def _marks(self, release_id: str) -> tuple[bool, bool]:
        return self.state.is_read(release_id), release_id in self.state.starred

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
        if self._widgets_gone:
            return  # a worker finished while the app was closing
        if message.total:
            self._set_status(f"Indexing {message.done:,} of {message.total:,} files…", "-indexing")
        elif message.done:
            self._set_status(f"Indexing… {message.done:,} files so far", "-indexing")
        now = time.monotonic()
        if now - self._last_progress_search > 0.5 or message.done == message.total:
            self._last_progress_search = now
            self.search()

    def on_store_refreshed(self, message: StoreRefreshed) -> None:
        if self._widgets_gone:
            return  # a worker finished while the app was closing
        self._indexing = False
        assert self.library is not None
        for notice in message.report.notices:
            if notice not in self.library.notices:  # those were shown when the store opened
                self.notify(notice, severity="warning", timeout=10)
        self.problem_list = message.problems
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
        if self._widgets_gone:
            return  # a worker finished while the app was closing
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
        if self._widgets_gone:
            return  # a worker finished while the app was closing
        view = self.query_one(ReleaseView)
        self.shown_rid = message.rid
        self._opening = None
        view.show(message.release, parse_query(self.query_text).highlighter(), message.scroll)
        if message.release is not None:
            self.find_similar(message.release, message.rid)
        if message.focus:
            view.focus()
            if message.release is not None:
                self._opened(message.release)

    def _opened(self, release: Release) -> None:
        """A release was opened (not just previewed under the cursor): mark it read, record it."""
        if not self.state.is_read(release.id):
            self.state.mark_read(release.id)
            self.query_one(ReleaseList).refresh_marks()
        if self._recording:
            self.state.visit(release.id, self._history_scroll)
        self._recording = True
        self._schedule_save()

    def on_similar_found(self, message: SimilarFound) -> None:
        if self._widgets_gone:
            return  # a worker finished while the app was closing
        if message.rid == self.shown_rid:
            nav = self.query_one(RelatedNav)
            nav.show_similar([(s.id, s.title) for s in message.similar])

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
        keep = frozenset(self.state.starred) if self.starred_only else None
        drop = frozenset(self.state.read) if self.hide_read else frozenset()
        self.run_search(self.query_text, self.order, keep, drop)

    def on_release_list_highlighted(self, message: ReleaseList.Highlighted) -> None:
        """Preview the release under the cursor once the cursor rests (typing and j-j-j stay quick)."""
        if self._preview is not None:
            self._preview.stop()
            self._preview = None
        rid = message.rid
        if rid is None or rid == self.shown_rid or rid == self._opening:
            return  # already shown, or being opened (the list follows what was opened)
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
        view = self.query_one(ReleaseView)
        if message.rid == self.shown_rid and view.release is not None:
            view.focus()
            self._history_scroll = 0.0
            self._opened(view.release)
        else:
            self._open(message.rid)

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
        self._open(rid)

    def _open(self, rid: int, scroll: float = 0.0, record: bool = True) -> None:
        """Open a release in the detail pane (recorded in the history unless going back/forward)."""
        lst = self.query_one(ReleaseList)
        if rid in lst.rows:
            lst.set_rows(lst.rows, lst.pattern, keep=rid)
        self._history_scroll = self.query_one(ReleaseView).scroll_y if record else 0.0
        self._recording = record
        self._opening = rid
        self.load_release(rid, focus=True, scroll=scroll)

    def action_related(self, which: str) -> None:
        release = self.query_one(ReleaseView).release
        ref = getattr(release.related, which) if release else None
        if not ref:
            self.notify(f"This release has no {which} release.", timeout=3)
            return
        self.open_ref(ref)

    @property
    def _widgets_gone(self) -> bool:
        """The widgets are gone (the app is closing): late worker results are dropped."""
        return not self.is_running or not self.query(ReleaseList)

    def _target(self) -> tuple[int, str] | None:
        """The release the user means: the list's cursor row when the list has focus, else the one shown."""
        if self.library is None:
            return None
        lst = self.query_one(ReleaseList)
        rid = lst.current if self.focused is lst or self.shown_rid is None else self.shown_rid
        if rid is None:
            return None
        summary = self.library.summaries([rid]).get(rid)
        return (rid, summary.id) if summary else None

    def _schedule_save(self) -> None:
        """Save the reading state soon (several changes in a row are written once)."""
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(0.3, self.save_state)

    def action_toggle_read(self) -> None:
        target = self._target()
        if target is None:
            return
        read = self.state.toggle_read(target[1])
        self.query_one(ReleaseList).refresh_marks()
        self._schedule_save()
        self.notify("Marked as read" if read else "Marked as unread", timeout=2)
        if self.hide_read:
            self.search()

    def action_toggle_star(self) -> None:
        target = self._target()
        if target is None:
            return
        starred = self.state.toggle_star(target[1])
        self.query_one(ReleaseList).refresh_marks()
        self._schedule_save()
        self.notify("Starred" if starred else "Star removed", timeout=2)
        if self.starred_only:
            self.search()

    def action_toggle_hide_read(self) -> None:
        self.hide_read = not self.hide_read
        self.notify("Read releases hidden" if self.hide_read else "Read releases shown", timeout=2)

    def action_toggle_starred_only(self) -> None:
        self.starred_only = not self.starred_only
        self.notify("Only starred releases" if self.starred_only else "All releases", timeout=2)

    def watch_hide_read(self) -> None:
        self.search()

    def watch_starred_only(self) -> None:
        self.search()

    def action_mark_all_read(self) -> None:
        """Mark every release the list shows as read."""
        if self.library is None:
            return
        rows = self.query_one(ReleaseList).rows
        ids = self.library.id_map()
        self.state.mark_read(*(ids[r] for r in rows if r in ids))
        self.query_one(ReleaseList).refresh_marks()
        self._schedule_save()
        self.notify(f"Marked {len(rows):,} releases as read", timeout=3)
        if self.hide_read:
            self.search()

    def action_history(self, step: int) -> None:
        """Back (-1) or forward (1) through the releases opened, each at its scroll position."""
        view = self.query_one(ReleaseView)
        visit = self.state.back(view.scroll_y) if step < 0 else self.state.forward(view.scroll_y)
        if visit is None:
            self.notify("No further history that way.", timeout=2)
            return
        rid = self.library.rid_of(visit.id) if self.library else None
        if rid is None:
            self.notify(f"{visit.id} is no longer in this store.", severity="warning")
            return
        self._open(rid, scroll=visit.scroll, record=False)
        self._schedule_save()

    def action_open_link(self) -> None:
        release = self.query_one(ReleaseView).release
        if release is None or not release.url:
            self.notify("This release has no link to open.", severity="warning", timeout=3)
            return
        self.open_url(release.url)
        self.notify(f"Opening {release.url}", timeout=3)

    def action_copy_citation(self) -> None:
        """Copy a citation: of the highlighted quote in the quote list, else of the release."""
        release = self.query_one(ReleaseView).release
        if release is None:
            self.notify("Open a release first.", severity="warning", timeout=3)
            return
        quotes = self.query_one(QuoteNav)
        if self.focused is quotes and quotes.current is not None:
            text = quote_citation(release, quotes.current)
        else:
            text = citation(release)
        self.copy_to_clipboard(text)
        shown = text if len(text) <= 90 else text[:89] + "…"
        self.notify(f"Copied: {shown}", timeout=4)

    def action_export(self) -> None:
        """Write the release shown as Markdown into the export folder."""
        release = self.query_one(ReleaseView).release
        if release is None:
            self.notify("Open a release first.", severity="warning", timeout=3)
            return
        target = self.config.export_dir / f"{release.id}.md"
        try:
            write_atomic(target, to_markdown(release, self._title_of))
        except OSError as exc:
            self.notify(f"Could not write {target}: {exc.strerror or exc}", severity="error")
            return
        self.notify(f"Exported to {target}", timeout=5)

    def get_system_commands(self, screen: Screen):
        """The command palette (ctrl+p): Textual's own commands plus the reader's."""
        yield from super().get_system_commands(screen)
        yield SystemCommand(
            "Mark all shown as read", "Every release in the list", self.action_mark_all_read
        )
        yield SystemCommand(
            "Show read releases" if self.hide_read else "Hide read releases",
            "Toggle (u)",
            self.action_toggle_hide_read,
        )
        yield SystemCommand(
            "Show all releases" if self.starred_only else "Show only starred releases",
            "Toggle (S)",
            self.action_toggle_starred_only,
        )
        yield SystemCommand(
            "Export release as Markdown", "Into the export folder (e)", self.action_export
        )
        yield SystemCommand(
            "Copy citation",
            "Of the release or the highlighted quote (y)",
            self.action_copy_citation,
        )
        yield SystemCommand("Open the release's link", "In the browser (o)", self.action_open_link)
        yield SystemCommand(
            "Sort by date or relevance", "Toggle (ctrl+r)", self.action_toggle_order
        )

    def watch_theme(self, theme: str) -> None:
        """Remember the theme chosen (in the command palette) for next time."""
        if theme != self.state.theme:
            self.state.theme = theme
            self._schedule_save()

    def _binding_ids(self) -> set[str]:
        """Every binding id a keymap in the config may name."""
        classes = (PressReaderApp, ReleaseList, ReleaseView, SearchBox, RelatedNav, QuoteNav)
        return {b.id for cls in classes for b in cls.BINDINGS if isinstance(b, Binding) and b.id}

    def on_unmount(self) -> None:
        """Save the reading state on the way out (the timer may not have fired)."""
        self.workers.cancel_all()
        error = self.state.save()
        if error:
            self.log.error(error)

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
            (
                "Who said what (quote list)",
                [Binding("y", "", "Copy the quote's citation"), *QuoteNav.BINDINGS],
            ),
            ("Command palette", [Binding("ctrl+p", "", "Commands: theme, mark all read, export…")]),
        ]
        self.push_screen(HelpScreen(sections, self.get_key_display, self.config.keys))

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
