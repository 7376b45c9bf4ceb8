"""Runs the Alembic migrations from inside the application, and tells where a schema stands."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from kotra_invest.domain.errors import StorageError
from kotra_invest.store.engine import Database

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None, "no migrations found"
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_known(revision: str) -> bool:
    scripts = ScriptDirectory.from_config(_config())
    return any(s.revision == revision for s in scripts.walk_revisions())


def _run(db: Database, action: str, revision: str) -> None:
    cfg = _config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, action)(cfg, revision)


def upgrade(db: Database, revision: str = "head") -> None:
    current = current_revision(db)
    if current is not None and not is_known(current):
        raise StorageError("schema_too_new", revision=current)
    _run(db, "upgrade", revision)


def downgrade(db: Database, revision: str) -> None:
    _run(db, "downgrade", revision)


def schema_state(db: Database) -> str:
    """'current', 'empty', 'outdated' or 'too_new'."""
    current = current_revision(db)
    if current is None:
        return "empty"
    if current == head_revision():
        return "current"
    return "outdated" if is_known(current) else "too_new"
