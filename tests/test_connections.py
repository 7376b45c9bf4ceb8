"""Connecting to the shared server: saved profiles without passwords, the OS keyring when there
is one, and a connection test that reports the schema and who the user is there."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy.engine import make_url

from kotra_invest.domain.errors import DomainError, StorageError
from kotra_invest.services import connections
from kotra_invest.services.connections import ServerProfile
from kotra_invest.services.database import upgrade
from kotra_invest.store import migrate

SEOUL = ServerProfile(host="crm.kotra.internal", database="kotra", user="kim.minji", name="본사")


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps secrets in memory (what a desktop's keychain does)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_profiles_are_remembered_without_passwords(memory_keyring: MemoryKeyring) -> None:
    other = ServerProfile(host="10.0.0.5", database="kotra", user="lee", port=6432, sslmode="require")
    connections.save_profile(SEOUL)
    path = connections.save_profile(other)
    assert connections.load_profiles() == [other, SEOUL]
    assert connections.store_password(SEOUL, "s3cret/p@ss") is True
    assert "s3cret" not in path.read_text(encoding="utf-8")
    assert connections.get_password(SEOUL) == "s3cret/p@ss"
    connections.delete_profile(SEOUL.label)
    assert connections.load_profiles() == [other] and connections.get_password(SEOUL) is None


def test_without_a_keyring_the_password_is_asked_every_time(no_keyring: None) -> None:
    assert not connections.keyring_available()
    assert connections.store_password(SEOUL, "s3cret") is False
    assert connections.get_password(SEOUL) is None


def test_a_damaged_profiles_file_reads_as_none_and_bad_input_is_named(tmp_path: Path) -> None:
    connections._profiles_file().parent.mkdir(parents=True, exist_ok=True)
    connections._profiles_file().write_text("{not json", encoding="utf-8")
    assert connections.load_profiles() == []
    with pytest.raises(DomainError) as caught:
        connections.save_profile(ServerProfile(host="", database="kotra", user="kim"))
    assert caught.value.field == "host"
    with pytest.raises(DomainError):
        connections.save_profile(ServerProfile(host="h", database="kotra", user="kim", sslmode="sometimes"))


def test_a_password_with_url_characters_survives_the_url() -> None:
    url = make_url(SEOUL.url("p@ss/wo:rd?#"))
    assert (url.password, url.username, url.host, url.query["sslmode"]) == (
        "p@ss/wo:rd?#",
        "kim.minji",
        SEOUL.host,
        "prefer",
    )
    assert connections.login_for(SEOUL.url()) == "kim.minji"
    assert connections.login_for("sqlite:///x.sqlite3") is None
    assert connections.login_for("sqlite:///x.sqlite3", "svc.report") == "svc.report"
    # On a server the server says who is connected: another name is refused, in one sentence.
    with pytest.raises(DomainError) as refused:
        connections.login_for(SEOUL.url(), "svc.report")
    assert refused.value.message("en") == (
        "--login cannot be used on a shared server: connect with your own server login (you are kim.minji)."
    )


def test_an_unreachable_server_is_reported_quickly_and_clearly() -> None:
    started = time.monotonic()
    with pytest.raises(StorageError) as caught:
        connections.test_connection("postgresql+psycopg://kim@127.0.0.1:1/kotra?connect_timeout=2")
    assert caught.value.code == "database_unreachable"
    assert time.monotonic() - started < 10


@pytest.mark.postgres
def test_the_connection_test_reports_schema_and_who_signs_in(pg_url: str) -> None:
    empty = connections.test_connection(pg_url)
    assert (empty.reachable, empty.schema_state, empty.usable) == (True, "empty", False)
    upgrade(pg_url)
    status = connections.test_connection(pg_url)
    assert (status.schema_state, status.revision, status.expected_revision) == (
        "current",
        migrate.head_revision(),
        migrate.head_revision(),
    )
    assert status.usable and status.server_version
    # The test connects as the database's owner, who has no officer record: an admin.
    assert (status.login, status.role, status.officer_known) == (make_url(pg_url).username, "admin", False)


def test_the_signed_in_officer_is_the_server_user_or_the_os_user(db_url: str) -> None:
    if not db_url.startswith("sqlite"):
        upgrade(db_url)
    ctx = connections.signed_in_context(db_url, "os.user", source="desktop", lang="ko")
    try:
        expected = "os.user" if ctx.db.is_sqlite else make_url(db_url).username
        assert (ctx.actor, ctx.source, ctx.lang) == (expected, "desktop", "ko")
    finally:
        ctx.db.dispose()
    if db_url.startswith("sqlite"):  # --login is for the embedded file only
        ctx = connections.signed_in_context(db_url, "os.user", login="svc.report")
        assert ctx.actor == "svc.report"
        ctx.db.dispose()
    else:
        with pytest.raises(DomainError, match="--login cannot be used"):
            connections.signed_in_context(db_url, "os.user", login="svc.report")
