"""A delegation's History tab, as the investor's and the project's: the trip's edits field by field,
a previous value put back in one action, and a trip nobody has edited yet saying so in words."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from when_modal import when_modal

from kotra_invest.demo import generate_demo
from kotra_invest.services import delegations as pages
from kotra_invest.services.delegations import DelegationDraft, create_delegation, get_delegation
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.delegations import DelegationEditor, DelegationWindow, ItineraryEditor
from kotra_invest.ui.forms import OptionalDateEdit
from kotra_invest.ui.history import HistoryView
from kotra_invest.ui.main_window import MainWindow

EMPTY = "No changes recorded yet. Edits to this record will be listed here, newest first."


def _opened(window: MainWindow, delegation_id: object) -> tuple[DelegationWindow, HistoryView]:
    opened = window.open_record("delegation", delegation_id)
    assert isinstance(opened, DelegationWindow)
    view = opened.history_tab
    assert isinstance(view, HistoryView)
    assert opened.tabs.tabText(opened.tabs.indexOf(view)) == "History"
    opened.tabs.setCurrentWidget(view)
    return opened, view


def _rows(view: HistoryView) -> list[list[str]]:
    table = view.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def _save(qtbot: QtBot, editor: DelegationEditor) -> None:
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000):
        editor.buttons.button(editor.buttons.StandardButton.Save).click()


def test_a_title_edited_in_the_delegation_window_is_in_its_history_and_restored(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    trip = create_delegation(
        ctx,
        DelegationDraft(
            title="대전 AI·로봇 투자유치단",
            year=2027,
            lead_province_codes=("KR-30",),
            starts_on=date(2027, 3, 9),
            ends_on=date(2027, 3, 13),
        ),
    )
    opened, view = _opened(window, trip)
    assert [row[2] for row in _rows(view)] == ["Created", "Created"]  # the trip and its lead province

    overview = opened.edit_overview()
    assert overview is not None
    overview.title.setText("대전 AI·반도체 투자유치단")  # Hangul is set, not typed
    _save(qtbot, overview)
    rows = _rows(view)
    assert [row[3:6] for row in rows if row[2] == "Changed"] == [
        ["Title", "대전 AI·로봇 투자유치단", "대전 AI·반도체 투자유치단"]
    ]  # the one field changed, nothing else the editor held

    view.table.selectRow(next(r for r, row in enumerate(rows) if row[3] == "Title"))
    assert view.restore_button.isEnabled()
    asked = when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
    qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    assert pages.delegation_page(ctx, trip).title == "대전 AI·로봇 투자유치단"
    assert opened.heading.text().startswith("대전 AI·로봇 투자유치단")
    latest = _rows(view)[0]
    assert latest[2:6] == ["Changed", "Title", "대전 AI·반도체 투자유치단", "대전 AI·로봇 투자유치단"]


def test_a_trip_nobody_has_edited_says_so_and_lists_the_first_edit(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    """The demo's trips are loaded in bulk (one audit entry for the whole load): their History tab
    says in a sentence that nothing is recorded yet, not "0 changes" under an empty table."""
    generate_demo(replace(ctx, actor="demo", source="demo"))
    trip = pages.list_delegations(ctx)[0]
    opened, view = _opened(window, trip.id)
    assert view.stack.currentWidget() is view.empty and view.empty.isVisible()
    assert view.empty.text() == EMPTY
    assert view.note.text() == "" and not view.export_button.isEnabled()

    overview = opened.edit_overview()
    assert overview is not None
    overview.title_en.clear()
    qtbot.keyClicks(overview.title_en, "Hydrogen delegation")
    _save(qtbot, overview)
    assert view.stack.currentWidget() is view.table and view.table.isVisible()
    assert [row[3] for row in _rows(view)] == ["English title"]
    assert view.note.text() != "" and view.export_button.isEnabled()


def test_a_trip_without_dates_keeps_none_when_its_title_is_edited(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    """A trip still being planned has no dates: editing its title leaves them empty ("—" in the
    editor), not today's date, and its History lists the title alone."""
    trip = create_delegation(
        ctx, DelegationDraft(title="울산 수소 투자유치단", year=2027, lead_province_codes=("KR-31",))
    )
    opened, view = _opened(window, trip)
    overview = opened.edit_overview()
    assert overview is not None
    assert (overview.starts.text(), overview.ends.text()) == ("—", "—")
    overview.title_en.clear()
    qtbot.keyClicks(overview.title_en, "Ulsan hydrogen delegation")
    _save(qtbot, overview)
    page = pages.delegation_page(ctx, trip)
    assert (page.starts_on, page.ends_on) == (None, None)
    assert [row[3] for row in _rows(view) if row[2] == "Changed"] == ["English title"]

    again = opened.edit_overview()  # a date picked later is saved as picked; the other stays empty
    assert again is not None
    again.starts.setDate(QDate(2027, 5, 10))
    _save(qtbot, again)
    page = pages.delegation_page(ctx, trip)
    assert (page.starts_on, page.ends_on) == (date(2027, 5, 10), None)


def test_an_old_end_date_before_the_start_is_not_put_back(
    qtbot: QtBot, window: MainWindow, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The History tab's restore is an edit: the end date it would put back falls before the start
    the trip has now, so the officer reads why in one sentence and the trip keeps its dates."""
    trip = create_delegation(
        ctx,
        DelegationDraft(
            title="광주 모빌리티 투자유치단",
            year=2027,
            lead_province_codes=("KR-29",),
            starts_on=date(2027, 6, 1),
            ends_on=date(2027, 6, 5),
        ),
    )
    draft, version = pages.get_delegation(ctx, trip)
    version = pages.update_delegation(ctx, trip, version, replace(draft, ends_on=date(2027, 6, 12)))
    pages.update_delegation(ctx, trip, version, replace(draft, starts_on=date(2027, 6, 8), ends_on=date(2027, 6, 12)))
    _opened_window, view = _opened(window, trip)
    rows = _rows(view)
    view.table.selectRow(next(r for r, row in enumerate(rows) if row[3] == "End date" and row[4] == "2027-06-05"))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: warned.append(text))
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
    qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    assert warned == ["The end date cannot be before the start date."]
    page = pages.delegation_page(ctx, trip)
    assert (page.starts_on, page.ends_on) == (date(2027, 6, 8), date(2027, 6, 12))
    assert _rows(view) == rows  # nothing was written


def test_the_count_and_where_each_change_came_from_read_as_words(qtbot: QtBot, ctx: Context) -> None:
    """One change is "1 change", not "1 changes"; the From column says where a change was made in
    words of the reader's language (the desktop, the command line, an import of which file), not
    the audit trail's codes."""
    from kotra_invest.services.investors import InvestorDraft, create_investor, update_investor

    investor = create_investor(replace(ctx, source="cli"), InvestorDraft(name="Haldor Optics"))
    one = HistoryView(ctx, "investor", investor, QUndoStack())
    qtbot.addWidget(one)
    assert one.note.text() == "1 change"

    update_investor(replace(ctx, source="desktop"), investor, 1, InvestorDraft(name="Haldor Optics AS"))
    update_investor(replace(ctx, source="import:haldor.xlsx"), investor, 2, InvestorDraft(name="Haldor Optics ASA"))
    english = HistoryView(ctx, "investor", investor, QUndoStack())
    qtbot.addWidget(english)
    assert english.note.text() == "3 changes"
    assert [row[6] for row in _rows(english)] == ["Import (haldor.xlsx)", "Desktop app", "Command line"]
    korean = HistoryView(replace(ctx, lang="ko"), "investor", investor, QUndoStack())
    qtbot.addWidget(korean)
    assert [row[6] for row in _rows(korean)] == ["가져오기 (haldor.xlsx)", "데스크톱 앱", "명령줄"]


def test_the_calendar_of_a_date_not_set_opens_on_this_month(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    """ "—" is the date box's minimum date (September 1752): the calendar the officer opens to give
    the trip its first date shows this month, not that one."""
    trip = create_delegation(
        ctx, DelegationDraft(title="포항 소재 투자유치단", year=2027, lead_province_codes=("KR-47",))
    )
    opened, _view = _opened(window, trip)
    overview = opened.edit_overview()
    assert overview is not None
    overview.show()
    starts = overview.starts
    qtbot.mouseClick(starts, Qt.MouseButton.LeftButton, pos=QPoint(starts.width() - 5, starts.height() // 2))
    calendar = starts.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    calendar.clicked.emit(QDate(today.year(), today.month(), 15))  # a day picked in the calendar
    assert starts.text() != "—" and overview.draft().starts_on == date(today.year(), today.month(), 15)
    calendar.window().close()
    overview.done(0)


def test_a_leader_takes_a_trips_dates_back_to_none(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    """Dates picked for a trip that is then postponed sine die are un-set again: Delete on the whole
    selected date (the keyboard way), or the clear button in the box; saved, the trip has no dates."""
    trip = create_delegation(
        ctx,
        DelegationDraft(
            title="창원 방산 투자유치단",
            year=2027,
            lead_province_codes=("KR-48",),
            starts_on=date(2027, 4, 5),
            ends_on=date(2027, 4, 9),
        ),
    )
    opened, _view = _opened(window, trip)
    overview = opened.edit_overview()
    assert overview is not None
    overview.show()
    starts, ends = overview.starts, overview.ends
    assert isinstance(starts, OptionalDateEdit) and isinstance(ends, OptionalDateEdit)
    assert starts.clear_action.isVisible() and ends.clear_action.isVisible()
    starts.setDate(QDate(2027, 4, 6))  # picked first, then taken back
    starts.setFocus()
    qtbot.keyClick(starts, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(starts, Qt.Key.Key_Delete)
    assert starts.text() == "—" and not starts.clear_action.isVisible()
    ends.clear_action.trigger()
    assert ends.text() == "—"
    _save(qtbot, overview)
    draft, _version = get_delegation(ctx, trip)
    assert (draft.starts_on, draft.ends_on) == (None, None)


def test_each_part_a_trip_gets_is_named_in_its_created_row(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    """The History tab's Field column says what was created, by its kind and name, in English and
    Korean: a member added in the delegation window is "Delegation member: Park Hyungjun", a destination
    "Destination: Munich" / "방문지: 뮌헨" — no "Created" row with a blank Field."""
    trip = create_delegation(
        ctx,
        DelegationDraft(
            title="대전 AI·로봇 투자유치단",
            year=2027,
            lead_province_codes=("KR-30",),
            destinations=(pages.DestinationDraft("DE", "Munich", "Europe/Berlin", "뮌헨"),),
        ),
    )
    opened, view = _opened(window, trip)
    editor = opened.add_member()
    qtbot.keyClicks(editor.name, "Park Hyungjun")
    with qtbot.waitSignal(editor.sig_saved):
        editor.save()
    view.refresh()
    created = [row[3] for row in _rows(view) if row[2] == "Created"]
    assert created == [
        "Delegation member: Park Hyungjun",
        "Destination: Munich",
        "Participating province: Daejeon",
        "Delegation: 대전 AI·로봇 투자유치단",
    ]
    korean = HistoryView(replace(ctx, lang="ko"), "delegation", trip, QUndoStack())
    qtbot.addWidget(korean)
    assert [row[3] for row in _rows(korean) if row[2] == "생성"] == [
        "유치단 단원: Park Hyungjun",
        "방문지: 뮌헨",
        "참여 시·도: 대전광역시",
        "투자유치단: 대전 AI·로봇 투자유치단",
    ]


def test_a_lead_province_is_not_put_back_to_a_trip_with_no_lead(
    qtbot: QtBot, window: MainWindow, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sejong took over the lead from Daejeon: putting Sejong's "not the lead" back from the History
    tab would leave the trip with no lead province, which the overview refuses. The officer reads
    the overview's sentence, and the trip keeps its lead."""
    trip = create_delegation(
        ctx,
        DelegationDraft(
            title="대전 AI·로봇 투자유치단", year=2027, lead_province_codes=("KR-30",), other_province_codes=("KR-50",)
        ),
    )
    draft, version = pages.get_delegation(ctx, trip)
    pages.update_delegation(
        ctx, trip, version, replace(draft, lead_province_codes=("KR-50",), other_province_codes=("KR-30",))
    )
    _opened_window, view = _opened(window, trip)
    rows = _rows(view)
    view.table.selectRow(
        next(
            r
            for r, row in enumerate(rows)
            if row[3:6] == ["Participating province: Sejong › Lead province", "no", "yes"]
        )
    )
    assert view.restore_button.isEnabled()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: warned.append(text))
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
    qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    assert warned == ["Lead province is required."]
    assert pages.get_delegation(ctx, trip)[0].lead_province_codes == ("KR-50",)
    assert _rows(view) == rows  # nothing was written


def test_a_member_removed_and_an_item_moved_are_named_in_the_history(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    """The officer removes a member and moves an itinerary item in the delegation window: the History
    tab names which member went and which item's time changed, as its Created rows name them — from
    the values the audit trail kept, in English and in Korean — not a bare "Deleted" or "Start time"."""
    from datetime import datetime

    from PySide6.QtCore import QDateTime, QTime

    from kotra_invest.domain.enums import ItineraryKind

    trip = create_delegation(
        ctx,
        DelegationDraft(
            title="대전 AI·로봇 투자유치단",
            year=2027,
            lead_province_codes=("KR-30",),
            starts_on=date(2027, 3, 9),
            ends_on=date(2027, 3, 13),
            destinations=(pages.DestinationDraft("DE", "Munich", "Europe/Berlin", "뮌헨"),),
        ),
    )
    pages.add_itinerary_item(
        ctx,
        trip,
        pages.ItineraryDraft(ItineraryKind.MEETING, "Siemens visit", datetime(2027, 3, 10, 10), "Europe/Berlin"),
    )
    opened, view = _opened(window, trip)
    editor = opened.add_member()
    qtbot.keyClicks(editor.name, "Park Hyungjun")
    with qtbot.waitSignal(editor.sig_saved):
        editor.save()
    editor = opened.add_member()
    editor.name.setText("김민지")  # Hangul is set, not typed
    editor.name_en.setText("Kim Minji")
    with qtbot.waitSignal(editor.sig_saved):
        editor.save()

    row = next(r for r in range(opened.members.rowCount()) if opened.members.item(r, 0).text().startswith("김민지"))
    opened.members.selectRow(row)
    opened.remove_member()
    opened.itinerary.setCurrentItem(opened.itinerary.topLevelItem(0).child(0))
    opened.edit_item()
    item = opened.findChildren(ItineraryEditor)[-1]
    item.starts.setDateTime(QDateTime(QDate(2027, 3, 10), QTime(11, 0)))
    item.ends.setDateTime(QDateTime(QDate(2027, 3, 10), QTime(12, 0)))
    with qtbot.waitSignal(item.sig_saved):
        item.save()
    view.refresh()

    rows = _rows(view)
    assert [row[3] for row in rows if row[2] == "Deleted"] == ["Delegation member: Kim Minji"]
    assert sorted(row[3:6] for row in rows if row[2] == "Changed") == [
        ["Itinerary item: Siemens visit › End time", "", "2027-03-10 12:00"],
        ["Itinerary item: Siemens visit › Start time", "2027-03-10 10:00", "2027-03-10 11:00"],
    ]
    korean = HistoryView(replace(ctx, lang="ko"), "delegation", trip, QUndoStack())
    qtbot.addWidget(korean)
    korean_rows = _rows(korean)
    assert [row[3] for row in korean_rows if row[2] == "삭제"] == ["유치단 단원: 김민지"]
    assert sorted(row[3] for row in korean_rows if row[2] == "수정") == [
        "일정 항목: Siemens visit › 시작 시각",
        "일정 항목: Siemens visit › 종료 시각",
    ]
