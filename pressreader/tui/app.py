"""The pressreader app: the keys, the actions they run, and the workers that do the slow work.

The rules live in the reading session (pressreader/session.py): an action asks it what to do and
hands the answer (an `Outcome`) to the main screen (screens/reader.py), which holds the widgets.
Workers (opening and indexing the store, searching, loading a release, saving the reading state)
run in threads and only post messages (tui/messages.py) to that screen; they live in tui/workers.py,
and the actions on the release shown and on saved searches in tui/actions_release.py and
tui/actions_search.py, mixed into the App here.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.screen import Screen

from pressreader.config import Config, load_config
from pressreader.index import Library
from pressreader.session import ReadingSession
from pressreader.state import ReadingState
from pressreader.tui import colors, keymap
from pressreader.tui.actions_release import ReleaseActions
from pressreader.tui.actions_search import SavedSearchActions
from pressreader.tui.palette import reader_commands
from pressreader.tui.screens import HelpScreen, ProblemsScreen
from pressreader.tui.screens.figures import open_figures
from pressreader.tui.screens.reader import ReaderScreen
from pressreader.tui.screens.speakers import open_speakers
from pressreader.tui.widgets import ReleaseList, SearchBox
from pressreader.tui.workers import Workers

__all__ = ["PressReaderApp", "SearchBox"]


class PressReaderApp(Workers, ReleaseActions, SavedSearchActions, App[None]):
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
                self.notify(warning, severity="warning", timeout=10, markup=False)
        if session.theme and session.theme in self.available_themes:
            self.theme = session.theme
        elif session.theme and session.theme != config.theme:  # chosen once, now gone
            self.notify(
                f"Unknown theme {session.theme!r}; using {self.theme}.",
                severity="warning",
                markup=False,
            )
        if session.missing_store() is None:
            self.open_store()

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

    def action_resize_split(self, step: int) -> None:
        """Make the list wider (step > 0) or narrower, in percent of the width."""
        self.notify(self.reader.panes.resize(step), timeout=1.5, markup=False)

    def action_zoom(self) -> None:
        """Give the list, then the release, the whole width, then split again."""
        self.notify(self.reader.panes.cycle_zoom(), timeout=2, markup=False)

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
        self.notify("Sources shown" if shown else "Sources hidden", timeout=1.5, markup=False)

    def get_system_commands(self, screen: Screen):
        """The command palette (ctrl+p): Textual's own commands plus the reader's."""
        yield from super().get_system_commands(screen)
        yield from reader_commands(self)

    def watch_theme(self, theme: str) -> None:
        """Remember the theme chosen (in the command palette) for next time."""
        if self.session.remember_theme(theme) and self.reader.is_mounted:
            self.reader.save_soon()

    def on_unmount(self) -> None:
        """Save the reading state on the way out (the timer may not have fired)."""
        self.workers.cancel_all()
        if error := self.session.save():
            self.log.error(error)
