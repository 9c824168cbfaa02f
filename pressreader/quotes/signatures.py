"""A quotation signed on the line below it, with no dash and no verb, as provincial and state
news releases print their quotes: "“…”" then "Minister of Ports Jane Roe", "Jane Roe, Minister of
Ports", "Jane Roe, paramedic, Kell Springs" or "Honourable Jane Roe" over "Minister of Ports"."""

from __future__ import annotations

import re

from pressreader.quotes.attribution import name_line
from pressreader.quotes.names import personal
from pressreader.quotes.people import split_role_name
from pressreader.quotes.sources import name_like
from pressreader.quotes.words import NAME_PHRASE, ROLE_WORDS, VERBS

# "The Honourable", "Hon.": a courtesy before a minister's name, no part of it
_COURTESY = re.compile(r"^(?:The\s+)?(?:Honourable|Honorable|Hon\.?)\s+")
_PLACE = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?"
)
_NOT_A_SIGNATURE = re.compile(r"[.:;!?“”\"\d]|\b(?:" + VERBS + r")\b")


def _full_name(words: list[str]) -> str | None:
    """Two or three capitalised words that are a person's name and nothing else."""
    name = " ".join(words)
    role, named = split_role_name(name)
    if role or named != name or not 2 <= len(words) <= 3 or not personal(name):
        return None
    return name


def _left_open(paragraph: str) -> bool:
    """A paragraph that opens a quotation and does not close it: the next one goes on with it."""
    return paragraph.count("“") > paragraph.count("”") or paragraph.count('"') % 2 == 1


def signer(line: str, before: str = "") -> str | None:
    """The speaker phrase of a line that only signs the quotation above it, or None. `before`: the
    paragraph before that quotation; when it leaves a quotation open, the quotation goes on from
    it, and a "Name, Title" line below is a heading of what follows ("Jane Roe, Counsel" over her
    biography), no signature."""
    line = line.strip()
    if len(line.split()) > 16 or _NOT_A_SIGNATURE.search(line.replace("Hon.", "Hon")):
        return None
    if re.search(r"[–—-]$", line):  # "Jane Roe, Mayor of Kell –" leads the quotation below it
        return None
    if found := name_line(line):  # "Minister of Ports Jane Roe": the office first
        return found
    head, _, place = line.partition(",")
    if place.strip() and _PLACE.fullmatch(place.strip()) and (found := name_line(head)):
        return f"{found}, {place.strip()}"  # "Mayor Jane Roe, Kell, Georgia": where she is mayor
    if _left_open(before):
        return None
    line = _COURTESY.sub("", line)
    head, _, rest = line.partition(",")
    name = _full_name(head.split())
    if name and rest.strip():  # "Jane Roe, Minister of Ports", "Jane Roe, paramedic, Kell Springs"
        first = rest.split()[0].rstrip(",;")  # "Jo Roe, Chief, Kell First Nation"
        described = first[:1].islower() or first.lower() in ROLE_WORDS
        return f"{name}, {rest.strip()}" if described else None
    # "Jane Roe Minister of Ports", "Jo Roe Crew member, Kell Cove": the two lines of a name
    # block, joined; the office (or a noun it ends with) starts after two or three name words
    words = line.split()
    for k in (2, 3):
        office = [w.lower().strip(",") for w in words[k : k + 2]]
        if words[k:] and words[k][:1].isupper() and any(w in ROLE_WORDS for w in office):
            name = _full_name(words[:k])
            return f"{name}, {' '.join(words[k:])}" if name else None
    return None


# A quotation that fills its paragraph, signed by name and role with no dash or verb, as the
# Commission's "Quote(s)" and canada.ca's "Quotes" do: "“…” (Hon.) Jane Roe, Minister of X".
_SIGNED = re.compile(
    rf"^\s*(?:Hon\.\s+)?(?P<who>{NAME_PHRASE}(?:,\s*(?!\d)[^,.;\n“”\"]{{2,100}})*)\s*$"
)


def signed_by(after: str) -> str | None:
    """The name (with role) that alone follows a whole-paragraph quotation, if it is a full name."""
    m = _SIGNED.match(after)
    return m.group("who") if m and name_like(m.group("who").split(",")[0]) else None
