"""The figures view (F): every statistic and figure in running text, paged from the index.

At the top, a search (the query language of the reader: which releases) and unit words
("tonnes", "arrests", "€"); the count of matching figures and the order (`o`: newest first or
largest first). The table is virtual: it draws the rows on screen, read 200 at a time with
LIMIT/OFFSET (index/figures.py), so a million figures cost no more than a hundred. `enter` opens the
release at the figure; `c` charts the measure (the unit words typed, else the highlighted figure's
unit) over time, each point one key from its release.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from pressreader.errors import PressreaderError
from pressreader.formats.common import format_value
from pressreader.index.figures import FigureRow, FigureSet
from pressreader.tables import one_line
from pressreader.text import plural
from pressreader.tui.screens.across import open_release
from pressreader.tui.widgets.table_view import Column, TableView

if TYPE_CHECKING:
    from pressreader.tui.app import PressReaderApp
    from pressreader.tui.widgets.chart import MeasureChart

PAGE = 200
FILTER_DELAY = 0.15  # the count waits for typing to rest this long
# The value column: this wide at least, wider for the widest value read so far (a trillion,
# 1,200,000,000,000, is 17 cells), up to VALUE_MAX; a value wider still is written in short.
VALUE_MIN, VALUE_MAX = 14, 25
VALUE = 1  # the value column's place
COLUMNS = [
    Column("Date", 10),
    Column("Value", VALUE_MIN, right=True),
    Column("Qualifier", 10),
    Column("Unit", 22),
    Column("Sentence / as written"),
    Column("Release", 28, optional=True),  # the line under the table names it too
]


def open_figures(app: PressReaderApp) -> None:
    """Show the figures view (installed once, so it keeps its filters and cursor)."""
    if app.session.library is None:
        app.notify("The store is still opening.", severity="warning", timeout=3, markup=False)
        return
    if not app.is_screen_installed("figures"):
        app.install_screen(FiguresScreen(), "figures")
    app.push_screen("figures")


def value_text(value: float | None, room: int = VALUE_MAX) -> str:
    """A value written in full (format_value), or in short ("1.2e+30") when wider than `room`."""
    text = format_value(value)
    return text if len(text) <= room or value is None else f"{value:.3g}"


def spot_of(row: FigureRow) -> tuple[int, int | None, int | None] | None:
    return (row.block, row.start, row.end) if row.block is not None else None


class FiguresScreen(Screen[None]):
    """Figures of the matching releases, paged; chart a measure; open a figure's release."""

    app: PressReaderApp

    BINDINGS = [
        Binding("escape", "back", "Back", id="figures.back"),
        Binding("ctrl+o", "toggle_order", "Date/value order", priority=True, id="figures.order"),
        Binding("o", "toggle_order", "Order", show=False, id="figures.order_key"),
        Binding("c", "chart", "Chart", id="figures.chart"),
        Binding("slash", "focus_filter", "Filter", id="figures.filter"),
        Binding("q", "back", "Back", show=False, id="figures.quit"),
        Binding("down", "focus_table", "To the list", show=False, id="figures.to_list"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.order = "date"
        self.fset: FigureSet | None = None
        self._pages: dict[int, list[FigureRow]] = {}
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Static("Figures", id="figures-title", classes="view-title")
        with Horizontal(id="figure-filters"):
            yield Input(placeholder="Releases: a search ( / )", id="figure-query")
            yield Input(placeholder="Unit words: tonnes, arrests, €", id="figure-unit")
        yield TableView(COLUMNS, id="figures")
        yield Static("", id="figure-detail", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#figures", TableView).focus()
        self.load()

    def on_screen_resume(self) -> None:
        if self.fset is not None:
            self.load()  # the index may have changed since the last visit

    # ------------------------------------------------------------------ loading

    @on(Input.Changed)
    def _filter_changed(self, event: Input.Changed) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(FILTER_DELAY, self.load)

    @on(Input.Submitted)
    def _filter_done(self, event: Input.Submitted) -> None:
        self.action_focus_table()

    @property
    def filters(self) -> tuple[str, str]:
        return (
            self.query_one("#figure-query", Input).value,
            self.query_one("#figure-unit", Input).value,
        )

    @property
    def pending(self) -> bool:
        """A filter waits for typing to rest (tests wait on it)."""
        return self._timer is not None

    def load(self) -> None:
        self._timer = None
        self._count(*self.filters)

    @work(thread=True, exclusive=True, group="figures")
    def _count(self, query: str, unit: str) -> None:
        """Count the figures of the filters (the rows are read a page at a time as shown)."""
        library = self.app.session.library
        if library is None:
            return
        try:
            fs = library.figure_set(query, unit)
        except PressreaderError as exc:
            self.app.call_from_thread(self._failed, str(exc))
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._counted, fs)

    def _failed(self, error: str) -> None:
        self.query_one("#figures-title", Static).update(Text(f"Figures · {error}", style="red"))

    def _counted(self, fs: FigureSet) -> None:
        if (fs.query, fs.unit) != self.filters:
            return  # the filters changed meanwhile: a newer count is on its way
        self.fset = fs
        self.show()

    def show(self) -> None:
        """Show the current set in the current order, from the top."""
        if self.fset is None:
            return
        self._pages = {}
        table = self.query_one("#figures", TableView)
        table.columns[VALUE] = COLUMNS[VALUE]
        self.row(0)  # the first page read now: the value column fits its values from the start
        table.show(self.fset.count, self._cells)
        order = "newest first" if self.order == "date" else "largest first"
        self.query_one("#figures-title", Static).update(
            f"Figures · {plural(self.fset.count, 'figure')} · {order}"
            " · enter opens the release at it · c charts the measure"
        )

    def row(self, index: int) -> FigureRow | None:
        """Row `index` of the set in the current order (its page read on first use)."""
        if self.fset is None or not 0 <= index < self.fset.count:
            return None
        page = index // PAGE
        rows = self._pages.get(page)
        if rows is None:
            library = self.app.session.library
            try:
                rows = (
                    library.figure_page(self.fset, self.order, page * PAGE, PAGE) if library else []
                )
            except PressreaderError:
                rows = []
            if len(self._pages) > 50:
                self._pages.clear()
            self._pages[page] = rows
            self._fit_values(rows)
        offset = index - page * PAGE
        return rows[offset] if offset < len(rows) else None

    def _fit_values(self, rows: list[FigureRow]) -> None:
        """Widen the value column to the widest of `rows` (never narrower: the column does not
        jump back as pages come and go); the rows drawn so far are drawn again."""
        table = self.query_one("#figures", TableView)
        column = table.columns[VALUE]
        widest = max((len(value_text(r.value)) for r in rows), default=0)
        if widest > column.width:
            table.columns[VALUE] = dataclasses.replace(column, width=min(VALUE_MAX, widest))
            table.redraw()

    def _cells(self, index: int) -> tuple[str, ...]:
        row = self.row(index)
        if row is None:
            return ()
        words = row.sentence if row.kind == "text" and row.sentence else row.text
        return (
            row.date,
            value_text(row.value),
            one_line(row.qualifier),
            one_line(row.unit),
            one_line(words),
            one_line(row.title),
        )

    @property
    def current(self) -> FigureRow | None:
        index = self.query_one("#figures", TableView).current
        return self.row(index) if index is not None else None

    @on(TableView.Highlighted, "#figures")
    def _highlighted(self, event: TableView.Highlighted) -> None:
        row = self.current
        detail = Text()
        if row is not None:
            detail.append(f"{format_value(row.value)} {one_line(row.unit)}", style="bold")
            if row.qualifier:
                detail.append(f" ({one_line(row.qualifier)})")
            detail.append(f" — {one_line(row.sentence or row.text)}\n")
            detail.append(f"{row.date} · {one_line(row.source)} · {one_line(row.title)}", "dim")
        self.query_one("#figure-detail", Static).update(detail)

    @on(TableView.Selected, "#figures")
    def _chosen(self, event: TableView.Selected) -> None:
        row = self.row(event.index)
        if row is not None:
            open_release(self.app, row.rid, row.release_id, spot_of(row))

    # ------------------------------------------------------------------ actions

    def action_toggle_order(self) -> None:
        self.order = "value" if self.order == "date" else "date"
        self.show()

    def action_chart(self) -> None:
        """Chart the unit words typed (all matching figures), else the highlighted figure's unit."""
        library = self.app.session.library
        query, unit = self.filters
        if library is None or self.fset is None:
            return
        exact = None
        if not unit.strip():
            row = self.current
            if row is None or not row.unit:
                self.notify(
                    "Type unit words, or highlight a figure with a unit.", timeout=3, markup=False
                )
                return
            exact = row.unit
        try:
            points = library.figure_series(self.fset, exact)
        except PressreaderError as exc:
            self.notify(f"Could not read the figures: {exc}", severity="error", markup=False)
            return
        if not points:
            self.notify("No figures with a value to chart.", timeout=3, markup=False)
            return
        measure = exact or unit.strip()
        where = f" in releases matching “{query.strip()}”" if query.strip() else ""
        self.app.push_screen(ChartScreen(points, f"{measure}{where}"))

    def action_focus_table(self) -> None:
        self.query_one("#figures", TableView).focus()

    def action_focus_filter(self) -> None:
        self.query_one("#figure-query", Input).focus()

    def action_back(self) -> None:
        self.app.pop_screen()


class ChartScreen(Screen[None]):
    """One measure over time; left/right move between points, enter opens the point's release."""

    app: PressReaderApp

    BINDINGS = [
        Binding("escape,q", "back", "Back", id="chart.back"),
    ]

    def __init__(self, points: list[FigureRow], measure: str) -> None:
        super().__init__()
        self.points = points
        self.measure = measure

    def compose(self) -> ComposeResult:
        span = f"{self.points[0].date} – {self.points[-1].date}"
        yield Static(
            f"{self.measure} · {plural(len(self.points), 'figure')} · {span}",
            id="chart-title",
            classes="view-title",
            markup=False,
        )
        from pressreader.tui.widgets.chart import MeasureChart  # plotext loads with the first chart

        yield MeasureChart(
            [(p.date, p.value or 0.0) for p in self.points], self.measure, id="chart"
        )
        yield Static("", id="chart-point", markup=False)
        yield Footer()

    def _chart(self) -> MeasureChart:
        return self.query_one("#chart")  # type: ignore[return-value]

    def on_mount(self) -> None:
        chart = self._chart()
        chart.focus()
        self._describe(chart.selected)

    def on_measure_chart_moved(self, message: MeasureChart.Moved) -> None:
        self._describe(message.index)

    def _describe(self, index: int) -> None:
        p = self.points[index]
        text = Text(f"Point {index + 1} of {len(self.points)}: ", style="bold")
        text.append(f"{format_value(p.value)} {one_line(p.unit)}", style="bold cyan")
        text.append(f" · {p.date} · {one_line(p.title)}")
        text.append("\n← → move between points · enter opens the release", style="dim")
        self.query_one("#chart-point", Static).update(text)

    def on_measure_chart_chosen(self, message: MeasureChart.Chosen) -> None:
        p = self.points[message.index]
        open_release(self.app, p.rid, p.release_id, spot_of(p))

    @property
    def selected(self) -> FigureRow:
        return self.points[self._chart().selected]

    def action_back(self) -> None:
        self.app.pop_screen()
