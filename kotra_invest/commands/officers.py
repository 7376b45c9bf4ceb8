"""`whoami` and `officers list|add|set-role|deactivate`: who is signed in, and the officers (admins)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from kotra_invest.catalog import msg
from kotra_invest.commands._shared import command_adder, opened, print_json, say
from kotra_invest.domain.errors import DomainError
from kotra_invest.files.text import padded
from kotra_invest.help_language import tr


def cmd_whoami(args: argparse.Namespace) -> int:
    from kotra_invest.services import access

    with opened(args) as ctx:
        who = access.current(ctx)
        where = ctx.db.describe()
    print(f"{who.login} ({who.role.label(args.settings.lang)}) @ {where}")
    return 0


def cmd_officers_list(args: argparse.Namespace) -> int:
    from kotra_invest.services.officers import list_officers

    with opened(args) as ctx:
        rows = list_officers(ctx, include_inactive=args.all)
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        state = "" if row.active else msg("commands.officers", " (inactive)").text(args.settings.lang)
        print(f"{row.login:<20} {padded(row.role_label, 10)} {row.office_code or '-':<8} {row.name}{state}")
    return 0


def _password(args: argparse.Namespace, login: str) -> str | None:
    """A new server login's password: the first line of --password-file, else asked (twice,
    never echoed) when a person is at the terminal; None on the embedded file or in a script."""
    from getpass import getpass

    from kotra_invest.services.connections import login_for

    if args.password_file:
        try:
            with open(args.password_file, encoding="utf-8") as fh:
                password = fh.readline().rstrip("\r\n")
        except OSError as exc:
            raise DomainError("password_file", path=args.password_file, reason=exc.strerror or str(exc)) from exc
        if not password:
            raise DomainError("password_file", path=args.password_file, reason="empty")
        return password
    if login_for(args.settings.database_url) is None or not sys.stdin.isatty():
        return None
    lang = args.settings.lang
    first = getpass(msg("commands.officers", "Password for {login}: ").text(lang, login=login))
    if first != getpass(msg("commands.officers", "Again: ").text(lang)):
        raise DomainError("passwords_differ")
    return first or None


def cmd_officers_add(args: argparse.Namespace) -> int:
    from kotra_invest.domain.enums import Role
    from kotra_invest.services.officers import create_officer

    password = _password(args, args.new_login)
    with opened(args) as ctx:
        create_officer(
            ctx,
            args.new_login,
            args.name,
            args.role,
            office_code=args.office,
            name_en=args.name_en,
            email=args.email,
            password=password,
        )
    role = Role(args.role).label(args.settings.lang)
    say(args, msg("commands.officers", "Registered {new_login} ({role})"), new_login=args.new_login, role=role)
    return 0


def cmd_officers_set_role(args: argparse.Namespace) -> int:
    from kotra_invest.services.officers import set_role

    with opened(args) as ctx:
        row = set_role(ctx, args.officer, args.role)
    print(f"{row.login}: {row.role_label}")
    return 0


def cmd_officers_deactivate(args: argparse.Namespace) -> int:
    from kotra_invest.services.officers import deactivate

    with opened(args) as ctx:
        row = deactivate(ctx, args.officer)
    say(args, msg("commands.officers", "Deactivated {login}"), login=row.login)
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    add = command_adder(common)

    add(commands, "whoami", cmd_whoami, tr(msg("cli", "show who is signed in, with which role, on which database")))
    roles = ("admin", "officer", "leader", "viewer")
    officers = commands.add_parser(
        "officers", parents=[common], help=tr(msg("cli", "users and their roles (admins only)"))
    )
    officer_commands = officers.add_subparsers(
        title=tr(msg("cli", "officer commands")), metavar="ACTION", required=True
    )
    olist = add(officer_commands, "list", cmd_officers_list, tr(msg("cli", "list the officers")))
    olist.add_argument("--all", action="store_true", help=tr(msg("cli", "include deactivated officers")))
    olist.add_argument("--json", action="store_true", help=tr(msg("cli", "print a JSON array")))
    oadd = add(
        officer_commands,
        "add",
        cmd_officers_add,
        tr(msg("cli", "register an officer (their login is their server user)")),
    )
    oadd.add_argument("new_login", metavar="LOGIN")
    oadd.add_argument("name", help=tr(msg("cli", "name as shown (Korean)")))
    oadd.add_argument("--role", choices=roles, default="officer")
    oadd.add_argument("--office", help=tr(msg("cli", "office code: the officer's team")))
    oadd.add_argument("--name-en")
    oadd.add_argument("--email")
    oadd.add_argument(
        "--password-file",
        metavar="F",
        help=tr(msg("cli", "on a server: the new login's password, the first line of F (else asked)")),
    )
    orole = add(officer_commands, "set-role", cmd_officers_set_role, tr(msg("cli", "change an officer's role")))
    orole.add_argument("officer", metavar="LOGIN")
    orole.add_argument("role", choices=roles)
    odeact = add(
        officer_commands, "deactivate", cmd_officers_deactivate, tr(msg("cli", "stop an officer from making changes"))
    )
    odeact.add_argument("officer", metavar="LOGIN")
