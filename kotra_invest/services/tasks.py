"""Tasks: follow-ups for an investor, project or delegation; "my tasks" with the overdue first."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from kotra_invest.domain.base import utcnow
from kotra_invest.domain.enums import Role, TaskStatus
from kotra_invest.domain.errors import DomainError, NotFound, ValidationError
from kotra_invest.domain.models import Delegation, Interaction, Investor, Officer, Project, Task
from kotra_invest.services import access, records
from kotra_invest.services import validation as check
from kotra_invest.services.access import Principal
from kotra_invest.services.interactions import not_hidden
from kotra_invest.services.read_models import TaskRow
from kotra_invest.services.records import Kind, linked, linked_project, officer_id, officer_login, project_shown
from kotra_invest.services.unit_of_work import Context, unit_of_work


@dataclass(frozen=True)
class TaskDraft:
    title: str
    due_on: date | None = None
    assignee_login: str | None = None  # None on create: the signed-in officer
    investor_id: uuid.UUID | None = None
    project_id: uuid.UUID | None = None
    delegation_id: uuid.UUID | None = None
    interaction_id: uuid.UUID | None = None
    notes: str | None = None


def _apply(session: Session, who: Principal, task: Task, draft: TaskDraft, *, creating: bool) -> None:
    investor_id = linked(session, Investor, draft.investor_id, "investor")
    project_id = linked_project(session, who, draft.project_id)
    delegation_id = linked(session, Delegation, draft.delegation_id, "delegation")
    interaction_id = linked(session, Interaction, draft.interaction_id, "interaction")
    if project_id is not None:
        project_investor = session.scalar(select(Project.investor_id).where(Project.id == project_id))
        if investor_id is not None and investor_id != project_investor:
            raise ValidationError("not_of_investor", field="project")
        investor_id = project_investor  # a project's task shows on its investor's page too
    if draft.assignee_login:
        assignee = officer_id(session, draft.assignee_login, "assignee")
    else:
        assignee = who.officer_id if creating else None
    task.title = check.required_text(draft.title, "title", max_length=200)
    task.due_on = check.plausible_date(draft.due_on, "due_on")
    task.assignee_id = assignee
    task.investor_id = investor_id
    task.project_id = project_id
    task.delegation_id = delegation_id
    task.interaction_id = interaction_id
    task.notes = check.text(draft.notes, "notes")


def _read(session: Session, t: Task) -> TaskDraft:
    return TaskDraft(
        t.title,
        t.due_on,
        officer_login(session, t.assignee_id),
        t.investor_id,
        t.project_id,
        t.delegation_id,
        t.interaction_id,
        t.notes,
    )


TASK: Kind[Task, TaskDraft] = Kind(
    "task",
    Task,
    _read,
    lambda s, who, t, d, creating: _apply(s, who, t, d, creating=creating),
    visible=lambda s, who, t: project_shown(s, who, t.project_id),
)


def create_task(ctx: Context, draft: TaskDraft) -> uuid.UUID:
    return records.create(ctx, TASK, draft)


def get_task(ctx: Context, task_id: uuid.UUID) -> tuple[TaskDraft, int]:
    return records.get(ctx, TASK, task_id)


def update_task(ctx: Context, task_id: uuid.UUID, expected_version: int, draft: TaskDraft) -> int:
    return records.update(ctx, TASK, task_id, expected_version, draft)


def _set_status(ctx: Context, task_id: uuid.UUID, status: TaskStatus, expected_version: int | None) -> int:
    with unit_of_work(ctx) as session:
        _who, task = records.checked(session, ctx, TASK, task_id, expected_version)
        if task.status is not status:
            task.status = status
            task.completed_at = utcnow() if status is TaskStatus.DONE else None
            session.commit()
        return task.version


def complete_task(ctx: Context, task_id: uuid.UUID, expected_version: int | None = None) -> int:
    """Mark the task done (stamped with the time); returns the new version."""
    return _set_status(ctx, task_id, TaskStatus.DONE, expected_version)


def reopen_task(ctx: Context, task_id: uuid.UUID, expected_version: int | None = None) -> int:
    return _set_status(ctx, task_id, TaskStatus.OPEN, expected_version)


def cancel_task(ctx: Context, task_id: uuid.UUID, expected_version: int | None = None) -> int:
    return _set_status(ctx, task_id, TaskStatus.CANCELLED, expected_version)


def assignees(ctx: Context) -> list[tuple[str, str]]:
    """Who a task can be given to: every active officer, (login, name in the user's language)."""
    with unit_of_work(ctx) as session:
        found = session.execute(
            select(Officer.login, Officer.name, Officer.name_en)
            .where(Officer.deleted_at.is_(None), Officer.active.is_(True))
            .order_by(Officer.name, Officer.login)
        ).all()
    return [(login, name if ctx.lang == "ko" else name_en or name) for login, name, name_en in found]


# --- lists -----------------------------------------------------------------------------------------


def rows_query(lang: str, who: Principal) -> Select[Any]:
    ko = lang == "ko"
    project = select(Project.title).where(Project.id == Task.project_id).scalar_subquery()  # visible: see WHERE
    return (
        select(
            Task.id,
            Task.title,
            Task.due_on,
            Task.status,
            Officer.name if ko else func.coalesce(Officer.name_en, Officer.name),
            Task.investor_id,
            Investor.name,
            Task.project_id,
            project,
            Task.delegation_id,
            Delegation.title if ko else func.coalesce(Delegation.title_en, Delegation.title),
            Task.notes,
            Task.version,
        )
        .outerjoin(Officer, Officer.id == Task.assignee_id)
        .outerjoin(Investor, Investor.id == Task.investor_id)
        .outerjoin(Delegation, Delegation.id == Task.delegation_id)
        .where(Task.deleted_at.is_(None), not_hidden(who, Task.project_id))
        # Overdue first: the earliest due date leads; tasks without a date come last.
        .order_by(Task.due_on.is_(None), Task.due_on, Task.title, Task.id)
    )


def to_rows(fetched: Any, lang: str, today: date) -> list[TaskRow]:
    rows = []
    for t_id, title, due_on, status, assignee, inv_id, inv, p_id, project, d_id, delegation, notes, version in fetched:
        status = TaskStatus(status)
        overdue = status is TaskStatus.OPEN and due_on is not None and due_on < today
        rows.append(
            TaskRow(
                t_id,
                title,
                due_on,
                status.value,
                status.label(lang),
                overdue,
                assignee,
                inv_id,
                inv,
                p_id,
                project,
                d_id,
                delegation,
                notes,
                version,
            )
        )
    return rows


# Whose tasks a list shows: the officer's own, their office's, or everyone's (admins and leaders).
SCOPES = ("mine", "office", "everyone")


def task_scopes(ctx: Context) -> tuple[str, ...]:
    """The scopes the signed-in officer may choose."""
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
    return SCOPES if _sees_everyone(who) else SCOPES[:2]


def _sees_everyone(who: Principal) -> bool:
    return who.is_admin or who.role is Role.LEADER


def task_list(
    ctx: Context,
    *,
    scope: str = "mine",
    include_closed: bool = False,
    overdue_only: bool = False,
    today: date | None = None,
    limit: int = 500,
) -> list[TaskRow]:
    """Tasks by whose they are (`scope`: mine, office, everyone), open ones first, overdue first
    (then by due date; undated last). On the embedded database an actor with no officer record
    owns the unassigned tasks."""
    if scope not in SCOPES:
        raise ValidationError("invalid_value", field="scope", value=scope)
    today = today or date.today()
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        mine = Task.assignee_id == who.officer_id if who.officer_id is not None else Task.assignee_id.is_(None)
        query = rows_query(ctx.lang, who)
        if scope == "mine" or (scope == "office" and who.office_id is None):
            query = query.where(mine)
        elif scope == "office":
            query = query.where(Task.assignee_id.in_(select(Officer.id).where(Officer.office_id == who.office_id)))
        elif not _sees_everyone(who):
            raise DomainError("everyone_not_permitted")
        if not include_closed:
            query = query.where(Task.status == TaskStatus.OPEN)
        if overdue_only:
            query = query.where(Task.status == TaskStatus.OPEN, Task.due_on < today)
        if include_closed:  # the open ones first, each part in the usual order
            query = query.order_by(None).order_by(
                Task.status != TaskStatus.OPEN, Task.due_on.is_(None), Task.due_on, Task.title, Task.id
            )
        fetched = session.execute(query.limit(limit)).all()
    return to_rows(fetched, ctx.lang, today)


def tasks_for(
    ctx: Context,
    *,
    investor_id: uuid.UUID | None = None,
    project_id: uuid.UUID | None = None,
    delegation_id: uuid.UUID | None = None,
    include_closed: bool = False,
    today: date | None = None,
    limit: int = 200,
) -> list[TaskRow]:
    """The tasks of an investor (including its projects'), a project or a delegation."""
    if investor_id is None and project_id is None and delegation_id is None:
        raise ValidationError("required", field="investor")
    today = today or date.today()
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        query = rows_query(ctx.lang, who)
        if investor_id is not None:
            query = query.where(Task.investor_id == investor_id)
        if project_id is not None:
            query = query.where(Task.project_id == project_id)
        if delegation_id is not None:
            query = query.where(Task.delegation_id == delegation_id)
        if not include_closed:
            query = query.where(Task.status == TaskStatus.OPEN)
        fetched = session.execute(query.limit(limit)).all()
    return to_rows(fetched, ctx.lang, today)


def get_task_row(ctx: Context, task_id: uuid.UUID, *, today: date | None = None) -> TaskRow:
    with unit_of_work(ctx) as session:
        fetched = session.execute(rows_query(ctx.lang, access.principal(session, ctx)).where(Task.id == task_id)).all()
    if not fetched:
        raise NotFound("task", task_id)
    return to_rows(fetched, ctx.lang, today or date.today())[0]
