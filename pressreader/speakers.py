"""One speaker per person across a store: name variants merged, roles over time kept apart.

"Nancy Faeser", "Federal Minister Faeser" and "Faeser" are one person; "Joseph R. Biden, Jr.",
"Joe Biden" and "President Biden" are one; "Jill Biden" is another. The rule, kept conservative
because two people merged is worse than one person listed twice:

- a full name (given name + surname) is keyed by its surname and its given name, nicknames folded
  ("Joe" = "Joseph", "Tony" = "Antony"); middle names, initials, suffixes (Jr., III) and
  post-nominals (MP, TD) do not count;
- an initial ("J. Smith") or a surname alone ("Faeser", "President Biden") joins the one full name
  with that surname (and initial) — only when there is exactly one; with two candidates, a role
  seen with both decides, else the variant stays on its own.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

_SUFFIXES = {
    "jr",
    "sr",
    "ii",
    "iii",
    "iv",
    "mp",
    "td",
    "mla",
    "mpp",
    "msp",
    "qc",
    "kc",
    "mdb",
    "mep",
}
_HONORIFICS = {"mr", "mrs", "ms", "dr", "prof", "sir", "dame", "hon", "the", "lord", "lady"}
NICKNAMES = {
    "joe": "joseph", "tony": "antony", "anthony": "antony", "bill": "william", "will": "william",
    "bob": "robert", "rob": "robert", "jim": "james", "jimmy": "james", "mike": "michael",
    "liz": "elizabeth", "beth": "elizabeth", "kate": "katherine", "kathy": "katherine",
    "catherine": "katherine", "chris": "christopher", "dan": "daniel", "danny": "daniel",
    "dave": "david", "tom": "thomas", "ted": "edward", "ed": "edward", "rick": "richard",
    "dick": "richard", "nick": "nicholas", "alex": "alexander", "ken": "kenneth", "sam": "samuel",
    "ben": "benjamin", "matt": "matthew", "pat": "patrick", "ron": "ronald", "steve": "stephen",
    "steven": "stephen", "andy": "andrew", "jen": "jennifer", "jenny": "jennifer", "sue": "susan",
    "peggy": "margaret", "maggie": "margaret", "greg": "gregory", "jeff": "jeffrey",
    "geoff": "jeffrey", "larry": "lawrence", "jerry": "gerald", "tim": "timothy", "vicky": "victoria",
}  # fmt: skip


# An honorific says a person's gender; a few common given names do too. "Ms Thomas" never joins
# "David A. Thomas" (a veto only: a name not listed says nothing).
_HONORIFIC_GENDER = {
    "mr": "m", "sir": "m", "lord": "m", "herr": "m", "monsieur": "m", "m": "m",
    "ms": "f", "mrs": "f", "miss": "f", "dame": "f", "lady": "f", "frau": "f", "madame": "f",
    "mme": "f",
}  # fmt: skip
_GIVEN_GENDER = dict.fromkeys(
    """joseph antony william robert james michael christopher daniel david thomas edward richard
    nicholas alexander kenneth samuel benjamin matthew patrick ronald stephen andrew gregory jeffrey
    lawrence gerald timothy john peter paul mark george charles donald brian kevin jason eric scott
    frank raymond jack dennis jerry tyler aaron henry adam douglas nathan zachary kyle walter harold
    carl arthur roger keith jeremy terry lloyd ralph roy eugene louis philip bobby johnny liam noah
    oliver lucas hans klaus jürgen wolfgang pierre jean-pierre antonio""".split(),
    "m",
) | dict.fromkeys(
    """elizabeth katherine jennifer susan margaret victoria mary patricia linda barbara sarah karen
    nancy lisa betty helen sandra donna carol ruth sharon michelle laura emily kimberly deborah
    jessica julie anne ann jane janet cecilia kamala jill hillary amy angela melissa rebecca
    stephanie nicole anna emma olivia sophia isabella charlotte amelia grace chloe hannah ursula
    annalena ingrid sabine claudia marie sophie catherine caroline rachel maria gina samantha
    christine denise diane gloria janice judith kathleen martha pamela teresa theresa""".split(),
    "f",
)


def _honorific_gender(name: str) -> str | None:
    first = name.strip().split()[0] if name.strip() else ""
    return _HONORIFIC_GENDER.get(_fold(first.rstrip(".")))


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(
        c for c in decomposed if not unicodedata.combining(c) and (c.isalnum() or c in "-'")
    )


@dataclass(frozen=True, slots=True)
class NameParts:
    """A name reduced for comparison: surname, given name (folded, nickname-free), initial."""

    surname: str
    given: str | None  # a full given name, or None
    initial: str | None  # the given name's first letter, when only an initial is written


def name_parts(name: str, role_words: Iterable[str] = ()) -> NameParts | None:
    """The comparable parts of a speaker's name; None when it holds no name (a title alone)."""
    from pressreader.quotes import ROLE_WORDS  # the importer's own list of role words

    roles = set(ROLE_WORDS) | {w.lower() for w in role_words}
    tokens = [t for t in re.split(r"[\s,]+", name.strip()) if t]
    words: list[str] = []
    for token in tokens:
        bare = _fold(token.rstrip("."))
        if not bare or bare in _SUFFIXES:
            continue
        if not words and (bare in _HONORIFICS or bare in roles):
            continue  # "Federal Minister Faeser", "Ms Tamihana": the title is not the name
        words.append(token)
    if not words:
        return None
    surname = _fold(words[-1].rstrip("."))
    if len(words) == 1:
        return NameParts(surname, None, None)
    first = words[0]
    if re.fullmatch(r"[A-Z]\.?|[A-Z]\.[A-Z]\.?", first):
        return NameParts(surname, None, _fold(first[0]))
    given = _fold(first.rstrip("."))
    given = NICKNAMES.get(given, given)
    return NameParts(surname, given, given[:1])


@dataclass
class Speaker:
    """One person of the store: the fullest name, every variant, roles with their date spans."""

    key: str
    name: str
    variants: set[str] = field(default_factory=set)
    roles: dict[str, tuple[dt.date, dt.date]] = field(default_factory=dict)

    def add_role(self, role: str | None, date: dt.date) -> None:
        if not role:
            return
        first, last = self.roles.get(role, (date, date))
        self.roles[role] = (min(first, date), max(last, date))


def _has_given(p: NameParts | None) -> bool:
    return p is not None and p.given is not None


def merge_speakers(
    seen: Iterable[tuple[str, str | None, dt.date]],
) -> tuple[dict[str, str], dict[str, Speaker]]:
    """Group (name, role, date) sightings into people.

    Returns the key of every name variant and the speakers by key. A variant's key is stable across
    runs for the same input (the folded fullest name).
    """
    sightings = list(seen)
    parts = {name: name_parts(name) for name, _, _ in sightings}
    roles_of: dict[str, set[str]] = defaultdict(set)
    for name, role, _ in sightings:
        if role:
            roles_of[name].add(role.casefold())
    # 1. Full names: one group per (surname, given name).
    full: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name, p in parts.items():
        if p is not None and p.given:
            full[(p.surname, p.given)].append(name)
    by_surname: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key in full:
        by_surname[key[0]].append(key)
    group_of: dict[str, tuple[str, str] | tuple[str]] = {}
    for key, names in full.items():
        for name in names:
            group_of[name] = key
    # 2. Initials and surnames alone join the one matching full name (a shared role breaks a tie).
    for name, p in parts.items():
        if p is None or p.given:
            continue
        gender = _honorific_gender(name)
        candidates = [
            k
            for k in by_surname.get(p.surname, [])
            if p.initial in (None, k[1][:1])
            and (gender is None or _GIVEN_GENDER.get(k[1], gender) == gender)
        ]
        if len(candidates) > 1 and roles_of[name]:
            candidates = [
                k for k in candidates if any(roles_of[name] & roles_of[n] for n in full[k])
            ]
        group_of[name] = candidates[0] if len(candidates) == 1 else (f"{p.surname}|{name}",)
    for name in parts:
        group_of.setdefault(name, (f"|{name}",))  # a title alone: its own entry
    speakers: dict[str, Speaker] = {}
    key_of: dict[str, str] = {}
    members: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name, group in group_of.items():
        members[group].append(name)
    for names in members.values():
        fullest = max(names, key=lambda n: (_has_given(parts[n]), len(n.split()), len(n)))
        speaker_key = _fold(fullest.replace(" ", "-")) or fullest
        speaker = speakers.setdefault(speaker_key, Speaker(speaker_key, fullest))
        speaker.variants.update(names)
        for name in names:
            key_of[name] = speaker_key
    for name, role, date in sightings:
        speakers[key_of[name]].add_role(role, date)
    return key_of, speakers
