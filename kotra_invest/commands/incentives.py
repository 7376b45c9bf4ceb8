"""`incentives list|add|edit|approve|pay`: incentive applications on projects from the command line.
PROJECT is an id or a title only one project has; a bad value is one sentence, exit 2."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date
from typing import Any

from kotra_invest.catalog import Message, msg
from kotra_invest.commands._shared import action_adder, day, edit_record, opened, print_json, say
from kotra_invest.commands.cases import changes, choice
from kotra_invest.files.text import padded
from kotra_invest.help_language import tr

TYPES = "cash_grant, fiz_rent, customs, local_tax, employment, training, other"
BODIES = "ministry, local_government, fez_authority"
STATUSES = "applied, approved, paid, rejected, withdrawn, clawed_back"


def _show(args: argparse.Namespace, ctx: Any, application_id: Any, done: Message) -> None:
    from kotra_invest.services.incentives import incentive_list

    row = next(r for r in incentive_list(ctx) if r.id == application_id)
    if args.json:
        print_json(row)
    else:
        print(f"{done.text(args.settings.lang)}: {row.type_label} ({row.status_label}) — {row.project} — {row.id}")


def _given(args: argparse.Namespace) -> dict[str, Any]:
    from kotra_invest.domain.aftercare_models import GrantingBody, IncentiveStatus, IncentiveType

    given = changes(
        {
            "incentive_type": choice(IncentiveType, args.type, "incentive_type"),
            "granting_body": choice(GrantingBody, args.body, "granting_body"),
            "granting_body_name": args.body_name,
            "status": choice(IncentiveStatus, args.status, "status"),
            "amount": args.amount,
            "applied_on": day(args.applied, "applied_on"),
            "approved_on": day(args.approved, "approved_on"),
            "paid_on": day(args.paid, "paid_on"),
            "jobs_required": args.jobs,
            "keep_years": args.keep_years,
            "conditions": args.conditions,
            "clawback": args.clawback,
            "notes": args.notes,
        }
    )
    if args.currency is not None:  # '' is refused by the service: an amount's currency cannot be cleared
        given["currency"] = args.currency.upper()
    return given


def cmd_list(args: argparse.Namespace) -> int:
    from kotra_invest.services.incentives import incentive_list
    from kotra_invest.services.projects import find_project

    with opened(args) as ctx:
        project = find_project(ctx, args.project).id if args.project else None
        rows = incentive_list(ctx, project_id=project, status=args.status)
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        amount = f"{r.currency} {r.amount:,}" if r.amount is not None else "-"
        print(
            f"{r.applied_on or '-'}  {padded(r.status_label, 10)} {padded(r.type_label, 24)} {amount:>22}  {r.project} [{r.investor}]  {r.id}"
        )
    say(args, msg("commands.incentives", "{count} application(s)"), count=len(rows))
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from kotra_invest.domain.aftercare_models import GrantingBody, IncentiveType
    from kotra_invest.services import records
    from kotra_invest.services.incentives import INCENTIVE, IncentiveDraft
    from kotra_invest.services.projects import find_project

    given = _given(args)
    given.setdefault("applied_on", date.today())
    draft = replace(IncentiveDraft(IncentiveType.CASH_GRANT, GrantingBody.MINISTRY), **given)
    with opened(args) as ctx:
        project = find_project(ctx, args.project).id
        application_id = records.create(ctx, INCENTIVE, draft, project_id=project)
        _show(args, ctx, application_id, msg("commands.incentives", "Recorded"))
    return 0


def _edit(args: argparse.Namespace, change: Any, done: Message) -> int:
    from kotra_invest.services.incentives import INCENTIVE

    return edit_record(args, INCENTIVE, "incentive_application", change, _show, done)


def cmd_edit(args: argparse.Namespace) -> int:
    given = _given(args)
    return _edit(args, lambda _ctx, d: replace(d, **given), msg("commands.incentives", "Updated"))


def cmd_step(args: argparse.Namespace, status: str) -> int:
    from kotra_invest.domain.aftercare_models import IncentiveStatus
    from kotra_invest.services.incentives import moved_to

    on = day(args.on, f"{status}_on") or date.today()
    return _edit(
        args, lambda _ctx, d: moved_to(d, IncentiveStatus(status), on), msg("commands.incentives", "Status changed")
    )


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "incentives",
        help=tr(msg("cli", "incentive applications on projects")),
        description=tr(msg("cli", "incentive applications on projects")),
    )
    sub = group.add_subparsers(dest="incentives_command", required=True, metavar="COMMAND")

    add = action_adder(sub, common, json_option=True)

    def fields(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--type", help=TYPES)
        parser.add_argument("--body", help=BODIES)
        parser.add_argument("--body-name", help=tr(msg("cli", "which one, e.g. 충청북도")))
        parser.add_argument("--status", help=STATUSES)
        parser.add_argument("--amount")
        parser.add_argument("--currency", help=tr(msg("cli", "ISO code (default KRW)")))
        for option in ("--applied", "--approved", "--paid"):
            parser.add_argument(option, metavar="YYYY-MM-DD")
        parser.add_argument("--jobs", type=int, help=tr(msg("cli", "jobs the investor must create")))
        parser.add_argument("--keep-years", type=int, help=tr(msg("cli", "years the investment must be kept")))
        for option in ("--conditions", "--clawback", "--notes"):
            parser.add_argument(option)

    ilist = add("list", cmd_list, tr(msg("cli", "list applications, newest first")))
    ilist.add_argument("--project")
    ilist.add_argument("--status", help=STATUSES)
    iadd = add(
        "add",
        cmd_add,
        tr(msg("cli", "record an application on a project (default: a ministry's cash grant, applied today)")),
    )
    iadd.add_argument("project")
    fields(iadd)
    iedit = add("edit", cmd_edit, tr(msg("cli", "change an application ('' clears a text)")))
    iedit.add_argument("id")
    fields(iedit)
    for name, text in (
        ("approve", tr(msg("cli", "the application was approved"))),
        ("pay", tr(msg("cli", "the incentive was paid"))),
    ):
        status = {"approve": "approved", "pay": "paid"}[name]
        parser = add(name, lambda a, s=status: cmd_step(a, s), text)
        parser.add_argument("id")
        parser.add_argument("--on", metavar="YYYY-MM-DD", help=tr(msg("cli", "default: today")))
