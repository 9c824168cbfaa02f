"""The YAML store: good files load into Releases, bad ones give located, helpful problems."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from pressreader.model import Heading, Image, Paragraph, Quote, Stats, release_from_dict
from pressreader.store import dump_release, parse_release, read_release, scan, write_atomic
from tests.conftest import FIXTURE_STORE


def load(text: str, name: str = "x.yaml"):
    return parse_release(text.encode(), name)


def test_full_release_loads_every_block() -> None:
    release, problems = read_release(FIXTURE_STORE / "office-a" / "a-2024-01-harbour.yaml")
    assert problems == []
    assert release is not None
    assert release.id == "a-2024-01-harbour"
    assert release.date == dt.date(2024, 1, 15)
    assert release.topics == ("ports", "customs")
    assert [type(b) for b in release.body] == [Paragraph, Heading, Quote, Stats, Image]
    quote = release.body[2]
    assert (quote.speaker, quote.role) == ("Ada Quill", "Minister of Ports")
    stats = release.body[3]
    assert stats.intro == "In the first week"
    assert [(f.qualifier, f.value) for f in stats.items] == [
        ("more than", 16000),
        ("approximately", 12_000_000),
        (None, 9.5),
    ]
    assert release.related.next == "a-2024-02-report"
    assert release.related.see_also == ("b-2024-03-budget",)


def test_single_topic_and_markup_stay_text() -> None:
    release, _ = read_release(FIXTURE_STORE / "office-a" / "a-2024-02-report.yaml")
    assert release.topics == ("ports",)
    assert "[bold]record[/bold]" in release.body[1].text


def test_round_trip_through_dump() -> None:
    release, _ = read_release(FIXTURE_STORE / "office-a" / "a-2024-01-harbour.yaml")
    again, problems = load(dump_release(release), "a-2024-01-harbour.yaml")
    assert problems == []
    assert again.to_dict() == release.to_dict()
    assert release_from_dict(release.to_dict()).to_dict() == release.to_dict()


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('title: "open\ndate: 2024-01-01\n', 1, "quoted string is not closed"),
        ("title: x\n\tdate: 2024-01-01\n", 2, "tabs"),
        ("- a\n- b\n", 1, "top level is a list"),
        ("just a string\n", 1, "top level is"),
        ("title: x\ndate: yesterday\n", 2, "ISO date"),
        ("title: 123\ndate: 2024-01-01\nbody: {a: 1}\n", 3, "'body' must be a list"),
        ("title: [a]\ndate: 2024-01-01\n", 1, "'title' must be text"),
        ("date: 2024-01-01\n", None, "'title' is missing"),
        ("title: x\n", None, "'date' is missing"),
        (
            "title: x\ndate: 2024-01-01\nbody:\n  - quote:\n    speaker: A\n",
            4,
            "'quote' has no text",
        ),
        ("title: !!python/object/apply:os.system [echo]\ndate: 2024-01-01\n", 1, "refused"),
        (
            "title: a\ndate: 2024-01-01\n---\ntitle: b\ndate: 2024-01-02\n",
            3,
            "one release per file",
        ),
        ("", None, "empty"),
    ],
)
def test_bad_files_are_located_and_explained(text: str, line: int | None, words: str) -> None:
    release, problems = load(text)
    assert release is None
    assert len(problems) == 1
    problem = problems[0]
    assert problem.severity == "error"
    assert problem.line == line
    assert words in problem.message
    assert str(problem).startswith("x.yaml")


def test_warnings_do_not_stop_loading() -> None:
    text = "title: x\ndate: 2024-01-01\nsumary: y\ntitle: z\n"
    release, problems = load(text)
    assert release is not None and release.title == "z"
    messages = [(p.line, p.severity, p.message) for p in problems]
    assert messages[0][:2] == (3, "warning") and "did you mean 'summary'" in messages[0][2]
    assert messages[1][:2] == (4, "warning") and "appears twice" in messages[1][2]


def test_alias_bomb_fails_fast() -> None:
    lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 9):
        refs = ",".join([f"*a{i - 1}"] * 10)
        lines.append(f"a{i}: &a{i} [{refs}]")
    text = "\n".join(lines) + "\ntitle: t\ndate: 2024-01-01\nbody: *a8\n"
    release, problems = load(text)
    assert release is None
    assert "aliases" in problems[0].message


def test_binary_latin1_bom_crlf(tmp_path: Path) -> None:
    (tmp_path / "bin.yaml").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin.yaml").write_bytes("title: Caf\xe9\ndate: 2024-01-01\n".encode("latin-1"))
    (tmp_path / "bom.yaml").write_bytes(b"\xef\xbb\xbftitle: ok\r\ndate: 2024-01-01\r\n")
    assert "binary" in read_release(tmp_path / "bin.yaml")[1][0].message
    assert "UTF-8" in read_release(tmp_path / "latin.yaml")[1][0].message
    release, problems = read_release(tmp_path / "bom.yaml")
    assert problems == [] and release.title == "ok"


def test_control_characters_are_removed() -> None:
    text = 'title: "Red \\e[31malert\\e[0m \\e]0;pwned\\a done\\u202e"\ndate: 2024-01-01\n'
    release, _ = load(text)
    assert release.title == "Red alert done"


def test_scan_is_recursive_and_survives_symlink_loops(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "one.yaml").write_text("title: x\ndate: 2024-01-01\n")
    (tmp_path / "two.yml").write_text("title: y\ndate: 2024-01-01\n")
    (tmp_path / "notes.txt").write_text("ignored")
    (tmp_path / "a" / "loop").symlink_to(tmp_path)
    assert sorted(p.name for p in scan(tmp_path)) == ["one.yaml", "two.yml"]


def test_write_atomic_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "r.yaml"
    write_atomic(target, "title: x\n")
    assert target.read_text() == "title: x\n"
    assert [p.name for p in target.parent.iterdir()] == ["r.yaml"]


def _generic_yaml(document: object) -> str:
    """The YAML the general representer writes with the release format's string styles."""
    import yaml

    from pressreader.store import writing
    from pressreader.store.loading import SafeDumper

    class Generic(SafeDumper):  # type: ignore[misc, valid-type]
        pass

    def styled(dumper: yaml.Dumper, value: str) -> yaml.Node:
        return dumper.represent_scalar(
            "tag:yaml.org,2002:str", value, style=writing._str_style(value)
        )

    Generic.add_representer(str, styled)
    return yaml.dump(
        document,
        Dumper=Generic,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )


def test_the_release_writer_writes_what_the_general_representer_writes() -> None:
    """dump_release makes the nodes of strings, mappings and lists itself: the text must be the
    general representer's, for every block, field and value type, an object met twice included."""
    from pressreader.store.writing import release_to_document

    release, _ = read_release(FIXTURE_STORE / "office-a" / "a-2024-01-harbour.yaml")
    assert release is not None
    body = (
        *release.body,
        Paragraph("A short line."),
        Paragraph("Two\nlines, and a long one " + "that goes on " * 8 + "to the end."),
        Heading("Ports: what's next? #1 - 'quoted' & [bracketed] {braced} *starred* 2024-01-01"),
    )
    wide = dataclasses.replace(release, body=body, date_certain=False, summary="yes")
    document = release_to_document(wide)
    assert dump_release(wide) == _generic_yaml(document)
    shared = ["ports", "customs"]
    twice = {
        "id": "x",
        "topics": shared,
        "also": shared,
        "n": 3,
        "v": 9.5,
        "ok": True,
        "none": None,
    }
    import yaml

    from pressreader.store.writing import _BlockDumper

    ours = yaml.dump(
        twice, Dumper=_BlockDumper, sort_keys=False, allow_unicode=True, width=100,
        default_flow_style=False,
    )  # fmt: skip
    assert "&id001" in ours and ours == _generic_yaml(twice)
