"""The exceptions one layer raises for the next: the UI and the CLI catch these, never sqlite3's.

Each carries a message a person can act on; the layer that raises it translates the library error
(sqlite3, OSError, yaml) it caught, so nothing above the data layer needs to know which was used.
"""

from __future__ import annotations


class PressreaderError(Exception):
    """Base of the errors the data layer reports to the UI and the CLI."""


class IndexUnavailable(PressreaderError):
    """The index cannot be read or written now (corrupt, locked, full disk, foreign file)."""


class SearchFailed(PressreaderError):
    """A query could not be run (the search was interrupted, or the query is invalid)."""


class SearchInterrupted(SearchFailed):
    """A newer keystroke interrupted this search; its result is simply not wanted."""


class StoreUnavailable(PressreaderError):
    """The store folder cannot be read or written (missing, permissions, full disk)."""


class ExportFailed(PressreaderError):
    """An export could not be written (the folder is missing or the disk is full)."""
