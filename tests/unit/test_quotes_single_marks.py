"""Straight single quotation marks and "Attributable to X:" lines (a police media style), in
sentences of our own."""

from __future__ import annotations

from pressreader.quotes import analyse_quotes, find_spans


def quotes(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text.split()[0], q.speaker) for q in analyse_quotes(list(paragraphs), ("T", ""))[0]]


def test_a_paragraph_opening_with_a_straight_single_mark_is_a_quotation() -> None:
    text = "'Nobody's boat should leave the harbour in that swell,' she says. 'Check the forecast.'"
    assert [words for *_, words in find_spans(text)] == [
        "Nobody's boat should leave the harbour in that swell,",
        "Check the forecast.",
    ]


def test_apostrophes_and_names_in_single_marks_are_no_quotations() -> None:
    assert find_spans("The skippers' guild runs the 'Safe Return' scheme, and it's popular.") == []


def test_attributable_to_introduces_the_quotations_below_it() -> None:
    found = quotes(
        "Attributable to Inspector Maren Holtby-Ruan, Harbour Patrol Manager:",
        "'We boarded forty boats and every one had life jackets on deck.'",
        "'That is the best result the patrol has had in ten years.'",
    )
    assert found == [("We", "Maren Holtby-Ruan"), ("That", "Maren Holtby-Ruan")]


def test_a_body_named_beside_a_man_leaves_his_pronoun_his() -> None:
    found = quotes(
        "“Every pontoon is back in the water,” said Port Director Ilse Varnhagen-Toft.",
        "Sergeant Piers Cottingley-Roe says the night was quiet. He thanked the volunteers "
        "from the local Sea Rescue Trust who brought soup.",
        "“Nobody went into the water who did not mean to,” she says.",
    )
    assert found[-1] == ("Nobody", "Ilse Varnhagen-Toft")
