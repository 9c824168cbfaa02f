"""The sources pane: every publisher and every saved search, with unread / total counts.

Like newsboat's feed list, beside the release list (`p` shows or hides it; it hides itself when
the terminal is narrower than MIN_WIDTH columns). A line-API table (TableView): only the rows on
screen are drawn. Choosing a row (enter, a click) filters the list (`source:"…"`, or the saved
query); `A` marks every release of the highlighted source read. The counts are found by a worker
(tui/live.py) and handed over with `show_counts`.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.message import Message

from pressreader.index.sources import SourceCount
from pressreader.tui.widgets.table_view import Column, TableView

MIN_WIDTH = (
    160  # columns below which the pane is hidden until `p` shows it (the release needs room)
)
NO_SOURCE = "(no publisher)"
SAVED_TITLE = "── Saved searches"


@dataclass(frozen=True, slots=True)
class Entry:
    """One row: a publisher, a saved search, or the title of the saved searches."""

    kind: str  # "source" | "saved" | "title"
    name: str  # the source ("" for none), the saved search's name, or the title
    query: str  # what choosing it puts in the search box ("" for the title)
    unread: int | None = None  # None while not counted yet
    total: int | None = None

    @property
    def label(self) -> str:
        if self.kind == "source" and not self.name:
            return NO_SOURCE
        return self.name


def source_query(source: str) -> str:
    """The search that lists one publisher's releases: `source:"Ministry of Ports"`."""
    return f'source:"{" ".join(source.replace(chr(34), " ").split())}"'


def entries(
    sources: list[SourceCount],
    saved: dict[str, str],
    saved_counts: dict[str, tuple[int, int]] | None = None,
) -> list[Entry]:
    """The pane's rows: the publishers by name, then the saved searches in file order."""
    rows = [
        Entry("source", s.source, source_query(s.source) if s.source else "", s.unread, s.total)
        for s in sources
    ]
    if saved:
        rows.append(Entry("title", SAVED_TITLE, ""))
        for name, query in saved.items():
            unread, total = (saved_counts or {}).get(name, (None, None))
            rows.append(Entry("saved", name, query, unread, total))
    return rows


class SourcesPane(TableView):
    """Publishers and saved searches with their unread and total counts."""

    BINDINGS = [
        *TableView.BINDINGS,
        Binding("A", "mark_source_read", "Mark source read", id="sources.mark_read"),
    ]

    @dataclass
    class Chosen(Message):
        """A row was chosen: filter the list with its query (`kind`: "source" or "saved")."""

        entry: Entry

    @dataclass
    class MarkRead(Message):
        """`A` on a publisher: mark every one of its releases read."""

        source: str

    def __init__(self, **kwargs) -> None:
        super().__init__(
            [Column("Sources"), Column("new", 6, right=True), Column("all", 7, right=True)],
            **kwargs,
        )
        self.rows: list[Entry] = []
        self.wanted = True  # the user's choice (`p`); the width may still hide it

    def show_counts(self, rows: list[Entry]) -> None:
        """New rows (or new counts): the cursor stays on the row it was on (by name)."""
        current = self.entry
        self.rows = rows
        if self.count == len(rows) and current is not None and current in rows:
            self.redraw()
            return
        cursor = 0
        if current is not None:
            same = [
                i for i, e in enumerate(rows) if (e.kind, e.name) == (current.kind, current.name)
            ]
            cursor = same[0] if same else 0
        top = self.scroll_offset.y
        self.show(len(rows), self._cells, cursor)
        self.scroll_to(y=top, animate=False, immediate=True)
        self._into_view()

    def _cells(self, index: int) -> tuple[str, str, str]:
        entry = self.rows[index]
        if entry.kind == "title":
            return (entry.label, "", "")
        indent = "  " if entry.kind == "saved" else ""
        unread = "" if entry.unread is None else f"{entry.unread:,}"
        total = "" if entry.total is None else f"{entry.total:,}"
        return (indent + entry.label, unread if entry.unread else "", total)

    @property
    def entry(self) -> Entry | None:
        index = self.current
        return self.rows[index] if index is not None and index < len(self.rows) else None

    def fit(self, width: int) -> bool:
        """Show or hide the pane for a terminal `width` columns wide; whether it is shown."""
        shown = self.wanted and width >= MIN_WIDTH
        if self.display != shown:
            self.display = shown
        return shown

    def on_table_view_selected(self, event: TableView.Selected) -> None:
        event.stop()
        entry = self.entry
        if entry is not None and entry.kind != "title":
            self._post(self.Chosen(entry))

    def action_mark_source_read(self) -> None:
        entry = self.entry
        if entry is not None and entry.kind == "source":
            self._post(self.MarkRead(entry.name))
        elif entry is not None:
            self.notify(
                "A marks a publisher's releases read: move to one first.", timeout=3, markup=False
            )

    def _post(self, message: Message) -> None:
        """To the screen's live part (tui/live.py), which acts on it; else up the tree."""
        live = getattr(self.screen, "live", None)
        (live if live is not None else self).post_message(message)
