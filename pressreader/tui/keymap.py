"""The keys: the app's bindings, the binding ids users may rebind in config.yaml, the check of
their overrides, and the sections of the help screen.

Binding ids are user-facing: config.yaml names them under `keys:` and the help screen (`?`) lists
them. Never change one; if one must be renamed, put the old id in RENAMED so that users' config
files keep working.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from textual.binding import Binding, BindingType
from textual.keys import KEY_NAME_REPLACEMENTS, Keys, _character_to_key

from pressreader.config import Config
from pressreader.tui.screens.figures import ChartScreen, FiguresScreen
from pressreader.tui.screens.modal import Modal
from pressreader.tui.screens.name_prompt import NamePrompt
from pressreader.tui.screens.speakers import SpeakersScreen
from pressreader.tui.widgets.quote_nav import QuoteNav
from pressreader.tui.widgets.related_nav import RelatedNav
from pressreader.tui.widgets.release_list import ReleaseList
from pressreader.tui.widgets.release_view import ReleaseView
from pressreader.tui.widgets.search_box import SearchBox
from pressreader.tui.widgets.sources import SourcesPane
from pressreader.tui.widgets.table_view import TableView

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
    Binding("Y", "copy_id", "Copy id", show=False, id="app.copy_id"),
    Binding(
        "less_than_sign,ctrl+left",
        "resize_split(-5)",
        "List narrower",
        show=False,
        id="app.split_narrower",
    ),
    Binding(
        "greater_than_sign,ctrl+right",
        "resize_split(5)",
        "List wider",
        show=False,
        id="app.split_wider",
    ),
    Binding("z", "zoom", "Zoom", id="app.zoom"),
    Binding("e", "export", "Export .md", show=False, id="app.export"),
    Binding("exclamation_mark", "problems", "Problems", show=False, id="app.problems"),
    Binding("W", "speakers", "Speakers", show=False, id="app.speakers"),
    Binding("F", "figures", "Figures", show=False, id="app.figures"),
    Binding("r", "update_feeds", "Update feeds", show=False, id="app.update"),
    Binding("p", "toggle_sources", "Sources", show=False, id="app.sources"),
    Binding("tab", "focus_next", "Next pane", show=False, id="app.focus_next"),
    Binding("shift+tab", "focus_previous", "Previous pane", show=False, id="app.focus_previous"),
]

# The chart's keys (widgets/chart.py's MeasureChart): kept here so that the help screen and the
# check of config.yaml read them without loading plotext (it loads with the first chart).
CHART_BINDINGS: list[BindingType] = [
    Binding("left,h", "move(-1)", "Earlier point", id="chart.earlier"),
    Binding("right,l", "move(1)", "Later point", id="chart.later"),
    Binding("home", "move(-1000000000)", "First point", show=False, id="chart.first"),
    Binding("end", "move(1000000000)", "Last point", show=False, id="chart.last"),
    Binding("enter", "choose", "Open release", id="chart.open"),
]

# The screens and widgets whose bindings config.yaml may override (the app's own are passed in).
REBINDABLE = (
    ReleaseList,
    ReleaseView,
    SearchBox,
    RelatedNav,
    QuoteNav,
    SourcesPane,
    SpeakersScreen,
    FiguresScreen,
    Modal,
    NamePrompt,
)


def _groups() -> dict[str, list[Binding]]:
    """The bindings with ids by where they work: the app's, then each screen's or widget's (the
    chart's with its screen's: both work at once)."""
    groups: dict[str, list[BindingType]] = {
        "app": APP_BINDINGS,
        **{cls.__name__: list(cls.BINDINGS) for cls in REBINDABLE},
        "ChartScreen": [*ChartScreen.BINDINGS, *CHART_BINDINGS],
    }
    return {
        name: [b for b in group if isinstance(b, Binding) and b.id]
        for name, group in groups.items()
    }


def keymap(config: Config) -> dict[str, str]:
    """The config's key overrides by binding id (renamed ids under their new names), without the
    ones `problems` reports (key names Textual does not know, a key given two actions): those
    bindings keep their default keys."""
    return _checked(config)[0]


def _requested(config: Config) -> dict[str, str]:
    return {RENAMED.get(binding_id, binding_id): keys for binding_id, keys in config.keys.items()}


MODIFIERS = {"ctrl", "shift", "alt", "meta", "super", "hyper"}


@cache
def _key_names() -> frozenset[str]:
    characters = (_character_to_key(chr(code)) for code in range(0x21, 0x3000))
    names = {key.value for key in Keys} | set(KEY_NAME_REPLACEMENTS.values()) | set(characters)
    return frozenset(names)


def bad_key(key: str) -> bool:
    """Whether a key name ("ctrl+q", "j", "question_mark", "pagedown") is one Textual cannot send."""
    *modifiers, base = key.split("+") if key != "+" else ["+"]
    if not base or any(m not in MODIFIERS for m in modifiers):
        return True
    if len(base) == 1 or base in _key_names():
        return False
    try:  # a character by its Unicode name, as Textual names them: "question_mark", "full_stop"
        return len(unicodedata.lookup(base.replace("_", " "))) != 1
    except KeyError:
        return True


def _normal(key: str) -> str:
    """A key under one name: "?" and "question_mark" are the same key."""
    return _character_to_key(key) if len(key) == 1 else key


def _split(keys: str) -> list[str]:
    return [k.strip() for k in keys.split(",") if k.strip()]


def _checked(config: Config) -> tuple[dict[str, str], list[str]]:
    """The usable overrides, and what is wrong with the others (each with its config.yaml line)."""
    groups = _groups()
    group_of = {b.id: name for name, group in groups.items() for b in group if b.id}
    known = {b.id: b for group in groups.values() for b in group if b.id}
    requested = {i: k for i, k in _requested(config).items() if i in known}
    problems: list[str] = []
    where = {RENAMED.get(i, i): i for i in config.keys}  # the id as the file spells it

    for binding_id, keys in list(requested.items()):
        if bad := [k for k in _split(keys) if bad_key(k)] or ([] if _split(keys) else [keys]):
            names = ", ".join(repr(k) for k in bad)
            problems.append(
                config.problem(
                    f"keys.{where[binding_id]}",
                    f"entry {binding_id!r}: {names} is not a key name Textual knows "
                    "(write keys like 'ctrl+q', 'j', 'question_mark', 'pagedown')",
                )
            )
            del requested[binding_id]

    def effective() -> dict[str, set[str]]:
        return {i: {_normal(k) for k in _split(requested.get(i, b.key))} for i, b in known.items()}

    # Two actions on one key: an override that takes a key another binding has where both work
    # (the same widget, or the app and a widget) is dropped, and that binding keeps its default.
    for binding_id in list(requested):
        taken = effective()
        mine, group = taken[binding_id], group_of[binding_id]
        for other, their in taken.items():
            other_group = group_of[other]
            same_place = group == other_group or "app" in (group, other_group)
            if other != binding_id and same_place and (clash := mine & their):
                problems.append(
                    config.problem(
                        f"keys.{where[binding_id]}",
                        f"entry {binding_id!r}: {', '.join(sorted(clash))} is already the key "
                        f"of {other} ({known[other].description})",
                    )
                )
                del requested[binding_id]
                break
    return requested, problems


def problems(config: Config) -> list[str]:
    """What is wrong with config.yaml's `keys` (unknown ids, bad key names, a key given two
    actions), one message a problem, each with its line."""
    unknown = unknown_ids(config)
    return [*([unknown] if unknown else []), *_checked(config)[1]]


def binding_ids() -> set[str]:
    """Every binding id a keymap in the config may name."""
    return {b.id for group in _groups().values() for b in group if b.id}


def unknown_ids(config: Config) -> str | None:
    """A warning naming the ids in config.yaml's `keys` that no binding has, or None."""
    unknown = sorted(set(_requested(config)) - binding_ids())
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
        ("Related links", RelatedNav.BINDINGS),
        ("Who said what (quote list)", QuoteNav.BINDINGS),
        ("Sources pane (p)", SourcesPane.BINDINGS),
        ("Speakers view (W)", SpeakersScreen.BINDINGS),
        ("Figures view (F)", FiguresScreen.BINDINGS),
        ("Lists of the W and F views", TableView.BINDINGS),
        ("Chart (c in the F view)", [*ChartScreen.BINDINGS, *CHART_BINDINGS]),
        ("Help and problems boxes", Modal.BINDINGS),
        ("Naming a saved search", NamePrompt.BINDINGS),
        ("Command palette", [Binding("ctrl+p", "", "Commands: theme, mark all read, export…")]),
    ]
