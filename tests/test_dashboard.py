"""The year's figures: delegations against the target, the pipeline, 신고 vs 도착 by region."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kotra_invest.domain.enums import DelegationStatus, FdiKind, ProjectType
from kotra_invest.domain.models import FdiAmount, Project
from kotra_invest.domain.reference_data import reference_id
from kotra_invest.services.dashboard import year_figures
from kotra_invest.services.delegations import DelegationDraft, create_delegation
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context, unit_of_work


def _project(ctx: Context, province: str, stage: str, amounts: list[tuple[FdiKind, str, date, str]]) -> None:
    investor = create_investor(ctx, InvestorDraft(name=f"Investor in {province}"))
    with unit_of_work(ctx) as session:
        project = Project(
            investor_id=investor, title="Plant", project_type=ProjectType.GREENFIELD,
            stage_id=reference_id("pipeline_stage", stage), target_province_id=reference_id("province", province),
        )  # fmt: skip
        project.fdi_amounts = [FdiAmount(kind=k, amount=Decimal(a), on_date=d, currency=c) for k, a, d, c in amounts]
        session.add(project)
        session.commit()


def test_figures_sum_notified_and_arrived_by_region_for_the_year_only(ctx: Context) -> None:
    notified, arrived = FdiKind.NOTIFIED, FdiKind.ARRIVED
    _project(ctx, "KR-31", "ARRIVED", [(notified, "120000000.00", date(2026, 2, 1), "USD"),
                                      (arrived, "50000000.00", date(2026, 6, 1), "USD"),
                                      (arrived, "70000000.00", date(2027, 1, 15), "USD")])  # fmt: skip
    _project(ctx, "KR-41", "NOTIFIED", [(notified, "80000000.50", date(2026, 9, 9), "USD"),
                                       (notified, "999.00", date(2025, 12, 31), "USD")])  # fmt: skip
    _project(ctx, "KR-45", "MEETING", [(notified, "5000000000", date(2026, 3, 3), "KRW")])  # not USD: not summed

    figures = year_figures(ctx, 2026)

    assert figures.fdi_by_region["SE"].notified_usd == Decimal("120000000.00")
    assert figures.fdi_by_region["SE"].arrived_usd == Decimal("50000000.00")
    assert figures.fdi_by_region["CAP"].notified_usd == Decimal("80000000.50")
    assert "JB" not in figures.fdi_by_region
    assert figures.fdi_total.notified_usd == Decimal("200000000.50")
    assert figures.fdi_non_capital.notified_usd == Decimal("120000000.00")
    assert figures.projects_by_stage == {"ARRIVED": 1, "NOTIFIED": 1, "MEETING": 1}


def test_delegations_count_by_lead_region_status_and_industry(ctx: Context) -> None:
    for title, lead, status in [
        ("울산 수소 투자유치단", "KR-31", DelegationStatus.DONE),
        ("부산 물류 투자유치단", "KR-26", DelegationStatus.CONFIRMED),
        ("전북 이차전지 투자유치단", "KR-45", DelegationStatus.CANCELLED),
    ]:
        create_delegation(ctx, DelegationDraft(title=title, year=2026, lead_province_codes=(lead,),
                                               target_industry_code="HYDROGEN", status=status))  # fmt: skip
    create_delegation(ctx, DelegationDraft(title="2025 유치단", year=2025, lead_province_codes=("KR-11",)))

    figures = year_figures(ctx, 2026)

    assert figures.delegations_by_region == {"SE": 2, "JB": 1}
    assert figures.delegations_by_status == {"done": 1, "confirmed": 1, "cancelled": 1}
    assert figures.delegations_by_industry == {"HYDROGEN": 3}
    assert figures.delegation_target == 36


def test_fdi_of_a_project_without_a_target_province_still_counts_in_the_total(ctx: Context) -> None:
    investor = create_investor(ctx, InvestorDraft(name="Undecided Site Inc."))
    with unit_of_work(ctx) as session:
        project = Project(investor_id=investor, title="Site open", project_type=ProjectType.EXPANSION,
                          stage_id=reference_id("pipeline_stage", "NOTIFIED"))  # fmt: skip
        project.fdi_amounts = [FdiAmount(kind=FdiKind.NOTIFIED, amount=Decimal("50000000"), on_date=date(2026, 5, 5))]
        session.add(project)
        session.commit()
    figures = year_figures(ctx, 2026)
    assert figures.fdi_total.notified_usd == Decimal("50000000")
    assert figures.fdi_non_capital.notified_usd == Decimal(0)  # not known to be outside the capital region
