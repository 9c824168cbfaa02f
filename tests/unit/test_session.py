"""The reading session without a terminal: filters, marks, history, links, exports and errors.

Each test opens a real index of a copy of the fixture store (tests/fixtures/store), as the app's
workers do, and calls the session the way the app's actions and handlers do.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pressreader.config import load_config
from pressreader.errors import ExportFailed, IndexUnavailable, SearchFailed, SearchInterrupted
from pressreader.query import QueryError
from pressreader.session import Outcome, ReadingSession
from pressreader.state import ReadingState

HARBOUR, REPORT, BUDGET, TYPO = (
    "a-2024-01-harbour",
    "a-2024-02-report",
    "b-2024-03-budget",
    "b-2024-04-typo",
)


def open_session(store: Path, **config) -> ReadingSession:
    """A session on `store` with its index built, as the app has it once the store is open."""
    cfg = load_config()
    for key, value in config.items():
        setattr(cfg, key, value)
    session = ReadingSession(store, cfg)
    session.start_scan()
    library = session.open_library()
    session.attach(library)
    report, problems = session.refresh(library, lambda done, total: None)
    session.refreshed(report, problems)
    return session


def listed(session: ReadingSession) -> list[str]:
    """The release ids the filters let through now, in list order."""
    rids = session.run_search(session.request())
    session.searched(len(rids))
    summaries = session.summaries(rids)
    return [summaries[r].id for r in rids]


def rid(session: ReadingSession, release_id: str) -> int:
    found = session.library.rid_of(release_id)
    assert found is not None
    return found


# ------------------------------------------------------------------ opening the store


def test_session_does_not_import_textual_or_rich() -> None:
    code = (
        "import sys, pressreader.session\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'rich'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_opening_reports_problems_and_asks_for_a_search(store: Path) -> None:
    session = ReadingSession(store, load_config())
    library = session.open_library()
    assert session.attach(library)[-1] == Outcome(refilter=True)
    assert session.indexing
    report, problems = session.refresh(library, lambda done, total: None)
    outcomes = session.refreshed(report, problems)
    assert not session.indexing
    assert any(p.path.endswith("broken.yaml") for p in session.problems)
    errors = [o for o in outcomes if o.severity == "error"]
    assert len(errors) == 1 and errors[0].notice.startswith("1 file could not be loaded")
    assert outcomes[-1].refilter


def test_missing_store_is_explained(tmp_path: Path) -> None:
    session = ReadingSession(tmp_path / "nowhere", load_config())
    assert "does not exist" in (session.missing_store() or "")
    assert ReadingSession(tmp_path, load_config()).missing_store() is None


def test_progress_text_and_throttled_searches(store: Path) -> None:
    session = ReadingSession(store, load_config())
    assert session.progress(10, 100) == ("Indexing 10 of 100 files…", True)
    assert session.progress(20, 100) == ("Indexing 20 of 100 files…", False)  # too soon
    assert session.progress(100, 100)[1]  # the last batch always shows
    assert session.progress(5, 0)[0] == "Indexing… 5 files so far"


# ------------------------------------------------------------------ search and filters


def test_search_order_and_counts(store: Path) -> None:
    session = open_session(store)
    assert listed(session) == [TYPO, BUDGET, REPORT, HARBOUR]  # newest first
    assert session.counts(4) == ("store · 4 of 4 releases", "4 releases · newest first", "")
    assert session.set_query("night bus") and not session.set_query("night bus")
    assert listed(session) == [BUDGET]
    assert session.counts(1)[1] == "1 match · newest first"
    outcome = session.toggle_order()
    assert outcome.refilter and outcome.notice == "Sorted by relevance"
    assert session.counts(1)[1] == "1 match · by relevance"
    session.set_query("zebra")
    assert listed(session) == []
    assert session.counts(0)[1:] == ("No releases match “zebra”", "-no-results")
    assert session.empty_text("zebra") == "No releases match “zebra”."


def test_stale_results_are_recognised(store: Path) -> None:
    session = open_session(store)
    session.set_query("harb")
    request = session.request()
    assert session.is_current(request)
    session.set_query("harbour")
    assert not session.is_current(request)


def test_hide_read_and_starred_only(store: Path) -> None:
    session = open_session(store)
    assert session.toggle_read(TYPO).refilter is False  # nothing hidden yet
    assert session.toggle_hide_read() == Outcome("Read releases hidden", timeout=2, refilter=True)
    assert listed(session) == [BUDGET, REPORT, HARBOUR]
    assert session.toggle_read(BUDGET).refilter  # hidden now: the list must change
    assert listed(session) == [REPORT, HARBOUR]
    session.toggle_hide_read()
    star = session.toggle_star(REPORT)
    assert star.notice == "Starred" and star.redraw and star.save and not star.refilter
    session.toggle_starred_only()
    assert listed(session) == [REPORT]
    assert session.marks(REPORT) == (False, True) and session.marks(TYPO) == (True, False)
    assert session.toggle_star(REPORT).refilter  # unstarring changes the starred-only list
    assert listed(session) == []


def test_is_unread_and_is_starred_use_the_marks(store: Path) -> None:
    session = open_session(store)
    session.toggle_read(TYPO)
    session.toggle_star(HARBOUR)
    session.set_query("is:unread")
    assert listed(session) == [BUDGET, REPORT, HARBOUR]
    session.set_query("is:starred")
    assert listed(session) == [HARBOUR]


def test_a_query_that_cannot_be_read_is_explained(store: Path) -> None:
    session = open_session(store)
    session.set_query("(ports OR docks")
    with pytest.raises(QueryError) as error:
        session.run_search(session.request())
    assert "'(' is not closed" in session.query_problem(error.value)
    assert session.query_problem(error.value).endswith(")")  # (column N)


def test_mark_all_shown_as_read(store: Path) -> None:
    session = open_session(store)
    session.set_query("harbour")
    rows = session.run_search(session.request())
    outcome = session.mark_all_read(rows)
    assert outcome.notice == "Marked 2 releases as read" and outcome.redraw and outcome.save
    assert session.state.read == {HARBOUR, REPORT}


def test_the_target_is_the_cursor_row_when_the_list_has_focus(store: Path) -> None:
    session = open_session(store)
    session.loaded(rid(session, HARBOUR))
    assert session.target(rid(session, TYPO), list_focused=True) == TYPO
    assert session.target(rid(session, TYPO), list_focused=False) == HARBOUR
    session.shown = None
    assert session.target(rid(session, TYPO), list_focused=False) == TYPO


# ------------------------------------------------------------------ opening and history


def test_opening_marks_read_and_records_history(store: Path) -> None:
    session = open_session(store)
    harbour, report = rid(session, HARBOUR), rid(session, REPORT)
    session.begin_open(harbour, scroll_of_current=0.0)
    session.loaded(harbour)
    assert session.opened(HARBOUR) == Outcome(redraw=True, save=True)
    assert session.opened(HARBOUR).redraw is False  # already read: no redraw
    session.begin_open(report, scroll_of_current=7.0)  # leaving the harbour release 7 lines down
    session.loaded(report)
    session.opened(REPORT)
    back = session.history(-1, scroll_of_current=2.0)
    assert (back.open, back.scroll, back.record) == (harbour, 7.0, False)
    session.begin_open(harbour, 2.0, record=back.record)
    session.opened(HARBOUR)  # the history opened it: not recorded again
    forward = session.history(1, scroll_of_current=0.0)
    assert (forward.open, forward.scroll) == (report, 2.0)
    assert session.history(1, 0.0).notice == "No further history that way."


def test_history_survives_a_release_that_is_gone(store: Path) -> None:
    state = ReadingState.load(store)
    state.visit("gone-release")
    state.visit(HARBOUR)
    session = ReadingSession(store, load_config(), state)
    session.attach(session.open_library())
    session.refresh(session.library, lambda d, t: None)
    outcome = session.history(-1, 0.0)
    assert outcome.open is None and outcome.severity == "warning"
    assert outcome.notice == "gone-release is no longer in this store."


def test_related_links_and_titles(store: Path) -> None:
    session = open_session(store)
    harbour = session.release(rid(session, HARBOUR))
    assert session.open_related(harbour, "next").open == rid(session, REPORT)
    assert (
        session.open_related(harbour, "previous").notice == "This release has no previous release."
    )
    report = session.release(rid(session, REPORT))
    assert session.open_related(report, "previous").open == rid(session, HARBOUR)  # by title
    missing = session.open_ref("no-such-release")
    assert missing.open is None and missing.notice == "“no-such-release” is not in this store."
    assert session.title_of(BUDGET) == "City budget adds money for night buses"
    assert session.title_of("no-such-release") is None
    assert REPORT in [s.id for s in session.similar(harbour)]


# ------------------------------------------------------------------ exports and the state


def test_export_writes_markdown(store: Path, tmp_path: Path) -> None:
    session = open_session(store, export_dir=tmp_path / "exports")
    harbour = session.release(rid(session, HARBOUR))
    path = session.export_markdown(harbour)
    assert path == tmp_path / "exports" / f"{HARBOUR}.md"
    text = path.read_text()
    assert text.startswith("# Harbour checks begin at the northern quay")
    assert "Quarterly port report published" in text  # related links by title


def test_export_failure_is_an_export_failed(store: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    session = open_session(store, export_dir=blocker / "exports")
    with pytest.raises(ExportFailed, match="Could not write"):
        session.export_markdown(session.release(rid(session, HARBOUR)))


def test_citations(store: Path) -> None:
    session = open_session(store)
    harbour = session.release(rid(session, HARBOUR))
    assert session.citation(harbour).startswith("Harbour checks begin at the northern quay.")
    assert session.citation(harbour, harbour.quotes[0]).startswith(
        "“We want faster checks and fewer surprises.” — Ada Quill, Minister of Ports"
    )


def test_theme_and_state_are_saved(store: Path) -> None:
    session = open_session(store)
    assert session.remember_theme("nord") and not session.remember_theme("nord")
    session.toggle_star(HARBOUR)
    assert session.save() is None
    again = ReadingState.load(store)
    assert again.theme == "nord" and again.starred == {HARBOUR}


# ------------------------------------------------------------------ errors


class BrokenLibrary:
    """Stands in for the index when it fails: every call raises `error`."""

    def __init__(self, error: Exception) -> None:
        self.error = error
        self.notices: list[str] = []

    def __getattr__(self, name: str):
        if name == "count":  # a property of the real Library
            raise self.error

        def fail(*args, **kwargs):
            raise self.error

        return fail


def test_an_interrupted_search_is_search_interrupted(store: Path) -> None:
    session = open_session(store)
    session.library = BrokenLibrary(SearchInterrupted("a newer search took over"))
    with pytest.raises(SearchInterrupted):
        session.run_search(session.request())


def test_index_failures_are_reported_as_our_errors(store: Path) -> None:
    session = open_session(store)
    release = session.release(rid(session, HARBOUR))
    session.library = BrokenLibrary(IndexUnavailable("database disk image is malformed"))
    with pytest.raises(SearchFailed) as failed:
        session.run_search(session.request())
    assert not isinstance(failed.value, SearchInterrupted)
    with pytest.raises(IndexUnavailable):
        session.release(1)
    with pytest.raises(IndexUnavailable):
        session.similar(release)
    report, problems = session.refresh(session.library, lambda d, t: None)
    assert report.notices == [
        "The index could not be brought up to date: database disk image is malformed"
    ]
    assert problems == []


def test_a_query_that_cannot_be_read_is_search_failed(store: Path) -> None:
    session = open_session(store)
    session.library = BrokenLibrary(SearchFailed("unclosed quote at 5"))
    with pytest.raises(SearchFailed, match="unclosed quote"):
        session.run_search(session.request())
