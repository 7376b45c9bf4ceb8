"""Migration 0012 on SQLite and PostgreSQL: "expansion" projects become greenfield + 증액 with
their amounts unchanged, and the dashboard's totals are the same before and after."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

import sqlalchemy as sa

from kotra_invest.domain import reference_data as ref
from kotra_invest.domain.enums import NewOrAdditional, ProjectType
from kotra_invest.domain.models import FdiAmount, Investor, Office, Project
from kotra_invest.services import dashboard
from kotra_invest.services.unit_of_work import Context
from kotra_invest.store import migrate
from kotra_invest.store.engine import open_database

BEFORE = "0011_merge_tombstone"


def _stamp(conn: sa.Connection) -> dict[str, object]:
    now = datetime.now(UTC)
    if conn.dialect.name == "sqlite":
        now = now.replace(tzinfo=None)
    return {"id": uuid.uuid4(), "created_at": now, "updated_at": now, "updated_by": "old", "version": 1}


def _typed(name: str, *columns: str) -> sa.TableClause:
    def type_of(column: str) -> sa.types.TypeEngine[object] | None:
        if column == "id" or column.endswith("_id"):
            return sa.Uuid()
        return {
            "amount": sa.Numeric(20, 2),
            "on_date": sa.Date(),
            "created_at": sa.DateTime(timezone=True),
            "updated_at": sa.DateTime(timezone=True),
            "tags": sa.JSON(),
        }.get(column)

    return sa.table(name, *(sa.column(c, type_of(c)) for c in columns))


def _old_rows(conn: sa.Connection) -> dict[str, uuid.UUID]:
    """Three projects as 0011 stored them: one of each old type, with USD tranches in 2026."""
    sync = ("id", "created_at", "updated_at", "updated_by", "version")
    investor = _typed("investor", *sync, "name", "tags", "in_korea", "country_id")
    project = _typed(
        "project",
        *sync,
        "investor_id",
        "title",
        "project_type",
        "stage_id",
        "target_province_id",
        "capex_currency",
        "confidential",
    )
    amount = _typed("fdi_amount", *sync, "project_id", "kind", "amount", "currency", "on_date")
    inv = _stamp(conn)
    conn.execute(
        investor.insert().values(
            **inv, name="Old Holdings BV", tags=[], in_korea=True, country_id=ref.reference_id("country", "NL")
        )
    )
    ids = {}
    figures = {
        "expansion": ("KR-44", [("notified", "120000000.00"), ("arrived", "45000000.50")]),
        "greenfield": ("KR-11", [("notified", "30000000.00")]),
        "mna": ("KR-26", [("notified", "7000000.25"), ("arrived", "7000000.25")]),
    }
    for kind, (province, tranches) in figures.items():
        row = _stamp(conn)
        ids[kind] = row["id"]
        conn.execute(
            project.insert().values(
                **row,
                investor_id=inv["id"],
                title=f"{kind} project",
                project_type=kind,
                stage_id=ref.reference_id("pipeline_stage", "NOTIFIED"),
                target_province_id=ref.reference_id("province", province),
                capex_currency="USD",
                confidential=False,
            )
        )
        for i, (fdi_kind, value) in enumerate(tranches):
            conn.execute(
                amount.insert().values(
                    **_stamp(conn),
                    project_id=row["id"],
                    kind=fdi_kind,
                    amount=Decimal(value),
                    currency="USD",
                    on_date=date(2026, 3 + i, 10),
                )
            )
    return ids


def _old_totals(conn: sa.Connection) -> dict[str, Decimal]:
    """The dashboard's year totals as 0011's dashboard computed them (USD sums of the year)."""
    rows = conn.execute(
        sa.text(
            "SELECT kind, SUM(amount) FROM fdi_amount WHERE currency = 'USD' AND deleted_at IS NULL "
            "AND on_date BETWEEN '2026-01-01' AND '2026-12-31' GROUP BY kind"
        )
    ).all()
    return {kind: Decimal(str(total)) for kind, total in rows}


def test_expansion_becomes_greenfield_plus_additional_with_amounts_and_totals_unchanged(db_url: str) -> None:
    db = open_database(db_url)
    try:
        migrate.upgrade(db, BEFORE)
        with db.engine.begin() as conn:
            ids = _old_rows(conn)
        with db.engine.connect() as conn:
            before = _old_totals(conn)
            amounts_before = sorted(
                (str(p), Decimal(str(a)))
                for p, a in conn.execute(sa.select(_typed("fdi_amount", "project_id", "amount")))
            )
        assert before == {"notified": Decimal("157000000.25"), "arrived": Decimal("52000000.75")}

        migrate.upgrade(db)

        with db.sessions() as session:
            expansion = session.get(Project, ids["expansion"])
            assert expansion is not None
            assert (expansion.project_type, expansion.new_or_additional) == (
                ProjectType.GREENFIELD,
                NewOrAdditional.ADDITIONAL,
            )
            greenfield, mna = session.get(Project, ids["greenfield"]), session.get(Project, ids["mna"])
            assert greenfield is not None and mna is not None
            assert (greenfield.project_type, greenfield.new_or_additional) == (
                ProjectType.GREENFIELD,
                NewOrAdditional.NEW,
            )
            assert (mna.project_type, mna.new_or_additional) == (ProjectType.MNA, NewOrAdditional.NEW)
            amounts_after = sorted((str(a.project_id), a.amount) for a in session.scalars(sa.select(FdiAmount)))
            assert amounts_after == amounts_before
            # The one country the investor had becomes its direct country too, until corrected.
            investor = session.scalars(sa.select(Investor)).one()
            assert investor.direct_country_id == investor.country_id == ref.reference_id("country", "NL")
            # Reference data corrected: 12 regional headquarters, no Jeju office, KBCs abroad.
            offices = session.scalars(sa.select(Office).where(Office.deleted_at.is_(None))).all()
            regional = sorted(o.code for o in offices if o.kind.value == "regional_hq")
            assert len(regional) == 12 and "RHQ-JJ" not in regional and "RHQ-GGN" in regional
            assert all(o.name_en.startswith("Korea Business Center") for o in offices if o.kind.value == "overseas")

        figures = dashboard.year_figures(Context(db=db, actor="tester", source="test"), 2026)
        assert figures.fdi_total.notified_usd == before["notified"]
        assert figures.fdi_total.arrived_usd == before["arrived"]
        assert figures.unconverted == () and figures.rates_used == ()
    finally:
        db.dispose()


def test_an_old_file_naming_a_renamed_fez_finds_the_zone_it_is_now(ctx: Context) -> None:
    from kotra_invest.importers.lookups import Lookups, is_expansion
    from kotra_invest.services.unit_of_work import unit_of_work

    with unit_of_work(ctx) as session:
        lookups = Lookups(session)
        assert lookups.reference("fez", "황해경제자유구역", "fez")[1] == "GGFEZ"  # type: ignore[index]
        assert lookups.reference("fez", "East Coast FEZ", "fez")[1] == "GWFEZ"  # type: ignore[index]
        # An old file's third type is greenfield + 증액.
        assert lookups.enum(ProjectType, "증설", "project_type") == "greenfield" and is_expansion("증설")
        assert lookups.enum(NewOrAdditional, "증액", "new_or_additional") == "additional"
    assert ref.MINISTRY[0] == "산업통상부"
