"""The index: refresh by size and mtime, search semantics, related-link resolution, recovery."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from pressreader.index import Library


def titles(library: Library, query: str, order: str = "date") -> list[str]:
    rids = library.search(query, order)
    summaries = library.summaries(rids)
    return [summaries[r].title for r in rids]


def test_refresh_loads_good_files_and_reports_bad(store: Path) -> None:
    library = Library(store)
    report = library.refresh()
    assert (report.files, report.parsed, report.failed) == (5, 5, 1)
    assert library.count == 4
    problems = library.problems()
    assert any(p.severity == "error" and p.path.endswith("broken.yaml") for p in problems)
    assert any(p.severity == "warning" and "sumary" in p.message for p in problems)


def test_newest_first_and_search_semantics(store: Path) -> None:
    library = Library(store)
    library.refresh()
    assert titles(library, "")[0] == "A release with a typo in a field name"
    assert titles(library, "quay") == ["Harbour checks begin at the northern quay"]
    assert len(titles(library, "harbour")) == 2  # the title of one, a speaker's role in the other
    assert titles(library, "QUAY checks") == ["Harbour checks begin at the northern quay"]
    assert titles(library, "northe") == ["Harbour checks begin at the northern quay"]  # prefix
    assert titles(library, "harbour budget") == []  # every word must match
    assert titles(library, '"bus home"') == ["City budget adds money for night buses"]
    assert titles(library, '"home bus"') == []
    assert titles(library, "Renn") == ["Quarterly port report published"]  # speakers
    assert titles(library, "customs") == ["Harbour checks begin at the northern quay"]  # topics
    assert len(titles(library, "Test Ministry")) == 2  # source


def test_relevance_order_prefers_title_matches(store: Path) -> None:
    library = Library(store)
    library.refresh()
    assert titles(library, "port", "relevance")[0] == "Quarterly port report published"


def test_only_changed_files_are_parsed_again(store: Path) -> None:
    library = Library(store)
    library.refresh()
    path = store / "office-b" / "b-2024-03-budget.yaml"
    path.write_text(path.read_text().replace("night buses", "night trams"))
    os.utime(path, ns=(1, 1))
    (store / "office-b" / "b-2024-04-typo.yaml").unlink()
    report = Library(store).refresh()
    assert (report.parsed, report.unchanged, report.removed) == (1, 3, 1)
    assert titles(library, "trams") == ["City budget adds money for night trams"]
    assert titles(library, "buses") == []
    assert titles(library, "parks") == []


def test_related_links_resolve_by_id_or_title(store: Path) -> None:
    library = Library(store)
    library.refresh()
    assert library.resolve_id("a-2024-02-report") == "a-2024-02-report"
    assert library.resolve_id("harbour checks begin at the northern quay") == "a-2024-01-harbour"
    assert library.resolve_id("no-such-release") is None
    warnings = library.link_problems()
    assert [w.message.split("'")[1] for w in warnings] == ["see_also"]


def test_duplicate_ids_are_reported(store: Path) -> None:
    copy = store / "office-b" / "again.yaml"
    copy.write_text("id: a-2024-01-harbour\ntitle: Dup\ndate: 2024-01-01\n")
    library = Library(store)
    library.refresh()
    assert any("also used by" in p.message for p in library.problems())


def test_corrupt_index_is_rebuilt_with_a_notice(store: Path) -> None:
    library = Library(store)
    library.refresh()
    db = library.db_path
    library.close()
    db.write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    again = Library(store)
    report = again.refresh()
    assert again.notices and "rebuild" in again.notices[0]
    assert again.count == 4
    assert report.parsed == 5


def test_missing_store_is_empty_not_an_error(tmp_path: Path) -> None:
    library = Library(tmp_path / "nope")
    report = library.refresh()
    assert (report.files, library.count) == (0, 0)


def test_field_queries_dates_and_flags(store: Path) -> None:
    library = Library(store)
    library.refresh()
    harbour, report = "Harbour checks begin at the northern quay", "Quarterly port report published"
    budget, typo = "City budget adds money for night buses", "A release with a typo in a field name"
    assert titles(library, "source:city") == [typo, budget]
    assert titles(library, "topic:customs") == [harbour]
    assert titles(library, "speaker:renn") == [report]
    assert titles(library, "after:2024-02-20 before:2024-03-31") == [budget, report]
    assert titles(library, "year:2024 -source:city") == [report, harbour]
    assert titles(library, "has:figures") == [budget, harbour]
    assert titles(library, "has:quote -has:figures") == [report]
    assert titles(library, "harbour OR budget") == [budget, report, harbour]
    assert titles(library, "(quay OR bus) source:city") == [budget]
    ids = {library.summaries([r])[r].title: library.summaries([r])[r].id for r in library.search()}
    read = [ids[harbour], ids[budget]]
    assert library.summaries(library.search("is:unread", read_ids=read)).keys()
    unread = library.search("is:unread", read_ids=read)
    assert sorted(library.summaries(unread)[r].title for r in unread) == sorted([report, typo])
    starred = library.search("is:starred OR topic:customs", starred_ids=[ids[budget]])
    assert [library.summaries(starred)[r].title for r in starred] == [budget, harbour]


def test_a_query_that_cannot_be_read_is_an_error_with_a_position(store: Path) -> None:
    import pytest

    from pressreader.errors import SearchFailed
    from pressreader.query import QueryError

    library = Library(store)
    library.refresh()
    with pytest.raises(QueryError) as caught:
        library.search("harbour after:soon")
    assert isinstance(caught.value, SearchFailed) and caught.value.position == 8


def test_a_speaker_corrected_by_hand_survives_reindexing(tmp_path: Path) -> None:
    """Marks live in the YAML: a person who fixes a speaker there sees it after the next refresh."""
    import time

    store = tmp_path / "store"
    store.mkdir()
    path = store / "r.yaml"
    text = (
        "title: Harbour reopens\ndate: 2025-01-02\nbody:\n"
        "- paragraph: '“We are open again,” said the harbour master.'\n"
        "  quotes:\n  - text: We are open again,\n    speaker: {who}\n    role: Harbour master\n"
    )
    path.write_text(text.format(who="Bo Ren"), encoding="utf-8")
    library = Library(store)
    library.refresh()
    assert [q.speaker for q in library.release(library.search()[0]).quotes] == ["Bo Ren"]
    time.sleep(0.01)
    path.write_text(text.format(who="Bo Renn"), encoding="utf-8")
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 1_000_000))
    library.refresh()
    release = library.release(library.search()[0])
    assert [(q.speaker, q.text) for q in release.quotes] == [("Bo Renn", "We are open again,")]
    assert [s.name for s in library.speakers()] == ["Bo Renn"]
    assert release.body[0].text == "“We are open again,” said the harbour master."


def test_copies_are_grouped_across_the_first_batch_and_the_workers(tmp_path: Path) -> None:
    """The first releases of a cold build are signed after the rest: their copies still meet."""
    from pressreader.index.building import FIRST_BATCH
    from pressreader.model import Paragraph, Release
    from pressreader.store import dump_release

    root = tmp_path / "big"
    root.mkdir()
    count = FIRST_BATCH * 3
    for n in range(count):
        words = " ".join(f"w{n}x{k}" for k in range(60))  # every release its own words
        release = Release(
            id=f"r{n:03d}",
            title=f"Release {n}",
            date=dt.date(2024, 1, 1) + dt.timedelta(days=n),
            body=(Paragraph(f"Opening of release {n}: {words}."),),
        )
        (root / f"r{n:03d}.yaml").write_text(dump_release(release), encoding="utf-8")
    # A copy of the first file (parsed in the first batch) written last (parsed by the workers).
    first = (root / "r000.yaml").read_text(encoding="utf-8")
    (root / "zz-copy.yaml").write_text(first.replace("id: r000", "id: copy-of-r000"), "utf-8")
    library = Library(root)
    library.refresh(workers=2)
    rid = library.rid_of("r000")
    assert rid is not None
    assert [s.id for s in library.copies(rid)] == ["copy-of-r000"]
    assert library.count == count + 1


def test_a_refresh_can_show_the_files_first_and_settle_after(tmp_path: Path) -> None:
    """settle=False: the releases are in the index at once; copies are grouped at `settle`."""
    from pressreader.model import Paragraph, Release
    from pressreader.store import dump_release

    root = tmp_path / "s"
    root.mkdir()
    words = " ".join(f"word{k}" for k in range(80))
    release = Release(
        id="one", title="One", date=dt.date(2024, 5, 1), body=(Paragraph(f"Text: {words}."),)
    )
    (root / "one.yaml").write_text(dump_release(release), encoding="utf-8")
    (root / "two.yaml").write_text(dump_release(release).replace("id: one", "id: two"), "utf-8")
    library = Library(root)
    report = library.refresh(settle=False)
    assert library.count == 2
    rid = library.rid_of("one")
    assert rid is not None and library.copies(rid) == []
    library.settle(report)
    assert [s.id for s in library.copies(rid)] == ["two"]
