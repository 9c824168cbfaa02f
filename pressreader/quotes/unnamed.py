"""Quotations whose speaker the release describes but never names: "a victim wrote: “…”", "As my
father used to tell me, “…”", "In the words of the talks' chief mediator, “…”". They are quotes
with no speaker (shown as unknown), never credited to whoever was named last.

Only a person described by a noun for a person (a victim, a father, a mediator, a resident), as
the subject of a speech verb that ends right before the quotation with a comma or a colon; a
pronoun counts only when the paragraph began with such a person ("One victim, …, lost …. In a
letter, she wrote: “…”") and the release could not tell who it is.
A relative the release names elsewhere ("my mother, Jane Roe") is that person (`relatives.py`).
"""

from __future__ import annotations

import re

from pressreader.quotes.words import kin_words

_PERSON = (
    r"(?:victim|survivor|mother|father|mom|dad|grandmother|grandfather|grandparent|parent|son|"
    r"daughter|wife|husband|widow|widower|brother|sister|friend|neighbou?r|resident|mediator|"
    r"negotiator|witness|juror|student|teacher|nurse|farmer|worker|veteran|patient|customer|"
    r"employee|soldier|survivors|victims|residents|parents|miners?|owners?|passengers?|drivers?|"
    r"shoppers?|tenants?|workers|students|patients|veterans|farmers|woman|man|girl|boy|"
    r"welders?|riveters?|pipefitters?|machinists?|mechanics?|electricians?|plumbers?|carpenters?|"
    r"truckers?|fisherm[ae]n|doctors?|physicians?|firefighters?|sailors?|engineers?|scientists?|"
    r"researchers?|volunteers?|organi[sz]ers?|activists?|shopkeepers?|bakers?|attendees?|"
    r"participants?|caregivers?|retirees?|homeowners?|commuters?|teenagers?|nurses|teachers|"
    r"roofers?|pickers?|laborers?|labourers?|contractors?|ranchers?|growers?|cashiers?|janitors?|"
    r"cooks?|chefs?|waiters?|waitress|clerks?|librarians?|pharmacists?|midwi(?:fe|ves)|"
    r"paramedics?|medics?|rangers?|pilots?|linem[ae]n|loggers?|dockworkers?|longshorem[ae]n|"
    r"steelworkers?|autoworkers?|ironworkers?|entrepreneurs?|lineworkers?|crewm[ae]n|members?|haulers?|"
    r"captains?|officers?|officials?|leaders?|advocates?|lawmakers?|pastors?|coach(?:es)?|attendees?|"
    r"voters?|mayors|poll\s+workers?|managers?|supervisors?|executives?)"
)
_KIN = r"(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)"
# "a volunteer", "one farmer", "another nurse": someone the paragraph does not name
_SOMEONE = re.compile(rf"\b(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[\w’'-]+\s+){{0,2}}{_PERSON}\b")


def someone_unnamed(text: str) -> bool:
    """Whether a paragraph speaks of a person it does not name ("a volunteer drove …")."""
    return bool(_SOMEONE.search(text))


_WHO = rf"(?:(?:[Oo]ne|[Aa]n?|[Aa]nother|[Tt]he|{_KIN})\s+(?:[\w’'-]+\s+){{0,3}}{_PERSON})\b"
_SPEAKS = (
    r"(?:\w+ly\s+|once\s+|later\s+|also\s+)?(?:used\s+to\s+|would\s+)?"
    r"(?:say|said|says|wrote|writes|write|told|tell|tells|testified|recalled|put\s+it|asked)"
    r"(?:\s+(?:me|us|him|her|them|reporters|the\s+court|the\s+judge|investigators))?"
)
# "a farmer from Kell County", "a nurse at St Ann's": where the person is from
_FROM = (
    r"(?:\s+(?:from|in|of|at)\s+(?:the\s+(?:town|city|village|county|state|province|region)\s+of\s+|"
    r"the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})"
)
# "a victim wrote:", "As my father used to tell me,", "the mediator told us,"
_DESCRIBED_SPEAKS = re.compile(
    rf"(?:^[•*–—-]?\s*|[.;!?]\s+|,\s+|\b(?:As|and|when|When)\s+)(?:[Aa]s\s+)?{_WHO}{_FROM}?"
    rf"(?:,\s*[^,“”\"]{{2,160}},|\s+who(?:se)?\s+[^,.;“”\"]{{2,100}}?)?\s+{_SPEAKS}\b[^“”\"]{{0,60}}?[,:]\s*$"
)
# "In the words of the ceasefire's chief mediator, spoken on the night …, “"
_WORDS_OF_DESCRIBED = re.compile(
    rf"\b[Ii]n\s+the\s+(?:[a-z]+\s+)?words\s+of\s+(?:the|a|an|one|{_KIN})\s+"
    rf"(?:[\w’'-]+\s+){{0,3}}{_PERSON}\b[^“”\"]{{0,120}},\s*$"
)
# "One bakery owner described the fees as “", "a driver called the road “"
_DESCRIBED_AS = re.compile(
    rf"(?:^|[.;!?]\s+)(?:[Aa]s\s+)?{_WHO}{_FROM}?(?:,\s*[^,“”\"]{{2,80}},)?\s+(?:\w+ly\s+)?"
    rf"(?:described|called|likened)\s+[^“”\".!?]{{1,80}}?\s(?:as|to)\s*$"
)
# "One council member told the Vice President that his town had applied “four times …”": a
# fragment of what an unnamed person is reported saying
_DESCRIBED_REPORTS = re.compile(
    rf"(?:^(?:[A-Z][^,“”\"]{{1,80}},\s+)?|[.;!?]\s+)(?:[Oo]ne|[Aa]n?)\s+(?:[\w’'-]+\s+){{0,3}}{_PERSON}{_FROM}?"
    rf"(?:,\s*[^,“”\"]{{2,120}},|\s+who(?:se)?\s+[^,.;“”\"]{{2,100}}?)?\s+(?:\w+ly\s+)?"
    rf"(?:told\s+[^“”\".!?,]{{1,60}}?\s+that|said(?:\s+that)?|wrote|argued|warned)\s+"
    rf"[^“”\".!?]{{1,200}}$"
)
# "Mr. Roe’s family said in a statement:": his family, no one of them by name
_FAMILY_SPEAKS = re.compile(
    r"(?:^|[.;!?]\s+)(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*[’']s?\s+(?:family|parents|relatives|"
    r"children)\s+(?:also\s+)?(?:said|wrote|added)\b[^“”\"]{0,60}[,:]\s*$"
)
_PRONOUN_SPEAKS = re.compile(
    rf"(?:^|[.;!?,]\s+|\band\s+that\s+)(?:and\s+)?(?P<pron>[Ss]he|[Hh]e)\s+{_SPEAKS}\b[^“”\"]{{0,40}}?[,:]\s*$"
)
# "… noted that his own grandmother had emigrated … and that she used to tell him,": the "she"
# of the same sentence is that relative, whom the release never names
_KIN_IN_SENTENCE = {
    pronoun: re.compile(rf"\b{_KIN}\s+(?:own\s+|late\s+)?(?:{kin_words(sex)})\b(?!,?\s+[A-Z])")
    for pronoun, sex in (("she", "f"), ("he", "m"))
}
_KIN_NAMED = re.compile(
    rf"(?:^|[.;!?]\s+){_KIN}\s+(?:[\w’'-]+\s+){{0,2}}{_PERSON}\b(?![^.;!?]*[.;!?]\s)"
)
_OPENS_DESCRIBED = re.compile(
    rf"^(?:(?:One|An?|Another)\s+(?:[\w’'-]+\s+){{0,2}}{_PERSON}\b"
    # "The mother of the family addressed the court": a relative or victim the text never names
    rf"|The\s+(?:[\w’'-]+\s+){{0,2}}(?:mother|father|widow|widower|victim|grandmother|"
    rf"grandfather|parents?|wife|husband|daughter|son|sister|brother)\b(?!,?\s+[A-Z]))"
)


# "The leaders agreed the talks must be “…”", "The Secretary and the Foreign Minister agreed that
# … “…”": words of two or more people together, no one of them alone
_JOINT_SUBJECT = re.compile(
    r"(?:^|[.;!?]\s+|,\s+and\s+|,\s+which\s+)(?:[Tt]he\s+(?:two\s+)?(?i:leaders|participants|"
    r"ministers|sides|delegations|parties|presidents|prime\s+ministers|secretaries|governments|"
    r"heads\s+of\s+(?:delegation|state|government)s?)|Participants|Leaders|Both\s+(?:leaders|sides|men|"
    r"women|ministers)|(?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}\s+and\s+(?:the\s+)?"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})\s+(?:\w+ly\s+|also\s+)?"
    r"(?:agreed|stressed|noted|affirmed|reaffirmed|underscored|emphasi[sz]ed|pledged|committed|"
    r"described|called|termed|said|stated|declared)"
    r"\s+(?:that\s+)?[^“”\".!?]{0,200}$"
)


_JOINTLY = re.compile(
    r"\b(?:in\s+a\s+joint\s+(?:statement|letter|op-ed)|jointly)\b[^“”\".!?]{0,60}$"
)


def unnamed_source(before: str, paragraph_lead: str) -> str | None:
    """How the words before a quotation (`before`, in its sentence) credit it to a person the text
    describes without a name: "described" ("a victim wrote:"), "described as" (a fragment:
    "a farmer described the rules as “"), "reports" ("a farmer said the rules were “"),
    "joint" ("the leaders agreed that … “"), "pronoun" ("she wrote:" in a
    paragraph that began "One victim, …"), "relative" ("his grandmother … and that she used to
    tell him,"), or None; `paragraph_lead` is the paragraph up to it."""
    if _JOINT_SUBJECT.search(before) or _JOINTLY.search(before):
        return (
            "joint"  # "The leaders agreed the talks must be “”", "A and B, in a joint statement:"
        )
    if _DESCRIBED_REPORTS.search(before):
        return "reports"  # "a hauler said the detour cost him “three hours a week”"
    if _DESCRIBED_AS.search(before):
        return "described as"  # a fragment: "described the fees as “a tax I never voted for”"
    if (
        _DESCRIBED_SPEAKS.search(before)
        or _WORDS_OF_DESCRIBED.search(before)
        or _FAMILY_SPEAKS.search(before)
    ):
        return "described"
    kin = _KIN_NAMED.search(paragraph_lead)  # "My mother used to walk us …, and she would say,"
    pronoun = _PRONOUN_SPEAKS.search(before)
    if pronoun and _KIN_IN_SENTENCE[pronoun.group("pron").lower()].search(
        before, 0, pronoun.start()
    ):
        return "relative"  # "his grandmother … and that she used to tell him,"
    if pronoun and (_OPENS_DESCRIBED.match(paragraph_lead) or kin):
        return "pronoun"
    return None


# "“…,” a victim said.", "“…,” said one captain of the fleet.": after the quotation
_DESCRIBED_AFTER = re.compile(
    rf"^\s*[,—–-]?\s*(?:{_WHO}{_FROM}?\s+(?:\w+ly\s+|later\s+|also\s+)?"
    rf"(?:said|says|wrote|writes|added|recalled|told\s+[^“”\".!?,]{{1,40}}?)"
    rf"|(?:said|says|wrote|added|recalled)\s+{_WHO}{_FROM}?)\s*[.,;]"
)


def described_after(after: str) -> bool:
    """Whether the words right after a quotation credit it to a person described, never named."""
    return bool(_DESCRIBED_AFTER.match(after))


# "The island’s only nurse, who asked that her name not be printed, said …": kept unnamed
_UNNAMED_BY_REQUEST = re.compile(
    r"\b(?:asked\s+that\s+(?:his|her|their)\s+names?\s+not\s+be\s+(?:used|printed|published|given|"
    r"disclosed|shared)|asked\s+not\s+to\s+be\s+(?:named|identified))\b"
)


def opens_described(lead: str) -> bool:
    """Whether a paragraph (up to a quotation) begins with a person it describes, not names ("A
    roofer from Arizona told …", "The town's only nurse, who asked that her name not be
    printed, …"), so that a "he said" after the quotation is that person's."""
    lead = lead.lstrip("•*–—- ")
    return bool(_OPENS_DESCRIBED.match(lead) or _UNNAMED_BY_REQUEST.search(lead))
