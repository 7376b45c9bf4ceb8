"""The shared server's own enforcement: `server init` (group roles, grants, row-level security,
the audit triggers) and the PostgreSQL logins behind the officers. See docs/operations.md."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection

from kotra_invest.domain.errors import DomainError
from kotra_invest.store import pg_audit, pg_security
from kotra_invest.store.engine import Database


@dataclass(frozen=True)
class InitReport:
    statements: int
    audit_installed: bool
    owner: str


def _require_owner(conn: Connection) -> str:
    row = conn.execute(
        text(
            "SELECT session_user AS who, d.datdba = r.oid AS owner FROM pg_roles r, pg_database d "
            "WHERE r.rolname = session_user AND d.datname = current_database()"
        )
    ).one()
    if not row.owner:
        raise DomainError("not_database_owner", user=row.who)
    return str(row.who)


def init_server(db: Database) -> InitReport:
    """Install (again) everything the server enforces itself, in one transaction: run by the
    database's owner after `db upgrade`; idempotent."""
    if db.is_sqlite:
        raise DomainError("not_a_server", what="server init")
    with db.engine.begin() as conn:
        owner = _require_owner(conn)
        done = pg_security.install(conn)
        # The database-written audit: its triggers, the hash chain and the access log's grants
        # (after the group roles exist: it grants to them).
        pg_audit.install(conn)
    return InitReport(statements=done, audit_installed=True, owner=owner)
