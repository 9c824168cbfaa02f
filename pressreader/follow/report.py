"""What `update` returns (UpdateReport, a FeedResult per feed): plain data for the CLI, the TUI and
JSON, kept apart from the update loop so its readers need not import the importer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pressreader.importers import Outcome


@dataclass
class FeedResult:
    """What one update did with one feed."""

    url: str
    name: str | None
    status: str  # new | unchanged | failed
    new: int = 0  # releases imported
    unchanged: int = 0  # entries already in the store
    skipped: int = 0  # entries whose id is in the store with other content (never overwritten)
    failed_items: int = 0  # entries that could not become releases
    deferred: int = 0  # full_text entries left for the next update (page budget spent)
    total: int = 0  # entries in the feed
    http_status: int | None = None  # 200, 304, ...
    reason: str | None = None  # why it failed
    outcomes: list[Outcome] = field(default_factory=list)  # per entry, as `pressreader import`
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def label(self) -> str:
        return self.name or self.url

    def to_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k != "outcomes"}
        data["items"] = [o.to_dict() for o in self.outcomes if o.status != "unchanged"]
        return {k: v for k, v in data.items() if v not in (None, [], 0) or k == "status"}


@dataclass
class UpdateReport:
    """Every feed's result, in feeds.yaml order, and problems with the files themselves."""

    feeds: list[FeedResult] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # feeds.yaml entries not used, state notes
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(r.status == status for r in self.feeds)

    @property
    def new(self) -> int:
        return sum(r.new for r in self.feeds)

    @property
    def failed(self) -> list[FeedResult]:
        return [r for r in self.feeds if r.status == "failed"]

    def result(self, url_or_name: str) -> FeedResult | None:
        for r in self.feeds:
            if url_or_name in (r.url, r.name):
                return r
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "counts": {s: self.count(s) for s in ("new", "unchanged", "failed")},
            "releases": self.new,
            "problems": self.problems,
            "feeds": [r.to_dict() for r in self.feeds],
        }
