"""Welsh puts the speech verb before the speaker: "Dywedodd y Rhingyll Jo Roe, o'r Uned …:"
("said the Sergeant …"). Sentences of our own."""

from __future__ import annotations

from pressreader.quotes import analyse_quotes


def _said(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    found = analyse_quotes(list(paragraphs), ("Apêl am dystion", ""))[0]
    return [(q.text.split()[0], q.speaker, q.role) for q in found]


def test_a_welsh_verb_first_intro_with_a_rank() -> None:
    assert _said(
        "Mae'r heddlu yn apelio am dystion i'r gwrthdrawiad.",
        "Dywedodd y Rhingyll Ifor Bengtsson-Rhys, o'r Uned Plismona Ffyrdd:",
        "“Rydym am siarad ag unrhyw un a welodd y car glas ar y ffordd fawr.”",
    ) == [("Rydym", "Ifor Bengtsson-Rhys", "Rhingyll, o'r Uned Plismona Ffyrdd")]


def test_the_welsh_verb_is_no_part_of_the_name() -> None:
    assert _said(
        "Mae'r heddlu yn apelio am dystion. Dywedodd Ifor Bengtsson-Rhys: “Rydym am siarad ag "
        "unrhyw un a welodd y car glas.”",
    ) == [("Rydym", "Ifor Bengtsson-Rhys", None)]
