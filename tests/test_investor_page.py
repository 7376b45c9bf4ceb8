"""The investor page: facts, people, projects with 신고/도착, timeline and tasks in one consistent read."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from people import acting, team

from kotra_invest.domain.enums import CompanySize, FdiKind, InteractionKind, NewOrAdditional, ProjectType
from kotra_invest.domain.errors import NotFound, StaleRecord
from kotra_invest.services import records
from kotra_invest.services.contacts import CONTACT, ContactDraft
from kotra_invest.services.delegations import DelegationDraft, add_target, create_delegation
from kotra_invest.services.interactions import InteractionDraft, create_interaction, timeline
from kotra_invest.services.investors import (
    INVESTOR,
    InvestorDraft,
    create_investor,
    get_investor,
    investor_page,
    update_investor,
)
from kotra_invest.services.projects import FdiAmountDraft, ProjectDraft, add_fdi_amount, create_project
from kotra_invest.services.read_models import Cursor
from kotra_invest.services.tasks import TaskDraft, complete_task, create_task
from kotra_invest.services.unit_of_work import Context

NORVIK = InvestorDraft(
    name="Norvik Robotics AB",
    name_ko="노르빅 로보틱스",
    country_code="SE",
    industry_code="ROBOT",
    size=CompanySize.MIDSIZE,
    owner_login="tester",
    tags=("robot",),
    notes="First met at Automatica.",
)


@pytest.fixture
def investor(ctx: Context) -> uuid.UUID:
    team(ctx)
    return create_investor(ctx, NORVIK)


def test_the_page_gathers_everything_about_the_investor(ctx: Context, investor: uuid.UUID) -> None:
    anna = records.create(ctx, CONTACT, ContactDraft("Anna Lindqvist", investor, job_title="VP Asia"))
    plant = create_project(
        ctx, ProjectDraft(investor, "Cobot plant", ProjectType.GREENFIELD, "MOU", stage_since=date(2026, 3, 1))
    )
    create_project(
        ctx,
        ProjectDraft(
            investor,
            "R&D centre",
            ProjectType.GREENFIELD,
            "LEAD",
            stage_since=date(2026, 1, 1),
            new_or_additional=NewOrAdditional.ADDITIONAL,
        ),
    )
    add_fdi_amount(ctx, plant, FdiAmountDraft(FdiKind.NOTIFIED, "20000000", date(2026, 4, 1)))
    add_fdi_amount(ctx, plant, FdiAmountDraft(FdiKind.ARRIVED, "5000000", date(2026, 7, 1)))
    start = datetime(2026, 2, 1, 9, tzinfo=UTC)
    for day in range(5):
        create_interaction(
            ctx,
            InteractionDraft(
                InteractionKind.CALL, start + timedelta(days=day), f"Call {day}", investor, anna if day == 4 else None
            ),
        )
    done = create_task(ctx, TaskDraft("Send incentive sheet", date(2026, 5, 1), investor_id=investor))
    complete_task(ctx, done)
    create_task(ctx, TaskDraft("Book site visit", date(2026, 5, 3), project_id=plant))
    trip = create_delegation(
        ctx, DelegationDraft("대전 AI·로봇 투자유치단", 2026, ("KR-30",), title_en="Daejeon robotics")
    )
    add_target(ctx, trip, investor)

    page = investor_page(ctx, investor, timeline_limit=3, today=date(2026, 5, 2))
    assert (page.name, page.country, page.industry, page.size_label, page.owner) == (
        "Norvik Robotics AB",
        "Sweden",
        "Robotics",
        "Mid-sized company",
        "Kim Officer",
    )
    assert [c.full_name for c in page.contacts] == ["Anna Lindqvist"]
    assert [p.title for p in page.projects] == ["Cobot plant", "R&D centre"]  # latest stage move first
    assert (page.notified_usd, page.arrived_usd) == (Decimal("20000000.00"), Decimal("5000000.00"))
    assert [i.summary for i in page.timeline] == ["Call 4", "Call 3", "Call 2"] and page.timeline_more
    assert page.timeline[0].contact == "Anna Lindqvist"
    [task] = page.open_tasks
    assert (task.title, task.project, task.overdue) == ("Book site visit", "Cobot plant", False)
    assert page.delegations == (
        (trip, "Daejeon robotics (2026)", "Proposed"),
    )  # titles repeat yearly: the year tells them apart

    last = page.timeline[-1]
    rest = timeline(ctx, investor, after=Cursor(last.occurred_at, last.id), limit=10)
    assert [i.summary for i in rest.rows] == ["Call 1", "Call 0"] and rest.next is None


def test_another_teams_confidential_project_leaves_no_trace_on_the_page(ctx: Context, investor: uuid.UUID) -> None:
    secret = create_project(ctx, ProjectDraft(investor, "Gigafactory", confidential=True, code_name="Falcon"))
    add_fdi_amount(ctx, secret, FdiAmountDraft(FdiKind.NOTIFIED, "900000000", date(2026, 4, 1)))
    create_interaction(
        ctx,
        InteractionDraft(
            InteractionKind.MEETING,
            datetime(2026, 4, 2, tzinfo=UTC),
            "Gigafactory site shortlist",
            investor,
            project_id=secret,
        ),
    )
    create_task(ctx, TaskDraft("Falcon board memo", project_id=secret, assignee_login="other"))

    theirs = investor_page(acting(ctx, "other"), investor)
    assert (theirs.projects, theirs.timeline, theirs.open_tasks) == ((), (), ())
    assert theirs.notified_usd == 0
    mine = investor_page(acting(ctx, "mate"), investor)
    assert [p.title for p in mine.projects] == ["Gigafactory"] and mine.notified_usd == Decimal("900000000.00")
    assert len(mine.timeline) == 1 and len(mine.open_tasks) == 1


def test_get_investor_gives_the_draft_to_reload_or_overwrite(ctx: Context, investor: uuid.UUID) -> None:
    draft, version = get_investor(ctx, investor)
    assert draft == replace(NORVIK, country_code="SE") and version == 1
    update_investor(ctx, investor, version, replace(draft, website="https://norvik.se"))  # someone else saved
    with pytest.raises(StaleRecord):
        update_investor(ctx, investor, version, replace(draft, notes="mine"))
    fresh, fresh_version = get_investor(ctx, investor)  # "overwrite": my change on the fresh version
    update_investor(ctx, investor, fresh_version, replace(fresh, notes="mine"))
    page = investor_page(ctx, investor)
    assert (page.website, page.notes, page.version) == ("https://norvik.se", "mine", 3)
    records.delete(ctx, INVESTOR, investor)
    with pytest.raises(NotFound):
        investor_page(ctx, investor)
