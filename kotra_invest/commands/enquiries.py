"""`enquiries list|add|edit|answer`: incoming enquiries and their response-time targets from the command
line; `list --overdue` is the overdue view. A bad value is one sentence, exit 2."""

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

SOURCES = "email, phone, website, event, overseas_office, referral, walk_in"
PRIORITIES = "high, normal, low"


def _show(args: argparse.Namespace, ctx: Any, enquiry_id: Any, done: Message) -> None:
    from kotra_invest.services.aftercare import enquiry_list

    row = next(r for r in enquiry_list(ctx) if r.id == enquiry_id)
    if args.json:
        print_json(row)
    else:
        print(f"{done.text(args.settings.lang)}: {row.subject} ({row.who_asked}) — {row.id}")


def cmd_list(args: argparse.Namespace) -> int:
    from kotra_invest.services.aftercare import enquiry_list

    with opened(args) as ctx:
        rows = enquiry_list(ctx, open_only=args.open, overdue_only=args.overdue)
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        late = " !" if r.overdue else ""
        print(
            f"{r.received_on}  {r.age_days:>4}d{late:<2} {padded(r.priority_label, 6)} {r.subject}  [{r.who_asked}]  due {r.due_on or '-'}  {r.id}"
        )
    say(args, msg("commands.enquiries", "{count} enquiry(ies)"), count=len(rows))
    return 0


def _given(args: argparse.Namespace) -> dict[str, Any]:
    from kotra_invest.domain.aftercare_models import EnquiryPriority, EnquirySource

    return changes(
        {
            "subject": getattr(args, "subject_option", None),
            "source": choice(EnquirySource, args.source, "source"),
            "company": args.company,
            "contact_name": args.contact,
            "body": args.body,
            "owner_login": args.owner,
            "priority": choice(EnquiryPriority, args.priority, "priority"),
            "received_on": day(args.received, "received_on"),
            "acknowledged_on": day(args.acknowledged, "acknowledged_on"),
            "answered_on": day(args.answered, "answered_on"),
            "answer": args.answer,
        }
    )


def cmd_add(args: argparse.Namespace) -> int:
    from kotra_invest.domain.aftercare_models import EnquirySource
    from kotra_invest.services import records
    from kotra_invest.services.aftercare import ENQUIRY, EnquiryDraft
    from kotra_invest.services.investors import find_investor

    given = _given(args)
    draft = replace(EnquiryDraft(args.subject, EnquirySource.EMAIL, date.today()), **given)
    with opened(args) as ctx:
        if args.investor:
            draft = replace(draft, investor_id=find_investor(ctx, args.investor).id)
        enquiry_id = records.create(ctx, ENQUIRY, draft)
        _show(args, ctx, enquiry_id, msg("commands.enquiries", "Received"))
    return 0


def _edit(args: argparse.Namespace, change: Any, done: Message) -> int:
    from kotra_invest.services.aftercare import ENQUIRY

    return edit_record(args, ENQUIRY, "enquiry", change, _show, done)


def cmd_edit(args: argparse.Namespace) -> int:
    from kotra_invest.services.investors import find_investor

    given = _given(args)

    def change(ctx: Any, draft: Any) -> Any:
        if args.investor is not None:
            given["investor_id"] = find_investor(ctx, args.investor).id if args.investor else None
        return replace(draft, **given)

    return _edit(args, change, msg("commands.enquiries", "Updated"))


def cmd_answer(args: argparse.Namespace) -> int:
    from kotra_invest.services.aftercare import enquiry_answered

    on = day(args.on, "answered_on") or date.today()
    return _edit(args, lambda _ctx, d: enquiry_answered(d, on, args.answer), msg("commands.enquiries", "Answered"))


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "enquiries",
        help=tr(msg("cli", "incoming enquiries and response times")),
        description=tr(msg("cli", "incoming enquiries and response times")),
    )
    sub = group.add_subparsers(dest="enquiries_command", required=True, metavar="COMMAND")

    add = action_adder(sub, common, json_option=True)

    def fields(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--source", help=SOURCES)
        parser.add_argument("--investor", help=tr(msg("cli", "id, or a part of the name only one investor has")))
        parser.add_argument("--company", help=tr(msg("cli", "who asked, while not yet an investor")))
        parser.add_argument("--contact", help=tr(msg("cli", "the person who asked")))
        parser.add_argument("--body")
        parser.add_argument("--owner", help=tr(msg("cli", "an officer's login (default: you)")))
        parser.add_argument("--priority", help=PRIORITIES)
        for option in ("--received", "--acknowledged", "--answered"):
            parser.add_argument(option, metavar="YYYY-MM-DD")
        parser.add_argument("--answer")

    elist = add("list", cmd_list, tr(msg("cli", "list enquiries, overdue first")))
    elist.add_argument("--open", action="store_true", help=tr(msg("cli", "unanswered only")))
    elist.add_argument("--overdue", action="store_true", help=tr(msg("cli", "past their response-time target only")))
    eadd = add("add", cmd_add, tr(msg("cli", "log an incoming enquiry (default: by e-mail, today)")))
    eadd.add_argument("subject")
    fields(eadd)
    eedit = add("edit", cmd_edit, tr(msg("cli", "change an enquiry ('' clears a text)")))
    eedit.add_argument("id")
    eedit.add_argument("--subject", dest="subject_option")
    fields(eedit)
    eans = add("answer", cmd_answer, tr(msg("cli", "the enquiry was answered")))
    eans.add_argument("id")
    eans.add_argument("--answer")
    eans.add_argument("--on", metavar="YYYY-MM-DD", help=tr(msg("cli", "default: today")))
