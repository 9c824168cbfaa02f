"""A web page's furniture that a copied release brings along above its headline: site menus, cookie
banners, skip links, a newswire's banner, breadcrumb steps, an "official website" notice.

`is_page_furniture` says whether one line is such furniture; the headline picker (headline.py)
passes over these lines as over kickers and banners, and keeps them in the release's preamble. Each rule is a
kind of line, not a list of sites: a menu is several short capitalised items joined by "|", a
cookie banner talks about cookies, a skip link says where it skips to.
"""

from __future__ import annotations

import re

from pressreader.importers.titles import institution

# "Skip to main content", "Passer au contenu principal", "Direkt zur Suche", "Zum Inhalt springen"
_SKIP_LINK = re.compile(
    r"^(?:skip|jump)\s+to\b.{0,40}$|^passer\s+(?:au|à|a)\b.{0,50}$|^aller\s+(?:au|à)\b.{0,40}$|"
    r"^(?:direkt\s+)?zu[mr]?\s+\w+(?:\s+\w+)?(?:\s+springen)?$|^springe\s+zu\b.{0,30}$|"
    # … or the first of a row of links: "Go to content | Go to main menu", "Zum Inhalt springen  Suche"
    r"^(?:(?:skip|jump|go)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu|search)|"
    r"zum\s+inhalt|zur\s+(?:haupt)?navigation|zur\s+suche|aller\s+au\s+contenu)\b",
    re.IGNORECASE,
)
# A search box: "Search", "Search this site  Search", "Search GOV.UK", "Suche"
_SEARCH = re.compile(
    r"^(?:search|suche|rechercher)(?:\s+(?:(?:this|the|our)\s+(?:web)?site|\S+\.\S+))?"
    r"(?:\s+(?:search|suchen|rechercher))?$",
    re.IGNORECASE,
)
# "You are here: Home › News", "Sie sind hier: Startseite › Aktuelles", "Vous êtes ici : Accueil"
_YOU_ARE_HERE = re.compile(r"^(?:you\s+are\s+here|sie\s+sind\s+hier|vous\s+êtes\s+ici)\s*:", re.I)
# A breadcrumb on one line from the home page, which may end in the headline itself:
# "Home | Office of the Spokesperson | Press Releases | <headline>", "Startseite › Presse"
_BREADCRUMB = re.compile(r"^(?:home|startseite|accueil)\s*[|›>»/]\s*\S", re.I)
# "Contact: USDA Press", "Media contacts", "Contact Information": the press office's contact
_CONTACT = re.compile(r"^(?:media\s+|press\s+)?contacts?(?:\s+information)?(?:\s*:.{0,60})?$", re.I)
# A row of page tools: "Listen    Print    Share", "Listen to this article   3 min",
# "Share   Facebook   LinkedIn   Email", "Print this page"
_TOOLS = re.compile(
    r"^(?:listen(?:\s+to\s+this\s+(?:page|article|story|release))?|print(?:\s+this\s+page)?|"
    r"share(?:\s+this\s+(?:page|article|story))?|email|e-mail|facebook|linkedin|twitter|x|"
    r"whatsapp|bluesky|mastodon|download(?:\s+pdf)?|pdf|copy\s+link|save|vorlesen|drucken|"
    r"teilen|écouter|imprimer|partager|\d+\s+min(?:ute)?s?(?:\s+read)?)"
    r"(?:\s+(?:listen|print|share|email|e-mail|facebook|linkedin|twitter|x|whatsapp|bluesky|"
    r"mastodon|pdf|save|vorlesen|drucken|teilen|écouter|imprimer|partager|copy\s+link|"
    r"\d+\s+min(?:ute)?s?(?:\s+read)?))*$",
    re.IGNORECASE,
)
# An e-mail's header, as a release sent to a distribution list is pasted: "From: Press Office
# <press@…>", "Sent: 03 February 2026 09:12", "To: …", "Subject: PRESS RELEASE: …"
_EMAIL_HEADER = re.compile(
    r"^(?:(?:sent|to|cc|bcc|subject|reply-to|betreff|objet|an|gesendet|envoyé)\s*:"
    r"|(?:from|von|de)\s*:.*@|date\s*:.*\d{1,2}:\d{2})",
    re.IGNORECASE,
)
# "Reading time: 3 min (684 words)", "Lesezeit: 4 Minuten"
_READING_TIME = re.compile(
    r"^(?:reading\s+time|read\s+time|lesezeit|temps\s+de\s+lecture)\b"
    r"|^\d+(?:\s*[–-]\s*\d+)?\s+min(?:ute)?s?(?:\s+read)?$",  # a reader view's "6–8 minutes"
    re.I,
)
# Accessibility links: "Easy read", "Irish Sign Language (ISL)", "BSL", "Leichte Sprache"
_ACCESS = re.compile(
    r"^(?:easy\s+read(?:\s+version)?|(?:british|irish|australian|new\s+zealand)\s+sign\s+"
    r"language(?:\s+\(\w+\))?|bsl|isl|auslan|leichte\s+sprache|gebärdensprache|"
    r"facile\s+à\s+lire|langue\s+des\s+signes)$",
    re.I,
)
# A row of languages, each in its own tongue: "العربية   中文   English   Español   Français"
_LANGUAGE_NAMES = frozenset(
    "english français francais español deutsch русский العربية 中文 português kiswahili gaeilge "
    "cymraeg italiano nederlands polski te reo māori ελληνικά türkçe 日本語 한국어".split()
)
# A court's case line above its press release's headline: "Judgment of the Court in Case C-412/24"
_CASE_LINE = re.compile(
    r"^(?:judgment|order|opinion|ruling)\s+of\s+(?:the\s+)?(?:general\s+)?(?:court|advocate)\b"
    r".{0,40}\bcases?\b",
    re.IGNORECASE,
)
# A photo's credit: "© UNICEF/Jo Roe", "Photo: …", "Credit: …", "Image: …"
_CREDIT = re.compile(r"^(?:©|\(c\)\s|(?:photo|image|picture|credit|foto|bild)\s*:)", re.I)
# "Available languages: English | français", "Sprache: Deutsch"
_LANGUAGES = re.compile(
    r"^(?:available\s+languages|languages?|select\s+(?:a\s+)?language|sprachen?|langues?)\s*:",
    re.IGNORECASE,
)
# A cookie banner's lines speak of cookies to the reader: "Cookies on GOV.UK", "We use some
# essential cookies …", "Accept additional cookies" (a headline about cookie rules does not)
_COOKIES = re.compile(r"\bcookies?\b", re.IGNORECASE)
_TO_THE_READER = re.compile(
    r"^cookies\s+on\b|\b(?:we|you|your|accept|reject|allow|manage|this\s+(?:web)?site|settings|"
    r"preferences|policy|consent|"
    # German and French banners: "Diese Website verwendet Cookies. Alle akzeptieren", "Accepter"
    r"akzeptieren|ablehnen|einstellungen|diese\s+(?:web)?seite|diese\s+website|wir\s+verwenden|"
    r"verwendet|accepter|refuser|paramètres|ce\s+site|nous\s+utilisons)\b",
    re.IGNORECASE,
)
# "An official website of the European Union", "The official website of the City of X"
_OFFICIAL_SITE = re.compile(
    r"^(?:an?|the)\s+official\s+(?:\w+\s+)?(?:website|web\s+site|site)\b", re.IGNORECASE
)
# The banner of a newswire or republisher, alone on its line, and its furniture
_WIRE = re.compile(
    r"^(?:canada\s+newswire|cnw(?:\s+group)?|pr\s+newswire|business\s+wire|globe\s?newswire|"
    r"cision|scoop(?:\.co\.nz)?|mil-osi(?:\s+\w+)?|newswire|news\s+provided\s+by|"
    r"share\s+this\s+(?:article|page|story)|here['’]s\s+how\s+you\s+know|navigation\s+menu|main\s+menu|sélection\s+de\s+la\s+langue)$",
    re.IGNORECASE,
)
# A section's name alone ("Appeal") or a numbered kicker ("Pressemitteilung 021/2025")
_SECTION = re.compile(
    r"^(?:(?:witness\s+)?appeals?|media\s+advisory|news\s+update|nouvelles|actualités|"
    r"(?:pressemitteilung|presseinformation|medienmitteilung|press\s+release|media\s+release|"
    r"news\s+release|communiqué(?:\s+de\s+presse)?)\s*(?:nr\.?|no\.?|n°)?\s*\d+(?:[/.-]\d+)*)$",
    re.IGNORECASE,
)
# A republisher's label naming the office: "Press Release: New Zealand Government"
_LABELLED_OFFICE = re.compile(r"^(?:press|media|news)\s+release\s*:\s*(?P<who>.+)$", re.I)
# A label alone whose value is the next line: "News provided by" / "Natural Resources Canada"
LABEL_ALONE = re.compile(r"^(?:news\s+provided\s+by|provided\s+by|from|de|von)\s?:?$", re.I)
_MENU_SPLIT = re.compile(r"\s+[|•·]\s+|\s{3,}")
_MENU_WORDS = frozenset(
    "home news media press releases release statements speeches publications contact us about "
    "events search menu services business residents visitors council politics parliament regional "
    "world sport national local topics campaigns consultations guidance research data jobs "
    "careers appeals nouvelles accueil presse aktuelles startseite".split()
)


def _is_menu(text: str) -> bool:
    """Several short items side by side ("Home | News | Speeches", "Press releases | Special
    Procedures"): a site's navigation, not a headline."""
    items = [item.strip() for item in _MENU_SPLIT.split(text) if item.strip()]
    if len(items) < 2 or any(len(item.split()) > 3 or re.search(r"\d", item) for item in items):
        return False
    if not all(item[0].isupper() for item in items):
        return False
    known = sum(
        item.lower() in _MENU_WORDS or item.lower().split()[0] in _MENU_WORDS for item in items
    )
    return len(items) >= 3 or known >= 1


def is_credit_line(line: str) -> bool:
    """A photo's credit line ("© UNICEF/Jo Roe", "Photo: …")."""
    return _CREDIT.match(line.strip()) is not None


def is_page_furniture(line: str) -> bool:
    """Whether a line is a page's menu, cookie banner, skip link, newswire banner, breadcrumb step
    ("> Environment") or official-website notice."""
    text = " ".join(line.split())
    if not text:
        return False
    if text[0] in ">›»" or _SKIP_LINK.match(text) or _WIRE.match(text) or _SECTION.match(text):
        return True
    if _SEARCH.match(text):
        return True
    if _YOU_ARE_HERE.match(text) or _BREADCRUMB.match(text) or _EMAIL_HEADER.match(text):
        return True
    if (
        _TOOLS.match(text)
        or _CASE_LINE.match(text)
        or _CREDIT.match(text)
        or _READING_TIME.match(text)
        or _ACCESS.match(text)
    ):
        return True
    words = text.lower().split()
    if len(words) >= 3 and sum(w in _LANGUAGE_NAMES for w in words) >= 3:
        return True  # a row of languages
    if _CONTACT.match(text) and len(text.split()) <= 8:
        return True
    if _LANGUAGES.match(text) and len(text.split()) <= 10:
        return True
    if (office := _LABELLED_OFFICE.match(text)) and institution(office.group("who")):
        return True
    if _OFFICIAL_SITE.match(text) and len(text.split()) <= 12:
        return True
    if _COOKIES.search(text) and _TO_THE_READER.search(text) and len(text.split()) <= 25:
        return True
    return _is_menu(text)
