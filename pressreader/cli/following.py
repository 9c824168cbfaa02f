"""`follow`, `unfollow`, `following`, `update` and `opml`: the press offices a store follows."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.text import Text

from pressreader.cli.common import progress_bar, store_options, store_path
from pressreader.tables import one_line
from pressreader.text import plural


def add_following(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "follow",
        help="follow a feed: `update` imports what it publishes",
        parents=[store_options()],
    )
    p.add_argument("url", help="the feed's http(s) address (RSS or Atom)")
    p.add_argument("--name", help="a name for the feed (default: its address)")
    p.add_argument("--source", metavar="S", help="the publisher of every release of this feed")
    p.add_argument(
        "--full-text",
        action="store_true",
        help="when an item carries only a summary, read the linked page for the whole release",
    )
    p.set_defaults(func=cmd_follow)

    p = sub.add_parser("unfollow", help="stop following a feed", parents=[store_options()])
    p.add_argument("feed", help="its address or name")
    p.set_defaults(func=cmd_unfollow)

    p = sub.add_parser(
        "following",
        help="the feeds this store follows, with their last update",
        parents=[store_options(json_help="print JSON")],
    )
    p.set_defaults(func=cmd_following)

    p = sub.add_parser(
        "update",
        help="fetch every followed feed and import what is new",
        parents=[store_options(json_help="print a machine-readable report")],
    )
    p.add_argument("--timeout", type=float, default=20.0, metavar="SECONDS", help="per feed")
    p.set_defaults(func=cmd_update)

    p = sub.add_parser("opml", help="import or export the followed feeds as OPML")
    ops = p.add_subparsers(dest="opml_command", metavar="import|export", required=True)
    q = ops.add_parser(
        "import", help="follow every feed of an OPML file", parents=[store_options()]
    )
    q.add_argument("file")
    q.set_defaults(func=cmd_opml_import)
    q = ops.add_parser("export", help="print the followed feeds as OPML", parents=[store_options()])
    q.set_defaults(func=cmd_opml_export)


def _store(args: argparse.Namespace, err: Console) -> Path | None:
    root = store_path(args)
    if not root.is_dir():
        err.print(
            Text(f"pressreader: the store folder {root} does not exist (use --data DIR)"),
            soft_wrap=True,
        )
        return None
    return root


def cmd_follow(args: argparse.Namespace, out: Console, err: Console) -> int:
    from pressreader.follow import FollowError, follow

    root = _store(args, err)
    if root is None:
        return 2
    try:
        feed = follow(root, args.url, name=args.name, source=args.source, full_text=args.full_text)
    except FollowError as exc:
        err.print(Text(f"pressreader follow: {exc}"), soft_wrap=True)
        return 1
    out.print(Text(f"Following {feed.label}. `pressreader update` imports what it publishes."))
    return 0


def cmd_unfollow(args: argparse.Namespace, out: Console, err: Console) -> int:
    from pressreader.follow import FollowError, unfollow

    root = _store(args, err)
    if root is None:
        return 2
    try:
        feed = unfollow(root, args.feed)
    except FollowError as exc:
        err.print(Text(f"pressreader unfollow: {exc}"), soft_wrap=True)
        return 1
    out.print(Text(f"No longer following {feed.label} (its releases stay in the store)."))
    return 0


def cmd_following(args: argparse.Namespace, out: Console, err: Console) -> int:
    from pressreader.follow import feed_states, read_subscriptions

    root = _store(args, err)
    if root is None:
        return 2
    subs = read_subscriptions(root)
    for problem in subs.problems:
        err.print(Text(problem), soft_wrap=True)
    states = feed_states(root)
    rows: list[dict[str, Any]] = []
    for feed in subs.feeds:
        state = states.get(feed.url)
        rows.append(
            {
                "url": feed.url,
                "name": feed.name,
                "source": feed.source,
                "full_text": feed.full_text,
                "last_checked": state.last_checked if state else None,
                "last_status": state.last_status if state else None,
                "new": state.new if state else 0,
                "total": state.total if state else 0,
                "last_error": state.last_error if state else None,
            }
        )
    if args.json:
        out.file.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return 0
    if not rows:
        err.print(Text("This store follows no feeds yet: pressreader follow URL"))
        return 0
    for row in rows:
        line = Text(one_line(row["name"] or row["url"]), style="bold")
        status = row["last_status"] or "never updated"
        line.append(f"  {status}", style="red" if status == "failed" else "dim")
        if row["last_checked"]:
            line.append(f"  {row['last_checked'][:16].replace('T', ' ')}", style="dim")
            line.append(f"  {row['new']} new of {row['total']}", style="dim")
        out.print(line, soft_wrap=True)
        if row["name"]:
            out.print(Text(f"    {row['url']}", style="dim"), soft_wrap=True)
        if row["last_error"]:
            out.print(Text(f"    {one_line(row['last_error'])}", style="red"), soft_wrap=True)
    return 0


def cmd_update(args: argparse.Namespace, out: Console, err: Console) -> int:
    from pressreader.follow import following, update

    root = _store(args, err)
    if root is None:
        return 2
    feeds = following(root)
    if not feeds:
        err.print(Text("This store follows no feeds yet: pressreader follow URL"))
        return 0
    with progress_bar(err, "Updating", enabled=not args.json) as bar:
        report = update(
            root,
            progress=lambda done, total, _result: bar.update(done, total),
            timeout=args.timeout,
        )
    if args.json:
        out.file.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return 1 if report.failed else 0
    for result in report.feeds:
        label = one_line(result.name or result.url)
        if result.status == "failed":
            out.print(
                Text(f"failed     {label}: {one_line(result.reason)}", style="red"), soft_wrap=True
            )
        elif result.status == "new":
            out.print(Text(f"{result.new:4d} new   {label}"), soft_wrap=True)
        else:
            out.print(Text(f"unchanged  {label}", style="dim"), soft_wrap=True)
    for problem in report.problems:
        err.print(Text(problem), soft_wrap=True)
    offices = len({r.url for r in report.feeds if r.new})
    out.print(
        Text(
            f"{report.new} new release{'s' if report.new != 1 else ''} from {offices} "
            f"feed{'s' if offices != 1 else ''}; {report.count('unchanged')} unchanged, "
            f"{len(report.failed)} failed ({report.seconds:.1f} s)."
        )
    )
    return 1 if report.failed else 0


def cmd_opml_import(args: argparse.Namespace, out: Console, err: Console) -> int:
    from pressreader.follow import FollowError, import_opml

    root = _store(args, err)
    if root is None:
        return 2
    try:
        report = import_opml(root, Path(args.file).expanduser())
    except (FollowError, OSError) as exc:
        err.print(Text(f"pressreader opml import: {exc}"), soft_wrap=True)
        return 1
    for what, why in report.refused:
        err.print(Text(f"not followed: {one_line(what)}: {one_line(why)}"), soft_wrap=True)
    out.print(
        Text(
            f"{plural(len(report.added), 'feed')} followed, {len(report.already)} already followed, "
            f"{len(report.refused)} refused."
        )
    )
    return 1 if report.refused and not report.added else 0


def cmd_opml_export(args: argparse.Namespace, out: Console, err: Console) -> int:
    from pressreader.follow import export_opml

    root = _store(args, err)
    if root is None:
        return 2
    out.file.write(export_opml(root))
    return 0
