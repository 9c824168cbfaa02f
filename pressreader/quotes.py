"""Find direct quotes in a release's paragraphs and attribute them to speakers with their roles.

The extractor reads the whole release, so a speaker introduced once in full ("Federal Minister of
the Interior Nancy Faeser") is recognised later by surname ("Federal Minister Faeser"), by title or by
pronoun, and keeps the role given at the first mention. Only words inside quotation marks are quotes;
indirect speech ("…, the minister said.") is reported separately by `reported_speech`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Opening mark → the marks that may close it.
PAIRS = {"“": '”"', '"': '"”', "„": "“”", "«": "»", "»": "«", "‘": "’", "‚": "‘’"}
CLOSERS = '”"“»«’‘'
VERBS = (
    r"said|says|say|stated|states|added|adds|noted|notes|explained|explains|emphasi[sz]ed|"
    r"emphasi[sz]es|stressed|stresses|declared|declares|remarked|told|tells|warned|warns|continued|"
    r"commented|announced|concluded|wrote|writes|observed|insisted|asserted|argued|acknowledged|"
    r"recalled|underlined|underscored|highlighted|pointed out|went on|agreed|affirmed|reaffirmed|"
    r"urged|called|pledged|reiterated|attested|preached|predicted|reported|summed up|put it|"
    r"asked|replied|responded|answered|tweeted|posted|vowed|promised|praised|welcomed|"
    r"confirmed|explained|cautioned|lamented|observed|described|"
    r"sagte|sagt|erklärte|erklärt|betonte|betont|begrüßte|begrüßt|ergänzte|unterstrich|"
    r"déclaré|déclare|souligné|ajouté|affirmé"
)
_VERB_RE = re.compile(rf"\b(?:{VERBS})\b")
PARTICLES = {
    "de",
    "da",
    "van",
    "von",
    "der",
    "den",
    "del",
    "di",
    "du",
    "la",
    "le",
    "bin",
    "al",
    "el",
    "ibn",
}
CONNECTORS = {"of", "the", "for", "and", "on", "in"} | PARTICLES
# Words that make up roles and titles rather than names.
ROLE_WORDS = set(
    [
        "minister",
        "ministers",
        "secretary",
        "attorney",
        "general",
        "president",
        "vice",
        "prime",
        "director",
        "deputy",
        "assistant",
        "acting",
        "associate",
        "chief",
        "commissioner",
        "ambassador",
        "governor",
        "mayor",
        "senator",
        "representative",
        "rep",
        "sen",
        "gov",
        "prosecutor",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
        "head",
        "administrator",
        "special",
        "agent",
        "charge",
        "counsel",
        "judge",
        "justice",
        "officer",
        "state",
        "federal",
        "interior",
        "foreign",
        "affairs",
        "defense",
        "defence",
        "homeland",
        "security",
        "health",
        "treasury",
        "united",
        "states",
        "u.s.",
        "us",
        "u.k.",
        "uk",
        "eu",
        "un",
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "professor",
        "king",
        "queen",
        "prince",
        "commander",
        "colonel",
        "lieutenant",
        "sergeant",
        "captain",
        "admiral",
        "inspector",
        "superintendent",
        "member",
        "congressman",
        "congresswoman",
        "leader",
        "majority",
        "minority",
        "speaker",
        "press",
        "envoy",
        "coordinator",
        "advisor",
        "adviser",
        "national",
        "department",
        "office",
        "bureau",
        "division",
        "council",
        "board",
        "agency",
        "ministry",
        "district",
        "eastern",
        "western",
        "northern",
        "southern",
        "central",
        "middle",
        "secretary-general",
        "undersecretary",
        "under",
        "ceo",
        "founder",
        "executive",
        "manager",
        "senior",
        "principal",
        "police",
        "sheriff",
        "first",
        "lady",
        "late",
        "excellency",
        "honorable",
        "honourable",
        "high",
        "representative",
        "chancellor",
        "commissioner",
        "deputy-director",
        "presidential",
        "climate",
        "cyber",
        "trade",
        "development",
        "international",
        "european",
        "parliamentary",
        "parliament",
        "public",
        "supreme",
        "court",
        "chief-executive",
        "general's",
        "regional",
        "federal-state",
        "spokesperson's",
        "white",
        "house",
        "councillor",
        "cllr",
        "councilman",
        "councilwoman",
        "alderman",
        "detective",
        "constable",
        "treasurer",
        "premier",
        "bundesminister",
        "bundesministerin",
        "ministerin",
        "staatssekretär",
        "staatssekretärin",
        "präsident",
        "präsidentin",
        "bürgermeister",
        "bürgermeisterin",
        "bundeskanzler",
        "bundeskanzlerin",
        "sprecher",
        "sprecherin",
        "ministre",
        "commissaire",
    ]
)
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|St|Jr|Sr|No|Nos|Inc|Ltd|Co|Corp|"
    r"approx|ca|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ave|Dept|Gov't)|"
    r"\b[A-Z]|(?:[A-Z]\.){1,3}[A-Z])\.$"
)
_TOKEN = (
    r"(?:(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|Jr|Sr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt)\.|"
    r"[A-Z]\.(?=\s+[A-Z])|[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠŽČŘĐ][\w’'\-/]*)"
)
_CONNECT = r"(?:of|the|for|and|on|in|de|da|van|von|der|den|del|di|du|la|le|bin|al|el|ibn)"
# A name, possibly preceded by a role: capitalised words joined by of/the/for/and, ending capitalised.
NAME_PHRASE = rf"{_TOKEN}(?:[ \-]+(?:{_TOKEN}|{_CONNECT}(?=(?:[ \-]+{_CONNECT})*[ \-]+[A-Z])))*"


@dataclass(frozen=True, slots=True)
class FoundQuote:
    """A quote: the words, who said them, and the spans (paragraph, start, end) of its words.

    A span covers the quoted words inside the marks; a quote split by its attribution has two.
    """

    text: str
    speaker: str | None
    role: str | None
    spans: tuple[tuple[int, int, int], ...]

    @property
    def paragraph(self) -> int:
        return self.spans[0][0]

    def extended(self, words: str, span: tuple[int, int, int]) -> FoundQuote:
        """The same quote continued by more words (split by attribution, or over paragraphs)."""
        return FoundQuote(_join(self.text, words), self.speaker, self.role, (*self.spans, span))


@dataclass
class Person:
    """Someone the release names, with the role given when they were introduced."""

    name: str
    role: str | None = None


@dataclass
class People:
    """The people of one release, so later short references resolve to the full name."""

    known: list[Person] = field(default_factory=list)
    last: Person | None = None
    # Paragraphs that end by introducing a speaker ("Minister X said:"), by index.
    introduced: dict[int, Person] = field(default_factory=dict)

    def find(self, name: str) -> Person | None:
        """A known person by full name, or by surname when only one person has it."""
        key = name.lower()
        for person in self.known:
            if person.name.lower() == key:
                return person
        surname = surname_of(name).lower()
        matches = [p for p in self.known if surname_of(p.name).lower() == surname]
        if not matches and " " not in name:  # "John once said": a first name alone
            matches = [p for p in self.known if p.name.split()[0].lower() == key and " " in p.name]
        return matches[0] if len({p.name for p in matches}) == 1 else None

    def add(self, name: str, role: str | None) -> Person:
        """Register (or update) a person and make them the last one mentioned."""
        name = tidy_name(name) or name
        person = self.find(name)
        if person is None:
            person = Person(name, role)
            self.known.append(person)
        else:
            if len(name.split()) > len(person.name.split()):
                person.name = name
            if role and (not person.role or len(role) > len(person.role)):
                person.role = role
        self.last = person
        return person


def surname_of(name: str) -> str:
    """The last word of a name, ignoring Jr./Sr./III."""
    parts = [
        p
        for p in name.replace(",", " ").split()
        if p.lower().rstrip(".") not in {"jr", "sr", "ii", "iii"}
    ]
    return parts[-1] if parts else name


_LEADING_WORDS = re.compile(
    r"^(?:(?:As|When|While|If|And|But|So|Then|Today|Yesterday|Here|In|On|At|Also|Meanwhile|"
    r"Jointly|Finally|Indeed|Later|Earlier|Now|This|That|These|Those|Our|[Tt]he|[Aa]n?|[Ff]ormer|"
    r"[Ll]ate)\s+)+"
)


def split_role_name(phrase: str) -> tuple[str | None, str | None]:
    """Split "Federal Minister of the Interior Nancy Faeser" into (role, name)."""
    phrase = re.sub(_LEADING_WORDS, "", phrase.strip(" ,;:"))
    phrase = re.sub(r"^the[ -]late[ -]", "", phrase, flags=re.IGNORECASE)
    tokens = phrase.split()
    i = len(tokens)
    while i > 0:
        word = tokens[i - 1]
        bare = word.lower().rstrip(".,")
        is_initial = bool(re.fullmatch(r"[A-Z]\.", word))
        if word.endswith(("’s", "'s")):
            break
        if (
            is_initial
            or (re.fullmatch(_TOKEN, word) and bare not in ROLE_WORDS)
            or (bare in PARTICLES and i < len(tokens))
        ):
            i -= 1
            continue
        break
    while i < len(tokens) and tokens[i].lower() in PARTICLES:
        i += 1
    # "Minister of Ports Ada Quill": after "of"/"for"/"the", the first capital word is the role's.
    words = [
        k
        for k in range(i, len(tokens))
        if not re.fullmatch(r"[A-Z]\.|Jr\.?|Sr\.?|I{2,3}", tokens[k])
    ]
    if len(words) >= 2 and i > 0 and tokens[i - 1].lower() in CONNECTORS:
        i = words[1]
        words = words[1:]
    if len(words) > 3:  # "Harbour Master Bo Renn": a name is rarely longer than three words
        i = words[-2]
        while i > 0 and re.fullmatch(r"[A-Z]\.", tokens[i - 1]):
            i -= 1
    name = " ".join(tokens[i:]).strip(" ,") or None
    role = " ".join(tokens[:i]).strip(" ,") or None
    if role and role.lower() in CONNECTORS:
        role = None
    return role, name


def resolve(phrase: str | None, people: People, last_speaker: Person | None) -> Person | None:
    """The person an attribution phrase names: a full name, a surname, a title, or he/she."""
    if not phrase:
        return None
    phrase = phrase.strip(" ,;:")
    lowered = phrase.lower()
    if lowered in {"he", "she"}:
        if last_speaker or people.last:
            return last_speaker or people.last
        titled = [p for p in people.known if p.role]
        return titled[0] if len(titled) == 1 else None
    if lowered in {"i", "we", "they", "it", "this", "that", "who"}:
        return None
    phrase = _LEADING_WORDS.sub("", phrase)
    if not phrase or phrase.lower() in {"i", "we", "he", "she", "they"}:
        return None
    role_after = None
    if "," in phrase:  # "Jane Doe, Minister of Ports" or "Minister of Ports, Jane Doe"
        head, _, tail = phrase.partition(",")
        head_role, head_name = split_role_name(head)
        tail_role, tail_name = split_role_name(tail)
        if head_name and not head_role:
            return register(head_name, tail.strip(" ,") or None, people)
        if tail_name and not tail_role and head_role:
            return register(tail_name, head.strip(" ,"), people)
        phrase = head
        role_after = tail.strip(" ,") or None
    peer = re.search(
        r"\b(?:Lord|Baroness|Baron|Lady|Earl|Viscount)\s+[A-Z][\w'’-]+\s+of\s+[A-Z][\w'’-]+$",
        phrase,
    )
    if peer:  # "Prisons Minister Lord Harcourt of Elmstead": "of Elmstead" is the title's
        role = phrase[: peer.start()].strip(" ,") or None
        return register(peer.group(0), role, people)
    if " of " in phrase:
        # "Chairwoman Edith Ramirez of the Federal Trade Commission": the organisation is the role's.
        head, _, org = phrase.partition(" of ")
        head_role, head_name = split_role_name(head)
        if head_name:
            role = f"{head_role} of {org}" if head_role else None
            return register(head_name, role, people)
    role, name = split_role_name(phrase)
    if name is None:
        if role:  # "the minister": the last person whose role says so ("the President" is
            # not the Vice President: a role word qualified by vice/deputy/former is another role)
            wanted = re.sub(r"^(?:the|a|an)\s+", "", role.lower())
            last_word = wanted.split()[-1]
            for person in reversed(people.known):
                held = (person.role or "").lower()
                qualified = rf"\b(?:vice|deputy|former|assistant)[ -]{re.escape(wanted)}$"
                if (held == wanted or held.endswith(" " + wanted)) and not re.search(
                    qualified, held
                ):
                    return person
            for person in reversed(people.known):
                held = (person.role or "").lower()
                if last_word in held and not re.search(
                    rf"\b(?:vice|deputy|former|assistant)[ -]{re.escape(last_word)}\b", held
                ):
                    return person
        return None
    return register(name, role or role_after, people)


_FUNCTION_WORDS = {
    "i", "i’ll", "i'll", "i’m", "i'm", "you", "we", "they", "he", "she", "it", "q", "what",
    "before", "after", "at", "when", "while", "as", "if", "and", "but", "so", "then", "the", "this",
    "that", "in", "on", "to", "for", "with", "from", "by", "our", "my", "his", "her", "their",
    "no", "not", "every", "each", "some", "any", "all",
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


def tidy_name(name: str) -> str | None:
    """A speaker's name without a dateline before it or a next sentence's word after it.

    "WASHINGTON Daimler AG" → "Daimler AG", "Biden Before" → "Biden"; None when what is left is not
    a name ("Q You", "What I", "And", "COVID").
    """
    tokens = name.split()
    while len(tokens) > 1 and tokens[-1].rstrip(",") in _POST_NOMINALS:
        tokens = tokens[:-1]  # "Conor Fahy TD", "Jane Doe MP": letters after the name, not the name
    while len(tokens) > 1 and re.fullmatch(r"[A-Z]{4,}", tokens[0]) and not tokens[1].isupper():
        tokens = tokens[1:]  # a dateline run into the name
    while len(tokens) > 1 and tokens[-1].lower() in _FUNCTION_WORDS:
        tokens = tokens[:-1]
    if not tokens or any(t.lower() in _FUNCTION_WORDS for t in tokens):
        return None
    if len(tokens) == 1 and re.fullmatch(r"[A-Z]{4,}", tokens[0]):
        return None  # a lone acronym in capitals is a name only with a title
    return " ".join(tokens)


def register(name: str, role: str | None, people: People) -> Person | None:
    """Add a named person, or return the known one a short form refers to.

    A single word that names no one known and comes without a title ("told Time") is not a person.
    """
    name = re.sub(r"\s+", " ", name).strip(" ,")
    if name.endswith(".") and not re.search(r"(?:\b[A-Z]|Jr|Sr)\.$", name):
        name = name[:-1]
    tidy = tidy_name(name)
    if tidy is None:
        return None
    name = tidy
    if role:  # "Dr." is a form of address, not a role; "The/Die/Der" do not start one
        role = re.sub(r"^(?:the|die|der|das|le|la|les)\s+", "", role.strip(" ,"), flags=re.I)
        honorific = role.rstrip(".").lower() in {"dr", "mr", "mrs", "ms", "prof", "sir", "dame"}
        if honorific and len(name.split()) == 1 and people.find(name) is None:
            return people.add(name, None)  # "Ms Tamihana says": a person, even unintroduced
        role = None if honorific else (role or None)
    if len(name.split()) == 1:
        known = people.find(name)
        if known is not None:
            people.last = known
            if role and not known.role:
                known.role = role
            return known
        if not role:
            return None
    return people.add(name, role)


_INTRODUCTION = re.compile(rf"\b{NAME_PHRASE}")


_STRONG_ROLES = r"\b(?:President|Secretary|Minister|Senator|Governor|Mayor|Chancellor|Ambassador|Attorney General)$"


_APPOSITION = re.compile(
    r"\b(?P<role>(?:(?:Prime|Deputy|Lord|Federal|Vice[- ]|Chief|Acting|Foreign|Finance)\s*)*"
    r"(?:Minister|Treasurer|Secretary|Mayor|Premier|Commissioner|President|Chancellor|Governor|"
    r"Attorney[- ]General|Director|Chair|Ambassador|Superintendent|Inspector|Prosecutor)"
    r"(?:\s+(?:of|for|to)\s+[A-Z][^.;:“”\"]{0,80}?)?),\s+"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})(?:\s+(?:MP|TD|MLA|MPP|MSP|QC|KC))?,"
)


def learn_people(paragraphs: list[str], people: People) -> None:
    """Note every "Role Firstname Lastname" and "Firstname Lastname, Role," the text introduces."""
    for text in paragraphs:
        for m in _APPOSITION.finditer(text):  # "The Prime Minister, Daniel Fortier, said"
            name = tidy_name(m.group("name"))
            if name and people.find(name) is None:
                people.known.append(Person(name, m.group("role")))
        for m in _INTRODUCTION.finditer(text):
            if " " not in m.group(0):
                continue  # one capitalised word: neither "Role Name" nor "First Last"
            role, name = split_role_name(m.group(0))
            name = tidy_name(name) if name else None
            if not name:
                continue
            if not role:
                # "Gerald Wallace" with no title: known, so that "Wallace said" resolves.
                words = name.split()
                plain = 2 <= len(words) <= 3 and not any(w.lower() in ROLE_WORDS for w in words)
                if plain and people.find(name) is None and people.find(words[-1]) is None:
                    people.known.append(Person(name, None))
                continue
            if len(name.split()) < 2 and not re.search(_STRONG_ROLES, role):
                continue
            if not any(w.lower().rstrip(".,") in ROLE_WORDS - CONNECTORS for w in role.split()):
                continue
            if people.find(name) is None:
                people.known.append(Person(name, role))


_LOST_CLOSE = re.compile(
    r"(?<=\w)(?:[,.]?(?=\s+(?:said|added|stated)\s+(?:[A-Z]|the\s))"
    r"|,(?=\s+(?:[A-Z][\w.]*\s+){1,6}(?:said|added|stated)\b))"
)


_OPENER = re.compile("[" + re.escape("".join(PAIRS)) + "]")


def _closer(closers: str) -> re.Pattern[str]:
    """A pattern for the closing marks; a ’ followed by a letter is an apostrophe, not a close."""
    parts = []
    if closers.replace("’", ""):
        parts.append("[" + re.escape(closers.replace("’", "")) + "]")
    if "’" in closers:
        parts.append(r"’(?![^\W\d_])")
    return re.compile("|".join(parts))


_CLOSER = {opener: _closer(closers) for opener, closers in PAIRS.items()}


def find_spans(text: str) -> list[tuple[int, int, str]]:
    """Quoted spans (start, end, words) of a paragraph; an unclosed quote runs to the end."""
    spans: list[tuple[int, int, str]] = []
    n = len(text)
    i = 0
    while True:
        m = _OPENER.search(text, i)
        if m is None:
            return spans
        i = m.start()
        ch = text[i]
        if ch in "‘‚" and i > 0 and text[i - 1].isalnum():
            i += 1
            continue
        close = _CLOSER[ch].search(text, i + 1)
        j = close.start() if close else n
        lost = _LOST_CLOSE.search(text, i + 1, j) if ch == '"' else None
        if lost:  # "…, said X — the closing mark was lost; the attribution ends the quote
            spans.append((i, lost.start(), text[i + 1 : lost.start()].strip()))
            i = lost.start()
            continue
        spans.append((i, min(j + 1, n), text[i + 1 : j].strip()))
        i = j + 1


def inner_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The quoted words of a span from find_spans: without the marks, edge spaces and a last comma."""
    if start < end and text[start] in PAIRS:
        start += 1
    if end > start and text[end - 1] in CLOSERS:
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts (abbreviations and initials do not end one)."""
    start = 0
    for m in re.finditer(r"[.!?][”\"’»]?\s+(?=[“\"„«A-Z0-9])", text[: pos + 1]):
        if not _ABBREV.search(text, max(0, m.start() - 12), m.start() + 1):
            start = m.end()
    return start


_AFTER = re.compile(
    rf"""^\s*[,.!?]?\s*(?:
        (?P<pron>he|she)\s+(?:{VERBS})\b
      | (?:{VERBS})\s+(?:the\s+)?(?P<who_v>{NAME_PHRASE}(?:,\s*(?:the\s+)?[^,.;“”"]{{2,120}}?(?=[.,;]|$))?)
      | (?:the\s+)?(?P<who>{NAME_PHRASE})(?:,\s*(?P<role>[^,.;“”"]{{2,120}}),)?\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?(?:{VERBS})\b
    )""",
    re.VERBOSE,
)
_ADVERB = r"(?:\w+ly\s+|once\s+|also\s+|again\s+|later\s+|then\s+|has\s+|had\s+|have\s+)"
_WHO_BEFORE_VERB = re.compile(
    rf"(?:(?P<who>{NAME_PHRASE})(?:,\s*(?P<role>[^“”\",]{{2,120}}),)?|(?P<pron>\b[Hh]e|\b[Ss]he))\s+{_ADVERB}{{0,2}}$"
)
_ACCORDING = re.compile(
    rf"[Aa]ccording\s+to\s+(?P<who>{NAME_PHRASE}(?:,\s*[^“”\",]{{2,80}})?)\s*,?\s*$"
)
_STATEMENT = re.compile(
    rf"(?:[Ss]tatement\s+(?:from|by)|(?:Quotes?|Comments?|Remarks)\s+(?:attributable\s+to|from|by))"
    rf"\s+(?:the\s+)?(?P<who>{NAME_PHRASE}(?:,\s*[^,:“”\"]{{2,80}})?)\s*:\s*$"
)


_LEAD_APPOSITION = re.compile(
    rf"^\s*(?P<first>[A-Z][^“”\",.;]{{1,80}}?),\s+(?P<second>[^“”\";]{{2,200}}?),\s+{_ADVERB}{{0,2}}$"
)


def _name_like(phrase: str) -> bool:
    """ "Cllr Harriet Osei", "Diane Okonjo": capitalised words, a name at the end."""
    phrase = phrase.strip()
    if not re.fullmatch(NAME_PHRASE, phrase):
        return False
    _, name = split_role_name(phrase)
    return bool(name) and len(name.split()) >= 2


def attribution_before(before: str) -> str | None:
    """The speaker phrase of "X said: “", "X, role, said “", "according to X, “", "X, role: “"."""
    for m in (_ACCORDING.search(before), _STATEMENT.search(before)):
        if m:
            return m.group("who")
    for verb in reversed(list(re.finditer(rf"\b(?:{VERBS})\b", before))):
        if re.search(r"[“”\"]", before[verb.end() :]):
            break
        lead = _LEAD_APPOSITION.match(before[: verb.start()])
        if (
            lead
        ):  # "Diane Okonjo, a director of X, which …, said" / "Leader of the council, Cllr Y, said"
            first, second = lead.group("first"), lead.group("second")
            if _name_like(first) and not _name_like(second.split(",")[-1]):
                return f"{first}, {second.split(',')[0]}"
            if _name_like(second):
                return f"{second}, {first}"
        w = _WHO_BEFORE_VERB.search(before[: verb.start()])
        if w:
            if w.group("pron"):
                return w.group("pron")
            return f"{w.group('who')}, {w.group('role')}" if w.group("role") else w.group("who")
    if before.rstrip().endswith(":"):
        chunks = [c.strip() for c in before.rstrip()[:-1].split(",")]
        head = re.search(rf"{NAME_PHRASE}$", chunks[0])
        if (
            head
            and head.group(0) == chunks[0]
            and all(
                len(c.split()) <= 10 and not re.search(rf"\b(?:{VERBS})\b", c) for c in chunks[1:]
            )
        ):
            return ", ".join(chunks[:2])
    return None


_DASH = re.compile(
    rf"^\s*[—–-]{{1,2}}\s*(?P<who>{NAME_PHRASE}(?:,\s*(?![A-Z][a-z]+ \d|\d)[^,.;\n“”\"]{{2,100}})*)\s*(?:[,.;)]|$)"
)


def _tidy(words: str) -> str:
    """The quoted words without the trailing comma that belongs to the sentence around them."""
    return re.sub(r"\s+", " ", words).strip().rstrip(",").strip()


def _join(first: str, second: str) -> str:
    first = first.rstrip(" ,")
    if not first.endswith((".", "!", "?", ":", ";", "…")):
        # “…engineers,” she said. “We will…”: the comma stood for a full stop.
        first += "." if second.strip()[:1].isupper() else ","
    return _tidy(f"{first} {second}")


def _colon_intro(phrase: str) -> bool:
    """ "Jane Doe, Executive Director, Earthworks:" — a name (with role) introducing a quote."""
    head = phrase.split(",")[0]
    role, name = split_role_name(head)
    return bool(
        name and len(name.split()) >= 1 and (role or "," in phrase or len(name.split()) >= 2)
    )


_STATEMENT_BY = re.compile(
    rf"(?:[Ss]tatement\s+(?:from|by|of)\s+(?P<who>{NAME_PHRASE})"
    rf"|(?P<who2>{NAME_PHRASE})(?:,\s*[^,:“”\"]{{2,120}},)?\s+(?:released|issued|made|gave|delivered|"
    rf"provided|[Ii]ssues|[Rr]eleases|[Mm]akes)\s+(?:the\s+following\s+|a\s+|this\s+)?[Ss]tatement)"
)


def statement_speaker(text: str) -> str | None:
    """Who "Statement by X" or "X issued the following statement" names."""
    m = _STATEMENT_BY.search(text)
    if not m:
        return None
    who = m.group("who") or m.group("who2")
    # "Statement by President Biden on the Anniversary…": the name ends before " on ".
    return re.split(r"\s+(?:on|about|regarding|following)\s+", who)[0]


# An introduction whose next paragraph is the speaker's words: "X said:", "the following statement:".
_SPEECH_INTRO = re.compile(
    rf"(?:\b(?:{VERBS})|\bstatement|\battributable\s+to\b.*|\b(?:Quotes?|Comments?)\b.*)\s*:\s*$",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"(?:(?:As|And|But|So|Then|When)\s+)?(?:I|We)")


def _last_named(people: People, text: str) -> Person | None:
    """The known person whose surname occurs last in `text` (outside quotation marks' words)."""
    best, where = None, -1
    for person in people.known:
        surname = surname_of(person.name)
        at = text.rfind(surname)
        if at > where and len(surname) > 2:
            best, where = person, at
    return best


def analyse_quotes(
    paragraphs: list[str], context: tuple[str, ...] = (), min_words: int = 4
) -> tuple[list[FoundQuote], People]:
    """Every attributed direct quote of a release, in order; quotes split by attribution are joined.

    `context` (title, summary) only helps to learn who the release's people are. Also returns the
    people the release names, for resolving reported speech.
    """
    people = People()
    learn_people([*context, *paragraphs], people)
    found: list[FoundQuote] = []
    last: Person | None = None
    open_quote = False  # the previous paragraph ended inside a quote
    # "Statement by Attorney General X on …": quotes that open a paragraph unattributed are X's.
    headline = statement_speaker(context[0]) if context else None
    introduced: Person | None = None  # "X released the following statement:" → the next paragraph
    for index, text in enumerate(paragraphs):
        spans = find_spans(text)
        prev_end = 0
        prev_found: FoundQuote | None = None
        for k, (start, end, words) in enumerate(spans):
            nxt = spans[k + 1][0] if k + 1 < len(spans) else len(text)
            after = text[end:nxt]
            before = text[max(prev_end, sentence_start(text, start)) : start]
            speaker: Person | None = None
            tight = False
            attr_end = end
            # "X said roads were cut. “…,” he said.": he is the person named last, not the last speaker
            last = _last_named(people, text[:start]) or last
            phrase = attribution_before(before)
            if phrase:
                speaker = resolve(phrase, people, last)
                if speaker is None and headline and _FIRST_PERSON.fullmatch(phrase.strip()):
                    speaker = resolve(headline, people, last)  # "As I said," in X's statement
                tight = speaker is not None
            if speaker is None:
                a = _AFTER.match(after)
                if a:
                    phrase = a.group("pron") or a.group("who_v") or a.group("who")
                    if a.group("who") and a.group("role"):
                        phrase = f"{a.group('who')}, {a.group('role')}"
                    speaker = resolve(phrase, people, last)
                    if speaker is not None:
                        tight, attr_end = True, end + a.end()
            if speaker is None:
                d = _DASH.match(after)
                following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
                if not d and end >= len(text.rstrip()) and len(following.split()) <= 30:
                    d = _DASH.match(following)
                if d:
                    speaker = resolve(d.group("who"), people, last)
                    tight = speaker is not None
            joined = False
            if speaker is None and prev_found is not None:
                between = text[prev_end:start]
                if re.fullmatch(r"[\s,.;:]*", between) or _AFTER.match(between):
                    joined = True
                elif re.fullmatch(r"[\s,]*(?:and|or|but)\s*", between):
                    speaker = people.find(prev_found.speaker) if prev_found.speaker else None
                    tight = speaker is not None
            if speaker is None and start == 0 and open_quote and found:
                joined = True
            elif speaker is None and start == 0 and introduced is not None:
                speaker, tight = introduced, True
            elif speaker is None and start == 0 and found and found[-1].spans[-1][0] == index - 1:
                # A paragraph that opens with a quote right after one by X: X goes on speaking.
                speaker = people.find(found[-1].speaker) if found[-1].speaker else None
            elif speaker is None and start == 0 and headline:
                speaker = resolve(headline, people, last)
            if joined and found:
                found[-1] = found[-1].extended(words, (index, *inner_span(text, start, end)))
                prev_found, prev_end = found[-1], end
                continue
            if speaker is None or not words:
                prev_end = end
                continue
            if len(words.split()) < min_words and not tight:
                prev_end = end
                continue
            quote = FoundQuote(
                _tidy(words), speaker.name, speaker.role, ((index, *inner_span(text, start, end)),)
            )
            found.append(quote)
            prev_found, prev_end = quote, attr_end
            last = speaker
            people.last = speaker
        open_quote = bool(spans) and spans[-1][1] >= len(text) and text.rstrip()[-1:] not in CLOSERS
        introduced = None
        if text.rstrip().endswith(":") and (not spans or spans[-1][1] < len(text.rstrip()) - 1):
            intro = statement_speaker(text) or attribution_before(
                text[sentence_start(text, len(text) - 1) :]
            )
            introduced = resolve(intro, people, last) if intro else None
            tail = text[sentence_start(text, len(text) - 1) :]
            if introduced is not None and (statement_speaker(text) or _SPEECH_INTRO.search(tail)):
                people.introduced[index] = introduced
    # Names grow as the release goes on ("Faeser" → "Nancy Faeser"): report the fullest form.
    final = []
    for quote in found:
        person = people.find(quote.speaker) if quote.speaker else None
        if person is not None:
            quote = FoundQuote(quote.text, person.name, person.role, quote.spans)
        final.append(quote)
    return final, people


def extract_quotes(paragraphs: list[str], context: tuple[str, ...] = ()) -> list[FoundQuote]:
    """Every attributed direct quote of a release, in order."""
    return analyse_quotes(paragraphs, context)[0]


_REPORTED = re.compile(
    rf"^(?P<words>[^“”\"„«»]{{20,}}?),\s+(?P<who>{NAME_PHRASE}|he|she)\s+(?:{VERBS})\b[^“”\"]*\.$"
)


_SAID_THAT = re.compile(
    rf"^(?P<who>{NAME_PHRASE}|[Hh]e|[Ss]he)(?:,\s*[^,“”\"]{{2,120}},)?\s+(?:also\s+)?"
    rf"(?:said|says|stated|added|noted|explained|emphasi[sz]ed|stressed|warned|announced|"
    rf"argued|insisted|acknowledged|told\s+[^,.]{{2,40}}?)\s+that\s+(?P<words>[^“”\"„«»]{{20,}})$"
)


def reported_spans(text: str, people: list[Person]) -> list[tuple[int, int, Person]]:
    """Indirect speech in a paragraph: (start, end, speaker) of the words a known speaker said.

    Only sentences without quotation marks, whose subject is a known person and whose verb is a
    speech verb: "…, the minister said." or "Minister X said that …". The span is the reported
    words as written; nothing is added or taken away.
    """
    found: list[tuple[int, int, Person]] = []
    for a, b in sentence_spans(text):
        sentence = text[a:b]
        if _OPENER.search(sentence):
            continue
        lead = len(sentence) - len(sentence.lstrip())
        body = sentence.strip()
        said = reported_speech(body, people)
        if said is not None:
            words, person = said
            start = a + lead + body.find(words)
            found.append((start, start + len(words), person))
            continue
        m = _SAID_THAT.match(body)
        if m:
            person = _known(m.group("who"), people)
            if person is not None:
                words = m.group("words").rstrip(" .")
                start = a + lead + m.start("words")
                found.append((start, start + len(words), person))
    return found


def _known(who: str, people: list[Person]) -> Person | None:
    """The known person a subject names (by surname), or the last one for he/she."""
    if who.lower() in {"he", "she"}:
        return None
    _, name = split_role_name(who)
    if not name:
        return None
    surname = surname_of(name).lower()
    matches = [p for p in people if surname_of(p.name).lower() == surname]
    return matches[0] if len({p.name for p in matches}) == 1 else None


def reported_speech(sentence: str, people: list[Person]) -> tuple[str, Person] | None:
    """(words, speaker) when a sentence without quotation marks ends "…, <known speaker> said…"."""
    m = _REPORTED.match(sentence.strip())
    if not m:
        return None
    person = _known(m.group("who"), people)
    return (m.group("words").strip(), person) if person is not None else None


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph (abbreviations and initials do not end one)."""
    spans, start = [], 0
    for m in re.finditer(r"[.!?…][”\"’»]?\s+(?=[“\"„«A-Z0-9])", text):
        if _ABBREV.search(text, max(0, m.start() - 12), m.start() + 1):
            continue
        spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def split_sentences(text: str) -> list[str]:
    """A paragraph's sentences."""
    return [text[a:b].strip() for a, b in sentence_spans(text)]


def explicit_speaker(text: str, start: int, end: int, people: People) -> Person | None:
    """The person a quoted span is attributed to by name in its own sentence (no pronouns).

    Used inside transcript turns, where a quotation is credited only when the turn says whose it is.
    """
    before = text[sentence_start(text, start) : start]
    phrase = attribution_before(before)
    if phrase is None:
        a = _AFTER.match(text[end:])
        if a and not a.group("pron"):
            phrase = a.group("who_v") or a.group("who")
    if not phrase or phrase.strip().lower() in {"he", "she", "i", "we", "they", "you"}:
        return None
    return resolve(phrase, people, None)
