"""`server init` and the officers' logins through the command line: idempotent, owner-only,
one clear sentence for bad input, and the PostgreSQL login following the officer record."""

from __future__ import annotations

from pathlib import Path

import pytest
from pg_server import OwnedDatabase
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from kotra_invest.cli import main
from kotra_invest.services.database import connect
from kotra_invest.services.officers import list_officers
from kotra_invest.services.unit_of_work import Context


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_server_init_and_a_missing_password_file_are_refused_in_one_sentence(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(capsys, "--db", sqlite_url, "server", "init")
    assert (code, err) == (2, "kotra-invest: This works only on a shared PostgreSQL server: server init\n")
    missing = tmp_path / "nope.pw"
    code, _, err = _run(capsys, "--db", sqlite_url, "officers", "add", "lee", "이지훈", "--password-file", str(missing))
    assert code == 2 and err.startswith(f"kotra-invest: Cannot read the password file {missing}: ")
    assert len(err.strip().splitlines()) == 1
    db = connect(sqlite_url)
    try:
        assert [o.login for o in list_officers(Context(db=db, actor="owner"))] == []  # nothing registered
    finally:
        db.dispose()


def _superuser_rows(owned: OwnedDatabase, sql: str, **params: object) -> list[tuple[object, ...]]:
    engine = create_engine(owned.server.admin_url.set(database=make_url(owned.url).database), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql), params)]
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_init_is_idempotent_owner_only_and_logins_follow_the_officers(
    owned_pg: OwnedDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    owner = owned_pg.url
    assert _run(capsys, "--db", owner, "db", "upgrade")[0] == 0
    code, out, _ = _run(capsys, "--db", owner, "server", "init")
    assert code == 0 and out.startswith("Server rules installed (owner owner_")
    policies = _superuser_rows(owned_pg, "SELECT policyname, qual, with_check FROM pg_policies ORDER BY 1")
    assert _run(capsys, "--db", owner, "server", "init")[0] == 0  # again: the same policies, no error
    assert _superuser_rows(owned_pg, "SELECT policyname, qual, with_check FROM pg_policies ORDER BY 1") == policies
    assert len(policies) > 60

    password = tmp_path / "lee.pw"
    password.write_text("Correct-Horse-7\n", encoding="utf-8")
    assert (
        _run(
            capsys,
            "--db",
            owner,
            "officers",
            "add",
            "lee.cli",
            "이지훈",
            "--office",
            "HQ",
            "--password-file",
            str(password),
        )[0]
        == 0
    )
    [(verifier, can_login)] = _superuser_rows(
        owned_pg, "SELECT rolpassword, rolcanlogin FROM pg_authid WHERE rolname = 'lee.cli'"
    )
    assert str(verifier).startswith("SCRAM-SHA-256$4096:") and "Correct-Horse-7" not in str(verifier) and can_login

    # An officer may not set the server up, nor make themself admin; the owner may.
    lee = owned_pg.url_for("lee.cli")
    code, _, err = _run(capsys, "--db", lee, "server", "init")
    assert (code, err) == (2, "kotra-invest: Only the database's owner may run 'server init' (you are lee.cli).\n")
    code, _, err = _run(capsys, "--db", lee, "officers", "set-role", "lee.cli", "admin")
    assert code == 2 and "Only an administrator can do this (lee.cli is not one)." in err

    def groups() -> list[object]:
        return [
            r[0]
            for r in _superuser_rows(
                owned_pg,
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = 'lee.cli' ORDER BY 1",
            )
        ]

    assert groups() == ["kotra_officer"]
    assert _run(capsys, "--db", owner, "officers", "set-role", "lee.cli", "leader")[0] == 0
    assert groups() == ["kotra_leader"]
    code, out, _ = _run(capsys, "--db", lee, "whoami")
    assert code == 0 and out.startswith("lee.cli (Delegation leader) @ ")
    assert _run(capsys, "--db", owner, "officers", "deactivate", "lee.cli")[0] == 0
    assert _superuser_rows(owned_pg, "SELECT rolcanlogin FROM pg_roles WHERE rolname = 'lee.cli'") == [(False,)]

    # The login function touches kotra-invest logins only: never the owner or a superuser.
    code, _, err = _run(capsys, "--db", owner, "officers", "add", "postgres", "슈퍼", "--office", "HQ")
    assert (code, err) == (2, "kotra-invest: postgres is a server role that cannot be made a kotra-invest user.\n")


@pytest.mark.postgres
def test_without_a_password_file_the_password_is_asked_twice_and_never_echoed(
    owned_pg: OwnedDatabase, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import getpass
    import io

    owner = owned_pg.url
    assert _run(capsys, "--db", owner, "db", "upgrade")[0] == 0
    assert _run(capsys, "--db", owner, "server", "init")[0] == 0

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal())
    typed = iter(["Typed-Secret-1", "Typed-Secret-2"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(typed))
    code, out, err = _run(capsys, "--db", owner, "officers", "add", "typo.user", "오타", "--office", "HQ")
    assert (code, err.strip()) == (2, "kotra-invest: The two passwords typed differ; nothing was changed.")
    assert _superuser_rows(owned_pg, "SELECT 1 FROM pg_roles WHERE rolname = 'typo.user'") == []  # nothing made

    typed = iter(["Typed-Secret-1", "Typed-Secret-1"])
    code, out, err = _run(capsys, "--db", owner, "officers", "add", "typed.user", "입력", "--office", "HQ")
    assert code == 0 and "Typed-Secret-1" not in out + err
    [(verifier,)] = _superuser_rows(owned_pg, "SELECT rolpassword FROM pg_authid WHERE rolname = 'typed.user'")
    assert str(verifier).startswith("SCRAM-SHA-256$") and "Typed-Secret-1" not in str(verifier)
