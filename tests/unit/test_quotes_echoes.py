"""A quoted phrase no sentence credits, whose words are part of a quote credited elsewhere in the
release (a deck over the story, "called the port “the busiest crossing on the coast”"), is that
speaker's; a name, a scare quote or a phrase two people said is no one's. Sentences of our own."""

from __future__ import annotations

from pressreader.quotes import analyse_quotes


def _said(*paragraphs: str) -> list[tuple[str, str | None]]:
    found = analyse_quotes(
        list(paragraphs), ("Harbour minister presses for the new ferry berth", "")
    )[0]
    return [(q.text, q.speaker) for q in found]


def test_a_deck_quoting_the_ministers_later_words_is_hers() -> None:
    assert _said(
        "Council is “Holding the Island Ferry Hostage to a Budget Fight”",
        "Speaking on Radio Kell, Harbour Minister Ilse Marrow-Tan said the berth was ready to build.",
        "“They are holding the island ferry hostage to a budget fight, and islanders pay for it,”"
        " Marrow-Tan said.",
    ) == [
        ("Holding the Island Ferry Hostage to a Budget Fight", "Ilse Marrow-Tan"),
        (
            "They are holding the island ferry hostage to a budget fight, and islanders pay for it",
            "Ilse Marrow-Tan",
        ),
    ]


def test_a_phrase_in_running_text_repeating_a_credited_quote() -> None:
    found = _said(
        "The minister visited the ferry landing on Tuesday and called it the busiest and"
        " “most neglected crossing on the coast” in a tour with residents.",
        "“This is the most neglected crossing on the coast, and we are going to fix it,”"
        " said Harbour Minister Ilse Marrow-Tan.",
    )
    assert ("most neglected crossing on the coast", "Ilse Marrow-Tan") in found


def test_names_scare_quotes_and_shared_words_are_no_echo() -> None:
    found = _said(
        "The museum opened “The Water Keeps Our Names” on Friday, and the pier’s “temporary”"
        " fence stays up.",
        "“The water keeps our names, and the fence is temporary,” said curator Tevi Ha-Rowe.",
    )
    assert [who for _, who in found] == ["Tevi Ha-Rowe"]
    shared = _said(
        "Residents asked for “a berth that does not flood” at the meeting.",
        "“We need a berth that does not flood,” said Harbour Minister Ilse Marrow-Tan.",
        "“All we want is a berth that does not flood,” said ferry pilot Piet Haraldsen.",
    )
    assert [who for _, who in shared] == ["Ilse Marrow-Tan", "Piet Haraldsen"]
