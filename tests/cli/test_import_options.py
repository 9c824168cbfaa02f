"""`pressreader import`: which files of a folder are read, `--source` and `--date`."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import shutil
from pathlib import Path

import pytest

from pressreader.cli import main
from pressreader.importers.run import import_options, import_sources, not_a_release
from pressreader.index import Library

FIXTURES = Path(__file__).parents[1] / "fixtures"
TEXT = FIXTURES / "import_text" / "city-parks.txt"
JSONL = FIXTURES / "import_jsonl" / "sample.jsonl"
FEED = FIXTURES / "import" / "rss_feed.xml"
FRAGMENT = FIXTURES / "import" / "fragment.html"

UNDATED = """Harbour ferry returns to the winter timetable

The harbour ferry returns to its winter timetable on Monday, the port authority said.

Boats leave every forty minutes from the north pier until the end of March.
"""


def run(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def releases(store: Path) -> dict[str, object]:
    library = Library(store)
    library.refresh()
    found = {}
    for path in store.rglob("*.yaml"):
        rid = library.rid_of(path.stem)
        if rid is not None:
            found[path.stem] = library.release(rid)
    return found


# ----------------------------------------------------------------------------- folders


def make_folder(root: Path) -> Path:
    folder = root / "in"
    (folder / "2024").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / ".git" / "config").write_text("[core]\n")
    shutil.copy(TEXT, folder / "city-parks.txt")
    shutil.copy(FRAGMENT, folder / "2024" / "lock.htm")
    (folder / "2024" / "feed").write_bytes(FEED.read_bytes())  # no type: sniffed as a feed
    (folder / "dump.jsonl.gz").write_bytes(
        gzip.compress(b"".join(JSONL.read_bytes().splitlines(keepends=True)[:2]))
    )
    (folder / "ferry.md").write_text(UNDATED.replace("\n\nThe", "\nDate: 3 March 2024\n\nThe"))
    for name in ("README.md", "SOURCE.md", "CHANGELOG.md", "LICENSE", "LICENSE-MIT.txt"):
        (folder / name).write_text("# Notes\n\nThis folder holds press releases.\n")
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    (folder / "statement.PDF").write_bytes(b"%PDF-1.7\n")
    (folder / "all.zip").write_bytes(b"PK\x03\x04")
    (folder / "store.yaml").write_text("id: x\n")
    (folder / "blob").write_bytes(bytes(range(256)))
    (folder / "table.dat").write_text("a;b;c\n1;2;3\n")
    return folder


def test_folder_import_skips_what_is_not_a_release(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    folder = make_folder(tmp_path)
    code, out, err = run(
        capsys,
        "import",
        str(folder),
        "--into",
        str(tmp_path / "s"),
        "--json",
        "--date",
        "2024-04-01",
    )
    report = json.loads(out)
    assert code == 0, out  # skipped files are not failures
    assert report["counts"]["failed"] == 0
    imported = sorted(
        Path(i["origin"]).name.split(":")[0].split("#")[0]
        for i in report["items"]
        if i["status"] == "imported"
    )
    assert imported == ["city-parks.txt", "dump.jsonl", "dump.jsonl", "feed", "feed", "feed"] + [
        "ferry.md",
        "lock.htm",
    ]
    skipped = {
        Path(i["origin"]).name: i["reason"] for i in report["items"] if i["status"] == "skipped"
    }
    assert set(skipped) == {
        ".git",
        "README.md",
        "SOURCE.md",
        "CHANGELOG.md",
        "LICENSE",
        "LICENSE-MIT.txt",
        ".DS_Store",
        "photo.jpg",
        "statement.PDF",
        "all.zip",
        "store.yaml",
        "blob",
        "table.dat",
    }
    assert all(reason.startswith("not a release: ") for reason in skipped.values())
    assert "a hidden folder" in skipped[".git"]
    assert "README/SOURCE/CHANGELOG/LICENSE-like" in skipped["SOURCE.md"]
    assert "an image" in skipped["photo.jpg"] and "a document" in skipped["statement.PDF"]
    assert "binary data" in skipped["blob"] and "unknown type" in skipped["table.dat"]


def test_text_report_names_skipped_files_and_exit_status_stays_0(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(TEXT, folder / "city-parks.txt")
    (folder / "README.md").write_text("About these files.\n")
    code, out, err = run(capsys, "import", str(folder), "--into", str(tmp_path / "s"))
    assert code == 0
    assert "1 imported" in out and "1 skipped" in out
    assert f"skipped: not a release: {folder / 'README.md'}" in err


def test_files_named_on_the_command_line_are_always_read(tmp_path: Path) -> None:
    notes = tmp_path / "README.md"
    notes.write_text(UNDATED)
    report = import_sources([str(notes)], tmp_path / "s", default_date=dt.date(2024, 1, 2))
    assert report.count("imported") == 1


@pytest.mark.parametrize(
    ("name", "content", "skipped"),
    [
        ("release.txt", b"Title\n\nText.", False),
        ("release.TXT", b"Title\n\nText.", False),
        ("notes.md", b"Title\n\nText.", False),
        ("readme.txt", b"Title\n\nText.", True),
        ("Sources.md", b"Title\n\nText.", True),
        ("dump.json.gz", gzip.compress(b'{"title": "x"}\n'), False),
        ("feed.atom", b"<feed/>", False),
        ("page.xhtml", b"<html/>", False),
        ("export.dat", b'  {"title": "x"}\n', False),  # sniffed as JSON lines
        ("page.php", b"<!DOCTYPE html><html><body><p>x</p>", False),
        ("no-type", b"Title\n\nPlain text.", False),
        ("no-type-gz", gzip.compress(b"<rss version='2.0'></rss>"), False),
        ("archive.tar.gz", gzip.compress(b"\x00" * 600), True),
        ("script.py", b"print('x')\n", True),
        (".hidden.txt", b"Title\n\nText.", True),
    ],
)
def test_candidates(tmp_path: Path, name: str, content: bytes, skipped: bool) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert (not_a_release(path) is not None) == skipped


# ----------------------------------------------------------------------------- --source, --date


def test_source_overrides_the_publisher_of_every_release(tmp_path: Path) -> None:
    store = tmp_path / "s"
    report = import_sources(
        [str(TEXT), str(JSONL), str(FEED)], store, source_name="Ministry of Examples"
    )
    assert report.count("imported") >= 4
    found = releases(store)
    assert found and {r.source for r in found.values()} == {"Ministry of Examples"}
    assert {p.parent.parent.name for p in store.rglob("*.yaml")} == {"ministry-of-examples"}


def test_date_fills_only_missing_dates(tmp_path: Path) -> None:
    undated = tmp_path / "ferry.txt"
    undated.write_text(UNDATED)
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        json.dumps({"title": "No date given", "contents": "The office said so on Monday."})
        + "\n"
        + json.dumps(
            {"title": "Dated", "date": "2023-12-24", "contents": "The office said so today."}
        )
        + "\n"
        + json.dumps({"title": "Bad date", "date": "soon", "contents": "The office said so."})
        + "\n"
    )
    store = tmp_path / "s"
    report = import_sources(
        [str(undated), str(dump), str(TEXT)], store, default_date=dt.date(2024, 2, 29)
    )
    assert report.count("imported") >= 4
    dates = {r.title: r.date for r in releases(store).values()}
    assert dates["Harbour ferry returns to the winter timetable"] == dt.date(2024, 2, 29)
    assert dates["No date given"] == dt.date(2024, 2, 29)
    assert dates["Dated"] == dt.date(2023, 12, 24)
    assert dates["City adds three parks to its green belt"] == dt.date(2024, 6, 2)
    # A date that is given but cannot be read is not replaced by --date.
    assert dates.get("Bad date") != dt.date(2024, 2, 29)


def test_date_and_source_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    undated = tmp_path / "ferry.txt"
    undated.write_text(UNDATED)
    store = tmp_path / "s"
    code, out, err = run(
        capsys,
        "import",
        str(undated),
        "--into",
        str(store),
        "--date",
        "2024-03-01",
        "--source",
        "  Port   Authority ",
    )
    assert code == 0, err
    [release] = releases(store).values()
    assert (release.date, release.source) == (dt.date(2024, 3, 1), "Port Authority")
    assert list(store.glob("port-authority/2024/2024-03-01-*.yaml"))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--date", "2024-13-01"], "--date '2024-13-01': not a date; write YYYY-MM-DD"),
        (["--date", "1.3.2024"], "--date '1.3.2024': not a date; write YYYY-MM-DD"),
        (["--date", ""], "not a date; write YYYY-MM-DD"),
        (["--source", "  "], "--source: give the publisher's name"),
        (["--timeout", "0"], "--timeout 0: give a number of seconds"),
    ],
)
def test_bad_options_are_clear_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture, args: list[str], message: str
) -> None:
    code, out, err = run(capsys, "import", str(TEXT), "--into", str(tmp_path / "s"), *args)
    assert code == 2
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "s").exists()


def test_import_options_checks() -> None:
    assert import_options(None, None) == (None, None, 20.0)
    assert import_options("Office", " 2024-02-29 ", 5) == ("Office", dt.date(2024, 2, 29), 5)
    with pytest.raises(ValueError, match="not a date"):
        import_options(None, "2023-02-29")
