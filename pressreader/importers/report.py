"""What an import did: an Outcome per source item, the ImportReport of them all, its JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Outcome:
    """What happened to one source item."""

    origin: str
    status: str  # imported | updated | unchanged | skipped | failed
    id: str | None = None
    path: str | None = None
    reason: str | None = None
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v not in (None, [])}


@dataclass
class ImportReport:
    """Every outcome of an import, with counts by status."""

    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(o.status == status for o in self.outcomes)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    def to_dict(self) -> dict[str, Any]:
        counts = {
            s: self.count(s) for s in ("imported", "updated", "unchanged", "skipped", "failed")
        }
        return {"counts": counts, "items": [o.to_dict() for o in self.outcomes]}


def report_json(report: ImportReport) -> str:
    """The machine-readable report of `import --json`."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
