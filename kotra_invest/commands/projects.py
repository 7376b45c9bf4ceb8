"""`projects show` and `projects fdi add|list|remove`: a project's page and its 신고/도착 tranches.

PROJECT is an id or a part of the title (or code name) that only one visible project has.
"""

from __future__ import annotations

import argparse
from typing import Any

from kotra_invest import formatting
from kotra_invest.catalog import msg
from kotra_invest.commands._shared import (
    amount_in,
    command_adder,
    day,
    opened,
    output_file,
    positive,
    print_json,
    progress_done,
    progress_printer,
    record_id,
    say,
)
from kotra_invest.files.text import padded
from kotra_invest.help_language import tr


def cmd_show(args: argparse.Namespace) -> int:
    from kotra_invest.services.projects import find_project, project_page

    with opened(args) as ctx:
        page = project_page(ctx, find_project(ctx, args.project).id)
    if args.json:
        print_json(page)
        return 0
    row, lang = page.row, args.settings.lang
    print(f"{row.title}  ({row.investor})  {row.id}")
    since = msg("commands.projects", " since {date}").text(lang, date=row.stage_since) if row.stage_since else ""
    print(f"  {row.stage}{since}" + (f" — {page.lost_reason}" if page.lost_reason else ""))
    unconverted = msg("commands.projects", " + {total:,} {currency} (not converted)")
    for total in page.totals:
        others = "".join(unconverted.text(lang, total=s.total, currency=s.currency) for s in total.not_converted)
        print(f"  {total.kind_label}: USD {total.usd:,}{others}")
    for t in page.tranches:
        print(f"    {t.on_date}  {padded(t.kind_label, 8)} {t.amount:>16,} {t.currency}  {t.note or ''}  {t.id}")
    for change in page.stages:
        print(
            f"  {change.on_date or '-'}  {change.from_stage or '—'} → {change.to_stage}  {change.reason or ''}  ({change.actor})"
        )
    say(
        args,
        msg("commands.projects", "{count} meeting(s), {count2} task(s)"),
        count=len(page.meetings),
        count2=len(page.tasks),
    )
    return 0


def cmd_fdi_add(args: argparse.Namespace) -> int:
    from kotra_invest.domain.enums import FdiKind
    from kotra_invest.services.projects import FdiAmountDraft, add_fdi_amount, fdi_amounts, find_project

    on_date = day(args.on, "on_date")
    assert on_date is not None  # required by the parser
    number, currency = amount_in(args.amount, args.currency)
    draft = FdiAmountDraft(FdiKind(args.kind), number, on_date, "USD" if currency is None else currency, args.note)
    with opened(args) as ctx:
        project = find_project(ctx, args.project)
        new_id = add_fdi_amount(ctx, project.id, draft)
        row = next(r for r in fdi_amounts(ctx, project.id) if r.id == new_id)
    if args.json:
        print_json(row)
    else:
        say(
            args,
            msg("commands.projects", "{title}: {kind_label} {amount:,} {currency} on {on_date} recorded — {id}"),
            title=project.title,
            kind_label=row.kind_label,
            amount=row.amount,
            currency=row.currency,
            on_date=row.on_date,
            id=row.id,
        )
    return 0


def cmd_fdi_list(args: argparse.Namespace) -> int:
    from kotra_invest.services.projects import fdi_amounts, find_project

    with opened(args) as ctx:
        rows = fdi_amounts(ctx, find_project(ctx, args.project).id)
    if args.json:
        print_json(rows)
        return 0
    for t in rows:
        print(f"{t.on_date}  {padded(t.kind_label, 8)} {t.amount:>16,} {t.currency}  {t.note or ''}  {t.id}")
    say(args, msg("commands.projects", "{count} amount(s)"), count=len(rows))
    return 0


def cmd_fdi_remove(args: argparse.Namespace) -> int:
    from kotra_invest.services import records
    from kotra_invest.services.projects import FDI_AMOUNT

    amount_id = record_id(args.id, "fdi_amount")
    with opened(args) as ctx:
        records.delete(ctx, FDI_AMOUNT, amount_id)
    say(args, msg("commands.projects", "Removed {amount_id}"), amount_id=amount_id)
    return 0


def cmd_projects_export(args: argparse.Namespace) -> int:
    from kotra_invest.briefing.pipeline import export_pipeline_xlsx

    path = output_file(args.file, ".xlsx")
    with opened(args) as ctx:
        rows = export_pipeline_xlsx(
            ctx,
            path,
            lang=args.settings.lang,
            progress=progress_printer(args, msg("commands.projects", "Writing the workbook…")),
        )
    progress_done()
    say(args, msg("commands.projects", "Wrote {rows:,} projects to {file}"), rows=rows, file=path)
    return 0


def cmd_projects_list(args: argparse.Namespace) -> int:
    from kotra_invest.services.projects import list_projects
    from kotra_invest.services.read_models import ProjectFilter

    filters = ProjectFilter(
        stage_codes=tuple(args.stage or ()),
        region_code=args.region,
        province_code=args.province,
        industry_code=args.industry,
        fez_code=args.fez,
        owner_login=args.owner,
        text=args.text,
        include_closed=not args.open_only,
    )
    from kotra_invest.services.reference import require_known

    with opened(args) as ctx:
        require_known(
            ctx,
            {
                "stages": args.stage,
                "regions": args.region,
                "provinces": args.province,
                "industries": args.industry,
                "fezs": args.fez,
                "officers": args.owner,
            },
        )
        page = list_projects(ctx, filters, sort=args.sort, descending=args.desc, limit=args.limit)
    if args.json:
        print_json(list(page.rows))
        return 0
    for row in page.rows:
        notified = formatting.usd(row.notified_usd, args.settings.lang) if row.notified_usd else "-"
        print(f"{row.stage:<24} {row.title}  ({row.investor}, {row.province or '-'})  {notified}  {row.id}")
    more = " +" if page.next is not None else ""
    say(args, msg("commands.projects", "{count}{more} project(s)"), count=len(page.rows), more=more)
    return 0


def cmd_projects_move(args: argparse.Namespace) -> int:
    from kotra_invest.services.projects import find_project, get_project_row, move_project

    on_date = day(args.on or None, "on_date")  # as fdi add reads it: 2026-03-04, 2026. 3. 4., 2026년 3월 4일
    with opened(args) as ctx:
        project_id = find_project(ctx, args.project).id
        move_project(ctx, project_id, args.stage, on_date=on_date, lost_reason=args.reason)
        row = get_project_row(ctx, project_id)
    if args.json:
        print_json(row)
    else:
        say(
            args,
            msg("commands.projects", "{title}: {stage} since {since}"),
            title=row.title,
            stage=row.stage,
            since=row.stage_since,
        )
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    add = command_adder(common)

    projects = commands.add_parser(
        "projects", parents=[common], help=tr(msg("cli", "investment projects (the FDI pipeline)"))
    )
    project_commands = projects.add_subparsers(
        title=tr(msg("cli", "project commands")), metavar="ACTION", required=True
    )
    pexport = add(
        project_commands, "export", cmd_projects_export, tr(msg("cli", "write the whole pipeline as an Excel tracker"))
    )
    pexport.add_argument("file", help=tr(msg("cli", "the .xlsx file to write (replaced only when complete)")))
    plist = add(
        project_commands,
        "list",
        cmd_projects_list,
        tr(msg("cli", "list the pipeline, filtered (visible projects only)")),
    )
    plist.add_argument("--stage", action="append", help=tr(msg("cli", "stage code, e.g. LEAD, MOU (repeatable)")))
    for option in ("region", "province", "industry", "fez", "owner", "text"):
        plist.add_argument(f"--{option}")
    plist.add_argument("--open-only", action="store_true", help=tr(msg("cli", "only stages still in progress")))
    plist.add_argument("--sort", choices=("title", "updated", "investor"), default="title")
    plist.add_argument("--desc", action="store_true", help=tr(msg("cli", "sort descending")))
    plist.add_argument("--limit", type=positive, default=100)
    plist.add_argument("--json", action="store_true", help=tr(msg("cli", "print a JSON array")))
    pmove = add(
        project_commands, "move", cmd_projects_move, tr(msg("cli", "move a project to another stage (dated, audited)"))
    )
    pmove.add_argument("project", help=tr(msg("cli", "id, or a part of the title that only one project has")))
    pmove.add_argument("stage", help=tr(msg("cli", "stage code, e.g. SITE_VISIT, MOU, NOTIFIED, LOST")))
    pmove.add_argument(
        "--on", metavar="YYYY-MM-DD", help=tr(msg("cli", "the date it entered the stage (default today)"))
    )
    pmove.add_argument("--reason", help=tr(msg("cli", "why it was lost (needed for LOST)")))
    pmove.add_argument("--json", action="store_true", help=tr(msg("cli", "print the moved project as JSON")))
    show = add(
        project_commands,
        "show",
        cmd_show,
        tr(msg("cli", "one project: stage, 신고/도착 tranches and totals, stage history")),
    )
    show.add_argument("project", help=tr(msg("cli", "id, or a part of the title that only one project has")))
    show.add_argument("--json", action="store_true", help=tr(msg("cli", "print the whole project page as JSON")))
    fdi = project_commands.add_parser(
        "fdi", parents=[common], help=tr(msg("cli", "a project's 신고 (notified) and 도착 (arrived) amounts"))
    )
    fdi_commands = fdi.add_subparsers(title=tr(msg("cli", "fdi commands")), metavar="ACTION", required=True)
    fadd = add(fdi_commands, "add", cmd_fdi_add, tr(msg("cli", "record a dated notified or arrived amount")))
    fadd.add_argument("project", help=tr(msg("cli", "id, or a part of the title that only one project has")))
    fadd.add_argument("--kind", required=True, choices=("notified", "arrived"))
    fadd.add_argument("--amount", required=True, help=tr(msg("cli", "e.g. 12,500,000, 1억 5천만 or USD 12.5M")))
    fadd.add_argument(
        "--currency", help=tr(msg("cli", "ISO code (default: the one the amount names, 1억 as won; else USD)"))
    )
    fadd.add_argument(
        "--on", required=True, metavar="YYYY-MM-DD", help=tr(msg("cli", "the date of the notification or arrival"))
    )
    fadd.add_argument("--note")
    fadd.add_argument("--json", action="store_true", help=tr(msg("cli", "print the new amount as JSON")))
    flist = add(fdi_commands, "list", cmd_fdi_list, tr(msg("cli", "the project's amounts, oldest first")))
    flist.add_argument("project", help=tr(msg("cli", "id, or a part of the title that only one project has")))
    flist.add_argument("--json", action="store_true", help=tr(msg("cli", "print a JSON array")))
    fremove = add(fdi_commands, "remove", cmd_fdi_remove, tr(msg("cli", "delete an amount (it stays in the history)")))
    fremove.add_argument("id", help=tr(msg("cli", "the amount's id (from `fdi list`)")))
