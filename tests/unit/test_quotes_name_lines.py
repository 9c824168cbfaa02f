"""A quotation signed by a line holding only its speaker, office first and with no dash (as
Yukon's news releases do), in sentences of our own."""

from __future__ import annotations

from pressreader.importers.text import read_text
from pressreader.quotes import analyse_quotes
from pressreader.quotes.attribution import name_line


def test_a_line_of_office_and_name_signs_the_quotation_above() -> None:
    found = analyse_quotes(
        [
            "“The new ferry ramp means nobody waits for the ice road again.”",
            "Minister of Highways Ansel Torvik-Brann",
            "“Our elders crossed this river by boat; our grandchildren will drive across.”",
            "Chief Wilma Tessaro-Quill of the Kelso River First Nation",
        ],
        ("T", ""),
    )[0]
    assert [(q.speaker, q.role) for q in found] == [
        ("Ansel Torvik-Brann", "Minister of Highways"),
        ("Wilma Tessaro-Quill", "Chief of the Kelso River First Nation"),
    ]


def test_a_headline_or_a_sentence_is_no_name_line() -> None:
    assert name_line("Minister Ansel Torvik-Brann opens the ferry ramp") is None
    assert name_line("Quick facts") is None
    assert name_line("Ansel Torvik-Brann said the ramp is ready.") is None


def test_the_text_reader_keeps_the_name_line_a_paragraph() -> None:
    doc = read_text(
        "Ferry ramp opens at Kelso Crossing\n\nThe ramp opened on Monday after two years of "
        "work on the river bank.\n\n“Nobody waits for the ice road again.”\n\n"
        "Minister of Highways Ansel Torvik-Brann\n\nThe ferry runs from May to October.\n",
        "ramp.txt",
    )
    assert [b.kind for b in doc.blocks if "Torvik" in b.text] == ["p"]
