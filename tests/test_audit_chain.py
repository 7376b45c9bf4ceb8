"""The audit trail's hash chain on both engines, and on PostgreSQL the database as its writer:
a write through plain SQL on an officer's own login is audited with that login, nobody can
write the trail, tampering is found and named, an erasure keeps the chain verifiable."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from pg_server import SUPERUSER
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from kotra_invest.domain.models import AuditEntry
from kotra_invest.services import records
from kotra_invest.services.audit_trail import verify
from kotra_invest.services.contacts import CONTACT, ContactDraft
from kotra_invest.services.database import connect
from kotra_invest.services.investors import InvestorDraft, create_investor, update_investor
from kotra_invest.services.privacy import erase_contact
from kotra_invest.services.unit_of_work import Context, unit_of_work
from kotra_invest.store import pg_audit


def _use(ctx: Context) -> tuple[uuid.UUID, uuid.UUID]:
    """Ordinary work: an investor created and edited, a contact added and edited."""
    investor = create_investor(ctx, InvestorDraft(name="Fjordheim Grid ASA", notes="first"))
    update_investor(ctx, investor, 1, InvestorDraft(name="Fjordheim Grid ASA", notes="second"))
    contact = records.create(
        ctx, CONTACT, ContactDraft("Ingrid Berg", investor, email="ingrid@fjordheim.no", phone="+47 1234")
    )
    records.update(
        ctx, CONTACT, contact, 1, ContactDraft("Ingrid Berg", investor, email="ib@fjordheim.no", phone="+47 1234")
    )
    return investor, contact


def _broken(ctx: Context) -> dict[str, object] | None:
    [audit, _access] = verify(ctx)
    return audit.broken.as_dict() if audit.broken else None


def _tamper(ctx: Context, db_url: str, entry_id: uuid.UUID, sql: str) -> None:
    """Change one audit row by hand, as someone who owns the file or is the server's superuser."""
    if ctx.db.is_sqlite:
        import sqlite3

        path = make_url(db_url).database
        raw = sqlite3.connect(str(path))
        raw.execute("DROP TRIGGER audit_log_no_update")  # the file's owner can; the chain still tells
        raw.execute(sql, (entry_id.hex,))
        raw.commit()
        raw.close()
    else:
        engine = create_engine(_as_superuser(db_url), poolclass=NullPool)
        with engine.begin() as conn:
            conn.exec_driver_sql("SET LOCAL session_replication_role = replica")  # triggers off: superuser only
            conn.exec_driver_sql(sql.replace("?", "%s"), (str(entry_id),))
        engine.dispose()


def _as_superuser(db_url: str) -> str:
    """The same database as the cluster's superuser: the tests' own database is owned by an
    ordinary role (tests/pg_server.py), and only a superuser can switch triggers off."""
    return make_url(db_url).set(username=SUPERUSER).render_as_string(hide_password=False)


def _kotra_cli(db_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KOTRA_INVEST_LANG": "en"}
    return subprocess.run(
        [sys.executable, "-m", "kotra_invest", "--db", db_url, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_normal_use_verifies_and_a_changed_row_is_named(db_url: str, ctx: Context) -> None:
    _investor, _contact = _use(ctx)
    assert _broken(ctx) is None
    clean = _kotra_cli(db_url, "audit", "verify")
    assert clean.returncode == 0, clean.stderr
    assert "chain intact" in clean.stdout

    with unit_of_work(ctx) as s:
        target = s.scalars(select(AuditEntry).where(AuditEntry.field == "notes").order_by(AuditEntry.seq)).first()
        assert target is not None and target.new_value == "second"
        total = s.scalar(select(func.count()).select_from(AuditEntry))
    _tamper(ctx, db_url, target.id, "UPDATE audit_log SET new_value = 'forged' WHERE id = ?")

    broken = _broken(ctx)
    assert broken is not None
    assert broken["entry_id"] == str(target.id) and broken["table"] == "investor"
    assert "value was changed" in str(broken["reason"])
    result = _kotra_cli(db_url, "audit", "verify", "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["intact"] is False
    assert report["chains"][0]["broken"]["entry_id"] == str(target.id)
    assert report["chains"][0]["entries"] <= total
    assert str(target.id) in result.stderr and "investor" in result.stderr


def test_a_changed_actor_is_named(db_url: str, ctx: Context) -> None:
    _use(ctx)
    with unit_of_work(ctx) as s:
        _first, second = s.scalars(select(AuditEntry).order_by(AuditEntry.seq).limit(2)).all()
    _tamper(ctx, db_url, second.id, "UPDATE audit_log SET actor = 'mallory' WHERE id = ?")
    broken = _broken(ctx)
    assert broken is not None and broken["entry_id"] == str(second.id)
    assert "content was changed" in str(broken["reason"])


def test_a_removed_entry_is_found_at_the_next_one(db_url: str, ctx: Context) -> None:
    _use(ctx)
    with unit_of_work(ctx) as s:
        _first, second, third = s.scalars(select(AuditEntry).order_by(AuditEntry.seq).limit(3)).all()
    if ctx.db.is_sqlite:
        import sqlite3

        raw = sqlite3.connect(str(make_url(db_url).database))
        raw.execute("DROP TRIGGER audit_log_no_delete")
        raw.execute("DELETE FROM audit_log WHERE id = ?", (second.id.hex,))
        raw.commit()
        raw.close()
    else:
        _tamper(ctx, db_url, second.id, "DELETE FROM audit_log WHERE id = ?")
    broken = _broken(ctx)
    assert broken is not None and broken["entry_id"] == str(third.id)
    assert "missing before it" in str(broken["reason"])


def test_an_erasure_keeps_the_chain_verifiable(db_url: str, ctx: Context) -> None:
    _investor, contact = _use(ctx)
    erase_contact(ctx, contact, "request 2026-117")
    with unit_of_work(ctx) as s:
        values = {
            v
            for e in s.scalars(select(AuditEntry).where(AuditEntry.record_id == contact))
            for v in (e.old_value, e.new_value)
        }
    assert not any(v and ("ingrid" in v.lower() or "1234" in v) for v in values), values
    assert _broken(ctx) is None


def test_blanking_values_without_an_erasure_breaks_the_chain(db_url: str, ctx: Context) -> None:
    _investor, contact = _use(ctx)
    with unit_of_work(ctx) as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.record_id == contact, AuditEntry.field == "email")).one()
    _tamper(ctx, db_url, entry.id, "UPDATE audit_log SET old_value = '[erased]', value_nonce = NULL WHERE id = ?")
    broken = _broken(ctx)
    assert broken is not None and broken["entry_id"] == str(entry.id)
    assert "without an erasure" in str(broken["reason"])


# --- PostgreSQL: the database writes the trail --------------------------------------------------


@pytest.fixture
def server(pg_url: str, migrated: Callable[[str], None]) -> Iterator[tuple[Context, str]]:
    """A migrated server with the audit machinery installed (what `server init` does), and a
    plain login `kim` holding the grants an officer gets on records."""
    migrated(pg_url)
    owner = create_engine(pg_url, poolclass=NullPool)
    with owner.begin() as conn:
        pg_audit.install(conn)
        pg_audit.install(conn)  # idempotent: `server init` runs it after every upgrade
        conn.exec_driver_sql("DROP ROLE IF EXISTS kim")
        conn.exec_driver_sql("CREATE ROLE kim LOGIN")
        # The worst grants a careless administrator could give (audit_log included): the
        # triggers still refuse what must be refused.
        conn.exec_driver_sql("GRANT ALL ON ALL TABLES IN SCHEMA public TO kim")
        conn.exec_driver_sql("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO kim")
    owner.dispose()
    db = connect(pg_url)
    yield Context(db=db, actor="tester", source="desktop"), pg_url
    db.dispose()
    cleanup = create_engine(_as_superuser(pg_url), poolclass=NullPool)
    with cleanup.begin() as conn:
        conn.exec_driver_sql(f'REASSIGN OWNED BY kim TO "{make_url(pg_url).username}"')
        conn.exec_driver_sql("DROP OWNED BY kim")
    cleanup.dispose()
    with create_engine(make_url(_as_superuser(pg_url)).set(database="postgres"), poolclass=NullPool).begin() as conn:
        conn.exec_driver_sql("DROP ROLE IF EXISTS kim")


def _as_kim(pg_url: str) -> psycopg.Connection:
    url = make_url(pg_url)
    return psycopg.connect(dbname=url.database, user="kim", host=url.query["host"], autocommit=True)


@pytest.mark.postgres
def test_a_psql_update_is_audited_with_the_session_user(server: tuple[Context, str]) -> None:
    ctx, url = server
    investor = create_investor(ctx, InvestorDraft(name="Acme Robotics", notes="app"))
    with _as_kim(url) as kim:
        kim.execute("UPDATE investor SET notes = 'changed in psql', version = version + 1 WHERE id = %s", (investor,))
    with unit_of_work(ctx) as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.record_id == investor, AuditEntry.field == "notes")).one()
    assert (entry.actor, entry.source, entry.old_value, entry.new_value) == ("kim", "sql", "app", "changed in psql")
    assert _broken(ctx) is None


@pytest.mark.postgres
def test_the_app_is_audited_once_by_the_database(server: tuple[Context, str]) -> None:
    ctx, _url = server
    investor = create_investor(ctx, InvestorDraft(name="Acme Robotics", notes="one"))
    update_investor(ctx, investor, 1, InvestorDraft(name="Acme Robotics", notes="two"))
    with unit_of_work(ctx) as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.record_id == investor).order_by(AuditEntry.seq)).all()
    assert [(e.action.value, e.field) for e in entries] == [("insert", None), ("update", "notes")]
    # The owner's app speaks for its officer; the source is what the app said.
    assert {(e.actor, e.source) for e in entries} == {("tester", "desktop")}
    assert _broken(ctx) is None


@pytest.mark.postgres
def test_an_officer_cannot_write_the_trail(server: tuple[Context, str]) -> None:
    ctx, url = server
    investor = create_investor(ctx, InvestorDraft(name="Acme Robotics", notes="one"))
    with unit_of_work(ctx) as s:
        count = s.scalar(select(func.count()).select_from(AuditEntry))
    attacks = (
        "INSERT INTO audit_log (id, at, actor, source, change_set, entity, record_id, action) "
        f"VALUES (gen_random_uuid(), now(), 'lee', 'sql', gen_random_uuid(), 'investor', '{investor}', 'update')",
        "UPDATE audit_log SET actor = 'lee'",
        "UPDATE audit_log SET old_value = '[erased]', value_nonce = NULL",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
        f"SELECT kotra_erase_personal_data('{investor}', 'because')",
    )
    with _as_kim(url) as kim:
        for attack in attacks:
            with pytest.raises(psycopg.Error):
                kim.execute(attack)
    with unit_of_work(ctx) as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == count
        assert s.scalar(select(func.count()).where(AuditEntry.actor == "lee")) == 0
    assert _broken(ctx) is None


@pytest.mark.postgres
def test_erasure_through_the_admin_function_is_audited_and_verifies(server: tuple[Context, str]) -> None:
    ctx, _url = server
    _investor, contact = _use(ctx)
    erase_contact(ctx, contact, "request 2026-118")
    with unit_of_work(ctx) as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.record_id == contact).order_by(AuditEntry.seq)).all()
    assert entries[-1].action.value == "erase" and entries[-1].new_value == "request 2026-118"
    assert not any("ingrid" in (e.old_value or "").lower() + (e.new_value or "").lower() for e in entries)
    assert _broken(ctx) is None


@pytest.mark.postgres
def test_tampering_as_superuser_is_named_on_the_server(server: tuple[Context, str]) -> None:
    ctx, url = server
    investor, _contact = _use(ctx)
    with unit_of_work(ctx) as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.record_id == investor, AuditEntry.field == "notes")).one()
    _tamper(ctx, url, entry.id, "UPDATE audit_log SET at = at - interval '1 day' WHERE id = ?")
    result = _kotra_cli(url, "audit", "verify")
    assert result.returncode == 1
    assert str(entry.id) in result.stderr and "investor" in result.stderr


def test_verify_reads_nothing_but_the_chain(tmp_path: Path) -> None:
    """An empty database verifies; `audit verify` then exits 0 without writing anything."""
    url = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    db = connect(url)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar() == 0
    finally:
        db.dispose()
    result = _kotra_cli(url, "audit", "verify", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["intact"] is True


@pytest.mark.postgres
def test_an_officers_access_entries_are_theirs_and_stay(server: tuple[Context, str]) -> None:
    """On the server, an access-log entry says who and when as the server knows it, and no
    officer can change, remove or purge entries (the purge is the admins' function)."""
    from kotra_invest.domain.models import AccessEntry

    ctx, url = server
    forged = (
        "INSERT INTO access_log (id, at, actor, action, what, contact_count, source) "
        "VALUES (gen_random_uuid(), now() - interval '5 years', 'lee', 'view', 'contact', 1, 'sql')"
    )
    with _as_kim(url) as kim:
        kim.execute(forged)
        for attack in (
            "UPDATE access_log SET reason = 'nothing to see'",
            "DELETE FROM access_log",
            "TRUNCATE access_log",
            "SELECT kotra_purge_access_log(now() - interval '3 years')",
            forged.replace("'view'", "'purge'"),
        ):
            with pytest.raises(psycopg.Error):
                kim.execute(attack)
    with unit_of_work(ctx) as s:
        [entry] = s.scalars(select(AccessEntry)).all()
    assert entry.actor == "kim"  # not the 'lee' it claimed
    assert entry.at > datetime.now(UTC) - timedelta(days=1)  # the server's clock, not five years ago
    assert [r.broken for r in verify(ctx)] == [None, None]


def test_the_entries_of_an_older_database_are_chained_by_the_upgrade(db_url: str) -> None:
    from kotra_invest.store import migrate
    from kotra_invest.store.engine import open_database

    db = open_database(db_url)
    try:
        migrate.upgrade(db, "0005_server")
        with db.engine.begin() as conn:
            for n, (old, new) in enumerate((("a", "b"), (None, "{}"), ("[erased]", None))):
                conn.execute(
                    AuditEntry.__table__.insert().values(  # the columns a 0005 database has
                        id=uuid.uuid4(),
                        at=datetime(2026, 11, 1 + n, tzinfo=UTC),
                        actor="kim",
                        source="cli",
                        change_set=uuid.uuid4(),
                        entity="investor",
                        record_id=uuid.uuid4(),
                        action="update",
                        field="notes",
                        old_value=old,
                        new_value=new,
                    )
                )
        migrate.upgrade(db)
        ctx = Context(db=db, actor="tester")
        [audit, access] = verify(ctx)
        assert (audit.entries, audit.broken, access.broken) == (3, None, None)
        create_investor(ctx, InvestorDraft(name="After the upgrade"))
        [audit, _access] = verify(ctx)
        assert (audit.entries, audit.broken) == (4, None)
    finally:
        db.dispose()
