"""Who may see and change what: the one place the roles and the confidentiality rule live.

Every service that lists, searches, exports or packs projects filters with
`visible_projects()`; every service that writes asks `require_write()` first. Keeping the rule
here (and not in each query) is what lets the permission tests prove that no path leaks.

On the embedded SQLite database the person at the keyboard owns the file: an actor with no
officer record is its administrator. On a shared server an unknown login may only read, except
the database's owner or a superuser (who could change anything with psql anyway): that is how
the first admin is created on a new server (docs/operations.md).

These rules are enforced by the application. The hard boundary on a shared server is still the
PostgreSQL role an officer connects as; a client that claims another login (`--login`) gets that
officer's rights in the application, which is why the server's roles are given to people, not
shared (see docs/operations.md).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import ColumnElement, false, or_, select, text, true
from sqlalchemy.orm import Session

from kotra_invest.domain.enums import Role
from kotra_invest.domain.errors import DomainError
from kotra_invest.domain.models import (
    Delegation,
    DelegationMember,
    Interaction,
    Investor,
    MeetingTarget,
    Officer,
    Project,
)
from kotra_invest.services.unit_of_work import Context, unit_of_work


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
        owner = row is None and (ctx.db.is_sqlite or _owns_the_server(session))
        return Principal(login=ctx.actor, role=Role.ADMIN if owner else Role.VIEWER)
    return Principal(login=ctx.actor, role=row.role, officer_id=row.id, office_id=row.office_id)


def _owns_the_server(session: Session) -> bool:
    """Whether the PostgreSQL role of this connection is a superuser or owns the database."""
    return bool(
        session.scalar(
            text(
                "SELECT r.rolsuper OR d.datdba = r.oid FROM pg_roles r, pg_database d "
                "WHERE r.rolname = current_user AND d.datname = current_database()"
            )
        )
    )


def current(ctx: Context) -> Principal:
    """The principal of `ctx`, for a caller with no session of its own (the desktop's status bar)."""
    with unit_of_work(ctx) as session:
        return principal(session, ctx)


def require_write(who: Principal) -> None:
    """Refuse a change by a read-only officer, before anything is touched."""
    if not who.may_write:
        raise DomainError("read_only", login=who.login)


def require_admin(who: Principal) -> None:
    if not who.is_admin:
        raise DomainError("admin_only", login=who.login)


def _same_team(session: Session, who: Principal, officer_id: uuid.UUID | None) -> bool:
    if officer_id is None or officer_id == who.officer_id:
        return True  # nobody's record is everybody's to keep up to date
    if who.office_id is None:
        return False
    return session.scalar(select(Officer.office_id).where(Officer.id == officer_id)) == who.office_id


def _leads_delegation_of(session: Session, who: Principal, investor_id: uuid.UUID) -> bool:
    """Whether `who` leads a delegation that means to meet this investor."""
    if who.officer_id is None:
        return False
    found = session.scalar(
        select(MeetingTarget.id)
        .join(Delegation, Delegation.id == MeetingTarget.delegation_id)
        .where(
            MeetingTarget.investor_id == investor_id,
            MeetingTarget.deleted_at.is_(None),
            Delegation.deleted_at.is_(None),
            Delegation.leader_id == who.officer_id,
        )
        .limit(1)
    )
    return found is not None


def require_edit_investor(session: Session, who: Principal, investor: Investor) -> None:
    """Officers change their own and their team's investors; a delegation leader also those on
    their delegations; admins everything; viewers nothing."""
    require_write(who)
    if who.is_admin or _same_team(session, who, investor.owner_id):
        return
    if who.role is Role.LEADER and _leads_delegation_of(session, who, investor.id):
        return
    raise DomainError("not_permitted", login=who.login, entity="investor")


def require_edit_delegation(session: Session, who: Principal, delegation: Delegation) -> None:
    """A delegation is changed by its leader, the leader's team, its members and admins."""
    require_write(who)
    if who.is_admin or _same_team(session, who, delegation.leader_id):
        return
    member = session.scalar(
        select(DelegationMember.id).where(
            DelegationMember.delegation_id == delegation.id,
            DelegationMember.officer_id == who.officer_id,
            DelegationMember.deleted_at.is_(None),
        )
    )
    if who.officer_id is not None and member is not None:
        return
    raise DomainError("not_permitted", login=who.login, entity="delegation")


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


def visible_project_ids(session: Session, who: Principal, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    """Which of `ids` are projects `who` may see (for results found outside the ORM: search)."""
    if not ids:
        return set()
    return set(session.scalars(select(Project.id).where(Project.id.in_(ids), visible_projects(who))))


def visible_interaction_ids(session: Session, who: Principal, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    """Which of `ids` are interactions `who` may see: a note about another team's confidential
    project tells of the project, so it is as hidden as the project."""
    if not ids:
        return set()
    hidden_project = Interaction.project_id.in_(select(Project.id).where(~visible_projects(who)))
    shown = or_(Interaction.project_id.is_(None), ~hidden_project)  # NOT IN over a NULL is not true
    return set(session.scalars(select(Interaction.id).where(Interaction.id.in_(ids), shown)))
