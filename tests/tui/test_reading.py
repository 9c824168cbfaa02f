"""Pilot tests of the reading workflow: read marks, stars, filters, history, open, copy, export, themes."""

from __future__ import annotations

import os
import webbrowser
from pathlib import Path

import pytest

from pressreader.config import load_config
from pressreader.state import ReadingState
from pressreader.tui.app import PressReaderApp
from pressreader.tui.widgets import QuoteNav, RelatedNav, ReleaseList, ReleaseView
from tests.tui_helpers import settle, wait_for

SIZE = (120, 40)


def title(app: PressReaderApp) -> str | None:
    release = app.query_one(ReleaseView).release
    return release.title if release else None


def listed(app: PressReaderApp) -> list[str]:
    lst = app.query_one(ReleaseList)
    summaries = app.library.summaries(lst.rows)
    return [summaries[r].id for r in lst.rows]


async def test_opening_marks_read_and_m_toggles(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = listed(app)[0]
        assert not app.state.is_read(first)
        await pilot.press("enter")
        await settle(pilot)
        assert app.state.is_read(first)
        await pilot.press("escape", "m")
        assert not app.state.is_read(first)
        await pilot.press("m")
        assert app.state.is_read(first)
    # Saved on the way out, keyed by store and release id.
    assert ReadingState.load(store).is_read(first)


async def test_unread_rows_are_marked_in_the_list(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        lst = app.query_one(ReleaseList)
        unread = lst.render_line(1).text
        await pilot.press("j", "m")
        assert "•" in unread and "•" not in lst.render_line(1).text


async def test_stars_and_starred_only(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        second = listed(app)[1]
        await pilot.press("j", "s")
        await settle(pilot)
        assert second in app.state.starred
        assert "★" in app.query_one(ReleaseList).render_line(1).text
        await pilot.press("S")
        await settle(pilot)
        assert listed(app) == [second]
        await pilot.press("S")
        await settle(pilot)
        assert len(listed(app)) == 4


async def test_hide_read(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = listed(app)[0]
        await pilot.press("m", "u")
        await settle(pilot)
        assert first not in listed(app) and len(listed(app)) == 3
        await pilot.press("u")
        await settle(pilot)
        assert first in listed(app)


async def test_mark_all_shown_as_read_from_the_palette(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"mark all shown")
        await pilot.pause(0.3)  # the palette searches its commands in the background
        await pilot.press("enter")
        await settle(pilot)
        assert all(app.state.is_read(i) for i in listed(app))


async def test_history_back_and_forward_keep_scroll(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=(120, 16)) as pilot:
        await settle(pilot)
        await pilot.press("G", "enter")  # the harbour release (oldest)
        await settle(pilot)
        view = app.query_one(ReleaseView)
        view.scroll_to(y=3, animate=False)
        assert await wait_for(pilot, lambda: view.scroll_y == 3)
        await pilot.press("right_square_bracket")  # its next release
        await settle(pilot)
        assert title(app) == "Quarterly port report published"
        await pilot.press("alt+left")
        await settle(pilot)
        assert title(app) == "Harbour checks begin at the northern quay"
        # The scroll position is restored once the release is laid out again.
        assert await wait_for(pilot, lambda: view.scroll_y == 3)
        await pilot.press("alt+right")
        await settle(pilot)
        assert title(app) == "Quarterly port report published"
        await pilot.press("escape", "backspace")  # backspace works from the list too
        await settle(pilot)
        assert title(app) == "Harbour checks begin at the northern quay"


async def test_more_like_this_lists_related_releases(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("G", "enter")
        await settle(pilot)
        nav = app.query_one(RelatedNav)
        assert nav.similar and all(i != "a-2024-01-harbour" for i, _ in nav.similar)
        assert "a-2024-02-report" in [i for i, _ in nav.similar]  # same source and topic


async def test_open_link(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = PressReaderApp(store)
    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **kw: opened.append(url) or True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("G", "enter")
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        assert opened == ["https://example.org/a/harbour"]
        await pilot.press("escape", "g", "enter")  # no url in this one
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        assert opened == ["https://example.org/a/harbour"]


async def test_copy_release_and_quote_citations(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = PressReaderApp(store)
    copied: list[str] = []
    monkeypatch.setattr(app, "copy_to_clipboard", copied.append)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("G", "enter")
        await settle(pilot)
        await pilot.press("y")
        assert copied[-1].startswith("Harbour checks begin at the northern quay.")
        assert "https://example.org/a/harbour" in copied[-1]
        quotes = app.query_one(QuoteNav)
        quotes.focus()
        quotes.highlighted = 0
        await pilot.press("y")
        assert copied[-1].startswith(
            "“We want faster checks and fewer surprises.” — Ada Quill, Minister of Ports"
        )


async def test_export_writes_markdown(store: Path, tmp_path: Path) -> None:
    config = load_config()
    config.export_dir = tmp_path / "exports"
    app = PressReaderApp(store, config=config)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("G", "enter")
        await settle(pilot)
        await pilot.press("e")
    text = (tmp_path / "exports" / "a-2024-01-harbour.md").read_text()
    assert text.startswith("# Harbour checks begin at the northern quay")


async def test_theme_is_remembered(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.theme = "nord"
        await pilot.pause()
    again = PressReaderApp(store)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.theme == "nord"


async def test_key_overrides_from_config(store: Path) -> None:
    Path(os.environ["PRESSREADER_CONFIG"]).write_text("keys:\n  list.down: n\n  no.such: x\n")
    app = PressReaderApp(store, config=load_config())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        assert app.query_one(ReleaseList).cursor == 1


async def test_no_color_is_respected(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = PressReaderApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.no_color
