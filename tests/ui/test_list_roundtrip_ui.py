"""The desktop's File ▸ Export list of the investors and projects pages reads back: imported into an
EMPTY database, the same lists export again cell for cell the same; imported again, every row is a
duplicate. LibreOffice reads the dates beside the FDI totals as dates (what the officer sees)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from office import soffice, xlsx_rows_via_libreoffice
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from wizard_steps import open_in_import_wizard

from kotra_invest.briefing.lists import export_list
from kotra_invest.demo import generate_demo
from kotra_invest.domain.enums import Role
from kotra_invest.importers import open_source, run_import, suggest
from kotra_invest.services.database import connect
from kotra_invest.services.officers import ensure_officer
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.main_window import MainWindow


def _without_updated(rows: list[tuple[Any, ...]], headers: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    drop = headers.index("Updated")
    return [tuple(v for i, v in enumerate(r) if i != drop) for r in rows]


def _export_page(window: MainWindow, qtbot: QtBot, key: str, target: Path) -> list[tuple[Any, ...]]:
    page = window.show_page(key)
    header = page.table.horizontalHeader()  # type: ignore[attr-defined]
    for logical in range(header.count()):  # every column, in its own place (another test may have moved them)
        header.setSectionHidden(logical, False)
        header.moveSection(header.visualIndex(logical), logical)
    window.export_list(target)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "written_message") is not None, timeout=30_000)
    for box in window.findChildren(QMessageBox, "written_message"):
        box.close()
        box.deleteLater()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "written_message") is None)
    rows = [tuple(r) for r in openpyxl.load_workbook(target, read_only=True).worksheets[0].iter_rows(values_only=True)]
    return [rows[0], *sorted(rows[1:], key=lambda r: tuple("" if v is None else str(v) for v in r))]


def test_the_desktop_lists_read_back_into_an_empty_database(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    generate_demo(ctx, scale=1)
    exported = {key: tmp_path / f"{key}.xlsx" for key in ("investors", "projects")}
    shown = {key: _export_page(window, qtbot, key, path) for key, path in exported.items()}
    assert len(shown["investors"]) > 50 and len(shown["projects"]) > 50
    projects_headers = shown["projects"][0]
    assert ("Latest notified" in projects_headers) and ("Latest arrived" in projects_headers)

    target = Context(
        db=connect(f"sqlite:///{tmp_path / 'empty.sqlite3'}"),
        actor="tester",
        source="test",
        lang="en",
        access_reason="testing",
    )
    ensure_officer(target, role=Role.ADMIN)
    for key, path in exported.items():
        info = open_source(path)
        report = run_import(
            target,
            info,
            suggest(target, key, info),
            on_duplicate="create",
            unknown_investors="create",
            unknown_owners="create",
        )
        assert (report.created, report.failed) == (len(shown[key]) - 1, 0), report.errors[:5]

    # The database that was empty now lists the same rows: the command line writes the desktop's columns.
    for key in exported:
        again = tmp_path / f"again-{key}.xlsx"
        export_list(target, key, again)
        rows = [
            tuple(r) for r in openpyxl.load_workbook(again, read_only=True).worksheets[0].iter_rows(values_only=True)
        ]
        rows = [rows[0], *sorted(rows[1:], key=lambda r: tuple("" if v is None else str(v) for v in r))]
        assert len(rows[0]) == len(shown[key][0]), key  # the same columns ("Notified (신고, USD)" there)
        assert _without_updated(rows[1:], shown[key][0]) == _without_updated(shown[key][1:], shown[key][0]), key

    for key, path in exported.items():  # once more: all of them are there already
        info = open_source(path)
        report = run_import(
            target, info, suggest(target, key, info), unknown_investors="create", unknown_owners="create"
        )
        assert (report.created, report.failed, len(report.duplicates)) == (0, 0, len(shown[key]) - 1), key
    target.db.dispose()

    if soffice() is None:
        pytest.skip("LibreOffice is not installed")
    read = xlsx_rows_via_libreoffice(exported["projects"], tmp_path)
    column = read[0].index("Latest arrived")
    arrived = [r[column] for r in read[1:] if r[column]]
    assert arrived and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) for v in arrived), arrived[:3]  # dates, not serials


def test_the_desktop_delegations_list_reads_back_through_the_wizard(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    """File ▸ Export list on the delegations page, then File ▸ Import in a window on an EMPTY
    database: the wizard maps the page's own headers, reads its "2026-03-04 (Wed) – …" dates, lead
    provinces and destinations, and that window's delegations page lists the same rows again."""
    from collections import Counter

    from kotra_invest.services.delegations import filter_delegations

    generate_demo(ctx, scale=1)
    year = Counter(d.year for d in filter_delegations(ctx)).most_common(1)[0][0]
    window.show_page("delegations").year.setValue(year)  # type: ignore[attr-defined]
    exported = tmp_path / "delegations.xlsx"
    shown = _export_page(window, qtbot, "delegations", exported)
    assert len(shown) - 1 >= 3 and "Investors to meet" in shown[0]
    assert any(" – " in str(row[1]) and "(" in str(row[1]) for row in shown[1:])  # the page's own date style

    target = Context(
        db=connect(f"sqlite:///{tmp_path / 'empty.sqlite3'}"),
        actor="tester",
        source="test",
        lang="en",
        access_reason="testing",
    )
    ensure_officer(target, role=Role.ADMIN)
    other = MainWindow(target)
    qtbot.addWidget(other)
    other.show()
    wizard = open_in_import_wizard(other, "delegations", exported)
    wizard.next()
    mapping = wizard.mapping_page
    chosen = dict(zip(shown[0], (combo.currentData() for combo in mapping.combos), strict=True))
    assert chosen == {
        "Delegation": "title",
        "Dates": "dates",
        "Status": "status",
        "Lead province": "lead_provinces",
        "Industry": "industry",
        "Destinations": "destinations",
        "Investors to meet": None,
    }
    assert mapping.isComplete()
    wizard.next()
    preview = wizard.preview_page
    assert preview.table.rowCount() == min(20, len(shown) - 1)  # the first rows, as they will be stored
    columns = [preview.table.horizontalHeaderItem(c).text() for c in range(preview.table.columnCount())]
    assert "Lead provinces" in columns and "Destinations" in columns, columns
    problems = preview.table.columnCount() - 1
    assert not any(preview.table.item(r, problems).text() for r in range(preview.table.rowCount()))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=30_000)
    assert wizard.report.failed == 0, wizard.report.errors[:3]
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=30_000)
    assert f"{len(shown) - 1} created" in wizard.done_page.summary.text()
    wizard.close()

    page = other.show_page("delegations")
    page.year.setValue(year)  # type: ignore[attr-defined]
    again = _export_page(other, qtbot, "delegations", tmp_path / "again.xlsx")
    meet = shown[0].index("Investors to meet")  # a count of the trip's meeting targets, which no list carries
    assert [r[:meet] for r in again] == [r[:meet] for r in shown]
    other.close()
    QThreadPool.globalInstance().waitForDone(10_000)
    target.db.dispose()


def test_the_briefing_itinerary_reads_back_through_the_wizard_into_the_trip_chosen(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    """An officer copies a trip to an empty database: the delegations list through the wizard, then
    the briefing workbook's investors to meet and its itinerary, each with the trip chosen in the
    wizard's Delegation field; the trip there has the same investors to meet and the same itinerary,
    line for line."""
    from sqlalchemy import func, select

    from kotra_invest.briefing.assemble import delegation_pack
    from kotra_invest.briefing.xlsx import write_delegation_xlsx
    from kotra_invest.domain.models import ItineraryItem
    from kotra_invest.services.delegations import filter_delegations
    from kotra_invest.services.unit_of_work import unit_of_work

    generate_demo(ctx, scale=1)
    with unit_of_work(ctx) as session:
        trip_id = (
            session.execute(
                select(ItineraryItem.delegation_id).group_by(ItineraryItem.delegation_id).order_by(func.count().desc())
            )
            .scalars()
            .first()
        )
    trip = next(d for d in filter_delegations(ctx) if d.id == trip_id)
    pack = delegation_pack(ctx, trip_id, lang="en")
    workbook = write_delegation_xlsx(pack, tmp_path / "briefing.xlsx")
    window.show_page("delegations").year.setValue(trip.year)  # type: ignore[attr-defined]
    listed = tmp_path / "delegations.xlsx"
    _export_page(window, qtbot, "delegations", listed)

    target = Context(
        db=connect(f"sqlite:///{tmp_path / 'empty.sqlite3'}"),
        actor="tester",
        source="test",
        lang="en",
        access_reason="testing",
    )
    ensure_officer(target, role=Role.ADMIN)
    other = MainWindow(target)
    qtbot.addWidget(other)
    other.show()

    def through_the_wizard(kind: str, path: Path, sheet: str | None = None, trip_title: str | None = None) -> None:
        wizard = open_in_import_wizard(other, kind, path, sheet)
        files = wizard.file_page
        if trip_title is not None:
            # An itinerary waits for its trip; an investors file starts as investors only.
            assert files.delegation.isVisible() and files.isComplete() == (kind == "investors")
            chosen = next(
                i for i in range(files.delegation.count()) if files.delegation.itemText(i).startswith(trip_title)
            )
            files.delegation.setCurrentIndex(chosen)
            assert files.isComplete()
        wizard.next()
        assert wizard.mapping_page.isComplete()
        wizard.next()
        wizard.next()
        check = wizard.check_page
        qtbot.waitUntil(lambda: wizard.report is not None, timeout=30_000)
        if kind == "investors":  # the briefing names their officers, whom the empty database lacks
            check.unknown_owners.setCurrentIndex(check.unknown_owners.findData("create"))
            qtbot.waitUntil(
                lambda: wizard.report is not None and check.unknown_owners.currentData() == "create", timeout=30_000
            )
            qtbot.waitUntil(lambda: wizard.report is not None and wizard.report.failed == 0, timeout=30_000)
        assert wizard.report.failed == 0, wizard.report.errors[:3]
        wizard.next()
        qtbot.waitUntil(lambda: wizard.result is not None, timeout=30_000)
        wizard.close()

    through_the_wizard("delegations", listed)
    title = trip.title_en or trip.title
    sheets = openpyxl.load_workbook(workbook, read_only=True).sheetnames  # overview, itinerary, investors to meet …
    through_the_wizard("investors", workbook, sheet=sheets[2], trip_title=title)
    through_the_wizard("itinerary", workbook, sheet=sheets[1], trip_title=title)
    (copy,) = [d for d in filter_delegations(target) if d.title == title and d.starts_on == trip.starts_on]
    again = delegation_pack(target, copy.id, lang="en")
    same = (
        "starts_local",
        "ends_local",
        "time_zone",
        "starts_korea",
        "kind",
        "title",
        "city",
        "venue",
        "investor",
        "notes",
    )
    assert [tuple(getattr(i, f) for f in same) for i in again.itinerary] == [
        tuple(getattr(i, f) for f in same) for i in pack.itinerary
    ]
    assert len(again.itinerary) >= 5
    people = ("name", "priority", "meeting_status", "talking_points")
    assert [tuple(getattr(i, f) for f in people) for i in again.investors] == [
        tuple(getattr(i, f) for f in people) for i in pack.investors
    ]
    other.close()
    QThreadPool.globalInstance().waitForDone(10_000)
    target.db.dispose()
