"""a meeting's own time zone: the place's clock its time was given on

An officer abroad logs "10:00 in Warsaw"; the moment is stored in UTC as before, and now the zone
too, so the meeting reads on Warsaw's clock when opened again (Korea's time beside it), after a
DST change as well. Empty for every meeting before this: they read on Korea's clock, as they did.

Revision ID: 0019_meeting_zone
Revises: 0018_search_gin_direct
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019_meeting_zone"
down_revision = "0018_search_gin_direct"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN, on SQLite too: batch mode would copy the table and lose its search triggers.
    op.add_column("interaction", sa.Column("time_zone", sa.String(length=64), nullable=True))


def downgrade() -> None:
    op.drop_column("interaction", "time_zone")
