"""`kotra-invest backups …`: the automatic backups beside the embedded database and their disk use.

kotra-invest backups list        each backup with its size, the total, and how many are kept
kotra-invest backups keep N      keep the newest N automatic backups (1-30; default 3)
"""

from __future__ import annotations

import argparse
from typing import Any

from kotra_invest.catalog import msg
from kotra_invest.help_language import tr


def _size(count: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{count:,} {unit}" if unit == "bytes" else f"{count:,.1f} {unit}"
        count /= 1024  # type: ignore[assignment]
    raise AssertionError("unreachable")


def cmd_backups_list(args: argparse.Namespace) -> int:
    from kotra_invest.commands._shared import opened, say
    from kotra_invest.services.database import backup_disk_use, backups_kept

    with opened(args) as ctx:
        backups, total = backup_disk_use(ctx)
        kept = backups_kept(ctx)
    for path, size in backups:
        print(f"{_size(size):>12}  {path}")
    say(
        args,
        msg(
            "commands.backups",
            "{count} backups, {total} in all; the newest {kept} automatic ones are kept (kotra-invest backups keep N).",
        ),
        count=len(backups),
        total=_size(total),
        kept=kept,
    )
    return 0


def cmd_backups_keep(args: argparse.Namespace) -> int:
    from kotra_invest.commands._shared import opened, say
    from kotra_invest.services.database import backup_disk_use, set_backups_kept

    with opened(args) as ctx:
        set_backups_kept(ctx, args.count)
        _backups, total = backup_disk_use(ctx)
    say(
        args,
        msg(
            "commands.backups",
            "The newest {count} automatic backups will be kept (now {total} in all; trimmed at the next backup).",
        ),
        count=args.count,
        total=_size(total),
    )
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "backups",
        parents=[common],
        help=tr(msg("cli", "the automatic backups beside the database: list, how many to keep")),
    )
    actions = group.add_subparsers(title=tr(msg("cli", "backups commands")), metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help=tr(msg("cli", "each backup, its size and the total")))
    listing.set_defaults(handler=cmd_backups_list)
    keep = actions.add_parser(
        "keep", parents=[common], help=tr(msg("cli", "keep the newest N automatic backups (1-30)"))
    )
    keep.add_argument("count", type=int, metavar="N")
    keep.set_defaults(handler=cmd_backups_keep)
