"""The keys: the app's bindings, the binding ids users may rebind in config.yaml, the check of
their overrides, and the sections of the help screen.

Binding ids are user-facing: config.yaml names them under `keys:` and the help screen (`?`) lists
them. Never change one; if one must be renamed, put the old id in RENAMED so that users' config
files keep working.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

from pressreader.config import Config
from pressreader.tui.widgets.quote_nav import QuoteNav
from pressreader.tui.widgets.related_nav import RelatedNav
from pressreader.tui.widgets.release_list import ReleaseList
from pressreader.tui.widgets.release_view import ReleaseView
from pressreader.tui.widgets.search_box import SearchBox

# old binding id → the id it has now (none was renamed yet)
RENAMED: dict[str, str] = {}

# The app's own keys: they work anywhere (the widgets' keys are in their BINDINGS).
APP_BINDINGS: list[BindingType] = [
    Binding("q", "quit", "Quit", id="app.quit"),
    Binding("question_mark", "help", "Help", id="app.help"),
    Binding("slash", "focus_search", "Search", id="app.search"),
    Binding("left_square_bracket", "related('previous')", "Previous", id="app.previous"),
    Binding("right_square_bracket", "related('next')", "Next", id="app.next"),
    Binding("ctrl+r", "toggle_order", "Date/relevance", id="app.order"),
    Binding("m", "toggle_read", "Read/unread", id="app.read"),
    Binding("s", "toggle_star", "Star", id="app.star"),
    Binding("u", "toggle_hide_read", "Hide read", show=False, id="app.hide_read"),
    Binding("S", "toggle_starred_only", "Starred only", show=False, id="app.starred_only"),
    Binding("backspace,alt+left", "history_back", "Back", show=False, id="app.history_back"),
    Binding("alt+right", "history_forward", "Forward", show=False, id="app.history_forward"),
    Binding("o", "open_link", "Open link", show=False, id="app.open_link"),
    Binding("y", "copy_citation", "Copy citation", show=False, id="app.copy"),
    Binding("e", "export", "Export .md", show=False, id="app.export"),
    Binding("exclamation_mark", "problems", "Problems", show=False, id="app.problems"),
    Binding("tab", "focus_next", "Next pane", show=False, id="app.focus_next"),
    Binding("shift+tab", "focus_previous", "Previous pane", show=False, id="app.focus_previous"),
]

# The widgets whose bindings config.yaml may override (the app's own are passed in).
REBINDABLE = (ReleaseList, ReleaseView, SearchBox, RelatedNav, QuoteNav)


def keymap(config: Config) -> dict[str, str]:
    """The config's key overrides by binding id (renamed ids under their new names)."""
    return {RENAMED.get(binding_id, binding_id): keys for binding_id, keys in config.keys.items()}


def binding_ids() -> set[str]:
    """Every binding id a keymap in the config may name."""
    groups = (APP_BINDINGS, *(cls.BINDINGS for cls in REBINDABLE))
    return {b.id for group in groups for b in group if isinstance(b, Binding) and b.id}


def unknown_ids(config: Config) -> str | None:
    """A warning naming the ids in config.yaml's `keys` that no binding has, or None."""
    unknown = sorted(set(keymap(config)) - binding_ids())
    if not unknown:
        return None
    return (
        f"{config.path}: unknown binding id(s) in 'keys': {', '.join(unknown)} "
        "(see the help screen, ?, for the ids)"
    )


def help_sections() -> list[tuple[str, list[BindingType]]]:
    """The help screen's sections: where keys work, and the bindings that work there."""
    return [
        ("Anywhere", APP_BINDINGS),
        ("Release list", ReleaseList.BINDINGS),
        ("Release (detail pane)", ReleaseView.BINDINGS),
        ("Search box", SearchBox.BINDINGS),
        ("Related links", [Binding("enter", "", "Open the linked release"), *RelatedNav.BINDINGS]),
        (
            "Who said what (quote list)",
            [Binding("y", "", "Copy the quote's citation"), *QuoteNav.BINDINGS],
        ),
        ("Command palette", [Binding("ctrl+p", "", "Commands: theme, mark all read, export…")]),
    ]
