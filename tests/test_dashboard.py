"""The year's figures: delegations against the target, the pipeline, 신고 vs 도착 by region."""

from __future__ import annotations

import threading
import uuid
from datetime import date
from decimal import Decimal

import pytest

from kotra_invest.domain.enums import DelegationStatus, FdiKind, NewOrAdditional, ProjectType, Role, TaskStatus
from kotra_invest.domain.errors import DomainError
from kotra_invest.domain.models import FdiAmount, Officer, Project, Task
from kotra_invest.domain.reference_data import reference_id
from kotra_invest.services.dashboard import UNASSIGNED, load_dashboard, overdue_tasks, upcoming_trips, year_figures
from kotra_invest.services.delegations import DelegationDraft, DestinationDraft, create_delegation
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.read_models import Amounts, DelegationTally, OverdueTasks
from kotra_invest.services.unit_of_work import Context, unit_of_work
from kotra_invest.store.engine import Database


def _project(ctx: Context, province: str, stage: str, amounts: list[tuple[FdiKind, str, date, str]]) -> None:
    investor = create_investor(ctx, InvestorDraft(name=f"Investor in {province}"))
    with unit_of_work(ctx) as session:
        project = Project(
            investor_id=investor,
            title="Plant",
            project_type=ProjectType.GREENFIELD,
            stage_id=reference_id("pipeline_stage", stage),
            target_province_id=reference_id("province", province),
        )
        project.fdi_amounts = [FdiAmount(kind=k, amount=Decimal(a), on_date=d, currency=c) for k, a, d, c in amounts]
        session.add(project)
        session.commit()


def test_figures_sum_notified_and_arrived_by_region_for_the_year_only(ctx: Context) -> None:
    notified, arrived = FdiKind.NOTIFIED, FdiKind.ARRIVED
    _project(
        ctx,
        "KR-31",
        "ARRIVED",
        [
            (notified, "120000000.00", date(2026, 2, 1), "USD"),
            (arrived, "50000000.00", date(2026, 6, 1), "USD"),
            (arrived, "70000000.00", date(2027, 1, 15), "USD"),
        ],
    )
    _project(
        ctx,
        "KR-41",
        "NOTIFIED",
        [(notified, "80000000.50", date(2026, 9, 9), "USD"), (notified, "999.00", date(2025, 12, 31), "USD")],
    )
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
        create_delegation(
            ctx,
            DelegationDraft(
                title=title, year=2026, lead_province_codes=(lead,), target_industry_code="HYDROGEN", status=status
            ),
        )
    create_delegation(ctx, DelegationDraft(title="2025 유치단", year=2025, lead_province_codes=("KR-11",)))

    figures = year_figures(ctx, 2026)

    assert figures.delegations_by_region == {"SE": 2, "JB": 1}
    assert figures.delegations_by_status == {"done": 1, "confirmed": 1, "cancelled": 1}
    assert figures.delegations_by_industry == {"HYDROGEN": 3}
    assert figures.delegation_target == 36


def test_fdi_of_a_project_without_a_target_province_still_counts_in_the_total(ctx: Context) -> None:
    investor = create_investor(ctx, InvestorDraft(name="Undecided Site Inc."))
    with unit_of_work(ctx) as session:
        project = Project(
            investor_id=investor,
            title="Site open",
            project_type=ProjectType.GREENFIELD,
            new_or_additional=NewOrAdditional.ADDITIONAL,
            stage_id=reference_id("pipeline_stage", "NOTIFIED"),
        )
        project.fdi_amounts = [FdiAmount(kind=FdiKind.NOTIFIED, amount=Decimal("50000000"), on_date=date(2026, 5, 5))]
        session.add(project)
        session.commit()
    figures = year_figures(ctx, 2026)
    assert figures.fdi_total.notified_usd == Decimal("50000000")
    assert figures.fdi_non_capital.notified_usd == Decimal(0)  # not known to be outside the capital region


def _fdi_project(
    ctx: Context, province: str | None, industry: str | None, fez: str | None, notified: str, arrived: str = "0"
) -> None:
    investor = create_investor(ctx, InvestorDraft(name=f"Investor {province} {industry} {fez}"))
    with unit_of_work(ctx) as session:
        project = Project(
            investor_id=investor,
            title="Plant",
            project_type=ProjectType.GREENFIELD,
            stage_id=reference_id("pipeline_stage", "NOTIFIED"),
            target_province_id=reference_id("province", province) if province else None,
            industry_id=reference_id("industry", industry) if industry else None,
            fez_id=reference_id("fez", fez) if fez else None,
        )
        project.fdi_amounts = [FdiAmount(kind=FdiKind.NOTIFIED, amount=Decimal(notified), on_date=date(2026, 4, 1))]
        if arrived != "0":
            project.fdi_amounts.append(
                FdiAmount(kind=FdiKind.ARRIVED, amount=Decimal(arrived), on_date=date(2026, 8, 1))
            )
        session.add(project)
        session.commit()


def test_fdi_is_also_summed_by_industry_and_by_fez(ctx: Context) -> None:
    _fdi_project(ctx, "KR-31", "HYDROGEN", "UFEZ", "300000000", "100000000")
    _fdi_project(ctx, "KR-31", "BATTERY", None, "50000000")
    _fdi_project(ctx, "KR-26", "HYDROGEN", "BJFEZ", "20000000", "5000000")
    _fdi_project(ctx, None, None, None, "7000000")

    figures = year_figures(ctx, 2026)

    assert figures.fdi_by_industry["HYDROGEN"] == Amounts(Decimal("320000000"), Decimal("105000000"))
    assert figures.fdi_by_industry["BATTERY"].notified_usd == Decimal("50000000")
    assert figures.fdi_by_industry[UNASSIGNED].notified_usd == Decimal("7000000")
    assert figures.fdi_by_fez["UFEZ"] == Amounts(Decimal("300000000"), Decimal("100000000"))
    assert figures.fdi_by_fez["BJFEZ"].arrived_usd == Decimal("5000000")
    assert figures.fdi_by_fez[UNASSIGNED].notified_usd == Decimal("57000000")  # outside any FEZ
    assert figures.fdi_by_region["SE"].notified_usd == Decimal("370000000")
    # Each view adds up to the same year's total.
    for view in (figures.fdi_by_region, figures.fdi_by_industry, figures.fdi_by_fez):
        assert sum(a.notified_usd for a in view.values()) == figures.fdi_total.notified_usd == Decimal("377000000")


def test_delegations_dispatched_and_planned_by_region_and_industry(ctx: Context) -> None:
    for lead, industry, status in [
        ("KR-31", "HYDROGEN", DelegationStatus.DONE),
        ("KR-26", "HYDROGEN", DelegationStatus.TRAVELLING),
        ("KR-48", "SHIP", DelegationStatus.PLANNING),
        ("KR-30", None, DelegationStatus.CONFIRMED),
        ("KR-45", "BATTERY", DelegationStatus.CANCELLED),
    ]:
        create_delegation(
            ctx,
            DelegationDraft(
                title=f"{lead} 유치단",
                year=2026,
                lead_province_codes=(lead,),
                target_industry_code=industry,
                status=status,
            ),
        )

    figures = year_figures(ctx, 2026)

    assert figures.delegations == DelegationTally(dispatched=2, planned=2, cancelled=1)
    assert figures.delegations.counted == 4
    assert figures.delegations_by_region_tally["SE"] == DelegationTally(dispatched=2, planned=1)
    assert figures.delegations_by_region_tally["CC"] == DelegationTally(planned=1)
    assert figures.delegations_by_region_tally["JB"] == DelegationTally(cancelled=1)
    assert figures.delegations_by_industry_tally["HYDROGEN"] == DelegationTally(dispatched=2)
    assert figures.delegations_by_industry_tally[UNASSIGNED] == DelegationTally(planned=1)
    assert figures.delegations_by_industry == {"HYDROGEN": 2, "SHIP": 1, "BATTERY": 1}


def test_reference_names_come_in_the_callers_language_and_display_order(db: Database) -> None:
    korean = year_figures(Context(db, "tester", lang="ko"), 2026).names
    english = year_figures(Context(db, "tester", lang="en"), 2026).names
    assert list(korean.regions)[:2] == ["CAP", "SE"] and len(korean.regions) == 8
    assert korean.regions["CAP"] == "수도권" and english.regions["CAP"] == "Capital Region"
    assert korean.stages["NOTIFIED"] == "신고" and english.stage_kinds["LOST"] == "side"
    assert english.fezs["UFEZ"] == "Ulsan FEZ" and korean.industries["HYDROGEN"] == "수소"
    assert year_figures(Context(db, "tester"), 2026).delegations == DelegationTally()  # empty database


def test_upcoming_trips_are_on_the_road_or_ahead_soonest_first_in_the_callers_language(db: Database) -> None:
    ko, en = Context(db, "tester", lang="ko"), Context(db, "tester", lang="en")
    today = date(2026, 5, 10)

    def trip(title: str, start: date, end: date, status: DelegationStatus, title_en: str | None = None) -> uuid.UUID:
        return create_delegation(
            ko,
            DelegationDraft(
                title=title,
                title_en=title_en,
                year=2026,
                lead_province_codes=("KR-31",),
                starts_on=start,
                ends_on=end,
                status=status,
                destinations=(
                    DestinationDraft("DE", "Munich", "Europe/Berlin", city_ko="뮌헨"),
                    DestinationDraft("NL", "Rotterdam", "Europe/Amsterdam"),
                ),
            ),
        )

    on_road = trip(
        "울산 수소 유치단", date(2026, 5, 8), date(2026, 5, 14), DelegationStatus.TRAVELLING, "Ulsan hydrogen"
    )
    later = trip("부산 물류 유치단", date(2026, 9, 1), date(2026, 9, 6), DelegationStatus.PLANNING)
    soon = trip("경남 조선 유치단", date(2026, 6, 1), date(2026, 6, 5), DelegationStatus.CONFIRMED)
    trip("지난 유치단", date(2026, 3, 1), date(2026, 3, 5), DelegationStatus.DONE)
    trip("취소된 유치단", date(2026, 7, 1), date(2026, 7, 5), DelegationStatus.CANCELLED)

    trips = upcoming_trips(ko, today, limit=10)
    assert [t.id for t in trips] == [on_road, soon, later]
    assert trips[0].days_to_departure == -2 and trips[1].days_to_departure == 22
    assert trips[0].cities == ("뮌헨 (DE)", "Rotterdam (NL)")
    assert trips[1].status_label == "확정"
    english = upcoming_trips(en, today, limit=2)
    assert [t.title for t in english] == ["Ulsan hydrogen", "경남 조선 유치단"]  # no English title: the Korean one
    assert english[0].cities[0] == "Munich (DE)" and english[1].status_label == "Confirmed"


def test_overdue_tasks_are_the_signed_in_officers_open_ones_past_due(ctx: Context) -> None:
    today = date(2026, 11, 25)
    investor = create_investor(ctx, InvestorDraft(name="Hanseatic BioPharma GmbH", name_ko="한자 바이오파마"))
    delegation = create_delegation(
        ctx,
        DelegationDraft(
            title="울산 수소 유치단", title_en="Ulsan hydrogen delegation", year=2026, lead_province_codes=("KR-31",)
        ),
    )
    with unit_of_work(ctx) as session:
        me = Officer(login="tester", name="테스터", role=Role.OFFICER)
        colleague = Officer(login="colleague", name="동료", role=Role.OFFICER)
        session.add_all([me, colleague])
        session.flush()
        secret = Project(
            investor_id=investor,
            title="Secret Plant",
            project_type=ProjectType.GREENFIELD,
            stage_id=reference_id("pipeline_stage", "MEETING"),
            confidential=True,
            code_name="Project Falcon",
            owner_id=colleague.id,
        )
        session.add(secret)
        session.flush()
        session.add_all(
            [
                Task(
                    title="Send incentive sheet",
                    due_on=date(2026, 11, 1),
                    assignee_id=me.id,
                    investor_id=investor,
                    project_id=secret.id,
                ),
                Task(title="브리핑 자료 작성", due_on=date(2026, 11, 20), assignee_id=me.id, delegation_id=delegation),
                Task(title="Call back", due_on=date(2026, 11, 24), assignee_id=me.id, investor_id=investor),
                Task(title="Not yet due", due_on=today, assignee_id=me.id),
                Task(title="Done already", due_on=date(2026, 10, 1), assignee_id=me.id, status=TaskStatus.DONE),
                Task(title="Someone else's", due_on=date(2026, 10, 1), assignee_id=colleague.id),
            ]
        )
        session.commit()

    overdue = overdue_tasks(ctx, today, limit=2)

    assert overdue.total == 3
    assert [t.title for t in overdue.rows] == ["Send incentive sheet", "브리핑 자료 작성"]
    first, second = overdue.rows
    assert first.days_overdue == 24 and first.about_kind == "project"
    # The confidential project of a colleague in another team is named by its code name only.
    assert first.about == "Hanseatic BioPharma GmbH · Project Falcon"
    assert second.about_kind == "delegation" and second.about_id == delegation
    assert second.about == ("울산 수소 유치단" if ctx.lang == "ko" else "Ulsan hydrogen delegation")
    assert overdue_tasks(Context(ctx.db, "colleague"), today).total == 1
    assert overdue_tasks(Context(ctx.db, "nobody"), today) == OverdueTasks((), 0)


def test_load_dashboard_reports_progress_and_stops_when_cancelled(ctx: Context) -> None:
    create_delegation(
        ctx,
        DelegationDraft(
            title="유치단",
            year=2026,
            lead_province_codes=("KR-31",),
            starts_on=date(2026, 12, 1),
            ends_on=date(2026, 12, 5),
        ),
    )
    seen: list[tuple[int, int]] = []
    data = load_dashboard(ctx, 2026, date(2026, 11, 25), progress=lambda d, t: seen.append((d, t)))
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert data.figures.delegations.planned == 1 and len(data.trips) == 1 and data.overdue.total == 0

    cancel = threading.Event()

    def cancel_after_first(done: int, total: int) -> None:
        if done == 1:
            cancel.set()

    with pytest.raises(DomainError) as raised:
        load_dashboard(ctx, 2026, date(2026, 11, 25), progress=cancel_after_first, cancel=cancel)
    assert raised.value.code == "cancelled"
