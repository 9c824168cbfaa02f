"""A line-API table: a fixed header line, then only the rows on screen drawn, whatever their number.

The speakers, quotes and figures views use it. It holds a row count and asks a `cells(index)`
function for the few rows it draws (the figures view pages them in from SQL), so opening,
filtering and jumping to the end cost the same at a million rows as at ten. The cursor row is
marked; `Highlighted` and `Selected` carry the row index.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

Cells = Callable[[int], Sequence[str]]  # row index → the text of each column


FLEX_MIN = 12  # cells a flexible column keeps before optional columns give way to it


@dataclass(frozen=True, slots=True)
class Column:
    """A column: its title, its width in cells (0: takes the room left), its alignment, and
    whether it may be left out when the table is too narrow for it (`optional`)."""

    title: str
    width: int = 0
    right: bool = False
    optional: bool = False


def fit(text: str, cells: int, right: bool = False) -> str:
    """Text on one line (its indent kept), cut with an ellipsis or padded to exactly `cells`
    terminal cells."""
    indent = " " * (len(text) - len(text.lstrip(" ")))
    text = indent + " ".join(text.split())
    if cell_len(text) <= cells:
        return text.rjust(cells) if right else set_cell_size(text, cells)
    return set_cell_size(text, max(0, cells - 1)) + "…" if cells else ""


def widths(columns: Sequence[Column], width: int) -> list[int]:
    """Each column's width at a total width, one space between the columns shown (0: the column
    is left out). Optional columns give way, the rightmost first, until the flexible columns
    keep FLEX_MIN cells each (or the fixed ones fit)."""
    shown = [True] * len(columns)

    def room() -> tuple[int, int]:
        """The cells left for the flexible columns, and how many of them there are."""
        kept = [c for c, on in zip(columns, shown, strict=True) if on]
        fixed = sum(c.width for c in kept) + len(kept) - 1
        return width - fixed, sum(1 for c in kept if not c.width)

    for index in reversed(range(len(columns))):
        left, flexible = room()
        if left >= FLEX_MIN * flexible:
            break
        if columns[index].optional:
            shown[index] = False
    left, flexible = room()
    each = max(8, left) // max(1, flexible)
    return [(c.width or each) if on else 0 for c, on in zip(columns, shown, strict=True)]


def line(columns: Sequence[Column], texts: Sequence[str], width: int) -> str:
    """One line of the table, the header or a row: each text fitted to its column (widths)."""
    return " ".join(
        fit(texts[i] if i < len(texts) else "", w, c.right)
        for i, (c, w) in enumerate(zip(columns, widths(columns, width), strict=True))
        if w
    )


class TableView(ScrollView, can_focus=True):
    """Rows of text columns, virtual: `show(count, cells)` replaces them."""

    BINDINGS = [
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("home,g", "first", "Top", show=False),
        Binding("end,G", "last", "Bottom", show=False),
        Binding("enter", "select", "Choose"),
    ]

    COMPONENT_CLASSES = {"table-view--cursor", "table-view--header", "table-view--dim"}

    cursor: reactive[int] = reactive(0, always_update=True, init=False, repaint=False)

    @dataclass
    class Highlighted(Message):
        """The cursor moved to a row (None: the table is empty)."""

        table: TableView
        index: int | None

        @property
        def control(self) -> TableView:
            return self.table

    @dataclass
    class Selected(Message):
        """A row was chosen (enter or a click)."""

        table: TableView
        index: int

        @property
        def control(self) -> TableView:
            return self.table

    def __init__(self, columns: Sequence[Column], **kwargs) -> None:
        super().__init__(**kwargs)
        self.columns = list(columns)
        self.count = 0
        self.cells: Cells = lambda index: ()
        self._lines: dict[tuple[int, bool, int], Strip] = {}

    # ------------------------------------------------------------------ data

    def show(self, count: int, cells: Cells, cursor: int = 0) -> None:
        """New rows: `count` of them, drawn with `cells`; the cursor on row `cursor`."""
        self.count, self.cells = count, cells
        self._lines.clear()
        self.set_reactive(TableView.virtual_size, Size(self.size.width, count + 1))
        self._refresh_scrollbars()
        self.set_reactive(TableView.cursor, max(0, min(cursor, count - 1)))
        self.scroll_to(y=0, animate=False, immediate=True)
        self._into_view()
        self.refresh()
        self.post_message(self.Highlighted(self, self.current))

    def redraw(self) -> None:
        """The rows' contents changed (same count): draw them again."""
        self._lines.clear()
        self.refresh()

    @property
    def current(self) -> int | None:
        return self.cursor if 0 <= self.cursor < self.count else None

    # ------------------------------------------------------------------ drawing

    def header(self, width: int) -> Text:
        """The column titles, in the columns the rows are drawn in (`line`)."""
        return Text(line(self.columns, [c.title for c in self.columns], width))

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if y == 0:  # the header stays put: it is drawn over the first virtual line
            style = self.rich_style + self.get_component_rich_style("table-view--header")
            header = Strip([Segment(self.header(width).plain, style)])
            return header.adjust_cell_length(width, style)
        index = int(self.scroll_offset.y) + y - 1
        if index >= self.count or index < 0:
            return Strip.blank(width, self.rich_style)
        key = (index, index == self.cursor, width)
        strip = self._lines.get(key)
        if strip is None:
            if len(self._lines) > 2000:
                self._lines.clear()
            strip = self._lines[key] = self._draw(index, width)
        return strip

    def _draw(self, index: int, width: int) -> Strip:
        base: Style = self.rich_style
        if index == self.cursor:
            base = base + self.get_component_rich_style("table-view--cursor")
        text = line(self.columns, list(self.cells(index)), width)
        return Strip([Segment(text, base)]).adjust_cell_length(width, base)

    def on_resize(self, event: events.Resize) -> None:
        self._lines.clear()
        self.virtual_size = Size(event.size.width, self.count + 1)

    def notify_style_update(self) -> None:
        self._lines.clear()
        super().notify_style_update()

    def on_focus(self) -> None:
        self.redraw()

    def on_blur(self) -> None:
        self.redraw()

    # ------------------------------------------------------------------ cursor

    def watch_cursor(self, old: int, new: int) -> None:
        self._lines.clear()
        self.refresh()
        self._into_view()
        self.post_message(self.Highlighted(self, self.current))

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, self.count - 1))

    def _into_view(self) -> None:
        top, rows = int(self.scroll_offset.y), max(1, self.size.height - 1)
        if top <= self.cursor < top + rows:
            return
        y = self.cursor if self.cursor < top else self.cursor - rows + 1
        self.scroll_to(y=max(0, y), animate=False, immediate=True, force=True)

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_page_down(self) -> None:
        self.cursor += max(1, self.size.height - 2)

    def action_page_up(self) -> None:
        self.cursor -= max(1, self.size.height - 2)

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = self.count - 1

    def action_select(self) -> None:
        if self.current is not None:
            self.post_message(self.Selected(self, self.current))

    def on_click(self, event: events.Click) -> None:
        index = int(self.scroll_offset.y) + event.y - 1
        if 0 <= index < self.count:
            self.cursor = index
            self.post_message(self.Selected(self, index))
