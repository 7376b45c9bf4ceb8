"""The dashboard's figures for a year: delegations against the target, pipeline, 신고 vs 도착."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from kotra_invest.domain.enums import FdiKind
from kotra_invest.domain.models import (
    Delegation,
    DelegationProvince,
    FdiAmount,
    Industry,
    PipelineStage,
    Project,
    Province,
    Region,
)
from kotra_invest.services import access
from kotra_invest.services.read_models import Amounts, YearFigures
from kotra_invest.services.unit_of_work import Context, unit_of_work

# The 2026 plan: at least 36 investment-attraction delegations a year.
DELEGATION_TARGET = 36
# The key under which FDI of projects with no target province yet is counted.
UNASSIGNED = "UNASSIGNED"


def year_figures(ctx: Context, year: int) -> YearFigures:
    first, last = date(year, 1, 1), date(year, 12, 31)
    live_delegation = (Delegation.year == year, Delegation.deleted_at.is_(None))
    with unit_of_work(ctx) as session:
        # Another team's confidential projects stay out of the figures too: a total that moves
        # when one is added would give it away.
        visible = access.visible_projects(access.principal(session, ctx))
        by_status = dict(
            session.execute(
                select(Delegation.status, func.count()).where(*live_delegation).group_by(Delegation.status)
            ).all()
        )
        by_region = dict(
            session.execute(
                select(Region.code, func.count(func.distinct(Delegation.id)))
                .join(DelegationProvince, DelegationProvince.delegation_id == Delegation.id)
                .join(Province, Province.id == DelegationProvince.province_id)
                .join(Region, Region.id == Province.region_id)
                .where(*live_delegation, DelegationProvince.is_lead.is_(True), DelegationProvince.deleted_at.is_(None))
                .group_by(Region.code)
            ).all()
        )
        by_industry = dict(
            session.execute(
                select(Industry.code, func.count())
                .join(Delegation, Delegation.target_industry_id == Industry.id)
                .where(*live_delegation)
                .group_by(Industry.code)
            ).all()
        )
        by_stage = dict(
            session.execute(
                select(PipelineStage.code, func.count())
                .join(Project, Project.stage_id == PipelineStage.id)
                .where(Project.deleted_at.is_(None), visible)
                .group_by(PipelineStage.code)
            ).all()
        )
        sums = session.execute(
            select(Region.code, FdiAmount.kind, func.sum(FdiAmount.amount))
            .join(Project, Project.id == FdiAmount.project_id)
            # A project whose target province is not decided yet still counts in the total.
            .outerjoin(Province, Province.id == Project.target_province_id)
            .outerjoin(Region, Region.id == Province.region_id)
            .where(
                FdiAmount.on_date.between(first, last),
                FdiAmount.currency == "USD",
                FdiAmount.deleted_at.is_(None),
                Project.deleted_at.is_(None),
                visible,
            )
            .group_by(Region.code, FdiAmount.kind)
        ).all()
    totals: dict[str, dict[FdiKind, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for region, kind, amount in sums:
        totals[region or UNASSIGNED][FdiKind(kind)] += Decimal(amount or 0)
    by_region_fdi = {r: Amounts(v[FdiKind.NOTIFIED], v[FdiKind.ARRIVED]) for r, v in totals.items()}

    def total(regions: list[str]) -> Amounts:
        chosen = [by_region_fdi[r] for r in regions]
        return Amounts(
            sum((a.notified_usd for a in chosen), Decimal(0)), sum((a.arrived_usd for a in chosen), Decimal(0))
        )

    return YearFigures(
        year=year,
        delegations_by_status={getattr(k, "value", k): v for k, v in by_status.items()},
        delegations_by_region=by_region,
        delegations_by_industry=by_industry,
        projects_by_stage=by_stage,
        fdi_by_region=by_region_fdi,
        fdi_total=total(list(by_region_fdi)),
        fdi_non_capital=total([r for r in by_region_fdi if r not in ("CAP", UNASSIGNED)]),
        delegation_target=DELEGATION_TARGET,
    )
