"""A project after 신고: its incentive applications and its procedure milestones.

An application moves applied → approved → paid (or is refused, withdrawn, clawed back); each step
keeps its own date, and the dates must follow one another. Milestones are the dated steps of the
procedure (remittance, incorporation, business registration, 외국인투자기업 등록, a national-security
review with its start and end), each with who recorded it. Both live and die with their project's
confidentiality: a hidden project's applications do not exist for the caller.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kotra_invest.domain.aftercare_models import (
    GrantingBody,
    IncentiveApplication,
    IncentiveStatus,
    IncentiveType,
    MilestoneStep,
    ProcedureMilestone,
)
from kotra_invest.domain.errors import ValidationError
from kotra_invest.domain.models import Investor, Officer, Project
from kotra_invest.services import access
from kotra_invest.services import validation as check
from kotra_invest.services.access import Principal
from kotra_invest.services.records import Kind, project_shown, visible_project
from kotra_invest.services.unit_of_work import Context, unit_of_work

# --- incentive applications --------------------------------------------------------------------


@dataclass(frozen=True)
class IncentiveDraft:
    incentive_type: IncentiveType
    granting_body: GrantingBody
    status: IncentiveStatus = IncentiveStatus.APPLIED
    granting_body_name: str | None = None
    amount: Decimal | str | None = None
    currency: str = "KRW"
    applied_on: date | None = None
    approved_on: date | None = None
    paid_on: date | None = None
    jobs_required: int | None = None
    keep_years: int | None = None
    conditions: str | None = None
    clawback: str | None = None
    notes: str | None = None


# The date each status needs (a paid grant was approved and applied for first).
_NEEDS: dict[IncentiveStatus, tuple[str, ...]] = {
    IncentiveStatus.APPLIED: ("applied_on",),
    IncentiveStatus.APPROVED: ("applied_on", "approved_on"),
    IncentiveStatus.PAID: ("applied_on", "approved_on", "paid_on"),
    IncentiveStatus.CLAWED_BACK: ("applied_on", "approved_on"),
}


def _check_incentive(draft: IncentiveDraft) -> tuple[IncentiveType, GrantingBody, IncentiveStatus, Decimal | None, str]:
    if draft.incentive_type is None:
        raise ValidationError("required", field="incentive_type")
    if draft.granting_body is None:
        raise ValidationError("required", field="granting_body")
    status = IncentiveStatus(draft.status)
    for field in _NEEDS.get(status, ()):
        if getattr(draft, field) is None:
            raise ValidationError("status_needs_date", field=field)
    previous: tuple[str, date] | None = None
    for field in ("applied_on", "approved_on", "paid_on"):
        day = getattr(draft, field)
        if day is None:
            continue
        if previous is not None and day < previous[1]:
            raise ValidationError("steps_out_of_order", field=field)
        previous = (field, day)
    for field in ("jobs_required", "keep_years"):
        value = getattr(draft, field)
        if value is not None and not 0 <= int(value) <= 1_000_000:
            raise ValidationError("invalid_value", field=field, value=value)
    return (
        IncentiveType(draft.incentive_type),
        GrantingBody(draft.granting_body),
        status,
        check.amount(draft.amount, "amount"),
        check.currency(draft.currency),
    )


def _write_incentive(
    session: Session, who: Principal, a: IncentiveApplication, draft: IncentiveDraft, creating: bool
) -> None:
    kind, body, status, amount, currency = _check_incentive(draft)
    if creating:
        visible_project(session, who, a.project_id)  # a live project the officer may see
    a.incentive_type, a.granting_body, a.status, a.amount, a.currency = kind, body, status, amount, currency
    a.granting_body_name = check.text(draft.granting_body_name, "granting_body", max_length=160)
    a.applied_on, a.approved_on, a.paid_on = draft.applied_on, draft.approved_on, draft.paid_on
    a.jobs_required, a.keep_years = draft.jobs_required, draft.keep_years
    a.conditions, a.clawback, a.notes = (
        check.text(draft.conditions, "conditions"),
        check.text(draft.clawback, "clawback"),
        check.text(draft.notes, "notes"),
    )


def _read_incentive(_session: Session, a: IncentiveApplication) -> IncentiveDraft:
    return IncentiveDraft(
        a.incentive_type,
        a.granting_body,
        a.status,
        a.granting_body_name,
        a.amount,
        a.currency,
        a.applied_on,
        a.approved_on,
        a.paid_on,
        a.jobs_required,
        a.keep_years,
        a.conditions,
        a.clawback,
        a.notes,
    )


INCENTIVE: Kind[IncentiveApplication, IncentiveDraft] = Kind(
    "incentive_application",
    IncentiveApplication,
    _read_incentive,
    _write_incentive,
    visible=lambda s, who, a: project_shown(s, who, a.project_id),
    documents="incentive",  # the application's papers go and come back with it
)


# Where an application may be when it is approved or paid (approving twice changes nothing).
_FORWARD = {
    IncentiveStatus.APPROVED: (IncentiveStatus.APPLIED, IncentiveStatus.APPROVED),
    IncentiveStatus.PAID: (IncentiveStatus.APPLIED, IncentiveStatus.APPROVED, IncentiveStatus.PAID),
}


def moved_to(draft: IncentiveDraft, status: IncentiveStatus, on: date) -> IncentiveDraft:
    """The application one step on: approved or paid on `on` (the earlier steps keep their dates).

    Only forward in the ordinary course: a paid application is not approved again (its status
    would go back while its payment date stayed), nor a refused, withdrawn or clawed-back one
    approved or paid; such a change is an edit of its status."""
    current = IncentiveStatus(draft.status)
    if status in _FORWARD and current not in _FORWARD[status]:
        raise ValidationError(
            "incentive_not_forward",
            field="status",
            value_ko=current.label("ko"),
            value_en=current.label("en").lower(),
            target_ko=status.label("ko"),
            target_en=status.label("en").lower(),
        )
    if status is IncentiveStatus.APPROVED:
        return replace(draft, status=status, approved_on=draft.approved_on or on)
    if status is IncentiveStatus.PAID:
        return replace(draft, status=status, paid_on=draft.paid_on or on)
    return replace(draft, status=status)


def next_status(status: str) -> IncentiveStatus | None:
    """Where an application goes from `status` in the ordinary course (None at the end)."""
    return {
        IncentiveStatus.APPLIED.value: IncentiveStatus.APPROVED,
        IncentiveStatus.APPROVED.value: IncentiveStatus.PAID,
    }.get(status)


@dataclass(frozen=True)
class IncentiveRow:
    id: uuid.UUID
    version: int
    project_id: uuid.UUID
    project: str
    investor_id: uuid.UUID
    investor: str
    incentive_type: str
    type_label: str
    granting_body: str
    granting_body_label: str
    granting_body_name: str | None
    status: str
    status_label: str
    amount: Decimal | None
    currency: str
    applied_on: date | None
    approved_on: date | None
    paid_on: date | None
    jobs_required: int | None
    keep_years: int | None
    conditions: str | None
    clawback: str | None


def incentive_rows_in(
    session: Session,
    who: Principal,
    lang: str,
    *,
    project_id: uuid.UUID | None = None,
    investor_id: uuid.UUID | None = None,
    status: str | None = None,
) -> list[IncentiveRow]:
    query = (
        # Only projects the caller may see are joined: their real titles are theirs to read.
        select(IncentiveApplication, Project.title, Investor.id, Investor.name)
        .join(Project, Project.id == IncentiveApplication.project_id)
        .join(Investor, Investor.id == Project.investor_id)
        .where(
            IncentiveApplication.deleted_at.is_(None),
            Project.deleted_at.is_(None),
            Investor.deleted_at.is_(None),
            access.visible_projects(who),
        )
        .order_by(IncentiveApplication.applied_on.desc(), IncentiveApplication.id)
    )
    if project_id is not None:
        query = query.where(IncentiveApplication.project_id == project_id)
    if investor_id is not None:
        query = query.where(Project.investor_id == investor_id)
    if status:
        try:
            query = query.where(IncentiveApplication.status == IncentiveStatus(status.strip().lower()))
        except ValueError:
            raise ValidationError("invalid_value", field="status", value=status) from None
    return [
        IncentiveRow(
            a.id,
            a.version,
            a.project_id,
            title,
            inv_id,
            inv_name,
            a.incentive_type.value,
            a.incentive_type.label(lang),
            a.granting_body.value,
            a.granting_body.label(lang),
            a.granting_body_name,
            a.status.value,
            a.status.label(lang),
            a.amount,
            a.currency,
            a.applied_on,
            a.approved_on,
            a.paid_on,
            a.jobs_required,
            a.keep_years,
            a.conditions,
            a.clawback,
        )
        for a, title, inv_id, inv_name in session.execute(query).all()
    ]


def incentive_list(
    ctx: Context,
    *,
    project_id: uuid.UUID | None = None,
    investor_id: uuid.UUID | None = None,
    status: str | None = None,
) -> list[IncentiveRow]:
    """Applications on the projects the caller may see, newest application first."""
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        if project_id is not None:
            visible_project(session, who, project_id)
        return incentive_rows_in(session, who, ctx.lang, project_id=project_id, investor_id=investor_id, status=status)


# --- procedure milestones ----------------------------------------------------------------------


@dataclass(frozen=True)
class MilestoneDraft:
    step: MilestoneStep
    on_date: date
    ends_on: date | None = None
    document: str | None = None
    note: str | None = None


def _write_milestone(
    session: Session, who: Principal, m: ProcedureMilestone, draft: MilestoneDraft, creating: bool
) -> None:
    if draft.step is None:
        raise ValidationError("required", field="step")
    if draft.on_date is None:
        raise ValidationError("required", field="on_date")
    check.date_range(draft.on_date, draft.ends_on)
    if draft.ends_on is not None and MilestoneStep(draft.step) is not MilestoneStep.SECURITY_REVIEW:
        raise ValidationError("ends_only_review", field="ends_on")  # the other steps happen on one day
    if creating:
        visible_project(session, who, m.project_id)
    m.step, m.on_date, m.ends_on = MilestoneStep(draft.step), draft.on_date, draft.ends_on
    m.document = check.text(draft.document, "document", max_length=200)
    m.note = check.text(draft.note, "note")
    m.recorded_by_id = who.officer_id  # who recorded it: the last officer who put a date on it


MILESTONE: Kind[ProcedureMilestone, MilestoneDraft] = Kind(
    "procedure_milestone",
    ProcedureMilestone,
    lambda _s, m: MilestoneDraft(m.step, m.on_date, m.ends_on, m.document, m.note),
    _write_milestone,
    visible=lambda s, who, m: project_shown(s, who, m.project_id),
    documents="milestone",  # the step's papers (a registration certificate) go and come back with it
)


@dataclass(frozen=True)
class MilestoneRow:
    id: uuid.UUID
    version: int
    project_id: uuid.UUID
    project: str
    step: str
    step_label: str
    on_date: date
    ends_on: date | None
    document: str | None
    recorded_by: str | None
    note: str | None


def milestone_rows_in(
    session: Session, who: Principal, lang: str, *, project_id: uuid.UUID | None = None
) -> list[MilestoneRow]:
    order = {s.value: i for i, s in enumerate(MilestoneStep)}
    query = (
        select(ProcedureMilestone, Project.title, Officer)
        .join(Project, Project.id == ProcedureMilestone.project_id)
        .outerjoin(Officer, Officer.id == ProcedureMilestone.recorded_by_id)
        .where(ProcedureMilestone.deleted_at.is_(None), Project.deleted_at.is_(None), access.visible_projects(who))
    )
    if project_id is not None:
        query = query.where(ProcedureMilestone.project_id == project_id)
    rows = [
        MilestoneRow(
            m.id,
            m.version,
            m.project_id,
            title,
            m.step.value,
            m.step.label(lang),
            m.on_date,
            m.ends_on,
            m.document,
            (o.name if lang == "ko" else o.name_en or o.name) if o else m.updated_by,
            m.note,
        )
        for m, title, o in session.execute(query).all()
    ]
    rows.sort(key=lambda r: (r.project, r.on_date, order[r.step], r.id))
    return rows


def milestone_list(ctx: Context, *, project_id: uuid.UUID | None = None) -> list[MilestoneRow]:
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        if project_id is not None:
            visible_project(session, who, project_id)
        return milestone_rows_in(session, who, ctx.lang, project_id=project_id)
