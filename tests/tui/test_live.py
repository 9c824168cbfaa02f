"""The live store: `r` updates the followed feeds, files changed under the open store appear,
the sources pane; and below them the index queries and settings they use."""

from __future__ import annotations

import contextlib
import shutil
import time
from pathlib import Path

import pytest

from pressreader.config import load_config
from pressreader.follow import FeedResult, UpdateReport, follow
from pressreader.index import Library
from pressreader.tui.app import PressReaderApp
from pressreader.tui.widgets import ReleaseList, ReleaseView, SearchBox, SourcesPane, StatusLine
from pressreader.watching import StoreWatcher, update_notice
from tests.feeds_server import FeedRoute, FeedSite, feed_items, rss, serve, status
from tests.tui_helpers import settle, wait_for

NEW_RELEASE = """\
title: Ferry timetable extended into the winter
date: 2024-05-02
source: Test City Hall
topics: [transport]
summary: The night ferry keeps running until March.
body:
  - The city said the ferry would run every hour.
"""


def titles(app: PressReaderApp) -> list[str]:
    lst = app.query_one(ReleaseList)
    found = app.session.summaries(lst.rows)
    return [found[r].title for r in lst.rows]


def cursor_title(app: PressReaderApp) -> str | None:
    lst = app.query_one(ReleaseList)
    if lst.current is None:
        return None
    return app.session.summaries([lst.current])[lst.current].title


async def watching(pilot, app: PressReaderApp) -> None:
    """Wait until the app's watcher is in place (bounded)."""
    watcher = app.reader.live.watcher
    assert watcher is not None
    assert await wait_for(pilot, watcher.ready.is_set, 5)


# ----------------------------------------------------------------------------- the data


def test_source_counts_and_ids(store: Path) -> None:
    library = Library(store)
    library.refresh()
    rows = {r.source: r for r in library.source_counts()}
    assert {s: r.total for s, r in rows.items()} == {
        "Test City Hall": 2,
        "Test Ministry of Ports": 2,
    }
    harbour = "a-2024-01-harbour"
    ids = library.source_ids("Test Ministry of Ports")
    assert harbour in ids and len(ids) == 2
    counted = {r.source: (r.unread, r.total) for r in library.source_counts([harbour, "nope"])}
    assert counted["Test Ministry of Ports"] == (1, 2)
    assert counted["Test City Hall"] == (2, 2)


def test_refresh_paths_adds_changes_and_forgets(store: Path) -> None:
    library = Library(store)
    library.refresh()
    assert library.count == 4
    new = store / "office-b" / "2024" / "ferry.yaml"
    new.parent.mkdir()
    new.write_text(NEW_RELEASE, encoding="utf-8")
    hidden = store / ".pressreader" / "x.yaml"
    hidden.parent.mkdir()
    hidden.write_text(NEW_RELEASE, encoding="utf-8")
    scratch = store / "office-b" / ".ferry.yaml.tmp"
    scratch.write_text(NEW_RELEASE, encoding="utf-8")
    # a new folder reported alone: the files under it are found
    report = library.refresh_paths([str(new.parent), str(hidden), str(scratch)])
    assert report.parsed == 1 and library.count == 5
    assert library.refresh_paths([str(new)]).parsed == 0  # unchanged: not read again
    new.write_text(NEW_RELEASE.replace("Ferry", "Night ferry"), encoding="utf-8")
    assert library.refresh_paths([str(new)]).parsed == 1
    summary = next(iter(library.summaries([library.rid_of("ferry")]).values()))
    assert summary.title.startswith("Night ferry")
    shutil.rmtree(store / "office-a")  # a folder gone: every file under it is forgotten
    report = library.refresh_paths([str(store / "office-a")])
    assert report.removed == 2 and library.count == 3
    assert library.refresh().parsed == 0  # the full refresh agrees


def test_watcher_reports_release_files_not_scratch(tmp_path: Path) -> None:
    got: list[set[str]] = []
    watcher = StoreWatcher(tmp_path, got.append)
    (tmp_path / ".pressreader").mkdir()
    watcher.start()
    try:
        assert watcher.ready.wait(5)
        (tmp_path / ".pressreader" / "feeds.yaml").write_text("feeds: []\n")
        (tmp_path / "notes.md").write_text("x")
        (tmp_path / ".a.yaml.tmp").write_text("x")
        (tmp_path / "a.yaml~").write_text("x")
        (tmp_path / "a.yaml").write_text("x")
        deadline = time.monotonic() + 5
        while not any(str(tmp_path / "a.yaml") in batch for batch in got):
            assert time.monotonic() < deadline, got
            time.sleep(0.02)
        time.sleep(0.4)
        seen = set().union(*got)
        assert seen == {str(tmp_path / "a.yaml")}
    finally:
        watcher.stop()
    assert not watcher.running


def test_auto_update_setting(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("theme: nord\nauto_update: 30m\n", encoding="utf-8")
    assert load_config(path).auto_update == 1800
    path.write_text("auto_update: 1h30m\n", encoding="utf-8")
    assert load_config(path).auto_update == 5400
    for off in ("off", "false", "0", "no"):
        path.write_text(f"auto_update: {off}\n", encoding="utf-8")
        config = load_config(path)
        assert config.auto_update is None and not config.problems
    path.write_text("theme: nord\n\nauto_update: soon\n", encoding="utf-8")
    config = load_config(path)
    assert config.auto_update is None and config.theme == "nord"
    assert len(config.problems) == 1
    assert config.problems[0].startswith(f"{path}:3:1: 'auto_update' must be an interval")
    assert config.problems[0].endswith("using the default")
    path.write_text("auto_update: 10s\n", encoding="utf-8")
    config = load_config(path)
    assert config.auto_update is None and "at most once a minute" in config.problems[0]
    assert load_config(tmp_path / "none.yaml").to_dict()["auto_update"] is None


def test_update_notice() -> None:
    report = UpdateReport(
        feeds=[
            FeedResult("u1", "Ports", "new", new=10),
            FeedResult("u2", "Hall", "new", new=2),
            FeedResult("u3", None, "unchanged"),
        ]
    )
    assert update_notice(report) == ("12 new releases from 2 offices", "information")
    report.feeds.append(FeedResult("u4", "Gone", "failed", reason="u4: HTTP 404 Not Found"))
    text, severity = update_notice(report)
    assert text == "12 new releases from 2 offices · 1 feed failed (Gone: u4: HTTP 404 Not Found)"
    assert severity == "warning"
    assert update_notice(UpdateReport(feeds=[FeedResult("u", "A", "unchanged")]))[0] == (
        "No new releases (1 feed checked)"
    )


# ----------------------------------------------------------------------------- in the app


async def test_r_updates_followed_feeds(store: Path) -> None:
    site = FeedSite()
    with contextlib.ExitStack() as stack:
        (base,) = stack.enter_context(serve(site, ("127.0.0.1",), lifetime=60)).values()
        site.routes["/ports.xml"] = FeedRoute(rss("Ports", feed_items("ports", base, 3)))
        site.routes["/gone.xml"] = status(404)
        follow(store, f"{base}/ports.xml", name="Ports", source="Harbour Office")
        follow(store, f"{base}/gone.xml", name="Gone")
        app = PressReaderApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            assert len(app.query_one(ReleaseList).rows) == 4
            notices: list[str] = []
            original = app.notify

            def notify(message: str, **kwargs) -> None:
                notices.append(message)
                original(message, **kwargs)

            app.notify = notify  # type: ignore[method-assign]
            line, shown = app.query_one(StatusLine), []
            show = line.show
            line.show = lambda text, state="": (shown.append(text), show(text, state))  # type: ignore[method-assign]
            await pilot.press("r")
            assert await wait_for(pilot, lambda: not app.reader.live.updating, 20)
            await settle(pilot)
            assert await wait_for(pilot, lambda: len(app.query_one(ReleaseList).rows) == 7)
            assert any("3 new releases from 1 office" in n and "Gone" in n for n in notices)
            assert "Updating 0/2 feeds…" in shown and "Updating 2/2 feeds…" in shown
            assert sum("Ports Announces" in t or "Ports announces" in t for t in titles(app)) == 3
            assert app.sub_title.endswith("7 of 7 releases")
            # Again: nothing new, and it says so.
            await pilot.press("r")
            assert await wait_for(pilot, lambda: not app.reader.live.updating, 20)
            await settle(pilot)
            assert any(n.startswith("No new releases (2 feeds checked)") for n in notices)
            assert len(app.query_one(ReleaseList).rows) == 7


async def test_r_without_feeds_says_how_to_follow(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        assert not app.reader.live.updating
        assert any("pressreader follow" in str(n.message) for n in app._notifications)


async def test_file_written_into_the_store_appears_with_the_cursor_kept(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await watching(pilot, app)
        lst = app.query_one(ReleaseList)
        await pilot.press("j", "j")  # the cursor on the third release, previewed
        await settle(pilot)
        assert cursor_title(app) == "Quarterly port report published"
        await pilot.press("enter")  # opened: its scroll position must survive
        await settle(pilot)
        view = app.query_one(ReleaseView)
        view.scroll_to(y=2, animate=False, immediate=True)
        await pilot.pause()
        scroll = view.scroll_y
        await pilot.press("escape")

        started = time.monotonic()
        (store / "office-b" / "ferry.yaml").write_text(NEW_RELEASE, encoding="utf-8")
        assert await wait_for(pilot, lambda: len(lst.rows) == 5, 2.0)
        assert time.monotonic() - started <= 2.0
        await settle(pilot)
        assert titles(app)[0] == "Ferry timetable extended into the winter"
        assert cursor_title(app) == "Quarterly port report published"  # not moved
        assert lst.cursor == 3
        assert app.sub_title.endswith("5 of 5 releases")
        assert view.release is not None and view.release.title == cursor_title(app)
        assert view.scroll_y == scroll

        # The file of the release being read changes: read again, at the same spot.
        path = store / "office-a" / "a-2024-02-report.yaml"
        path.write_text(
            path.read_text(encoding="utf-8").replace(
                "Quarterly port report published", "Quarterly port report revised"
            ),
            encoding="utf-8",
        )
        assert await wait_for(pilot, lambda: cursor_title(app) == "Quarterly port report revised")
        await settle(pilot)
        assert await wait_for(pilot, lambda: view.release.title == "Quarterly port report revised")
        assert lst.cursor == 3 and len(lst.rows) == 5
        assert await wait_for(pilot, lambda: view.scroll_y == scroll)

        # Deleted: gone from the list and the counts.
        (store / "office-b" / "ferry.yaml").unlink()
        assert await wait_for(pilot, lambda: len(lst.rows) == 4, 2.0)
        await settle(pilot)
        assert cursor_title(app) == "Quarterly port report revised"


async def test_search_follows_the_store(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await watching(pilot, app)
        await pilot.press("slash", *"ferry")
        await settle(pilot)
        lst = app.query_one(ReleaseList)
        assert lst.rows == []
        (store / "office-b" / "ferry.yaml").write_text(NEW_RELEASE, encoding="utf-8")
        assert await wait_for(pilot, lambda: len(lst.rows) == 1, 2.0)
        assert app.query_one(SearchBox).value == "ferry"


async def test_sources_pane_toggles_filters_and_marks_read(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=(170, 40)) as pilot:
        await settle(pilot)
        pane = app.query_one(SourcesPane)
        assert pane.display
        assert await wait_for(pilot, lambda: len(pane.rows) == 2)
        assert [(e.name, e.unread, e.total) for e in pane.rows] == [
            ("Test City Hall", 2, 2),
            ("Test Ministry of Ports", 2, 2),
        ]
        await pilot.press("p")
        assert not pane.display
        await pilot.press("p")
        assert pane.display and app.focused is pane
        await pilot.press("j", "enter")  # the ministry
        await settle(pilot)
        assert app.query_one(SearchBox).value == 'source:"Test Ministry of Ports"'
        assert set(titles(app)) == {
            "Harbour checks begin at the northern quay",
            "Quarterly port report published",
        }
        assert isinstance(app.focused, ReleaseList)
        await pilot.press("p")
        await pilot.press("p")  # back in the pane, on the same row
        assert pane.entry is not None and pane.entry.name == "Test Ministry of Ports"
        await pilot.press("A")
        await settle(pilot)
        harbour, report = "a-2024-01-harbour", "a-2024-02-report"
        assert app.state.is_read(harbour) and app.state.is_read(report)
        assert not app.state.is_read("b-2024-03-budget")
        assert await wait_for(pilot, lambda: pane.rows[1].unread == 0)
        assert pane.rows[0].unread == 2


async def test_sources_pane_lists_saved_searches(store: Path, tmp_path: Path, monkeypatch) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("saved_searches:\n  Harbour: topic:customs\n", encoding="utf-8")
    monkeypatch.setenv("PRESSREADER_CONFIG", str(config))
    app = PressReaderApp(store)
    async with app.run_test(size=(170, 40)) as pilot:
        await settle(pilot)
        pane = app.query_one(SourcesPane)
        assert await wait_for(pilot, lambda: len(pane.rows) == 4)
        saved = pane.rows[3]
        assert (saved.kind, saved.name, saved.unread, saved.total) == ("saved", "Harbour", 1, 1)
        pane.focus()
        await pilot.press("G", "enter")
        await settle(pilot)
        assert app.query_one(SearchBox).value == "topic:customs"
        assert titles(app) == ["Harbour checks begin at the northern quay"]


@pytest.mark.parametrize("width", [90, 159])
async def test_sources_pane_hidden_when_narrow(store: Path, width: int) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        pane = app.query_one(SourcesPane)
        assert not pane.display
        await pilot.resize_terminal(170, 30)
        await pilot.pause()
        assert pane.display
        await pilot.resize_terminal(width, 30)
        await pilot.pause()
        assert not pane.display
        await pilot.press("p")  # asked for: shown even so
        assert pane.display
