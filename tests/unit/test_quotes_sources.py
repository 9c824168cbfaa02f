"""Words a release credits to someone in a proclamation's or statement's own sentence: "I have
heard X say", "an inscription from X", "As X, a …, testified", "Called the “…” by X", "The First
Lady, a …, has said". Sentences of our own."""

from __future__ import annotations

from pressreader.quotes import analyse_quotes
from pressreader.quotes.names import tidy_name


def _said(
    *paragraphs: str, title: str = "A Proclamation on Harbour Day"
) -> list[tuple[str, str | None]]:
    return [
        (q.text.split()[0], q.speaker) for q in analyse_quotes(list(paragraphs), (title, ""))[0]
    ]


def test_heard_a_first_name_say_credits_that_person() -> None:
    assert _said(
        "As the brother of a ferry pilot, I have often heard Marta say: “The sea forgives "
        "nothing, so we forget nothing.” Our pilots live by it."
    ) == [("The", "Marta")]


def test_an_inscription_from_a_single_name_credits_it() -> None:
    assert _said(
        "The old customs house bears an inscription from Seneca: “Luck is what happens when "
        "preparation meets opportunity.” We honour that today."
    ) == [("Luck", "Seneca")]


def test_as_a_name_with_an_unclosed_appositive_testified_credits_the_name() -> None:
    assert _said(
        "As Orla Penhallow, a 98-year-old survivor of the Kestle flood bravely testified before "
        "the committee last spring, “The water came in the night and took the whole street.”"
    ) == [("The", "Orla Penhallow")]


def test_called_the_words_by_a_named_person_credits_them() -> None:
    assert _said(
        "Called the “backbone of the coast” by Admiral Henrik Solberg during the long winter, "
        "the lifeboat service has saved thousands of lives."
    ) == [("backbone", "Henrik Solberg")]


def test_dubbed_by_a_crowd_is_no_one_s_quote() -> None:
    assert (
        _said("Locals dubbed the late ferry the “graveyard run” by the time it was cut in 1998.")
        == []
    )


def test_the_office_with_an_appositive_has_said_credits_its_holder() -> None:
    assert _said(
        "Harbour Minister Ysolde Varn opened the pier in May.",
        "The Harbour Minister, a former skipper, has said, “Every pier is a promise to the "
        "people who fish from it.”",
    ) == [("Every", "Ysolde Varn")]


def test_a_line_of_a_minister_on_the_topic_introduces_the_quotation_below() -> None:
    assert _said(
        "Minister Halvor Brecke-Nyland signed the ferry agreement with the islands on Monday.",
        "Federal Minister Liesel Ostrowski-Baum on the agreement:",
        "“Every island gets a boat in the morning and a boat at night, all year round.”",
        title="Ferry agreement signed",
    ) == [("Every", "Liesel Ostrowski-Baum")]


def test_a_german_minister_dazu_line_introduces_the_quotation_below() -> None:
    assert _said(
        "Bundesminister Halvor Brecke-Nyland unterzeichnete am Montag den Fährvertrag.",
        "Bundesministerin Liesel Ostrowski-Baum dazu:",
        "„Jede Insel bekommt morgens und abends ein Schiff, das ganze Jahr über.“",
        title="Fährvertrag unterzeichnet",
    ) == [("Jede", "Liesel Ostrowski-Baum")]


def test_heard_her_say_is_the_woman_the_paragraph_is_about() -> None:
    assert _said(
        "Today the valley lost Senator Orla Penhallow-Vance.",
        "I first met Orla on the farm committee. I have heard her say “the soil keeps score, "
        "even when we do not,” and she meant it.",
    ) == [("the", "Orla Penhallow-Vance")]


def test_a_state_named_new_something_is_no_speaker() -> None:
    assert tidy_name("New Mexico") is None and tidy_name("New Jersey") is None
    assert tidy_name("Newt Gingrich") == "Newt Gingrich"
    assert (
        _said(
            "The President met students from Kell, New Mexico and Alaska. He told them that "
            "their generation “should never again have to leave home to learn.”",
        )
        == [("should", "")]  # "He" is the President, an office with no name; not "New Mexico"
    )
