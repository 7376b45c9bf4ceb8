"""Concurrent edits: a save over a record changed meanwhile is a conflict, never a silent
overwrite — with two real sessions on both engines, and with 20 processes on PostgreSQL."""

from __future__ import annotations

import multiprocessing
import random
import time
import uuid
from typing import Any

import pytest
from pg_server import OwnedDatabase
from sqlalchemy import func, select

from kotra_invest.domain.errors import StaleRecord
from kotra_invest.domain.models import AuditEntry, Investor, Officer
from kotra_invest.services.audit_trail import verify
from kotra_invest.services.database import connect, upgrade
from kotra_invest.services.investors import InvestorDraft, create_investor, get_investor_row, update_investor
from kotra_invest.services.officers import create_officer
from kotra_invest.services.server import init_server
from kotra_invest.services.unit_of_work import Context, unit_of_work

PROCESSES = 20
ATTEMPTS = 15  # per process
RECORDS = 4  # few records, so the processes keep colliding


def test_two_sessions_the_second_save_is_a_conflict(db_url: str, ctx: Context) -> None:
    investor = create_investor(ctx, InvestorDraft(name="Fjordheim Grid ASA", notes="v1"))
    other = connect(db_url)  # a second client: its own engine and connections
    try:
        kim = Context(db=ctx.db, actor=ctx.actor, source="desktop")
        lee = Context(db=other, actor=ctx.actor, source="desktop")
        seen_by_kim = get_investor_row(kim, investor).version
        seen_by_lee = get_investor_row(lee, investor).version
        update_investor(kim, investor, seen_by_kim, InvestorDraft(name="Fjordheim Grid ASA", notes="Kim's note"))
        with pytest.raises(StaleRecord) as caught:
            update_investor(lee, investor, seen_by_lee, InvestorDraft(name="Fjordheim Grid ASA", notes="Lee's note"))
        assert "Someone else changed" in caught.value.message("en")
    finally:
        other.dispose()
    with unit_of_work(ctx) as s:
        found = s.get(Investor, investor)
        assert found is not None and (found.notes, found.version) == ("Kim's note", 2)


def test_a_write_between_read_and_flush_is_caught_by_the_version(db_url: str, ctx: Context) -> None:
    """The race the expected-version check cannot see: the other save lands after our read."""
    investor = create_investor(ctx, InvestorDraft(name="Acme", notes="v1"))
    other = connect(db_url)
    try:
        with pytest.raises(StaleRecord), unit_of_work(ctx) as mine:
            record = mine.get(Investor, investor)
            assert record is not None and record.version == 1
            record.notes = "mine"
            update_investor(Context(db=other, actor="lee"), investor, 1, InvestorDraft(name="Acme", notes="theirs"))
            mine.commit()
    finally:
        other.dispose()
    assert get_investor_row(ctx, investor).version == 2
    with unit_of_work(ctx) as s:
        assert s.scalar(select(Investor.notes).where(Investor.id == investor)) == "theirs"


def _edit_loop(url: str, ids: list[uuid.UUID], seed: int, start: Any, results: Any) -> None:
    """One officer's client, on their own server login: read the counter in a record, save it
    plus one with the version read."""
    db = connect(url)
    ctx = Context(db=db, actor=f"officer-{seed}", source="test")
    rng = random.Random(seed)
    saved = conflicts = 0
    start.wait()
    began = time.perf_counter()
    for _ in range(ATTEMPTS):
        investor = rng.choice(ids)
        with unit_of_work(ctx) as s:
            record = s.get(Investor, investor)
            assert record is not None
            version, count = record.version, int(record.notes or 0)
            owner = s.scalar(select(Officer.login).where(Officer.id == record.owner_id))
        try:
            draft = InvestorDraft(name=record.name, notes=str(count + 1), owner_login=owner)
            update_investor(ctx, investor, version, draft)
            saved += 1
        except StaleRecord:
            conflicts += 1
    results.put((saved, conflicts, time.perf_counter() - began))
    db.dispose()


@pytest.mark.postgres
@pytest.mark.slow
def test_twenty_processes_lose_no_update(owned_pg: OwnedDatabase, capsys: pytest.CaptureFixture[str]) -> None:
    """20 officers of one office, each on their own PostgreSQL login (not a superuser, bound by
    the row-level security of `server init`), save the same few records of their office."""
    upgrade(owned_pg.url)
    db = connect(owned_pg.url)  # the database's owner: sets the server up, then only reads
    init_server(db)
    ctx = Context(db=db, actor="setup", source="test")
    for n in range(PROCESSES):
        create_officer(ctx, f"officer-{n}", f"Officer {n}", "officer", office_code="HQ")
    ids = [
        create_investor(ctx, InvestorDraft(name=f"Contested {i}", notes="0", owner_login=f"officer-{i}"))
        for i in range(RECORDS)
    ]

    spawn = multiprocessing.get_context("spawn")  # no inherited connections: each is a real client
    start, results = spawn.Barrier(PROCESSES), spawn.Queue()
    workers = [
        spawn.Process(target=_edit_loop, args=(owned_pg.url_for(f"officer-{n}"), ids, n, start, results))
        for n in range(PROCESSES)
    ]
    for w in workers:
        w.start()
    outcomes = [results.get(timeout=300) for _ in workers]
    for w in workers:
        w.join(timeout=60)
        assert w.exitcode == 0

    saved = sum(o[0] for o in outcomes)
    conflicts = sum(o[1] for o in outcomes)
    assert saved + conflicts == PROCESSES * ATTEMPTS
    with unit_of_work(ctx) as s:
        counters = sum(int(n) for n in s.scalars(select(Investor.notes).where(Investor.id.in_(ids))))
        versions = sum(s.scalars(select(Investor.version).where(Investor.id.in_(ids))))
        audited = s.scalar(select(func.count()).where(AuditEntry.record_id.in_(ids), AuditEntry.field == "notes"))
        # Every successful save counted exactly once: had one overwritten another, the counters
        # would add up to less than the saves.
        actors = set(
            s.scalars(select(AuditEntry.actor).where(AuditEntry.record_id.in_(ids), AuditEntry.field == "notes"))
        )
    assert counters == saved == versions - RECORDS == audited
    assert actors <= {f"officer-{n}" for n in range(PROCESSES)} and len(actors) > 1  # each under their own login
    assert conflicts > 0  # the processes did collide, and every collision was detected
    # Twenty writers appending to one hash chain at once: it is still one unbroken chain.
    assert [r.broken for r in verify(ctx)] == [None, None]
    wall = max(o[2] for o in outcomes)
    with capsys.disabled():
        print(
            f"\n{PROCESSES} processes, {PROCESSES * ATTEMPTS} attempts on {RECORDS} records: {saved} saved, "
            f"{conflicts} conflicts detected, 0 lost; {saved / wall:.0f} saves/s, {PROCESSES * ATTEMPTS / wall:.0f} attempts/s"
        )
    db.dispose()
