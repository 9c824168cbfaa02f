"""Who a "she said" after a quotation goes back to, when the sentence before introduces the
speaker in a long way: an apposition over a place's comma, or "Jo Roe of Pemwick". Sentences of
our own, in the forms White House readouts and fact sheets use."""

from __future__ import annotations

from pressreader.quotes import People, analyse_quotes, learn_people


def quotes(*paragraphs: str) -> list[tuple[str, str | None]]:
    found = analyse_quotes(list(paragraphs), ("Readout of a Roundtable", ""))[0]
    return [(q.text.split()[0], q.speaker) for q in found]


def test_an_apposition_over_a_place_keeps_the_reporting_subject() -> None:
    # the sentence's subject, not the driver it names last, is the "he" of the quotation
    assert quotes(
        "Amos Kettlewell-Park, a ferry pilot for thirty years in Brandle Cove, Maine, and "
        "chair of the Harbor Pilots Guild, described a call with Ines Marovic, who left the job "
        "last spring. “She told me she would miss the water and nothing else,” he said."
    ) == [("She", "Amos Kettlewell-Park")]


def test_a_list_of_names_is_no_apposition() -> None:
    # "X, Y and Z, three pilots, spoke with W": no one subject, so the pronoun is not pinned
    # on the list's first name
    found = quotes(
        "Amos Kettlewell-Park, Dora Fenn and Ivo Lusk, three pilots in Brandle Cove, Maine, "
        "described a call with Otto Marovic. “He said the tide tables were wrong,” he said."
    )
    assert found and found[0][1] != "Amos Kettlewell-Park"


def test_a_person_of_a_place_is_known() -> None:
    people = People()
    learn_people(["School librarian Odile Farquharson-Ng of Teasdale, Vermont, said so."], people)
    assert [p.name for p in people.known] == ["Odile Farquharson-Ng"]


def test_an_occupation_opening_the_sentence_is_no_given_name() -> None:
    people = People()
    learn_people(["Librarian Odile Farquharson-Ng of Teasdale, Vermont, said so."], people)
    assert "Librarian Odile Farquharson-Ng" not in [p.name for p in people.known]


def test_a_body_of_a_place_is_no_person() -> None:
    people = People()
    learn_people(["The Bank of Teasdale said the branch would stay open."], people)
    assert people.known == []


def test_the_she_said_after_a_person_of_a_place() -> None:
    assert quotes(
        "Administrator Colm Varga-Hale said testing found lead in one school in nine.",
        "School librarian Odile Farquharson-Ng of Teasdale, Vermont, said the questions she hears "
        "have changed. “They used to ask me, ‘Is the fountain safe?’ Now they ask when it opens,” "
        "she said.",
    ) == [("They", "Odile Farquharson-Ng")]


def test_a_she_said_goes_back_over_a_chain_of_she_sentences() -> None:
    # "She recalled …" goes on about the daughter; the President is only named in passing
    found = quotes(
        "The President Roald Fenstermacher signed the bill at noon.",
        "The law carries the name of Tobiah Quillfeather, a roofer who died in 2021. His "
        "daughter, Marisela Quillfeather-Ruiz, spoke before the President signed. She recalled "
        "the day the crew came home early.",
        "“He would be proud of this room,” she said.",
    )
    assert found[-1] == ("He", "Marisela Quillfeather-Ruiz")


def test_the_subject_a_pronoun_goes_back_to_is_the_first_named() -> None:
    # "She thanked them for “…”": the sentence before is about the daughter, who is named first,
    # not the official with an office named after her
    assert quotes(
        "Ines Barrowclough-Tate met Governor Ilona Brack at the dam. She thanked the crews for "
        "“every sandbag and every sleepless night.”"
    ) == [("every", "Ines Barrowclough-Tate")]


def test_the_subject_after_a_when_clause() -> None:
    # "When the President asked him …, Roe laughed.": Roe is the subject, not the President
    found = quotes(
        "The President spoke with the rescued crew.",
        "Jory Abernathy-Kell, the youngest of the crew, told the President about the long night. "
        "When the President asked him whether he would sail again, Abernathy-Kell laughed. "
        "“Ask me after a hot meal,” he said.",
    )
    assert found[-1] == ("Ask", "Jory Abernathy-Kell")


def test_that_is_how_x_explained_in_the_same_paragraph() -> None:
    found = quotes(
        "Deputy Director Pell Ostrava-Kim opened the event.",
        "“We lose more good drivers to a day care problem than to any rival.” That is how "
        "Ottilie Brandvold, chief executive of Harrowgate Freight, explained her decision to open "
        "the center.",
    )
    assert found == [("We", "Ottilie Brandvold")]


def test_a_double_surname_with_a_long_apposition_keeps_the_subject() -> None:
    found = quotes(
        "The envoys are Tamsin Ashgrove-Pell and Dorian Holloway-Kett.",
        "Ashgrove-Pell, a three-time champion who now coaches in her hometown of Pell Mills, "
        "South Carolina, said she learned the game from her brothers. “Nobody gave me a spot. I "
        "took it,” she said.",
    )
    assert found[-1] == ("Nobody", "Tamsin Ashgrove-Pell")
