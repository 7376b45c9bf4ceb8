"""a merged-away investor or contact names the record it was merged into

Merging two investors (or two contacts) tombstones the loser and points it at the survivor, so a
mission pack cut before the merge, whose rows still name the loser, can follow it home.

Revision ID: 0011_merge_tombstone
Revises: 0005_server
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_merge_tombstone"
down_revision = "0010_meeting_details"
branch_labels = None
depends_on = None

_TABLES = ("investor", "contact")


def upgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("merged_into_id", sa.Uuid(), nullable=True))


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("merged_into_id")
