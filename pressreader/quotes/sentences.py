"""How a sentence goes on around a quotation: fragments that are still its subject's words, a
quote split by "X told the students.", and "he said" too far from anyone named to know whose."""

from __future__ import annotations

import re

from pressreader.quotes.attribution import AFTER
from pressreader.quotes.words import VERBS

# A few lower-case words of narrative between two fragments of one sentence, with no new
# subject, no sentence end and no contrast ("in a manner that is")
GOES_ON = re.compile(
    r"(?![\s\S]*\b(?:while|whereas|but|than|unlike|not|instead|whom?|whose|which|aka|others?)\b)"
    r"[,\s]*(?:[a-z][\w'’-]*[,\s]+){1,6}"
)


# The rest of "“A,” Dr. Roe told the students. “B”" after its verb: a few lower-case words
OBJECT_OF_VERB = re.compile(r"(?:\s+[a-z][\w'’-]*){1,4}\s*[,.;:]\s*")
# "Service (DCIS) Southwest Field Office": an acronym in brackets inside an office's name
_ACRONYM = re.compile(r"(?<=[a-z])\s\([A-Z]{2,8}\)(?=\s[A-Z])")


class Groups:
    """A match made on a copy of the text read back from the text itself (same offsets)."""

    def __init__(self, match: re.Match[str], text: str) -> None:
        self.match, self.text = match, text

    def group(self, name: str) -> str | None:
        start, end = self.match.span(name)
        return self.text[start:end] if start >= 0 else None

    def end(self) -> int:
        return self.match.end()


_DASHED = re.compile(r"(?<=[A-Za-z])\s+[—–]\s[^—–“”\"]{2,200}?\s[—–](?=\s)")


def after_match(after: str) -> Groups | None:
    """The attribution after a quotation; an acronym in brackets in the office ("Service (DCIS)
    Field Office, Jo Roe") is passed over to find the name, and kept in the role."""
    blank = _ACRONYM.sub(lambda a: " " * len(a.group(0)), after)
    m = AFTER.match(blank) or AFTER.match(_DASHED.sub(lambda a: " " * len(a.group(0)), blank, 1))
    # ("“…,” Roe — who taught there for eleven years — told the First Lady": the aside between
    # dashes is passed over too)
    return Groups(m, after) if m else None


# "… “A” and said the Administration would treat it as “B”": the same subject speaks on
_AND_SAID = re.compile(
    r"[\s,]*and\s+(?:also\s+)?(?:said|added|noted|stressed|argued|insisted)\b(?:\s+that)?"
)


_AND_THAT = re.compile(r"[\s,]*and\s+that\s+[^.!?“”\"]*$")


def still_theirs(between: str) -> bool:
    """Whether the words between two fragments of a sentence keep its subject speaking: a few
    lower-case words ("in a manner that is"), or "and said …" with no one else speaking."""
    if GOES_ON.fullmatch(between) and not re.search(VERBS, between):
        return True
    if (that := _AND_THAT.match(between)) and len(between) - that.end() <= 150:
        return not re.search(VERBS, between)  # "said it cost him “A,” and that he … “B”"
    said = _AND_SAID.match(between)
    rest = between[said.end() :] if said else ""
    return bool(said) and len(rest) <= 120 and not re.search(VERBS, rest)


# "“A,” she said, adding that the plant showed “B”": the speaker of A goes on in B
_ADDING = re.compile(r"[\s,]*(?:and\s+)?adding\s+(?:that\s+)?(?P<rest>[^.!?“”\"]{0,150})$")


def adds_on(between: str) -> bool:
    """Whether the words after a credited quotation ("…,” she said") add more of hers ("adding
    that …") with no one else speaking in them."""
    adding = _ADDING.match(between)
    return adding is not None and not re.search(VERBS, adding.group("rest"))


# Paragraphs of prose after which "he said" no longer points to the person named last
STALE = 2


def is_prose(text: str) -> bool:
    r"""Whether a paragraph is prose: it ends a sentence (a closing quote or bracket may follow the
    stop), or 15 of its words are each followed by whitespace. Said without a pattern: searching
    `[.!?…][”’"»)]?\s*$|(?:\S+\s+){15}` tries every character."""
    end = text.rstrip()
    if end[-1:] in _STOPS or (end[-1:] in _CLOSERS and len(end) > 1 and end[-2] in _STOPS):
        return True
    words = len(text.split(None, 15))  # str.split's whitespace is re's \s
    return words == 16 or words == 15 and text[-1].isspace()


_STOPS = frozenset(".!?…")
_CLOSERS = frozenset('”’"»)')


def is_pronoun(phrase: str | None) -> bool:
    """Whether an attribution phrase is only "he" or "she" (in any language the reader knows)."""
    return (phrase or "").strip(" ,;:").lower() in {"he", "she", "sie", "er", "elle", "il"}
