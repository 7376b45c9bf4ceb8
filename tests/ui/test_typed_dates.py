"""Dates typed or pasted into the desktop's date boxes the way Korean office documents write them
— 2026. 3. 4. (수), 2026.03.04, 2026-03-04, 26.3.4 — are read as `import` and the command line read
them; text that is not one date (3/4/2026: 4 March or 3 April?) stays in the box with one sentence
why, and nothing is saved. The boxes' own keys (arrows, the calendar, clearing) work as before.
A meeting's time and an itinerary item's start and end read a date-time the same way, the time as
officers write it after the day (14:00, 14시 30분, 오후 2:00, 2:00 PM); a day alone keeps the box's time."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from when_modal import when_modal

from kotra_invest.domain.enums import FdiKind
from kotra_invest.services import delegations, fx, interactions, projects, tasks
from kotra_invest.services.delegations import DelegationDraft, DestinationDraft, create_delegation
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui import i18n
from kotra_invest.ui.delegations import DelegationWindow, ItineraryEditor
from kotra_invest.ui.forms import DateEdit, DateTimeEdit, OptionalDateEdit, ReadsTypedText, optional_date
from kotra_invest.ui.investor_page import InvestorWindow
from kotra_invest.ui.main_window import MainWindow
from kotra_invest.ui.meetings import MeetingEditor
from kotra_invest.ui.project_page import ProjectWindow, TrancheEditor
from kotra_invest.ui.projects import MoveDialog, ProjectsPage

MARCH_4 = date(2026, 3, 4)


def _project_window(window: MainWindow, ctx: Context) -> tuple[ProjectWindow, object]:
    hanbit = create_investor(ctx, InvestorDraft(name="Hanbit Robotics", name_ko="한빛로보틱스"))
    project_id = projects.create_project(ctx, projects.ProjectDraft(investor_id=hanbit, title="Daejeon plant"))
    opened = window.open_record("project", project_id)
    assert isinstance(opened, ProjectWindow)
    return opened, project_id


def _notified_tranche(qtbot: QtBot, editor: TrancheEditor) -> None:
    _active(qtbot, editor)
    editor.kind.setCurrentIndex(editor.kind.findData(FdiKind.NOTIFIED))
    editor.amount.setText("12,500,000")


def _active(qtbot: QtBot, dialog: QWidget) -> None:
    """The dialog has the keyboard, as on screen: focus moves within it, and leaving a box ends its edit."""
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def _paste(qtbot: QtBot, box: ReadsTypedText, text: str) -> None:
    """What Ctrl+V does in the box, over its whole text, with `text` on the clipboard (Hangul too)."""
    QGuiApplication.clipboard().setText(text)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.lineEdit().selectAll()
    qtbot.keyClick(box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def _type_over(qtbot: QtBot, box: ReadsTypedText, text: str) -> None:
    """Select the box's whole text and type `text` (ASCII) over it."""
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)


def _leave(qtbot: QtBot, editor: QWidget, box: ReadsTypedText) -> None:
    """Tab out of the box, as an officer moves on to the next field."""
    # A field of the form's own (an editable combo's or a date box's line edit is no field to move to).
    other = editor.findChild(QLineEdit, "field_note") or next(
        w for w in editor.findChildren(QLineEdit) if w.objectName().startswith("field_")
    )
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)


@pytest.mark.parametrize("pasted", ["2026. 3. 4. (수)", "2026. 3. 4.", "2026.03.04", "2026-03-04", "26.3.4"])
def test_a_notified_tranche_takes_a_pasted_korean_date(
    qtbot: QtBot, window: MainWindow, ctx: Context, pasted: str
) -> None:
    opened, project_id = _project_window(window, ctx)
    editor = opened.add_tranche()
    _notified_tranche(qtbot, editor)
    _paste(qtbot, editor.on_date, pasted)
    _leave(qtbot, editor, editor.on_date)
    assert editor.on_date.date() == QDate(2026, 3, 4)
    assert editor.on_date.text() == "2026-03-04 (Wed)"  # shown again in the box's own layout
    assert not editor.errors["on_date"].isVisible()
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000):
        editor.save()
    [row] = projects.fdi_amounts(ctx, project_id)  # type: ignore[arg-type]
    assert (row.kind, row.on_date, row.amount) == (FdiKind.NOTIFIED, MARCH_4, Decimal("12500000"))


@pytest.mark.parametrize("typed", ["2026.3.4", "2026-03-04", "26.3.4", "2026. 3. 4."])
def test_a_date_typed_whole_over_the_box_is_read(qtbot: QtBot, window: MainWindow, ctx: Context, typed: str) -> None:
    opened, project_id = _project_window(window, ctx)
    editor = opened.add_tranche()
    _notified_tranche(qtbot, editor)
    _type_over(qtbot, editor.on_date, typed)
    qtbot.keyClick(editor.on_date, Qt.Key.Key_Tab)
    assert editor.on_date.date() == QDate(2026, 3, 4)
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000):
        editor.save()
    [row] = projects.fdi_amounts(ctx, project_id)  # type: ignore[arg-type]
    assert row.on_date == MARCH_4


@pytest.mark.parametrize(
    ("pasted", "sentence"),
    [
        ("3/4/2026", "3/4/2026 could be day/month or month/day; write it year-month-day like 2026-03-04."),
        ("2026. 2. 30.", "Not a date: 2026. 2. 30. (e.g. 2026.3.4, 2026-03-04)"),
        ("next Tuesday", "Not a date: next Tuesday (e.g. 2026.3.4, 2026-03-04)"),
    ],
)
def test_text_that_is_not_one_date_is_refused_with_one_sentence_and_nothing_is_recorded(
    qtbot: QtBot, window: MainWindow, ctx: Context, pasted: str, sentence: str
) -> None:
    opened, project_id = _project_window(window, ctx)
    editor = opened.add_tranche()
    _notified_tranche(qtbot, editor)
    before = editor.on_date.date()
    _paste(qtbot, editor.on_date, pasted)
    _leave(qtbot, editor, editor.on_date)
    # Said under the box as soon as the officer moves on; the text stays there to be corrected.
    assert editor.errors["on_date"].isVisible() and editor.errors["on_date"].text() == sentence
    assert editor.on_date.text() == pasted and editor.on_date.toolTip() == sentence
    editor.save()  # …and the date the box showed before is not saved in its place
    assert editor.isVisible() and not editor.saving
    assert editor.errors["on_date"].text() == sentence
    assert projects.fdi_amounts(ctx, project_id) == []  # type: ignore[arg-type]
    assert editor.on_date.date() == before
    # Corrected, it saves; the sentence goes.
    _paste(qtbot, editor.on_date, "2026-03-04")
    assert not editor.errors["on_date"].isVisible()
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000):
        editor.save()
    assert [r.on_date for r in projects.fdi_amounts(ctx, project_id)] == [MARCH_4]  # type: ignore[arg-type]


def test_refused_text_saved_with_enter_is_not_taken_for_the_old_date(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    opened, project_id = _project_window(window, ctx)
    editor = opened.add_tranche()
    _notified_tranche(qtbot, editor)
    _type_over(qtbot, editor.on_date, "3/4/2026")
    qtbot.keyClick(editor.on_date, Qt.Key.Key_Return)  # Enter saves the dialog
    assert editor.isVisible() and editor.on_date.text() == "3/4/2026"
    assert "could be day/month or month/day" in editor.errors["on_date"].text()
    assert projects.fdi_amounts(ctx, project_id) == []  # type: ignore[arg-type]
    editor.mark_clean()
    editor.close()


def test_a_move_to_notified_takes_a_pasted_korean_date(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    hanbit = create_investor(ctx, InvestorDraft(name="Hanbit Robotics"))
    project_id = projects.create_project(ctx, projects.ProjectDraft(investor_id=hanbit, title="Cathode plant"))
    page = window.show_page("projects")
    assert isinstance(page, ProjectsPage)
    page.view_choice.setCurrentIndex(page.view_choice.findData("table"))
    page.table.selectRow(0)
    said: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, MoveDialog)
        _active(qtbot, dialog)
        dialog.stage.setCurrentIndex(dialog.stage.findData("NOTIFIED"))
        dialog.amount.setText("1억 5천만")
        dialog.currency.setText("KRW")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        _paste(qtbot, dialog.on_date, "3/4/2026")  # refused first: the dialog stays, saying why
        ok.click()
        said.append(dialog.error.text())
        assert dialog.isVisible()
        _paste(qtbot, dialog.on_date, "2026. 3. 4. (수)")
        ok.click()

    seen = when_modal(MoveDialog, fill)
    page.move_selected()
    assert seen, "the move dialog opened"
    assert said == ["3/4/2026 could be day/month or month/day; write it year-month-day like 2026-03-04."]
    [row] = projects.fdi_amounts(ctx, project_id)
    assert (row.kind, row.on_date, row.amount) == (FdiKind.NOTIFIED, MARCH_4, Decimal("150000000"))


def test_a_task_due_date_typed_over_the_box(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    page = window.show_page("tasks")
    editor = page.actions.create()  # type: ignore[attr-defined]
    assert editor is not None
    qtbot.keyClicks(editor.title, "Call the plant manager")
    _paste(qtbot, editor.due, "2026. 3. 4. (수)")
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000):
        editor.save()
    [row] = [t for t in tasks.task_list(ctx) if t.title == "Call the plant manager"]
    assert row.due_on == MARCH_4


def test_an_exchange_rate_from_a_typed_date_and_one_refused(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    window.actions_by_name["exchange_rates"].trigger()
    dialog = window.rates_dialog  # type: ignore[attr-defined]
    _active(qtbot, dialog)
    qtbot.keyClicks(dialog.currency, "eur")
    qtbot.keyClicks(dialog.units, "0.92")
    _paste(qtbot, dialog.on_date, "3/4/2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # the click takes the focus first
    assert dialog.message.text() == "3/4/2026 could be day/month or month/day; write it year-month-day like 2026-03-04."
    assert fx.list_rates(ctx) == []
    _paste(qtbot, dialog.on_date, "2026. 3. 4. (수)")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [(r.currency, r.on_date) for r in fx.list_rates(ctx)] == [("EUR", MARCH_4)]


def test_the_box_keys_work_as_before(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    opened, _ = _project_window(window, ctx)
    editor = opened.add_tranche()
    qtbot.waitExposed(editor)
    box = editor.on_date
    _paste(qtbot, box, "2026. 3. 4. (수)")
    _leave(qtbot, editor, box)
    box.setFocus()
    box.setCurrentSection(DateEdit.Section.DaySection)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.date() == QDate(2026, 3, 5)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.date() == QDate(2026, 3, 3)
    box.setCurrentSection(DateEdit.Section.YearSection)
    qtbot.keyClick(box, Qt.Key.Key_PageUp)  # a page steps the section by ten
    assert box.date() == QDate(2036, 3, 3)
    # The calendar still picks a day.
    assert box.calendarPopup()
    box.calendarWidget().setSelectedDate(QDate(2026, 4, 1))
    box.calendarWidget().clicked.emit(QDate(2026, 4, 1))
    assert box.date() == QDate(2026, 4, 1)
    editor.mark_clean()
    editor.close()


def test_an_optional_date_still_clears_and_takes_a_pasted_date(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    box = OptionalDateEdit(holder)
    QLineEdit(holder)
    holder.show()
    _active(qtbot, holder)
    assert optional_date(box) is None
    _paste(qtbot, box, "2026. 3. 4. (수)")
    assert optional_date(box) == MARCH_4
    box.lineEdit().selectAll()
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    assert optional_date(box) is None and box.text() == "—"
    _paste(qtbot, box, "26.3.4")
    assert optional_date(box) == MARCH_4
    box.clear_action.trigger()
    assert optional_date(box) is None


@pytest.fixture
def korean(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("KOTRA_INVEST_LANG", "ko")
    assert i18n.install("ko")
    yield
    i18n.install("en")


def test_in_korean_the_box_reads_and_refuses_in_korean(
    korean: None, qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    assert ctx.lang == "ko"
    opened, project_id = _project_window(window, ctx)
    editor = opened.add_tranche()
    _notified_tranche(qtbot, editor)
    assert "2026. 3. 4." in editor.on_date.toolTip()  # says how a date may be typed, in Korean
    assert editor.on_date.toolTip() != "Type or paste a date: 2026. 3. 4., 2026-03-04, 26.3.4"
    _paste(qtbot, editor.on_date, "3/4/2026")
    _leave(qtbot, editor, editor.on_date)
    assert editor.errors["on_date"].text() == (
        "월/일 순서를 알 수 없는 날짜입니다: 3/4/2026. 2026-03-04처럼 연-월-일로 적으세요."
    )
    editor.save()
    assert projects.fdi_amounts(ctx, project_id) == []  # type: ignore[arg-type]
    _paste(qtbot, editor.on_date, "2026. 3. 4. (수)")
    _leave(qtbot, editor, editor.on_date)
    assert editor.on_date.text() == "2026. 3. 4. (수)" and not editor.errors["on_date"].isVisible()
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000):
        editor.save()
    assert [r.on_date for r in projects.fdi_amounts(ctx, project_id)] == [MARCH_4]  # type: ignore[arg-type]


def test_every_date_box_of_the_desktop_is_the_one_that_reads_typed_dates() -> None:
    """One box for every date, one for every date-time: a plain QDateEdit or QDateTimeEdit would
    refuse a pasted 2026. 3. 4. (수) (14:00) again."""
    ui = Path(__file__).resolve().parents[2] / "kotra_invest" / "ui"
    plain = [
        f"{path.name}:{number}"
        for path in sorted(ui.glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\bQDate(Time)?Edit\(", line) and "class " not in line
    ]
    assert plain == []


# --- date-times: a meeting's time, an itinerary item's start and end ----------------------------

MARCH_4_2PM_KST = datetime(2026, 3, 4, 5, 0, tzinfo=UTC)  # 14:00 in Seoul


def _meeting_editor(qtbot: QtBot, window: MainWindow, ctx: Context) -> tuple[MeetingEditor, object]:
    hanbit = create_investor(ctx, InvestorDraft(name="Hanbit Robotics", name_ko="한빛로보틱스"))
    opened = window.open_record("investor", hanbit)
    assert isinstance(opened, InvestorWindow)
    editor = opened.log_activity()
    assert isinstance(editor, MeetingEditor) and editor.zone_name() == "Asia/Seoul"
    _active(qtbot, editor)
    qtbot.keyClicks(editor.summary, "Plant visit")
    return editor, hanbit


def _meeting_times(ctx: Context, investor: object) -> list[datetime]:
    return [row.occurred_at.astimezone(UTC) for row in interactions.timeline(ctx, investor).rows]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("pasted", "minute"),
    [
        ("2026. 3. 4. (수) 14:00", 0),
        ("2026-03-04 14:00", 0),
        ("2026.3.4 오후 2:00", 0),
        ("2026. 3. 4. 오후 2시", 0),
        ("26.3.4 14시 30분", 30),
        ("2026-03-04 2:00 PM", 0),
        ("2026-03-04 (Wed) 2:00 pm", 0),
    ],
)
def test_a_meeting_takes_a_pasted_date_and_time(
    qtbot: QtBot, window: MainWindow, ctx: Context, pasted: str, minute: int
) -> None:
    editor, investor = _meeting_editor(qtbot, window, ctx)
    _paste(qtbot, editor.when, pasted)
    _leave(qtbot, editor, editor.when)
    assert editor.when.dateTime() == QDateTime(QDate(2026, 3, 4), QTime(14, minute))
    assert editor.when.text() == f"2026-03-04 (Wed) 14:{minute:02}"  # shown again in the box's own layout
    assert editor.when_korea.text() == f"2026-03-04 (Wed) 14:{minute:02} KST"
    assert not editor.errors["occurred_at"].isVisible()
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000):
        editor.save()
    assert _meeting_times(ctx, investor) == [MARCH_4_2PM_KST.replace(minute=minute)]


def test_a_meeting_time_typed_whole_over_the_box_is_read(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    editor, investor = _meeting_editor(qtbot, window, ctx)
    _type_over(qtbot, editor.when, "2026.3.4 2:00 pm")
    qtbot.keyClick(editor.when, Qt.Key.Key_Tab)
    assert editor.when.dateTime() == QDateTime(QDate(2026, 3, 4), QTime(14, 0))
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000):
        editor.save()
    assert _meeting_times(ctx, investor) == [MARCH_4_2PM_KST]


def test_a_day_alone_keeps_the_time_the_box_shows(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    editor, investor = _meeting_editor(qtbot, window, ctx)
    editor.when.setDateTime(QDateTime(QDate(2026, 2, 27), QTime(14, 0)))
    _paste(qtbot, editor.when, "2026. 3. 4. (수)")
    _leave(qtbot, editor, editor.when)
    assert editor.when.dateTime() == QDateTime(QDate(2026, 3, 4), QTime(14, 0))
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000):
        editor.save()
    assert _meeting_times(ctx, investor) == [MARCH_4_2PM_KST]


@pytest.mark.parametrize(
    ("pasted", "at"),
    [("14:30", QTime(14, 30)), ("오후 2시", QTime(14, 0)), ("9시 15분", QTime(9, 15)), ("2:05 PM", QTime(14, 5))],
)
def test_a_time_alone_keeps_the_day_the_box_shows(
    qtbot: QtBot, window: MainWindow, ctx: Context, pasted: str, at: QTime
) -> None:
    """The officer fixes only the hour of a meeting: typing 14:30 (or 오후 2시) over the box keeps its day."""
    editor, investor = _meeting_editor(qtbot, window, ctx)
    editor.when.setDateTime(QDateTime(QDate(2026, 3, 4), QTime(9, 0)))
    _paste(qtbot, editor.when, pasted)
    _leave(qtbot, editor, editor.when)
    assert editor.when.dateTime() == QDateTime(QDate(2026, 3, 4), at)
    assert not editor.errors["occurred_at"].isVisible()
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000):
        editor.save()
    seoul = datetime(2026, 3, 4, at.hour(), at.minute(), tzinfo=ZoneInfo("Asia/Seoul"))
    assert _meeting_times(ctx, investor) == [seoul.astimezone(UTC)]


@pytest.mark.parametrize(
    ("pasted", "sentence"),
    [
        ("3/4/2026 14:00", "3/4/2026 14:00 could be day/month or month/day; write it year-month-day like 2026-03-04."),
        ("2026-03-04 25:00", "Not a date and time: 2026-03-04 25:00 (e.g. 2026-03-04 14:00, 2026.3.4 2:00 PM)"),
        ("2026. 3. 4. 오후", "Not a date and time: 2026. 3. 4. 오후 (e.g. 2026-03-04 14:00, 2026.3.4 2:00 PM)"),
        ("25:00", "Not a date and time: 25:00 (e.g. 2026-03-04 14:00, 2026.3.4 2:00 PM)"),
    ],
)
def test_a_meeting_time_that_is_not_one_is_refused_with_one_sentence_and_nothing_is_logged(
    qtbot: QtBot, window: MainWindow, ctx: Context, pasted: str, sentence: str
) -> None:
    editor, investor = _meeting_editor(qtbot, window, ctx)
    before = editor.when.dateTime()
    _paste(qtbot, editor.when, pasted)
    _leave(qtbot, editor, editor.when)
    assert editor.errors["occurred_at"].isVisible() and editor.errors["occurred_at"].text() == sentence
    assert editor.when.text() == pasted and editor.when.toolTip() == sentence
    editor.save()  # the time the box showed before is not logged in its place
    assert editor.isVisible() and not editor.saving
    assert editor.errors["occurred_at"].text() == sentence
    assert _meeting_times(ctx, investor) == [] and editor.when.dateTime() == before
    _paste(qtbot, editor.when, "2026-03-04 14:00")  # corrected, it saves; the sentence goes
    assert not editor.errors["occurred_at"].isVisible()
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000):
        editor.save()
    assert _meeting_times(ctx, investor) == [MARCH_4_2PM_KST]


def test_a_refused_meeting_time_saved_with_enter_logs_nothing(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    editor, investor = _meeting_editor(qtbot, window, ctx)
    _type_over(qtbot, editor.when, "3/4/2026 14:00")
    qtbot.keyClick(editor.when, Qt.Key.Key_Return)  # Enter saves the dialog
    assert editor.isVisible() and editor.when.text() == "3/4/2026 14:00"
    assert "could be day/month or month/day" in editor.errors["occurred_at"].text()
    assert _meeting_times(ctx, investor) == []
    editor.mark_clean()
    editor.close()


def _itinerary_editor(qtbot: QtBot, window: MainWindow, ctx: Context) -> tuple[ItineraryEditor, object]:
    warsaw = (DestinationDraft("PL", "Warsaw", "Europe/Warsaw"),)
    draft = DelegationDraft("충북 투자유치단", 2026, ("KR-43",), destinations=warsaw)
    trip = create_delegation(ctx, replace(draft, starts_on=date(2026, 3, 2), ends_on=date(2026, 3, 6)))
    opened = window.open_record("delegation", trip)
    assert isinstance(opened, DelegationWindow)
    editor = opened.add_item()
    _active(qtbot, editor)
    editor.place.setCurrentIndex(1)
    qtbot.keyClicks(editor.title, "IR seminar")
    return editor, trip


def _itinerary(ctx: Context, trip: object) -> list[tuple[datetime, datetime | None]]:
    page = delegations.delegation_page(ctx, trip)  # type: ignore[arg-type]
    return [(item.starts_local, item.ends_local) for day in page.itinerary for item in day.items]


def test_an_itinerary_item_takes_a_pasted_start_and_end(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    editor, trip = _itinerary_editor(qtbot, window, ctx)
    _paste(qtbot, editor.starts, "2026. 3. 4. (수) 오전 10:00")
    _paste(qtbot, editor.ends, "2026-03-04 12시 30분")
    _leave(qtbot, editor, editor.ends)
    assert editor.starts.dateTime() == QDateTime(QDate(2026, 3, 4), QTime(10, 0))
    assert editor.ends.dateTime() == QDateTime(QDate(2026, 3, 4), QTime(12, 30))
    assert not editor.date_warning.isVisible()
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000):
        editor.save()
    assert _itinerary(ctx, trip) == [(datetime(2026, 3, 4, 10, 0), datetime(2026, 3, 4, 12, 30))]


def test_an_itinerary_item_with_an_ambiguous_end_is_refused_and_not_added(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    editor, trip = _itinerary_editor(qtbot, window, ctx)
    _paste(qtbot, editor.starts, "2026. 3. 4. (수) 10:00")
    _paste(qtbot, editor.ends, "3/4/2026 12:00")
    _leave(qtbot, editor, editor.ends)
    sentence = "3/4/2026 12:00 could be day/month or month/day; write it year-month-day like 2026-03-04."
    assert editor.errors["ends_local"].text() == sentence and editor.ends.text() == "3/4/2026 12:00"
    editor.save()
    assert editor.isVisible() and _itinerary(ctx, trip) == []
    _paste(qtbot, editor.ends, "2026-03-04 12:00")
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000):
        editor.save()
    assert _itinerary(ctx, trip) == [(datetime(2026, 3, 4, 10, 0), datetime(2026, 3, 4, 12, 0))]


def test_in_korean_a_meeting_time_reads_and_refuses_in_korean(
    korean: None, qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    editor, investor = _meeting_editor(qtbot, window, ctx)
    assert "오후 2:00" in editor.when.toolTip()  # says how a date and time may be typed, in Korean
    _paste(qtbot, editor.when, "2026. 3. 4. 25:00")
    _leave(qtbot, editor, editor.when)
    assert editor.errors["occurred_at"].text() == (
        "날짜와 시각으로 읽을 수 없습니다: 2026. 3. 4. 25:00 (예: 2026-03-04 14:00, 2026.3.4 오후 2:00)"
    )
    editor.save()
    assert _meeting_times(ctx, investor) == []
    _paste(qtbot, editor.when, "2026. 3. 4. 오후 2시")
    _leave(qtbot, editor, editor.when)
    assert editor.when.text() == "2026. 3. 4. (수) 14:00" and not editor.errors["occurred_at"].isVisible()
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000):
        editor.save()
    assert _meeting_times(ctx, investor) == [MARCH_4_2PM_KST]


def test_a_date_time_box_keeps_its_own_keys(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    box = DateTimeEdit(holder)
    other = QLineEdit(holder)
    holder.show()
    _active(qtbot, holder)
    _paste(qtbot, box, "2026. 3. 4. (수) 오후 2시")
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert box.dateTime() == QDateTime(QDate(2026, 3, 4), QTime(14, 0))
    box.setFocus()
    box.setCurrentSection(DateTimeEdit.Section.HourSection)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.dateTime() == QDateTime(QDate(2026, 3, 4), QTime(15, 0))
    box.setCurrentSection(DateTimeEdit.Section.DaySection)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.dateTime() == QDateTime(QDate(2026, 3, 3), QTime(15, 0))
    assert box.calendarPopup() and box.refusal() is None
