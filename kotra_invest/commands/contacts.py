"""`contacts list INVESTOR`: an investor's contact persons, for a script or a quick look."""

from __future__ import annotations

import argparse
from typing import Any

from kotra_invest.catalog import msg
from kotra_invest.help_language import tr


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Adds `list` to the `contacts` group (made by commands/merge.py, registered before this)."""
    group = next(a for a in commands.choices["contacts"]._actions if isinstance(a, argparse._SubParsersAction))
    listing = group.add_parser(
        "list",
        parents=[common],
        help=tr(msg("cli", "an investor's contact persons")),
        description=tr(
            msg(
                "cli",
                "The live contacts of INVESTOR, by name. Contacts are personal data: the access log records the view.",
            )
        ),
    )
    listing.add_argument("investor", metavar="INVESTOR", help=tr(msg("cli", "the investor (id or unambiguous name)")))
    listing.add_argument("--json", action="store_true", help=tr(msg("cli", "print the contacts as JSON")))
    listing.set_defaults(handler=cmd_contacts_list)


def cmd_contacts_list(args: argparse.Namespace) -> int:
    from kotra_invest.commands._shared import opened, print_json, say
    from kotra_invest.services.contacts import list_contacts
    from kotra_invest.services.investors import find_investor

    with opened(args) as ctx:
        investor = find_investor(ctx, args.investor)
        rows = list_contacts(ctx, investor.id)
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        say(args, msg("commands.contacts", "{name}: no contacts."), name=investor.name)
        return 0
    for row in rows:
        name = row.full_name + (f" ({row.name_ko})" if row.name_ko else "")
        print("\t".join([name, row.job_title or "-", row.email or "-", row.phone or "-", row.consent_label]))
    return 0
