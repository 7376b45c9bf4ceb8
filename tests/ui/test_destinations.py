"""Scenario (5) of issue 19: a new delegation with Warsaw and Budapest picked from the lists → an
itinerary item there gets Europe/Warsaw / Europe/Budapest; an item outside the trip's dates warns."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from kotra_invest.services import delegations as pages
from kotra_invest.services.delegations import get_delegation
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.delegations import DelegationEditor, DelegationsPage, DelegationWindow
from kotra_invest.ui.main_window import MainWindow


@pytest.fixture
def db_url(scenario_db_url: str) -> str:
    """On the embedded file and on the shared server, as an officer's own login."""
    return scenario_db_url


def test_warsaw_and_budapest_picked_give_their_zones_to_the_itinerary(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    page = window.show_page("delegations")
    assert isinstance(page, DelegationsPage)
    qtbot.mouseClick(page.findChild(QPushButton, "new_delegation"), Qt.MouseButton.LeftButton)
    editor = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DelegationEditor) and w.isVisible())
    qtbot.keyClicks(editor.title_en, "Chungbuk battery delegation (Central Europe)")
    editor.title.setText("충북 이차전지 투자유치단 (중부유럽)")
    editor.year.setValue(2027)
    editor.lead.setCurrentIndex(editor.lead.findData("KR-43"))
    editor.starts.setDate(QDate(2027, 5, 10))
    editor.ends.setDate(QDate(2027, 5, 15))
    picker = editor.destinations
    for country, city, zone in (("PL", "Warsaw", "Europe/Warsaw"), ("HU", "Budapest", "Europe/Budapest")):
        picker.country.setCurrentIndex(picker.country.findData(country))
        picker.city.setCurrentIndex(picker.city.findText(city))
        assert picker.zone.currentText() == zone  # filled in, nobody types it
        qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    # A city not on the list: typed, its zone picked from the zone list.
    picker.country.setCurrentIndex(picker.country.findData("PL"))
    picker.city.setCurrentText("Rzeszów")
    picker.zone.setCurrentText("Europe/Warsaw")
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(editor.sig_saved):
        editor.buttons.button(editor.buttons.StandardButton.Save).click()

    qtbot.waitUntil(lambda: any(isinstance(w, DelegationWindow) for w in window.record_windows))
    delegation = next(w for w in window.record_windows if isinstance(w, DelegationWindow))
    draft, _v = get_delegation(ctx, delegation.delegation_id)
    assert [(d.country_code, d.city, d.time_zone) for d in draft.destinations] == [
        ("PL", "Warsaw", "Europe/Warsaw"),
        ("HU", "Budapest", "Europe/Budapest"),
        ("PL", "Rzeszów", "Europe/Warsaw"),
    ]
    assert draft.destinations[0].city_ko == "바르샤바"

    for place, day, zone in (("Warsaw", 11, "Europe/Warsaw"), ("Budapest", 14, "Europe/Budapest")):
        item = delegation.add_item()
        item.place.setCurrentIndex(item.place.findText(f"{place} — {zone}"))
        assert (item.city.text(), item.zone.currentText()) == (place, zone)
        qtbot.keyClicks(item.title, f"IR seminar in {place}")
        item.starts.setDateTime(QDateTime(QDate(2027, 5, day), QTime(10, 0)))
        item.ends.setDateTime(QDateTime(QDate(2027, 5, day), QTime(12, 0)))
        assert not item.date_warning.isVisible()
        with qtbot.waitSignal(item.sig_saved):
            item.buttons.button(item.buttons.StandardButton.Save).click()
    rows = [item for day in pages.delegation_page(ctx, delegation.delegation_id).itinerary for item in day.items]
    assert sorted((r.title, r.time_zone) for r in rows) == [
        ("IR seminar in Budapest", "Europe/Budapest"),
        ("IR seminar in Warsaw", "Europe/Warsaw"),
    ]

    late = delegation.add_item()
    late.starts.setDateTime(QDateTime(QDate(2027, 5, 20), QTime(9, 0)))
    assert late.date_warning.isVisible() and "2027-05-10" in late.date_warning.text()
    late.done(0)  # closed by the test: Esc on a changed editor asks (tests/ui/test_officer_day.py)


def test_an_item_added_to_a_trip_without_dates_starts_today_at_nine_not_in_2000(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from kotra_invest.services.delegations import DelegationDraft, DestinationDraft, create_delegation
    from kotra_invest.ui.delegations import ItineraryEditor

    delegation_id = create_delegation(
        ctx,
        DelegationDraft(
            title="경남 로봇 투자유치단 (미국)",
            year=2027,
            lead_province_codes=("KR-48",),
            destinations=(DestinationDraft("US", "San Jose", "America/Los_Angeles"),),
        ),
    )
    delegation = window.open_record("delegation", delegation_id)
    assert isinstance(delegation, DelegationWindow)
    delegation.tabs.setCurrentIndex(
        next(i for i in range(delegation.tabs.count()) if "Itinerary" in delegation.tabs.tabText(i))
    )
    add = next(b for b in delegation.findChildren(QPushButton) if b.text() == "&Add item…")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    item = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ItineraryEditor) and w.isVisible())
    today = datetime.now(ZoneInfo(item.zone.currentText())).date()
    assert item.zone.currentText() == "America/Los_Angeles"
    assert item.starts.dateTime() == QDateTime(QDate(today.year, today.month, today.day), QTime(9, 0))
    assert item.ends.dateTime() == QDateTime(QDate(today.year, today.month, today.day), QTime(10, 0))
    item.done(0)
