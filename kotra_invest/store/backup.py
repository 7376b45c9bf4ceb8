"""Backups of the embedded database: consistent copies through SQLite's online backup API.

A plain file copy of a WAL database can miss committed pages still in the -wal file; the
backup API copies a consistent snapshot even while the app is writing.

The daily backup is never on the way to the window: the desktop takes it on a worker thread
after the first paint, in small steps with a pause between them (the disk stays free for the
officer's own work), all steps reading one snapshot, so the officer's edits meanwhile neither
restart nor tear it. Closing the app lets a running backup finish without the pauses. The disk
it costs is bounded: only the newest `backups_kept()` automatic copies are kept (a setting of
each database, `kotra-invest backups keep N`; `kotra-invest backups list` shows the total).
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kotra_invest.domain.errors import StorageError
from kotra_invest.store.engine import SQLITE_HEADER, Database

KEEP_BACKUPS = 3  # automatic copies kept unless the database's setting says otherwise
KEEP_SETTING = "backup_keep"  # app_setting key
KEEP_RANGE = range(1, 31)
STEP_PAGES = 2048  # 8 MB of 4 KB pages per step
STEP_PAUSE_S = 0.01  # between steps of a paced backup: a 1.8 GB file takes about 3 s longer


class BackupCancelled(Exception):
    """A paced backup was told to stop (the app is closing and does not want to wait)."""


@dataclass
class Pace:
    """How a background backup behaves: pause between steps until `hurry` is set; stop when
    `cancel` is set."""

    hurry: threading.Event
    cancel: threading.Event

    @classmethod
    def new(cls) -> Pace:
        return cls(threading.Event(), threading.Event())


def backup_folder(db: Database) -> Path:
    path = db.sqlite_path
    assert path is not None
    return path.parent / "backups"


def _copy(source: Path, target: Path, pace: Pace | None = None) -> None:
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, isolation_level=None)
    try:
        dst = sqlite3.connect(target)
        try:
            if pace is None:
                src.backup(dst)
                return
            # One read transaction around all the steps: every step reads the same snapshot, so
            # a write by the app between two steps does not make SQLite start the copy over.
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()

            def between_steps(_status: int, _remaining: int, _total: int) -> None:
                if pace.cancel.is_set():
                    raise BackupCancelled()
                if not pace.hurry.is_set():
                    time.sleep(STEP_PAUSE_S)

            src.backup(dst, pages=STEP_PAGES, progress=between_steps)
            src.execute("COMMIT")
        finally:
            dst.close()
    finally:
        src.close()


def backup(db: Database, target: Path | None = None, *, reason: str = "manual", pace: Pace | None = None) -> Path:
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
        _copy(source, partial, pace)
        partial.replace(target)  # a crash mid-copy never leaves a half backup under the real name
    except BackupCancelled:
        partial.unlink(missing_ok=True)
        raise
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise StorageError("backup_failed", reason=str(exc)) from exc
    _rotate(db)
    return target


def backups_kept(database: Path) -> int:
    """How many automatic backups of this database file are kept (its `backup_keep` setting)."""
    try:
        conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM app_setting WHERE key = ?", (KEEP_SETTING,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return KEEP_BACKUPS
    try:
        kept = int(row[0]) if row else KEEP_BACKUPS
    except ValueError:
        return KEEP_BACKUPS
    return kept if kept in KEEP_RANGE else KEEP_BACKUPS


def _rotate(db: Database) -> None:
    folder = backup_folder(db)
    stem = db.sqlite_path.stem  # type: ignore[union-attr]
    automatic = sorted(p for p in folder.glob(f"{stem}-*.sqlite3") if not p.name.endswith("-manual.sqlite3"))
    for old in automatic[: -backups_kept(db.sqlite_path)]:  # type: ignore[arg-type]
        old.unlink(missing_ok=True)
    for stale in folder.glob(f"{stem}-*.sqlite3.partial"):  # a copy cut off by a crash or power loss
        if time.time() - stale.stat().st_mtime > DAILY.total_seconds():
            stale.unlink(missing_ok=True)


def backups_of(database: Path) -> list[Path]:
    """The backups kept beside a database file, newest first (their names sort by time)."""
    return sorted((database.parent / "backups").glob(f"{database.stem}-*.sqlite3"), reverse=True)


def list_backups(db: Database) -> list[Path]:
    return backups_of(db.sqlite_path) if db.sqlite_path is not None else []


def latest_good_backup(database: Path) -> Path | None:
    """The newest backup of `database` that is healthy and can be restored, if any."""
    for candidate in backups_of(database):
        try:
            check_backup_file(candidate)
        except StorageError:
            continue
        return candidate
    return None


# An officer's laptop is backed up once a day, at the first start of the app that day.
DAILY = timedelta(hours=24)


def backup_due(db: Database) -> bool:
    """Whether the daily backup is due: the last one is more than a day old, or there is none."""
    path = db.sqlite_path
    if path is None or not path.exists() or path.stat().st_size == 0:
        return False
    daily = [p for p in list_backups(db) if p.name.endswith("-daily.sqlite3")]
    return not (daily and datetime.now(UTC) - datetime.fromtimestamp(daily[0].stat().st_mtime, UTC) < DAILY)


def backup_if_due(db: Database, pace: Pace | None = None) -> Path | None:
    """Take the daily backup if the last one is more than a day old (or there is none)."""
    return backup(db, reason="daily", pace=pace) if backup_due(db) else None


def disk_use(database: Path) -> tuple[list[tuple[Path, int]], int]:
    """The backups of a database file, newest first, with their sizes, and the total in bytes."""
    sized = []
    for path in backups_of(database):
        try:
            sized.append((path, path.stat().st_size))
        except OSError:
            continue  # rotated away meanwhile
    return sized, sum(size for _path, size in sized)


def backup_before_migration(db: Database) -> Path | None:
    path = db.sqlite_path
    if path is None or not path.exists() or path.stat().st_size == 0:
        return None
    return backup(db, reason="pre-migration")


def check_backup_file(source: Path) -> None:
    """Refuse anything that is not a healthy kotra-invest SQLite database this version can open."""
    from kotra_invest.store import migrate

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
            revision = None
            if "alembic_version" in tables:
                revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError("restore_failed", reason=f"the backup is damaged: {source}") from exc
    if not {"alembic_version", "investor", "delegation"} <= tables or revision is None:
        raise StorageError("restore_failed", reason=f"not a kotra-invest database: {source}")
    if not migrate.is_known(revision[0]):
        raise StorageError("restore_failed", reason=f"made by a newer kotra-invest ({revision[0]}): {source}")


def _keep_aside(target: Path) -> Path | None:
    """Save what the target holds before it is replaced: a consistent copy when SQLite can still
    read it, the raw bytes (and its WAL) when it is too damaged for that."""
    if not target.exists() or target.stat().st_size == 0:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    kept = target.parent / "backups" / f"{target.stem}-{stamp}-before-restore.sqlite3"
    kept.parent.mkdir(parents=True, exist_ok=True)
    try:
        _copy(target, kept)
    except sqlite3.DatabaseError:
        shutil.copyfile(target, kept)
        wal = target.with_name(target.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, kept.with_name(kept.name + "-wal"))
    return kept


def restore(target: Path, source: Path) -> Path | None:
    """Replace the SQLite database file `target` with the backup `source`; returns where the
    previous content was kept. Works on a damaged target too: that is when it is needed most.
    The database must not be open elsewhere (close the desktop app first)."""
    source, target = source.expanduser(), target.expanduser()
    if target.exists() and source.resolve() == target.resolve():
        raise StorageError("restore_failed", reason="the backup is the database itself")
    check_backup_file(source)
    previous = _keep_aside(target)
    staged = target.with_name(target.name + ".restoring")
    try:
        # A PC with no database yet (a new laptop): its data folder may not be there either.
        target.parent.mkdir(parents=True, exist_ok=True)
        _copy(source, staged)
        # The old WAL belongs to the old file: SQLite would replay it onto the restored one.
        for leftover in (target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
            leftover.unlink(missing_ok=True)
        staged.replace(target)  # atomic: the database is either the old file or the backup
    except (sqlite3.Error, OSError) as exc:
        staged.unlink(missing_ok=True)
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
