"""`kotra-invest server …`: the shared PostgreSQL server — test a connection, and `init`, which
makes the server enforce the rules itself (group roles, grants, row-level security, the audit
triggers). See docs/operations.md."""

from __future__ import annotations

import argparse
from typing import Any

from kotra_invest.catalog import msg
from kotra_invest.commands._shared import SCHEMA_STATES, say
from kotra_invest.help_language import tr

EXIT_USER_ERROR = 2


def cmd_server_test(args: argparse.Namespace) -> int:
    from kotra_invest.services.connections import test_connection

    status = test_connection(args.settings.database_url, login=getattr(args, "login", None))
    lang = args.settings.lang
    say(
        args,
        msg("commands.server", "server: {url} (PostgreSQL {version})"),
        url=status.url,
        version=status.server_version,
    )
    state = (
        SCHEMA_STATES[status.schema_state].text(lang) if status.schema_state in SCHEMA_STATES else status.schema_state
    )
    say(
        args,
        msg("commands.server", "schema: {state} ({revision}; this program: {expected})"),
        state=state,
        revision=status.revision or msg("commands.db", "none").text(lang),
        expected=status.expected_revision,
    )
    known = "" if status.officer_known else msg("commands.server", " (no officer record)").text(lang)
    say(
        args,
        msg("commands.server", "signed in as: {login} — {role}{known}"),
        login=status.login,
        role=status.role,
        known=known,
    )
    return 0 if status.usable else EXIT_USER_ERROR


def cmd_server_init(args: argparse.Namespace) -> int:
    from kotra_invest.services.database import connect
    from kotra_invest.services.server import init_server

    db = connect(args.settings.database_url)
    try:
        report = init_server(db)
    finally:
        db.dispose()
    audit = (
        msg("commands.server", "audit triggers installed")
        if report.audit_installed
        else msg("commands.server", "no audit triggers in this version")
    )
    say(
        args,
        msg(
            "commands.server",
            "Server rules installed (owner {owner}): group roles, grants, row-level security; {audit}.",
        ),
        owner=report.owner,
        audit=audit.text(args.settings.lang),
    )
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    server = commands.add_parser("server", parents=[common], help=tr(msg("cli", "the shared PostgreSQL server")))
    actions = server.add_subparsers(title=tr(msg("cli", "server commands")), metavar="ACTION", required=True)
    for name, handler, text in (
        ("test", cmd_server_test, tr(msg("cli", "connect to --db and report the schema and your role there"))),
        (
            "init",
            cmd_server_init,
            tr(msg("cli", "as the database's owner, after each 'db upgrade': group roles, grants, row-level security")),
        ),
    ):
        sub = actions.add_parser(name, parents=[common], help=text, description=text)
        sub.set_defaults(handler=handler)
