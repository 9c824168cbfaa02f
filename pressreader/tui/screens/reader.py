"""The main screen: the search box, the status line and the release list beside the detail pane.

It shows what the app's workers found (their messages are posted here) and turns its widgets'
events into work: typing searches once it rests, a cursor resting on a row previews that release,
choosing a row or a link opens one. What an action means comes from the reading session as an
`Outcome`, which `apply` carries out.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input

from pressreader.model import Release
from pressreader.search import parse_query
from pressreader.session import Outcome, ReadingSession
from pressreader.tui import messages as msg
from pressreader.tui.live import LiveStore
from pressreader.tui.panes import Panes
from pressreader.tui.screens.across import copies_of
from pressreader.tui.widgets import (
    Divider,
    QueryProblem,
    RelatedNav,
    ReleaseList,
    ReleaseView,
    SearchBox,
    SourcesPane,
    StatusLine,
    TitleBar,
)

if TYPE_CHECKING:
    from pressreader.tui.app import PressReaderApp

PREVIEW_DELAY = 0.08  # how long the cursor must rest on a row before the detail pane shows it
# The search starts when typing rests this long (a typist's keys come 100-200 ms apart, so the
# list still follows every word; a burst of keys starts one search instead of one per key).
SEARCH_DELAY = 0.06
TYPING_PAUSE = 0.35  # after a keystroke in the search box, how long typing counts as going on
SAVE_DELAY = 0.3  # changes of the reading state in a row are written once, this long after


class ReaderScreen(Screen[None]):
    """The list of releases beside the release under the cursor, with search."""

    app: PressReaderApp

    def __init__(self, session: ReadingSession) -> None:
        super().__init__()
        self.session = session
        self._typing_until = 0.0  # previews wait until typing pauses
        self._timers_by_name: dict[str, Timer] = {}  # "search", "preview", "save"
        self.panes = Panes(self)  # the split's width and the zoom
        self.live = LiveStore(session)  # the store followed as it changes, feeds, sources

    def compose(self) -> ComposeResult:
        yield TitleBar(id="title")
        with Horizontal(id="main"):
            yield SourcesPane(id="sources")  # publishers and saved searches (`p`, tui/live.py)
            with Vertical(id="left"):
                yield SearchBox(placeholder="Search releases  ( / )", id="search")
                yield QueryProblem(id="query-problem")
                yield StatusLine(id="status")
                yield ReleaseList(self.session.summaries, self.session.marks, id="list")
            yield Divider(id="divider")
            yield ReleaseView(self.session.title_of, id="detail")
        yield Footer()
        yield self.live

    def on_mount(self) -> None:
        self.set_sub_title(self.session.title)
        self.panes.apply()
        self.panes.first_focus()  # the list (the release when it has the whole width)
        if missing := self.session.missing_store():
            self.query_one(StatusLine).show(f"No folder {self.session.root}")
            self.query_one(ReleaseView).show_message(missing)

    def set_sub_title(self, sub_title: str) -> None:
        """The app's subtitle (the store and its counts), shown in the title bar."""
        self.app.sub_title = sub_title
        self.query_one(TitleBar).show(self.app.title, sub_title)

    # ------------------------------------------------------------------ messages from workers
    # Each is dropped when the widgets are gone (a worker finished while the app was closing).

    def on_store_opened(self, message: msg.StoreOpened) -> None:
        self.apply(*self.session.attach(message.library))

    def on_index_progress(self, message: msg.IndexProgress) -> None:
        text, search_again = self.session.progress(message.done, message.total)
        if not self._widgets_gone:
            if text:
                self.query_one(StatusLine).show(text, "-indexing")
            self.apply(Outcome(refilter=search_again))

    def on_store_refreshed(self, message: msg.StoreRefreshed) -> None:
        if not self._widgets_gone:
            self.apply(*self.session.refreshed(message.report, message.problems))
            self.live.counts_soon(0.0)

    def on_store_settled(self, message: msg.StoreSettled) -> None:
        if not self._widgets_gone:
            self.apply(*message.outcomes)

    def on_search_done(self, message: msg.SearchDone) -> None:
        if self._widgets_gone or not self.session.is_current(message.request):
            return  # or a newer search is on its way
        problem = self.query_one(QueryProblem)
        problem.show(message.error)
        if message.error is not None:  # the query cannot be read: the list stays as it was
            return
        lst, found = self.query_one(ReleaseList), len(message.rids)
        self.session.searched(found, message.total)
        # The cursor stays on its release; when a narrower search lost it (the box emptied a
        # letter at a time), it goes back to the release in the detail pane, not to the top.
        keep = lst.current
        if keep is None or keep not in message.rids:
            keep = self.session.shown if self.session.shown is not None else keep
        keep = self.live.keep(keep, message.rids)  # through a live change: by release id
        lst.set_rows(message.rids, parse_query(message.request.query).highlighter(), keep)
        self.live.placed(lst)
        sub_title, status, state = self.session.counts(found)
        self.set_sub_title(sub_title)
        if status is not None:
            self.query_one(StatusLine).show(status, state)
        if not found and (text := self.session.empty_text(message.request.query)):
            self.query_one(ReleaseView).show_message(text)

    def on_release_loaded(self, message: msg.ReleaseLoaded) -> None:
        if self._widgets_gone:
            return
        self.session.loaded(message.rid)
        view, release = self.query_one(ReleaseView), message.release
        view.show(release, parse_query(self.session.query).highlighter(), message.scroll)
        if release is not None:
            self.app.find_similar(release, message.rid)
            self.query_one(RelatedNav).show_copies(copies_of(self.session, message.rid))
        if message.focus:
            view.focus()
            if release is not None:
                self.apply(self.session.opened(release.id))

    def on_similar_found(self, message: msg.SimilarFound) -> None:
        if not self._widgets_gone and message.rid == self.session.shown:
            self.query_one(RelatedNav).show_similar([(s.id, s.title) for s in message.similar])

    def on_notice(self, message: msg.Notice) -> None:
        if not self._widgets_gone:
            severity = cast(SeverityLevel, message.severity)
            # Plain text: a link or an error message may hold "[", never read as markup.
            self.notify(message.text, severity=severity, timeout=message.timeout, markup=False)

    # ------------------------------------------------------------------ messages from widgets

    def on_resize(self, event: events.Resize) -> None:
        self.live.fit(event.size.width)  # the sources pane hides in narrow terminals
        self.panes.apply()  # the split's width is in columns

    def on_divider_dragged(self, message: msg.Dragged) -> None:
        self.panes.drag(message.screen_x)

    def on_divider_released(self, message: msg.Released) -> None:
        self.panes.dropped()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        self.panes.focused(event.widget)

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        """Search once typing rests for SEARCH_DELAY: fast typing starts one search, not ten."""
        if self.session.set_query(event.value):
            self._typing_until = time.monotonic() + TYPING_PAUSE
            self.session.interrupt()
            self._later("search", SEARCH_DELAY, self.search)

    def on_release_list_highlighted(self, message: msg.Highlighted) -> None:
        """Preview the release under the cursor once the cursor rests (typing and j-j-j stay quick)."""
        self._cancel("preview")
        rid = message.rid
        if rid is None or rid in (self.session.shown, self.session.opening):
            return  # already shown, or being opened (the list follows what was opened)
        if self.session.shown is None:
            self.app.load_release(rid)
            return
        # While the user types, results change with every key: wait for a pause before drawing
        # the detail pane, so that the search box keeps up with the keys.
        delay = max(PREVIEW_DELAY, self._typing_until - time.monotonic())
        self._later("preview", delay, lambda: self.app.load_release(rid))

    def on_release_list_selected(self, message: msg.Selected) -> None:
        self._cancel("preview")
        view = self.query_one(ReleaseView)
        if message.rid == self.session.shown and view.release is not None:
            view.focus()
            self.apply(self.session.open_shown(view.release.id))
        else:
            self.open(message.rid)

    def on_related_nav_navigate(self, message: msg.Navigate) -> None:
        self.apply(self.session.open_ref(message.ref))

    # ------------------------------------------------------------------ what actions use

    def apply(self, *outcomes: Outcome) -> None:
        """Do what the session says an action means for the screen."""
        for out in outcomes:
            if out.notice:
                self.notify(out.notice, severity=out.severity, timeout=out.timeout, markup=False)
            if out.redraw:
                self.query_one(ReleaseList).refresh_marks()
                self.live.counts_soon()  # the sources pane's unread counts
            if out.save:
                self.save_soon()
            if out.refilter:
                self.search()
            if out.open is not None:
                self.open(out.open, out.scroll, out.record)

    def search(self) -> None:
        """Start a search for the box's text with the filters; a running one is interrupted."""
        self._cancel("search")
        if self.session.library is not None:
            self.session.interrupt()
            self.app.run_search(self.session.request())

    def open(self, rid: int, scroll: float = 0.0, record: bool = True) -> None:
        """Open a release in the detail pane; the list's cursor follows when it lists it."""
        lst = self.query_one(ReleaseList)
        if rid in lst.rows:
            lst.set_rows(lst.rows, lst.pattern, keep=rid)
        self.session.begin_open(rid, self.query_one(ReleaseView).scroll_y, record)
        self.app.load_release(rid, focus=True, scroll=scroll)

    def save_soon(self) -> None:
        """Save the reading state soon (several changes in a row are written once)."""
        self._later("save", SAVE_DELAY, self.app.save_state)

    def target(self) -> str | None:
        """The release the user means: the list's cursor row when the list has focus, else the
        one shown (its id)."""
        lst = self.query_one(ReleaseList)
        return self.session.target(lst.current, self.focused is lst)

    @property
    def release(self) -> Release | None:
        """The release in the detail pane."""
        return self.query_one(ReleaseView).release

    @property
    def scroll(self) -> float:
        """How far down the detail pane is scrolled."""
        return self.query_one(ReleaseView).scroll_y

    # ------------------------------------------------------------------ helpers

    @property
    def pending(self) -> bool:
        """A search waits for typing to rest, or a preview for the cursor (tests wait on it)."""
        return "search" in self._timers_by_name or "preview" in self._timers_by_name

    def _later(self, name: str, delay: float, callback: Callable[[], object]) -> None:
        """Call `callback` in `delay` seconds, instead of the pending call of the same name."""
        self._cancel(name)

        def call() -> None:
            if self._timers_by_name.get(name) is timer:  # not cancelled once it fired
                del self._timers_by_name[name]
                callback()

        timer = self._timers_by_name[name] = self.set_timer(delay, call)

    def _cancel(self, name: str) -> None:
        if (timer := self._timers_by_name.pop(name, None)) is not None:
            timer.stop()

    @property
    def _widgets_gone(self) -> bool:
        """The widgets are gone (the app is closing): late worker results are dropped."""
        return not self.app.is_running or not self.query(ReleaseList)
