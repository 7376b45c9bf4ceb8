"""`search TEXT`: every kind of record at once, in Korean and English."""

from __future__ import annotations

import argparse
from typing import Any

from kotra_invest.catalog import msg
from kotra_invest.commands._shared import command_adder, opened, positive, print_json, say
from kotra_invest.help_language import tr


def cmd_search(args: argparse.Namespace) -> int:
    from kotra_invest.domain.kinds import record_kind
    from kotra_invest.files.text import padded
    from kotra_invest.services.search import KINDS, search

    with opened(args) as ctx:
        hits = search(ctx, args.text, kinds=args.kind or KINDS, limit=args.limit)
    if args.json:
        print_json(hits)
        return 0
    for hit in hits:
        print(f"{padded(record_kind(hit.kind, args.settings.lang), 12)} {hit.label}  {hit.id}")
    say(args, msg("commands.search", "{count} match(es)"), count=len(hits))
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    add = command_adder(common)

    everything = add(
        commands, "search", cmd_search, tr(msg("cli", "search investors, contacts, delegations, projects and notes"))
    )
    everything.add_argument("text")
    everything.add_argument(
        "--kind",
        action="append",
        choices=("investor", "contact", "delegation", "project", "interaction", "case", "enquiry", "document"),
    )
    everything.add_argument("--limit", type=positive, default=50)
    everything.add_argument("--json", action="store_true", help=tr(msg("cli", "print a JSON array")))
