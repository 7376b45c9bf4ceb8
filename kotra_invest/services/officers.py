"""Officers: who is signed in, the record that carries their name into the audit trail, and user
management (admins only): list, create, change role, deactivate."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, selectinload

from kotra_invest.domain.enums import Role
from kotra_invest.domain.errors import DomainError, NotFound, ValidationError
from kotra_invest.domain.models import Office, Officer
from kotra_invest.domain.rules import GROUP_ROLES
from kotra_invest.services import access
from kotra_invest.services import validation as check
from kotra_invest.services.reference import id_for_code
from kotra_invest.services.unit_of_work import Context, unit_of_work
from kotra_invest.store import pg_security


def ensure_officer(ctx: Context, *, name: str | None = None, role: Role = Role.OFFICER) -> uuid.UUID:
    """The id of the officer signed in as `ctx.actor`, registering them on first use.

    On the embedded database the person at the keyboard is its only user; the shared server's
    sign-in and roles build on this record.
    """
    with unit_of_work(ctx) as session:
        found = session.scalar(select(Officer.id).where(Officer.login == ctx.actor))
        if found is not None:
            return found
        officer = Officer(login=ctx.actor, name=name or ctx.actor, role=role)
        session.add(officer)
        session.commit()
        return officer.id


def ensure_file_owner(ctx: Context, *, name: str | None = None) -> uuid.UUID:
    """Register (or promote) the person at the keyboard as the administrator of an embedded file.

    The file is theirs alone: with the demo's officers in it, an 'officer' role would leave them
    unable to edit most records of their own database. Not for a shared server (its admins grant
    roles) nor for a mission pack (home decides what merges back).
    """
    if not ctx.db.is_sqlite:
        raise DomainError("not_supported", what="ensure_file_owner")
    with unit_of_work(ctx) as session:
        session.info["file_owner"] = True  # the person at the keyboard owns the file: no rule binds them
        officer = session.scalar(select(Officer).where(Officer.login == ctx.actor))
        if officer is None:
            officer = Officer(login=ctx.actor, name=name or ctx.actor, role=Role.ADMIN)
            session.add(officer)
        elif officer.role is not Role.ADMIN or not officer.active or officer.deleted_at is not None:
            officer.role, officer.active, officer.deleted_at = Role.ADMIN, True, None
        session.commit()
        return officer.id


@dataclass(frozen=True)
class OfficerRow:
    id: uuid.UUID
    login: str
    name: str
    name_en: str | None
    email: str | None
    role: str
    role_label: str
    office_code: str | None
    active: bool
    version: int


def _row(officer: Officer, lang: str) -> OfficerRow:
    return OfficerRow(
        officer.id,
        officer.login,
        officer.name,
        officer.name_en,
        officer.email,
        officer.role.value,
        officer.role.label(lang),
        officer.office.code if officer.office is not None else None,
        officer.active,
        officer.version,
    )


def _admin_session(session: Session, ctx: Context) -> None:
    access.require_admin(access.principal(session, ctx))


def _by_login(session: Session, login: str) -> Officer:
    officer = session.scalar(select(Officer).where(Officer.login == login.strip(), Officer.deleted_at.is_(None)))
    if officer is None:
        raise NotFound("officer", login)
    return officer


def _role(value: Role | str) -> Role:
    try:
        return Role(value)
    except ValueError as exc:
        raise ValidationError("invalid_value", field="role", value=value) from exc


def _server_login(session: Session, officer: Officer, *, password: str | None = None, can_login: bool = True) -> bool:
    """Make the officer's PostgreSQL login match their record: its group role (what the server
    says their role is), password, LOGIN or NOLOGIN. In the same transaction as the record.
    False on the embedded file, or on a server where `server init` has not run yet."""
    if session.get_bind().dialect.name == "sqlite":
        return False
    conn = session.connection()
    if not pg_security.is_installed(conn):
        return False
    session.flush()
    role = officer.role if officer.active else Role.VIEWER
    try:
        pg_security.set_login(
            conn, officer.login, GROUP_ROLES[role.value], password=password, can_login=can_login and officer.active
        )
    except DBAPIError as exc:
        if "cannot be a kotra-invest login" in str(exc.orig):  # a superuser, the owner, a group role
            raise DomainError("not_a_login", login=officer.login) from exc
        raise
    return True


def _keeps_an_admin(session: Session, officer: Officer) -> None:
    """Refuse to leave the database with no active admin (nobody could manage users then)."""
    others = session.scalar(
        select(func.count()).where(
            Officer.role == Role.ADMIN,
            Officer.active.is_(True),
            Officer.deleted_at.is_(None),
            Officer.id != officer.id,
        )
    )
    if officer.role is Role.ADMIN and officer.active and not others:
        raise ValidationError("last_admin", field="role")


def list_officers(ctx: Context, *, include_inactive: bool = False) -> list[OfficerRow]:
    """The users of this database, by name (admins only: it is the user management screen)."""
    with unit_of_work(ctx) as session:
        _admin_session(session, ctx)
        query = select(Officer).where(Officer.deleted_at.is_(None)).options(selectinload(Officer.office))
        if not include_inactive:
            query = query.where(Officer.active.is_(True))
        return [_row(o, ctx.lang) for o in session.scalars(query.order_by(Officer.name, Officer.login))]


def create_officer(
    ctx: Context,
    login: str,
    name: str,
    role: Role | str = Role.OFFICER,
    *,
    office_code: str | None = None,
    name_en: str | None = None,
    email: str | None = None,
    password: str | None = None,
) -> uuid.UUID:
    """Register a user. On a shared server `login` is the PostgreSQL role they connect as: it is
    made (or, if it exists, given the role) with `password`, which only travels as a SCRAM
    verifier."""
    role = _role(role)
    login = check.required_text(login, "login", max_length=64)
    with unit_of_work(ctx) as session:
        _admin_session(session, ctx)
        if session.scalar(select(Officer.id).where(Officer.login == login)) is not None:
            raise ValidationError("officer_exists", field="login", login=login)
        officer = Officer(
            login=login,
            name=check.required_text(name, "name", max_length=80),
            name_en=check.text(name_en, "name_en", max_length=120),
            email=check.email(email),
            role=role,
            office_id=id_for_code(session, Office, office_code, "office"),
        )
        session.add(officer)
        _server_login(session, officer, password=password)
        session.commit()
        return officer.id


def set_role(ctx: Context, login: str, role: Role | str) -> OfficerRow:
    role = _role(role)
    with unit_of_work(ctx) as session:
        _admin_session(session, ctx)
        officer = _by_login(session, login)
        if role is not Role.ADMIN:
            _keeps_an_admin(session, officer)
        officer.role = role
        _server_login(session, officer)
        session.commit()
        return _row(officer, ctx.lang)


def deactivate(ctx: Context, login: str) -> OfficerRow:
    """The officer can no longer sign in to the application (their records and history stay)."""
    with unit_of_work(ctx) as session:
        _admin_session(session, ctx)
        officer = _by_login(session, login)
        _keeps_an_admin(session, officer)
        officer.active = False
        _server_login(session, officer, can_login=False)
        session.commit()
        return _row(officer, ctx.lang)
