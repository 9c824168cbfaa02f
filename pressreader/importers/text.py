"""Raw text as copied from a release's web page: title line, meta lines, lead, paragraphs, bullets.

The shape it understands: the title (maybe repeated), optional "Topic:" / "Date:" lines (the value on
the same line or the next), the lead, then paragraphs separated by blank lines; short lines without a
final full stop are headings; bullets (•, -, *, –, 1.) are list items, introduced by the paragraph
before them; "Source: X" after a short line is an image credit; "Previous article…" / "Next article…"
and "Originally published at …" at the end are links.
"""

from __future__ import annotations

import re
from collections import Counter

from pressreader.importers.base import ImportFailure, RawBlock, RawDoc, parse_date
from pressreader.importers.clean import fold_line, line_paragraphs
from pressreader.importers.dates import (
    TOP_LINES,
    apply_found,
    dates_something_else,
    day_first_style,
    find_date,
    is_date_line,
    numeric_date,
)
from pressreader.importers.headline import (
    FROM,
    HEAD_CHUNKS,
    META,
    continues_title,
    dated_list,
    other_language_headline,
    pick_headline,
)
from pressreader.importers.publishers import is_person
from pressreader.importers.titles import (
    banner_publisher,
    clean_title,
    date_led,
    is_boilerplate,
    is_place_line,
    issued_by,
)
from pressreader.quotes.signatures import signer
from pressreader.quotes.words import ATTRIBUTION_LINE, CLOSERS, FIRST_PERSON_WORD
from pressreader.text import clean

_BULLET = re.compile(r"^\s*(?:[•\-*–·▪◦●]|\d{1,3}[.)])\s+(?P<item>\S.*)$")
_CREDIT = re.compile(
    r"^(?:source|photo|credit|foto|bild|image|picture|photograph)\s*:\s*(?P<who>.{2,120})$",
    re.IGNORECASE,
)
_PREV = re.compile(
    r"^(?:previous|prev\.?|vorheriger)\s*(?:article|post|release|artikel)?\s*:?\s*(?P<title>.+)$",
    re.IGNORECASE,
)
_NEXT = re.compile(
    r"^(?:next|nächster)\s*(?:article|post|release|artikel)?\s*:?\s*(?P<title>.+)$", re.IGNORECASE
)
_PUBLISHED_AT = re.compile(
    r"^(?:originally\s+)?published\s+(?:at|on|by)\s*[:;]?\s*(?P<rest>.*)$", re.IGNORECASE
)
_URL = re.compile(r"https?://[^\s<>\"]+")


def _is_heading(text: str, following: str | None) -> bool:
    """A short line with no closing punctuation, followed by more text."""
    words = text.split()
    return (
        0 < len(words) <= 12
        and text[:1].isupper()
        and not re.search(r"[.!?:;,\"”’)]$|\s[–—-]$", text)  # "Jane Roe, mayor –" leads a quote
        and not ATTRIBUTION_LINE.match(text)
        and following is not None
        and not _BULLET.match(following)
        and not _CREDIT.match(following)
    )


def _signs_quotation(line: str, blocks: list[RawBlock]) -> bool:
    """ "“…”" then "Minister of Ports Jane Roe" alone on the next line: the speaker, no heading."""
    if not blocks or blocks[-1].kind != "p":
        return False
    quoted = blocks[-1].text.strip()
    before = blocks[-2].text if len(blocks) > 1 and blocks[-2].kind == "p" else ""
    return quoted[:1] in "“\"„«»‘'" and quoted[-1:] in CLOSERS and signer(line, before) is not None


def _chunks(text: str) -> list[list[str]]:
    """Paragraphs (split at blank lines) as lists of their non-empty lines."""
    return [
        [line.strip() for line in part.split("\n") if line.strip()]
        for part in re.split(r"\n\s*\n", text)
        if part.strip()
    ]


def read_text(data: str, origin: str) -> RawDoc:
    """Turn one release's raw text into a RawDoc.

    Page framing above the headline (office banner, kicker, breadcrumbs, date line) is skipped and
    read: a banner names the publisher, a date line dates the release. The date may also be a
    dateline, an "issued … on" line, a label, a "[June 2024]" tag (see importers.dates); a release
    whose text gives no full date keeps `date` None or a partial date for `resolve_date`.
    """
    # Cleaned whole as it enters: an escape sequence must not hide or fake a line's structure.
    text = clean(data.replace("\r\n", "\n").replace("\r", "\n"))
    chunks = _chunks(text)
    if not chunks:
        raise ImportFailure(f"{origin}: the text is empty")
    listed = dated_list(chunks)  # a "Latest news" list: other releases' headlines and dates
    all_lines = [line for k, chunk in enumerate(chunks) if k not in listed for line in chunk]
    doc = RawDoc(title="", origin=origin, day_first=day_first_style(text))
    chunks = _take_title(chunks, doc, listed)
    # The page may repeat the title.
    while chunks and len(chunks[0]) == 1 and clean_title(fold_line(chunks[0][0]))[0] == doc.title:
        chunks.pop(0)
    for _ in range(4):  # meta lines and framing lines may alternate under the title
        before = sum(len(c) for c in chunks)
        chunks = _read_header(_read_meta(chunks, doc), doc)
        if sum(len(c) for c in chunks) == before:
            break
    chunks = _read_footer(chunks, doc)
    for i, chunk in enumerate(chunks[:3]):
        if len(chunk) == 1 and len(chunk[0]) < 60 and is_date_line(chunk[0]):
            chunks.pop(i)
            break
    if doc.date is None:
        found = find_date(all_lines)
        if found is not None:
            apply_found(doc, found)
    if doc.source is None:
        edge = all_lines[:TOP_LINES] + all_lines[-4:]
        doc.source = next((who for line in edge if (who := issued_by(line))), None)
    if doc.source is None:
        doc.source = _from_line(all_lines[:TOP_LINES])
    _read_body(_paragraphs(chunks), doc)
    if not doc.blocks and not doc.summary:
        raise ImportFailure(f"{origin}: only a title was found, no release text")
    return doc


def _take_title(chunks: list[list[str]], doc: RawDoc, listed: set[int]) -> list[list[str]]:
    """Set the title from the first line that is not page framing; return the chunks after it."""
    kept = [ci for ci in range(len(chunks)) if ci not in listed][:HEAD_CHUNKS]
    flat = [(ci, li) for ci in range(max(kept, default=-1) + 1) for li in range(len(chunks[ci]))]
    pick, banner = pick_headline(chunks, flat, listed)
    ci, li = pick
    title = fold_line(chunks[ci][li])
    above = " ".join(fold_line(chunks[c][i]) for c, i in flat if (c, i) < pick)
    body = " ".join(" ".join(chunk) for chunk in chunks[ci + 1 : ci + 4])
    if (
        li + 1 < len(chunks[ci])
        and f"{title} {fold_line(chunks[ci][li + 1])}" not in above
        and other_language_headline(title, chunks[ci][li + 1], body)
    ):
        li += 1  # the headline in two languages: the one the release is written in
        title = fold_line(chunks[ci][li])
    while li + 1 < len(chunks[ci]) and (
        continues_title(title, chunks[ci][li + 1])
        # "Home / Media centre / Homes to speed up 1,500 new homes": the breadcrumb has it whole
        or f"{title} {fold_line(chunks[ci][li + 1])}" in above
    ):
        li += 1  # a headline set on two lines: "Lido to reopen after" / "£4.2 million restoration"
        title = f"{title} {fold_line(chunks[ci][li])}"
    doc.title = clean_title(title)[0]
    if banner and doc.source is None:
        doc.source = banner
    # (a line the page repeats, as a print header and footer, dates the printing, not the release)
    seen = Counter(line for chunk in chunks for line in chunk)
    skipped = [chunks[c][i] for c, i in flat if (c, i) < pick and c not in listed]
    dating = [line for line in skipped if seen[line] == 1]
    doc.preamble = skipped  # "The Hon Ruth Tamihana MP": who the release's people are
    if skipped:
        # Meta lines above the title ("Date: …") still count, and so do date lines there.
        _read_meta([[line for line in skipped if META.match(line)]], doc)
        whole = "\n".join(line for chunk in chunks for line in chunk)  # "12 May": year elsewhere
        found_date = find_date(dating, whole) if doc.date is None else None
        if found_date is not None and found_date.rank < 4:  # an update's date: look further
            apply_found(doc, found_date)
        for line in dating if doc.date is None else ():
            if dates_something_else(line):
                continue  # "Last updated: 12 June 2025" is not when it was issued
            doc.date = date_led(line, doc.day_first)  # "No. 048/2024 | 6 May 2024"
            if doc.date is not None:
                break
    rest = chunks[ci][li + 1 :]
    return ([rest] if rest else []) + chunks[ci + 1 :]


_PAIR = re.compile(r"(?:^|[,;|]\s*)(?P<key>[A-Za-z]+)\s*:\s*(?P<value>[^,;|]*)")


def _read_header(chunks: list[list[str]], doc: RawDoc) -> list[list[str]]:
    """Consume framing lines right under the title: date lines, place lines, kickers, "issued by
    the X on …" lines, "type: News , Topic: X , Date: …" lines."""
    consumed = 0
    lines = [line for chunk in chunks[:6] for line in chunk]
    for line in lines[:6]:
        if len(line) > 250:
            break
        pairs = _PAIR.findall(line)
        if len(pairs) >= 2 and re.match(r"\s*[A-Za-z]+\s*:", line):
            for key, value in pairs:
                if META.match(f"{key}: {value}"):
                    _set_meta(doc, key.lower(), fold_line(value))
        elif re.match(
            r"(?i)(?:the\s+)?(?:press\s+release|statement|news)?.{0,40}\bissued\s+by\b", line
        ) and (who := issued_by(line)):
            doc.source = doc.source or who
        elif not (is_boilerplate(line) or is_place_line(line)):
            break
        elif banner := banner_publisher(line):
            doc.source = doc.source or banner
        consumed += 1
    out: list[list[str]] = []
    skip = consumed
    for chunk in chunks:
        if skip >= len(chunk):
            skip -= len(chunk)
            continue
        out.append(chunk[skip:])
        skip = 0
    return out


def _from_line(lines: list[str]) -> str | None:
    """gov.uk's "From:" line (or label and next line): its first organisation is the publisher,
    not the minister after "and" ("Department for X and The Rt Hon Jane Roe MP"). The line
    stays in the text; this only reads it."""
    for i, line in enumerate(lines):
        m = FROM.match(line.strip())
        if not m:
            continue
        who = m.group("who").strip() or (lines[i + 1].strip() if i + 1 < len(lines) else "")
        first = re.split(
            r"\s+and\s+(?=(?:The\s+)?(?:Rt\.?\s+)?Hon\b|[A-Z]\w+\s+[A-Z][\w'-]+\s+MP\b)", who
        )[0]
        first = first.strip(" ,;")
        if first and len(first.split()) <= 12 and not is_person(first):
            return first
    return None


def _is_list(chunk: list[str]) -> bool:
    return any(_BULLET.match(line) for line in chunk)


def _paragraphs(chunks: list[list[str]]) -> list[str]:
    """The body's lines: list items one a line, prose chunks as paragraphs.

    Text wrapped at a fixed width (every line short) joins its lines; text whose paragraphs are
    whole lines (one over 120 characters somewhere) keeps a line break where a reader sees a new
    paragraph (`line_paragraphs`).
    """
    wrapped = all(len(line) <= 120 for chunk in chunks for line in chunk)
    out: list[str] = []
    for chunk in chunks:
        if _is_list(chunk):
            out.extend(chunk)
        else:
            out.extend([" ".join(chunk)] if wrapped else line_paragraphs(chunk))
    return out


def _read_meta(chunks: list[list[str]], doc: RawDoc) -> list[list[str]]:
    """Consume "Topic:" / "Date:" lines at the top; an empty value may continue on the next line."""
    lines = [line for chunk in chunks[:12] for line in chunk]
    # Where each line's chunk ends, so leftovers keep their paragraph breaks.
    i = 0
    while i < len(lines):
        m = META.match(lines[i]) if len(lines[i]) < 120 else None
        if not m:
            break
        key, value = m.group("key").lower(), m.group("value").strip()
        consumed = 1
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if not value and nxt is not None and not META.match(nxt) and _meta_value(key, nxt):
            value, consumed = nxt, 2
        _set_meta(doc, key, fold_line(value))
        i += consumed
    # Drop the consumed lines from the front of the chunks.
    out: list[list[str]] = []
    skip = i
    for chunk in chunks:
        if skip >= len(chunk):
            skip -= len(chunk)
            continue
        out.append(chunk[skip:])
        skip = 0
    return out


def _meta_value(key: str, line: str) -> bool:
    """Whether the line after an empty "Date:" / "Topic:" label is its value."""
    if key in {"date", "published"}:
        return parse_date(line) is not None
    return len(line.split()) <= 6 and not line.endswith(".")


def _set_meta(doc: RawDoc, key: str, value: str) -> None:
    if not value:
        return
    if key in {"date", "published"}:
        # "Date: Wednesday, 8th of October 2025    Category: Bins": the date alone
        value = re.split(r"\s{3,}|\s+\|\s+|\s+(?=[A-Z][a-z]+:)", value)[0]
        # "Date: 04/03/2025" is 4 March; "Date: 6/10/2025" too in a release that writes "13 October"
        doc.date = numeric_date(value, doc.day_first) or parse_date(value)
        found = find_date([value]) if doc.date is None else None
        if found is not None and found.precision == "day":  # "10/06/25 16:42": a time after it
            doc.date = found.date
        if doc.date is None:
            doc.warnings.append(f"the date {value!r} could not be read")
    elif key in {"topic", "topics", "category", "categories", "tags"}:
        doc.topics.extend(t.strip() for t in re.split(r"[,;|]", value) if t.strip())
    elif key == "language":
        doc.lang = value.lower()[:5]
    elif key == "author" and is_person(value):
        return  # a byline is not the publisher
    else:
        doc.source = value


def _read_footer(chunks: list[list[str]], doc: RawDoc) -> list[list[str]]:
    """Consume the page's trailing links: previous/next article, "Originally published at"."""
    while chunks:
        lines = chunks[-1]
        keep: list[str] = []
        consumed_any = False
        for line in lines:
            prev, nxt, pub = _PREV.match(line), _NEXT.match(line), _PUBLISHED_AT.match(line)
            if prev and len(line) < 250 and re.match(r"(?i)prev", line):
                doc.related["previous"] = prev.group("title")
            elif nxt and len(line) < 250 and re.match(r"(?i)next", line):
                doc.related["next"] = nxt.group("title")
            elif pub:
                url = _URL.search(pub.group("rest"))
                if url:
                    doc.url = url.group(0).rstrip(".,;)")
                else:
                    shown = pub.group("rest")[:60]
                    doc.warnings.append(
                        f"'Originally published at' gives no usable address ({shown!r}); no url stored"
                    )
            else:
                keep.append(line)
                continue
            consumed_any = True
        if not consumed_any:
            break
        chunks = chunks[:-1] + ([keep] if keep else [])
        if keep:
            break
    return chunks


def text_blocks(text: str) -> list[RawBlock]:
    """The body blocks of plain text without a title or meta lines (e.g. a dump's `contents`)."""
    doc = RawDoc(title="")
    chunks = _chunks(clean(text.replace("\r\n", "\n")))
    _read_body(_paragraphs(chunks), doc, lead=False)
    return doc.blocks


def _read_body(lines: list[str], doc: RawDoc, lead: bool = True) -> None:
    """Lead, headings, paragraphs, lists (with their intro) and image captions with credits."""
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        following = lines[i + 1] if i + 1 < n else None
        if _BULLET.match(line):
            items = []
            while i < n and _BULLET.match(lines[i]):
                bullet = _BULLET.match(lines[i])
                numbered = re.match(r"\s*\d", lines[i])  # "1." is the release's; "•" is layout
                items.append(lines[i] if numbered or bullet is None else bullet.group("item"))
                i += 1
            intro = None
            if (
                doc.blocks
                and doc.blocks[-1].kind == "p"
                and _is_intro(doc.blocks[-1].text)
                and not re.search(r"[“”\"„«»]", doc.blocks[-1].text)  # its quotes are marked
            ):
                intro = doc.blocks.pop().text
            doc.blocks.append(RawBlock("list", intro or "", tuple(items)))
            continue
        credited = _CREDIT.match(following) if following is not None else None
        if credited is not None and len(line.split()) <= 30:
            credit = credited.group("who")
            doc.blocks.append(RawBlock("image", line, cite=credit))
            i += 2
            continue
        if (
            lead
            and doc.summary is None
            and not doc.blocks
            and not _is_heading(line, following)
            and _is_lead(line, following)
        ):
            doc.summary = line
        elif _is_heading(line, following) and not _signs_quotation(line, doc.blocks):
            doc.blocks.append(RawBlock("h", line))
        else:
            doc.blocks.append(RawBlock("p", line))
        i += 1


def _is_lead(line: str, following: str | None) -> bool:
    """A lead summarises: it quotes no one, introduces nothing (": "), and is not the whole story.

    A paragraph in the first person is someone's words (a statement), not a summary of them.
    Anything else stays a body paragraph, where its quotes are found and marked.
    """
    if following is None or re.search(r"[“”\"„«»]", line) or line.rstrip().endswith(":"):
        return False
    if FIRST_PERSON_WORD.search(line):  # "Today I want to…": a statement's own words, not a summary
        return False
    return len(line.split()) <= 80


def _is_intro(text: str) -> bool:
    """A paragraph that introduces a list: ends with a colon, or is short and unfinished."""
    return text.endswith(":") or (len(text.split()) <= 25 and not re.search(r"[.!?\"”]$", text))
