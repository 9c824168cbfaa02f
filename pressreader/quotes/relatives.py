"""A relative the release names, quoted later by relation: "my own mother — Jane Roe — …" then
"My mom used to always say, “…”" is Jane Roe's. Without the name the quote stays unnamed
(`unnamed.py`); with it, the relation is that person, whatever word ("mother", "mom", "mum") the
release uses each time."""

from __future__ import annotations

import re

from pressreader.quotes.names import personal
from pressreader.quotes.people import People, Person
from pressreader.quotes.words import cased, word_set

# Words for one relation → the relation
_RELATIONS = {
    **dict.fromkeys(["mother", "mom", "mum", "mama", "mommy", "mummy"], "mother"),
    **dict.fromkeys(["father", "dad", "daddy", "papa", "pop"], "father"),
    **dict.fromkeys(["grandmother", "grandma", "granny", "nana", "gran"], "grandmother"),
    **dict.fromkeys(["grandfather", "grandpa", "granddad", "grandad"], "grandfather"),
    **dict.fromkeys(
        ["wife", "husband", "son", "daughter", "brother", "sister", "aunt", "uncle"], None
    ),
}
_REL = "|".join(sorted(_RELATIONS, key=len, reverse=True))
_KIN = (
    r"(?P<kin>[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:own|late|dear|beloved|dear\s+late)\s+)?"
)
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|[“\"][A-Z][\w'’.-]*[”\"]|(?:van|von|de|del|der|da|di|du|la|le)\b)"
# "my mother, Jane Roe,", "my late father — John Roe —", "my grandmother (Ada Roe)"
_NAMED = re.compile(
    rf"(?=[MmOoHhTt])\b{_KIN}(?P<rel>{_REL})\s*(?:,|—|–|\(|--)\s*"
    rf"(?P<name>[A-Z][\w'’.-]*(?:\s+{_NAME_WORD}){{1,5}})(?=\s*(?:[,—–).;]|--|$))"
)
# Its quick test: the possessive and the relation are whole words of the paragraph
_NAMED_KEYS = (cased("my", "our", "his", "her", "their"), frozenset(_RELATIONS))
# "My mom used to always say,", "as my father would tell me:", "my grandmother once wrote,"
_SPEAKS = re.compile(
    rf"(?:^|[.;!?]\s+|,\s+|\b(?:[Aa]s|[Aa]nd|[Ww]hen)\s+){_KIN}(?P<rel>{_REL})\s+"
    r"(?:[a-z]+\s+){0,3}?(?:say|said|says|tell|told|tells|wrote|write|writes|put\s+it|remind|"
    r"reminded|reminds)(?:\s+(?:me|us|him|her|them))?\b[^“”\"]{0,40}?[,:]\s*$"
)


def _relation(kin: str, word: str) -> tuple[str, str]:
    return kin.lower(), _RELATIONS[word.lower()] or word.lower()


def named_relatives(paragraphs: list[str]) -> dict[tuple[str, str], str]:
    """(possessive, relation) → the name the release gives that relative, when it gives one name."""
    found: dict[tuple[str, str], set[str]] = {}
    owners, relations = _NAMED_KEYS
    for text in paragraphs:
        words = word_set(text)
        named = not owners.isdisjoint(words) and not relations.isdisjoint(words)
        for m in _NAMED.finditer(text) if named else ():
            name = m.group("name")
            plain = [w for w in name.split() if not w.startswith(("“", '"'))]
            if len(plain) >= 2 and personal(" ".join(plain)):  # a nickname in quotes is left out
                found.setdefault(_relation(m.group("kin"), m.group("rel")), set()).add(
                    " ".join(plain)
                )
    return {key: next(iter(names)) for key, names in found.items() if len(names) == 1}


def relative_speaker(before: str, relatives: dict[tuple[str, str], str]) -> str | None:
    """The name of the relative the words before a quotation credit it to ("My mom used to
    say, “"), when the release named that relative; None otherwise."""
    if not relatives:
        return None
    m = _SPEAKS.search(before)
    return relatives.get(_relation(m.group("kin"), m.group("rel"))) if m else None


def relative_person(name: str, people: People) -> Person:
    """The relative as a person of the release, by the whole name the release gives: never
    someone else who shares the surname (a mother and the son who writes about her)."""
    person = next((p for p in people.known if p.name == name), None)
    if person is None:
        person = Person(name, None)
        people.known.append(person)
    return person
