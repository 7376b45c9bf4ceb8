"""`kotra-invest server …`: the shared PostgreSQL server — test a connection, and `init`, which
makes the server enforce the rules itself (group roles, grants, row-level security, the audit
triggers). See docs/operations.md."""

from __future__ import annotations

import argparse
from typing import Any

EXIT_USER_ERROR = 2


def cmd_server_test(args: argparse.Namespace) -> int:
    from kotra_invest.services.connections import test_connection

    status = test_connection(args.settings.database_url, login=getattr(args, "login", None))
    print(f"server: {status.url} (PostgreSQL {status.server_version})")
    print(f"schema: {status.schema_state} ({status.revision or 'none'}; this program: {status.expected_revision})")
    known = "" if status.officer_known else " (no officer record)"
    print(f"signed in as: {status.login} — {status.role}{known}")
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
        ("감사 트리거 설치됨", "audit triggers installed")
        if report.audit_installed
        else ("감사 트리거 없음 (이 버전에 없음)", "no audit triggers in this version")
    )
    if args.settings.lang == "ko":
        print(f"서버 규칙을 설치했습니다 (소유자 {report.owner}): 그룹 역할, 권한, 행 수준 보안; {audit[0]}.")
    else:
        print(f"Server rules installed (owner {report.owner}): group roles, grants, row-level security; {audit[1]}.")
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    server = commands.add_parser("server", parents=[common], help="the shared PostgreSQL server")
    actions = server.add_subparsers(title="server commands", metavar="ACTION", required=True)
    for name, handler, text in (
        ("test", cmd_server_test, "connect to --db and report the schema and your role there"),
        (
            "init",
            cmd_server_init,
            "as the database's owner, after each 'db upgrade': group roles, grants, row-level security",
        ),
    ):
        sub = actions.add_parser(name, parents=[common], help=text, description=text)
        sub.set_defaults(handler=handler)
