"""`investors search|list|add`."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from kotra_invest.catalog import msg
from kotra_invest.commands._shared import command_adder, opened, positive, print_json, say
from kotra_invest.help_language import tr


def _print_investors(args: argparse.Namespace, rows: Sequence[Any]) -> None:
    if args.json:
        print_json(list(rows))
        return
    for row in rows:
        korean = f" · {row.name_ko}" if row.name_ko else ""
        print(f"{row.name}{korean}  ({row.country or '-'}, {row.industry or '-'})  {row.id}")
    say(args, msg("commands.investors", "{count} investor(s)"), count=len(rows))


def cmd_investors_search(args: argparse.Namespace) -> int:
    from kotra_invest.services.investors import search_investors

    with opened(args) as ctx:
        rows = search_investors(ctx, args.text, limit=args.limit)
    _print_investors(args, rows)
    return 0


def cmd_investors_list(args: argparse.Namespace) -> int:
    from kotra_invest.services.investors import list_investors
    from kotra_invest.services.read_models import InvestorFilter
    from kotra_invest.services.reference import require_known

    filters = InvestorFilter(args.country, args.industry, args.region, args.stage, args.owner)
    with opened(args) as ctx:
        require_known(
            ctx,
            {
                "countries": args.country,
                "industries": args.industry,
                "regions": args.region,
                "stages": args.stage,
                "officers": args.owner,
            },
        )
        page = list_investors(ctx, filters, sort=args.sort, limit=args.limit)
    _print_investors(args, page.rows)
    return 0


def cmd_investors_add(args: argparse.Namespace) -> int:
    from kotra_invest.services.investors import InvestorDraft, create_investor, get_investor_row

    draft = InvestorDraft(
        name=args.name,
        name_ko=args.name_ko,
        country_code=args.country,
        direct_country_code=args.direct_country,
        industry_code=args.industry,
        website=args.website,
        tags=tuple(args.tag or ()),
        notes=args.notes,
    )
    with opened(args) as ctx:
        row = get_investor_row(ctx, create_investor(ctx, draft))
    if args.json:
        print_json(row)
    else:
        say(args, msg("commands.investors", "Added {name} ({id})"), name=row.name, id=row.id)
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    add = command_adder(common)

    investors = commands.add_parser("investors", parents=[common], help=tr(msg("cli", "investors")))
    investor_commands = investors.add_subparsers(
        title=tr(msg("cli", "investor commands")), metavar="ACTION", required=True
    )
    isearch = add(
        investor_commands,
        "search",
        cmd_investors_search,
        tr(msg("cli", "find investors by any part of their names or notes")),
    )
    isearch.add_argument("text")
    isearch.add_argument("--limit", type=positive, default=50)
    isearch.add_argument("--json", action="store_true", help=tr(msg("cli", "print a JSON array")))
    ilist = add(investor_commands, "list", cmd_investors_list, tr(msg("cli", "list investors, filtered")))
    for option in ("country", "industry", "region", "stage", "owner"):
        ilist.add_argument(f"--{option}")
    ilist.add_argument("--sort", choices=("name", "updated"), default="name")
    ilist.add_argument("--limit", type=positive, default=100)
    ilist.add_argument("--json", action="store_true", help=tr(msg("cli", "print a JSON array")))

    iadd = add(investor_commands, "add", cmd_investors_add, tr(msg("cli", "register an investor")))
    iadd.add_argument("name", help=tr(msg("cli", "company name in its original spelling")))
    iadd.add_argument("--name-ko", help=tr(msg("cli", "Korean rendering of the name")))
    iadd.add_argument("--country", help=tr(msg("cli", "ISO code of the ultimate parent's home country, e.g. DE")))
    iadd.add_argument(
        "--direct-country",
        help=tr(
            msg(
                "cli",
                "ISO code of the direct investor's country, as notified "
                "(the official statistics'), e.g. NL for a Dutch holding; default: the parent's",
            )
        ),
    )
    iadd.add_argument("--industry", help=tr(msg("cli", "industry code, e.g. ROBOT, BIO, BATTERY")))
    iadd.add_argument("--website")
    iadd.add_argument("--tag", action="append")
    iadd.add_argument("--notes")
    iadd.add_argument("--json", action="store_true", help=tr(msg("cli", "print the new investor as JSON")))
