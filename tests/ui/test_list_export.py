"""Scenario (4) of issue 19: filter the investors (Germany, pharma-bio), export → the workbook holds
exactly the rows and the columns shown; read back by openpyxl and by LibreOffice. Also every list
page exports and prints, and the command line writes the same columns."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from office import soffice, xlsx_rows_via_libreoffice
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.investors import InvestorsPage
from kotra_invest.ui.main_window import MainWindow

PEOPLE = [
    ("Bayer AG", "DE", "BIO", "https://www.bayer.com"),
    ('=HYPERLINK("http://evil")', "DE", "BIO", None),  # a name that must stay text, never a formula
    ("Merck KGaA", "DE", "BIO", "https://merckgroup.com"),
    ("Siemens AG", "DE", "ROBOT", None),
    ("Novartis AG", "CH", "BIO", None),
    ("Boehringer Ingelheim", "DE", "BIO", None),
]


@pytest.fixture
def db_url(scenario_db_url: str) -> str:
    """On the embedded file and on the shared server, as an officer's own login."""
    return scenario_db_url


def _written(window: MainWindow, qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "written_message") is not None, timeout=20_000)
    box = window.findChild(QMessageBox, "written_message")
    assert isinstance(box, QMessageBox)
    return box


def test_filtered_investors_export_exactly_what_is_shown(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    for name, country, industry, site in PEOPLE:
        create_investor(ctx, InvestorDraft(name=name, country_code=country, industry_code=industry, website=site))
    page = window.show_page("investors")
    assert isinstance(page, InvestorsPage)
    page.filters["country"].setCurrentIndex(page.filters["country"].findData("DE"))
    page.filters["industry"].setCurrentIndex(page.filters["industry"].findData("BIO"))
    header = page.table.horizontalHeader()
    page.table.sortByColumn(0, header.sortIndicatorOrder().DescendingOrder)  # Z→A, as the user clicked
    page.table.setColumnHidden(1, True)  # the user hid "Korean name"
    header.moveSection(header.visualIndex(5), 1)  # and dragged "Website" next to the name
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    shown_names = [page.model.row_at(r).name for r in range(page.model.rowCount())]  # type: ignore[union-attr]
    shown_headers = [
        page.model.headerData(c, header.orientation())
        for c in sorted((c for c in range(header.count()) if not header.isSectionHidden(c)), key=header.visualIndex)
    ]

    target = tmp_path / "독일 바이오.xlsx"
    window.export_list(target)
    _written(window, qtbot)

    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == shown_headers
    assert shown_headers[:2] == ["Name", "Website"] and "Korean name" not in shown_headers
    assert [r[0] for r in rows[1:]] == shown_names
    assert shown_names == ["Merck KGaA", "Boehringer Ingelheim", "Bayer AG", '=HYPERLINK("http://evil")']
    formula_cell = sheet.cell(row=5, column=1)
    assert formula_cell.data_type == "s"  # text, not a formula
    updated = sheet.cell(row=2, column=shown_headers.index("Updated") + 1)
    assert updated.is_date and "KST" in updated.number_format

    if soffice() is None:
        pytest.skip("LibreOffice is not installed")
    read = xlsx_rows_via_libreoffice(target, tmp_path)
    assert read[0] == shown_headers
    assert [r[0] for r in read[1:]] == shown_names
    assert read[1][1] == "merckgroup.com"


def test_every_list_page_exports_prints_and_saves_a_pdf(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    create_investor(ctx, InvestorDraft(name="Umicore SA", country_code="BE"))
    for key in ("investors", "projects", "delegations", "tasks", "fez"):
        window.show_page(key)
        source = window.list_source()
        assert source is not None, key
        target = tmp_path / f"{key}.xlsx"
        window.export_list(target)
        box = _written(window, qtbot)
        box.close()
        box.deleteLater()
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "written_message") is None)
        assert [c.value for c in next(openpyxl.load_workbook(target).active.iter_rows(max_row=1))] == source.headers  # type: ignore[union-attr]
        pdf = window.save_list_pdf(tmp_path / f"{key}.pdf")
        assert isinstance(pdf, Path) and pdf.read_bytes().startswith(b"%PDF")
        for box in window.findChildren(QMessageBox, "written_message"):
            box.close()
            box.deleteLater()
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "written_message") is None)
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "investors.pdf"), "-"], capture_output=True, text=True, check=False
    ).stdout
    assert "Umicore SA" in text and "KST" in text  # real spaces (searchable), times with their zone


def test_the_command_line_exports_the_same_columns(ctx: Context, tmp_path: Path) -> None:
    for name, country, industry, site in PEOPLE:
        create_investor(ctx, InvestorDraft(name=name, country_code=country, industry_code=industry, website=site))
    target = tmp_path / "de-bio.xlsx"
    url = str(ctx.db.engine.url)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kotra_invest",
            "--db",
            url,
            "export",
            "investors",
            str(target),
            "--country",
            "DE",
            "--industry",
            "BIO",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0] == ("Name", "Korean name", "Country", "Industry", "Owner", "Website", "Updated")
    assert [r[0] for r in rows[1:]] == ['=HYPERLINK("http://evil")', "Bayer AG", "Boehringer Ingelheim", "Merck KGaA"]
    bad = subprocess.run(
        [sys.executable, "-m", "kotra_invest", "--db", url, "export", "investors", str(tmp_path / "x.csv")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.csv").exists()
