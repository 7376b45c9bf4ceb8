"""Connecting to the shared PostgreSQL server: saved server profiles (never with the password),
the password in the OS keyring when there is one, and a connection test that says what is wrong.

Who is signed in on a server: the officer whose `login` equals the connection's session user —
the server says who it is, and with which role (its group roles). `--login` is refused there:
it is only for the embedded file. See docs/operations.md.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from platformdirs import user_config_path
from sqlalchemy.engine import URL

from kotra_invest.config import APP_NAME
from kotra_invest.domain.errors import DomainError, StorageError, ValidationError
from kotra_invest.services import access
from kotra_invest.services.unit_of_work import Context
from kotra_invest.store import migrate
from kotra_invest.store.engine import open_database, parse_database_url

KEYRING_SERVICE = "kotra-invest"
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


@dataclass(frozen=True)
class ServerProfile:
    """A shared server as the "Connect to server…" dialog saves it: everything but the password."""

    host: str
    database: str
    user: str
    port: int = 5432
    sslmode: str = "prefer"
    name: str = ""  # what the user calls it; defaults to user@host/database

    @property
    def label(self) -> str:
        return self.name or f"{self.user}@{self.host}/{self.database}"

    def url(self, password: str | None = None) -> str:
        """The SQLAlchemy URL (with the password only if given: never written anywhere)."""
        query = {"sslmode": self.sslmode}
        host: str | None = self.host
        if self.host.startswith("/"):  # a Unix socket folder (on the server machine itself): libpq takes it as host=
            query["host"] = self.host
            host = None
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=password,
            host=host,
            port=self.port if host else None,
            database=self.database,
            query=query,
        ).render_as_string(hide_password=False)

    def validated(self) -> ServerProfile:
        for field, value in (("host", self.host), ("database", self.database), ("user", self.user)):
            if not value or not value.strip():
                raise ValidationError("required", field=field)
        if not 0 < int(self.port) < 65536:
            raise ValidationError("invalid_value", field="port", value=self.port)
        if self.sslmode not in SSL_MODES:
            raise ValidationError("invalid_value", field="sslmode", value=self.sslmode)
        return self


@dataclass(frozen=True)
class ServerStatus:
    """What a connection test found."""

    reachable: bool
    url: str  # without the password
    server_version: str
    schema_state: str  # current, outdated, too_new, empty
    revision: str | None  # the server's schema revision
    expected_revision: str  # the newest this program knows
    login: str
    role: str  # admin, officer, leader, viewer
    officer_known: bool  # False: no officer record for this login (read-only, or the server's owner)

    @property
    def usable(self) -> bool:
        return self.reachable and self.schema_state == "current"


def _profiles_file() -> Path:
    return user_config_path(APP_NAME, appauthor=False) / "servers.json"


def load_profiles() -> list[ServerProfile]:
    """The saved server profiles, most recently saved first; a damaged file reads as none."""
    path = _profiles_file()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return [ServerProfile(**{k: v for k, v in item.items() if k != "password"}) for item in raw]
    except (OSError, ValueError, TypeError):
        return []


def save_profile(profile: ServerProfile) -> Path:
    """Remember `profile` (replacing one with the same label); returns the file written."""
    profile = profile.validated()
    kept = [p for p in load_profiles() if p.label != profile.label]
    path = _profiles_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_suffix(".tmp")
    temp.write_text(json.dumps([asdict(p) for p in [profile, *kept]], ensure_ascii=False, indent=2), "utf-8")
    os.replace(temp, path)
    return path


def delete_profile(label: str) -> None:
    kept = [p for p in load_profiles() if p.label != label]
    path = _profiles_file()
    if path.exists():
        path.write_text(json.dumps([asdict(p) for p in kept], ensure_ascii=False, indent=2), "utf-8")
    forget_password(label)


def _keyring() -> Any | None:
    """The keyring module when a usable backend exists (none on a headless CI machine)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration is the same as none
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return keyring


def keyring_available() -> bool:
    return _keyring() is not None


def store_password(profile: ServerProfile | str, password: str) -> bool:
    """Keep the password in the OS keyring; False when there is none (then ask every time)."""
    keyring = _keyring()
    if keyring is None:
        return False
    label = profile.label if isinstance(profile, ServerProfile) else profile
    try:
        keyring.set_password(KEYRING_SERVICE, label, password)
    except Exception:  # locked or refusing keyring: not stored, the user is asked next time
        return False
    return True


def get_password(profile: ServerProfile | str) -> str | None:
    """The stored password, or None: no keyring, nothing stored, or the keyring refused."""
    keyring = _keyring()
    if keyring is None:
        return None
    label = profile.label if isinstance(profile, ServerProfile) else profile
    try:
        value: str | None = keyring.get_password(KEYRING_SERVICE, label)
    except Exception:
        return None
    return value


def forget_password(label: str) -> None:
    keyring = _keyring()
    if keyring is None:
        return
    with contextlib.suppress(Exception):  # nothing stored is fine
        keyring.delete_password(KEYRING_SERVICE, label)


def login_for(url: str, override: str | None = None) -> str | None:
    """Who is signed in on the database at `url` before connecting: on a server its user name
    (the server's session user is the truth once connected, see `signed_in_context`); on the
    embedded file `override` (--login), else None (the person at the keyboard)."""
    parsed = parse_database_url(url)
    if parsed.get_backend_name() != "postgresql":
        return override or None
    if override:
        raise DomainError("login_on_server", user=parsed.username or os.environ.get("PGUSER") or "?")
    return parsed.username or os.environ.get("PGUSER") or None


def signed_in_context(
    url: str,
    fallback_login: str,
    *,
    login: str | None = None,
    source: str = "desktop",
    lang: str = "ko",
    create: bool = True,
) -> Context:
    """Open the database at `url` for the services, with the right officer signed in: `login`,
    else the server user, else (embedded file) `fallback_login` — the OS user. Raises what
    `database.connect` raises (unreachable, schema too new or out of date)."""
    from kotra_invest.services.database import connect

    actor = login_for(url, login) or fallback_login
    db = connect(url, create=create)
    if not db.is_sqlite:
        with db.engine.connect() as conn:
            actor = str(conn.exec_driver_sql("SELECT session_user").scalar())  # what the server says
    return Context(db=db, actor=actor, source=source, lang=lang)


def test_connection(url: str, *, login: str | None = None) -> ServerStatus:
    """Connect to `url`, read the schema revision and who the user is there; raise a clear
    StorageError when the server cannot be reached or refuses the sign-in."""
    try:
        db = open_database(url, create=False)
    except StorageError as exc:
        reason = str(exc.params.get("reason", ""))
        if "password authentication failed" in reason or "no password supplied" in reason:
            described = parse_database_url(url).render_as_string(hide_password=True)
            raise DomainError("server_auth_failed", url=described) from exc
        raise
    try:
        with db.engine.connect() as conn:
            server_version = str(conn.exec_driver_sql("SHOW server_version").scalar()) if not db.is_sqlite else "sqlite"
        state = migrate.schema_state(db)
        revision = migrate.current_revision(db)
        actor = login_for(url, login) or login or "officer"
        if not db.is_sqlite:
            with db.engine.connect() as conn:
                actor = str(conn.exec_driver_sql("SELECT session_user").scalar())
        if state == "current":
            who = access.current(Context(db=db, actor=actor))
            role, known = who.role.value, who.officer_id is not None
        else:
            role, known = "viewer", False
        return ServerStatus(
            reachable=True,
            url=db.describe(),
            server_version=server_version,
            schema_state=state,
            revision=revision,
            expected_revision=migrate.head_revision(),
            login=actor,
            role=role,
            officer_known=known,
        )
    finally:
        db.dispose()
