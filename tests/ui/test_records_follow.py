"""Open windows follow every change made elsewhere: a save in an editor, a move, a file dropped
on a Documents tab — made in one window or page — shows at once in the other windows open on
the same records; a window's unsaved figures are never overwritten by it."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from document_files import pdf
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from test_documents_ui import _drop

from kotra_invest.domain.enums import InteractionKind
from kotra_invest.services import projects, records
from kotra_invest.services.contacts import CONTACT, ContactDraft
from kotra_invest.services.delegations import DelegationDraft, create_delegation
from kotra_invest.services.interactions import INTERACTION, InteractionDraft
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.investors import InvestorsPage
from kotra_invest.ui.projects import ProjectsPage


def _cells(table: Any, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def _names(panel: Any) -> set[str]:
    return set(_cells(panel.table, 0))


def _opened(qtbot: QtBot, window: Any, kind: str, record_id: uuid.UUID) -> Any:
    opened = window.open_record(kind, record_id)
    qtbot.waitExposed(opened)
    return opened


def _save(qtbot: QtBot, editor: Any) -> None:
    with qtbot.waitSignal(editor.sig_saved):
        editor.save()


def test_an_investor_renamed_on_the_investors_page_is_renamed_in_its_windows(
    qtbot: QtBot, window: Any, ctx: Context
) -> None:
    """The investor's own window and the window of its project show the new name; Undo on the
    main window puts the old one back in both."""
    investor = create_investor(ctx, InvestorDraft(name="Norvik Robotics"))
    project = projects.create_project(ctx, projects.ProjectDraft(investor_id=investor, title="Cell plant"))
    investor_window = _opened(qtbot, window, "investor", investor)
    project_window = _opened(qtbot, window, "project", project)
    page = window.show_page("investors")
    assert isinstance(page, InvestorsPage)
    page.refresh()
    page.table.setCurrentIndex(page.model.index(page.model.row_of(investor), 0))
    page.edit_selected()
    editor = page.findChildren(QDialog)[-1]
    editor.name.setText("Norvik Robotics AB")  # type: ignore[attr-defined]
    _save(qtbot, editor)
    assert investor_window.title.text() == "Norvik Robotics AB"
    assert project_window.title.text().endswith("Norvik Robotics AB")
    window.undo_stack.undo()
    assert investor_window.title.text() == "Norvik Robotics"
    assert project_window.title.text().endswith("Norvik Robotics")


def test_a_meeting_edited_in_the_investors_window_is_edited_in_the_project_window(
    qtbot: QtBot, window: Any, ctx: Context
) -> None:
    investor = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    project = projects.create_project(ctx, projects.ProjectDraft(investor_id=investor, title="Cathode plant"))
    records.create(
        ctx,
        INTERACTION,
        InteractionDraft(
            InteractionKind.MEETING,
            datetime(2026, 3, 4, 2, tzinfo=UTC),
            "Site talk",
            investor_id=investor,
            project_id=project,
        ),
    )
    project_window = _opened(qtbot, window, "project", project)
    investor_window = _opened(qtbot, window, "investor", investor)
    assert _cells(project_window.meetings, 2) == ["Site talk"]
    investor_window.timeline.selectRow(0)
    editor = investor_window.open_activity()
    editor.summary.setPlainText("Site talk: land price agreed")
    _save(qtbot, editor)
    assert _cells(project_window.meetings, 2) == ["Site talk: land price agreed"]
    investor_window.undo_stack.undo()
    assert _cells(project_window.meetings, 2) == ["Site talk"]


def test_a_project_moved_on_the_projects_page_moves_in_the_investors_window(
    qtbot: QtBot, window: Any, ctx: Context
) -> None:
    investor = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    project = projects.create_project(
        ctx, projects.ProjectDraft(investor_id=investor, title="Cathode plant", stage_code="LEAD")
    )
    investor_window = _opened(qtbot, window, "investor", investor)
    before = _cells(investor_window.projects, 1)
    page = window.show_page("projects")
    assert isinstance(page, ProjectsPage)
    page.refresh()
    page.table.setCurrentIndex(page.model.index(page.model.row_of(project), 0))
    row = page.selected_row()
    assert row is not None and page.actions.move(row, "MOU")
    after = _cells(investor_window.projects, 1)
    assert after != before and after == [projects.get_project_row(ctx, project).stage]
    window.undo_stack.undo()
    assert _cells(investor_window.projects, 1) == before


def test_a_contact_edited_in_one_window_of_an_investor_is_edited_in_the_other(
    qtbot: QtBot, window: Any, ctx: Context
) -> None:
    investor = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    records.create(ctx, CONTACT, ContactDraft(full_name="Jane Roe", investor_id=investor))
    first = _opened(qtbot, window, "investor", investor)
    second = _opened(qtbot, window, "investor", investor)
    first.contacts.selectRow(0)
    editor = first.edit_contact()
    editor.job_title.setText("CFO")
    _save(qtbot, editor)
    assert _cells(second.contacts, 1) == ["CFO"]


def test_a_file_dropped_on_the_project_window_is_listed_in_the_investors_window(
    qtbot: QtBot, window: Any, ctx: Context, tmp_path: Path
) -> None:
    """The investor's Documents tab lists its projects' papers: a file dropped on the project's
    window is there at once, and leaves with the drop's Undo."""
    investor = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    project = projects.create_project(ctx, projects.ProjectDraft(investor_id=investor, title="Cathode plant"))
    investor_window = _opened(qtbot, window, "investor", investor)
    project_window = _opened(qtbot, window, "project", project)
    assert _drop(project_window, [pdf(tmp_path / "site plan.pdf", "Site plan")])
    qtbot.waitUntil(lambda: not project_window.documents.is_busy())
    assert _names(project_window.documents) == _names(investor_window.documents) == {"site plan.pdf"}
    project_window.undo_stack.undo()
    assert _names(investor_window.documents) == set()


def test_an_e_mail_dropped_on_the_investors_window_is_on_the_delegations_documents_and_the_other_timeline(
    qtbot: QtBot, window: Any, ctx: Context
) -> None:
    """An e-mail dropped on one of an investor's two windows becomes a meeting: the other window's
    timeline and Documents tab show it at once."""
    investor = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    first = _opened(qtbot, window, "investor", investor)
    second = _opened(qtbot, window, "investor", investor)
    assert _drop(first, [Path(__file__).parents[1] / "data" / "mail" / "other.msg"])
    qtbot.waitUntil(lambda: not first.documents.is_busy())
    assert first.timeline.rowCount() == second.timeline.rowCount() == 1
    assert _names(second.documents) == _names(first.documents) != set()


def test_a_delegation_window_keeps_its_unsaved_results_when_the_trip_is_saved_elsewhere(
    qtbot: QtBot, window: Any, ctx: Context
) -> None:
    """Two windows on one trip: the overview renamed in one shows in the other, whose results
    typed and not yet saved stay as typed; saved, they show in the first."""
    trip = create_delegation(ctx, DelegationDraft("충북 투자유치단", 2026, ("KR-43",)))
    typing = _opened(qtbot, window, "delegation", trip)
    other = _opened(qtbot, window, "delegation", trip)
    typing.meetings_held.setValue(7)
    typing.summary.setText("Two MOUs")
    overview = other.edit_overview()
    overview.title_en.setText("Chungbuk delegation")
    _save(qtbot, overview)
    assert "Chungbuk delegation" in typing.windowTitle() or "충북" in typing.heading.text()
    assert typing.meetings_held.value() == 7 and typing.summary.text() == "Two MOUs"
    typing.save_results()
    assert typing.results_error.text() == ""
    assert other.meetings_held.value() == 7 and other.summary.text() == "Two MOUs"


def test_results_saved_elsewhere_meanwhile_are_not_overwritten_without_a_word(
    qtbot: QtBot, window: Any, ctx: Context
) -> None:
    """Results saved in the other window while this one has its own typed: this one keeps what
    was typed, and its save is refused once with why; saved again, its figures replace theirs."""
    trip = create_delegation(ctx, DelegationDraft("충북 투자유치단", 2026, ("KR-43",)))
    typing = _opened(qtbot, window, "delegation", trip)
    other = _opened(qtbot, window, "delegation", trip)
    typing.meetings_held.setValue(7)
    other.mous.setValue(2)
    other.save_results()
    assert typing.meetings_held.value() == 7 and typing.mous.value() == 0
    typing.save_results()
    assert typing.results_error.text() != ""
    assert other.mous.value() == 2 and other.meetings_held.value() == 0  # theirs stand
    typing.save_results()
    assert typing.results_error.text() == ""
    assert other.meetings_held.value() == 7


def test_an_undo_in_a_delegation_window_does_not_overwrite_a_save_it_followed(
    qtbot: QtBot, window: Any, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The trip renamed in one window, then in the other: the first window shows the second name,
    and its Undo is refused with why instead of putting its old name over it."""
    trip = create_delegation(ctx, DelegationDraft("충북 투자유치단", 2026, ("KR-43",)))
    first = _opened(qtbot, window, "delegation", trip)
    second = _opened(qtbot, window, "delegation", trip)
    for opened, name in ((first, "Chungbuk delegation"), (second, "Chungbuk battery delegation")):
        overview = opened.edit_overview()
        overview.title_en.setText(name)
        _save(qtbot, overview)
    assert "Chungbuk battery delegation" in first.windowTitle()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: told.append(text))
    first.undo_stack.undo()
    assert len(told) == 1 and "meanwhile" in told[0]
    assert (
        "Chungbuk battery delegation" in first.windowTitle() and "Chungbuk battery delegation" in second.windowTitle()
    )
