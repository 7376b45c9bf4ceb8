"""the search leaves out a deleted investor's contacts, meetings, projects and cases, as every list does

Deleting an investor tombstones its row only; its contacts, meetings, projects and grievance
cases stay in place and every list hides them, but the search went on finding them (and led to a
company that is gone). The search statement now checks each candidate's investor
(search_index.LIVE_PARENT), so the undo brings them back with nothing re-indexed. SQLite and a
server before `server init` run the statement from the app; a server's SECURITY DEFINER
functions `kotra_search` and `kotra_search_<kind>` hold their own copy of it, replaced here (as
`server init` does after every upgrade), so an upgraded server does not keep finding them in the
meantime. The index itself is unchanged.

Revision ID: 0022_search_hidden_with_investor
Revises: 0021_search_bigrams_linear
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0022_search_hidden_with_investor"
down_revision = "0021_search_bigrams_linear"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        from kotra_invest.store import pg_security

        pg_security.install_search(conn)


def downgrade() -> None:
    # The functions' extra check hides only what the lists hide; 0021's code runs with them.
    pass
