"""Sentences that hand over to their subject's quotation with no speech verb before it, in our
own words: a reminder, a piece of advice, lines from a poet, "was blunter:", "who vowed that"."""

from __future__ import annotations

from pressreader.quotes import analyse_quotes
from pressreader.quotes.handovers import handed_over


def quotes(*paragraphs: str) -> list[tuple[str, str | None]]:
    found = analyse_quotes(list(paragraphs), ("Readout of the Cabinet Meeting", ""))[0]
    return [(q.text.split()[0], q.speaker or None) for q in found]


def test_a_reminder_after_a_colon_is_the_subjects() -> None:
    assert quotes(
        "President Halvard J. Okonkwo-Reyes met with his Cabinet.",
        "The President closed the meeting with a reminder to his Cabinet: “Roads are believed "
        "when they are driven on. Go and build them.”",
    ) == [("Roads", "Halvard J. Okonkwo-Reyes")]


def test_a_piece_of_advice_between_dashes() -> None:
    assert quotes(
        "First Lady Ottoline Brisk visited the night classes.",
        "The First Lady closed her visit with a piece of advice for the students — “Sit in the "
        "front row and never apologize for being the oldest one there” — that drew applause.",
    ) == [("Sit", "Ottoline Brisk")]


def test_blunter_after_a_long_relative_clause() -> None:
    assert quotes(
        "Taniela Fuko, who founded a network that has planted 30,000 mangroves along his "
        "island's coast, was blunter: “We do not want sympathy. We want shovels.”"
    ) == [("We", "Taniela Fuko")]


def test_lines_from_a_poet() -> None:
    assert quotes(
        "The Secretary closed his remarks with lines from the Vestmarkian poet Ilze Vanags, whose "
        "poems every child there learns: “A house is not empty while someone sweeps the step.”"
    ) == [("A", "Ilze Vanags")]


def test_who_vowed_that_gives_the_named_official() -> None:
    assert quotes(
        "The sanctions target three officials, including General Bogdan Miric, commander of the "
        "Northern Command, who publicly vowed in May that “not one sack of grain” would get through."
    ) == [("not", "Bogdan Miric")]


def test_no_hand_over_without_a_speech_noun_or_a_person() -> None:
    assert handed_over("The convoy closed the road with a barrier: ") is None
    assert handed_over("The report was blunter: ") is None  # a document, not a person
    assert handed_over("The road was closed for the winter: ") is None


def test_put_the_stakes_plainly_over_a_quotation_paragraph() -> None:
    assert quotes(
        "Climate Advisor Lucan Tiverton put the stakes plainly:",
        "“Last summer a care home lost power for a night. Nobody there should have been a hero.”",
    ) == [("Last", "Lucan Tiverton")]


def test_a_he_inside_the_sentence_is_its_subject() -> None:
    # "X briefed Y on the attack, which he called “…”": X, not Y whom it named last
    assert quotes(
        "Advisor Ilse Varenne met today with Minister Tomas Oprea of Tolvania.",
        "Mr. Oprea briefed Ms. Varenne on the cable attack, which he called “a test of whether "
        "anyone was watching.”",
    ) == [("a", "Tomas Oprea")]
