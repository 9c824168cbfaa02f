"""The disposable index beside a store: parsed releases and a full-text index in one SQLite file.

The YAML files stay the only source of truth. The index caches what parsing them gave (release
summaries for the list, whole releases as JSON for the detail pane, each file's problems) and an FTS5
full-text index for search. It lives in the user's cache folder, keyed by the store's path; it is
refreshed by comparing file sizes and modification times, and rebuilt whenever it cannot be trusted.

    schema.py    where the file lives, its tables, SCHEMA_VERSION, the date-ordered row keys
    database.py  connections and their locks, checking the file, resetting it; sqlite3 → errors.py
    building.py  refresh: sizes and times compared, changed files parsed, written
    parsing.py   what the index stores of one file (parsed in worker processes)
    queries.py   the list, search, releases by row key or id, summaries, problems
    related.py   "more like this"
    library.py   Library, the facade: every public method, each saying what it raises
"""

from __future__ import annotations

from pressreader.index.building import RefreshReport, start_scan
from pressreader.index.library import Library
from pressreader.index.queries import Summary
from pressreader.index.schema import SCHEMA_VERSION, index_path_for

__all__ = ["SCHEMA_VERSION", "Library", "RefreshReport", "Summary", "index_path_for", "start_scan"]
