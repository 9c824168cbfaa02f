"""Attribution in fact sheets, roundups and statements whose title names their author: forms found
unannotated in the U.S. corpora, written here in sentences of our own."""

from __future__ import annotations

from pressreader.quotes import analyse_quotes, statement_speaker
from pressreader.quotes.learning import learn_people
from pressreader.quotes.people import People


def said(*paragraphs: str, title: str = "Clinics open in three states") -> list[tuple]:
    found = analyse_quotes(list(paragraphs), (title, ""))[0]
    return [(q.text.split()[0], q.speaker, q.role) for q in found]


def test_reflected_introduces_a_quotation() -> None:
    assert said(
        "Clinic Instructor Petra Lund reflected, “We reached more tenants than we had hoped. "
        "Legal aid offices are stretched thin.”"
    ) == [("We", "Petra Lund", "Clinic Instructor")]


def test_a_described_name_after_the_quotation_once_wrote_it() -> None:
    # before: the words went on to the person quoted in the paragraph above
    assert said(
        "“Every clinic starts with one volunteer,” Director Mara Quist said.",
        "“People who forget their history will live it twice,” the novelist Ada Brennick once "
        "wrote.",
    ) == [("Every", "Mara Quist", "Director"), ("People", "Ada Brennick", "novelist")]


def test_recognizes_that_credits_a_whole_sentence_in_marks() -> None:
    assert said(
        "Law School Dean Oren Falk-Whitby recognizes that “Losing a home upends everything a "
        "family has built. Children change schools and parents lose shifts.”"
    ) == [("Losing", "Oren Falk-Whitby", "Law School Dean")]


def test_an_unnamed_surgeon_general_is_an_office_with_no_name() -> None:
    assert said(
        "As the Surgeon General has said, “when these apps are not designed with care, they can "
        "drive young people apart.”"
    ) == [("when", "", "Surgeon General")]


def test_in_the_presidents_words_credits_the_president_the_release_names() -> None:
    assert said(
        "President Ada Quill spoke on Monday about the economy.",
        "The plan will, in the President’s words, “help every family in this country get ahead "
        "and stay ahead.”",
    ) == [("help", "Ada Quill", "President")]


def test_a_roundup_line_with_an_ampersand_in_the_office() -> None:
    assert said(
        "State Senator & Caucus Co-Chair Dana Whitfield: “Our grants reached four hundred "
        "providers in one year and kept their doors open.” [Tweet, 3/9/22]",
    ) == [("Our", "Dana Whitfield", "State Senator & Caucus Co-Chair")]


def test_a_body_with_an_ampersand_is_not_split_into_an_office_and_a_name() -> None:
    found = said(
        "Tenants & Neighbors of Kell: “We will keep knocking on every door until the repairs are "
        "done.” [Statement, 3/1/22]",
    )
    assert all(speaker != "Neighbors" for _, speaker, _ in found)


def test_an_agent_in_charge_is_an_office_not_part_of_the_name() -> None:
    assert said(
        '"These men planned every step of the fraud," said FBI Assistant Director-in-Charge '
        "Lorne P. Vaskey of the Kell Field Office."
    ) == [("These", "Lorne P. Vaskey", "FBI Assistant Director-in-Charge of the Kell Field Office")]


def test_the_author_named_in_a_statements_title_is_learned_before_the_topic() -> None:
    # "on the Ruling in Kell v. Roe" is the topic: the title names Attorney General Ada Quill
    people = People()
    learn_people(["Statement of Attorney General Ada Quill on the Ruling in Kell v. Roe"], people)
    assert [(p.name, p.role) for p in people.known] == [("Ada Quill", "Attorney General")]
    people = People()
    learn_people(["Remarks By President Ada Quill Providing an Update on the Floods"], people)
    assert [(p.name, p.role) for p in people.known] == [("Ada Quill", "President")]


def test_she_in_the_authors_own_statement_is_not_the_author() -> None:
    assert said(
        "The family has shown courage, especially his young daughter Mia, whom I met again "
        "today. A year ago my wife and I met the family and she told me, “Daddy is still with "
        "us.”",
        title="Statement by President Ada Quill on the First Anniversary of the Flood",
    ) == [("Daddy", "", None)]


def test_a_guidance_named_for_its_author_is_no_speaker() -> None:
    found = analyse_quotes(
        [
            "The filing follows Attorney General Quill’s earlier memo.",
            "It addresses Attorney General Quills Guidance on Federal Grants issued in May. The "
            "Guidance stated that agencies may not favour one applicant over another.",
        ],
        ("Department Files Brief", ""),
    )[1]
    assert all(not p.name.endswith("Guidance") for p in found.known)


def test_a_generation_suffix_stays_with_the_name_not_the_role() -> None:
    assert said(
        "“Every hour counts in a flood,” said Governor Ada M. Quill, Jr.",
        "“We will rebuild the levee,” said Bureau Director Lorne P. Vaskey, III, of the Kell "
        "Water Division.",
    ) == [
        ("Every", "Ada M. Quill, Jr.", "Governor"),
        ("We", "Lorne P. Vaskey, III", "Bureau Director of the Kell Water Division"),
    ]


def test_a_portfolio_ending_in_technology_is_the_role_not_the_name() -> None:
    assert said(
        "“Every agency must patch its systems this week,” said Deputy Advisor for Cyber and "
        "Emerging Technology Ada Quill."
    ) == [("Every", "Ada Quill", "Deputy Advisor for Cyber and Emerging Technology")]


def test_a_title_verb_after_the_author_is_not_part_of_the_name() -> None:
    found = analyse_quotes(
        ["On my first day in office I paused loan repayments, and today I extend that pause."],
        ("Statement by Governor Ada Quill Extending the Pause on Loan Repayment", ""),
    )[1]
    assert [(p.name, p.role) for p in found.known] == [("Ada Quill", "Governor")]


def test_a_statement_from_the_president_is_not_the_foreign_president_it_names() -> None:
    # the author of "Statement from the President" writes "I"; President Tarvo is someone else
    assert said(
        "Today I spoke with President Ilmar Tarvo of Estmark about the floods.",
        "“We will stand with the people of Estmark for as long as it takes.”",
        title="Statement from the President on the Floods in Estmark",
    ) == [("We", "", "President")]


def test_a_title_ends_the_author_at_after_or_years_after() -> None:
    assert statement_speaker("Statement by President Ada Quill Four Years After the Flood") == (
        "President Ada Quill"
    )
    assert statement_speaker("Statement from Governor Ada Quill after Senate Vote") == (
        "Governor Ada Quill"
    )


def test_as_x_said_after_a_closed_quotation_begins_a_new_sentence() -> None:
    # the charter's words are no one's here; the Secretary-General said something else
    assert (
        said(
            "The league was founded to “spare the coming generations the ruin of war.” As "
            "Secretary-General Ada Quill said, enough is enough."
        )
        == []
    )


def test_two_offices_joined_by_a_slash_are_the_role() -> None:
    assert said(
        "EU High Representative/Vice-President Ada Quill said: “Those responsible will answer for "
        "what they did.”"
    ) == [("Those", "Ada Quill", "EU High Representative/Vice-President")]


def test_a_title_case_name_after_its_or_their_is_no_quote() -> None:
    assert (
        said(
            "In his remarks, Minister Jo Hayashi stressed the need to vaccinate, and presented the "
            "country’s donations and its “Last Village First” support."
        )
        == []
    )


def test_a_headline_verb_is_cut_from_the_office_a_title_gives() -> None:
    people = People()
    learn_people(["Governor Roe Nominates Judge Ada Quill to the State Supreme Court"], people)
    # the nominee with her office; the governor, the headline's subject, is known too
    assert [(p.name, p.role) for p in people.known] == [("Ada Quill", "Judge"), ("Roe", "Governor")]


def test_an_unnamed_subject_of_the_last_verb_is_not_the_name_of_an_earlier_one() -> None:
    # the counselor, not Judge Quill, warned her off: whose words these are is unknown
    assert (
        said(
            "When Judge Ada Quill told her school counselor she wanted to study law, the counselor "
            "warned that Judge Quill should not set her sights “so high.” That did not stop her.",
        )
        == []
    )


def test_a_name_in_an_after_clause_is_not_the_subject_that_said_that() -> None:
    assert (
        said(
            "After Minister Ada Quill visited the port, the harbour master said that it would stay "
            "“open all winter long.”"
        )
        == []
    )


def test_an_office_after_a_titles_topic_is_only_the_office() -> None:
    people = People()
    learn_people(
        [
            "Statement by Governor Jo Roe, Jr. On the Anniversary of the Passing of Senator Ada Quill"
        ],
        people,
    )
    assert ("Ada Quill", "Senator") in [(p.name, p.role) for p in people.known]


def test_after_ends_the_author_of_remarks_but_two_speakers_stay_as_they_were() -> None:
    people = People()
    learn_people(["Remarks by Governor Ada Quill After Meeting with Flood Crews"], people)
    assert ("Ada Quill", "Governor") in [(p.name, p.role) for p in people.known]
    people = People()
    learn_people(["Governor Jo Roe And Kell Minister Ada Quill After Their Meeting"], people)
    assert all("Roe And" not in (p.role or "") for p in people.known)


def test_a_form_of_address_is_no_office_a_title_gives() -> None:
    people = People()
    learn_people(["Statement by Governor Roe Marking 54 Years Since Dr. Ada Quill’s Death"], people)
    assert all(not (p.role or "").endswith("Dr.") for p in people.known)
    people = People()
    learn_people(["Good afternoon, I’m Dr. Ada Quill. I’m the provost."], people)
    assert [(p.name, p.role) for p in people.known] == [("Ada Quill", None)]


def test_adding_that_after_the_name_is_no_part_of_the_office() -> None:
    found = said(
        "« Nous suivons la science », said the Commissioner for Oceans, Coasts and Fisheries, Ada "
        "Quill, adding that fishers in the region “deserve a plan, not a yearly shock.”"
    )
    assert found[0] == ("Nous", "Ada Quill", "Commissioner for Oceans, Coasts and Fisheries")
    assert all("adding" not in (role or "") for _, _, role in found)


def test_a_doctor_named_first_is_who_sie_means_not_an_official_named_later() -> None:
    found = analyse_quotes(
        [
            "Dr. Jana Roe-Kessler vom Verband der Bahnen begrüßte die Erhöhung. „Es fehlt nicht an "
            "Ideen, es fehlt an Geld“, sagte sie.",
            "Für die Länder erklärte Staatssekretärin Ada Quill, die Länder stünden zu ihrer "
            "Verantwortung.",
        ],
        ("Mittel für Regionalbahnen", ""),
    )[0]
    assert [q.speaker for q in found] == ["Jana Roe-Kessler"]


def test_an_ordinal_inside_a_bodys_name_keeps_the_roundup_line_whole() -> None:
    assert said(
        "Harbour League 21st Century Co-chair, Former Kell Governor Ada Quillon: “The new berths"
        " are the best news the islands have had in years.” [Statement, 3/1/25]"
    ) == [("The", "Ada Quillon", "Harbour League 21st Century Co-chair, Former Kell Governor")]


def test_former_stays_in_the_office_it_qualifies() -> None:
    assert said(
        "Former Kell Governor Ada Quillon: “The new berths are the best news the islands have"
        " had in years.”"
    ) == [("The", "Ada Quillon", "Former Kell Governor")]


def test_a_purported_word_in_quotation_marks_is_held_at_a_distance_not_quoted() -> None:
    assert (
        said(
            "Secretary of Ports Ola Bering spoke today with the harbour board. The Secretary noted the"
            " quick response to the cartel's decision to recognize the purported “independence” of the"
            " island terminals."
        )
        == []
    )


def test_a_long_plan_title_with_a_subtitle_is_a_name_not_a_quote() -> None:
    assert (
        said(
            "At the harbour summit, Minister Ola Bering announced the “Plan to Restore the Island"
            " Berths: Safe Crossings for Every Village”, with money from three ports."
        )
        == []
    )


def test_the_office_then_the_name_between_commas_after_the_quotation() -> None:
    assert said(
        "“We can hire twelve more teachers next year,” the district’s superintendent, Ana Ruiz-Oda,"
        " said in a statement."
    ) == [("We", "Ana Ruiz-Oda", "district’s superintendent")]


def test_the_sentence_after_according_to_x_is_no_office_of_x() -> None:
    found = said(
        "Maria Lopez-Vane runs the mill in Kell.",
        "The purpose of the fund, according to Lopez-Vane, was for the growers “to stay on their"
        " land through a bad year.”",
    )
    assert found == [("to", "Maria Lopez-Vane", None)]


def test_an_interjection_before_a_colon_is_no_speaker() -> None:
    assert (
        said(
            "They would look at you like that. Well, you know part of what they were thinking:"
            " “What does a harbour board even do all day?”"
        )
        == []
    )
