"""`privacy export|erase`: a contact's personal data, on request."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kotra_invest.catalog import msg
from kotra_invest.commands._shared import access_reason_option, command_adder, opened, say, uuid_arg
from kotra_invest.help_language import tr


def cmd_privacy_export(args: argparse.Namespace) -> int:
    from kotra_invest.services.privacy import export_contact

    with opened(args) as ctx:
        json_path, xlsx_path = export_contact(ctx, args.contact, Path(args.folder))
    print(json_path)
    print(xlsx_path)
    return 0


def cmd_privacy_erase(args: argparse.Namespace) -> int:
    from kotra_invest.services.privacy import erase_contact

    with opened(args) as ctx:
        erase_contact(ctx, args.contact, args.reason)
    say(args, msg("commands.privacy", "The contact's personal data has been erased."))
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    add = command_adder(common)

    privacy = commands.add_parser(
        "privacy", parents=[common], help=tr(msg("cli", "a contact's personal data: export, erase"))
    )
    privacy_commands = privacy.add_subparsers(title=tr(msg("cli", "privacy commands")), metavar="ACTION", required=True)
    pexp = add(
        privacy_commands, "export", cmd_privacy_export, tr(msg("cli", "write all we hold about a contact (JSON, xlsx)"))
    )
    pexp.add_argument("contact", type=uuid_arg)
    pexp.add_argument("folder")
    access_reason_option(pexp)
    perase = add(
        privacy_commands, "erase", cmd_privacy_erase, tr(msg("cli", "erase a contact's personal data on request"))
    )
    perase.add_argument("contact", type=uuid_arg)
    perase.add_argument(
        "--reason", required=True, help=tr(msg("cli", "why (e.g. the request's reference); kept in the audit"))
    )
