"""Who a quotation is attributed to: the phrases before and after it that name a speaker."""

from __future__ import annotations

import re

from pressreader.quotes.colon_lines import colon_speaker, titled
from pressreader.quotes.handovers import handed_over
from pressreader.quotes.names import personal
from pressreader.quotes.organisations import body_introducing
from pressreader.quotes.people import People, Person, resolve
from pressreader.quotes.roles import office_for, split_role_name
from pressreader.quotes.sources import (
    as_apposition,
    name_like,
    named_source,
    spoke_about,
    what_called,
    who_told,
)
from pressreader.quotes.spans import sentence_start
from pressreader.quotes.words import (
    ANON_ROLE,
    LOWER_OFFICE,
    NAME_PHRASE,
    ROLE_WORDS,
    ROLED_NAME,
    VERBS,
)

# A character of an office after a name: "U.S. Attorney", "Washington, D.C." keep their dots
_ROLE_CHAR = r"(?:[^,.;“”\"«»]|\.(?=[A-Z]\.)|(?<=[A-Z]\.[A-Z])\.)"
_ROLE_END = r"(?=[,;]|(?<![A-Z]\.[A-Z])\.(?![A-Z]\.)|$)"  # not the dots inside "U.S."
_NO_CLAUSE = (
    r"(?!\s*(?:adding|saying|noting|stressing|who|which|that|and|but|as)\b)"  # ", adding …"
)
# "“…,” she said", "…«, sagte sie", "», so Jana Roe." (German), "», a déclaré la directrice, X",
# "», a déclaré la syndique Jeanne Roe." (a role in lower case right before the name), French
# inversion "», reconnaît-elle", "», a-t-il ajouté"; "the district's superintendent, Jo Roe, said"
AFTER = re.compile(
    rf"""^\s*[,.!?]?\s*(?:
        (?P<pron>he|she)\s+(?:{VERBS})\b
      | (?:a\s+|hat\s+)?(?:{VERBS})\s+(?P<pron_v>sie|er|elle|il)\b
      | [a-zà-ÿ]+(?:-t)?-(?P<pron_fr>elle|il)\b
      | (?:a\s+|hat\s+)?(?:{VERBS})\s+(?:the\s+|die\s+|der\s+|la\s+|le\s+|l['’])?
        (?!the\s+[A-Z])(?P<role_lc>[a-zà-ÿ]{_ROLE_CHAR}{{2,80}}),\s+(?P<who_lc>{NAME_PHRASE})\s*(?=[.,;]|$)
      | (?:a\s+)?(?:{VERBS})\s+(?:the|la|le|l['’]|die|der)\s*(?P<role_art>[a-zà-ÿ][\w'’-]*(?:\s+[a-zà-ÿ][\w'’-]*){{0,3}})
        \s+(?P<who_art>{NAME_PHRASE})\s*(?=[.,;]|$)
      | (?:a\s+|hat\s+)?(?:{VERBS})(?:\s+|(?=[A-Z][a-z]))(?:the\s+|die\s+|der\s+|la\s+|le\s+)?(?P<who_v>(?:{ROLED_NAME}|{NAME_PHRASE})(?:,{_NO_CLAUSE}\s*(?:the\s+)?{_ROLE_CHAR}{{2,160}}?{_ROLE_END}){{0,3}})
      | according\s+to\s+(?:the\s+)?(?P<who_acc>[^.;“”"«»]{{2,160}}?(?:\s(?:Dr|Prof)\.\s[^.;“”"«»]+?)?)\s*(?=[.;]|$)
      | so\s+(?:der\s+|die\s+)?(?P<who_so>{NAME_PHRASE})\s*(?=[.;]|,\s+(?:der|die|das)\b|$)
      | (?P<ref>the\s+(?:former|latter|\d{{1,3}}-year-old))\s+(?:{VERBS})\b
      | (?P<the_role>the\s+(?:prime\s+|federal\s+|state\s+)?(?:minister|president|commissioner|mayor|
        premier|chancellor|secretary|governor|senator|treasurer|ambassador|councillor|director|
        taoiseach|tánaiste|expert|rapporteur|envoy|principal|administrator|superintendent|sheriff|
        spokesperson|spokesman|spokeswoman|chairman|chairwoman|chair|captain|commander|professor))
        \s+(?:{VERBS})\b
      | (?:the\s+(?:(?P<role_pre>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}})\s+)?)?(?P<who>{NAME_PHRASE})
        (?:,\s*(?P<role>{_ROLE_CHAR}{{2,120}}),)?\s+(?:has\s+|had\s+)?(?:\w+ly\s+|once\s+|later\s+)?(?:{VERBS})\b
      | the\s+(?P<role_ap>(?:[A-Za-z][\w-]*['’]s\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}}),\s+
        (?P<who_ap>{NAME_PHRASE}),\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?(?:{VERBS})\b
    )""",
    re.VERBOSE,
)
_ADVERB = (
    r"(?:\w+ly\s+|once\s+|also\s+|again\s+|later\s+|then\s+|has\s+|had\s+|have\s+|a\s+|hat\s+|"
    r"(?<=has\s)(?:often|always)\s+|"  # "as Secretary Roe has often said" ("she often says": no)
    r"used\s+to\s+|(?:liked|loved|likes|loves)\s+to\s+|would\s+(?:always\s+|often\s+)?)"
)  # "she liked to say", "as Jo would say", "he would always remind us"
_WHO_BEFORE_VERB = re.compile(
    rf"(?:(?P<who>{NAME_PHRASE})(?:,\s*(?P<role>[^“”\",]{{2,120}}),)?|(?P<pron>\b[Hh]e|\b[Ss]he|\bSie|\bEr))\s+{_ADVERB}{{0,2}}$"
)
_SUPPOSED = re.compile(r"\b(?:[Ii]f|before|unless|whether|until|when|why|how)\s+$")
_ACCORDING = re.compile(  # "According to Jo Roe, a nurse, “…”"; "According to Roe, the plan “…”"
    rf"[Aa]ccording\s+to\s+(?:(?P<office>(?:[a-z]+\s+){{0,2}}{LOWER_OFFICE})\s+(?=[A-Z]))?"
    rf"(?P<who>{NAME_PHRASE}(?:,\s*[^“”\",]{{2,80}}(?=,))?)\s*,?"
    rf"(?:\s*[a-z][^“”\",]{{0,60}})?\s*$"  # "…, according to Roe, was for them “…”"
)
# "in the words of John Adams, “", "In the timeless words of the poet Jane Roe, who …, “"
_WORDS_OF = re.compile(
    rf"\b[Ii]n\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}words\s+of\s+(?:the\s+|my\s+|our\s+|that\s+|this\s+)?"
    # "of that aide, Jo Roe, who …:", "of the bill’s lead sponsor, Representative Jo Roe, “"
    rf"(?:(?:[\w’'-]+\s+){{0,3}}[a-z][\w-]*,\s+)?"
    rf"(?:[a-z][\w-]*\s+){{0,3}}(?P<who>{NAME_PHRASE})(?:\s+(?:himself|herself))?"
    rf"(?:,\s*[^“”\"]{{2,200}}?)?,?\s*:?\s*$"
)
# "It will, in the President’s words, “…”", "In Minister Roe's own words: “…”"
_OWN_WORDS = re.compile(
    rf"\b[Ii]n\s+(?:the\s+)?(?P<who>{NAME_PHRASE})['’]s?\s+(?:own\s+)?words\s*[,:]?\s*$"
)
# "his favorite rejoinder was, “", "Roe’s message was clear: “", "In her own words, “": a saying
# of the person the possessive names
_SAYING_OF = re.compile(
    rf"(?:^|(?<=[\s(]))(?:(?P<who>{NAME_PHRASE})['’]s?|(?P<pron>[Hh]is|[Hh]er))\s+"
    rf"(?:(?:own|favou?rite|famous|simple|usual|frequent|last|final|parting)\s+){{0,2}}"
    rf"(?:words|line|rejoinder|refrain|motto|message|answer|reply|response|advice|mantra|saying|"
    rf"credo|catchphrase|letter|note|post|tweet|card|sign)"
    rf"(?:\s+(?:was|were|is|are|has\s+been|read|reads)(?:\s+(?:clear|simple))?\s*[,:]?|\s*[:?])\s*$"
    rf"|\b[Ii]n\s+(?P<pron_w>his|her)\s+(?:own\s+)?words\s*[,:]?\s*$"
)
_SUBJECT_OF = {"his": "he", "her": "she"}  # the pronoun a possessive's "said" would have
# "The outlet quoted Secretary Jo Roe as saying the boat was “…”": the one quoted is the speaker
_QUOTED_AS = re.compile(
    rf"\bquoted\s+(?P<who>{NAME_PHRASE}(?:,\s*[^,“”\"]{{2,80}},)?)\s+as\s+(?:saying|telling)\b"
    rf"[^“”\".!?]{{0,160}}$"
)
_STATEMENT = re.compile(
    rf"(?:[Ss]tatement\s+(?:from|by|of)|(?:Quotes?|Comments?|Remarks)\s+(?:attributable\s+to|from|by)"
    rf"|\b(?:[Qq]uotes?|[Cc]omments?|[Rr]emarks)\s+(?:can|may|should)\s+be\s+attributed\s+to"
    rf"|\b(?:[Pp]lease\s+)?[Aa]ttribute\s+(?:the\s+following\s+(?:statement|quote)\s+)?to"
    rf"|^[Aa]ttributable\s+to)"
    rf"\s+(?:the\s+)?(?P<who>(?:[A-Z][\w'’.&-]*\s+){{0,5}}(?:[a-z][\w'’-]*\s+){{0,3}}{NAME_PHRASE}"
    rf"(?:,\s*[^,:“”\"]{{2,80}}){{0,2}})\s*:\s*$"
)  # "Quotes attributable to Outback Air chief executive Dr Jane Roe:", "Please attribute to X:",
# "Statement of Jane Roe, Director, Tidewater Alliance:" (a role and its body), "The following
# comments can be attributed to Jane Roe, Chief Executive:"


# "Statement of X:" whoever X is, and "Joint Statement of …:", to tell a list of speakers
_STATEMENT_OF_ANY = re.compile(
    r"(?P<joint>\b[Jj]oint\s+)?\b[Ss]tatement\s+(?:from|by|of)\s+(?:the\s+)?"
    r"(?P<who>[^:“”\"]{2,200}?)\s*:\s*$"
)
# "A, B, and C", "A and B": a list of speakers, as joint statements name them
_SEVERAL = re.compile(
    r"^[^,]+,\s+[^,]+,?\s+and\s|^[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?\s+and\s+[A-Z]"
)


_ABBREVIATED = r"(?:Dr|Mr|Mrs|Ms|Prof|Rev|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt)\."  # "Dr. Jo Roe, a …,"
_LEAD_APPOSITION = re.compile(
    rf"^\s*(?P<first>(?:{_ABBREVIATED}\s+)?[A-Z][^“”\",.;]{{1,80}}?),\s+(?P<second>[^“”\";]{{2,200}}?),\s+"
    rf"{_ADVERB}{{0,2}}$"
)


# "… in Las Piedras, New Mexico": a town and its state end a description, naming no one
_PLACE_AND_STATE = re.compile(
    r"\b(?:in|from|of|at|near)\s+[A-Z][^,]{1,40},\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?$"
)


def _office_only(phrase: str) -> bool:
    """ "First Lady", "Secretary of State": capitalised words of an office, no name among them."""
    words = phrase.split()
    return (
        0 < len(words) <= 5
        and words[-1].lower() in ROLE_WORDS
        and all(w[0].isupper() or w in {"of", "for", "the"} for w in words)
    )


# A sentence whose subject is a person who then speaks: "X welcomed the decision."
SUBJECT_SPEAKS = re.compile(
    rf"(?:^|[.!?]\s+)(?:the\s+|The\s+(?={ANON_ROLE})|die\s+|der\s+)?"
    rf"(?P<who>{ANON_ROLE}|{NAME_PHRASE}(?:,\s*[^,.;“”\"]{{2,120}},)?)"
    rf"\s+(?:\w+ly\s+)?(?:{VERBS}|lobte|kritisierte|forderte|warnte|mahnte|praised|critici[sz]ed)\b"
    rf"[^.!?“”\"„«»]*[.!?:]\s*$"
)


# "President X stood before the world and said that …": the sentence's subject speaks ("Ambassador
# of Kell to the United States Jo Roe attended … and called it “…”": the office runs on to the name).
_SUBJECT_AND = re.compile(
    rf"^(?:(?P<lead>[^,“”\"]{{0,60}}),\s+)?(?:the\s+)?(?P<who>{NAME_PHRASE}(?:\s+to\s+the\s+{NAME_PHRASE})?)"
    # "Kell's Minister of Culture, Jo Roe, thanked …", "Jo Roe, the Minister, thanked …"
    rf"(?:,\s*(?P<role>[^,;:“”\"]{{2,100}}),|(?P<comma>,))?"
    rf"\s+[a-z][^,;:“”\"]*"
    rf"\band\s+{_ADVERB}{{0,2}}$"
)


_WHEN = re.compile(r"(?:earlier|later|on|last|this|in|at|yesterday|today|again|also|then)\b")


def _and_subject(s: re.Match[str]) -> str | None:
    """The speaker phrase of a _SUBJECT_AND match: the name with the office set off by commas
    before or after it ("Kell's Minister of Culture, Jo Roe, …", "Jo Roe, the Minister, …")."""
    who, lead = _OPENERS.sub("", s.group("who")), s.group("lead")
    if s.group("role") and not _WHEN.match(s.group("role")):
        return f"{who}, {s.group('role')}"
    if s.group("role"):
        return who  # "The President, earlier today, …": when, not who
    if not s.group("comma"):
        return who
    if lead and (office_for(lead) or titled(lead)) and name_like(who):
        return f"{who}, {lead}"
    if lead and name_like(lead) and _office_only(who):
        return f"{lead}, {who}"
    return None


# "today, I am proud to say to them:": the release's author speaks (a statement's headline name).
_FIRST_PERSON_VERB = re.compile(r"(?:^|[\s,])(?P<pron>I|[Ww]e)\s+(?:[a-z’']+\s+){0,4}$")
_OPENERS = re.compile(r"^(?:As|And|But|So|When|While|Then|Yet|Like)\s+(?=\S)")


_ANON_BEFORE_VERB = re.compile(
    rf"(?:^|(?<=\s))(?:[Tt]he\s+)?(?P<who>{ANON_ROLE})(?:,\s*[^“”\"]{{2,120}}?,)?\s+{_ADVERB}{{0,2}}$"
)
_LOWER_TITLE_BEFORE_VERB = re.compile(
    r"(?:^|(?<=\s))[Tt]he\s+(?P<who>(?:vice\s+)?president|prime\s+minister|first\s+lady|"
    rf"attorney\s+general|governor|mayor|secretary|senator|minister|premier|chancellor)\s+"
    rf"{_ADVERB}{{0,2}}$"
)
_COMMON_SUBJECT = re.compile(
    r"(?:^|,\s+)(?:[Tt]he|[Aa]n?|[Hh]er|[Hh]is|[Tt]heir)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+$"
)
_GOVERNED = re.compile(r"\b(?:of|in|at|for|from|on|by|with)\s+(?:the\s+)?$")


# German puts the verb before the speaker after an adverb: "Dazu erklärt Jana Roe, Präsidentin:";
# Welsh always does: "Dywedodd y Rhingyll Jo Roe, o'r Uned …:" ("said the Sergeant …")
_GERMAN_INTRO_VERBS = (
    r"erklärt|erklärte|sagt|sagte|betont|betonte|ergänzt|ergänzte|unterstreicht|unterstrich|"
    r"bekräftigt|bekräftigte|meint|meinte|kommentiert|kommentierte|Dywedodd|Meddai"
)
VERB_FIRST = (
    r"(?:^|(?<=[.!?]\s))(?:(?:Dazu|Hierzu|Dabei|Zudem|Außerdem|Ferner|Weiter|Darüber\s+hinaus|"
    rf"Anschließend|Abschließend)\s+)?(?:{_GERMAN_INTRO_VERBS})\s+(?:der\s+|die\s+|yr?\s+)?"
    rf"(?P<who>{NAME_PHRASE}(?:,\s*[^:;“”„\"»«]{{2,120}})?)\s*:\s*$"
)
_VERB_FIRST = re.compile(VERB_FIRST)
# "Dazu sagte sie:": the pronoun after the verb, the person the sentence before was about
_VERB_FIRST_PRONOUN = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:Dazu|Hierzu|Dabei|Anschließend|Abschließend)\s+)?"
    rf"(?:{_GERMAN_INTRO_VERBS})\s+(?P<pron>sie|er)\s*:\s*$"
)


# "Jo Roe (FR/Renew Europe), Mayor of X, said": a member's party or group in brackets after the name
_PARTY_TAG = re.compile(
    r"(?<=[\w.])\s+\((?:[A-Z][\w./&, -]{0,30}|@\w{1,30}|(?:far\s+|second\s+from\s+)?"
    r"(?:center|centre|left|right|middle|pictured))\)(?=[,:]|\s+[a-z])"
)  # "… (@janeroe):", a handle, and "(center)", a photo's caption, are no part of the name


# "Dean X recognizes that “…”", "X believes that “…”": what the quotation marks hold is X's own
# way of putting the thought, credited like "X said that “…”"
_THINKS_THAT = re.compile(
    r"\b(?:recogni[sz]es|recogni[sz]ed|believes|believed|knows|knew|feels|felt|understands|"
    r"understood)(\s+that\s*)$"
)


# "As Corwin always says": a named person's habit of saying it is still their saying
_HABITUALLY = re.compile(
    r"(\b[A-Z][\w'’-]+)\s+(?:always|often|usually)\s+(?=(?:says|said|tells|reminds|puts)\b)"
)


def attribution_before(before: str) -> str | None:
    """The speaker phrase of "X said: “", "X, role, said “", "according to X, “", "X, role: “"."""
    before = _THINKS_THAT.sub(r"said\1", _PARTY_TAG.sub("", before))
    before = _HABITUALLY.sub(r"\1 ", before)  # "As Joe always says," (not "she often says")
    if source := named_source(before) or what_called(before):
        return source
    if body := body_introducing(before):
        return body
    if appositive := as_apposition(before):
        return appositive
    if spoke := spoke_about(before) or who_told(before):
        return spoke
    inverted = _VERB_FIRST.search(before)
    if inverted:
        return inverted.group("who")
    if pronoun := _VERB_FIRST_PRONOUN.search(before):
        return pronoun.group("pron")
    joint = _STATEMENT_OF_ANY.search(before)
    if joint and (joint.group("joint") or _SEVERAL.search(joint.group("who"))):
        return None  # "Joint Statement of Ardent, Baywell, and Corra:": no one person's words
    according = _ACCORDING.search(before)
    if according and according.group("office"):  # "According to county commissioner Jo Roe, …"
        return f"{according.group('who')}, {according.group('office')}"
    for m in (
        according,
        _STATEMENT.search(before),
        _WORDS_OF.search(before) or _OWN_WORDS.search(before),
    ):
        if m:
            return m.group("who")
    if quoted := _QUOTED_AS.search(before):
        return quoted.group("who")
    saying = _SAYING_OF.search(before)
    if saying and saying.group("who"):
        role, name = split_role_name(saying.group("who"))
        if name or (role and before.rstrip().endswith(":")):
            # "Roe’s message was", "The President’s message was simple: “…”", not "the
            # President’s response was to …"
            return saying.group("who")
    if saying and saying.group("pron"):  # "When told …, his favorite rejoinder was, “"
        return _SUBJECT_OF[saying.group("pron").lower()]
    for verb in reversed(list(re.finditer(rf"\b(?:{VERBS})\b", before))):
        if re.search(r"[“”\"]", before[verb.end() :]):
            break
        lead = _LEAD_APPOSITION.match(before[: verb.start()])
        if (
            lead
        ):  # "Diane Okonjo, a director of X, which …, said" / "Leader of the council, Cllr Y, said"
            first, second = lead.group("first"), lead.group("second")
            placed = _PLACE_AND_STATE.search(second)  # "a nurse in Las Piedras, New Mexico"
            if name_like(first) and (placed or not name_like(second.split(",")[-1])):
                return f"{first}, {second if placed else second.split(',')[0]}"
            if name_like(second):
                return f"{second}, {first}"
            placed_name = re.match(r"(.+?)\s+(?:of|from)\s+[A-Z]", second)
            described = re.match(r"(?:As\s+)?(?:[Oo]ne|An?|The|Our|Another|Her|His|Their)\s", first)
            if placed_name and described and name_like(placed_name.group(1)):
                return f"{placed_name.group(1)}, {_OPENERS.sub('', first)}"  # "One captain, Jo Roe of Kell, said"
            bare = re.sub(r"^(?:the\s+)?(?:late\s+)?", "", second)
            if re.match(r"(?:As\s+)?(?:my|our)\b", first) and name_like(bare):
                return bare  # "As my good friend, the late Senator Jane Roe, said"
            office = re.sub(r"^(?:As\s+)?[Tt]he\s+", "", first)
            if office != first and _office_only(office) and second[:1].islower():
                return office  # "The First Lady, a lifelong educator, has said": whoever holds it
        unnamed = _ANON_BEFORE_VERB.search(before[: verb.start()])
        if unnamed:
            return unnamed.group("who")
        if lower := _LOWER_TITLE_BEFORE_VERB.search(before[: verb.start()]):
            return lower.group("who").title()  # news style: "the president told reporters …"
        w = _WHO_BEFORE_VERB.search(before[: verb.start()])
        if w and not w.group("pron") and _GOVERNED.search(before[: w.start()]):
            w = None  # "a survivor of the Tulsa Flood courageously testified": no subject
        if w and " would " in f" {w.group(0)}" and _SUPPOSED.search(before[: w.start()]):
            w = None  # "how high must it go before the Mayor would say “…”?": no one said it
        if w:
            if w.group("pron"):
                return w.group("pron")
            who = _OPENERS.sub("", w.group("who"))  # "As the President said, …"
            role_of, named = split_role_name(w.group("role") or "")
            if role_of and named and len(named.split()) >= 2 and personal(named):
                return w.group("role")  # "the master of the schooner Kell, Captain Jo Roe, wrote"
            return f"{who}, {w.group('role')}" if w.group("role") else who
        s = _SUBJECT_AND.match(before[: verb.start()])
        if s and (subject := _and_subject(s)):
            return subject
        f = _FIRST_PERSON_VERB.search(before[: verb.start()])
        if f:
            return f.group("pron")
        if _COMMON_SUBJECT.search(before[: verb.start()]):
            break  # "…, the guidance counselor warned that …": an earlier verb is not this one's
    if saying and saying.group("pron_w"):  # "In her own words, “" (after a named subject's verb)
        return _SUBJECT_OF[saying.group("pron_w").lower()]
    if handed := handed_over(before):  # "X closed the meeting with a reminder: “"
        return handed
    return colon_speaker(before)


_TURN_LEAD = re.compile(r"^(?:Q\s+)?(?:(?:[Bb]ut|[Aa]nd|[Ss]o)\s+)?(?:[Tt]he\s+)?")  # "Q But the …"


# "— Name, Title" after a quote; "• Name, Title" is the same line when the text reader took its
# "- " for a list item.
DASH = re.compile(
    rf"^\s*(?:[—–-]{{1,2}}|•)\s*(?P<who>{NAME_PHRASE}(?:,\s*(?![A-Z][a-z]+ \d|\d)[^,.;\n“”\"]{{2,100}})*)"
    rf"(?:\s+\([A-Z][\w./&, -]{{0,30}}\))?\s*(?:[,.;)]|$)"  # "— Senator Jo Roe (D-Kell)": her party
)


def name_line(line: str) -> str | None:
    """A line under a quotation that is only its speaker, office first, with no dash: "Minister of
    Ports Jane Roe", "Chief Jo Roe of the Kell River First Nation" (Yukon's news releases)."""
    line = line.strip()
    if len(line.split()) > 12 or re.search(r"[.:;!?“”\"\d]|\b(?:" + VERBS + r")\b", line):
        return None
    if office_for(line):
        return line
    role, name = split_role_name(line)
    while role and name and len(name.split()) > 2 and not re.match(r"[A-Z]\.", name):
        first, name = name.split(" ", 1)  # "Minister of Public Works Jo Roe": the office's words
        role = f"{role} {first}"
    if not role or not name or len(name.split()) < 2 or not personal(name):
        return None
    if role.split()[0].lower() not in ROLE_WORDS or f"{role} {name}" != line:
        return None
    return f"{role}, {name}"


def _colon_intro(phrase: str) -> bool:
    """ "Jane Doe, Executive Director, Earthworks:" — a name (with role) introducing a quote."""
    head = phrase.split(",")[0]
    role, name = split_role_name(head)
    return bool(
        name and len(name.split()) >= 1 and (role or "," in phrase or len(name.split()) >= 2)
    )


# An introduction whose next paragraph is the speaker's words: "X said:", "the following statement:".
SPEECH_INTRO = re.compile(
    rf"(?:\b(?:{VERBS})|\bstatement(?:\s+[\w’'-]+){{0,4}}|\battribut(?:able|e|ed)\s+to\b.*"
    rf"|\b(?:Quotes?|Comments?)\b.*)\s*:\s*$|{VERB_FIRST}",
    re.IGNORECASE,
)
_LEADS = r"(?:(?:As|And|But|So|Then|When)\s+)?"
FIRST_PERSON = re.compile(rf"{_LEADS}(?:I|We)")
FIRST_PERSON_SINGULAR = re.compile(rf"{_LEADS}I")  # the "we" of remarks is a crowd


def explicit_speaker(text: str, start: int, end: int, people: People) -> Person | None:
    """The person a quoted span is attributed to by name in its own sentence (no pronouns).

    Used inside transcript turns, where a quotation is credited only when the turn says whose it is.
    """
    before = text[sentence_start(text, start) : start]
    phrase = attribution_before(before)
    if phrase is None:
        a = AFTER.match(text[end:])
        if a and not (a.group("pron") or a.group("pron_v")):
            phrase = a.group("who_v") or a.group("who")
    if not phrase or phrase.strip().lower() in {"he", "she", "i", "we", "they", "you"}:
        return None
    person = resolve(phrase, people, None)
    office, named = split_role_name(phrase)
    if person is not None and named is None:
        # "the President made clear": the holder the turn itself names, else the office alone,
        # never a president the briefing named an hour before
        surname = person.name.split()[-1] if person.name else ""
        if not (surname and re.search(rf"\b{re.escape(surname)}\b", text)):
            office = _TURN_LEAD.sub("", office or "") or person.role
            return Person("", office)
    return person
