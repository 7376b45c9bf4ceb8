"""the audit trail hash-chained on both engines; the personal-data access log (개인정보 접속기록)

audit_log gains its chain columns (seq, prev_hash, hash, and value_nonce / value_digest, which
let an erasure blank values without breaking the chain: store.audit_chain says why); the
entries already there are chained in the order they were written. access_log is new: every
view, print and download of personal data, chained the same way. On SQLite the chains are
sealed by triggers calling functions the app registers on each connection; on PostgreSQL by
triggers under an advisory lock (store.pg_audit.install_chain), with the admin-only functions
that alone may redact (an erasure) or purge (access entries past their retention).

Revision ID: 0007_audit
Revises: 0005_server
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kotra_invest.store import audit_chain, pg_audit

revision = "0007_audit"
down_revision = "0005_server"
branch_labels = None
depends_on = None

_SQLITE_0005_GUARD = """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    WHEN NOT (NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.actor IS OLD.actor AND NEW.source IS OLD.source
        AND NEW.change_set IS OLD.change_set AND NEW.entity IS OLD.entity AND NEW.record_id IS OLD.record_id
        AND NEW.action IS OLD.action AND NEW.field IS OLD.field
        AND (NEW.old_value IS OLD.old_value OR NEW.old_value = '[erased]')
        AND (NEW.new_value IS OLD.new_value OR NEW.new_value = '[erased]')) BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END"""

_POSTGRESQL_0005_GUARD = """CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' AND NEW.id IS NOT DISTINCT FROM OLD.id AND NEW.at IS NOT DISTINCT FROM OLD.at
           AND NEW.actor IS NOT DISTINCT FROM OLD.actor AND NEW.source IS NOT DISTINCT FROM OLD.source
           AND NEW.change_set IS NOT DISTINCT FROM OLD.change_set AND NEW.entity IS NOT DISTINCT FROM OLD.entity
           AND NEW.record_id IS NOT DISTINCT FROM OLD.record_id AND NEW.action IS NOT DISTINCT FROM OLD.action
           AND NEW.field IS NOT DISTINCT FROM OLD.field
           AND (NEW.old_value IS NOT DISTINCT FROM OLD.old_value OR NEW.old_value = '[erased]')
           AND (NEW.new_value IS NOT DISTINCT FROM OLD.new_value OR NEW.new_value = '[erased]') THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only';
    END $$"""


def upgrade() -> None:
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    for name, type_ in (
        ("seq", sa.BigInteger()),
        ("value_nonce", sa.String(32)),
        ("value_digest", sa.String(64)),
        ("prev_hash", sa.String(64)),
        ("hash", sa.String(64)),
    ):
        op.add_column("audit_log", sa.Column(name, type_, nullable=True))
    op.create_index("ix_audit_log_seq", "audit_log", ["seq"], unique=True)
    op.create_table(
        "access_log",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("host", sa.String(255), nullable=True),
        sa.Column("address", sa.String(64), nullable=True),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("what", sa.String(40), nullable=False),
        sa.Column("subject", sa.String(200), nullable=True),
        sa.Column("contact_ids", sa.Text(), nullable=True),
        sa.Column("contact_count", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("seq", sa.BigInteger(), nullable=True),
        sa.Column("prev_hash", sa.String(64), nullable=True),
        sa.Column("hash", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_log")),
    )
    op.create_index("ix_access_log_at", "access_log", ["at"])
    op.create_index("ix_access_log_seq", "access_log", ["seq"], unique=True)
    op.create_index("ix_access_log_actor_at", "access_log", ["actor", "at"])
    # Chain what is there, with the guard out of the way for these updates only.
    if sqlite:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
        audit_chain.seal_existing(conn, "audit_log")
        for statement in [*audit_chain.sqlite_audit_statements(), *audit_chain.sqlite_access_statements()]:
            conn.exec_driver_sql(statement)
    else:
        conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
        audit_chain.seal_existing(conn, "audit_log")
        conn.exec_driver_sql("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only")
        pg_audit.install_chain(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for trigger in ("audit_log_chain", "audit_log_no_update"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    else:
        pg_audit.uninstall(conn)
        conn.exec_driver_sql(_POSTGRESQL_0005_GUARD)
    op.drop_table("access_log")
    op.drop_index("ix_audit_log_seq", "audit_log")
    with op.batch_alter_table("audit_log") as batch:
        for name in ("hash", "prev_hash", "value_digest", "value_nonce", "seq"):
            batch.drop_column(name)
    if conn.dialect.name == "sqlite":
        # A batch rebuild drops the table's triggers: the guards of 0005 come back.
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_delete")
        conn.exec_driver_sql(_SQLITE_0005_GUARD)
        conn.exec_driver_sql(
            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN "
            "SELECT RAISE(ABORT, 'audit_log is append-only'); END"
        )
