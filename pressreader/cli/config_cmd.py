"""`--print-config`: the effective settings and every path pressreader uses."""

from __future__ import annotations

import argparse
import os

from rich.console import Console

from pressreader.cli.common import locate_store


def print_config(args: argparse.Namespace, out: Console) -> int:
    """The effective settings and every path pressreader uses."""
    from pressreader.config import load_config
    from pressreader.index import index_path_for
    from pressreader.state import state_path_for

    config = load_config()
    root, store_from = locate_store(args.data)
    root = root.expanduser().resolve()
    report = {
        "config_file": str(config.path),
        "config_file_exists": config.path.exists(),
        "settings": config.to_dict(),
        "problems": config.problems,
        "store": str(root),
        "store_from": store_from,
        "index_file": str(index_path_for(root)),
        "state_file": str(state_path_for(root)),
        "export_dir": str(config.export_dir),
        "no_color": "NO_COLOR" in os.environ,
    }
    out.print_json(data=report)
    return 1 if config.problems else 0
