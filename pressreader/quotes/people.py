"""The people a release names: who they are, their roles, and what a short reference means."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pressreader.quotes.gender import pronoun_person
from pressreader.quotes.names import personal, same_given_names, tidy_name
from pressreader.quotes.offices import holder_of
from pressreader.quotes.organisations import BODY_WORDS, organisation
from pressreader.quotes.roles import (
    DEGREES_AFTER,
    GENERATION,
    LEADING_WORDS,
    co_role,
    office_for,
    split_role_name,
    surname_of,
)
from pressreader.quotes.words import (
    ADDRESSES,
    ANON_ROLE,
    CONNECTORS,
    LOWER_OFFICE,
    NAME_PHRASE,
    ROLE_WORDS,
)


@dataclass
class Person:
    """Someone the release names, with the role given when they were introduced."""

    name: str
    role: str | None = None
    # "f", "m", "?" (said both ways) or None, as the release says; "n" for an organisation
    gender: str | None = None
    # known by a first name alone ("Her grandson Jalen"): named, but never the "he" of a quote
    # just because the text named them last
    first_name_only: bool = False
    # introduced as the relative of a namesake ("his son Ed Roe"): a bare "Roe" is the other one
    relative: bool = False
    # introduced as "the late X": never the holder of X's office today ("the Prime Minister said")
    late: bool = False

    def __post_init__(self) -> None:
        if self.gender is None and self.name and organisation(self.name):
            self.gender = "n"  # an organisation is an "it" to "she said"


@lru_cache(maxsize=8192)
def _surname_key(name: str) -> str:
    """A name's surname in lower case, as `People.find` compares them (cached)."""
    return surname_of(name).lower()


def one_of(matches: list[Person], bare: bool = True) -> Person | None:
    """The one person a name may mean of those it matches; a `bare` surname passes over a
    namesake introduced as someone's relative ("Roe", of Jo Roe and her son Ed Roe)."""
    if bare and len({p.name for p in matches}) > 1:
        matches = [p for p in matches if not p.relative]
    return matches[0] if len({p.name for p in matches}) == 1 else None


@dataclass
class People:
    """The people of one release, so later short references resolve to the full name."""

    known: list[Person] = field(default_factory=list)
    last: Person | None = None
    # Paragraphs that end by introducing a speaker ("Minister X said:"), by index.
    introduced: dict[int, Person] = field(default_factory=dict)
    # Who the text was about, in order: the speakers and the people paragraphs are about.
    mentioned: list[Person] = field(default_factory=list)

    def mention(self, person: Person | None) -> None:
        """Note that the text is now about `person`."""
        if person is not None and (not self.mentioned or self.mentioned[-1] is not person):
            self.mentioned.append(person)

    def find(self, name: str) -> Person | None:
        """A known person by full name, or by surname when only one person has it."""
        if not name:
            return None  # someone known only by office ("the representative of X") has no name
        key = name.lower()
        for person in self.known:
            if person.name.lower() == key:
                return person
        surname = _surname_key(name)
        # an organisation is found by its whole name only: "Center" is no surname
        persons = [p for p in self.known if p.name and p.gender != "n"]
        matches = [p for p in persons if _surname_key(p.name) == surname]
        if " " in name.strip() and name.split()[0].lower().strip(".") not in ROLE_WORDS:
            # "Jill Biden" is not "Joe Biden": a full name must agree in its given names
            matches = [p for p in matches if same_given_names(name, p.name)]
        if not matches and " " not in name:  # "John once said": a first name alone
            matches = [p for p in persons if " " in p.name and p.name.split()[0].lower() == key]
        return one_of(matches, bare=" " not in name.strip())

    def add(self, name: str, role: str | None) -> Person:
        """Register (or update) a person and make them the last one mentioned."""
        name = tidy_name(name) or name
        person = self.find(name)
        if person is None:
            person = Person(name, role)
            self.known.append(person)
        else:
            # "Kapitänin Ruth Roe" after "Ruth Roe": a word before a known full name is an office
            prepended = " " in person.name and name.endswith(" " + person.name)
            if len(name.split()) > len(person.name.split()) and not prepended:
                person.name = name
            if role and (not person.role or len(role) > len(person.role)):
                person.role = role
        self.last = person
        self.mention(person)
        return person


_CONTINUES = {"for", "of", "a", "an", "the", "and", "to", "on", "in"}


def resolve(phrase: str | None, people: People, last_speaker: Person | None) -> Person | None:
    """The person an attribution phrase names: a full name, a surname, a title, or he/she."""
    if not phrase:
        return None
    phrase = phrase.strip(" ,;:")
    lowered = phrase.lower()
    if lowered in {"he", "she", "sie", "er", "elle", "il"}:
        titled = [p for p in people.known if p.role]
        candidate = last_speaker or people.last or (titled[0] if len(titled) == 1 else None)
        # "she said" is not the man named last ("sagte sie": nor a "Präsident")
        return pronoun_person(lowered, candidate, people)
    if lowered in {"i", "we", "they", "it", "this", "that", "who"}:
        return None
    unnamed = anonymous(phrase, people)
    if unnamed is not None:
        return unnamed
    phrase = LEADING_WORDS.sub("", phrase)
    if not phrase or phrase.lower() in {"i", "we", "he", "she", "they"}:
        return None
    body = organisation(phrase.split(", which ")[0])
    if body is not None:  # "United Span Workers of America": the body speaks, with no role
        return speaking_body(body, people)
    role_after = None
    role: str | None
    where = _AT_PLACE.fullmatch(phrase) if "," not in phrase else None
    who = where.group("who") if where else ""
    named = split_role_name(who)[1] if who else None
    if named and len(named.split()) >= 2 and personal(named):
        phrase = who  # "Ministerin Jo Roe in Berlin": where she spoke, no part of her name
    lower = _LOWER_OFFICE.fullmatch(phrase)
    if lower and personal(lower.group("name")) and len(lower.group("name").split()) >= 2:
        # "Port of Kell chief executive Jo Roe": the body and the office are the role
        return register(lower.group("name"), lower.group("role"), people)
    if "," in phrase:  # "Role, Name", "Role, Portfolio, Name": the chunk that is a person's
        # full name is the name; everything else is the role
        chunks = [c.strip() for c in phrase.split(",") if c.strip()]
        chunks = [c for c in chunks if not DEGREES_AFTER.fullmatch(" " + c)]  # "Jo Roe, Ph.D., …"
        # "…, who presented the plan": a relative clause describes, it is no part of the role
        chunks = [c for c in chunks if not re.match(r"(?i)(?:who|which|that|whose|where)\b", c)]
        for k in range(len(chunks) - 1, 0, -1):  # "President Jo Roe, Jr.": the suffix is the name's
            if re.fullmatch(GENERATION, chunks[k]):
                chunks[k - 1 : k + 1] = [f"{chunks[k - 1]}, {chunks[k]}"]
        placed = _placed_office(chunks)
        if placed is not None:  # "Quarry Bend, Iowa Mayor Jo Roe": a place, then an office
            return register(placed[1], placed[0], people)
        if chunks and (held := office_for(chunks[0])):  # "Agent Jo Roe of IRS Criminal
            return register(held[1], ", ".join([held[0], *chunks[1:]]), people)  # Unit, Newark"
        first_role, first_name = split_role_name(chunks[0]) if chunks else (None, None)
        if first_name and not first_role and len(first_name.split()) >= 2 and personal(first_name):
            # "Jane Roe, Special Agent in Charge of the Harbour Service-Pacific Region": a bare
            # name first is the name; the capitalised words at the end are the office's
            return register(first_name, ", ".join(chunks[1:]) or None, people)
        if first_role and first_name and len(first_name.split()) >= 2 and personal(first_name):
            # "Inspector Jo Roe, Marine Response Unit": a titled name first is the person
            return register(first_name, _role_of_parts([first_role, *chunks[1:]]), people)
        for k in range(len(chunks) - 1, -1, -1):
            if re.match(r"(?:of|from|at|with|in)\s", chunks[k]):
                continue  # "Sergeant Jo Roe, of Harbour CID": where they work, not who they are
            k_role, k_name = split_role_name(chunks[k])
            portfolio = bool(k_role) and (k_role or "").split()[-1].lower() in _CONTINUES
            if k_name and len(k_name.split()) >= 2 and personal(k_name) and not portfolio:
                role = ", ".join(x for x in (*chunks[:k], k_role, *chunks[k + 1 :]) if x)
                return register(k_name, role or None, people)
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
    held = office_for(phrase)
    if held:  # "U.S. Attorney Jane Roe for the District of Kell": the district is the office's
        return register(held[1], held[0], people)
    if " of " in phrase:
        # "Chairwoman Edith Ramirez of the Federal Trade Commission": the organisation is the role's.
        head, _, org = phrase.partition(" of ")
        head_role, head_name = split_role_name(head)
        if head_name and (personal(head_name) or " " in head_name):  # not "… Association of …"
            role = f"{head_role} of {org}" if head_role else None
            return register(head_name, role, people)
    role, name = split_role_name(phrase)
    if name is None:
        return office_holder(phrase, people) if role else None
    if role and " " not in name and len(name) > 2 and _no_office(role) and " I" not in phrase:
        return speaking_body(
            phrase, people
        )  # "Bread for the World", not "World" of "Bread for the"
    return register(name, role or role_after, people)


# Words of ROLE_WORDS that name a place, a field or a body rather than a person's office
_NOT_A_TITLE = frozenset(
    "public majority minority national international climate development central regional "
    "european federal eastern western northern southern middle high supreme first health trade "
    "security cyber homeland interior foreign affairs house white state states united justice "
    "defense defence court council board bureau agency department division district office "
    "ministry parliament police".split()
)
_CLERICAL = frozenset("bishop archbishop rabbi reverend rev father pastor imam dean coach".split())


def _no_office(role: str) -> bool:
    """Whether the words a split left before a one-word "name" hold no office but a connector:
    "Faith in Public" of "Faith in Public Life" is the start of a body's name."""
    words = [w.lower().strip(".,") for w in role.split()]
    titles = [w for w in words if (w in ROLE_WORDS and w not in _NOT_A_TITLE) or w in _CLERICAL]
    return bool(CONNECTORS & set(words)) and not titles and not any(co_role(w) for w in words)


def office_holder(office: str, people: People) -> Person | None:
    """Who "the minister" is: the last person whose role says so, else an office a release may
    name without its holder ("As the Secretary-General said") as itself, else None."""
    role, _ = split_role_name(office)
    holder = holder_of(role, people) if role else None
    if holder is None and UNNAMED_OFFICE.fullmatch(office.strip(" ,")):
        holder = anonymous_office(re.sub(r"^[Tt]he\s+", "", office.strip(" ,")), people)
    return holder


_LOWER_OFFICE = re.compile(rf"(?P<role>{NAME_PHRASE}\s+{LOWER_OFFICE})\s+(?P<name>{NAME_PHRASE})")


_AT_PLACE = re.compile(r"(?P<who>.+?\S)\s+(?:in|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")


def _placed_office(chunks: list[str]) -> tuple[str, str] | None:
    """(role, name) of "Town, State Office Firstname Lastname": the chunks before the last are a
    place (a few capitalised words, no name with an office), the last an office and a full name."""
    if len(chunks) < 2 or any(len(c.split()) > 3 or split_role_name(c)[0] for c in chunks[:-1]):
        return None
    role, name = split_role_name(chunks[-1])
    if not role or not name or len(name.split()) < 2 or not personal(name):
        return None
    office = role.split()[-1].lower().rstrip(".")  # "Iowa Mayor", not "… of Foreign"
    if office not in ROLE_WORDS or office in BODY_WORDS or not role.istitle():
        return None
    if len(role.split()) < 2 or role.split()[0].lower() in ROLE_WORDS:
        return None  # "Jo Roe, Director Freshwater Fisheries": the office comes with no place
    return ", ".join([*chunks[:-1], role]), name


# "U.S. Attorney Jane Roe for the Northern District of Kell": an office, a full name, and "for the"
# (or "of the") the body or district the office serves, which belongs to the role, not the name
# "Chief Jo Roe of Kell Lake First Nation", "Chair Jo Roe of the Kell Tribe"
# "… for the District of Kell", "… for EPA's Office of Enforcement", "… of the Civil Division"
# Offices a release may name without their holder: "the Secretary-General", "the Prime Minister"
UNNAMED_OFFICE = re.compile(
    r"(?:[Tt]he\s+)?(?:Secretary-General|Deputy Secretary-General|High Commissioner(?:\s+for\s+[A-Z]\w+)?|"
    r"Prime Minister|(?:Vice\s+)?President|First Lady|Second Gentleman|Chancellor|Taoiseach|Premier|Special Rapporteur|"
    r"Secretary|Governor|Mayor|Minister|Ambassador|"
    r"Special Envoy|Surgeon[- ]General|Attorney General|Secretary of State)"
)


def speaking_body(name: str, people: People) -> Person:
    """The one Person of a release that is an organisation, found again by its whole name only
    (its last word, "Council", is no surname); it is an "it" to "he said" and "she said"."""
    person = next((p for p in people.known if p.name == name), None)
    if person is None:
        person = Person(name, None, "n")
        people.known.append(person)
    person.gender = "n"
    people.last = person
    people.mention(person)
    return person


def _role_of_parts(parts: list[str]) -> str:
    """ "Director", "of the Kell Division" → "Director of the Kell Division" (no comma before "of")."""
    role = parts[0]
    for part in parts[1:]:
        role += f" {part}" if re.match(r"(?:of|for|at)\s", part) else f", {part}"
    return role


def anonymous_office(role: str, people: People) -> Person:
    """The one Person of a release known by an office alone (found again by the same office)."""
    for person in people.known:
        if not person.name and (person.role or "").lower() == role.lower():
            return person
    person = Person("", role)
    people.known.append(person)
    return person


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
        role = re.sub(r"\s+", " ", role)
        honorific = role.rstrip(".").lower() in ADDRESSES
        addressed = role.rstrip(".").lower()
        single = len(name.split()) == 1
        if honorific and single and (namesake := _addressed_namesake(name, addressed, people)):
            return namesake  # "Mr. Roe", of Jo Roe and her son Ed Roe
        if honorific and len(name.split()) == 1 and people.find(name) is None:
            person = people.add(name, None)  # "Ms Tamihana says": a person, even unintroduced
            if person is not None and addressed in ADDRESS_GENDER:
                person.gender = ADDRESS_GENDER[addressed]
            return person
        role = None if honorific else (role or None)
    if len(name.split()) == 1:
        known = people.find(name)
        if known is None and role:  # "Sheriff Roe", of Sheriff Amos Roe and his daughter Nina Roe
            known = same_office(name, role, people)
        if known is not None:
            people.last = known
            if role and not known.role:
                known.role = role
            return known
        if not role:
            return None
    return people.add(name, role)


# The gender a form of address gives ("Ms Roe" is a woman)
ADDRESS_GENDER = {"mr": "m", "sir": "m", "mrs": "f", "ms": "f", "dame": "f"}


def _addressed_namesake(surname: str, address: str, people: People) -> Person | None:
    """Of several people with one surname, the one "Ms"/"Mr" may be: the others are known to
    be of the other gender ("Jo Roe and her son, Ed Roe": "Mr. Roe" is Ed)."""
    wanted = ADDRESS_GENDER.get(address)
    namesakes = [
        p for p in people.known if p.name and " " in p.name and surname_of(p.name) == surname
    ]
    if not wanted or len(namesakes) < 2:
        return None
    said = [p for p in namesakes if p.gender == wanted]  # known to be of that gender
    fits = said if len(said) == 1 else [p for p in namesakes if p.gender in {wanted, None, "?"}]
    return fits[0] if len(fits) == 1 else None


def same_office(surname: str, role: str, people: People) -> Person | None:
    """Of several people with one surname, the one whose office has this title's last word."""
    head = role.split()[-1].lower().rstrip(".")
    holders = [
        p
        for p in people.known
        if p.name and surname_of(p.name) == surname and head in (p.role or "").lower().split()
    ]
    return holders[0] if len(holders) == 1 else None


ANONYMOUS = re.compile(rf"(?:[Tt]he\s+|[Aa]\s+)?(?P<role>{ANON_ROLE})")
ANONYMOUS_KEYS = ("epresentative", "elegate", "pokes", "bserver")  # one is in every match


def anonymous(phrase: str, people: People) -> Person | None:
    """The person a phrase names by office alone ("the representative of Tarsin"): one Person a
    role, with no name, so that the quote says who spoke without inventing a name."""
    m = ANONYMOUS.fullmatch(phrase.strip(" ,"))
    if not m:
        return None
    role = m.group("role")
    return anonymous_office(role[0].lower() + role[1:], people)
