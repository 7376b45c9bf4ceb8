"""The main window, driven as an officer would with pytest-qt (offscreen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.main_window import PAGES, MainWindow


def test_status_bar_says_where_the_data_is_and_who_is_signed_in(window: MainWindow, ctx: Context) -> None:
    assert window.db_label.text() == f"Local file: {ctx.db.describe()}"
    assert "tester" in window.officer_label.text()


def test_every_page_of_the_rail_opens(qtbot: QtBot, window: MainWindow) -> None:
    for number, key in enumerate(PAGES, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentWidget() is window.pages[key]
        assert window.rail.currentRow() == number - 1


def test_global_search_finds_as_you_type_and_opens_the_investor(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    norvik = create_investor(ctx, InvestorDraft(name="Norvik Robotics AB", name_ko="노르빅 로보틱스"))
    create_investor(ctx, InvestorDraft(name="Hanseatic BioPharma GmbH"))
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()

    qtbot.keyClicks(window.search, "norvik")
    qtbot.waitUntil(lambda: window.search.hit_ids() == [norvik])
    window.search.setText("로보틱")  # Hangul cannot be typed with keyClicks
    qtbot.waitUntil(lambda: window.search.hit_ids() == [norvik])

    qtbot.keyClick(window.search, Qt.Key.Key_Return)  # the answer comes from a worker thread
    qtbot.waitUntil(lambda: len(window.record_windows) == 1)
    opened = window.record_windows[0]
    assert opened.investor_id == norvik
    assert "Norvik Robotics AB" in opened.title.text()


def test_search_says_so_when_nothing_matches(qtbot: QtBot, window: MainWindow) -> None:
    window.search.setText("zzzz-nothing")
    qtbot.waitUntil(lambda: not window.search.is_searching())  # not "Searching…": the answer
    assert window.search.results.count() == 1
    assert "Nothing found" in window.search.results.item(0).text()
    assert window.search.hit_ids() == []
