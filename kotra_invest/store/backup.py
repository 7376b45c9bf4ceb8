"""Backups of the embedded database: consistent copies through SQLite's online backup API.

A plain file copy of a WAL database can miss committed pages still in the -wal file; the
backup API copies a consistent snapshot even while the app is writing.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from kotra_invest.domain.errors import StorageError
from kotra_invest.store.engine import SQLITE_HEADER, Database

KEEP_BACKUPS = 10


def backup_folder(db: Database) -> Path:
    path = db.sqlite_path
    assert path is not None
    return path.parent / "backups"


def _copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def backup(db: Database, target: Path | None = None, *, reason: str = "manual") -> Path:
    """Write a consistent copy of the database; returns where it went."""
    if not db.is_sqlite:
        return _pg_dump(db, target)
    source = db.sqlite_path
    if source is None or not source.exists():
        raise StorageError("backup_failed", reason="the database has no file")
    if target is None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = backup_folder(db) / f"{source.stem}-{stamp}-{reason}.sqlite3"
    target = target.expanduser()
    if target.resolve() == source.resolve():
        raise StorageError("backup_failed", reason="the backup cannot overwrite the database itself")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        _copy(source, partial)
        partial.replace(target)  # a crash mid-copy never leaves a half backup under the real name
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise StorageError("backup_failed", reason=str(exc)) from exc
    _rotate(db)
    return target


def _rotate(db: Database) -> None:
    folder = backup_folder(db)
    stem = db.sqlite_path.stem  # type: ignore[union-attr]
    automatic = sorted(p for p in folder.glob(f"{stem}-*.sqlite3") if not p.name.endswith("-manual.sqlite3"))
    for old in automatic[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)


def list_backups(db: Database) -> list[Path]:
    if not db.is_sqlite:
        return []
    folder = backup_folder(db)
    return sorted(folder.glob(f"{db.sqlite_path.stem}-*.sqlite3"), reverse=True)  # type: ignore[union-attr]


def backup_before_migration(db: Database) -> Path | None:
    path = db.sqlite_path
    if path is None or not path.exists() or path.stat().st_size == 0:
        return None
    return backup(db, reason="pre-migration")


def check_backup_file(source: Path) -> None:
    """Refuse anything that is not a healthy kotra-invest SQLite database."""
    if not source.is_file():
        raise StorageError("restore_failed", reason=f"no such file: {source}")
    with source.open("rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            raise StorageError("restore_failed", reason=f"not an SQLite database: {source}")
    try:
        conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise StorageError("restore_failed", reason=f"the backup is damaged: {source}")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError("restore_failed", reason=f"the backup is damaged: {source}") from exc
    if not {"alembic_version", "investor", "delegation"} <= tables:
        raise StorageError("restore_failed", reason=f"not a kotra-invest database: {source}")


def restore(db: Database, source: Path) -> Path | None:
    """Replace the database's content with `source`, keeping a backup of what it held."""
    if not db.is_sqlite:
        raise StorageError("not_supported", what="restore (use pg_restore on the server)")
    source = source.expanduser()
    check_backup_file(source)
    previous = backup_before_migration(db)
    target = db.sqlite_path
    assert target is not None
    db.dispose()
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(target)
        try:
            # The backup API replaces the destination in one transaction: all or nothing.
            src.backup(dst)
        finally:
            src.close()
            dst.close()
    except sqlite3.Error as exc:
        raise StorageError("restore_failed", reason=str(exc)) from exc
    return previous


def _pg_dump(db: Database, target: Path | None) -> Path:
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise StorageError("backup_failed", reason="pg_dump is not installed on this machine")
    if target is None:
        raise StorageError("backup_failed", reason="give a file name for a server backup")
    libpq_url = db.url.set(drivername="postgresql").render_as_string(hide_password=False)
    result = subprocess.run(
        [pg_dump, "--format=custom", f"--file={target}", f"--dbname={libpq_url}"],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise StorageError("backup_failed", reason=result.stderr.strip().splitlines()[-1] if result.stderr else "")
    return target
