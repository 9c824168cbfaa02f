"""Who a passage is about, for "he said" and "she says": the person named last before a quotation,
and the subject of a paragraph without quotations."""

from __future__ import annotations

import re

from pressreader.quotes.people import People, Person, office_holder, resolve, surname_of
from pressreader.quotes.spans import sentence_start
from pressreader.quotes.words import LOWER_OFFICE, NAME_PHRASE, ROLE_WORDS, VERBS, word_at

# "The Administrator added that …", "the Governor said": an office named for its holder
_OFFICE = re.compile(
    r"\b[Tt]he\s+(?P<role>(?:Vice\s+|Deputy\s+|Lieutenant\s+|Prime\s+|Attorney\s+)?"
    r"(?:President|Secretary|Governor|Ambassador|Administrator|Chairwoman|Chairman|Chair|"
    r"Minister|Mayor|Director|Commissioner|Senator|General|Premier|Chancellor|Judge|First\s+Lady))\b"
    r"(?!\s+(?:of|for|to)\b|\s+[A-Z]|['’]s)"
)
# "Senator Roe told the President that …": an office as the object is not who goes on to speak
_OBJECT_BEFORE = re.compile(
    r"\b(?:told|thanked|asked|met|joined|urged|briefed|greeted|welcomed|showed|introduced|"
    r"accompanied|behind|beside|with|to|for|by)\s+$"
)
# "a clinic in Bell Fadi", "the Juniper Flats agreement": a name without an office there is a place's
_PLACE_BEFORE = re.compile(
    r"\b(?:at|in|on|near|from|across|outside|out\s+of|the)\s+$", re.IGNORECASE
)
# "Kell Trades chief executive Jo Roe": a name before a lower-case office and a name is the body's
_BODY_OF_OFFICE = re.compile(rf"\s+{LOWER_OFFICE}\s+[A-ZÀ-Þ]")


# Words inside quotation marks (a law's name, “Working Waterfronts”) name no one who speaks next
_QUOTED = re.compile(r"“[^“”]*”")


def _as_person(person: Person, text: str, at: int) -> bool:
    """Whether the name at `at` names the person: a bare name after "in"/"the" is a place's (and
    "outside Harbor City" names no city speaking as a body)."""
    if person.role or person.gender not in (None, "n"):
        return True
    return not _PLACE_BEFORE.search(text, max(0, at - 9), at)


def last_named(people: People, text: str) -> Person | None:
    """The known person whose surname (or office: "the Governor") occurs last in `text` (outside
    quotation marks' words)."""
    best, where = None, -1
    text = _QUOTED.sub(lambda m: m.group(0)[0] + " " * (len(m.group(0)) - 1), text)
    lowered = text.lower()
    for person in people.known:
        if not person.name:  # known by office alone: the office is how the text names them
            at = lowered.rfind((person.role or "\x00").lower())
            if at > where:
                best, where = person, at
            continue
        if person.first_name_only:
            continue  # "his brother Hunter": a first name alone is no one a "he said" points to
        surname = surname_of(person.name)
        at = word_at(text, surname, last=True)
        if " " in person.name and at >= 0 and not _as_person(person, text, text.rfind(person.name)):
            at = -1
        if at > where and len(surname) > 2:
            best, where = person, at
    offices = [
        m
        for m in _OFFICE.finditer(text)
        if m.start() > where and not _OBJECT_BEFORE.search(text, max(0, m.start() - 12), m.start())
    ]
    if offices:
        people.mention(best)  # "Commissioner Jo Roe … The Commissioner": Roe, named just now
        # (an office the release never names a holder for is itself: "the President signed it.
        # As he said, “…”")
        best = office_holder(offices[-1].group("role"), people) or best
    return best


_TITLED = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Minister|Mayor|Senator|Commissioner|Premier|Detective|Inspector|Superintendent|Chief|Cllr|Councillor|Sergeant|Sgt|Constable|Professor|Judge|Captain)\.?"


# "Ms Hadley", "Minister Sandra Kerr", "Minister of State Kerr" (an office of a title and a place)
_TITLE_BEFORE = re.compile(
    rf"\b{_TITLED}\s+(?:(?:of|for)\s+[A-Z][\w'’-]+\s+)?(?:[A-Z][\w'’-]+\s+)?$"
)


# "Ambassador Jo Roe", "Postmaster Roe": an office word as a title right before a name
_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:[A-Z][\w'’-]+\s+)?$")


def _office_before(text: str, at: int) -> re.Match[str] | None:
    """An office word used as a title before the name at `at` ("Ambassador Jo Roe")."""
    m = _CAPITALISED_BEFORE.search(text, max(0, at - 40), at)
    return m if m and m.group(1).lower() in ROLE_WORDS else None


def subject_named(people: People, text: str, tiers: bool = True) -> Person | None:
    """The person a paragraph without quotations is about, for a "she said" after it: the first
    known person named in full or by title and surname ("Ms Hadley", "Mayor Sandra Kerr");
    `tiers`: one with an office before one without (in one sentence: just the first named)."""
    best: tuple[int, int, Person] | None = None  # (tier, position, person)
    lowered = text.lower()
    for person in people.known:
        if not person.name:  # "The representative of Tarsin responded that …"
            at = lowered.find((person.role or "\x00").lower())
            if at >= 0 and (best is None or (0, at) < best[:2]):
                best = (0, at, person)
            continue
        surname = surname_of(person.name)
        if len(surname) <= 2 or surname not in text:
            continue  # not named here at all (a full name holds its surname): the common case
        at = word_at(text, surname)
        if at < 0:
            continue  # only inside a longer word ("North" in "Northvale")
        found = [text.find(person.name)] if " " in person.name else []
        titled = False
        while at >= 0:  # "Ms Hadley", "Mayor Sandra Kerr": a title right before the surname
            after = text[at + len(surname) : at + len(surname) + 1]
            title = _TITLE_BEFORE.search(text, max(0, at - 40), at) or _office_before(text, at)
            if title and not (after.isalnum() or after == "-"):
                titled = True
                found.append(title.start())
                break
            at = word_at(text, surname, at + 1)
        at = min((f for f in found if f >= 0), default=-1)
        if at >= 0 and _BODY_OF_OFFICE.match(text, at + len(person.name)):
            continue  # "Kell Trades chief executive Jo Roe says …": about Jo Roe, not the body
        # A person with an office, or named with a title, before a bare name ("Te Waiparu" may
        # be a place the name pattern took for a person).
        tier = 0 if person.role or titled or not tiers else 1
        if at >= 0 and (best is None or (tier, at) < best[:2]):
            best = (tier, at, person)
    return best[2] if best else None


# "The latter said …", "“…,” the 34-year-old said": a speaker named by a reference back
REFERENCE = r"[Tt]he\s+(?:former|latter|\d{1,3}-year-old)"
# "The latter, a nurse-midwife, said …: “": the reference is the sentence's subject
REFERRED_BEFORE = re.compile(
    rf"^\s*(?:[^,“”\"]{{0,80}},\s+)?(?P<ref>{REFERENCE})(?:,\s[^“”\"]{{2,160}}?,)?\s+(?:\w+ly\s+)?"
    rf"(?:{VERBS})\b[^“”\"]*$"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def _named_order(people: People, sentence: str) -> list[Person]:
    """The known people a sentence names in full, in the order it names them."""
    found = []
    for person in people.known:
        if person.name and " " in person.name and not person.first_name_only:
            at = word_at(sentence, person.name)
            if at >= 0:
                found.append((at, person))
    return [p for _, p in sorted(found, key=lambda f: f[0])]


def referenced(phrase: str, earlier: str, people: People) -> Person | None:
    """Whom "the former", "the latter" or "the 34-year-old" points back to in the text before:
    the first or last of the people the latest sentence naming two of them names, or the one
    the text gives that age ("Jo Roe, 34,"). None when the text does not say."""
    word = phrase.split()[-1].lower()
    if word.endswith("-year-old"):
        age = word.split("-")[0]
        aged = [
            p
            for p in people.known
            if p.name and re.search(rf"\b{re.escape(p.name)},\s+{age}\s*,", earlier)
        ]
        return aged[0] if len(aged) == 1 else None
    for sentence in reversed(_SENTENCE_END.split(earlier)):
        named = _named_order(people, _QUOTED.sub("", sentence))
        if len(named) == 2:
            return named[0] if word == "former" else named[1]
        if len(named) > 2:
            return None  # "A, B and C …. The latter": not two to choose from
    return None


def _last_sentence(text: str) -> int:
    """Where the last sentence of `text` starts (abbreviations and initials end none)."""
    text = text.rstrip()
    return sentence_start(text, max(0, len(text) - 1))


def referred_subject(before: str, people: People) -> Person | None:
    """The person a "he said" after "The former told X that …." points to: the reference that is
    the subject of the sentence before the quotation, resolved in the text before it."""
    if "former" not in before and "latter" not in before and "-year-old" not in before:
        return None  # the common case: no reference to read
    at = _last_sentence(before)
    m = re.match(rf"\s*(?P<ref>{REFERENCE})\b", before[at:])
    return referenced(m.group("ref"), before[:at], people) if m else None


# "The President asked Jo Roe how many … “All of them,” he replied.": the one asked answers
_ASKED = re.compile(
    rf"\basked\s+(?P<who>{NAME_PHRASE})\s+(?:how|what|why|whether|if|when|where|who|about)\b"
)
_ANSWERS = re.compile(r"\b(?:replied|answered|responded)\b")


def asked_person(before: str, verb: str, people: People) -> Person | None:
    """Who answers with "he replied" after a sentence that asked them: the person asked."""
    if not _ANSWERS.search(verb):
        return None
    m = _ASKED.search(before, _last_sentence(before))  # "The President asked Dr. Jo Roe how …"
    return resolve(m.group("who"), people, None) if m else None
