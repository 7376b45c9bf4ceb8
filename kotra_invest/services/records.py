"""Helpers every record service shares: load a live record, check links, tombstone and restore.

Keeping these in one place makes the editing contract the same for every entity: a missing or
deleted record is NotFound, an edit on an old version is StaleRecord, a delete is a tombstone,
and a write by a read-only officer is refused before anything is touched.
"""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from kotra_invest.domain.base import Synced, utcnow
from kotra_invest.domain.errors import NotFound, StaleRecord, ValidationError
from kotra_invest.domain.models import Officer, Project
from kotra_invest.services import access
from kotra_invest.services.access import Principal
from kotra_invest.services.unit_of_work import Context, unit_of_work

R = TypeVar("R", bound=Synced)


def writer(session: Session, ctx: Context) -> Principal:
    """The acting principal, once it is known they may write."""
    who = access.principal(session, ctx)
    access.require_write(who)
    return who


def live(session: Session, model: type[R], record_id: uuid.UUID, entity: str, expected_version: int | None = None) -> R:
    """The live record, or NotFound; StaleRecord when it is no longer the version the user saw."""
    record = session.get(model, record_id)
    if record is None or record.deleted_at is not None:
        raise NotFound(entity, record_id)
    if expected_version is not None and record.version != expected_version:
        raise StaleRecord(entity)
    return record


def project_visible(session: Session, who: Principal, project_id: uuid.UUID) -> bool:
    found = session.scalar(
        select(Project.id).where(Project.id == project_id, Project.deleted_at.is_(None), access.visible_projects(who))
    )
    return found is not None


def visible_project(
    session: Session, who: Principal, project_id: uuid.UUID, expected_version: int | None = None
) -> Project:
    """A project the principal may see; one they may not see does not exist for them."""
    if not project_visible(session, who, project_id):
        raise NotFound("project", project_id)
    return live(session, Project, project_id, "project", expected_version)


def officer_id(session: Session, login: str | None, field: str = "owner") -> uuid.UUID | None:
    if not login:
        return None
    found = session.scalar(select(Officer.id).where(Officer.login == login, Officer.deleted_at.is_(None)))
    if found is None:
        raise ValidationError("invalid_value", field=field, value=login)
    return found


def officer_login(session: Session, officer: uuid.UUID | None) -> str | None:
    if officer is None:
        return None
    return session.scalar(select(Officer.login).where(Officer.id == officer))


def linked(session: Session, model: type[Synced], record_id: uuid.UUID | None, field: str) -> uuid.UUID | None:
    """Check that a record a draft links to (an investor, contact, delegation …) is live."""
    if record_id is None:
        return None
    found = session.scalar(select(model.id).where(model.id == record_id, model.deleted_at.is_(None)))  # type: ignore[attr-defined]
    if found is None:
        raise ValidationError("invalid_value", field=field, value=str(record_id))
    return found


def linked_project(
    session: Session, who: Principal, project_id: uuid.UUID | None, field: str = "project"
) -> uuid.UUID | None:
    if project_id is None:
        return None
    if not project_visible(session, who, project_id):
        raise ValidationError("invalid_value", field=field, value=str(project_id))
    return project_id


def tombstone(
    ctx: Context, model: type[Synced], entity: str, record_id: uuid.UUID, expected_version: int | None
) -> None:
    """Delete by tombstone: the record leaves lists, the delete can travel, restore brings it back."""
    with unit_of_work(ctx) as session:
        writer(session, ctx)
        record = live(session, model, record_id, entity, expected_version)  # type: ignore[type-var]
        record.deleted_at = utcnow()
        session.commit()


def undelete(ctx: Context, model: type[Synced], entity: str, record_id: uuid.UUID) -> int:
    """Undo a delete; returns the record's version after the restore."""
    with unit_of_work(ctx) as session:
        writer(session, ctx)
        record: Any = session.get(model, record_id)
        if record is None:
            raise NotFound(entity, record_id)
        if record.deleted_at is not None:
            record.deleted_at = None
            session.commit()
        return int(record.version)
