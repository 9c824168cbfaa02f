"""The split between the list and the release: its width (keys and the mouse) and the zoom.

The list's share of the width is a percentage the user chose (`<` `>`, or dragging the divider),
or automatic: half the width, but never so little that a title gets fewer than TITLE_MIN cells
(at 80 columns that is 56 of them). The zoom gives one pane the whole width: `z` cycles the split,
the list alone and the release alone. Both are remembered in the reading state, like the theme.

Sizes are set only when they change (a key, a drag, a resize of the terminal), never per keystroke
elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widget import Widget

from pressreader.tui.columns import list_width_for_title

if TYPE_CHECKING:
    from pressreader.tui.screens.reader import ReaderScreen

ZOOMS = ("", "list", "release")  # the order `z` cycles through
ZOOM_NOTICES = {
    "": "Zoom off: the list beside the release",
    "list": "Zoom: the list",
    "release": "Zoom: the release",
}
STEP = 5  # percent of the width per key press
MIN_SPLIT, MAX_SPLIT = 15, 85  # percent
MIN_LIST = 24  # columns
MIN_RELEASE = 20  # columns
AUTO_SHARE = 50  # percent, unless a title would get fewer than TITLE_MIN cells
SCROLLBAR = 1


def auto_list_width(total: int) -> int:
    """The automatic width of the list in `total` columns (divider included in `total`)."""
    return max(total * AUTO_SHARE // 100, list_width_for_title() + SCROLLBAR)


def list_width(total: int, split: int | None) -> int:
    """Columns of the list pane in a main area `total` columns wide (one is the divider)."""
    want = auto_list_width(total) if split is None else round(total * split / 100)
    high = total - 1 - MIN_RELEASE
    if high < MIN_LIST:  # a tiny terminal: half each
        return max(1, (total - 1) // 2)
    return max(MIN_LIST, min(want, high))


def next_zoom(zoom: str) -> str:
    return ZOOMS[(ZOOMS.index(zoom) + 1) % len(ZOOMS)] if zoom in ZOOMS else ""


class Panes:
    """Sets the widths and the display of the reader screen's panes from the session's layout."""

    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen
        self._first: Widget | None = None  # focus events before this pane's first are ignored

    @property
    def split(self) -> int | None:
        return self.screen.session.layout[0]

    @property
    def zoom(self) -> str:
        return self.screen.session.layout[1]

    def _widgets(self) -> tuple[Widget, Widget, Widget, Widget]:
        q = self.screen.query_one
        return q("#main"), q("#left"), q("#divider"), q("#detail")

    def _total(self) -> int:
        """The columns the list, the divider and the release share (other panes' excluded)."""
        main, left, divider, detail = self._widgets()
        others = sum(
            w.outer_size.width
            for w in main.children
            if w not in (left, divider, detail) and w.display
        )
        return max(1, main.size.width - others)

    def list_columns(self) -> int:
        """The list pane's width now (in columns)."""
        return self._widgets()[1].outer_size.width

    def apply(self) -> None:
        """Size and show the panes as the layout says (on mount, keys, drags and resizes)."""
        _main, left, divider, detail = self._widgets()
        zoom = self.zoom
        left.display = zoom != "release"
        detail.display = zoom != "list"
        divider.display = zoom == ""
        screen = self.screen
        screen.set_class(zoom == "list", "-zoom-list")
        screen.set_class(zoom == "release", "-zoom-release")
        if zoom == "list":
            left.styles.width = "1fr"
        elif zoom == "":
            left.styles.width = list_width(self._total(), self.split)

    def first_focus(self) -> None:
        """Focus the list, or the release when the zoom gives it the whole width."""
        self._first = self._shown_pane()
        self._first.focus()

    def _shown_pane(self) -> Widget:
        """The pane to focus: the release when it has the whole width, else the list."""
        return self._widgets()[3] if self.zoom == "release" else self.screen.query_one("#list")

    def _remember(self, split: int | None, zoom: str, save: bool = True) -> None:
        if self.screen.session.remember_layout(split, zoom) and save:
            self.screen.save_soon()
        self.apply()

    def resize(self, step: int) -> str:
        """Widen (step > 0) or narrow the list by `step` percent; what to tell the user."""
        total = self._total()
        current = self.split
        if current is None or self.zoom:
            current = round(100 * list_width(total, self.split) / total)
        split = max(MIN_SPLIT, min(MAX_SPLIT, current + step))
        self._remember(split, "")
        return f"List {split}% of the width"

    def drag(self, screen_x: int, save: bool = False) -> None:
        """The divider was dragged to column `screen_x` of the screen."""
        _main, left, _divider, _detail = self._widgets()
        total = self._total()
        split = round(100 * (screen_x - left.region.x) / total)
        self._remember(max(MIN_SPLIT, min(MAX_SPLIT, split)), "", save)

    def dropped(self) -> None:
        """The divider was let go: remember where."""
        self.screen.save_soon()

    def cycle_zoom(self) -> str:
        """The next zoom (split → list → release → split); what to tell the user."""
        zoom = next_zoom(self.zoom)
        self._remember(self.split, zoom)
        focused = self.screen.focused
        if focused is None or not all(w.display for w in (focused, *focused.ancestors)):
            self._shown_pane().focus()  # out of the pane that is hidden now
        return ZOOM_NOTICES[zoom]

    def focused(self, widget: Widget) -> None:
        """Focus moved into a pane the zoom hides (enter opened a release while the list had
        the whole width, escape went back to the list from a zoomed release): show that pane."""
        if self._first is not None:  # the screen's own first focus (the search box) comes first
            if widget is self._first:
                self._first = None
            return
        zoom = self.zoom
        if not zoom:
            return
        _main, left, _divider, detail = self._widgets()
        if zoom == "list" and (widget is detail or detail in widget.ancestors):
            self._remember(self.split, "release")
        elif zoom == "release" and (widget is left or left in widget.ancestors):
            self._remember(self.split, "list")
