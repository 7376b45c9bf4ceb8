"""A meeting onto a phone from the delegation's itinerary tab: one .ics with just that meeting."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import vobject
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from kotra_invest.domain.enums import ItineraryKind
from kotra_invest.services.delegations import (
    DelegationDraft,
    DestinationDraft,
    ItineraryDraft,
    add_itinerary_item,
    create_delegation,
)
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.delegations import DelegationWindow
from kotra_invest.ui.main_window import MainWindow


def test_the_selected_meeting_becomes_its_own_calendar_file(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    delegation_id = create_delegation(
        ctx,
        DelegationDraft(
            title="프랑크푸르트 투자유치단",
            year=2026,
            lead_province_codes=("KR-30",),
            starts_on=date(2026, 3, 27),
            ends_on=date(2026, 3, 31),
            destinations=(DestinationDraft("DE", "Frankfurt", "Europe/Berlin"),),
        ),
    )
    add_itinerary_item(
        ctx,
        delegation_id,
        ItineraryDraft(
            ItineraryKind.MEETING,
            "Before the clocks change",
            datetime(2026, 3, 27, 9, 30),
            "Europe/Berlin",
            city="Frankfurt",
        ),
    )
    meeting = add_itinerary_item(
        ctx,
        delegation_id,
        ItineraryDraft(
            ItineraryKind.MEETING,
            "Siemens Healthineers",
            datetime(2026, 3, 30, 9, 30),
            "Europe/Berlin",
            datetime(2026, 3, 30, 11, 0),
            city="Erlangen",
            venue="HQ",
        ),
    )
    delegation = window.open_record("delegation", delegation_id)
    assert isinstance(delegation, DelegationWindow)
    day = next(
        delegation.itinerary.topLevelItem(i)
        for i in range(delegation.itinerary.topLevelItemCount())
        if "Siemens" in delegation.itinerary.topLevelItem(i).child(0).text(2)
    )
    delegation.itinerary.setCurrentItem(day.child(0))
    target = tmp_path / "siemens.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    [button] = [
        b for b in delegation.findChildren(QPushButton) if b.text().replace("&", "").startswith("Add to calendar")
    ]
    button.click()
    qtbot.waitUntil(target.exists, timeout=30_000)
    calendar = vobject.readOne(target.read_text(encoding="utf-8"))
    [event] = calendar.vevent_list
    assert event.uid.value == f"{meeting}@kotra-invest"
    assert event.dtstart.value.astimezone(UTC) == datetime(2026, 3, 30, 7, 30, tzinfo=UTC)  # 09:30 CEST
    assert event.summary.value == "Siemens Healthineers"
    qtbot.waitUntil(lambda: "siemens.ics" in delegation.heading.toolTip(), timeout=10_000)
