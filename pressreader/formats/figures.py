"""Figures for every writer: those of a paragraph's running text, a statistic's short unit, the
sentence a figure stands in, and whether a statistic's text says more than its cells."""

from __future__ import annotations

import re

from pressreader.model import Figure
from pressreader.tables import paragraph_figures, sentence_of, short_unit

__all__ = ["figure_adds", "paragraph_figures", "sentence_of", "short_unit"]

_SCALE_WORDS = frozenset(
    "thousand million millions billion billions trillion mn bn k percent per cent euro euros "
    "dollar dollars pounds".split()
)


def figure_adds(figure: Figure) -> bool:
    """Whether a statistic's text says more than its value, qualifier and short unit."""
    shown = f"{figure.qualifier or ''} {short_unit(figure.unit) or ''}".lower()
    said = set(re.findall(r"[^\W\d_]+", shown))
    for word in re.findall(r"[^\W\d_]+", figure.text.lower()):
        if word in said or word in _SCALE_WORDS or any(w.startswith(word) for w in said):
            continue
        return True
    return False
