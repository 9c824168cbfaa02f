"""Transcript labels resolved through the title: "THE PRESIDENT" of "Remarks by President X"
(not the foreign president X speaks of), a title's place ("Aboard …", "En Route …") is no part
of a name, "And" joins two people in a State title, "MS. ASHLYN ROE" is not the President Roe of the title, and
"PRESIDENT VON DER X" keeps the particles in the name. Transcripts of our own writing."""

from __future__ import annotations

from pressreader.marks import find_marks
from pressreader.quotes import People, learn_people, split_role_name


def _turns(title: str, *paragraphs: str) -> list[tuple[str | None, str | None]]:
    """The turns' (speaker, role), after a moderator's two lines that make it a transcript."""
    opening = ["MODERATOR: Good morning.", "MODERATOR: First, the speaker."]
    marks, _ = find_marks([*opening, *paragraphs], (title, "", ""))
    turns = [(m.speaker, m.role) for k in sorted(marks) for m in marks[k] if m.kind == "turn"]
    assert turns[:2] == [(None, "Moderator")] * 2
    return turns[2:]


def test_the_president_is_the_one_the_title_names() -> None:
    assert _turns(
        "Remarks by President Roe Before Marine One Departure",
        "THE PRESIDENT: I spoke with President Vask of Teshmar this morning about the grain.",
        "Q Will you meet him?",
        "THE PRESIDENT: Next month, in Kell.",
    ) == [("Roe", "President"), (None, "Reporter"), ("Roe", "President")]


def test_a_place_after_the_title_name_is_no_part_of_it() -> None:
    title = "Press Gaggle by Principal Deputy Press Secretary Ida Marrow-Tan Aboard Air Force One En Route Kell, OK"
    assert _turns(title, "MS. MARROW-TAN: Good afternoon.", "Q Thanks.") == [
        ("Ida Marrow-Tan", "Principal Deputy Press Secretary"),
        (None, "Reporter"),
    ]


def test_a_capital_and_joins_two_people_in_a_state_title() -> None:
    title = (
        "Secretary Ola Bering And Teshmari Foreign Minister Ada Vask At a Joint Press Availability"
    )
    assert _turns(
        title, "SECRETARY BERING: Welcome.", "FOREIGN MINISTER VASK: Thank you, Ola."
    ) == [
        ("Ola Bering", "Secretary"),
        ("Ada Vask", "Teshmari Foreign Minister"),
    ]


def test_ms_roe_is_not_the_president_the_title_names() -> None:
    assert _turns(
        "Remarks by President Roe During Press Gaggle",
        "THE PRESIDENT: My daughter, Ashlyn Roe, came along today.",
        "MS. ASHLYN ROE: We had lunch with the crew.",
    ) == [("Roe", "President"), ("Ms. Ashlyn Roe", None)]


def test_particles_stay_with_the_name() -> None:
    assert split_role_name("Commission President Ilse von der Marrow") == (
        "Commission President",
        "Ilse von der Marrow",
    )
    assert _turns("Meeting in Kell", "PRESIDENT VON DER MARROW: Welcome.") == [
        ("President Von Der Marrow", "President")
    ]


def test_a_portfolio_word_before_the_name_stays_in_the_office() -> None:
    people = People()
    learn_people(["NSC Coordinator for Strategic Communications Ian Vosk spoke first."], people)
    assert [(p.name, p.role) for p in people.known] == [
        ("Ian Vosk", "NSC Coordinator for Strategic Communications")
    ]


def test_the_office_a_turn_quotes_is_not_a_holder_named_long_before() -> None:
    # "the President made clear …, quote, “…”" in a briefing: the office, not President Vask
    # whom an earlier turn named
    opening = ["MODERATOR: Good morning.", "MODERATOR: First, the speaker."]
    marks, _ = find_marks(
        [
            *opening,
            "MS. ROE: This morning I spoke about President Vask of Teshmar and the grain.",
            "Q And the ferries?",
            "MS. ROE: On Monday, the President made clear that the ferries, quote, “will run"
            " every hour from the first of May.”",
        ],
        ("Press Briefing by Press Secretary Jo Roe", "", ""),
    )
    inner = [(m.speaker, m.role) for k in sorted(marks) for m in marks[k] if m.kind == "direct"]
    assert inner == [(None, "President")]


def test_a_title_label_picks_the_one_of_two_namesakes_with_that_office() -> None:
    from pressreader.quotes.people import Person
    from pressreader.transcripts import resolve_label

    people = People([Person("Maren Ostby-Lund", "Judge"), Person("Anders Ostby-Lund", "Dr.")])
    assert resolve_label("JUDGE OSTBY-LUND", people) == ("Maren Ostby-Lund", "Judge")
