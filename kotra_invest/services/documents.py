"""Documents on any record: add, list, read back, replace with a new version, delete and restore.

The bytes go into the database (domain/document_models.py): hashed while they are read, stored
once per content in CHUNK_SIZE rows, read back chunk by chunk and checked against their hash.
A file larger than the database's limit is refused before a byte is written. The type is read
from the content (files/content_type.py); DRM-wrapped files are stored as they are, without
text. Who may add or change a record's documents is who may change the record's investor,
project or delegation (domain/rules.py "document"); a confidential project's documents do not
exist for anyone who may not see the project. Reading a document that concerns a person (a
contact's, or an e-mail from one) is a download for the access log.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import tempfile
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, insert, or_, select
from sqlalchemy.orm import Session

from kotra_invest.catalog import msg
from kotra_invest.domain.aftercare_models import GrievanceCase, IncentiveApplication, ProcedureMilestone
from kotra_invest.domain.base import utcnow
from kotra_invest.domain.document_models import (
    CHUNK_SIZE,
    DEFAULT_MAX_BYTES,
    DOCUMENT_LIMIT_KEY,
    RECORD_TABLES,
    TEXT_LIMIT,
    Document,
    DocumentBlob,
    DocumentChunk,
)
from kotra_invest.domain.errors import Ambiguous, DomainError, NotFound, ValidationError
from kotra_invest.domain.models import Contact, Delegation, Interaction, Investor, Officer, Project, Setting
from kotra_invest.files import content_type as ct
from kotra_invest.files.document_text import extract_text
from kotra_invest.services import access, access_log
from kotra_invest.services.access import Principal
from kotra_invest.services.unit_of_work import Context, unit_of_work

KINDS = tuple(RECORD_TABLES)
HOLDERS = "investor, project or delegation"  # what a bare name may be (FIELD_LABELS has its Korean)


@dataclass(frozen=True)
class RecordRef:
    """A record that holds documents: its kind (investor, contact, project, delegation, meeting, case,
    incentive, milestone),
    id and a label for people."""

    kind: str
    id: uuid.UUID
    label: str


@dataclass(frozen=True)
class DocumentRow:
    id: uuid.UUID
    record_kind: str
    record_id: uuid.UUID
    name: str
    size: int
    mime: str
    drm: str | None
    sha256: str
    series_id: uuid.UUID
    series_no: int
    added_at: datetime
    added_by: str | None
    searchable: bool  # text was read from it for the search index
    current: bool  # the newest version of its series
    deleted: bool
    added_by_name: str | None = None  # the officer's name in the reader's language (lists only)

    @property
    def previewable(self) -> bool:
        return ct.Sniffed(self.mime, self.drm).previewable

    @property
    def extension(self) -> str | None:
        """`.pdf` of "IR deck.PDF"; None for "memo" or "v2.1 final", whose last dot starts no
        extension: a copy saved elsewhere keeps it (the PDF saved as notes.txt opens in nothing)."""
        suffix = Path(self.name).suffix.lower()
        return suffix if re.fullmatch(r"\.[a-z0-9]{1,10}", suffix) else None


@dataclass(frozen=True)
class Links:
    """What a record speaks of, copied onto its documents for the permission rules."""

    investor_id: uuid.UUID | None = None
    project_id: uuid.UUID | None = None
    delegation_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None


# --- the size limit ----------------------------------------------------------------------------


def size_limit(ctx: Context) -> int:
    """The largest file (bytes) this database accepts; `kotra-invest documents limit` sets it."""
    with unit_of_work(ctx) as session:
        return _limit(session)


def _limit(session: Session) -> int:
    value = session.scalar(select(Setting.value).where(Setting.key == DOCUMENT_LIMIT_KEY))
    try:
        return int(value) if value is not None else DEFAULT_MAX_BYTES
    except ValueError:
        return DEFAULT_MAX_BYTES


def set_size_limit(ctx: Context, limit_bytes: int) -> None:
    if limit_bytes < 1024:  # said in MB, as it was given
        raise ValidationError("document_limit", field="limit", value=_mb(limit_bytes))
    with unit_of_work(ctx) as session:
        access.require_admin(access.principal(session, ctx))
        row = session.get(Setting, DOCUMENT_LIMIT_KEY)
        if row is None:
            session.add(Setting(key=DOCUMENT_LIMIT_KEY, value=str(limit_bytes)))
        else:
            row.value = str(limit_bytes)
        session.commit()


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".rstrip("0").rstrip(".")


# --- the owning record -----------------------------------------------------------------------------


def record_links(
    session: Session, who: Principal, kind: str, record_id: uuid.UUID, lang: str = "ko"
) -> tuple[Links, str]:
    """The record's links and label (in `lang` where it is a word of ours); NotFound for a missing,
    deleted or hidden record."""
    if kind == "investor":
        investor = session.get(Investor, record_id)
        if investor is None or investor.deleted_at is not None:
            raise NotFound("investor", record_id)
        return Links(investor_id=investor.id), investor.name
    if kind == "contact":
        contact = session.get(Contact, record_id)
        if contact is None or contact.deleted_at is not None:
            raise NotFound("contact", record_id)
        return Links(investor_id=contact.investor_id, contact_id=contact.id), contact.full_name
    if kind == "project":
        project = session.get(Project, record_id)
        if project is None or project.deleted_at is not None or not _project_visible(session, who, project.id):
            raise NotFound("project", record_id)
        label = project.display_title(
            access.may_see_confidential(who, project.owner_id, _office_of(session, project.owner_id))
        )
        return Links(investor_id=project.investor_id, project_id=project.id), label
    if kind == "delegation":
        delegation = session.get(Delegation, record_id)
        if delegation is None or delegation.deleted_at is not None:
            raise NotFound("delegation", record_id)
        return Links(delegation_id=delegation.id), delegation.title
    if kind == "meeting":
        meeting = session.get(Interaction, record_id)
        if meeting is None or meeting.deleted_at is not None:
            raise NotFound("interaction", record_id)
        if meeting.project_id is not None and not _project_visible(session, who, meeting.project_id):
            raise NotFound("interaction", record_id)
        links = Links(meeting.investor_id, meeting.project_id, meeting.delegation_id, meeting.contact_id)
        return links, (meeting.summary or "").splitlines()[0][:80] if meeting.summary else str(record_id)
    if kind in ("case", "incentive", "milestone"):
        return _aftercare_links(session, who, kind, record_id, lang)
    raise ValidationError("record_kind", field="record", value=kind, kinds=", ".join(KINDS))


def _aftercare_links(session: Session, who: Principal, kind: str, record_id: uuid.UUID, lang: str) -> tuple[Links, str]:
    """A grievance case, an incentive application or a procedure milestone: its documents belong to
    its investor and project, so a confidential project's papers are as hidden as the project."""
    entity = RECORD_TABLES[kind]
    record: GrievanceCase | IncentiveApplication | ProcedureMilestone | None
    if kind == "case":
        record = session.get(GrievanceCase, record_id)
    elif kind == "incentive":
        record = session.get(IncentiveApplication, record_id)
    else:
        record = session.get(ProcedureMilestone, record_id)
    if record is None or record.deleted_at is not None:
        raise NotFound(entity, record_id)
    project_id = record.project_id
    if project_id is not None and not _project_visible(session, who, project_id):
        raise NotFound(entity, record_id)
    if isinstance(record, GrievanceCase):
        return Links(investor_id=record.investor_id, project_id=project_id), record.subject
    project = session.get(Project, project_id)
    investor_id = project.investor_id if project is not None else None
    label = record.incentive_type.label(lang) if isinstance(record, IncentiveApplication) else record.step.label(lang)
    return Links(investor_id=investor_id, project_id=project_id), label


def _office_of(session: Session, officer_id: uuid.UUID | None) -> uuid.UUID | None:
    from kotra_invest.domain.models import Officer

    return session.scalar(select(Officer.office_id).where(Officer.id == officer_id)) if officer_id else None


def _project_visible(session: Session, who: Principal, project_id: uuid.UUID) -> bool:
    return project_id in access.visible_project_ids(session, who, [project_id])


def find_record(ctx: Context, key: str) -> RecordRef:
    """A record by `kind:key` (investor:Acme, project:…, delegation:…, contact:…, meeting:<id>), or
    by a bare id or a name only one investor, project or delegation has (as `brief` finds one)."""
    key = key.strip()
    if not key:
        raise ValidationError("required", field="record")
    kind, _, rest = key.partition(":")
    if rest and kind.lower() in RECORD_TABLES:
        return _find_of_kind(ctx, kind.lower(), rest.strip())
    try:
        record_id = uuid.UUID(key)
    except ValueError:
        record_id = None
    if record_id is not None:
        with unit_of_work(ctx) as session:
            who = access.principal(session, ctx)
            for kind in KINDS:
                try:
                    _links_found, label = record_links(session, who, kind, record_id, ctx.lang)
                except NotFound:
                    continue
                return RecordRef(kind, record_id, label)
        raise NotFound("record", key)
    found: list[RecordRef] = []
    for kind in ("investor", "project", "delegation"):
        try:
            found.append(_find_of_kind(ctx, kind, key))
        except NotFound:
            continue
        except Ambiguous as exc:
            found += [RecordRef(kind, uuid.UUID(int=0), c) for c in exc.candidates]
    if not found:
        raise NotFound("record", key)
    if len(found) > 1:
        raise Ambiguous(HOLDERS, key, [f"{ref.kind}: {ref.label}" for ref in found[:10]])
    return found[0]


def _find_of_kind(ctx: Context, kind: str, key: str) -> RecordRef:
    if kind == "investor":
        from kotra_invest.services.investors import find_investor

        row = find_investor(ctx, key)
        return RecordRef(kind, row.id, row.name)
    if kind == "project":
        from kotra_invest.services.projects import find_project

        project = find_project(ctx, key)
        return RecordRef(kind, project.id, project.title)
    if kind == "delegation":
        from kotra_invest.services.delegations import find_delegation

        delegation = find_delegation(ctx, key)
        return RecordRef(kind, delegation.id, delegation.title)
    if kind == "contact":
        from kotra_invest.services.merging import find_contact

        contact_id, name = find_contact(ctx, key)
        return RecordRef(kind, contact_id, name)
    try:
        record_id = uuid.UUID(key)
    except ValueError as exc:
        raise ValidationError("invalid_value", field="record", value=key) from exc
    with unit_of_work(ctx) as session:
        _found, label = record_links(session, access.principal(session, ctx), kind, record_id, ctx.lang)
    return RecordRef(kind, record_id, label)


# --- storing bytes ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Stored:
    sha256: str
    size: int
    sniffed: ct.Sniffed
    text: str | None


def _hash_file(path: Path) -> tuple[str, int, bytes]:
    digest = hashlib.sha256()
    size = 0
    head = b""
    with path.open("rb") as f:
        while chunk := f.read(CHUNK_SIZE):
            if not head:
                head = chunk[: ct.HEAD_BYTES]
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size, head


def _check_file(path: Path, limit: int) -> int:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(
            "document_unreadable", field="file", name=path.name, reason=exc.strerror or str(exc)
        ) from exc
    if not path.is_file():
        raise ValidationError("document_unreadable", field="file", name=path.name, reason="not a file")
    if size > limit:
        raise ValidationError(
            "document_too_large", field="file", name=path.name, size_mb=_mb(size), limit_mb=_mb(limit)
        )
    if size == 0:
        raise ValidationError("document_empty", field="file", name=path.name)
    return size


@dataclass(frozen=True)
class _Hashed:
    sha256: str
    size: int
    head: bytes


def _hashed(path: Path, limit: int) -> _Hashed:
    """The file's hash, size and first bytes, read once; refused in one sentence when it cannot be
    read, is empty or is over the limit."""
    _check_file(path, limit)
    try:
        sha, size, head = _hash_file(path)
    except OSError as exc:
        raise ValidationError(
            "document_unreadable", field="file", name=path.name, reason=exc.strerror or str(exc)
        ) from exc
    if size > limit:  # it grew between the look and the read
        raise ValidationError(
            "document_too_large", field="file", name=path.name, size_mb=_mb(size), limit_mb=_mb(limit)
        )
    return _Hashed(sha, size, head)


def _store(session: Session, path: Path, hashed: _Hashed) -> _Stored:
    """Put the file's bytes in the database once (nothing when the same content is there), chunk
    by chunk, never holding more than one chunk in memory."""
    sha, size, head = hashed.sha256, hashed.size, hashed.head
    sniffed = ct.sniff(head, ct.container_members(path, head))
    if session.get(DocumentBlob, sha) is None:
        chunks = 0
        session.add(
            DocumentBlob(sha256=sha, size=size, chunks=(size + CHUNK_SIZE - 1) // CHUNK_SIZE, created_at=utcnow())
        )
        session.flush()
        digest = hashlib.sha256()
        with path.open("rb") as f:
            while chunk := f.read(CHUNK_SIZE):
                digest.update(chunk)
                session.execute(insert(DocumentChunk).values(sha256=sha, seq=chunks, data=chunk))
                chunks += 1
        if digest.hexdigest() != sha:  # changed while we read it: what is stored is not what was hashed
            raise ValidationError("document_unreadable", field="file", name=path.name, reason="changed while read")
    text = None if sniffed.drm else extract_text(path, sniffed.mime, TEXT_LIMIT)
    return _Stored(sha, size, sniffed, text)


def display_name(name: str) -> str:
    name = name.replace("\\", "/").rsplit("/", 1)[-1].strip() or "document"
    return name[:255]


def add_in_session(
    session: Session,
    who: Principal,
    kind: str,
    record_id: uuid.UUID,
    path: Path,
    *,
    name: str | None = None,
    contact_id: uuid.UUID | None = None,
) -> Document:
    """Add one file to a record inside the caller's unit of work (the mail import uses it: an
    e-mail's attachments all go on its own new meeting, even two with the same content)."""
    links, _label = record_links(session, who, kind, record_id)
    return _attach(session, kind, record_id, links, path, _hashed(path, _limit(session)), name, contact_id)


def _attach(
    session: Session,
    kind: str,
    record_id: uuid.UUID,
    links: Links,
    path: Path,
    hashed: _Hashed,
    name: str | None = None,
    contact_id: uuid.UUID | None = None,
) -> Document:
    stored = _store(session, path, hashed)
    doc_id = uuid.uuid4()
    document = Document(
        id=doc_id,
        record_kind=kind,
        record_id=record_id,
        investor_id=links.investor_id,
        project_id=links.project_id,
        delegation_id=links.delegation_id,
        contact_id=contact_id or links.contact_id,
        name=display_name(name or path.name),
        sha256=stored.sha256,
        size=stored.size,
        mime=stored.sniffed.mime,
        drm=stored.sniffed.drm,
        series_id=doc_id,
        series_no=1,
        text=stored.text,
    )
    session.add(document)
    session.flush()
    return document


@dataclass(frozen=True)
class AlreadyAttached:
    """A file left out of a batch: its exact content is already a current document of the record."""

    name: str  # the file's name, as the officer gave it
    existing: DocumentRow  # the document that already has its content

    def message(self, lang: str) -> str:
        if self.existing.name == self.name:
            return msg("services.documents", "{name} is already attached to this record.").text(lang, name=self.name)
        return msg("services.documents", "{name} is already attached to this record as {existing}.").text(
            lang, name=self.name, existing=self.existing.name
        )


@dataclass(frozen=True)
class DocumentsAdded:
    """What a batch of files came to: the documents added, and the files already attached."""

    added: tuple[DocumentRow, ...]
    already: tuple[AlreadyAttached, ...] = ()


def _current_with(session: Session, kind: str, record_id: uuid.UUID, sha: str) -> Document | None:
    """The record's own current document (not superseded, not deleted) with this content, if any."""
    return session.scalars(
        select(Document)
        .where(
            Document.record_kind == kind,
            Document.record_id == record_id,
            Document.sha256 == sha,
            Document.superseded_by.is_(None),
            Document.deleted_at.is_(None),
        )
        .order_by(Document.created_at)
        .limit(1)
    ).first()


def add_documents(ctx: Context, kind: str, record_id: uuid.UUID, paths: Sequence[Path]) -> DocumentsAdded:
    """Add files to a record in one unit of work: a file that fails adds none of them. A file whose exact
    content is already a current document of this same record is left out and named in
    `already` (dropping the same PDF twice must not list it twice), whatever its name; an old
    version or a deleted copy does not count, nor the same content on another record."""
    if not paths:
        raise ValidationError("required", field="file")
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        access.require_write(who)
        links, _label = record_links(session, who, kind, record_id)
        limit = _limit(session)
        added: list[Document] = []
        already: list[AlreadyAttached] = []
        for p in paths:
            path = Path(p)
            hashed = _hashed(path, limit)
            existing = _current_with(session, kind, record_id, hashed.sha256)
            if existing is not None:  # also a file given twice in one batch
                already.append(AlreadyAttached(display_name(path.name), to_row(existing)))
                continue
            added.append(_attach(session, kind, record_id, links, path, hashed))
        session.commit()
        return DocumentsAdded(tuple(to_row(d) for d in added), tuple(already))


def replace_document(ctx: Context, document_id: uuid.UUID, path: Path) -> DocumentRow:
    """A new version of a document from `path`: the old one stays, superseded, in its series."""
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        access.require_write(who)
        old = _visible(session, who, document_id)
        if old.superseded_by is not None:
            old = _visible(session, who, _current_of(session, old.series_id))
        stored = _store(session, Path(path), _hashed(Path(path), _limit(session)))
        new = Document(
            id=uuid.uuid4(),
            record_kind=old.record_kind,
            record_id=old.record_id,
            investor_id=old.investor_id,
            project_id=old.project_id,
            delegation_id=old.delegation_id,
            contact_id=old.contact_id,
            name=display_name(Path(path).name),
            sha256=stored.sha256,
            size=stored.size,
            mime=stored.sniffed.mime,
            drm=stored.sniffed.drm,
            series_id=old.series_id,
            series_no=old.series_no + 1,
            text=stored.text,
        )
        session.add(new)
        session.flush()
        old.superseded_by = new.id
        session.commit()
        return to_row(new)


def _current_of(session: Session, series_id: uuid.UUID) -> uuid.UUID:
    found = session.scalar(select(Document.id).where(Document.series_id == series_id, Document.superseded_by.is_(None)))
    if found is None:
        raise NotFound("document", series_id)
    return found


def delete_document(ctx: Context, document_id: uuid.UUID) -> None:
    """A tombstone (the record's list no longer shows it); `restore_document` undoes it."""
    _set_deleted(ctx, document_id, deleted=True)


def restore_document(ctx: Context, document_id: uuid.UUID) -> None:
    _set_deleted(ctx, document_id, deleted=False)


def _set_deleted(ctx: Context, document_id: uuid.UUID, *, deleted: bool) -> None:
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        access.require_write(who)
        document = _visible(session, who, document_id, include_deleted=True)
        if deleted and document.deleted_at is None:
            document.deleted_at = utcnow()
        elif not deleted and document.deleted_at is not None:
            document.deleted_at = None
        session.commit()


# --- reading -------------------------------------------------------------------------------------


def _hidden_clause(who: Principal) -> Any:
    """Documents of projects `who` may not see are not there."""
    if who.is_admin:
        return None
    visible = select(Project.id).where(access.visible_projects(who))
    return or_(Document.project_id.is_(None), Document.project_id.in_(visible))


def _visible(session: Session, who: Principal, document_id: uuid.UUID, *, include_deleted: bool = False) -> Document:
    document = session.get(Document, document_id)
    if document is None or (document.deleted_at is not None and not include_deleted):
        raise NotFound("document", document_id)
    if document.project_id is not None and not _project_visible(session, who, document.project_id):
        raise NotFound("document", document_id)
    return document


def to_row(d: Document) -> DocumentRow:
    return DocumentRow(
        id=d.id,
        record_kind=d.record_kind,
        record_id=d.record_id,
        name=d.name,
        size=d.size,
        mime=d.mime,
        drm=d.drm,
        sha256=d.sha256,
        series_id=d.series_id,
        series_no=d.series_no,
        added_at=d.created_at,
        added_by=d.updated_by,
        searchable=bool(d.text),
        current=d.superseded_by is None,
        deleted=d.deleted_at is not None,
    )


def list_documents(ctx: Context, kind: str, record_id: uuid.UUID, *, versions: bool = False) -> list[DocumentRow]:
    """A record's documents, newest first: the current version of each (every version with
    `versions`). An investor's list also holds the documents of its contacts, projects and
    meetings (as the timeline holds their meetings)."""
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        record_links(session, who, kind, record_id)  # NotFound for a record that is not there for them
        owned: ColumnElement[bool] = (Document.record_kind == kind) & (Document.record_id == record_id)
        if kind == "investor":
            owned = or_(owned, Document.investor_id == record_id)
        elif kind == "delegation":
            owned = or_(owned, Document.delegation_id == record_id)
        elif kind == "project":
            owned = or_(owned, Document.project_id == record_id)
        query = select(Document).where(owned, Document.deleted_at.is_(None))
        if not versions:
            query = query.where(Document.superseded_by.is_(None))
        hidden = _hidden_clause(who)
        if hidden is not None:
            query = query.where(hidden)
        query = query.order_by(Document.created_at.desc(), Document.series_no.desc())
        return _named(session, [to_row(d) for d in session.scalars(query)], ctx.lang)


def _named(session: Session, rows: list[DocumentRow], lang: str) -> list[DocumentRow]:
    """The rows with the name of the officer who added each (the desktop shows names, not logins)."""
    logins = {r.added_by for r in rows if r.added_by}
    if not logins:
        return rows
    names = {
        login: (name if lang == "ko" else name_en or name)
        for login, name, name_en in session.execute(
            select(Officer.login, Officer.name, Officer.name_en).where(Officer.login.in_(logins))
        )
    }
    return [dataclasses.replace(r, added_by_name=names.get(r.added_by or "")) for r in rows]


def document_versions(ctx: Context, document_id: uuid.UUID) -> list[DocumentRow]:
    """Every version of a document's series, newest first."""
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        document = _visible(session, who, document_id, include_deleted=True)
        query = select(Document).where(Document.series_id == document.series_id).order_by(Document.series_no.desc())
        return _named(session, [to_row(d) for d in session.scalars(query)], ctx.lang)


def holder_of(ctx: Context, row: DocumentRow) -> tuple[str, uuid.UUID]:
    """The record whose window shows a document: itself for an investor, project or delegation;
    the project for an incentive application's or a milestone's; for a contact's, a meeting's or a
    grievance case's, the investor (or delegation) it speaks of."""
    if row.record_kind in ("investor", "project", "delegation"):
        return row.record_kind, row.record_id
    with unit_of_work(ctx) as session:
        document = session.get(Document, row.id)
        assert document is not None
        if row.record_kind in ("incentive", "milestone") and document.project_id is not None:
            return "project", document.project_id  # an application's or a step's papers: the project's window
        if document.investor_id is not None:
            return "investor", document.investor_id
        if document.delegation_id is not None:
            return "delegation", document.delegation_id
    raise NotFound("document", row.id)


def get_document_row(ctx: Context, document_id: uuid.UUID) -> DocumentRow:
    with unit_of_work(ctx) as session:
        return to_row(_visible(session, access.principal(session, ctx), document_id, include_deleted=True))


def _write_blob(session: Session, sha: str, name: str, out: Any) -> int:
    """Write a blob to the open binary file `out`, chunk by chunk, checking its hash."""
    digest = hashlib.sha256()
    size = 0
    seq = 0
    while True:
        # One chunk a query: a 20 MB file never sits in memory whole, on either engine.
        data = session.scalar(select(DocumentChunk.data).where(DocumentChunk.sha256 == sha, DocumentChunk.seq == seq))
        if data is None:
            break
        data = bytes(data)
        digest.update(data)
        out.write(data)
        size += len(data)
        seq += 1
    if digest.hexdigest() != sha:
        raise DomainError("document_damaged", name=name)
    return size


def _concerns(session: Session, document: Document) -> list[uuid.UUID]:
    """The people whose personal data a document is (the access log's subject)."""
    return [document.contact_id] if document.contact_id is not None else []


def save_document(ctx: Context, document_id: uuid.UUID, target: Path, *, action: str = access_log.DOWNLOAD) -> Path:
    """Write the document's bytes to `target` (replaced atomically); a document about a person
    needs the officer's reason and is logged as a download."""
    from kotra_invest.files.atomic import replaced_atomically

    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        document = _visible(session, who, document_id, include_deleted=True)
        people = _concerns(session, document)
        if people:
            access_log.require_reason(ctx, action)
        target = Path(target)
        if target.is_dir():
            raise ValidationError("document_target_folder", field="file", name=str(target))
        try:
            with replaced_atomically(target) as tmp, open(tmp, "wb") as out:
                _write_blob(session, document.sha256, document.name, out)
        except OSError as exc:  # a read-only folder, a full disk: one sentence, not a traceback
            raise ValidationError(
                "document_unwritable", field="file", name=str(target), reason=exc.strerror or str(exc)
            ) from exc
        if people:
            access_log.record(
                ctx,
                action,
                "document",
                people,
                subject=document.name,
                detail={"files": [str(target)], "document": str(document.id)},
                session=session,
            )
        session.commit()
    return Path(target)


# The largest file shown as a preview: a preview is read whole into memory.
PREVIEW_MAX_BYTES = 30 * 1024 * 1024


def preview_bytes(ctx: Context, document_id: uuid.UUID) -> tuple[str, bytes] | None:
    """(type, bytes) of a PDF or an image to show as a thumbnail; None for anything else (a
    DRM-wrapped file, another format, a file too large to preview). Showing a person's document
    is a view for the access log, as showing their contact card is."""
    import io

    with unit_of_work(ctx) as session:
        document = _visible(session, access.principal(session, ctx), document_id, include_deleted=True)
        if not ct.Sniffed(document.mime, document.drm).previewable or document.size > PREVIEW_MAX_BYTES:
            return None
        out = io.BytesIO()
        _write_blob(session, document.sha256, document.name, out)
        people = _concerns(session, document)
        if people:
            access_log.record(ctx, access_log.VIEW, "document", people, subject=document.name, session=session)
        session.commit()
        return document.mime, out.getvalue()


def concerns_a_person(ctx: Context, document_id: uuid.UUID) -> bool:
    """Whether reading this document is a download of personal data (the desktop asks for a reason)."""
    with unit_of_work(ctx) as session:
        return bool(
            _concerns(session, _visible(session, access.principal(session, ctx), document_id, include_deleted=True))
        )


def temporary_copy(ctx: Context, document_id: uuid.UUID, folder: Path | None = None) -> Path:
    """A copy to open with the system's viewer, in a private folder of its own under `folder`
    (the caller removes the folder when done: ui/documents.py at close and at exit)."""
    row = get_document_row(ctx, document_id)
    private = Path(tempfile.mkdtemp(prefix="kotra-doc-", dir=str(folder) if folder else None))
    os.chmod(private, 0o700)
    name = row.name
    if "." not in name and row.mime in ct.EXTENSIONS:
        name += ct.EXTENSIONS[row.mime]
    return save_document(ctx, document_id, private / name)
