"""`projects show` and `projects fdi add|list|remove`: a project's page and its 신고/도착 tranches.

PROJECT is an id or a part of the title (or code name) that only one visible project has.
"""

from __future__ import annotations

import argparse
from typing import Any

from kotra_invest.cli import _opened, _print_json, _say
from kotra_invest.commands._shared import amount, day, record_id


def cmd_show(args: argparse.Namespace) -> int:
    from kotra_invest.services.project_page import project_page
    from kotra_invest.services.projects import find_project

    with _opened(args) as ctx:
        page = project_page(ctx, find_project(ctx, args.project).id)
    if args.json:
        _print_json(page)
        return 0
    row = page.row
    print(f"{row.title}  ({row.investor})  {row.id}")
    print(f"  {row.stage}" + (f" since {row.stage_since}" if row.stage_since else "") + (f" — {page.lost_reason}" if page.lost_reason else ""))
    for total in page.totals:
        others = "".join(f" + {s.total:,} {s.currency} (not converted)" for s in total.not_converted)
        print(f"  {total.kind_label}: USD {total.usd:,}{others}")
    for t in page.tranches:
        print(f"    {t.on_date}  {t.kind:<8} {t.amount:>16,} {t.currency}  {t.note or ''}  {t.id}")
    for change in page.stages:
        print(f"  {change.on_date or '-'}  {change.from_stage or '—'} → {change.to_stage}  {change.reason or ''}  ({change.actor})")
    _say(args, f"면담 {len(page.meetings)}건, 할 일 {len(page.tasks)}건", f"{len(page.meetings)} meeting(s), {len(page.tasks)} task(s)")
    return 0


def cmd_fdi_add(args: argparse.Namespace) -> int:
    from kotra_invest.domain.enums import FdiKind
    from kotra_invest.services.projects import FdiAmountDraft, add_fdi_amount, fdi_amounts, find_project

    on_date = day(args.on, "on_date")
    assert on_date is not None  # required by the parser
    draft = FdiAmountDraft(FdiKind(args.kind), amount(args.amount), on_date, args.currency, args.note)
    with _opened(args) as ctx:
        project = find_project(ctx, args.project)
        new_id = add_fdi_amount(ctx, project.id, draft)
        row = next(r for r in fdi_amounts(ctx, project.id) if r.id == new_id)
    if args.json:
        _print_json(row)
    else:
        _say(args, f"{project.title}: {row.kind_label} {row.amount:,} {row.currency} ({row.on_date}) 기록 — {row.id}",
             f"{project.title}: {row.kind_label} {row.amount:,} {row.currency} on {row.on_date} recorded — {row.id}")  # fmt: skip
    return 0


def cmd_fdi_list(args: argparse.Namespace) -> int:
    from kotra_invest.services.projects import fdi_amounts, find_project

    with _opened(args) as ctx:
        rows = fdi_amounts(ctx, find_project(ctx, args.project).id)
    if args.json:
        _print_json(rows)
        return 0
    for t in rows:
        print(f"{t.on_date}  {t.kind:<8} {t.amount:>16,} {t.currency}  {t.note or ''}  {t.id}")
    _say(args, f"{len(rows)}건", f"{len(rows)} amount(s)")
    return 0


def cmd_fdi_remove(args: argparse.Namespace) -> int:
    from kotra_invest.services import records
    from kotra_invest.services.projects import FDI_AMOUNT

    amount_id = record_id(args.id, "fdi_amount")
    with _opened(args) as ctx:
        records.delete(ctx, FDI_AMOUNT, amount_id)
    _say(args, f"삭제했습니다: {amount_id}", f"Removed {amount_id}")
    return 0


def register(project_commands: Any, common: argparse.ArgumentParser) -> None:
    """Add `show` and `fdi …` to the existing `projects` group."""

    def add(group: Any, name: str, handler: Any, help_text: str) -> argparse.ArgumentParser:
        sub = group.add_parser(name, parents=[common], help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    show = add(project_commands, "show", cmd_show, "one project: stage, 신고/도착 tranches and totals, stage history")
    show.add_argument("project", help="id, or a part of the title that only one project has")
    show.add_argument("--json", action="store_true", help="print the whole project page as JSON")
    fdi = project_commands.add_parser("fdi", parents=[common], help="a project's 신고 (notified) and 도착 (arrived) amounts")
    fdi_commands = fdi.add_subparsers(title="fdi commands", metavar="ACTION", required=True)
    fadd = add(fdi_commands, "add", cmd_fdi_add, "record a dated notified or arrived amount")
    fadd.add_argument("project", help="id, or a part of the title that only one project has")
    fadd.add_argument("--kind", required=True, choices=("notified", "arrived"))
    fadd.add_argument("--amount", required=True, help="e.g. 12500000 or 12,500,000")
    fadd.add_argument("--currency", default="USD", help="ISO code (default USD)")
    fadd.add_argument("--on", required=True, metavar="YYYY-MM-DD", help="the date of the notification or arrival")
    fadd.add_argument("--note")
    fadd.add_argument("--json", action="store_true", help="print the new amount as JSON")
    flist = add(fdi_commands, "list", cmd_fdi_list, "the project's amounts, oldest first")
    flist.add_argument("project", help="id, or a part of the title that only one project has")
    flist.add_argument("--json", action="store_true", help="print a JSON array")
    fremove = add(fdi_commands, "remove", cmd_fdi_remove, "delete an amount (it stays in the history)")
    fremove.add_argument("id", help="the amount's id (from `fdi list`)")
