"""`meetings list|add|edit`: log a meeting (with a follow-up task), correct it, list an investor's
or a project's. INVESTOR and PROJECT are ids or names only one record has."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import datetime
from typing import Any

from kotra_invest.catalog import msg
from kotra_invest.commands._shared import action_adder, day, moment_at, opened, print_json, record_id, say
from kotra_invest.files.text import padded
from kotra_invest.help_language import tr

KINDS = ("meeting", "call", "email", "site_visit", "event")


def cmd_list(args: argparse.Namespace) -> int:
    from kotra_invest.services.interactions import timeline
    from kotra_invest.services.investors import find_investor
    from kotra_invest.services.projects import find_project, project_page

    with opened(args) as ctx:
        if args.project:
            rows = list(project_page(ctx, find_project(ctx, args.project).id).meetings)[: args.limit]
        else:
            rows = list(timeline(ctx, find_investor(ctx, args.investor).id, limit=args.limit).rows)
    if args.json:
        print_json(rows)
        return 0
    for m in rows:
        print(f"{m.occurred_at:%Y-%m-%d %H:%M}  {padded(m.kind_label, 10)} {m.summary}  → {m.outcome or '-'}  {m.id}")
    say(args, msg("commands.meetings", "{count} meeting(s)"), count=len(rows))
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from kotra_invest.domain.enums import InteractionKind
    from kotra_invest.services.interactions import InteractionDraft, get_interaction_row
    from kotra_invest.services.investors import find_investor
    from kotra_invest.services.meetings import log_meeting
    from kotra_invest.services.projects import find_project
    from kotra_invest.services.tasks import TaskDraft

    when = moment_at(args.at, args.zone, "occurred_at") or datetime.now().astimezone()
    due = day(args.due, "due_on")
    with opened(args) as ctx:
        investor = find_investor(ctx, args.investor)
        project = find_project(ctx, args.project).id if args.project else None
        draft = InteractionDraft(
            InteractionKind(args.kind),
            when,
            args.summary,
            investor.id,
            project_id=project,
            outcome=args.outcome,
            place=args.place,
            their_participants=args.theirs,
            our_participants=args.ours,
            time_zone=args.zone,
        )
        follow_up = TaskDraft(args.follow_up, due, args.assignee) if args.follow_up else None
        logged = log_meeting(ctx, draft, follow_up)
        row = get_interaction_row(ctx, logged.meeting_id)
    if args.json:
        print_json({"meeting": row, "follow_up_task_id": logged.task_id})
    else:
        say(args, msg("commands.meetings", "Logged: {summary} — {id}"), summary=row.summary, id=row.id)
        if logged.task_id:
            say(args, msg("commands.meetings", "Follow-up task: {task_id}"), task_id=logged.task_id)
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from kotra_invest.domain.enums import InteractionKind
    from kotra_invest.services.interactions import get_interaction, get_interaction_row, update_interaction
    from kotra_invest.services.projects import find_project

    meeting_id = record_id(args.id, "meeting")
    with opened(args) as ctx:
        draft, version = get_interaction(ctx, meeting_id)
        changes: dict[str, Any] = {}
        if args.summary is not None:
            changes["summary"] = args.summary
        if args.outcome is not None:
            changes["outcome"] = args.outcome or None
        if args.kind is not None:
            changes["kind"] = InteractionKind(args.kind)
        for option, field in (("place", "place"), ("theirs", "their_participants"), ("ours", "our_participants")):
            if getattr(args, option) is not None:
                changes[field] = getattr(args, option) or None
        if args.zone is not None:
            changes["time_zone"] = args.zone or None
        if args.at is not None:
            changes["occurred_at"] = moment_at(args.at, args.zone, "occurred_at")
        if args.project is not None:
            changes["project_id"] = find_project(ctx, args.project).id if args.project else None
        update_interaction(ctx, meeting_id, version, replace(draft, **changes))
        row = get_interaction_row(ctx, meeting_id)
    if args.json:
        print_json(row)
    else:
        say(args, msg("commands.meetings", "Updated: {summary}"), summary=row.summary)
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "meetings", parents=[common], help=tr(msg("cli", "meetings, calls and visits with investors"))
    )
    actions = group.add_subparsers(title=tr(msg("cli", "meeting commands")), metavar="ACTION", required=True)

    add = action_adder(actions, common)

    mlist = add("list", cmd_list, tr(msg("cli", "an investor's or a project's meetings, newest first")))
    about = mlist.add_mutually_exclusive_group(required=True)
    about.add_argument("--investor", help=tr(msg("cli", "id, or a part of the name that only one investor has")))
    about.add_argument("--project", help=tr(msg("cli", "id, or a part of the title that only one project has")))
    mlist.add_argument("--limit", type=int, default=50)
    mlist.add_argument("--json", action="store_true", help=tr(msg("cli", "print a JSON array")))
    madd = add("add", cmd_add, tr(msg("cli", "log a meeting, optionally with a follow-up task")))
    madd.add_argument(
        "--investor", required=True, help=tr(msg("cli", "id, or a part of the name that only one investor has"))
    )
    madd.add_argument("--summary", required=True)
    madd.add_argument("--kind", choices=KINDS, default="meeting")
    madd.add_argument(
        "--at", metavar="YYYY-MM-DDTHH:MM[+09:00]", help=tr(msg("cli", "when (default now; no zone: this computer's)"))
    )
    madd.add_argument(
        "--zone",
        metavar="ZONE",
        help=tr(msg("cli", "the place's clock --at is given on, kept with the meeting (e.g. Europe/Warsaw)")),
    )
    madd.add_argument("--project", help=tr(msg("cli", "the project it was about")))
    madd.add_argument("--outcome", help=tr(msg("cli", "what came of it / the next step")))
    madd.add_argument("--place", help=tr(msg("cli", "where it was held")))
    madd.add_argument("--theirs", metavar="NAMES", help=tr(msg("cli", "who took part for the investor")))
    madd.add_argument("--ours", metavar="NAMES", help=tr(msg("cli", "who took part on our side")))
    madd.add_argument(
        "--follow-up", metavar="TITLE", help=tr(msg("cli", "create this follow-up task in the same save"))
    )
    madd.add_argument("--assignee", help=tr(msg("cli", "the follow-up's officer (login; default: you)")))
    madd.add_argument("--due", metavar="YYYY-MM-DD", help=tr(msg("cli", "the follow-up's due date")))
    madd.add_argument("--json", action="store_true", help=tr(msg("cli", "print the meeting as JSON")))
    medit = add("edit", cmd_edit, tr(msg("cli", "change a logged meeting")))
    medit.add_argument("id", help=tr(msg("cli", "the meeting's id")))
    medit.add_argument("--summary")
    medit.add_argument("--outcome", help=tr(msg("cli", "the new outcome ('' clears it)")))
    medit.add_argument("--kind", choices=KINDS)
    medit.add_argument("--place", help=tr(msg("cli", "'' clears it")))
    medit.add_argument(
        "--theirs", metavar="NAMES", help=tr(msg("cli", "who took part for the investor ('' clears it)"))
    )
    medit.add_argument("--ours", metavar="NAMES", help=tr(msg("cli", "who took part on our side ('' clears it)")))
    medit.add_argument("--at", metavar="YYYY-MM-DDTHH:MM[+09:00]")
    medit.add_argument(
        "--zone", metavar="ZONE", help=tr(msg("cli", "the place's clock (--at on it); an empty value: Korea's"))
    )
    medit.add_argument("--project", help=tr(msg("cli", "the project it was about ('' for none)")))
    medit.add_argument("--json", action="store_true", help=tr(msg("cli", "print the meeting as JSON")))
