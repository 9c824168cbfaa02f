"""What the words and paragraphs around a quotation say of it: whether a paragraph is only a
quotation, who the sentence before reports or is about, whether the next paragraph credits it,
and whether its speaker is someone the release describes but never names."""

from __future__ import annotations

import functools
import re

from pressreader.quotes.attribution import AFTER
from pressreader.quotes.bare_roles import bare_role_subject
from pressreader.quotes.following import NEXT_SAYS, next_credits
from pressreader.quotes.learning import KIN_FIRST_NAME
from pressreader.quotes.mentions import last_named, subject_named
from pressreader.quotes.people import People, Person, office_holder, resolve
from pressreader.quotes.spans import find_spans, sentence_start
from pressreader.quotes.unnamed import described_after, unnamed_source
from pressreader.quotes.words import CLOSERS, NAME_PHRASE, VERBS


def found_closed(text: str) -> bool:
    """Whether a paragraph ends with a closing quotation mark (after its last word)."""
    return text.rstrip()[-1:] in CLOSERS


@functools.lru_cache(maxsize=64)
def quote_only(text: str) -> bool:
    """A paragraph that is one quotation and nothing else (Canada's "Quotes" sections), but for a
    roundup's source tag after it ("[Statement, 2/23/22]")."""
    if text.rstrip().endswith("]"):  # the tag's quick test: only then can the pattern match
        text = _SOURCE_TAG.sub("", text)
    spans = find_spans(text)
    return len(spans) == 1 and spans[0][0] <= 1 and spans[0][1] >= len(text.rstrip()) - 1


def signing_line(text: str, start: int, heading: str | None) -> str | None:
    """The line that may sign a quotation filling the rest of its paragraph from `start`: the
    heading right above the paragraph, or the words before the quotation in it."""
    if not quote_only(text[start:]):
        return None
    return heading if start == 0 else text[:start].strip() or None


_SOURCE_TAG = re.compile(r"\s*\[[^\[\]“”\"]{1,80}\]\s*$")


def _may_be(person: Person | None, pronoun: str) -> bool:
    """Whether a "she"/"he" may be `person`: a person, and not one the release says is the other."""
    other = {"she": "m", "he": "f"}.get(pronoun.strip().lower())
    return person is not None and person.gender not in {other, "n"}


def reporting_subject(
    lead: str, people: People, pronoun: str, last: Person | None
) -> Person | None:
    """Who the sentence right before a quotation reports ("X said the FBI had found Y."), for
    the "he said" after the quotation: X, not Y, whom the sentence named last."""
    lead = lead.rstrip()
    if not lead or lead[-1:] not in ".!?":
        return None
    sentence = lead[sentence_start(lead, len(lead) - 1) :].strip()
    said = NEXT_SAYS.match(sentence)
    kin = KIN_FIRST_NAME.match(sentence) if said is None else None
    if kin and re.search(r"\b(?:said|says|told|tells|added)\b", sentence):
        person = people.find(kin.group("name"))  # "Her grandson Jalen, 10, said he …"
    elif said is None or re.search(r"\sand\s+[A-Z]", said.group("who")):  # "X and Y said"
        return None
    else:
        person = resolve(said.group("who"), people, last)
    return person if _may_be(person, pronoun) else None


_OPENING_OFFICE = re.compile(r"[Tt]he\s+(?P<role>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+[a-z]")


# A clause before the main one: "When the President asked him whether …, Jo Roe laughed."
_SUBORDINATE_OPENING = re.compile(
    r"^(?:When|As|After|Before|While|If|Although|Though|Once|Since|Until)\s[^,;“”\"]{3,160},\s+"
)
_LIST_OPENING = re.compile(rf"^{NAME_PHRASE}(?:,\s*{NAME_PHRASE})*,?\s+and\s+{NAME_PHRASE}")


def previous_subject(lead: str, people: People, pronoun: str) -> Person | None:
    """The person the last sentence of `lead` names first, if a "she"/"he" may be them."""
    lead = lead.rstrip()
    if not lead:
        return None
    sentence = lead[sentence_start(lead, len(lead) - 1) :].strip()
    if _LIST_OPENING.match(sentence):
        return None  # "Jo Roe, Ann Lee and Bo Chu spoke with …": no one subject
    sentence = _SUBORDINATE_OPENING.sub("", sentence)  # "When the President asked him …, Roe …"
    office = _OPENING_OFFICE.match(sentence)  # "The Vice President toured … with Jo Roe."
    holder = office_holder(office.group("role"), people) if office else None
    person = holder or subject_named(people, sentence, tiers=False)
    return person if _may_be(person, pronoun) else None


def continued_subject(lead: str, people: People, pronoun: str) -> Person | None:
    """For a "she said" after a lead whose last sentence opens with that same "She …" ("X spoke
    before the President signed. She recalled …"): whom those sentences are about, the subject
    of the last sentence before them, not the person they name last."""
    lead, word = lead.rstrip(), pronoun.strip().capitalize()
    if not lead or word not in {"She", "He"}:
        return None
    end, chained = len(lead), False
    while end > 0:
        start = sentence_start(lead, end - 1)
        sentence = lead[start:end].strip()
        end = start
        if re.match(rf"{word}\s", sentence):
            chained = True
            continue
        if not chained:
            return None
        office = _OPENING_OFFICE.match(sentence)
        holder = office_holder(office.group("role"), people) if office else None
        person = holder or subject_named(people, sentence, tiers=False)
        return person if _may_be(person, pronoun) else None
    return None


def clause_subject(text: str, start: int, pronoun: str, people: People) -> Person | None:
    """For a "he"/"she" inside the sentence of the quotation at `start` ("X briefed Y on the
    attack, which he called “…”"): the person that sentence names first, its subject."""
    opening = sentence_start(text, start)
    found = list(re.finditer(rf"\b{re.escape(pronoun.strip())}\b", text[opening:start]))
    # what comes before the pronoun, without quoted words and asides ("“…” (Laughter.) And he")
    prefix = text[opening : opening + found[-1].start()] if found else ""
    prefix = re.sub(r"[“\"][^“”\"]*[”\"]|\([^()]*\)", " ", prefix)
    if re.fullmatch(r"\s*(?:(?:And|But|So|Then|Yet|Later)\s*,?\s*)?", prefix):
        return None  # the pronoun opens the sentence: the sentence before says who
    if re.search(r",\s+who\b", prefix):
        return None  # "X met Y, who said she …": the relative clause's person
    return previous_subject(prefix, people, pronoun)


def credited_next(paragraphs: list[str], index: int, text: str) -> bool:
    """Whether a paragraph that is only a quotation is credited by the next one ("Those are the
    words of X", "So äußerte sich X"), which then wins over "the last speaker goes on"."""
    if index + 1 >= len(paragraphs) or not quote_only(text):
        return False
    return next_credits(paragraphs[index + 1], explicit=True) is not None


def runs_on_to_credit(paragraphs: list[str], index: int, end: int) -> bool:
    """Whether a quotation left open at the paragraph's end goes on in the next paragraph and is
    credited there ("« … first" / "« … second », a-t-elle ajouté."): that credit is the whole's."""
    text = paragraphs[index]
    if end < len(text) or found_closed(text) or index + 1 >= len(paragraphs):
        return False
    spans = find_spans(paragraphs[index + 1])
    return (
        bool(spans)
        and spans[0][0] <= 1
        and AFTER.match(paragraphs[index + 1][spans[0][1] :]) is not None
    )


def unquoted(text: str, spans: list[tuple[int, int, str]]) -> str:
    """The paragraph with the words inside its quotation marks blanked out (same length)."""
    for start, end, _ in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def reported_before(paragraphs: list[str], index: int) -> str | None:
    """Who the paragraph before `index` reports speaking, when it opens "X said …" and holds
    no quotation of its own."""
    if index == 0 or find_spans(paragraphs[index - 1]):
        return None
    said = NEXT_SAYS.match(paragraphs[index - 1])
    return said.group("who") if said else bare_role_subject(paragraphs[index - 1])


REPORTS_ON = re.compile(
    rf"^\s*(?:As\s+(?:the\s+)?[A-Z][^,.;“”\"]{{2,80}}\s(?:{VERBS}),"  # "As X said, enough …"
    rf"|(?:He|She)\s+(?:{VERBS})\s+(?:that\s+)?[a-z]|{NAME_PHRASE}\s+"
    r"(?:said|says|added|noted|stressed|explained|argued|warned)\s+(?:that\s+)?"
    r"(?:the|a|an|his|her|their|its|it|he|she|they|we|there|no|every|all|some|many|most)\s)"
)
SAYS = re.compile(rf"\b(?:{VERBS})\b")
INTRODUCES = re.compile(rf"\b(?:{VERBS})\b[^“”\"‘]{{0,40}}[,:]\s*$")


def unnamed_speaker(
    before: str, lead: str, words: str, speaker: Person | None, people: People, after: str
) -> bool:
    """A whole quoted sentence credited to a person described, never named ("a victim wrote:",
    "“…,” said one sailor."); "he wrote:" in a paragraph about "One victim, …" too, unless it
    names someone before it."""
    if len(words.split()) < 2:
        return False
    if speaker is None and len(words.split()) >= 4 and described_after(after):
        return True
    how = unnamed_source(before, lead)
    if how == "described as":
        return speaker is None
    if how == "reports":  # a fragment of reported speech: a few words may be a scare quote
        return speaker is None and len(words.split()) >= 4
    if how == "joint":  # several people's words, never one of them's (a short one may be a
        return len(words.split()) >= 6  # policy's name: "a “free and open Indo-Pacific”")
    if len(words.split()) < 4 or not words.lstrip()[:1].isupper():
        return False
    if how == "pronoun":
        return speaker is None or last_named(people, lead) is None
    if how == "relative":
        return True
    return how == "described" and speaker is None
