"""Who a quotation woven into a sentence as a lower-case fragment belongs to: the sentence's
subject, when its verb commits, directs, describes or reports ("President X committed to a
dialogue that would be “deliberate and robust”", "X described the cable as “…”", "X opened the
meeting by calling the drought “…”", "X …, and said that the plan would be “…”")."""

from __future__ import annotations

import re

from pressreader.quotes.words import NAME_PHRASE, VERBS

# "When Judge Roe told her counselor …, the counselor warned that …": a subject after "When" is
# the subordinate clause's, not the speaker of the main clause
NOT_SUBORDINATE = r"(?!(?:When|While|After|Before|If|Although|Though|Because|Since|Once|Until)\s)"


# "President Jane Roe committed to a dialogue that would be “deliberate and robust.”": the
# sentence's subject, with a verb of commitment or direction, is the source of the fragment.
_SUBJECT_FRAGMENT = re.compile(
    rf"^(?:[^,“”\"]{{1,120}},\s+){{0,3}}{NOT_SUBORDINATE}(?:the\s+|The\s+)?(?P<who>{NAME_PHRASE}),?\s+"
    rf"(?:\w+ly\s+|has\s+|had\s+|also\s+)?"
    rf"(?:committed|pledged|promised|vowed|directed|urged|called\s+for|called\s+on|asked|"
    rf"warned|instructed|challenged|thanked\s+[^.!?“”\"]{{1,80}}?\s+for)\b[^.!?“”\"]*$"
    # "She thanked the workers for “…”": a pronoun subject, the person the text is about
    rf"|^(?P<pron>She|He)\s+(?:also\s+)?thanked\s+[^.!?“”\"]{{1,80}}?\s+for\s*$"
    # "described the cable as “…”", not "described the decision, the kind of “missing middle”"
    rf"|^(?:[^,“”\"]{{1,120}},\s+){{0,3}}{NOT_SUBORDINATE}(?:the\s+|The\s+)?(?P<who_as>{NAME_PHRASE})\s+"
    rf"(?:\w+ly\s+|has\s+|had\s+|also\s+)?(?:described|termed)\b[^.!?“”\"]*\bas\s*$"
)


def subject_fragment(before: str, words: str) -> str | None:
    """The subject of a sentence that frames a lower-case fragment of two or more words."""
    if len(words.split()) < 2 or not words[:1].islower():
        return None
    if re.search(r"\bso-called\s*$", before):
        return None
    m = (
        _SUBJECT_FRAGMENT.match(before.lstrip())
        or _SUBJECT_DESCRIBING.match(before.lstrip())
        or _SUBJECT_BY.match(before.lstrip())
    )
    said = _SUBJECT_SAID_THAT.match(before.lstrip()) if m is None else None
    if said and not re.search(rf"\b(?:{VERBS})\b", said.group("rest")):
        # "The Vice President …, and said that the Administration would treat it “as …”": the
        # that-clause is hers, unless someone else speaks in it
        return said.group("who")
    return (
        (m.group("who") or m.groupdict().get("who_as") or m.groupdict().get("pron")) if m else None
    )


# "X opened the meeting …, and said (that) …", "X reported to the Board on May 7 that …": the
# sentence's subject, a speech verb and "that"
_SUBJECT_SAID_THAT = re.compile(
    rf"^(?:[^,“”\"]{{1,120}},\s+)?{NOT_SUBORDINATE}(?:the\s+|The\s+)?(?P<who>{NAME_PHRASE})\s+[^.!?“”\"]{{0,200}}?\b"
    rf"(?:(?:said|noted|stressed|argued|added|emphasi[sz]ed|underlined|made\s+clear|joked|quipped|"
    rf"remarked|observed|recalled|insisted)\s+that"
    rf"|(?:reported|told|informed|wrote|announced|confirmed|assured|warned)\b[^.!?“”\"]{{0,80}}?"
    rf"\s+that|,?\s*and\s+said)\s+(?P<rest>[^.!?“”\"]*)$"
)


# "The Minister paid tribute to the staff, describing them as ‘…’"
_SUBJECT_DESCRIBING = re.compile(
    rf"^(?:[^,“”\"‘’]{{1,120}},\s+){{0,2}}(?:the\s+|The\s+)?(?P<who>{NAME_PHRASE})\s+[^.!?“”\"‘]*,\s+"
    rf"(?:describing|calling|terming|hailing)\s+[^.!?“”\"‘]{{0,60}}?\s*(?:as\s*)?$"
)
# "The Vice President opened the meeting by calling the drought “…”", "… closed it by promising
# the teachers that their stories would be “…”": the subject speaks by way of the gerund
_SUBJECT_BY = re.compile(
    rf"^(?:[^,“”\"‘’]{{1,120}},\s+){{0,2}}(?:the\s+|The\s+)?(?P<who>{NAME_PHRASE})\s+[^.!?“”\"‘,]{{0,120}}?"
    rf"\bby\s+(?:\w+ly\s+)?(?:describing|calling|terming|promising|pledging|vowing|urging|warning|"
    rf"committing|telling|saying|noting|stressing|reminding|assuring)\b[^.!?“”\"‘]{{0,160}}$"
)
