"""Attribution conventions of U.S. federal press offices, in sentences of our own."""

from __future__ import annotations

from pressreader.quotes import analyse_quotes


def quotes(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    found = analyse_quotes(list(paragraphs), ("T", ""))[0]
    return [(q.text.split()[0], q.speaker, q.role) for q in found]


def test_the_district_after_a_titled_name_belongs_to_the_office() -> None:
    assert quotes(
        'U.S. Attorney Marisa Quellhorst for the Eastern District of Tarnovia said, "Lumber '
        'thieves stole from every family who walks in those woods."',
    ) == [
        (
            "Lumber",
            "Marisa Quellhorst",
            "U.S. Attorney for the Eastern District of Tarnovia",
        )
    ]


def test_of_the_bureau_after_a_titled_name_belongs_to_the_office() -> None:
    assert (
        quotes(
            "Special Agent in Charge Odell Vantreese of the Bureau of Canal Safety noted that the "
            "locks were sabotaged twice. “Nobody was hurt only because the keepers were quick,” he "
            "said.",
        )[0][1]
        == "Odell Vantreese"
    )


def test_a_titled_name_of_a_tribe_is_learned_with_the_tribe_in_the_role() -> None:
    found = quotes(
        "Chairman Wendell Tsoyah-Marr of the Ashgrove River Tribe said the pipeline had been "
        "fifty years in coming.",
        "“Our grandchildren will drink from a tap,” the Chairman said.",
    )
    assert found == [("Our", "Wendell Tsoyah-Marr", "Chairman of the Ashgrove River Tribe")]


def test_the_governor_is_not_the_lieutenant_governor() -> None:
    found = quotes(
        "Governor Imelda Carraway-Stout signed the ferry bill at the harbor.",
        "Lieutenant Governor Bram Eddington-Hale called it “a lifeline for the islands.”",
        "“Every islander can now get to a hospital before dark,” the Governor said.",
    )
    assert found[-1][:2] == ("Every", "Imelda Carraway-Stout")


def test_she_said_after_the_administrator_is_the_administrator() -> None:
    found = quotes(
        "“The river is cleaner than it was in 1970,” said Agency Administrator Nadia Pellworth.",
        "“Our marina reopened this spring,” Mayor Osric Dunmore said.",
        "The Administrator added that grants would favour towns downstream of old mills. “We "
        "start where the water is worst,” she said.",
    )
    assert found[-1][:2] == ("We", "Nadia Pellworth")


def test_a_bare_name_after_in_is_a_place_not_the_last_person_named() -> None:
    found = quotes(
        "Envoy Corliss Amberwood-Tate opened a school in Dura Velk on Monday.",
        "Amberwood-Tate spoke to teachers at a library in Mosa Karan. She urged donors to “keep "
        "every classroom open through the winter.”",
    )
    assert found[-1][:2] == ("keep", "Corliss Amberwood-Tate")


def test_a_headline_verb_is_no_part_of_the_name_it_follows() -> None:
    found = quotes(
        "Secretary Kettleby Announces Return of 400 Moorings to the Portmoor Guild",
        "Secretary of Fisheries Rowan P. Kettleby announced the grants in Portmoor.",
        "The Secretary praised the crews. He called the season “the hardest the fleet has known "
        "since the storms of 1987.”",
    )
    assert [q[1] for q in found] == ["Rowan P. Kettleby"]


def test_title_case_words_after_a_possessive_name_a_programme() -> None:
    found = quotes(
        "Director Halloran Vekstad said the grant came from the Bureau’s “Clear Creeks” fund "
        "and would pay for two new culverts.",
    )
    assert found == []


def test_a_quote_split_by_a_full_sentence_of_attribution_is_one_quote() -> None:
    found = analyse_quotes(
        [
            "“Fake charities prey on the generosity of people after every storm,” U.S. Attorney "
            "Hollis Brandt-Okafor said. “Before you give, check that the charity is registered.”"
        ],
        ("T", ""),
    )[0]
    assert [(q.text.split()[:2], q.speaker, len(q.spans)) for q in found] == [
        (["Fake", "charities"], "Hollis Brandt-Okafor", 2)
    ]


def test_the_president_of_a_ticket_is_the_first_name_of_it() -> None:
    found = quotes(
        "The Marlow-Quint Administration is restoring the harbour locks. As the President said at "
        "the dedication, the locks are “the lungs of this river town” and always were.",
    )
    assert found == [("the", "Marlow", "President")]


def test_a_ticket_names_no_president_when_the_release_names_one() -> None:
    found = quotes(
        "President Elna Voskuijlen welcomed the Marlow-Quint Administration's delegation. As the "
        "President said later, the talks were “frank and useful for both sides.”",
    )
    assert found == [("frank", "Elna Voskuijlen", "President")]


def test_a_second_fragment_of_a_sentence_credited_before_it_is_the_same_speakers() -> None:
    found = quotes(
        "As Governor Ilse Brandvold said on Monday, the flood plan is “late but finally funded,” "
        "in a way that is “long overdue for the valley” and fair to farmers.",
    )
    assert [who for _, who, _ in found] == ["Ilse Brandvold", "Ilse Brandvold"]


def test_a_fragment_after_a_relative_clause_or_a_nickname_is_not_carried_on() -> None:
    found = quotes(
        "Governor Ilse Brandvold called the levee “a relic of another age,” which “a child could "
        "breach” in the view of its critics. The gang leader, known as “Gray Fox,” aka “Old Man "
        "Gray,” was arrested.",
    )
    assert [text for text, _, _ in found] == ["a"]


def test_please_attribute_the_following_statement_to_introduces_the_quote() -> None:
    assert quotes(
        "Please attribute the following statement to Justice Department spokeswoman Mara Ellison:",
        '"The Bureau has never approved these locks for any use."',
    ) == [("The", "Mara Ellison", "Justice Department spokeswoman")]


def test_a_memo_issued_to_prosecutors_is_its_signers_words() -> None:
    found = quotes(
        "Today Attorney General Reuben Castellane issued the following memo to U.S. Attorneys on "
        "river crime:",
        '"Dumping in our rivers poisons towns far downstream of the culprits.',
        '"Every office will name a coordinator for these cases by June."',
    )
    assert found == [("Dumping", "Reuben Castellane", "Attorney General")]


def test_said_run_into_the_speakers_title_by_a_lost_space() -> None:
    assert quotes(
        '"These seizures keep poison off our streets," saidSeattle DEA Special Agent in Charge '
        "Imogen Thrale.",
    ) == [("These", "Imogen Thrale", "Seattle DEA Special Agent in Charge")]


def test_a_name_a_place_has_long_had_is_no_quote() -> None:
    found = quotes(
        "Foreman Abel Tresize said the crew sheltered in the refuge room, which miners have always "
        "called “the icebox,” until the air shaft was cleared. “We sang to stay awake,” he said.",
    )
    assert [text for text, _, _ in found] == ["We"]


def test_a_title_case_name_after_a_is_no_quote() -> None:
    found = quotes(
        "Secretary Ione Varga announced a “Ready to Rebuild” checklist for flooded towns. "
        "“Nobody should face the paperwork alone,” she said.",
    )
    assert [text for text, _, _ in found] == ["Nobody"]


def test_a_quote_split_by_said_with_an_object_is_one_quote() -> None:
    found = analyse_quotes(
        [
            "First Lady Dr. Ada Pellham visited the school.",
            "“Moving is hard,” Dr. Pellham told the students. “But you get braver each time.”",
        ],
        ("T", ""),
    )[0]
    assert [(q.text, q.speaker) for q in found] == [
        ("Moving is hard. But you get braver each time.", "Ada Pellham")
    ]


def test_a_nickname_inside_a_name_leaves_the_name_whole() -> None:
    found = quotes(
        "Command Sergeant Major Dorian “Tank” Whitlow thanked the families. “They hold this post "
        "together,” he said.",
    )
    assert found[0][1] is not None and found[0][1].endswith("Dorian Whitlow")


def test_she_said_after_the_first_lady_is_named_by_her_office() -> None:
    found = analyse_quotes(
        [
            "First Lady Dr. Ada Pellham visited the base with General Hollis Brandt.",
            "“We will be back,” said General Hollis Brandt.",
            "The First Lady also announced new grants. “Every school can apply,” she said.",
        ],
        ("T", ""),
    )[0]
    assert [q.speaker for q in found] == ["Hollis Brandt", "Ada Pellham"]


def test_a_nickname_is_no_quote() -> None:
    found = quotes(
        'Plant manager Chang Suk "C.K." Lormand agreed to plead guilty. "I regret it," Lormand '
        "said.",
    )
    assert [(text, who) for text, who, _ in found] == [("I", "Chang Suk Lormand")]


def test_an_owner_described_but_unnamed_speaks_a_fragment() -> None:
    found = analyse_quotes(
        [
            "Director Hana Oyelaran-Pike met with shop owners on Tuesday.",
            "One shop owner from Dayton described the card fees as “a toll on every bouquet.”",
        ],
        ("T", ""),
    )[0]
    assert [(q.text, q.speaker) for q in found] == [("a toll on every bouquet.", "")]


def test_in_the_words_of_a_name_with_a_long_relative_clause() -> None:
    found = quotes(
        "In the words of Mabel Orrin-Tate, who kept the Skerry Point light for thirty-one years and "
        "is remembered by every fishing family on the north shore of the bay as the keeper who "
        "never slept, “The sea forgives nobody twice.”",
    )
    assert [who for _, who, _ in found] == ["Mabel Orrin-Tate"]


def test_a_titled_name_in_apposition_after_a_ship_is_the_speaker() -> None:
    found = quotes(
        "After a storm in 1871, the master of the brig Nora Vail, Captain Silas Penhallow, wrote "
        "that the crew had "
        "“hauled nine men from the surf before breakfast.”",
    )
    assert [who for _, who, _ in found] == ["Silas Penhallow"]


def test_a_long_title_case_name_after_the_is_no_quote_even_when_credited() -> None:
    found = quotes(
        'Peter Lorrimer ran what he described to members as the "Harbor Elders Savings Circle," '
        "and took their money.",
    )
    assert found == []


def test_a_titled_name_of_an_agency_then_a_field_office() -> None:
    found = quotes(
        '"We follow the money," said Special Agent in Charge Tamsin Oakhurst-Bell of IRS Criminal '
        "Investigation, Camden Field Office.",
    )
    assert found == [
        (
            "We",
            "Tamsin Oakhurst-Bell",
            "Special Agent in Charge of IRS Criminal Investigation, Camden Field Office",
        )
    ]


def test_he_said_after_telling_the_president_is_the_teller() -> None:
    found = analyse_quotes(
        [
            "President Aldous Wren met with Members of Congress on water systems.",
            "Senator Rufus Kettering told the President that his state was ready. “We know where "
            "the pipes are,” he said.",
        ],
        ("T", ""),
    )[0]
    assert [q.speaker for q in found] == ["Rufus Kettering"]


def test_a_fragment_in_the_subjects_that_clause_is_the_subjects() -> None:
    found = analyse_quotes(
        [
            "Vice President Nell Ambrose hosted the governors today.",
            "The Vice President opened the meeting by thanking the crews, and said that the "
            "Administration would treat the fire season “as a year-round job.”",
        ],
        ("T", ""),
    )[0]
    assert [q.speaker for q in found] == ["Nell Ambrose"]


def test_a_fragment_of_someone_else_speaking_in_the_that_clause_is_not_the_subjects() -> None:
    found = analyse_quotes(
        [
            "Vice President Nell Ambrose hosted the governors today.",
            "The Vice President opened the meeting by thanking the crews, and said that the "
            "governors had called the season “a marathon with no finish line.”",
        ],
        ("T", ""),
    )[0]
    assert [q.speaker for q in found if q.speaker] != ["Nell Ambrose"]


def test_she_used_to_tell_me_after_a_named_grandmother() -> None:
    found = quotes(
        "My grandmother, Rosalind Vey Okafor, marched with them at nineteen. She used to tell me, "
        "“Sore feet heal faster than a broken promise.”",
    )
    assert [who for _, who, _ in found] == ["Rosalind Vey Okafor"]


def test_a_woman_described_by_a_clause_told_me_is_unknown() -> None:
    found = analyse_quotes(
        [
            "Vice President Nell Ambrose visited the memorial.",
            "A woman who had marched as a girl took my hand and told me: “We only asked for water "
            "and shade.”",
        ],
        ("T", ""),
    )[0]
    assert [(q.text[:6], q.speaker) for q in found] == [("We onl", "")]


def test_a_fragment_after_and_said_is_the_same_subjects() -> None:
    found = quotes(
        "Vice President Nell Ambrose called the projects “late by a generation” and said the "
        "Administration would treat water as “infrastructure, not charity.”",
    )
    assert [who for _, who, _ in found] == ["Nell Ambrose", "Nell Ambrose"]


def test_an_acronym_in_brackets_inside_an_office_before_the_name() -> None:
    found = quotes(
        '"Fraud against veterans is theft from all of us," said Special Agent in Charge of the '
        "Veterans Affairs Office of Inspector General (VAOIG) Northeast Field Office, Delia "
        "Marchetti-Oyo.",
    )
    assert [who for _, who, _ in found] == ["Delia Marchetti-Oyo"]


def test_a_bullet_naming_a_speaker_is_no_signature_of_the_item_above() -> None:
    # "• Name, role, said …" starts a sentence; only "— Name, Title" alone signs a quotation
    assert quotes(
        "The workers told the Vice President what the plan means to them:",
        "• A riveter from Duluth said, “Our yard lost half its crews in two winters.”",
        "• Oskar Lindqvist-Bane, a pipefitter, said the new dock is “the first good news in "
        "years.”",
    ) == [("Our", "", None), ("the", "Oskar Lindqvist-Bane", "a pipefitter")]


def test_a_new_sentence_reporting_after_a_quote_does_not_credit_it() -> None:
    # "“B.” He said the forms were “C”": B goes on from A; C is the fragment he is reported saying
    assert quotes(
        "“My father never sold a heifer in a dry year,” Mr. Quarles said. “I have sold forty.” He "
        "said the relief forms were “made for accountants, not for ranchers.”"
    ) == [("My", "Quarles", None), ("made", "Quarles", None)]


def test_a_weekday_and_a_headline_verb_are_no_speakers() -> None:
    found = analyse_quotes(
        [
            "Last Thursday the pier reopened.",
            "Harbor Secretary Ilse Varga-Moon toured the pier Thursday. “It was worth the wait,” "
            "she said.",
            "The Secretary thanked the crews. “Nobody here missed a shift,” the Secretary said.",
        ],
        ("Harbor Secretary Travels to Maine to Open a Pier", ""),
    )[0]
    assert [q.speaker for q in found] == ["Ilse Varga-Moon", "Ilse Varga-Moon"]


def test_words_in_quotation_marks_name_no_one_for_she_said() -> None:
    found = analyse_quotes(
        [
            "Today the President signed the “Clean Harbors and Working Piers Act” into law.",
            "Maine Senator Hedda Lindqvist-Orr, who wrote the bill, said the “Working Piers” half "
            "of its name was chosen on purpose. “People said we had to pick one,” she said.",
        ],
        ("President Signs the Clean Harbors and Working Piers Act", ""),
    )[0]
    assert [(q.text.split()[0], q.speaker) for q in found] == [("People", "Hedda Lindqvist-Orr")]


def test_an_office_to_the_country_runs_on_to_the_name_of_the_subject() -> None:
    assert quotes(
        "Ambassador of Teshmar to the United States Aolani Veikune attended the reception and "
        "called the program “a bridge our students will cross both ways.”"
    ) == [("a", "Aolani Veikune", "Ambassador of Teshmar to the United States")]


def test_he_said_in_a_paragraph_that_opens_with_an_unnamed_worker_is_unknown() -> None:
    assert quotes(
        "Marisol Quintanar-Hobbs, who packs lettuce near Yuma, described the heat. “By noon the "
        "crates burn your hands,” she said.",
        "A roofer from Tucson told the Secretary that his crew starts at four in the morning. "
        "“By one o’clock you can’t hold a hammer,” he said.",
    ) == [("By", "Marisol Quintanar-Hobbs", None), ("By", "", None)]


def test_a_description_ending_in_a_town_and_its_state_names_the_person_first() -> None:
    assert quotes(
        "Orlaith Brennan-Soto, a school nurse in Pine Hollow, Montana, said: “Half my students "
        "have never seen a dentist.”",
        "Teodor Vasquez-Lind, a line cook in Marlow, Oklahoma, spoke to the Vice President "
        "about his second job:",
        "“I work sixty hours a week and I still ask my sister for rent.”",
    ) == [
        ("Half", "Orlaith Brennan-Soto", "a school nurse in Pine Hollow, Montana"),
        ("I", "Teodor Vasquez-Lind", "a line cook in Marlow, Oklahoma"),
    ]


def test_a_new_sentence_naming_someone_who_reports_does_not_credit_the_quote_before() -> None:
    assert quotes(
        "Secretary Ilona Hatch-Vermeer told the group the grants open in May. “Every grant comes "
        "with a training plan,” she said. “If you want the money, show us the apprentices.” "
        "Secretary Dunmore-Pike said the Department of Labor would help set up the programs.",
    ) == [("Every", "Ilona Hatch-Vermeer", "Secretary")]


def test_a_fragment_an_unnamed_member_is_reported_saying_is_unknown() -> None:
    assert quotes(
        "Chairwoman Ada Running Elk described the long wait for fiber. “Our kids did homework in "
        "trucks,” she said.",
        "One tribal council member told the Vice President that his town had applied for help "
        "“five times in eight years, and five times we were told to wait.”",
    ) == [("Our", "Ada Running Elk", "Chairwoman"), ("five", "", None)]


def test_what_a_named_officer_called_is_hers() -> None:
    assert quotes(
        "The President thanked the staff for working through what the clinic’s head nurse, "
        "Perpetua Oyelaran-Hume, called “the hardest spring any of us have worked.”"
    ) == [("the", "Perpetua Oyelaran-Hume", "clinic’s head nurse")]


def test_unnamed_people_described_by_whose_or_by_kin_are_unknown() -> None:
    assert quotes(
        "A mother whose son spent a week in intensive care told the President, “The nurses "
        "learned his name before they learned mine.”",
        "I grew up near the lake. My grandmother used to take us to the pier on Sundays, and she "
        "would say, “Look hard at it. Somebody kept it clean for you.”",
    ) == [("The", "", None), ("Look", "", None)]


def test_an_unnamed_hauler_goes_on_in_a_second_fragment_joined_by_and_that() -> None:
    assert quotes(
        "Councilwoman Ebba Trask-Moreno opened the bridge. One grain hauler, who asked that his "
        "name not be used, said the detour had cost him “three hours a week and a set of tires,” "
        "and that he would trust the bridge “when I cross it fully loaded.”"
    ) == [("three", "", None), ("when", "", None)]


def test_an_ambassador_to_a_country_after_said_is_named_whole() -> None:
    assert quotes(
        "“These recordings belong to the villages,” said U.S. Ambassador to Teshmar Odile "
        "Ferncastle-Ray.",
        "“Every vote was counted twice,” said U.S. Ambassador to the United Nations Bruna "
        "Kelleway-Tan.",
    ) == [
        ("These", "Odile Ferncastle-Ray", "U.S. Ambassador to Teshmar"),
        ("Every", "Bruna Kelleway-Tan", "U.S. Ambassador to the United Nations"),
    ]


def test_a_motto_in_quotation_marks_is_no_ones_words() -> None:
    assert quotes(
        "The chief curator, Mele Fakatoa-Birch, called the tapes “the finest archive we will ever "
        "hold,” and said copies would go to every village. The last wall carries the villages’ "
        "motto, “We move, we stay,” painted by schoolchildren."
    ) == [("the", "Mele Fakatoa-Birch", "chief curator")]


def test_a_person_introduced_by_a_who_clause_speaks() -> None:
    assert quotes(
        "Last month I met Nkechi Arrowsmith, a welding apprentice in Port Kelby, who told me, "
        "“I get paid to learn the thing I would have paid to learn.”",
        "Joining the Attorney was Osric T. Penhallow, Special Agent in Charge of the Kelby field "
        "office of the Federal Bureau of Investigation, who added, “Nobody here worked alone.”",
    ) == [
        ("I", "Nkechi Arrowsmith", "a welding apprentice in Port Kelby"),
        (
            "Nobody",
            "Osric T. Penhallow",
            "Special Agent in Charge of the Kelby field office of the Federal Bureau of "
            "Investigation",
        ),
    ]


def test_a_city_named_as_a_place_is_not_who_she_is() -> None:
    found = analyse_quotes(
        [
            "As President Halloway has said, a degree rule “shuts the door before people knock.”",
            "Employers see it too. Lucinda Ferreira-Wynn, who runs a machine shop outside Harbor "
            "City, told me her best machinist learned on the job. “I stopped asking for the "
            "diploma,” she said.",
        ],
        ("T", ""),
    )[0]
    assert [q.speaker for q in found] == ["Halloway", "Lucinda Ferreira-Wynn"]


def test_words_two_leaders_agreed_on_are_neither_ones() -> None:
    assert quotes(
        "Secretary Halvard Moe-Baptiste spoke today with Foreign Minister Greta Lindahl. The "
        "Secretary and the Foreign Minister agreed that any settlement must be “fair to the "
        "small boats, not only to the big fleets.”",
        "The leaders reaffirmed their commitment to a “free and open Indo-Pacific.”",
    ) == [("fair", "", None)]


def test_the_first_lady_unnamed_in_the_release_is_her_office() -> None:
    assert quotes(
        "The First Lady, a lifelong teacher, has said, “reading is where every other subject "
        "begins.” This has never been truer."
    ) == [("reading", "", "First Lady")]


def test_a_town_an_administration_and_a_grant_are_no_speakers() -> None:
    found = analyse_quotes(
        [
            "Today, the Marwick Administration is announcing new pay for firefighters.",
            "President Marwick has called them “the people who run toward what we run from.”",
            "Ines Holloway-Brandt drove the one road out of Cedar Mill that stayed open. “I did "
            "not know my dad was out on the water,” she said.",
            "“This is the best news our harbor has had,” said Town Manager Ulric Penmarth. “Our "
            "grandparents built boats here.”",
            "The grant comes from EDA’s Coastal Adjustment Assistance program.",
        ],
        ("T", ""),
    )[0]
    assert [(q.text.split()[0], q.speaker) for q in found] == [
        ("the", "Marwick"),
        ("I", "Ines Holloway-Brandt"),
        ("This", "Ulric Penmarth"),
    ]


def test_another_unnamed_driver_and_the_president_behind_someone() -> None:
    assert quotes(
        "Marit Holloway-Okafor, a driver from Ohio, described the ramps. “You sleep where you "
        "can,” she said.",
        "Another driver, who asked that his name not be used, said he once waited eleven hours at "
        "a dock. “I lost a whole day of my life in a parking lot,” he told the President.",
    ) == [("You", "Marit Holloway-Okafor", "a driver from Ohio"), ("I", "", None)]
    found = analyse_quotes(
        [
            "President Arkwright signed the bill.",
            "Tobiah Pennock-Sayre, who drives a long mail route, stood behind the President "
            "during the signing. “People leave me notes in the mailbox,” he said.",
        ],
        ("T", ""),
    )[0]
    assert [q.speaker for q in found] == ["Tobiah Pennock-Sayre"]


def test_king_after_a_given_name_is_a_surname() -> None:
    # "King" is also a monarch's title; after "Loretta" it is her surname, and her words count
    assert quotes(
        '"No worker should lose a job for serving in the reserves," said Mara King, Acting '
        'Assistant Attorney General for the Labour Division. "We will enforce the law."',
        '"The King will open the bridge," said the palace.',
    )[:1] == [("No", "Mara King", "Acting Assistant Attorney General for the Labour Division")]


def test_an_office_with_us_after_the_name_keeps_its_dots_and_the_quote_goes_on() -> None:
    found = analyse_quotes(
        [
            '"Every officer swears an oath to the public," said Orla Vance, U.S. Attorney for the '
            'District of Tarnovia. "When one breaks it, the public trust erodes."'
        ],
        ("T", ""),
    )[0]
    assert [(q.speaker, q.role, len(q.spans)) for q in found] == [
        ("Orla Vance", "U.S. Attorney for the District of Tarnovia", 2)
    ]
    assert found[0].text.endswith("the public trust erodes.")


def test_a_lower_case_office_with_us_before_the_name() -> None:
    assert quotes(
        '"Marketing a drug off-label puts patients at risk," said acting U.S. Attorney for the '
        'Western District of Tarnovia, Orla Vance. "Patients deserve better."'
    ) == [("Marketing", "Orla Vance", "acting U.S. Attorney for the Western District of Tarnovia")]


def test_king_after_an_office_is_a_surname() -> None:
    assert quotes(
        '"No one is above the law," said Acting Assistant Attorney General King. "Not even an '
        'officer."'
    ) == [("No", "King", "Acting Assistant Attorney General")]


def test_the_title_of_a_conference_is_no_quote_even_when_long() -> None:
    assert (
        quotes(
            "At today’s Kell Conference on “Supporting the Future of the Valley and the Region,” "
            "Ambassador Ada Quill, U.S. Representative to the United Nations, announced new aid."
        )
        == []
    )


def test_king_for_the_division_keeps_the_office_and_the_second_part() -> None:
    found = analyse_quotes(
        [
            '"A badge is no licence to do as you please," said Acting Assistant Attorney General '
            'Mara King for the Labour Division. "It carries a duty to do right."'
        ],
        ("T", ""),
    )[0]
    assert [(q.speaker, q.role, len(q.spans)) for q in found] == [
        ("Mara King", "Acting Assistant Attorney General for the Labour Division", 2)
    ]


def test_a_long_office_and_three_commas_after_the_name_are_all_the_role() -> None:
    assert quotes(
        '"Fraud against the clinic fund robs patients," said Orla Vance, Special Agent-in-Charge '
        "of the Office of Inspector General for the Department of Health and Clinic Services in "
        'Tarnovia City. "We will follow the money."',
        '"Honest taxpayers are the victims," said Ida Lund, Chief, Criminal Investigation, Kell '
        'Revenue Service. "The courts agree."',
    ) == [
        (
            "Fraud",
            "Orla Vance",
            "Special Agent-in-Charge of the Office of Inspector General for the Department of "
            "Health and Clinic Services in Tarnovia City",
        ),
        ("Honest", "Ida Lund", "Chief, Criminal Investigation, Kell Revenue Service"),
    ]


def test_a_persons_saying_named_by_a_possessive_is_theirs() -> None:
    found = quotes(
        "Senator Ada Quellhorst served the county for thirty years.",
        "When told the vote would cost her, her favorite reply was, “Then let it cost me.”",
        "Quellhorst’s message was clear: “Ferries before fountains.”",
        "In her own words, “A harbour is a promise.”",
    )
    assert found == [
        ("Then", "Ada Quellhorst", "Senator"),
        ("Ferries", "Ada Quellhorst", "Senator"),
        ("A", "Ada Quellhorst", "Senator"),
    ]


def test_a_bare_office_in_the_possessive_names_no_one() -> None:
    # "the President’s response was" names no one the release introduces: left unknown, never
    # the last president the release happened to mention
    found = quotes(
        "Former President Ed Marrow opened the berth in 2004.",
        "Asked about the delay, the President’s response was, “We will build it.”",
    )
    assert "Ed Marrow" not in [speaker for _, speaker, _ in found]


def test_has_often_said_introduces_the_quote() -> None:
    assert quotes(
        "The port is, as Secretary Ada Quellhorst has often said, “the front door of the state.”"
    ) == [("the", "Ada Quellhorst", "Secretary")]


def test_roundup_lines_with_degrees_a_platform_or_a_stray_mark() -> None:
    found = quotes(
        "Ines Daly MD MPH, Founder, Harbour Nurses Network: “Cheaper ferries mean fewer missed"
        " appointments.” [Tweet, 3/1/22]",
        "Kell Mayor Ed Marrow on Twitter: “Tonight the harbour got its due.” [Tweet, 3/1/22]",
        "Secretary Oda Kvalheim on KLTV: “The islands were heard.”",
        "Marta Quill RN, Founder ‘Nurses for Ferries’: “Ferries are health care.”",
        "Hon. Ada Quellhorst, Founder, One Coast Project:” “Tonight the President spoke for the"
        " islands.” [Statement, 3/1/22]",
    )
    assert found == [
        ("Cheaper", "Ines Daly", "Founder"),
        ("Tonight", "Ed Marrow", "Kell Mayor"),
        ("The", "Oda Kvalheim", "Secretary"),
        ("Ferries", "Marta Quill", "Founder ‘Nurses for Ferries’"),
        ("Tonight", "Ada Quellhorst", "Founder"),
    ]


def test_made_clear_and_has_been_clear_introduce_a_quote() -> None:
    assert quotes(
        "Harbour Commissioner Ada Quellhorst made clear that the berths “will open in May.”",
        "Mayor Ed Marrow has been clear: “No ferry will be cut.”",
    ) == [("will", "Ada Quellhorst", "Harbour Commissioner"), ("No", "Ed Marrow", "Mayor")]


def test_i_said_in_remarks_is_the_speaker_the_title_names() -> None:
    paragraphs = [
        "Thank you all for coming out in the rain.",
        "When my daughter joined the coast patrol, I said, “Keep your boots dry and your radio on.”",
        "We called it, for many years, “the long shift.”",
        "I always say to the family — seeing you together reminded me of that old line from "
        "Ada Quill’s poem: “The harbour keeps what the harbour is given.”",
    ]
    found = analyse_quotes(paragraphs, ("Remarks by Governor Ilse Marrow at the Pier", ""))[0]
    assert [(q.text.split()[0], q.speaker, q.role) for q in found] == [
        ("Keep", "Ilse Marrow", "Governor")
    ]
    joint = ("Remarks by Governor Ilse Marrow and Mayor Bo Finch at the Pier", "")
    assert analyse_quotes(paragraphs[1:2], joint)[0] == []


def test_habits_of_speech_name_the_speaker_but_a_supposed_saying_does_not() -> None:
    title = ("Statement by Governor Ilse Marrow on the Passing of Senator Ada Quill", "")
    paragraphs = [
        "Senator Ada Quill served the coast for thirty years.",
        "She liked to say that the harbour “belongs to whoever is willing to mend the nets.”",
        "As Quill would say, “No town is too small to matter.”",
        "She would always remind us, “Show up early and stay late.”",
        "How long would the storms have to last before the council would say “we give up”?",
    ]
    assert [(q.text.split()[0], q.speaker) for q in analyse_quotes(paragraphs, title)[0]] == [
        ("belongs", "Ada Quill"),
        ("No", "Ada Quill"),
        ("Show", "Ada Quill"),
    ]


def test_a_news_style_lower_case_office_before_the_verb_is_that_office() -> None:
    """An ICYMI item quoting the press: "the president told reporters …" in lower case."""
    assert quotes(
        "President Odo Varga signed the ferry bill on Tuesday.",
        "The president told reporters the bill was “only the start.”",
        "The governor said the ferries would “run every hour by the spring.”",
    ) == [("only", "Odo Varga", "President"), ("run", "", "Governor")]


def test_he_after_a_bare_office_in_the_same_paragraph_is_that_office() -> None:
    assert quotes(
        "Today the President signed the ferry bill. As he said when he first proposed it, the "
        "bill “keeps faith with every family on the coast.”",
    ) == [("keeps", "", "President")]


def test_a_dash_signature_with_a_party_or_riding_in_brackets_names_the_speaker() -> None:
    assert quotes(
        "“This bill is a lifeline for every ferry town.” — Senator Bo Finch (R-Kell)",
        "“Small festivals keep the island alive.”",
        "— Mira Doucet, Parliamentary Secretary and Member of Parliament (Tern Bay North)",
    ) == [
        ("This", "Bo Finch", "Senator"),
        (
            "Small",
            "Mira Doucet",
            "Parliamentary Secretary and Member of Parliament (Tern Bay North)",
        ),
    ]
