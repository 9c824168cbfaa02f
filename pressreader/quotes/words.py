"""The vocabulary of attribution: quotation marks, speech verbs, role words and name shapes."""

from __future__ import annotations

import re
from functools import lru_cache

from pressreader.tokens import word_runs

# Opening mark → the marks that may close it.
PAIRS = {"“": '”"', '"': '"”', "„": "“”", "«": "»", "»": "«", "‘": "’", "‚": "‘’"}
CLOSERS = "”\"“»«’‘'"
VERBS = (
    r"said|says|say|tell|stated|states|added|adds|noted|notes|explained|explains|emphasi[sz]ed|"
    r"emphasi[sz]es|stressed|stresses|declared|declares|remarked|told|tells|warned|warns|continued|"
    r"commented|announced|concluded|wrote|writes|observed|insisted|asserted|argued|acknowledged|"
    r"recalled|underlined|underscored|highlighted|pointed out|went on|agreed|affirmed|reaffirmed|"
    r"urged|called|pledged|reiterated|attested|preached|predicted|reported|summed up|put it|"
    r"asked|replied|responded|answered|tweeted|posted|vowed|promised|praised|welcomed|"
    r"confirmed|explained|cautioned|lamented|observed|described|remind|reminds|reminded|testified|"
    r"reflected|recounted|mused|quipped|joked|made\s+clear|been\s+clear|"
    r"sagte|sagt|erklärte|erklärt|betonte|betont|begrüßte|begrüßt|ergänzte|unterstrich|"
    r"nannte|nennt|sprach\s+von|spricht\s+von|bezeichnete|bezeichnet|"
    r"bekräftigte|bekräftigt|versicherte|versichert|"
    r"déclaré|déclare|souligné|ajouté|affirmé|salué|estimé|rappelé|indiqué|expliqué|précisé|insisté|"
    # French present tense after a quotation: "», indique le porte-parole X", "», souligne-t-elle"
    r"indique|souligne|ajoute|affirme|explique|précise|rappelle|estime|insiste|poursuit|conclut"
)
_VERB_RE = re.compile(rf"\b(?:{VERBS})\b")
# A title's verb after its author: "Statement by President X Marking …", "Remarks by Y Providing …"
TITLE_GERUND_WORDS = (
    "Marking", "Thanking", "Commemorating", "Celebrating", "Recognizing", "Recognising", "Honoring",
    "Honouring", "Welcoming", "Condemning", "Announcing", "Congratulating", "Calling", "Providing",
    "Extending", "Urging", "Highlighting", "Launching", "Discussing", "Delivering", "Expressing",
    "Applauding", "Reaffirming", "Supporting",
)  # fmt: skip
TITLE_GERUNDS = "marking|" + "|".join(TITLE_GERUND_WORDS)  # "Statement by X marking …" too
# Forms of address before a name, which are no office: "Dr. Jo Roe", "Ms Roe"
ADDRESSES = {"dr", "mr", "mrs", "ms", "prof", "sir", "dame"}
# Lower-case particles inside names ("van", "bin").
PARTICLES = set(
    [
        "al",
        "bin",
        "da",
        "de",
        "del",
        "den",
        "der",
        "di",
        "du",
        "el",
        "ibn",
        "la",
        "le",
        "van",
        "von",
    ]
)
CONNECTORS = {"of", "the", "for", "to", "and", "on", "in"} | PARTICLES
# Words that make up roles and titles rather than names.
ROLE_WORDS = set(
    [
        "acting",
        "administrator",
        "admiral",
        "adviser",
        "advisor",
        "affairs",
        "agency",
        "agent",
        "alderman",
        "ambassador",
        "assistant",
        "associate",
        "attorney",
        "board",
        "bundeskanzler",
        "bundeskanzlerin",
        "bundesminister",
        "bundesministerin",
        "bureau",
        "bürgermeister",
        "bürgermeisterin",
        "captain",
        "central",
        "ceo",
        "chair",
        "chairman",
        "chairperson",
        "chairwoman",
        "chancellor",
        "charge",
        "chief",
        "chief-executive",
        "climate",
        "cllr",
        "colonel",
        "commander",
        "commissaire",
        "commissioner",
        "congressman",
        "congresswoman",
        "constable",
        "coordinator",
        "council",
        "councillor",
        "councilman",
        "councilwoman",
        "counsel",
        "court",
        "cyber",
        "defence",
        "defense",
        "department",
        "deputy",
        "deputy-director",
        "detective",
        "development",
        "director",
        "district",
        "division",
        "dr",
        "eastern",
        "envoy",
        "expert",
        "eu",
        "european",
        "excellency",
        "executive",
        "federal",
        "federal-state",
        "first",
        "foreign",
        "founder",
        "general",
        "general's",
        "gov",
        "governor",
        "head",
        "health",
        "high",
        "homeland",
        "honorable",
        "honourable",
        "house",
        "inspector",
        "interior",
        "international",
        "judge",
        "justice",
        "king",
        "lady",
        "late",
        "leader",
        "lieutenant",
        "majority",
        "manager",
        "master",
        "mayor",
        "member",
        "middle",
        "minister",
        "ministerin",
        "ministers",
        "ministre",
        "ministry",
        "minority",
        "mr",
        "mrs",
        "ms",
        "national",
        "northern",
        "office",
        "officer",
        "parliament",
        "parliamentary",
        "police",
        "premier",
        "postmaster",
        "president",
        "presidential",
        "press",
        "prime",
        "prince",
        "principal",
        "prof",
        "professor",
        "prosecutor",
        "präsident",
        "präsidentin",
        "public",
        "queen",
        "rapporteur",
        "regional",
        "rep",
        "representative",
        "secretary",
        "secretary-general",
        "security",
        "sen",
        "senator",
        "senior",
        "sergeant",
        # ranks as police and armed forces abbreviate them before a name ("Cpl. Jo Roe")
        "sgt", "cpl", "cst", "const", "insp", "supt", "det", "cdr", "maj", "pte", "capt", "lt",
        "sheriff",
        "southern",
        "speaker",
        "special",
        "spokesman",
        "spokesperson",
        "spokesperson's",
        "spokeswoman",
        "sprecher",
        "sprecherin",
        "taoiseach",
        "tánaiste",
        "senatorin",
        "staatssekretär",
        "staatssekretärin",
        "state",
        "states",
        "superintendent",
        "supreme",
        "teacher",
        "trade",
        "treasurer",
        "treasury",
        "u.k.",
        "u.s.",
        "uk",
        "un",
        "under",
        "undersecretary",
        "united",
        "us",
        "vice",
        "western",
        "white",
    ]
) | {  # German offices (a city's, a ministry's, a company's), masculine and feminine
    "kämmerer", "kämmerin", "oberbürgermeister", "oberbürgermeisterin", "stadtrat", "stadträtin",
    "dezernent", "dezernentin", "landrat", "landrätin", "pressesprecher", "pressesprecherin",
    "polizeipräsident", "polizeipräsidentin", "leiter", "leiterin", "vorsitzende", "vorsitzender",
    "geschäftsführer", "geschäftsführerin", "direktor", "direktorin",
    # Welsh ranks and offices: sergeant, inspector, constable, minister, chair, commissioner
    "rhingyll", "arolygydd", "cwnstabl", "gweinidog", "cadeirydd", "comisiynydd",
    # who runs a business or a show, written as a title ("Owner Jo Roe said", "Host Jo Roe asked")
    "owner", "co-owner", "co-founder", "host", "nurse", "pastor", "rabbi", "imam", "bishop",
    "gentleman",  # "Second Gentleman Jo Roe", the Vice President's husband
}  # fmt: skip
# Relatives by the gender the word gives ("her son, Ed Roe" is a man; "his grandmother … she
# used to tell him" is that woman): one table for learning, gender and unnamed speakers
KIN_GENDER = {
    **dict.fromkeys(
        "grandmother mother mom grandma sister daughter granddaughter wife aunt niece widow".split(),
        "f",
    ),
    **dict.fromkeys(
        "grandfather father dad grandpa brother son grandson husband uncle nephew widower".split(),
        "m",
    ),
}


def kin_words(gender: str | None = None) -> str:
    """The relatives' words of KIN_GENDER (of one gender, if given) as a regular-expression
    alternation, longest first ("grandson" before "son")."""
    words = [word for word, sex in KIN_GENDER.items() if gender in (None, sex)]
    return "|".join(sorted(words, key=len, reverse=True))


ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|St|Jr|Sr|No|Nos|Inc|Ltd|Co|Corp|"
    r"approx|ca|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ave|Dept|Gov't)|"
    r"\b[A-Z]|(?:[A-Z]\.){1,3}[A-Z])\.$"
)
# The words of an office, not its connectors (made once: a set difference per test costs 1 µs)
OFFICE_WORDS = frozenset(ROLE_WORDS - CONNECTORS)
TOKEN = (
    r"(?:(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|Jr|Sr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Cpl|Cst|Const|Insp|Supt|Det|Cllr|Cdr|Maj|Pte)\.|"
    r"[A-Z]\.(?=\s+[A-Z])|[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠŽČŘĐ][\w’'\-/]*|(?:then|ex)-[A-Z][\w’'\-/]*)"  # "then-Senator"
)
# The first letter of every TOKEN: put before a pattern as a lookahead, it lets `re` skip ahead
# to the candidates instead of trying the whole pattern at every position (twice as fast a scan)
TOKEN_START = "(?=[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠŽČŘĐte])"
# "Ambassador to Kell", "Special Envoy to the Sahel", "Assistant to the President": a title's "to"
# (not "welcomed Jo Roe to the White House")
_TITLE_TO = (
    r"(?:(?<=Ambassador\s)|(?<=Envoy\s)|(?<=Representative\s)|(?<=Adviser\s)|(?<=Advisor\s)|"
    r"(?<=Assistant\s)|(?<=Counselor\s))to"
)
_CONNECT = (
    rf"(?:of|the|for|{_TITLE_TO}|and|on|in|de|da|van|von|der|den|del|di|du|la|le|bin|al|el|ibn)"
)
# A name, possibly preceded by a role: capitalised words joined by of/the/for/and, ending capitalised
# (or a union's "Local 88", an agency's "Region 5", a body's "American Bridge 21st Century").
NAME_PHRASE = rf"{TOKEN}(?:[ \-]+(?:(?:Local|Region)\s\d+\b|\d{{1,3}}(?:st|nd|rd|th)(?=[ \-]+[A-Z])|{TOKEN}|{_CONNECT}(?=(?:[ \-]+{_CONNECT})*[ \-]+[A-Z])))*"

# An office in lower case between a body and a person's name, as U.S., Canadian and New Zealand
# releases write it: "Wildland Fire Management director Jo Roe", "Port of Kell chief executive Jo Roe"
LOWER_OFFICE = (
    r"(?:(?:deputy|acting|interim|general|senior|executive|managing|assistant|associate)\s+)?"
    r"(?:chief\s+executive(?:\s+officer)?|chief\s+operating\s+officer|director|manager|"
    r"chair(?:man|woman|person)?|president|spokes(?:person|woman|man)|chief|engineer|"
    r"coordinator|officer|founder|co-founder|owner|principal|superintendent|commissioner)"
)
ROLED_NAME = rf"{NAME_PHRASE}\s+{LOWER_OFFICE}\s+{NAME_PHRASE}"

# A speaker known only by office and country or body, as UN meetings coverage writes them: "the
# representative of Tarsin", "the delegate of the Republic of Norland", "a spokesperson for X".
ANON_ROLE = (
    r"(?:(?:[Pp]ermanent\s+)?(?:[Rr]epresentative|[Dd]elegate|[Ss]pokesperson|[Ss]pokesman|"
    r"[Ss]pokeswoman|[Oo]bserver)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:of|and|the)\s+)*[A-Z][\w'’-]*)*|(?:city\s+|county\s+|district\s+)?"
    r"(?:council|police|force|government|ministry|department|trust|board|service|company)\b)"
    # "a police spokesperson", "a council spokesman": an office with no name after it
    r"|(?:(?<=[Aa]\s)|^)(?:[A-Za-z][\w'’-]*\s+){1,2}spokes(?:person|man|woman)\b(?!,?\s+[A-Z]))"
)

# A word of someone speaking for themselves: a statement's own words ("Today I want to …")
FIRST_PERSON_WORD = re.compile(r"\b(?:I|I’m|I'm|I’ve|I've|we|We|our|Our|us|my|My|me)\b")


# "Quote attributable to X", "Comments from X", "Please attribute to X": a line that introduces
# the quotation under it (with or without its colon), never a heading.
ATTRIBUTION_LINE = re.compile(
    r"^(?:(?:Quotes?|Comments?|Remarks)\s+(?:attributable\s+to|from|by)|(?:Please\s+)?[Aa]ttribute\s+(?:the\s+following\s+(?:statement|quote)\s+)?to|Attributable\s+to)\s+\S"
)


def cased(*words: str) -> frozenset[str]:
    """Each word as written in running text and at a sentence's start ("her", "Her"): the keys
    of a quick test over `word_set`, for patterns that spell both."""
    return frozenset(form for word in words for form in (word, word.capitalize()))


# The possessives before a relative ("her son, Ed Roe", "his classmate Theo")
POSSESSIVES = cased("his", "her", "their")


@lru_cache(maxsize=256)
def word_set(text: str) -> frozenset[str]:
    """A paragraph's words (runs of word characters), made once for the quick tests that ask
    whether a pattern's whole words are there before it scans (a release's paragraphs fit)."""
    return frozenset(word_runs(text))


def word_at(text: str, word: str, start: int = 0, last: bool = False) -> int:
    """Where `word` stands as a whole word in `text` (first from `start`, or last), or -1:
    "North" is not in "Northvale" (plain string search: a pattern per surname costs more)."""
    found, at, size = -1, text.find(word, start), len(word)
    while at >= 0:
        before, after = text[at - 1 : at] if at else "", text[at + size : at + size + 1]
        if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
            if not last:
                return at
            found = at
        at = text.find(word, at + 1)
    return found
