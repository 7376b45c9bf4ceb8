"""Mission packs: one delegation and everything about it in one file, for work with no network.

A pack is a kotra-invest database of the same schema (so the app opens it like any other),
always in SQLCipher's format: with a passphrase it is encrypted; without one it is keyed with
a public constant, which keeps nothing secret but gives every page an HMAC, so a damaged byte
is refused instead of merged home as a wrong value. Beside the data, a pack holds:

- in `app_setting`: the identity of the database it was cut from and of the delegation, when
  and by whom (`pack_*` keys);
- in `pack_base`: each exported mission record as it was at the cut, in canonical JSON: the
  base of the three-way merge (kotra_invest.sync.merge).

A pack keeps a rollback journal, not WAL (store.engine): whenever no write is under way, the
one file holds every edit, so it can be copied to a USB stick even while the app has it open.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, false, func, insert, or_, select, text
from sqlalchemy.exc import DatabaseError, SQLAlchemyError
from sqlalchemy.orm import Session

from kotra_invest.domain.aftercare_models import Enquiry, GrievanceCase, IncentiveApplication, ProcedureMilestone
from kotra_invest.domain.base import Base
from kotra_invest.domain.document_models import Document, DocumentBlob, DocumentChunk, MailMessage
from kotra_invest.domain.errors import DomainError, NotFound, StorageError
from kotra_invest.domain.models import (
    Contact,
    Delegation,
    FdiAmount,
    Interaction,
    ItineraryItem,
    MeetingTarget,
    Project,
    Setting,
    Task,
    delegation_fez,
)
from kotra_invest.domain.recommend_models import InvestorSite, RecommendationDismissal
from kotra_invest.services import access, access_log
from kotra_invest.services.unit_of_work import Context, unit_of_work
from kotra_invest.store import migrate
from kotra_invest.store.engine import SQLITE_HEADER, Database, cipher_url, open_database
from kotra_invest.sync.records import MISSION_MODELS, REFERENCE_LINKS, REFERENCE_MODELS, canon, fields_of, link_fields

PACK_FORMAT = "1"
BASE_TABLE = "pack_base"

Progress = Callable[[int, int], None]
Cancel = threading.Event | Callable[[], bool]


@dataclass(frozen=True)
class PackInfo:
    """What the desktop shows about an open pack: "mission pack for X, cut from Y on DATE"."""

    pack_id: uuid.UUID  # the pack's own database identity
    delegation_id: uuid.UUID
    delegation_title: str
    source_database_id: str  # the database it merges back into
    source: str  # that database as a user knows it: a file, or a server without password
    cut_at: datetime
    cut_by: str
    protected: bool  # cut with a passphrase
    records: int  # mission records in the pack when it was cut


def cancelled(cancel: Cancel | None) -> bool:
    if cancel is None:
        return False
    return cancel.is_set() if isinstance(cancel, threading.Event) else bool(cancel())


def check_cancel(cancel: Cancel | None) -> None:
    if cancelled(cancel):
        raise DomainError("cancelled")


# --- export --------------------------------------------------------------------------------


def _in(column: Any, ids: set[uuid.UUID]) -> ColumnElement[bool]:
    return column.in_(ids) if ids else false()


def _null_or_in(column: Any, ids: set[uuid.UUID]) -> ColumnElement[bool]:
    return or_(column.is_(None), _in(column, ids))


def _ids(session: Session, query: Any) -> set[uuid.UUID]:
    return {i for i in session.scalars(query) if i is not None}


def _select_scope(
    session: Session, ctx: Context, delegation_id: uuid.UUID, with_documents: bool = True
) -> dict[str, set[uuid.UUID]]:
    """The ids of every mission record the pack carries, closed under foreign keys."""
    who = access.principal(session, ctx)
    d = delegation_id
    investors = _ids(session, select(MeetingTarget.investor_id).where(MeetingTarget.delegation_id == d))
    investors |= _ids(session, select(ItineraryItem.investor_id).where(ItineraryItem.delegation_id == d))
    investors |= _ids(session, select(Interaction.investor_id).where(Interaction.delegation_id == d))
    item_contacts = _ids(session, select(ItineraryItem.contact_id).where(ItineraryItem.delegation_id == d))
    investors |= _ids(session, select(Contact.investor_id).where(_in(Contact.id, item_contacts)))
    contacts = _ids(session, select(Contact.id).where(_in(Contact.investor_id, investors)))
    # Confidential projects the exporting officer may not see do not exist for the pack either.
    projects = _ids(
        session, select(Project.id).where(_in(Project.investor_id, investors), access.visible_projects(who))
    )
    fdi = _ids(session, select(FdiAmount.id).where(_in(FdiAmount.project_id, projects)))
    # A meeting travels with its company whoever it names: the person met may be another investor's
    # now (moved since; the meeting stays what happened with this company then), or an adviser of
    # none. Leaving such meetings out left holes in the company's history abroad.
    interactions = _ids(
        session,
        select(Interaction.id).where(
            or_(_in(Interaction.investor_id, investors), Interaction.delegation_id == d),
            _null_or_in(Interaction.investor_id, investors),
            _null_or_in(Interaction.project_id, projects),
        ),
    )
    tasks = _ids(
        session,
        select(Task.id).where(
            or_(_in(Task.investor_id, investors), Task.delegation_id == d, _in(Task.interaction_id, interactions)),
            _null_or_in(Task.investor_id, investors),
            _null_or_in(Task.project_id, projects),
            _null_or_in(Task.interaction_id, interactions),
        ),
    )
    # Meetings held during other delegations keep their link: those delegations travel too (their
    # own rows only, as context for the history).
    delegations = {d} | _ids(session, select(Interaction.delegation_id).where(_in(Interaction.id, interactions)))
    delegations |= _ids(session, select(Task.delegation_id).where(_in(Task.id, tasks)))
    sites = _ids(session, select(InvestorSite.id).where(_in(InvestorSite.investor_id, investors)))
    # A dismissal travels with an investor that travels; one of an investor left home means nothing abroad.
    dismissals = _ids(
        session,
        select(RecommendationDismissal.id).where(
            RecommendationDismissal.delegation_id == d, _in(RecommendationDismissal.investor_id, investors)
        ),
    )
    # Aftercare travels with its investors: officers abroad meet them and hear their grievances.
    cases = _ids(
        session,
        select(GrievanceCase.id).where(
            _in(GrievanceCase.investor_id, investors), _null_or_in(GrievanceCase.project_id, projects)
        ),
    )
    applications = _ids(session, select(IncentiveApplication.id).where(_in(IncentiveApplication.project_id, projects)))
    milestones = _ids(session, select(ProcedureMilestone.id).where(_in(ProcedureMilestone.project_id, projects)))
    enquiries = _ids(session, select(Enquiry.id).where(_in(Enquiry.investor_id, investors)))
    scope = {
        "investor": investors,
        "investor_site": sites,
        "recommendation_dismissal": dismissals,
        "contact": contacts,
        "project": projects,
        "fdi_amount": fdi,
        "delegation": delegations,
        "interaction": interactions,
        "task": tasks,
        "grievance_case": cases,
        "incentive_application": applications,
        "procedure_milestone": milestones,
        "enquiry": enquiries,
    }
    scope["document"], scope["mail_message"] = _documents_scope(session, scope) if with_documents else (set(), set())
    _add_named_elsewhere(session, scope)
    return scope


def _add_named_elsewhere(session: Session, scope: dict[str, set[uuid.UUID]]) -> None:
    """The people the travelling meetings and documents name who are not the travelling investors'
    (moved to another investor since, or advisers), and the investors they are at now or that a
    document filed before a move still names: each as its own row only, so the meeting abroad
    still reads "Kim (now at …)", the pack holds the same person as home (merged back field by
    field, never a second Kim), and every reference in the pack resolves. Their own papers,
    people, meetings and projects stay home."""
    contacts = scope["contact"]
    named = _ids(session, select(Interaction.contact_id).where(_in(Interaction.id, scope["interaction"])))
    named |= _ids(session, select(Document.contact_id).where(_in(Document.id, scope["document"])))
    elsewhere = named - contacts
    companies = _ids(session, select(Contact.investor_id).where(_in(Contact.id, elsewhere)))
    companies |= _ids(session, select(Document.investor_id).where(_in(Document.id, scope["document"])))
    companies |= _ids(session, select(MailMessage.investor_id).where(_in(MailMessage.id, scope["mail_message"])))
    scope["contact"] = contacts | elsewhere
    scope["investor"] = scope["investor"] | companies


# Which scope holds the records of each kind a document may belong to (domain/document_models).
_HOLDER_SCOPE = {"investor": "investor", "contact": "contact", "project": "project", "delegation": "delegation",
                 "meeting": "interaction", "case": "grievance_case", "incentive": "incentive_application",
                 "milestone": "procedure_milestone"}  # fmt: skip


def _documents_scope(session: Session, scope: dict[str, set[uuid.UUID]]) -> tuple[set[uuid.UUID], set[uuid.UUID]]:
    """The documents of the records the pack carries (every version: replacing abroad needs the
    series), and the imported e-mails of its meetings."""
    held = or_(
        *((Document.record_kind == kind) & _in(Document.record_id, scope[name]) for kind, name in _HOLDER_SCOPE.items())
    )
    documents = _ids(session, select(Document.id).where(held, _null_or_in(Document.project_id, scope["project"])))
    mails = _ids(session, select(MailMessage.id).where(_in(MailMessage.interaction_id, scope["interaction"])))
    return documents, mails


def _mission_filter(model: type[Base], scope: dict[str, set[uuid.UUID]], delegation_id: uuid.UUID) -> Any:
    table: Table = model.__table__
    if table.name in scope:
        return _in(table.c.id, scope[table.name])
    if "delegation_id" in table.c:  # the delegation's own child tables
        return table.c.delegation_id == delegation_id
    raise AssertionError(f"no export rule for {table.name}")


def documents_size(ctx: Context, delegation_id: uuid.UUID) -> tuple[int, int]:
    """How many documents the delegation's pack would carry and their bytes (stored once each):
    what the export dialog shows beside "include documents"."""
    with unit_of_work(ctx) as session:
        scope = _select_scope(session, ctx, delegation_id)
        shas = set(session.scalars(select(Document.sha256).where(_in(Document.id, scope["document"]))))
        size = (
            session.scalar(select(func.coalesce(func.sum(DocumentBlob.size), 0)).where(DocumentBlob.sha256.in_(shas)))
            if shas
            else 0
        )
        return len(scope["document"]), int(size or 0)


def export_pack(
    ctx: Context,
    delegation_id: uuid.UUID,
    target: Path,
    *,
    passphrase: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    with_documents: bool = True,
) -> PackInfo:
    """Write the mission pack of one delegation to `target` (replaced only when complete);
    `with_documents=False` leaves the records' documents out (a smaller pack).

    Raises NotFound for an unknown delegation, StorageError("write_failed") when the file
    cannot be written, DomainError("cancelled") when cancelled (nothing is left behind).
    """
    target = target.expanduser()
    # A pack carries the delegation's contacts off the server: a download of personal data.
    access_log.require_reason(ctx, access_log.DOWNLOAD)
    steps = 3 + len(REFERENCE_MODELS) + len(MISSION_MODELS)
    done = 0

    def step() -> None:
        nonlocal done
        check_cancel(cancel)
        done += 1
        if progress is not None:
            progress(done, steps)

    with unit_of_work(ctx) as session:
        delegation = session.get(Delegation, delegation_id)
        if delegation is None or delegation.deleted_at is not None:
            raise NotFound("delegation", delegation_id)
        home_id = session.scalar(select(Setting.value).where(Setting.key == "database_id"))
        if not home_id:
            raise StorageError("not_supported", what="mission packs (this database has no identity)")
        scope = _select_scope(session, ctx, delegation_id, with_documents)
        reference = {m: session.execute(select(m.__table__)).mappings().all() for m in REFERENCE_MODELS}
        links = {t: session.execute(select(t)).mappings().all() for t in REFERENCE_LINKS}
        mission = {
            m: session.execute(select(m.__table__).where(_mission_filter(m, scope, delegation_id))).mappings().all()
            for m in MISSION_MODELS
        }
        delegation_links = (
            session.execute(select(delegation_fez).where(_in(delegation_fez.c.delegation_id, scope["delegation"])))
            .mappings()
            .all()
        )
        title = delegation.title
        access_log.record(
            ctx,
            access_log.DOWNLOAD,
            "mission_pack",
            [r["id"] for r in mission.get(Contact, ())],
            subject=delegation_id,
            detail={"file": str(target)},
            session=session,
        )
        session.commit()
        step()

    now = datetime.now(UTC)
    partial = target.with_name(target.name + ".partial")
    _remove(partial)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        pack = open_database(cipher_url(partial, passphrase))
    except OSError as exc:
        raise StorageError("write_failed", path=str(target), reason=exc.strerror or str(exc)) from exc
    records = sum(len(rows) for rows in mission.values())
    try:
        migrate.upgrade(pack)
        step()
        with pack.engine.begin() as conn:
            _clear_reference(conn)
            for model in REFERENCE_MODELS:
                _insert(conn, model.__table__, reference[model])
                step()
            for table in REFERENCE_LINKS:
                _insert(conn, table, links[table])
            conn.execute(
                text(
                    f"CREATE TABLE {BASE_TABLE} (entity TEXT NOT NULL, record_id TEXT NOT NULL, "
                    "data TEXT NOT NULL, PRIMARY KEY (entity, record_id))"
                )
            )
            shas = {row["sha256"] for row in mission[Document]}
            copy_blobs(lambda: ctx.db.engine.connect(), conn, shas, cancel)
            for model in MISSION_MODELS:
                rows = mission[model]
                _insert(conn, model.__table__, rows)
                _insert_base(conn, model, rows, delegation_links)
                step()
            _insert(conn, delegation_fez, delegation_links)
            pack_id = conn.execute(select(Setting.value).where(Setting.key == "database_id")).scalar_one()
            settings = {
                "pack_format": PACK_FORMAT,
                "pack_source_database": home_id,
                "pack_source": ctx.db.describe(),
                "pack_delegation_id": str(delegation_id),
                "pack_delegation_title": title,
                "pack_cut_at": now.isoformat(),
                "pack_cut_by": ctx.actor,
                "pack_protected": "yes" if passphrase else "no",
                "pack_records": str(records),
            }
            conn.execute(insert(Setting.__table__), [{"key": k, "value": v} for k, v in settings.items()])
        check_cancel(cancel)
    except BaseException as exc:
        pack.dispose()
        _remove(partial)
        if isinstance(exc, OSError | DatabaseError):
            reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
            raise StorageError("write_failed", path=str(target), reason=reason) from exc
        raise
    pack.dispose()
    try:
        partial.replace(target)
    except OSError as exc:
        _remove(partial)
        raise StorageError("write_failed", path=str(target), reason=exc.strerror or str(exc)) from exc
    step()
    return PackInfo(
        pack_id=uuid.UUID(pack_id),
        delegation_id=delegation_id,
        delegation_title=title,
        source_database_id=home_id,
        source=ctx.db.describe(),
        cut_at=now,
        cut_by=ctx.actor,
        protected=bool(passphrase),
        records=records,
    )


def copy_blobs(source: Callable[[], Any], target: Connection, shas: Iterable[str], cancel: Cancel | None = None) -> int:
    """Copy the documents' bytes the target lacks, one chunk at a time (a pack of many scans never
    holds more than a chunk in memory); `source` opens a connection to read from. Returns bytes copied."""
    have = set(target.scalars(select(DocumentBlob.sha256)))
    wanted = sorted(set(shas) - have)
    copied = 0
    if not wanted:
        return 0
    with source() as reader:
        for sha in wanted:
            check_cancel(cancel)
            blob = (
                reader.execute(
                    select(DocumentBlob.sha256, DocumentBlob.size, DocumentBlob.chunks, DocumentBlob.created_at).where(
                        DocumentBlob.sha256 == sha
                    )
                )
                .mappings()
                .first()
            )
            if blob is None:
                continue  # a document naming bytes the source never had: its merge refuses it
            target.execute(insert(DocumentBlob), [dict(blob)])
            for seq in range(int(blob["chunks"])):
                data = reader.scalar(
                    select(DocumentChunk.data).where(DocumentChunk.sha256 == sha, DocumentChunk.seq == seq)
                )
                if data is None:
                    break
                target.execute(insert(DocumentChunk), [{"sha256": sha, "seq": seq, "data": bytes(data)}])
                copied += len(data)
    return copied


def _remove(path: Path) -> None:
    for extra in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + extra).unlink(missing_ok=True)


def _clear_reference(conn: Connection) -> None:
    """Drop the reference rows the migrations seeded: the pack carries home's, renames included."""
    for table in REFERENCE_LINKS:
        conn.execute(table.delete())
    for model in reversed(REFERENCE_MODELS):
        conn.execute(model.__table__.delete())


def _insert(conn: Connection, table: Table, rows: Iterable[Any]) -> None:
    batch = [dict(r) for r in rows]
    if batch:
        conn.execute(insert(table), batch)


def base_record(model: type[Base], row: Any, links: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """A record as the merge compares it: canonical field values and linked ids."""
    record = {key: canon(row[key]) for key in fields_of(model)}
    record["version"] = row["version"]
    for link in link_fields(model):
        record[link.key] = sorted((links or {}).get(link.key, []))
    return record


def _insert_base(conn: Connection, model: type[Base], rows: Any, delegation_links: Any) -> None:
    by_record: dict[str, list[str]] = {}
    for link in delegation_links:
        by_record.setdefault(str(link["delegation_id"]), []).append(str(link["fez_id"]))
    entity = model.__tablename__
    batch = []
    for row in rows:
        links = {"fezs": by_record.get(str(row["id"]), [])} if model is Delegation else None
        data = base_record(model, row, links)
        batch.append({"entity": entity, "record_id": str(row["id"]), "data": json.dumps(data, sort_keys=True)})
    if batch:
        conn.execute(
            text(f"INSERT INTO {BASE_TABLE} (entity, record_id, data) VALUES (:entity, :record_id, :data)"), batch
        )


# --- reading a pack ------------------------------------------------------------------------


def _settings(conn: Connection) -> dict[str, str]:
    return {k: v for k, v in conn.execute(select(Setting.key, Setting.value)).all()}


def _info(settings: dict[str, str]) -> PackInfo:
    return PackInfo(
        pack_id=uuid.UUID(settings["database_id"]),
        delegation_id=uuid.UUID(settings["pack_delegation_id"]),
        delegation_title=settings["pack_delegation_title"],
        source_database_id=settings["pack_source_database"],
        source=settings.get("pack_source", ""),
        cut_at=datetime.fromisoformat(settings["pack_cut_at"]),
        cut_by=settings.get("pack_cut_by", ""),
        protected=settings.get("pack_protected") == "yes",
        records=int(settings.get("pack_records", "0")),
    )


def pack_info(ctx: Context) -> PackInfo | None:
    """What the open database is, if it is a mission pack (None for an ordinary database)."""
    if not ctx.db.is_sqlite:
        return None
    with unit_of_work(ctx) as session:
        settings = {k: v for k, v in session.execute(select(Setting.key, Setting.value)).all()}
    if settings.get("pack_format") is None:
        return None
    try:
        return _info(settings)
    except (KeyError, ValueError, TypeError) as exc:  # a BLOB where text belongs, too
        raise StorageError("pack_damaged", path=ctx.db.describe()) from exc


def open_pack(path: Path, passphrase: str | None = None) -> Database:
    """Open a mission pack for checking or merging; refuses anything that is not a healthy pack.

    Raises StorageError with code pack_missing, not_a_pack, pack_locked (protected and no
    passphrase given, or damaged), pack_wrong_passphrase, pack_damaged or pack_too_new.
    """
    path = path.expanduser()
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise StorageError("pack_missing", path=str(path), reason=exc.strerror or str(exc)) from exc
    if header == SQLITE_HEADER or len(header) < 16:
        raise StorageError("not_a_pack", path=str(path))  # a plain database or a scrap: never a pack
    try:
        db = open_database(cipher_url(path, passphrase), create=False)
    except StorageError as exc:
        if exc.code != "database_corrupt":
            raise
        code = "pack_wrong_passphrase" if passphrase else "pack_locked"
        raise StorageError(code, path=str(path)) from exc
    try:
        with db.engine.connect() as conn:
            problems = [r[0] for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
            problems += [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check") if r[0] != "ok"]
            if problems:
                raise StorageError("pack_damaged", path=str(path))
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            settings = _settings(conn)
            has_base = conn.execute(
                text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :n"), {"n": BASE_TABLE}
            ).scalar()
        if settings.get("pack_format") is None or not has_base:
            raise StorageError("not_a_pack", path=str(path))
        if settings["pack_format"] != PACK_FORMAT or revision != migrate.head_revision():
            raise StorageError(
                "pack_too_new" if not migrate.is_known(str(revision)) else "pack_outdated", path=str(path)
            )
        _info(settings)
    except StorageError:
        db.dispose()
        raise
    except (SQLAlchemyError, KeyError, ValueError, TypeError) as exc:  # a BLOB where text belongs, too
        db.dispose()
        raise StorageError("pack_damaged", path=str(path)) from exc
    return db


# --- one file, and what a copy can leave behind ---------------------------------------------

OPEN_MARKER = "pack_open_on"  # set while the desktop has the pack open: a copy taken then carries it


def mark_open(db: Database) -> None:
    """Note in the pack that it is open here now; `mark_closed` removes the note again.

    Best effort: a pack on read-only media cannot take the note, and still opens.
    """
    marker = json.dumps({"host": socket.gethostname(), "pid": os.getpid(), "since": datetime.now(UTC).isoformat()})
    try:
        with db.engine.begin() as conn:
            conn.execute(Setting.__table__.delete().where(Setting.key == OPEN_MARKER))
            conn.execute(insert(Setting.__table__), [{"key": OPEN_MARKER, "value": marker}])
    except SQLAlchemyError:
        return


def mark_closed(db: Database) -> None:
    try:
        with db.engine.begin() as conn:
            conn.execute(Setting.__table__.delete().where(Setting.key == OPEN_MARKER))
    except SQLAlchemyError:
        return


@dataclass(frozen=True)
class LeftBehind:
    """Why a pack file may lack edits: what `pack info` warns about before anyone merges it."""

    code: str  # pack_left_wal, pack_left_journal or pack_copied_open (a DomainError code)
    params: dict[str, str]

    def message(self, lang: str = "en") -> str:
        return DomainError(self.code, **self.params).message(lang)


def files_left_beside(path: Path) -> list[LeftBehind]:
    """A `-wal` or `-journal` beside the pack: look before opening it, which folds them in.

    A `-wal` holds committed edits the file lacks (a pack written before packs kept a rollback
    journal, copied without it); a `-journal` is a change the app was writing when it stopped.
    """
    found = []
    for suffix, code in (("-wal", "pack_left_wal"), ("-journal", "pack_left_journal")):
        extra = Path(f"{path}{suffix}")
        if extra.exists() and extra.stat().st_size > 0:
            found.append(LeftBehind(code, {"path": str(extra)}))
    return found


def copied_open(db: Database) -> list[LeftBehind]:
    """The open marker inside: the file was copied while the pack was open, or never closed."""
    with db.engine.connect() as conn:
        raw = conn.execute(select(Setting.value).where(Setting.key == OPEN_MARKER)).scalar()
    if not raw:
        return []
    try:
        marker = json.loads(raw)
        host, since = str(marker["host"]), f"{datetime.fromisoformat(marker['since']):%Y-%m-%d %H:%M} UTC"
    except (ValueError, KeyError, TypeError):
        host, since = "?", "?"
    return [LeftBehind("pack_copied_open", {"host": host, "since": since})]


def pack_fingerprint(data: Any) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()
