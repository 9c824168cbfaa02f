"""Introductions and credits of the eleventh and twelfth U.S. batches' kinds, in our own words: a
fact sheet's bullet of a described person, "Next was X:", "The words were spoken by X", "X spoke
those words", "Agent X of a body, who described …", an aside between dashes, "he replied" after a
question, clergy titles, and two guards (a gerund is no name; a headline verb is no surname)."""

from __future__ import annotations

from pressreader.quotes import analyse_quotes
from pressreader.quotes.colon_lines import colon_speaker


def quotes(*paragraphs: str, title: str = "Readout of the Roundtable") -> list[tuple[str, str]]:
    found = analyse_quotes(list(paragraphs), (title, ""))[0]
    return [(q.text.split()[0], q.speaker) for q in found]


def test_a_bullet_of_a_described_person() -> None:
    assert quotes(
        "Providers in the pilot described what changed:",
        "• Marisol Eberhardt-Oyo, who runs a home day care in Pell Hollow, Kansas: “I had nine "
        "families waiting and no room to add. Now I have the room.”",
    ) == [("I", "Marisol Eberhardt-Oyo")]


def test_a_bullet_of_a_body_is_still_no_speaker() -> None:
    """Guard: the colon line of a body in a bullet names no one ("• Kell Power:")."""
    assert colon_speaker("• Brackwater Power and Light: ") is None


def test_next_was_a_described_person() -> None:
    assert quotes(
        "The baker went first. Next was Cornelius Abernathy-Pryce, who owns a bicycle repair "
        "shop near the river market on the east side: “The bank said no twice. The third lender "
        "said yes.”"
    ) == [("The", "Cornelius Abernathy-Pryce")]


def test_the_words_were_spoken_by() -> None:
    assert quotes(
        "“Nobody picks which neighbor needs them.” The words were spoken by Leofric "
        "Hallorann-Ube, a volunteer firefighter, when the Governor asked about the night."
    ) == [("Nobody", "Leofric Hallorann-Ube")]


def test_x_spoke_those_words() -> None:
    assert quotes(
        "“They said the story was not worth the trouble. They were wrong twice.” Ottilie "
        "Marchbanks-Feld spoke those words from the stage as she took the award."
    ) == [("They", "Ottilie Marchbanks-Feld")]


def test_an_agent_of_a_body_who_described() -> None:
    assert quotes(
        "The case was led by Special Agent Rosamund Achterberg-Lyle of Harbor Investigations, "
        "who described it as “three years of paperwork and five minutes of excitement.”"
    ) == [("three", "Rosamund Achterberg-Lyle")]


def test_an_aside_between_dashes_after_the_quote() -> None:
    assert quotes(
        "The principal, Ermengarde Solvik-Ansah, met the visitors. “We stopped asking why the "
        "children were not learning,” Solvik-Ansah — who taught there for nine years, and whose "
        "sons went there — told the First Lady."
    ) == [("We", "Ermengarde Solvik-Ansah")]


def test_he_replied_after_a_question_is_the_one_asked() -> None:
    assert quotes(
        "Secretary Ignatius Bellweather-Rao spoke about pay. Crew boss Thaddeus Quillfeather "
        "leads a crew of twenty. The President asked Quillfeather how many of them work a second "
        "job in winter. “All of them,” he replied."
    ) == [("All", "Thaddeus Quillfeather")]


def test_a_gerund_before_a_comma_is_no_name() -> None:
    got = quotes(
        "Henrietta Baptiste-Moor coached the camp. Reflecting on the week at a reception the "
        "embassy hosted, she said: “I came to teach, and mostly I learned.”"
    )
    assert got == [("I", "Henrietta Baptiste-Moor")]


def test_a_headline_verb_is_no_surname() -> None:
    got = quotes(
        "Today, Secretary of State Ambrose Pellworth-Dane presented the award.",
        "Opening the ceremony, the Secretary thanked the honorees. “A free press is how a "
        "democracy gets there,” he said.",
        title="Secretary Ambrose Pellworth-Dane Presents the 2022 Award for Press Freedom",
    )
    assert got == [("A", "Ambrose Pellworth-Dane")]


def test_a_pastors_title_is_a_role() -> None:
    found = analyse_quotes(
        ["“We can hold church in a parking lot,” said Pastor Wilhelmina Oduya-Brandt."],
        ("Readout", ""),
    )[0]
    assert [(q.speaker, q.role) for q in found] == [("Wilhelmina Oduya-Brandt", "Pastor")]


def test_he_replied_after_asking_someone_with_a_courtesy_title() -> None:
    """ "asked Dr. X how …": the "Dr." ends no sentence, so the one asked is still found."""
    assert quotes(
        "Dr. Ottoline Framsby-Achebe runs the county clinic. The Secretary asked Dr. "
        "Framsby-Achebe how many nurses she had lost. “Nine in two years,” she replied."
    ) == [("Nine", "Ottoline Framsby-Achebe")]
