"""Quoted words that name a thing or a person rather than report speech: nicknames inside names
(Ronald “Buck” Sayre), the so-called “red zone”, a “Ready to Enroll” guide, "always called “the
bunker”"."""

from __future__ import annotations

import re

SO_CALLED = re.compile(
    r"\b(?:so-called|purported|supposed|self-(?:proclaimed|declared|styled)|sogenannte[nmrs]?"
    r"|(?:the|a|this|that)\s+(?:kind|sort|type)\s+of"  # "the kind of “missing middle” housing"
    r"|so genannte[nmrs]?|vermeintliche[nmrs]?)\s*$",
    re.IGNORECASE,
)  # "the purported “independence”": the words of the other side, held at a distance


# "Sergeant Major Ronald “Buck” Sayre": a nickname in quotation marks between two parts of a name
_NICKNAME = re.compile(
    r"(?P<first>\b[A-Z][\w'’.-]+\s)[“\"‘][A-Z][\w.'’-]{1,15}(?:\s[A-Z][\w.'’-]+)?[”\"’]\s(?=[A-Z][a-z])"
)


def nickname_at(text: str, start: int) -> bool:
    """Whether the quotation mark at `start` opens a nickname inside a name."""
    end = start + 60  # a nickname is short: look no further (a long paragraph has many marks)
    m = _NICKNAME.search(text, max(0, start - 40), end)
    while m and m.start("first") < start:
        if m.end("first") == start:
            return True
        m = _NICKNAME.search(text, m.end("first"), end)
    return False


def without_nicknames(text: str) -> str:
    """The text with nicknames inside names blanked (same length), so the name is learned whole."""
    if "“" not in text and '"' not in text:
        return text
    return _NICKNAME.sub(
        lambda m: m.group("first") + " " * (len(m.group(0)) - len(m.group("first"))), text
    )


def named_thing(before: str, words: str) -> bool:
    """A short quotation in title case after "the" or "a" names a thing ("the “Peaceful Ballot”
    programme", a “Ready to Enroll” guide, the Department’s “Safe Harbours” initiative), as does
    one after a habitual "always called" or "known as" (the crossing they have long called “the
    coin flip”); it is no one's words, whoever the sentence says spoke."""
    if len(words.split()) <= 6 and _NAMING.search(before):
        return True
    tokens = words.rstrip(",.").split()
    titled = re.search(_TITLED, before)  # the Brussels Conference on “X”, a panel entitled “X”
    # "announced the “Plan to Conserve Global Forests: Critical Carbon Sinks”": a plan's title,
    # however long, when every word is capitalised but the small ones and no sentence ends in it
    headline = ":" in words and not re.search(r"[.!?;]", words)
    if len(tokens) > 6 and not (titled or headline):
        return False  # a longer quotation after "the" is someone's words
    determiner = r"(?:\bthe|\ban?|\w['’]s|\b(?:its|their|his|her|our|your))\s*$"  # its “X” support
    return bool(titled or re.search(determiner, before)) and _title_case(tokens)


_TITLED = re.compile(
    r"\b(?:entitled|titled|(?:Conference|Summit|Forum|Dialogue|Session|Panel|Workshop|Symposium)"
    r"\s+(?:on|of))\s*,?\s*$"
)
_SMALL_WORDS = {"to", "of", "and", "the", "for", "in", "on", "a", "an", "at", "by", "with"}


def _title_case(tokens: list[str]) -> bool:
    """Every word capitalised but the small ones after the first ("Plan to Conserve Forests")."""
    return all(w[:1].isupper() or (k and w in _SMALL_WORDS) for k, w in enumerate(tokens))


# A name a place or thing has had for a while, not what someone said of it once; a motto or slogan
_NAMING = re.compile(
    r"\b(?:(?:always|long|often|affectionately|locally|commonly|widely|fondly|still|already|"
    r"usually|sometimes)\s+"
    r"(?:been\s+)?call(?:ed|s)?\b[^.!?“”\"]{0,60}|known\s+as|nicknamed|dubbed|christened"
    r"|\bto\s+call\b[^.!?“”\"]{0,60}"  # "told employees to call the credit the “bonus”"
    # "her client calls her “the boss”" (a habit, not words said once: "called the bill “…”")
    r"|\bcalls\s+(?:her|him|them|it|me|us|this|that)\b(?:\s+(?:the|a|an|his|her|their|its))?"
    # words as words: "the elders use the word “tóhana,” which means both “water” and …"
    r"|\b(?:word|term|phrase|expression)|\bmeans?\s+(?:both\s+|either\s+)?"
    r"|\b(?:motto|slogan|theme|tagline|catchphrase|watchword),?)\s*$"
)


# "the first $310 million in “Connect Main Street” grants": a title-case name before its noun
_NOUN_AFTER = re.compile(
    r"^[”’\"]?\s+(?!(?:said|says|added|wrote|told|asked|answered|replied|and|or|but|the|his|her|"
    r"their|its|our|your|she|they|you|that|this|these|those|which|who|was|were|are|will|would|"
    r"for|from|with|into|onto|when|while)\b)[a-z]{3,}\b"
)


def name_before_noun(words: str, after: str) -> bool:
    """Whether a short quotation in title case is the name of what the noun after it is (a
    programme's, a fund's, a plan's), not anyone's words."""
    tokens = words.rstrip(",.").split()
    if not 2 <= len(tokens) <= 5 or re.search(r"[.!?;:,]", words.rstrip(",.")):
        return False
    return _title_case(tokens) and _NOUN_AFTER.match(after) is not None


# "The Kell Courier: “Now We Can Get to Work”: Bridge Reopens": a headline, its subtitle after it
_SUBTITLE_AFTER = re.compile(r"^[”’\"]?\s*:\s+[A-Z]")


def headline_in_marks(words: str, after: str) -> bool:
    """Whether a quotation in title case is a headline, its subtitle following a colon."""
    tokens = words.rstrip(",.").split()
    return (
        2 <= len(tokens) <= 14 and _title_case(tokens) and _SUBTITLE_AFTER.match(after) is not None
    )
