"""the search index's character pairs in time linear in the text: a long document is indexed in a second

The character pairs of a search document were taken with `substr(s, i, 2)` for every position
i of the whole text; each substr walks a multibyte (Korean) string from its start, so the work
grew with the square of the text's length (issue 17 audit): on PostgreSQL a document whose PDF
gave 50,000 characters took 54 s to store, one at the 200,000-character limit about a quarter
of an hour; on SQLite 200,000 characters took 95 s, and as much again to delete. PostgreSQL's
search_bigrams now pairs each character with the next in one pass; SQLite's triggers take the
pairs piece by piece (256 characters). Both give the same pairs for every text, so the stored
pairs and their indexes stay as they are: the function keeps its identity, the triggers are
remade, nothing is re-indexed.

Revision ID: 0021_search_bigrams_linear
Revises: 0020_erase_enquiries
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

from kotra_invest.store import search_index

SEARCH_INDEX_FINGERPRINT = "3738f1bb08f4dca6"

revision = "0021_search_bigrams_linear"
down_revision = "0020_erase_enquiries"
branch_labels = None
depends_on = None

# The body this replaces, for a downgrade.
_QUADRATIC = r"""FUNCTION search_bigrams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (
            SELECT substr(x.s, i, 2) AS g FROM (SELECT lower(coalesce(t, '')) AS s) x,
                generate_series(1, length(x.s) - 1) AS i
        ) pairs WHERE g !~ '\s'
    $$"""


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        op.execute("CREATE OR REPLACE " + search_index.SEARCH_BIGRAMS)
    else:
        search_index.replace_sqlite_gram_triggers(conn)


def downgrade() -> None:
    # SQLite keeps the new triggers: they give the old pairs, and the old DDL is not kept here.
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE OR REPLACE " + _QUADRATIC)
