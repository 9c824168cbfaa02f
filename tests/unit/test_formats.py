"""Every block kind and every annotation kind through every writer (pressreader.formats)."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import re

import pytest
from rich.console import Console, Group
from rich.text import Text

from pressreader.formats import common, export_releases
from pressreader.formats import markdown as md_writer
from pressreader.formats import rich as rich_writer
from pressreader.formats import text as text_writer
from pressreader.formats.citation import citation, quote_citation
from pressreader.formats.json import to_data, to_json
from pressreader.formats.rows import QUOTE_FIELDS, figure_rows, quote_rows, write_rows
from pressreader.model import (
    Figure,
    Heading,
    Image,
    Mark,
    Paragraph,
    Quote,
    Related,
    Release,
    Stats,
)
from pressreader.text import clean


def _para(text: str, *marks: tuple[str, str | None, str | None, str, bool]) -> Paragraph:
    """A paragraph with marks given by their words (found in order, as the store does)."""
    found, cursor = [], 0
    for words, speaker, role, kind, continues in marks:
        start = text.index(words, cursor)
        found.append(Mark(start, start + len(words), speaker, role, kind, continues))
        cursor = start + len(words)
    return Paragraph(text, tuple(found))


ADA, BO, CY = ("Ada Quill", "Minister of Ports"), ("Bo Renn", "Harbour Master"), ("Cy Marsh", None)
PLAIN = (
    "Plain words with [bold]x[/bold] and an \x1b[31mescape\x1b[0m in them, 1,200 containers a day."
)
BODY = (
    Paragraph(PLAIN),  # 0: no marks
    _para(
        "“We want faster checks,” said Ada Quill.", ("We want faster checks", *ADA, "direct", False)
    ),
    _para(  # 2: a direct quote split by its attribution
        "“The numbers are good,” Bo Renn said, “and they will get better.”",
        ("The numbers are good", *BO, "direct", False),
        ("and they will get better.", *BO, "direct", True),
    ),
    _para(  # 3: reported speech
        "Cy Marsh said the plan was on track and would be finished by May.",
        ("the plan was on track and would be finished by May", *CY, "reported", False),
    ),
    _para(
        "MS. PSAKI: Good afternoon, everyone.",
        ("Good afternoon, everyone.", "Jen Psaki", "Press Secretary", "turn", False),
    ),
    _para(
        "We have two announcements today.",
        ("We have two announcements today.", "Jen Psaki", "Press Secretary", "turn", True),
    ),
    _para(
        "Q: Can you say more about the plan?",
        ("Can you say more about the plan?", None, "Reporter", "turn", False),
    ),
    Quote("We stay on course.", *ADA),  # 7
    Quote("the harbour would reopen soon", *BO, kind="reported"),
    Quote("Thank you all for coming.", "Jen Psaki", None, kind="turn"),
    Heading("What changes"),  # 10
    Stats(
        (
            Figure(
                "more than 16,000 containers scanned", "more than", 16000.0, "containers scanned"
            ),
            Figure(
                "9,5 tonnes of contraband were found", None, 9.5, "tonnes of contraband were found"
            ),
        ),
        intro="In the first week",
    ),
    Image("Scanners at the quay", "Test Photo Desk"),
)
RELEASE = Release(
    id="every-kind",
    title="Every [bold]kind[/bold] \x1b]0;PWNED\x07of block",
    date=dt.date(2024, 1, 15),
    source="Test Office",
    lang="en",
    summary="A lead.",
    body=BODY,
    related=Related(previous="prev-id", next="Next release", see_also=("other",)),
)
PARAGRAPHS = [b.text for b in BODY if isinstance(b, Paragraph)]
SPEAKERS = ("Ada Quill", "Bo Renn", "Cy Marsh", "Jen Psaki")
REPORTED = ("the plan was on track", "the harbour would reopen soon")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _rich(release: Release = RELEASE, **console: object) -> str:
    out = Console(file=io.StringIO(), width=400, **{"color_system": None, **console})
    out.print(rich_writer.release_renderable(release, lambda ref: None))
    return out.file.getvalue()


def _markdown_as_read() -> str:
    """The Markdown as a reader sees it: rendered, tags dropped, entities decoded."""
    markdown_it = pytest.importorskip("markdown_it")
    rendered = (
        markdown_it.MarkdownIt("commonmark").enable("table").render(md_writer.to_markdown(RELEASE))
    )
    rendered = re.sub(r"</?(em|strong)>", "", rendered)  # inline: no space added
    return html.unescape(re.sub(r"<[^>]+>", " ", rendered))


def _documents() -> dict[str, str]:
    return {
        "rich": _rich(),
        "markdown": _markdown_as_read(),
        "text": text_writer.to_text(RELEASE),
    }


def test_every_writer_dispatches_over_every_block_kind() -> None:
    kinds = {kind for kind, _, _ in common.walk(RELEASE)}
    assert kinds == set(common.BLOCK_KINDS)
    for writer in (rich_writer, md_writer, text_writer):
        assert set(writer.WRITERS) == set(common.BLOCK_KINDS), writer.__name__
    marked = {m.kind for b in BODY if isinstance(b, Paragraph) for m in b.marks}
    assert marked == {"direct", "reported", "turn"} == {q.kind for q in RELEASE.quotes}
    assert set(rich_writer.SPAN_STYLES) >= marked | {common.LABEL}


@pytest.mark.parametrize("writer", ["rich", "markdown", "text"])
def test_paragraphs_verbatim_speakers_and_literal_text(writer: str) -> None:
    doc = _documents()[writer]
    flat = _flat(doc)
    for text in PARAGRAPHS:  # every word, as written (control sequences removed)
        assert _flat(clean(text)) in flat, (writer, text)
    for speaker in SPEAKERS:
        assert speaker in doc, (writer, speaker)
    assert "— Jen Psaki, Press Secretary" in doc  # the name adds to "MS. PSAKI:"
    assert "— Reporter" not in doc  # "Q:" says all there is
    assert "— Cy Marsh (reported)" in doc and "— Bo Renn, Harbour Master (reported)" in doc
    for words in REPORTED:  # reported speech: no quotation marks added
        assert words in doc and f"“{words}" not in doc
    assert "“We stay on course.”" in doc  # a hand-written direct quote gets them
    assert "“Thank you all for coming" not in doc  # a turn does not
    assert "[bold]x[/bold]" in doc and "Every [bold]kind[/bold]" in doc
    assert "\x1b" not in doc and "PWNED" not in doc  # an OSC sequence goes whole
    assert "an escape in them" in doc  # a CSI goes, the words around it stay
    assert "15 January 2024" in doc
    assert "16,000" in doc and "9.5" in doc  # one value format everywhere


def test_rich_styles_the_marked_spans() -> None:
    parts = list(rich_writer.body_renderables(RELEASE))

    def styled(needle: str) -> set[str]:
        for part in parts:
            texts = part.renderables if isinstance(part, Group) else [part]
            for text in texts:
                if isinstance(text, Text) and needle in text.plain:
                    at = text.plain.index(needle)
                    return {
                        str(span.style)
                        for span in text.spans
                        if span.start <= at and at + len(needle) <= span.end
                    }
        raise AssertionError(needle)

    assert "italic cyan" in styled("We want faster checks")
    assert "italic cyan" in styled("and they will get better.")
    assert "underline" in styled("the plan was on track")
    assert "bold" in styled("MS. PSAKI:")
    assert not styled("said Ada Quill")  # the release's own words stay plain
    styled_out = _rich(force_terminal=True, color_system="truecolor")
    assert "\x1b[31m" not in styled_out and "\x1b]0;" not in styled_out


def test_rich_limit_cuts_a_marked_paragraph() -> None:
    parts = list(rich_writer.body_renderables(RELEASE, limit=rich_writer.Limit(chars=120)))
    out = Console(file=io.StringIO(), width=200, color_system=None)
    out.print(Group(*parts))
    shown = out.file.getvalue()
    assert "more block(s) not shown" in shown and "Ada Quill" in shown


def test_json_keeps_text_and_gives_quote_offsets() -> None:
    data = json.loads(to_json(RELEASE))
    assert "\x1b" not in to_json(RELEASE)
    for block, item in zip(BODY, data["body"], strict=True):
        if isinstance(block, Paragraph):
            assert item["text"] == block.text and "figures" in item
            assert [m["start"] for m in item.get("marks", [])] == [m.start for m in block.marks]
    assert 1200 in [f["value"] for f in data["body"][0]["figures"]]
    quotes = data["quotes"]
    assert [q["kind"] for q in quotes] == ["direct", "direct", "reported", "turn", "turn"] + [
        "direct",
        "reported",
        "turn",
    ]
    for quote in quotes:
        parts = quote.get("parts") or [quote]
        words = [data["body"][p["block"]]["text"][p["start"] : p["end"]] for p in parts]
        if len(parts) == 1:
            assert words[0] == quote["text"]
        else:
            assert all(w in quote["text"] for w in words)
    split = quotes[1]
    assert split["text"] == "The numbers are good … and they will get better."
    assert [p["block"] for p in split["parts"]] == [2, 2]
    turn = quotes[3]
    assert turn["speaker"] == "Jen Psaki" and [p["block"] for p in turn["parts"]] == [4, 5]
    assert quotes[4]["speaker"] is None and quotes[4]["role"] == "Reporter"
    assert to_data(RELEASE)["date"] == "2024-01-15"


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_quote_rows_point_at_the_words(fmt: str) -> None:
    buf = io.StringIO()
    assert write_rows(quote_rows([RELEASE]), fmt, buf, QUOTE_FIELDS) == 8
    rows = (
        json.loads(buf.getvalue())
        if fmt == "json"
        else list(csv.DictReader(io.StringIO(buf.getvalue())))
    )
    for row, ref in zip(rows, RELEASE.quotes, strict=True):
        block, start, end = (int(row[k]) for k in ("block", "start", "end"))
        assert (block, start, end) == ref.parts[0]
        assert row["text"] == ref.text and row["kind"] == ref.kind
        if len(ref.parts) == 1:
            assert BODY[block].text[start:end] == row["text"]
        else:
            parts = row["parts"] if fmt == "json" else json.loads(row["parts"])
            assert [(p["block"], p["start"], p["end"]) for p in parts] == list(ref.parts)
    assert [row["speaker"] or None for row in rows] == [
        "Ada Quill",
        "Bo Renn",
        "Cy Marsh",
        "Jen Psaki",
        None,
        "Ada Quill",
        "Bo Renn",
        "Jen Psaki",
    ]


def test_figure_rows_short_unit_and_sentence() -> None:
    rows = list(figure_rows([RELEASE]))
    text = [r for r in rows if r["kind"] == "text" and r["value"] == 1200]
    assert text[0]["value"] == 1200 and text[0]["block"] == 0
    assert PLAIN[text[0]["start"] : text[0]["end"]] == text[0]["text"]
    assert text[0]["sentence"] == _flat(clean(PLAIN))
    stats = [r for r in rows if r["kind"] == "stats"]
    assert [(r["value"], r["unit"]) for r in stats] == [
        (16000, "containers scanned"),
        (9.5, "tonnes of contraband"),  # the counted noun phrase, not the clause
    ]
    assert (
        stats[1]["text"] == "9,5 tonnes of contraband were found" and stats[1]["sentence"] is None
    )


def test_citations_from_the_annotations() -> None:
    assert citation(RELEASE).startswith(
        "Every [bold]kind[/bold] of block. Test Office, 15 January 2024."
    )
    cites = [quote_citation(RELEASE, quote) for quote in RELEASE.quotes]
    assert cites[0].startswith("“We want faster checks” — Ada Quill, Minister of Ports.")
    assert cites[1].startswith("“The numbers are good … and they will get better.” — Bo Renn")
    assert cites[2].startswith(
        "the plan was on track and would be finished by May — Cy Marsh (reported). "
    )
    assert cites[4].startswith("“Can you say more about the plan?” — Reporter.")
    assert cites[6].startswith(
        "the harbour would reopen soon — Bo Renn, Harbour Master (reported)."
    )
    assert all("\x1b" not in c and "15 January 2024" in c for c in cites)


def test_exports_of_several_and_helpers() -> None:
    md = export_releases([RELEASE, RELEASE], "md")
    assert md.count("\n---\n") == 1 and "\x1b" not in md
    assert json.loads(export_releases([RELEASE], "json"))["id"] == "every-kind"
    assert rich_writer.format_value is common.format_value
    assert common.format_value(1 / 3) == "0.333333" and common.format_value(2e9) == "2,000,000,000"
    guessed = Release("g", "T", dt.date(2024, 3, 1), date_certain=False)
    assert "1 March 2024 (date uncertain — check it)" in _rich(guessed)
    assert "1 March 2024 (date uncertain)" in text_writer.to_text(guessed)
    assert common.speaker_line(Quote("x")) == "— unknown speaker"


def test_a_transcript_turns_further_paragraph_is_indented_in_plain_text() -> None:
    lines = text_writer.to_text(RELEASE).splitlines()
    (further,) = [line for line in lines if "We have two announcements today." in line]
    (first,) = [line for line in lines if "Good afternoon, everyone." in line]
    assert further.startswith("  ") and not first.startswith(" ")
