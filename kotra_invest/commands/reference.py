"""`reference list|rename`: regions, provinces, FEZs, industries and the other reference data."""

from __future__ import annotations

import argparse
from typing import Any

from kotra_invest.catalog import msg
from kotra_invest.commands._shared import command_adder, opened, print_json
from kotra_invest.help_language import tr


def cmd_reference_list(args: argparse.Namespace) -> int:
    from kotra_invest.services.reference import list_reference

    with opened(args) as ctx:
        items = list_reference(ctx, args.kind)
    if args.json:
        print_json(items)
        return 0
    for item in items:
        parents = f"  ({', '.join(item.parents)})" if item.parents else ""
        print(f"{item.code:<12} {item.name_ko} / {item.name_en}{parents}")
    return 0


def cmd_reference_rename(args: argparse.Namespace) -> int:
    from kotra_invest.services.reference import rename_reference

    with opened(args) as ctx:
        item = rename_reference(ctx, args.kind, args.code, name_ko=args.ko, name_en=args.en)
    print(f"{item.code:<12} {item.name_ko} / {item.name_en}")
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    add = command_adder(common)

    reference = commands.add_parser(
        "reference", parents=[common], help=tr(msg("cli", "reference data: regions, provinces, FEZs, industries …"))
    )
    reference_commands = reference.add_subparsers(
        title=tr(msg("cli", "reference commands")), metavar="ACTION", required=True
    )
    kinds = ("regions", "provinces", "fezs", "industries", "stages", "countries", "offices")
    rlist = add(reference_commands, "list", cmd_reference_list, tr(msg("cli", "list one kind of reference data")))
    rlist.add_argument("kind", choices=kinds)
    rlist.add_argument("--json", action="store_true", help=tr(msg("cli", "print a JSON array")))
    rename = add(
        reference_commands,
        "rename",
        cmd_reference_rename,
        tr(msg("cli", "change the Korean and/or English name of a row")),
    )
    rename.add_argument("kind", choices=kinds)
    rename.add_argument("code")
    rename.add_argument("--ko", help=tr(msg("cli", "new Korean name")))
    rename.add_argument("--en", help=tr(msg("cli", "new English name")))
