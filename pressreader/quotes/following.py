"""Quotations credited by the words after them: "These were the words of X", "The warning came
from X", and a paragraph that opens "X said …" right after a lead quotation."""

from __future__ import annotations

import re

from pressreader.quotes.words import NAME_PHRASE, ROLED_NAME, VERBS

# "These were the words of X", "That stark description came from X", "The warning came from X".
# What a quotation may be called when the next sentence says whose it was ("The grant comes from
# X's programme" credits no one)
_SPEECH_NOUNS = (
    r"description|warning|words|remarks?|comments?|quote|line|message|call|plea|assessment|"
    r"praise|criticism|tribute|appeal|statement|verdict|reminder|promise|pledge|challenge"
)
CAME_FROM = re.compile(
    rf"^(?:(?:These|Those)\s+(?:are|were)\s+the\s+words\s+of|(?:The|That|This)(?:\s+[a-z]+)?\s+"
    rf"(?:{_SPEECH_NOUNS})\s+(?:came|comes)\s+from)\s+(?:the\s+)?(?P<who>{NAME_PHRASE}(?:,\s*[^,.;“”\"]{{2,120}})?)"
)
# An apposition that opens lower-case and runs over a place's comma: ", a driver in Cinder Falls,
# Ohio, and president of Local 9," after a name of two words or a double surname (not "Today, the Minister,
# Jo Roe, said"); a list of names, ", Ann Lee and Bo Chu,", opens upper-case
_LONG_APPOSITION = r",\s*(?=[a-z]+\s)[^,.;“”\"]{2,120}(?:,\s*[^,.;“”\"]{2,120}){1,3},"
# A paragraph that opens "X, role, said …" right after a paragraph that is only a quotation: X's
# (not "When the President asked …": a clause's subject)
NEXT_SAYS = re.compile(
    r"^(?!(?:When|As|After|Before|While|If|Although|Though|Once|Since|Until|During|In|On|At)\s)"
    rf"(?:the\s+|The\s+)?(?P<who>(?:{ROLED_NAME}|{NAME_PHRASE})(?:,\s*[^,.;“”\"]{{2,120}},)?"
    rf"|(?=[A-Z][\w'’.-]*\s+[A-Z]|[A-Z][\w'’.]*-[A-Z])(?:{ROLED_NAME}|{NAME_PHRASE}){_LONG_APPOSITION})"
    r"\s+(?:\w+ly\s+)?"
    rf"(?:{VERBS})\b"
)
# A lead quotation credited by the next paragraph in so many words: "Those are the words of grain
# grower Jane Roe, …", "That is how orchardist Jane Roe remembers the night …".
WORDS_OF = re.compile(
    r"^(?:(?:Those|These|They)\s+(?:are|were)\s+the\s+words\s+of"
    r"|(?:(?:That|This)\s+)?(?:is|was)\s+how)\s+(?P<whole>[^,.;:“”\"]{2,80}?)"
    r"(?=\s*[,.;]|\s+(?:remembers|recalls|describes|puts|sees|explains|remembered|recalled|"
    r"described|put|saw|explained|sums|summed)\b)"
    # "“…” The words were spoken by X, …", "“…” X spoke those words from the stage"
    rf"|^(?:The|Those|These)\s+words\s+(?:were|are)\s+(?:spoken|written|said)\s+by\s+(?:the\s+)?"
    r"(?P<spoken>[^,.;:“”\"]{2,80}?)(?=\s*[,.;]|\s+(?:when|as|at|in|on|from|after)\b)"
    r"|^(?P<uttered>[^,.;:“”\"]{2,80}?)\s+(?:spoke|said|wrote|uttered)\s+(?:those|these)\s+words\b"
    # "That was the promise Secretary Jo Roe made to the crews", "“…” is how X described it"
    rf"|^(?:That|This|It)\s+(?:is|was)\s+the\s+(?:[a-z]+\s+)?(?:{_SPEECH_NOUNS})\s+(?:that\s+)?"
    r"(?P<made>[^,.;:“”\"]{2,80}?)(?=\s+(?:made|gave|delivered|offered|sent|issued|shared|had)\b)"
    # "With these words, Minister Jane Roe opened …", "Mit diesen Worten hat Ministerin Dr. X …"
    r"|^(?:With\s+(?:these|those)\s+words,?|Mit\s+(?:diesen|den)\s+Worten\s+(?:hat|hatte)?)\s*"
    r"(?:die\s+|der\s+)?(?P<words_whole>(?:Dr\.|Prof\.|[^,.;:“”\"\s]+)"
    r"(?:\s+(?:Dr\.|Prof\.|[^,.;:“”\"\s]+))*?)(?=\s+[a-zäöü]|\s*[,;:.]|$)"
)
# German: "So äußerte sich der Vorsitzende des Elternrats, Jan Roe, der …"
_SO_SPOKE = re.compile(
    r"^So\s+(?:äußerte\s+sich|sagte\s+es|formulierte\s+es|beschrieb\s+es)\s+"
    r"(?P<whole>[^.;:“”\"„«»]{2,120}?)(?=,\s+(?:der|die|das|den|dem|und|als|nachdem|bei|am|im)\b|\s*[.;:]|$)"
)
_LAST_NAME_PHRASE = re.compile(rf"{NAME_PHRASE}$")


def next_credits(paragraph: str, explicit: bool = False) -> str | None:
    """Who the paragraph after a lead quotation names as its speaker, if it opens by doing so;
    `explicit`: only in so many words ("Those are the words of X"), not "X said …"."""
    n = None if explicit else NEXT_SAYS.match(paragraph)
    if n:
        return n.group("who")
    w = WORDS_OF.match(paragraph) or _SO_SPOKE.match(paragraph)
    if w:
        groups = w.groupdict()
        whole = next(
            groups[k]
            for k in ("whole", "made", "spoken", "uttered", "words_whole")
            if groups.get(k)
        )
        name = _LAST_NAME_PHRASE.search(whole.strip())
        return name.group(0) if name and " " in name.group(0) else None
    return None
