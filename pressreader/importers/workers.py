"""Each item analysed into a release ready to write: `prepare`, and the worker processes that
analyse JSON records on every core (`RecordPool`), in bounded amounts.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from pressreader.importers.assemble import assemble
from pressreader.importers.base import ImportFailure, RawDoc, slugify
from pressreader.importers.jsonl import record_to_doc
from pressreader.importers.report import Outcome
from pressreader.store import dump_release, parse_release

CHUNK = 64  # JSON records per task for the worker processes
CHUNK_BYTES = 8 * 1024 * 1024  # ... or fewer when their lines are long
IN_FLIGHT_BYTES = 64 * 1024 * 1024  # JSON lines handed to workers and not yet written


@dataclass(frozen=True, slots=True)
class Prepared:
    """A release ready to write: its id, YAML text and normalised JSON form."""

    origin: str
    id: str
    folder: str
    yaml: str
    doc: dict[str, Any]
    warnings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Overrides:
    """What `--source` and `--date` set on every item of an import."""

    source: str | None = None  # the publisher of every release, whatever the source says
    date: dt.date | None = None  # the date of every release that has none

    def apply(self, doc: RawDoc) -> RawDoc:
        if self.source:
            doc.source = self.source
        if self.date and doc.date is None:  # before any guess of a date: the user's date wins
            doc.date = self.date
            if hasattr(doc, "date_certain"):
                doc.date_certain = True
        return doc


NO_OVERRIDES = Overrides()


def prepare(doc: RawDoc, overrides: Overrides = NO_OVERRIDES) -> Prepared | Outcome:
    """Analyse one RawDoc into YAML (or a failed Outcome); runs in worker processes."""
    try:
        overrides.apply(doc)
        release = assemble(doc)
        text = dump_release(release)
    except ImportFailure as exc:
        return Outcome(doc.origin, "failed", reason=str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad item must not stop an import
        return Outcome(
            doc.origin, "failed", reason=f"{doc.origin}: could not be analysed ({exc!r})"
        )
    again, problems = parse_release(text, f"{release.id}.yaml")
    if again is None:
        return Outcome(doc.origin, "failed", reason=f"{doc.origin}: {problems[0].message}")
    publisher = (release.source or "imported").split(",")[0]
    folder = f"{slugify(publisher, 40)}/{release.date.year}"
    return Prepared(
        doc.origin, release.id, folder, text, comparable(again.to_dict()), tuple(doc.warnings)
    )


def comparable(data: dict[str, Any]) -> dict[str, Any]:
    data = dict(data)
    data.pop("path", None)
    return data


_DATE_FIELD = "\x00pressreader --date"  # where --date is put for a record without a date


def _prepare_records(
    items: list[tuple[str, Any]],
    mapping: dict[str, tuple[str, ...]],
    overrides: Overrides = NO_OVERRIDES,
) -> list[Prepared | Outcome]:
    if overrides.date:  # a record without a date gets --date (one with an unreadable date fails)
        mapping = {**mapping, "date": (*mapping["date"], _DATE_FIELD)}
    out: list[Prepared | Outcome] = []
    for origin, record in items:
        try:
            if overrides.date and isinstance(record, dict):
                record = {**record, _DATE_FIELD: overrides.date.isoformat()}
            doc = record_to_doc(record, origin, mapping)
        except ImportFailure as exc:
            out.append(Outcome(origin, "failed", reason=str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001 - one bad record must not stop an import
            out.append(Outcome(origin, "failed", reason=f"{origin}: could not be read ({exc!r})"))
            continue
        out.append(prepare(doc, overrides))
    return out


class RecordPool:
    """JSON records analysed in worker processes (in this one when `workers` is 1), each result
    handed to `finish` in the order the records came.

    Records go in chunks of CHUNK records or CHUNK_BYTES of lines, and no more than a few chunks
    per worker, nor more than IN_FLIGHT_BYTES of lines, are waiting at a time. A worker that dies
    fails only its own records.
    """

    def __init__(
        self,
        workers: int,
        mapping: dict[str, tuple[str, ...]],
        overrides: Overrides,
        finish: Callable[[Prepared | Outcome], None],
    ) -> None:
        self.workers = workers
        self.mapping = mapping
        self.overrides = overrides
        self.finish = finish
        self._pool: ProcessPoolExecutor | None = None
        self._pending: list[tuple[str, Any]] = []
        self._pending_bytes = 0
        # Chunks in the workers, oldest first: (origins, size of their lines, future)
        self._futures: list[tuple[list[str], int, Future]] = []

    def __enter__(self) -> RecordPool:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def add(self, where: str, record: Any, size: int) -> None:
        """One record (its origin, and the size of its line)."""
        self._pending.append((where, record))
        self._pending_bytes += size
        if len(self._pending) >= CHUNK or self._pending_bytes >= CHUNK_BYTES:
            self._send()

    def drain(self) -> None:
        """Analyse what is left and wait for every result."""
        if self._pending:
            self._send()
        while self._futures:
            self._collect()

    def _send(self) -> None:
        chunk, size = self._pending, self._pending_bytes
        self._pending, self._pending_bytes = [], 0
        if self._pool is None and self.workers > 1:
            ctx = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx)
        if self._pool is None:
            for result in _prepare_records(chunk, self.mapping, self.overrides):
                self.finish(result)
            return
        future = self._pool.submit(_prepare_records, chunk, self.mapping, self.overrides)
        self._futures.append(([o for o, _ in chunk], size, future))
        # Bounded: not more than a few chunks per worker, nor more than IN_FLIGHT_BYTES of lines.
        while len(self._futures) > self.workers * 4 or (
            len(self._futures) > 1 and sum(f[1] for f in self._futures) > IN_FLIGHT_BYTES
        ):
            self._collect()

    def _collect(self) -> None:
        origins, _, future = self._futures.pop(0)
        try:
            results = future.result()
        except Exception as exc:  # noqa: BLE001 - a worker that died takes only its records
            results = [
                Outcome(o, "failed", reason=f"{o}: could not be analysed ({exc!r})")
                for o in origins
            ]
        for result in results:
            self.finish(result)
