"""The quote extractor: marks, attribution patterns, short references, split quotes, precision."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from pressreader.quotes import analyse_quotes, extract_quotes, reported_speech, split_role_name
from tests.conftest import shared_path


def quotes(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.role) for q in extract_quotes(list(paragraphs))]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("“We act now,” Minister Ada Quill said.", ("We act now", "Ada Quill", "Minister")),
        (
            '"We act now," said Ada Quill, the harbour master.',
            ("We act now", "Ada Quill", "harbour master"),
        ),
        (
            "Ada Quill said: „Wir handeln jetzt sofort.“",
            ("Wir handeln jetzt sofort.", "Ada Quill", None),
        ),
        (
            "Mayor Bo Renn told reporters: «Nous agissons maintenant.»",
            ("Nous agissons maintenant.", "Bo Renn", "Mayor"),
        ),
        (
            "According to Prosecutor Cy Marsh, “the evidence is overwhelming.”",
            ("the evidence is overwhelming.", "Cy Marsh", "Prosecutor"),
        ),
        (
            "‘Nobody is above the law here,’ said Judge Ida Lund.",
            ("Nobody is above the law here", "Ida Lund", "Judge"),
        ),
        (
            "“Ports are gateways and we guard them.” — Ada Quill, Minister of Ports",
            ("Ports are gateways and we guard them.", "Ada Quill", "Minister of Ports"),
        ),
        (
            "Eva Stone, Director, Harbour Trust: “We welcome the decision today.”",
            ("We welcome the decision today.", "Eva Stone", "Director"),
        ),
    ],
)
def test_attribution_patterns(paragraph: str, expected: tuple[str, str | None, str | None]) -> None:
    assert quotes(paragraph) == [expected]


def test_short_references_resolve_to_the_full_name_and_role() -> None:
    found = quotes(
        "“Our goal is safer ports for everyone,” Federal Minister of Ports Ada Quill said.",
        "Ports matter. “Cooperation across borders is essential,” Federal Minister Quill said.",
        "“We will not stop here at all,” Quill added.",
        "Later she spoke again. “Every container counts for us,” she said.",
    )
    assert {(s, r) for _, s, r in found} == {("Ada Quill", "Federal Minister of Ports")}
    assert len(found) == 4


def test_a_headline_surname_grows_to_the_full_name_the_body_gives() -> None:
    # The title says "Governor Quill", the body "Governor Ada Quill": the quote is Ada Quill's
    found = analyse_quotes(
        [
            "Today, Governor Ada Quill named twelve teachers of the year.",
            "“Our teachers carried this state through a hard winter,” Governor Quill said.",
        ],
        ("Governor Quill Announces Awards", ""),
    )[0]
    assert [(q.speaker, q.role) for q in found] == [("Ada Quill", "Governor")]


def test_a_quote_split_by_its_attribution_is_one_quote() -> None:
    found = quotes(
        "“The money is there,” she said. “What we need now are engineers.”",
    )
    assert found == []  # no one introduced: "she" resolves to nobody
    found = quotes(
        "Minister Ada Quill spoke. “The money is there,” she said. “What we need now are engineers.”"
    )
    assert found == [
        ("The money is there. What we need now are engineers.", "Ada Quill", "Minister")
    ]


def test_scare_quotes_and_reported_speech_are_not_quotes() -> None:
    assert quotes("The so-called “green corridor” plan was adopted, Minister Ada Quill said.") == []
    assert (
        quotes("The coalition adopted a plan to secure the ports, Minister Ada Quill said.") == []
    )


def test_a_quote_over_two_paragraphs() -> None:
    found = quotes(
        "“We will open three new berths this year,” said Harbour Master Bo Renn.",
        "“The first opens in May.",
        "“The second follows in the autumn.”",
    )
    assert len(found) == 2
    assert found[1][0] == "The first opens in May. The second follows in the autumn."


def test_reported_speech_of_a_known_speaker() -> None:
    _, people = analyse_quotes(["“We act now,” Minister Ada Quill said."])
    said = reported_speech("The plan covers every port in the country, Quill said.", people.known)
    assert said is not None and said[1].name == "Ada Quill"
    assert reported_speech("The plan covers every port, a spokesman said.", people.known) is None


def test_a_list_of_officials_who_announced_something_is_no_reported_speech() -> None:
    _, people = analyse_quotes(["“We act now,” Harbour Commissioner Ada Quill said."])
    sentence = (
        "Port Director Bo Renwick of the Kell Harbour Authority, Customs Chief Jo Marsh and "
        "Harbour Commissioner Ada Quill announced the seizure."
    )
    assert reported_speech(sentence, people.known) is None


def test_split_role_name() -> None:
    assert split_role_name("Federal Minister of the Interior Nancy Example") == (
        "Federal Minister of the Interior",
        "Nancy Example",
    )
    assert split_role_name("Secretary of State Antony J. Example") == (
        "Secretary of State",
        "Antony J. Example",
    )
    assert split_role_name("the minister") == ("minister", None)


def _evaluate(name: str) -> dict[str, dict[str, float]]:
    shared_path("corpus", "state-whitehouse-2021-2022")
    shared_path("corpus", "doj-opa-2009-2018")
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from eval_quotes import evaluate

    return evaluate(name)


# Floors just under the scores measured when this was written (README, "Quotes"): a drop fails.
FLOORS = {
    # labels: a "Statement by X" body in the first person, marked as X's words (issue 10), is an
    # optional label there (direct_unmarked, tests/quotes/README.md)
    ("labels", "direct"): (0.97, 0.90, 0.95),
    ("holdout", "direct"): (0.94, 0.80, 0.94),
    ("doj", "direct"): (0.94, 0.95, 0.92),
    ("transcripts", "turn"): (0.99, 0.99, 0.85),
    ("transcripts_tune", "turn"): (0.99, 0.99, 0.95),
    ("sw_tune", "direct"): (0.97, 0.80, 0.95),
}


@pytest.mark.parametrize(("name", "kind"), list(FLOORS))
def test_precision_and_recall_on_the_labelled_corpus_samples(name: str, kind: str) -> None:
    """labels was used to tune the extractor; holdout, doj and transcripts were labelled apart."""
    result = _evaluate(name)[kind]
    precision, recall, speaker = FLOORS[(name, kind)]
    assert result["labelled"] >= 40
    assert result["precision"] >= precision
    assert result["recall"] >= recall
    assert result["speaker_right"] >= speaker


def test_labels_file_is_well_formed() -> None:
    lines = [
        line
        for name in ("labels.jsonl", "holdout.jsonl")
        for line in (Path(__file__).parents[1] / "quotes" / name).open()
    ]
    for line in lines:
        record = json.loads(line)
        assert record["corpus"] in {"state", "whitehouse", "doj"}
        for quote in record["quotes"]:
            assert quote["speaker"] and 1 <= len(quote["text_start"].split()) <= 12


def test_an_interview_titled_with_one_interviewer_gives_her_the_questions() -> None:
    from pressreader.marks import find_marks
    from pressreader.transcripts import interviewer

    assert interviewer("Minister Ada Quill With Jane Roe of Harbour Radio") == "Jane Roe"
    assert interviewer("Minister Ada Quill With Jane Roe and Sam Poe of Harbour Radio") is None
    assert interviewer("Briefing With Senior Officials of the Ministry") is None
    assert interviewer("Briefing With Deputy Minister Sam Poe on the Budget") is None
    paragraphs = [
        "QUESTION: Minister, what did the port count this year?",
        "MINISTER QUILL: More ships than ever, and fewer accidents.",
        "QUESTION: Thank you.",
    ]
    title = "Minister Ada Quill With Jane Roe of Harbour Radio"
    marks, _ = find_marks(paragraphs, (title, "", "Minister Ada Quill spoke to the radio."))
    assert [(m.speaker, m.role) for m in marks[0]] == [("Jane Roe", "Interviewer")]
    assert marks[1][0].speaker == "Ada Quill"
    # At a briefing the same label is an anonymous reporter.
    marks, _ = find_marks(paragraphs, ("Ministry Briefing, 3 March", "", ""))
    assert (marks[0][0].speaker, marks[0][0].role) == (None, "Reporter")


def test_attributions_of_other_offices_styles() -> None:
    """Patterns met in the tuning sets, in our own words: each names the speaker it should."""
    from pressreader.quotes import analyse_quotes

    def speakers(paragraphs: list[str], context: tuple[str, ...] = ()) -> list[str | None]:
        return [q.speaker for q in analyse_quotes(paragraphs, context)[0]]

    # The sentence's subject, then "and said": the subject speaks.
    assert speakers(
        [
            "On Monday, Minister Ada Quill stood before the harbour board and said that the "
            "port would stay “open to every ship that keeps the rules.”"
        ]
    ) == ["Ada Quill"]
    # "I … say: “…”" in a statement by X is X's.
    assert speakers(
        ["Today I am glad to say to the crews: “Welcome back to Norland.”"],
        ("Statement by Minister Ada Quill on the Fleet's Return", ""),
    ) == ["Ada Quill"]
    # "As the Minister said …, the “…”"
    assert speakers(
        [
            "Minister Ada Quill opened the berth.",
            "As the Minister said at the opening, the new berth is “a promise kept to the coast.”",
        ]
    ) == ["Ada Quill"]
    # Canada's "Quotes": the quotation, then "- Name, Title" (read as a list item, "• …").
    assert speakers(
        ["“Every berth we rebuild keeps a crew safe at night.”", "• Ada Quill, Minister of Ports"]
    ) == ["Ada Quill"]
    # An Australian header: the minister's name, then the office; "The Minister said …"
    assert speakers(
        ['The Minister said the new tugs would be "the backbone of the harbour" for decades.'],
        ("Tug contract signed", "", "Senator the Hon Ada Quill", "Minister for Ports"),
    ) == ["Ada Quill"]
    # A lead quotation with no attribution, then the paragraph that says whose it is.
    assert speakers(
        [
            "“Smugglers think the fog hides them. It does not.”",
            "Detective Inspector Bo Renn, of the Harbour Squad, said the boat was stopped at dawn.",
        ]
    ) == ["Bo Renn"]
    # But a quotation that is someone's already keeps its speaker.
    assert speakers(
        [
            "“The fog hides nothing,” said Detective Inspector Bo Renn.",
            "“We will be back next week.”",
            "Minister Ada Quill said the squad had her full support.",
        ]
    ) == ["Bo Renn", "Bo Renn"]


def test_an_institution_reports_and_a_dateline_is_not_its_words() -> None:
    from pressreader.quotes.reported import reported_spans

    text = (
        "NORDHAVEN - A jury in the harbour court today convicted two men of smuggling, "
        "the Ministry of Ports announced."
    )
    ((start, end, who),) = reported_spans(text, [])
    assert text[start:end] == "A jury in the harbour court today convicted two men of smuggling"
    assert (who.name, who.role) == ("Ministry of Ports", None)
    # Not speech: an agreement to act, an admission with its own clause, an adverbial opening,
    # a response by a deed.
    for sentence in (
        "Under the deal signed on Monday, the two firms agreed to pay the fine in full.",
        "The two firms paid the fine in full last week, Renn agreed to testify.",
        "In a plea agreement filed today, the Harbour Office agreed that it had erred.",
        "When the tenants refused to leave the pier, the Harbour Office responded by locking it.",
    ):
        assert reported_spans(sentence, []) == []


def test_pronouns_and_titles_follow_the_person_last_written_about() -> None:
    from pressreader.quotes import analyse_quotes

    paragraphs = [
        "“Every berth counts,” Regional Minister Tama Quill says.",
        "Harbourtown District Mayor Sandra Renn says the decision ends a long campaign.",
        "“We waited ten years for a yes,” she says.",
        "“The ferry runs again on Monday,” the Minister says.",
    ]
    context = ("Wharf rebuilt", "", "Associate Regional Minister Hon Bo Poe")
    found = analyse_quotes(paragraphs, context)[0]
    assert [q.speaker for q in found] == ["Tama Quill", "Sandra Renn", "Tama Quill"]
    # An honorific is no part of a name; a title with an accent is learned with its office.
    from pressreader.quotes.learning import learn_people
    from pressreader.quotes.people import People, split_role_name

    assert split_role_name("Associate Regional Minister Hon Bo Poe") == (
        "Associate Regional Minister",
        "Bo Poe",
    )
    people = People()
    learn_people(["The Prime Minister, Élise Renn-Quill, today opened the wharf."], people)
    assert [(p.name, p.role) for p in people.known] == [("Élise Renn-Quill", "Prime Minister")]


def test_german_attributions() -> None:
    from pressreader.quotes import analyse_quotes

    paragraphs = [
        "Oberbürgermeisterin Dr. Jana Quill stellte den Haushalt vor.",
        "»Wir sparen nicht an den Kindern«, sagte sie.",
        "Kämmerer Bo Renn sprach von einem »Haushalt auf Kante«.",
        "Die Gewerbesteuer sei stabil. Er nannte die Lage »ernst, aber lösbar«.",
    ]
    found = analyse_quotes(paragraphs, ("Haushalt beschlossen", ""))[0]
    assert [(q.text, q.speaker) for q in found] == [
        ("Wir sparen nicht an den Kindern", "Jana Quill"),
        ("Haushalt auf Kante", "Bo Renn"),
        ("ernst, aber lösbar", "Bo Renn"),
    ]


def test_a_quote_over_two_paragraphs_credited_in_the_second_and_other_forms() -> None:
    from pressreader.quotes import analyse_quotes

    paragraphs = [
        "Harbour Minister Tama Quill announced the new wharf today.",
        "“Every ship that calls here is a truck off the coast road.",
        "“And the wharf will be the town's lifeline when the road closes,” Mr Quill says.",
        "Quotes attributable to Harbour Trust chief executive Dr. Bo Renn:",
        "“Our crews have waited years for a wharf that floats at low tide.”",
        "« Une semence plantée aujourd'hui, c'est un repas de moins demain », a déclaré la "
        "directrice du programme, Ana Poe.",
    ]
    found = analyse_quotes(paragraphs, ("Wharf opens", ""))[0]
    assert [(q.text[:22], q.speaker, len(q.spans)) for q in found] == [
        ("Every ship that calls ", "Tama Quill", 2),
        ("Our crews have waited ", "Bo Renn", 1),
        ("Une semence plantée au", "Ana Poe", 1),
    ]


def _first_words_and_speakers(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    """(first word, speaker) of every quote analyse_quotes finds in a release titled "T"."""
    from pressreader.quotes import analyse_quotes

    return [(q.text.split()[0], q.speaker) for q in analyse_quotes(paragraphs, ("T", ""))[0]]


def test_a_quote_credited_by_role_gender_or_in_so_many_words() -> None:
    """Our own sentences for the patterns of the third world batch (tests/world, tune)."""
    speakers = _first_words_and_speakers
    # "the minister said" is the minister, not the person named last
    assert speakers(
        [
            "Federal Minister Jana Quill presented the report in Bonn today.",
            "The head of the Food Bank Association, Dr. Bo Renn, called it „a good start“.",
            "„Next come the school canteens, where most is still wasted“, the minister said.",
        ]
    )[-1] == ("Next", "Jana Quill")
    # German "sagte sie" after a man was named is the woman named before him
    assert speakers(
        [
            "»Wir geben den Kommunen Zeit«, sagte Bundesministerin Jana Quill.",
            "Der Hauptgeschäftsführer des Städtetags, Bo Renn, nannte das Programm »überfällig«.",
            "»Die Turnhallen kommen als Nächstes«, sagte sie.",
        ]
    )[-1] == ("Die", "Jana Quill")
    # A lead quotation credited by "Mit diesen Worten …" / "So äußerte sich …"
    assert speakers(
        [
            "»Kein Kind soll im Winter frieren müssen.«",
            "Mit diesen Worten hat Bundesministerin Dr. Jana Quill am Montag das Programm eröffnet.",
        ]
    ) == [("Kein", "Jana Quill")]
    assert speakers(
        [
            "Senatorin Ada Renn lobte die Zusammenarbeit. „Bund und Länder waren schnell.“",
            "„Jetzt müssen die Stellen aber auch bleiben können.“",
            "So äußerte sich der Vorsitzende des Elternrats, Bo Quill, der das Ergebnis begrüßte.",
        ]
    ) == [("Bund", "Ada Renn"), ("Jetzt", "Bo Quill")]
    # "said the Commissioner for A, B and C, Name": the role has commas, the name comes last
    assert speakers(
        [
            "« Nous suivons la science, même quand elle déçoit », said the Commissioner for "
            "Environment, Oceans and Fisheries, Ada Quill, adding that fishers need a plan."
        ]
    ) == [("Nous", "Ada Quill")]


def test_words_of_reminders_friends_and_fragments_framed_by_the_subject() -> None:
    """Patterns of the State/White House tuning set (sw_tune.jsonl), in our own words."""

    def speakers(paragraph: str) -> list[tuple[str, str | None]]:
        return _first_words_and_speakers([paragraph])

    assert speakers("In the timeless words of the poet Ada Quill, “The tide forgives no one.”") == [
        ("The", "Ada Quill")
    ]
    assert speakers("Ours is, in the words of Bo Renn, “a harbour of laws, not of men.”") == [
        ("a", "Bo Renn")
    ]
    assert speakers("As the writer Ada Quill reminds us: “Read the book you wish existed.”") == [
        ("Read", "Ada Quill")
    ]
    assert speakers(
        "As my good friend, the late Senator Bo Renn, said, “Our children carry our hopes.”"
    ) == [("Our", "Bo Renn")]
    # A lower-case fragment framed by the sentence's subject and a verb of commitment
    assert speakers(
        "In the joint statement of June 16, 2021, President Ada Quill committed to a dialogue "
        "that would be “deliberate and robust.”"
    ) == [("deliberate", "Ada Quill")]
    # ... but not a scare quote, nor a name governed by "of" that is no subject: "As X, a
    # survivor of the Harbour Flood testified" is X's (the appositive's comma left out)
    assert speakers("President Ada Quill directed staff to end the so-called “quick fixes”.") == []
    assert speakers(
        "As Jo Barr, a survivor of the Harbour Flood courageously testified recently, “I will "
        "never forget the water.”"
    ) == [("I", "Jo Barr")]
    assert speakers(
        "A survivor of the Harbour Flood courageously testified recently, “I will never forget "
        "the water.”"
    ) == [("I", "")]  # an unnamed survivor's words, never credited to "Harbour Flood"


def test_a_speaker_known_only_by_office_keeps_the_office_and_gets_no_invented_name() -> None:
    """UN meetings coverage: "the representative of X said …"; "As the Secretary-General said"."""
    from pressreader.marks import find_marks

    paragraphs = [
        "Speaking after the vote, the representative of Norland said her delegation backed the "
        "text because the mission was “the last thing keeping the ceasefire alive”.",
        "The representative of Tarsin, explaining his abstention, said the mission had stayed "
        "too long. “A mission that never ends becomes the problem,” he said.",
        "Jo Barr, the representative of Veldoria, said the Council had found “a sensible middle "
        "way” at last.",
        "As the Secretary-General said in April, “ballots are cast in a day, trust takes years.”",
        "The Secretary-General also welcomed the “Open Ballot” programme of the agency.",
    ]
    marks, _ = find_marks(paragraphs, ("Council extends the mission", ""))
    found = [
        (paragraphs[i][m.start : m.end].split()[0], m.speaker, m.role)
        for i in sorted(marks)
        for m in marks[i]
        if m.kind == "direct"
    ]
    assert found == [
        ("the", None, "representative of Norland"),
        ("A", None, "representative of Tarsin"),
        ("a", "Jo Barr", "representative of Veldoria"),
        ("ballots", None, "Secretary-General"),
    ]


def test_french_and_german_verbs_messages_and_describing_as() -> None:
    from pressreader.marks import find_marks

    def speakers(paragraph: str) -> list[tuple[str, str | None]]:
        return _first_words_and_speakers([paragraph])

    assert speakers(
        "Le ministre de la Pêche, Jean Aubry, a salué «un accord qui rend la mer aux pêcheurs»."
    ) == [("un", "Jean Aubry")]
    assert speakers(
        "Oberbürgermeisterin Jana Quill legte den Haushalt vor. »Die Busse kommen, und zwar "
        "noch in diesem Jahr«, bekräftigte die Oberbürgermeisterin."
    ) == [("Die", "Jana Quill")]
    assert speakers(
        "Minister Ada Quill thanked the crews, describing them as ‘the best neighbours a coast "
        "could have’."
    ) == [("the", "Ada Quill")]
    # "The Secretary-General's message on …": the message is the office's words, unnamed
    marks, _ = find_marks(
        [
            "Our rivers feed half the world, and they are running dry faster than ever before.",
            "I call on every government to count the water it takes from them.",
        ],
        ("Secretary-General's message on World Rivers Day", ""),
    )
    assert [(m.speaker, m.role) for i in sorted(marks) for m in marks[i]] == [
        (None, "Secretary-General"),
        (None, "Secretary-General"),
    ]


def test_the_quick_tests_before_the_people_patterns_let_every_match_through() -> None:
    """learn_people scans a paragraph with _ANONYMOUS only when one of its key words is there:
    every office word ANON_ROLE allows must hold a key, whatever its case."""
    import re

    from pressreader.quotes import learning, people
    from pressreader.quotes.words import ANON_ROLE

    alternation = re.search(r"\(\?:((?:\[\w\w\]\w+\|?)+)\)", ANON_ROLE)
    assert alternation is not None
    words = [re.sub(r"\[(\w)\w\]", r"\1", w) for w in alternation.group(1).split("|")]
    assert len(words) >= 5
    for word in words:
        for form in (word, word.lower(), word.capitalize()):
            assert any(key in form for key in people.ANONYMOUS_KEYS), form
    for text in ("the spokeswoman for Arlmouth said", "The Foreign Minister, Ada Vell, said"):
        has_key = any(k in text for k in people.ANONYMOUS_KEYS) or learning._APPOSITION_KEY.search(
            text
        )
        assert has_key and (people.ANONYMOUS.search(text) or learning._APPOSITION.search(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "The head teacher of Coldharrow Primary, Jo Roe, said the roof is fixed.",
            ("Jo Roe", "head teacher of Coldharrow Primary"),
        ),
        (
            "The co-founder of Kell Bakeries, Ada Vell, said ovens were ordered.",
            ("Ada Vell", "co-founder of Kell Bakeries"),
        ),
    ],
)
def test_the_lower_apposition_quick_test_keeps_whole_and_hyphenated_role_words(
    text: str, person: tuple[str, str]
) -> None:
    """learn_people scans for "the <office> of <Body>, <Name>," only where a role word is a whole
    word of the paragraph: so every role word a match may end on (word characters and hyphens)
    must hold one ("co-founder": "founder")."""
    from pressreader.quotes.learning import _LOWER_ROLE_WORDS, learn_people
    from pressreader.quotes.people import People
    from pressreader.quotes.words import ROLE_WORDS

    for word in ROLE_WORDS:
        if re.fullmatch(r"[a-z][\w-]*", word):
            assert not _LOWER_ROLE_WORDS.isdisjoint(re.findall(r"\w+", word)), word

    people = People()
    learn_people([text], people)
    assert person in [(p.name, p.role) for p in people.known]


def test_the_scorer_matches_a_quote_to_the_label_it_shares_most_words_with() -> None:
    """A one-word label ("This", a quoted word) must not take the quote that starts "This
    facility …" from that quote's own label, which would count a miss and a wrong speaker."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from eval_quotes import best_label

    labels = [{"text_start": "This"}, {"text_start": "This landing built the ferries of"}]
    assert best_label("This landing built the ferries of the coast", labels) is labels[1]
    assert best_label("This", labels) is labels[0]
    assert best_label("That was all", labels) is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        ".",
        "”",
        "A heading",
        "It ended.",
        "It ended.”  ",
        "It ended.)\n",
        "“Go!”",
        "Wait…",
        "A list item;",
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen",
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ",
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen x",
        "a\tb\nc d\u00a0e f g h i j k l m n o\u2028",
        "ends with a quote ”.",
    ],
)
def test_a_paragraph_is_prose_as_the_prose_pattern_says(text: str) -> None:
    from pressreader.quotes.sentences import is_prose

    pattern = re.compile(r"[.!?…][”’\"»)]?\s*$|(?:\S+\s+){15}")
    assert is_prose(text) == bool(pattern.search(text))
