"""Searching the session's store: the search requests, their results, the filters and the counts
on the status line (kept apart from session.py to keep each part of the session small)."""

from __future__ import annotations

from pressreader.errors import IndexUnavailable, SearchFailed
from pressreader.query import QueryError
from pressreader.session_base import Outcome, SearchRequest, SessionBase
from pressreader.text import plural


class SearchMixin(SessionBase):
    """The query, the order and the mark filters; the searches they ask for and what they found."""

    def set_query(self, query: str) -> bool:
        """The search box changed; whether the query is new."""
        changed = query != self.query
        self.query = query
        return changed

    def request(self) -> SearchRequest:
        """The search the filters ask for now (on the UI thread: it copies the marks)."""
        state, query = self.state, self.query
        keep = frozenset(state.starred) if self.starred_only else None
        drop = frozenset(state.read) if self.hide_read else frozenset()
        if "is:" not in query:  # no is:unread / is:starred: no need to copy the marks
            return SearchRequest(query, self.order, keep, drop)
        read, starred = frozenset(state.read), frozenset(state.starred)
        return SearchRequest(query, self.order, keep, drop, read, starred)

    def is_current(self, request: SearchRequest) -> bool:
        """Whether a search's results are still wanted (no newer query or order since)."""
        return request.query == self.query and request.order == self.order

    def interrupt(self) -> None:
        """Cut short a search running in a worker (a newer one supersedes it)."""
        if self.library is not None:
            self.library.interrupt()

    def run_search(self, request: SearchRequest) -> list[int]:
        """Row keys of the releases the request matches, filtered by read marks and stars.

        Raises SearchInterrupted when `interrupt()` cut it short, QueryError (a SearchFailed)
        when the query cannot be read, SearchFailed when the index cannot be read. Slow: call
        from a worker.
        """
        if self.library is None:
            return []
        try:
            rids = self.library.search(
                request.query, request.order, read_ids=request.read, starred_ids=request.starred
            )
            if request.keep is not None or request.drop:
                if not self._ids or len(self._ids) != self.library.count:
                    self._ids = self.library.id_map()
                ids, keep, drop = self._ids, request.keep, request.drop
                rids = [
                    r
                    for r in rids
                    if (keep is None or ids.get(r) in keep) and ids.get(r) not in drop
                ]
        except IndexUnavailable as exc:
            raise SearchFailed(str(exc)) from exc
        return rids

    def listed_total(self, request: SearchRequest, rids: list[int]) -> int:
        """How many releases the store holds as the list counts them: a release published twice
        once (its copies are listed under it; the sources pane counts so too), so the title bar
        and the status line say what the list shows without a query or filter.

        Free after such a search (`rids` are all of them); else one search of everything,
        remembered until the index changes (`store_changed`). Raises as `run_search` does. Slow:
        call from a worker.
        """
        if self.library is None:
            return 0
        try:
            key = (self.library.count, self.store_version)
            unfiltered = not request.query.strip() and request.keep is None and not request.drop
            if unfiltered:
                total = len(rids)
            elif self._listed is not None and self._listed[0] == key:
                return self._listed[1]
            else:
                total = len(self.library.search(""))
        except IndexUnavailable as exc:
            raise SearchFailed(str(exc)) from exc
        self._listed = (key, total)
        return total

    def store_changed(self) -> None:
        """The index holds other releases, or groups them otherwise: count them again."""
        self.store_version += 1

    @staticmethod
    def query_problem(error: QueryError) -> str:
        """What is wrong with a query, and where, for the line under the search box."""
        return f"{error.message} (column {error.position + 1})"

    def searched(self, found: int, total: int | None = None) -> None:
        """A search's results are shown, with the store's size as `listed_total` counted it (None:
        as the index counts its rows)."""
        if total is None:
            total = self.library.count if self.library else 0
        self.total = total
        if not found:
            self.shown = None

    @property
    def _filters(self) -> str:
        """The mark filters that are on, for the status line ("unread", "starred", "")."""
        on = [("unread", self.hide_read), ("starred", self.starred_only)]
        return " and ".join(name for name, flag in on if flag)

    def counts(self, found: int) -> tuple[str, str | None, str]:
        """The title bar's subtitle, and the status line with its state (None while indexing).

        Both come from the same two numbers (what is listed, what the store holds), so they
        always agree: with `u` or `S` on the status line says "1 of 32 releases · unread only".
        """
        subtitle = f"{self.title} · {found:,} of {plural(self.total, 'release')}"
        order = "by relevance" if self.order == "relevance" else "newest first"
        filters = f" · {self._filters} only" if self._filters else ""
        if self.indexing:
            return subtitle, None, ""
        if self.query and not found:
            return subtitle, f"No releases match “{self.query}”{filters}", "-no-results"
        if self.query:
            return subtitle, f"{plural(found, 'match', 'matches')}{filters} · {order}", ""
        if filters and not found:
            return subtitle, f"No {self._filters} releases", "-no-results"
        if filters:
            listed = f"{found:,} of {plural(self.total, 'release')}"
            return subtitle, f"{listed}{filters} · {order}", ""
        return subtitle, f"{plural(found, 'release')} · {order}", ""

    def empty_text(self, query: str) -> str | None:
        """What the detail pane says when a search found nothing (None: leave it as it is)."""
        if self.total == 0 and not self.indexing:
            return (
                f"No releases in {self.root}.\n\n"
                "Add release files (*.yaml, see docs/format.md) or bring some in with "
                "`pressreader import SOURCE --into DIR`."
            )
        if not self.total:
            return None
        if not query and self._filters:
            keys = " and ".join(
                k for k, on in (("u", self.hide_read), ("S", self.starred_only)) if on
            )
            return f"No {self._filters} releases.\n\nPress {keys} to show the others too."
        return f"No releases match “{query}”."

    def toggle_order(self) -> Outcome:
        self.order = "relevance" if self.order == "date" else "date"
        shown = "relevance" if self.order == "relevance" else "date, newest first"
        return Outcome(f"Sorted by {shown}", timeout=2, refilter=True)

    def toggle_hide_read(self) -> Outcome:
        self.hide_read = not self.hide_read
        notice = "Read releases hidden" if self.hide_read else "Read releases shown"
        return Outcome(notice, timeout=2, refilter=True)

    def toggle_starred_only(self) -> Outcome:
        self.starred_only = not self.starred_only
        notice = "Only starred releases" if self.starred_only else "All releases"
        return Outcome(notice, timeout=2, refilter=True)
