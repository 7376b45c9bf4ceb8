"""On the shared server, the app's sessions run without PostgreSQL's JIT compiler.

Stock PostgreSQL compiles every statement costed above jit_above_cost with LLVM, on every
execution. The search box's statement is costed far above it on a real office's data: at 10,000
investors a search took 53–58 s with JIT and 0.3 s without (bench/RESULTS.md). These tests set
the database up as a server that JIT-compiles everything (jit_above_cost 0), so what a stock
server does to large data happens here on a small one.
"""

from __future__ import annotations

import json

import pytest
from pg_server import OwnedDatabase
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from kotra_invest.domain.enums import Role
from kotra_invest.services import officers, search
from kotra_invest.services.database import connect
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.server import init_server
from kotra_invest.services.unit_of_work import Context, unit_of_work

pytestmark = pytest.mark.postgres

COSTLY = "SELECT count(*) FROM search_investor_doc d JOIN investor i ON i.id = d.ref"


def _jit_everything(url: str) -> None:
    """What a stock server does to the search box's statement at scale, made true for any statement."""
    engine = create_engine(url, poolclass=NullPool)
    with engine.connect() as conn:
        name = conn.execute(text("SELECT current_database()")).scalar_one()
        conn.execute(text(f'ALTER DATABASE "{name}" SET jit_above_cost = 0'))
        conn.commit()
    engine.dispose()


def _plan(conn: object) -> dict[str, object]:
    raw = conn.exec_driver_sql(f"EXPLAIN (ANALYZE, FORMAT JSON) {COSTLY}").scalar_one()  # type: ignore[attr-defined]
    return (json.loads(raw) if isinstance(raw, str) else raw)[0]  # type: ignore[no-any-return]


def test_a_search_on_a_server_that_jit_compiles_everything_runs_without_jit(owned_pg: OwnedDatabase) -> None:
    owned_pg.migrate()
    _jit_everything(owned_pg.url)
    db = connect(owned_pg.url)
    try:
        ctx = Context(db=db, actor="kim", source="test", access_reason="testing")
        create_investor(ctx, InvestorDraft(name="유치 Robotics GmbH", country_code="DE"))
        assert [hit.label for hit in search.search(ctx, "유치")] == ["유치 Robotics GmbH"]
        with pytest.raises(RuntimeError), unit_of_work(ctx):
            raise RuntimeError("a unit of work that fails: its connection goes back rolled back")
        with db.engine.connect() as conn:  # the pool hands the same connection out again
            assert conn.exec_driver_sql("SHOW jit").scalar_one() == "off"
            assert "JIT" not in _plan(conn)
    finally:
        db.dispose()

    # The same server, to a client that does not turn it off: it compiles (where it has LLVM).
    plain = create_engine(owned_pg.url, poolclass=NullPool)
    try:
        with plain.connect() as conn:
            assert conn.exec_driver_sql("SHOW jit").scalar_one() == "on"
            if conn.exec_driver_sql("SELECT pg_jit_available()").scalar_one():
                assert "JIT" in _plan(conn)
    finally:
        plain.dispose()


def test_an_officer_searching_on_their_own_login_runs_without_jit(owned_pg: OwnedDatabase) -> None:
    """The officer's search runs in the server's search functions (server init), under their login."""
    owned_pg.migrate()
    _jit_everything(owned_pg.url)
    owner = connect(owned_pg.url)
    try:
        init_server(owner)  # like `kotra-invest server init`
        setup = Context(db=owner, actor="setup", source="test")
        officers.create_officer(setup, "kim", "Kim", Role.OFFICER, office_code="HQ")
        create_investor(setup, InvestorDraft(name="유치 Robotics GmbH", owner_login="kim"))
    finally:
        owner.dispose()
    db = connect(owned_pg.url_for("kim"))
    try:
        kim = Context(db=db, actor="kim", source="test", access_reason="testing")
        assert [hit.label for hit in search.search(kim, "유치")] == ["유치 Robotics GmbH"]
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT current_user").scalar_one() == "kim"
            assert conn.exec_driver_sql("SHOW jit").scalar_one() == "off"
    finally:
        db.dispose()
