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
