"""Word tables for the figures parser: qualifiers, scales, currencies, and the words that mark a
number as a date, a time, an age, a citation or a name rather than a quantity."""

from __future__ import annotations


def _list(text: str) -> list[str]:
    return text.split()


def _words(text: str) -> frozenset[str]:
    return frozenset(_list(text))


# Languages that write 9,5 for nine and a half and 16.000 for sixteen thousand.
COMMA_DECIMAL_LANGS = _words(
    "de fr es it nl pt pl da sv nb nn no fi cs sk sl hr sr ro hu el tr ru uk bg lt lv et id vi"
)

# Qualifier as written (lower case) → canonical form.
QUALIFIERS: dict[str, str] = {
    "more than": "more than",
    "over": "over",
    "well over": "well over",
    "just over": "just over",
    "above": "above",
    "in excess of": "more than",
    "nearly": "nearly",
    "almost": "almost",
    "close to": "nearly",
    "up to": "up to",
    "at least": "at least",
    "at most": "at most",
    "no more than": "at most",
    "less than": "less than",
    "fewer than": "less than",
    "under": "under",
    "just under": "just under",
    "below": "under",
    "about": "about",
    "around": "around",
    "roughly": "approximately",
    "some": "about",
    "approximately": "approximately",
    "approx.": "approximately",
    "approx": "approximately",
    "appr.": "approximately",
    "ca.": "approximately",
    "circa": "approximately",
    "an estimated": "approximately",
    "estimated": "approximately",
    "exactly": "exactly",
    "plus": "plus",
    "minus": "minus",
    "up": "up",
    "down": "down",
    "mehr als": "more than",
    "über": "over",
    "rund": "approximately",
    "etwa": "approximately",
    "knapp": "nearly",
    "fast": "almost",
    "bis zu": "up to",
    "mindestens": "at least",
    "weniger als": "less than",
    "environ": "approximately",
    "plus de": "more than",
    "près de": "nearly",
    "moins de": "less than",
}
# Qualifiers that make the value negative; "up"/"down" qualify only changes (percent, money).
NEGATIVE_QUALIFIERS = _words("minus down")
CHANGE_ONLY_QUALIFIERS = _words("up down")

SCALES: dict[str, float] = {
    "thousand": 1e3,
    "k": 1e3,
    "tsd.": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mn": 1e6,
    "mio.": 1e6,
    "mio": 1e6,
    "m": 1e6,
    "millionen": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "mrd.": 1e9,
    "mrd": 1e9,
    "milliarden": 1e9,
    "milliard": 1e9,
    "milliards": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
# Currency written before the number → ISO code.
CURRENCY_PREFIXES: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "u.s.$": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "nz$": "NZD",
    "hk$": "HKD",
    "s$": "SGD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
}
CURRENCY_CODES = _words("EUR USD GBP AUD CAD NZD CHF JPY CNY HKD SGD INR SEK NOK DKK")
# Currency written after the number (lower case) → ISO code. "pounds" alone is a weight.
CURRENCY_WORDS: dict[str, str] = {
    "euro": "EUR",
    "euros": "EUR",
    "d'euros": "EUR",
    "d’euros": "EUR",
    "dollars": "USD",
    "dollar": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "us-dollar": "USD",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "new zealand dollars": "NZD",
    "pounds sterling": "GBP",
    "swiss francs": "CHF",
    "yen": "JPY",
    # French: "2,4 millions de dollars", "5 millions de francs"; a symbol after the number, as
    # French and German write it: "3 850 000 $", "16.000 €"
    "de dollars": "USD",
    "dollars canadiens": "CAD",
    "de dollars canadiens": "CAD",
    "francs": "CHF",
    "de francs": "CHF",
    "francs suisses": "CHF",
    "de francs suisses": "CHF",
    "de livres sterling": "GBP",
    "franken": "CHF",  # German: "340 Millionen Franken"
    "schweizer franken": "CHF",
    "€": "EUR",
    "$": "USD",
    "£": "GBP",
} | {code.lower(): code for code in CURRENCY_CODES}

PERCENT_WORDS = ("percent", "per cent", "prozent", "pour cent", "%")
POINT_WORDS = ("percentage points", "percentage point", "prozentpunkte", "points de pourcentage")
FRACTIONS: dict[str, float] = {
    "half": 0.5,
    "one-half": 0.5,
    "one-third": 1 / 3,
    "a third": 1 / 3,
    "two-thirds": 2 / 3,
    "two thirds": 2 / 3,
    "one-quarter": 0.25,
    "a quarter": 0.25,
    "three-quarters": 0.75,
    "three quarters": 0.75,
}
_UNITS = _list(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen"""
)
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
TENS |= {"eighty": 80, "ninety": 90}
NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(_UNITS)} | TENS
NUMBER_WORDS |= {"hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12}
DIGIT_WORDS = _UNITS[1:10]

MONTHS = _words(
    """jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july
    august september october november december januar februar märz juni juli oktober dezember
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre"""
)
# Words after a number that make it a time of day.
TIME_WORDS = r"a\.m\.?|p\.m\.?|am|pm|o['’]clock|uhr|hrs|edt|est|cdt|cst|pdt|pst|gmt|utc|cet|cest"
# Glued to a number, these are units of measure ("10km"); any other glued letters make a name,
# an ordinal or a decade ("5th", "1990s", "5G").
GLUED_UNITS = _words(
    """km kg mg g t m2 km2 m² km² ha mph kph kmh mm cm ft mi l ml mw gw kw kwh mwh gwh twh lb lbs
    oz °c °f bbl"""
)
# Words before a number that name a thing by its number: "Section 232", "page 4", "No. 12".
DESIGNATORS = _words(
    """section sections sec. § §§ title article art. chapter rule part paragraph para. page pages
    p. pp. no. nos. number version v. vol. volume docket case count item exhibit schedule form
    amendment resolution region district route highway interstate exit suite room floor box
    flight gate platform phase level tier stage grade class category type model week day round
    episode season line figure fig. table annex appendix clause subsection precinct ward zone
    lot pier apt. apartment"""
)
# Words after a number that make it a legal citation: "18 U.S.C. 1001", "550 U.S. 544".
CITATION_AFTER = r"U\.?S\.?C\b|C\.?F\.?R\b|F\.\s?\d+d\b|F\.\s?Supp|Stat\.|Fed\.\s?Reg|et\s+seq|U\.S\.\s+\d|S\.\s?Ct\b"
STREET_WORDS = (
    r"Street|St\.|Avenue|Ave\.?|Road|Rd\.|Boulevard|Blvd\.?|Drive|Dr\.|Lane|Ln\.|Way|Place|Pl\.|"
    r"Court|Ct\.|Square|Parkway|Pkwy\.?|Plaza|Terrace|Circle|Straße|Strasse|Platz|rue|avenue"
)
# Words that neither start nor continue a counted noun phrase (verbs, pronouns, prepositions).
STOP_WORDS = _words(
    """of in versus vs was were is are be been being has have had will would can could may might must shall
    should do does did and or but nor that which who whom whose what when where while whether if
    than as so because although though unless until since to for on at by with from into onto
    upon over under between among against during before after within without through throughout
    across along around about above below behind beyond toward towards via per this that these
    those it its they them their there here he him his she her we us our you your i me my a an
    the not no more less fewer most least only just also even still yet already ago each every
    all both some any many much another such own same than too very again then now today said
    says say took made gave went came got saw paid lost died left fell rose held won brought
    told found kept met ran spent built became began fled led sold stole bought caught heard
    felt put set cut hit let shot struck wrote include includes including remain remains der die
    das und oder ist sind war waren wurde wurden hat haben mit von für auf im am zu nach seit
    bei aus um als wie le la les et est sont des du de au aux pour dans sur avec par qui que"""
)
# Capitalised words that may stand before a number without naming it ("Nearly 300 ...").
OPENING_WORDS = (
    STOP_WORDS
    | frozenset(q.split()[-1] for q in QUALIFIERS)
    | _words(
        """another total overall estimated roughly approximately nearly almost around some over
        insgesamt rund etwa knapp mehr mindestens weniger bis ein eine einer environ près plus moins
        monday tuesday wednesday thursday friday saturday sunday meanwhile additionally overall
        combined altogether together"""
    )
)
# Nouns of time: "five years" is a measure, but spelled out in prose it is rarely a statistic.
TIME_NOUNS = _words(
    """second seconds minute minutes hour hours day days night nights week weeks month months year
    years decade decades century centuries times time ways things"""
)
# Spelled out, these count a speaker's points rather than anything in the world ("two questions").
DISCOURSE_NOUNS = _words(
    """questions things parts pieces points options ways issues topics reasons words challenges
    priorities pillars goals steps sides areas aspects elements examples ideas thoughts comments
    answers messages lessons principles categories kinds types sorts announcements remarks
    friends"""
)
# Plurals that do not end in -s.
IRREGULAR_PLURALS = _words(
    """men women people children police staff personnel aircraft sheep fish cattle crew feet teeth
    geese mice livestock militia clergy offspring deer"""
)
AGE_BEFORE = r"\b(?:aged|ages?|ages of|age of|im alter von|âgés? de)\s+"
AGE_AFTER = r"[-\s]?(?:years?[-\s]old|year-olds?|jährige[rn]?|-jährige[rn]?|ans\b)"

LANG_STOP_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "is",
            "that",
            "for",
            "with",
            "was",
            "were",
            "on",
            "said",
            "this",
            "from",
            "by",
            "are",
            "have",
            "has",
            "will",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "nicht",
            "mit",
            "von",
            "den",
            "für",
            "auf",
            "dem",
            "ein",
            "eine",
            "wurde",
            "wurden",
            "sich",
            "auch",
            "zu",
            "im",
            "des",
            "werden",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "et",
            "est",
            "des",
            "du",
            "une",
            "un",
            "pour",
            "dans",
            "que",
            "qui",
            "sur",
            "avec",
            "pas",
            "au",
            "aux",
            "sont",
            "ont",
            "été",
        ]
    ),
}
