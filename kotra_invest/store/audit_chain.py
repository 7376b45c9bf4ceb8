"""The hash chains of the audit trail and of the personal-data access log, on both engines.

Each entry carries `seq` (its place in the chain), `prev_hash` (the hash of the entry before it)
and `hash`, a SHA-256 over its content and `prev_hash`: changing, removing or reordering any
entry breaks the link after it, and `verify` names the first broken one.

Who seals an entry: the database, never the writer. On PostgreSQL a BEFORE INSERT trigger
(`store.pg_audit`) takes a transaction-level advisory lock, so concurrent appends queue up and
each sees the committed head of the chain. On SQLite writes are serialised by the file's write
lock, and an AFTER INSERT trigger seals the row with the functions this module registers on
every connection (`register_sqlite_functions`); a tool without them (the sqlite3 shell) cannot
append at all, which is the point.

Erasure of a person's values (privacy.erase_contact) must keep the chain verifiable, yet leave
nothing of the values behind. So the hash does not cover the values themselves but
`value_digest` = SHA-256(nonce ‖ old ‖ new) with a random per-entry `value_nonce`. Erasure
replaces the values by '[erased]' and drops the nonce; the digest stays and the chain still
verifies. Without the nonce the digest cannot be brute-forced back into a phone number, which
a digest of the bare value could. `verify` accepts an entry without a nonce only under the
redaction rule: its values are blank or '[erased]' and a later 'erase' entry of the same record
says who erased it and why.

The access log may be purged after its retention period: only a prefix of its chain goes, and
the purge appends an entry naming the hash of the last removed entry (the anchor), so the
first remaining entry still links to something the chain itself vouches for.

The canonical text hashed is the same on both engines: every field length-prefixed
(`len:value|`, '-' for NULL), UUIDs as 32 hex digits, instants as microseconds since 1970 UTC.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, select, text

from kotra_invest.domain.models import AccessEntry, AuditEntry

REDACTED = "[erased]"  # services.unit_of_work.REDACTED (the store keeps its own copy)
GENESIS = ""  # the prev_hash of a chain's first entry

# The content each chain's hash covers, in order (`seq` first and `prev_hash` last are added).
AUDIT_FIELDS = ("id", "at", "actor", "source", "change_set", "entity", "record_id", "action", "field", "value_digest")
ACCESS_FIELDS = (
    "id", "at", "actor", "host", "address", "action", "what", "subject", "contact_ids", "contact_count", "reason",
    "source", "detail",
)  # fmt: skip
_UUIDS = frozenset({"id", "change_set", "record_id"})
_INSTANTS = frozenset({"at"})
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _part(value: str | None) -> str:
    return "-|" if value is None else f"{len(value)}:{value}|"


def canonical(values: Iterable[str | None]) -> str:
    return "".join(_part(v) for v in values)


def sha256(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def micros(value: Any) -> str | None:
    """An instant as whole microseconds since 1970 UTC; SQLite's stored text is naive UTC."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    delta = value - _EPOCH
    return str((delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds)


def uuid_hex(value: Any) -> str | None:
    if value is None:
        return None
    return value.hex if isinstance(value, uuid.UUID) else uuid.UUID(str(value)).hex


def field_text(name: str, value: Any) -> str | None:
    if value is None:
        return None
    if name in _UUIDS:
        return uuid_hex(value)
    if name in _INSTANTS:
        return micros(value)
    if hasattr(value, "value") and not isinstance(value, int | str):  # an enum read through the ORM
        value = value.value
    return str(value)


def value_digest(nonce: str | None, old: str | None, new: str | None) -> str:
    return sha256(canonical((nonce, old, new)))


def entry_hash(seq: Any, fields: Sequence[str], row: dict[str, Any], prev_hash: str | None) -> str:
    parts = [str(seq), *(field_text(name, row.get(name)) for name in fields), prev_hash or GENESIS]
    return sha256(canonical(parts))


# --- SQLite: the sealing triggers and the functions they call -------------------------------


def _sqlite_hash(kind: str, seq: Any, prev_hash: str | None, *values: Any) -> str:
    fields = AUDIT_FIELDS if kind == "audit" else ACCESS_FIELDS
    return entry_hash(seq, fields, dict(zip(fields, values, strict=True)), prev_hash)


def register_sqlite_functions(dbapi_connection: Any) -> None:
    """The functions the sealing triggers call; registered on every SQLite connection we open."""
    dbapi_connection.create_function("kotra_value_digest", 3, value_digest, deterministic=True)
    dbapi_connection.create_function("kotra_audit_hash", 2 + len(AUDIT_FIELDS) + 1, _sqlite_hash, deterministic=True)
    dbapi_connection.create_function("kotra_access_hash", 2 + len(ACCESS_FIELDS) + 1, _sqlite_hash, deterministic=True)


def _sqlite_seal(table: str, kind: str, fields: Sequence[str], with_values: bool) -> str:
    """AFTER INSERT: number the row, link it to the head, digest its values, hash it.

    Three updates of the new row, each allowed by the guard only while the row is unsealed."""
    head = f"(SELECT hash FROM {table} WHERE seq = (SELECT max(seq) FROM {table}))"
    first = (
        f"UPDATE {table} SET seq = (SELECT coalesce(max(seq), 0) + 1 FROM {table}), "
        f"prev_hash = coalesce({head}, '')"
        + (", value_nonce = lower(hex(randomblob(16)))" if with_values else "")
        + " WHERE rowid = NEW.rowid;"
    )
    digest = (
        f"UPDATE {table} SET value_digest = kotra_value_digest(value_nonce, old_value, new_value) "
        "WHERE rowid = NEW.rowid;"
        if with_values
        else ""
    )
    args = ", ".join(fields)
    seal = f"UPDATE {table} SET hash = kotra_{kind}_hash('{kind}', seq, prev_hash, {args}) WHERE rowid = NEW.rowid;"
    return f"CREATE TRIGGER {table}_chain AFTER INSERT ON {table} BEGIN {first} {digest} {seal} END"


_AUDIT_CONTENT = ("id", "at", "actor", "source", "change_set", "entity", "record_id", "action", "field")
_AUDIT_SEAL = ("seq", "prev_hash", "value_nonce", "value_digest", "hash")
_ACCESS_SEAL = ("seq", "prev_hash", "hash")


def _same(columns: Iterable[str]) -> str:
    return " AND ".join(f"NEW.{c} IS OLD.{c}" for c in columns)


def sqlite_audit_statements() -> list[str]:
    """The chain and the guard of audit_log on SQLite (the guard replaces migration 0005's).

    An UPDATE gets through only to seal a new row (nothing but the chain columns, and only while
    the row has no hash), or to redact: values replaced by '[erased]' and the nonce dropped."""
    values = " AND ".join(f"(NEW.{c} IS OLD.{c} OR NEW.{c} = '{REDACTED}')" for c in ("old_value", "new_value"))
    sealing = f"(OLD.hash IS NULL AND {_same((*_AUDIT_CONTENT, 'old_value', 'new_value'))})"
    redacting = (
        f"({_same((*_AUDIT_CONTENT, 'seq', 'prev_hash', 'value_digest', 'hash'))} AND {values} "
        "AND (NEW.value_nonce IS OLD.value_nonce OR NEW.value_nonce IS NULL))"
    )
    return [
        "DROP TRIGGER IF EXISTS audit_log_no_update",
        f"""CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            WHEN NOT ({sealing} OR {redacting}) BEGIN
            SELECT RAISE(ABORT, 'audit_log is append-only');
        END""",
        "DROP TRIGGER IF EXISTS audit_log_chain",
        _sqlite_seal("audit_log", "audit", AUDIT_FIELDS, with_values=True),
    ]


def sqlite_access_statements() -> list[str]:
    """The chain and the guard of access_log on SQLite: sealing only; deletes only of entries
    older than the retention period (the purge; `verify` checks it left its anchor)."""
    sealing = f"(OLD.hash IS NULL AND {_same(ACCESS_FIELDS)})"
    retention = (
        "datetime('now', '-' || coalesce((SELECT value FROM app_setting "
        "WHERE key = 'access_log_retention_days'), '730') || ' days')"
    )
    return [
        f"""CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
            WHEN NOT {sealing} BEGIN
            SELECT RAISE(ABORT, 'access_log is append-only');
        END""",
        f"""CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
            WHEN OLD.at >= {retention} BEGIN
            SELECT RAISE(ABORT, 'access_log is append-only');
        END""",
        _sqlite_seal("access_log", "access", ACCESS_FIELDS, with_values=False),
    ]


# --- verification ----------------------------------------------------------------------------


@dataclass(frozen=True)
class BrokenLink:
    """The first entry whose link does not hold: what `audit verify` names."""

    chain: str  # audit_log or access_log
    entry_id: str
    seq: int | None
    at: datetime | None
    table: str  # the audited table (audit_log) or the action (access_log)
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "chain": self.chain,
            "entry_id": self.entry_id,
            "seq": self.seq,
            "at": self.at.isoformat() if self.at else None,
            "table": self.table,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class ChainReport:
    chain: str
    entries: int
    broken: BrokenLink | None


def _rows(conn: Connection, table: str, columns: Sequence[str]) -> Iterable[dict[str, Any]]:
    """The entries in chain order (unsealed ones last), read through the models' column types so
    UUIDs and instants come back the same from both engines."""
    model_table = (AuditEntry if table == "audit_log" else AccessEntry).__table__
    query = select(*(model_table.c[c] for c in columns)).order_by(model_table.c.seq.is_(None), model_table.c.seq)
    for row in conn.execute(query.execution_options(yield_per=2000)).mappings():
        yield dict(row)


def _erased_records(conn: Connection) -> dict[str, int]:
    """Record id (hex) → the seq of its last 'erase' entry: what makes a redaction legitimate."""
    rows = conn.execute(text("SELECT record_id, max(seq) FROM audit_log WHERE action = 'erase' GROUP BY record_id"))
    return {uuid_hex(r[0]) or "": int(r[1] or 0) for r in rows}


def verify_audit(conn: Connection) -> ChainReport:
    erased = _erased_records(conn)
    columns = ("seq", *AUDIT_FIELDS, "old_value", "new_value", "value_nonce", "prev_hash", "hash")
    expected_prev, expected_seq, count = GENESIS, 1, 0

    def broken(row: dict[str, Any], reason: str) -> ChainReport:
        link = BrokenLink("audit_log", str(row["id"]), row["seq"], row["at"], row["entity"], reason)
        return ChainReport("audit_log", count, link)

    for row in _rows(conn, "audit_log", columns):
        count += 1
        if row["hash"] is None or row["seq"] is None:
            return broken(row, "not sealed: the entry was written around the chain")
        if row["value_nonce"] is not None:
            if value_digest(row["value_nonce"], row["old_value"], row["new_value"]) != row["value_digest"]:
                return broken(row, "its old or new value was changed")
        else:
            redacted = all(v in (None, REDACTED) for v in (row["old_value"], row["new_value"]))
            erase_seq = erased.get(uuid_hex(row["record_id"]) or "", 0)
            if not redacted or erase_seq < row["seq"]:
                return broken(row, "its values were blanked without an erasure of the record")
        if row["seq"] != expected_seq:
            return broken(row, f"entries are missing before it (expected number {expected_seq})")
        if row["prev_hash"] != expected_prev:
            return broken(row, "it does not follow the entry before it (an entry was removed or replaced)")
        if entry_hash(row["seq"], AUDIT_FIELDS, row, row["prev_hash"]) != row["hash"]:
            return broken(row, "its content was changed after it was written")
        expected_prev, expected_seq = row["hash"], row["seq"] + 1
    return ChainReport("audit_log", count, None)


def verify_access(conn: Connection) -> ChainReport:
    columns = ("seq", *ACCESS_FIELDS, "prev_hash", "hash")
    rows = list(_rows(conn, "access_log", columns))
    anchors: dict[str, int] = {}  # the hash of the last purged entry → the seq it had
    for row in rows:
        if row["action"] == "purge" and row["detail"]:
            try:
                detail = json.loads(row["detail"])
                anchors[str(detail["anchor"])] = int(detail["through_seq"])
            except (ValueError, KeyError, TypeError):
                pass

    count = 0

    def broken(row: dict[str, Any], reason: str) -> ChainReport:
        link = BrokenLink("access_log", str(row["id"]), row["seq"], row["at"], str(row["action"]), reason)
        return ChainReport("access_log", count, link)

    expected_prev: str | None = None
    expected_seq: int | None = None
    for row in rows:
        count += 1
        if row["hash"] is None or row["seq"] is None:
            return broken(row, "not sealed: the entry was written around the chain")
        if expected_prev is None:  # the first remaining entry: the genesis, or right after a purge
            if row["prev_hash"] == GENESIS and row["seq"] == 1:
                pass
            elif anchors.get(row["prev_hash"]) != row["seq"] - 1:
                return broken(row, "entries before it were removed without a purge that names them")
        elif row["seq"] != expected_seq:
            return broken(row, f"entries are missing before it (expected number {expected_seq})")
        elif row["prev_hash"] != expected_prev:
            return broken(row, "it does not follow the entry before it (an entry was removed or replaced)")
        if entry_hash(row["seq"], ACCESS_FIELDS, row, row["prev_hash"]) != row["hash"]:
            return broken(row, "its content was changed after it was written")
        expected_prev, expected_seq = row["hash"], row["seq"] + 1
    return ChainReport("access_log", count, None)


def seal_existing(conn: Connection, table: str) -> None:
    """Chain the entries written before the chain existed (the migration), in the order written."""
    fields = AUDIT_FIELDS if table == "audit_log" else ACCESS_FIELDS
    content = [c for c in fields if c != "value_digest"]
    extra = ", old_value, new_value" if table == "audit_log" else ""
    rows = conn.execute(text(f"SELECT {', '.join(content)}{extra} FROM {table} ORDER BY at, id")).mappings().all()
    prev = GENESIS
    for seq, raw in enumerate(rows, 1):
        row = dict(raw)
        sets: dict[str, Any] = {"seq": seq, "prev_hash": prev}
        if table == "audit_log":
            nonce = uuid.uuid4().hex
            row["value_digest"] = sets["value_digest"] = value_digest(nonce, row["old_value"], row["new_value"])
            sets["value_nonce"] = nonce
        sets["hash"] = prev = entry_hash(seq, fields, row, sets["prev_hash"])
        assignments = ", ".join(f"{k} = :{k}" for k in sets)
        conn.execute(text(f"UPDATE {table} SET {assignments} WHERE id = :row_id"), {**sets, "row_id": raw["id"]})
