"""Where a release's quotes are: direct quotes, reported speech and transcript turns as marks.

The one entry point importers use. It reads the paragraphs as written and returns, per paragraph,
the marks (spans plus speaker, role and kind) that annotate them; it never changes a word.
"""

from __future__ import annotations

from pressreader.model import Mark
from pressreader.quotes import (
    People,
    analyse_quotes,
    explicit_speaker,
    find_spans,
    inner_span,
    learn_people,
    reported_spans,
)
from pressreader.transcripts import find_turns, is_transcript


def find_marks(
    paragraphs: list[str], context: tuple[str, ...] = ()
) -> tuple[dict[int, list[Mark]], People]:
    """Marks by paragraph index, and the people the release names (for quote blocks)."""
    if is_transcript(paragraphs):
        return _transcript_marks(paragraphs, context)
    quotes, people = analyse_quotes(paragraphs, context)
    marks: dict[int, list[Mark]] = {}
    for quote in quotes:
        for n, (index, start, end) in enumerate(quote.spans):
            if end > start:
                mark = Mark(start, end, quote.speaker, quote.role, "direct", n > 0)
                marks.setdefault(index, []).append(mark)
    for index, text in enumerate(paragraphs):
        for start, end, person in reported_spans(text, people.known):
            if end > start:
                mark = Mark(start, end, person.name, person.role, "reported")
                marks.setdefault(index, []).append(mark)
    for found in marks.values():
        found.sort(key=lambda mark: mark.start)
    return marks, people


def _transcript_marks(
    paragraphs: list[str], context: tuple[str, ...]
) -> tuple[dict[int, list[Mark]], People]:
    """Turn marks, plus quotations inside turns that the turn itself attributes by name."""
    people = People()
    learn_people([*context, *paragraphs], people)
    marks: dict[int, list[Mark]] = {}
    for turn in find_turns(paragraphs, people):
        text = paragraphs[turn.paragraph]
        end = len(text.rstrip())
        if end <= turn.start:
            continue
        found = [Mark(turn.start, end, turn.speaker, turn.role, "turn", turn.continues)]
        for start, stop, words in find_spans(text[turn.start :]):
            if len(words.split()) < 4:
                continue
            a, b = inner_span(text, turn.start + start, turn.start + stop)
            person = explicit_speaker(text, turn.start + start, turn.start + stop, people)
            if person is not None and b > a:
                found.append(Mark(a, b, person.name, person.role, "direct"))
        marks[turn.paragraph] = found
    return marks, people
