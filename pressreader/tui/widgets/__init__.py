"""The app's widgets, one a module."""

from pressreader.tui.widgets.divider import Divider
from pressreader.tui.widgets.line import Line
from pressreader.tui.widgets.quote_nav import QuoteNav
from pressreader.tui.widgets.related_nav import RelatedNav
from pressreader.tui.widgets.release_list import ReleaseList
from pressreader.tui.widgets.release_view import ReleaseView
from pressreader.tui.widgets.search_box import SearchBox
from pressreader.tui.widgets.sources import SourcesPane
from pressreader.tui.widgets.status_line import QueryProblem, StatusLine
from pressreader.tui.widgets.title_bar import TitleBar

__all__ = [
    "Divider",
    "Line",
    "QueryProblem",
    "QuoteNav",
    "RelatedNav",
    "ReleaseList",
    "ReleaseView",
    "SearchBox",
    "SourcesPane",
    "StatusLine",
    "TitleBar",
]
