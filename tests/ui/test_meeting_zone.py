"""An officer abroad logs a meeting at the time on the meeting place's clock: the editor takes the
time in the city's zone (the delegation's cities offered first), stores the moment in UTC, and
shows the same moment in Korea; opened again, the meeting reads on the place's clock it was given on
(the zone is kept with it), and the timeline gives both clocks."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from pytestqt.qtbot import QtBot

from kotra_invest.domain.errors import ValidationError
from kotra_invest.services import interactions
from kotra_invest.services.delegations import DelegationDraft, DestinationDraft, create_delegation
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.forms import set_combo_data
from kotra_invest.ui.investor_page import InvestorWindow
from kotra_invest.ui.main_window import MainWindow


def test_a_meeting_in_warsaw_is_typed_on_warsaws_clock_and_stored_in_utc(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    trip = create_delegation(
        ctx,
        DelegationDraft(
            title="충북 이차전지 투자유치단",
            title_en="Chungbuk battery delegation",
            year=2027,
            lead_province_codes=("KR-43",),
            starts_on=date(2027, 5, 10),
            ends_on=date(2027, 5, 15),
            destinations=(
                DestinationDraft("PL", "Warsaw", "Europe/Warsaw", "바르샤바"),
                DestinationDraft("HU", "Budapest", "Europe/Budapest"),
            ),
        ),
    )
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
    assert editor.when_korea.text() == "2027-05-11 (Tue) 17:00 KST (10:00 CEST)"
    qtbot.keyClicks(editor.summary, "Cathode plant visit")
    with qtbot.waitSignal(editor.sig_saved):
        editor.save()

    meeting = interactions.timeline(ctx, acme).rows[0]
    assert (
        meeting.occurred_at.astimezone(UTC) == datetime(2027, 5, 11, 8, 0, tzinfo=UTC)
        and meeting.time_zone == "Europe/Warsaw"
    )
    assert (
        opened.timeline.item(0, 0).text() == "2027-05-11 (Tue) 17:00 KST (10:00 CEST)"
    )  # Korea's clock first, labelled

    opened.timeline.selectRow(0)
    again = opened.open_activity()
    assert again is not None
    assert again.zone_name() == "Europe/Warsaw" and again.when.dateTime().time() == QTime(
        10, 0
    )  # as the officer typed it
    assert again.delegation.currentData() == trip  # still linked to its trip (it used to show "—")
    assert again.zone.itemText(1) == "Warsaw — Europe/Warsaw"
    again.zone.setCurrentIndex(again.zone.findData("Asia/Seoul"))  # "it was Korea time": the typed 10:00 is Korea's
    assert again.when_korea.text() == "2027-05-11 (Tue) 10:00 KST"
    again.zone.setEditText("Mars/Olympus")  # not a zone: said so, nothing saved
    again.save()
    qtbot.waitUntil(lambda: again.errors["time_zone"].isVisible())
    assert interactions.timeline(ctx, acme).rows[0].occurred_at.astimezone(UTC) == datetime(
        2027, 5, 11, 8, 0, tzinfo=UTC
    )
    again.done(0)
    opened.close()

    # A zone that is no zone is refused by the service too (a script, an import): one sentence.
    draft, version = interactions.get_interaction(ctx, meeting.id)
    with pytest.raises(ValidationError) as refused:
        interactions.update_interaction(ctx, meeting.id, version, replace(draft, time_zone="Mars/Olympus"))
    assert refused.value.field == "time_zone"
