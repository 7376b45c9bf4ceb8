"""Logging a meeting with its follow-up: the interaction and the task it gives rise to, one save."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from kotra_invest.domain.models import Interaction, Task
from kotra_invest.services import access
from kotra_invest.services import interactions as meeting
from kotra_invest.services import tasks as task
from kotra_invest.services.unit_of_work import Context, unit_of_work


@dataclass(frozen=True)
class Logged:
    meeting_id: uuid.UUID
    task_id: uuid.UUID | None  # the follow-up, when one was asked for


def log_meeting(ctx: Context, draft: meeting.InteractionDraft, follow_up: task.TaskDraft | None = None) -> Logged:
    """Save the meeting and, when given, its follow-up task (linked to it, about the same investor
    and project) in one unit of work: both are saved or neither."""
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        access.require_write(who)
        item = Interaction(id=uuid.uuid4())
        with session.no_autoflush:
            meeting.INTERACTION.write(session, who, item, draft, True)  # type: ignore[misc]
        todo = None
        if follow_up is not None:
            about = replace(
                follow_up,
                investor_id=follow_up.investor_id or item.investor_id,
                project_id=follow_up.project_id or item.project_id,
                delegation_id=follow_up.delegation_id or item.delegation_id,
            )
            todo = Task(id=uuid.uuid4())
            with session.no_autoflush:
                task.TASK.write(session, who, todo, about, True)  # type: ignore[misc]
            todo.interaction_id = item.id  # the meeting is new: not yet a row the link check could find
        session.add(item)
        if todo is not None:
            session.add(todo)
        session.commit()
        return Logged(item.id, todo.id if todo is not None else None)
