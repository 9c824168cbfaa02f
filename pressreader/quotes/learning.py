"""Who a release introduces: "Role Firstname Lastname", "Name, Role," and two-line headers."""

from __future__ import annotations

import re

from pressreader.quotes.names import (
    US_STATES,
    personal,
    tidy_name,
)
from pressreader.quotes.offices import holder_of
from pressreader.quotes.people import (
    ANONYMOUS,
    ANONYMOUS_KEYS,
    People,
    Person,
    anonymous,
)
from pressreader.quotes.phrases import STRONG_ROLES, phrase_reading
from pressreader.quotes.roles import (
    split_role_name,
)
from pressreader.quotes.words import (
    KIN_GENDER,
    NAME_PHRASE,
    OFFICE_WORDS,
    POSSESSIVES,
    ROLE_WORDS,
    TOKEN_START,
    cased,
    kin_words,
    word_set,
)

_INTRODUCTION = re.compile(rf"{TOKEN_START}\b{NAME_PHRASE}")


_OFFICES = (
    r"Minister|Treasurer|Secretary|Mayor|Premier|Commissioner|President|Chancellor|Governor|"
    r"Attorney[- ]General|Director|Chair|Ambassador|Superintendent|Inspector|Prosecutor|"
    r"Taoiseach|Tánaiste"
)
_APPOSITION = re.compile(
    # "The Tánaiste and Minister for Transport, Jo Roe TD,": two offices held at once
    r"(?=[A-Z])\b(?P<role>(?:(?:Tánaiste|Taoiseach|Deputy Prime Minister)\s+and\s+)?"
    r"(?:(?:Prime|Deputy|Lord|Federal|Vice[- ]|Chief|Acting|Foreign|Finance)\s*)*"
    rf"(?:{_OFFICES})"
    r"(?:\s+(?:of|for|to)\s+[A-Z][^.;:“”\"]{0,80}?)?),\s+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:Ó|[A-ZÀ-ÖØ-Þ][\w'’.-]+)){1,3})"  # Irish "Ó Laoghaire"
    r"(?:\s+(?:MP|TD|T\.D\.|MLA|MPP|MSP|QC|KC))?,"
)
_APPOSITION_KEY = re.compile(_OFFICES)  # every match of _APPOSITION has an office word

# "The head teacher of Coldharrow Primary, Jo Roe, said": an office in lower case, of a body, then
# the name between commas.
_LOWER_APPOSITION = re.compile(
    r"(?=[Tt])\b[Tt]he\s+(?P<role>(?:[a-z][\w-]*\s+){0,2}(?P<word>[a-z][\w-]*)\s+(?:of|at|for)\s+"
    r"(?:the\s+)?[A-Z][^.;:,“”\"]{1,80}?),\s+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3}),"
)
# Its quick test: only a match whose office word is a role word counts, so a paragraph needs a
# role word as a whole word ("co-founder" has "founder": a test holds every hyphenated one to that)
_LOWER_ROLE_WORDS = frozenset(w for w in ROLE_WORDS if re.fullmatch(r"\w+", w))

# "the head teacher of Coldharrow Primary": a capitalised phrase after an office and "of" is the
# body the office serves, no person.
_OFFICE_OF = re.compile(r"\b(?P<word>[A-Za-z][\w-]*)\s+(?:of|at)\s+(?:the\s+)?$")


# German names a person's trade or office after an article, before the name: "der Schäfer Jan
# Roe", "die Kapitänin Ruth Roe" (a noun for a person: -er, -erin, -in, -at, -ent, -or, -e …)
_GERMAN_ROLE = re.compile(
    r"\b[Dd](?:er|ie)\s+(?P<role>[A-ZÄÖÜ][a-zäöüß]{2,30}(?:er|in|at|ent|or|eur|ist|ant|e))\s+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+\s+(?:(?:von|van|de)\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]+)"
    r"(?=[\s,.;:]|$)(?!\s+[A-ZÄÖÜ])"
)

_GERMAN_ARTICLES = cased("der", "die")  # its quick test: the article


def _name_then_office(line: str, following: str) -> Person | None:
    """A release's header of two lines, a minister's name and then their office ("Senator the Hon
    Jane Roe" / "Minister for Ports"), as Australian and other ministers' media releases open."""
    # (split at most 9 and 11 times: a long paragraph's words need not all be cut apart)
    if len(line.split(None, 9)) > 8 or len(following.split(None, 11)) > 10:
        return None
    if re.search(r"[.:;!?]$", following):
        return None
    role, name = split_role_name(line)
    office, other = split_role_name(following)
    first = following.split()[0].lower().rstrip(",") if following.split() else ""
    if not name or len(name.split()) < 2 or first not in ROLE_WORDS:
        return None
    if other and not office:  # the second line is a name too
        return None
    return Person(tidy_name(name) or name, following.strip(" ,"))


# "Harbour Trust chair Jo Roe", "Te Rūnanga o Ngāti Roa chief executive Jo Roe": the capitalised
# words before an office in lower case and a name are the body the person serves, not a person.
_BODY_OF_ROLE = re.compile(
    rf"(?:\s+(?:o|of|de|du|des|and|&)\s+{NAME_PHRASE})?\s+(?P<roles>(?:[a-z][\w-]*\s+){{1,3}})[A-Z]"
)


def _body_before_role(text: str, end: int) -> bool:
    """Whether the capitalised phrase ending at `end` names the body of an office that follows."""
    m = _BODY_OF_ROLE.match(text, end)
    return m is not None and all(w in OFFICE_WORDS for w in m.group("roles").split())


_ARTICLE_BEFORE = re.compile(r"\b(?:ein|eine|einen|einem|einer|das|den|dem|des)\s+$")
# Words before a capitalised phrase that make it a place or a thing, not a person
_PLACE_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Aa]cross|[Ii]nto|[Oo]ut\s+of|"
    r"(?:town|city|village|county|port|borough)\s+of)\s+$"
)
# "Muscadine Hollow, Georgia": a town, by the state after it
_STATE_AFTER = re.compile(rf",\s+(?:{'|'.join(US_STATES)})(?=[,.;:)]|\s*$)")


def _same_office(one: str | None, other: str | None) -> bool:
    """ "Attorney General" and "U.S. Attorney General": one office, written shorter or longer
    (not "President" and "Vice President", another office)."""
    if one == other:
        return True
    if not one or not other:
        return False
    short, long = sorted((one, other), key=len)
    extra = long[: -len(short)] if long.endswith(short) else None
    return extra is not None and not _LOWER_RANK.search(extra)


_LOWER_RANK = re.compile(
    r"(?i)\b(?:vice|deputy|assistant|under|associate|acting|principal|chief|senior)\b"
)


def _headline_subject(head: str, people: People) -> None:
    """Note the titled subject of a headline ("President Roe" of "President Roe Announces …");
    the words after its verb are read as before ("… Nominates Judge Ed Poe")."""
    role, name = split_role_name(head)
    if not role or not name or people.find(name) is not None:
        return
    if any(w.lower().rstrip(".,") in ROLE_WORDS for w in name.split()):
        return  # "Assistant Attorney General Announces …": an office, no name
    # a surname under a high office only: "Assistant Harbour Master Announces …" names no one
    if " " not in name and personal(name) and re.search(STRONG_ROLES, role):
        people.known.append(Person(name, role))


# "the Biden-Harris Administration": a U.S. ticket names the President (and the Vice President)
_TICKET = re.compile(
    r"\b(?P<president>[A-Z][a-z]+)[\u2060\u00ad]?-[\u2060\u00ad]?[A-Z][a-z]+\s+Administration\b"
)


def learn_ticket(texts: list[str], people: People) -> None:
    """Note the President a release names only by its administration's ticket, so that "As the
    President said" is theirs; only when no one else in the release holds the office."""
    ticket = next(
        (m for text in texts if "Administration" in text and (m := _TICKET.search(text))), None
    )
    if ticket is None or holder_of("President", people) is not None:
        return
    name = ticket.group("president")
    if people.find(name) is None:
        people.known.append(Person(name, "President"))


_SECOND_OFFICE = re.compile(r"\s(?:and|&)\s+(?:the\s+)?(?P<word>[A-Z][\w.-]*)")
_OFFICE_HEAD = re.compile(rf"^[^,]*?\b(?:{_OFFICES})(?:\s+(?:for|of|from|to|at)\s|$)")


def _plain_office(role: str) -> bool:
    """An office by itself ("Minister for Water and the Environment"), not the tail of a list of
    people ("Assistant Secretary for A Jo Roe and Assistant Secretary for B") or a body's name
    ("Bureau of Trade")."""
    if len(role.split()) > 10 or not _OFFICE_HEAD.match(role):
        return False
    return not any(m.group("word").lower() in ROLE_WORDS for m in _SECOND_OFFICE.finditer(role))


# "Her grandson Jalen", "his classmate Theo": a relative or friend given by first name only
_KIN_FIRST = (
    r"grandson|granddaughter|son|daughter|classmate|friend|neighbou?r|brother|sister|"
    r"nephew|niece|cousin|grandchild|child|teammate"
)
# The quick test: the pattern's possessive and kin word are both among the paragraph's words
_KIN_KEYS = frozenset(_KIN_FIRST.replace("neighbou?r", "neighbour|neighbor").split("|"))
_KIN_OWNERS = POSSESSIVES | cased("my", "our")
KIN_FIRST_NAME = re.compile(
    r"(?=[HhTtMmOo])\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:[a-z][\w-]*\s+){0,2}"
    rf"(?P<kin>{_KIN_FIRST})\s+(?P<name>[A-Z][a-z]{{2,}})\b(?![\s-]+[A-Z])"
)
# "the late Prime Minister X": someone who no longer holds the office the text names
_LATE_BEFORE = re.compile(r"\blate\s+$")
# "his daughter, " right before a name: the relative of someone with the same surname
_RELATIVE_BEFORE = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:{kin_words()}|cousin),?\s+$")


def learn_people(paragraphs: list[str], people: People) -> None:
    """Note every "Role Firstname Lastname" and "Firstname Lastname, Role," the text introduces."""
    for line, following in zip(paragraphs, paragraphs[1:], strict=False):
        header = _name_then_office(line, following)
        if header is not None and people.find(header.name) is None:
            people.known.append(header)
    headlines: list[str] = []  # "President Roe" of "President Roe Announces …", read last
    for text in paragraphs:
        # Each pattern scanned only where its key word is (a quick test): three times faster.
        words = word_set(text)
        anonymous_words = any(map(text.__contains__, ANONYMOUS_KEYS))
        for m in ANONYMOUS.finditer(text) if anonymous_words else ():
            if not re.search(
                r"[A-Z][\w'’.-]+,\s*$", text[: m.start()]
            ):  # "Jo Roe, the delegate of X"
                anonymous(m.group(0), people)
        for m in _GERMAN_ROLE.finditer(text) if not _GERMAN_ARTICLES.isdisjoint(words) else ():
            name = tidy_name(m.group("name"))
            if name and people.find(name) is None:
                people.known.append(Person(name, m.group("role")))
        offices = _APPOSITION_KEY.search(text)
        for m in _APPOSITION.finditer(text) if offices else ():  # "The Minister, Jo Roe, said"
            name = tidy_name(m.group("name"))
            if name and people.find(name) is None:
                people.known.append(Person(name, m.group("role")))
        lower_office = ", " in text and not _LOWER_ROLE_WORDS.isdisjoint(words)
        for m in _LOWER_APPOSITION.finditer(text) if lower_office else ():
            name = tidy_name(m.group("name"))
            if m.group("word") in ROLE_WORDS and name and people.find(name) is None:
                people.known.append(Person(name, m.group("role")))
        kin = not _KIN_KEYS.isdisjoint(words) and not _KIN_OWNERS.isdisjoint(words)
        for m in KIN_FIRST_NAME.finditer(text) if kin else ():
            name = m.group("name")  # "Her grandson Jalen, 10, said …": a child known by name
            if personal(name) and name.lower() not in ROLE_WORDS and people.find(name) is None:
                gender = KIN_GENDER.get(m.group("kin").lower())
                people.known.append(Person(name, None, gender, first_name_only=True))
        for m in _INTRODUCTION.finditer(text):
            found = m.group(0)
            if " " not in found or " - " in found:
                # one capitalised word: neither "Role Name" nor "First Last"; "European
                # Commission - Daily News": a banner of two parts, no person
                continue
            if found.endswith("'") or text[m.start() - 1 : m.start()] in {"'", "‘"}:
                continue  # "the 'Green Lanes' scheme": a name in single quotes is a thing's
            # what the phrase says is the same wherever it stands (and read once)
            head, first, phrase, reading = phrase_reading(found)
            if head:
                headlines.append(head)
            if first is not None and people.find(first[0]) is None:
                people.known.append(Person(*first))  # the first of two people ("A and B")
            role, name, addressed, personal_name, plain, role_ok = reading
            if not name:
                continue  # "Harbour Safety Officers": a body of people, no one person
            if addressed and personal_name and people.find(name) is None:
                people.known.append(Person(name, None))
                continue
            if not role:
                # "Gerald Wallace" with no title: known, so that "Wallace said" resolves (a
                # plain name, not "Rural Support Trust": see phrases._reading); where it stands may
                # still make it no person's
                plain = plain and not _body_before_role(text, m.end())
                # "ein Netz von Kurzzeitpflegeplätzen": German nouns after an article, no person
                plain = plain and not _ARTICLE_BEFORE.search(text, max(0, m.start() - 8), m.start())
                # "In Muscadine Hollow, Georgia,", "at Hollins Mechanical", "out of Pine Mill"
                plain = plain and not _PLACE_BEFORE.search(text, max(0, m.start() - 16), m.start())
                plain = plain and (" of " in phrase or not _STATE_AFTER.match(text, m.end()))
                office = plain and _OFFICE_OF.search(text, max(0, m.start() - 40), m.start())
                plain = plain and not (office and office.group("word").lower() in ROLE_WORDS)
                if not plain:
                    continue  # no one to note (and no namesake to look up)
                # "President Biden" … "Joe Biden": the same man; "Sheriff Amos Roe and his
                # daughter, Nina Roe": a relative, a person of her own
                namesake = people.find(name.split()[-1])
                if namesake is not None and not (
                    " " in namesake.name and _RELATIVE_BEFORE.search(text, 0, m.start())
                ):
                    continue
                if people.find(name) is None:
                    people.known.append(Person(name, None, relative=namesake is not None))
                continue
            if not role_ok:
                continue  # "Director of the UN Environment Programme": the body's name, no person
            known = people.find(name)
            if known is None:
                late = bool(_LATE_BEFORE.search(text, max(0, m.start() - 10), m.start()))
                people.known.append(Person(name, role, late=late))  # "the late Senator X"
            elif (
                " " not in known.name
                and name.endswith(" " + known.name)
                and _same_office(known.role, role)
            ):
                known.name = name  # "President Biden" (a title) then "President Joe Biden"
            elif known.role is None and known.name == name and _plain_office(role):
                known.role = role  # "The Hon Jo Roe MP" in the header, "Minister Jo Roe" below
    for head in headlines:  # after the text's own introductions, which give fuller offices
        _headline_subject(head, people)
    learn_ticket(paragraphs, people)
