"""What counts as a person's name: not an organisation's, a place's, a law's or a time of day,
and a speaker's name without the dateline or headline words run into it."""

from __future__ import annotations

import re
from functools import lru_cache

from pressreader.quotes.words import ADDRESSES, ROLE_WORDS, TITLE_GERUND_WORDS

_NOT_PERSONAL = {
    "and", "of", "for", "union", "council", "association", "department", "ministry", "office",
    "agency", "commission", "conference", "committee", "board", "federation", "party", "group",
    "company", "corporation", "institute", "university", "foundation", "society", "service",
    "authority", "bank", "fund", "programme", "program", "centre", "center", "court", "police",
    "economy", "affairs", "development", "industry", "energy", "health", "environment",
    "college", "school", "academy", "hospital", "trust", "alliance", "network", "club",
    "services", "division", "branch", "bureau", "directorate", "section", "squad", "team",
    "command", "taskforce", "tribe", "band", "nation", "nations", "states", "administration",
    # places, events and things a release names in capitals ("World War II", "the Bronze Star",
    # "Kerch Strait", "DC Pride Parade", "G2A Arena"), and peoples ("Japanese Americans")
    "war", "star", "strait", "parade", "arena", "stadium", "museum", "memorial", "monument", "county",
    "medal", "prize", "airport", "cathedral", "clubs", "olympics", "festival",
    "forces", "corps", "army", "navy",  # "our Armed Forces", "the Peace Corps"
    "clinic", "clinics", "library", "laboratory", "coalition", "project", "initiative",
    "campaign", "cooperative",  # "a nurse at Kell Clinic"
    "sheet", "readout",  # "FACT SHEET: …", a title's label
    "junction", "crossing", "harbor", "harbour", "springs", "falls", "creek", "valley", "heights",
    "township", "parish", "borough", "village", "island", "islands", "river", "beach", "city",
    "fort", "bluff", "bluffs", "cove", "hollow", "flats", "landing", "bend", "gulch", "canyon",
    "bayou", "prairie", "room",  # "Ravenna Bluff", "Fort Blevins", "BRIEFING ROOM"
    "framework", "agreement", "treaty", "accord", "compact", "convention", "protocol",
    "americans", "canadians", "australians", "europeans", "africans", "asians", "ukrainians",
    "democrats", "republicans",
    # the last words of portfolios ("Advisor for Cyber and Emerging Technology Jo Roe")
    "technology", "technologies", "security", "resources", "operations", "management",
    "communications", "policy", "planning", "relations", "outreach", "engagement", "strategy",
    "programs", "programmes", "initiatives", "partnerships", "intelligence", "infrastructure",
    "innovation", "science", "sciences", "research", "investigations", "enforcement", "compliance",
    # newspapers and firms ("The Kell Record", "Roe Mechanical"), and headline verbs run into a
    # name ("Secretary Says Apprenticeships Are …")
    "record", "times", "herald", "tribune", "journal", "gazette", "courier", "news", "mechanical",
    "industries", "manufacturing", "construction", "farms", "markets",
    "says", "said", "are", "is", "was", "were", "presents", "announces", "visits", "meets",
    "hosts", "launches", "welcomes", "celebrates", "travels", "delivers", "signs", "honors",
    "urges", "congratulates", "condemns", "commends", "unveils", "applauds",
}  # fmt: skip
# The states a U.S. release puts after a town ("Pine Mill, Georgia"), as a place's mark
US_STATES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "Puerto Rico",
    "D\\.C\\.",
)  # fmt: skip
_STATE_NAMES = frozenset(name for name in US_STATES if "\\" not in name)
# Letters after a name that are the person's own (degrees, post-nominals), no organisation's
# Academic degrees after a name ("Jo Roe MD MPH", "Ed Poe, Ph.D."), written with or without dots
ACADEMIC_DEGREES = ("MD", "RN", "DDS", "MPH", "JD", "PhD", "MSW", "MBA", "EdD")
_DEGREES = {
    *ACADEMIC_DEGREES, "DO", "MP", "TD", "MLA", "MPP", "MSP", "QC", "KC", "MEP",
    "MS", "AM", "OBE", "CBE", "MBE",  # a Member of the Senedd, an Assembly Member, an honour
    "II", "III", "IV",  # a generation ("Jo Roe III") is the person's own too
}  # fmt: skip


# German names of bodies end in these words ("Technische Hochschule Velmsdorf", "Bauernverband")
_GERMAN_BODIES = (
    "konferenz", "verband", "ministerium", "hochschule", "universität", "schule", "institut",
    "stiftung", "gesellschaft", "kammer", "behörde", "zentrum",
)  # fmt: skip


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_CAPITALS = re.compile(r"[A-Z]{4,}")  # a dateline's word, "WASHINGTON"


@lru_cache(maxsize=16384)
def personal(name: str) -> bool:
    """A person's name rather than portfolio words ("Oceans and Fisheries") or an organisation."""
    tokens = name.split()
    # "Jo Roe MS": letters after the name are the person's own, even where they spell a title
    words = [w.lower().strip(".") for k, w in enumerate(tokens) if not (k and w in _DEGREES)]
    acronym = _ACRONYM.fullmatch(tokens[-1]) and tokens[-1] not in _DEGREES
    if len(tokens) > 1 and acronym and not tokens[0].isupper():
        return False  # "Eastland CIB", "Harbour CID": a unit's acronym ends no person's name
    if name in _STATE_NAMES or tokens[-1] in {"Bill", "Act", "Airways", "Airlines"}:
        return False  # "South Carolina", "the GI Bill", "Prairie Hopper Airways": no one
    last = len(words) - 1  # "Loretta King": a surname that is also a title, after a given name
    return len(words) <= 4 and not any(
        w in _NOT_PERSONAL
        or (w in ROLE_WORDS and not (w == "king" and k == last > 0))
        or w.endswith(_GERMAN_BODIES)
        for k, w in enumerate(words)
    )


_FUNCTION_WORDS = {
    "i", "i’ll", "i'll", "i’m", "i'm", "you", "we", "they", "he", "she", "it", "q", "what",
    "before", "after", "at", "when", "while", "as", "if", "and", "but", "so", "then", "the", "this",
    "that", "in", "on", "to", "for", "with", "from", "by", "our", "my", "his", "her", "their",
    "no", "not", "every", "each", "some", "any", "all",
    "well", "oh", "yes", "yeah", "look", "thanks", "hey", "please",  # "Well, you know …: “…”"
    "dywedodd", "meddai",  # Welsh "said", before the speaker: no part of a name
    # German conjunctions and adverbs, before capitalised nouns ("Wenn Länder Züge …")
    "wenn", "dass", "weil", "aber", "auch", "nicht", "wie", "als", "doch", "nur",
}  # fmt: skip


_POST_NOMINALS = {
    "MP",
    "TD",
    "MLA",
    "MPP",
    "MSP",
    "MS",
    "AM",
    "QC",
    "KC",
    "MdB",
    "MEP",
    "OBE",
    "CBE",
    "MBE",
}


_GERMAN_ARTICLES = {"Die", "Der", "Das", "Den", "Dem", "Ein", "Eine", "Einer", "Eines", "Einem"}


_TITLE_GERUNDS = {word.lower() for word in TITLE_GERUND_WORDS}


# A headline's verb after its subject ("Governor Roe Signs …", "Secretary Roe Announces …")
_HEADLINE_VERBS = {
    "Announces", "Signs", "Awards", "Launches", "Unveils", "Welcomes", "Visits", "Celebrates",
    "Delivers", "Releases", "Issues", "Highlights", "Applauds", "Urges", "Travels", "Hosts",
    "Meets", "Approves", "Invests", "Commends", "Invites", "Praises", "Proposes", "Returns",
    "Opens", "Expands", "Appoints", "Names", "Joins", "Tours", "Condemns", "Honors", "Honours",
    "Congratulates", "Establishes", "Introduces", "Reaffirms", "Extends", "Convenes",
    "Pushes", "Takes", "Submits", "Discusses", "Outlines", "Touts", "Hails", "Thanks", "Speaks",
    "Nominates", "Selects", "Swears", "Designates",
}  # fmt: skip


# Last words of the names of places and laws, never of a speaker ("the Harbour Rescue Plan", "Kell
# Point", "the Toy Safety Regulation"); a programme, fund or network may speak as an institution.
_THING_ENDS = {
    "act", "plan", "scheme", "strategy", "regulation", "directive", "agreement", "treaty", "accord",
    "street", "road", "avenue", "point", "river", "square", "coast", "island", "islands", "valley",
    "creek", "recession", "week", "month", "lake", "bay", "harbour", "harbor", "library",
    "airport", "museum", "station", "region", "province", "guidance", "memo", "memorandum",
    "policy",
}  # fmt: skip


@lru_cache(maxsize=16384)
def before_headline_verb(phrase: str) -> str | None:
    """ "President Roe Announces Harbour Plan" (a title) → "President Roe"; None without a verb."""
    tokens = phrase.split()
    verb = next((k for k, t in enumerate(tokens) if k and t in _HEADLINE_VERBS), None)
    return " ".join(tokens[:verb]) if verb else None


def after_headline_verb(role: str) -> str:
    """ "President Roe Nominates Judge" (a title run into the office) → "Judge"."""
    tokens = role.split()
    verb = max((k for k, t in enumerate(tokens) if t in _HEADLINE_VERBS), default=-1)
    return " ".join(tokens[verb + 1 :]) if verb >= 0 else role


@lru_cache(maxsize=16384)
def tidy_name(name: str) -> str | None:
    """A speaker's name without a dateline before it or a next sentence's word after it.

    "WASHINGTON Daimler AG" → "Daimler AG", "Biden Before" → "Biden"; None when what is left is not
    a name ("Q You", "What I", "And", "COVID").
    """
    tokens = name.split()
    verb = next((k for k, t in enumerate(tokens) if k and t in _HEADLINE_VERBS), None)
    tokens = tokens[:verb] if verb else tokens  # "Secretary Roe Announces Grants": a headline's
    while len(tokens) > 1 and tokens[-1].rstrip(",").replace(".", "") in _POST_NOMINALS:
        tokens = tokens[:-1]  # "Conor Fahy TD", "Jane Doe MP": letters after the name, not the name
    while len(tokens) > 1 and _CAPITALS.fullmatch(tokens[0]) and not tokens[1].isupper():
        tokens = tokens[1:]  # a dateline run into the name
    while len(tokens) > 1 and (
        tokens[-1].lower() in _FUNCTION_WORDS or tokens[-1].lower() in _TITLE_GERUNDS
    ):
        tokens = tokens[:-1]  # "Statement by President Biden Marking …": a title's verb
    if not tokens or any(t.lower() in _FUNCTION_WORDS or t in _WEEKDAYS for t in tokens):
        return None  # "Last Thursday" is a day, no person
    if tokens[0] in _HEADLINE_VERBS:
        return None  # "Agriculture Secretary Travels to Kansas": a headline's verb, no name
    if len(tokens) > 1 and tokens[0] in _GERMAN_ARTICLES:
        return None  # "Die Gewerbesteuer": German capitalises its nouns, a name has no article
    if len(tokens) == 2 and tokens[0] == "New":
        return None  # "New Mexico", "New Jersey", "New Zealand": a place
    if tokens[-1].lower() in _THING_ENDS:
        return None  # "the Harbour Rescue Plan", "Kell Point": a programme's or a place's name
    if len(tokens) == 1 and _CAPITALS.fullmatch(tokens[0]):
        return None  # a lone acronym in capitals is a name only with a title
    if any(_TIME_TOKEN.fullmatch(t.rstrip(",")) for t in tokens):
        return None  # "P.M. CET": a time of day, run into by a capitalised word
    return " ".join(tokens)


_WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_TIME_TOKEN = re.compile(r"[AaPp]\.[Mm]\.|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST")


# Short forms of given names that are not a prefix of the long form ("Joe" is, "Bill" is not).
_SHORT_FORMS = {
    "bill": "william",
    "will": "william",
    "billy": "william",
    "bob": "robert",
    "bobby": "robert",
    "rob": "robert",
    "dick": "richard",
    "rick": "richard",
    "rich": "richard",
    "chuck": "charles",
    "charlie": "charles",
    "tom": "thomas",
    "tommy": "thomas",
    "jim": "james",
    "jimmy": "james",
    "mike": "michael",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "betsy": "elizabeth",
    "ted": "edward",
    "ned": "edward",
    "tony": "anthony",
    "jack": "john",
    "jerry": "gerald",
    "larry": "lawrence",
    "hank": "henry",
    "harry": "henry",
    "peggy": "margaret",
    "maggie": "margaret",
    "sue": "susan",
    "andy": "andrew",
    "sandy": "sandra",
    "patty": "patricia",
    "kate": "katherine",
    "katie": "katherine",
    "kathy": "katherine",
    "joe": "joseph",
    "tim": "timothy",
    "jen": "jennifer",
    "jenny": "jennifer",
    "antony": "anthony",
    "catherine": "katherine",
    "kathryn": "katherine",
}
# A name's generation ("Jo Roe Jr.", "Jo Roe III"): no part of the given or family name
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Short titles and forms of address before a surname ("DCI Roe", "Cr Roe", "Ms Roe")
_SHORT_TITLES = ADDRESSES | frozenset(
    "cr cllr mx st gov rep sen lt col gen sgt det insp supt hon rev fr".split()
)
_COMMON_NOUN = re.compile(
    r"(?:ment|tion|sion|ice|ity|ness|ance|ence|ics|ship|ure|ism|ing|ers|ial)$"
)


def _given(word: str) -> str:
    """A given name's long form, lower case: "Bill" → "william", "Antony" → "anthony"."""
    word = word.lower().strip(".")
    return _SHORT_FORMS.get(word, word)


def same_given_names(a: str, b: str) -> bool:
    """Whether two full names with one surname can be one person: "Joe Biden" and "Joseph R.
    Biden", "Bravo Fernandez" and "Juan Bravo Fernandez", but not "Jill Biden" and "Joe Biden"
    (nor "North Korea" and "South Korea")."""
    aw = [w.lower().strip(".,") for w in a.split() if w.lower().strip(".,") not in NAME_SUFFIXES]
    bw = [w.lower().strip(".,") for w in b.split() if w.lower().strip(".,") not in NAME_SUFFIXES]
    if len(aw) < 2 or len(bw) < 2:
        return True
    if aw == bw[-len(aw) :] or bw == aw[-len(bw) :]:
        return True  # one is the other's tail: a double surname, an "AKA" before it
    first_a, first_b = aw[0], bw[0]
    title_like = any(
        w.isupper() or w.lower().rstrip(".") in _SHORT_TITLES for w in (a.split()[0], b.split()[0])
    )
    if a.isupper() or title_like or _COMMON_NOUN.search(first_a) or _COMMON_NOUN.search(first_b):
        return True  # a transcript's label ("MINISTESR KOFOD"), a short title ("DCI Roe", "Cr
        # Roe"), an office's last word ("Enforcement Roe" of "… Export Enforcement Jo Roe"):
        # no given name to compare
    if len(first_a) == 1 or len(first_b) == 1:  # "J. Roe" and "Jane Roe"
        return first_a[0] == first_b[0]
    long_a, long_b = _given(first_a), _given(first_b)
    return long_a == long_b or long_a.startswith(long_b) or long_b.startswith(long_a)
