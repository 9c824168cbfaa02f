"""Reported (indirect) speech: the words a known speaker said, without quotation marks."""

from __future__ import annotations

import re

from pressreader.quotes.people import Person, one_of, split_role_name, surname_of
from pressreader.quotes.spans import OPENER, sentence_spans
from pressreader.quotes.words import NAME_PHRASE, VERBS, word_set

_REPORTED = re.compile(
    rf"^(?!(?:In|On|At|After|Before|During|Since|Under|As|With|Following|According|For|By)\s)"
    rf"(?P<words>[^“”\"„«»]{{20,}}?),\s+(?:the\s+)?(?P<who>{NAME_PHRASE}|he|she)\s+(?:{VERBS})\b"
    rf"(?!\s+(?:to|by)\b)(?![^.]*\bthat\b)[^“”\"]{{0,80}}\.$"  # "…, X said today." — not "…, X
    # agreed to …", "…, X responded by threatening …", "…, X admitted that …", nor "In a plea
    # filed today, X agreed …"
)
# A dateline opening a release's first sentence: "WASHINGTON - ", "NEW YORK, N.Y. — ", and
# "WASHINGTON" glued to the first word by a scrape ("WASHINGTONA federal jury").
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+)*(?:,\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)?\s*[-–—]+\s*"
    r"|WASHINGTON\s*(?=[A-Z]))"
)
# An institution that speaks: "the Justice Department announced", "the Ministry of Ports said".
_BODY = (
    r"Department|Ministry|Office|Court|Commission|Agency|Government|Service|Police|Council|"
    r"Bureau|Administration|Division|Authority|Board|Prosecutors?|Parliament|Senate|Secretariat"
)
_INSTITUTION = re.compile(
    rf"^(?:[Tt]he\s+)?(?P<org>(?:[A-Z][\w.'’&-]*\s+){{0,5}}(?:{_BODY})"
    rf"(?:\s+(?:of|for)(?:\s+the)?(?:\s+[A-Z][\w.'’&-]*){{1,5}})?|United\s+States)$"
)


_SAID_THAT = re.compile(
    rf"^(?P<who>{NAME_PHRASE}|[Hh]e|[Ss]he)(?:,\s*[^,“”\"]{{2,120}},)?\s+(?:also\s+)?"
    rf"(?:said|says|stated|added|noted|explained|emphasi[sz]ed|stressed|warned|announced|"
    rf"argued|insisted|acknowledged|told\s+[^,.]{{2,40}}?)\s+that\s+(?P<words>[^“”\"„«»]{{20,}})$"
)


def _verb_keys() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """The speech verbs as whole words ("said") and word pairs ("pointed out"), for the quick test
    of `reported_spans` (every reported sentence has one); VERBS must stay plain words."""
    words: set[str] = set()
    pairs: list[tuple[str, ...]] = []
    for alternative in VERBS.split("|"):
        forms = (
            [alternative.replace("[sz]", c) for c in "sz"]
            if "[sz]" in alternative
            else [alternative]
        )
        for form in forms:
            parts = tuple(re.split(r"\\s\+| ", form))
            if not all(re.fullmatch(r"[^\W\d_]+", part) for part in parts):
                raise ValueError(f"VERBS: {form!r} is not plain words; teach _verb_keys to read it")
            if len(parts) == 1:
                words.add(parts[0])
            else:
                pairs.append(parts)
    return frozenset(words), tuple(pairs)


_VERB_KEYS = _verb_keys()


def _speech_verbs(text: str) -> tuple[str, ...]:
    """The speech verbs a paragraph has as whole words (of a pair, its first word); most have
    none, and then no sentence needs trying."""
    words = word_set(text)
    verbs, pairs = _VERB_KEYS
    return (*verbs.intersection(words), *(pair[0] for pair in pairs if words.issuperset(pair)))


def reported_spans(text: str, people: list[Person]) -> list[tuple[int, int, Person]]:
    """Indirect speech in a paragraph: (start, end, speaker) of the words a known speaker said.

    Only sentences without quotation marks, whose subject is a known person and whose verb is a
    speech verb: "…, the minister said." or "Minister X said that …". The span is the reported
    words as written; nothing is added or taken away.
    """
    found: list[tuple[int, int, Person]] = []
    verbs = _speech_verbs(text)
    if not verbs:
        return found
    for a, b in sentence_spans(text):
        sentence = text[a:b]
        if not any(map(sentence.__contains__, verbs)) or OPENER.search(sentence):
            continue  # no speech verb (so neither pattern can match), or a quotation opens it
        lead = len(sentence) - len(sentence.lstrip())
        body = sentence.strip()
        dateline = _DATELINE.match(body)
        if dateline and dateline.end() < len(body):  # "WASHINGTON - A jury …": not the words
            lead, body = lead + dateline.end(), body[dateline.end() :]
        said = reported_speech(body, people)
        if said is not None:
            words, person = said
            start = a + lead + body.find(words)
            found.append((start, start + len(words), person))
            continue
        m = _SAID_THAT.match(body)
        if m:
            subject = _known(m.group("who"), people)
            if subject is not None:
                person = subject
                words = m.group("words").rstrip(" .")
                start = a + lead + m.start("words")
                found.append((start, start + len(words), person))
    return found


def _known(who: str, people: list[Person]) -> Person | None:
    """The known person a subject names (by surname), or the institution it names."""
    if who.lower() in {"he", "she"}:
        return None
    institution = _INSTITUTION.match(who.strip())
    if institution:
        return Person(institution.group("org"), None)
    _, name = split_role_name(who)
    if not name:
        return None
    surname = surname_of(name).lower()
    return one_of([p for p in people if surname_of(p.name).lower() == surname])


def reported_speech(sentence: str, people: list[Person]) -> tuple[str, Person] | None:
    """(words, speaker) when a sentence without quotation marks ends "…, <known speaker> said…"."""
    m = _REPORTED.match(sentence.strip())
    if not m:
        return None
    words = m.group("words").strip()
    if all(_TITLED_NAME.fullmatch(chunk) for chunk in words.split(", ")):
        return None  # "A, B and C announced the indictment": a list of subjects, no one's words
    person = _known(m.group("who"), people)
    return (words, person) if person is not None else None


_TITLED_NAME = re.compile(rf"(?:and\s+)?{NAME_PHRASE}")
