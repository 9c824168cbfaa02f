"""Speakers across a store: name variants merged (never two people), roles over time kept apart."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from pressreader.cli import main
from pressreader.index import Library
from pressreader.speakers import merge_speakers, name_parts

D = dt.date(2024, 1, 1)


def groups(*names: str) -> list[set[str]]:
    key_of, _ = merge_speakers((n, None, D) for n in names)
    found: dict[str, set[str]] = {}
    for name, key in key_of.items():
        found.setdefault(key, set()).add(name)
    return sorted(found.values(), key=lambda g: sorted(g))


def test_variants_of_one_person_merge() -> None:
    assert groups("Nancy Faeser", "Federal Minister Faeser", "Faeser") == [
        {"Nancy Faeser", "Federal Minister Faeser", "Faeser"}
    ]
    assert groups("Joseph R. Biden, Jr.", "Joe Biden", "Biden") == [
        {"Joseph R. Biden, Jr.", "Joe Biden", "Biden"}
    ]
    assert groups("Antony J. Blinken", "Tony Blinken", "Conor Fahy TD", "Conor Fahy") == [
        {"Antony J. Blinken", "Tony Blinken"},
        {"Conor Fahy TD", "Conor Fahy"},
    ]


def test_different_people_are_never_merged() -> None:
    assert groups("Joe Biden", "Jill Biden", "Hunter Biden") == [
        {"Hunter Biden"},
        {"Jill Biden"},
        {"Joe Biden"},
    ]
    assert groups("John Kerry", "John Kelly") == [{"John Kelly"}, {"John Kerry"}]
    # A surname shared by two full names stays on its own rather than guess.
    assert {"Smith"} in groups("John Smith", "Jane Smith", "Smith")
    assert {"J. Smith"} in groups("John Smith", "Jane Smith", "J. Smith")


def test_an_honorific_of_the_other_gender_never_joins_a_full_name() -> None:
    assert groups("Mike Allen", "Ms Allen") == [{"Mike Allen"}, {"Ms Allen"}]
    assert groups("Ruth Tamihana", "Mrs Tamihana") == [{"Ruth Tamihana", "Mrs Tamihana"}]
    assert groups("Mike Allen", "Mr. Allen", "Allen") == [{"Mike Allen", "Mr. Allen", "Allen"}]
    # A given name not known either way says nothing: the one full name is joined
    assert groups("Aroha Kereama", "Ms Kereama") == [{"Aroha Kereama", "Ms Kereama"}]


def test_a_shared_role_decides_between_two_candidates() -> None:
    key_of, _ = merge_speakers(
        [("Joe Biden", "President", D), ("Jill Biden", "First Lady", D), ("Biden", "President", D)]
    )
    assert key_of["Biden"] == key_of["Joe Biden"] != key_of["Jill Biden"]


def test_roles_over_time_are_kept_apart() -> None:
    _, people = merge_speakers(
        [
            ("Kamala Harris", "Senator", dt.date(2019, 5, 1)),
            ("Kamala Harris", "Vice President", dt.date(2021, 3, 1)),
            ("Harris", "Vice President", dt.date(2022, 6, 1)),
        ]
    )
    (person,) = people.values()
    assert person.roles == {
        "Senator": (dt.date(2019, 5, 1), dt.date(2019, 5, 1)),
        "Vice President": (dt.date(2021, 3, 1), dt.date(2022, 6, 1)),
    }


def test_name_parts() -> None:
    assert name_parts("Ms Tamihana").surname == "tamihana"  # type: ignore[union-attr]
    assert name_parts("President") is None
    parts = name_parts("Dr. Élise Bouchard-Grant")
    assert parts is not None and (parts.given, parts.surname) == ("elise", "bouchard-grant")


def test_speakers_table_and_cli(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    library = Library(store)
    library.refresh()
    rows = library.speakers()
    assert {r.name for r in rows} >= {"Ada Quill", "Bo Renn"}
    assert library.speakers("renn")[0].name == "Bo Renn"
    person, quotes = library.speaker_quotes("Quill")
    assert person is not None and person.name == "Ada Quill"
    assert quotes and all(q["speaker"] == "Ada Quill" for q in quotes)
    assert [q["date"] for q in quotes] == sorted((q["date"] for q in quotes), reverse=True)
    assert main(["speakers", "--data", str(store), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"name", "variants", "roles", "quotes", "releases", "first", "last"} <= set(data[0])
    assert main(["quotes", "--data", str(store), "--speaker", "Quill", "--format", "jsonl"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert lines and {x["speaker"] for x in lines} == {"Ada Quill"}


def test_a_speakers_quotes_read_a_page_at_a_time(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pressreader.index import speakers as speaker_table

    library = Library(store)
    library.refresh()
    _, every = library.speaker_quotes("Quill")
    monkeypatch.setattr(speaker_table, "PAGE", 1)  # pages of one, so the test crosses pages
    reads: list[int] = []
    real = speaker_table.quotes_at
    monkeypatch.setattr(
        speaker_table, "quotes_at", lambda conn, keys: reads.append(len(keys)) or real(conn, keys)
    )
    person, pages = library.speaker_quote_pages("Quill")
    assert person is not None and len(pages) == len(every) >= 2
    assert reads == []  # nothing read before it is asked for
    assert pages[0] == every[0] and reads == [1]
    assert pages[0] == every[0] and reads == [1]  # the same page, not read again
    assert list(pages) == every and pages[-1] == every[-1] and reads == [1] * len(every)
    # A release that leaves the store after the keys were read: its row says so, the rest stay.
    _, later = library.speaker_quote_pages("Quill")
    gone = Path(library.release(every[0]["rid"]).path)  # type: ignore[union-attr, arg-type]
    gone.unlink()
    library.refresh()
    assert later[0]["kind"] == "gone" and later[1] == every[1]
    assert len(library.speaker_quote_pages("nobody at all")[1]) == 0


def test_the_same_release_published_twice_is_one_row(store: Path) -> None:
    import shutil

    from pressreader.store import dump_release, read_release

    original = store / "office-a" / "a-2024-02-report.yaml"
    release, _ = read_release(original)
    assert release is not None
    import dataclasses

    copy = dataclasses.replace(release, id="syndicated-copy", url="https://copy.example.org/x")
    (store / "elsewhere").mkdir()
    (store / "elsewhere" / "copy.yaml").write_text(dump_release(copy), encoding="utf-8")
    shutil.copy(store / "office-b" / "b-2024-03-budget.yaml", store / "elsewhere" / "b2.yaml")
    library = Library(store)
    library.refresh()
    found = library.search("quarterly")
    assert len(found) == 1  # listed once
    (rid,) = found
    also = library.copies(rid)
    assert [s.id for s in also] in (["syndicated-copy"], ["a-2024-02-report"])
    # counted once in the speakers view
    renn = library.speakers("renn")[0]
    assert renn.releases == 1


def test_merging_precision_on_the_labelled_variants() -> None:
    """tests/speakers/variants.yaml: 250+ name variants of 90+ people, confusables included."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from eval_speakers import evaluate

    result = evaluate()
    assert result["variants"] >= 130
    assert result["precision"] >= 0.95  # two people are (almost) never merged
    assert result["recall"] >= 0.7
