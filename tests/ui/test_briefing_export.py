"""Briefing export from the desktop: one dialog, PDF / xlsx / .ics, names carrying the delegation
and its dates, a finished message with Open file and Open folder; the files read back by other
clients (pdftotext, openpyxl, vobject)."""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from pathlib import Path

import openpyxl
import vobject
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
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
from kotra_invest.ui.briefing_export import BriefingDialog, file_stem
from kotra_invest.ui.delegations import DelegationWindow
from kotra_invest.ui.main_window import MainWindow


def test_the_dialog_writes_the_three_files_named_after_the_trip(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    delegation_id = create_delegation(
        ctx,
        DelegationDraft(
            title="충북 이차전지 투자유치단 (폴란드·헝가리)",
            year=2027,
            lead_province_codes=("KR-43",),
            title_en="Chungbuk battery delegation (Poland, Hungary)",
            starts_on=date(2027, 5, 10),
            ends_on=date(2027, 5, 15),
            destinations=(DestinationDraft("PL", "Warsaw", "Europe/Warsaw", "바르샤바"),),
        ),
    )
    add_itinerary_item(
        ctx,
        delegation_id,
        ItineraryDraft(
            ItineraryKind.IR_SEMINAR,
            "IR seminar",
            datetime(2027, 5, 11, 10),
            "Europe/Warsaw",
            datetime(2027, 5, 11, 12),
            "Warsaw",
        ),
    )
    delegation = window.open_record("delegation", delegation_id)
    assert isinstance(delegation, DelegationWindow)
    dialog = delegation.export_briefing(tmp_path)
    assert isinstance(dialog, BriefingDialog)
    dialog.formats["ics"].setChecked(True)
    dialog.lang.setCurrentIndex(dialog.lang.findData("en"))
    stem = "Chungbuk battery delegation (Poland, Hungary) 2027-05-10–2027-05-15"
    assert dialog.names.text().splitlines() == [f"{stem}.pdf", f"{stem}.xlsx", f"{stem}.ics"]
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: delegation.findChild(QMessageBox, "written_message") is not None, timeout=60_000)
    box = delegation.findChild(QMessageBox, "written_message")
    assert box.findChild(QPushButton, "open_file") is not None and box.findChild(QPushButton, "open_folder") is not None
    box.close()

    pdf_text = subprocess.run(
        ["pdftotext", str(tmp_path / f"{stem}.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "IR seminar" in pdf_text
    assert openpyxl.load_workbook(tmp_path / f"{stem}.xlsx").sheetnames
    calendar = vobject.readOne((tmp_path / f"{stem}.ics").read_text(encoding="utf-8"))
    [event] = calendar.vevent_list
    assert event.summary.value.endswith("IR seminar") or "IR seminar" in event.summary.value
    # The wall clock and the zone's name: what Outlook shows. (vobject misreads the RDATE-style
    # VTIMEZONE icalendar writes and reports +01:00 in May; the zone's name is unambiguous.)
    assert event.dtstart.value.replace(tzinfo=None) == datetime(2027, 5, 11, 10, 0)
    assert event.dtstart.params.get("X-VOBJ-ORIGINAL-TZID") == ["Europe/Warsaw"]


def test_file_names_are_safe_on_windows() -> None:
    assert file_stem('A/B: "C"?', date(2026, 3, 9), date(2026, 3, 13), 2026) == "A B C 2026-03-09–2026-03-13"
    assert file_stem("부산 수소 투자유치단", None, None, 2026) == "부산 수소 투자유치단 2026"


def test_a_korean_export_names_the_city_in_korean(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    delegation_id = create_delegation(
        ctx,
        DelegationDraft(
            title="충북 이차전지 투자유치단 (폴란드)",
            year=2027,
            lead_province_codes=("KR-43",),
            starts_on=date(2027, 5, 10),
            ends_on=date(2027, 5, 15),
            destinations=(DestinationDraft("PL", "Warsaw", "Europe/Warsaw", "바르샤바"),),
        ),
    )
    add_itinerary_item(
        ctx,
        delegation_id,
        ItineraryDraft(
            ItineraryKind.IR_SEMINAR, "IR 설명회", datetime(2027, 5, 11, 10), "Europe/Warsaw", city="Warsaw"
        ),
    )
    delegation = window.open_record("delegation", delegation_id)
    assert isinstance(delegation, DelegationWindow)
    dialog = delegation.export_briefing(tmp_path)
    assert isinstance(dialog, BriefingDialog)
    dialog.formats["pdf"].setChecked(False)
    dialog.formats["ics"].setChecked(True)
    dialog.lang.setCurrentIndex(dialog.lang.findData("ko"))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: delegation.findChild(QMessageBox, "written_message") is not None, timeout=60_000)
    delegation.findChild(QMessageBox, "written_message").close()
    [ics] = tmp_path.glob("*.ics")
    [event] = vobject.readOne(ics.read_text(encoding="utf-8")).vevent_list
    assert event.location.value == "바르샤바"
    [xlsx] = tmp_path.glob("*.xlsx")
    cells = {c.value for ws in openpyxl.load_workbook(xlsx).worksheets for row in ws.iter_rows() for c in row}
    assert "바르샤바" in cells and "Warsaw" not in cells


def test_an_english_pack_lists_the_overlap_first_and_the_korean_only_texts_one_line_per_kind(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    """The demo's Daejeon trip in English leaves ~190 Korean notes, tags and titles out. The
    pre-flight opens on the one thing to fix (an overlap added here), then says the Korean-only
    texts in one line per kind; "Show each text" lists every one of them under its line."""
    import re
    from dataclasses import replace
    from datetime import timedelta

    from kotra_invest.briefing.assemble import delegation_pack
    from kotra_invest.demo import generate_demo
    from kotra_invest.services.delegations import list_delegations
    from kotra_invest.ui.preflight import PreflightDialog

    generate_demo(replace(ctx, actor="demo", source="demo"))
    trip = next(r for r in list_delegations(ctx, year=2026) if "대전 AI" in r.title)
    meeting = next(x for x in delegation_pack(ctx, trip.id, "en").itinerary if x.kind_code == "meeting")
    at = meeting.starts_local + timedelta(minutes=30)
    add_itinerary_item(
        ctx,
        trip.id,
        ItineraryDraft(
            ItineraryKind.OTHER,  # not a meeting: the trip's meeting counts still agree
            "Lunch with the city council",
            at,
            meeting.time_zone,
            at + timedelta(hours=1),
            city=meeting.city,
        ),
    )
    delegation = window.open_record("delegation", trip.id)
    assert isinstance(delegation, DelegationWindow)
    folder = tmp_path / "packs"
    folder.mkdir()
    export = delegation.export_briefing(folder)
    assert isinstance(export, BriefingDialog)
    export.lang.setCurrentIndex(export.lang.findData("en"))
    qtbot.mouseClick(export.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(getattr(export, "preflight_dialog", None), PreflightDialog), timeout=60_000)
    dialog = export.preflight_dialog
    qtbot.waitUntil(dialog.isVisible)

    def lines() -> list[str]:
        return [dialog.problems.item(i).text() for i in range(dialog.problems.count())]

    shown = lines()
    assert dialog.summary.text() == "To look at before the pack goes out: 1"
    assert shown[0].startswith("⚠ Itinerary items overlap") and "Lunch with the city council" in shown[0], shown[:3]
    grouped = [
        re.fullmatch(
            r"· Meeting notes: (\d+) texts exist in Korean only and are left out of this English pack "
            r"\(e\.g\. '[^']+', '[^']+'\)\.",
            line,
        )
        for line in shown
    ]
    [notes] = [m for m in grouped if m]
    assert int(notes.group(1)) >= 20
    assert any(line.startswith("· Tags: ") for line in shown)
    assert not any("meeting note of" in line for line in shown)  # one line, not one per note
    assert len(shown) < 40, shown

    assert dialog.show_all.isVisible()
    dialog.show_all.click()
    every = lines()
    assert every[0] == shown[0]
    assert sum("meeting note of" in line for line in every) == int(notes.group(1))
    first = every.index(notes.group(0)) + 1  # the notes listed right under their line
    assert "meeting note of" in every[first]
    dialog.show_all.click()
    assert lines() == shown
    dialog.reject()
    assert list(folder.iterdir()) == [] and export.write_button.isEnabled()
