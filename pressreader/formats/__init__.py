"""Every way a release leaves the reader, one module per output format.

- `common`: what all writers share (value and date formatting, the speaker line, the walk over a
  body's blocks, the pieces of an annotated paragraph);
- `rich`: the Rich renderable (the TUI's detail pane and `pressreader show`);
- `markdown`, `text`, `json`: documents (`pressreader export`, `e` in the reader);
- `figures`: figures for every writer (running-text figures, short units, sentences);
- `citation`: citations of a release or a quote (`y`);
- `rows`: the quotes and figures of many releases as CSV or JSON rows.

Each writer dispatches once over `common.BLOCK_KINDS`. Only `rich` imports Rich.
"""

from __future__ import annotations

from collections.abc import Sequence

from pressreader.formats.common import Resolver, dumps
from pressreader.formats.json import to_data
from pressreader.formats.markdown import to_markdown
from pressreader.formats.text import WIDTH, to_text
from pressreader.model import Release

FORMATS = ("md", "json", "txt")


def export_releases(
    releases: Sequence[Release],
    fmt: str = "md",
    resolve: Resolver | None = None,
    resolve_title: Resolver | None = None,
) -> str:
    """Several releases as one document: md separated by `---`, txt by a line of `=`, json a list
    (a single object for one release)."""
    if fmt == "json":
        data = [to_data(r, resolve) for r in releases]
        return dumps(data[0] if len(data) == 1 else data)
    if fmt == "md":
        return "\n---\n\n".join(to_markdown(r, resolve_title) for r in releases)
    if fmt == "txt":
        return ("\n" + "=" * WIDTH + "\n\n").join(to_text(r, resolve_title) for r in releases)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
