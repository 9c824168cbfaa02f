"""Where pressreader keeps the user's files: cache, state, config and exports.

Every folder comes from platformdirs unless a PRESSREADER_* environment variable names it (tests and
scripts set them to stay out of the user's folders). The per-store files (the index in the cache
folder, the reading state in the state folder) are named by `store_key` of the store's path.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import platformdirs

APP = "pressreader"


def cache_dir() -> Path:
    """$PRESSREADER_CACHE, else the platform's user cache folder (the disposable indexes)."""
    env = os.environ.get("PRESSREADER_CACHE")
    return Path(env) if env else Path(platformdirs.user_cache_dir(APP))


def state_dir() -> Path:
    """$PRESSREADER_STATE, else the platform's user state folder (read marks, stars, history)."""
    env = os.environ.get("PRESSREADER_STATE")
    return Path(env) if env else Path(platformdirs.user_state_dir(APP))


def config_file() -> Path:
    """$PRESSREADER_CONFIG, else config.yaml in the platform's user config folder."""
    env = os.environ.get("PRESSREADER_CONFIG")
    return Path(env) if env else Path(platformdirs.user_config_dir(APP)) / "config.yaml"


def export_dir() -> Path:
    """Where exports go unless config.yaml's export_dir says otherwise."""
    return Path(platformdirs.user_documents_dir()) / APP


def store_key(root: Path) -> str:
    """A short name for a store's path, naming its index and state files (the path as given)."""
    return hashlib.sha256(str(root).encode()).hexdigest()[:16]


SAMPLES_TITLE = "Sample releases (Norland)"


def bundled_data() -> Path:
    """The sample store shipped with the package (installed copy first, then the source tree)."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "_data", package.parent / "data"):
        if candidate.is_dir():
            return candidate
    return package.parent / "data"


def store_title(root: Path) -> str:
    """How the title bar names a store: its folder's name; the bundled samples by what they are."""
    try:
        if root.expanduser().resolve() == bundled_data().resolve():
            return SAMPLES_TITLE
    except OSError:
        pass
    return root.name or str(root)
