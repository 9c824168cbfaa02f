"""Organisations that speak as themselves: a union, a council, an association, a company's
statement ("United Span Workers of America:", "said the Harbour Crews Union Local 12", "Die
Gewerkschaft Schiene und Bus (GSB) begrüßte …"). Their whole name is the speaker, with no role:
"Workers" or "Council" are never an office before a person's name there."""

from __future__ import annotations

import re
from functools import lru_cache

from pressreader.quotes.names import personal, tidy_name
from pressreader.quotes.words import ROLE_WORDS, VERBS

# The noun that makes a name an organisation's ("Anglers’ Council", "Span Workers of America")
_HEADS = {
    "union", "unions", "workers", "council", "forum", "association", "federation", "alliance",
    "chamber", "coalition", "society", "products", "industries", "cooperative", "co-operative",
    "confederation", "league", "guild", "gewerkschaft", "syndicat", "fédération",
    # U.S. roundups: "City of Edina, MN:", "Hennepin County:", "NCSL Conference …", "… Caucus:"
    "conference", "caucus", "commissioners", "legislatures", "mayors", "municipalities", "institute", "foundation", "network",
    "university", "college", "academy", "hospital", "professionals", "physicians", "nurses",
    "center", "centre", "centers", "fund", "trust", "trusts", "committee",
}  # fmt: skip
_GERMAN_HEADS = ("gewerkschaft", "verband", "kammer", "bündnis")
# Role words that may stand in an organisation's name; the others ("Minister", "Director") are a
# person's office, and a phrase holding one names a person, not a body
BODY_WORDS = {
    "council", "united", "national", "federal", "state", "states", "central", "international",
    "european", "public", "trade", "eastern", "western", "northern", "southern", "regional",
    "board", "agency", "bureau", "department", "ministry", "office", "police", "health",
    "development", "climate", "security", "defence", "defense", "house", "district", "division",
    "affairs", "justice", "interior", "foreign", "homeland", "supreme", "high", "middle", "first",
    "special", "cyber", "white",
}  # fmt: skip


def _place_body(words: list[str]) -> bool:
    """ "Hennepin County", "City of Edina": a county or city speaking as itself (the word last, or
    before "of"), not "County Librarian Jo Roe"."""
    return any(
        w in {"county", "city", "counties"} and (k == len(words) - 1 or words[k + 1] == "of")
        for k, w in enumerate(words)
    )


_STATE_CODE = re.compile(r",\s*[A-Z]{2}$")
_WORD = r"[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠŽČŘĐ][\w&.-]*(?:['’]s?)?"
_JOIN = r"(?:of|and|for|the|und|für|der|des|de|du|la|et|&)"
_ORG = re.compile(
    rf"(?:(?:[Tt]he|[Dd]ie|[Dd]er|[Dd]as|[Ll]a|[Ll]e|[Ll]['’])\s*)?"
    rf"(?P<name>{_WORD}(?:\s+(?:{_JOIN}\s+)*{_WORD})*(?:\s+Local\s+\d+)?)"
    rf"(?:\s*\([A-ZÄÖÜ]{{2,8}}\))?"
)


@lru_cache(maxsize=16384)
def organisation(phrase: str) -> str | None:
    """The name of the organisation a speaker phrase is, or None when it is (or may be) a
    person's: "the United Span Workers of America" → "United Span Workers of America" (cached: every
    Person asks it of their name)."""
    phrase = _STATE_CODE.sub("", phrase.strip(" ,;:"))  # "City of Edina, MN": the state's code
    m = _ORG.fullmatch(phrase)
    if not m:
        return None
    # "WASHINGTON United Span Workers": a dateline; "Kell Health and Science University" and "Kell
    # League and Kell Association of Counties" keep their "and", "Alliance for Safe Streets" its "for", "… of the Red Cross" its "the"
    whole = m.group("name")
    name = tidy_name(whole) or (whole if re.search(r"\s(?:and|for|the)\s", whole) else "")
    words = [w.lower().rstrip("’'").removesuffix("’s").removesuffix("'s") for w in name.split()]
    if not any(w in _HEADS or w.endswith(_GERMAN_HEADS) for w in words) and not _place_body(words):
        return None
    # "Union President Jane Roe", "Council Leader Jo Roe": a person's office (not "Mayors’")
    owned = [
        w
        for w, t in zip(words, name.split(), strict=True)
        if not t.endswith(("’s", "'s")) and w != "u.s."  # "U.S. Conference of Mayors"
    ]
    if any(w in ROLE_WORDS and w not in BODY_WORDS for w in owned):
        return None
    person_of = re.match(r"([A-Z][\w'’.-]+\s+[A-Z][\w'’.-]+)\s+(?:of|from|at)\s", name)
    if person_of and personal(person_of.group(1)):
        return None  # "Jane Roe of Kell University": a person, and where she works
    tokens = re.sub(r"\s+Local\s+\d+$", "", name).split()
    if len(tokens) >= 3 and words[len(tokens) - 3] in _HEADS and personal(" ".join(tokens[-2:])):
        return None  # "Harbour Crews Union Jane Roe": a person named after the body
    return name


# "Die Gewerkschaft Schiene und Bus (GSB) begrüßte den Beschluss: „…“", "The Harbour Crews Union
# welcomed the decision: “…”": a body that is the sentence's subject introduces the quotation
_BODY_INTRODUCES = re.compile(
    rf"^\s*(?P<who>[A-ZÀ-ÖØ-Þ][^,.;:“”„\"«»]{{2,120}}?)\s+(?:\w+ly\s+|also\s+)?(?:{VERBS})\b"
    rf"[^.!?“”„\"«»]{{0,80}}:\s*$"
)


def body_introducing(before: str) -> str | None:
    """The organisation whose sentence introduces a quotation with a colon, if one does."""
    m = _BODY_INTRODUCES.match(before)
    return organisation(m.group("who")) if m else None


# "Joint Statement of Ford, GM, and Stellantis:" (the colon may be missing) over a quotation
_JOINT = re.compile(
    r"^\s*(?:Joint\s+)?Statement\s+(?:of|from|by)\s+(?:the\s+)?(?P<who>[^:“”\"«».]{2,160}?)\s*:?\s*$",
    re.IGNORECASE,
)
_SUFFIXES = {
    "motors", "motor", "company", "inc", "corp", "corporation", "group", "holdings", "airlines",
    "technologies", "systems", "industries", "energy", "ag", "se", "plc", "ltd", "llc", "co",
}  # fmt: skip


def _company(part: str) -> bool:
    """One capitalised word or acronym ("GM", "Stellantis"), or a company's name ("… Motors")."""
    words = part.split()
    if not all(re.fullmatch(r"[A-Z][\w&.-]*", w) for w in words):
        return False
    return len(words) == 1 or (len(words) <= 4 and words[-1].lower().rstrip(".") in _SUFFIXES)


_PARTS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")


def joint_bodies(line: str) -> str | None:
    """The companies or bodies of a line heading their joint statement, as written, when every
    one of them is a body (one word, an acronym, or an organisation's name), never a person."""
    m = _JOINT.match(line)
    if not m:
        return None
    parts = [p for p in _PARTS.split(m.group("who")) if p]
    if len(parts) < 2 or not all(_company(p) or organisation(p) for p in parts):
        return None
    return m.group("who").strip()
