"""investor_signal: one narrow row per investor with what the recommendation ranking reads

Ranking a delegation's investors joined projects, tranches, meetings and grievance cases for
every investor (846 ms at 100,000 investors). The figures the ranking needs — best open stage,
latest tranche, latest meeting and its trip, open cases — are kept per investor by triggers
(store/investor_signal.py), counting only what no row-level rule hides; this migration makes
the table and the triggers and fills the table from the source rows.

Revision ID: 0016_investor_signal
Revises: 0015_recommend
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kotra_invest.store import investor_signal

revision = "0016_investor_signal"
down_revision = "0015_recommend"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "investor_signal",
        sa.Column("investor_id", sa.Uuid(), nullable=False),
        sa.Column("best_stage", sa.Integer(), nullable=True),
        sa.Column("last_fdi_on", sa.Date(), nullable=True),
        sa.Column("last_met", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_met_delegation_id", sa.Uuid(), nullable=True),
        sa.Column("open_grievances", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("investor_id", name=op.f("pk_investor_signal")),
    )
    # The investors of a trip's industry in its countries: the first level the ranking reads.
    op.create_index("ix_investor_industry_country", "investor", ["industry_id", "country_id"])
    # The few confidential projects: whom a recommendation may count them for.
    op.create_index(
        "ix_project_confidential",
        "project",
        ["confidential", "owner_id", "investor_id", "id"],
        sqlite_where=sa.text("confidential = 1"),
        postgresql_where=sa.text("confidential"),
    )
    conn = op.get_bind()
    investor_signal.create(conn)
    investor_signal.rebuild(conn)


def downgrade() -> None:
    investor_signal.drop(op.get_bind())
    op.drop_table("investor_signal")
    op.drop_index("ix_investor_industry_country", table_name="investor")
    op.drop_index("ix_project_confidential", table_name="project")
