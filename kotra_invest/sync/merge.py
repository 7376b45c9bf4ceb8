"""Bringing a mission pack home: a three-way merge per field against the base the pack was cut from.

Two phases, so the desktop can show every incoming change between them: `plan_merge` reads the
pack and home and says what would change; `apply_merge` applies the plan with the user's
resolutions in one audited transaction, after checking home has not moved since the plan, and
keeps the merge's report (services.merge_history) for the history.

Rules, per field: changed only in the pack → applied; changed only at home → kept; changed on
both sides to different values → a conflict. Records created on either side are kept. A delete
on one side against an edit on the other is a conflict. Link sets (a delegation's FEZs) merge
as sets: additions and removals from both sides.

The base is always the pack's own (`pack_base`, written when it was cut). Home also remembers
each pack as it was last merged; a record whose copy in this pack is older than that (an old
copy of the pack merged after a newer one) is "already home" and never applied, and a field
still holding what home merged from the pack before brings nothing new. Every incoming record
passes the save's own rules (sync.rules); a refused value is reported with its reason and
never stored. A person erased on request is never brought back. A contact or investor created
abroad that looks like one created at home is offered as a merge of the two.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from pathlib import Path
from typing import Any, Literal, cast

from sqlalchemy import Connection, and_, bindparam, func, insert, select, text, update
from sqlalchemy import Enum as SaEnum
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from kotra_invest.catalog import msg
from kotra_invest.domain.base import Base, Synced, utcnow
from kotra_invest.domain.document_models import Document, MailMessage
from kotra_invest.domain.enums import AuditAction
from kotra_invest.domain.errors import DomainError, StorageError, ValidationError
from kotra_invest.domain.models import (
    AuditEntry,
    Contact,
    Delegation,
    Fez,
    Interaction,
    Investor,
    Project,
    Setting,
    delegation_fez,
)
from kotra_invest.services import access
from kotra_invest.services.merge_history import PERSON_FIELDS, keep_report, keep_snapshot, merged_snapshot
from kotra_invest.services.merging import follow_merged
from kotra_invest.services.unit_of_work import REDACTED, Context, audit_text, database_writes_audit, unit_of_work
from kotra_invest.sync import rules
from kotra_invest.sync.pack import (
    BASE_TABLE,
    Cancel,
    PackInfo,
    Progress,
    _info,
    _settings,
    base_record,
    check_cancel,
    copy_blobs,
    open_pack,
    pack_fingerprint,
)
from kotra_invest.sync.records import (
    MISSION_MODELS,
    MODEL_BY_TABLE,
    NATURAL_KEYS,
    canon,
    fields_of,
    label_of,
    link_fields,
)

_CHUNK = 500
_AUDIT_SKIP = frozenset(
    {"updated_at", "updated_by", "version", "created_at"}
)  # as unit_of_work's hook  # ids per IN (…): well under SQLite's and PostgreSQL's parameter limits

Choice = Literal["pack", "home", "edit"]


@dataclass(frozen=True)
class Change:
    """One field of one record that the merge sets at home (field None: a record added abroad)."""

    entity: str
    record_id: uuid.UUID
    label: str
    field: str | None
    home: Any  # canonical (JSON-able) values, for display
    pack: Any


@dataclass(frozen=True)
class Conflict:
    """A field both sides changed differently, or a delete on one side against an edit on the other."""

    key: str  # the key of its resolution in `apply_merge(resolutions=…)`
    entity: str
    record_id: uuid.UUID
    label: str
    field: str
    kind: Literal["edit", "delete"]
    base: Any
    home: Any
    pack: Any
    home_by: str | None
    home_at: datetime | None
    pack_by: str | None
    pack_at: datetime | None


@dataclass(frozen=True)
class Held:
    """An incoming value the merge does not apply, and why (field None: the whole record)."""

    kind: Literal["already_home", "refused", "erased"]
    entity: str
    record_id: uuid.UUID
    label: str
    field: str | None
    pack: Any  # canonical value (or the record's fields, for a whole record)
    home: Any
    code: str  # a DomainError code: the reason, in the user's language via `reason()`
    params: dict[str, Any] = dataclasses.field(default_factory=dict)

    def reason(self, lang: str = "en") -> str:
        return DomainError(self.code, **self.params).message(lang)


@dataclass(frozen=True)
class Twin:
    """A record created abroad that looks like one created at home: offered as a merge of the two."""

    entity: str
    pack_id: uuid.UUID  # the record the merge brings in
    home_id: uuid.UUID  # the one home already had
    pack_label: str
    home_label: str
    why: str  # "email" or "name"

    def reason(self, lang: str = "en") -> str:
        why = {"email": msg("sync.merge", "same e-mail"), "name": msg("sync.merge", "same name")}[self.why]
        return DomainError("merge_twin", entity=self.entity, why=why[0] if lang == "ko" else why[1]).message(lang)


@dataclass(frozen=True)
class Resolution:
    choice: Choice
    value: Any = None  # for "edit": the value to keep (text is parsed for the field's type)


KEEP_PACK = Resolution("pack")
KEEP_HOME = Resolution("home")


@dataclass(frozen=True)
class _Ops:
    """What `apply_merge` needs beyond the display values: typed values from the pack."""

    inserts: dict[str, list[dict[str, Any]]]  # entity -> full rows
    updates: dict[tuple[str, uuid.UUID], dict[str, Any]]  # (entity, id) -> field -> value
    conflict_values: dict[str, Any]  # conflict key -> the pack's typed value
    home_versions: dict[tuple[str, uuid.UUID], int | None]  # None: must still not exist
    snapshot: dict[str, dict[str, Any]]  # entity -> id -> canonical record, as merged
    fingerprint: str
    # To reopen the pack for the bytes of documents added abroad (copied at apply, not planned).
    passphrase: str | None = None


@dataclass(frozen=True)
class MergePlan:
    pack_path: Path
    info: PackInfo
    inserts: tuple[Change, ...]
    updates: tuple[Change, ...]
    conflicts: tuple[Conflict, ...]
    already_merged: bool  # this very pack content was merged before: nothing to do
    ops: _Ops = field(repr=False, compare=False)
    already_home: tuple[Held, ...] = ()  # older than what a newer copy of the pack brought
    refused: tuple[Held, ...] = ()  # values that break a domain rule: never stored
    erased: tuple[Held, ...] = ()  # people erased on request: never brought back
    twins: tuple[Twin, ...] = ()  # created on both sides: offered as a merge

    @property
    def is_empty(self) -> bool:
        return not (self.inserts or self.updates or self.conflicts)

    @property
    def superseded(self) -> bool:
        """An older copy of a pack whose later state home has merged: everything it brings is
        already home (older than what was merged), so there is nothing to merge."""
        held = self.refused or self.erased or self.twins
        return not self.already_merged and self.is_empty and bool(self.already_home) and not held


@dataclass(frozen=True)
class MergeSummary:
    inserted: int
    updated_fields: int
    conflicts_kept_pack: int
    conflicts_kept_home: int
    conflicts_edited: int
    change_set: uuid.UUID | None  # the audit trail's id of the merge (None when nothing changed)
    report_id: uuid.UUID | None = None  # the kept report (services.merge_history.merge_report)


# --- planning ------------------------------------------------------------------------------


@dataclass
class _PackData:
    info: PackInfo
    rows: dict[str, dict[uuid.UUID, dict[str, Any]]]  # typed
    records: dict[str, dict[str, dict[str, Any]]]  # canonical, by id text
    base: dict[str, dict[str, dict[str, Any]]]
    audit: dict[tuple[str, str], tuple[str, datetime]]  # (record id, field) -> who, when


def _read_pack(conn: Connection) -> _PackData:
    info = _info(_settings(conn))
    base: dict[str, dict[str, dict[str, Any]]] = {}
    for entity, record_id, data in conn.execute(text(f"SELECT entity, record_id, data FROM {BASE_TABLE}")):
        record = json.loads(data)
        if not isinstance(record, dict):
            raise ValueError("base record is not an object")
        base.setdefault(str(entity), {})[str(uuid.UUID(str(record_id)))] = record
    links: dict[str, list[str]] = {}
    for row in conn.execute(select(delegation_fez)).mappings():
        links.setdefault(str(row["delegation_id"]), []).append(str(row["fez_id"]))
    rows: dict[str, dict[uuid.UUID, dict[str, Any]]] = {}
    records: dict[str, dict[str, dict[str, Any]]] = {}
    for model in MISSION_MODELS:
        entity = model.__tablename__
        typed = {}
        canonical = {}
        for row in conn.execute(select(model.__table__)).mappings():
            values = dict(row)
            record_id = values["id"]
            _check_row(model, values)
            record_links = {"fezs": links.get(str(record_id), [])} if model is Delegation else None
            typed[record_id] = values
            canonical[str(record_id)] = base_record(model, values, record_links)
        rows[entity] = typed
        records[entity] = canonical
    audit: dict[tuple[str, str], tuple[str, datetime]] = {}
    for record_id, fld, actor, at in conn.execute(
        select(AuditEntry.record_id, AuditEntry.field, AuditEntry.actor, AuditEntry.at).order_by(AuditEntry.at)
    ):
        audit[(str(record_id), fld or "")] = (actor, at)
    return _PackData(info, rows, records, base, audit)


def _expected_type(column: Any) -> type | tuple[type, ...] | None:
    if isinstance(column.type, SaEnum) and column.type.enum_class is not None:
        return column.type.enum_class
    try:
        kind = column.type.python_type
    except NotImplementedError:
        return None
    if kind is int:
        return int
    if kind is datetime:
        return datetime
    if kind is dict:  # JSON
        return (list, dict)
    return kind


def _check_row(model: type[Base], values: dict[str, Any]) -> None:
    """Refuse values the schema could not have produced: SQLite stores anything in any column."""
    for column in model.__table__.columns:
        value = values.get(column.key)
        if value is None:
            if not column.nullable:
                raise ValueError(f"{column} is empty")
            continue
        expected = _expected_type(column)
        if expected is not None and not isinstance(value, expected):
            raise ValueError(f"{column} holds a {type(value).__name__}")
        if expected is int and isinstance(value, bool):
            raise ValueError(f"{column} holds a bool")
        if expected is date and isinstance(value, datetime):
            raise ValueError(f"{column} holds a timestamp")
        length = getattr(column.type, "length", None)
        if isinstance(value, str) and length is not None and len(value) > length:
            raise ValueError(f"{column} is too long")
        if isinstance(value, Decimal) and not value.is_finite():
            raise ValueError(f"{column} is not a number")


def _load_pack(path: Path, passphrase: str | None) -> _PackData:
    pack = open_pack(path, passphrase)
    try:
        with pack.engine.connect() as conn:
            return _read_pack(conn)
    except (SQLAlchemyError, KeyError, ValueError, TypeError, LookupError, ArithmeticError) as exc:
        # A pack that passed the checks but holds values our types refuse: hostile or hand-edited.
        raise StorageError("pack_damaged", path=str(path)) from exc
    finally:
        pack.dispose()


def _home_rows(session: Session, model: type[Base], ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
    table = model.__table__
    found: dict[uuid.UUID, dict[str, Any]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        for row in session.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            found[row["id"]] = dict(row)
    return found


def _home_links(session: Session, ids: list[uuid.UUID]) -> dict[str, list[str]]:
    links: dict[str, list[str]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        for d, f in session.execute(select(delegation_fez).where(delegation_fez.c.delegation_id.in_(chunk))):
            links.setdefault(str(d), []).append(str(f))
    return links


def plan_merge(
    ctx: Context,
    pack_path: Path,
    passphrase: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> MergePlan:
    """What merging the pack at `pack_path` into the database of `ctx` would do; changes nothing.

    Raises StorageError for a file that is not a healthy pack (pack_missing, not_a_pack,
    pack_locked, pack_wrong_passphrase, pack_damaged, pack_outdated, pack_too_new) or
    pack_other_database (cut from another database); DomainError("merge_forbidden") when the
    pack changes a confidential project the officer may not see; DomainError("cancelled").
    """
    pack_path = pack_path.expanduser()
    data = _load_pack(pack_path, passphrase)
    total = len(MISSION_MODELS) + 1
    if progress is not None:
        progress(1, total)
    with unit_of_work(ctx) as session:
        home_id = session.scalar(select(Setting.value).where(Setting.key == "database_id"))
        if home_id != data.info.source_database_id:
            raise StorageError("pack_other_database", path=str(pack_path), source=data.info.source)
        fingerprint = pack_fingerprint(data.records)
        previous_fingerprint, snapshot = merged_snapshot(session, data.info.pack_id)
        same_mail = _same_email_meetings(session, data)
        _rename_records(data, same_mail)
        planner = _Planner(session, data, snapshot, same_mail_meetings=set(same_mail.values()))
        for done, model in enumerate(MISSION_MODELS, start=2):
            check_cancel(cancel)
            planner.plan(model)
            if progress is not None:
                progress(done, total)
        planner.find_twins()
        conflicts = planner.conflicts
        # The plan shows values: it must not show a confidential project to someone who may not see it.
        touched = dict(planner.update_values) | {(c.entity, c.record_id): {} for c in conflicts}
        _check_visible(session, access.principal(session, ctx), touched, planner.insert_rows)
        _who_and_when(session, data, conflicts)
    ops = _Ops(
        inserts=planner.insert_rows,
        updates=planner.update_values,
        conflict_values=planner.conflict_values,
        home_versions=planner.home_versions,
        snapshot=data.records,
        fingerprint=fingerprint,
        passphrase=passphrase,
    )
    return MergePlan(
        pack_path=pack_path,
        info=data.info,
        inserts=tuple(planner.inserts),
        updates=tuple(planner.updates),
        conflicts=tuple(c for c in conflicts),
        already_merged=previous_fingerprint == fingerprint,
        ops=ops,
        already_home=tuple(planner.already_home),
        refused=tuple(planner.refused),
        erased=tuple(planner.erased),
        twins=tuple(planner.twins),
    )


def _same_email_meetings(session: Session, data: _PackData) -> dict[uuid.UUID, uuid.UUID]:
    """Meetings made abroad from an e-mail home has imported too (the same message key): the pack's
    meeting id → home's. It is one e-mail, so one meeting: what the officer abroad changed on it
    merges into home's meeting, and the message's own files are not stored twice."""
    pack_meetings = data.rows.get("interaction", {})
    by_key = {row["message_key"]: row["interaction_id"] for row in data.rows.get("mail_message", {}).values()}
    if not by_key:
        return {}
    found = session.execute(
        select(MailMessage.message_key, MailMessage.interaction_id).where(MailMessage.message_key.in_(list(by_key)))
    ).all()
    renamed = {by_key[key]: home_meeting for key, home_meeting in found if by_key[key] != home_meeting}
    # A meeting home already holds under the pack's id is the same record whatever its e-mail says.
    held = set(_home_rows(session, Interaction, [m for m in renamed if m in pack_meetings]))
    return {pack_id: home_id for pack_id, home_id in renamed.items() if pack_id not in held}


def _rename_records(data: _PackData, renamed: Mapping[uuid.UUID, uuid.UUID]) -> None:
    """Give records (and every reference to them) home's ids instead of the pack's, in the typed rows,
    the canonical records and the pack's base alike."""
    if not renamed:
        return
    as_text = {str(old): str(new) for old, new in renamed.items()}
    for entity, typed in data.rows.items():
        data.rows[entity] = {
            renamed.get(record_id, record_id): {
                k: renamed.get(v, v) if isinstance(v, uuid.UUID) else v for k, v in row.items()
            }
            for record_id, row in typed.items()
        }
    for tree in (data.records, data.base):
        for entity, records in tree.items():
            tree[entity] = {
                as_text.get(key, key): {k: as_text.get(v, v) if isinstance(v, str) else v for k, v in record.items()}
                for key, record in records.items()
            }


class _Planner:
    def __init__(
        self,
        session: Session,
        data: _PackData,
        snapshot: dict[str, dict[str, Any]],
        same_mail_meetings: set[uuid.UUID] | None = None,
    ) -> None:
        self.session = session
        self.data = data
        self.snapshot = snapshot
        self.same_mail_meetings = same_mail_meetings or set()  # home meetings of e-mails imported on both sides
        self.inserts: list[Change] = []
        self.updates: list[Change] = []
        self.conflicts: list[Conflict] = []
        self.already_home: list[Held] = []
        self.refused: list[Held] = []
        self.erased: list[Held] = []
        self.twins: list[Twin] = []
        self.insert_rows: dict[str, list[dict[str, Any]]] = {}
        self.update_values: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
        self.conflict_values: dict[str, Any] = {}
        self.home_versions: dict[tuple[str, uuid.UUID], int | None] = {}
        self.refused_ids: set[uuid.UUID] = set()  # records refused whole: their children cannot come

    def plan(self, model: type[Base]) -> None:
        entity = model.__tablename__
        pack_rows = self.data.rows[entity]
        ids = list(pack_rows)
        home = _home_rows(self.session, model, ids)
        home_links = _home_links(self.session, ids) if model is Delegation else {}
        fields = [*fields_of(model), *(link.key for link in link_fields(model))]
        for record_id, row in pack_rows.items():
            key = str(record_id)
            p = self.data.records[entity][key]
            b = self.data.base.get(entity, {}).get(key)  # the pack's own base, always
            s = self.snapshot.get(entity, {}).get(key)  # this record as home last merged it from the pack
            h_row = home.get(record_id)
            if s is not None and p == s:
                continue  # nothing happened to it abroad since home merged it
            if b is not None and h_row is not None and _unchanged(p, b):
                continue  # nothing happened to it abroad: whatever home did stays
            label = label_of(entity, h_row or row)
            if entity == "contact" and h_row is not None and _erased(h_row):
                if p.get("full_name") != REDACTED:
                    self.erased.append(Held("erased", entity, record_id, REDACTED, None, None, None, "merge_erased"))
                continue  # an erasure is never undone by a pack, whatever the pack holds
            if s is not None and int(p.get("version") or 0) < int(s.get("version") or 0):
                older = [f for f in fields if p.get(f) != s.get(f)]
                for f in older or [None]:  # type: ignore[list-item]
                    self.already_home.append(
                        Held(
                            "already_home",
                            entity,
                            record_id,
                            label,
                            f,
                            p.get(f) if f else None,
                            s.get(f) if f else None,
                            "merge_already_home",
                        )
                    )
                continue
            if h_row is None:
                if entity == "document" and self._same_mail_file(row):
                    continue  # the e-mail's own file, imported on both sides: home has it
                h_row = self._natural_twin(model, row)
                if h_row is None:
                    self._insert(model, entity, record_id, row, label)
                    continue
                b, s = None, None  # the same target made on both sides: compare the two directly
            links = {"fezs": home_links.get(key, [])} if model is Delegation else None
            h = base_record(model, h_row, links)
            self._three_way(model, entity, h_row, label, fields, row, p, h, b or {}, s)

    def _same_mail_file(self, row: dict[str, Any]) -> bool:
        """A file of a meeting made from an e-mail on both sides that home's meeting already holds."""
        if row.get("record_kind") != "meeting" or row.get("record_id") not in self.same_mail_meetings:
            return False
        held = select(Document.id).where(
            Document.record_kind == "meeting",
            Document.record_id == row["record_id"],
            Document.sha256 == row["sha256"],
            Document.name == row["name"],
        )
        return self.session.execute(held.limit(1)).first() is not None

    def _natural_twin(self, model: type[Base], row: dict[str, Any]) -> dict[str, Any] | None:
        names = NATURAL_KEYS.get(model.__tablename__)
        if not names:
            return None
        table = model.__table__
        found = (
            self.session.execute(select(table).where(and_(*(table.c[n] == row[n] for n in names)))).mappings().first()
        )
        return dict(found) if found is not None else None

    def _refuse(
        self, entity: str, record_id: uuid.UUID, label: str, fld: str | None, pack: Any, home: Any, exc: DomainError
    ) -> None:
        params = {**exc.params, **({"field": exc.field} if exc.field else {})}
        self.refused.append(Held("refused", entity, record_id, label, fld, pack, home, exc.code, params))

    def _refused_parent(self, model: type[Base], row: dict[str, Any]) -> str | None:
        """The entity of a record refused whole that this row hangs on, if any."""
        if not self.refused_ids:
            return None
        for column in model.__table__.columns:
            value = row.get(column.key)
            if column.foreign_keys and isinstance(value, uuid.UUID) and value in self.refused_ids:
                return str(next(iter(column.foreign_keys)).column.table.name)
        return None

    def _insert(self, model: type[Base], entity: str, record_id: uuid.UUID, row: dict[str, Any], label: str) -> None:
        canonical = self.data.records[entity][str(record_id)]
        parent = self._refused_parent(model, row)
        if parent is not None:
            self.refused_ids.add(record_id)
            self._refuse(
                entity, record_id, label, None, canonical, None, DomainError("merge_depends_on_refused", entity=parent)
            )
            return
        broken = rules.problems(entity, row)
        if any(not rule.droppable for rule, _exc in broken):
            self.refused_ids.add(record_id)
            for rule, exc in broken:
                self._refuse(entity, record_id, label, rule.fields[0], canonical.get(rule.fields[0]), None, exc)
            return
        if broken:  # only values the record is valid without: it comes home without them
            row = dict(row)
            for rule, exc in broken:
                for name in rule.fields:
                    self._refuse(entity, record_id, label, name, canonical.get(name), None, exc)
                    row[name] = None
        self.inserts.append(Change(entity, record_id, label, None, None, canonical))
        self.insert_rows.setdefault(entity, []).append(row)
        self.home_versions[(entity, record_id)] = None

    def _three_way(
        self,
        model: type[Base],
        entity: str,
        h_row: dict[str, Any],
        label: str,
        fields: list[str],
        row: dict[str, Any],
        p: dict[str, Any],
        h: dict[str, Any],
        b: dict[str, Any],
        s: dict[str, Any] | None,
    ) -> None:
        """Merge one record both sides hold; `b` is the pack's base, `s` the record as last merged."""
        home_id = h_row["id"]
        # What the pack changed is measured from what home last merged from it (when this copy is
        # not older, which `plan` made sure of); home "did nothing" if it still holds the base or
        # exactly what it merged from the pack.
        since = s if s is not None else b

        def home_changed(f: str) -> bool:
            return h.get(f) != b.get(f) and (s is None or h.get(f) != s.get(f))

        edited = [f for f in fields if f != "deleted_at"]
        home_edited = any(home_changed(f) for f in edited)
        pack_edited = any(p.get(f) != since.get(f) for f in edited)
        updates: list[tuple[str, Any, Any, Any]] = []  # field, home, pack (canonical), value
        conflicts: list[tuple[str, Literal["edit", "delete"], Any, Any, Any, Any]] = []
        links = {link.key: link for link in link_fields(model)}
        for f in fields:
            pv, hv, bv = p.get(f), h.get(f), since.get(f)
            if pv in (hv, bv):
                continue  # nothing new from the pack (a home change, if any, stays)
            if f in links:
                base_set, pack_set, home_set = set(bv or []), set(pv or []), set(hv or [])
                merged = (home_set | (pack_set - base_set)) - (base_set - pack_set)
                if merged != home_set:
                    updates.append((f, hv, sorted(merged), [uuid.UUID(i) for i in merged]))
                continue
            if f == "deleted_at":
                if hv is not None and pv is not None:
                    continue  # deleted on both sides: it stays deleted
                # Deleted on one side and restored on the other, or deleted abroad but edited here.
                if home_changed(f) or (pv is not None and home_edited):
                    conflicts.append((f, "delete", bv, hv, pv, row[f]))
                else:
                    updates.append((f, hv, pv, row[f]))
                continue
            if not home_changed(f):
                updates.append((f, hv, pv, row[f]))
            else:
                conflicts.append((f, "edit", bv, hv, pv, row[f]))
        home_deleted = h.get("deleted_at") is not None and home_changed("deleted_at")
        if (
            home_deleted
            and pack_edited
            and p.get("deleted_at") is None
            and not any(c[0] == "deleted_at" for c in conflicts)
        ):
            # Deleted at home while edited abroad: keep the edits only if the user says so.
            conflicts.append(("deleted_at", "delete", None, h["deleted_at"], None, None))
        # The record as it would be with everything the pack brings must pass the save's rules;
        # a rule it breaks drops the pack's values for that rule's fields (home's stay).
        incoming = {f: value for f, _h, _p, value in updates} | {c[0]: c[5] for c in conflicts}
        merged_row = {**h_row, **incoming}
        dropped: set[str] = set()
        for rule, exc in rules.problems(entity, merged_row):
            for name in rule.fields:
                if name in incoming and name not in dropped:
                    dropped.add(name)
                    self._refuse(entity, home_id, label, name, p.get(name), h.get(name), exc)
        parent = self._refused_parent(model, {f: v for f, v in incoming.items() if f not in dropped})
        if parent is not None:
            for name, value in incoming.items():
                if isinstance(value, uuid.UUID) and value in self.refused_ids and name not in dropped:
                    dropped.add(name)
                    self._refuse(
                        entity,
                        home_id,
                        label,
                        name,
                        p.get(name),
                        h.get(name),
                        DomainError("merge_depends_on_refused", entity=parent),
                    )
        touched = False
        for f, hv, pv, value in updates:
            if f not in dropped:
                self._update(entity, home_id, label, f, hv, pv, value)
                touched = True
        for f, kind, bv, hv, pv, value in conflicts:
            if f not in dropped:
                self._conflict(entity, home_id, label, f, kind, bv, hv, pv, value)
                touched = True
        if touched:
            self.home_versions[(entity, home_id)] = h["version"]

    def _update(
        self, entity: str, record_id: uuid.UUID, label: str, fld: str, home: Any, pack: Any, value: Any
    ) -> None:
        self.updates.append(Change(entity, record_id, label, fld, home, pack))
        self.update_values.setdefault((entity, record_id), {})[fld] = value

    def _conflict(
        self,
        entity: str,
        record_id: uuid.UUID,
        label: str,
        fld: str,
        kind: Literal["edit", "delete"],
        base: Any,
        home: Any,
        pack: Any,
        value: Any,
    ) -> None:
        key = f"{entity}:{record_id}:{fld}"
        if key in self.conflict_values:
            return
        self.conflict_values[key] = value
        self.conflicts.append(
            Conflict(key, entity, record_id, label, fld, kind, base, home, pack, None, None, None, None)
        )

    def find_twins(self) -> None:
        """Contacts and investors created abroad that home already has under the same e-mail or name."""
        for row in self.insert_rows.get("investor", []):
            name = (row.get("name") or "").strip().casefold()
            if not name:
                continue
            found = self.session.execute(
                select(Investor.id, Investor.name).where(
                    func.lower(func.trim(Investor.name)) == name,
                    Investor.deleted_at.is_(None),
                    Investor.id != row["id"],
                )
            ).first()
            if found is not None:
                self.twins.append(Twin("investor", row["id"], found[0], row["name"], found[1], "name"))
        for row in self.insert_rows.get("contact", []):
            if row.get("deleted_at") is not None:
                continue
            email = (row.get("email") or "").strip().lower()
            live = [Contact.deleted_at.is_(None), Contact.id != row["id"], Contact.full_name != REDACTED]
            found = None
            why = "email"
            if email:
                found = self.session.execute(
                    select(Contact.id, Contact.full_name).where(func.lower(Contact.email) == email, *live)
                ).first()
            if found is None and row.get("investor_id") is not None:
                why = "name"
                found = self.session.execute(
                    select(Contact.id, Contact.full_name).where(
                        func.lower(func.trim(Contact.full_name)) == (row.get("full_name") or "").strip().casefold(),
                        Contact.investor_id == row["investor_id"],
                        *live,
                    )
                ).first()
            if found is not None:
                self.twins.append(Twin("contact", row["id"], found[0], row["full_name"], found[1], why))


def _erased(row: dict[str, Any]) -> bool:
    """A contact erased on request (services.privacy): its tombstone is named by the marker."""
    return row.get("full_name") == REDACTED and row.get("deleted_at") is not None


def _unchanged(pack: dict[str, Any], base: dict[str, Any]) -> bool:
    return all(base.get(k) == v for k, v in pack.items() if k != "version")


def _who_and_when(session: Session, data: _PackData, conflicts: list[Conflict]) -> None:
    """Fill in who changed each conflicting field when, from each side's audit trail."""
    if not conflicts:
        return
    ids = list({c.record_id for c in conflicts})
    home: dict[tuple[str, str], tuple[str, datetime]] = {}
    for start in range(0, len(ids), _CHUNK):
        rows = session.execute(
            select(AuditEntry.record_id, AuditEntry.field, AuditEntry.actor, AuditEntry.at)
            .where(AuditEntry.record_id.in_(ids[start : start + _CHUNK]))
            .order_by(AuditEntry.at)
        )
        for record_id, fld, actor, at in rows:  # oldest first: the last one written wins
            home[(str(record_id), fld or "")] = (actor, at)
            home[(str(record_id), "*")] = (actor, at)
    for i, c in enumerate(conflicts):
        rid = str(c.record_id)
        home_by, home_at = home.get((rid, c.field)) or home.get((rid, "*")) or (None, None)
        pack_by, pack_at = data.audit.get((rid, c.field)) or (None, None)
        if pack_by is None:
            latest = [v for (r, _f), v in data.audit.items() if r == rid]
            pack_by, pack_at = max(latest, key=lambda v: v[1]) if latest else (None, None)
        conflicts[i] = dataclasses.replace(c, home_by=home_by, home_at=home_at, pack_by=pack_by, pack_at=pack_at)


# --- applying ------------------------------------------------------------------------------


def resolve_all(plan: MergePlan, choice: Literal["pack", "home"]) -> dict[str, Resolution]:
    """The same answer for every conflict (the CLI's --prefer)."""
    return {c.key: Resolution(choice) for c in plan.conflicts}


def _coerce(model: type[Base], fld: str, value: Any) -> Any:
    """An edited value typed for its column: the desktop's dialog hands text."""
    if value is None or not isinstance(value, str):
        return value
    column = model.__table__.c[fld]
    if isinstance(column.type, SaEnum) and column.type.enum_class is not None:
        enum_class: type[Enum] = column.type.enum_class
        try:
            return enum_class(value)
        except ValueError as exc:
            raise ValidationError("invalid_value", field=fld, value=value) from exc
    try:
        kind = column.type.python_type
    except NotImplementedError:
        return value
    try:
        if kind is bool:
            return value.strip().lower() in ("1", "true", "yes", "y")
        if kind is int:
            return int(value)
        if kind is Decimal:
            return Decimal(value)
        if kind is datetime:
            parsed = datetime.fromisoformat(value)
            return parsed if parsed.tzinfo or fld.endswith("_local") else parsed.replace(tzinfo=UTC)
        if kind is date:
            return date.fromisoformat(value)
        if kind is uuid.UUID:
            return uuid.UUID(value)
        if kind in (dict, list):  # JSON columns (tags): the dialog edits them as JSON text
            return json.loads(value)
    except (ValueError, InvalidOperation) as exc:
        raise ValidationError("invalid_value", field=fld, value=value) from exc
    return value


def apply_merge(
    ctx: Context,
    plan: MergePlan,
    resolutions: Mapping[str, Resolution] | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> MergeSummary:
    """Apply `plan` in one transaction, audited with source "merge".

    Every conflict needs a resolution (keyed by `Conflict.key`), else DomainError
    ("merge_unresolved"). Raises DomainError("merge_home_changed") when a record the plan
    touches changed at home since the plan (plan again), DomainError("cancelled") when
    cancelled, DomainError("merge_forbidden") for a confidential project the officer may not
    see; in each case nothing is written.
    """
    resolutions = dict(resolutions or {})
    missing = [c for c in plan.conflicts if c.key not in resolutions]
    if missing:
        raise DomainError("merge_unresolved", count=len(missing))
    held = plan.refused or plan.already_home or plan.erased or plan.twins
    if plan.already_merged or (plan.is_empty and not held):
        return MergeSummary(0, 0, 0, 0, 0, None)  # nothing to apply or to report
    ops = plan.ops
    counts = {"pack": 0, "home": 0, "edit": 0}
    values = {key: dict(v) for key, v in ops.updates.items()}
    for c in plan.conflicts:
        res = resolutions[c.key]
        counts[res.choice] += 1
        if res.choice == "home":
            continue
        model = MODEL_BY_TABLE[c.entity]
        value = ops.conflict_values[c.key] if res.choice == "pack" else _coerce(model, c.field, res.value)
        if c.field in {link.key for link in link_fields(model)} and res.choice == "edit":
            value = [uuid.UUID(str(v)) for v in value or []]
        values.setdefault((c.entity, c.record_id), {})[c.field] = value
    total = len(MISSION_MODELS) * 2 + 2
    done = 0

    def step() -> None:
        nonlocal done
        check_cancel(cancel)
        done += 1
        if progress is not None:
            progress(done, total)

    merge_ctx = dataclasses.replace(ctx, source="merge")
    with unit_of_work(merge_ctx) as session:
        who = access.principal(session, merge_ctx)
        access.require_write(who)
        _check_unchanged(session, ops.home_versions)
        _check_visible(session, who, values, ops.inserts)
        step()
        writer = _BulkWriter(session, merge_ctx.actor, merge_ctx.source)
        _bring_blobs(session, plan)
        for model in MISSION_MODELS:
            entity = model.__tablename__
            rows = ops.inserts.get(entity, [])
            follow_merged(session, rows)  # a record made abroad may name an investor merged since
            if link_fields(model):  # link sets (a delegation's FEZs) go through the ORM and its audit hook
                for row in rows:
                    session.add(model(**{k: v for k, v in row.items() if k != "version"}))
                session.flush()  # parents before children: the tables' foreign keys need it
            else:
                writer.insert(model, rows)
            step()
        for model in MISSION_MODELS:
            entity = model.__tablename__
            mine = {rid: v for (e, rid), v in values.items() if e == entity}
            follow_merged(session, mine.values())  # an edit abroad may name an investor merged since
            links = {link.key for link in link_fields(model)}
            if not links:
                writer.update(model, mine, ops.home_versions)
                step()
                continue
            if entity == "delegation":
                for row in ops.inserts.get(entity, []):  # a delegation made abroad brings its FEZs
                    fezs = plan_links(plan, row["id"])
                    if fezs:
                        mine.setdefault(row["id"], {})["fezs"] = fezs
            ids = list(mine)
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                for obj in cast("Iterable[Synced]", session.scalars(select(model).where(model.id.in_(chunk)))):  # type: ignore[attr-defined]
                    for fld, value in mine[obj.id].items():
                        if fld in links:
                            value = [session.get(Fez, i) for i in value]
                            value = [v for v in value if v is not None]
                        setattr(obj, fld, value)
                session.flush()
            step()
        writer.write_audit()
        now = datetime.now(UTC)
        erased = _erased_contacts(session, list(ops.snapshot.get("contact", {})))
        # A refused record is not remembered as merged: the next merge of the pack reports it again.
        refused = {(h.entity, str(h.record_id)) for h in plan.refused}
        kept = {
            entity: {i: r for i, r in rows.items() if (entity, i) not in refused}
            for entity, rows in ops.snapshot.items()
        }
        keep_snapshot(session, plan.info.pack_id, ops.fingerprint, _scrubbed(kept, erased), now, ctx.actor)
        report_id = keep_report(session, merge_report_of(plan, resolutions, now, ctx.actor))
        check_cancel(cancel)
        change_set = session.info["change_set"]
        session.commit()
    step()
    return MergeSummary(
        inserted=sum(len(v) for v in ops.inserts.values()),
        updated_fields=len(plan.updates),
        conflicts_kept_pack=counts["pack"],
        conflicts_kept_home=counts["home"],
        conflicts_edited=counts["edit"],
        change_set=change_set,
        report_id=report_id,
    )


def _bring_blobs(session: Session, plan: MergePlan) -> None:
    """The bytes of documents added abroad, before their rows (content-addressed: bytes home
    already has are not copied again)."""
    shas = {row["sha256"] for row in plan.ops.inserts.get("document", [])}
    if not shas:
        return
    pack = open_pack(plan.pack_path, plan.ops.passphrase)
    try:
        copy_blobs(pack.engine.connect, session.connection(), shas)
    except SQLAlchemyError as exc:
        raise StorageError("pack_damaged", path=str(plan.pack_path)) from exc
    finally:
        pack.dispose()


def _erased_contacts(session: Session, ids: list[str]) -> set[str]:
    erased: set[str] = set()
    keys = [uuid.UUID(i) for i in ids]
    for start in range(0, len(keys), _CHUNK):
        erased |= {
            str(i)
            for i in session.scalars(
                select(Contact.id).where(
                    Contact.id.in_(keys[start : start + _CHUNK]),
                    Contact.full_name == REDACTED,
                    Contact.deleted_at.is_not(None),
                )
            )
        }
    return erased


def _scrubbed(snapshot: dict[str, dict[str, Any]], erased: set[str]) -> dict[str, dict[str, Any]]:
    """The pack's records as kept at home, without the values of people erased here."""
    if not erased:
        return snapshot
    contacts = dict(snapshot.get("contact", {}))
    for record_id in erased & set(contacts):
        record = dict(contacts[record_id])
        for name in PERSON_FIELDS:
            if name in record:
                record[name] = REDACTED if name == "full_name" else None
        contacts[record_id] = record
    return {**snapshot, "contact": contacts}


def _held_item(held: Held) -> dict[str, Any]:
    return {
        "entity": held.entity,
        "record_id": str(held.record_id),
        "label": held.label,
        "field": held.field,
        "pack": held.pack,
        "home": held.home,
        "code": held.code,
        "params": canon(held.params),
        "reason": held.reason("en"),
        "reason_ko": held.reason("ko"),
    }


def merge_report_of(plan: MergePlan, resolutions: Mapping[str, Resolution], at: datetime, by: str) -> dict[str, Any]:
    """The merge as the history keeps it: everything that came in, was answered, or was held back."""
    items: dict[str, list[dict[str, Any]]] = {
        "conflict": [
            {
                "entity": c.entity,
                "record_id": str(c.record_id),
                "label": c.label,
                "field": c.field,
                "kind": c.kind,
                "base": c.base,
                "home": c.home,
                "pack": c.pack,
                "home_by": c.home_by,
                "pack_by": c.pack_by,
                "choice": resolutions[c.key].choice if c.key in resolutions else None,
                "value": canon(resolutions[c.key].value) if c.key in resolutions else None,
            }
            for c in plan.conflicts
        ],
        "insert": [{"entity": c.entity, "record_id": str(c.record_id), "label": c.label} for c in plan.inserts],
        "update": [
            {
                "entity": c.entity,
                "record_id": str(c.record_id),
                "label": c.label,
                "field": c.field,
                "home": c.home,
                "pack": c.pack,
            }
            for c in plan.updates
        ],
        "already_home": [_held_item(h) for h in plan.already_home],
        "refused": [_held_item(h) for h in plan.refused],
        "erased": [_held_item(h) for h in plan.erased],
        "twin": [
            {
                "entity": t.entity,
                "record_id": str(t.pack_id),
                "home_id": str(t.home_id),
                "pack_label": t.pack_label,
                "home_label": t.home_label,
                "why": t.why,
                "reason": t.reason("en"),
                "reason_ko": t.reason("ko"),
            }
            for t in plan.twins
        ],
    }
    return {
        "at": at.isoformat(),
        "by": by,
        "pack": str(plan.pack_path),
        "pack_id": str(plan.info.pack_id),
        "delegation": plan.info.delegation_title,
        "counts": {kind: len(rows) for kind, rows in items.items()},
        "items": items,
    }


class _BulkWriter:
    """Inserts and updates as executemany statements, with the audit entries the ORM hook would write.

    A merge brings thousands of records; the ORM's unit of work spends most of the merge building
    objects and one UPDATE per record. The entries are the same as `unit_of_work`'s hook writes
    (an insert's non-empty fields as JSON; one entry per changed field, deletes and restores
    named so), and every update names the version the plan saw, checked after the statement.
    """

    def __init__(self, session: Session, actor: str, source: str) -> None:
        self.session = session
        self.actor = actor
        self.source = source
        self.now = utcnow()
        self.change_set = session.info.setdefault("change_set", uuid.uuid4())
        self.audit: list[dict[str, Any]] = []

    def _entry(
        self,
        entity: str,
        record_id: uuid.UUID,
        action: AuditAction,
        fld: str | None = None,
        old: Any = None,
        new: Any = None,
    ) -> None:
        self.audit.append(
            {
                "id": uuid.uuid4(),
                "at": self.now,
                "actor": self.actor,
                "source": self.source,
                "change_set": self.change_set,
                "entity": entity,
                "record_id": record_id,
                "action": action,
                "field": fld,
                "old_value": audit_text(old),
                "new_value": audit_text(new),
            }
        )

    def insert(self, model: type[Base], rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        table = model.__table__
        entity = table.name
        batch = []
        for row in rows:
            values: dict[str, Any] = {column.key: row.get(column.key) for column in table.columns}
            for column in table.columns:  # as the hook's _apply_scalar_defaults: the value the record starts with
                if values[column.key] is None and isinstance(column.default, ScalarElementColumnDefault):
                    values[column.key] = column.default.arg
            values |= {
                "created_at": values["created_at"] or self.now,
                "updated_at": self.now,
                "updated_by": self.actor,
                "version": 1,
            }
            snapshot = {key: audit_text(value) for key, value in values.items() if key not in _AUDIT_SKIP}
            snapshot = {k: v for k, v in snapshot.items() if v is not None and k != "id"}
            self._entry(
                entity, values["id"], AuditAction.INSERT, new=json.dumps(snapshot, ensure_ascii=False, sort_keys=True)
            )
            batch.append(values)
        for start in range(0, len(batch), _CHUNK):
            self.session.execute(insert(table), batch[start : start + _CHUNK])

    def update(
        self,
        model: type[Base],
        changes: dict[uuid.UUID, dict[str, Any]],
        versions: Mapping[tuple[str, uuid.UUID], int | None],
    ) -> None:
        if not changes:
            return
        table = model.__table__
        entity = table.name
        ids = list(changes)
        current = _home_rows(self.session, model, ids)
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for record_id, fields in changes.items():
            old = current.get(record_id)
            expected = versions.get((entity, record_id))
            if old is None or old["version"] != expected:
                raise DomainError("merge_home_changed", entity=entity)
            for fld, new in fields.items():
                before = old[fld]
                if audit_text(before) == audit_text(new):
                    continue
                if fld == "deleted_at":
                    action = AuditAction.DELETE if new is not None else AuditAction.RESTORE
                else:
                    action = AuditAction.UPDATE
                self._entry(entity, record_id, action, fld, before, new)
            names = tuple(sorted(fields))
            params = {"b_id": record_id, "b_version": expected, **{f"v_{f}": fields[f] for f in names}}
            groups.setdefault(names, []).append(params)
        for names, batch in groups.items():
            statement = (
                update(table)
                .where(table.c.id == bindparam("b_id"), table.c.version == bindparam("b_version"))
                .values(
                    {
                        **{table.c[f]: bindparam(f"v_{f}") for f in names},
                        table.c.version: table.c.version + 1,
                        table.c.updated_at: self.now,
                        table.c.updated_by: self.actor,
                    }
                )
            )
            for start in range(0, len(batch), _CHUNK):
                self.session.execute(statement, batch[start : start + _CHUNK])
        # The version named in each UPDATE is what makes a concurrent change fail instead of being
        # overwritten; executemany cannot say which row missed, so the versions are read back.
        after = _home_rows(self.session, model, ids)
        for record_id in ids:
            if after[record_id]["version"] != (versions[(entity, record_id)] or 0) + 1:
                raise DomainError("merge_home_changed", entity=entity)

    def write_audit(self) -> None:
        if database_writes_audit(self.session):
            # A shared server after `server init`: its row triggers have written these entries
            # already (under the session user), and officers may not insert into the trail.
            self.audit = []
            return
        for start in range(0, len(self.audit), _CHUNK):
            self.session.execute(insert(AuditEntry.__table__), self.audit[start : start + _CHUNK])
        self.audit = []


def plan_links(plan: MergePlan, delegation_id: uuid.UUID) -> list[uuid.UUID]:
    record = plan.ops.snapshot.get("delegation", {}).get(str(delegation_id), {})
    return [uuid.UUID(i) for i in record.get("fezs", [])]


def _check_unchanged(session: Session, expected: dict[tuple[str, uuid.UUID], int | None]) -> None:
    by_entity: dict[str, list[uuid.UUID]] = {}
    for entity, record_id in expected:
        by_entity.setdefault(entity, []).append(record_id)
    for entity, ids in by_entity.items():
        table = MODEL_BY_TABLE[entity].__table__
        now: dict[uuid.UUID, int] = {}
        for start in range(0, len(ids), _CHUNK):
            rows = session.execute(
                select(table.c.id, table.c.version).where(table.c.id.in_(ids[start : start + _CHUNK]))
            )
            now.update({rid: version for rid, version in rows})
        for record_id in ids:
            if now.get(record_id) != expected[(entity, record_id)]:
                raise DomainError("merge_home_changed", entity=entity)


def _check_visible(
    session: Session,
    who: access.Principal,
    values: dict[tuple[str, uuid.UUID], dict[str, Any]],
    inserts: dict[str, list[dict[str, Any]]],
) -> None:
    """A pack may not change (or hang records on) a confidential project its merger may not see."""
    ids = {rid for (entity, rid) in values if entity == "project"}
    for entity, rows in inserts.items():
        ids |= {r["project_id"] for r in rows if r.get("project_id") is not None and entity != "project"}
    in_pack = list(ids)
    for start in range(0, len(in_pack), _CHUNK):
        hidden = session.scalar(
            select(Project.id)
            .where(Project.id.in_(in_pack[start : start + _CHUNK]), ~access.visible_projects(who))
            .limit(1)
        )
        if hidden is not None:
            raise DomainError("merge_forbidden")
