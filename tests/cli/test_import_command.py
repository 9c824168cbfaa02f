"""`pressreader import`: JSON lines, the write rules (no-op re-runs, skip, --update), reports, exit codes."""

from __future__ import annotations

import gzip
import io
import json
import shutil
from pathlib import Path

from pressreader.cli import main
from pressreader.importers.run import import_sources
from pressreader.index import Library
from pressreader.model import Quote, Stats
from tests.conftest import shared_path

FIXTURES = Path(__file__).parents[1] / "fixtures"
SAMPLE = FIXTURES / "import_jsonl" / "sample.jsonl"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_jsonl_good_lines_imported_bad_lines_reported(tmp_path: Path, capsys) -> None:
    code, out, err = run(capsys, "import", str(SAMPLE), "--into", str(tmp_path / "s"))
    assert code == 1  # something failed
    assert "2 imported" in out and "4 failed" in out
    assert "sample.jsonl:3: not valid JSON" in err
    assert "sample.jsonl:4: a line must hold a JSON object" in err
    assert "sample.jsonl:5: no title" in err
    assert "sample.jsonl:6: no readable date" in err
    library = Library(tmp_path / "s")
    library.refresh()
    rid = library.rid_of("2024-01-09-coast-guard-rescues-eleven-sailors")
    release = library.release(rid)
    assert release.source == "Coast Guard Office"
    assert release.topics == ("Maritime Safety",)
    assert [(q.text, q.speaker) for q in release.quotes] == [
        ("Our crews flew through the night to reach them … Every sailor is safe.", "Ines Marlow")
    ]
    stats = next(b for b in release.body if isinstance(b, Stats))
    assert [f.value for f in stats.items] == [11, 40, 2]
    grants = library.release(library.rid_of("2024-03-03-grants-for-rural-clinics"))
    assert [f.value for f in grants.figures] == [12_500_000, 30, 45]


def test_rerun_is_a_no_op_and_changes_are_skipped_unless_update(tmp_path: Path) -> None:
    store = tmp_path / "s"
    first = import_sources([str(SAMPLE)], store)
    files = {p: p.read_text() for p in store.rglob("*.yaml")}
    again = import_sources([str(SAMPLE)], store)
    assert (first.count("imported"), again.count("imported"), again.count("unchanged")) == (2, 0, 2)
    assert {p: p.read_text() for p in store.rglob("*.yaml")} == files

    changed = tmp_path / "changed.jsonl"
    changed.write_text(
        SAMPLE.read_text().replace("eleven sailors from", "eleven crew members from")
    )
    skipped = import_sources([str(changed)], store)
    assert (
        skipped.count("skipped") == 1
        and "--update" in [o for o in skipped.outcomes if o.status == "skipped"][0].reason
    )
    assert {p: p.read_text() for p in store.rglob("*.yaml")} == files  # nothing changed

    updated = import_sources([str(changed)], store, update=True)
    assert updated.count("updated") == 1
    assert any("crew members" in p.read_text() for p in store.rglob("*.yaml"))


def test_gzip_stdin_and_json_report(tmp_path: Path, capsys, monkeypatch) -> None:
    gz = tmp_path / "sample.jsonl.gz"
    gz.write_bytes(gzip.compress(SAMPLE.read_bytes()))
    code, out, _ = run(capsys, "import", str(gz), "--into", str(tmp_path / "a"), "--json")
    report = json.loads(out)
    assert code == 1
    assert report["counts"]["imported"] == 2
    assert {i["status"] for i in report["items"]} == {"imported", "failed"}

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(SAMPLE.read_bytes())))
    code, out, _ = run(capsys, "import", "-", "--format", "jsonl", "--into", str(tmp_path / "b"))
    assert "2 imported" in out


def test_truncated_gzip_is_a_clear_failure(tmp_path: Path, capsys) -> None:
    gz = tmp_path / "cut.jsonl.gz"
    gz.write_bytes(gzip.compress(SAMPLE.read_bytes())[:60])
    code, _, err = run(capsys, "import", str(gz), "--into", str(tmp_path / "s"))
    assert code == 1 and "damaged or truncated" in err


def test_map_reads_other_dumps(tmp_path: Path, capsys) -> None:
    dump = FIXTURES / "import_jsonl" / "other-dump.jsonl"
    code, out, _ = run(capsys, "import", str(dump), "--into", str(tmp_path / "s"))
    assert code == 1  # "heading" is not a title field it knows
    code, out, _ = run(
        capsys,
        "import",
        str(dump),
        "--into",
        str(tmp_path / "s"),
        "--map",
        "title=heading",
        "--map",
        "date=issued",
        "--map",
        "body=txt",
        "--map",
        "source=office",
    )
    assert code == 0 and "1 imported" in out
    code, _, err = run(
        capsys, "import", str(dump), "--map", "nonsense", "--into", str(tmp_path / "s")
    )
    assert code == 2 and "TARGET=FIELD" in err


def test_text_import_then_reader_lists_it(tmp_path: Path, capsys) -> None:
    store = tmp_path / "s"
    code, out, _ = run(capsys, "import", str(FIXTURES / "import_text"), "--into", str(store))
    assert code == 0 and "2 imported" in out
    code, out, _ = run(capsys, "list", "--data", str(store), "--json")
    assert {r["title"] for r in json.loads(out)} == {
        "Bridge inspections speed up across the republic",
        "City adds three parks to its green belt",
    }
    code, out, _ = run(capsys, "check", str(store))
    assert code == 0


def test_existing_hand_written_quotes_stay_as_written(tmp_path: Path) -> None:
    store = tmp_path / "s"
    shutil.copytree(FIXTURES / "store", store)
    (store / "office-b" / "broken.yaml").unlink()
    before = {p: p.read_text() for p in store.rglob("*.yaml")}
    import_sources([str(FIXTURES / "import_text" / "city-parks.txt")], store)
    for path, text in before.items():
        assert path.read_text() == text
    library = Library(store)
    library.refresh()
    quote = library.release(library.rid_of("a-2024-02-report")).body[1]
    assert isinstance(quote, Quote) and quote.speaker == "Ada Quill"


def test_failed_write_leaves_nothing_half_written(tmp_path: Path, monkeypatch) -> None:
    store = tmp_path / "s"
    calls = {"n": 0}
    real_replace = __import__("os").replace

    def failing_replace(src, dst):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr("pressreader.store.os.replace", failing_replace)
    report = import_sources([str(SAMPLE)], store)
    assert report.count("imported") == 1
    assert any("No space left" in (o.reason or "") for o in report.failed)
    assert not [p for p in store.rglob("*") if p.name.endswith(".tmp")]


def test_state_whitehouse_corpus_imports(tmp_path: Path) -> None:
    corpus = shared_path(
        "corpus", "state-whitehouse-2021-2022", "state_press_releases_2021-2022.jsonl.gz"
    )
    report = import_sources([str(corpus)], tmp_path / "s")
    assert report.count("imported") > 1900
    assert len(report.failed) < 20
