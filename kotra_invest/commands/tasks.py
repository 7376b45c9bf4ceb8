"""`tasks add|edit|done|cancel`: follow-ups from the command line, given to any active officer."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from kotra_invest.catalog import Message, msg
from kotra_invest.commands._shared import command_adder, day, opened, positive, print_json, record_id, say
from kotra_invest.help_language import tr


def _show(args: argparse.Namespace, ctx: Any, task_id: Any, done: Message) -> None:
    from kotra_invest.services.tasks import get_task_row

    row = get_task_row(ctx, task_id)
    if args.json:
        print_json(row)
    else:
        print(f"{done.text(args.settings.lang)}: {row.title} ({row.status_label}, {row.assignee or '-'}) — {row.id}")


def cmd_add(args: argparse.Namespace) -> int:
    from kotra_invest.services.investors import find_investor
    from kotra_invest.services.projects import find_project
    from kotra_invest.services.tasks import TaskDraft, create_task

    due = day(args.due, "due_on")
    with opened(args) as ctx:
        investor = find_investor(ctx, args.investor).id if args.investor else None
        project = find_project(ctx, args.project).id if args.project else None
        task_id = create_task(ctx, TaskDraft(args.title, due, args.assignee, investor, project, notes=args.notes))
        _show(args, ctx, task_id, msg("commands.tasks", "Created"))
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from kotra_invest.services.tasks import get_task, update_task

    task_id = record_id(args.id, "task")
    due = day(args.due, "due_on")
    with opened(args) as ctx:
        draft, version = get_task(ctx, task_id)
        changes: dict[str, Any] = {}
        if args.title is not None:
            changes["title"] = args.title
        if due is not None:
            changes["due_on"] = due
        if args.assignee is not None:
            changes["assignee_login"] = args.assignee
        if args.notes is not None:
            changes["notes"] = args.notes or None
        update_task(ctx, task_id, version, replace(draft, **changes))
        _show(args, ctx, task_id, msg("commands.tasks", "Updated"))
    return 0


def _status(args: argparse.Namespace, which: str) -> int:
    from kotra_invest.services import tasks

    task_id = record_id(args.id, "task")
    call = {"done": tasks.complete_task, "cancel": tasks.cancel_task, "reopen": tasks.reopen_task}[which]
    with opened(args) as ctx:
        call(ctx, task_id)
        _show(args, ctx, task_id, msg("commands.tasks", "Status changed"))
    return 0


def cmd_tasks_list(args: argparse.Namespace) -> int:
    from kotra_invest.services.tasks import task_list

    with opened(args) as ctx:
        rows = task_list(ctx, scope=args.scope, include_closed=args.closed, overdue_only=args.overdue, limit=args.limit)
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        flag = "!" if row.overdue else " "
        about = row.project or row.investor or row.delegation or ""
        due = row.due_on.isoformat() if row.due_on else "-"  # a date's own format() would read "<10" as strftime
        status = "" if row.status == "open" else f" [{row.status_label}]"
        who = f"  ({row.assignee})" if args.scope != "mine" and row.assignee else ""
        print(f"{flag} {due:<10} {row.title}{status}  {about}{who}  {row.id}")
    say(args, msg("commands.tasks", "{count} task(s)"), count=len(rows))
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    add = command_adder(common)

    tasks = commands.add_parser("tasks", parents=[common], help=tr(msg("cli", "my tasks and follow-ups")))
    task_commands = tasks.add_subparsers(title=tr(msg("cli", "task commands")), metavar="ACTION", required=True)
    tlist = add(task_commands, "list", cmd_tasks_list, tr(msg("cli", "my open tasks, overdue first")))
    tlist.add_argument("--overdue", action="store_true", help=tr(msg("cli", "only the overdue ones")))
    tlist.add_argument(
        "--scope",
        choices=("mine", "office", "everyone"),
        default="mine",
        help=tr(msg("cli", "whose: mine (default), my office's, everyone's (admins and leaders)")),
    )
    tlist.add_argument("--closed", action="store_true", help=tr(msg("cli", "done and cancelled ones too")))
    tlist.add_argument("--limit", type=positive, default=100)
    tlist.add_argument("--json", action="store_true", help=tr(msg("cli", "print a JSON array")))
    tadd = add(task_commands, "add", cmd_add, tr(msg("cli", "create a task (for you, or --assignee)")))
    tadd.add_argument("title")
    tadd.add_argument("--due", metavar="YYYY-MM-DD")
    tadd.add_argument("--assignee", help=tr(msg("cli", "an active officer's login (default: you)")))
    tadd.add_argument("--investor", help=tr(msg("cli", "id, or a part of the name that only one investor has")))
    tadd.add_argument("--project", help=tr(msg("cli", "id, or a part of the title that only one project has")))
    tadd.add_argument("--notes")
    tadd.add_argument("--json", action="store_true", help=tr(msg("cli", "print the task as JSON")))
    tedit = add(task_commands, "edit", cmd_edit, tr(msg("cli", "change a task's title, due date, assignee or notes")))
    tedit.add_argument("id")
    tedit.add_argument("--title")
    tedit.add_argument("--due", metavar="YYYY-MM-DD")
    tedit.add_argument("--assignee", help=tr(msg("cli", "an active officer's login")))
    tedit.add_argument("--notes", help=tr(msg("cli", "'' clears them")))
    tedit.add_argument("--json", action="store_true", help=tr(msg("cli", "print the task as JSON")))
    for name, text in (
        ("done", tr(msg("cli", "mark a task done"))),
        ("cancel", tr(msg("cli", "cancel a task"))),
        ("reopen", tr(msg("cli", "open a done or cancelled task again"))),
    ):
        sub = add(task_commands, name, lambda a, n=name: _status(a, n), text)
        sub.add_argument("id")
        sub.add_argument("--json", action="store_true", help=tr(msg("cli", "print the task as JSON")))
