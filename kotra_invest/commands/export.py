"""`export investors|projects|delegations|tasks|cases|incentives|enquiries FILE.xlsx [filters]`: a list as the
desktop exports it (the aftercare lists as the Aftercare page shows them)."""

from __future__ import annotations

import argparse
from typing import Any

from kotra_invest.catalog import msg
from kotra_invest.help_language import tr


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    exporting = commands.add_parser(
        "export",
        parents=[common],
        help=tr(
            msg(
                "cli",
                "write a list (investors, projects, delegations, tasks, cases, incentives, enquiries) to an Excel workbook",
            )
        ),
        description=tr(
            msg(
                "cli",
                "Write a list to an Excel workbook with the desktop's columns, filtered and sorted as asked. "
                "The file is replaced only when the whole list is written.",
            )
        ),
    )
    exporting.set_defaults(handler=cmd_export)
    exporting.add_argument(
        "kind", choices=("investors", "projects", "delegations", "tasks", "cases", "incentives", "enquiries")
    )
    exporting.add_argument("file", metavar="FILE.xlsx")
    filters = exporting.add_argument_group(tr(msg("cli", "filters (each list takes the ones that apply to it)")))
    filters.add_argument("--country", help=tr(msg("cli", "investors: the HQ country's code, e.g. DE")))
    filters.add_argument(
        "--industry", help=tr(msg("cli", "investors, projects, delegations: an industry code, e.g. BIO"))
    )
    filters.add_argument("--region", help=tr(msg("cli", "investors, projects, delegations: a region code, e.g. CAP")))
    filters.add_argument("--stage", help=tr(msg("cli", "investors, projects: a pipeline stage code, e.g. MOU")))
    filters.add_argument("--owner", help=tr(msg("cli", "investors, projects: an officer's login")))
    filters.add_argument("--text", help=tr(msg("cli", "projects, delegations: part of the title")))
    filters.add_argument("--year", type=int, help=tr(msg("cli", "delegations: the year")))
    filters.add_argument(
        "--status",
        help=tr(
            msg(
                "cli",
                "delegations: planning|confirmed|travelling|done|cancelled; "
                "incentives: applied|approved|paid|rejected|withdrawn|clawed_back",
            )
        ),
    )
    filters.add_argument(
        "--overdue", action="store_true", help=tr(msg("cli", "tasks, cases, enquiries: overdue ones only"))
    )
    filters.add_argument(
        "--scope",
        choices=("mine", "office", "everyone"),
        default="mine",
        help=tr(msg("cli", "tasks: whose (default: mine, as the desktop's list opens)")),
    )
    filters.add_argument(
        "--closed",
        action="store_true",
        help=tr(msg("cli", "tasks: done and cancelled ones too; cases, enquiries: closed ones too")),
    )
    exporting.add_argument("--sort", help=tr(msg("cli", "investors: name|updated; projects: title|investor|updated")))
    exporting.add_argument("--descending", action="store_true")


def cmd_export(args: argparse.Namespace) -> int:
    from kotra_invest.briefing.lists import export_list
    from kotra_invest.commands._shared import opened, output_file, say
    from kotra_invest.domain.errors import ValidationError
    from kotra_invest.services.delegations import DelegationFilter
    from kotra_invest.services.read_models import InvestorFilter, ProjectFilter

    path = output_file(args.file, ".xlsx")
    delegation_statuses = ("planning", "confirmed", "travelling", "done", "cancelled")
    if args.kind == "delegations" and args.status and args.status not in delegation_statuses:
        raise ValidationError(
            "invalid_value", field="status", value=f"{args.status} ({', '.join(delegation_statuses)})"
        )
    from kotra_invest.services.reference import require_known

    with opened(args) as ctx:
        # A typo in a filter is an error, not a workbook of 0 rows that reads like "no such records".
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
        count = export_list(
            ctx,
            args.kind,
            path,
            investor_filter=InvestorFilter(args.country, args.industry, args.region, args.stage, args.owner),
            project_filter=ProjectFilter(
                stage_codes=(args.stage,) if args.stage else (),
                region_code=args.region,
                industry_code=args.industry,
                owner_login=args.owner,
                text=args.text,
            ),
            delegation_filter=DelegationFilter(
                year=args.year,
                statuses=(args.status,) if args.status and args.kind == "delegations" else (),
                region_code=args.region,
                industry_code=args.industry,
                text=args.text,
            ),
            sort=args.sort,
            descending=args.descending,
            overdue_only=args.overdue,
            task_scope=args.scope,
            include_closed=args.closed,
            incentive_status=args.status if args.kind == "incentives" else None,
        )
    say(args, msg("commands.export", "Wrote {count:,} rows to {path}"), count=count, path=path)
    return 0
