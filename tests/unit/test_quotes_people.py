"""Who "she said", "the Assistant Minister said" and a campaign's name in single quotes are: the
rules of the fourth world batch, in sentences of our own."""

from __future__ import annotations

from pressreader.quotes import analyse_quotes, find_spans
from pressreader.quotes.names import personal


def speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text.split()[0], q.speaker) for q in analyse_quotes(list(paragraphs), ("T", ""))[0]]


def test_she_said_skips_a_man_the_paragraph_before_calls_he() -> None:
    assert speakers(
        "“The ferry will run all winter,” said Harbour Minister Odile Fenwright.",
        "Skipper Tomas Brecklow has crossed the sound for thirty years. He says the old pier "
        "floods twice a month.",
        "“Nobody should wait for the tide to get to school,” she said.",
    )[-1] == ("Nobody", "Odile Fenwright")


def test_he_said_skips_a_woman_her_paragraph_calls_her() -> None:
    assert speakers(
        "Sergeant Ivo Kastellan led the search of the marshes.",
        "Baker Marit Olund, who runs the Lowgate bakery, said walkers had told her about the "
        "missing dog.",
        "“We found him in a drainage ditch, cold but unhurt,” he said.",
    )[-1] == ("We", "Ivo Kastellan")


def test_a_form_of_address_gives_the_gender() -> None:
    assert speakers(
        "Minister Jorunn Pellow opened the dam.",
        "“Our orchards need the rain,” Ms Pellow says.",
        "Grower Anselm Tarrow has lost half the crop. Mr Tarrow wants a second dam.",
        "“A dam takes ten years, the drought is now,” she says.",
    )[-1] == ("A", "Jorunn Pellow")


def test_no_one_of_that_gender_with_a_role_leaves_the_speaker_unknown() -> None:
    found = speakers(
        "Ferryman Oskar Lindqvist has sailed the strait since 2001. He knows every rock.",
        "“The strait is safer than ever,” she said.",
    )
    assert found == [] or found[-1][1] is None


def test_the_assistant_minister_is_not_the_minister() -> None:
    assert speakers(
        "Assistant Minister for Ports Halvard Quent toured the new quay.",
        "Quotes attributable to Minister for Transport Ysolde Varn:",
        "“Every container landed here is a lorry off the mountain road.”",
        "“Young people will learn the crane trade right here,” the Assistant Minister said.",
    )[-1] == ("Young", "Halvard Quent")


def test_the_minister_is_not_the_prime_minister() -> None:
    assert speakers(
        "“The valley will be rebuilt,” said the Prime Minister, Corentin Aldaine.",
        "The Minister of Forests, Ilka Morrow, visited the burnt slopes on Monday.",
        "New seedlings were promised for the slopes, which the Minister called "
        "“the lungs of our small towns and villages.”",
    )[-1] == ("the", "Ilka Morrow")


def test_a_campaign_name_in_single_quotes_closes_at_its_plural_end() -> None:
    text = (
        "Bins stood outside six libraries as part of the council’s ‘Quiet Streets, Safer Nights’ "
        "drive. Nobody was asked for a name."
    )
    assert [words for _, _, words in find_spans(text)] == ["Quiet Streets, Safer Nights"]
    # a quote that opens the paragraph may still hold a plural possessive
    text = "‘Our wardens’ patience has limits,’ the warden said."
    assert [words for _, _, words in find_spans(text)] == ["Our wardens’ patience has limits,"]


def test_a_place_named_like_a_person_does_not_hide_the_pronoun_and_cllr_is_a_title() -> None:
    assert speakers(
        "“The bus station will reopen in June,” said Transport Minister Lorcan Theyne.",
        "Councillor Wilma Ostrander has asked for the station since 2020. Her ward is on "
        "Harrow Green, where the buses stopped.",
        "“Nobody should walk two miles to a bus,” he added.",
        "Cllr Ostrander said shoppers had been telling her the same for years.",
        "“The market on Harrow Green will come back to life,” she said.",
    ) == [("The", "Lorcan Theyne"), ("Nobody", "Lorcan Theyne"), ("The", "Wilma Ostrander")]


def test_an_unnamed_spokesperson_is_an_office_without_a_name() -> None:
    def offices(paragraph: str) -> list[tuple[str | None, str | None]]:
        return [(q.speaker, q.role) for q in analyse_quotes([paragraph], ("T", ""))[0]]

    assert offices(
        "A police spokesperson said: “Detectives want to hear from anyone near the weir at dusk.”"
    ) == [("", "police spokesperson")]
    assert offices(
        "A spokesperson for the council said: “The ferry will run again once the pier is mended.”"
    ) == [("", "spokesperson for the council")]
    # a named spokesperson stays named
    assert (
        offices("Police spokesperson Ines Varga said: “The weir path is closed until Monday.”")[0][
            0
        ]
        == "Ines Varga"
    )


def test_the_body_before_an_office_in_lower_case_is_no_speaker() -> None:
    paragraphs = [
        "Minister Rhona Castellane opened the new ferry terminal on Monday.",
        "Kelpie Bay Rowing manager Fintan Ardagh said members had waited ten years.",
        "“We can finally launch at low tide without wading out,” he said.",
        "Te Awa o Rangimoana board chair Hemi Tarawhiti says the iwi will run the cafe.",
        "“The terminal will feel like our own front porch,” he says.",
    ]
    assert [s for _, s in speakers(*paragraphs)] == ["Fintan Ardagh", "Hemi Tarawhiti"]


def test_a_college_or_a_club_after_a_titled_name_is_where_they_work() -> None:
    found = speakers(
        "“The new workshop will train forty welders a year.”",
        "- Dr. Anselm Kovacic-Reed, President, Kestrel Valley College",
        "“Our members will coach the first intake.”",
        "- Prof. Ilse Marchbank, Chair, Harwick Rowing Club",
    )
    assert [s for _, s in found] == ["Anselm Kovacic-Reed", "Ilse Marchbank"]


def test_a_bodys_name_after_an_office_is_no_person_and_a_generation_is_part_of_a_name() -> None:
    paragraphs = [
        "“Every buoy will be fitted by June,” said Marit Quellhorst, Deputy Director of the Coastal "
        "Lights Authority.",
        "The Deputy Director said that older buoys would be melted down. “The brass is worth "
        "keeping,” she said.",
        "The moorings were inspected, District Attorney Elwin Strake III announced.",
    ]
    found, people = analyse_quotes(paragraphs, ("T", ""))
    assert [q.speaker for q in found] == ["Marit Quellhorst", "Marit Quellhorst"]
    assert people.find("Lights Authority") is None
    strake = people.find("Elwin Strake III")
    assert strake is not None and strake.role == "District Attorney"


def test_a_paragraph_with_only_a_scare_quote_is_still_about_the_person_it_names() -> None:
    paragraphs = [
        "“The pier will reopen by Easter,” said Wenna Polgrain, the harbour chair.",
        'Councillor Lorcan Tregaskis grew up beside the "rust trap" quay. He welcomed the grant.',
        "“We will start with the north steps,” she said.",
        'Ruan Penhallow, whose crew calls the quay "the graveyard", said the work was overdue.',
        "“Half the bollards are loose,” he said.",
    ]
    assert [s for _, s in speakers(*paragraphs)] == ["Wenna Polgrain"] * 2 + ["Ruan Penhallow"]


def test_a_time_of_day_is_no_name() -> None:
    from pressreader.quotes.people import tidy_name

    assert tidy_name("P.M. CET") is None
    assert tidy_name("Harbour Office CET") is None
    assert tidy_name("Ada Vell") == "Ada Vell"


def test_she_said_after_the_minister_added_that_is_the_minister() -> None:
    assert speakers(
        "Harbours Minister Wenna Tralloway opened the new slipway on Friday.",
        "Councillor Brennan Hask welcomed it. “We asked for this for years,” he said.",
        "The Minister added that the old slipway would stay open for small boats.",
        "“Nobody loses a launch while the new one beds in,” she said.",
    )[-1] == ("Nobody", "Wenna Tralloway")


def test_according_to_after_a_quotation_names_its_speaker_but_a_document_is_no_one() -> None:
    assert speakers(
        "“The talks were long, but the deal is sound,” according to the chair of the Ferry "
        "Board, Harbour Minister Dr. Anselm Quarry.",
        "“The crossing is safe and well run,” according to the inspection report.",
    ) == [("The", "Anselm Quarry")]


def test_mr_before_an_unintroduced_surname_makes_she_says_someone_else() -> None:
    assert speakers(
        "“Every rural brigade gets a new pump,” Mr Kettering-Vane says.",
        "Brigade chief Moana Haldane-Ruru says her crew borrowed a pump twice last summer.",
        "Mr Kettering-Vane says the first pumps go to the largest districts.",
        "“We had to borrow from a neighbour every time the old one failed,” she says.",
    )[-1] == ("We", "Moana Haldane-Ruru")


def test_a_portfolio_ending_in_an_adjective_and_its_noun_is_not_part_of_the_name() -> None:
    from pressreader.quotes import split_role_name

    assert split_role_name("Minister for Harbours and Public Works Oriel Vantongeren") == (
        "Minister for Harbours and Public Works",
        "Oriel Vantongeren",
    )
    assert split_role_name("Minister of Foreign Affairs Mary Anne Castellane") == (
        "Minister of Foreign Affairs",
        "Mary Anne Castellane",
    )


def test_an_abbreviated_rank_before_a_name_is_the_role() -> None:
    found = analyse_quotes(
        ['"The ice road is the only way in," said Cpl. Ilse Marrow. "Drive it sober."'], ("T", "")
    )[0]
    assert [(q.speaker, q.role) for q in found] == [("Ilse Marrow", "Cpl.")]


def test_a_library_or_a_lake_is_no_speaker() -> None:
    assert speakers(
        "Parents' group chair Tomas Rell, who uses Kessing Library with his sons, said the "
        "Sunday hours would help. “Sunday is when we have time to read,” he said.",
    ) == [("Sunday", "Tomas Rell")]


def test_a_titled_name_of_a_body_without_the_is_that_person() -> None:
    assert speakers(
        "“The ice road is our only way out,” said Cpl. Ilse Marrow.",
        "Chief Aldo Crane-Wolfe of Tessik Lake First Nation said the band had asked for more "
        "patrols. “We are glad to see officers out there,” he said.",
    )[-1] == ("We", "Aldo Crane-Wolfe")


def test_two_titled_people_joined_by_and_are_two_people() -> None:
    assert speakers(
        "Harbour Advisor Wenna Tralloway and Under Secretary for Ports and Ferries Idris Mowle "
        "spoke to the pilots.",
        "Advisor Tralloway noted that the new tugs arrive in May. She predicted that the tugs "
        "would be a “turning point” for the bay.",
    ) == [("turning", "Wenna Tralloway")]


def test_german_nouns_after_a_conjunction_or_an_article_are_no_person() -> None:
    found = speakers(
        "Landesrätin Helga Roemer-Sandt stellte das Programm vor.",
        "Prof. Jörn Kappel von der Technischen Hochschule Velmsdorf warnte. Wenn Länder Züge "
        "abbestellen, treffe es die Nebenstrecken. Die Landesrätin kündigte ein Netz von "
        "Kurzzeitpflegeplätzen an.",
        "„Wer pflegt, braucht auch einmal Urlaub“, sagte sie.",
    )
    assert all(
        s not in {"Wenn Länder Züge", "Netz von Kurzzeitpflegeplätzen", "Hochschule Velmsdorf"}
        for _, s in found
    )


def test_places_events_and_peoples_are_no_persons() -> None:
    for thing in ("World War II", "Bronze Star", "Vesk Strait", "Harbour Pride Parade",
                  "Ostrava Arena", "Latvian Americans", "Harlow County", "Armed Forces",
                  "Peace Corps"):  # fmt: skip
        assert not personal(thing), thing
    assert personal("Gerald Warburton")


def test_she_said_long_after_anyone_was_named_is_an_unknown_speaker() -> None:
    found = analyse_quotes(
        [
            "Minister Oda Kvalheim opened the new ferry terminal at Vesk on Friday.",
            "The terminal replaces a shed built in 1961.",
            "Crossings will run every twenty minutes in summer.",
            "An elderly passenger who had waited since dawn was the first aboard.",
            "“I have crossed this water for sixty years and never once stayed dry,” she said.",
        ],
        ("T", ""),
    )[0]
    assert [(q.text[:6], q.speaker) for q in found] == [("I have", "")]


def test_she_said_after_a_recent_name_is_that_person() -> None:
    found = analyse_quotes(
        [
            "Minister Oda Kvalheim opened the new ferry terminal at Vesk on Friday.",
            "The terminal replaces a shed built in 1961.",
            "“Nobody will wait in the rain again,” she said.",
        ],
        ("T", ""),
    )[0]
    assert [q.speaker for q in found] == ["Oda Kvalheim"]


def test_a_hyphenated_general_office_is_a_title_not_part_of_the_name() -> None:
    """Australian, UN and Commonwealth offices: "Attorney-General", "Director-General"."""
    found = analyse_quotes(
        [
            "“The register will be open to every tenant by spring,” said Attorney-General "
            "Wirrin Pascoe.",
            "Director-General Odile Marchetti said: “No clinic will be left without vaccines.”",
            "As the Surgeon-General has said, “when screens are used without care, they can "
            "keep children from sleep.”",
        ],
        ("T", ""),
    )[0]
    assert [(q.speaker, q.role) for q in found] == [
        ("Wirrin Pascoe", "Attorney-General"),
        ("Odile Marchetti", "Director-General"),
        ("", "Surgeon-General"),
    ]


def test_a_header_name_without_office_takes_the_office_the_body_gives() -> None:
    """An Australian ministerial release: "The Hon Jo Roe MP" in the header, her office below."""
    found = analyse_quotes(
        [
            "Minister for Rivers and the Coast Wren Halloway-Tate said the purchase was made "
            "through an open tender.",
            "Mayor Cassius Obi said the town had waited long enough.",
            "The Minister said the monitoring would report every spring.",
            '"We will know within three seasons whether the birds are back," she said.',
        ],
        ("Rivers Bought Back", "", "The Hon Wren Halloway-Tate MP"),
    )[0]
    assert [(q.speaker, q.role) for q in found] == [
        ("Wren Halloway-Tate", "Minister for Rivers and the Coast")
    ]


def test_a_bare_office_says_who_spoke_without_a_name() -> None:
    assert [
        (q.speaker, q.role)
        for q in analyse_quotes(
            [
                "“Every ferry will run on time this winter,” the Secretary said.",
                "She is, as the Vice President says, one of “the firsts, but not the lasts.”",
                "“We will rebuild the pier before the storms,” the Mayor said.",
            ],
            ("T", ""),
        )[0]
    ] == [("", "Secretary"), ("", "Vice President"), ("", "Mayor")]


def test_a_titled_name_before_its_workplace_is_the_speaker_not_the_clinic() -> None:
    found = analyse_quotes(
        [
            "Dr. Hana Obuya, a nurse at Tern Bay Clinic, explained how the ferry helps: "
            "“Patients no longer miss their appointments.”"
        ],
        ("T", ""),
    )[0]
    assert [q.speaker for q in found] == ["Hana Obuya"]


def test_a_described_person_named_with_their_town_is_the_speaker() -> None:
    found = analyse_quotes(
        [
            "One ferry captain, Tomas Reyne of Kell, put it simply: “We are coming home.”",
            "In a letter to the Governor in June, Mayor Ines Varo of Tern Bay, Kell, wrote: "
            "“Our pharmacy closed and the nearest one is forty miles away.”",
        ],
        ("T", ""),
    )[0]
    assert [(q.speaker, q.role) for q in found] == [
        ("Tomas Reyne", "One ferry captain"),
        ("Ines Varo", "Mayor of Tern Bay, Kell"),
    ]


def test_a_quote_credited_after_it_to_someone_described_has_an_unknown_speaker() -> None:
    found = analyse_quotes(
        [
            "Captain Tomas Reyne steered the first ferry into Kell.",
            "“We are coming home at last,” said one sailor.",
            "“The harbour will be full by the summer,” a resident told reporters.",
        ],
        ("T", ""),
    )[0]
    assert [(q.text.split()[0], q.speaker) for q in found] == [("We", ""), ("The", "")]


def test_two_titled_people_each_with_their_place_are_two_people() -> None:
    found = analyse_quotes(
        [
            "Governor Lia Marsh of Kell and Governor Bo Tenning of Tern welcomed the plan.",
            "Marsh called the plan “a once-in-a-generation investment.”",
            "Tenning said it would “put people to work on day one.”",
        ],
        ("T", ""),
    )[0]
    assert [(q.speaker, q.role) for q in found] == [
        ("Lia Marsh", "Governor of Kell"),
        ("Bo Tenning", "Governor of Tern"),
    ]


def test_pronouns_are_whole_words_of_either_gender_and_french_only_as_a_subject() -> None:
    from pressreader.quotes.gender import _pronoun_genders

    assert _pronoun_genders("She thanked the crew for her help.") == {"f"}
    assert _pronoun_genders("He said his team would stay.") == {"m"}
    assert _pronoun_genders("Der Minister und seine Frau reisten.") == {"m"}
    assert _pronoun_genders("The shelter, the theme, Sheila and Hermes.") == set()
    assert _pronoun_genders("Elle a présenté le plan ; il y a deux volets.") == {"f"}
    assert _pronoun_genders("Il faut agir, dit la ministre.") == set()
    assert _pronoun_genders("mi-Elle a dit") == set()  # not a subject after a hyphen
    assert _pronoun_genders("She and he spoke.") == {"f", "m"}


def test_reported_speech_is_tried_only_in_a_paragraph_with_a_speech_verb() -> None:
    from pressreader.quotes.reported import _VERB_KEYS, _speech_verbs

    assert _VERB_KEYS is not None  # every alternative of VERBS is read into the quick test
    assert not _speech_verbs("The plant opened in 2019 and employs 40 people.")
    assert _speech_verbs("The plant will stay open, the minister said.") == ("said",)
    assert _speech_verbs("As the mayor pointed out, the road is closed.") == ("pointed",)
    assert _speech_verbs("Die Ministerin sprach von einem Erfolg.") == ("sprach",)
    assert not _speech_verbs("The minister made it in time.")  # "made" alone is no "made clear"


def test_reported_speech_is_tried_only_in_a_sentence_with_a_speech_verb() -> None:
    """Each sentence is tried only if a speech verb of its paragraph is in it; the sentences
    that have one are still read, wherever they stand."""
    from pressreader.quotes.people import Person
    from pressreader.quotes.reported import reported_spans

    roe = Person("Jo Roe", "Minister for Ports")
    text = (
        "The ferry left at noon. The new timetable starts in May, Roe said. "
        "Repairs to the quay will take a month, Roe pointed out. The harbour stays open."
    )
    spans = [(text[a:b], p.name) for a, b, p in reported_spans(text, [roe])]
    assert spans == [
        ("The new timetable starts in May", "Jo Roe"),
        ("Repairs to the quay will take a month", "Jo Roe"),
    ]
