"""Who may see and change what: the one place the roles and the confidentiality rule live.

Every service that lists, searches, exports or packs projects filters with
`visible_projects()`; every service that writes asks `require_write()` first. Keeping the rule
here (and not in each query) is what lets the permission tests prove that no path leaks.

Who is signed in: on the embedded SQLite file, the context's actor (the person at the keyboard
owns the file: an actor with no officer record is its administrator). On a shared PostgreSQL
server, the connection's session user, whose role is what the server says: membership of the
group roles kotra_admin, kotra_leader, kotra_officer, kotra_viewer (domain/rules.GROUP_ROLES).
Only the database's owner or a superuser — who could change anything with psql anyway, and
whom row-level security does not bind — may act for another officer (scripts, tests).

Which record may be changed is stated once, in domain/rules.RULES. `require_edit` applies it
here, on every flush of every unit of work (`check_flush`), on both engines; on the server the
same rules are also the row-level security policies (`kotra-invest server init`), so a client
that skips this layer — psql — meets them anyway.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Row, bindparam, false, inspect, or_, select, text, true
from sqlalchemy.orm import InstrumentedAttribute, Session

from kotra_invest.catalog import msg
from kotra_invest.domain.base import Base, Synced
from kotra_invest.domain.enums import Role
from kotra_invest.domain.errors import DomainError
from kotra_invest.domain.models import (
    Delegation,
    DelegationMember,
    Interaction,
    Investor,
    MeetingTarget,
    Office,
    Officer,
    Project,
)
from kotra_invest.domain.rules import GROUP_ROLES, rule_for
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
    """The principal acting in `ctx`, read in the caller's session (and kept for its lifetime)."""
    cached = session.info.get("principal")
    if isinstance(cached, Principal) and session.info.get("principal_of") == ctx.actor:
        return cached
    who = _principal(session, ctx.actor, sqlite=ctx.db.is_sqlite)
    session.info.update(principal=who, principal_of=ctx.actor)
    if who.login != ctx.actor:
        session.info["actor"] = who.login  # the audit trail names who the server says is connected
    return who


# Built once: every unit of work that checks a right reads its officer (each search, each save),
# and building the ORM statement anew took a third of an investors-only search (measured).
_OFFICER_BY_LOGIN = select(Officer.id, Officer.role, Officer.office_id, Officer.active).where(
    Officer.login == bindparam("login"), Officer.deleted_at.is_(None)
)


def _officer_row(session: Session, login: str) -> Row[uuid.UUID, Role, uuid.UUID | None, bool] | None:
    # No autoflush, unlike session.execute: the principal is read at the start of a unit of work
    # and from inside a flush (the write checks), where flushing again is an error.
    return session.connection().execute(_OFFICER_BY_LOGIN, {"login": login}).first()


def _principal(session: Session, actor: str, *, sqlite: bool) -> Principal:
    if sqlite:
        return _from_officer_table(session, actor, owner=True)
    server = session.execute(
        text(
            "SELECT session_user AS login, r.rolsuper OR d.datdba = r.oid AS owner, "
            "ARRAY(SELECT g.rolname FROM pg_roles g WHERE g.rolname = ANY(:groups) "
            "      AND pg_has_role(session_user, g.oid, 'MEMBER')) AS groups "
            "FROM pg_roles r, pg_database d WHERE r.rolname = session_user AND d.datname = current_database()"
        ),
        {"groups": list(GROUP_ROLES.values())},
    ).one()
    if server.owner:
        # The owner or a superuser may act for any officer (scripts, the first admin); row-level
        # security does not bind them, so trusting their word costs nothing.
        return _from_officer_table(session, actor, owner=True)
    login = str(server.login)
    row = _officer_row(session, login)  # its role is the server's (the groups above)
    groups = set(server.groups)
    role = next((Role(r) for r, group in GROUP_ROLES.items() if group in groups), Role.VIEWER)
    if row is None or not row.active:
        return Principal(login=login, role=Role.VIEWER, officer_id=row.id if row else None)
    return Principal(login=login, role=role, officer_id=row.id, office_id=row.office_id)


def _from_officer_table(session: Session, login: str, *, owner: bool) -> Principal:
    row = _officer_row(session, login)
    if row is None or not row.active:
        return Principal(login=login, role=Role.ADMIN if row is None and owner else Role.VIEWER)
    return Principal(login=login, role=row.role, officer_id=row.id, office_id=row.office_id)


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
    their delegations; admins everything; viewers nothing (domain/rules.RULES["investor"])."""
    require_edit(session, who, investor)


def require_edit_delegation(session: Session, who: Principal, delegation: Delegation) -> None:
    """A delegation is changed by its leader, the leader's team, its members and admins."""
    require_edit(session, who, delegation)


# --- the rule table, applied --------------------------------------------------------------------


def _model(table: str) -> type[Any] | None:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    return None


def _value(record: Any, column: str, *, before: bool) -> Any:
    """A column's value; `before`: as the database holds it now (what an UPDATE's USING sees)."""
    if before and inspect(record).persistent:
        history = inspect(record).attrs[column].history
        if history.deleted:
            return history.deleted[0]
        if history.added:  # set without the old value loaded: read the stored one
            table = inspect(record).mapper.local_table
            return session_of(record).scalar(select(table.c[column]).where(table.c.id == record.id))
    return getattr(record, column)


def stored_value(record: Any, column: str) -> Any:
    """A column's value as the database holds it (a change not yet flushed set aside); a new
    record's as it is."""
    return _value(record, column, before=True)


def session_of(record: Any) -> Session:
    session = inspect(record).session
    assert session is not None
    return session


def _load(session: Session, table: str, record_id: Any) -> Any:
    """A parent record: one pending in this flush, or the stored one."""
    model = _model(table)
    if model is None or record_id is None:
        return None
    for pending in session.new:
        if isinstance(pending, model) and pending.id == record_id:
            return pending
    return session.get(model, record_id)


def _parent(session: Session, record: Any, table: str, record_id: Any) -> Any:
    """A record's parent: as the caller holds it (`Unbuilt.held`), else pending or stored."""
    if isinstance(record, Unbuilt) and record_id is not None:
        held = record.held(table, record_id)
        if held is not None:
            return held
    return _load(session, table, record_id)


def owner_of(session: Session, record: Any, *, before: bool = False) -> uuid.UUID | None:
    """The officer who owns `record` by its table's rule (following parents); None: nobody's."""
    rule = rule_for(record.__tablename__)
    if rule.owner is not None:
        owner = _value(record, rule.owner, before=before)
        if owner is not None:
            return uuid.UUID(str(owner))
    for column, table in rule.parents:
        parent = _parent(session, record, table, _value(record, column, before=before))
        owner = owner_of(session, parent) if parent is not None else None
        if owner is not None:
            return owner
    return None


def _is_member(session: Session, who: Principal, delegation_id: Any) -> bool:
    if who.officer_id is None or delegation_id is None:
        return False
    found = session.scalar(
        select(DelegationMember.id).where(
            DelegationMember.delegation_id == delegation_id,
            DelegationMember.officer_id == who.officer_id,
            DelegationMember.deleted_at.is_(None),
        )
    )
    return found is not None


def may_edit(session: Session, who: Principal, record: Any, *, before: bool = False) -> bool:
    """Whether `who` may change `record` under domain/rules.RULES (the service-layer enforcer)."""
    if not who.may_write:
        return False
    if who.is_admin:
        return True
    rule = rule_for(record.__tablename__)
    if rule.admin_only:
        return False
    if _same_team(session, who, owner_of(session, record, before=before)):
        return True
    if rule.also and who.officer_id is not None and _value(record, rule.also, before=before) == who.officer_id:
        return True
    if rule.delegation and _is_member(session, who, _value(record, rule.delegation, before=before)):
        return True
    if rule.investor and who.role is Role.LEADER:
        investor_id = _value(record, rule.investor, before=before)
        if investor_id is not None and _leads_delegation_of(session, who, investor_id):
            return True
    return False


def owner_names(session: Session, owner_id: uuid.UUID | None) -> dict[str, str]:
    """Whose record it is, for the refusal's sentence, in both languages."""
    found = None
    if owner_id is not None:
        found = session.execute(
            select(Officer.name, Officer.name_en, Office.name_ko, Office.name_en.label("office_en"))
            .outerjoin(Office, Office.id == Officer.office_id)
            .where(Officer.id == owner_id)
        ).first()
    if found is None:
        another_team = msg("services.access", "another team")
        return {"owner_ko": another_team.korean, "owner_en": another_team.english}
    ko = f"{found.name}, {found.name_ko}" if found.name_ko else found.name
    en_name = found.name_en or found.name
    en = f"{en_name}, {found.office_en}" if found.office_en else en_name
    return {"owner_ko": ko, "owner_en": en}


def require_edit(session: Session, who: Principal, record: Any, *, before: bool = True, new: bool = False) -> None:
    """Refuse a change of `record` that the rules do not allow `who`, naming whose it is.

    `new`: the record is being added, and the refusal says so — what it would be added to
    ("you may not add contact records to this investor"), or whose it would be — instead of
    speaking of a change to a record the officer never had."""
    require_write(who)
    if may_edit(session, who, record, before=before):
        return
    table = record.__tablename__
    rule = rule_for(table)
    if rule.admin_only:
        raise DomainError("admin_only", login=who.login)
    if new:
        own = _value(record, rule.owner, before=False) if rule.owner else None
        if own is not None:
            names = owner_names(session, uuid.UUID(str(own)))
            raise DomainError("not_permitted", sentence="not_permitted_new", login=who.login, entity=table, **names)
        for column, parent_table in rule.parents:
            parent = _parent(session, record, parent_table, _value(record, column, before=False))
            parent_owner = owner_of(session, parent) if parent is not None else None
            if parent_owner is not None:
                names = owner_names(session, parent_owner)
                raise DomainError(
                    "not_permitted",
                    sentence="not_permitted_add",
                    login=who.login,
                    entity=table,
                    parent=parent_table,
                    **names,
                )
    owner = owner_of(session, record, before=before)
    raise DomainError("not_permitted", login=who.login, entity=table, **owner_names(session, owner))


class Unbuilt:
    """A record not built yet, as its would-be column values: what the rules read of a row that a
    bulk write (the import's Core inserts) is about to add without the ORM's flush.

    `held(table, id)`: the column values of a parent as the caller holds it when the database
    does not yet (an import's record added or changed by an earlier row, written at the end), or
    None to read the stored one."""

    def __init__(
        self, table: str, values: Mapping[str, Any], held: Callable[[str, Any], Mapping[str, Any] | None] | None = None
    ) -> None:
        self.__tablename__ = table
        self._values = values
        self._held = held

    def __getattr__(self, column: str) -> Any:
        return self._values.get(column)

    def held(self, table: str, record_id: Any) -> Unbuilt | None:
        values = self._held(table, record_id) if self._held is not None else None
        return Unbuilt(table, values, self._held) if values is not None else None


def rule_columns(table: str) -> tuple[str, ...]:
    """The columns the rules of `table` read: two records equal in these get the same answer."""
    rule = rule_for(table)
    return tuple(c for c in (rule.owner, *(c for c, _ in rule.parents), rule.also, rule.delegation, rule.investor) if c)


def bound_by_rules(session: Session, who: Principal) -> bool:
    """Whether the rules apply to `who` at all: not to admins, nor to the embedded file's owner."""
    if who.is_admin:
        return False
    return not (session.info.get("file_owner") and session.get_bind().dialect.name == "sqlite")


def check_flush(session: Session) -> None:
    """Apply the rules to everything a unit of work is about to write (hooked before the audit).

    New records are checked as they will be (INSERT … WITH CHECK), changed and deleted ones as
    they are stored now (UPDATE … USING): an officer may hand their record over to another
    team, but not take one. Writes by the embedded file's owner or the server's owner pass.
    """
    new = [o for o in session.new if isinstance(o, Synced)]
    changed = [o for o in session.dirty if isinstance(o, Synced) and session.is_modified(o)]
    changed += [o for o in session.deleted if isinstance(o, Synced)]
    if not new and not changed:
        return
    if session.info.get("file_owner") and session.get_bind().dialect.name == "sqlite":
        return
    who = session.info.get("principal")
    if not isinstance(who, Principal):
        actor = str(session.info.get("actor", "system"))
        who = _principal(session, actor, sqlite=session.get_bind().dialect.name == "sqlite")
        session.info.update(principal=who, principal_of=actor, actor=who.login)
    if not bound_by_rules(session, who):
        return
    for record in new:
        # Refused as an addition (what it would be added to, or whose it would be), as the
        # importer says it: "may not change this record" would speak of one the officer never had.
        require_edit(session, who, record, before=False, new=True)
    for record in changed:
        require_edit(session, who, record, before=True)


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
    return set(
        session.scalars(
            select(Interaction.id).where(Interaction.id.in_(ids), project_shown(who, Interaction.project_id))
        )
    )


def project_shown(who: Principal, project_id: InstrumentedAttribute[uuid.UUID | None]) -> ColumnElement[bool]:
    """No project, or one `who` may see: probed by key for each row asked about. (Not `NOT IN
    (every hidden project)`: on the server, under row-level security, that subquery read every
    project and called the policy's function for each, 0.3 s for a page of search hits at
    300,000 meetings; the project's foreign key makes the two the same.)"""
    visible = select(Project.id).where(Project.id == project_id, visible_projects(who)).exists()
    return or_(project_id.is_(None), visible)


def visible_document_ids(session: Session, who: Principal, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    """Which of `ids` are current documents `who` may see (domain/document_models.py)."""
    from kotra_invest.domain.document_models import Document

    if not ids:
        return set()
    query = select(Document.id).where(
        Document.id.in_(ids), Document.superseded_by.is_(None), Document.deleted_at.is_(None)
    )
    if not who.is_admin:
        query = query.where(project_shown(who, Document.project_id))
    return set(session.scalars(query))
