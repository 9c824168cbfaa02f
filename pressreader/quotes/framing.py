"""Quotations framed by the speaker's own words as a thing: "the Mayor’s promise to “…”",
"her belief that “…”", "the conviction of X that “…”" (the possessor's words, however short)."""

from __future__ import annotations

import re

from pressreader.quotes.gender import pronoun_person
from pressreader.quotes.people import People, Person, resolve, surname_of
from pressreader.quotes.words import NAME_PHRASE

# Nouns for what someone said or holds as a saying; "goal", "order", "plan" are no one's words.
_SAYING = (
    r"(?:commitment|pledge|promise|vow|appeal|plea|call|faith|belief|conviction|insistence|"
    r"reminder|admonition|exhortation|words|motto|mantra|refrain|creed|maxim)"
)
# what comes between the noun and the quotation: "to", "to embrace the", "that", "of a"
_LINK = r"(?:to\s+(?:[a-z]+\s+){0,2}?(?:the\s+|a\s+|an\s+|our\s+)?|that\s+)"
_POSSESSIVE = re.compile(
    rf"(?:(?<![\w’'])(?:the\s+|The\s+)?(?P<who>{NAME_PHRASE})[’']s?|(?<!\w)(?P<pron>[Hh]is|[Hh]er))"
    rf"\s+(?:[a-z]+\s+){{0,2}}{_SAYING}\s+{_LINK}$"
)
# "the steadfast conviction of founder Jane Roe, my old friend, that “"
_OF_NAME = re.compile(
    rf"\b{_SAYING}\s+of\s+(?:the\s+)?(?:[A-Za-z][\w-]*\s+){{0,4}}?(?P<who>{NAME_PHRASE})"
    rf"(?:,\s*[^,“”\"]{{2,80}},)?\s+that\s+$"
)


def framed_by(before: str) -> str | None:
    """The possessor of "X’s pledge to “", "his faith that “", "the call of X that “" (a name, or
    "he"/"she" for a possessive pronoun), when the text right before a quotation is that frame."""
    m = _POSSESSIVE.search(before) or _OF_NAME.search(before)
    if m is None:
        return None
    if m.groupdict().get("pron"):
        return "he" if m.group("pron").lower() == "his" else "she"
    return m.group("who")


def framing_speaker(before: str, people: People, last: Person | None) -> Person | None:
    """Whose words a framed quotation is; "her belief that" only when the same sentence names her
    (by surname or first name) and the release does not say she is a man."""
    phrase = framed_by(before)
    if phrase not in {"he", "she"}:
        return resolve(phrase, people, last) if phrase else None
    named, where = None, -1
    for person in people.known:
        if not person.name or " " not in person.name:
            continue
        for word in (surname_of(person.name), person.name.split()[0]):
            found = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", before)]
            if found and found[-1] > where:
                named, where = person, found[-1]
    return named if named and pronoun_person(phrase, named, people) is named else None
