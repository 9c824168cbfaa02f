"""Whether a release says a person is a woman or a man, so that "she said" skips a man named last.

Only the release's own words count: a form of address ("Ms Roe", "Herr Weber"), a gendered role
("spokeswoman", "Ministerin"), or the pronouns of a paragraph about one person and no one else
("Jo Roe has run the café since 2019. Her family …"). A first name alone says nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pressreader.quotes.unnamed import someone_unnamed
from pressreader.quotes.words import (
    FIRST_PERSON_WORD,
    KIN_GENDER,
    POSSESSIVES,
    cased,
    kin_words,
    word_at,
    word_set,
)

if TYPE_CHECKING:
    from pressreader.quotes.people import People, Person

_FEMALE_ROLE = re.compile(
    r"\b(?:Frau|[A-ZÄÖÜ]\w*(?:erin|orin|entin|antin|istin|ärin|eurin|atin))\b"
)
_MALE_ROLE = re.compile(r"\b(?:Herr|[A-ZÄÖÜ]\w*(?:er|or|ent|ant|ist|är|eur|at))\b")
_ENGLISH_ROLE = {
    "f": re.compile(r"(?i)\b(?:\w+woman|lady|dame|baroness|madam|mrs|ms|miss)\b"),
    "m": re.compile(r"(?i)\b(?:\w+man|lord|sir|baron|mr)\b"),
}
_ADDRESS = re.compile(
    r"(?=[MHF])\b(?P<title>Mr|Mrs|Ms|Miss|Herr|Frau)\.?\s+(?:[A-ZÀ-Þ][\w'’-]+\s+)?"
    r"(?P<surname>[A-ZÀ-Þ][\w'’-]+)"
)
_ADDRESS_GENDER = {"Mr": "m", "Herr": "m"}
_TITLES = frozenset(["Mr", "Mrs", "Ms", "Miss", "Herr", "Frau"])  # _ADDRESS's quick test
# French "Il a présenté …", "Elle a …" as a sentence's subject (not "Il faut", "Il y a": no one)
_IMPERSONAL = r"(?!\s+(?:y|faut|fallait|s['’]agit|semble|reste|est\s+\w+\s+de|était|sera)\b)"
# The pronouns of each gender as whole words, looked up in the paragraph's word set (three times
# faster than scanning it with a pattern per gender), and the French subject pronoun, a pattern
# run only where the word is
_PRONOUN_WORDS = {
    "f": cased("she", "her", "hers", "herself"),
    "m": cased(
        "he", "him", "his", "himself", "sein", "seine", "seinem", "seinen", "seiner", "seines"
    ),
}
_FRENCH_PRONOUNS = {
    "f": ("Elle", re.compile(rf"(?<![\w-])Elle\b{_IMPERSONAL}")),
    "m": ("Il", re.compile(rf"(?<![\w-])Il\b{_IMPERSONAL}")),
}


def _pronoun_genders(text: str) -> set[str]:
    """The genders of the pronouns a paragraph uses ("she", "his", "seine", "Elle a …")."""
    words = word_set(text)
    found = set()
    for gender, pronouns in _PRONOUN_WORDS.items():
        french, pattern = _FRENCH_PRONOUNS[gender]
        if not pronouns.isdisjoint(words) or (french in words and pattern.search(text)):
            found.add(gender)
    return found


_UNQUOTED = re.compile(r"[“\"„«»‘][^“”\"„«»‘’]*[”\"“»«’]")
# French gives a role its gender by its article, before a name: "la ministre, Jo Roe", "le
# directeur régional, le Dr Jo Roe", "la préfète Jo Roe"
_FRENCH_ROLE = re.compile(
    r"(?=[Ll])(?<![\w'’])(?P<art>[Ll]e|[Ll]a)\s+(?:(?:nouvelle?|nouvel|première?|premier)\s+)?"
    r"(?:ministre|directeur|directrice|représentante?|porte-parole|présidente?|secrétaire|"
    r"préfète?|maire|coordonn?atrice|coordonn?ateur|cheffe?|responsable|députée?|sénat(?:eur|rice)|"
    r"ambassad(?:eur|rice)|commissaire|conseill(?:er|ère)|gouverneure?|syndique?|médecin)\b"
    r"[^,.;:«»“”\"]{0,60}?,?\s+(?:(?:le|la)\s+)?(?:(?:Dr|Pr|Me)\.?\s+)?"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)+)"
)
_FRENCH_ARTICLES = cased("le", "la")  # _FRENCH_ROLE's quick test
_PRONOUN_GENDER = {"she": "f", "he": "m", "sie": "f", "er": "m", "elle": "f", "il": "m"}


def role_gender(person: Person) -> str | None:
    """ "f" or "m" when a German role says so ("Ministerin", "Hauptgeschäftsführer"), else None."""
    role = person.role or ""
    if _FEMALE_ROLE.search(role):
        return "f"
    return "m" if _MALE_ROLE.search(role) else None


def _english_role_gender(person: Person) -> str | None:
    """ "f" or "m" when an English role is gendered ("spokeswoman", "Lord Mayor" is not: a title)."""
    role = re.sub(r"(?i)\blord\s+(?:mayor|provost|chancellor|advocate)\b", "", person.role or "")
    found = {g for g, pattern in _ENGLISH_ROLE.items() if pattern.search(role)}
    return found.pop() if len(found) == 1 else None


def gender_of(person: Person, german: bool = False) -> str | None:
    """What the release says of a person's gender; German roles count only for German pronouns."""
    if person.gender:
        return person.gender
    return role_gender(person) if german else _english_role_gender(person)


def _note(person: Person, gender: str) -> None:
    """Record a gender; evidence both ways leaves it unknown for good."""
    if person.gender is None:
        person.gender = gender
    elif person.gender not in {gender, "n"}:  # an organisation stays an "it"
        person.gender = "?"


def note_pronoun(person: Person, pronoun: str, lead: str, people: People) -> None:
    """Record the gender an English "he said" / "she said" credited to `person` gives them, when
    the paragraph up to the quotation (`lead`) names them and no one else."""
    gender = {"he": "m", "she": "f"}.get(pronoun.strip(" ,;:").lower())
    if not gender or person.gender == "n" or not _named(person, lead):
        return
    if any(p is not person and p.name and _named(p, lead) for p in people.known):
        return
    _note(person, gender)


# "Jo Roe and her son, Ed Roe, run …": the relation gives the relative's gender
_KIN_NAMED = re.compile(
    rf"(?=[HhTt])\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?P<kin>{kin_words()}),?\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2})"
)


# German "Die Vorsitzende der Genossenschaft, Jo Roe," / "Der Bürgermeister von X, Ed Roe,": the
# article of a singular office gives the gender (a plural, "Die Vorsitzenden", ends in -en)
_GERMAN_APPOSITION = re.compile(
    r"\b(?P<art>Die|Der)\s+(?:[A-ZÄÖÜ][\wäöüß-]*\s+)?[A-ZÄÖÜ][\wäöüß-]*(?<!en)"
    r"(?:\s+(?:der|des|von|für|im|am)\s+[^,.;:]{1,60})?,\s+"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2}),"
)


# The quick test: the pattern's possessive and kin word are both among the paragraph's words
_KIN = frozenset(KIN_GENDER)


def learn_addresses(paragraphs: list[str], people: People) -> None:
    """Genders given by forms of address ("Ms Roe says", "Herr Weber"), French and German
    articles and a named relative ("her son, Ed Roe")."""
    for text in paragraphs:
        words = word_set(text)  # the quick tests below: a pattern's whole words are there
        for m in _GERMAN_APPOSITION.finditer(text) if "Die " in text or "Der " in text else ():
            person = people.find(m.group("name"))
            if person is not None and person.name and " " in person.name:
                _note(person, "f" if m.group("art") == "Die" else "m")
        kin = not _KIN.isdisjoint(words) and not POSSESSIVES.isdisjoint(words)
        for m in _KIN_NAMED.finditer(text) if kin else ():
            person = people.find(m.group("name"))
            if person is not None and person.name and " " in person.name:
                _note(person, KIN_GENDER[m.group("kin")])
        for m in _ADDRESS.finditer(text) if not _TITLES.isdisjoint(words) else ():
            person = people.find(m.group("surname"))
            if person is not None and person.name:
                _note(person, _ADDRESS_GENDER.get(m.group("title"), "f"))
        for m in _FRENCH_ROLE.finditer(text) if not _FRENCH_ARTICLES.isdisjoint(words) else ():
            person = people.find(m.group("name"))
            if person is not None and person.name:
                _note(person, "m" if m.group("art").lower() == "le" else "f")


def learn_from_pronouns(text: str, about: Person, people: People) -> None:
    """The gender of the one person a paragraph names, from the pronouns it uses of them."""
    if not about.name:
        return
    # (the pronouns first: most paragraphs use none of them, or both, and the tests after
    # this one only ever stop the note)
    found = _pronoun_genders(text)
    if len(found) != 1:
        return
    if FIRST_PERSON_WORD.search(_UNQUOTED.sub(" ", text)):
        return  # "Jill — I happen to be her husband": a speaker talks of someone else
    if any(p is not about and p.name and _named(p, text) for p in people.known):
        return
    if someone_unnamed(text):
        return  # "… because a volunteer drove over from his farm": his, not hers
    _note(about, found.pop())


def _named(person: Person, text: str) -> bool:
    """Whether a paragraph names someone: by surname with an office, else by a name that is not
    a place's ("at Marrow Creek", "on Kell Square")."""
    words = person.name.split()
    if words[-1] not in text:  # a substring test first: most people are not named in a paragraph
        return False
    if person.role or person.gender:
        return word_at(text, words[-1]) >= 0
    at = word_at(text, person.name)
    while at >= 0:  # (a string search, not a pattern per name: patterns thrash `re`'s cache)
        if not _PLACE_BEFORE.search(text, 0, at):
            return True
        at = word_at(text, person.name, at + 1)
    return False


_PLACE_BEFORE = re.compile(r"\b(?:at|in|on|near|from|to|across|of|the)\s+$", re.IGNORECASE)


def pronoun_person(pronoun: str, candidate: Person | None, people: People) -> Person | None:
    """Who "he"/"she" ("er"/"sie") is: the candidate (the person named last), unless the release
    says the candidate is of the other gender; then the person mentioned before who may be, or
    None. German "sie"/"er" also read German roles ("Ministerin")."""
    wanted = _PRONOUN_GENDER.get(pronoun.lower())
    german = pronoun.lower() in {"sie", "er"}
    if candidate is None or wanted is None:
        return candidate
    gender = gender_of(candidate, german)
    if gender == wanted:
        return candidate
    if gender in {None, "?"}:
        if german and candidate.role is None:  # a woman or man with a German role is likelier
            return next((p for p in reversed(people.known) if role_gender(p) == wanted), candidate)
        return candidate
    seen = []
    for person in reversed(people.mentioned):
        if person is candidate or person in seen or not person.name:
            continue
        seen.append(person)
        gender = gender_of(person, german)
        if gender == wanted or (gender is None and person.role):  # a bare name may be a thing's
            return person
    if german:  # "sagte sie": a woman with a German role the release named
        return next((p for p in reversed(people.known) if role_gender(p) == wanted), None)
    return None
