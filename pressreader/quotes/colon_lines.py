"""Who a line ending in a colon names as the speaker of the quotation after it: "Kell Mayor Jo
Roe on Twitter:", "• Governor Jo Roe (D-Kell):", "Jo Roe, Director, Earthworks:", "Next was Jo
Roe, who owns a garage:"."""

from __future__ import annotations

import re

from pressreader.quotes.names import personal
from pressreader.quotes.roles import split_role_name
from pressreader.quotes.words import NAME_PHRASE, ROLE_WORDS, VERBS

_STRAY_CLOSE = re.compile(r":\s*”\s*$")
_POSTED_ON = re.compile(
    r"\s+(?:on|via)\s+(?:Twitter|X|Facebook|Instagram|LinkedIn|YouTube|TikTok|Threads|Mastodon)$"
)
_ON_OUTLET = re.compile(r"\s+on\s+[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4}$")
_NEXT_WAS = re.compile(r"^(?:Next|Then|First|Last|Also)\s+(?:was|came|up\s+was)\s+")


def titled(phrase: str) -> bool:
    """Whether a capitalised phrase holds an office's word: "Kell's Minister of Culture"."""
    return any(w[:1].isupper() and w.lower() in ROLE_WORDS for w in phrase.split())


def full_name(phrase: str) -> bool:
    """Whether a phrase ends in a person's full name ("Secretary Jo Roe"), with or without office."""
    name = split_role_name(phrase)[1]
    return bool(name) and len((name or "").split()) >= 2 and personal(name or "")


def colon_speaker(before: str) -> str | None:
    """The speaker phrase of a name (with role) that introduces a quotation with a colon."""
    before = _STRAY_CLOSE.sub(": ", before)  # "Founder, One Harbour Project:” “…": a typo's mark
    if not before.rstrip().endswith(":"):
        return None
    # "Kell Mayor Jo Roe on Twitter:": where the words were posted is no part of the speaker
    line = _POSTED_ON.sub("", before.rstrip()[:-1])
    item = line.lstrip("•·▪◦* ")  # "• Governor Jo Roe (D-Kell):", not "• Kell Power:" (a body)
    head_role = split_role_name(item.split(",")[0])[0]
    # … nor "• Jo Roe, who runs a day care in Kell, Ohio:" (a person described)
    described = "," in item and not head_role and full_name(item.split(",")[0])
    if item != line and (titled(head_role or "") and full_name(item) or described):
        line = item
    line = _NEXT_WAS.sub("", line)  # "Next was Jo Roe, who owns a garage:"
    on = _ON_OUTLET.search(line)  # "Secretary Jo Roe on CNN:", "… on Climate Change:"
    if on and full_name(line[: on.start()]):
        line = line[: on.start()]
    chunks = [c.strip() for c in line.split(",")]
    # "State Senator & Caucus Co-Chair Jo Roe:" holds its "&" as an "and" (a person's name
    # after it: "Faces & Voices of Recovery" is a body's)
    first = chunks[0]
    named = split_role_name(first)[1] if " & " in first else None
    if named and len(named.split()) >= 2 and personal(named):
        first = first.replace(" & ", " and ")
    head = re.search(rf"{NAME_PHRASE}$", first)
    short = all(  # "…, who owns a repair shop on the city's west side:" may run longer
        len(c.split()) <= (16 if re.match(r"who(?:se)?\s", c) else 10)
        and not re.search(rf"\b(?:{VERBS})\b", c)
        for c in chunks[1:]
    )
    return ", ".join(chunks[:2]) if head and head.group(0) == first and short else None
