"""meetings say where they were held and who took part on both sides

A logged meeting held only a summary and an outcome; the officer's record of it (and the
delegation's results) needs the place and both sides' participants. Plain nullable text: old
meetings simply have none.

Revision ID: 0010_meeting_details
Revises: 0005_server
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_meeting_details"
down_revision = "0008_search_bigrams"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("interaction") as batch:
        batch.add_column(sa.Column("place", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("their_participants", sa.Text(), nullable=True))
        batch.add_column(sa.Column("our_participants", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("interaction") as batch:
        batch.drop_column("our_participants")
        batch.drop_column("their_participants")
        batch.drop_column("place")
