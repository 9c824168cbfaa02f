"""An office in lower case between a body and a name ("Harbour Pilots Service director Jo Roe",
"Port of Kell chief executive Jo Roe"): the person is the speaker, the body and office the role.
Sentences of our own."""

from __future__ import annotations

from pressreader.quotes import analyse_quotes


def _said(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    found = analyse_quotes(list(paragraphs), ("Pilot boats replaced", ""))[0]
    return [(q.text.split()[0], q.speaker, q.role) for q in found]


def test_said_a_body_and_a_lower_case_office_before_the_name() -> None:
    assert _said(
        "Two new pilot boats will enter service in spring.",
        "“The old boats were older than most of our crews,” said Harbour Pilots Service "
        "director Edda Marrick-Lund.",
    ) == [("The", "Edda Marrick-Lund", "Harbour Pilots Service director")]


def test_a_quotation_after_a_body_chief_executive_says() -> None:
    assert _said(
        "Port of Kellwater chief executive Tomas Ferreira-Holt says the boats will cut waiting "
        "times for ships.",
        "“Ships wait less, crews sleep more, and the harbour earns its keep.”",
    ) == [("Ships", "Tomas Ferreira-Holt", "Port of Kellwater chief executive")]
