"""covering indexes for the dashboard's figures

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_project_stage_live", "project", ["stage_id", "deleted_at"])
    op.create_index(
        "ix_fdi_amount_period", "fdi_amount", ["on_date", "currency", "deleted_at", "kind", "project_id", "amount"]
    )


def downgrade() -> None:
    op.drop_index("ix_fdi_amount_period", table_name="fdi_amount")
    op.drop_index("ix_project_stage_live", table_name="project")
