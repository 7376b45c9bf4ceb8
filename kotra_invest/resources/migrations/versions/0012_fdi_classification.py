"""the ministry's classification: greenfield/M&A plus 신규/증액, two countries, dated rates

The ministry counts two project types, greenfield (a new *or expanded* plant or site) and M&A,
and on a separate axis 신규 (new) vs 증액 (additional investment by an investor already here).
The old third type "expansion" did not reconcile with its tables, so this migration maps every
**"expansion" project to greenfield + 증액** (project_type 'greenfield', new_or_additional
'additional'); every other project becomes 신규. Amounts (fdi_amount) are not touched.

Investors gain the direct investor's country (what the official statistics count by) beside
the ultimate parent's (the existing country_id); until an officer says otherwise the direct
country is taken to be the parent's. Dated exchange rates get their table. Reference data is
corrected (DOMAIN.md): the 12 regional headquarters (경기북부 added, 부산 and 울산 separate, no
Jeju office) and overseas offices named Korea Business Centers.

Downgrade maps greenfield + 증액 back to "expansion".

Revision ID: 0012_fdi_classification
Revises: 0011_merge_tombstone
Create Date: 2026-12-01
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from kotra_invest.domain import reference_data as ref

revision = "0012_fdi_classification"
down_revision = "0011_merge_tombstone"
branch_labels = None
depends_on = None

# The offices as 0003 seeded them before this correction, for the downgrade.
_OLD_OFFICES: dict[str, tuple[str, str]] = {
    "RHQ-GG": ("경기지원단", "Gyeonggi Regional Office"),
    "RHQ-IC": ("인천지원단", "Incheon Regional Office"),
    "RHQ-GW": ("강원지원단", "Gangwon Regional Office"),
    "RHQ-DJ": ("대전세종충남지원단", "Daejeon-Sejong-Chungnam Regional Office"),
    "RHQ-CB": ("충북지원단", "Chungbuk Regional Office"),
    "RHQ-GJ": ("광주전남지원단", "Gwangju-Jeonnam Regional Office"),
    "RHQ-JB": ("전북지원단", "Jeonbuk Regional Office"),
    "RHQ-DG": ("대구경북지원단", "Daegu-Gyeongbuk Regional Office"),
    "RHQ-BS": ("부산울산지원단", "Busan-Ulsan Regional Office"),
    "RHQ-GN": ("경남지원단", "Gyeongnam Regional Office"),
    "RHQ-JJ": ("제주지원단", "Jeju Regional Office"),
    "RHQ-UL": ("울산지원단", "Ulsan Regional Office"),
    "OV-NYC": ("뉴욕무역관", "New York Trade Office"),
    "OV-SFO": ("실리콘밸리무역관", "Silicon Valley Trade Office"),
    "OV-TYO": ("도쿄무역관", "Tokyo Trade Office"),
    "OV-FRA": ("프랑크푸르트무역관", "Frankfurt Trade Office"),
    "OV-LON": ("런던무역관", "London Trade Office"),
    "OV-SIN": ("싱가포르무역관", "Singapore Trade Office"),
}
_RETIRED_OFFICES = ("RHQ-JJ",)  # no Jeju regional headquarters exists (DOMAIN.md)


def _now() -> datetime:
    now = datetime.now(UTC)
    return now.replace(tzinfo=None) if op.get_bind().dialect.name == "sqlite" else now


def upgrade() -> None:
    op.add_column(
        "project",
        sa.Column(
            "new_or_additional",
            sa.Enum("new", "additional", name="neworadditional", native_enum=False, length=32),
            nullable=False,
            server_default="new",
        ),
    )
    op.execute(
        "UPDATE project SET project_type = 'greenfield', new_or_additional = 'additional' "
        "WHERE project_type = 'expansion'"
    )
    if op.get_bind().dialect.name == "sqlite":
        # A plain ADD COLUMN with its REFERENCES: a batch copy-and-move of the investor table
        # would drop its search-index triggers.
        op.execute(
            "ALTER TABLE investor ADD COLUMN direct_country_id CHAR(32) "
            "CONSTRAINT fk_investor_direct_country_id_country REFERENCES country (id)"
        )
    else:
        op.add_column("investor", sa.Column("direct_country_id", sa.Uuid(), nullable=True))
        op.create_foreign_key(
            op.f("fk_investor_direct_country_id_country"), "investor", "country", ["direct_country_id"], ["id"]
        )
    op.create_index(op.f("ix_investor_direct_country_id"), "investor", ["direct_country_id"], unique=False)
    op.execute("UPDATE investor SET direct_country_id = country_id")

    op.create_table(
        "exchange_rate",
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("units_per_usd", sa.Numeric(precision=20, scale=8), nullable=False),
        sa.Column("source", sa.String(length=160), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rate")),
        sa.UniqueConstraint("currency", "on_date", name=op.f("uq_exchange_rate_currency")),
    )
    _correct_offices()


def _correct_offices() -> None:
    office = sa.table(
        "office",
        sa.column("id", sa.Uuid()),
        sa.column("code", sa.String()),
        sa.column("name_ko", sa.String()),
        sa.column("name_en", sa.String()),
        sa.column("kind", sa.String()),
        sa.column("city", sa.String()),
        sa.column("country_id", sa.Uuid()),
        sa.column("sort_order", sa.Integer()),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
        sa.column("updated_by", sa.String()),
        sa.column("version", sa.Integer()),
        sa.column("deleted_at", sa.DateTime(timezone=True)),
    )
    bind = op.get_bind()
    now = _now()
    have = {code for (code,) in bind.execute(sa.select(office.c.code))}
    for i, (code, ko, en, kind, city, country) in enumerate(ref.OFFICES):
        values = {"name_ko": ko, "name_en": en, "kind": kind, "city": city, "sort_order": i}
        if code in have:
            bind.execute(
                office.update()
                .where(office.c.code == code)
                .values(**values, updated_at=now, updated_by="migration", version=office.c.version + 1)
            )
        else:
            bind.execute(
                office.insert().values(
                    id=ref.reference_id("office", code),
                    code=code,
                    country_id=ref.reference_id("country", country),
                    created_at=now,
                    updated_at=now,
                    updated_by="migration",
                    version=1,
                    **values,
                )
            )
    # Tombstoned, not deleted: officers may still name the office.
    bind.execute(
        office.update()
        .where(office.c.code.in_(_RETIRED_OFFICES), office.c.deleted_at.is_(None))
        .values(deleted_at=now, updated_at=now, updated_by="migration", version=office.c.version + 1)
    )


def downgrade() -> None:
    office = sa.table(
        "office",
        sa.column("code", sa.String()),
        sa.column("name_ko", sa.String()),
        sa.column("name_en", sa.String()),
        sa.column("deleted_at", sa.DateTime(timezone=True)),
    )
    bind = op.get_bind()
    for code, (ko, en) in _OLD_OFFICES.items():
        bind.execute(office.update().where(office.c.code == code).values(name_ko=ko, name_en=en, deleted_at=None))
    new_codes = [c for c, *_ in ref.OFFICES if c not in _OLD_OFFICES]
    if new_codes:
        bind.execute(office.delete().where(office.c.code.in_(new_codes)))
    op.drop_table("exchange_rate")
    op.drop_index(op.f("ix_investor_direct_country_id"), table_name="investor")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE investor DROP COLUMN direct_country_id")  # SQLite >= 3.35; keeps triggers
    else:
        op.drop_constraint(op.f("fk_investor_direct_country_id_country"), "investor", type_="foreignkey")
        op.drop_column("investor", "direct_country_id")
    op.execute(
        "UPDATE project SET project_type = 'expansion' "
        "WHERE project_type = 'greenfield' AND new_or_additional = 'additional'"
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE project DROP COLUMN new_or_additional")  # no copy-and-move: triggers stay
    else:
        op.drop_column("project", "new_or_additional")
