"""Sentences that hand over to their subject's quotation without a speech verb before it: "The
President closed the meeting with a reminder to his Cabinet: “…”", "X, who …, was blunter: “…”",
"closed his remarks with lines from the poet X: “…”", "General X, …, who publicly vowed that
“…”", "X put the stakes plainly:". Each gives the phrase that names the speaker, for `resolve`."""

from __future__ import annotations

import re

from pressreader.quotes.words import NAME_PHRASE

# What a quotation may be handed over as: "with a reminder to his Cabinet:", "with a piece of
# advice for the students —"
_SPEECH_NOUNS = (
    r"reminder|warning|message|plea|promise|piece\s+of\s+advice|advice|word|words|note|question|"
    r"challenge|request|prayer|toast|appeal|charge|vow|thought|story|joke"
)
_SUBJECT = rf"(?:[Tt]he\s+)?(?P<who>{NAME_PHRASE})"
_WITH_WORDS = re.compile(
    rf"(?:^|[.;!?]\s+){_SUBJECT}(?:,\s[^,“”\"]{{2,160}},)?\s+(?:[a-z]+\s+){{1,3}}[^“”\".!?]{{0,60}}?"
    rf"\bwith\s+(?:a|an|the|his|her|their|one|some|these|this|that)\s+(?:[a-z-]+\s+){{0,2}}"
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
    rf"(?P<who>{NAME_PHRASE})(?:,\s[^,“”\"]{{2,120}})?,\s+who\s+(?:\w+ly\s+)?"
    r"(?:vowed|said|promised|warned|declared|boasted|pledged|claimed|threatened)\b"
    r"[^“”\".!?]{0,60}?\bthat\s+$"
)


# "Climate Advisor Jo Roe put the stakes plainly:", "The Governor put it best:"
_PUT_IT = re.compile(
    rf"(?:^|[.;!?]\s+){_SUBJECT}(?:,\s[^“”\"]{{2,200}}?,)?\s+put\s+(?:it|things|the\s+\w+)\s+"
    r"(?:plainly|simply|bluntly|succinctly|starkly|best|well|this\s+way|another\s+way)\s*:\s*$"
)


def handed_over(before: str) -> str | None:
    """The speaker phrase of a sentence that hands over to its subject's quotation, or None."""
    for pattern in (_WAS_BLUNT, _PUT_IT, _WITH_WORDS, _LINES_FROM, _WHO_VOWED):
        if m := pattern.search(before):
            return m.group("who")
    return None
