"""`kotra-invest synonyms …`: the other names an import reads as a reference row (의료기기 → BIO)."""

from __future__ import annotations

import argparse
from typing import Any

from kotra_invest.catalog import msg
from kotra_invest.help_language import tr

KINDS = ("industries", "countries", "provinces", "fezs", "stages")


def cmd_list(args: argparse.Namespace) -> int:
    from kotra_invest.commands._shared import opened, print_json
    from kotra_invest.services.synonyms import list_synonyms

    with opened(args) as ctx:
        found = list_synonyms(ctx, args.kind)
    if args.json:
        print_json(found)
        return 0
    for synonym in found:
        print(f"{synonym.code:<12} {synonym.name}{'' if synonym.built_in else '  *'}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from kotra_invest.commands._shared import opened, say
    from kotra_invest.services.synonyms import add_synonym

    with opened(args) as ctx:
        added = add_synonym(ctx, args.kind, args.code, args.name)
    say(
        args, msg("commands.synonyms", "{name} → {code}: imports read this name now."), name=added.name, code=added.code
    )
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from kotra_invest.commands._shared import opened, say
    from kotra_invest.services.synonyms import remove_synonym

    with opened(args) as ctx:
        removed = remove_synonym(ctx, args.kind, args.name)
    say(args, msg("commands.synonyms", "{name} no longer means {code}."), name=removed.name, code=removed.code)
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "synonyms",
        parents=[common],
        help=tr(msg("cli", "other names imports read as a reference row (의료기기 → BIO)")),
    )
    actions = group.add_subparsers(title=tr(msg("cli", "synonym commands")), metavar="ACTION", required=True)

    def add(name: str, handler: Any, help_text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, parents=[common], help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        sub.add_argument("kind", choices=KINDS)
        return sub

    listing = add("list", cmd_list, tr(msg("cli", "the names each row is also read by (* added here)")))
    listing.add_argument("--json", action="store_true", help=tr(msg("cli", "print a JSON array")))
    adding = add("add", cmd_add, tr(msg("cli", "let a name mean a row in every import (admins)")))
    adding.add_argument("code", help=tr(msg("cli", "the row's code, e.g. BIO, US")))
    adding.add_argument("name", help=tr(msg("cli", "the other name, e.g. 의료기기")))
    removing = add("remove", cmd_remove, tr(msg("cli", "stop a name meaning a row, a built-in one too (admins)")))
    removing.add_argument("name")
