"""Aftercare travels: a mission pack carries its investors' grievance cases, their projects'
incentive applications and milestones, and their enquiries; edited abroad, they merge home field
by field (SQLite and PostgreSQL); a confidential project's applications stay home."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from mission_data import Mission, build_home, open_pack_ctx

from kotra_invest.domain.aftercare_models import (
    CaseCategory,
    GrantingBody,
    IncentiveStatus,
    IncentiveType,
    MilestoneStep,
)
from kotra_invest.domain.errors import NotFound
from kotra_invest.services import aftercare, incentives, records
from kotra_invest.services.unit_of_work import Context
from kotra_invest.sync.merge import apply_merge, plan_merge
from kotra_invest.sync.pack import export_pack


@pytest.fixture
def mission(ctx: Context) -> Mission:
    return build_home(ctx)


def test_a_case_and_an_incentive_edited_abroad_merge_home_field_by_field(
    ctx: Context, mission: Mission, tmp_path: Path
) -> None:
    case_id = records.create(
        ctx,
        aftercare.CASE,
        aftercare.CaseDraft(
            mission.acme, "Customs ruling on robot arms", CaseCategory.CUSTOMS, date(2026, 3, 2), agency="관세청"
        ),
    )
    grant_id = records.create(
        ctx,
        incentives.INCENTIVE,
        incentives.IncentiveDraft(
            IncentiveType.CASH_GRANT, GrantingBody.MINISTRY, amount="3000000000", applied_on=date(2026, 3, 3)
        ),
        project_id=mission.project,
    )
    step_id = records.create(
        ctx,
        incentives.MILESTONE,
        incentives.MilestoneDraft(MilestoneStep.REMITTANCE, date(2026, 3, 4)),
        project_id=mission.project,
    )
    path = tmp_path / "mission.kipack"
    export_pack(ctx, mission.delegation, path)

    # Abroad: the case is taken up with the investor, the grant's approval is heard, a new grievance noted.
    pctx = open_pack_ctx(path)
    try:
        draft, version = records.get(pctx, aftercare.CASE, case_id)
        records.update(pctx, aftercare.CASE, case_id, version, aftercare.acknowledged(draft, date(2026, 4, 14)))
        draft, version = records.get(pctx, incentives.INCENTIVE, grant_id)
        records.update(
            pctx,
            incentives.INCENTIVE,
            grant_id,
            version,
            incentives.moved_to(draft, IncentiveStatus.APPROVED, date(2026, 4, 15)),
        )
        new_case = records.create(
            pctx,
            aftercare.CASE,
            aftercare.CaseDraft(mission.acme, "Housing for expat engineers", CaseCategory.LIVING, date(2026, 4, 15)),
        )
        assert [r.step for r in incentives.milestone_list(pctx)] == ["remittance"]  # the milestone travelled too
    finally:
        pctx.db.dispose()
    # Meanwhile at home: another field of the same case, and the grant's conditions.
    draft, version = records.get(ctx, aftercare.CASE, case_id)
    records.update(ctx, aftercare.CASE, case_id, version, replace(draft, agency="관세청 통관기획과"))
    draft, version = records.get(ctx, incentives.INCENTIVE, grant_id)
    records.update(ctx, incentives.INCENTIVE, grant_id, version, replace(draft, jobs_required=80, keep_years=5))

    plan = plan_merge(ctx, path)
    assert plan.conflicts == ()
    changed = {(c.entity, c.field) for c in plan.updates}
    assert {
        ("grievance_case", "status"),
        ("grievance_case", "acknowledged_on"),
        ("incentive_application", "status"),
        ("incentive_application", "approved_on"),
    } <= changed
    apply_merge(ctx, plan)

    [case] = [c for c in aftercare.case_list(ctx) if c.id == case_id]
    assert (case.status, case.acknowledged_on, case.agency) == ("acknowledged", date(2026, 4, 14), "관세청 통관기획과")
    [grant] = incentives.incentive_list(ctx, project_id=mission.project)
    assert (grant.status, grant.approved_on, grant.jobs_required, grant.keep_years) == (
        "approved",
        date(2026, 4, 15),
        80,
        5,
    )
    assert "Housing for expat engineers" in [c.subject for c in aftercare.case_list(ctx, investor_id=mission.acme)]
    assert new_case in [c.id for c in aftercare.case_list(ctx)]
    assert records.get(ctx, incentives.MILESTONE, step_id)[0].step == MilestoneStep.REMITTANCE


def test_a_confidential_projects_application_stays_home(ctx: Context, mission: Mission, tmp_path: Path) -> None:
    from kotra_invest.services.unit_of_work import Context as Ctx

    keeper = Ctx(db=ctx.db, actor="home-admin", source="test")  # the admin seeds what the keeper owns
    secret_grant = records.create(
        keeper,
        incentives.INCENTIVE,
        incentives.IncentiveDraft(IncentiveType.LOCAL_TAX, GrantingBody.LOCAL_GOVERNMENT, applied_on=date(2026, 3, 3)),
        project_id=mission.secret,
    )
    path = tmp_path / "mission.kipack"
    export_pack(ctx, mission.delegation, path)
    pctx = open_pack_ctx(path)
    try:
        with pytest.raises(NotFound):
            records.get(pctx, incentives.INCENTIVE, secret_grant)
        assert incentives.incentive_list(pctx) == []
    finally:
        pctx.db.dispose()


def test_merging_two_investors_moves_the_droppeds_cases_and_enquiries(ctx: Context, mission: Mission) -> None:
    from kotra_invest.domain.aftercare_models import EnquirySource
    from kotra_invest.services.merging import merge_investors, unmerge

    case_id = records.create(
        ctx,
        aftercare.CASE,
        aftercare.CaseDraft(mission.borg, "Visa for the plant manager", CaseCategory.LIVING, date(2026, 3, 2)),
    )
    enquiry_id = records.create(
        ctx,
        aftercare.ENQUIRY,
        aftercare.EnquiryDraft("Land rent", EnquirySource.EMAIL, date(2026, 3, 3), investor_id=mission.borg),
    )
    result = merge_investors(ctx, mission.acme, mission.borg)
    assert [c.id for c in aftercare.case_list(ctx, investor_id=mission.acme)] == [case_id]
    assert [e.investor_id for e in aftercare.enquiry_list(ctx) if e.id == enquiry_id] == [mission.acme]
    unmerge(ctx, result)
    assert [c.id for c in aftercare.case_list(ctx, investor_id=mission.borg)] == [case_id]


def test_an_enquiry_and_a_milestone_edited_abroad_merge_home_field_by_field(
    ctx: Context, mission: Mission, tmp_path: Path
) -> None:
    from kotra_invest.domain.aftercare_models import EnquirySource

    enquiry_id = records.create(
        ctx,
        aftercare.ENQUIRY,
        aftercare.EnquiryDraft("Land near Cheongju", EnquirySource.EMAIL, date(2026, 3, 3), investor_id=mission.acme),
    )
    step_id = records.create(
        ctx,
        incentives.MILESTONE,
        incentives.MilestoneDraft(MilestoneStep.SECURITY_REVIEW, date(2026, 3, 4)),
        project_id=mission.project,
    )
    path = tmp_path / "mission.kipack"
    export_pack(ctx, mission.delegation, path)
    pctx = open_pack_ctx(path)
    try:  # abroad: the enquiry answered at the meeting, the review's end heard from the investor
        draft, version = records.get(pctx, aftercare.ENQUIRY, enquiry_id)
        answered = aftercare.enquiry_answered(draft, date(2026, 4, 14), "Three plots shown")
        records.update(pctx, aftercare.ENQUIRY, enquiry_id, version, answered)
        draft, version = records.get(pctx, incentives.MILESTONE, step_id)
        records.update(pctx, incentives.MILESTONE, step_id, version, replace(draft, ends_on=date(2026, 4, 10)))
    finally:
        pctx.db.dispose()
    # Meanwhile at home: other fields of the same two records.
    draft, version = records.get(ctx, aftercare.ENQUIRY, enquiry_id)
    records.update(ctx, aftercare.ENQUIRY, enquiry_id, version, replace(draft, contact_name="Ingrid Berg"))
    draft, version = records.get(ctx, incentives.MILESTONE, step_id)
    records.update(ctx, incentives.MILESTONE, step_id, version, replace(draft, document="심사 결과 통지서"))

    plan = plan_merge(ctx, path)
    assert plan.conflicts == ()
    apply_merge(ctx, plan)
    enquiry = records.get(ctx, aftercare.ENQUIRY, enquiry_id)[0]
    assert (enquiry.answered_on, enquiry.answer, enquiry.contact_name) == (
        date(2026, 4, 14),
        "Three plots shown",
        "Ingrid Berg",
    )
    step = records.get(ctx, incentives.MILESTONE, step_id)[0]
    assert (step.ends_on, step.document) == (date(2026, 4, 10), "심사 결과 통지서")
