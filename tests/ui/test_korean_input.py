"""Korean IME: the syllable still being composed (preedit) is committed on Enter, Tab, focus-out
and before a save, in editors and in the search box — checked on the stored and searched text.
Hangul is delivered as QInputMethodEvents, as the Microsoft Korean IME does (keyClicks with
Hangul would abort the process)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDateEdit, QDateTimeEdit, QDialog, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kotra_invest import formatting
from kotra_invest.services.investors import InvestorDraft, create_investor, get_investor, list_investors
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui import input_care
from kotra_invest.ui.investors import InvestorsPage
from kotra_invest.ui.main_window import MainWindow


def _compose(widget: QWidget, committed: str, composing: str) -> None:
    """Type `committed` syllables and leave `composing` as preedit, as the IME does mid-word."""
    for syllable in committed:
        QApplication.sendEvent(widget, QInputMethodEvent(syllable, []))
        done = QInputMethodEvent("", [])
        done.setCommitString(syllable)
        QApplication.sendEvent(widget, done)
    QApplication.sendEvent(widget, QInputMethodEvent(composing, []))


def test_save_with_a_syllable_still_composing_keeps_it(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    page = window.show_page("investors")
    assert isinstance(page, InvestorsPage)
    editor = page.actions.create()
    editor.name.setFocus()
    qtbot.keyClicks(editor.name, "Doosan ")
    _compose(editor.name, "두산에너빌리", "티")
    assert editor.name.text() == "Doosan 두산에너빌리"  # the last syllable is still preedit
    with qtbot.waitSignal(editor.sig_saved):
        qtbot.keyClick(editor.name, Qt.Key.Key_Return)  # Enter saves the dialog: the syllable goes with it
    assert [r.name for r in list_investors(ctx).rows] == ["Doosan 두산에너빌리티"]


def test_tab_and_focus_out_commit_the_syllable(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    investor = create_investor(ctx, InvestorDraft(name="Hanwha"))
    page = window.show_page("investors")
    assert isinstance(page, InvestorsPage)
    editor = page.actions.edit(investor)
    assert editor is not None
    with qtbot.waitActive(editor):
        editor.activateWindow()
    editor.name_ko.setFocus()
    _compose(editor.name_ko, "한화솔루", "션")
    qtbot.keyClick(editor.name_ko, Qt.Key.Key_Tab)
    assert editor.name_ko.text() == "한화솔루션"
    editor.notes.setFocus()
    qtbot.waitUntil(editor.notes.hasFocus)
    _compose(editor.notes, "수소 사업", "부")
    editor.website.setFocus()  # focus moves away with the mouse
    qtbot.waitUntil(editor.website.hasFocus)
    assert editor.notes.toPlainText() == "수소 사업부"
    with qtbot.waitSignal(editor.sig_saved):
        editor.buttons.button(editor.buttons.StandardButton.Save).click()
    draft = get_investor(ctx, investor)[0]
    assert (draft.name_ko, draft.notes) == ("한화솔루션", "수소 사업부")


def test_a_commit_event_after_preedit_is_not_doubled(qtbot: QtBot, window: MainWindow) -> None:
    field = QLineEdit(window)
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    _compose(field, "", "하")
    finished = QInputMethodEvent("", [])
    finished.setCommitString("한")  # the IME itself finishes the syllable
    QApplication.sendEvent(field, finished)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "한"


def test_the_search_box_searches_with_the_composing_syllable(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    create_investor(ctx, InvestorDraft(name="Hyundai Rotem", name_ko="현대로템"))
    box = window.search
    box.setFocus()
    _compose(box, "현대로", "템")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.text() == "현대로템"


def test_pickers_use_the_one_date_style(qtbot: QtBot, window: MainWindow) -> None:
    picker = QDateEdit(QDate(2026, 3, 4), window)
    qtbot.addWidget(picker)
    picker.show()
    assert picker.text() == "2026-03-04 (Wed)" == formatting.day(picker.date().toPython(), "en")
    assert formatting.day(picker.date().toPython(), "ko") == "2026. 3. 4. (수)"


def test_only_the_text_fields_pass_their_events_through_the_input_care(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The care was an event filter on the whole application: Python was entered for every event of
    # every widget (some 4,400 while the main window opens) to act on a few. Now only a text
    # field's own events reach it, and it still follows the field's composing syllable.
    seen: list[str] = []
    care = input_care.install("en")
    real = care.eventFilter

    def spy(watched: QObject, event: QEvent) -> bool:
        seen.append(watched.objectName())
        return real(watched, event)

    monkeypatch.setattr(care, "eventFilter", spy)
    plain = QLabel("a label", window)
    plain.setObjectName("plain")
    field = QLineEdit(window)
    field.setObjectName("field")
    qtbot.addWidget(plain)
    qtbot.addWidget(field)
    for widget in (plain, field):
        widget.show()
        widget.resize(200, 30)
        widget.repaint()
    field.setFocus()
    _compose(field, "", "하")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "하"  # Enter committed the syllable, as before
    assert "field" in seen
    assert "plain" not in seen  # its show, resize and paint never entered Python


def test_a_picker_made_anywhere_in_a_styled_dialog_has_the_one_date_style(qtbot: QtBot, window: MainWindow) -> None:
    dialog = QDialog(window)
    dialog.setStyleSheet("QDialog { background: white; }")  # styled widgets are polished through their sheet
    qtbot.addWidget(dialog)
    picker = QDateTimeEdit(QDateTime(QDate(2026, 3, 4), QTime(9, 30)), dialog)
    dialog.show()
    assert picker.text() == "2026-03-04 (Wed) 09:30"
