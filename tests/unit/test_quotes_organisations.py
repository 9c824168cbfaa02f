"""Organisations that speak as themselves (a union, a council, an association): their whole name is
the speaker, with no role, and "she said" never means them. Sentences of our own."""

from __future__ import annotations

from pressreader.quotes import analyse_quotes


def _said(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    found = analyse_quotes(list(paragraphs), ("Harbour upgrade funded", ""))[0]
    return [(q.text.split()[0], q.speaker, q.role) for q in found]


def test_a_union_named_with_of_is_the_whole_speaker() -> None:
    assert _said(
        "Here is what they are saying:",
        "Amalgamated Dock Workers of Norland: “Our members have waited a decade for cranes that "
        "do not break down every winter.”",
    ) == [("Our", "Amalgamated Dock Workers of Norland", None)]


def test_a_union_local_after_said_keeps_its_number() -> None:
    assert _said(
        "“Every welder on this pier will be paid the going rate,” said the Harbour Crews Union "
        "Local 412 in a statement."
    ) == [("Every", "Harbour Crews Union Local 412", None)]


def test_a_comment_from_a_council_names_the_council() -> None:
    assert _said(
        "Comment from the Lowmarsh Fishers Council:",
        "“We will hold the port to its promise that the slipway stays open to small boats.”",
    ) == [("We", "Lowmarsh Fishers Council", None)]


def test_a_german_union_with_its_acronym_is_named_without_it() -> None:
    assert _said(
        "Die Gewerkschaft Hafen und Fähre (GHF) begrüßte den Plan: „Endlich wird in die Kais "
        "investiert, nicht nur in Gutachten.“"
    ) == [("Endlich", "Gewerkschaft Hafen und Fähre", None)]


def test_she_said_skips_an_organisation_named_last() -> None:
    assert _said(
        "Harbour Minister Petra Vandersloot said: “This pier will carry the island for fifty "
        "years.”",
        "The Minister added that she had met the Lowmarsh Fishers Council twice.",
        "“They told us what they needed and we listened,” she said.",
        "The Lowmarsh Fishers Council welcomed the plan, calling it “the best news for the "
        "harbour in years”.",
    ) == [
        ("This", "Petra Vandersloot", "Harbour Minister"),
        ("They", "Petra Vandersloot", "Harbour Minister"),
        ("the", "Lowmarsh Fishers Council", None),
    ]


def test_a_person_with_a_union_office_is_still_the_person() -> None:
    assert _said(
        "“We will be watching the tender closely,” said Union President Jo Marrick-Lund."
    ) == [("We", "Jo Marrick-Lund", "Union President")]


def test_a_joint_statement_of_companies_names_them_all() -> None:
    assert _said(
        "Joint Statement of Norvik, Halden Motors, and Tessaro: “Together we will put 40,000 "
        "electric buses on the road by 2030.”",
        "Joint Statement of Kestrel, Pellmark, and Ostwind",
        "“We are proud to build the depots where those buses will charge.”",
    ) == [
        ("Together", "Norvik, Halden Motors, and Tessaro", None),
        ("We", "Kestrel, Pellmark, and Ostwind", None),
    ]


def test_a_joint_statement_of_two_people_credits_neither() -> None:
    assert (
        _said(
            "Joint Statement of Minister Ada Quillfeather and Minister Bo Renwick-Lamb: “We will "
            "open the border crossing again on Monday.”"
        )
        == []
    )


def test_roundup_bodies_are_named_whole() -> None:
    from pressreader.quotes.organisations import organisation

    assert organisation("City of Brannock, MN") == "City of Brannock"
    assert (
        organisation("Orris County Board of Commissioners") == "Orris County Board of Commissioners"
    )
    assert organisation("Tarvey Municipal League and Tarvey Association of Counties") == (
        "Tarvey Municipal League and Tarvey Association of Counties"
    )
    assert organisation("Coastal Mayors’ Association") == "Coastal Mayors’ Association"
    assert organisation("County Executive Jo Tarvey") is None
    assert organisation("Brenmoor Health and Science University") == (
        "Brenmoor Health and Science University"
    )
    assert organisation("U.S. Conference of Harbor Masters") == "U.S. Conference of Harbor Masters"
    assert organisation("Idris Vantongeren of Brenmoor University") is None
    assert organisation("County Librarian Maeve Dunleavy-Orr") is None
    assert (
        organisation("Association of Rural Heat Networks") == "Association of Rural Heat Networks"
    )


def test_members_tagged_with_party_and_state_before_a_colon_are_named() -> None:
    assert _said(
        "Here is what they are saying:",
        "Senator Marla Quennell (D-OR): “The harbor towns have asked for this for ten years, and "
        "now the cranes are coming.” [Tweet, 6/2/22]",
        "Rep. Tobias Arnhem (D-CA-12): “Every fishing family on the coast will feel this.”",
    ) == [("The", "Marla Quennell", "Senator"), ("Every", "Tobias Arnhem", "Rep.")]


def test_a_centre_is_found_by_its_whole_name_not_its_last_word() -> None:
    assert _said(
        "Here is what they are saying:",
        "Marsh Reading Center: “Libraries on the coast will stay open on Sundays this winter.”",
        "Upland Housing Research Center (UHRC): “Rents in the river towns rose faster than "
        "wages for the fifth year running.” [Tweet, 6/2/22]",
    ) == [
        ("Libraries", "Marsh Reading Center", None),
        ("Rents", "Upland Housing Research Center", None),
    ]


def test_a_body_named_with_for_is_the_whole_speaker_not_a_headline_person() -> None:
    # "Alliance for Safer Lanes" is one body; the headline's "Opens Depots" is no person's name
    found = analyse_quotes(
        [
            "Cycling groups on the new depots:",
            "Alliance for Safer Lanes: “Riders have asked for covered parking for years, and now "
            "they will have it.”",
        ],
        ("Agency Opens Depots", ""),
    )[0]
    assert [(q.speaker, q.role) for q in found] == [("Alliance for Safer Lanes", None)]
