"""The pressreader app: the keys, the actions they run, and the workers that do the slow work.

The rules live in the reading session (pressreader/session.py): an action asks it what to do and
hands the answer (an `Outcome`) to the main screen (screens/reader.py), which holds the widgets.
Workers (opening and indexing the store, searching, loading a release, saving the reading state)
run in threads and only post messages (tui/messages.py) to that screen.
"""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import App
from textual.screen import Screen
from textual.worker import get_current_worker

from pressreader.config import Config, load_config
from pressreader.errors import (
    ExportFailed,
    IndexUnavailable,
    PressreaderError,
    SearchFailed,
    SearchInterrupted,
)
from pressreader.index import Library
from pressreader.model import Release
from pressreader.query import QueryError
from pressreader.session import ReadingSession, SearchRequest
from pressreader.state import ReadingState
from pressreader.tui import colors, keymap
from pressreader.tui import messages as msg
from pressreader.tui.palette import reader_commands
from pressreader.tui.screens import HelpScreen, ProblemsScreen
from pressreader.tui.screens.figures import open_figures
from pressreader.tui.screens.name_prompt import NamePrompt
from pressreader.tui.screens.reader import ReaderScreen
from pressreader.tui.screens.speakers import open_speakers
from pressreader.tui.widgets import QuoteNav, ReleaseList, SearchBox

__all__ = ["PressReaderApp", "SearchBox"]


class PressReaderApp(App[None]):
    """A list of releases beside the release under the cursor, with search."""

    CSS_PATH = Path(__file__).with_name("app.tcss")  # absolute: subclasses live elsewhere
    TITLE = "pressreader"
    BINDINGS = keymap.APP_BINDINGS  # every key, with its binding id for config.yaml

    def __init__(
        self, root: Path, *, config: Config | None = None, watch_css: bool = False
    ) -> None:
        super().__init__(watch_css=watch_css)
        self.ansi_theme_dark = colors.ANSI_DARK  # readable ANSI colours in the release
        self.session = ReadingSession(root, config or load_config())
        self.session.start_scan()  # read the folder while Textual starts up
        self.set_keymap(keymap.keymap(self.session.config))
        self.reader = ReaderScreen(self.session)

    def get_default_screen(self) -> Screen:
        return self.reader

    @property
    def library(self) -> Library | None:
        return self.session.library

    @property
    def state(self) -> ReadingState:
        return self.session.state

    def on_mount(self) -> None:
        session = self.session
        config = session.config
        bad_theme = []
        if config.theme and config.theme not in self.available_themes:
            known = ", ".join(sorted(self.available_themes))
            bad_theme = [
                config.problem("theme", f"{config.theme!r} is not a theme (known: {known})")
            ]
        key_problems = keymap.problems(config)
        for warning in [*config.problems, *bad_theme, *key_problems, *session.state.notices]:
            if warning:
                self.notify(warning, severity="warning", timeout=10)
        if session.theme and session.theme in self.available_themes:
            self.theme = session.theme
        elif session.theme and session.theme != config.theme:  # chosen once, now gone
            self.notify(f"Unknown theme {session.theme!r}; using {self.theme}.", severity="warning")
        if session.missing_store() is None:
            self.open_store()

    # ------------------------------------------------------------------ workers

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

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, request: SearchRequest) -> None:
        """Search; an interrupted or superseded search posts nothing."""
        try:
            rids = self.session.run_search(request)
        except SearchInterrupted:
            return  # a newer keystroke took over
        except QueryError as exc:  # explained under the search box
            self.reader.post_message(msg.SearchDone(request, [], self.session.query_problem(exc)))
            return
        except SearchFailed as exc:
            self.reader.post_message(msg.Notice(f"Search failed: {exc}"))
            rids = []
        if not get_current_worker().is_cancelled:
            self.reader.post_message(msg.SearchDone(request, rids))

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

    # ------------------------------------------------------------------ actions

    def action_related(self, which: str) -> None:
        self.reader.apply(self.session.open_related(self.reader.release, which))

    def action_toggle_read(self) -> None:
        self.reader.apply(self.session.toggle_read(self.reader.target()))

    def action_toggle_star(self) -> None:
        self.reader.apply(self.session.toggle_star(self.reader.target()))

    def action_toggle_hide_read(self) -> None:
        self.reader.apply(self.session.toggle_hide_read())

    def action_toggle_starred_only(self) -> None:
        self.reader.apply(self.session.toggle_starred_only())

    def action_toggle_order(self) -> None:
        self.reader.apply(self.session.toggle_order())

    def action_mark_all_read(self) -> None:
        self.reader.apply(self.session.mark_all_read(self.reader.query_one(ReleaseList).rows))

    def action_history_back(self) -> None:
        self.reader.apply(self.session.history(-1, self.reader.scroll))

    def action_history_forward(self) -> None:
        self.reader.apply(self.session.history(1, self.reader.scroll))

    def action_open_link(self) -> None:
        url = self.reader.release.url if self.reader.release else None
        if not url:
            self.notify("This release has no link to open.", severity="warning", timeout=3)
            return
        self.open_url(url)
        self.notify(f"Opening {url}", timeout=3)

    def action_copy_citation(self) -> None:
        """Copy a citation: of the highlighted quote in the quote list, else of the release."""
        if (release := self._shown()) is not None:
            quotes = self.reader.query_one(QuoteNav)
            quote = quotes.current if self.focused is quotes else None
            text = self.session.citation(release, quote)
            self.copy_to_clipboard(text)
            self.notify(f"Copied: {text if len(text) <= 90 else text[:89] + '…'}", timeout=4)

    def action_copy_id(self) -> None:
        """Copy the id of the release shown (what `pressreader show` and `export` take)."""
        if (release := self._shown()) is not None:
            self.copy_to_clipboard(release.id)
            self.notify(f"Copied the id: {release.id}", timeout=4)

    def action_resize_split(self, step: int) -> None:
        """Make the list wider (step > 0) or narrower, in percent of the width."""
        self.notify(self.reader.panes.resize(step), timeout=1.5)

    def action_zoom(self) -> None:
        """Give the list, then the release, the whole width, then split again."""
        self.notify(self.reader.panes.cycle_zoom(), timeout=2)

    def action_export(self) -> None:
        """Write the release shown as Markdown into the export folder."""
        if (release := self._shown()) is None:
            return
        try:
            path = self.session.export_markdown(release)
        except ExportFailed as exc:
            self.notify(str(exc), severity="error")
        else:
            self.notify(f"Exported to {path}", timeout=5)

    def run_saved_search(self, name: str) -> None:
        """Put a saved search (config.yaml's `saved_searches`) in the search box; it runs at once."""
        query = self.session.saved_searches.get(name)
        if query is None:
            return
        self.reader.query_one(SearchBox).value = query
        self.action_focus_list()
        self.notify(f"Saved search “{name}”: {query}", timeout=3)

    def action_save_search(self) -> None:
        """Ask for a name, then keep the search in the box in config.yaml's `saved_searches`."""
        query = self.session.query.strip()
        if not query:
            self.notify("Type a search first ( / ), then save it.", severity="warning", timeout=4)
            return
        named = next((n for n, q in self.session.saved_searches.items() if q == query), "")

        def save(name: str | None) -> None:
            if name:
                self.reader.apply(self.session.save_search(name, query))

        question = f"Save “{query}” as:"
        self.push_screen(NamePrompt("Save this search", question, named), save)

    def action_focus_search(self) -> None:
        self.reader.query_one(SearchBox).focus()

    def action_focus_list(self) -> None:
        """Back to the list (escape or h in the detail pane, down or enter in the search box)."""
        self.reader.query_one(ReleaseList).focus()

    def action_help(self) -> None:
        overrides = keymap.keymap(self.session.config)
        self.push_screen(HelpScreen(keymap.help_sections(), self.get_key_display, overrides))

    def action_problems(self) -> None:
        self.push_screen(ProblemsScreen(self.session.problems))

    def action_speakers(self) -> None:
        """The speakers view (W): everyone quoted across the store, and their quotes."""
        open_speakers(self)

    def action_figures(self) -> None:
        """The figures view (F): every figure across the store, sorted, filtered, charted."""
        open_figures(self)

    def action_update_feeds(self) -> None:
        """Update every followed feed (r) in a worker; the new releases are listed at the end."""
        self.reader.live.update_feeds()

    def action_toggle_sources(self) -> None:
        """Show or hide the sources pane (p): publishers and saved searches with their counts."""
        shown = self.reader.live.toggle_sources()
        self.notify("Sources shown" if shown else "Sources hidden", timeout=1.5)

    def get_system_commands(self, screen: Screen):
        """The command palette (ctrl+p): Textual's own commands plus the reader's."""
        yield from super().get_system_commands(screen)
        yield from reader_commands(self)

    def _shown(self) -> Release | None:
        """The release in the detail pane (a notice when there is none)."""
        if (release := self.reader.release) is None:
            self.notify("Open a release first.", severity="warning", timeout=3)
        return release

    def watch_theme(self, theme: str) -> None:
        """Remember the theme chosen (in the command palette) for next time."""
        if self.session.remember_theme(theme) and self.reader.is_mounted:
            self.reader.save_soon()

    def on_unmount(self) -> None:
        """Save the reading state on the way out (the timer may not have fired)."""
        self.workers.cancel_all()
        if error := self.session.save():
            self.log.error(error)
