"""the audit trail may have erased personal data redacted, and nothing else changed

A contact erased on request must not stay readable in the old values of its audit entries. The
append-only guard of 0002 now lets exactly one kind of UPDATE through: an old or new value
replaced by the marker '[erased]', every other column unchanged. Deletes stay refused.

Revision ID: 0005_server
Revises: 0005_import
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0005_server"
down_revision = "0005_import"
branch_labels = None
depends_on = None

REDACTED = "[erased]"  # kotra_invest.services.unit_of_work.REDACTED (a migration keeps its own copy)

_UNCHANGED = ("id", "at", "actor", "source", "change_set", "entity", "record_id", "action", "field")


def _sqlite_redaction_only() -> str:
    same = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in _UNCHANGED)
    values = " AND ".join(f"(NEW.{c} IS OLD.{c} OR NEW.{c} = '{REDACTED}')" for c in ("old_value", "new_value"))
    return f"""CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        WHEN NOT ({same} AND {values}) BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
    END"""


def _postgresql_redaction_only() -> str:
    same = " AND ".join(f"NEW.{c} IS NOT DISTINCT FROM OLD.{c}" for c in _UNCHANGED)
    values = " AND ".join(
        f"(NEW.{c} IS NOT DISTINCT FROM OLD.{c} OR NEW.{c} = '{REDACTED}')" for c in ("old_value", "new_value")
    )
    return f"""CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' AND {same} AND {values} THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only';
    END $$"""


_POSTGRESQL_ORIGINAL = """CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
    END $$"""

_SQLITE_ORIGINAL = """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
    END"""


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.exec_driver_sql(_sqlite_redaction_only())
    else:
        conn.exec_driver_sql(_postgresql_redaction_only())


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.exec_driver_sql(_SQLITE_ORIGINAL)
    else:
        conn.exec_driver_sql(_POSTGRESQL_ORIGINAL)
