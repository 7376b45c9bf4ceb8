"""Who may see and change what: the one place the roles and the confidentiality rule live.

Every service that lists, searches, exports or packs projects filters with
`visible_projects()`; every service that writes asks `require_write()` first. Keeping the rule
here (and not in each query) is what lets the permission tests prove that no path leaks.

On the embedded SQLite database the person at the keyboard owns the file: an actor with no
officer record is its administrator. On a shared server an unknown login may only read.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import ColumnElement, false, or_, select, true
from sqlalchemy.orm import Session

from kotra_invest.domain.enums import Role
from kotra_invest.domain.errors import DomainError
from kotra_invest.domain.models import Officer, Project
from kotra_invest.services.unit_of_work import Context


@dataclass(frozen=True)
class Principal:
    """The signed-in officer as the permission rules see them."""

    login: str
    role: Role
    officer_id: uuid.UUID | None = None
    office_id: uuid.UUID | None = None  # the officer's team: their regional headquarters or office

    @property
    def may_write(self) -> bool:
        return self.role is not Role.VIEWER

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN


def principal(session: Session, ctx: Context) -> Principal:
    """The principal acting in `ctx`, read from the officer table in the caller's session."""
    row = session.execute(
        select(Officer.id, Officer.role, Officer.office_id, Officer.active).where(
            Officer.login == ctx.actor, Officer.deleted_at.is_(None)
        )
    ).first()
    if row is None or not row.active:
        single_user = ctx.db.is_sqlite
        return Principal(login=ctx.actor, role=Role.ADMIN if single_user and row is None else Role.VIEWER)
    return Principal(login=ctx.actor, role=row.role, officer_id=row.id, office_id=row.office_id)


def require_write(who: Principal) -> None:
    """Refuse a change by a read-only officer, before anything is touched."""
    if not who.may_write:
        raise DomainError("read_only", login=who.login)


def require_admin(who: Principal) -> None:
    if not who.is_admin:
        raise DomainError("admin_only", login=who.login)


def may_see_confidential(who: Principal, project_owner_id: uuid.UUID | None, owner_office_id: uuid.UUID | None) -> bool:
    """Whether `who` may see the real title and figures of a confidential project."""
    if who.is_admin:
        return True
    if who.officer_id is not None and project_owner_id == who.officer_id:
        return True
    return who.office_id is not None and owner_office_id == who.office_id


def visible_projects(who: Principal) -> ColumnElement[bool]:
    """A WHERE clause keeping the projects `who` may see at all.

    Confidential projects are visible only to their owner, the owner's team (same office) and
    admins; for anyone else they do not exist: not in lists, search, exports or packs.
    """
    if who.is_admin:
        return true()
    clauses: list[ColumnElement[bool]] = [Project.confidential.is_(False)]
    if who.officer_id is not None:
        clauses.append(Project.owner_id == who.officer_id)
    if who.office_id is not None:
        team = select(Officer.id).where(Officer.office_id == who.office_id).scalar_subquery()
        clauses.append(Project.owner_id.in_(team))
    return or_(*clauses) if clauses else false()
