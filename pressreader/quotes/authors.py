"""Who a release's title says wrote it: "Statement by X on …", "Remarks by Y Providing …", "Z issued
the following statement" — the author's name and office, without the title's topic."""

from __future__ import annotations

import re
from functools import lru_cache

from pressreader.quotes.names import personal, tidy_name
from pressreader.quotes.people import (
    UNNAMED_OFFICE,
    People,
    Person,
    anonymous_office,
    resolve,
    split_role_name,
)
from pressreader.quotes.words import NAME_PHRASE, TITLE_GERUNDS

_STATEMENT_BY = re.compile(
    rf"(?:[Ss]tatement\s+(?:from|by|of)\s+(?:the\s+)?(?P<who>{NAME_PHRASE})"
    rf"|[Tt]he\s+following\s+is\s+(?:the\s+)?(?P<who3>{NAME_PHRASE})['’]s?\s+"
    rf"(?:message|statement|remarks|address|speech)"
    rf"|^(?:The\s+)?(?P<who4>{NAME_PHRASE})['’]s?\s+(?:[Vv]ideo\s+)?[Mm]essage\b"
    rf"|(?P<who2>{NAME_PHRASE})(?:,\s*(?P<app2>[^,:“”\"]{{2,120}}),)?\s+(?:released|issued|made|gave|delivered|"
    rf"provided|[Ii]ssues|[Rr]eleases|[Mm]akes)\s+(?:the\s+following\s+|a\s+|this\s+)?"
    rf"(?:[Ss]tatement|memo(?:randum)?\s+to\b))"
)


_STATEMENT_KEYS = ("tatement", "following", "essage", "memo")


def statement_speaker(text: str) -> str | None:
    """Who "Statement by X" or "X issued the following statement" names."""
    if not any(key in text for key in _STATEMENT_KEYS):
        return None  # (a quick test: every form holds one of these)
    m = _STATEMENT_BY.search(text)
    if not m:
        return None
    who = m.group("who") or m.group("who2") or m.group("who3") or m.group("who4")
    if m.group("who2") and m.group("app2"):  # "The Taoiseach, Jane Roe TD, issued …": both
        who = f"{who}, {m.group('app2')}"
    if m.group("who"):  # "by Commissioner for Environment, Oceans and Fisheries Amalia Roscoe"
        whole = _STATEMENT_BY_WHOLE.match(text, m.start("who"))
        if whole and len(whole.group(1).split()) <= 14:
            who = whole.group(1).strip(" ,")
    # "Statement by President Biden on the Anniversary…": the name ends before " on ".
    return TOPIC.split(who, maxsplit=1)[0]


# "Statement by" up to " on …", a dash, a colon or the end: commas inside belong to the role.
_STATEMENT_BY_WHOLE = re.compile(
    r"([^:;“”\"\n]+?)(?=\s+(?i:on|about|regarding|following|marking|at|after|before)\s|\s+[–—-]\s"
    r"|\s*[:;(]|\s*$|\s+(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+)\s+(?:Years?|Months?)\s"
    rf"|\s+(?:{TITLE_GERUNDS})\s)"
)


TITLE_OPENING = re.compile(
    r"^(?i:statement|remarks|comments?|readout)\s+(?i:of|by|from)\s+(?:the\s+)?"
)
# Where a title's author ends and its topic begins: "… on the Ruling", "… Marking the Day"; or
# where they were: "… Aboard Air Force One En Route Tulsa, OK", "… Via Teleconference", "… in
# Joint Press Conference", "… Before Bilateral Meeting"
TOPIC = re.compile(
    rf"\s+(?:(?i:on|about|regarding|following|after)|{TITLE_GERUNDS}|Aboard|En\s+Route|Via|Before|During|in\s+(?:a\s+)?(?:Joint|Press))(?:\s+|$)"
)


@lru_cache(maxsize=16384)
def cut_topic(phrase: str) -> str:
    """ "Statement of Attorney General Jo Roe on Decision in Kell" (a title) → "Attorney General Jo
    Roe": what follows "on" is the topic, not the end of a name (cached: phrases come back)."""
    phrase = TITLE_OPENING.sub("", phrase)
    head = TOPIC.split(phrase, maxsplit=1)[0]
    if head == phrase or re.search(r"\s(?:(?i:and)|&)\s", head):
        return phrase  # "Assistant Secretary A and Deputy B on …": two people, left as they were
    role, name = split_role_name(head)
    words = (name or "").split()  # "Jo Roe", "Antony J. Blinken", "President Roe" (a longer run
    # may hold an office's word: "… of LGBTQI+ Persons Jo Roe")
    short = len(words) == 2 or (len(words) == 3 and re.fullmatch(r"[A-Z]\.", words[1]))
    short = short or (len(words) == 1 and bool(role))
    ok = short and name and personal(name) and tidy_name(name) == name
    return head if ok else phrase


def author_of(who: str, people: People, last: Person | None) -> Person | None:
    """The author a title names ("Statement from the President on …"): a bare office is its
    unnamed holder, not the last "President X" the release names (a foreign head of state)."""
    bare = who.strip(" ,")
    if split_role_name(bare)[1] is None and UNNAMED_OFFICE.fullmatch(bare):
        return anonymous_office(re.sub(r"^[Tt]he\s+", "", bare), people)
    return resolve(who, people, last)


# "Remarks by President Roe on …", "Remarks as Prepared for Delivery by First Lady Ann Roe to …"
_REMARKS_BY = re.compile(
    r"^(?:Remarks|Speech|Address)(?:\s+as\s+(?i:prepared\s+for\s+delivery))?\s+(?i:by|of|from)\s+"
    r"(?:the\s+)?(?P<who>.+)$"
)
_WHERE = re.compile(r"\s+(?:[Aa]t|[Tt]o|[Ww]ith|[Ii]n|[Ff]or|Addressing|Upon|Introducing)\s")


def remarks_speaker(title: str) -> str | None:
    """Who gives the remarks a title names ("Remarks by President Roe at …"): the "I" of the text.
    None for joint remarks ("by President Roe and Prime Minister Poe") or no personal name."""
    m = _REMARKS_BY.match(title.strip())
    if not m:
        return None
    who = _WHERE.split(TOPIC.split(m.group("who"), maxsplit=1)[0], maxsplit=1)[0].strip(" ,")
    if re.search(r"\s(?:(?i:and)|&)\s|,", who):
        return None
    name = split_role_name(who)[1]
    if name is None:  # "Remarks by the President": the office alone
        return who if UNNAMED_OFFICE.fullmatch(who) else None
    return who if personal(name) and tidy_name(name) == name else None
