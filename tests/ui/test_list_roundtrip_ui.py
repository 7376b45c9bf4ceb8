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
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

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
        report = run_import(target, info, suggest(target, key, info), on_duplicate="create",
                            unknown_investors="create", unknown_owners="create")  # fmt: skip
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
