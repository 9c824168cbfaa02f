"""A body named before a lower-case office and a name ("Kell Trades chief executive Jo Roe says …")
is not whom the paragraph is about: "she says" after it is the person's. Sentences of our own."""

from __future__ import annotations

from pressreader.quotes import analyse_quotes


def test_she_says_after_a_body_office_name_paragraph_is_the_person() -> None:
    found = analyse_quotes(
        [
            "Rangiwai Skills | Apprentice Training Agency",
            "Rangiwai Skills chief executive Mereana Toivonen-Agyei says the cost of tools keeps "
            "young people out of the trades.",
            "“A first-year apprentice can spend a month's pay on a set of tools before earning "
            "anything,” she says.",
        ],
        ("Tool grants for apprentices", "Rangiwai Skills"),
    )[0]
    assert [(q.text.split()[0], q.speaker) for q in found] == [("A", "Mereana Toivonen-Agyei")]
