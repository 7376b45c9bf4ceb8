"""Aftercare: investors' grievance cases and incoming enquiries, held against response-time targets.

A case is received, acknowledged by its Home Doctor and resolved (or withdrawn); an enquiry is
received, acknowledged and answered. The targets (days to acknowledge, to resolve or answer) are
settings of the database, so the whole office measures against the same ones; the lists put what
is overdue first, then the oldest.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kotra_invest.domain.aftercare_models import (
    OPEN_CASE,
    CaseCategory,
    CaseStatus,
    Enquiry,
    EnquiryPriority,
    EnquirySource,
    GrievanceCase,
)
from kotra_invest.domain.errors import ValidationError
from kotra_invest.domain.models import Investor, Officer, Project, Setting
from kotra_invest.services import access
from kotra_invest.services import validation as check
from kotra_invest.services.access import Principal
from kotra_invest.services.records import Kind, linked, linked_project, officer_id, officer_login, project_shown
from kotra_invest.services.unit_of_work import Context, unit_of_work

# --- targets (settings) -----------------------------------------------------------------------


@dataclass(frozen=True)
class Targets:
    """Days allowed, counted from the day a case or enquiry was received."""

    case_acknowledge_days: int = 3
    case_resolve_days: int = 60
    enquiry_acknowledge_days: int = 1
    enquiry_answer_days: int = 5


_TARGET_KEY = "aftercare_target."


def read_targets(session: Session) -> Targets:
    stored = dict(session.execute(select(Setting.key, Setting.value).where(Setting.key.startswith(_TARGET_KEY))).all())
    values: dict[str, int] = {}
    for name in Targets.__dataclass_fields__:
        raw = stored.get(_TARGET_KEY + name)
        if raw is not None and raw.isdigit():
            values[name] = int(raw)
    return Targets(**values)


def targets(ctx: Context) -> Targets:
    with unit_of_work(ctx) as session:
        return read_targets(session)


def set_targets(ctx: Context, **days: int | None) -> Targets:
    """Change some targets (admins only: the whole office is measured by them)."""
    with unit_of_work(ctx) as session:
        access.require_admin(access.principal(session, ctx))
        for name, value in days.items():
            if value is None:
                continue
            if name not in Targets.__dataclass_fields__:
                raise ValidationError("invalid_value", field="target", value=name)
            if not 1 <= int(value) <= 365:
                raise ValidationError("target_days", value=value)
            row = session.get(Setting, _TARGET_KEY + name)
            if row is None:
                session.add(Setting(key=_TARGET_KEY + name, value=str(int(value))))
            else:
                row.value = str(int(value))
        session.commit()
        return read_targets(session)


# --- grievance cases -------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseDraft:
    investor_id: uuid.UUID
    subject: str
    category: CaseCategory
    received_on: date
    project_id: uuid.UUID | None = None
    description: str | None = None
    agency: str | None = None
    home_doctor_login: str | None = None  # None on create: the officer who takes the case
    status: CaseStatus = CaseStatus.RECEIVED
    acknowledged_on: date | None = None
    resolved_on: date | None = None
    resolution: str | None = None
    policy_proposal: str | None = None


def _not_before(day: date | None, received: date, field: str) -> None:
    if day is not None and day < received:
        raise ValidationError("before_received", field=field)


def _not_after(first: date | None, then: date | None, field: str) -> None:
    """`then` (resolved, answered) is not before `first` (acknowledged)."""
    if first is not None and then is not None and then < first:
        raise ValidationError("steps_out_of_order", field=field)


def _write_case(session: Session, who: Principal, case: GrievanceCase, draft: CaseDraft, creating: bool) -> None:
    investor_id = linked(session, Investor, draft.investor_id, "investor")
    if investor_id is None:
        raise ValidationError("required", field="investor")
    project_id = linked_project(session, who, draft.project_id)
    if (
        project_id is not None
        and session.scalar(select(Project.investor_id).where(Project.id == project_id)) != investor_id
    ):
        raise ValidationError("not_of_investor", field="project")
    if draft.home_doctor_login:
        doctor = officer_id(session, draft.home_doctor_login, "home_doctor")
    else:
        doctor = who.officer_id if creating else None
    if draft.category is None:
        raise ValidationError("required", field="category")
    category, status = CaseCategory(draft.category), CaseStatus(draft.status)
    if draft.received_on is None:
        raise ValidationError("required", field="received_on")
    # The date the officer gave first: resolving on a day before receipt is about the resolution.
    _not_before(draft.resolved_on, draft.received_on, "resolved_on")
    _not_before(draft.acknowledged_on, draft.received_on, "acknowledged_on")
    _not_after(draft.acknowledged_on, draft.resolved_on, "resolved_on")
    if status is CaseStatus.ACKNOWLEDGED and draft.acknowledged_on is None:
        raise ValidationError("status_needs_date", field="acknowledged_on")
    if status is CaseStatus.RESOLVED and draft.resolved_on is None:
        raise ValidationError("status_needs_date", field="resolved_on")
    case.investor_id, case.project_id, case.home_doctor_id = investor_id, project_id, doctor
    case.subject = check.required_text(draft.subject, "subject", max_length=200)
    case.description = check.text(draft.description, "description")
    case.category, case.status = category, status
    case.agency = check.text(draft.agency, "agency", max_length=160)
    case.received_on, case.acknowledged_on = draft.received_on, draft.acknowledged_on
    # A resolved case that is reopened keeps no resolution date: its age runs on.
    case.resolved_on = draft.resolved_on if status in (CaseStatus.RESOLVED, CaseStatus.WITHDRAWN) else None
    case.resolution = check.text(draft.resolution, "resolution")
    case.policy_proposal = check.text(draft.policy_proposal, "policy_proposal")


def _read_case(session: Session, c: GrievanceCase) -> CaseDraft:
    return CaseDraft(
        c.investor_id,
        c.subject,
        c.category,
        c.received_on,
        c.project_id,
        c.description,
        c.agency,
        officer_login(session, c.home_doctor_id),
        c.status,
        c.acknowledged_on,
        c.resolved_on,
        c.resolution,
        c.policy_proposal,
    )


CASE: Kind[GrievanceCase, CaseDraft] = Kind(
    "grievance_case",
    GrievanceCase,
    _read_case,
    _write_case,
    visible=lambda s, who, c: project_shown(s, who, c.project_id),
    documents="case",  # the grievance's papers: the investor's list would show them for a case that is gone
)


def acknowledged(draft: CaseDraft, on: date) -> CaseDraft:
    """The case taken up on `on` (the Home Doctor told the investor and the agency)."""
    return replace(draft, status=CaseStatus.ACKNOWLEDGED, acknowledged_on=draft.acknowledged_on or on)


def resolved(draft: CaseDraft, on: date, resolution: str | None, policy_proposal: str | None = None) -> CaseDraft:
    """The case closed as resolved on `on`; acknowledging it too if nobody had."""
    return replace(
        draft,
        status=CaseStatus.RESOLVED,
        acknowledged_on=draft.acknowledged_on or on,
        resolved_on=on,
        resolution=resolution or draft.resolution,
        policy_proposal=policy_proposal or draft.policy_proposal,
    )


@dataclass(frozen=True)
class CaseRow:
    id: uuid.UUID
    version: int
    investor_id: uuid.UUID
    investor: str
    project_id: uuid.UUID | None
    project: str | None
    subject: str
    category: str
    category_label: str
    agency: str | None
    home_doctor: str | None
    status: str
    status_label: str
    received_on: date
    acknowledged_on: date | None
    resolved_on: date | None
    resolution: str | None
    policy_proposal: str | None
    age_days: int  # to today, or to the day it was closed
    due_on: date | None  # the next target: acknowledge by, then resolve by; None once closed
    overdue: bool

    @property
    def is_open(self) -> bool:
        return self.status in (CaseStatus.RECEIVED.value, CaseStatus.ACKNOWLEDGED.value)


def _case_due(c: GrievanceCase, t: Targets) -> date | None:
    if c.status is CaseStatus.RECEIVED:
        return c.received_on + timedelta(days=t.case_acknowledge_days)
    if c.status is CaseStatus.ACKNOWLEDGED:
        return c.received_on + timedelta(days=t.case_resolve_days)
    return None


def _officer_name(o: Officer | None, lang: str) -> str | None:
    if o is None:
        return None
    return o.name if lang == "ko" else o.name_en or o.name


def case_rows_in(
    session: Session,
    who: Principal,
    lang: str,
    today: date,
    *,
    investor_id: uuid.UUID | None = None,
    open_only: bool = False,
    category: str | None = None,
    overdue_only: bool = False,
) -> list[CaseRow]:
    """Visible live cases, overdue first, then the oldest."""
    t = read_targets(session)
    query = (
        select(GrievanceCase, Investor.name, Officer)
        .join(Investor, Investor.id == GrievanceCase.investor_id)
        .outerjoin(Officer, Officer.id == GrievanceCase.home_doctor_id)
        .where(GrievanceCase.deleted_at.is_(None), Investor.deleted_at.is_(None))
    )
    if not who.is_admin:
        hidden = select(Project.id).where(~access.visible_projects(who))
        query = query.where((GrievanceCase.project_id.is_(None)) | GrievanceCase.project_id.not_in(hidden))
    if investor_id is not None:
        query = query.where(GrievanceCase.investor_id == investor_id)
    if open_only:
        query = query.where(GrievanceCase.status.in_(OPEN_CASE))
    if category:
        try:
            query = query.where(GrievanceCase.category == CaseCategory(category.strip().lower()))
        except ValueError:
            raise ValidationError("invalid_value", field="category", value=category) from None
    found = session.execute(query).all()
    titles = _project_titles(session, {c.project_id for c, _n, _o in found if c.project_id})
    rows = []
    for c, investor, doctor in found:
        due = _case_due(c, t)
        end = c.resolved_on if c.resolved_on and c.status not in OPEN_CASE else today
        rows.append(
            CaseRow(
                c.id,
                c.version,
                c.investor_id,
                investor,
                c.project_id,
                titles.get(c.project_id) if c.project_id else None,
                c.subject,
                c.category.value,
                c.category.label(lang),
                c.agency,
                _officer_name(doctor, lang),
                c.status.value,
                c.status.label(lang),
                c.received_on,
                c.acknowledged_on,
                c.resolved_on,
                c.resolution,
                c.policy_proposal,
                (end - c.received_on).days,
                due,
                due is not None and due < today,
            )
        )
    if overdue_only:
        rows = [r for r in rows if r.overdue]
    rows.sort(key=lambda r: (not r.overdue, not r.is_open, -r.age_days, r.subject, r.id))
    return rows


def _project_titles(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    # The cases listed are about projects the caller may see (case_rows_in): their titles are theirs to read.
    return dict(session.execute(select(Project.id, Project.title).where(Project.id.in_(ids))).all())


def case_list(
    ctx: Context,
    *,
    investor_id: uuid.UUID | None = None,
    open_only: bool = False,
    category: str | None = None,
    overdue_only: bool = False,
    today: date | None = None,
) -> list[CaseRow]:
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        return case_rows_in(
            session,
            who,
            ctx.lang,
            today or date.today(),
            investor_id=investor_id,
            open_only=open_only,
            category=category,
            overdue_only=overdue_only,
        )


AGE_BANDS: tuple[tuple[int, int | None], ...] = ((0, 7), (8, 30), (31, 90), (91, None))


@dataclass(frozen=True)
class CaseSummary:
    """Open cases per category and age band (days since received), with how many are overdue."""

    categories: tuple[tuple[str, str], ...]  # (value, label), in the vocabulary's order
    counts: dict[str, tuple[int, ...]]  # category -> one count per AGE_BANDS
    overdue: dict[str, int]
    total_open: int
    total_overdue: int


def summarise(rows: list[CaseRow], lang: str) -> CaseSummary:
    counts = {c.value: [0] * len(AGE_BANDS) for c in CaseCategory}
    overdue = {c.value: 0 for c in CaseCategory}
    open_rows = [r for r in rows if r.is_open]
    for row in open_rows:
        band = next(
            i for i, (lo, hi) in enumerate(AGE_BANDS) if row.age_days >= lo and (hi is None or row.age_days <= hi)
        )
        counts[row.category][band] += 1
        overdue[row.category] += row.overdue
    return CaseSummary(
        tuple((c.value, c.label(lang)) for c in CaseCategory),
        {k: tuple(v) for k, v in counts.items()},
        overdue,
        len(open_rows),
        sum(overdue.values()),
    )


# --- enquiries -------------------------------------------------------------------------------


@dataclass(frozen=True)
class EnquiryDraft:
    subject: str
    source: EnquirySource
    received_on: date
    investor_id: uuid.UUID | None = None
    company: str | None = None
    contact_name: str | None = None
    body: str | None = None
    acknowledged_on: date | None = None
    answered_on: date | None = None
    owner_login: str | None = None  # None on create: the officer who logs it
    priority: EnquiryPriority = EnquiryPriority.NORMAL
    answer: str | None = None


def _write_enquiry(session: Session, who: Principal, e: Enquiry, draft: EnquiryDraft, creating: bool) -> None:
    investor_id = linked(session, Investor, draft.investor_id, "investor")
    company = check.text(draft.company, "company", max_length=200)
    if investor_id is None and not company:
        raise ValidationError("investor_or_company", field="company")
    owner = officer_id(session, draft.owner_login) if draft.owner_login else who.officer_id if creating else None
    if draft.source is None:
        raise ValidationError("required", field="source")
    if draft.received_on is None:
        raise ValidationError("required", field="received_on")
    _not_before(draft.answered_on, draft.received_on, "answered_on")
    _not_before(draft.acknowledged_on, draft.received_on, "acknowledged_on")
    _not_after(draft.acknowledged_on, draft.answered_on, "answered_on")
    e.subject = check.required_text(draft.subject, "subject", max_length=200)
    e.source, e.priority = EnquirySource(draft.source), EnquiryPriority(draft.priority)
    e.investor_id, e.company, e.owner_id = investor_id, company, owner
    e.contact_name = check.text(draft.contact_name, "contact_name", max_length=160)
    e.body, e.answer = check.text(draft.body, "body"), check.text(draft.answer, "answer")
    e.received_on, e.acknowledged_on, e.answered_on = draft.received_on, draft.acknowledged_on, draft.answered_on


def _read_enquiry(session: Session, e: Enquiry) -> EnquiryDraft:
    return EnquiryDraft(
        e.subject,
        e.source,
        e.received_on,
        e.investor_id,
        e.company,
        e.contact_name,
        e.body,
        e.acknowledged_on,
        e.answered_on,
        officer_login(session, e.owner_id),
        e.priority,
        e.answer,
    )


ENQUIRY: Kind[Enquiry, EnquiryDraft] = Kind("enquiry", Enquiry, _read_enquiry, _write_enquiry)


def enquiry_answered(draft: EnquiryDraft, on: date, answer: str | None = None) -> EnquiryDraft:
    return replace(draft, acknowledged_on=draft.acknowledged_on or on, answered_on=on, answer=answer or draft.answer)


@dataclass(frozen=True)
class EnquiryRow:
    id: uuid.UUID
    version: int
    subject: str
    source: str
    source_label: str
    investor_id: uuid.UUID | None
    who_asked: str  # the investor's name, or the company as typed
    contact_name: str | None
    received_on: date
    acknowledged_on: date | None
    answered_on: date | None
    owner: str | None
    priority: str
    priority_label: str
    due_on: date | None  # acknowledge by, then answer by; None once answered
    overdue: bool
    age_days: int

    @property
    def is_open(self) -> bool:
        return self.answered_on is None


def enquiry_list(
    ctx: Context, *, open_only: bool = False, overdue_only: bool = False, today: date | None = None
) -> list[EnquiryRow]:
    """Enquiries, overdue first, then high priority, then the oldest."""
    today = today or date.today()
    with unit_of_work(ctx) as session:
        t = read_targets(session)
        query: Any = (
            select(Enquiry, Investor.name, Officer)
            .outerjoin(Investor, Investor.id == Enquiry.investor_id)
            .outerjoin(Officer, Officer.id == Enquiry.owner_id)
            .where(Enquiry.deleted_at.is_(None))
        )
        if open_only or overdue_only:
            query = query.where(Enquiry.answered_on.is_(None))
        rows = []
        for e, investor, owner in session.execute(query).all():
            if e.answered_on is not None:
                due = None
            elif e.acknowledged_on is None:
                due = e.received_on + timedelta(days=t.enquiry_acknowledge_days)
            else:
                due = e.received_on + timedelta(days=t.enquiry_answer_days)
            end = e.answered_on or today
            rows.append(
                EnquiryRow(
                    e.id,
                    e.version,
                    e.subject,
                    e.source.value,
                    e.source.label(ctx.lang),
                    e.investor_id,
                    investor or e.company or "",
                    e.contact_name,
                    e.received_on,
                    e.acknowledged_on,
                    e.answered_on,
                    _officer_name(owner, ctx.lang),
                    e.priority.value,
                    e.priority.label(ctx.lang),
                    due,
                    due is not None and due < today,
                    (end - e.received_on).days,
                )
            )
    if overdue_only:
        rows = [r for r in rows if r.overdue]
    order = {p.value: i for i, p in enumerate(EnquiryPriority)}
    rows.sort(key=lambda r: (not r.overdue, not r.is_open, order[r.priority], -r.age_days, r.id))
    return rows
