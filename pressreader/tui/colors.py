"""Colours the app sets beyond its stylesheet, chosen for contrast (≥ 4.5:1 in the default theme,
checked by tests/tui/test_list_layout.py).

Textual draws the ANSI colours of the release renderer (formats/rich.py: "magenta" qualifiers,
"cyan" quotes…) with a terminal palette, Monokai in dark themes. Its magenta (#f4005f) is too dark
on the panes' near-black (4.1:1), so the app's palette lightens it; the rest is Monokai's.
"""

from __future__ import annotations

from rich.terminal_theme import TerminalTheme
from textual._ansi_theme import MONOKAI

MAGENTA = (255, 95, 158)  # #ff5f9e: 6:1 on the focused detail pane


def _palette(theme: TerminalTheme, **replace: tuple[int, int, int]) -> TerminalTheme:
    colors = [tuple(theme.ansi_colors[i]) for i in range(16)]
    for index in (5, 13):  # magenta, bright magenta
        colors[index] = replace.get("magenta", colors[index])
    return TerminalTheme(
        tuple(theme.background_color),  # type: ignore[arg-type]
        tuple(theme.foreground_color),  # type: ignore[arg-type]
        colors[:8],  # type: ignore[arg-type]
        colors[8:],  # type: ignore[arg-type]
    )


ANSI_DARK = _palette(MONOKAI, magenta=MAGENTA)
