"""Snapshot tests of the key screens (pytest-textual-snapshot; update with --snapshot-update)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pressreader.tui.app import PressReaderApp
from pressreader.tui.widgets import SearchBox
from tests.conftest import FIXTURE_STORE
from tests.tui_helpers import settle

SIZE = (110, 32)


@pytest.fixture
def snap_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture store at a fixed-name path, so the header reads the same on every machine."""
    target = tmp_path_factory.mktemp("snap") / "samples"
    shutil.copytree(FIXTURE_STORE, target)
    (target / "office-b" / "broken.yaml").unlink()  # keep notifications out of the picture
    return target


def test_main_screen(snap_compare, snap_store: Path) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)

    assert snap_compare(PressReaderApp(snap_store), terminal_size=SIZE, run_before=run_before)


def test_release_with_quotes_stats_and_links(snap_compare, snap_store: Path) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("G", "enter")
        await settle(pilot)

    assert snap_compare(PressReaderApp(snap_store), terminal_size=(110, 60), run_before=run_before)


def test_search_without_results(snap_compare, snap_store: Path) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        # A blinking cursor is drawn or not by the time the picture is taken (0.5 s a phase; a
        # busy machine took it hidden once): held steady, it is always drawn.
        pilot.app.query_one(SearchBox).cursor_blink = False
        await pilot.press("slash", *"zebra")
        await settle(pilot)

    assert snap_compare(PressReaderApp(snap_store), terminal_size=SIZE, run_before=run_before)


def test_speakers_view(snap_compare, snap_store: Path) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("W")
        await settle(pilot)
        await pilot.press("enter", "enter")  # the list, then Ada Quill's quotes
        await settle(pilot)

    assert snap_compare(PressReaderApp(snap_store), terminal_size=SIZE, run_before=run_before)


def test_figures_view(snap_compare, snap_store: Path) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("F")
        await settle(pilot)
        await pilot.press("ctrl+o")  # largest first
        await settle(pilot)

    assert snap_compare(PressReaderApp(snap_store), terminal_size=SIZE, run_before=run_before)
