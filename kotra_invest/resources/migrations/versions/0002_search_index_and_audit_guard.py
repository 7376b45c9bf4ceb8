"""search index (FTS5 trigram / pg_trgm) and an append-only audit trail

The index is built from kotra_invest.store.search_index; SEARCH_INDEX_FINGERPRINT records the
design this migration made. A later change to that module comes with its own migration that
calls `search_index.recreate()` and records the new fingerprint (tests check this).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

from kotra_invest.store import search_index

SEARCH_INDEX_FINGERPRINT = "59c7611b45deba19"

revision = "0002"
down_revision = "0001"
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

_POSTGRESQL_GUARD = [
    """CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
    END $$""",
    """CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()""",
]


def upgrade() -> None:
    conn = op.get_bind()
    search_index.create(conn)
    for statement in _SQLITE_GUARD if conn.dialect.name == "sqlite" else _POSTGRESQL_GUARD:
        conn.exec_driver_sql(statement)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_delete")
    else:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        conn.exec_driver_sql("DROP FUNCTION IF EXISTS audit_log_append_only()")
    search_index.drop(conn)
