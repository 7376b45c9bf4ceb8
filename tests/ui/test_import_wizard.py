"""The import wizard driven step by step on a messy Korean tracker (title rows, CP949, a duplicate, a bad row)."""

from __future__ import annotations

from pathlib import Path

from import_helpers import csv_file  # tests/ is on the path
from pytestqt.qtbot import QtBot

from kotra_invest.services.investors import InvestorDraft, create_investor, list_investors
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.import_wizard import ImportWizard
from kotra_invest.ui.main_window import MainWindow


def _tracker(tmp_path: Path) -> Path:
    return csv_file(
        tmp_path / "부산지원단_투자가.csv",
        [
            "2026년 부산 투자유치 대상 기업 목록,,,",
            ",,,",
            "기업명,국가,산업,홈페이지",
            "Norvik Robotics AB,스웨덴,로봇,https://norvik.example",
            "Hanseatic BioPharma GmbH,독일,바이오,https://hanseatic.example",
            "Acme Hydrogen,미국,수소,https://acme.example",
            ",,,",
            "Bad Country Ltd,아틀란티스,로봇,https://bad.example",
        ],
        encoding="cp949",
    )


def test_the_wizard_imports_what_it_previewed_and_reports_the_rest(qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path) -> None:
    create_investor(ctx, InvestorDraft(name="Acme Hydrogen", website="https://acme.example"))
    wizard = window.import_file()
    assert isinstance(wizard, ImportWizard)
    files = wizard.file_page
    files.kind.setCurrentIndex(files.kind.findData("investors"))
    files.path.setText(str(_tracker(tmp_path)))
    assert files.open_file()
    assert wizard.source.encoding == "cp949" and wizard.source.header_row == 3
    assert "row 3" in files.found.text()

    wizard.next()
    mapping = wizard.mapping_page
    assert [combo.currentData() for combo in mapping.combos][:2] == ["name", "country"]
    assert mapping.isComplete()

    wizard.next()
    preview = wizard.preview_page
    assert preview.table.rowCount() == 4
    problems = preview.table.columnCount() - 1
    assert "Atlantis" not in preview.table.item(3, problems).text()
    assert preview.table.item(3, problems).text()  # the bad country is explained before anything is stored
    assert list_investors(ctx).rows[0].name == "Acme Hydrogen" and len(list_investors(ctx).rows) == 1

    wizard.next()
    check = wizard.check_page
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=20_000)
    assert "2 would be created" in check.summary.text() and "1 skipped" in check.summary.text()
    assert check.errors.rowCount() == 1 and check.errors.item(0, 0).text() == "8"
    assert len(list_investors(ctx).rows) == 1  # the check wrote nothing

    wizard.next()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=20_000)
    assert "2 created" in wizard.done_page.summary.text()
    names = sorted(row.name for row in list_investors(ctx).rows)
    assert names == ["Acme Hydrogen", "Hanseatic BioPharma GmbH", "Norvik Robotics AB"]


def test_a_file_that_is_not_a_spreadsheet_is_refused_with_a_sentence(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    fake = tmp_path / "tracker.xlsx"
    fake.write_bytes(b"%PDF-1.4 this is not a workbook")
    wizard = window.import_file()
    assert isinstance(wizard, ImportWizard)
    wizard.file_page.path.setText(str(fake))
    assert not wizard.file_page.open_file()
    assert wizard.file_page.error.text() and not wizard.file_page.isComplete()
