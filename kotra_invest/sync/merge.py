"""Bringing a mission pack home: a three-way merge per field against the base the pack was cut from.

Two phases, so the desktop can show the conflicts between them: `plan_merge` reads the pack
and home and says what would change; `apply_merge` applies the plan with the user's
resolutions in one audited transaction, after checking home has not moved since the plan.

Rules, per field: changed only in the pack → applied; changed only at home → kept; changed on
both sides to different values → a conflict. Records created on either side are kept. A delete
on one side against an edit on the other is a conflict. Link sets (a delegation's FEZs) merge
as sets: additions and removals from both sides. After a merge, home remembers the pack as it
was merged; that becomes the base for the same pack next time, so merging it again changes
nothing, and a pack worked on further merges only what changed since.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import uuid
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Connection, and_, select, text
from sqlalchemy import Enum as SaEnum
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from kotra_invest.domain.base import Base
from kotra_invest.domain.errors import DomainError, StorageError, ValidationError
from kotra_invest.domain.models import AuditEntry, Delegation, Fez, Project, Setting, delegation_fez
from kotra_invest.services import access
from kotra_invest.services.merging import follow_merged
from kotra_invest.services.unit_of_work import Context, unit_of_work
from kotra_invest.sync.pack import (
    BASE_TABLE,
    Cancel,
    PackInfo,
    Progress,
    _info,
    _settings,
    base_record,
    check_cancel,
    open_pack,
    pack_fingerprint,
)
from kotra_invest.sync.records import MISSION_MODELS, MODEL_BY_TABLE, NATURAL_KEYS, fields_of, label_of, link_fields

MERGED_KEY = "merged_pack:"  # + the pack's id: how the pack looked when it was last merged here
_CHUNK = 500  # ids per IN (…): well under SQLite's and PostgreSQL's parameter limits

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


@dataclass(frozen=True)
class MergePlan:
    pack_path: Path
    info: PackInfo
    inserts: tuple[Change, ...]
    updates: tuple[Change, ...]
    conflicts: tuple[Conflict, ...]
    already_merged: bool  # this very pack content was merged before: nothing to do
    ops: _Ops = field(repr=False, compare=False)

    @property
    def is_empty(self) -> bool:
        return not (self.inserts or self.updates or self.conflicts)


@dataclass(frozen=True)
class MergeSummary:
    inserted: int
    updated_fields: int
    conflicts_kept_pack: int
    conflicts_kept_home: int
    conflicts_edited: int
    change_set: uuid.UUID | None  # the audit trail's id of the merge (None when nothing changed)


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
        entity = model.__tablename__  # type: ignore[attr-defined]
        typed = {}
        canonical = {}
        for row in conn.execute(select(model.__table__)).mappings():  # type: ignore[attr-defined]
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
        return column.type.enum_class  # type: ignore[no-any-return]
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
    return kind  # type: ignore[no-any-return]


def _check_row(model: type[Base], values: dict[str, Any]) -> None:
    """Refuse values the schema could not have produced: SQLite stores anything in any column."""
    for column in model.__table__.columns:  # type: ignore[attr-defined]
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
    table = model.__table__  # type: ignore[attr-defined]
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


def _previous(session: Session, pack_id: uuid.UUID) -> tuple[str | None, dict[str, dict[str, Any]]]:
    raw = session.scalar(select(Setting.value).where(Setting.key == f"{MERGED_KEY}{pack_id}"))
    if raw is None:
        return None, {}
    stored = json.loads(raw)
    snapshot = json.loads(zlib.decompress(base64.b64decode(stored["snapshot"])))
    return stored.get("fingerprint"), snapshot


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
        previous_fingerprint, snapshot = _previous(session, data.info.pack_id)
        planner = _Planner(session, data, snapshot)
        for done, model in enumerate(MISSION_MODELS, start=2):
            check_cancel(cancel)
            planner.plan(model)
            if progress is not None:
                progress(done, total)
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
    )
    return MergePlan(
        pack_path=pack_path,
        info=data.info,
        inserts=tuple(planner.inserts),
        updates=tuple(planner.updates),
        conflicts=tuple(c for c in conflicts),
        already_merged=previous_fingerprint == fingerprint,
        ops=ops,
    )


class _Planner:
    def __init__(self, session: Session, data: _PackData, snapshot: dict[str, dict[str, Any]]) -> None:
        self.session = session
        self.data = data
        self.snapshot = snapshot
        self.inserts: list[Change] = []
        self.updates: list[Change] = []
        self.conflicts: list[Conflict] = []
        self.insert_rows: dict[str, list[dict[str, Any]]] = {}
        self.update_values: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
        self.conflict_values: dict[str, Any] = {}
        self.home_versions: dict[tuple[str, uuid.UUID], int | None] = {}

    def plan(self, model: type[Base]) -> None:
        entity = model.__tablename__  # type: ignore[attr-defined]
        pack_rows = self.data.rows[entity]
        ids = list(pack_rows)
        home = _home_rows(self.session, model, ids)
        home_links = _home_links(self.session, ids) if model is Delegation else {}
        fields = [*fields_of(model), *(link.key for link in link_fields(model))]
        for record_id, row in pack_rows.items():
            key = str(record_id)
            p = self.data.records[entity][key]
            b = self.snapshot.get(entity, {}).get(key) or self.data.base.get(entity, {}).get(key)
            h_row = home.get(record_id)
            if b is not None and h_row is not None and _unchanged(p, b):
                continue  # nothing happened to it abroad: whatever home did stays
            label = label_of(entity, h_row or row)
            if h_row is None:
                h_row = self._natural_twin(model, row)
                if h_row is None:
                    self._insert(entity, record_id, row, label)
                    continue
                b = None  # the same target made on both sides: compare the two directly
            links = {"fezs": home_links.get(key, [])} if model is Delegation else None
            h = base_record(model, h_row, links)
            self._three_way(model, entity, h_row["id"], label, fields, row, p, h, b or {})

    def _natural_twin(self, model: type[Base], row: dict[str, Any]) -> dict[str, Any] | None:
        names = NATURAL_KEYS.get(model.__tablename__)  # type: ignore[attr-defined]
        if not names:
            return None
        table = model.__table__  # type: ignore[attr-defined]
        found = (
            self.session.execute(select(table).where(and_(*(table.c[n] == row[n] for n in names)))).mappings().first()
        )
        return dict(found) if found is not None else None

    def _insert(self, entity: str, record_id: uuid.UUID, row: dict[str, Any], label: str) -> None:
        self.inserts.append(Change(entity, record_id, label, None, None, self.data.records[entity][str(record_id)]))
        self.insert_rows.setdefault(entity, []).append(row)
        self.home_versions[(entity, record_id)] = None

    def _three_way(
        self,
        model: type[Base],
        entity: str,
        home_id: uuid.UUID,
        label: str,
        fields: list[str],
        row: dict[str, Any],
        p: dict[str, Any],
        h: dict[str, Any],
        b: dict[str, Any],
    ) -> None:
        edited = [f for f in fields if f != "deleted_at"]
        home_edited = any(h.get(f) != b.get(f) for f in edited)
        pack_edited = any(p.get(f) != b.get(f) for f in edited)
        touched = False
        links = {link.key: link for link in link_fields(model)}
        for f in fields:
            pv, hv, bv = p.get(f), h.get(f), b.get(f)
            if pv in (hv, bv):
                continue  # nothing new from the pack (a home change, if any, stays)
            if f in links:
                base_set, pack_set, home_set = set(bv or []), set(pv or []), set(hv or [])
                merged = (home_set | (pack_set - base_set)) - (base_set - pack_set)
                if merged != home_set:
                    self._update(entity, home_id, label, f, hv, sorted(merged), [uuid.UUID(i) for i in merged])
                    touched = True
                continue
            if f == "deleted_at":
                if hv is not None and pv is not None:
                    continue  # deleted on both sides: it stays deleted
                # Deleted on one side and restored on the other, or deleted abroad but edited here.
                if hv != bv or (pv is not None and home_edited):
                    self._conflict(entity, home_id, label, f, "delete", bv, hv, pv, row[f])
                else:
                    self._update(entity, home_id, label, f, hv, pv, row[f])
                touched = True
                continue
            if hv == bv:
                self._update(entity, home_id, label, f, hv, pv, row[f])
            else:
                self._conflict(entity, home_id, label, f, "edit", bv, hv, pv, row[f])
            touched = True
        home_deleted = h.get("deleted_at") is not None and b.get("deleted_at") is None
        if home_deleted and pack_edited and p.get("deleted_at") is None:
            # Deleted at home while edited abroad: keep the edits only if the user says so.
            self._conflict(entity, home_id, label, "deleted_at", "delete", None, h["deleted_at"], None, None)
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
        self.conflicts.append(Conflict(key, entity, record_id, label, fld, kind, base, home, pack,
                                       None, None, None, None))  # fmt: skip


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
    column = model.__table__.c[fld]  # type: ignore[attr-defined]
    if isinstance(column.type, SaEnum) and column.type.enum_class is not None:
        enum_class: type[Enum] = column.type.enum_class  # type: ignore[assignment]
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
    if plan.already_merged or plan.is_empty:
        return MergeSummary(0, 0, 0, 0, 0, None)
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
        for model in MISSION_MODELS:
            entity = model.__tablename__  # type: ignore[attr-defined]
            for row in ops.inserts.get(entity, []):
                follow_merged(session, row)  # a record made abroad may name an investor merged since
                obj = model(**{k: v for k, v in row.items() if k != "version"})
                session.add(obj)
            session.flush()  # parents before children: the tables' foreign keys need it
            step()
        for model in MISSION_MODELS:
            entity = model.__tablename__  # type: ignore[attr-defined]
            mine = {rid: v for (e, rid), v in values.items() if e == entity}
            links = {link.key for link in link_fields(model)}
            if entity == "delegation":
                for row in ops.inserts.get(entity, []):  # a delegation made abroad brings its FEZs
                    fezs = plan_links(plan, row["id"])
                    if fezs:
                        mine.setdefault(row["id"], {})["fezs"] = fezs
            ids = list(mine)
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                for obj in session.scalars(select(model).where(model.id.in_(chunk))):  # type: ignore[attr-defined]
                    follow_merged(session, mine[obj.id])
                    for fld, value in mine[obj.id].items():
                        if fld in links:
                            value = [session.get(Fez, i) for i in value]
                            value = [v for v in value if v is not None]
                        setattr(obj, fld, value)
                session.flush()
            step()
        stored = {
            "fingerprint": ops.fingerprint,
            "at": datetime.now(UTC).isoformat(),
            "by": ctx.actor,
            "snapshot": base64.b64encode(zlib.compress(json.dumps(ops.snapshot).encode(), 6)).decode(),
        }
        session.merge(Setting(key=f"{MERGED_KEY}{plan.info.pack_id}", value=json.dumps(stored)))
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
    )


def plan_links(plan: MergePlan, delegation_id: uuid.UUID) -> list[uuid.UUID]:
    record = plan.ops.snapshot.get("delegation", {}).get(str(delegation_id), {})
    return [uuid.UUID(i) for i in record.get("fezs", [])]


def _check_unchanged(session: Session, expected: dict[tuple[str, uuid.UUID], int | None]) -> None:
    by_entity: dict[str, list[uuid.UUID]] = {}
    for entity, record_id in expected:
        by_entity.setdefault(entity, []).append(record_id)
    for entity, ids in by_entity.items():
        table = MODEL_BY_TABLE[entity].__table__  # type: ignore[attr-defined]
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
    ids = list(ids)
    for start in range(0, len(ids), _CHUNK):
        hidden = session.scalar(
            select(Project.id)
            .where(Project.id.in_(ids[start : start + _CHUNK]), ~access.visible_projects(who))
            .limit(1)
        )
        if hidden is not None:
            raise DomainError("merge_forbidden")
