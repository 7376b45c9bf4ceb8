"""The migrations, on SQLite and PostgreSQL: they build the schema the models describe, go down
and up again cleanly, guard the audit trail, and `connect` refuses schemas it must not touch."""

from __future__ import annotations

import ast
import pprint
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.exc import DBAPIError

from kotra_invest.domain.errors import StorageError
from kotra_invest.domain.models import AuditEntry, Base, Fez, Investor, Province, Region
from kotra_invest.services import database
from kotra_invest.services.unit_of_work import Context, unit_of_work
from kotra_invest.store import migrate
from kotra_invest.store.engine import Database, open_database
from kotra_invest.store.search_index import is_search_object


@contextmanager
def opened(url: str) -> Iterator[Database]:
    """The database at `url` as it is: nothing migrated."""
    db = open_database(url)
    try:
        yield db
    finally:
        db.dispose()


def env_include_object() -> Callable[..., bool]:
    """migrations/env.py's `include_object`, the very filter autogenerate uses.

    env.py runs the migrations when imported, so only that one function is taken out of it.
    """
    tree = ast.parse((migrate.MIGRATIONS_DIR / "env.py").read_text(encoding="utf-8"))
    func = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "include_object")
    namespace: dict[str, Any] = {"Any": Any, "is_search_object": is_search_object}
    exec(
        compile(ast.Module(body=[func], type_ignores=[]), "kotra_invest/resources/migrations/env.py", "exec"), namespace
    )
    return namespace["include_object"]


def add_investor(db: Database, name: str) -> Investor:
    with unit_of_work(Context(db=db, actor="tester", source="test")) as session:
        investor = Investor(name=name)
        session.add(investor)
        session.commit()
    return investor


def user_objects(conn: sa.Connection) -> list[str]:
    """Tables, views, triggers and functions the application made (not extensions' own)."""
    if conn.dialect.name == "sqlite":
        rows = conn.exec_driver_sql(
            "SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY 1"
        )
        return [r[0] for r in rows]
    rows = conn.exec_driver_sql(
        """SELECT 'table ' || tablename FROM pg_tables WHERE schemaname = 'public'
           UNION ALL SELECT 'view ' || viewname FROM pg_views WHERE schemaname = 'public'
           UNION ALL SELECT 'trigger ' || tgname FROM pg_trigger WHERE NOT tgisinternal
           UNION ALL SELECT 'function ' || p.proname FROM pg_proc p
               JOIN pg_namespace n ON n.oid = p.pronamespace
               WHERE n.nspname = 'public' AND NOT EXISTS (
                   SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                   AND d.objid = p.oid AND d.deptype = 'e')
           ORDER BY 1"""
    )
    return [r[0] for r in rows]


def test_models_and_migrations_agree(db_url: str) -> None:
    with opened(db_url) as db:
        migrate.upgrade(db)
        with db.engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"include_object": env_include_object(), "compare_type": True}
            )
            differences = compare_metadata(context, Base.metadata)
    assert differences == [], "the models differ from what the migrations build:\n" + pprint.pformat(differences)


def test_downgrade_to_base_and_upgrade_again(db_url: str) -> None:
    with opened(db_url) as db:
        migrate.upgrade(db)
        assert migrate.schema_state(db) == "current"

        migrate.downgrade(db, "base")
        with db.engine.connect() as conn:
            left = [obj for obj in user_objects(conn) if obj != "table alembic_version"]
        assert left == [], f"downgrade to base left these behind: {left}"
        assert migrate.current_revision(db) is None

        migrate.upgrade(db)
        assert migrate.schema_state(db) == "current"
        with db.sessions() as session:
            assert session.scalar(sa.select(sa.func.count()).select_from(Region)) == 8
            assert session.scalar(sa.select(sa.func.count()).select_from(Province)) == 17
            assert session.scalar(sa.select(sa.func.count()).select_from(Fez)) == 9

        investor = add_investor(db, "Acme 무역지원센터")
        with db.engine.connect() as conn:
            found = conn.execute(
                sa.text("SELECT label, body FROM search_investor_doc WHERE ref = :ref").bindparams(
                    sa.bindparam("ref", investor.id, type_=sa.Uuid())
                )
            ).all()
            assert len(found) == 1 and "무역지원센터" in found[0].label
            # The engine's own substring search finds it too: FTS5 trigram / pg_trgm.
            if db.is_sqlite:
                match = "SELECT count(*) FROM search_investor_fts WHERE search_investor_fts MATCH :q"
            else:
                match = "SELECT count(*) FROM search_investor_doc WHERE body ILIKE '%' || :q || '%'"
            assert conn.execute(sa.text(match), {"q": "무역지"}).scalar() == 1


def test_audit_log_is_append_only(db_url: str) -> None:
    with opened(db_url) as db:
        migrate.upgrade(db)
        add_investor(db, "Audited GmbH")
        with db.engine.connect() as conn:
            before = conn.execute(sa.select(sa.func.count()).select_from(AuditEntry)).scalar()
        assert before and before > 0

        for statement in ("UPDATE audit_log SET actor = 'mallory'", "DELETE FROM audit_log"):
            with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
                conn.exec_driver_sql(statement)

        with db.engine.connect() as conn:
            assert conn.execute(sa.select(sa.func.count()).select_from(AuditEntry)).scalar() == before
            assert conn.exec_driver_sql("SELECT count(*) FROM audit_log WHERE actor = 'mallory'").scalar() == 0


def test_a_newer_schema_is_refused(db_url: str) -> None:
    with opened(db_url) as db:
        migrate.upgrade(db)
        with db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")

    with pytest.raises(StorageError) as refused:
        database.connect(db_url)
    assert refused.value.code == "schema_too_new"
    assert refused.value.params["revision"] == "9999"

    with pytest.raises(StorageError) as refused:
        database.upgrade(db_url)
    assert refused.value.code == "schema_too_new"

    with opened(db_url) as db:  # and nothing was touched
        assert migrate.current_revision(db) == "9999"


def test_connect_migrates_an_empty_sqlite_file(sqlite_url: str) -> None:
    db = database.connect(sqlite_url)
    try:
        assert migrate.schema_state(db) == "current"
    finally:
        db.dispose()


@pytest.mark.postgres
def test_connect_leaves_an_empty_postgresql_database_to_db_upgrade(pg_url: str) -> None:
    with pytest.raises(StorageError) as refused:
        database.connect(pg_url)
    assert refused.value.code == "schema_outdated"
    with opened(pg_url) as db:
        assert migrate.current_revision(db) is None  # connect did not migrate it

    assert database.upgrade(pg_url) == (None, migrate.head_revision())

    db = database.connect(pg_url)
    try:
        assert migrate.schema_state(db) == "current"
    finally:
        db.dispose()


def test_the_search_index_design_is_the_one_the_newest_index_migration_made() -> None:
    """Editing the index's DDL without a migration would leave older databases on old triggers."""
    import re

    from kotra_invest.store import search_index

    versions = sorted(
        (Path(__file__).resolve().parents[1] / "kotra_invest" / "resources" / "migrations" / "versions").glob("*.py")
    )
    recorded = [
        m.group(1)
        for path in versions
        if (m := re.search(r'^SEARCH_INDEX_FINGERPRINT = "([0-9a-f]+)"', path.read_text(encoding="utf-8"), re.M))
    ]
    assert recorded, "no migration records the search index fingerprint"
    assert recorded[-1] == search_index.fingerprint(), (
        "the search index DDL changed: add a migration that calls search_index.recreate() and records "
        f'SEARCH_INDEX_FINGERPRINT = "{search_index.fingerprint()}"'
    )


def test_the_head_the_app_knows_is_the_newest_migration() -> None:
    assert migrate.script_head() == migrate.HEAD_REVISION, "set HEAD_REVISION in store/migrate.py to the new migration"
