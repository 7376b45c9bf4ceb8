"""`milestones list|add|edit`: a project's procedure after 신고 (remittance, incorporation, business
registration, 외국인투자기업 등록, a national-security review) from the command line."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from kotra_invest.catalog import Message, msg
from kotra_invest.commands._shared import action_adder, day, opened, print_json, record_id, say
from kotra_invest.commands.cases import changes, choice
from kotra_invest.files.text import padded
from kotra_invest.help_language import tr

STEPS = "remittance, incorporation, business_registration, fic_registration, security_review"


def _show(args: argparse.Namespace, ctx: Any, milestone_id: Any, done: Message) -> None:
    from kotra_invest.services.incentives import milestone_list

    row = next(r for r in milestone_list(ctx) if r.id == milestone_id)
    if args.json:
        print_json(row)
    else:
        print(f"{done.text(args.settings.lang)}: {row.step_label} {row.on_date} — {row.project} — {row.id}")


def cmd_list(args: argparse.Namespace) -> int:
    from kotra_invest.services.incentives import milestone_list
    from kotra_invest.services.projects import find_project

    with opened(args) as ctx:
        project = find_project(ctx, args.project).id if args.project else None
        rows = milestone_list(ctx, project_id=project)
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        ends = f"–{r.ends_on}" if r.ends_on else ""
        print(
            f"{r.on_date}{ends}  {padded(r.step_label, 24)} {r.document or '-'}  {r.project}  ({r.recorded_by or '-'})  {r.id}"
        )
    say(args, msg("commands.milestones", "{count} milestone(s)"), count=len(rows))
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from kotra_invest.domain.aftercare_models import MilestoneStep
    from kotra_invest.services import records
    from kotra_invest.services.incentives import MILESTONE, MilestoneDraft
    from kotra_invest.services.projects import find_project

    step = choice(MilestoneStep, args.step, "step")
    draft = MilestoneDraft(step, day(args.on, "on_date"), day(args.ends, "ends_on"), args.document, args.note)  # type: ignore[arg-type]
    with opened(args) as ctx:
        project = find_project(ctx, args.project).id
        milestone_id = records.create(ctx, MILESTONE, draft, project_id=project)
        _show(args, ctx, milestone_id, msg("commands.milestones", "Recorded"))
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from kotra_invest.domain.aftercare_models import MilestoneStep
    from kotra_invest.services import records
    from kotra_invest.services.incentives import MILESTONE

    milestone_id = record_id(args.id, "procedure_milestone")
    given = changes(
        {
            "step": choice(MilestoneStep, args.step, "step"),
            "on_date": day(args.on, "on_date"),
            "ends_on": day(args.ends, "ends_on"),
            "document": args.document,
            "note": args.note,
        }
    )
    with opened(args) as ctx:
        draft, version = records.get(ctx, MILESTONE, milestone_id)
        records.update(ctx, MILESTONE, milestone_id, version, replace(draft, **given))
        _show(args, ctx, milestone_id, msg("commands.milestones", "Updated"))
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "milestones",
        help=tr(msg("cli", "procedure milestones of projects")),
        description=tr(msg("cli", "procedure milestones of projects")),
    )
    sub = group.add_subparsers(dest="milestones_command", required=True, metavar="COMMAND")

    add = action_adder(sub, common, json_option=True)

    mlist = add("list", cmd_list, tr(msg("cli", "list milestones by project and date")))
    mlist.add_argument("--project")
    madd = add("add", cmd_add, tr(msg("cli", "record a milestone of a project")))
    madd.add_argument("project")
    madd.add_argument("step", help=STEPS)
    madd.add_argument("--on", required=True, metavar="YYYY-MM-DD")
    madd.add_argument("--ends", metavar="YYYY-MM-DD", help=tr(msg("cli", "a security review's end")))
    madd.add_argument("--document", help=tr(msg("cli", "e.g. 신고필증 and its number")))
    madd.add_argument("--note")
    medit = add("edit", cmd_edit, tr(msg("cli", "change a milestone ('' clears a text)")))
    medit.add_argument("id")
    medit.add_argument("--step", help=STEPS)
    medit.add_argument("--on", metavar="YYYY-MM-DD")
    medit.add_argument("--ends", metavar="YYYY-MM-DD")
    medit.add_argument("--document")
    medit.add_argument("--note")
