"""docs/operations.md's server setup, run as written on a throwaway PostgreSQL: the superuser
only creates the owner and the database; the owner upgrades, runs `server init` and adds the
first admin; the admin adds officers of two offices. Then each officer, on their own login,
creates, saves, searches and merges a mission pack through the app, and through plain SQL on
the same login every attack of issue 12 fails.

The blocks are read from the document itself (each follows a `<!-- setup: who -->` comment),
so the document and this test cannot drift apart: a line the test cannot run fails it.
"""

from __future__ import annotations

import json
import re
import shlex
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pg_server import PgServer
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from kotra_invest.cli import main
from kotra_invest.domain.enums import InteractionKind
from kotra_invest.domain.errors import DomainError, NotFound
from kotra_invest.services import records
from kotra_invest.services.connections import signed_in_context
from kotra_invest.services.database import connect
from kotra_invest.services.delegations import DelegationDraft, add_target, create_delegation
from kotra_invest.services.interactions import InteractionDraft, create_interaction
from kotra_invest.services.investors import InvestorDraft, get_investor, get_investor_row, update_investor
from kotra_invest.services.projects import PROJECT, ProjectDraft, create_project
from kotra_invest.services.unit_of_work import Context

DOC = Path(__file__).resolve().parents[1] / "docs" / "operations.md"
BLOCK = re.compile(r"<!-- setup: (\w+) -->\s*```(\w+)\n(.*?)```", re.S)
DOC_URL = re.compile(r"postgresql://([\w.]+)@dbhost/kotra\b")


def setup_blocks() -> list[tuple[str, str, str]]:
    """(who runs it, language, text) of each setup block, in the document's order."""
    return [(who, lang, body) for who, lang, body in BLOCK.findall(DOC.read_text(encoding="utf-8"))]


def _sql_statements(body: str) -> list[str]:
    lines = [line.split("--", 1)[0].rstrip() for line in body.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def _commands(body: str) -> list[list[str]]:
    lines = [line.strip() for line in body.splitlines()]
    return [shlex.split(line) for line in lines if line and not line.startswith("#")]


def test_the_document_has_the_setup_this_test_runs() -> None:
    """The setup is three blocks: the superuser's SQL, the owner's and the admin's commands;
    every command line is a kotra-invest command with a --db of the documented form."""
    blocks = setup_blocks()
    assert [(who, lang) for who, lang, _ in blocks] == [("superuser", "sql"), ("owner", "bash"), ("admin", "bash")]
    statements = _sql_statements(blocks[0][2])
    assert [s.split()[:2] for s in statements] == [["CREATE", "ROLE"], ["CREATE", "DATABASE"]]
    assert "SUPERUSER" not in blocks[0][2].upper().replace("SUPERUSER ONLY", "")
    for _who, _, body in blocks[1:]:
        for argv in _commands(body):
            assert argv[0] == "kotra-invest" and argv[1] == "--db" and DOC_URL.fullmatch(argv[2]), argv
    owner_steps = [argv[3:5] for argv in _commands(blocks[1][2])]
    assert owner_steps[:2] == [["db", "upgrade"], ["server", "init"]]  # init after the upgrade


@dataclass
class Server:
    pg: PgServer
    database: str
    owner: str
    folder: Path

    def url_for(self, login: str) -> str:
        return self.pg.admin_url.set(username=login, database=self.database).render_as_string(hide_password=False)

    def doc_url(self, doc_url: str) -> str:
        """A URL of the document, pointed at the throwaway server: same user, same database."""
        match = DOC_URL.fullmatch(doc_url)
        assert match is not None, doc_url
        login = match.group(1).replace("kotra_owner", self.owner)
        return self.url_for(login)

    def cli(self, argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
        argv = [self.doc_url(a) if a.startswith("postgresql://") else a for a in argv]
        if "--password-file" in argv:
            file = self.folder / argv[argv.index("--password-file") + 1]
            if not file.exists():
                file.write_text(f"pw-{uuid.uuid4().hex}\n", encoding="utf-8")
            argv[argv.index("--password-file") + 1] = str(file)
        code = main(argv[1:] if argv[0] == "kotra-invest" else argv)
        out, err = capsys.readouterr()
        return code, out, err

    def sql(self, login: str, statement: str, **params: Any) -> Any:
        """One statement in plain SQL as `login` (not through the app): rows, a row count, or
        the string 'denied' when the server refuses it."""
        engine = create_engine(self.url_for(login), poolclass=NullPool)
        try:
            with engine.begin() as conn:
                result = conn.execute(text(statement), params)
                return [tuple(r) for r in result] if result.returns_rows else result.rowcount
        except DBAPIError as exc:
            message = str(exc.orig)
            assert "permission denied" in message or "row-level security" in message, message
            return "denied"
        finally:
            engine.dispose()


@pytest.fixture
def server(pg_server: PgServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    """The superuser's part of the document, and nothing more, on a database of this test's own."""
    tag = uuid.uuid4().hex[:8]
    srv = Server(pg_server, f"kotra_{tag}", f"kotra_owner_{tag}", tmp_path)
    monkeypatch.chdir(tmp_path)  # the password files are written where the commands run
    who, _, body = setup_blocks()[0]
    assert who == "superuser"
    for statement in _sql_statements(body):
        statement = statement.replace("kotra_owner", srv.owner).replace("'…'", "'owner-pw'")
        pg_server._admin(re.sub(r"DATABASE kotra\b", f"DATABASE {srv.database}", statement))
    yield srv
    pg_server.drop_database(srv.url_for(srv.owner))
    pg_server._admin(f"DROP ROLE IF EXISTS {srv.owner}")


def _as(server: Server, login: str) -> Context:
    return signed_in_context(server.url_for(login), "os-user", source="test", lang="en")


def _officer_works(server: Server, login: str, name: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """One officer's day on their own login: create an investor (the search index's sequences),
    a confidential project and a meeting about it, save an edit, search, and take a mission
    pack abroad and merge it back."""
    url = f"postgresql://{login}@dbhost/kotra"
    code, out, err = server.cli(
        ["kotra-invest", "--db", url, "investors", "add", name, "--country", "US", "--json"], capsys
    )
    assert code == 0, err
    investor = uuid.UUID(json.loads(out)["id"])
    ctx = _as(server, login)
    try:
        assert ctx.actor == login  # the server says who is connected
        secret = create_project(
            ctx, ProjectDraft(investor, f"{name} gigafactory", confidential=True, code_name=f"{login} falcon")
        )
        plant = create_project(ctx, ProjectDraft(investor, f"{name} plant"))
        create_interaction(
            ctx,
            InteractionDraft(InteractionKind.MEETING, _when(), f"{name} site shortlist", investor, project_id=secret),
        )
        version = get_investor_row(ctx, investor).version
        update_investor(
            ctx, investor, version, InvestorDraft(name=name, country_code="US", notes="met at CES", owner_login=login)
        )
        trip = create_delegation(ctx, DelegationDraft(f"{login} 투자유치단", 2026, ("KR-11",)))
        add_target(ctx, trip, investor)
    finally:
        ctx.db.dispose()

    code, out, err = server.cli(["kotra-invest", "--db", url, "search", name.split()[0], "--json"], capsys)
    assert code == 0, err
    assert name in {hit["label"].split(" · ")[0] for hit in json.loads(out)}

    pack = server.folder / f"{login}.kipack"
    code, _, err = server.cli(
        ["kotra-invest", "--db", url, "pack", "export", f"{login} 투자유치단", str(pack), "--reason", "mission abroad"],
        capsys,
    )
    assert code == 0, err
    abroad = Context(db=connect(f"sqlite:///{pack}", passphrase=None), actor=login, source="desktop")
    try:
        version = get_investor_row(abroad, investor).version
        update_investor(
            abroad,
            investor,
            version,
            InvestorDraft(name=name, country_code="US", notes="met again in Seoul", owner_login=login),
        )
    finally:
        abroad.db.dispose()
    code, _, err = server.cli(["kotra-invest", "--db", url, "pack", "merge", str(pack)], capsys)
    assert code == 0, err
    ctx = _as(server, login)
    try:
        assert get_investor(ctx, investor)[0].notes == "met again in Seoul"
    finally:
        ctx.db.dispose()
    return {"investor": investor, "secret": secret, "plant": plant, "secret_title": f"{name} gigafactory"}


def _when() -> Any:
    from datetime import UTC, datetime

    return datetime(2026, 11, 3, 10, tzinfo=UTC)


@pytest.mark.postgres
@pytest.mark.slow
def test_the_documented_setup_works_for_officers_and_stops_every_attack(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    for _who, _, body in setup_blocks()[1:]:
        for argv in _commands(body):
            code, out, err = server.cli(argv, capsys)
            assert code == 0, f"{shlex.join(argv)}: {err}"
    assert out.startswith("lee.jihoon (Officer) @ ")  # the last line: whoami, as the server says

    # The passwords went to the server as SCRAM verifiers only (the superuser may look).
    verifiers = _authid(server)
    assert len(verifiers) == 3
    for login, verifier in verifiers:
        plain = (server.folder / f"{login}.pw").read_text(encoding="utf-8").strip()
        assert verifier.startswith("SCRAM-SHA-256$4096:") and plain not in verifier

    lee = _officer_works(server, "lee.jihoon", "Acme Robotics", capsys)
    park = _officer_works(server, "park.soyeon", "Globex Batteries", capsys)

    # Through the app: another office's project cannot be changed, its secret not even found.
    ctx = _as(server, "park.soyeon")
    try:
        with pytest.raises(NotFound):
            records.get(ctx, PROJECT, lee["secret"])
        draft, version = records.get(ctx, PROJECT, lee["plant"])
        with pytest.raises(DomainError) as refused:
            records.update(
                ctx, PROJECT, lee["plant"], version, draft.__class__(**{**draft.__dict__, "probability": 99})
            )
        assert refused.value.message("en") == (
            "You may not change this project record (it belongs to 이지훈, KOTRA Headquarters (Invest KOREA))."
        )
    finally:
        ctx.db.dispose()
    # --login cannot make an officer someone else.
    code, _, err = server.cli(
        [
            "kotra-invest",
            "--db",
            "postgresql://park.soyeon@dbhost/kotra",
            "--login",
            "kim.minji",
            "officers",
            "set-role",
            "park.soyeon",
            "admin",
        ],
        capsys,
    )
    assert code == 2 and err.strip() == (
        "kotra-invest: --login cannot be used on a shared server: connect with your own server login (you are park.soyeon)."
    )

    # Through plain SQL on the same login: every attack fails.
    assert server.sql("park.soyeon", "SELECT title, capex_amount FROM project WHERE confidential") == [
        (park["secret_title"], None)
    ]  # only their own
    assert server.sql("park.soyeon", "SELECT title FROM project WHERE title = :t", t=lee["secret_title"]) == []
    assert server.sql("park.soyeon", "SELECT summary FROM interaction WHERE summary LIKE 'Acme%'") == []
    assert server.sql("park.soyeon", "UPDATE officer SET role = 'admin' WHERE login = 'park.soyeon'") == "denied"
    assert server.sql("park.soyeon", "DELETE FROM interaction") == "denied"
    assert server.sql("park.soyeon", "UPDATE project SET capex_amount = 1 WHERE id = :p", p=lee["plant"]) == 0
    assert server.sql("park.soyeon", "UPDATE investor SET notes = 'mine now' WHERE id = :i", i=lee["investor"]) == 0
    assert server.sql("lee.jihoon", "SELECT title FROM project WHERE id = :p", p=lee["secret"]) == [
        (lee["secret_title"],)
    ]
    # An own record's update is in the audit trail under the connection's user.
    assert server.sql(
        "lee.jihoon", "SELECT DISTINCT actor FROM audit_log WHERE record_id = :i AND field = 'notes'", i=lee["investor"]
    ) == [("lee.jihoon",)]


def _authid(server: Server) -> list[tuple[str, str]]:
    engine = create_engine(server.pg.admin_url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT rolname, rolpassword FROM pg_authid WHERE rolname IN ('kim.minji', 'lee.jihoon', 'park.soyeon')"
                )
            )
            return [(r[0], r[1]) for r in rows]
    finally:
        engine.dispose()
