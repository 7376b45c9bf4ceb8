"""One unit of work per user action: a session, its audit trail, commit or rollback.

The audit trail is written here, in one place, by a `before_flush` hook: every service gets it
for free and none can forget it. Bookkeeping (updated_at, updated_by) is stamped here too.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Connection, event, inspect, text
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from kotra_invest.domain.base import Synced, utcnow
from kotra_invest.domain.enums import AuditAction
from kotra_invest.domain.errors import DomainError, StaleRecord, StorageError, ValidationError
from kotra_invest.domain.models import AuditEntry
from kotra_invest.store import pg_audit
from kotra_invest.store.engine import Database, is_corruption

# What the audit trail holds instead of a value erased on a data subject's request.
REDACTED = "[erased]"

# Columns that change on every save and say nothing a reader of the history wants to see.
_BOOKKEEPING = frozenset({"updated_at", "updated_by", "version", "created_at"})


@dataclass(frozen=True)
class Context:
    """Who does what, where: handed to every service call."""

    db: Database
    actor: str = "system"  # the officer's login
    source: str = "cli"  # desktop, cli, import, merge, demo …
    lang: str = "en"
    # Why the officer prints or downloads personal data (the access log asks for it):
    # `--reason` on the command line, the reason dialog on the desktop.
    access_reason: str | None = None


@contextmanager
def unit_of_work(ctx: Context) -> Iterator[Session]:
    """A session for one action; the caller commits, anything unhandled rolls back."""
    session = AuditedSession(bind=ctx.db.engine, expire_on_commit=False)
    session.info.update(actor=ctx.actor, source=ctx.source, change_set=uuid.uuid4())
    try:
        yield session
    except StaleDataError as exc:
        session.rollback()
        raise StaleRecord(_entity_of(exc)) from exc
    except (IntegrityError, DataError) as exc:  # a value the database refuses: too long, bad bytes …
        session.rollback()
        raise ValidationError("invalid_value", field="record", value=_first_line(exc)) from exc
    except DBAPIError as exc:
        session.rollback()
        raise translate_database_error(ctx, exc) from exc
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def translate_database_error(ctx: Context, exc: DBAPIError) -> Exception:
    """What a database failure means to the user; a bug (bad SQL) stays what it is."""
    code = getattr(exc.orig, "sqlite_errorname", "")
    if code == "SQLITE_BUSY_SNAPSHOT":
        # This action read the data, someone else wrote since, and SQLite refuses our write:
        # the same situation as a version conflict.
        return StaleRecord("record")
    if code.startswith("SQLITE_BUSY") or "database is locked" in str(exc.orig):
        return StorageError("database_busy")
    if is_corruption(exc):
        return StorageError("database_corrupt", path=ctx.db.describe())
    if getattr(exc.orig, "sqlstate", None) == "42501" or "row-level security" in str(exc.orig):
        # insufficient_privilege: the server's grants or row-level security said no, to a
        # change the service layer let through (it should not: the rules are the same).
        return DomainError("server_refused", reason=_first_line(exc))
    if isinstance(exc, OperationalError | InterfaceError):  # the server went away, the file vanished
        return StorageError("database_unreachable", url=ctx.db.describe(), reason=_first_line(exc))
    return exc


def _first_line(exc: DBAPIError) -> str:
    return str(exc.orig).strip().splitlines()[0] if exc.orig is not None else type(exc).__name__


def _entity_of(exc: StaleDataError) -> str:
    # "UPDATE statement on table 'investor' expected to update 1 row(s); 0 were matched."
    text = str(exc)
    if "table '" in text:
        return text.split("table '", 1)[1].split("'", 1)[0]
    return "record"


def audit_text(value: Any) -> str | None:
    """How a value is written in the audit trail: exact, and readable without the schema."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal | uuid.UUID | int | float | str):
        return str(value)
    return json.dumps(value, ensure_ascii=False, default=str)


def _columns(obj: Synced) -> list[str]:
    return [attr.key for attr in inspect(obj).mapper.column_attrs]


def _apply_scalar_defaults(obj: Synced) -> None:
    """Set the plain (non-callable) column defaults now instead of at INSERT time."""
    for attr in inspect(obj).mapper.column_attrs:
        column = attr.columns[0]
        default = column.default
        if default is not None and default.is_scalar and getattr(obj, attr.key) is None:
            setattr(obj, attr.key, default.arg)


def _links(obj: Synced) -> list[str]:
    """The many-to-many collections of a record (e.g. a delegation's FEZs): part of its content."""
    return [rel.key for rel in inspect(obj).mapper.relationships if rel.secondary is not None]


def _link_key(linked: Any) -> str:
    # Reference rows are known by their code (readable, and the same in every database).
    return str(getattr(linked, "code", None) or linked.id)


def _record_changes(session: Session, _context: Any, _instances: Any) -> None:
    actor = session.info.get("actor", "system")
    now = utcnow()
    entries: list[AuditEntry] = []
    # On a server whose row triggers write the trail (store.pg_audit.install), this hook only
    # stamps the records: an entry of its own would be the same change written twice.
    database_writes = bool(session.info.get("database_audits"))
    # Records whose personal data is being erased: their old values must not reach the trail.
    erasing: set[uuid.UUID] = session.info.get("erasing", set())

    def entry(obj: Synced, action: AuditAction, field: str | None = None, old: Any = None, new: Any = None) -> None:
        if database_writes:
            return
        if obj.id in erasing and old is not None:
            old = REDACTED
        entries.append(
            AuditEntry(
                at=now,
                actor=actor,
                source=session.info.get("source", "cli"),
                change_set=session.info.setdefault("change_set", uuid.uuid4()),
                entity=obj.__tablename__,  # type: ignore[attr-defined]
                record_id=obj.id,
                action=action,
                field=field,
                old_value=audit_text(old),
                new_value=audit_text(new),
            )
        )

    for obj in session.new:
        if not isinstance(obj, Synced):
            continue
        if obj.id is None:
            obj.id = uuid.uuid4()
        obj.created_at = obj.created_at or now
        obj.updated_at = now
        obj.updated_by = actor
        _apply_scalar_defaults(obj)  # so the audit shows the status etc. the record really starts with
        snapshot: dict[str, Any] = {
            key: audit_text(getattr(obj, key)) for key in _columns(obj) if key not in _BOOKKEEPING
        }
        snapshot |= {key: sorted(_link_key(o) for o in getattr(obj, key)) for key in _links(obj)}
        snapshot = {k: v for k, v in snapshot.items() if v not in (None, []) and k != "id"}
        entry(obj, AuditAction.INSERT, new=json.dumps(snapshot, ensure_ascii=False, sort_keys=True))

    for obj in session.dirty:
        if not isinstance(obj, Synced) or not session.is_modified(obj):
            continue
        state = inspect(obj)
        changed = False
        for key in _links(obj):
            history = state.attrs[key].history
            if not history.has_changes():
                continue
            old_links = sorted(_link_key(o) for o in (*history.unchanged, *history.deleted))
            new_links = sorted(_link_key(o) for o in (*history.unchanged, *history.added))
            if old_links != new_links:
                changed = True
                entry(obj, AuditAction.UPDATE, key, old_links, new_links)
        for key in _columns(obj):
            if key in _BOOKKEEPING:
                continue
            history = state.attrs[key].history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if audit_text(old) == audit_text(new):
                continue
            changed = True
            if key == "deleted_at":
                entry(obj, AuditAction.DELETE if new is not None else AuditAction.RESTORE, "deleted_at", old, new)
            else:
                entry(obj, AuditAction.UPDATE, key, old, new)
        if changed:
            obj.updated_at = now
            obj.updated_by = actor

    for obj in session.deleted:
        if isinstance(obj, Synced):
            entry(obj, AuditAction.DELETE)

    session.add_all(entries)


class AuditedSession(Session):
    """The session of every unit of work: it writes the audit trail as it flushes.

    The hook is on this class, set once at import, rather than on each database's session
    factory: a per-factory hook is looked up by object identity, and a factory made after an
    old one was freed could be taken for it and handed out unhooked.
    """


def _pass_context(session: Session, _transaction: Any, connection: Connection) -> None:
    """At the start of each transaction on PostgreSQL: tell the database's audit triggers who
    (as the app knows it), from where and in which change set, in transaction-local settings;
    and learn whether those triggers are the trail's writer here."""
    if connection.dialect.name != "postgresql":
        return
    if "kotra_database_audits" not in connection.info:
        connection.info["kotra_database_audits"] = pg_audit.database_writes_audit(connection)
    session.info["database_audits"] = connection.info["kotra_database_audits"]
    connection.execute(
        text(
            "SELECT set_config('kotra.actor', :actor, true), set_config('kotra.source', :source, true), "
            "set_config('kotra.change_set', :change_set, true)"
        ),
        {
            "actor": str(session.info.get("actor", "system")),
            "source": str(session.info.get("source", "cli"))[:200],
            "change_set": str(session.info.setdefault("change_set", uuid.uuid4())),
        },
    )


def database_writes_audit(session: Session) -> bool:
    """Whether the database's own triggers write this session's audit entries (a shared server
    after `server init`): bulk writers (imports) then leave the entries to them."""
    session.connection()  # begins the transaction, so `_pass_context` has looked
    return bool(session.info.get("database_audits"))


def _enforce_rules(session: Session, _context: Any, _instances: Any) -> None:
    # Imported here: access builds on this module. Runs before the audit is written, so a
    # refused change leaves no entry behind.
    from kotra_invest.services import access

    access.check_flush(session)


event.listen(AuditedSession, "before_flush", _enforce_rules)
event.listen(AuditedSession, "before_flush", _record_changes)
event.listen(AuditedSession, "after_begin", _pass_context)
