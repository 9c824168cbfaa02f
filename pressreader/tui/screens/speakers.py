"""The speakers view (W): everyone the store quotes, filtered as you type; a speaker's quotes.

Left, every speaker (name variants merged) with their quotes, releases, first and last date, by
number of quotes or by name (`o`); typing in the box at the top filters at each keystroke (in
memory: index/speaker_filter.py). Right, the highlighted speaker's name variants and roles over
time, and — once chosen with enter — their quotes, newest first; enter on a quote opens its
release scrolled to it with the words highlighted, `y` copies the quote with a citation.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from pressreader.errors import PressreaderError
from pressreader.formats.citation import quote_citation
from pressreader.index.speaker_filter import SpeakerFilter
from pressreader.index.speakers import SpeakerRow
from pressreader.model import QuoteRef
from pressreader.tables import one_line
from pressreader.text import plural
from pressreader.tui.screens.across import open_release
from pressreader.tui.widgets.table_view import Column, TableView

if TYPE_CHECKING:
    from pressreader.tui.app import PressReaderApp

SPEAKER_COLUMNS = [
    Column("Speaker"),
    Column("Quotes", 6, right=True),
    Column("Releases", 8, right=True),
    Column("First", 10, optional=True),  # the side pane shows them too
    Column("Last", 10, optional=True),
]
QUOTE_COLUMNS = [Column("Date", 10), Column("Quote"), Column("Release")]


def open_speakers(app: PressReaderApp) -> None:
    """Show the speakers view (installed once, so it keeps its filter and cursor)."""
    if app.session.library is None:
        app.notify("The store is still opening.", severity="warning", timeout=3, markup=False)
        return
    if not app.is_screen_installed("speakers"):
        app.install_screen(SpeakersScreen(), "speakers")
    app.push_screen("speakers")


class SpeakersScreen(Screen[None]):
    """Every speaker, filtered as you type; a speaker's quotes; open one at its place."""

    app: PressReaderApp

    BINDINGS = [
        Binding("escape", "back", "Back", id="speakers.back"),
        Binding("ctrl+o", "toggle_order", "Quotes/name order", priority=True, id="speakers.order"),
        Binding("o", "toggle_order", "Order", show=False, id="speakers.order_key"),
        Binding("slash", "focus_filter", "Filter", id="speakers.filter"),
        Binding("y", "copy_quote", "Copy quote", id="speakers.copy"),
        Binding("q", "back", "Back", show=False, id="speakers.quit"),
        Binding("down", "focus_table", "To the list", show=False, id="speakers.to_list"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.order = "quotes"
        self.all: SpeakerFilter = SpeakerFilter([])
        self.shown: list[SpeakerRow] = []
        self.person: SpeakerRow | None = None  # the speaker whose quotes are listed
        self.quotes: Sequence[dict[str, Any]] = []  # QuotePages: read a page at a time

    def compose(self) -> ComposeResult:
        yield Static("Speakers", id="speakers-title", classes="view-title")
        yield Input(placeholder="Filter speakers by name, variant or role", id="speaker-filter")
        with Horizontal(classes="view-main"):
            yield TableView(SPEAKER_COLUMNS, id="speakers")
            with Vertical(classes="view-side"):
                yield Static(id="speaker-info", markup=False)
                yield Static("", id="quotes-status", classes="view-status", markup=False)
                yield TableView(QUOTE_COLUMNS, id="speaker-quotes")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#speaker-filter", Input).focus()

    def on_screen_resume(self) -> None:
        self.load()  # the index may have changed since the last visit

    # ------------------------------------------------------------------ loading and filtering

    @work(thread=True, exclusive=True, group="speakers")
    def load(self) -> None:
        """Read every speaker once (the filter then runs in memory)."""
        library = self.app.session.library
        try:
            rows = library.speakers() if library else []
        except PressreaderError as exc:
            text = f"Could not read the speakers: {exc}"
            self.app.call_from_thread(self.notify, text, severity="error", markup=False)
            return
        found = SpeakerFilter(rows)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._loaded, found)

    def _loaded(self, found: SpeakerFilter) -> None:
        self.all = found
        self.refilter()

    @on(Input.Changed, "#speaker-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.refilter()

    @on(Input.Submitted, "#speaker-filter")
    def _filter_done(self, event: Input.Submitted) -> None:
        self.query_one("#speakers", TableView).focus()

    def refilter(self) -> None:
        """Filter and order the speakers by the box's text; the cursor stays on its speaker."""
        table = self.query_one("#speakers", TableView)
        current = self.current
        text = self.query_one("#speaker-filter", Input).value
        self.shown = self.all.filter(text, self.order)
        keep = 0
        if current is not None:
            keep = next((i for i, r in enumerate(self.shown) if r.key == current.key), 0)
        table.show(len(self.shown), self._speaker_cells, keep)
        order = "by number of quotes" if self.order == "quotes" else "by name"
        self.query_one("#speakers-title", Static).update(
            f"Speakers · {len(self.shown):,} of {plural(len(self.all), 'speaker')} · {order}"
        )

    def _speaker_cells(self, index: int) -> tuple[str, ...]:
        r = self.shown[index]
        return (one_line(r.name), str(r.quotes), str(r.releases), r.first or "", r.last or "")

    @property
    def current(self) -> SpeakerRow | None:
        index = self.query_one("#speakers", TableView).current
        return self.shown[index] if index is not None and index < len(self.shown) else None

    # ------------------------------------------------------------------ the speaker and quotes

    @on(TableView.Highlighted, "#speakers")
    def _speaker_highlighted(self, event: TableView.Highlighted) -> None:
        self.query_one("#speaker-info", Static).update(self._info(self.current))

    @staticmethod
    def _info(row: SpeakerRow | None) -> Text:
        """Name, variants, and roles over time, each with the dates it was held."""
        if row is None:
            return Text("No speaker matches.", style="dim")
        text = Text(one_line(row.name), style="bold")
        text.append(f"\n{plural(row.quotes, 'quote')} in {plural(row.releases, 'release')}")
        if row.first:
            text.append(f", {row.first} – {row.last}", style="dim")
        others = [v for v in row.variants if v != row.name]
        if others:
            text.append("\nAlso written: ", style="bold")
            text.append("; ".join(one_line(v) for v in others))
        if row.roles:
            text.append("\nRoles over time:", style="bold")
            for role, first, last in row.roles:
                span = first if first == last else f"{first} – {last}"
                text.append(f"\n  {one_line(role)}  ")
                text.append(span, style="dim")
        return text

    @on(TableView.Selected, "#speakers")
    def _speaker_chosen(self, event: TableView.Selected) -> None:
        self.show_quotes(self.current)

    def show_quotes(self, row: SpeakerRow | None) -> None:
        """List a speaker's quotes, newest first, and move there."""
        library = self.app.session.library
        if row is None or library is None:
            return
        try:
            person, quotes = library.speaker_quote_pages(row.key)
        except PressreaderError as exc:
            self.notify(f"Could not read the quotes: {exc}", severity="error", markup=False)
            return
        self.person, self.quotes = person or row, quotes
        table = self.query_one("#speaker-quotes", TableView)
        table.show(len(quotes), self._quote_cells)
        self.query_one("#quotes-status", Static).update(
            f"{plural(len(quotes), 'quote')} of {one_line(row.name)}, newest first · "
            "enter opens the release at the quote · y copies it"
        )
        table.focus()

    def _quote(self, index: int) -> dict[str, Any] | None:
        """The quote at `index` (its page is read from the index when first drawn); None when
        the index cannot be read or its release has gone."""
        try:
            q = self.quotes[index]
        except PressreaderError:
            return None
        return None if q.get("kind") == "gone" else q

    def _quote_cells(self, index: int) -> tuple[str, ...]:
        q = self._quote(index)
        if q is None:
            return ("", "(this quote cannot be read now)", "")
        words = one_line(q["text"])
        if q["kind"] != "reported":
            words = f"“{words}”"
        return (q["date"], words, one_line(q["title"]))

    @on(TableView.Selected, "#speaker-quotes")
    def _quote_chosen(self, event: TableView.Selected) -> None:
        q = self._quote(event.index)
        if q is None:
            self.notify(
                "That quote cannot be read now.", severity="warning", timeout=3, markup=False
            )
            return
        open_release(self.app, q["rid"], q["release_id"], (q["block"], q["start"], q["end"]))

    # ------------------------------------------------------------------ actions

    def action_copy_quote(self) -> None:
        """Copy the highlighted quote with its citation (speaker, role, source, date, link)."""
        index = self.query_one("#speaker-quotes", TableView).current
        library = self.app.session.library
        if index is None or not self.quotes or library is None:
            self.notify(
                "Choose a speaker (enter), then a quote.",
                severity="warning",
                timeout=3,
                markup=False,
            )
            return
        q = self._quote(index)
        if q is None:
            self.notify(
                "That quote cannot be read now.", severity="warning", timeout=3, markup=False
            )
            return
        try:
            release = library.release(q["rid"])
        except PressreaderError as exc:
            self.notify(f"Could not read the release: {exc}", severity="error", markup=False)
            return
        if release is None:
            return
        ref = QuoteRef(
            q["text"], q["speaker"], q["role"], q["kind"], ((q["block"], q["start"], q["end"]),)
        )
        text = quote_citation(release, ref)
        self.app.copy_to_clipboard(text)
        self.notify(
            f"Copied: {text if len(text) <= 90 else text[:89] + '…'}", timeout=4, markup=False
        )

    def action_toggle_order(self) -> None:
        self.order = "name" if self.order == "quotes" else "quotes"
        self.refilter()

    def action_focus_table(self) -> None:
        self.query_one("#speakers", TableView).focus()

    def action_focus_filter(self) -> None:
        self.query_one("#speaker-filter", Input).focus()

    def action_back(self) -> None:
        """From the quotes back to the speakers; from there back to the reader."""
        quotes = self.query_one("#speaker-quotes", TableView)
        if self.focused is quotes:
            self.query_one("#speakers", TableView).focus()
        else:
            self.app.pop_screen()
