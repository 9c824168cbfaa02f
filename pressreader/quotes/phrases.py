"""What a capitalised phrase says on its own: the role and the name it introduces ("Acting
Assistant Attorney General Loretta King" → that office, that name), the first of two people it
joins ("A and B"), the subject of a headline ("President Roe Announces …").

Read once per phrase: `phrase_reading` and `_reading` are cached, as a phrase means the same
wherever it stands; `learning.learn_people` decides, from where it stands, whom to note.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pressreader.quotes.authors import TITLE_OPENING, TOPIC, cut_topic
from pressreader.quotes.names import after_headline_verb, before_headline_verb, personal, tidy_name
from pressreader.quotes.roles import (
    long_titled,
    office_for,
    office_word,
    person_of,
    plain_name,
    split_role_name,
)
from pressreader.quotes.words import ADDRESSES, OFFICE_WORDS, ROLE_WORDS

STRONG_ROLES = r"\b(?:President|Secretary|Minister|Senator|Governor|Mayor|Chancellor|Ambassador|Attorney General)$"


def _plural_role(word: str) -> bool:
    """A role word in the plural ("Officers", "Wardens"): a name of a body, not a person's."""
    word = word.lower()
    if not word.endswith("s") or word in ROLE_WORDS:  # "Mrs" is no plural
        return False
    return word[:-1] in ROLE_WORDS or (word.endswith("es") and word[:-2] in ROLE_WORDS)


_POSSESSIVE = re.compile(r"['’]s\b")


def _owner(phrase: str) -> str:
    """ "Readout of President Roe’s Call" (a title): the one whose call it is ("Readout of
    President Roe"). Elsewhere a possessive stays unread ("President Roe’s predecessor")."""
    return _POSSESSIVE.split(phrase, maxsplit=1)[0] if TITLE_OPENING.match(phrase) else phrase


_PLURAL_TITLE = re.compile(r"(?P<title>[A-Z][a-z]+s)\s+(?=[A-Z])")


def _titled_person(phrase: str) -> tuple[str, str] | None:
    """(role, name) of "Governor Ed Poe": an office and a full personal name, else None."""
    role, name = split_role_name(phrase)
    name = tidy_name(name) if name else None
    return (role, name) if role and name and len(name.split()) >= 2 and personal(name) else None


_AND_CAPITAL = re.compile(r" And (?=[A-Z])")
_AND_BEFORE_CAPITAL = re.compile(r" and (?=[A-Z])")


@lru_cache(maxsize=4096)
def _split_two(phrase: str) -> tuple[str, tuple[str, str | None] | None]:
    """ "Climate Advisor Jo Roe and Under Secretary for Farms Ed Poe": the phrase that is left
    (the second person) and the first person to note, (name, role); else (the phrase, None).
    Cached: it depends on the words alone."""
    if " and " not in phrase and " And " not in phrase:
        return phrase, None  # one person or none (the common case: no pattern to run)
    head, sep, rest = _AND_CAPITAL.sub(" and ", phrase, count=1).partition(" and ")
    if sep and (held := office_for(head)) and _titled_person(re.split(r"\s(?:of|for)\s", rest)[0]):
        # "Governor Jo Roe of Kell and Governor Ed Poe of Tern": two titled people, each with a place
        return rest, (held[1], held[0])
    for at in (m.start() for m in _AND_BEFORE_CAPITAL.finditer(phrase)):
        # "Deputy Advisor for International Economics Jo Roe and Assistant to the President and
        # Climate Advisor Ed Poe": two people, each with a long office (at the "and" that splits
        # the phrase into two such)
        first, second = long_titled(phrase[:at]), long_titled(phrase[at + 5 :])
        if first and second:
            return phrase[at + 5 :], (first[1], first[0])
    if sep and all(plain_name(part) for part in (head, rest)):
        return rest, (head, None)  # "Tamsin Roe and Dorian Poe": two people by name
    if not sep or re.search(r"\s(?:for|of|on)\s", head):
        return phrase, None  # "Minister for Roads and Works Jo Roe": a portfolio's "and"
    shared = _PLURAL_TITLE.match(head)
    if shared and _plural_role(shared.group("title")):  # "Professors Jo Roe and Ed Poe": each
        title = shared.group("title")  # holds the title ("Professor")
        single = title[:-1] if title[:-1].lower() in ROLE_WORDS else title[:-2]
        head = f"{single} {head[shared.end() :]}"
        if split_role_name(re.split(r"\s(?:of|for|at)\s", rest)[0])[0] is None:
            rest = f"{single} {rest}"
    titled = _titled_person(head)
    if titled is None:
        return phrase, None
    role, name = titled
    if not any(w.lower().rstrip(".,") in OFFICE_WORDS for w in role.split()):
        return phrase, None  # "Communications Net Zero and Land": portfolios, no person
    return rest, (name, role)


def _trailing_office(role: str) -> str | None:
    """The office words that end a title's topic ("… of the Passing of Congressman" → "Congressman")."""
    tokens = role.split()
    k = len(tokens)
    while k > 0 and tokens[k - 1].lower().rstrip(".,") in OFFICE_WORDS:
        k -= 1
    return " ".join(tokens[k:]) or None


def _introduced(phrase: str) -> tuple[str | None, str | None, bool]:
    """(role, name, addressed) a capitalised phrase introduces, from its words alone (read once
    per phrase: `_reading` caches it); no name for a body of people."""
    # "Chair Jo Roe of the Kell Tribe", "Jo Roe of Pemwick": the name first
    held = office_for(phrase) or person_of(phrase)
    role, name = (held[0], held[1]) if held else split_role_name(phrase)
    name = tidy_name(name) if name else None
    role = after_headline_verb(role) if role else role  # "President Roe Nominates Judge X"
    if role and TOPIC.search(role):  # "Jr. On the Anniversary of the Passing of Senator"
        role = _trailing_office(role)
    addressed = False  # "I’m Dr. Jo Roe", "54 Years Since Dr. Jo Roe": a name, no office
    if role and " " in role and role.split()[-1].rstrip(".").lower() in ADDRESSES:
        rest = " ".join(role.split()[:-1])  # "Minister Dr. Jo Roe": "Dr." is no office
        if any(w.lower().rstrip(".,") in ROLE_WORDS for w in rest.split()):
            role = rest
        else:
            role, addressed = None, True
    if not name or any(_plural_role(word) for word in name.split()):
        return role, None, addressed  # "Harbour Safety Officers": a body of people
    return role, name, addressed


@lru_cache(maxsize=16384)
def _reading(phrase: str) -> tuple[str | None, str | None, bool, bool, bool, bool]:
    """What a capitalised phrase (its topic cut) says wherever it stands, cached: (role, name,
    addressed) of `_introduced`, whether the name is a person's, whether it is a plain name
    with no title ("Gerald Wallace", not "Rural Support Trust"), and whether the role is an
    office over a full name (or a high office over a surname: "President Roe")."""
    role, name, addressed = _introduced(phrase)
    if not name:
        return role, name, addressed, False, False, False
    named = personal(name)
    words = name.split()
    plain = (
        not role
        and 2 <= len(words) <= 3
        and not any(w.lower() in ROLE_WORDS for w in words)
        and named
    )
    role_ok = False
    if role:
        role_ok = (
            (len(words) >= 2 or bool(re.search(STRONG_ROLES, role)))
            and any(office_word(w.lower().rstrip(".,")) for w in role.split())
            and named
        )
    return role, name, addressed, named, plain, role_ok


@lru_cache(maxsize=16384)
def phrase_reading(
    found: str,
) -> tuple[
    str | None,
    tuple[str, str | None] | None,
    str,
    tuple[str | None, str | None, bool, bool, bool, bool],
]:
    """(headline subject, the first of two people to note, phrase, `_reading`) of a
    capitalised phrase as the text has it."""
    rest, first = _split_two(_owner(found))
    phrase = cut_topic(rest)
    return before_headline_verb(found), first, phrase, _reading(phrase)
