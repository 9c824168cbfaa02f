"""Where a release's quotes are: direct quotes, reported speech and transcript turns as marks.

The one entry point importers use. It reads the paragraphs as written and returns, per paragraph,
the marks (spans plus speaker, role and kind) that annotate them; it never changes a word.
"""

from __future__ import annotations

import re

from pressreader.model import Mark
from pressreader.quotes import (
    People,
    analyse_quotes,
    explicit_speaker,
    find_spans,
    inner_span,
    learn_people,
    reported_spans,
    split_role_name,
)
from pressreader.quotes.authors import author_of, statement_speaker
from pressreader.quotes.words import FIRST_PERSON_WORD
from pressreader.transcripts import find_turns, interviewer, is_transcript

# A form of address is no office: "Mr." alone, "Bundesministerin Dr." / "Dr, Medical Director …".
_ADDRESS = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Herr|Frau)\.?"
_ADDRESS_ONLY = re.compile(rf"^(?:{_ADDRESS}\s*)+$")
_ADDRESS_END = re.compile(rf"(?:[\s,]+{_ADDRESS})+$")
_ADDRESS_START = re.compile(rf"^{_ADDRESS}\s*,\s*")
# "Secretary, May 24, 2021": a date is no part of an office.
_DATE_END = re.compile(
    r",?\s*(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})$"
)


def role_of(role: str | None) -> str | None:
    """A speaker's role without a form of address or a date stuck to it."""
    if not role:
        return None
    role = _DATE_END.sub("", role.strip())
    if _ADDRESS_ONLY.match(role):
        return None
    role = _ADDRESS_START.sub("", _ADDRESS_END.sub("", role)).strip(" ,")
    return role or None


def find_marks(
    paragraphs: list[str], context: tuple[str, ...] = (), headings: dict[int, str] | None = None
) -> tuple[dict[int, list[Mark]], People]:
    """Marks by paragraph index, and the people the release names (for quote blocks);
    `headings`: the heading line right above a paragraph, by its index."""
    if is_transcript(paragraphs):
        return _transcript_marks(paragraphs, context)
    quotes, people = analyse_quotes(paragraphs, context, headings=headings)
    marks: dict[int, list[Mark]] = {}
    for quote in quotes:
        for n, (index, start, end) in enumerate(quote.spans):
            if end > start:
                mark = Mark(start, end, quote.speaker or None, role_of(quote.role), "direct", n > 0)
                marks.setdefault(index, []).append(mark)
    _unmarked_statements(paragraphs, people, marks)
    if context and not people.introduced:
        _headline_statement(paragraphs, context[0], people, marks)
    for index, text in enumerate(paragraphs):
        if any(mark.kind == "direct" and mark.start == 0 for mark in marks.get(index, ())):
            continue  # a statement paragraph is the speaker's words already
        for start, end, person in reported_spans(text, people.known):
            if end > start:
                mark = Mark(start, end, person.name or None, role_of(person.role), "reported")
                marks.setdefault(index, []).append(mark)
    for found in marks.values():
        found.sort(key=lambda mark: mark.start)
    return marks, people


def _unmarked_statements(
    paragraphs: list[str], people: People, marks: dict[int, list[Mark]]
) -> None:
    """gov.uk's "Minister X said:" followed by paragraphs without quotation marks (the site draws
    the marks), and "X issued the following statement:": those paragraphs are X's words.

    The first paragraph after the introduction is always the speaker's; the ones after it only while
    they speak in the first person, and never past another introduction, a paragraph with its own
    quotation marks or one that ends with a colon.
    """
    for index, person in people.introduced.items():
        for k in range(index + 1, len(paragraphs)):
            text = paragraphs[k]
            if marks.get(k) or find_spans(text) or text.rstrip().endswith(":") or not text.strip():
                break
            if k > index + 1 and not FIRST_PERSON_WORD.search(text):
                break
            end = len(text.rstrip())
            mark = Mark(0, end, person.name or None, role_of(person.role), "direct", k > index + 1)
            marks.setdefault(k, []).append(mark)


def _joint(who: str) -> bool:
    """Whether "X and Y" names two people ("President Jane Roe and First Lady Ann Roe"), not one
    office with "and" in it ("Commissioner for Oceans and Fisheries Jane Roe")."""
    first, sep, second = who.partition(" and ")
    if not sep:
        return False
    role, name = split_role_name(first)
    if not name or not split_role_name(second)[1]:
        return False
    return len(name.split()) >= 2 or bool(role and not re.search(r"\b(?:for|of)\b|,", role))


def _headline_statement(
    paragraphs: list[str], title: str, people: People, marks: dict[int, list[Mark]]
) -> None:
    """A "Statement by X on …" whose body is X's own words without quotation marks (no "X said:"
    introduces them): the first-person paragraphs that open the body are X's.

    Short lines before the body (a place and date, a banner) are passed over; the statement starts
    at the first paragraph of a dozen words or more, and only if it speaks in the first person.
    """
    who = statement_speaker(title)
    person = author_of(who, people, None) if who else None
    if person is None or _joint(who or ""):
        return  # "by President Jane Roe and First Lady …": a joint statement is not one person's
    begun: int | None = None
    for k, text in enumerate(paragraphs):
        if begun is None and len(text.split()) < 12:
            continue
        if marks.get(k) or find_spans(text) or text.rstrip().endswith(":"):
            break
        if not FIRST_PERSON_WORD.search(text):
            break
        begun = k if begun is None else begun
        mark = Mark(
            0, len(text.rstrip()), person.name or None, role_of(person.role), "direct", k > begun
        )
        marks.setdefault(k, []).append(mark)


def _transcript_marks(
    paragraphs: list[str], context: tuple[str, ...]
) -> tuple[dict[int, list[Mark]], People]:
    """Turn marks, plus quotations inside turns that the turn itself attributes by name."""
    people = People()
    learn_people([*context, *paragraphs], people)
    marks: dict[int, list[Mark]] = {}
    titled = People()  # who the title names: "THE PRESIDENT" of "Remarks by President X"
    learn_people(list(context[:1]), titled)
    authors = frozenset(person.name for person in titled.known)
    questioner = interviewer(context[0]) if context else None
    for turn in find_turns(paragraphs, people, questioner, authors):
        text = paragraphs[turn.paragraph]
        end = len(text.rstrip())
        if end <= turn.start:
            continue
        found = [Mark(turn.start, end, turn.speaker, role_of(turn.role), "turn", turn.continues)]
        for start, stop, words in find_spans(text[turn.start :]):
            if len(words.split()) < 4:
                continue
            a, b = inner_span(text, turn.start + start, turn.start + stop)
            person = explicit_speaker(text, turn.start + start, turn.start + stop, people)
            if person is not None and b > a:
                found.append(Mark(a, b, person.name or None, role_of(person.role), "direct"))
        marks[turn.paragraph] = found
    return marks, people
