"""Sentences that hand over to their subject's quotation without a speech verb before it: "The
President closed the meeting with a reminder to his Cabinet: “…”", "X, who …, was blunter: “…”",
"closed his remarks with lines from the poet X: “…”", "General X, …, who publicly vowed that
“…”", "X put the stakes plainly:", "X has long championed them, declaring that “…”". Each gives
the phrase that names the speaker (a pronoun for "She offered …"), for `resolve`."""

from __future__ import annotations

import re

from pressreader.quotes.fragments import NOT_SUBORDINATE
from pressreader.quotes.names import personal
from pressreader.quotes.roles import split_role_name
from pressreader.quotes.words import NAME_PHRASE

# What a quotation may be handed over as: "with a reminder to his Cabinet:", "with a piece of
# advice for the students —"
_SPEECH_NOUNS = (
    r"reminder|warning|message|plea|promise|piece\s+of\s+advice|advice|word|words|note|question|"
    r"challenge|request|prayer|toast|appeal|charge|vow|thought|story|joke"
)
_SUBJECT = rf"(?:[Tt]he\s+)?(?P<who>{NAME_PHRASE})"
_ANY_SUBJECT = rf"(?:{_SUBJECT}|(?P<pron>She|He))"  # "She offered them a piece of advice:"
_WITH_WORDS = re.compile(
    rf"(?:^|[.;!?]\s+){_ANY_SUBJECT}(?:,\s[^,“”\"]{{2,160}},)?\s+(?:[a-z]+\s+){{0,3}}[^“”\".!?]{{0,60}}?"
    rf"\b(?:with|offered|gave|had|shared|left|sent)\s+(?:[^“”\".!?:]{{0,60}}?\s)??"
    rf"(?:a|an|the|his|her|their|one|some|these|this|that)\s+(?:[a-z-]+\s+){{0,2}}"
    rf"(?:{_SPEECH_NOUNS})\b[^“”\".!?:]{{0,80}}?\s*[:—–]\s*$"
)
# "closed his remarks with lines from the Iskerian poet Jo Roe, whose poems …:"
_LINES_FROM = re.compile(
    rf"\b(?:lines?|verses?|words|a\s+passage|a\s+quotation|a\s+quote)\s+(?:from|of|by)\s+"
    rf"(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?P<who>{NAME_PHRASE})(?:,\s+(?:who|whose)\s[^“”\"]{{2,200}})?"
    rf"\s*[:,]\s*$"
)
# "Jo Roe, who founded …, was blunter:", "The Governor was more direct:"
_WAS_BLUNT = re.compile(
    rf"(?:^|[.;!?]\s+){_SUBJECT}(?:,\s[^“”\"]{{2,200}}?,)?\s+(?:was|were)\s+(?:even\s+|more\s+)?"
    r"(?:blunt|blunter|direct|clear|clearer|candid|emphatic|brief|succinct|plain|plainer)\s*:\s*$"
)
# "General Jo Roe, commander of X, who publicly vowed in October that “not one sack …”"
_WHO_VOWED = re.compile(
    rf"(?P<who>{NAME_PHRASE})(?:\s+of\s+(?:the\s+)?{NAME_PHRASE})?(?:,\s[^,“”\"]{{2,120}})?,\s+who\s+(?:\w+ly\s+)?"
    r"(?:vowed|said|promised|warned|declared|boasted|pledged|claimed|threatened|told|called|"
    r"described|termed|hailed)\b"
    # "the editor Jo Roe, who told the Vice President that the law had “opened a window”"
    r"(?:[^“”\".!?]{0,60}?\bthat\s+(?:[^“”\".!?,]{1,80}\s)?|[^“”\".!?]{0,60}?[,:]?\s*)$"
)


# "Jo Roe, asked what the hardest part was, did not hesitate:"
_NO_PAUSE = re.compile(
    rf"(?:^|[.;!?]\s+){_ANY_SUBJECT}(?:,\s[^“”\"]{{2,200}}?,)?\s+(?:did\s+not|didn['’]t)\s+"
    r"(?:hesitate|pause|mince\s+(?:words|her\s+words|his\s+words))\s*:\s*$"
)
# "Dr. Jo Roe has long championed military families, declaring that “…”": a speech participle
# after the sentence's own predicate gives the words to its subject
_PARTICIPLES = (
    r"saying|adding|noting|stating|declaring|writing|warning|stressing|emphasi[sz]ing|explaining|"
    r"arguing|insisting|observing|remarking|asserting|pledging|promising|vowing|recalling|"
    r"reminding|telling|calling|acknowledging|affirming|reiterating|cautioning|predicting|"
    r"proclaiming|announcing|urging|quipping|joking"
)
_PARTICIPLE = re.compile(
    rf"^(?:[^,“”\"]{{1,120}},\s+){{0,2}}{NOT_SUBORDINATE}{_ANY_SUBJECT}(?:,\s[^,“”\"]{{2,100}},)?"
    rf"\s+[a-z][^.!?;“”\"]{{0,200}}?,\s+(?:and\s+)?(?:{_PARTICIPLES})\b[^.!?;,“”\"]{{0,80}}[,:]?\s*$"
)


# "It was Justice Jo Roe who wrote that “…”", "… who wrote, and I quote, “"
_CLEFT = re.compile(
    rf"\bIt\s+(?:was|is)\s+{_SUBJECT}\s+who\s+(?:\w+ly\s+|once\s+|first\s+)?"
    r"(?:said|wrote|warned|declared|observed|put\s+it|reminded\s+us|told\s+us)\b"
    r"[^“”\".!?]{0,60}?[,:]?\s*$"
)


# "Climate Advisor Jo Roe put the stakes plainly:", "The Governor put it best:"
_PUT_IT = re.compile(
    rf"(?:^|[.;!?]\s+){_SUBJECT}(?:,\s[^“”\"]{{2,200}}?,)?\s+put\s+(?:it|things|the\s+\w+)\s+"
    r"(?:plainly|simply|bluntly|succinctly|starkly|best|well|this\s+way|another\s+way)\s*:\s*$"
)


def handed_over(before: str) -> str | None:
    """The speaker phrase of a sentence that hands over to its subject's quotation, or None."""
    for pattern in (_WAS_BLUNT, _PUT_IT, _NO_PAUSE, _CLEFT, _WITH_WORDS, _LINES_FROM):
        if m := pattern.search(before):
            return m.group("who") or m.groupdict().get("pron")
    if m := _WHO_VOWED.search(before):
        role, name = split_role_name(m.group("who"))
        head = m.group("who").split(" of ")[0]  # "Agent Jo Roe of Kell Investigations, who"
        head_name = split_role_name(head)[1] or ""
        if " of " in m.group("who") and len(head_name.split()) >= 2 and personal(head_name):
            return m.group("who")
        body = bool(role) and " of " in f" {role} " and len((name or "").split()) < 2
        if not body and not (role and name and not personal(name)):  # "the CEO of Kell Freight"
            return m.group("who")
    m = _PARTICIPLE.match(before.lstrip())
    if m and not re.search(r"^(?:You|Q)\b|\sand\s", m.group("who") or ""):  # not "You and X"
        return m.group("who") or m.group("pron")
    return None
