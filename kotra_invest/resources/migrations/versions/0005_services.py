"""indexes for the pipeline table (keysets by title, by last change), the board, deleted investors

Revision ID: 0005_services
Revises: 0004
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_services"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A page of the pipeline table walks one of these in order and stops after the page, instead
    # of sorting every project first.
    op.create_index("ix_project_title_keyset", "project", ["title", "id"])
    op.create_index("ix_project_updated_keyset", "project", ["updated_at", "id"])
    # The board: per stage, cards in stage_since order, and the per-stage counts read from the
    # index alone (it holds every column the visibility rule and the live checks need).
    # Lists leave out the projects of deleted investors: finding those few must not scan investors.
    # Partial, so it never tempts a planner looking for the (many) live ones.
    deleted = sa.text("deleted_at IS NOT NULL")
    op.create_index("ix_investor_deleted", "investor", ["id"], sqlite_where=deleted, postgresql_where=deleted)
    op.create_index(
        "ix_project_board",
        "project",
        ["stage_id", "stage_since", "id", "deleted_at", "confidential", "owner_id", "investor_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_project_board", table_name="project")
    op.drop_index("ix_investor_deleted", table_name="investor")
    op.drop_index("ix_project_updated_keyset", table_name="project")
    op.drop_index("ix_project_title_keyset", table_name="project")
