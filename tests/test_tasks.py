"""Tasks: my tasks with the overdue first, complete and reopen, tasks of an investor, project, delegation."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from people import acting, team

from kotra_invest.domain.errors import NotFound, StaleRecord, ValidationError
from kotra_invest.services import records
from kotra_invest.services.delegations import DelegationDraft, create_delegation
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.projects import ProjectDraft, create_project
from kotra_invest.services.tasks import (
    TASK,
    TaskDraft,
    cancel_task,
    complete_task,
    create_task,
    get_task,
    get_task_row,
    reopen_task,
    task_list,
    tasks_for,
    update_task,
)
from kotra_invest.services.unit_of_work import Context

TODAY = date(2026, 5, 10)


@pytest.fixture
def investor(ctx: Context) -> uuid.UUID:
    team(ctx)
    return create_investor(ctx, InvestorDraft(name="Norvik Robotics AB"))


def test_my_tasks_show_the_overdue_first_and_only_mine(ctx: Context, investor: uuid.UUID) -> None:
    create_task(ctx, TaskDraft("Undated follow-up", investor_id=investor))
    create_task(ctx, TaskDraft("Next week", date(2026, 5, 15), investor_id=investor))
    create_task(ctx, TaskDraft("Long overdue", date(2026, 4, 1), investor_id=investor))
    create_task(ctx, TaskDraft("Due yesterday", date(2026, 5, 9)))
    create_task(ctx, TaskDraft("Mate's task", date(2026, 4, 1), assignee_login="mate"))
    done = create_task(ctx, TaskDraft("Done already", date(2026, 3, 1)))
    complete_task(ctx, done)

    mine = task_list(ctx, today=TODAY)
    assert [(t.title, t.overdue) for t in mine] == [
        ("Long overdue", True),
        ("Due yesterday", True),
        ("Next week", False),
        ("Undated follow-up", False),
    ]
    assert [t.title for t in task_list(ctx, overdue_only=True, today=TODAY)] == ["Long overdue", "Due yesterday"]
    assert [t.title for t in task_list(ctx, today=TODAY, limit=1)] == ["Long overdue"]
    assert [t.title for t in task_list(acting(ctx, "mate"), today=TODAY)] == ["Mate's task"]
    assert mine[0].investor == "Norvik Robotics AB" and mine[0].assignee == "Kim Officer"


def test_complete_reopen_and_cancel_return_versions(ctx: Context, investor: uuid.UUID) -> None:
    task = create_task(ctx, TaskDraft("Send brochure", date(2026, 5, 1), investor_id=investor))
    v2 = complete_task(ctx, task, expected_version=1)
    assert get_task_row(ctx, task, today=TODAY).status == "done" and task_list(ctx, today=TODAY) == []
    with pytest.raises(StaleRecord):
        reopen_task(ctx, task, expected_version=1)
    reopen_task(ctx, task, expected_version=v2)  # the undo of "complete"
    assert get_task_row(ctx, task, today=TODAY).overdue
    cancel_task(ctx, task)
    assert tasks_for(ctx, investor_id=investor) == []
    assert [t.status_label for t in tasks_for(ctx, investor_id=investor, include_closed=True)] == ["Cancelled"]


def test_tasks_for_a_project_or_delegation_and_hidden_projects(ctx: Context, investor: uuid.UUID) -> None:
    project = create_project(ctx, ProjectDraft(investor, "Cobot plant"))
    secret = create_project(ctx, ProjectDraft(investor, "Gigafactory", confidential=True, code_name="Falcon"))
    trip = create_delegation(ctx, DelegationDraft("대전 투자유치단", 2026, ("KR-30",)))
    create_task(ctx, TaskDraft("Site visit", project_id=project))
    create_task(ctx, TaskDraft("Board memo", project_id=secret, assignee_login="other"))
    create_task(ctx, TaskDraft("Book hotel", delegation_id=trip))

    assert [t.title for t in tasks_for(ctx, project_id=project)] == ["Site visit"]
    assert tasks_for(ctx, project_id=project)[0].investor == "Norvik Robotics AB"  # shows on the investor page too
    assert [t.delegation for t in tasks_for(ctx, delegation_id=trip)] == ["대전 투자유치단"]
    assert {t.title for t in tasks_for(ctx, investor_id=investor)} == {"Site visit", "Board memo"}
    # Assigned to "other", about a project their team cannot see: the task is hidden from them too.
    assert task_list(acting(ctx, "other"), today=TODAY) == []
    with pytest.raises(ValidationError) as caught:
        create_task(acting(ctx, "other"), TaskDraft("Peek", project_id=secret))
    assert caught.value.field == "project"


def test_bad_input_edit_delete_restore(ctx: Context, investor: uuid.UUID) -> None:
    for draft, field in (
        (TaskDraft(" "), "title"),
        (TaskDraft("x", assignee_login="ghost"), "assignee"),
        (TaskDraft("x", delegation_id=uuid.uuid4()), "delegation"),
    ):
        with pytest.raises(ValidationError) as caught:
            create_task(ctx, draft)
        assert caught.value.field == field
    task = create_task(ctx, TaskDraft("Call back", investor_id=investor))
    draft, version = get_task(ctx, task)
    assert draft.assignee_login == "tester"
    assert update_task(ctx, task, version, replace(draft, due_on=date(2026, 6, 1))) == version + 1
    records.delete(ctx, TASK, task)
    with pytest.raises(NotFound):
        get_task(ctx, task)
    records.restore(ctx, TASK, task)
    assert get_task_row(ctx, task).due_on == date(2026, 6, 1)


def test_command_line_lists_my_open_tasks(sqlite_url: str, tmp_path: Path) -> None:
    from kotra_invest.services.database import connect

    db = connect(sqlite_url)
    try:
        ctx = Context(db=db, actor="cli.tester", source="test", lang="en")  # no officer record: the file's owner
        create_task(ctx, TaskDraft("Overdue call", date(2020, 1, 1)))
        create_task(ctx, TaskDraft("Later", date(2099, 1, 1)))
    finally:
        db.dispose()
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "d"),
        "XDG_CONFIG_HOME": str(tmp_path / "c"),
        "KOTRA_INVEST_LANG": "en",
        "KOTRA_INVEST_USER": "cli.tester",
    }
    result = subprocess.run(
        [sys.executable, "-m", "kotra_invest", "--db", sqlite_url, "tasks", "list", "--overdue", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert [(t["title"], t["overdue"]) for t in json.loads(result.stdout)] == [("Overdue call", True)]
