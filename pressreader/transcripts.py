"""Transcripts: speaker-labelled documents ("MS. PSAKI: …", "Q …") read turn by turn.

A briefing, interview or call transcript is not prose: each paragraph that opens with a speaker label
starts a turn, and the paragraphs after it (until the next label) continue that turn. Each turn
becomes a `turn` mark over the words after its label, with the label resolved to the full name the
transcript gives elsewhere ("MS. PSAKI" → "Jen Psaki"). "Q" and "QUESTION" are a reporter, never a
name, except in a one-on-one interview whose title names the one interviewer ("Secretary X With
Jane Roe of Some Network"): there the questions are hers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressreader.quotes import ROLE_WORDS, People, Person
from pressreader.quotes.people import same_office
from pressreader.quotes.words import PARTICLES

# "MS. PSAKI:", "SECRETARY BLINKEN:", "SENIOR ADMINISTRATION OFFICIAL ONE:", "Q:", and "Q " alone.
_LABEL = re.compile(
    r"^(?P<label>[A-Z][A-Z.'’\- ]{0,60}?[A-Z.]):\s+(?=\S)|^(?P<q>Q)(?::|\s)\s*(?=\S)"
)
_HONORIFIC = {"MR", "MS", "MRS", "DR", "MX", "PROF", "SIR", "DAME", "LORD", "LADY"}
_GENERIC = {
    "Q": None,
    "QUESTION": None,
    "MODERATOR": "Moderator",
    "OPERATOR": "Operator",
    "PARTICIPANT": "Participant",
    "AUDIENCE": "Audience",
    "AUDIENCE MEMBER": "Audience member",
    "AIDE": "Aide",
    "INTERPRETER": "Interpreter",
    "STAFF": "Staff",
}
_END = re.compile(r"^(?:END\b|\d{1,2}:\d\d\s*[AP]\.?M\.?)", re.IGNORECASE)
REPORTER = "Reporter"


@dataclass(frozen=True, slots=True)
class Turn:
    """One turn's part in a paragraph: where its words start, who speaks, whether it continues."""

    paragraph: int
    start: int
    speaker: str | None
    role: str | None
    continues: bool


def is_label(label: str) -> bool:
    """Whether "MS. PSAKI" or "VESSEL FLAG" names a speaker (a person, a title or a generic role)."""
    if label in _GENERIC:
        return True
    words = re.sub(r"[.’']", " ", label).split()
    if not words:
        return False
    if words[0] in _HONORIFIC and len(words) >= 2:
        return True
    if words[0] == "THE" and len(words) >= 2:
        words = words[1:]
    if "OFFICIAL" in words:
        return True
    return words[0].lower() in ROLE_WORDS


def label_at(text: str) -> tuple[str, int] | None:
    """The speaker label opening a paragraph and where the turn's words start, if any."""
    m = _LABEL.match(text)
    if not m:
        return None
    label = m.group("label") or m.group("q")
    if not is_label(label):
        return None
    return label, m.end()


def is_transcript(paragraphs: list[str]) -> bool:
    """Three or more paragraphs open with speaker labels, and at least two different ones."""
    labels = [found[0] for text in paragraphs if (found := label_at(text))]
    return len(labels) >= 3 and len(set(labels)) >= 2


def _title_case(label: str) -> str:
    """ "SECRETARY BLINKEN" → "Secretary Blinken"; "MS. JEAN-PIERRE" → "Ms. Jean-Pierre"."""
    return re.sub(r"[A-Za-z]+", lambda m: m.group(0).capitalize(), label.lower())


def resolve_label(
    label: str, people: People, authors: frozenset[str] = frozenset()
) -> tuple[str | None, str | None]:
    """(speaker, role) for a label: the full name when the transcript gives it, else the label.

    "THE PRESIDENT" is the one holder of the office the transcript names; where it names two
    ("President Biden" and the "President Putin" he speaks of), the one its title names.
    """
    if label in _GENERIC:  # a role, not a person: the speaker stays unknown
        return None, _GENERIC[label] or REPORTER
    words = re.sub(r"[.’']", " ", label).split()
    if words[0] == "THE":
        title = " ".join(words[1:]).lower()
        for same in (
            lambda role: role == title,
            lambda role: role.endswith(" " + title) and "vice" not in role.split()[-2:],
        ):
            holders = [p for p in people.known if p.role and same(p.role.lower())]
            if len({p.name for p in holders}) > 1:
                named = {name.split()[-1] for name in authors}  # "Biden" in "Joe Biden"
                holders = [p for p in holders if p.name.split()[-1] in named]
            if len({p.name for p in holders}) == 1:
                return holders[0].name, holders[0].role
        return _title_case(label), None
    if "OFFICIAL" in words:  # anonymous by design: several people may share the label
        return None, _title_case(label)
    surname = words[-1].capitalize()
    if "-" in words[-1]:
        surname = "-".join(part.capitalize() for part in words[-1].split("-"))
    person: Person | None = people.find(surname)
    given = words[1:-1] if words[0] in _HONORIFIC else []  # "MS. ASHLYN ROE": her given name
    if given and person is not None and given[0].lower() not in person.name.lower().split():
        person = None  # not the "President Roe" of the title, who shares her surname
    while len(words) > 2 and words[-2].lower() in PARTICLES:  # "PRESIDENT VON DER LEYEN"
        words = [*words[:-2], f"{words[-2]} {words[-1]}"]
    role = None if words[0] in _HONORIFIC else _title_case(" ".join(words[:-1]))
    if person is None and role and not given:  # "JUDGE JACKSON" of two Jacksons: the judge
        person = same_office(surname, role, people)
    if person is not None:
        return person.name, person.role or role
    return _title_case(label), role


# "… With Jane Roe of Some Network", "… With Jane Roe on Some Programme": one person's name (two to
# four capitalised words) right after "With", then the outlet.
_INTERVIEWER = re.compile(
    r"\bWith\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+)\s+(?:of|on|from)\s+\S"
)


def interviewer(title: str) -> str | None:
    """The one interviewer a transcript's title names ("… With Jane Roe of Some Network")."""
    m = _INTERVIEWER.search(title)
    if m is None:
        return None
    name = m.group("name")
    words = re.sub(r"[.’']", " ", name).split()
    if any(w.lower() in ROLE_WORDS or w.lower() in {"senior", "the", "and", "a"} for w in words):
        return None  # "With Senior Officials of …", "With Acting Assistant Secretary …"
    return name


def find_turns(
    paragraphs: list[str],
    people: People,
    questioner: str | None = None,
    authors: frozenset[str] = frozenset(),
) -> list[Turn]:
    """Every turn of a transcript, one entry per paragraph it covers; `questioner` (the
    interviewer the title names) asks the "Q"/"QUESTION" turns; `authors`: the people the title
    names."""
    turns: list[Turn] = []
    current: tuple[str | None, str | None] | None = None
    for index, text in enumerate(paragraphs):
        found = label_at(text)
        if found is not None:
            label, start = found
            current = resolve_label(label, people, authors)
            if questioner and label in {"Q", "QUESTION"}:
                current = (questioner, "Interviewer")
            turns.append(Turn(index, start, current[0], current[1], False))
        elif current is not None and _END.match(text.strip()):
            current = None
        elif current is not None and text.strip() and not text.strip().startswith("("):
            turns.append(Turn(index, 0, current[0], current[1], True))
    return turns
