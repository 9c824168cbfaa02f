"""Who published a record of a dump or a feed: the institution behind a site (`publisher_for_url`),
never a byline (`is_person` tells "Ned Price, Department Spokesperson" from an institution).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from pressreader.importers.titles import INSTITUTION

HOST_PUBLISHERS = {
    "state.gov": "U.S. Department of State",
    "whitehouse.gov": "The White House",
    "justice.gov": "U.S. Department of Justice",
    "defense.gov": "U.S. Department of Defense",
    "ec.europa.eu": "European Commission",
    "europa.eu": "European Union",
    "auswaertiges-amt.de": "Federal Foreign Office",
    "bundesregierung.de": "Federal Government of Germany",
    "bmz.de": "Federal Ministry for Economic Cooperation and Development",
    "bmi.bund.de": "Federal Ministry of the Interior and Community",
    "pm.gc.ca": "Prime Minister of Canada",
    "valtioneuvosto.fi": "Finnish Government",
    "afp.gov.au": "Australian Federal Police",
    "police.govt.nz": "New Zealand Police",
    "beehive.govt.nz": "New Zealand Government",
    "merrionstreet.ie": "Government of Ireland",
}


def url_host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(str(url).strip()).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


def publisher_for_url(url: str | None) -> str | None:
    """The institution behind a site (a small table), else the site's host name; None without a URL."""
    host = url_host(url)
    if not host:
        return None
    parts = host.split(".")
    for i in range(len(parts) - 1):
        if (known := HOST_PUBLISHERS.get(".".join(parts[i:]))) is not None:
            return known
    return host


_NAME = re.compile(
    r"^(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame|Hon|Ambassador|Secretary|Minister|Senator)\.?\s+)*"
    r"[A-ZÀ-Þ][\w'’-]+(?:\s+(?:[A-ZÀ-Þ]\.|[A-ZÀ-Þ][\w'’-]+|de|van|von|bin|al|da|del|la)){1,4}"
    r"(?:,?\s+(?:Jr|Sr|II|III)\.?)?$"
)


def is_person(value: str) -> bool:
    """A byline rather than an institution: "Ned Price, Department Spokesperson", "Jane Doe"."""
    text = " ".join(value.split())
    first = text.split(",")[0].strip()
    return not INSTITUTION.search(first) and bool(_NAME.match(first))


BYLINE_FIELDS = frozenset({"creator", "author", "byline", "authors", "by"})


def record_publisher(fields: list[tuple[str, list[str]]], url: str | None) -> list[str]:
    """The institution that published a dump's record, never a byline.

    `fields` are (field name, values) in order of preference. Institution fields (publisher,
    agency, components) count without any person's name in them; a byline field (creator,
    author) counts only when it names an institution and, on a site whose institution is known,
    that institution ("Office of the Spokesperson" on state.gov → the site's); else the site's
    institution, or its host name.
    """
    site = publisher_for_url(url)
    known = site is not None and site != url_host(url)
    for name, values in fields:
        if not values:
            continue
        if name in BYLINE_FIELDS:
            text = " ".join(", ".join(values).split())
            if not text or is_person(text):
                continue
            core = re.sub(r"^(?:u\.s\.|the)\s+", "", (site or "").lower())
            if known and core not in text.lower():
                continue
            return [text]
        kept = [v for v in values if not is_person(v)]
        if kept:
            return kept
    return [site] if site else []
