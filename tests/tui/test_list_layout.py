"""The list you can read: title-first columns fitted to the width, uncertain dates, a resizable
and zoomable split (remembered), the release id in the meta line (copyable), and the default
theme's contrast (every text colour on screen ≥ 4.5:1 against its background)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rich.color import Color as RichColor
from textual.color import Color
from textual.filter import ANSIToTruecolor

from pressreader.tui.app import PressReaderApp
from pressreader.tui.columns import TITLE_MIN, columns, date_text, initials, list_width_for_title
from pressreader.tui.panes import auto_list_width, list_width, next_zoom
from pressreader.tui.widgets import ReleaseList, ReleaseView
from tests.conftest import FIXTURE_STORE
from tests.tui_helpers import settle, wait_for

from .test_tui import doc_text

LONG_TITLE = (
    "Harbour authority and customs agree a joint plan for night inspections of refrigerated "
    "containers at the northern quay"
)


def _prepare(root: Path) -> Path:
    """The fixture store with a long title and a date the importer guessed."""
    (root / "office-b" / "broken.yaml").unlink()  # keep notifications out of the picture
    harbour = root / "office-a" / "a-2024-01-harbour.yaml"
    text = harbour.read_text()
    text = text.replace("title: Harbour checks begin at the northern quay", f"title: {LONG_TITLE}")
    harbour.write_text(
        text.replace("date: 2024-01-15\n", "date: 2024-01-15\ndate_certain: false\n")
    )
    return root


@pytest.fixture
def layout_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """At a fixed-name path, so the header reads the same on every machine (snapshots)."""
    target = tmp_path_factory.mktemp("layout") / "samples"
    shutil.copytree(FIXTURE_STORE, target)
    return _prepare(target)


def _row_text(lst: ReleaseList, index: int) -> str:
    return lst._draw(index, lst.size.width).text


def _row_of(lst: ReleaseList, release_id: str) -> int:
    summaries = lst.provider(lst.rows)
    return next(i for i, rid in enumerate(lst.rows) if summaries[rid].id == release_id)


# ------------------------------------------------------------------ columns (plain functions)


def test_columns_keep_a_long_title_and_give_way_as_the_list_narrows() -> None:
    assert columns(list_width_for_title()).title == TITLE_MIN
    narrow, medium, wide = columns(55), columns(80), columns(120)
    assert narrow.source == 0 and not narrow.full_date
    assert medium.source and medium.abbreviate
    assert wide.source and not wide.abbreviate and wide.full_date
    assert narrow.title < medium.title < wide.title


def test_dates_are_compact_and_the_same_style_everywhere() -> None:
    assert date_text("2026-03-12", full=False, this_year=2026) == "12 Mar"
    assert date_text("2023-03-12", full=False, this_year=2026) == "Mar 2023"
    assert date_text("2023-03-02", full=True, this_year=2026) == " 2 Mar 2023"
    assert date_text("not a date", full=False, this_year=2026) == "not a da"


def test_sources_abbreviate_to_initials() -> None:
    assert initials("Norland Ministry of Ports", 6) == "NMP"
    assert initials("Interpol", 8) == "Interpol"


def test_the_default_split_gives_a_title_forty_cells_at_80_columns() -> None:
    width = auto_list_width(80)
    assert columns(width - 1).title >= TITLE_MIN  # one column for the scrollbar
    assert list_width(80, None) == width and 80 - width - 1 >= 20  # the release keeps 20
    assert list_width(200, None) == 100 and list_width(200, 30) == 60
    assert [next_zoom(z) for z in ("", "list", "release")] == ["list", "release", ""]


# ------------------------------------------------------------------ the app


async def test_title_first_keeps_forty_cells_at_80_columns(layout_store: Path) -> None:
    app = PressReaderApp(layout_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        lst = app.query_one(ReleaseList)
        row = _row_text(lst, _row_of(lst, "a-2024-01-harbour"))
        assert row[4:].startswith(LONG_TITLE[:TITLE_MIN])  # the title comes first, 40 cells
        assert "Jan 2024?" in row  # the date the importer guessed is marked
        assert columns(lst.size.width).title >= TITLE_MIN
        other = _row_text(lst, _row_of(lst, "a-2024-02-report"))
        assert "Feb 2024 " in other and "?" not in other


async def test_dates_of_this_year_leave_out_the_year(layout_store: Path) -> None:
    app = PressReaderApp(layout_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        lst = app.query_one(ReleaseList)
        lst.this_year = 2024
        assert "15 Jan?" in _row_text(lst, _row_of(lst, "a-2024-01-harbour"))


async def test_keys_resize_the_split_and_zoom_cycles(layout_store: Path) -> None:
    app = PressReaderApp(layout_store)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        left, detail = app.reader.query_one("#left"), app.query_one(ReleaseView)
        start = left.outer_size.width
        assert start == 60
        await pilot.press("greater_than_sign")
        await pilot.pause()
        assert left.outer_size.width == 66  # 55% of 120 columns
        await pilot.press("less_than_sign", "less_than_sign", "ctrl+left")
        await pilot.pause()
        assert left.outer_size.width == 48  # 40%
        await pilot.press("z")
        await pilot.pause()
        assert left.display and not detail.display and left.outer_size.width == 120
        await pilot.press("z")
        await pilot.pause()
        assert not left.display and detail.display and detail.outer_size.width == 120
        assert app.focused is detail
        await pilot.press("z")
        await pilot.pause()
        assert left.display and detail.display and left.outer_size.width == 48


async def test_enter_in_the_zoomed_list_shows_the_release(layout_store: Path) -> None:
    app = PressReaderApp(layout_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        left, detail = app.reader.query_one("#left"), app.query_one(ReleaseView)
        await pilot.press("z", "enter")
        await settle(pilot)
        assert await wait_for(pilot, lambda: detail.display and not left.display)
        await pilot.press("escape")
        await pilot.pause()
        assert left.display and not detail.display
        assert app.focused is app.query_one(ReleaseList)


async def test_dragging_the_divider_resizes_the_split(layout_store: Path) -> None:
    app = PressReaderApp(layout_store)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        left = app.reader.query_one("#left")
        await pilot.mouse_down("#divider")
        await pilot.hover("#main", offset=(84, 10))
        await pilot.mouse_up("#main", offset=(84, 10))
        await pilot.pause()
        assert left.outer_size.width == 84
        assert app.session.layout == (70, "")


async def test_split_and_zoom_are_remembered_across_a_restart(layout_store: Path) -> None:
    app = PressReaderApp(layout_store)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("less_than_sign", "z", "z")
        await settle(pilot)
    again = PressReaderApp(layout_store)
    async with again.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert again.session.layout == (45, "release")
        assert not again.reader.query_one("#left").display
        await pilot.press("z")
        await pilot.pause()
        assert again.reader.query_one("#left").outer_size.width == 54  # 45% of 120


async def test_the_id_is_in_the_meta_line_and_copied(layout_store: Path) -> None:
    app = PressReaderApp(layout_store)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        lst = app.query_one(ReleaseList)
        lst.cursor = _row_of(lst, "a-2024-01-harbour")
        await pilot.press("enter")
        await settle(pilot)
        text = doc_text(app)
        assert "id a-2024-01-harbour" in text
        assert "15 January 2024 (date uncertain — check it)" in text
        await pilot.press("Y")
        await pilot.pause()
        assert app.clipboard == "a-2024-01-harbour"
        assert any("a-2024-01-harbour" in n.message for n in app._notifications)


# ------------------------------------------------------------------ contrast


def _luminance(color: RichColor) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = color.triplet or (0, 0, 0)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(fg: RichColor, bg: RichColor) -> float:
    """The WCAG contrast ratio of two colours."""
    a, b = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def low_contrast(app: PressReaderApp) -> set[tuple[str, str, str, float]]:
    """Every text on screen (letters and digits, as the terminal gets them: ANSI colours and dim
    resolved as Textual does) whose colour is below 4.5:1 against its background."""
    background = Color.parse(app.current_theme.background or "#000000")
    to_truecolor = ANSIToTruecolor(app.ansi_theme)
    update = app.screen._compositor.render_update(full=True)
    found = set()
    for line in update.strips:
        for strip in line:
            for seg in to_truecolor.apply(list(strip), background):
                if seg.style is None or not any(c.isalnum() for c in seg.text):
                    continue
                fg, bg = seg.style.color, seg.style.bgcolor
                if seg.style.reverse:
                    fg, bg = bg, fg
                if fg is None or bg is None:
                    continue
                ratio = contrast(fg, bg)
                if ratio < 4.5:
                    found.add((seg.text.strip()[:30], fg.name, bg.name, round(ratio, 2)))
    return found


async def test_every_text_colour_of_the_default_theme_has_contrast(layout_store: Path) -> None:
    app = PressReaderApp(layout_store)
    async with app.run_test(size=(160, 60)) as pilot:
        await settle(pilot)
        assert app.theme == "textual-dark"
        seen = [low_contrast(app)]  # the list focused, a release previewed
        await pilot.press("z")  # the list alone: sources shown
        await pilot.pause()
        seen.append(low_contrast(app))
        await pilot.press("z", "z")
        lst = app.query_one(ReleaseList)
        lst.cursor = _row_of(lst, "a-2024-01-harbour")  # quotes, figures, an uncertain date
        await pilot.press("s", "enter")  # starred, opened: the detail pane focused
        await settle(pilot)
        seen.append(low_contrast(app))
        await pilot.press("slash", *"harbour")  # matches highlighted, the search box focused
        await settle(pilot)
        seen.append(low_contrast(app))
        await pilot.press(*"zebra")  # no results
        await settle(pilot)
        seen.append(low_contrast(app))
        await pilot.press("ctrl+u", "escape", "tab", "tab", "tab")  # the related links focused
        await settle(pilot)
        seen.append(low_contrast(app))
    if low := sorted(set().union(*seen)):
        pytest.fail("below 4.5:1 (text, colour, background, ratio):\n" + "\n".join(map(str, low)))


# ------------------------------------------------------------------ snapshots


@pytest.mark.parametrize("size", [(80, 24), (200, 50)])
def test_main_screen_with_a_release_open(snap_compare, layout_store: Path, size) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        lst = pilot.app.query_one(ReleaseList)
        lst.cursor = _row_of(lst, "a-2024-01-harbour")
        await pilot.press("enter")
        await settle(pilot)

    assert snap_compare(PressReaderApp(layout_store), terminal_size=size, run_before=run_before)
