"""countries by the names officers write: Korea and Vietnam, not ISO's "Korea, Republic of", "Viet Nam"

0003 seeded the countries' English names from the ISO 3166 list, whose short names put two of
them as no officer writes them: "Korea, Republic of" (in every list, briefing pack and export
that names a country, the search's hits too) and "Viet Nam". The seed now has the common names
and this migration gives them to an existing database (and to a mission pack opened after the
upgrade). A name an admin has changed since is left as it is. The codes (KR, VN) are unchanged:
they are what records store. The ISO forms stay readable in imports (services/synonyms.py).

Downgrade writes the ISO forms back where the common names are.

Revision ID: 0023_country_common_names
Revises: 0022_search_hidden_with_investor
Create Date: 2026-12-03
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0023_country_common_names"
down_revision = "0022_search_hidden_with_investor"
branch_labels = None
depends_on = None

# code -> (the name as 0003 seeded it, the name officers write); written out, not read from
# domain/reference_data.py, so that this migration does the same whatever the seed becomes.
_RENAMED: dict[str, tuple[str, str]] = {
    "KR": ("Korea, Republic of", "Korea"),
    "VN": ("Viet Nam", "Vietnam"),
}

_COUNTRY = sa.table(
    "country",
    sa.column("code", sa.String()),
    sa.column("name_en", sa.String()),
    sa.column("updated_at", sa.DateTime(timezone=True)),
    sa.column("updated_by", sa.String()),
    sa.column("version", sa.Integer()),
)


def _rename(to_common: bool) -> None:
    bind = op.get_bind()
    now = datetime.now(UTC)
    if bind.dialect.name == "sqlite":
        now = now.replace(tzinfo=None)
    for code, (iso, common) in _RENAMED.items():
        old, new = (iso, common) if to_common else (common, iso)
        bind.execute(
            _COUNTRY.update()
            .where(_COUNTRY.c.code == code, _COUNTRY.c.name_en == old)
            .values(name_en=new, updated_at=now, updated_by="migration", version=_COUNTRY.c.version + 1)
        )


def upgrade() -> None:
    _rename(to_common=True)


def downgrade() -> None:
    _rename(to_common=False)
