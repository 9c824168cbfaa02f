"""HTML markup as lxml elements: safe parsing, chrome removal, and the text of an element.

`parse` reads a page or a fragment safely: before lxml sees the markup, escape sequences and
control characters are removed from it line by line (so a broken sequence can neither hide tags
nor swallow the page), and what character references put into the tree (bidi and zero-width
characters) is removed from its texts and attributes right after. That is where untrusted text
enters here; the fields are cleaned later by `importers.clean`, as for every reader. `prune`
removes scripts, forms, navigation and a page's header, footer and sidebars; `raw_text` gives an
element's text with browser whitespace.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from pressreader.text import clean

# Elements whose content is never release text (scripts, forms, widgets, the page's <head>).
DROP = frozenset((
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "form", "nav",
    "button", "svg", "select", "input", "textarea", "option", "audio", "video", "canvas", "object",
    "embed", "source", "track", "map", "dialog", "head", "title", "meta", "link", "base",
))  # fmt: skip
# Text-level elements: their text flows into the paragraph around them.
INLINE = frozenset((
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em",
    "font", "i", "ins", "kbd", "label", "mark", "nobr", "q", "rp", "rt", "ruby", "s", "samp",
    "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "picture",
))  # fmt: skip
HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
LISTS = frozenset(("ul", "ol", "menu"))
PARAGRAPHS = frozenset(("p", "pre", "address"))
# A header/footer inside one of these belongs to the content; one outside them is page chrome.
_SECTIONING = frozenset(("article", "section", "main", "aside", "blockquote", "figure", "details"))
_CHROME_ROLES = frozenset(("navigation", "banner", "contentinfo", "search", "menubar", "toolbar"))
MAX_DEPTH = 150  # deeper markup is read as plain text, so hostile nesting cannot exhaust the stack

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_CHAR_REF = re.compile(r"&#(?:[xX](?P<hex>[0-9a-fA-F]{1,6})|(?P<dec>[0-9]{1,7}));?")
# A character reference, or a named one to a character that cleaning removes (&lrm;, ...).
_REFERENCE = re.compile(r"&(?:#|lrm|rlm|ZeroWidthSpace|NoBreak|Negative\w*Space)")
_PAGE = re.compile(r"<(?:html|body|head)[\s>]|<!doctype\s+html", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# Parsing


def prepare(markup: str) -> str:
    """Markup ready for lxml: no XML declaration, and no escape sequences or control characters."""
    markup = _XML_DECL.sub("", markup, count=1)
    markup = _CHAR_REF.sub(_char_ref, markup)
    # Cleaned line by line, so a broken escape sequence cannot swallow the rest of the page.
    return "\n".join(clean(line) for line in markup.split("\n"))


def _char_ref(match: re.Match[str]) -> str:
    """A numeric character reference to a control character, made literal so that cleaning sees it.

    References to 128-159 mean the Windows-1252 characters (curly quotes, dashes), as in browsers.
    """
    code = int(match["hex"], 16) if match["hex"] else int(match["dec"])
    if 0x80 <= code <= 0x9F:
        return bytes([code]).decode("cp1252", errors="ignore")
    if (code < 0x20 and code not in (0x09, 0x0A, 0x0D)) or code == 0x7F:
        return chr(code)
    return match[0]


def parse(markup: str) -> lxml.html.HtmlElement | None:
    """The <html> root of markup (a fragment is wrapped in a body), or None when there is none."""
    markup = prepare(markup)
    if not markup.strip():
        return None
    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return None
    if _REFERENCE.search(markup):
        scrub(root)
    return root


def scrub(root: etree._Element) -> None:
    """Remove what cleaning removes from every text and attribute of a tree: after `prepare`,
    only character references can have put any there (bidi and zero-width characters)."""
    for el in root.iter():
        if el.text and not el.text.isprintable() and isinstance(el.tag, str):
            el.text = clean(el.text)
        if el.tail and not el.tail.isprintable():
            el.tail = clean(el.tail)
        for name, value in el.attrib.items() if isinstance(el.tag, str) else ():
            if not value.isprintable():
                el.set(name, clean(value))


def is_page(markup: str) -> bool:
    """Whether markup is a whole page (has <html>, <head> or <body>) rather than a fragment."""
    return bool(_PAGE.search(markup))


def body_of(root: etree._Element) -> etree._Element:
    """The <body> of a parsed document, or the root itself."""
    body = root.find("body")
    return body if body is not None else root


# ---------------------------------------------------------------------------------------------
# Chrome removal


def prune(root: etree._Element, page: bool) -> None:
    """Remove scripts, navigation, forms and widgets, and in a page its header, footer and sidebars."""
    doomed = [
        el
        for el in root.iter()
        if el is not root and isinstance(el.tag, str) and _is_chrome(el, page)
    ]
    for el in doomed:
        remove(el)


def _is_chrome(el: etree._Element, page: bool) -> bool:
    """Whether an element is never part of the release text."""
    tag = el.tag
    if tag in DROP or el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    if (el.get("role") or "").strip().lower() in _CHROME_ROLES:
        return True
    if not page or tag not in ("header", "footer", "aside"):
        return False
    ancestors = {a.tag for a in el.iterancestors()}
    if tag == "aside":  # a sidebar, unless it is a box inside the article
        return not ancestors & {"article", "main"}
    return not ancestors & _SECTIONING


def remove(el: etree._Element) -> None:
    """Take an element out of its tree, keeping the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


# ---------------------------------------------------------------------------------------------
# Text


def ws(text: str | None) -> str:
    """Source whitespace (newlines included) folded to single spaces, as a browser shows it."""
    if not text:
        return ""
    if "  " not in text and text.isprintable():
        return text  # every whitespace but the space is unprintable: nothing to fold
    # Each run of whitespace becomes one space (str.split's whitespace is re's \s), three times
    # faster than a pattern's substitution
    words = text.split()
    if not words:
        return " "
    lead = " " if text[0].isspace() else ""
    return lead + " ".join(words) + (" " if text[-1].isspace() else "")


def raw_text(el: etree._Element, skip: frozenset[str] = frozenset(), depth: int = 0) -> str:
    """An element's text with "\\n" for <br> and blank lines around block elements."""
    if depth > MAX_DEPTH:
        return ws(etree.tostring(el, method="text", encoding="unicode", with_tail=False))
    parts = [ws(el.text)]
    for child in el:
        tag = child.tag
        if isinstance(tag, str) and tag not in skip:
            if tag == "br":
                parts.append("\n")
            elif tag in INLINE or tag == "img":
                parts.append(raw_text(child, skip, depth + 1))
            else:
                parts.append("\n\n" + raw_text(child, skip, depth + 1) + "\n\n")
        parts.append(ws(child.tail))
    return "".join(parts)


def has_block(el: etree._Element) -> bool:
    """Whether an element contains block-level elements (then it cannot flow as inline text)."""
    return any(
        isinstance(d.tag, str) and d.tag not in INLINE and d.tag not in ("br", "img")
        for d in el.iterdescendants()
    )


def text_key(text: str) -> str:
    """Text reduced to lower-case letters and digits, for comparing texts from different readers."""
    return _NOT_ALNUM.sub("", text.casefold())


_NOT_ALNUM = re.compile(r"[\W_]+")  # exactly the characters str.isalnum() rejects
