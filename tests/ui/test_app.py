"""The first desktop window, driven as an officer would with pytest-qt (offscreen)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.app import MainWindow, load_fonts


def test_window_shows_the_year_against_the_target_and_searches_as_you_type(qtbot: QtBot, ctx: Context) -> None:
    create_investor(ctx, InvestorDraft(name="Norvik Robotics AB", name_ko="노르빅 로보틱스"))
    create_investor(ctx, InvestorDraft(name="Hanseatic BioPharma GmbH"))
    assert load_fonts() == "NanumGothic"
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()

    qtbot.waitUntil(lambda: "36" in window.summary.text())
    assert ctx.db.describe() in window.statusBar().currentMessage()

    qtbot.keyClicks(window.search_box, "norvik")
    qtbot.waitUntil(lambda: window.results.count() == 1)
    assert "Norvik Robotics AB" in window.results.item(0).text()

    window.search_box.setText("로보틱")  # Hangul cannot be typed with keyClicks
    assert window.results.count() == 1
    window.search_box.clear()
    assert window.results.count() == 0
