"""The command line: list, show, check and index, as text and as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressreader.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_json_newest_first(store: Path, capsys) -> None:
    code, out, _ = run(capsys, "--data", str(store), "list", "--json")
    rows = json.loads(out)
    assert code == 0
    assert [r["id"] for r in rows] == [
        "b-2024-04-typo",
        "b-2024-03-budget",
        "a-2024-02-report",
        "a-2024-01-harbour",
    ]
    assert set(rows[0]) == {"id", "title", "date", "source", "topics"}


def test_list_query_and_no_match(store: Path, capsys) -> None:
    code, out, _ = run(capsys, "list", "--data", str(store), "night", "bus")
    assert "City budget adds money for night buses" in out
    code, out, err = run(capsys, "list", "--data", str(store), "zebra")
    assert code == 0 and "No releases match" in err


def test_show_json_shape(store: Path, capsys) -> None:
    code, out, _ = run(capsys, "show", "a-2024-02-report", "--data", str(store), "--json")
    data = json.loads(out)
    assert code == 0
    assert list(data) == [
        "id",
        "title",
        "date",
        "source",
        "topics",
        "lang",
        "url",
        "summary",
        "body",
        "related",
        "quotes",
    ]
    assert data["body"][1] == {
        "type": "quote",
        "text": "The numbers speak for themselves: [bold]record[/bold] traffic.",
        "speaker": "Ada Quill",
        "role": "Minister of Ports",
    }
    assert data["related"] == {
        "previous": "a-2024-01-harbour",
        "next": None,
        "see_also": ["no-such-release"],
    }


def test_show_renders_markup_literally(store: Path, capsys) -> None:
    code, out, _ = run(capsys, "show", "a-2024-02-report", "--data", str(store))
    assert code == 0
    assert "[bold]record[/bold]" in out
    assert "— Ada Quill, Minister of Ports" in out


def test_show_unknown_id(store: Path, capsys) -> None:
    code, _, err = run(capsys, "show", "nope", "--data", str(store))
    assert code == 1 and "no release with id 'nope'" in err


def test_check_reports_path_line_col_and_fails(store: Path, capsys) -> None:
    code, out, _ = run(capsys, "check", str(store))
    assert code == 1
    assert f"{store / 'office-b' / 'broken.yaml'}:1:8: error:" in out.replace("\n", "")
    assert "4 releases in 5 files; 1 error," in out


def test_check_clean_store_passes(store: Path, capsys) -> None:
    (store / "office-b" / "broken.yaml").unlink()
    code, out, _ = run(capsys, "check", str(store), "--json")
    assert code == 0
    assert json.loads(out)["errors"] == 0


def test_index_rebuild(store: Path, capsys) -> None:
    code, out, _ = run(capsys, "index", "--data", str(store), "--rebuild")
    assert code == 0 and "Index rebuilt" in out and "5 parsed" in out


def test_missing_folder(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "list", "--data", str(tmp_path / "missing"))
    assert code == 2 and "does not exist" in err


def test_bundled_samples_are_valid(capsys) -> None:
    code, out, _ = run(capsys, "check", "--json")
    report = json.loads(out)
    assert code == 0
    assert report["releases"] >= 30
    assert report["errors"] == 0


def test_list_streams_every_format_with_limit(store: Path, capsys) -> None:
    code, out, _ = run(capsys, "--data", str(store), "list", "--format", "jsonl", "--limit", "2")
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["id"] for r in lines] == ["b-2024-04-typo", "b-2024-03-budget"]
    code, out, _ = run(capsys, "--data", str(store), "list", "--format", "csv", "source:city")
    assert out.splitlines()[0] == "id,date,title,source,topics"
    assert [line.split(",")[0] for line in out.splitlines()[1:]] == [
        "b-2024-04-typo",
        "b-2024-03-budget",
    ]
    code, out, _ = run(capsys, "--data", str(store), "list", "--format", "json", "zebra")
    assert code == 0 and json.loads(out) == []


def test_list_piped_prints_ids_and_never_cuts(store: Path, capsys) -> None:
    code, out, _ = run(capsys, "--data", str(store), "list", "harbour")
    assert code == 0
    rows = [line.split("\t") for line in out.splitlines()]
    assert [row[0] for row in rows] == ["a-2024-02-report", "a-2024-01-harbour"]
    assert rows[1][2] == "Harbour checks begin at the northern quay"  # whole, whatever the width
    assert rows[1][3] == "Test Ministry of Ports"


def test_list_query_errors_point_at_the_mistake(store: Path, capsys) -> None:
    code, _, err = run(capsys, "--data", str(store), "list", "harbour", "after:soon")
    assert code == 2
    assert "not a date" in err and "  harbour after:soon\n          ^" in err
    code, _, err = run(capsys, "--data", str(store), "quotes", "(harbour")
    assert code == 2 and "not closed" in err


def test_quotes_and_figures_come_from_the_index_as_from_the_releases(store: Path, capsys) -> None:
    from pressreader.formats.rows import figure_rows, matching_releases, quote_rows
    from pressreader.index import Library

    library = Library(store)
    library.refresh()
    for kind, make in (("quotes", quote_rows), ("figures", figure_rows)):
        code, out, _ = run(capsys, "--data", str(store), kind, "--format", "jsonl")
        assert code == 0
        from_index = [json.loads(line) for line in out.splitlines()]
        from_releases = json.loads(json.dumps(list(make(matching_releases(library)))))
        assert from_index == from_releases and from_index
