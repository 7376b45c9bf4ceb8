"""`cases list|add|edit|acknowledge|resolve|targets`: investors' grievances (aftercare) from the command
line. INVESTOR and PROJECT are ids or names only one record has; a bad value is one sentence, exit 2."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date
from enum import Enum
from typing import Any, TypeVar

from kotra_invest.catalog import Message, msg
from kotra_invest.commands._shared import action_adder, day, edit_record, opened, print_json, say
from kotra_invest.domain.errors import ValidationError
from kotra_invest.files.text import padded
from kotra_invest.help_language import tr

E = TypeVar("E", bound=Enum)


def choice(kind: type[E], value: str | None, field: str) -> E | None:
    """A vocabulary's value as typed (its code, any case), or None when not given."""
    if value is None:
        return None
    try:
        return kind(value.strip().lower())
    except ValueError:
        codes = ", ".join(str(m.value) for m in kind)
        raise ValidationError("invalid_value", field=field, value=f"{value} ({codes})") from None


def changes(pairs: dict[str, Any]) -> dict[str, Any]:
    """The options the user gave ('' clears a text)."""
    return {k: (v if v != "" else None) for k, v in pairs.items() if v is not None}


def _row(ctx: Any, case_id: Any) -> Any:
    from kotra_invest.services.aftercare import case_list

    return next(r for r in case_list(ctx) if r.id == case_id)


def _show(args: argparse.Namespace, ctx: Any, case_id: Any, done: Message) -> None:
    row = _row(ctx, case_id)
    if args.json:
        print_json(row)
    else:
        print(f"{done.text(args.settings.lang)}: {row.subject} ({row.status_label}, {row.category_label}) — {row.id}")


def cmd_list(args: argparse.Namespace) -> int:
    from kotra_invest.services.aftercare import case_list
    from kotra_invest.services.investors import find_investor

    with opened(args) as ctx:
        investor = find_investor(ctx, args.investor).id if args.investor else None
        rows = case_list(
            ctx, investor_id=investor, open_only=args.open, category=args.category, overdue_only=args.overdue
        )
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        late = " !" if r.overdue else ""
        print(
            f"{r.received_on}  {r.age_days:>4}d{late:<2} {padded(r.status_label, 12)} {padded(r.category_label, 20)} {r.subject}  [{r.investor}]  {r.id}"
        )
    say(args, msg("commands.cases", "{count} case(s)"), count=len(rows))
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from kotra_invest.domain.aftercare_models import CaseCategory
    from kotra_invest.services import records
    from kotra_invest.services.aftercare import CASE, CaseDraft
    from kotra_invest.services.investors import find_investor
    from kotra_invest.services.projects import find_project

    category = choice(CaseCategory, args.category, "category")
    received = day(args.received, "received_on") or date.today()
    with opened(args) as ctx:
        investor = find_investor(ctx, args.investor).id
        project = find_project(ctx, args.project).id if args.project else None
        draft = CaseDraft(
            investor,
            args.subject,
            category,  # type: ignore[arg-type]
            received,
            project,
            args.description,
            args.agency,
            args.home_doctor,
        )
        case_id = records.create(ctx, CASE, draft)
        _show(args, ctx, case_id, msg("commands.cases", "Received"))
    return 0


def _edit(args: argparse.Namespace, change: Any, done: Message) -> int:
    from kotra_invest.services.aftercare import CASE

    return edit_record(args, CASE, "grievance_case", change, _show, done)


def cmd_edit(args: argparse.Namespace) -> int:
    from kotra_invest.domain.aftercare_models import CaseCategory, CaseStatus
    from kotra_invest.services.projects import find_project

    given = changes(
        {
            "subject": args.subject,
            "category": choice(CaseCategory, args.category, "category"),
            "agency": args.agency,
            "home_doctor_login": args.home_doctor,
            "status": choice(CaseStatus, args.status, "status"),
            "received_on": day(args.received, "received_on"),
            "acknowledged_on": day(args.acknowledged, "acknowledged_on"),
            "resolved_on": day(args.resolved, "resolved_on"),
            "resolution": args.resolution,
            "policy_proposal": args.proposal,
            "description": args.description,
        }
    )

    def change(ctx: Any, draft: Any) -> Any:
        if args.project is not None:
            given["project_id"] = find_project(ctx, args.project).id if args.project else None
        return replace(draft, **given)

    return _edit(args, change, msg("commands.cases", "Updated"))


def cmd_acknowledge(args: argparse.Namespace) -> int:
    from kotra_invest.services.aftercare import acknowledged

    on = day(args.on, "acknowledged_on") or date.today()
    return _edit(args, lambda _ctx, d: acknowledged(d, on), msg("commands.cases", "Acknowledged"))


def cmd_resolve(args: argparse.Namespace) -> int:
    from kotra_invest.services.aftercare import resolved

    on = day(args.on, "resolved_on") or date.today()
    return _edit(
        args, lambda _ctx, d: resolved(d, on, args.resolution, args.proposal), msg("commands.cases", "Resolved")
    )


def cmd_targets(args: argparse.Namespace) -> int:
    from kotra_invest.services import aftercare

    given = {name: getattr(args, name) for name in aftercare.Targets.__dataclass_fields__}
    with opened(args) as ctx:
        targets = (
            aftercare.set_targets(ctx, **given)
            if any(v is not None for v in given.values())
            else aftercare.targets(ctx)
        )
    if args.json:
        print_json(targets)
    else:
        say(
            args,
            msg(
                "commands.cases",
                "cases: acknowledge within {case_acknowledge_days} days, resolve within {case_resolve_days}; enquiries: acknowledge within {enquiry_acknowledge_days} days, answer within {enquiry_answer_days}",
            ),
            case_acknowledge_days=targets.case_acknowledge_days,
            case_resolve_days=targets.case_resolve_days,
            enquiry_acknowledge_days=targets.enquiry_acknowledge_days,
            enquiry_answer_days=targets.enquiry_answer_days,
        )
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "cases",
        help=tr(msg("cli", "investors' grievance cases (aftercare)")),
        description=tr(msg("cli", "investors' grievance cases (aftercare)")),
    )
    sub = group.add_subparsers(dest="cases_command", required=True, metavar="COMMAND")

    add = action_adder(sub, common, json_option=True)

    categories = "tax, procedure, labour, regulatory, construction, finance, customs, living, trade"
    clist = add("list", cmd_list, tr(msg("cli", "list cases, overdue first, then the oldest")))
    clist.add_argument("--investor", help=tr(msg("cli", "id, or a part of the name only one investor has")))
    clist.add_argument("--open", action="store_true", help=tr(msg("cli", "open cases only")))
    clist.add_argument("--overdue", action="store_true", help=tr(msg("cli", "cases past their target only")))
    clist.add_argument("--category", help=categories)
    cadd = add("add", cmd_add, tr(msg("cli", "receive a grievance case from an investor")))
    cadd.add_argument("investor")
    cadd.add_argument("subject")
    cadd.add_argument("--category", required=True, help=categories)
    cadd.add_argument("--project")
    cadd.add_argument("--agency", help=tr(msg("cli", "the ministry or agency involved")))
    cadd.add_argument("--home-doctor", help=tr(msg("cli", "an officer's login (default: you)")))
    cadd.add_argument("--received", metavar="YYYY-MM-DD", help=tr(msg("cli", "default: today")))
    cadd.add_argument("--description")
    cedit = add("edit", cmd_edit, tr(msg("cli", "change a case ('' clears a text)")))
    cedit.add_argument("id")
    for option in (
        "--subject",
        "--category",
        "--agency",
        "--home-doctor",
        "--description",
        "--resolution",
        "--project",
    ):
        cedit.add_argument(option)
    cedit.add_argument("--proposal", help=tr(msg("cli", "a policy-improvement proposal")))
    cedit.add_argument("--status", help=tr(msg("cli", "received, acknowledged, resolved, withdrawn")))
    for option in ("--received", "--acknowledged", "--resolved"):
        cedit.add_argument(option, metavar="YYYY-MM-DD")
    cack = add("acknowledge", cmd_acknowledge, tr(msg("cli", "the Home Doctor took the case up")))
    cack.add_argument("id")
    cack.add_argument("--on", metavar="YYYY-MM-DD", help=tr(msg("cli", "default: today")))
    cres = add("resolve", cmd_resolve, tr(msg("cli", "close a case as resolved")))
    cres.add_argument("id")
    cres.add_argument("--resolution", required=True)
    cres.add_argument("--proposal", help=tr(msg("cli", "a policy-improvement proposal")))
    cres.add_argument("--on", metavar="YYYY-MM-DD", help=tr(msg("cli", "default: today")))
    ctargets = add("targets", cmd_targets, tr(msg("cli", "show the response-time targets, or set them (admins)")))
    for name in ("case_acknowledge_days", "case_resolve_days", "enquiry_acknowledge_days", "enquiry_answer_days"):
        ctargets.add_argument("--" + name.replace("_", "-"), dest=name, type=int, metavar="DAYS")
