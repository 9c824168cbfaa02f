"""Sources a sentence names for the words it quotes, outside the usual "X said": "I have heard X
say", "an inscription from X", "Called the “…” by X", "As X, a …, testified …,", "Minister X on the
deal:", "what the head nurse, X, called “…”", "X, an apprentice, who told me,"."""

from __future__ import annotations

import re

from pressreader.quotes.organisations import organisation
from pressreader.quotes.people import split_role_name
from pressreader.quotes.words import NAME_PHRASE, VERBS

# "I have often heard Jill say: “", "we heard Jane Roe tell the crowd, “"
_HEARD = re.compile(
    rf"\b(?:heard|hear|hears)\s+(?P<who>{NAME_PHRASE}|her|him)\s+"
    rf"(?:say|said|tell|telling|remark|put\s+it)"
    rf"\b[^“”\"]{{0,40}}?[,:]?\s*$"
)
# "As Jane Roe, a survivor of the flood, testified" with the appositive's closing comma left out:
# "As Jane Roe, a 90-year-old survivor of the flood courageously testified before the Senate, “"
_AS_APPOSITION = re.compile(
    rf"^\s*As\s+(?P<who>{NAME_PHRASE}),\s+(?P<role>(?:a|an|the)\s+[^,“”\"]{{2,120}}?)\s+"
    rf"(?:\w+ly\s+)?(?:{VERBS})\b[^“”\"]{{0,60}},\s*$"
)


# "Called the “fourth arm of defense” by President Jane Roe during the war": the words are hers
_CALLED = re.compile(
    r"(?i)\b(?:called|described\s+as|termed|dubbed|hailed\s+as|branded)\s+"
    r"(?:it\s+|them\s+|him\s+|her\s+)?(?:the\s+|a\s+|an\s+)?$"
)
_BY = re.compile(
    rf"^\s*,?\s*by\s+(?P<who>(?:[A-Z][\w.'’-]*\s+){{0,4}}{NAME_PHRASE})"
    r"(?=\s+(?:during|in|at|on|when|after|before|for|as)\b|\s*[,.;]|\s*$)"
)


# "working through what the hospital’s chief nursing officer, Jo Roe, called “"
_WHAT_CALLED = re.compile(
    rf"\bwhat\s+(?:the\s+)?(?P<who>[^“”\".;:]{{0,80}}?{NAME_PHRASE}),?\s+(?:has\s+|had\s+)?"
    r"(?:called|described\s+as|termed|dubbed)\s*$"
)


def what_called(before: str) -> str | None:
    """Who a "what the head nurse, Jo Roe, called “…”" clause credits with the words."""
    what = _WHAT_CALLED.search(before)
    return what.group("who") if what else None


def called_by(before: str, after: str) -> str | None:
    """Who a "called the “…” by X" sentence credits with the words."""
    if not _CALLED.search(before):
        return None
    m = _BY.match(after)
    return m.group("who") if m else None


# "bears an inscription from Plato: “", "a line from the poet Jane Roe: “"
_LINE_FROM = re.compile(
    rf"\b(?:an?\s+|the\s+)?(?:inscription|line|lines|passage|verse|saying|motto)\s+(?:from|by)\s+"
    rf"(?:the\s+)?(?:[a-z]+\s+)?(?P<who>{NAME_PHRASE})\s*[:,]\s*$"
)


# A line that is only a speaker and the topic of the words below it, as German ministries head
# them: "Federal Minister Jane Roe on the agreement:", "Bundesministerin Jana Roe dazu:"
_ON_TOPIC = re.compile(
    rf"^\s*(?P<who>{NAME_PHRASE})\s+(?:on\s+(?:the|this|today['’]s)\s+[^:;,“”\"„«»]{{2,60}}"
    rf"|(?:dazu|hierzu|zum\s+[^:;“”\"„«»]{{2,40}}|zur\s+[^:;“”\"„«»]{{2,40}}))\s*:\s*$"
)


def named_source(before: str) -> str | None:
    """Whom "I have often heard X say: “" or "an inscription from X: “" names as the source of
    the words, a single name included ("heard Jill say", "from Plato"), or "X on the deal:"."""
    m = _HEARD.search(before) if "hear" in before else None
    m = m or _LINE_FROM.search(before) or _ON_TOPIC.match(before)
    if not m:
        return None
    return {"her": "she", "him": "he"}.get(m.group("who"), m.group("who"))  # "heard her say"


def as_apposition(before: str) -> str | None:
    """ "Name, role" of "As X, a survivor of … testified …, “" (the appositive left unclosed)."""
    m = _AS_APPOSITION.match(before)
    return f"{m.group('who')}, {m.group('role')}" if m else None


def name_like(phrase: str) -> bool:
    """ "Cllr Harriet Osei", "Diane Okonjo": capitalised words, a name at the end."""
    phrase = phrase.strip()
    if not re.fullmatch(NAME_PHRASE, phrase):
        return False
    _, name = split_role_name(phrase)
    return name is not None and len(name.split()) >= 2


# "Jo Roe, a nurse in Kell, New Mexico, spoke at the White House about her year:" over a quotation
_SPOKE_ABOUT = re.compile(
    rf"^\s*(?P<who>{NAME_PHRASE}(?:,\s*[^:;“”\"]{{2,160}},)?)\s+(?:\w+ly\s+)?"
    rf"(?:spoke|talked|testified)\b[^.;:“”\"]{{0,160}}:\s*$"
)


# "I met Jo Roe, an apprentice in Kell, who told me, “": the person the relative clause is about
_WHO_TOLD = re.compile(
    rf"(?P<who>{NAME_PHRASE})(?:,\s*(?P<role>[^,“”\"]{{1,160}}))?,\s+who\s+(?:\w+ly\s+|then\s+)?"
    rf"(?:told\s+(?:me|us|him|her|them|the\s+[A-Z]\w+)|said|says|wrote|added|put\s+it)\s*[,:]\s*$"
)


def who_told(before: str) -> str | None:
    """The person of "X, role, who told me," (the name right before "who" when what comes before
    it is no name: "Governors, I’m sure you agree with the Ohio Senator Jo Roe, who said,")."""
    m = _WHO_TOLD.search(before)
    if m is None:
        return None
    whole = f"{m.group('who')}, {m.group('role')}" if m.group("role") else m.group("who")
    if m.group("role") and name_like(m.group("who")):
        return whole
    bare = re.search(rf"(?P<who>{NAME_PHRASE}),\s+who\s+\S[^,]*[,:]\s*$", before)
    if bare and name_like(bare.group("who")) and organisation(bare.group("who")) is None:
        return bare.group("who")
    return whole


def spoke_about(before: str) -> str | None:
    """Who "Jo Roe, a nurse, spoke at the White House about her year:" introduces."""
    m = _SPOKE_ABOUT.match(before)
    return m.group("who") if m else None
