"""The pipeline board: a card dragged onto another stage opens the same move dialog, naming the
project, with that stage chosen; after the move the card is selected in its new column; undo."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kotra_invest.services import projects
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.main_window import MainWindow
from kotra_invest.ui.projects import MoveDialog, ProjectsPage


def _drag(source_list: object, target_list: object, row: int) -> None:
    """What Qt delivers when a card is dropped on another column: enter, then drop, on its viewport."""
    mime = source_list.mimeData([source_list.item(row)])  # type: ignore[attr-defined]
    viewport = target_list.viewport()  # type: ignore[attr-defined]
    at = QPoint(20, 20)
    enter = QDragEnterEvent(
        at, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(at), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(viewport, drop)


def test_drag_a_card_to_another_stage_moves_it_after_the_dialog(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Acme Materials"))
    project_id = projects.create_project(
        ctx, projects.ProjectDraft(investor_id=acme, title="Cathode plant", stage_code="LEAD")
    )
    page = window.show_page("projects")
    assert isinstance(page, ProjectsPage)
    page.view_choice.setCurrentIndex(page.view_choice.findData("board"))
    board = page.board
    seen: dict[str, object] = {}

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MoveDialog) and w.isVisible())
        seen.update(title=dialog.windowTitle(), stage=dialog.stage.currentData(), name=dialog.project_label.text())
        dialog.accept()

    QTimer.singleShot(50, answer)
    _drag(board.lists["LEAD"], board.lists["MOU"], 0)
    qtbot.waitUntil(lambda: projects.get_project_row(ctx, project_id).stage_code == "MOU")
    assert seen["stage"] == "MOU" and "Cathode plant" in str(seen["title"]) and "Cathode plant" in str(seen["name"])
    qtbot.waitUntil(lambda: board.lists["MOU"].count() == 1)
    assert board.lists["LEAD"].count() == 0
    assert board.lists["MOU"].currentRow() == 0 and board.selected() is not None
    assert board.selected().id == project_id  # type: ignore[union-attr]

    window.undo_stack.undo()
    assert projects.get_project_row(ctx, project_id).stage_code == "LEAD"


def test_a_cancelled_drop_changes_nothing(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Acme Materials"))
    project_id = projects.create_project(
        ctx, projects.ProjectDraft(investor_id=acme, title="Anode plant", stage_code="LEAD")
    )
    page = window.show_page("projects")
    assert isinstance(page, ProjectsPage)
    page.view_choice.setCurrentIndex(page.view_choice.findData("board"))

    def cancel() -> None:
        next(w for w in QApplication.topLevelWidgets() if isinstance(w, MoveDialog) and w.isVisible()).reject()

    QTimer.singleShot(50, cancel)
    _drag(page.board.lists["LEAD"], page.board.lists["MOU"], 0)
    qtbot.wait(300)
    assert projects.get_project_row(ctx, project_id).stage_code == "LEAD"
    assert page.board.lists["LEAD"].count() == 1 and page.board.lists["MOU"].count() == 0
