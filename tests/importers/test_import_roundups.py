"""Roundup and readout layouts in our own words: a speaker's line set as a heading over the
quotation, a joint statement of two named people, "then-Senator", and a late office holder."""

from __future__ import annotations

from pressreader.importers.assemble import assemble
from pressreader.importers.text import read_text
from pressreader.quotes import analyse_quotes

ROUNDUP = """WHAT THEY ARE SAYING: Mayors Back the Ferry Plan

DECEMBER 1, 2022 • STATEMENTS AND RELEASES

Mayors

Mayor Orla Stenhouse of Kettle Bay and Mayor Ivo Brandt of Pike Harbor, Maine, in a joint statement: “Our two towns share one ferry and one waiting list. We are ready to build the second dock.” [Statement, 11/30/22]

Mayor Celia Ashgrove, Tolland Falls, Vermont
“Every crossing we add is an hour a nurse gets back with her kids. That is why mayors of both parties back it.” [Interview, Tolland Radio, 11/30/22]

Labor Leaders

Dmitri Halvorsen, President, Ferry Workers Local 12: “Our crews have waited a long time for this.” [Statement, 11/30/22]
"""


def quotes_of(text: str) -> list[tuple[str, str | None, str | None]]:
    release = assemble(read_text(text, "roundup.txt"))
    return [(q.text.split()[0], q.speaker, q.role) for q in release.quotes]


def test_a_heading_line_signs_the_quotation_below_it() -> None:
    assert ("Every", "Celia Ashgrove", "Mayor, Tolland Falls, Vermont") in quotes_of(ROUNDUP)


def test_a_joint_statement_of_two_named_people_has_no_one_speaker() -> None:
    found = quotes_of(ROUNDUP)
    assert ("Our", None, None) in found  # the two mayors together
    assert [s for w, s, _ in found if w == "Our"] == [None, "Dmitri Halvorsen"]


def test_then_senator_is_an_office_of_the_past() -> None:
    found = analyse_quotes(
        [
            "The bill’s first sponsor, then-Representative Marit Oyelowo, told the House that "
            "spring: “I am not asking for a clinic in every town.”"
        ],
        ("Statement from the President on the Rural Clinics Act", ""),
    )[0]
    assert [q.speaker for q in found] == ["Marit Oyelowo"]
    assert found[0].role and found[0].role.startswith("then-Representative")


def test_the_late_prime_minister_holds_the_office_no_more() -> None:
    found = analyse_quotes(
        [
            "The President met today with Prime Minister Ragnar Holmquist of Vestmark. The "
            "President recalled the treaty the late Prime Minister Tor Ekdahl signed in 1992, "
            "that the two countries were “neighbors across the ice.”",
            "“We came to say thank you,” the Prime Minister told the President.",
        ],
        ("Readout of the President’s Meeting with Prime Minister Ragnar Holmquist", ""),
    )[0]
    assert [q.speaker for q in found if q.text.startswith("We came")] == ["Ragnar Holmquist"]


def test_she_of_an_unnamed_grandmother_is_no_one_named() -> None:
    found = analyse_quotes(
        [
            "President Anselm Varga met the delegation today. The President noted that his own "
            "grandmother had sailed from Vestmark as a girl and that she used to tell him, “The "
            "cold makes you honest.”"
        ],
        ("Readout of the President’s Meeting", ""),
    )[0]
    assert [(q.text, q.speaker or None) for q in found] == [("The cold makes you honest.", None)]
