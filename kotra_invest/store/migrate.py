"""Runs the Alembic migrations from inside the application, and tells where a schema stands.

Alembic is imported only when a migration runs or the history must be read: a normal start on
a current schema never loads it (about 90 ms of a 0.6 s start-up).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from kotra_invest.assets import asset_dir
from kotra_invest.domain.errors import StorageError
from kotra_invest.store.engine import Database

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = asset_dir("migrations")

# The newest migration. tests/test_migrations.py checks it against the migrations folder, so a
# new migration cannot be forgotten here.
HEAD_REVISION = "0023_country_common_names"


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    return HEAD_REVISION


def script_head() -> str:
    """The head as the migrations folder says it (slow: reads every migration file)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None, "no migrations found"
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def is_known(revision: str) -> bool:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_config())
    return any(s.revision == revision for s in scripts.walk_revisions())


def _run(db: Database, action: str, revision: str) -> None:
    from alembic import command

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
    if current == HEAD_REVISION:
        return "current"
    return "outdated" if is_known(current) else "too_new"
