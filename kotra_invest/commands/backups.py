"""`kotra-invest backups …`: the automatic backups beside the embedded database and their disk use.

kotra-invest backups list        each backup with its size, the total, and how many are kept
kotra-invest backups keep N      keep the newest N automatic backups (1-30; default 3)
"""

from __future__ import annotations

import argparse
from typing import Any


def _size(count: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{count:,} {unit}" if unit == "bytes" else f"{count:,.1f} {unit}"
        count /= 1024  # type: ignore[assignment]
    raise AssertionError("unreachable")


def cmd_backups_list(args: argparse.Namespace) -> int:
    from kotra_invest.commands._shared import opened
    from kotra_invest.services.database import backup_disk_use, backups_kept

    ko = args.settings.lang == "ko"
    with opened(args) as ctx:
        backups, total = backup_disk_use(ctx)
        kept = backups_kept(ctx)
    for path, size in backups:
        print(f"{_size(size):>12}  {path}")
    if ko:
        print(
            f"백업 {len(backups)}개, 합계 {_size(total)}; 자동 백업은 최근 {kept}개를 보관합니다 (kotra-invest backups keep N)."
        )
    else:
        print(
            f"{len(backups)} backups, {_size(total)} in all; the newest {kept} automatic ones are kept"
            " (kotra-invest backups keep N)."
        )
    return 0


def cmd_backups_keep(args: argparse.Namespace) -> int:
    from kotra_invest.commands._shared import opened
    from kotra_invest.services.database import backup_disk_use, set_backups_kept

    with opened(args) as ctx:
        set_backups_kept(ctx, args.count)
        _backups, total = backup_disk_use(ctx)
    if args.settings.lang == "ko":
        print(f"자동 백업을 최근 {args.count}개까지 보관합니다 (지금 합계 {_size(total)}; 다음 백업 때 정리됩니다).")
    else:
        print(
            f"The newest {args.count} automatic backups will be kept (now {_size(total)} in all; trimmed at the next backup)."
        )
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "backups", parents=[common], help="the automatic backups beside the database: list, how many to keep"
    )
    actions = group.add_subparsers(title="backups commands", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="each backup, its size and the total")
    listing.set_defaults(handler=cmd_backups_list)
    keep = actions.add_parser("keep", parents=[common], help="keep the newest N automatic backups (1-30)")
    keep.add_argument("count", type=int, metavar="N")
    keep.set_defaults(handler=cmd_backups_keep)
