"""the PostgreSQL search indexes without a pending list: a search reads the index, not a queue

GIN indexes (the search documents' character pairs, names and trigrams) were made with
PostgreSQL's default fastupdate: new keys wait in an unsorted pending list that every search
reads whole. After a re-index or a day of saves a two-character search of investors took
14-18 ms instead of 0.4 ms. This turns the list off and folds in what is pending. SQLite's
index is unchanged (nothing to do there).

Revision ID: 0018_search_gin_direct
Revises: 0016_investor_signal
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

from kotra_invest.store import search_index

SEARCH_INDEX_FINGERPRINT = "58aa9208b5eb2eb4"

revision = "0018_search_gin_direct"
down_revision = "0016_investor_signal"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        search_index.set_postgresql_pending_lists(conn, on=False)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        search_index.set_postgresql_pending_lists(conn, on=True)
