"""Which of the first lines of a copied page is the headline, and whether the next line continues it.

The page's framing comes first (skip links, banners, breadcrumbs, kickers, bylines, date lines);
the headline is the first line that is none of these, after the last kicker ("Press release")
when there is one. A kicker under a "From: <office>" line (canada.ca) or followed only by bylines
and a date (Australian ministers' releases) sits below the headline instead.
"""

from __future__ import annotations

import re

from pressreader.figure_words import LANG_STOP_WORDS
from pressreader.figures import detect_lang
from pressreader.importers.dates import is_date_line
from pressreader.importers.furniture import LABEL_ALONE, is_credit_line, is_page_furniture
from pressreader.importers.titles import (
    banner_publisher,
    is_boilerplate,
    is_framing,
    is_kicker,
    is_place_line,
    prefixed_headline,
)

META = re.compile(
    r"^[,;·|\s]*(?P<key>topics?|date|published|source|author|category|categories|tags|language)"
    r"\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
# How far down a page the headline is looked for: a page may bring a cookie banner, menus, a
# search box and breadcrumbs, each its own paragraph, before it
HEAD_CHUNKS = 16  # paragraphs
HEAD_LINES = 24  # lines of those
# gov.uk, canada.ca (French), German; not an e-mail's "From: Press Office <press@…>"
FROM = re.compile(r"^(?:From|De|Von)\s?:\s*(?!.*@)(?P<who>.*)$")

_TITLE_ENDS_OPEN = re.compile(
    r"\b(?:after|to|of|for|and|or|the|a|an|in|on|with|by|at|from|as|into|over|under|than|its|"
    r"their|new|more|und|für|der|die|das|mit|zu|von|de|des|du|pour|et)$",
    re.IGNORECASE,
)


def headline_like(line: str) -> bool:
    """A headline is short and does not end like a sentence of the body."""
    return len(line.split()) <= 30 and not line.rstrip().endswith((".", ":"))


def continues_title(title: str, line: str) -> bool:
    """Whether `line`, right under the headline in the same block, is the headline's second line:
    it starts in lower case, or the headline stops on a word that needs more ("… after")."""
    text = line.strip()
    if not text or len(text.split()) > 12 or re.search(r"[.:;!?]$", text) or len(title) > 120:
        return False
    if is_header_furniture(text):
        return False
    return text[0].islower() or bool(_TITLE_ENDS_OPEN.search(title))


def is_header_furniture(line: str) -> bool:
    """A line over or under a headline that is not one: a kicker, banner, byline, date, place or
    meta line, or the page's own furniture (menus, cookie banners, skip links)."""
    return (
        is_boilerplate(line)
        or bool(META.match(line))
        or is_framing(line)
        or is_page_furniture(line)
        or is_place_line(line)
    )


def _label(line: str) -> bool:
    """A label rather than a headline: three words or fewer ("Press Room", "gov.scot"), a name of
    up to six words, every word capitalised but its connectors, with no figure ("Environment
    and Climate Change", "An Roinn Bóithre agus Aibhneacha"), or a row of such items."""
    parts = [p for p in _PARTS.split(line.strip()) if p]
    if len(parts) > 1:  # "Te Mana Wai Inu | Drinking Water Regulator", "Home  News  Contact us"
        return all(_label(part) for part in parts)
    words = line.split()
    if len(words) <= 3:
        return True
    return (
        len(words) <= 6
        and not any(c.isdigit() for c in line)
        and all(w[0].isupper() or w.lower() in _NAME_CONNECTORS for w in words)
    )


# items of a banner or menu on one line; the two languages of a bilingual banner ("A / B")
_PARTS = re.compile(r"\s+[|•·/]\s+|\s{2,}")
# Lower-case words a name may hold (English, Irish, Scots, German, French)
_NAME_CONNECTORS = frozenset(
    "and of for the on in to & agus an na fur und für der die das de du des la le et".split()
)


def _short_above_headline(lines: list[str], k: int, office: str | None) -> bool:
    """Whether line k is a label (`_label`) with a headline under it (past other labels and
    furniture) that is no label: a site's name, department, section or topic above the
    headline, rarely a headline itself."""
    if not _label(lines[k]):
        return False
    for j, line in enumerate(lines[k + 1 : HEAD_LINES], start=k + 1):
        if is_header_furniture(line) or (office and line.strip() == office):
            continue
        if j + 1 < len(lines) and is_credit_line(lines[j + 1]):
            continue  # a photo's caption, its credit under it
        if not _label(line):  # the first line that is no label: is it a headline?
            return headline_like(line)
    return False


_ADDRESS = re.compile(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?", re.IGNORECASE)


def _link_card(block: list[str]) -> bool:
    """A link's preview pasted with the page: its address, title, summary and address again
    ("premier.example.gov.au" / "Headline | Site" / "Summary." / "premier.example.gov.au/…")."""
    return (
        len(block) >= 3
        and _ADDRESS.fullmatch(block[0].strip()) is not None
        and _ADDRESS.fullmatch(block[-1].strip()) is not None
    )


def other_language_headline(title: str, following: str, body: str) -> bool:
    """Whether the line under a headline is the same headline in the body's language, the one
    above in another ("Bysiau ysgol trydan …" / "Electric buses for 30 rural schools …")."""
    if (
        not headline_like(following)
        or len(following.split()) < 4
        or not following[:1].isupper()
        and not following[:1].isdigit()
    ):
        return False
    if continues_title(title, following):
        return False  # the headline's own second line
    lang = detect_lang([body])
    if lang is None:
        return False
    ours = LANG_STOP_WORDS[lang]
    here = sum(w in ours for w in re.findall(r"[^\W\d_]+", title.lower()))
    there = sum(w in ours for w in re.findall(r"[^\W\d_]+", following.lower()))
    return here == 0 and there >= 1


def dated_list(chunks: list[list[str]]) -> set[int]:
    """The blocks of a "Latest news" / "Related news" list: a headline over its date line, next to
    another such block. Neither their headlines nor their dates are the release's."""
    pairs = [
        len(c) == 2 and headline_like(c[0]) and not is_date_line(c[0]) and is_date_line(c[1])
        for c in chunks
    ]
    return {
        i
        for i, pair in enumerate(pairs)
        if pair and ((i > 0 and pairs[i - 1]) or (i + 1 < len(pairs) and pairs[i + 1]))
    }


def _tagline(chunks: list[list[str]], ci: int, li: int) -> bool:
    """A line of a two-line block at the top of the page, over its menu, beside the site's name:
    a motto, or the name in a second language ("An Garda Síochána" / "Working with Communities
    …"; "Buidheann … na h-Alba" / "Scottish Land and Water Agency"; then "Home | News | …")."""
    block = chunks[ci]
    return (
        ci <= 2
        and len(block) == 2
        and ci + 1 < len(chunks)
        and (_label(block[0]) or _label(block[1]))
        and not any(c.isdigit() for c in "".join(block))
        and (
            is_page_furniture(chunks[ci + 1][0])
            or _menu_row(chunks[ci + 1][0])
            # "Kantonspolizei X" / "Police cantonale de X", then "Menü / Menu" / "DE | FR"
            or (_label(block[0]) and all(_label(x) or is_page_furniture(x) for x in chunks[ci + 1]))
        )
    )


def _menu_row(line: str) -> bool:
    """A row of three or more short items, all labels but one at most ("Home | News | Contact us
    | 105 Police non-emergency", "Study with us   Research   About us   Kia ora, log in")."""
    parts = [p for p in _PARTS.split(line.strip()) if p]
    return len(parts) >= 3 and sum(not _label(p) for p in parts) <= 1


def pick_headline(
    chunks: list[list[str]], flat: list[tuple[int, int]], listed: set[int] | None = None
) -> tuple[tuple[int, int], str | None]:
    """The (chunk, line) of the headline among the `flat` first lines, and the banner's office;
    the blocks `listed` (other releases' headlines, `dated_list`) are passed over."""
    listed = listed or set()
    pick = flat[0]
    banner = None
    # Everything above a kicker ("Press release", "Media release") is the site's framing; a kicker
    # under a "From: <office>" line is canada.ca's, below the headline, and does not count.
    lines = [chunks[ci][li] for ci, li in flat]
    top = next((k for k, line in enumerate(lines) if FROM.match(line)), len(flat))
    kickers = [k for k in range(min(HEAD_LINES - 4, top)) if is_kicker(lines[k])]
    first = kickers[-1] + 1 if kickers and kickers[-1] + 1 < len(flat) else 0
    for line in lines[:first]:
        banner = banner or banner_publisher(line)
    # The office of a "From: <office>" line, repeated above the headline, is the site's banner.
    from_line = FROM.match(lines[top].strip()) if top < len(lines) else None
    office = from_line.group("who").strip() if from_line else None
    for ci, li in flat[:HEAD_LINES]:  # "PRESS RELEASE: <headline>": the page says which it is
        if prefixed_headline(chunks[ci][li]) and headline_like(chunks[ci][li]):
            return (ci, li), banner
    for start in dict.fromkeys((first, 0)):  # after the kicker; else from the top
        found = None
        for k, (ci, li) in enumerate(flat[start:HEAD_LINES], start=start):
            line = chunks[ci][li]
            labelled = k > 0 and LABEL_ALONE.match(lines[k - 1].strip())  # "News provided by"
            furniture = is_header_furniture(line) or (office and line.strip() == office) or labelled
            furniture = furniture or _short_above_headline(lines, k, office)
            furniture = furniture or _tagline(chunks, ci, li) or _menu_row(line) or ci in listed
            furniture = furniture or _link_card(chunks[ci])
            # a link card's "Headline | Site", the headline standing alone further down
            furniture = furniture or (
                " | " in line and line.split(" | ")[0].strip() in lines[k + 1 :]
            )
            # a photo's caption over its credit ("… in Verkat province." / "© UNICEF/Jo Roe")
            furniture = furniture or (k + 1 < len(lines) and is_credit_line(lines[k + 1]))
            if furniture and (k + 1 < len(flat) or start == first > 0):
                banner = banner or banner_publisher(line)
                continue
            found = (ci, li)
            break
        if found is not None and (start == 0 or headline_like(chunks[found[0]][found[1]])):
            return found, banner
        above = lines[first - 2] if start == first > 1 else ""
        if headline_like(above) and not is_header_furniture(above):
            # Only framing under the kicker: the Australian "Headline" / "Media release" /
            # "The Hon X MP" order puts the kicker right under the headline.
            return flat[first - 2], banner
    return pick, banner
