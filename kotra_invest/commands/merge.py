"""`investors merge KEEP DROP` and `contacts merge KEEP DROP`: two records found to be one become one."""

from __future__ import annotations

import argparse
from typing import Any

from kotra_invest.catalog import msg
from kotra_invest.help_language import tr


def _subcommands(parser: argparse.ArgumentParser) -> Any:
    """The sub-command group of an existing command (investors), to add an action to it."""
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    investors = _subcommands(commands.choices["investors"])
    imerge = investors.add_parser(
        "merge",
        parents=[common],
        help=tr(
            msg("cli", "merge investor DROP into KEEP (its contacts, projects, meetings, tasks and documents move)")
        ),
        # What moves: services/merging._POINTERS.
        description=tr(
            msg(
                "cli",
                "Merge investor DROP into KEEP: every contact, project, meeting, task, itinerary item, "
                "meeting target, grievance case, enquiry and site in Korea of DROP moves to KEEP, and so do the "
                "documents of DROP and of those records; DROP is kept as a deleted record naming KEEP.",
            )
        ),
    )
    imerge.set_defaults(handler=cmd_investors_merge)
    contacts = commands.add_parser("contacts", parents=[common], help=tr(msg("cli", "contacts")))
    contact_commands = contacts.add_subparsers(
        title=tr(msg("cli", "contact commands")), metavar="ACTION", required=True
    )
    cmerge = contact_commands.add_parser(
        "merge",
        parents=[common],
        help=tr(msg("cli", "merge contact DROP into KEEP (their meetings and documents move)")),
        description=tr(
            msg(
                "cli",
                "Merge contact DROP into KEEP: the meetings, itinerary items and documents of DROP move to "
                "KEEP; DROP is kept as a deleted record naming KEEP. Both must be people of the same investor, or "
                "both advisers (contacts of no investor).",
            )
        ),
    )
    cmerge.set_defaults(handler=cmd_contacts_merge)
    for sub, keep, drop in (
        (
            imerge,
            msg("cli", "the investor that stays (id or unambiguous name)"),
            msg("cli", "the investor merged into it (id or unambiguous name)"),
        ),
        (
            cmerge,
            msg("cli", "the contact that stays (id or unambiguous name)"),
            msg("cli", "the contact merged into it (id or unambiguous name)"),
        ),
    ):
        sub.add_argument("keep", metavar="KEEP", help=tr(keep))
        sub.add_argument("drop", metavar="DROP", help=tr(drop))
        sub.add_argument(
            "--prefer",
            choices=("keep", "drop"),
            default="keep",
            help=tr(
                msg(
                    "cli",
                    "whose value wins where both have one (default: keep); an empty field always takes the other's",
                )
            ),
        )
        sub.add_argument("--json", action="store_true", help=tr(msg("cli", "print what was merged as JSON")))


def _report(args: argparse.Namespace, result: Any, keep_name: str, drop_name: str) -> None:
    from kotra_invest.commands._shared import print_json, say

    moved = dict(result.moved_counts)
    if args.json:
        print_json(
            {
                "kind": result.kind,
                "keep": str(result.keep_id),
                "dropped": str(result.drop_id),
                "moved": moved,
                "fields_taken": [f for f, _v in result.keep_before],
            }
        )
        return
    summary = ", ".join(f"{table} {count}" for table, count in sorted(moved.items())) or "-"
    say(
        args,
        msg("commands.merge", "Merged {drop_name} into {keep_name} (moved: {summary})"),
        drop_name=drop_name,
        keep_name=keep_name,
        summary=summary,
    )


def cmd_investors_merge(args: argparse.Namespace) -> int:
    from kotra_invest.commands._shared import opened
    from kotra_invest.services.investors import find_investor
    from kotra_invest.services.merging import merge_investors

    with opened(args) as ctx:
        keep, drop = find_investor(ctx, args.keep), find_investor(ctx, args.drop)
        result = merge_investors(ctx, keep.id, drop.id, default=args.prefer)
    _report(args, result, keep.name, drop.name)
    return 0


def cmd_contacts_merge(args: argparse.Namespace) -> int:
    from kotra_invest.commands._shared import opened
    from kotra_invest.services.merging import find_contact, merge_contacts

    with opened(args) as ctx:
        keep, drop = find_contact(ctx, args.keep), find_contact(ctx, args.drop)
        result = merge_contacts(ctx, keep[0], drop[0], default=args.prefer)
    _report(args, result, keep[1], drop[1])
    return 0
