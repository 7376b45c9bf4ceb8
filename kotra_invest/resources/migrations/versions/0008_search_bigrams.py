"""search index: character pairs for one- and two-character terms, and names for ranking

Korean users type one- and two-syllable words most (수소, 로봇, 대전); a trigram index cannot
answer them, so they were a LIKE scan of every document. Each kind now also has a bigram index
(SQLite: a contentless FTS5 table of character pairs; PostgreSQL: GIN over generated arrays of
pairs) and its documents carry their name keys (B-tree: exact and prefix matches first).
Rebuilds the whole index from the records.

Revision ID: 0008_search_bigrams
Revises: 0005_server
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

from kotra_invest.store import search_index

SEARCH_INDEX_FINGERPRINT = "911238feb7c73522"

revision = "0008_search_bigrams"
down_revision = "0007_audit"
branch_labels = None
depends_on = None


def upgrade() -> None:
    search_index.recreate(op.get_bind())


def downgrade() -> None:
    # The index stays: it is a superset of 0005's (the same documents and triggers, more columns
    # and tables) that the older code reads and keeps current as it is; 0002's downgrade drops it.
    pass
