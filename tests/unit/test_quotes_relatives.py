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


def test_the_quick_test_before_the_named_relative_pattern_holds_every_word_it_allows() -> None:
    """named_relatives scans a paragraph only where a possessive and a relation the pattern spells
    are whole words of it: so each form the pattern allows must be a key."""
    import re

    from pressreader.quotes import relatives

    owners, relations = relatives._NAMED_KEYS
    alternation = re.search(r"\(\?P<kin>([^)]*)\)", relatives._KIN)
    assert alternation is not None
    for alternative in alternation.group(1).split("|"):  # "[Mm]y": "My" and "my"
        found = re.fullmatch(r"\[(\w)(\w)\](\w+)", alternative)
        assert found is not None, alternative
        upper, lower, rest = found.groups()
        assert {upper + rest, lower + rest} <= owners
    assert all(re.fullmatch(r"\w+", word) for word in relations)
    assert set(relatives._REL.split("|")) == relations
