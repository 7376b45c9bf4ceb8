"""Shared fixtures: real databases built by the migrations, one fresh database per test."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Qt needs no display for the tests: set before any test module imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pg_server import OwnedDatabase, PgServer, Unavailable
from pg_server import start as start_pg_server
from sqlalchemy.engine import make_url

from kotra_invest.services.database import connect, upgrade
from kotra_invest.services.unit_of_work import Context
from kotra_invest.store.engine import Database


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the developer's real database, settings or language."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.delenv("KOTRA_INVEST_DB", raising=False)
    monkeypatch.setenv("KOTRA_INVEST_LANG", "en")
    monkeypatch.setenv("KOTRA_INVEST_USER", "tester")


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'kotra.sqlite3'}"


# Set (as .ci/run does) to make a PostgreSQL server that cannot be started fail the run
# instead of skipping the PostgreSQL tests.
REQUIRE_PG = "KOTRA_INVEST_REQUIRE_PG"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One PostgreSQL server for the whole session, started only if a test needs it."""
    try:
        server = start_pg_server()
    except Unavailable as exc:
        if os.environ.get(REQUIRE_PG):
            pytest.fail(f"{exc} ({REQUIRE_PG} is set)", pytrace=False)
        pytest.skip(str(exc))
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """The URL of a fresh, empty PostgreSQL database, dropped after the test. It is owned by a
    role of its own that is not a superuser (as docs/operations.md sets a server up), and the
    URL connects as that owner: no test works as the superuser, which only makes the owner."""
    database = pg_server.create_owned_database()
    yield database.url
    database.drop()


@pytest.fixture
def owned_pg(pg_server: PgServer) -> Iterator[OwnedDatabase]:
    """A fresh PostgreSQL database owned by a non-superuser role, as docs/operations.md makes one:
    the superuser only creates the owner and the database; tests connect as the owner or as
    officers' own logins (`owned_pg.url_for(login)`)."""
    database = pg_server.create_owned_database()
    yield database
    database.drop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)], ids=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, sqlite_url: str) -> str:
    """The URL of an empty database: every test using it runs on SQLite and on PostgreSQL."""
    if request.param == "postgresql":
        return request.getfixturevalue("pg_url")
    return sqlite_url


@pytest.fixture(scope="session")
def _migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One embedded database at the newest schema, made by the migrations, for `migrated` to copy."""
    path = tmp_path_factory.mktemp("migrated") / "kotra.sqlite3"
    connect(f"sqlite:///{path}").dispose()  # closing the last connection folds the WAL into the file
    return path


@pytest.fixture
def migrated(request: pytest.FixtureRequest) -> Callable[[str], None]:
    """`migrated(url)` brings the empty database at `url` to the newest schema as `db upgrade`
    would, by copying a template migrated once per session (pg_server.PgServer.migrate): twenty-odd
    migrations per test were most of the suite's time. The copy gets a database id of its own, as
    every migrated database does. Tests of the migrations themselves run them."""

    def migrate(url: str) -> None:
        parsed = make_url(url)
        if parsed.get_backend_name() != "sqlite":
            server: PgServer = request.getfixturevalue("pg_server")
            if server.is_empty(url):
                server.migrate(url)
            else:  # set up by the test's own fixtures already (`server init`, officers): kept
                upgrade(url)
            return
        path = Path(parsed.database or "")
        if path.exists():
            connect(url).dispose()  # the embedded file migrates itself when opened
            return
        shutil.copyfile(request.getfixturevalue("_migrated_sqlite"), path)
        with contextlib.closing(sqlite3.connect(path)) as conn, conn:
            conn.execute("UPDATE app_setting SET value = ? WHERE key = 'database_id'", (str(uuid.uuid4()),))

    return migrate


@pytest.fixture
def db(db_url: str, migrated: Callable[[str], None]) -> Iterator[Database]:
    migrated(db_url)
    database = connect(db_url)
    yield database
    database.dispose()


@pytest.fixture
def ctx(db: Database) -> Context:
    # A reason is given as an officer would for every print or download of personal data
    # (services.access_log); tests of the refusal make a context without one.
    return Context(
        db=db, actor="tester", source="test", lang=os.environ.get("KOTRA_INVEST_LANG", "en"), access_reason="testing"
    )


@pytest.fixture
def private_server() -> Iterator[PgServer]:
    """A PostgreSQL server of the test's own: it is taken down, which no other test should feel."""
    if os.environ.get("KOTRA_INVEST_TEST_PG"):
        pytest.skip("KOTRA_INVEST_TEST_PG names a server this test must not shut down")
    try:
        server = start_pg_server()
    except Unavailable as exc:
        if os.environ.get(REQUIRE_PG):
            pytest.fail(str(exc), pytrace=False)
        pytest.skip(str(exc))
    yield server
    server.stop()
