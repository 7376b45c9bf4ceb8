"""reference data: 5극 3특 regions, provinces, FEZs, industries, stages, countries, offices

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from kotra_invest.domain import reference_data as ref

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_SYNC = ("id", "created_at", "updated_at", "updated_by", "version")


def _table(name: str, *columns: str) -> sa.TableClause:
    types = {
        "id": sa.Uuid(),
        "region_id": sa.Uuid(),
        "country_id": sa.Uuid(),
        "province_id": sa.Uuid(),
        "industry_id": sa.Uuid(),
        "fez_id": sa.Uuid(),
        "created_at": sa.DateTime(timezone=True),
        "updated_at": sa.DateTime(timezone=True),
    }
    return sa.table(name, *(sa.column(c, types.get(c)) for c in columns))


def _stamp(table: str, code: str) -> dict[str, object]:
    # Stored as naive UTC on SQLite, as timestamptz on PostgreSQL: the same instant.
    now = datetime.now(UTC)
    if op.get_bind().dialect.name == "sqlite":
        now = now.replace(tzinfo=None)
    return {
        "id": ref.reference_id(table, code),
        "created_at": now,
        "updated_at": now,
        "updated_by": "migration",
        "version": 1,
    }


def upgrade() -> None:
    rid = ref.reference_id
    op.bulk_insert(
        _table("region", *_SYNC, "code", "group", "name_ko", "name_en", "sort_order"),
        [
            {
                **_stamp("region", c),
                "code": c,
                "group": g,
                "name_ko": ko,
                "name_en": en,
                "sort_order": i,
            }
            for i, (c, g, ko, en) in enumerate(ref.REGIONS)
        ],
    )
    op.bulk_insert(
        _table("industry", *_SYNC, "code", "name_ko", "name_en", "sort_order"),
        [
            {
                **_stamp("industry", c),
                "code": c,
                "name_ko": ko,
                "name_en": en,
                "sort_order": i,
            }
            for i, (c, ko, en) in enumerate(ref.INDUSTRIES)
        ],
    )
    op.bulk_insert(
        _table("province", *_SYNC, "code", "region_id", "name_ko", "name_en", "sort_order"),
        [
            {
                **_stamp("province", c),
                "code": c,
                "region_id": rid("region", r),
                "name_ko": ko,
                "name_en": en,
                "sort_order": i,
            }
            for i, (c, r, ko, en, _) in enumerate(ref.PROVINCES)
        ],
    )
    op.bulk_insert(
        _table("province_industry", "province_id", "industry_id"),
        [
            {"province_id": rid("province", c), "industry_id": rid("industry", i)}
            for c, _, _, _, industries in ref.PROVINCES
            for i in industries
        ],
    )
    op.bulk_insert(
        _table("fez", *_SYNC, "code", "name_ko", "name_en", "designated_year", "sort_order"),
        [
            {
                **_stamp("fez", c),
                "code": c,
                "name_ko": ko,
                "name_en": en,
                "designated_year": y,
                "sort_order": i,
            }
            for i, (c, ko, en, y, _) in enumerate(ref.FEZS)
        ],
    )
    op.bulk_insert(
        _table("fez_province", "fez_id", "province_id"),
        [{"fez_id": rid("fez", c), "province_id": rid("province", p)} for c, _, _, _, ps in ref.FEZS for p in ps],
    )
    op.bulk_insert(
        _table("pipeline_stage", *_SYNC, "code", "name_ko", "name_en", "kind", "sort_order"),
        [
            {
                **_stamp("pipeline_stage", c),
                "code": c,
                "name_ko": ko,
                "name_en": en,
                "kind": k,
                "sort_order": i,
            }
            for i, (c, ko, en, k) in enumerate(ref.PIPELINE_STAGES)
        ],
    )
    op.bulk_insert(
        _table("country", *_SYNC, "code", "name_ko", "name_en", "sort_order"),
        [
            {
                **_stamp("country", c),
                "code": c,
                "name_ko": ko,
                "name_en": en,
                "sort_order": i,
            }
            for i, (c, ko, en) in enumerate(ref.COUNTRIES)
        ],
    )
    op.bulk_insert(
        _table(
            "office",
            *_SYNC,
            "code",
            "name_ko",
            "name_en",
            "kind",
            "city",
            "country_id",
            "sort_order",
        ),
        [
            {
                **_stamp("office", c),
                "code": c,
                "name_ko": ko,
                "name_en": en,
                "kind": k,
                "city": city,
                "country_id": rid("country", cc),
                "sort_order": i,
            }
            for i, (c, ko, en, k, city, cc) in enumerate(ref.OFFICES)
        ],
    )
    # Every database knows who it is, so a mission pack can tell which database it was cut from.
    op.bulk_insert(
        _table("app_setting", "key", "value"),
        [{"key": "database_id", "value": str(uuid.uuid4())}],
    )


def downgrade() -> None:
    op.execute("DELETE FROM app_setting WHERE key = 'database_id'")
    for table in (
        "office",
        "country",
        "pipeline_stage",
        "fez_province",
        "fez",
        "province_industry",
        "province",
        "industry",
        "region",
    ):
        op.execute(f"DELETE FROM {table}")
