"""A place around a speaker's office and name: "Kellwater, Maine Mayor Jo Roe:" (the town and state
are the office's) and "sagte Ministerin Jo Roe in Kiel" (where she spoke, no part of her name).
Sentences of our own."""

from __future__ import annotations

from pressreader.marks import find_marks
from pressreader.quotes import analyse_quotes


def _said(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    found = analyse_quotes(list(paragraphs), ("Ferry landing rebuilt", ""))[0]
    return [(q.text.split()[0], q.speaker, q.role) for q in found]


def test_a_town_and_state_before_the_office_belong_to_the_role() -> None:
    assert _said(
        "Here is what local leaders are saying:",
        "Kellwater Falls, Maine Mayor Ottilie Brandvold-Shaw: “Our ferry landing has been held "
        "together with rope and prayer for a decade.”",
    ) == [("Our", "Ottilie Brandvold-Shaw", "Kellwater Falls, Maine Mayor")]


def test_the_city_where_a_minister_spoke_is_not_her_name() -> None:
    assert _said(
        "„Kein Anleger bleibt ohne Fähre“, sagte Bundesministerin Wiebke Tornquist-Adeyemi in Kiel."
    ) == [("Kein", "Wiebke Tornquist-Adeyemi", "Bundesministerin")]


def test_quotes_attributed_to_a_name_then_an_office_and_a_unit() -> None:
    marks, _ = find_marks(
        [
            "Quotes can be attributed to Mereana Holt-Fairbairn, Director Coastal Fisheries:",
            "We have talked to every fishing club on the coast and most of them want the limit.",
        ]
    )
    assert [(m.speaker, m.role) for m in marks.get(1, [])] == [
        ("Mereana Holt-Fairbairn", "Director Coastal Fisheries")
    ]


def test_a_region_after_a_presidents_office_is_no_persons_name() -> None:
    assert _said(
        "Addressing the assembly, Jorunn Vasquez-Hale (SE/Greens), President of the Upper Kelvik "
        "Region, said the ferries were full. “Every ferry we fund now saves a bridge later,” she "
        "said."
    ) == [("Every", "Jorunn Vasquez-Hale", None)]


def test_a_members_party_in_brackets_does_not_hide_her_name() -> None:
    assert _said(
        "The rapporteur, Odile Marchetti-Brun (IT/S&D), Mayor of Varenta, said: “Our harbour "
        "floods twice a winter now.”"
    ) == [("Our", "Odile Marchetti-Brun", "Mayor of Varenta")]


def test_a_party_and_country_in_brackets_before_said() -> None:
    assert _said(
        "Rapporteur Tadhg Okonkwo-Berg (EPP, FI) said: “A sleeper coach is not a waiting room.”"
    ) == [("A", "Tadhg Okonkwo-Berg", "Rapporteur")]


def test_a_members_letters_ms_after_her_name_are_not_a_title() -> None:
    assert _said(
        "Gwenllian Ashdown-Rees MS, Chair of the Committee, said: “The last bus leaves too early.”"
    ) == [("The", "Gwenllian Ashdown-Rees", "Chair of the Committee")]


def test_an_agencys_numbered_region_is_part_of_the_office_before_the_name() -> None:
    assert _said(
        "“The river will be clean within five years,” said EPA Region 9 Acting Regional "
        "Administrator Corentin Abara-Lund."
    ) == [("The", "Corentin Abara-Lund", "EPA Region 9 Acting Regional Administrator")]
