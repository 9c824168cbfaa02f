"""A release as JSON: the `show --json` shape with the figures of every paragraph's running text.

`body` keeps each paragraph's `text` verbatim with its `marks`; the top-level `quotes` list says who
said what and where (`block`, `start`, `end`, and `parts` for a quote over several spans).
"""

from __future__ import annotations

from typing import Any

from pressreader.formats.common import Resolver, dumps, walk
from pressreader.formats.figures import paragraph_figures
from pressreader.model import Paragraph, Release


def to_data(release: Release, resolve: Resolver | None = None) -> dict[str, Any]:
    """The `show --json` shape, with a `figures` list on every paragraph block."""
    data = release.to_dict(resolve)
    for (_, _, block), item in zip(walk(release), data["body"], strict=True):
        if isinstance(block, Paragraph):
            found = paragraph_figures(release, block.text)
            item["figures"] = [figure.to_dict() for _, _, figure in found]
    return data


def to_json(release: Release, resolve: Resolver | None = None) -> str:
    """to_data() as indented JSON text."""
    return dumps(to_data(release, resolve))
