"""How a phrase splits into an office and a personal name ("Federal Minister of the Interior
Jane Roe" → office, name) and what a name's surname is: the grammar of titles, shared by every
module that reads who a release names."""

from __future__ import annotations

import re
from functools import lru_cache

from pressreader.quotes.names import ACADEMIC_DEGREES, NAME_SUFFIXES, personal
from pressreader.quotes.words import CONNECTORS, OFFICE_WORDS, PARTICLES, ROLE_WORDS, TOKEN


@lru_cache(maxsize=8192)
def surname_of(name: str) -> str:
    """The last word of a name, ignoring Jr./Sr./III."""
    parts = [
        p for p in name.replace(",", " ").split() if p.lower().rstrip(".") not in NAME_SUFFIXES
    ]
    return parts[-1] if parts else name


LEADING_WORDS = re.compile(
    r"^(?:(?:As|When|While|If|And|But|So|Then|Today|Yesterday|Here|In|On|At|Also|Meanwhile|"
    r"Jointly|Finally|Indeed|Later|Earlier|Now|This|That|These|Those|Our|[Tt]he|[Aa]n?|"
    r"[Ll]ate)\s+)+"
)


_TOKEN = re.compile(TOKEN)
_INITIAL = re.compile(r"[A-Z]\.")
_SUFFIX = re.compile(r"[A-Z]\.|Jr\.?|Sr\.?|I{2,3}")
_THE_LATE = re.compile(r"^the[ -]late[ -]", re.IGNORECASE)


_RANK_BEFORE = {"co", "vice", "rear", "sub", "then", "ex"}  # "then-Senator", "ex-Minister"
# The heads of German compound offices ("Staatsministerin", "Landtagspräsident")
_GERMAN_OFFICES = (
    "ministerin", "minister", "präsidentin", "präsident", "sekretärin", "sekretär",
    "bürgermeisterin", "bürgermeister", "senatorin",
)  # fmt: skip


def co_role(word: str) -> bool:
    """ "co-chair", "vice-president", "director-in-charge", "representative/vice-president",
    "governor-general": an office shared, deputised, put in charge, held with another or general
    is still an office; so is a German compound ("Staatsministerin")."""
    if word.endswith(_GERMAN_OFFICES) and not word.startswith(_GERMAN_OFFICES):
        return True  # "Heimatministerin", "Staatssekretär": a German office in one word
    if "/" in word:  # "Representative/Vice-President": two offices held at once
        return all(part in ROLE_WORDS or co_role(part) for part in word.split("/"))
    parts = word.split("-")
    if len(parts) >= 3 and parts[1] == "in":
        return parts[0] in ROLE_WORDS
    if len(parts) != 2:
        return False
    head, tail = parts
    if tail == "general":  # "Governor-General", "Director-General", "Surgeon-General"
        return head.isalpha()
    # "Lieutenant-Governor", "Rear-Admiral", "Vice-Chair": a rank before an office
    return tail in ROLE_WORDS and (head in _RANK_BEFORE or head in ROLE_WORDS)


def _first_name(word: str) -> bool:
    """A capitalised word that is no office ("Loretta", not "Acting" or "the")."""
    return bool(re.fullmatch(r"[A-Z][a-z]+", word)) and word.lower() not in ROLE_WORDS


def _before_king(word: str) -> bool:
    """ "Loretta King", "Attorney General King": a given name or an office before the surname."""
    return _first_name(word) or word.lower().rstrip(".,") in ROLE_WORDS


GENERATION = r"(?:Jr|Sr)\.?|II|III|IV"  # "Jo Roe, Jr.", "Jo Roe, III": the name's own
_JUNIOR = re.compile(rf",\s*({GENERATION})$")


def _particle(tokens: list[str], k: int) -> bool:
    """A name's particle ("von", "van der", "bin"); "der" alone is German's article ("Auch der
    Pflegeverband"), a particle only after "von" / "van" / "de"."""
    word = tokens[k].lower()
    if word in {"der", "den", "des", "dem"}:
        return k > 0 and tokens[k - 1].lower() in {"von", "van", "de"}
    return word in PARTICLES


@lru_cache(maxsize=8192)
def _token_kind(word: str) -> tuple[bool, bool, bool]:
    """(possessive, could be a word of a name, a name's particle) of one word of a phrase; cached,
    as the words come back far more often than the phrases."""
    bare = word.lower().rstrip(".,")
    possessive = word.endswith(("’s", "'s"))
    name_word = bool(_INITIAL.fullmatch(word)) or bool(
        _TOKEN.fullmatch(word) and bare not in ROLE_WORDS and not co_role(bare)
    )
    return possessive, name_word, bare in PARTICLES


@lru_cache(maxsize=4096)
def _suffix(word: str) -> bool:
    """An initial, "Jr." or "III": a word after a name that is no given name or surname."""
    return _SUFFIX.fullmatch(word) is not None


def _degree_last(phrase: str) -> bool:
    """Whether the last word could be an academic degree ("MD", "Ph.D."): DEGREES_AFTER's test."""
    words = phrase.split()
    return bool(words) and words[-1].replace(".", "") in ACADEMIC_DEGREES


@lru_cache(maxsize=8192)
def split_role_name(phrase: str) -> tuple[str | None, str | None]:
    """Split "Federal Minister of the Interior Nancy Faeser" into (role, name); cached, as the
    same phrases come back in release after release."""
    articled = phrase.lstrip().lower().startswith("the ")  # "the Saudi King": an office
    phrase = LEADING_WORDS.sub("", phrase.strip(" ,;:"))
    # (each pattern below runs only where its quick test finds what it needs: most phrases have
    # no "Hon", no degree and no comma)
    if "hon" in phrase.lower():  # "Minister Hon Jane Roe": a courtesy
        phrase = _HONOURABLE.sub(" ", phrase)
    phrase = phrase.strip()
    if _degree_last(phrase):
        phrase = DEGREES_AFTER.sub("", phrase)  # "Jo Roe MD MPH": her degrees, not her name
    phrase = _THE_LATE.sub("", phrase)
    # "President Jo Roe, Jr.": the name's, after the split
    junior = _JUNIOR.search(phrase) if "," in phrase else None
    if junior and junior.start() > 0:
        role, name = split_role_name(phrase[: junior.start()])
        suffix = junior.group(1)
        suffix = suffix if suffix.endswith((".", "I", "V")) else suffix + "."  # "Jr" → "Jr."
        return role, f"{name}, {suffix}" if name else None
    tokens = phrase.split()
    i = len(tokens)
    while i > 0:
        word = tokens[i - 1]
        possessive, name_word, particle = _token_kind(word)
        if possessive:
            break
        if (
            name_word
            or (particle and i < len(tokens))
            or (word in {"MS", "AM"} and i == len(tokens) >= 3)  # "Jo Roe MS": a Member's letters
            or (
                word == "King"
                and i == len(tokens) >= 2
                and _before_king(tokens[i - 2])
                and not articled
            )
        ):  # "Loretta King", "Martin Luther King": a surname after a given name, no monarch
            i -= 1
            continue
        break
    while i < len(tokens) and tokens[i].lower() in PARTICLES:
        i += 1
    # "Minister of Ports Ada Quill": after "of"/"for"/"the", the first capital word is the role's.
    words = [k for k in range(i, len(tokens)) if not _suffix(tokens[k])]
    if len(words) >= 2 and i > 0 and tokens[i - 1].lower() in CONNECTORS:
        i = words[1]
        words = words[1:]
    if len(words) == 3 and 0 < i <= 10 and tokens[i - 1].lower() in _ROLE_ADJECTIVES:
        i = words[1]  # "Minister for Public Works Jo Roe": "Public" wants its noun, "Works"
        words = words[1:]
    named = [k for k in words if not _particle(tokens, k)]  # "Ursula von der Leyen"
    if len(named) > 3:  # "Harbour Master Bo Renn": a name is rarely longer than three words
        i = named[-2]
        while i > 0 and _INITIAL.fullmatch(tokens[i - 1]):
            i -= 1
    while len(tokens) - i > 2 and not personal(tokens[i]):
        i += 1  # "Ambassador to the United Nations Jo Roe": "Nations" is the office's
    name = " ".join(tokens[i:]).strip(" ,") or None
    role = " ".join(tokens[:i]).strip(" ,") or None
    if role:  # "Senator the Hon", "The Honourable": a courtesy, not a role
        role = (_HONOURABLE.sub(" ", role) if "hon" in role.lower() else role).strip(" ,") or None
    if role and role.lower() in CONNECTORS:
        role = None
    return role, name


# Role words that are adjectives: the capitalised word after one is its noun, not a given name
_ROLE_ADJECTIVES = {
    "public", "national", "federal", "foreign", "central", "regional", "international", "european",
    "special", "northern", "southern", "eastern", "western", "middle", "presidential",
    "parliamentary", "homeland", "supreme", "cyber",
}  # fmt: skip


# Academic degrees written after a name ("Jo Roe MD MPH", "Ed Poe, Ph.D.")
DEGREES_AFTER = re.compile(
    r"(?:,?\s+(?:"
    + "|".join("".join(rf"{re.escape(c)}\.?" for c in degree) for degree in ACADEMIC_DEGREES)
    + r"))+$"
)
_HONOURABLE = re.compile(
    r"(?:^|\s)(?:the\s+)?(?:Rt\.?\s+|Right\s+)?Hon(?:ourable|orable|\.)?(?=\s|$)", re.IGNORECASE
)


_OFFICE_FOR = re.compile(
    r"^(?P<head>[^,]+?)\s+(?P<rest>(?:for\s+(?:the|[A-Z][\w.&-]*['’]s)|of(?:\s+the)?)\s+[A-Z][^,]*)$"
)


@lru_cache(maxsize=16384)
def office_for(phrase: str) -> tuple[str, str] | None:
    """(role, name) of "Title Firstname Lastname for the …", the title ending in a role word."""
    m = _OFFICE_FOR.match(phrase)
    if not m:
        return None
    role, name = split_role_name(m.group("head"))
    if not role or not name or len(name.split()) < 2 or not personal(name):
        return None
    if role.split()[-1].lower().rstrip(".") not in ROLE_WORDS:
        return None
    return f"{role} {m.group('rest')}", name


@lru_cache(maxsize=16384)
def person_of(phrase: str) -> tuple[None, str] | None:
    """(None, name) of "Jo Roe of Pemwick" or "Nurse Jo Roe of the Kell Trust": a person of a
    place or body, where the words before the name hold no office ("Bank of X" is no one)."""
    m = _OFFICE_FOR.match(phrase)
    if not m or not m.group("rest").startswith("of"):
        return None
    if any(word.lower() in ROLE_WORDS for word in m.group("rest").split()[1:]):
        return None  # "Republic of Kell Foreign Minister Jo Roe": the office comes after
    title, name = split_role_name(m.group("head"))
    if title and not all(word.lower().rstrip(".,") in ROLE_WORDS for word in title.split()):
        return None  # "Kiratikorn Naksompop Blauw": a third name, not an office
    # two names, or three with an initial: "Librarian Jo Roe" opening a sentence is no name
    words = name.split() if name else []
    if not (len(words) == 2 or len(words) == 3 and re.fullmatch(r"[A-Z]\.", words[1])):
        return None
    if not name or not personal(name):
        return None
    if any(word.lower().rstrip(".,") in ROLE_WORDS for word in name.split()):
        return None
    return None, name


def office_word(word: str) -> bool:
    """A word of an office ("minister", "co-chair", "Staatsministerin"), not a connector."""
    return word in OFFICE_WORDS or co_role(word)


def plain_name(phrase: str) -> bool:
    """A person's full name and nothing else: two words, or three with an initial."""
    words = phrase.split()
    two = len(words) == 2 or len(words) == 3 and bool(re.fullmatch(r"[A-Z]\.", words[1]))
    return two and split_role_name(phrase) == (None, phrase) and personal(phrase)


_DOCUMENTS = {"statement", "statements", "remarks", "readout", "joint", "fact", "letter", "message"}


@lru_cache(maxsize=4096)
def long_titled(phrase: str) -> tuple[str, str] | None:
    """(office, name) of a phrase that ends in a full personal name after an office, however
    long ("Assistant to the President and National Climate Advisor Jo Roe"); cached."""
    role, name = split_role_name(phrase)
    words = name.split() if name else []
    # two names, or three with an initial: "… for Civil Rights Jo Roe" leaves "Rights" out
    if not (len(words) == 2 or len(words) == 3 and re.fullmatch(r"[A-Z]\.", words[1])):
        return None
    if not role or not name or not personal(name) or role.split()[0].lower() in _DOCUMENTS:
        return None  # "Statements of Associate Attorney General Jo Roe and …": a title's
    return (role, name) if any(office_word(w.lower().rstrip(".,")) for w in role.split()) else None
