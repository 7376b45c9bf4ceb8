"""Helpers every record service shares, and the one edit path: each editable kind declared once.

Keeping these in one place makes the editing contract the same for every entity: a missing or
deleted record is NotFound, an edit on an old version is StaleRecord, a delete is a tombstone
(taking the documents filed under the record with it, for a kind that says so), and a write by a
read-only officer is refused before anything is touched.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, select, text
from sqlalchemy.orm import Session

from kotra_invest.domain.base import Base, Synced, utcnow
from kotra_invest.domain.document_models import RECORD_TABLES, Document
from kotra_invest.domain.errors import DomainError, NotFound, StaleRecord, ValidationError
from kotra_invest.domain.models import Officer, Project
from kotra_invest.services import access, access_log
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
    found = session.scalar(select(model.id).where(model.id == record_id, model.deleted_at.is_(None)))
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


def project_shown(session: Session, who: Principal, project_id: uuid.UUID | None) -> bool:
    """Whether a record linked to `project_id` may be seen: unlinked ones always, else as the project
    (deleted or not: a record of a hidden project stays hidden on restore too)."""
    if project_id is None:
        return True
    return session.scalar(select(Project.id).where(Project.id == project_id, access.visible_projects(who))) is not None


# --- one edit path: each editable record kind declared once ----------------------------------------

D = TypeVar("D")


def _anyone(_session: Session, _who: Principal, _record: Any) -> bool:
    return True


def _any_writer(_session: Session, who: Principal, _record: Any) -> None:
    access.require_write(who)


@dataclass(frozen=True)
class Kind(Generic[R, D]):
    """An editable record kind: its model, its draft (`read` a record into one, `write` one onto a
    record after validating it), who may see it and who may change it. The generic use cases below
    (`get`, `create`, `update`, `delete`, `restore`) do the rest the same way for every kind, as
    Calibre's `@write_api` does: a unit of work, the rules from `access`, the version check, the
    tombstone. `write` gets `creating` (defaults that apply to a new record only). `documents`: the
    record kind its documents are filed under (services/documents.py), for a kind whose documents
    mean nothing without it — they go to the trash with it and come back with it. `hides`: the
    record kinds under it that its delete takes out of every list while they stay in place (a
    deleted project's applications and steps; everything a deleted investor had): their documents,
    which carry its id in Document.<documents>_id, go and come back with it too. A child that
    stays shown (a deleted project's meetings on the timeline) keeps its documents listed."""

    entity: str
    model: type[R]
    read: Callable[[Session, R], D] | None = None
    write: Callable[[Session, Principal, R, D, bool], None] | None = None
    visible: Callable[[Session, Principal, R], bool] = _anyone  # one it may not see does not exist
    may_edit: Callable[[Session, Principal, R], None] = _any_writer  # raises when refused
    viewed: str | None = None  # personal data: opening one is an access-log view of this name
    documents: str | None = None  # e.g. "meeting": see above
    hides: tuple[str, ...] = ()  # e.g. ("incentive", "milestone"): see above
    # The edit's checks on a record's values changed outside its editor (a value put back from the
    # history): raises what a save of those values raises. A kind with `read` and `write` needs none
    # (its own draft is written back through `write`); one edited by a function of its own says here.
    check: Callable[[Session, R], None] | None = None

    def __post_init__(self) -> None:
        _DECLARED[self.entity] = self


_DECLARED: dict[str, Kind[Any, Any]] = {}


def declared(entity: str) -> Kind[Any, Any] | None:
    """The kind declared for a table (its service module imported), if any."""
    return _DECLARED.get(entity)


def validate(session: Session, who: Principal, kind: Kind[R, D], record: R) -> None:
    """Hold a record changed outside its editor to the checks its edit applies (see `Kind.check`):
    the ValidationError a save of the same values would raise, before anything is flushed."""
    with session.no_autoflush:
        if kind.check is not None:
            kind.check(session, record)
        elif kind.read is not None and kind.write is not None:
            kind.write(session, who, record, kind.read(session, record), False)


def _load(session: Session, who: Principal, kind: Kind[R, D], record_id: uuid.UUID, *, deleted_too: bool = False) -> R:
    record = session.get(kind.model, record_id)
    if record is None or not kind.visible(session, who, record):
        raise NotFound(kind.entity, record_id)
    if record.deleted_at is not None and not deleted_too:
        raise NotFound(kind.entity, record_id, deleted=True)  # "This investor has been deleted."
    return record


def checked(
    session: Session, ctx: Context, kind: Kind[R, D], record_id: uuid.UUID, expected_version: int | None
) -> tuple[Principal, R]:
    """The record, once the acting officer may see and change it, at the version they saw."""
    who = access.principal(session, ctx)
    access.require_write(who)
    record = _load(session, who, kind, record_id)
    kind.may_edit(session, who, record)
    if expected_version is not None and record.version != expected_version:
        raise StaleRecord(kind.entity)
    return who, record


def get(ctx: Context, kind: Kind[R, D], record_id: uuid.UUID) -> tuple[D, int]:
    """The record as an editable draft and the version it was read at (for undo and conflicts)."""
    assert kind.read is not None, kind.entity
    with unit_of_work(ctx) as session:
        record = _load(session, access.principal(session, ctx), kind, record_id)
        draft = kind.read(session, record), record.version
        if kind.viewed is not None:  # the editor shows the person's details: logged as the editor opens
            access_log.record(ctx, access_log.VIEW, kind.viewed, [record_id], subject=record_id, session=session)
            session.commit()
        return draft


def create(ctx: Context, kind: Kind[R, D], draft: D, **links: Any) -> uuid.UUID:
    """A new record from `draft`; `links` are its parent keys (e.g. project_id of an FDI amount)."""
    assert kind.write is not None, kind.entity
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        access.require_write(who)
        record = kind.model(**links)
        with session.no_autoflush:  # every lookup before the record joins the session
            kind.write(session, who, record, draft, True)
        if not kind.visible(session, who, record):
            raise ValidationError("invalid_value", field="project", value=str(links or ""))
        kind.may_edit(session, who, record)
        session.add(record)
        session.commit()
        return record.id


def update(ctx: Context, kind: Kind[R, D], record_id: uuid.UUID, expected_version: int, draft: D) -> int:
    """Save an edit made on `expected_version`; returns the new version (StaleRecord on a conflict)."""
    assert kind.write is not None, kind.entity
    with unit_of_work(ctx) as session:
        who, record = checked(session, ctx, kind, record_id, expected_version)
        with session.no_autoflush:
            kind.write(session, who, record, draft, False)
        session.commit()
        return record.version


def delete(ctx: Context, kind: Kind[R, D], record_id: uuid.UUID, expected_version: int | None = None) -> None:
    """Delete by tombstone: the record leaves lists, the delete can travel, restore brings it back.

    The documents that go with it (see `Kind.documents`) are those the officer may change; for a
    record that `hides` what is under it, all or none: see `_all_changeable`."""
    with unit_of_work(ctx) as session:
        who, record = checked(session, ctx, kind, record_id, expected_version)
        record.deleted_at = utcnow()
        documents_with(session, who, kind, record)
        session.commit()


def documents_with(session: Session, who: Principal, kind: Kind[R, D], record: R) -> None:
    """Tombstone the documents filed under a record just tombstoned, with its own deleted_at (so
    `restore` knows them): `delete`'s rule, for a service that tombstones a record its own way."""
    for document in _all_changeable(session, who, kind, record, _filed(session, kind, record.id, None), None):
        document.deleted_at = record.deleted_at


def restore(ctx: Context, kind: Kind[R, D], record_id: uuid.UUID) -> int:
    """Undo a delete; returns the record's version after the restore, with the documents that went
    with the record (by the delete's rule: `_all_changeable`)."""
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        access.require_write(who)
        record = _load(session, who, kind, record_id, deleted_too=True)
        kind.may_edit(session, who, record)
        if record.deleted_at is not None:
            went = _filed(session, kind, record_id, record.deleted_at)
            for document in _all_changeable(session, who, kind, record, went, record.deleted_at, restoring=True):
                # One whose own record was deleted since (while hidden with this one) stays in the
                # trash with that record, so that record's restore brings it back.
                document.deleted_at = _own_deleted_at(session, document) if document.record_id != record_id else None
            record.deleted_at = None
            session.commit()
        return int(record.version)


def _filed(session: Session, kind: Kind[R, D], record_id: uuid.UUID, deleted_since: datetime | None) -> list[Document]:
    """The current versions of the documents filed under the record (or under a record of a kind it
    `hides` that speaks of it): the live ones, or those deleted at or after `deleted_since` — with
    the record, or just after it (the e-mail import's undo used to delete its documents one by one
    after its meeting). One deleted on its own before the record stays deleted."""
    if kind.documents is None:
        return []
    filed: ColumnElement[bool] = (Document.record_kind == kind.documents) & (Document.record_id == record_id)
    if kind.hides:
        under = getattr(Document, f"{kind.documents}_id")  # investor_id, project_id: copied on at filing
        filed = filed | (Document.record_kind.in_(kind.hides) & (under == record_id))
    query = select(Document).where(filed, Document.superseded_by.is_(None))
    query = query.where(
        Document.deleted_at.is_(None) if deleted_since is None else Document.deleted_at >= deleted_since
    )
    return list(session.scalars(query.order_by(Document.created_at)))


def _all_changeable(
    session: Session,
    who: Principal,
    kind: Kind[R, D],
    record: R,
    filed: list[Document],
    deleted_since: datetime | None,
    *,
    restoring: bool = False,
) -> list[Document]:
    """The documents of `filed` that go (or come back) with the record: those `who` may change.

    One the rules give to someone else (the server's row-level security would not let it go either)
    stays for them. Under a meeting, a contact, a case …, that is where it is still found: it names
    the investor and project it is about, whose Documents tabs list it (an e-mail's papers under an
    investor handed to another office since stay for that office, tests/test_mail_import.py). Under
    a record whose delete `hides` everything under it — an investor, a project — it would stay live
    under a record that is gone, in no list and out of everyone's reach: such a delete is refused
    instead, in one sentence naming whose papers they are (never their names or their project's: it
    may be confidential) and what to do, and nothing is written. Its undo is held to the same rule,
    so it brings back all that went, never a part."""
    refused = {d.id: access.owner_of(session, d) for d in filed if not access.may_edit(session, who, d)}
    if not kind.hides:
        return [d for d in filed if d.id not in refused]
    refused |= _hidden_papers(session, kind, record.id, deleted_since)
    if not refused:
        return filed
    names = [access.owner_names(session, owner) for owner in dict.fromkeys(refused.values())]
    raise DomainError(
        "delete_blocked",
        sentence="restore_blocked" if restoring else "delete_blocked",
        entity=kind.entity,
        count=len(refused),
        owner_ko="; ".join(n["owner_ko"] for n in names),
        owner_en="; ".join(n["owner_en"] for n in names),
    )


def _hidden_papers(
    session: Session, kind: Kind[R, D], record_id: uuid.UUID, deleted_since: datetime | None
) -> dict[uuid.UUID, uuid.UUID | None]:
    """On a shared server, the documents `_filed` cannot see — row-level security hides a
    confidential project's papers from those who may not see the project — and whose they are
    (store/pg_security.kotra_hidden_papers; none before `server init` has made it)."""
    if kind.documents is None or session.get_bind().dialect.name != "postgresql":
        return {}
    signature = "kotra_hidden_papers(text[], uuid, text, timestamptz)"
    if session.scalar(text("SELECT to_regprocedure(:f) IS NOT NULL"), {"f": signature}) is not True:
        return {}
    rows = session.execute(
        text("SELECT id, owner_id FROM kotra_hidden_papers(CAST(:kinds AS text[]), :record, :under, :since)"),
        {"kinds": [kind.documents, *kind.hides], "record": record_id, "under": kind.documents, "since": deleted_since},
    )
    return {row.id: row.owner_id for row in rows}


def _own_deleted_at(session: Session, document: Document) -> datetime | None:
    """When the record a document is filed under was deleted (None while it is live)."""
    table = Base.metadata.tables[RECORD_TABLES[document.record_kind]]
    deleted_at: datetime | None = session.scalar(select(table.c.deleted_at).where(table.c.id == document.record_id))
    return deleted_at
