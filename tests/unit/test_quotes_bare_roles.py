"""A lower-case role with no article between the speech verb and the name: "“…,” said coxswain
Jo Roe." Sentences of our own."""

from __future__ import annotations

from pressreader.quotes import analyse_quotes


def _said(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    found = analyse_quotes(list(paragraphs), ("Harbour station marks a busy winter", ""))[0]
    return [(q.text.split()[0], q.speaker, q.role) for q in found]


def test_a_bare_role_before_the_name_after_the_verb() -> None:
    assert _said(
        "“We put to sea thirty-one times between November and March,” said helmsman Odile "
        "Carrasco-Wynn.",
        "“The new slipway saved us ten minutes a launch,” says volunteer mechanic Bram Tessaro.",
        "“Nobody on the quay sleeps through the pager,” added fisherman Yusuf Ellery-Dant of "
        "Kell Cove.",
    ) == [
        ("We", "Odile Carrasco-Wynn", "helmsman"),
        ("The", "Bram Tessaro", "volunteer mechanic"),
        ("Nobody", "Yusuf Ellery-Dant", "fisherman"),
    ]


def test_time_place_or_a_pronoun_after_the_verb_is_no_role() -> None:
    assert (
        _said(
            "“The quay must be rebuilt before the storms come back,” said today Odile Carrasco-Wynn.",
            "“The slipway is finished and it works,” said that Bram Tessaro was right.",
        )
        == []
    )


def test_a_paragraph_opening_with_a_bare_role_credits_the_quotation_after_it() -> None:
    assert _said(
        "Retired trawlerman Ewald Okonkwo-Hesketh, who crewed the old boat for a decade, says the "
        "new one changes everything.",
        "“We used to bail with buckets on the way out. Now the crew can think about the casualty.”",
    ) == [("We", "Ewald Okonkwo-Hesketh", "Retired trawlerman")]


def test_a_time_phrase_opening_the_paragraph_is_no_role() -> None:
    assert (
        _said(
            "Last winter Ewald Okonkwo-Hesketh said the old boat was worn out.",
            "“We used to bail with buckets on the way out. Now the crew can think about the casualty.”",
        )
        == []
    )
