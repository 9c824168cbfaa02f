"""Quotations framed as someone's pledge, appeal or belief, in invented words."""

from __future__ import annotations

from pressreader.quotes import analyse_quotes


def _said(paragraphs: list[str], title: str = "Harbour news") -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyse_quotes(paragraphs, (title, ""))[0]]


def test_a_possessive_pledge_frames_its_owners_words() -> None:
    found = _said(["The new levy keeps Governor Ilse Varrow’s pledge to “mend every bridge.”"])
    assert found == [("mend every bridge.", "Ilse Varrow")]


def test_an_appeal_to_embrace_a_phrase_is_the_appellants() -> None:
    found = _said(["We answer Mayor Tobin Reel’s appeal to embrace the “quiet work of repair.”"])
    assert found == [("quiet work of repair.", "Tobin Reel")]


def test_the_conviction_of_a_named_person_that() -> None:
    found = _said(
        [
            "We keep the conviction of river warden Ada Pellow, an old ally, that “no stream is lost.”"
        ]
    )
    assert found == [("no stream is lost.", "Ada Pellow")]


def test_her_belief_needs_her_name_in_the_sentence() -> None:
    paragraphs = [
        "Councillor Mara Quist led the ferry board for a decade.",
        "Whenever I think of Mara, I recall her firm belief that “a town is its harbour.”",
    ]
    assert _said(paragraphs) == [("a town is its harbour.", "Mara Quist")]
    unnamed = ["Councillor Mara Quist led the board.", "I recall her belief that “a town floats.”"]
    assert _said(unnamed) == []


def test_a_goal_or_an_order_is_no_ones_words() -> None:
    found = _said(["The aim set by Governor Ilse Varrow’s order was to “cut the queues.”"])
    assert found == []
