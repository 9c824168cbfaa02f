"""The speakers view's filter: every speaker read once, then filtered in memory per keystroke.

The speakers table is small (one row a person: ~10-20k at 100,000 releases), so the view reads it
whole once (`Library.speakers`) and each keystroke only scans a list of lower-cased strings —
a few milliseconds, with no query and no JSON decoded again.
"""

from __future__ import annotations

from pressreader.index.speakers import SpeakerRow


class SpeakerFilter:
    """The speakers of a store by number of quotes or by name, filtered by words typed."""

    def __init__(self, rows: list[SpeakerRow]) -> None:
        self.rows = sorted(rows, key=lambda r: (-r.quotes, r.name.casefold()))
        self._text = [
            " ".join([r.name, *r.variants, *(role for role, _, _ in r.roles)]).casefold()
            for r in self.rows
        ]
        self._by_name = sorted(range(len(self.rows)), key=lambda i: self.rows[i].name.casefold())

    def __len__(self) -> int:
        return len(self.rows)

    def filter(self, text: str = "", order: str = "quotes") -> list[SpeakerRow]:
        """The speakers whose name, a variant or a role has every word of `text`, by number of
        quotes ("quotes") or by name ("name")."""
        order_ix = range(len(self.rows)) if order == "quotes" else self._by_name
        words = text.casefold().split()
        rows, hay = self.rows, self._text
        if not words:
            return [rows[i] for i in order_ix]
        return [rows[i] for i in order_ix if all(w in hay[i] for w in words)]
