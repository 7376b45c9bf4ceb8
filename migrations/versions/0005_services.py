"""keyset indexes for the pipeline table (sorted by title or by last change)

Revision ID: 0005_services
Revises: 0004
Create Date: 2026-11-25
"""

from __future__ import annotations

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


def downgrade() -> None:
    op.drop_index("ix_project_updated_keyset", table_name="project")
    op.drop_index("ix_project_title_keyset", table_name="project")
