"""Opening the application's database: connect, check the schema, migrate the embedded file."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, select

from kotra_invest.domain.errors import DomainError, StorageError
from kotra_invest.domain.models import Investor, Setting
from kotra_invest.services.unit_of_work import Context, unit_of_work
from kotra_invest.store import backup, migrate
from kotra_invest.store.engine import SQLITE_HEADER, Database, cipher_url, open_database, parse_database_url


def prepare_orm() -> None:
    """Configure the ORM's mappers now (the desktop does it on the worker thread that imports
    the data layer), not inside the first query on the GUI thread."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()


def latest_good_backup(url: str) -> Path | None:
    """For a damaged embedded database: the newest healthy backup that could replace it."""
    parsed = parse_database_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return backup.latest_good_backup(Path(parsed.database).expanduser())


def restore_backup(url: str, source: Path) -> Path | None:
    """Replace the embedded database with `source`; returns where its old content was kept.

    A file that is not there is made from the backup (`missing_file` tells the caller first): the
    one way besides `db upgrade` and `demo` a database comes to be, since putting a backup on a
    PC that has none yet (a new laptop, a reinstalled one) is what backups are for."""
    parsed = parse_database_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        raise StorageError("not_supported", what="restore (use pg_restore on the server)")
    return backup.restore(Path(parsed.database).expanduser(), source)


def daily_backup(db: Database, pace: backup.Pace | None = None) -> Path | None:
    """The embedded database's daily backup, when one is due (the desktop calls this on a worker
    thread after its first paint, paced by `pace`).

    A mission pack is skipped: it is a copy already, and the backup tool cannot read SQLCipher.
    """
    return backup.backup_if_due(db, pace) if db.is_sqlite and not db.encrypted else None


def backup_pace() -> backup.Pace:
    """A paced background backup's controls: `hurry` (drop the pauses), `cancel`."""
    return backup.Pace.new()


def daily_backup_due(db: Database) -> bool:
    return db.is_sqlite and not db.encrypted and backup.backup_due(db)


def _file_of(ctx: Context) -> Path:
    if not ctx.db.is_sqlite or ctx.db.sqlite_path is None or ctx.db.encrypted:
        raise StorageError("not_supported", what="backups of a server or a mission pack (use pg_dump on the server)")
    return ctx.db.sqlite_path


def backups_kept(ctx: Context) -> int:
    """How many automatic backups (daily, before a migration) of this database are kept."""
    return backup.backups_kept(_file_of(ctx))


def set_backups_kept(ctx: Context, count: int) -> None:
    """Keep the newest `count` automatic backups of this database (older ones are removed at the
    next backup): the bound on their disk use, at about `count` × the file's size."""
    from kotra_invest.domain.errors import ValidationError

    _file_of(ctx)
    if count not in backup.KEEP_RANGE:
        raise ValidationError("invalid_value", field="backups kept (1-30)", value=str(count))
    with unit_of_work(ctx) as session:
        row = session.get(Setting, backup.KEEP_SETTING)
        if row is None:
            session.add(Setting(key=backup.KEEP_SETTING, value=str(count)))
        else:
            row.value = str(count)
        session.commit()


def backup_disk_use(ctx: Context) -> tuple[list[tuple[Path, int]], int]:
    """The backups beside this database, newest first, with their sizes in bytes, and the total."""
    return backup.disk_use(_file_of(ctx))


def _pack_url(url: str, passphrase: str | None) -> str | None:
    """The SQLCipher URL when `url` names an existing file that is not plain SQLite (maybe a pack)."""
    parsed = parse_database_url(url)
    if parsed.drivername != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    path = Path(parsed.database).expanduser()
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError:
        return None
    if not header or header == SQLITE_HEADER:
        return None
    return cipher_url(path, passphrase)


def missing_file(url: str) -> Path | None:
    """The embedded file `url` names, when it does not exist (a server is never 'missing' here)."""
    parsed = parse_database_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    path = Path(parsed.database).expanduser()
    return None if path.exists() else path


def connect(url: str, *, migrate_embedded: bool = True, passphrase: str | None = None, create: bool = True) -> Database:
    """Open the database at `url`, ready for services.

    The embedded SQLite file belongs to one officer, so it is brought up to date on the spot
    (after a backup). A shared PostgreSQL server is migrated only by `db upgrade`: one officer's
    newer client must not change the schema under everyone else. A mission pack (an SQLCipher
    file, see kotra_invest.sync) opens like any database; `passphrase` is its passphrase, if it
    was cut with one.
    """
    missing = missing_file(url)
    if missing is not None and not create:  # only `db upgrade`, `demo` and the desktop make a new file
        raise DomainError("no_database", path=str(missing))
    pack_url = _pack_url(url, passphrase)
    if pack_url is not None:
        try:
            db = open_database(pack_url, create=False)
        except StorageError as exc:
            if exc.code != "database_corrupt":
                raise
            if passphrase:
                raise StorageError("pack_wrong_passphrase", path=exc.params.get("path")) from exc
            db = None  # not a pack with the default key: report it as the damaged file it is
        if db is not None:
            return _prepared(db, migrate_embedded)
    try:
        db = open_database(url, create=create)  # also when the file went since the look above
    except StorageError as exc:
        newest = latest_good_backup(url) if exc.code == "database_corrupt" else None
        if newest is not None:  # say how to get the data back, not only that it is gone
            raise StorageError("database_corrupt_backup", path=exc.params.get("path"), backup=str(newest)) from exc
        raise
    return _prepared(db, migrate_embedded)


def _prepared(db: Database, migrate_embedded: bool) -> Database:
    try:
        state = migrate.schema_state(db)
        if state == "too_new":
            raise StorageError("schema_too_new", revision=migrate.current_revision(db))
        if state == "empty" and db.is_sqlite and inspect(db.engine).get_table_names():
            # Someone else's SQLite file: adding our schema to it would damage their data.
            raise StorageError("not_our_database", path=db.describe())
        if state in ("empty", "outdated"):
            if not (db.is_sqlite and migrate_embedded):
                raise StorageError("schema_outdated")
            if state == "outdated" and not db.encrypted:
                backup.backup_before_migration(db)
            migrate.upgrade(db)
    except BaseException:
        db.dispose()
        raise
    return db


def upgrade(url: str) -> tuple[str | None, str]:
    """`db upgrade`: migrate any database to the newest schema; returns (before, after)."""
    db = open_database(url)
    try:
        before = migrate.current_revision(db)
        if before is not None and not migrate.is_known(before):
            raise StorageError("schema_too_new", revision=before)
        if before is not None and before != migrate.head_revision():
            backup.backup_before_migration(db)
        migrate.upgrade(db)
        return before, migrate.head_revision()
    finally:
        db.dispose()


_DEMO_OFFERED = "demo_offered"


def should_offer_demo(ctx: Context) -> bool:
    """True on the first start of an empty database: the one moment to offer demo data."""
    with unit_of_work(ctx) as session:
        has_investors = session.scalar(select(Investor.id).limit(1)) is not None
        offered = session.get(Setting, _DEMO_OFFERED) is not None
    return not has_investors and not offered


def mark_demo_offered(ctx: Context) -> None:
    with unit_of_work(ctx) as session:
        if session.get(Setting, _DEMO_OFFERED) is None:
            session.add(Setting(key=_DEMO_OFFERED, value=ctx.actor))
            session.commit()
