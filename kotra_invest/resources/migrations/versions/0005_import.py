"""audit_log.source widened to 200 characters: an import names its file ("import:<file name>")

SQLite does not enforce VARCHAR lengths, but the declared type is rebuilt there too so that the
schema reads the same on both engines. Rebuilding the table drops its triggers, so the
append-only guard is set again afterwards.

Revision ID: 0005_import
Revises: 0005_services
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_import"
down_revision = "0005_services"
branch_labels = None
depends_on = None

_SQLITE_GUARD = [
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
    END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
    END""",
]


def _resize(length_from: int, length_to: int) -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_delete")
        with op.batch_alter_table("audit_log", recreate="always") as batch:
            batch.alter_column(
                "source", existing_type=sa.String(length_from), type_=sa.String(length_to), existing_nullable=False
            )
        for statement in _SQLITE_GUARD:
            conn.exec_driver_sql(statement)
    else:
        # Widening a varchar is a catalogue change on PostgreSQL: no rewrite, no row trigger fires.
        op.alter_column(
            "audit_log",
            "source",
            existing_type=sa.String(length_from),
            type_=sa.String(length_to),
            existing_nullable=False,
        )


def upgrade() -> None:
    _resize(32, 200)


def downgrade() -> None:
    _resize(200, 32)
