"""Cleaning of untrusted text where it enters: no control sequences ever reach a Release."""

from __future__ import annotations

import re

# ESC-introduced sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), other 2-byte escapes,
# and their 8-bit C1 forms (CSI = U+009B, OSC = U+009D, DCS/PM/APC/SOS with ST = U+009C).
_ESCAPES = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]?             # CSI
  | \x1b[\]PX^_].*?(?:\x07|\x1b\\|\x9c|$) # OSC, DCS, SOS, PM, APC up to BEL or ST
  | \x1b[ -/]*[0-~]?                     # other escapes (nF, Fp, Fe, Fs)
  | \x9b[0-?]*[ -/]*[@-~]?               # 8-bit CSI
  | [\x90\x98\x9d\x9e\x9f].*?(?:\x07|\x9c|$)  # 8-bit DCS, SOS, OSC, PM, APC
    """,
    re.VERBOSE | re.DOTALL,
)
# Remaining C0 (except tab and newline), DEL, C1, bidi embeddings/overrides/isolates, and
# zero-width characters that only serve to hide or reorder text.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def clean(value: str) -> str:
    """Remove escape sequences and control/bidi characters; keep newlines and ordinary text."""
    if not value:
        return value
    if value.isprintable():
        return value
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _ESCAPES.sub("", value)
    return _INVISIBLE.sub("", value)


def clean_line(value: str) -> str:
    """Clean text and fold it onto one line with single spaces (titles, names, meta fields)."""
    if value.isprintable() and "  " not in value:
        return value.strip()  # the common case: nothing to remove or fold
    value = clean(value)
    return _SPACES.sub(" ", value.replace("\n", " ")).strip()


def clean_block(value: str) -> str:
    """Clean a paragraph: fold single newlines and runs of spaces, keep blank-line breaks."""
    if value.isprintable() and "  " not in value:
        return value.strip()
    value = clean(value)
    parts = re.split(r"\n\s*\n", value)
    folded = (
        _SPACES.sub(" ", " ".join(line.strip() for line in p.split("\n"))).strip() for p in parts
    )
    return "\n\n".join(p for p in folded if p)


def plural(count: int, word: str, words: str | None = None) -> str:
    """'1 release', '2 releases', '1,234 matches' (`words`: the plural when it is not word + s)."""
    return f"{count:,} {word if count == 1 else (words or word + 's')}"
