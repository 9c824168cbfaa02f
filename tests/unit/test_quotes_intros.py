"""Introductions of a speaker before their words, in several house styles, in invented words."""

from __future__ import annotations

from pressreader.quotes import analyse_quotes


def _said(paragraphs: list[str], title: str = "Harbour news") -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyse_quotes(paragraphs, (title, ""))[0]]


def test_statement_of_a_person_before_the_quote_and_a_joint_statement_of_none() -> None:
    paragraphs = [
        "Today, ferry operators released statements on the new harbour dues:",
        "Statement of Tarrow Ferries Chair Wilma Ostrander: “We will keep every winter sailing "
        "running.”",
        "Joint Statement of Ardent, Baywell, and Corra: “Our crews welcome the lower dues.”",
    ]
    assert _said(paragraphs) == [("We will keep every winter sailing running.", "Wilma Ostrander")]
