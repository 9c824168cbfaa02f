"""Who a paragraph introduces as the speaker of the quotation in the next one: "X said:", "Joint
Statement of A, B, and C:", B.C.'s "Jane Roe, mayor of X –", a roundup's "Mayor Jane Roe, Kell,
Georgia" line, "X put the stakes plainly:"."""

from __future__ import annotations

from pressreader.quotes.attribution import SPEECH_INTRO, attribution_before
from pressreader.quotes.authors import statement_speaker
from pressreader.quotes.handovers import handed_over
from pressreader.quotes.organisations import joint_bodies
from pressreader.quotes.people import People, Person, resolve, speaking_body
from pressreader.quotes.signatures import signed_by
from pressreader.quotes.signatures import signer as signer_line
from pressreader.quotes.spans import sentence_start
from pressreader.quotes.surroundings import quote_only
from pressreader.quotes.words import ATTRIBUTION_LINE


def introduced_by(
    text: str,
    spans: list[tuple[int, int, str]],
    paragraphs: list[str],
    index: int,
    people: People,
    last: Person | None,
) -> Person | None:
    """The speaker a paragraph hands the next paragraph's opening quotation to, or None; an
    introduction in so many words ("X said:") is also noted in `people.introduced`."""
    if ATTRIBUTION_LINE.match(text) and not spans and text.rstrip()[-1:] not in ":.":
        text = text.rstrip() + ":"  # "Quote attributable to X" with no colon: the same intro
    if not spans and (group := joint_bodies(text)):  # "Joint Statement of Ford, GM, and …"
        return speaking_body(group, people)
    if text.rstrip()[-1:] in "–—-" and (who := signed_by(text.rstrip()[:-1])):
        # B.C.'s "Quotes": "Jane Roe, mayor of X –" on its own line, the quotation below it
        return resolve(who, people, last)
    following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
    if (
        not spans
        and text.lstrip()[:1] not in "—–-"  # "— Jo Roe, Mayor": the quotation above's
        and quote_only(following)
        and (who := signer_line(text))
    ):  # a roundup's "Mayor Jane Roe, Kell, Georgia" line over the quotation, with no colon
        return resolve(who, people, last)
    if text.rstrip().endswith(":") and (not spans or spans[-1][1] < len(text.rstrip()) - 1):
        tail = text[sentence_start(text, len(text) - 1) :]
        intro = statement_speaker(text) or attribution_before(tail)
        introduced = resolve(intro, people, last) if intro else None
        speaks = statement_speaker(text) or SPEECH_INTRO.search(tail) or handed_over(tail)
        if introduced is not None and speaks:
            people.introduced[index] = introduced
        return introduced
    return None
