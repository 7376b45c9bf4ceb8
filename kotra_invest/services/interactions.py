"""Interactions: meetings, calls, e-mails, site visits with an investor; the investor's timeline.

An interaction about a confidential project the caller may not see is hidden with the project:
its summary would tell what the code name hides.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, or_, select
from sqlalchemy.orm import Session

from kotra_invest.domain.enums import InteractionKind
from kotra_invest.domain.errors import NotFound, ValidationError
from kotra_invest.domain.models import Contact, Delegation, Interaction, Investor, Officer, Project
from kotra_invest.services import access, records
from kotra_invest.services import validation as check
from kotra_invest.services.access import Principal
from kotra_invest.services.read_models import Cursor, InteractionRow, Page
from kotra_invest.services.records import Kind, linked, linked_project, live, officer_id, officer_login, project_shown
from kotra_invest.services.unit_of_work import Context, unit_of_work


@dataclass(frozen=True)
class InteractionDraft:
    kind: InteractionKind
    occurred_at: datetime  # aware: the moment it happened
    summary: str
    investor_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    project_id: uuid.UUID | None = None
    delegation_id: uuid.UUID | None = None
    officer_login: str | None = None  # None on create: the signed-in officer
    outcome: str | None = None
    place: str | None = None
    their_participants: str | None = None  # the investor's side
    our_participants: str | None = None  # officers, governors, FEZ staff …
    time_zone: str | None = None  # the place's clock occurred_at was given on (None: Korea's)


def not_hidden(who: Principal, column: Any) -> ColumnElement[bool]:
    """Rows linked to no project, or to one `who` may see."""
    # A correlated EXISTS probes one project by key; an IN (SELECT …) would list every visible project.
    return or_(column.is_(None), exists().where(Project.id == column, access.visible_projects(who)))


def _apply(session: Session, who: Principal, item: Interaction, draft: InteractionDraft, *, creating: bool) -> None:
    if draft.occurred_at is None:
        raise ValidationError("required", field="occurred_at")
    if draft.occurred_at.tzinfo is None:
        raise ValidationError("invalid_value", field="occurred_at", value="give a time with its zone")
    check.plausible_date(draft.occurred_at.date(), "occurred_at")
    investor_id = linked(session, Investor, draft.investor_id, "investor")
    # The person a meeting already names, with the company it already is with, stays as they were
    # then: a meeting is what happened with that company at that time. They may have moved to
    # another investor since (or been deleted): an edit of the meeting's notes must not be refused
    # for it, nor the person dropped. Only a person newly named, or the meeting moved to another
    # company, is checked. (Compared with the stored values: a value put back from the History tab
    # is already on the record when its checks run.)
    keeps_contact = (
        not creating
        and draft.contact_id is not None
        and draft.contact_id == access.stored_value(item, "contact_id")
        and draft.investor_id == access.stored_value(item, "investor_id")
    )
    contact_id = draft.contact_id if keeps_contact else linked(session, Contact, draft.contact_id, "contact")
    project_id = linked_project(session, who, draft.project_id)
    delegation_id = linked(session, Delegation, draft.delegation_id, "delegation")
    if investor_id is None and contact_id is None:
        raise ValidationError("required", field="investor")
    # A contact or project of another company would put the meeting on the wrong timeline.
    if contact_id is not None and not keeps_contact:
        contact_investor = session.scalar(select(Contact.investor_id).where(Contact.id == contact_id))
        investor_id = investor_id or contact_investor
        if contact_investor is not None and contact_investor != investor_id:
            raise ValidationError("not_of_investor", field="contact")
    project_investor = (
        session.scalar(select(Project.investor_id).where(Project.id == project_id)) if project_id else None
    )
    if project_id is not None and project_investor != investor_id:
        raise ValidationError("not_of_investor", field="project")
    if draft.officer_login:
        officer = officer_id(session, draft.officer_login, "officer")
    else:
        officer = who.officer_id if creating else None
    summary = check.required_text(draft.summary, "summary")
    item.kind = draft.kind
    item.occurred_at = draft.occurred_at
    item.time_zone = check.time_zone(draft.time_zone, "time_zone") if draft.time_zone else None
    item.summary = summary
    item.outcome = check.text(draft.outcome, "outcome")
    item.place = check.text(draft.place, "place", max_length=200)
    item.their_participants = check.text(draft.their_participants, "their_participants")
    item.our_participants = check.text(draft.our_participants, "our_participants")
    item.investor_id = investor_id
    item.contact_id = contact_id
    item.project_id = project_id
    item.delegation_id = delegation_id
    item.officer_id = officer


def _read(session: Session, i: Interaction) -> InteractionDraft:
    return InteractionDraft(
        i.kind,
        i.occurred_at,
        i.summary,
        i.investor_id,
        i.contact_id,
        i.project_id,
        i.delegation_id,
        officer_login(session, i.officer_id),
        i.outcome,
        i.place,
        i.their_participants,
        i.our_participants,
        i.time_zone,
    )


INTERACTION: Kind[Interaction, InteractionDraft] = Kind(
    "interaction",
    Interaction,
    _read,
    lambda s, who, i, d, creating: _apply(s, who, i, d, creating=creating),
    visible=lambda s, who, i: project_shown(s, who, i.project_id),
    # An e-mail's message file and attachments (and papers filed on a meeting by hand) are the
    # meeting's: deleting it from the timeline takes them out of the investor's documents too.
    documents="meeting",
)


def create_interaction(ctx: Context, draft: InteractionDraft) -> uuid.UUID:
    return records.create(ctx, INTERACTION, draft)


def get_interaction(ctx: Context, interaction_id: uuid.UUID) -> tuple[InteractionDraft, int]:
    return records.get(ctx, INTERACTION, interaction_id)


def update_interaction(ctx: Context, interaction_id: uuid.UUID, expected_version: int, draft: InteractionDraft) -> int:
    return records.update(ctx, INTERACTION, interaction_id, expected_version, draft)


def rows_query(lang: str, who: Principal) -> Select[Any]:
    ko = lang == "ko"
    # Only visible projects reach here (see the WHERE), so the real title may be shown.
    project = select(Project.title).where(Project.id == Interaction.project_id).scalar_subquery()
    return (
        select(
            Interaction.id,
            Interaction.investor_id,
            Interaction.kind,
            Interaction.occurred_at,
            Interaction.summary,
            Interaction.outcome,
            func.coalesce(Contact.name_ko, Contact.full_name) if ko else Contact.full_name,
            project,
            Delegation.title if ko else func.coalesce(Delegation.title_en, Delegation.title),
            Officer.name if ko else func.coalesce(Officer.name_en, Officer.name),
            Interaction.version,
            Interaction.time_zone,
        )
        .outerjoin(Contact, Contact.id == Interaction.contact_id)
        .outerjoin(Delegation, Delegation.id == Interaction.delegation_id)
        .outerjoin(Officer, Officer.id == Interaction.officer_id)
        .where(Interaction.deleted_at.is_(None), not_hidden(who, Interaction.project_id))
    )


def to_row(values: Any, lang: str) -> InteractionRow:
    i_id, investor_id, kind, occurred_at, summary, outcome, contact, project, delegation, officer, version, zone = (
        values
    )
    kind = InteractionKind(kind)
    return InteractionRow(
        i_id,
        investor_id,
        kind.value,
        kind.label(lang),
        occurred_at,
        summary,
        outcome,
        contact,
        project,
        delegation,
        officer,
        version,
        zone,
    )


def timeline_rows(
    session: Session, who: Principal, lang: str, investor_id: uuid.UUID, after: Cursor | None, limit: int
) -> tuple[list[InteractionRow], bool]:
    query = rows_query(lang, who).where(Interaction.investor_id == investor_id)
    if after is not None:
        query = query.where(  # the leading range lets the index be walked from the cursor
            Interaction.occurred_at <= after.sort_value,
            or_(Interaction.occurred_at < after.sort_value, Interaction.id < after.id),
        )
    fetched = session.execute(
        query.order_by(Interaction.occurred_at.desc(), Interaction.id.desc()).limit(limit + 1)
    ).all()
    return [to_row(v, lang) for v in fetched[:limit]], len(fetched) > limit


def timeline(
    ctx: Context, investor_id: uuid.UUID, *, after: Cursor | None = None, limit: int = 50
) -> Page[InteractionRow]:
    """The investor's interactions, newest first, keyset-paged."""
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        live(session, Investor, investor_id, "investor")
        rows, more = timeline_rows(session, who, ctx.lang, investor_id, after, limit)
    next_cursor = Cursor(rows[-1].occurred_at, rows[-1].id) if more and rows else None
    return Page(tuple(rows), next_cursor)


def get_interaction_row(ctx: Context, interaction_id: uuid.UUID) -> InteractionRow:
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        values = session.execute(rows_query(ctx.lang, who).where(Interaction.id == interaction_id)).first()
    if values is None:
        raise NotFound("interaction", interaction_id)
    return to_row(values, ctx.lang)
