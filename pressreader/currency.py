"""Which dollar a release's bare "$" means: its own country's, known from the places it names.

A Canadian, Australian or New Zealand release writes "$14.8 million" for its own dollar; only a
U.S. release (or one that says "US$") means U.S. dollars. Bullet statistics are parsed with "$" as
USD (figures.py knows no country); `local_dollar` reads the country from the release's words and
`with_dollar` puts that dollar on its figures. Without clear evidence the figure keeps USD.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pressreader.model import Figure

_COUNTRY = {  # names and marks of each country's releases (multiline: "-30-" alone on a line)
    "CAD": re.compile(
        r"\b(?:Canada|Canadian|Canadiens?|Canadiennes?|Ontario|Qu[ée]bec|British\s+Columbia|"
        r"Colombie-Britannique|Alberta|Saskatchewan|Manitoba|Nova\s+Scotia|Nouvelle-[ÉE]cosse|"
        r"New\s+Brunswick|Nouveau-Brunswick|Newfoundland|Prince\s+Edward\s+Island|Yukon|"
        r"Nunavut|Northwest\s+Territories|B\.C\.)\b|/CNW/|^-30-$|canada\.ca|\.gc\.ca|"
        r"\.ca\b(?=[/>\s]|$)|"
        # a release in English and French, as Canada's bilingual offices write them
        r"[Ll]e\s+français\s+suit|French\s+follows|English\s+follows|\bVille\s+de\s+[A-Z]",
        re.MULTILINE,
    ),
    "AUD": re.compile(
        r"\b(?:Australia|Australian|Queensland|New\s+South\s+Wales|NSW|Tasmania|Tasmanian|"
        r"Western\s+Australia|South\s+Australia|Northern\s+Territory|Canberra|"
        r"Commonwealth|Shire|Cr|ACT\s+Government|Australian\s+Capital\s+Territory)\b|\.gov\.au|"
        r"\.com\.au|\.au\b(?=[/>\s]|$)"
    ),
    "NZD": re.compile(
        r"\b(?:New\s+Zealand|Aotearoa|Kiwi|Wellington|Auckland|Māori|Ngā|iwi|hapū|whānau)\b|"
        r"\bTe\s+[A-ZĀĒĪŌŪ]|beehive\.govt\.nz|\.nz\b(?=[/>\s]|$)|"
        r"\b\w*[āēīōū]\w*"  # te reo Māori is written with macrons
    ),
}
# The United States, and the United Nations, whose appeals and budgets are in U.S. dollars
_US = re.compile(
    r"\b(?:United\s+States|U\.S\.|USA|America|American|Washington,\s+D\.?C\.?|United\s+Nations|"
    r"Nations\s+[Uu]nies|UNICEF|UNHCR|HCR|OCHA|WFP|PAM|UNDP|PNUD|UNFPA|WHO|OMS|IOM|OIM)\b"
)
# A figure that says which dollar it is keeps it: "US$2 million", "USD 40,000", "U.S. dollars"
_SAYS_US = re.compile(r"US\$|U\.S\.\s?\$|\bUSD\b|\bU\.?S\.? dollars|dollars américains", re.I)


def local_dollar(texts: list[str], header: list[str] | None = None) -> str | None:
    """The dollar ("CAD", "AUD", "NZD") of the country the texts name most, if clearly not the
    United States; None when the evidence is thin (the figure then keeps USD). A name in the
    `header` (publisher, address, the page's banner) counts twice: it says who is speaking."""
    whole = "\n".join(texts)
    if "$" not in whole and "dollar" not in whole:
        return None  # the common case: nothing to decide
    top = "\n".join(header or [])
    counts = {
        code: len(pattern.findall(whole)) + 2 * len(pattern.findall(top))
        for code, pattern in _COUNTRY.items()
    }
    # Two mentions at least, and twice as many as of the United States: a U.S. summit's fact
    # sheet names Australia often, a U.S. indictment Canada once.
    code = max(counts, key=lambda c: counts[c])
    us = len(_US.findall(whole))
    rivals = sorted(counts.values())[-2]
    return code if counts[code] >= 2 and counts[code] > 2 * us and counts[code] > rivals else None


def with_dollar(figure: Figure, dollar: str | None) -> Figure:
    """The figure with a bare "$" read as the release's own dollar."""
    if dollar is None or not figure.unit or figure.unit.split()[0] != "USD":
        return figure
    if _SAYS_US.search(figure.text):
        return figure
    return replace(figure, unit=dollar + figure.unit[3:])
