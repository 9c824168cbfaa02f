"""Export: Markdown, text and JSON documents, citations, quote and figure rows, and the commands."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from pressreader.cli import main
from pressreader.formats import export_releases
from pressreader.formats.citation import citation, quote_citation
from pressreader.formats.json import to_data, to_json
from pressreader.formats.markdown import escape_md, to_markdown
from pressreader.formats.rows import (
    FIGURE_FIELDS,
    QUOTE_FIELDS,
    figure_rows,
    matching_releases,
    quote_rows,
    title_resolver,
    write_rows,
)
from pressreader.formats.text import to_text
from pressreader.index import Library
from pressreader.model import Figure, Heading, Image, Paragraph, Quote, Related, Release, Stats


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def library(store: Path) -> Library:
    lib = Library(store)
    lib.refresh(workers=1)
    yield lib
    lib.close()


def get(library: Library, rel_id: str) -> Release:
    rid = library.rid_of(rel_id)
    assert rid is not None
    release = library.release(rid)
    assert release is not None
    return release


HOSTILE = Release(
    id="hostile",
    title="Title with *stars* and #",
    date=dt.date(2024, 5, 6),
    source="Office | of *Tests*",
    summary="# a lead",
    body=(
        Paragraph("# not a heading"),
        Paragraph("a | b"),
        Paragraph("[bold]x[/bold]"),
        Paragraph("**loud** and __init__ and snake_case"),
        Paragraph("- not a list"),
        Paragraph("1. not a list either"),
        Paragraph("[click](https://evil.example) <script>alert(1)</script> &amp;"),
        Paragraph("---"),
        Heading("## deeper"),
        Quote("> nested\n\n# second paragraph", "Ann | Lee", "Head of *PR*"),
        Quote("the plan was on track", "Bo Renn", "Harbour Master", kind="reported"),
        Stats((Figure("a | b | c", "over", 3.0, "cells | pipes"),), intro="# intro"),
        Image("a *bold* caption", "Desk_1"),
    ),
)


# ------------------------------------------------------------------ Markdown


def test_markdown_of_a_full_release(library: Library) -> None:
    release = get(library, "a-2024-01-harbour")
    md = to_markdown(release, title_resolver(library))
    lines = md.splitlines()
    assert lines[0] == "# Harbour checks begin at the northern quay"
    assert lines[2] == (
        "15 January 2024 · Test Ministry of Ports · ports, customs · <https://example.org/a/harbour>"
    )
    assert "*Inspectors start a new round of container checks.*" in lines
    assert "## What changes" in lines
    quote = [
        "> “We want faster checks and fewer surprises.”",
        ">",
        "> — Ada Quill, Minister of Ports",
    ]
    i = lines.index(quote[0])
    assert lines[i : i + 3] == quote
    i = lines.index("| Value | Qualifier | Unit | As written |")
    assert lines[i - 2] == "In the first week"
    assert lines[i + 1] == "| ---: | --- | --- | --- |"
    assert lines[i + 2] == (
        "| 16,000 | more than | containers scanned | mehr als 16.000 containers scanned |"
    )
    assert (
        lines[i + 4] == "| 9.5 |  | tonnes of contraband found | 9,5 tonnes of contraband found |"
    )
    assert "*Image: Scanners at the northern quay* — Credit: Test Photo Desk" in lines
    assert lines[-4:] == [
        "## Related",
        "",
        "- Next: Quarterly port report published",
        "- See also: City budget adds money for night buses",
    ]
    # Body order: paragraph, heading, quote, stats, image, related.
    order = [
        md.index("cover 1.200 containers"),
        md.index("## What changes"),
        md.index("> “We want"),
        md.index("| Value"),
        md.index("*Image:"),
        md.index("## Related"),
    ]
    assert order == sorted(order)
    assert md.endswith("\n") and not md.endswith("\n\n")


def test_markdown_related_unresolved_and_without_resolver(library: Library) -> None:
    release = get(library, "a-2024-02-report")
    lines = to_markdown(release, title_resolver(library)).splitlines()
    assert lines[-2:] == [
        "- Previous: Harbour checks begin at the northern quay",
        "- See also: no-such-release (not in this store)",
    ]
    plain = to_markdown(release).splitlines()
    assert plain[-2:] == [
        "- Previous: Harbour checks begin at the northern quay",
        "- See also: no-such-release",
    ]
    assert "> “The numbers speak for themselves: [bold]record[/bold] traffic.”" in lines


def test_markdown_escapes_release_text() -> None:
    lines = to_markdown(HOSTILE).splitlines()
    assert lines[0] == r"# Title with \*stars\* and \#"
    assert r"\# not a heading" in lines
    assert r"a \| b" in lines
    assert "[bold]x[/bold]" in lines
    assert r"\*\*loud\*\* and \_\_init\_\_ and snake_case" in lines
    assert r"\- not a list" in lines
    assert r"1\. not a list either" in lines
    assert r"[click\](https://evil.example) \<script>alert(1)\</script> \&amp;" in lines
    assert r"\---" in lines
    assert r"## \## deeper" in lines
    assert "*# a lead*" in lines  # inside emphasis a hash starts nothing
    assert "> “> nested" in lines  # after the opening mark a > starts nothing
    assert "> \\# second paragraph”" in lines
    assert r"> — Ann \| Lee, Head of \*PR\*" in lines
    assert "> the plan was on track" in lines
    assert "> — Bo Renn, Harbour Master (reported)" in lines  # the one speaker line
    assert r"| 3 | over | cells \| pipes | a \| b \| c |" in lines
    assert r"*Image: a \*bold\* caption* — Credit: Desk_1" in lines


def test_markdown_escaping_renders_as_the_text() -> None:
    markdown_it = pytest.importorskip("markdown_it")
    md = markdown_it.MarkdownIt("commonmark").enable("table").enable("strikethrough")
    html = md.render(to_markdown(HOSTILE))
    assert html.count("<h1>") == 1 and html.count("<h2>") == 1  # title and "## deeper" only
    assert "<p># not a heading</p>" in html
    assert "<p>a | b</p>" in html
    assert "<p>[bold]x[/bold]</p>" in html
    assert "<p>**loud** and __init__ and snake_case</p>" in html
    assert "<p>- not a list</p>" in html and "<ul>" not in html and "<ol>" not in html
    assert "<a " not in html and "<script>" not in html and "<hr" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;" in html
    assert "<td>a | b | c</td>" in html and "<td>cells | pipes</td>" in html
    assert "<h2>## deeper</h2>" in html
    assert html.count("<blockquote>") == 2


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("plain words", "plain words"),
        ("> x", r"\> x"),
        ("+ x", r"\+ x"),
        ("===", r"\==="),
        ("2024) x", r"2024\) x"),
        ("`code`", r"\`code\`"),
        ("~~gone~~", r"\~\~gone\~\~"),
        ("![img](x.png)", r"![img\](x.png)"),
        ("[ref]: https://x", r"[ref\]: https://x"),
        ("ends with \\", "ends with \\\\"),
        ("C:\\path stays", "C:\\path stays"),
    ],
)
def test_escape_md(text: str, escaped: str) -> None:
    assert escape_md(text) == escaped


# ------------------------------------------------------------------ text


def test_text_is_wrapped_in_order(library: Library) -> None:
    release = get(library, "a-2024-01-harbour")
    long = Release(
        id="long",
        title=release.title,
        date=release.date,
        summary="word " * 60,
        body=(Paragraph("a fairly long sentence " * 20), Quote("said " * 40, "Ada Quill")),
    )
    for text in (to_text(release, title_resolver(library)), to_text(long)):
        assert max(len(line) for line in text.splitlines()) <= 78
    lines = to_text(long).splitlines()
    assert sum("a fairly long sentence" in line for line in lines) > 5
    assert any(line.startswith("    — Ada Quill") for line in lines)
    text = to_text(release, title_resolver(library))
    lines = text.splitlines()
    assert lines[:2] == [release.title, "=" * len(release.title)]
    assert "    “We want faster checks and fewer surprises.”" in lines
    assert "    — Ada Quill, Minister of Ports" in lines
    assert "[bold]" not in text and "*" not in text and "|" not in text  # no Markdown
    order = [
        text.index("cover 1.200"),
        text.index("What changes"),
        text.index("“We want"),
        text.index("In the first week"),
        text.index("[Image: Scanners at the northern quay — Credit: Test Photo Desk]"),
        text.index("Next: Quarterly port report published"),
    ]
    assert order == sorted(order)


def test_text_stats_table_when_it_fits(library: Library) -> None:
    release = get(library, "a-2024-02-report")
    stats = Stats((Figure("over 5 ships", "over", 5.0, "ships"),), intro="Short")
    text = to_text(Release("s", "T", release.date, body=(stats,)))
    assert "  Value  Qualifier  Unit   As written" in text
    assert "      5  over       ships  over 5 ships" in text


def test_text_reported_speech_has_no_quote_marks() -> None:
    quote = Quote("the plan was on track", "Bo Renn", None, kind="reported")
    text = to_text(Release("r", "T", dt.date(2024, 1, 1), body=(quote,)))
    assert "    the plan was on track" in text.splitlines()
    assert "    — Bo Renn (reported)" in text.splitlines()
    assert "“" not in text


# ------------------------------------------------------------------ JSON


def test_json_adds_paragraph_figures(library: Library) -> None:
    release = get(library, "a-2024-01-harbour")
    data = json.loads(to_json(release, library.resolve_id))
    paragraph = data["body"][0]
    assert paragraph["type"] == "paragraph"
    assert paragraph["figures"] == [
        {"text": "1.200 containers", "qualifier": None, "value": 1200, "unit": "containers"}
    ]
    assert data["body"][3]["items"][0]["value"] == 16000
    assert "figures" not in data["body"][2]  # only paragraphs get them
    assert data["related"] == {
        "previous": None,
        "next": "a-2024-02-report",
        "see_also": ["b-2024-03-budget"],
    }
    shown = release.to_dict(library.resolve_id)
    for item in data["body"]:
        item.pop("figures", None)
    assert data == shown


def test_json_percent_in_english_release(library: Library) -> None:
    data = to_data(get(library, "a-2024-02-report"))
    assert data["body"][0]["figures"] == [
        {"text": "12%", "qualifier": None, "value": 12, "unit": "%"}
    ]


# ------------------------------------------------------------------ citations


def test_citations(library: Library) -> None:
    release = get(library, "a-2024-01-harbour")
    assert citation(release) == (
        "Harbour checks begin at the northern quay. Test Ministry of Ports, 15 January 2024. "
        "https://example.org/a/harbour"
    )
    assert quote_citation(release, release.quotes[0]) == (
        "“We want faster checks and fewer surprises.” — Ada Quill, Minister of Ports. "
        "Test Ministry of Ports, 15 January 2024. https://example.org/a/harbour"
    )
    bare = Release("x", "Is it done?", dt.date(2024, 3, 1))
    assert citation(bare) == "Is it done? 1 March 2024."
    assert quote_citation(bare, Quote("Yes.")) == "“Yes.” — unknown speaker. 1 March 2024."
    reported = Quote("it was done", "Bo Renn", kind="reported")
    assert quote_citation(bare, reported) == "it was done — Bo Renn (reported). 1 March 2024."


# ------------------------------------------------------------------ rows


def test_quote_rows(library: Library) -> None:
    rows = list(quote_rows(matching_releases(library)))
    assert [(r["release_id"], r["speaker"]) for r in rows] == [
        ("b-2024-03-budget", "Cy Marsh"),
        ("a-2024-02-report", "Ada Quill"),
        ("a-2024-02-report", "Bo Renn"),
        ("a-2024-01-harbour", "Ada Quill"),
    ]
    assert rows[1] == {
        "release_id": "a-2024-02-report",
        "date": "2024-02-20",
        "title": "Quarterly port report published",
        "speaker": "Ada Quill",
        "role": "Minister of Ports",
        "kind": "direct",
        "reported": False,
        "text": "The numbers speak for themselves: [bold]record[/bold] traffic.",
        "block": 1,  # a hand-written quote block: its whole text
        "start": 0,
        "end": 62,
        "parts": None,
    }
    assert all(tuple(r) == QUOTE_FIELDS for r in rows)


def test_figure_rows(library: Library) -> None:
    rows = list(figure_rows([get(library, "a-2024-01-harbour")]))
    assert [(r["kind"], r["value"]) for r in rows] == [
        ("text", 1200),
        ("stats", 16000),
        ("stats", 12000000),
        ("stats", 9.5),
    ]
    assert rows[1] == {
        "release_id": "a-2024-01-harbour",
        "date": "2024-01-15",
        "title": "Harbour checks begin at the northern quay",
        "kind": "stats",
        "intro": "In the first week",
        "qualifier": "more than",
        "value": 16000,
        "unit": "containers scanned",
        "text": "mehr als 16.000 containers scanned",
        "sentence": None,  # a bullet is its own text
        "block": 3,
        "start": None,
        "end": None,
    }
    assert rows[0]["intro"] is None and rows[0]["unit"] == "containers"
    assert all(tuple(r) == FIGURE_FIELDS for r in rows)


def test_write_rows_csv_and_json() -> None:
    rows = [
        {"a": 1, "b": None, "c": True, "d": 2.5},
        {"a": 16000, "b": 'say "hi", then\nleave', "c": False, "d": 1e-7},
    ]
    buf = io.StringIO()
    assert write_rows(rows, "csv", buf) == 2
    assert buf.getvalue().splitlines()[:2] == ["a,b,c,d", "1,,true,2.5"]
    back = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert back[1] == {"a": "16000", "b": 'say "hi", then\nleave', "c": "false", "d": "0.0000001"}
    buf = io.StringIO()
    write_rows([], "csv", buf, ("x", "y"))
    assert buf.getvalue() == "x,y\n"
    buf = io.StringIO()
    write_rows(iter(rows), "json", buf)
    assert json.loads(buf.getvalue()) == rows
    with pytest.raises(ValueError):
        write_rows(rows, "xml", io.StringIO())


def test_export_releases_separators(library: Library) -> None:
    one, two = get(library, "a-2024-01-harbour"), get(library, "b-2024-03-budget")
    md = export_releases([one, two], "md")
    assert md == to_markdown(one) + "\n---\n\n" + to_markdown(two)
    txt = export_releases([one, two], "txt")
    assert "\n\n" + "=" * 78 + "\n\n" + two.title + "\n" in txt
    assert isinstance(json.loads(export_releases([one], "json")), dict)
    assert [d["id"] for d in json.loads(export_releases([one, two], "json"))] == [one.id, two.id]


# ------------------------------------------------------------------ commands


def test_cli_export_markdown_to_stdout(store: Path, capsys) -> None:
    code, out, _ = run(capsys, "export", "a-2024-01-harbour", "--data", str(store))
    assert code == 0
    library = Library(store)
    library.refresh()
    assert out == to_markdown(get(library, "a-2024-01-harbour"), title_resolver(library))
    long_line = "| 16,000 | more than | containers scanned | mehr als 16.000 containers scanned |"
    assert long_line in out.splitlines()  # not wrapped or cut by the console


def test_cli_export_to_file(store: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "out" / "release.md"
    code, out, _ = run(
        capsys, "export", "a-2024-02-report", "--data", str(store), "--out", str(target)
    )
    assert code == 0
    assert str(target) in out.replace("\n", "")
    library = Library(store)
    library.refresh()
    expected = to_markdown(get(library, "a-2024-02-report"), title_resolver(library))
    assert target.read_text(encoding="utf-8") == expected
    assert [p.name for p in target.parent.iterdir()] == ["release.md"]  # no .tmp left


def test_cli_export_json_and_txt(store: Path, tmp_path: Path, capsys) -> None:
    code, out, _ = run(
        capsys, "export", "a-2024-01-harbour", "--format", "json", "--data", str(store)
    )
    data = json.loads(out)
    assert code == 0 and data["body"][0]["figures"][0]["value"] == 1200
    assert data["related"]["next"] == "a-2024-02-report"
    code, out, _ = run(
        capsys, "export", "b-2024-03-budget", "--format", "txt", "--data", str(store)
    )
    assert code == 0 and out.startswith("City budget adds money for night buses\n===")


def test_cli_export_several(store: Path, capsys) -> None:
    ids = ("b-2024-03-budget", "a-2024-02-report")
    code, out, _ = run(capsys, "export", *ids, "--data", str(store))
    assert code == 0
    assert out.count("\n---\n") == 1
    assert out.index("# City budget") < out.index("# Quarterly port report")
    code, out, _ = run(capsys, "export", *ids, "--format", "json", "--data", str(store))
    assert [d["id"] for d in json.loads(out)] == list(ids)
    code, out, _ = run(capsys, "export", *ids, "--format", "txt", "--data", str(store))
    assert "=" * 78 in out.splitlines()


def test_cli_export_unknown_id(store: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "never.md"
    code, out, err = run(
        capsys, "export", "a-2024-01-harbour", "nope", "--data", str(store), "--out", str(target)
    )
    assert code == 1
    assert "'nope'" in err and out == ""
    assert not target.exists() and list(tmp_path.glob("*.tmp")) == []


def test_cli_quotes_csv(store: Path, capsys) -> None:
    code, out, _ = run(capsys, "quotes", "--data", str(store))
    assert code == 0
    assert out.splitlines()[0] == ",".join(QUOTE_FIELDS)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["speaker"] for r in rows] == ["Cy Marsh", "Ada Quill", "Bo Renn", "Ada Quill"]
    assert rows[1]["text"] == "The numbers speak for themselves: [bold]record[/bold] traffic."
    assert rows[1]["date"] == "2024-02-20" and rows[1]["reported"] == "false"


def test_cli_quotes_json_with_query(store: Path, capsys) -> None:
    code, out, _ = run(capsys, "quotes", "port", "report", "--format", "json", "--data", str(store))
    rows = json.loads(out)
    assert code == 0
    assert [(r["speaker"], r["role"]) for r in rows] == [
        ("Ada Quill", "Minister of Ports"),
        ("Bo Renn", "Harbour Master"),
    ]
    assert {r["release_id"] for r in rows} == {"a-2024-02-report"}


def test_cli_figures_csv_query(store: Path, capsys) -> None:
    code, out, _ = run(capsys, "figures", "night", "bus", "--data", str(store))
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["release_id"] for r in rows} == {"b-2024-03-budget"}
    stats = [r for r in rows if r["kind"] == "stats"]
    assert [r["value"] for r in stats] == ["1000", "2100000000", "40"]
    assert stats[0]["qualifier"] == "over" and stats[0]["unit"] == "extra trips a month"


def test_cli_figures_json_all_newest_first(store: Path, capsys) -> None:
    code, out, _ = run(capsys, "figures", "--format", "json", "--data", str(store))
    rows = json.loads(out)
    assert code == 0
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates, reverse=True)
    harbour = [r for r in rows if r["release_id"] == "a-2024-01-harbour"]
    assert harbour[0] == {
        "release_id": "a-2024-01-harbour",
        "date": "2024-01-15",
        "title": "Harbour checks begin at the northern quay",
        "kind": "text",
        "intro": None,
        "qualifier": None,
        "value": 1200,
        "unit": "containers",
        "text": "1.200 containers",
        "sentence": "The ministry said the checks would run for six weeks and cover 1.200 "
        "containers a day.",
        "block": 0,
        "start": 63,
        "end": 79,
    }
    assert 9.5 in [r["value"] for r in harbour]


def test_cli_rows_no_match(store: Path, capsys) -> None:
    code, out, err = run(capsys, "figures", "zebra", "--data", str(store))
    assert code == 0 and out == ",".join(FIGURE_FIELDS) + "\n" and "No releases match" in err
    code, out, _ = run(capsys, "quotes", "zebra", "--format", "json", "--data", str(store))
    assert code == 0 and json.loads(out) == []


def test_export_does_not_import_rich_or_textual() -> None:
    import subprocess
    import sys

    code = (
        "import sys, pressreader.formats, pressreader.formats.rows, pressreader.formats.citation\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'rich'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_related_is_unused_when_empty() -> None:
    release = Release("x", "T", dt.date(2024, 1, 1), related=Related())
    assert "Related" not in to_markdown(release) and "Related" not in to_text(release)
