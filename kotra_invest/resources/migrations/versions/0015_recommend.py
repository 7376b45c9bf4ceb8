"""where investors are (HQ city, Korean sites) and the recommendations a delegation set aside

Recommending investors for a trip needs to know where each one is: the headquarters' city (to
match the itinerary's cities) and the sites already run in Korea (expansion in the lead
province). A dismissed recommendation stays dismissed for that trip, so it is stored.

Revision ID: 0015_recommend
Revises: 0014_documents
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_recommend"
down_revision = "0014_documents"
branch_labels = None
depends_on = None


def _synced() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def upgrade() -> None:
    # A plain ADD/DROP COLUMN, also on SQLite (>= 3.35): batch mode would copy the table, losing
    # its search triggers, and turn 0012's column-level foreign key into one DROP COLUMN refuses.
    op.add_column("investor", sa.Column("hq_city", sa.String(length=120), nullable=True))
    op.create_table(
        "investor_site",
        sa.Column("investor_id", sa.Uuid(), nullable=False),
        sa.Column("province_id", sa.Uuid(), nullable=False),
        sa.Column("fez_id", sa.Uuid(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=True),
        *_synced(),
        sa.ForeignKeyConstraint(["investor_id"], ["investor.id"], name=op.f("fk_investor_site_investor_id_investor")),
        sa.ForeignKeyConstraint(["province_id"], ["province.id"], name=op.f("fk_investor_site_province_id_province")),
        sa.ForeignKeyConstraint(["fez_id"], ["fez.id"], name=op.f("fk_investor_site_fez_id_fez")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_investor_site")),
        sa.UniqueConstraint("investor_id", "province_id", "fez_id", name=op.f("uq_investor_site_investor_id")),
    )
    for column in ("investor_id", "province_id", "fez_id"):
        op.create_index(op.f(f"ix_investor_site_{column}"), "investor_site", [column])
    op.create_table(
        "recommendation_dismissal",
        sa.Column("delegation_id", sa.Uuid(), nullable=False),
        sa.Column("investor_id", sa.Uuid(), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["delegation_id"], ["delegation.id"], name=op.f("fk_recommendation_dismissal_delegation_id_delegation")
        ),
        sa.ForeignKeyConstraint(
            ["investor_id"], ["investor.id"], name=op.f("fk_recommendation_dismissal_investor_id_investor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation_dismissal")),
        sa.UniqueConstraint("delegation_id", "investor_id", name=op.f("uq_recommendation_dismissal_delegation_id")),
    )
    for column in ("delegation_id", "investor_id"):
        op.create_index(op.f(f"ix_recommendation_dismissal_{column}"), "recommendation_dismissal", [column])


def downgrade() -> None:
    op.drop_table("recommendation_dismissal")
    op.drop_table("investor_site")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE investor DROP COLUMN hq_city")
    else:
        op.drop_column("investor", "hq_city")
