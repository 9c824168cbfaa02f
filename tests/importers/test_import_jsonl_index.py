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
