"""Who "the minister", "the Assistant Minister" or "the Deputy Secretary" is among a release's people."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pressreader.quotes.people import People, Person

_QUALIFIER = (
    r"\b(vice|deputy|lieutenant|former|assistant|associate|junior|shadow|prime)[ -](?:\w+ )*"
)


def _qualifiers(role: str, word: str) -> set[str]:
    """The words that make `word` of a role another office: "deputy", "prime" ("Prime Minister")."""
    return set(re.findall(_QUALIFIER + re.escape(word) + r"\b", role))


def holder_of(role: str, people: People) -> Person | None:
    """The last named person whose role is `role` ("the President" is not the Vice President: a
    role word qualified by vice/deputy/prime is another office), else None."""
    wanted = re.sub(r"^(?:the|a|an)\s+", "", role.lower())
    if wanted == "expert":  # UN house style: "the expert" is the Special Rapporteur of the release
        return _holder("expert", people) or _holder("rapporteur", people)
    return _holder(wanted, people)


def _holder(wanted: str, people: People) -> Person | None:
    """The last named person whose role is `wanted` (lower case), or holds it as its last word;
    one introduced as "the late X" only when no one living holds it."""
    # the person the text was about most recently first ("Secretary A said … the secretary said"
    # is A, though the release names Secretary B further on), then the rest, last named first
    recent = list(dict.fromkeys(p.name for p in reversed(people.mentioned) if p.name))
    order = {name: k for k, name in enumerate(recent)}
    named = sorted(
        (p for p in reversed(people.known) if p.name),  # an office alone is found by itself
        key=lambda p: order.get(p.name, len(order)),
    )
    living = [p for p in named if not p.late]
    return _holding(wanted, living) or _holding(wanted, [p for p in named if p.late])


def _holding(wanted: str, named: list[Person]) -> Person | None:
    """The first of `named` whose role is `wanted`, begins with it, or ends in its last word."""
    last_word = wanted.split()[-1]
    for person in named:
        held = (person.role or "").lower()
        whole = held == wanted or held.endswith(" " + wanted)
        if whole and _qualifiers(held, last_word) == _qualifiers(wanted, last_word):
            return person
    for person in named:  # "the Assistant Minister" of "Assistant Minister for Housing"
        held = (person.role or "").lower()
        office = re.match(rf"{re.escape(wanted)} (?:for|of|to) ", held)
        if office and _qualifiers(held, last_word) == _qualifiers(wanted, last_word):
            return person
    for person in named:
        held = (person.role or "").lower()
        if last_word in held and not _qualifiers(held + " " + wanted, last_word):
            return person  # "the minister" is no "Prime Minister", "Deputy Minister"
    return None
