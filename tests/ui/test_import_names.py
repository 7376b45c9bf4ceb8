"""An officer keeps the names the import reads: a header matched by hand is remembered for any file,
an industry written as officers write it is added as another name from the check page, and
both are seen, removed and undone in the names dialog — through the real widgets."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from import_helpers import csv_file  # tests/ is on the path
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kotra_invest.importers.mapping import own_header_names
from kotra_invest.services.synonyms import list_synonyms
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.import_names import ImportNamesDialog
from kotra_invest.ui.import_wizard import ImportWizard
from kotra_invest.ui.main_window import MainWindow


def _tracker(path: Path, header: str) -> Path:
    return csv_file(
        path,
        [
            "2026 prospects,,",
            f"{header},국가,산업",
            "Norvik Robotics AB,스웨덴,로봇",
            "Helix Medtech Inc,미국,체외진단키트",
        ],
    )


def _rows(table) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    return [tuple(table.item(r, c).text() for c in range(table.columnCount())) for r in range(table.rowCount())]


def _open(window: MainWindow, path: Path) -> ImportWizard:
    wizard = window.import_file()
    assert isinstance(wizard, ImportWizard)
    wizard.file_page.kind.setCurrentIndex(wizard.file_page.kind.findData("investors"))
    wizard.file_page.path.setText(str(path))
    assert wizard.file_page.open_file()
    wizard.next()
    return wizard


def test_a_header_matched_by_hand_is_remembered_for_other_files_and_can_be_undone(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    wizard = _open(window, _tracker(tmp_path / "one.csv", "Prospect firm"))
    mapping = wizard.mapping_page
    assert mapping.combos[0].currentData() is None and not mapping.isComplete()  # nothing reads "Prospect firm"
    mapping.combos[0].setCurrentIndex(mapping.combos[0].findData("name"))
    assert mapping.remember.isChecked() and mapping.isComplete()
    wizard.next()
    assert own_header_names()["investors"]["name"] == ["Prospect firm"]
    wizard.reject()

    # Another file with other columns but the same header: matched by itself.
    other = csv_file(tmp_path / "two.csv", ["Prospect firm,홈페이지", "Acme Hydrogen,https://acme.example"])
    wizard = _open(window, other)
    assert wizard.mapping_page.combos[0].currentData() == "name"
    wizard.reject()

    dialog = window.import_names()
    assert isinstance(dialog, ImportNamesDialog)
    headers = dialog.headers
    assert dialog.tabs.currentWidget() is headers
    assert _rows(headers.table)[0] == ("Company name", "Prospect firm", "mine")
    assert not headers.remove.isEnabled()
    built_in = next(r for r, row in enumerate(_rows(headers.table)) if row[2] == "built in")
    headers.table.selectRow(built_in)
    assert not headers.remove.isEnabled()  # the built-in names are not the officer's to remove
    headers.table.selectRow(0)
    qtbot.mouseClick(headers.remove, Qt.MouseButton.LeftButton)
    assert own_header_names()["investors"]["name"] == []
    assert "Prospect firm" not in [row[1] for row in _rows(headers.table)]
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert own_header_names()["investors"]["name"] == ["Prospect firm"]
    assert _rows(headers.table)[0][1] == "Prospect firm"

    # A header another field already reads is refused with a sentence, and nothing is stored.
    headers.target.setCurrentIndex(headers.target.findData("notes"))
    qtbot.keyClicks(headers.name, "Country")
    qtbot.mouseClick(headers.add, Qt.MouseButton.LeftButton)
    assert "already names the Country column" in headers.error.text()
    assert "notes" not in own_header_names()["investors"]
    dialog.reject()


def test_an_industry_as_officers_write_it_is_added_from_the_check_page(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    wizard = _open(window, _tracker(tmp_path / "med.csv", "기업명"))
    wizard.next()  # preview
    wizard.next()  # check
    check = wizard.check_page
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=20_000)
    assert check.errors.rowCount() == 1 and "체외진단키트" in check.errors.item(0, 2).text()

    qtbot.mouseClick(check.names, Qt.MouseButton.LeftButton)
    dialog = check.names_dialog
    assert isinstance(dialog, ImportNamesDialog) and dialog.tabs.currentWidget() is dialog.references
    refs = dialog.references
    assert refs.kind.currentData() == "industries"
    assert any(
        row[1] == "의료기기" and row[2] == "built in" for row in _rows(refs.table)
    )  # the built-in names are shown
    refs.target.setCurrentIndex(refs.target.findData("BIO"))
    refs.name.setText("체외진단키트")  # Hangul is set, not typed (qtbot.keyClicks with Hangul aborts)
    qtbot.mouseClick(refs.add, Qt.MouseButton.LeftButton)
    assert refs.error.text() == ""
    assert next(row for row in _rows(refs.table) if row[1] == "체외진단키트")[2] == "added"
    assert any(s.name == "체외진단키트" and s.code == "BIO" for s in list_synonyms(ctx, "industries"))

    dialog.accept()  # closing it checks the file again, with the new name
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=20_000)
    assert check.errors.rowCount() == 0 and "2 would be created" in check.summary.text()

    # Undo while the dialog is open takes the name back out.
    dialog = window.import_names()
    refs = dialog.references
    refs.kind.setCurrentIndex(refs.kind.findData("industries"))
    row = next(r for r, cells in enumerate(_rows(refs.table)) if cells[1] == "체외진단키트")
    refs.table.selectRow(row)
    qtbot.mouseClick(refs.remove, Qt.MouseButton.LeftButton)
    assert not any(s.name == "체외진단키트" for s in list_synonyms(ctx, "industries"))
    dialog.undo_stack.undo()
    assert any(s.name == "체외진단키트" for s in list_synonyms(ctx, "industries"))
    dialog.reject()
    wizard.reject()


def test_the_names_dialog_speaks_korean(qtbot: QtBot, ctx: Context) -> None:
    from kotra_invest.ui import i18n

    assert i18n.install("ko")
    try:
        dialog = ImportNamesDialog(replace(ctx, lang="ko"))
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "가져오기가 읽는 이름"
        assert dialog.tabs.tabText(0) == "열 이름 (내 것)"
        assert dialog.headers.kind.currentText() == "투자가"
        assert dialog.headers.table.item(0, 2).text() in ("기본", "내 것")
        assert dialog.references.add.text() == "이름 추가"
    finally:
        i18n.install("en")
