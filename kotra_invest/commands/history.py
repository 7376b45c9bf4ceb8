"""`history show|restore`: a record's field history, and putting a value back."""

from __future__ import annotations

import argparse
from typing import Any

from kotra_invest.catalog import msg
from kotra_invest.commands._shared import (
    access_reason_option,
    command_adder,
    opened,
    output_file,
    print_json,
    say,
    uuid_arg,
)
from kotra_invest.help_language import tr


def cmd_history_show(args: argparse.Namespace) -> int:
    from kotra_invest.services import history

    xlsx = output_file(args.xlsx, ".xlsx") if args.xlsx else None
    with opened(args) as ctx:
        changes = history.record_history(ctx, args.entity, args.id)
        if xlsx is not None:
            history.export_history(ctx, args.entity, args.id, xlsx)
    if args.json:
        print_json(changes)
        return 0
    lang = args.settings.lang
    for c in changes:
        when = c.when.strftime("%Y-%m-%d %H:%M")
        what = history.change_words(c, lang)
        print(
            f"{when} {c.who:<16} {c.source_shown:<12} {c.action_label:<8} {c.entity_shown} {what}"[:200] + f"  [{c.id}]"
        )
    return 0


def cmd_history_restore(args: argparse.Namespace) -> int:
    from kotra_invest.services.history import restore_value

    with opened(args) as ctx:
        version = restore_value(ctx, args.entry, args.version)
    say(args, msg("commands.history", "Restored (now version {version})."), version=version)
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    add = command_adder(common)

    history = commands.add_parser(
        "history", parents=[common], help=tr(msg("cli", "field history of a record, and restoring it"))
    )
    history_commands = history.add_subparsers(title=tr(msg("cli", "history commands")), metavar="ACTION", required=True)
    hshow = add(
        history_commands, "show", cmd_history_show, tr(msg("cli", "list every change of a record, newest first"))
    )
    hshow.add_argument("entity", help=tr(msg("cli", "investor, delegation, contact, project …")))
    hshow.add_argument("id", type=uuid_arg)
    hshow.add_argument("--xlsx", metavar="FILE", help=tr(msg("cli", "also write the history to an Excel file")))
    access_reason_option(
        hshow,
        msg("cli", "why you download a history holding a contact's data (required then; kept in the access log)"),
    )
    hshow.add_argument("--json", action="store_true", help=tr(msg("cli", "print a JSON array")))
    hrestore = add(
        history_commands, "restore", cmd_history_restore, tr(msg("cli", "put back the value a change replaced"))
    )
    hrestore.add_argument(
        "entry", type=uuid_arg, help=tr(msg("cli", "the change's id (the last column of 'history show')"))
    )
    hrestore.add_argument(
        "--version", type=int, required=True, help=tr(msg("cli", "the record's version you looked at"))
    )
