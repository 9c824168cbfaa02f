"""A speaker named after the speech verb with a role in lower case and no article before the name,
as local news writes it: "“…,” said coxswain Jo Roe.", "“…,” says resident Jo Roe of Kell.",
"“…,” said chief executive Jo Roe, who …". The role is one to three plain words; the name is a
person's full name ending the clause."""

from __future__ import annotations

import re

from pressreader.quotes.names import personal
from pressreader.quotes.people import split_role_name
from pressreader.quotes.words import NAME_PHRASE, VERBS

_ROLE_WORD = r"[a-zà-ÿ][\w'’-]*"
_BARE = re.compile(
    rf"^\s*[,.!?]?\s*(?:{VERBS})\s+(?P<role>{_ROLE_WORD}(?:\s+{_ROLE_WORD}){{0,2}})"
    rf"\s+(?P<who>{NAME_PHRASE})\s*(?=[.,;]|$)"
)
# Words that are no part of a role: time, place and manner after a verb ("said today Jo Roe",
# "told reporters in Kell"), articles and pronouns, conjunctions.
_NOT_ROLE = set(
    """a an the this that these those his her their its our my your who whom whose which what
    when while where as at in on of to for from by with about after before during since until
    into onto upon over under and or but nor so yet then also again once now today tonight
    yesterday tomorrow recently earlier later previously finally simply still just even only
    here there reporters journalists officials residents colleagues supporters members""".split()
)
_TIME = set("last next this every week month year morning afternoon evening night day".split())


def bare_role_speaker(after: str) -> tuple[str, int] | None:
    """ "“…,” said coxswain Jo Roe." → ("Jo Roe, coxswain", where the credit ends), or None."""
    m = _BARE.match(after)
    if not m:
        return None
    words = m.group("role").split()
    if any(w.lower() in _NOT_ROLE for w in words) or words[-1].endswith("ly"):
        return None
    title, name = split_role_name(m.group("who").partition(" of ")[0])
    if not name or len(name.split()) < 2 or not personal(name):
        return None
    role = " ".join([*words, title] if title else words)
    return f"{name}, {role}", m.end()


# "Master builder Jo Roe, who employs four apprentices, says …", "Local farmer Jo Roe said …": a
# paragraph that opens with a role in lower case (its first word capitalised) before a full name
_OPENS = re.compile(
    rf"^(?P<role>[A-Z][a-zà-ÿ'’-]+(?:\s+{_ROLE_WORD}){{1,2}})\s+(?P<who>{NAME_PHRASE})"
    rf"(?:,\s*[^,.;“”\"]{{2,120}},)?\s+(?:\w+ly\s+)?(?:{VERBS})\b"
)


def bare_role_subject(paragraph: str) -> str | None:
    """ "Master builder Jo Roe, who …, says …" → "Jo Roe, Master builder", or None."""
    m = _OPENS.match(paragraph)
    if not m:
        return None
    words = m.group("role").split()
    if any(w.lower() in _NOT_ROLE | _TIME for w in words) or words[-1].endswith("ly"):
        return None
    title, name = split_role_name(m.group("who"))
    if title or not name or len(name.split()) < 2 or not personal(name):
        return None
    return f"{name}, {m.group('role')}"
