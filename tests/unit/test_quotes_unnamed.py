"""Quotations whose speaker is described but never named: quotes with no speaker (unknown), never
credited to the person named last; scare quotes and names stay out. Sentences of our own."""

from __future__ import annotations

from pressreader.quotes import analyse_quotes


def _said(*paragraphs: str) -> list[tuple[str, str | None]]:
    found = analyse_quotes(list(paragraphs), ("Ferry fraud sentencing", ""))[0]
    return [(q.text.split()[0], q.speaker or None) for q in found]


def test_as_my_grandmother_used_to_tell_me_is_an_unknown_speaker() -> None:
    assert _said(
        "Senator Oda Brightwell-Nash gave her life to the harbour towns. As my grandmother used "
        "to tell me, “Watch what people do when the tide goes out.” Oda passed that test."
    ) == [("Watch", None)]


def test_in_the_words_of_the_chief_negotiator_is_an_unknown_speaker() -> None:
    assert _said(
        "In the words of the talks’ chief negotiator, spoken on the night of the deal, “Nobody "
        "won tonight except the fishermen.”"
    ) == [("Nobody", None)]


def test_she_wrote_after_one_victim_is_an_unknown_speaker() -> None:
    assert _said(
        "Judge Corin Maltby-Ash sentenced Pell Tavistock-Rowe to nine years.",
        "One victim, a retired ferry captain, lost his savings. In a letter read at the hearing, "
        "he wrote: “I trusted him because he knew the names of my grandchildren.”",
    ) == [("I", None)]


def test_a_described_persons_scare_quotes_are_no_quote() -> None:
    assert (
        _said(
            "A resident said the new timetable was “a step” and nothing more.",
            "A victim wrote: “Enough.”",
        )
        == []
    )


def test_a_named_person_still_wins_over_a_description() -> None:
    assert _said(
        "The ferry’s captain, Halla Svensdottir-Moe, said: “We sail at six whatever the weather.”"
    ) == [("We", "Halla Svensdottir-Moe")]
