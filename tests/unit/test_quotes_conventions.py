"""House-style conventions of attribution, each in invented words."""

from __future__ import annotations

from pressreader.quotes import analyse_quotes, tidy_name


def _said(paragraphs: list[str], title: str = "Harbour news") -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyse_quotes(paragraphs, (title, ""))[0]]


def test_where_a_speaker_works_is_no_name() -> None:
    found = _said(
        ["“We will find whoever broke the gates,” said Sergeant Ula Brenn, of Kestle CID."]
    )
    assert found == [("We will find whoever broke the gates", "Ula Brenn")]


def test_a_so_called_phrase_is_a_name_not_words() -> None:
    found = _said(["Mayor Ivo Dask says families on the so-called “blue lanes” will move first."])
    assert found == []


def test_a_body_of_officers_and_a_name_in_single_quotes_are_no_people() -> None:
    paragraphs = [
        "“The bridge opens at dawn,” said Councillor Rhea Oban.",
        "Inspector Bea Lomax thanked the Tarrow Bay Harbour Wardens and the Old Quay Fire Officers.",
        "“They kept the crowds safe all night long,” she said.",
        "The Councillor said the 'Safer Quays' patrols would go on all summer.",
    ]
    found = analyse_quotes(paragraphs, ("Bridge opens", ""))[0]
    assert [q.speaker for q in found] == ["Rhea Oban", "Bea Lomax"]
    people = analyse_quotes(paragraphs, ("Bridge opens", ""))[1]
    assert not any(p.name.endswith(("Officers", "Quays", "Quays'")) for p in people.known)


def test_a_place_or_a_law_is_no_name() -> None:
    assert tidy_name("Kellan Point") is None
    assert tidy_name("Harbour Dues Act") is None
    assert tidy_name("Bo Kellan") == "Bo Kellan"


def test_the_expert_is_the_special_rapporteur() -> None:
    paragraphs = [
        "“Fishers were given two days to leave,” said Ama Tiller, the Special Rapporteur on housing.",
        "“A move without consultation is an eviction,” the expert said.",
    ]
    assert [s for _, s in _said(paragraphs)] == ["Ama Tiller", "Ama Tiller"]


def test_two_offices_held_at_once_and_an_irish_name() -> None:
    paragraphs = [
        "The Tánaiste and Minister for Ports, Ciarán Ó Dálaigh TD, opened the pier today.",
        "“This pier will pay its way within ten years,” the Tánaiste said.",
    ]
    assert [s for _, s in _said(paragraphs)] == ["Ciarán Ó Dálaigh"]


def test_a_minister_of_state_named_by_title_and_surname_is_who_she_follows() -> None:
    paragraphs = [
        "“The pier is finished,” said Tomasz Welk, chair of the harbour board.",
        "The Minister of State for Islands, Orla Penn TD, opened it.",
        "Minister of State Penn said ferries would call twice a day from May onwards.",
        "“No island will wait a whole day for a boat again,” she said.",
    ]
    assert [s for _, s in _said(paragraphs)][-1] == "Orla Penn"


def test_a_statement_in_the_first_person_introduces_a_quote_but_not_a_phrase() -> None:
    paragraphs = [
        "Tonight I want to thank every volunteer who filled sandbags along the quay.",
        "I have asked the board to free the sea wall plan, stuck in “legal fog” for years.",
        "To the families coming back tomorrow, I say: “Welcome home.”",
    ]
    found = _said(paragraphs, "Statement by Harbour Commissioner Nell Varga on the floods")
    assert found == [("Welcome home.", "Nell Varga")]


def test_the_secretary_is_the_one_named_last_not_the_one_the_release_names_later() -> None:
    paragraphs = [
        "Trade Secretary Wren Olsby toured the new dock on Monday.",
        "“We let the yards go quiet for too long,” the secretary said.",
        "Housing Secretary Pia Marr visited the estate on Tuesday to open forty new homes.",
        "“Every family here has a key now,” the secretary said.",
    ]
    assert _said(paragraphs) == [
        ("We let the yards go quiet for too long", "Wren Olsby"),
        ("Every family here has a key now", "Pia Marr"),
    ]


def test_the_taoiseach_named_in_apposition_is_who_the_taoiseach_said_is() -> None:
    paragraphs = [
        "The Taoiseach, Fionn Ó Ruairc-Baxter TD, has welcomed the new ferry link to the islands.",
        "At the pier, the Taoiseach said: “This crossing will carry families, not just freight.”",
    ]
    assert _said(paragraphs) == [
        ("This crossing will carry families, not just freight.", "Fionn Ó Ruairc-Baxter")
    ]
