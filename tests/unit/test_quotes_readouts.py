"""Quoted fragments in readouts and roundups, and who a "she said" goes back to, in sentences of
our own: the forms a White House readout, a State media note or a DOJ release uses."""

from __future__ import annotations

from pressreader.quotes import analyse_quotes


def quotes(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    found = analyse_quotes(list(paragraphs), ("Readout of a Meeting", ""))[0]
    return [(q.text.split()[0], q.speaker, q.role) for q in found]


def test_according_to_an_office_in_lower_case_before_the_name() -> None:
    assert quotes(
        "According to county commissioner Orla Fenwright, the valley's only ferry was “late more "
        "often than it was on time.”"
    ) == [("late", "Orla Fenwright", "county commissioner")]


def test_according_to_a_document_credits_no_one() -> None:
    assert quotes("According to the audit, the depot was “short of every spare part.”") == []


def test_the_subject_speaks_by_way_of_a_gerund() -> None:
    found = quotes(
        "Deputy Secretary Ilse Marquardt-Bose opened the session by calling the flooding “the "
        "slowest disaster this state has ever had,” and thanked the engineers.",
        "Marquardt-Bose closed it by promising the engineers that their reports would be “read "
        "in full by everyone who signs a contract.”",
    )
    assert [speaker for _, speaker, _ in found] == ["Ilse Marquardt-Bose"] * 2


def test_two_leaders_describing_together_are_no_one_of_them() -> None:
    found = quotes(
        "President Ada Kellaway spoke with Prime Minister Rune Ostberg. Both leaders described "
        "the new rail link as “the most useful thing our two countries have built in years,” and "
        "asked their ministers to meet."
    )
    assert found == [("the", "", None)]


def test_a_poll_worker_in_the_town_of_a_place_is_described_not_named() -> None:
    found = quotes(
        "President Ada Kellaway praised the election.",
        "As one poll worker in the town of Vellor told observers, “We counted the ballots "
        "twice, once for the law and once for our neighbours.”",
    )
    assert found == [("We", "", None)]


def test_an_unnamed_voter_told_investigators_after_a_leading_phrase() -> None:
    found = quotes(
        "U.S. Attorney Pell Garrow announced the agreement.",
        "During the review, one voter who uses a walker told investigators that at the last "
        'election she had to fill in her ballot "standing in the car park, in the wind, with '
        'nobody to help."',
    )
    assert found == [("standing", "", None)]


def test_she_said_goes_back_to_an_ambassador_named_in_the_paragraph_before() -> None:
    found = quotes(
        "At the ceremony, U.S. Ambassador to Vellor Ruth Amberley-Sayce said, “Every clinic "
        "in this country deserves a working freezer.”",
        "“Before today, the nurses carried the vaccines on foot,” said Health Minister Dr. "
        "Tomasz Ovrenko. “Now the vaccines can wait for them.”",
        "Ambassador Amberley-Sayce later visited a district clinic, where she met the nurses.",
        "“I have met nurses here who walked since before dawn,” she said.",
    )
    assert found[-1][1] == "Ruth Amberley-Sayce"


def test_a_postmaster_is_an_office() -> None:
    found = quotes(
        "Senator Hollis Drummond-Ware, who wrote the bill, called it “the best thing I ever did "
        "in this job, by a distance.”",
        "Postmaster Wenna Calloway-Strand of Pine Notch introduced the President. “We collected "
        "more signatures than the town has people,” she said.",
    )
    assert found[-1][1:] == ("Wenna Calloway-Strand", "Postmaster of Pine Notch")


def test_a_name_first_met_without_office_gets_the_office_a_later_sentence_gives() -> None:
    found = quotes(
        "Marlow Boats chief executive Idris Penhallow said the yard would hire 60 apprentices.",
        "“We have built boats in this harbour for eighty years,” Mr Penhallow said.",
    )
    assert found == [("We", "Idris Penhallow", "Marlow Boats chief executive")]


def test_two_people_with_one_surname_keep_their_own_quotes() -> None:
    found = quotes(
        "“We will fix every bridge on the river road,” said President Joe Kellerman.",
        "“Teachers have waited long enough for this,” said Dr. Jill Kellerman, a teacher.",
    )
    assert [speaker for _, speaker, _ in found] == ["Joe Kellerman", "Jill Kellerman"]


def test_a_short_title_before_a_surname_is_no_given_name() -> None:
    found = quotes(
        "Detective Chief Inspector Owain Pritchard-Lowe led the inquiry.",
        "“Someone in this town knows who did it,” DCI Pritchard-Lowe said.",
    )
    assert found == [("Someone", "Owain Pritchard-Lowe", "Detective Chief Inspector")]


def test_a_body_named_for_a_cause_is_one_speaker() -> None:
    assert quotes(
        "Hope for the Valley: “Thank you for standing with the families who rebuilt after the "
        "flood.” [Tweet, 3/2/22]"
    ) == [("Thank", "Hope for the Valley", None)]


def test_same_given_names() -> None:
    from pressreader.quotes.names import same_given_names

    assert same_given_names("Joe Kellerman", "Joseph R. Kellerman")
    assert same_given_names("Bill Kellerman", "William Kellerman")
    assert same_given_names("Bravo Ferrandez", "Juan Bravo Ferrandez")  # a double surname
    assert same_given_names("J. Kellerman", "Jane Kellerman")
    assert not same_given_names("Jill Kellerman", "Joe Kellerman")
    assert not same_given_names("North Vell", "South Vell")


def test_an_outlet_quoted_someone_as_saying() -> None:
    found = quotes(
        "The Gull Point Courier quoted Secretary of Transportation Amos Pelling-Rhee as saying "
        "the boat was “a bridge for a town that will never have one.” Orla Vance, who runs the "
        "bakery, told the paper “I stopped counting the mornings the ferry did not come.”"
    )
    assert [speaker for _, speaker, _ in found] == ["Amos Pelling-Rhee", "Orla Vance"]


def test_an_office_holders_message_with_a_colon() -> None:
    found = quotes(
        "President Ada Kellaway spoke with Prime Minister Rune Ostberg of Vellor.",
        "The President’s message was simple: “Grain is food, not a weapon.”",
    )
    assert found == [("Grain", "Ada Kellaway", "President")]


def test_two_leaders_saying_together_after_and() -> None:
    found = quotes(
        "President Ada Kellaway spoke with Prime Minister Rune Ostberg of Vellor. The Prime "
        "Minister agreed, and the two leaders said that the tariffs should be “lifted without "
        "conditions and without delay.”"
    )
    assert found == [("lifted", "", None)]


def test_adding_that_goes_on_with_the_speaker_of_the_quote_before() -> None:
    found = quotes(
        "Governor Ines Marchetti-Okafor spoke to the workers. “When people ask where the "
        "batteries will come from, I will tell them about Corriveau,” she said, adding that "
        "the plant showed “what a town can do when it refuses to give up.”"
    )
    assert [speaker for _, speaker, _ in found] == ["Ines Marchetti-Okafor"] * 2


def test_he_said_makes_a_later_she_said_someone_else() -> None:
    found = quotes(
        "Line lead Alba Quist-Heron told the Governor that she had worked in the building for "
        "years. “I walked out of here thinking I would never walk back in,” she said.",
        "Her husband, machinist Teodor Vell-Amato, who works on the same line, described the "
        "jobs as a lifeline. “Our kids were going to leave this town,” he said.",
        "“They came back for the jobs, but they stayed because it is home,” she said.",
    )
    assert found[-1][1] == "Alba Quist-Heron"


def test_a_place_ending_in_junction_is_no_person() -> None:
    found = quotes(
        "Site director Mireille Vantongeren said the company chose Kelloway Junction because "
        "the skills were still there. “Half of our first hires had built rail cars here,” she "
        "said."
    )
    assert found[0][1] == "Mireille Vantongeren"


def test_thanked_someone_for_a_fragment() -> None:
    found = quotes(
        "The Minister for Refugee Affairs, Jelena Ostrova-Baird, thanked the United States for "
        "the new funds and for “understanding that the host towns are poor too.”",
        "Vice President Imre Calloway visited the plant. The Vice President toured the line "
        "with plant manager Oda Fenwick-Lusk. She thanked the workers for “building the part "
        "of the economy nobody puts on a postcard.”",
    )
    assert [speaker for _, speaker, _ in found] == ["Jelena Ostrova-Baird", "Imre Calloway"]


def test_the_kind_of_a_term_is_no_quote() -> None:
    assert (
        quotes(
            "Mayor Priya Thorsby described her city’s decision to allow duplexes, the kind of "
            "“missing middle” housing that most codes ban."
        )
        == []
    )


def test_an_office_for_an_agencys_office_after_the_name() -> None:
    assert quotes(
        '"A flare is a safety device for emergencies, not a way to dispose of gas," said '
        "Assistant Administrator Everett J. Lindqvist-Obi for EPA's Office of Enforcement."
    ) == [
        ("A", "Everett J. Lindqvist-Obi", "Assistant Administrator for EPA's Office of Enforcement")
    ]


def test_an_unnamed_victim_with_a_long_description_wrote() -> None:
    found = quotes(
        "Judge Imelda Castellano-Vey read from letters investors had sent to the court. One "
        "victim, an 81-year-old widow who invested the money from the sale of her late husband's "
        'farm, wrote, "I trusted him because he sat in our pew every single Sunday."'
    )
    assert found == [("I", "", None)]


def test_the_mother_of_the_family_is_described_not_named() -> None:
    found = quotes(
        "Assistant Attorney General Ruth Calderwood-Ames announced the sentence.",
        'The mother of the family addressed the court at the hearing. "My children still ask '
        'me to check the yard before they go to sleep," she said.',
    )
    assert found[-1] == ("My", "", None)


def test_an_unnamed_manager_wrote_that() -> None:
    found = quotes(
        "According to the complaint, a refinery manager wrote in a 2013 email to a colleague "
        'that the flares had become "our cheapest way to get rid of a problem."'
    )
    assert found == [("our", "", None)]


def test_a_title_case_name_before_its_noun_is_no_quote() -> None:
    assert (
        quotes(
            "On Tuesday, Secretary of Commerce Orla Fenwright announced the first $310 million in "
            "“Connect Main Street” grants for small towns."
        )
        == []
    )


def test_to_call_something_a_word_names_it() -> None:
    assert (
        quotes(
            "Tavis Okonkwo-Reyes charged clients up to $600 per return and told employees to "
            'call the credit the "bonus."'
        )
        == []
    )


def test_he_said_after_a_sentence_reporting_someone_is_that_someone() -> None:
    found = quotes(
        "Special Agent in Charge Dorian Fitzwarren-Hale of the FBI's Kell Field Office said the "
        'FBI had identified Tolbert Vance within two days. "Hate crimes are a top priority for '
        'the FBI," he said.'
    )
    assert found[0][1] == "Dorian Fitzwarren-Hale"


def test_a_name_local_crews_already_call_a_place_is_no_quote() -> None:
    assert (
        quotes(
            "Secretary of the Interior Wilma Achterberg told the governors the Department would "
            "open a tanker base at the old airfield that local crews already call “the Bucket "
            "Yard.”"
        )
        == []
    )


def test_what_someone_calls_her_is_a_name() -> None:
    found = quotes(
        "Rosalind Fenn-Castillo, a home care worker, has cared for the same client for nine "
        "years. She said her client calls her “the boss of the house.” “I know his medicines "
        "better than his doctor does,” she said."
    )
    assert [text for text, _, _ in found] == ["I"]


def test_a_word_and_its_gloss_are_words_as_words() -> None:
    found = quotes(
        "Chairwoman Dolores Whitecloud-Arana said the elders use the word “tohana,” which means "
        "both “water” and “the road to it,” because one never came without the other."
    )
    assert found == []


def test_a_headline_in_marks_before_its_subtitle_is_no_quote() -> None:
    assert (
        quotes(
            "The Calder Valley Clarion: “Now We Can Get to Work on Time”: Marlow Bridge Reopens "
            "After Six Years"
        )
        == []
    )


def test_two_presidents_agreeing_on_words_are_no_one_of_them() -> None:
    found = quotes(
        "President Ada Kellaway met President Idris Kalloum of Vell. The two Presidents agreed "
        "that the Compact should be “open to every country in the region that trades fairly.”"
    )
    assert found == [("open", "", None)]


def test_in_the_words_of_the_late_senator_himself() -> None:
    found = quotes(
        "Senator Thaddeus Marlowe-Oyel served for thirty years.",
        "In the words of the late Senator himself: “We lost today. We will be back tomorrow.”",
    )
    assert found == [("We", "Thaddeus Marlowe-Oyel", "Senator")]


def test_a_grandson_known_by_first_name_said() -> None:
    found = quotes(
        "Arletta Kincaid-Rowe, 71, filled a glass from her new kitchen tap. “I waited thirty "
        "years for this,” she said.",
        "Her grandson Jalen, 10, said he wanted to try it first. “It tastes like nothing,” he "
        "said.",
    )
    assert found[-1][1] == "Jalen"


def test_in_the_words_of_someone_described_then_named() -> None:
    found = quotes(
        "In the words of that aide, Ernestine Walloway-Booker, who is now 81: “I was paid like "
        "a babysitter and trusted like a nurse.”",
        "In the words of the bill’s lead sponsor, Representative Harmon Devereux-Achebe of "
        "Kell, “A veteran should not have to choose between a day’s pay and his family.”",
    )
    assert [speaker for _, speaker, _ in found] == [
        "Ernestine Walloway-Booker",
        "Harmon Devereux-Achebe",
    ]


def test_a_family_statement_names_no_one() -> None:
    found = quotes(
        "Secretary of State Lucius Pemberton welcomed the release of Callum Ferris-Osei.",
        "Mr. Ferris-Osei’s family said in a statement: “We are grateful to everyone who refused "
        "to let Callum be forgotten.”",
    )
    assert found == [("We", "", None)]


def test_what_the_two_heads_of_delegation_described_as() -> None:
    found = quotes(
        "Minister Ada Kellaway and Minister Rune Ostberg met in Vell. They reviewed the cable, "
        "which the two heads of delegation described as “the backbone of a grid that no storm "
        "can take down.”"
    )
    assert found == [("the", "", None)]


def test_a_he_said_never_points_to_a_first_name_by_proximity_alone() -> None:
    found = analyse_quotes(
        [
            "And then he looked at me and he said, “And, Dad…” — and his brother Tobin was his "
            "closest friend. And he turned to me and he said, “Dad, I want you to know I am not "
            "afraid.”"
        ],
        ("Remarks by President Kell at a Prayer Breakfast", ""),
    )[0]
    assert "Tobin" not in [q.speaker for q in found]
