"""Speakers named by a reference or a construction with no speech verb right before the quote, in
our own words: "the former"/"the latter", "the 34-year-old", "the principal explained", a speech
participle after the sentence's own predicate, "did not hesitate:", "X's reply:", and an office set
off by commas before "… and called it “…”"."""

from __future__ import annotations

from pressreader.quotes import analyse_quotes


def quotes(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    found = analyse_quotes(list(paragraphs), ("Readout of the Governors' Meeting", ""))[0]
    return [(q.text.split()[0], q.speaker or None, q.role) for q in found]


def test_the_former_and_the_latter_are_the_pair_named_before() -> None:
    got = quotes(
        "Governor Idris Vantongeren of Ostrava County and Governor Melisande Quarrie-Obi of "
        "Lowmarsh described two paths. The former told the Vice President that three clinics "
        "had shut. “Our nearest maternity ward is now across the state line,” he said.",
        "The latter, a paramedic before she ran for office, said the answer was training: "
        "“Give the people already here the skills, and let them use them.”",
    )
    assert [(w, s) for w, s, _ in got] == [
        ("Our", "Idris Vantongeren"),
        ("Give", "Melisande Quarrie-Obi"),
    ]


def test_the_latter_of_three_is_no_one() -> None:
    got = quotes(
        "Mayor Ada Lindqvist-Roe, Mayor Bram Okafor-Hale and Mayor Cleo Ashdown-Vey met.",
        "“We will share one dispatch center from July,” the latter said.",
    )
    assert [s for _, s, _ in got if s] == []


def test_the_age_noun_is_the_person_given_that_age() -> None:
    assert quotes(
        "One of the new hires, Rosalind Etxeberria-Kemp, 29, a crane operator, grew up by the "
        "harbor. “My grandfather loaded ships by hand on this same quay,” the 29-year-old said."
    ) == [("My", "Rosalind Etxeberria-Kemp", None)]


def test_a_lower_case_office_after_the_quote_is_its_holder() -> None:
    assert quotes(
        "Principal Wilhelmina Ostrander-Diaz showed the Secretary the reading room. “Half of "
        "these books came from parents who had nothing else to give,” the principal explained."
    ) == [("Half", "Wilhelmina Ostrander-Diaz", "Principal")]


def test_a_quip_is_speech() -> None:
    assert quotes(
        "Crew chief Barnaby Fitzwilliam-Oduya answered for the team. “We are rested enough, "
        "Madam Secretary,” he quipped."
    ) == [("We", "Barnaby Fitzwilliam-Oduya", "Crew chief")]


def test_a_speech_participle_after_the_predicate() -> None:
    assert quotes(
        "Dr. Honorine Castellane-Mbeki has long championed rural nurses, declaring that "
        "“nobody should drive two hours to have a wound dressed.”"
    ) == [("nobody", "Honorine Castellane-Mbeki", "Dr.")]


def test_a_participle_after_you_and_someone_names_no_one() -> None:
    """A reporter's question: "You and the President" are no single speaker."""
    assert (
        quotes(
            "You and the President are both talking about permits, saying that the companies "
            "“have thousands of permits they are not using today.”"
        )
        == []
    )


def test_a_piece_of_advice_offered_by_she() -> None:
    assert quotes(
        "Dr. Amarante Kisielewska, an alumna of the program, now runs the island's only clinic. "
        "She offered the new students a piece of advice: “Say yes to every invitation. Say yes "
        "to the odd dish and the long walk.”"
    ) == [("Say", "Amarante Kisielewska", "Dr.")]


def test_did_not_hesitate_hands_over_to_the_subject() -> None:
    assert quotes(
        "Nurse Perpetua Hallgrimsdottir covers three islands. Hallgrimsdottir, asked what the "
        "hardest part of winter was, did not hesitate: “The ferry. When the ferry stops, I am "
        "the hospital.”"
    ) == [("The", "Perpetua Hallgrimsdottir", "Nurse")]


def test_the_offices_reply_after_a_colon() -> None:
    got = quotes(
        "Administrator Casimir Oyelaran-Frost met the mayors. One mayor asked how soon her "
        "town could start. The Administrator’s reply: “Tomorrow, if you like. You need not "
        "wait for our guidance.”"
    )
    assert [(w, s) for w, s, _ in got] == [("Tomorrow,", "Casimir Oyelaran-Frost")]


def test_who_told_someone_that_credits_the_fragment() -> None:
    assert quotes(
        "Among them was the editor Oluwaseun Brandvold, who told the Vice President that the "
        "new press law had “opened a window, but not yet a door.”"
    ) == [("opened", "Oluwaseun Brandvold", None)]


def test_an_office_set_off_by_commas_before_and_called() -> None:
    assert quotes(
        "Tervania’s Minister of Heritage, Ludmila Ostrowska-Penn, thanked the investigators and "
        "called the return “a second dig, carried out in courtrooms rather than in the earth.”"
    ) == [("a", "Ludmila Ostrowska-Penn", "Tervania’s Minister of Heritage")]


def test_a_time_between_commas_is_no_office() -> None:
    got = quotes(
        "Governor Evander Stroud-Achebe, earlier today, visited the shelter and said, “Every "
        "family here will have a roof by Friday.”"
    )
    assert got == [("Every", "Evander Stroud-Achebe", "Governor")]


def test_a_titled_list_item_with_a_party_tag() -> None:
    assert quotes(
        "• Governor Juniper Aldous-Ward (D-Kell): “We are ready to lay the first span this year.”"
    ) == [("We", "Juniper Aldous-Ward", "Governor")]


def test_a_body_as_list_item_leaves_the_quote_to_its_speaker() -> None:
    """Guard: "• Kell Power: “…,” said CEO X": the body introduces, the person after it speaks."""
    assert quotes(
        "• Brackwater Power: “We will hire 400 apprentice lineworkers by the end of next year,” "
        "said CEO Isadora Quennell-Brink."
    ) == [("We", "Isadora Quennell-Brink", "CEO")]


def test_a_handle_is_no_part_of_the_name() -> None:
    assert quotes(
        "Mayor Juniper Aldous-Ward (@mayorjuniper): “We are ready to lay the first span this year.”"
    ) == [("We", "Juniper Aldous-Ward", "Mayor")]


def test_as_one_mother_of_a_town_put_it() -> None:
    assert quotes(
        "As one mother, Juniper Aldous-Ward of Dayton, put it: “We are ready to lay the first span "
        "this year.”"
    ) == [("We", "Juniper Aldous-Ward", "one mother")]


def test_a_persons_letter_read() -> None:
    got = quotes(
        "Juniper Aldous-Ward’s letter read: “We are ready to lay the first span this year.”"
    )
    assert [(w, s) for w, s, _ in got] == [("We", "Juniper Aldous-Ward")]


def test_who_said_without_that() -> None:
    got = quotes(
        "The President thanked Juniper Aldous-Ward, who said “we are ready to lay the first span "
        "this year.”"
    )
    assert [(w, s) for w, s, _ in got] == [("we", "Juniper Aldous-Ward")]


def test_that_was_the_promise_x_made() -> None:
    got = quotes(
        "“We will lay the first span before the snow comes.”",
        "That was the promise Secretary Juniper Aldous-Ward made to the crews on Monday.",
    )
    assert [(w, s) for w, s, _ in got] == [("We", "Juniper Aldous-Ward")]


def test_is_how_x_described_it() -> None:
    got = quotes(
        "“A second chance for the whole county” is how Mayor Corwin Baptiste-Lowe described the "
        "new rail line."
    )
    assert [(w, s) for w, s, _ in got] == [("A", "Corwin Baptiste-Lowe")]


def test_it_was_x_who_wrote() -> None:
    got = quotes(
        "It was Justice Corwin Baptiste-Lowe who wrote, and I quote, “Like most rights, this "
        "right is not without limits.”"
    )
    assert [(w, s) for w, s, _ in got] == [("Like", "Corwin Baptiste-Lowe")]


def test_who_called_the_project() -> None:
    got = quotes(
        "The Secretary toured the site with Mayor Corwin Baptiste-Lowe, who called the project "
        "“a second chance for the whole county.”"
    )
    assert [(w, s) for w, s, _ in got] == [("a", "Corwin Baptiste-Lowe")]


def test_the_office_of_a_body_who_called_is_no_name() -> None:
    """Guard: "the CEO of Kell Freight, who called …" names no person (not "Freight")."""
    got = quotes(
        "And the CEO of Brackwater Freight, who called the first electric run "
        "“a milestone for our whole fleet.”"
    )
    assert [s for _, s, _ in got if s] == []


def test_a_photo_position_is_no_part_of_the_name() -> None:
    got = quotes(
        "Secretary Juniper Aldous-Ward (center) told the graduates: “You are the ones who will "
        "finish this work.”"
    )
    assert got == [("You", "Juniper Aldous-Ward", "Secretary")]


def test_a_named_persons_habit_of_saying() -> None:
    got = quotes(
        "My husband, Corwin Baptiste-Lowe, is with us today. As Corwin always says, “If there are "
        "angels on this earth, they work the night shift.”"
    )
    assert [(w, s) for w, s, _ in got] == [("If", "Corwin Baptiste-Lowe")]
