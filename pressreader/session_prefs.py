"""Saved searches, exports, citations, the theme and the pane layout of the session, and saving the
reading state (kept apart from session.py to keep each part of the session small)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pressreader.config import ConfigWriteFailed, save_search
from pressreader.errors import ExportFailed, SearchFailed, SearchInterrupted
from pressreader.formats.citation import citation, quote_citation
from pressreader.formats.markdown import to_markdown
from pressreader.model import QuoteRef, Release
from pressreader.session_base import Outcome, SessionBase
from pressreader.store import write_atomic


class PrefsMixin(SessionBase):
    """What the reader keeps for later: saved searches, exported files, the theme and layout."""

    # ------------------------------------------------------------------ saved searches

    @property
    def saved_searches(self) -> dict[str, str]:
        """The named queries of config.yaml (`saved_searches:`), name → query, in file order."""
        return self.config.saved_searches

    def save_search(self, name: str, query: str | None = None) -> Outcome:
        """Save the search in the box (or `query`) under `name` in config.yaml, keeping the rest
        of the file (see config.save_search); the outcome says what happened."""
        query = (self.query if query is None else query).strip()
        name = " ".join(name.split())
        if not query:
            return Outcome("Type a search first, then save it.", "warning", 4)
        if not name:
            return Outcome("A saved search needs a name.", "warning", 4)
        try:
            save_search(self.config.path, name, query)
        except ConfigWriteFailed as exc:
            return Outcome(f"Could not save the search: {exc}", "error", 8)
        replaced = name in self.config.saved_searches
        self.config.saved_searches[name] = query
        verb = "Updated" if replaced else "Saved"
        return Outcome(f"{verb} “{name}” in {self.config.path}", timeout=4)

    def saved_search_counts(
        self, read_ids: Iterable[str] | None = None, starred_ids: Iterable[str] | None = None
    ) -> dict[str, tuple[int, int]]:
        """Each saved search's (unread, total) matches, found with the index, in file order.

        `read_ids`/`starred_ids` default to a copy of the marks (pass copies taken on the UI
        thread when calling from a worker). A search the index cannot run counts (0, 0). Runs
        on the search connection, so `interrupt()` cuts it short (SearchInterrupted); raises
        IndexUnavailable when the index cannot be read. Slow: call from a worker.
        """
        if self.library is None:
            return {}
        read = frozenset(self.state.read if read_ids is None else read_ids)
        starred = frozenset(self.state.starred if starred_ids is None else starred_ids)
        counts: dict[str, tuple[int, int]] = {}
        for name, query in list(self.config.saved_searches.items()):
            try:
                total = len(self.library.search(query, read_ids=read, starred_ids=starred))
                # in front: a space is AND and binds loosest, and the last word stays a prefix
                unread = self.library.search(
                    f"is:unread {query}", read_ids=read, starred_ids=starred
                )
            except SearchInterrupted:
                raise  # a keystroke's search took over: the caller asks again later
            except SearchFailed:  # the query cannot be read or run (IndexUnavailable is raised)
                counts[name] = (0, 0)
                continue
            counts[name] = (len(unread), total)
        return counts

    # ------------------------------------------------------------------ exports and the state

    def export_markdown(self, release: Release) -> Path:
        """Write a release as Markdown into the export folder; the file written.

        Raises ExportFailed (with the reason) when it cannot be written.
        """
        target = self.config.export_dir / f"{release.id}.md"
        try:
            write_atomic(target, to_markdown(release, self.title_of))
        except OSError as exc:
            raise ExportFailed(f"Could not write {target}: {exc.strerror or exc}") from exc
        return target

    @staticmethod
    def citation(release: Release, quote: QuoteRef | None = None) -> str:
        """A citation of the release, or of one of its quotes."""
        return quote_citation(release, quote) if quote is not None else citation(release)

    @property
    def theme(self) -> str | None:
        """The theme to start with: the one last chosen, else the configured one."""
        return self.state.theme or self.config.theme

    def remember_theme(self, theme: str) -> bool:
        """Remember the theme chosen for next time; whether the state changed."""
        if theme == self.state.theme:
            return False
        self.state.theme = theme
        return True

    @property
    def layout(self) -> tuple[int | None, str]:
        """The panes as last left: the list's share of the width in percent (None: automatic)
        and the zoom ("", "list" or "release")."""
        return self.state.split, self.state.zoom

    def remember_layout(self, split: int | None, zoom: str) -> bool:
        """Remember the split and the zoom for next time; whether the state changed."""
        if (split, zoom) == (self.state.split, self.state.zoom):
            return False
        self.state.split, self.state.zoom = split, zoom
        return True

    def save(self) -> str | None:
        """Write the reading state (atomically); what went wrong, or None."""
        return self.state.save()
