"""A change made on one page shows on the others without Refresh: the officer who makes a
delegation on its page goes back to the dashboard and finds it under the upcoming trips."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from kotra_invest.ui.dashboard import DashboardPage
from kotra_invest.ui.delegations import DelegationEditor, DelegationsPage
from kotra_invest.ui.main_window import MainWindow


def _trips(page: DashboardPage) -> list[str]:
    tree = page.trips.tree
    return [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]


def test_a_delegation_made_on_its_page_is_on_the_dashboard_without_refresh(qtbot: QtBot, window: MainWindow) -> None:
    dashboard = window.show_page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    qtbot.waitUntil(lambda: not dashboard.is_loading, timeout=10_000)
    assert not any("Jeonbuk" in trip for trip in _trips(dashboard))  # the English UI shows the English title

    page = window.show_page("delegations")
    assert isinstance(page, DelegationsPage)
    qtbot.mouseClick(page.findChild(QPushButton, "new_delegation"), Qt.MouseButton.LeftButton)
    editor = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DelegationEditor) and w.isVisible())
    qtbot.keyClicks(editor.title_en, "Jeonbuk hydrogen delegation")
    editor.title.setText("전북 수소 투자유치단")
    editor.lead.setCurrentIndex(editor.lead.findData("KR-43"))
    today = QDate.currentDate()
    editor.year.setValue(today.addDays(30).year())
    editor.starts.setDate(today.addDays(30))
    editor.ends.setDate(today.addDays(34))
    with qtbot.waitSignal(editor.sig_saved):
        editor.buttons.button(editor.buttons.StandardButton.Save).click()
    for record_window in list(window.record_windows):  # the new trip opens in its window: back to the main one
        record_window.close()

    window.show_page("dashboard")
    qtbot.waitUntil(lambda: not dashboard.is_loading, timeout=10_000)
    qtbot.waitUntil(lambda: any("Jeonbuk hydrogen delegation" in trip for trip in _trips(dashboard)), timeout=10_000)

    # Undone on the delegations page: gone from the dashboard too.
    window.show_page("delegations")
    window.undo_stack.undo()
    window.show_page("dashboard")
    qtbot.waitUntil(
        lambda: not any("Jeonbuk hydrogen delegation" in trip for trip in _trips(dashboard)), timeout=10_000
    )
