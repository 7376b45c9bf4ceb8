"""An officer abroad logs a meeting at the time on the meeting place's clock: the editor takes the
time in the city's zone (the delegation's cities offered first), stores the moment in UTC, and
shows the same moment in Korea; opened again, the meeting still shows the right moment."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from pytestqt.qtbot import QtBot

from kotra_invest.services import interactions
from kotra_invest.services.delegations import DelegationDraft, DestinationDraft, create_delegation
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.forms import set_combo_data
from kotra_invest.ui.investor_page import InvestorWindow
from kotra_invest.ui.main_window import MainWindow


def test_a_meeting_in_warsaw_is_typed_on_warsaws_clock_and_stored_in_utc(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    trip = create_delegation(ctx, DelegationDraft(
        title="충북 이차전지 투자유치단", title_en="Chungbuk battery delegation", year=2027, lead_province_codes=("KR-43",),
        starts_on=date(2027, 5, 10), ends_on=date(2027, 5, 15),
        destinations=(DestinationDraft("PL", "Warsaw", "Europe/Warsaw", "바르샤바"), DestinationDraft("HU", "Budapest", "Europe/Budapest"))))  # fmt: skip
    acme = create_investor(ctx, InvestorDraft(name="LG Energy Solution Wroclaw"))
    opened = window.open_record("investor", acme)
    assert isinstance(opened, InvestorWindow)
    editor = opened.log_activity()
    assert editor is not None
    assert editor.zone_name() == "Asia/Seoul"  # at home: Korea's clock, not the PC's
    set_combo_data(editor.delegation, trip)  # (findData cannot compare UUIDs)
    assert editor.zone_name() == "Europe/Warsaw"  # the trip's first city
    assert [editor.zone.itemText(i) for i in range(1, 3)] == ["Warsaw — Europe/Warsaw", "Budapest — Europe/Budapest"]
    editor.when.setDateTime(QDateTime(QDate(2027, 5, 11), QTime(10, 0)))
    assert editor.when_korea.text() == "2027-05-11 (Tue) 17:00 KST  (2027-05-11 (Tue) 10:00 CEST)"
    qtbot.keyClicks(editor.summary, "Cathode plant visit")
    with qtbot.waitSignal(editor.sig_saved):
        editor.save()

    meeting = interactions.timeline(ctx, acme).rows[0]
    assert meeting.occurred_at.astimezone(UTC) == datetime(2027, 5, 11, 8, 0, tzinfo=UTC)
    assert opened.timeline.item(0, 0).text() == "2027-05-11 (Tue) 17:00 KST"  # the timeline speaks Korea time, labelled

    opened.timeline.selectRow(0)
    again = opened.open_activity()
    assert again is not None
    assert again.zone_name() == "Asia/Seoul" and again.when.dateTime().time() == QTime(17, 0)  # the same moment
    assert again.delegation.currentData() == trip  # still linked to its trip (it used to show "—")
    assert again.zone.itemText(1) == "Warsaw — Europe/Warsaw"
    again.zone.setCurrentIndex(again.zone.findData("Europe/Budapest"))  # "it was Budapest time": the typed 17:00 is Budapest's
    assert again.when_korea.text().startswith("2027-05-12 (Wed) 00:00 KST")
    again.zone.setEditText("Mars/Olympus")  # not a zone: said so, nothing saved
    again.save()
    qtbot.waitUntil(lambda: again.errors["time_zone"].isVisible())
    assert interactions.timeline(ctx, acme).rows[0].occurred_at.astimezone(UTC) == datetime(2027, 5, 11, 8, 0, tzinfo=UTC)
    again.done(0)
    opened.close()
