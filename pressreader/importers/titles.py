"""Lines around a release's headline that are not the headline, and who published it.

A release copied from a web page brings the page's framing with it: the office's name ("Department
for Transport", "European Commission - Daily News"), a kicker ("Press release", "Media release"),
breadcrumbs ("Home > News > Press releases"), "Skip to main content", a date line. `is_boilerplate`
says whether a line is such framing; `clean_title` strips a republisher's wrappers from the headline
("PRESS RELEASE : …", "… [June 2024]"); `banner_publisher` / `issued_by` read the office from a
banner or an "issued by the X" line (publishers.py names the publisher of a dump's record).
"""

from __future__ import annotations

import datetime
import re

from pressreader.importers.base import parse_date
from pressreader.importers.dates import is_date_line, numeric_date

# Kickers and site chrome, compared lower-case without punctuation.
_KICKERS = {
    "press release",
    "press releases",
    "media release",
    "media releases",
    "joint media release",
    "joint press release",
    "news release",
    "news releases",
    "news",
    "newsroom",
    "news room",
    "statement",
    "statements",
    "media statement",
    "joint statement",
    "press statement",
    "readout",
    "speech",
    "speeches",
    "news and media",
    "news and events",
    "latest news",
    "daily news",
    "media centre",
    "media center",
    "press office",
    "press",
    "announcements",
    "news story",
    "skip to main content",
    "skip to content",
    "skip to navigation",
    "menu",
    "home",
    "print",
    "share",
    "share this page",
    "back to news",
    "back",
    "search",
    "press releases and statements",
    "pressemitteilung",
    "pressemitteilungen",
    "pressemeldung",
    "pressestelle",
    "presseamt",
    "presse",
    "aktuelles",
    "service de presse",
    "salle de presse",
    "mitteilung",
    "communiqué de presse",
    "communique de presse",
    "communiqué",
    "ministerial statement",
    "joint media release with",
    "meetings coverage",
    "meetings coverage and press releases",
    "press notice",
    "press notices",
    "press corner",
    "release",
    "releases",
    "english",
    "français",
    "francais",
    "deutsch",
    "language selection",
    "select language",
    "security council",
    "general assembly",
    "direkt zum inhalt",
    "direkt zur hauptnavigation",
    "zum inhalt springen",
    "medienmitteilung",
    "medienmitteilungen",
    "aller au contenu",
    "press releases and meetings coverage",
}
# Kickers that sit right above the headline: what comes before them is the site's framing.
_ABOVE_HEADLINE = {
    "press release",
    "media release",
    "joint media release",
    "joint press release",
    "news release",
    "pressemitteilung",
    "communiqué de presse",
    "communique de presse",
    "media statement",
    "statement",
    "news story",
}

_SECTION = (
    r"(?:daily\s+news|news(?:room)?|press(?:\s+(?:releases?|office|statements?))?|"
    r"media\s+(?:releases?|centre|center|statements?)|news\s+releases?|statements?|speeches|"
    r"communiqués?(?:\s+de\s+presse)?|pressemitteilungen?|medienmitteilungen?)"
)
# French capitalises an institution's first word only: "Commission européenne", "Conseil fédéral"
_FRENCH_HEAD = {
    "commission",
    "conseil",
    "ministère",
    "gouvernement",
    "ville",
    "parlement",
    "office",
}
_SPLIT = re.compile(r"\s+[-–—|:•·]\s+|\s*[|•·]\s*")

INSTITUTION = re.compile(  # a word that makes a name an institution's
    r"\b(?:department|ministry|ministries|minister|ministers|office|government|commission|council|"
    r"agency|police|parliament|embassy|bureau|authority|treasury|chancellery|cabinet|secretariat|"
    r"administration|presidency|white\s+house|downing\s+street|service|directorate|municipality|"
    r"county|prime\s+minister|premier|chancellor|mayor|regierung|ministerium|amt|senate|assembly|"
    r"court|prosecutor|attorney|constabulary|force|commissioner|ombudsman|mission|delegation|division|"
    r"unit|section|centre|center|institute|board|committee|foundation|university|association|"
    r"corporation|company|union|headquarters|command|coalition|spokesperson|city|town|borough|"
    r"shire|nations|\w+ministerium|bundes\w+|\w+amt|news\s+service|stadt|gemeinde|landkreis|"
    r"kreis|bezirk|landesregierung|senatsverwaltung|ville|commune|préfecture|gemeente|gouvernement|"
    r"ministère|agence)\b",
    re.IGNORECASE,
)
_CONNECTORS = {
    "for",
    "of",
    "and",
    "&",
    "the",
    "de",
    "du",
    "des",
    "la",
    "le",
    "und",
    "für",
    "der",
    "on",
    "in",
    "to",
    "-",
    "–",
}
# Headline verbs: a capitalised headline ("Government Announces New Funding") is not a banner.
_VERBS = re.compile(
    r"\b(?:announce[sd]?|welcome[sd]?|launch(?:es|ed)?|unveil[sd]?|invest[sd]?|confirm[sd]?|sets?|"
    r"says?|said|calls?|commits?|deliver[sd]?|supports?|marks?|opens?|takes?|appoint[sd]?|"
    r"publish(?:es|ed)?|extends?|responds?|approves?|introduces?|backs?|boosts?|releases?|issues?|"
    r"warns?|urges?|signs?|agrees?|provides?|awards?|funds?|expands?|will|is|are|has|have|gets?|"
    r"joins?|meets?|visits?|helps?|cuts?|plans?|seeks?|names?|condemns?|statement|by|with|after|"
    r"honou?rs?|presents?|readout|celebrates?|congratulates?|hosts?|convenes?|commends?)\b",
    re.IGNORECASE,
)
_BREADCRUMB = re.compile(r"\s(?:>|›|»|/|\\)\s")
_PREFIX = re.compile(r"^\s*(?:press|media|news)\s+release\s*[:：–—|-]\s*(?=\S)", re.IGNORECASE)


def _norm(line: str) -> str:
    return " ".join(re.sub(r"[^\w&' ]+", " ", line.lower()).split())


def institution(line: str) -> str | None:
    """The office a banner line names ("European Commission - Daily News" → "European Commission")."""
    line = line.strip().rstrip(":").strip()
    parts = [p.strip() for p in _SPLIT.split(line) if p.strip()]
    parts = [p for p in parts if not re.fullmatch(_SECTION, p, re.IGNORECASE)]
    if len(parts) != 1:
        return None
    name = parts[0]
    words = name.split()
    if not 1 <= len(words) <= 10 or re.search(r"[.!?]$|\d", name) or not INSTITUTION.search(name):
        return None
    if _VERBS.search(name) or name.lower().startswith(("a ", "an ")):
        return None
    if words[0].lower() in _FRENCH_HEAD and len(words) <= 4:
        return name  # "Commission européenne", "Gouvernement du Québec"
    for word in words:
        bare = word.strip("(),'’")
        if bare.lower() in _CONNECTORS or not bare:
            continue
        if not (bare[:1].isupper() or bare[:1].isdigit() or bare.lower().startswith("u.s")):
            return None
    return name


def is_kicker(line: str) -> bool:
    """ "Press release", "Media release", "Pressemitteilung": the line right above a headline."""
    return _norm(line) in _ABOVE_HEADLINE


_ROLE_START = re.compile(
    r"^(?:the\s+)?(?:minister|treasurer|secretary|premier|senator|mayor|lord\s+mayor|deputy|"
    r"assistant|associate|attorney[- ]general|parliamentary|commissioner|chancellor|president|"
    r"vice[- ]president|under[- ]secretary|spokesperson|federal\s+minister|bundesminister\w*|"
    r"(?:federal\s+|state\s+)?member\s+for)\b",
    re.IGNORECASE,
)
_REFERENCE = re.compile(r"(?:^|\s)(?:No|Nr|Ref|Réf)\.?\s*\d+(?:/\d{2,4})?\b")
_DOMAIN = re.compile(
    r"^[\w-]+(?:\.[\w-]+)*\.(?:ie|uk|gov|au|nz|ca|de|eu|org|int|com|net|fr)(?:/\S*)?$", re.I
)


def date_led(line: str, day_first_hint: bool = False) -> datetime.date | None:
    """The date a line gives in one of its " – " / " | " parts that is a date and little else
    ("09/10/2025" day first when zero-padded or when the release writes "9 October")."""
    for part in re.split(r"\s+[|–—-]\s+|\s*\|\s*|\s{3,}", line.strip()):
        if not 1 <= len(part.split()) <= 5:
            continue
        if (found := numeric_date(part, day_first_hint) or parse_date(part)) is not None:
            return found
    return None


def is_framing(line: str) -> bool:
    """A header line that is not a headline: a byline ("The Hon X MP"), a portfolio line
    ("Minister for Arts"), a reference ("No. 048/2024 | 6 May 2024") or a site's address."""
    text = line.strip().lstrip("•*·▪–- ").strip()
    if re.match(r"^\d+(?:st|nd|rd|th)\s+(?:Meeting|Session)\b", text):
        return True  # "9912th Meeting (AM)"
    if re.match(r"^(?:Senator\s+)?(?:The\s+|the\s+)?Hon\.?\s+[A-Z]", text) or re.search(
        r"\s(?:MP|TD|MLA|MPP|MSP|MS|AM|QC|KC|MdB)$", text
    ):
        return True
    words = text.split()
    if date_led(text):
        return True  # "March 3, 2025 – Ottawa, Ontario – Natural Resources Canada"
    if (
        _ROLE_START.match(text)
        and len(words) <= 10
        and ":" not in text  # "Minister Weber: 120 million more for cycle paths" is a headline
        and not _VERBS.search(text)
        and not re.search(r"[’']s\b|\b(?:on|message|remarks|address)\b", text)
    ):
        return not re.search(r"[.!?:]$", text)
    if _REFERENCE.search(text) and len(words) <= 10:
        return True
    if re.fullmatch(r"\[[^\]]{3,60}\]|for immediate release|embargoed?.{0,60}", text, re.I):
        return True  # "[scroll down for French version]", "For immediate release"
    if re.fullmatch(r"[A-Z]{1,6}(?:/[A-Z0-9.-]{1,12}){1,4}", text):
        return True  # a UN document symbol: "SG/SM/22814", "GA/12345"
    return bool(_DOMAIN.match(text))


def banner_publisher(line: str) -> str | None:
    """The publisher a banner line names, if the line is a banner."""
    return institution(line)


# Page furniture that is no headline: "The official website of the X Government", "9871st
# meeting (AM)", "Pressemitteilung Nr. 14", "Reference: PN 14/25", "X - Press Corner", a skip
# link ("Skip to "About government"")
_FURNITURE = re.compile(
    r"^(?:the official website of\b|\d+(?:st|nd|rd|th) meeting\b|pressemitteilung nr\b|"
    r"reference\b.{0,20}$|.{2,60} press corner$|ausgabejahr \d{4}$|skip to (?:\w+ ){0,4}\w+$)"
)


def is_boilerplate(line: str) -> bool:
    """Whether a line is page framing (kicker, banner, breadcrumb, date line), not a headline."""
    text = line.strip()
    if not text:
        return True
    norm = _norm(text)
    if norm in _KICKERS or not norm or _FURNITURE.match(norm):
        return True
    crumbs = re.split(r"\s(?:>|›|»|/|\\)\s", text)
    if (
        len(crumbs) >= 2
        and all(len(part.split()) <= 5 for part in crumbs[:-1])  # the last may be the headline
        and norm.split()[0] in {"home", "startseite", "accueil", "news", "newsroom", "media"}
    ):
        return True
    if len(re.findall(r"\s(?:>|›|»)\s", text)) >= 2:
        return True
    if is_date_line(text):
        return True
    return institution(text) is not None


def is_place_line(line: str) -> bool:
    """A dateline's place alone: "Ottawa, Ontario", "Brussels –", "BERLIN –"."""
    text = line.strip().rstrip("–—-:").strip()
    return bool(
        text
        and len(text.split()) <= 4
        and re.fullmatch(r"[A-ZÀ-Þ][\wÀ-ÿ'’. -]*(?:,\s*[A-ZÀ-Þ][\wÀ-ÿ'’. -]*)?", text)
        and (line.strip() != text or "," in text or text.isupper())
    )


def prefixed_headline(line: str) -> bool:
    """A headline a republisher marked as such: "PRESS RELEASE: <headline>" (five words or more,
    not a row of items such as "Press release | 11 March 2025 | Brussels")."""
    m = _PREFIX.match(line)
    return m is not None and len(line[m.end() :].split()) >= 5 and "|" not in line


def clean_title(title: str) -> tuple[str, str | None]:
    """The headline without a republisher's wrappers; the "[June 2024]"-style tag, if one was cut."""
    title = _PREFIX.sub("", title).strip()
    tag = None
    m = re.search(r"\s*[\[(]\s*([^\[\]()]{3,40}?)\s*[\])]\s*$", title)
    if m and is_date_line(m.group(1)):
        tag, title = m.group(1), title[: m.start()].rstrip()
    return title, tag


_ISSUED_BY = re.compile(
    r"\b(?:[Ii]ssued|[Pp]ublished|[Rr]eleased)\s+by\s+(?:the\s+)?(?P<who>[A-Z][\w'’&,.-]*(?:\s+(?:[A-Z][\w'’&.-]*|"
    r"for|of|and|&|the|on\s+behalf\s+of))*)"
)


def issued_by(line: str) -> str | None:
    """The office named in an "issued by the X (on …)" line."""
    m = _ISSUED_BY.search(line)
    if not m:
        return None
    who = re.sub(r"\s+(?:on|for|of|and|&|the)$", "", m.group("who").rstrip(".,;")).strip()
    who = re.sub(r"\s+on$", "", who)
    return who if INSTITUTION.search(who) or len(who.split()) >= 2 else None
