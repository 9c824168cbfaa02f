"""The release list: a line-API virtual list that renders only the rows on screen.

It holds row keys, not widgets, and asks a provider for the few summaries it draws, so moving,
paging and jumping to the end cost the same at 100,000 rows as at 10.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from pressreader.formats.rich import MATCH_STYLE
from pressreader.index import Summary
from pressreader.tui import messages
from pressreader.tui.columns import UNCERTAIN, columns, date_text, initials

SummaryProvider = Callable[[Iterable[int]], dict[int, Summary]]
# release id → (read, starred)
Marks = Callable[[str], tuple[bool, bool]]
_MATCH = Style.parse(MATCH_STYLE)


def _fit(text: str, cells: int) -> str:
    """Text cut with an ellipsis, or padded with spaces, to exactly `cells` terminal cells."""
    if cell_len(text) <= cells:
        return set_cell_size(text, cells)
    return set_cell_size(text, max(0, cells - 1)) + "…" if cells else ""


class ReleaseList(ScrollView, can_focus=True):
    """A virtual list of releases: title, date, source (fitted to the width, see columns.py);
    the cursor row is marked."""

    BINDINGS = [
        Binding("down,j", "cursor_down", "Down", id="list.down"),
        Binding("up,k", "cursor_up", "Up", id="list.up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="list.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="list.page_up"),
        Binding("g,home", "first", "Top", show=False, id="list.top"),
        Binding("G,end", "last", "Bottom", show=False, id="list.bottom"),
        Binding("enter,l", "select", "Open", id="list.open"),
    ]

    COMPONENT_CLASSES = {
        "release-list--cursor",
        "release-list--unread",
        "release-list--star",
        "release-list--date",
        "release-list--source",
        "release-list--uncertain",
    }

    # No repaint of the whole list: the watcher refreshes just the two rows that change.
    cursor: reactive[int] = reactive(0, always_update=True, init=False, repaint=False)

    Highlighted = messages.Highlighted  # the cursor moved to a release
    Selected = messages.Selected  # a release was chosen (enter, l, or a click)

    def __init__(self, provider: SummaryProvider, marks: Marks | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.provider = provider
        self.marks: Marks = marks or (lambda _id: (True, False))
        self.rows: list[int] = []
        self.pattern: re.Pattern[str] | None = None
        self._cache: dict[int, Summary] = {}
        self._lines: dict[tuple[int, bool, int], Strip] = {}  # (row, under cursor, width) → drawn
        self.this_year = dt.date.today().year  # dates of this year are shown without the year

    # ------------------------------------------------------------------ data

    def set_rows(
        self, rows: list[int], pattern: re.Pattern[str] | None = None, keep: int | None = None
    ) -> None:
        """Show new rows; the cursor stays on release `keep` if it is still there, else goes to the top."""
        self.rows = rows
        self.pattern = pattern
        self._cache.clear()
        self._lines.clear()
        # Only the virtual height changes: repaint and fix the scrollbar, no layout of the screen.
        self.set_reactive(ReleaseList.virtual_size, Size(self.size.width, len(rows)))
        self._refresh_scrollbars()
        index = 0
        if keep is not None:
            try:
                index = rows.index(keep)
            except ValueError:
                index = 0
        self.set_reactive(ReleaseList.cursor, min(index, max(0, len(rows) - 1)))
        self._scroll_cursor_into_view(center=keep is not None)
        # ... and again once laid out: a new result (ctrl+r on a long one) must not leave the
        # cursor row off-screen because the size was not final yet (returns at once when shown)
        self.call_after_refresh(self._scroll_cursor_into_view)
        self.refresh()
        self.post_message(self.Highlighted(self.current))

    def refresh_marks(self) -> None:
        """Read marks or stars changed: draw the rows again."""
        self._lines.clear()
        self.refresh()

    @property
    def current(self) -> int | None:
        """The row key under the cursor."""
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    def _summary(self, index: int) -> Summary | None:
        rid = self.rows[index]
        found = self._cache.get(rid)
        if found is None:
            top = int(self.scroll_offset.y)
            window = self.rows[max(0, min(index, top)) : max(index, top) + self.size.height + 1]
            if len(self._cache) > 4000:
                self._cache.clear()
            self._cache.update(self.provider(window))
            found = self._cache.get(rid)
        return found

    # ------------------------------------------------------------------ rendering

    def render_line(self, y: int) -> Strip:
        index = int(self.scroll_offset.y) + y
        width = self.size.width
        if index >= len(self.rows):
            return Strip.blank(width, self.rich_style)
        key = (index, index == self.cursor, width)
        strip = self._lines.get(key)
        if strip is None:
            if len(self._lines) > 2000:
                self._lines.clear()
            strip = self._lines[key] = self._draw(index, width)
        return strip

    def _draw(self, index: int, width: int) -> Strip:
        """One row: marker, title (matches highlighted), date (uncertain ones marked) and source,
        fitted to the width (columns.py).

        Built from segments directly: a row is drawn for every result set, so it must be cheap.
        """
        summary = self._summary(index)
        base = self.rich_style
        if index == self.cursor:
            base = base + self.get_component_rich_style("release-list--cursor")
        if summary is None:
            return Strip([Segment(" " * width, base)], width)
        style = self.get_component_rich_style
        read, starred = self.marks(summary.id)
        title_style = base if read else base + style("release-list--unread")
        cols = columns(width)
        date = date_text(summary.date, cols.full_date, self.this_year)
        segments = [
            Segment("▶" if index == self.cursor else " ", base),
            Segment("★" if starred else " ", base + style("release-list--star")),
            Segment(" " if read else "•", title_style),
            Segment(" ", base),
            *self._title_segments(summary.title, cols.title, title_style),
            Segment("  ", base),
            Segment(date.rjust(cols.date), base + style("release-list--date")),
            Segment(" ", base)
            if summary.date_certain
            else Segment(UNCERTAIN, base + style("release-list--uncertain")),
        ]
        if cols.source:
            source = summary.source or ""
            if cols.abbreviate:
                source = initials(source, cols.source)
            segments.append(Segment("  ", base))
            segments.append(
                Segment(_fit(source, cols.source), base + style("release-list--source"))
            )
        return Strip(segments).adjust_cell_length(width, base)

    def _title_segments(self, title: str, room: int, base: Style) -> list[Segment]:
        """The title cut (…) and padded to `room` cells, with search matches marked."""
        title = _fit(title, room)
        if self.pattern is None:
            return [Segment(title, base)]
        match = base + _MATCH
        out, cursor = [], 0
        for m in self.pattern.finditer(title):
            if m.start() > cursor:
                out.append(Segment(title[cursor : m.start()], base))
            if m.end() > m.start():
                out.append(Segment(title[m.start() : m.end()], match))
            cursor = m.end()
        out.append(Segment(title[cursor:], base))
        return out

    def on_resize(self, event: events.Resize) -> None:
        self._lines.clear()
        self.virtual_size = Size(event.size.width, len(self.rows))

    def notify_style_update(self) -> None:
        """Styles changed (focus, theme): rows must be drawn again."""
        self._lines.clear()
        super().notify_style_update()

    def on_focus(self) -> None:
        self._lines.clear()
        self.refresh()

    def on_blur(self) -> None:
        self._lines.clear()
        self.refresh()

    # ------------------------------------------------------------------ cursor

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh_line(old)
        self.refresh_line(new)
        self._scroll_cursor_into_view()
        self.post_message(self.Highlighted(self.current))

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.rows) - 1))

    def _scroll_cursor_into_view(self, center: bool = False) -> None:
        top = int(self.scroll_offset.y)
        if not center and top <= self.cursor < top + self.size.height:
            return  # already visible: scrolling (even by nothing) repaints the whole screen
        region = Region(0, self.cursor, 1, 1)
        self.scroll_to_region(region, animate=False, center=center, immediate=True, force=True)

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_page_down(self) -> None:
        self.cursor += max(1, self.size.height - 1)

    def action_page_up(self) -> None:
        self.cursor -= max(1, self.size.height - 1)

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self.rows) - 1

    def action_select(self) -> None:
        if self.current is not None:
            self.post_message(self.Selected(self.current))

    def on_click(self, event: events.Click) -> None:
        index = int(self.scroll_offset.y) + event.y
        if 0 <= index < len(self.rows):
            self.cursor = index
            self.post_message(self.Selected(self.rows[index]))
