"""Documents follow their records across windows: what one window or page deletes leaves the
Documents tabs of the others open at the time, and its undo brings it back there too."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from document_files import pdf
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from kotra_invest.domain.aftercare_models import GrantingBody, IncentiveType
from kotra_invest.domain.enums import InteractionKind
from kotra_invest.services import documents, incentives, projects, records
from kotra_invest.services.delegations import DelegationDraft, create_delegation
from kotra_invest.services.interactions import INTERACTION, InteractionDraft
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.investors import InvestorsPage
from kotra_invest.ui.projects import ProjectsPage


def _names(panel: Any) -> set[str]:
    table = panel.table
    return {table.item(r, 0).text() for r in range(table.rowCount())}


def _file(ctx: Context, kind: str, record_id: uuid.UUID, path: Path) -> None:
    documents.add_documents(ctx, kind, record_id, [pdf(path, path.stem)])


def _meeting(ctx: Context, investor: uuid.UUID, **links: Any) -> uuid.UUID:
    draft = InteractionDraft(
        InteractionKind.MEETING, datetime(2026, 3, 4, 2, tzinfo=UTC), "Site talk", investor_id=investor, **links
    )
    return records.create(ctx, INTERACTION, draft)


def test_the_delegation_window_follows_a_meeting_deleted_in_the_investors_window(
    qtbot: QtBot, window: Any, ctx: Context, tmp_path: Path
) -> None:
    """The trip's meeting with Norvik is deleted from Norvik's timeline: its minutes leave the
    delegation window's Documents tab, open beside it; Undo brings them back there too."""
    trip = create_delegation(ctx, DelegationDraft("충북 이차전지 투자유치단", 2026, ("KR-43",)))
    investor = create_investor(ctx, InvestorDraft(name="Norvik Robotics AB"))
    meeting = _meeting(ctx, investor, delegation_id=trip)
    _file(ctx, "meeting", meeting, tmp_path / "Stockholm minutes.pdf")
    _file(ctx, "delegation", trip, tmp_path / "programme.pdf")
    trip_window = window.open_record("delegation", trip)
    assert _names(trip_window.documents) == {"Stockholm minutes.pdf", "programme.pdf"}
    investor_window = window.open_record("investor", investor)
    qtbot.waitExposed(investor_window)
    timeline = investor_window.timeline
    investor_window.tabs.setCurrentIndex(investor_window.tabs.indexOf(timeline.parentWidget()))
    timeline.selectRow(0)
    (delete,) = [b for b in timeline.parentWidget().findChildren(QPushButton) if b.text() == "&Delete"]
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert timeline.rowCount() == 0
    assert _names(trip_window.documents) == {"programme.pdf"}
    investor_window.undo_stack.undo()
    assert _names(trip_window.documents) == {"Stockholm minutes.pdf", "programme.pdf"}
    investor_window.close()
    trip_window.close()


def test_a_project_deleted_on_the_projects_page_takes_its_applications_papers_from_the_investors_window(
    qtbot: QtBot, window: Any, ctx: Context, tmp_path: Path
) -> None:
    """Its application leaves every list with it, so the application's approval letter leaves the
    investor's Documents tab; the meeting about the project stays on the timeline, and so do its
    minutes. The main window's Undo brings the letter back."""
    investor = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    project = projects.create_project(
        ctx, projects.ProjectDraft(investor_id=investor, title="Cathode plant", stage_code="NOTIFIED")
    )
    application = records.create(
        ctx,
        incentives.INCENTIVE,
        incentives.IncentiveDraft(IncentiveType.CASH_GRANT, GrantingBody.MINISTRY, applied_on=date(2026, 5, 1)),
        project_id=project,
    )
    _file(ctx, "incentive", application, tmp_path / "approval letter.pdf")
    _file(ctx, "meeting", _meeting(ctx, investor, project_id=project), tmp_path / "minutes.pdf")
    investor_window = window.open_record("investor", investor)
    qtbot.waitExposed(investor_window)
    everything = {"approval letter.pdf", "minutes.pdf"}
    assert _names(investor_window.documents) == everything

    page = window.show_page("projects")
    assert isinstance(page, ProjectsPage)
    page.refresh()
    page.table.setCurrentIndex(page.model.index(page.model.row_of(project), 0))
    page.delete_selected()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert _names(investor_window.documents) == {"minutes.pdf"}
    assert investor_window.timeline.rowCount() == 1
    window.undo_stack.undo()
    assert _names(investor_window.documents) == everything
    investor_window.close()


def test_an_investor_deleted_on_the_investors_page_takes_its_meetings_minutes_from_the_delegation_window(
    qtbot: QtBot, window: Any, ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    trip = create_delegation(ctx, DelegationDraft("충북 이차전지 투자유치단", 2026, ("KR-43",)))
    investor = create_investor(ctx, InvestorDraft(name="Norvik Robotics AB"))
    _file(ctx, "meeting", _meeting(ctx, investor, delegation_id=trip), tmp_path / "Stockholm minutes.pdf")
    trip_window = window.open_record("delegation", trip)
    assert _names(trip_window.documents) == {"Stockholm minutes.pdf"}
    page = window.show_page("investors")
    assert isinstance(page, InvestorsPage)
    page.refresh()
    page.table.setCurrentIndex(page.model.index(page.model.row_of(investor), 0))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)  # "Delete investor …?"
    page.delete_selected()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert _names(trip_window.documents) == set()
    window.undo_stack.undo()
    assert _names(trip_window.documents) == {"Stockholm minutes.pdf"}
    trip_window.close()


def test_a_meetings_paper_deleted_in_the_investors_documents_tab_leaves_the_delegation_window(
    qtbot: QtBot, window: Any, ctx: Context, tmp_path: Path
) -> None:
    trip = create_delegation(ctx, DelegationDraft("충북 이차전지 투자유치단", 2026, ("KR-43",)))
    investor = create_investor(ctx, InvestorDraft(name="Norvik Robotics AB"))
    _file(ctx, "meeting", _meeting(ctx, investor, delegation_id=trip), tmp_path / "Stockholm minutes.pdf")
    trip_window = window.open_record("delegation", trip)
    investor_window = window.open_record("investor", investor)
    qtbot.waitExposed(investor_window)
    panel = investor_window.documents
    investor_window.tabs.setCurrentWidget(panel)
    panel.table.selectRow(0)
    (delete,) = [b for b in panel.findChildren(QPushButton) if b.text() == "&Delete"]
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert _names(panel) == _names(trip_window.documents) == set()
    investor_window.undo_stack.undo()
    assert _names(panel) == _names(trip_window.documents) == {"Stockholm minutes.pdf"}
    investor_window.close()
    trip_window.close()


def test_the_survivors_open_window_shows_the_losers_papers_after_a_merge_on_the_investors_page(
    qtbot: QtBot, window: Any, ctx: Context, tmp_path: Path
) -> None:
    from kotra_invest.ui.merge import MergeDialog

    keep = create_investor(ctx, InvestorDraft(name="Merck KGaA"))
    drop = create_investor(ctx, InvestorDraft(name="Merck Korea"))
    _file(ctx, "investor", drop, tmp_path / "NDA.pdf")
    survivor = window.open_record("investor", keep)
    qtbot.waitExposed(survivor)
    assert _names(survivor.documents) == set()
    page = window.show_page("investors")
    assert isinstance(page, InvestorsPage)
    page.refresh()
    page.table.setCurrentIndex(page.model.index(page.model.row_of(keep), 0))
    page.table.selectAll()
    dialog = page.merge_selected()
    assert isinstance(dialog, MergeDialog) and dialog.keep_id == keep
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert _names(survivor.documents) == {"NDA.pdf"}
    window.undo_stack.undo()
    assert _names(survivor.documents) == set()
    survivor.close()


def test_an_officer_told_why_her_investor_cannot_be_deleted_keeps_it_and_has_nothing_to_undo(
    qtbot: QtBot, ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tester (Seoul) deletes her investor on the Investors page; Park (Busan) keeps a confidential
    project under it with its plan. Before, the investor went and Park's plan stayed live under it,
    out of everyone's reach. Now one warning says whose papers stop the delete and what to do; the
    investor stays in the list, its papers in its window, and there is no delete to undo."""
    from people import acting, team

    from kotra_invest.ui.app import load_fonts
    from kotra_invest.ui.main_window import MainWindow

    team(ctx)  # tester works in Seoul as a plain officer, as on a shared server (no file owner here)
    investor = create_investor(ctx, InvestorDraft(name="Norvik Robotics AB", owner_login="tester"))
    other = acting(ctx, "other")
    gull = projects.create_project(
        other, projects.ProjectDraft(investor, "Busan plant", confidential=True, code_name="Gull", owner_login="other")
    )
    _file(other, "project", gull, tmp_path / "Gull plan.pdf")
    _file(ctx, "investor", investor, tmp_path / "deck.pdf")
    load_fonts()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)  # "Delete investor …?"
    page = window.show_page("investors")
    assert isinstance(page, InvestorsPage)
    page.refresh()
    page.table.setCurrentIndex(page.model.index(page.model.row_of(investor), 0))
    page.delete_selected()
    assert warned == [
        "This investor cannot be deleted: 1 document(s) filed under it belong to Park Busan, Busan, and you may not "
        "delete them; ask them to delete those documents first, or ask an administrator to delete the investor."
    ]
    assert page.model.rowCount() == 1
    assert not window.undo_stack.canUndo()
    investor_window = window.open_record("investor", investor)
    assert _names(investor_window.documents) == {"deck.pdf"}
    assert {d.name for d in documents.list_documents(other, "project", gull)} == {"Gull plan.pdf"}
    investor_window.close()
    QThreadPool.globalInstance().waitForDone(10_000)
