"""Engines and session factories for the embedded SQLite file and the shared PostgreSQL server."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from kotra_invest.config import url_file
from kotra_invest.domain.errors import StorageError

SQLITE_HEADER = b"SQLite format 3\x00"

# SQLCipher through the `sqlcipher3` driver: mission packs are always written in its format.
CIPHER_DRIVER = "sqlite+pysqlcipher"

# The key of a mission pack cut without a passphrase. It keeps nothing secret; it is there so
# that every pack has SQLCipher's per-page HMAC, which turns any damaged byte into a clear
# refusal instead of a silently wrong value merged back home.
PACK_DEFAULT_KEY = "kotra-invest mission pack"


@dataclass
class Database:
    """One open database: its engine and the factory that makes one session per unit of work."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session] = field(repr=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def encrypted(self) -> bool:
        """An SQLCipher file (a mission pack): plain sqlite3 tools cannot read it."""
        return self.url.drivername == CIPHER_DRIVER

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    def describe(self) -> str:
        """What to show a user: the file, or the server without its password."""
        if self.sqlite_path:
            return str(self.sqlite_path)
        return self.url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()


def parse_database_url(raw: str) -> URL:
    """The URL as SQLAlchemy needs it; a URL we cannot use is a StorageError naming it."""
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise StorageError("database_url", value=raw) from exc
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise StorageError("database_url", value=raw)
    return url


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database before SQLite half-opens it."""
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as fh:
            if fh.read(16) != SQLITE_HEADER:
                raise StorageError("database_corrupt", path=str(path))


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Python's sqlite3 starts transactions only before INSERT/UPDATE/DELETE, so DDL (migrations,
    # the search index's triggers) would commit on its own and survive a rollback. We take
    # transactions over: no implicit ones here, an explicit BEGIN from `_sqlite_begin`.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # First: every statement after it, the journal mode's too, waits for a lock another connection
    # holds instead of failing at once with "database is locked".
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _wal(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets the desktop read while a long import writes; NORMAL is durable across app
    # crashes (only an OS crash can lose the last transaction, never corrupt the file).
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _chain_functions(dbapi_connection: Any, _record: Any) -> None:
    # The audit trail's and the access log's sealing triggers call these (store.audit_chain).
    from kotra_invest.store.audit_chain import register_sqlite_functions

    register_sqlite_functions(dbapi_connection)


def _quiet_cipher(dbapi_connection: Any, _record: Any) -> None:
    # SQLCipher logs a failed HMAC check (a wrong key) to stderr; the user gets our message instead.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA cipher_log_level = NONE")
    cursor.close()


def _one_file(dbapi_connection: Any, _record: Any) -> None:
    # A mission pack is copied to a USB stick, often while the app still has it open. In WAL mode
    # committed edits wait in `*.kipack-wal` until a checkpoint, and a copy of the one file drops
    # them. With a rollback journal every commit is in the file itself when it returns (the
    # `-journal` exists only while a transaction is being written), and FULL makes it durable.
    # A pack is one officer's laptop database: WAL's concurrent readers buy nothing there.
    # Asked first, set only when it differs (a pack made before, or a file given as one): setting the
    # mode takes the file's lock, and each connection of a pack window's pages (the dashboard and the
    # map load side by side) setting it again failed with "database is locked" while another read.
    cursor = dbapi_connection.cursor()
    if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "delete":
        cursor.execute("PRAGMA journal_mode=DELETE")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def cipher_url(path: Path, key: str | None) -> str:
    """The URL of an SQLCipher file; the key travels escaped, so any passphrase works."""
    # URL.render_as_string drops a password given without a user name, so the text is built here.
    return f"{CIPHER_DRIVER}://:{quote(key or PACK_DEFAULT_KEY, safe='')}@/{url_file(path)}"


def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _no_jit(dbapi_connection: Any, _record: Any) -> None:
    """Turn PostgreSQL's JIT compiler off for the app's sessions.

    Stock PostgreSQL (jit = on since 12, with LLVM in Debian's, Ubuntu's and the PGDG packages)
    compiles any statement whose estimated cost passes jit_above_cost, on every execution: JIT
    code is never cached. The search box's statement is one large UNION of every kind's ranked
    index walks, costed high for the walks it rarely finishes, so LLVM compiled it each time:
    at 10,000 investors a search of 유치 took 53–58 s with JIT and 0.3 s without (one client;
    bench/RESULTS.md). JIT pays back on long analytic scans, which this interactive client does
    not run. A plain SET, committed: inside the driver's implicit transaction the pool's rollback
    on return would undo it."""
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET jit = off")
    dbapi_connection.commit()


def _sqlite_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def open_database(raw_url: str, *, create: bool = True) -> Database:
    """Open (and for SQLite, create) the database at `raw_url`, and check it can be reached."""
    url = parse_database_url(raw_url)
    # Korean stays Korean inside JSON columns (tags): escaped as \uXXXX it could not be searched.
    kwargs: dict[str, Any] = {"json_serializer": _json_text}
    if url.get_backend_name() == "sqlite":
        path = Path(url.database) if url.database and url.database != ":memory:" else None
        if path is not None:
            path = path.expanduser()
            if not create and not path.exists():
                raise StorageError("no_database", path=str(path))  # as services.database.connect says it
            path.parent.mkdir(parents=True, exist_ok=True)
            if url.drivername != CIPHER_DRIVER:
                _check_sqlite_file(path)
            url = url.set(database=str(path))
    else:
        kwargs["pool_pre_ping"] = True  # a connection the server dropped is replaced, not handed out
        # A server that vanishes without closing the connection (a cut network, a sleeping
        # laptop) must become an error within half a minute, not a frozen window: TCP keepalives
        # and a limit on unacknowledged data. The same settings in the URL's query win.
        defaults = {
            "connect_timeout": 5,
            "keepalives": 1,
            "keepalives_idle": 10,
            "keepalives_interval": 5,
            "keepalives_count": 3,
            "tcp_user_timeout": 30000,
        }
        kwargs["connect_args"] = {k: v for k, v in defaults.items() if k not in url.query}
    try:
        engine = create_engine(url, **kwargs)
    except (NoSuchModuleError, ArgumentError, ImportError) as exc:
        raise StorageError("database_url", value=url.render_as_string(hide_password=True)) from exc
    if engine.dialect.name == "sqlite":
        if url.drivername == CIPHER_DRIVER:
            event.listen(engine, "connect", _quiet_cipher, insert=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "connect", _chain_functions)
        # A pack keeps its journal in the one file (_one_file); never WAL, not even for a moment.
        event.listen(engine, "connect", _one_file if url.drivername == CIPHER_DRIVER else _wal)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        event.listen(engine, "connect", _no_jit)
    db = Database(url, engine, sessionmaker(engine, expire_on_commit=False))
    _probe(db)
    return db


def _probe(db: Database) -> None:
    """Connect once so a bad server or a damaged file is reported now, in words."""
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            if db.is_sqlite:
                conn.execute(text("SELECT count(*) FROM sqlite_master"))
    except (OperationalError, DatabaseError, sqlite3.DatabaseError) as exc:
        db.dispose()
        if db.is_sqlite and db.sqlite_path is not None and is_corruption(exc):
            raise StorageError("database_corrupt", path=str(db.sqlite_path)) from exc
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else type(exc).__name__
        raise StorageError("database_unreachable", url=db.describe(), reason=reason) from exc


def is_corruption(exc: BaseException) -> bool:
    """Whether SQLite is saying the file is damaged (as opposed to busy or missing)."""
    text = str(getattr(exc, "orig", exc))
    return "not a database" in text or "malformed" in text or "file is encrypted" in text


def integrity_problems(db: Database) -> list[str]:
    """What `PRAGMA integrity_check` and the foreign key check report; empty when healthy."""
    if not db.is_sqlite:
        return []
    try:
        with db.engine.connect() as conn:
            problems = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check") if row[0] != "ok"]
            problems += [
                f"foreign key: {row[0]} row {row[1]} -> {row[2]}"
                for row in conn.exec_driver_sql("PRAGMA foreign_key_check")
            ]
    except DatabaseError as exc:
        return [str(exc.orig)]
    return problems
