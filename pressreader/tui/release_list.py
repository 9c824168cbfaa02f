"""The release list: a line-API virtual list that renders only the rows on screen.

It holds row keys, not widgets, and asks a provider for the few summaries it draws, so moving,
paging and jumping to the end cost the same at 100,000 rows as at 10.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from pressreader.index import Summary
from pressreader.render import MATCH_STYLE

SummaryProvider = Callable[[Iterable[int]], dict[int, Summary]]


class ReleaseList(ScrollView, can_focus=True):
    """A virtual list of releases: date, title, source; the cursor row is marked."""

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
        "release-list--date",
        "release-list--source",
    }

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    class Highlighted(Message):
        """The cursor moved to a release."""

        def __init__(self, rid: int | None) -> None:
            super().__init__()
            self.rid = rid

    class Selected(Message):
        """A release was chosen (enter, l, or a click)."""

        def __init__(self, rid: int) -> None:
            super().__init__()
            self.rid = rid

    def __init__(self, provider: SummaryProvider, **kwargs) -> None:
        super().__init__(**kwargs)
        self.provider = provider
        self.rows: list[int] = []
        self.pattern: re.Pattern[str] | None = None
        self._cache: dict[int, Summary] = {}

    # ------------------------------------------------------------------ data

    def set_rows(
        self, rows: list[int], pattern: re.Pattern[str] | None = None, keep: int | None = None
    ) -> None:
        """Show new rows; the cursor stays on release `keep` if it is still there, else goes to the top."""
        self.rows = rows
        self.pattern = pattern
        self._cache.clear()
        self.virtual_size = Size(self.size.width, len(rows))
        index = 0
        if keep is not None:
            try:
                index = rows.index(keep)
            except ValueError:
                index = 0
        self.set_reactive(ReleaseList.cursor, min(index, max(0, len(rows) - 1)))
        self._scroll_cursor_into_view(center=keep is not None)
        self.refresh()
        self.post_message(self.Highlighted(self.current))

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
        summary = self._summary(index)
        base = self.rich_style
        if index == self.cursor:
            base = base + self.get_component_rich_style("release-list--cursor")
        if summary is None:
            return Strip([Segment(" " * width, base)], width)
        date_style = self.get_component_rich_style("release-list--date")
        source_style = self.get_component_rich_style("release-list--source")
        marker = "▶ " if index == self.cursor else "  "
        line = Text(marker, no_wrap=True, end="")
        line.append(summary.date, style=date_style)
        line.append("  ")
        title = Text(summary.title)
        if self.pattern is not None:
            title.highlight_regex(self.pattern, MATCH_STYLE)
        source = summary.source or ""
        room = width - line.cell_len
        src_room = min(len(source), max(0, room // 3))
        title.truncate(
            max(1, room - src_room - (2 if src_room else 0)), overflow="ellipsis", pad=True
        )
        line.append_text(title)
        if src_room:
            line.append("  ")
            line.append(
                Text(
                    source[:src_room] if len(source) <= src_room else source[: src_room - 1] + "…",
                    style=source_style,
                )
            )
        segments = list(line.render(self.app.console))
        strip = Strip(segments).crop_extend(0, width, base).apply_style(base)
        return strip

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, len(self.rows))

    # ------------------------------------------------------------------ cursor

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh_line(old)
        self.refresh_line(new)
        self._scroll_cursor_into_view()
        self.post_message(self.Highlighted(self.current))

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.rows) - 1))

    def _scroll_cursor_into_view(self, center: bool = False) -> None:
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
