"""`delegations list`: the investment-attraction delegations, for scripts."""

from __future__ import annotations

import argparse
from typing import Any

from kotra_invest.catalog import msg
from kotra_invest.commands._shared import command_adder, opened, print_json, say
from kotra_invest.help_language import tr


def cmd_delegations_list(args: argparse.Namespace) -> int:
    from kotra_invest.domain.enums import DelegationStatus
    from kotra_invest.files.text import padded
    from kotra_invest.services.delegations import list_delegations

    with opened(args) as ctx:
        rows = list_delegations(ctx, year=args.year, status=args.status)
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        dates = f"{row.starts_on or '?'}–{row.ends_on or '?'}"
        title = row.title if ctx.lang == "ko" or not row.title_en else row.title_en
        status = DelegationStatus(row.status).label(ctx.lang)
        print(f"{dates:<23} {padded(status, 10)} {title}  [{', '.join(row.destinations)}]")
    say(args, msg("commands.delegations", "{count} delegation(s)"), count=len(rows))
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    add = command_adder(common)

    delegations = commands.add_parser(
        "delegations", parents=[common], help=tr(msg("cli", "investment-attraction delegations"))
    )
    delegation_commands = delegations.add_subparsers(
        title=tr(msg("cli", "delegation commands")), metavar="ACTION", required=True
    )
    dlist = add(delegation_commands, "list", cmd_delegations_list, tr(msg("cli", "list delegations")))
    dlist.add_argument("--year", type=int)
    dlist.add_argument("--status", choices=("planning", "confirmed", "travelling", "done", "cancelled"))
    dlist.add_argument("--json", action="store_true", help=tr(msg("cli", "print a JSON array")))
