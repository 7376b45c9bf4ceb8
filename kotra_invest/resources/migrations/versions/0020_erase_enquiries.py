"""an erasure reaches the person's enquiries: the server's erasure function redacts their history

An enquiry names who asked in free text (enquiry.contact_name). services.privacy now finds a
person's enquiries by that name, lists them in the personal-data export and scrubs them in an
erasure; on PostgreSQL only the admin-only SECURITY DEFINER function kotra_erase_personal_data may
redact old audit entries, so it takes a third argument, the enquiries, whose contact_name,
subject, body and answer history it redacts as well. The two-argument function is replaced (a
call with two arguments still works: the third has a default); `server init` installs the same
and grants it again, as it does after every upgrade. Nothing changes on SQLite, where the app
redacts the trail itself.

Revision ID: 0020_erase_enquiries
Revises: 0019_meeting_zone
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0020_erase_enquiries"
down_revision = "0019_meeting_zone"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    from kotra_invest.store import pg_audit

    pg_audit.install_chain(conn)  # drops the two-argument function, creates the new one
    # The admins could run the old function; they keep that right without waiting for `server init`.
    if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": pg_audit.ADMIN_ROLE}).first():
        conn.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION {pg_audit.ERASE_SIGNATURE} TO {pg_audit.ADMIN_ROLE}")


def downgrade() -> None:
    # The new function answers the old two-argument call (its third argument has a default), so
    # the code of 0019 works with it; going down leaves it in place.
    pass
