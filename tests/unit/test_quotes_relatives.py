"""A relative the release names, quoted later by relation: "my late father — Jo Roe —" then "As
my dad used to tell me, “…”". Sentences of our own."""

from __future__ import annotations

from pressreader.quotes import analyse_quotes


def _said(*paragraphs: str) -> list[tuple[str, str | None]]:
    found = analyse_quotes(list(paragraphs), ("Proclamation on Lighthouse Keepers' Day", ""))[0]
    return [(q.text.split()[0], q.speaker) for q in found]


def test_a_relative_named_once_is_the_speaker_of_a_quote_by_relation() -> None:
    assert _said(
        "I think of my late father — Anselm “Sandy” Quarrie-Boateng — who kept the Kell light "
        "for thirty winters.",
        "Keepers kept our coasts safe for two centuries.",
        "As my dad used to always tell me, “A light that fails once has failed for good.”",
    ) == [("A", "Anselm Quarrie-Boateng")]  # the nickname is no part of the speaker's name


def test_a_relative_with_a_comma_name_and_another_word_for_the_relation() -> None:
    assert _said(
        "My grandmother, Ilse Marrowby-Tan, sailed the mail boat until she was seventy.",
        "Our island owes her more than it knows.",
        "My gran once wrote: “The sea keeps no promises, so we keep ours.”",
    ) == [("The", "Ilse Marrowby-Tan")]


def test_an_unnamed_relative_stays_unnamed_and_no_namesake_takes_the_quote() -> None:
    assert _said(
        "President Rafe Quarrie-Boateng thanked the keepers.",
        "As my father used to tell me, “A light that fails once has failed for good.”",
    ) == [("A", "")]
