"""Introductions of a speaker before their words, in several house styles, in invented words."""

from __future__ import annotations

from pressreader.marks import find_marks
from pressreader.quotes import People, Person, analyse_quotes, resolve
from pressreader.quotes.learning import learn_people


def _said(paragraphs: list[str], title: str = "Harbour news") -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyse_quotes(paragraphs, (title, ""))[0]]


def test_statement_of_a_person_before_the_quote_and_a_joint_statement_of_companies() -> None:
    paragraphs = [
        "Today, ferry operators released statements on the new harbour dues:",
        "Statement of Tarrow Ferries Chair Wilma Ostrander: “We will keep every winter sailing "
        "running.”",
        "Joint Statement of Ardent, Baywell, and Corra: “Our crews welcome the lower dues.”",
    ]
    # the companies of a joint statement are its speaker together, as wh_tune labels them
    assert _said(paragraphs) == [
        ("We will keep every winter sailing running.", "Wilma Ostrander"),
        ("Our crews welcome the lower dues.", "Ardent, Baywell, and Corra"),
    ]


def test_please_attribute_to_introduces_the_unmarked_paragraphs_after_it() -> None:
    from pressreader.marks import find_marks

    paragraphs = [
        "Two kayaks were taken from the boat ramp at Kestle Beach overnight.",
        "Please attribute to Sergeant Maru Tollan, Kestle Police:",
        "Kayaks are easy to sell on and hard to trace. Mark yours with your postcode.",
        "We would like to hear from anyone offered a cheap kayak this week.",
        "Anyone with information can call the station.",
    ]
    marks, _ = find_marks(paragraphs, ("Kayaks stolen", ""))
    assert [(k, m.speaker, m.continues) for k, ms in marks.items() for m in ms] == [
        (2, "Maru Tollan", False),
        (3, "Maru Tollan", True),
    ]
    assert marks[2][0].role == "Sergeant, Kestle Police"


def test_a_units_acronym_after_the_name_is_where_they_work() -> None:
    person = resolve("Detective Inspector Ira Vell, Tarrow CIB", People(), None)
    assert person is not None and person.name == "Ira Vell"


def test_german_verb_before_the_speaker_introduces_the_next_paragraph() -> None:
    from pressreader.marks import find_marks

    paragraphs = [
        "Kestlingen. Die neue Fähre über den Tarrsee fährt ab Mai im Stundentakt.",
        "Dazu erklärt Dr. Wiebke Almstedt, Leiterin des Hafenamtes:",
        "Mit dem Stundentakt kommen Pendlerinnen und Pendler schneller über den See.",
        "Die Fahrpläne liegen ab April aus.",
    ]
    marks, _ = find_marks(paragraphs, ("Fähre im Stundentakt", ""))
    assert [(k, m.speaker) for k, ms in marks.items() for m in ms] == [(2, "Wiebke Almstedt")]


def test_german_so_and_the_name_after_a_quote() -> None:
    paragraphs = [
        "Bürgermeisterin Greta Olm hat die neue Mole eröffnet.",
        "»Die Mole hält jedem Wintersturm stand«, so Olm.",
        "»Wir fahren ab Montag wieder nach Plan«, so der Landrat Jens Hark, der die Fähre lobte.",
    ]
    assert [s for _, s in _said(paragraphs)] == ["Greta Olm", "Jens Hark"]


def test_german_trade_after_an_article_and_before_the_name_is_the_role() -> None:
    paragraphs = [
        "Der Fischer Ole Brandt aus Kestlingen hat im Winter drei Netze verloren.",
        "»Ohne die neue Mole wären es mehr gewesen«, sagte Brandt.",
        "»Wir fahren ab Montag wieder nach Plan«, so die Kapitänin Ruth Beeke.",
    ]
    found = analyse_quotes(paragraphs, ("Mole", ""))[0]
    assert [(q.speaker, q.role) for q in found] == [
        ("Ole Brandt", "Fischer"),
        ("Ruth Beeke", "Kapitänin"),
    ]


def test_a_role_in_lower_case_right_before_the_name_after_the_verb() -> None:
    paragraphs = [
        "«Le nouveau quai sera ouvert dès le printemps», a déclaré la préfète Maëlle Vintrou.",
        "“The ferry will run all winter,” said the harbour master Tobias Quell.",
    ]
    found = analyse_quotes(paragraphs, ("Quai", ""))[0]
    assert [(q.speaker, q.role) for q in found] == [
        ("Maëlle Vintrou", "préfète"),
        ("Tobias Quell", "harbour master"),
    ]


def test_french_subject_pronouns_tell_a_persons_gender() -> None:
    from pressreader.quotes.gender import learn_from_pronouns

    people = People()
    man = Person("Armand Lusset")
    people.known.append(man)
    learn_from_pronouns(
        "Armand Lusset a présenté les travaux. Il a rappelé les horaires.", man, people
    )
    woman = Person("Maëlle Vintrou")
    people.known = [woman]
    learn_from_pronouns(
        "Maëlle Vintrou dirige le port. Il faut dire qu'elle connaît le quai.", woman, people
    )
    assert (man.gender, woman.gender) == ("m", None)


def test_french_inverted_pronoun_skips_a_man_named_last() -> None:
    paragraphs = [
        "«Le quai sera prêt au printemps», a déclaré la préfète Maëlle Vintrou.",
        "Le directeur du port, Armand Lusset, a présenté les travaux. Il a rappelé les horaires.",
        "«Les bateaux attendront quelques semaines de plus», reconnaît-elle.",
    ]
    assert [s for _, s in _said(paragraphs)] == ["Maëlle Vintrou", "Maëlle Vintrou"]


def test_a_quotation_paragraph_after_x_said_is_xs_not_the_next_speakers() -> None:
    paragraphs = [
        "Minister Odile Farrant said the new pier would open in June.",
        "“Ferries have waited at anchor for too long. Every delay costs the island a day.",
        "“From June they will tie up in minutes, in any weather.”",
        "Mayor Colm Restorick said the harbour board had backed the plan.",
    ]
    found = _said(paragraphs)
    assert [s for _, s in found] == ["Odile Farrant"]
    assert found[0][0].startswith("Ferries have waited") and found[0][0].endswith("any weather.")
    paragraphs[2] = "“From June they will tie up in minutes,” said Mayor Colm Restorick."
    assert [s for _, s in _said(paragraphs)] == ["Colm Restorick"]


def test_a_quotation_signed_by_name_and_role_with_no_dash_is_theirs() -> None:
    paragraphs = [
        "Quotes",
        "“Every lighthouse on the cape will run on solar power by autumn.” Petra Vallincourt, "
        "Minister of Coasts",
        "“Our keepers asked for this for years.” The Honourable Idris Moffatt-Quill, Chair, Cape "
        "Keepers' Guild",
    ]
    found = _said(paragraphs)
    assert [s for _, s in found] == ["Petra Vallincourt", "Idris Moffatt-Quill"]
    assert _said(["“Work on the north pier starts in May.” Sunday, Harbour Lane"]) == []


def test_a_french_roles_article_tells_the_gender_of_the_name_after_it() -> None:
    paragraphs = [
        "«Le quai sera rénové cet été», a déclaré Solenn Arbaudie, directrice du port.",
        "Le ministre des Transports, le Dr Camille Ferrandou, a visité le chantier lundi.",
        "«Les pêcheurs garderont leurs places», a-t-elle précisé.",
    ]
    assert [s for _, s in _said(paragraphs)] == ["Solenn Arbaudie", "Solenn Arbaudie"]
    paragraphs[1] = "La ministre des Transports, Camille Ferrandou, a visité le chantier lundi."
    assert [s for _, s in _said(paragraphs)] == ["Solenn Arbaudie", "Camille Ferrandou"]


def test_a_quotation_left_open_is_credited_where_it_closes_not_to_the_last_speaker() -> None:
    paragraphs = [
        "“The lock gates are older than the railway,” said Tobias Wrenfield.",
        "“We will replace them one pair at a time.",
        "“Boats can still pass while we work,” said Mayor Annick Delacombe.",
    ]
    found = _said(paragraphs)
    assert [s for _, s in found] == ["Tobias Wrenfield", "Annick Delacombe"]
    assert found[1][0].startswith("We will replace") and found[1][0].endswith("while we work")


def test_a_statement_of_a_person_with_role_and_body_before_a_colon() -> None:
    paragraph = (
        "Statement of Orla Penhallow, Executive Director, Saltmarsh Trust: “Clean tides are "
        "finally within reach of every village on the estuary.”"
    )
    assert _said([paragraph]) == [
        ("Clean tides are finally within reach of every village on the estuary.", "Orla Penhallow")
    ]


def test_comments_that_can_be_attributed_to_a_person_are_the_next_paragraphs() -> None:
    paragraphs = [
        "The following comments can be attributed to Dr Wiremu Halloran-Tey, Chief Executive:",
        "We know the closures have been hard on every family along the coast road.",
        "We will reopen the lanes one at a time as the repairs are signed off.",
    ]
    marks, _ = find_marks(paragraphs, ("Coast road update", ""))
    assert [m.speaker for k in (1, 2) for m in marks[k]] == ["Wiremu Halloran-Tey"] * 2


def test_dazu_sagte_sie_introduces_the_woman_the_sentence_before_was_about() -> None:
    paragraphs = [
        "Bürgermeisterin Hanne Quellbrink eröffnete am Montag die neue Fährbrücke. Dazu sagte sie:",
        "„Die Brücke verbindet zwei Ufer, die lange nur das Wasser geteilt haben.“",
    ]
    assert _said(paragraphs, "Neue Fährbrücke") == [
        (
            "Die Brücke verbindet zwei Ufer, die lange nur das Wasser geteilt haben.",
            "Hanne Quellbrink",
        )
    ]


def test_a_name_line_ending_in_a_dash_introduces_the_quotation_below_it() -> None:
    paragraphs = [
        "Quotes:",
        "Ottoline Brask, harbourmaster, Port Quillan –",
        "“Our pilots have waited ten years for a second tug. It arrives in spring.”",
        "Teodor Main, mayor of Skerrin –",
        "“The whole bay will sleep easier with it moored here.”",
    ]
    assert [speaker for _, speaker in _said(paragraphs)] == ["Ottoline Brask", "Teodor Main"]


def test_the_office_of_a_body_then_a_name_between_commas_is_that_person() -> None:
    paragraphs = [
        "The head teacher of Brindle Green Primary, Sorcha Vennell, said the new bus had "
        "already changed what the school could offer.",
        "‘Nine pupils came to choir this term who could not have come before,’ she said.",
    ]
    assert _said(paragraphs) == [
        ("Nine pupils came to choir this term who could not have come before", "Sorcha Vennell")
    ]


def test_a_unit_after_a_titled_name_is_the_role_not_the_speaker() -> None:
    paragraphs = [
        "Quotes attributable to Sergeant Ilse Marrow-Quinn, Marine Response Unit:",
        '"Three boats were stopped without lights after dark. That is how people drown."',
    ]
    assert [speaker for _, speaker in _said(paragraphs)] == ["Ilse Marrow-Quinn"]


def test_a_plural_title_before_two_names_gives_each_the_title() -> None:
    # "Professors A and B of the clinic", then a quote by B's surname alone
    found = analyse_quotes(
        [
            "Within a week, Professors Ines Daly and Marta Quill of the Kell Law Clinic had"
            " trained forty students.",
            "The clinic kept twelve families housed. “Students see what the law does to a"
            " family,” Quill said.",
            "“It changed how I teach,” said Daly.",
        ],
        ("Law students help tenants", ""),
    )[0]
    assert [(q.speaker, q.role) for q in found] == [
        ("Marta Quill", "Professor of the Kell Law Clinic"),
        ("Ines Daly", "Professor"),
    ]


def test_a_readout_title_names_whose_call_it_was() -> None:
    # "Readout of President Roe’s Call with …": "the President" in the body is President Roe
    found = analyse_quotes(
        ["The President stressed the “urgent need to reopen the ferry route” before winter."],
        ("Readout of President Marrow’s Call with Premier Ed Poe of Kell", ""),
    )[0]
    assert [(q.speaker, q.role) for q in found] == [("Marrow", "President")]


def test_a_headlines_titled_subject_is_known_to_the_body() -> None:
    # "FACT SHEET: President Roe Announces …": "the President" in the body is Roe; the label
    # "FACT SHEET" is no one, and a bare office before the verb names no one either
    found = analyse_quotes(
        [
            "In his address, the President called on the council to “open the ferry berth"
            " before winter.”",
        ],
        ("FACT SHEET: President Marrow Announces a Plan for the Island Ferries", ""),
    )[0]
    assert [(q.speaker, q.role) for q in found] == [("Marrow", "President")]
    people = People()
    learn_people(["Assistant Harbour Master Announces New Berths", "FACT SHEET: Berths"], people)
    assert people.known == []


def test_a_surname_under_an_office_takes_the_full_name_given_later() -> None:
    people = People()
    learn_people(
        [
            "Attorney General Marrow will open the ferry fraud unit.",
            "U.S. Attorney General Ed Marrow opened the unit on Monday.",
        ],
        people,
    )
    assert [p.name for p in people.known] == ["Ed Marrow"]


def test_a_lower_rank_of_the_office_is_another_person() -> None:
    people = People()
    learn_people(
        [
            "President Marrow will open the ferry fraud unit.",
            "Vice President Ed Marrow opened the unit on Monday.",
        ],
        people,
    )
    # the president keeps his own name: the vice president's full name is not his
    assert [(p.name, p.role) for p in people.known] == [("Marrow", "President")]
