"""A JSON lines import hands the index what it stores of each new file, so nothing is read twice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressreader.importers.run import import_sources
from pressreader.index import Library


def _dump(path: Path, count: int) -> Path:
    """A JSON lines dump of `count` short releases, each with a quotation and a figure."""
    lines = [
        json.dumps(
            {
                "title": f"Harbour Board opens berth {n}",
                "date": f"2024-05-{n % 27 + 1:02d}",
                "contents": (
                    f"The Harbour Board opened berth {n} on Monday. "
                    f"“The berth takes {n + 2} ships a week,” said Harbour Master Ada Quill."
                ),
            }
        )
        for n in range(count)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("workers", [1, 2])
def test_records_are_indexed_as_written_and_as_a_parse_of_the_files_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    import pressreader.index.parsing as parsing

    reads: list[str] = []
    real = parsing._parse_file
    monkeypatch.setattr(
        parsing, "_parse_file", lambda item, sign=True: reads.append(item[0]) or real(item, sign)
    )
    store = tmp_path / "store"
    report = import_sources([str(_dump(tmp_path / "dump.jsonl", 12))], store, workers=workers)
    assert report.count("imported") == 12
    assert reads == []  # the import's own refresh found every new file recorded already
    library = Library(store)
    assert library.refresh().parsed == 0
    fresh = Library(store, db_path=tmp_path / "fresh.sqlite")
    assert fresh.refresh().parsed == 12
    assert library.search("berth") == fresh.search("berth")
    for rid in library.search(""):
        release = library.release(rid)
        assert release is not None
        again = fresh.release(fresh.rid_of(release.id))  # type: ignore[arg-type]
        assert again is not None and release.to_dict() == again.to_dict()
    assert library.speakers() == fresh.speakers()


@pytest.mark.parametrize("into", ["/", "/srv/press store", "relative/store", "."])
def test_the_prepared_file_path_is_the_store_folder_joined_as_pathlib_joins_it(into: str) -> None:
    """The worker writes the target path as text (folder joined once, then "/" and the id): it
    must be the path the importer compares it with, pathlib's join of the same parts."""
    import datetime as dt

    from pressreader.importers.base import RawBlock, RawDoc
    from pressreader.importers.workers import Prepared, prepare_indexed

    doc = RawDoc(
        title="Ferry Service Resumes on the Island Route",
        date=dt.date(2024, 3, 12),
        source="Ministry of Ports, Harbour Division",
        blocks=[RawBlock("p", "The ferry runs again from Monday, the ministry said.")],
    )
    prepared = prepare_indexed(doc, into=Path(into))
    assert isinstance(prepared, Prepared) and prepared.parsed is not None
    assert prepared.parsed.path == str(Path(into) / prepared.folder / f"{prepared.id}.yaml")
