"""The officer's way to the ministry's quarterly table: Dashboard → "Quarterly FDI table…",
2026 Q2, a figure clicked shows the projects behind it, a project opened; the country basis
switched; the rates used and the tranche left out said in words; the workbook saved."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from fdi_quarter import EXPECTED_DIRECT, build_quarter
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.fdi_table import FdiTableDialog


def _row(table: object, section: str, label: str) -> QTreeWidgetItem:
    for i in range(table.topLevelItemCount()):  # type: ignore[attr-defined]
        heading = table.topLevelItem(i)  # type: ignore[attr-defined]
        if heading.text(0) == section:
            for j in range(heading.childCount()):
                if heading.child(j).text(0) == label:
                    return heading.child(j)
    raise AssertionError(f"no row {label!r} under {section!r}")


def _click(qtbot: QtBot, tree: object, item: QTreeWidgetItem, column: int, double: bool = False) -> None:
    tree.scrollToItem(item)  # type: ignore[attr-defined]
    rect = tree.visualItemRect(item)  # type: ignore[attr-defined]
    x = tree.header().sectionViewportPosition(column) + tree.header().sectionSize(column) // 2  # type: ignore[attr-defined]
    point = rect.center()
    point.setX(x)
    click = qtbot.mouseDClick if double else qtbot.mouseClick
    if double:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)  # type: ignore[attr-defined]
    click(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)  # type: ignore[attr-defined]


def _second_quarter(qtbot: QtBot, ctx: Context, window: object) -> FdiTableDialog:
    """The hand-built quarter, its table opened from the dashboard and turned to 2026 Q2."""
    build_quarter(ctx)
    page = window.show_page("dashboard")  # type: ignore[attr-defined]
    page.set_year(2026)
    qtbot.waitUntil(lambda: not page.is_loading, timeout=10_000)
    qtbot.mouseClick(page.fdi_table_button, Qt.MouseButton.LeftButton)
    dialog = page.fdi_table
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        dialog.quarter.setCurrentIndex(dialog.quarter.findData(2))
    return dialog


def test_quarterly_table_drills_down_to_the_projects_and_opens_one(
    qtbot: QtBot, ctx: Context, window: object, tmp_path: Path
) -> None:
    dialog = _second_quarter(qtbot, ctx, window)
    headers = [dialog.table.headerItem().text(c) for c in range(dialog.table.columnCount())]
    assert headers == [
        "Breakdown",
        "Q2 Notified (신고)",
        "Q2 Arrived (도착)",
        "Total Notified (신고)",
        "Total Arrived (도착)",
    ]

    netherlands = _row(dialog.table, "Country", "Netherlands")
    notified, arrived = EXPECTED_DIRECT["country"]["NL"]
    assert [netherlands.text(c) for c in range(1, 5)] == [f"{notified:,.2f}", f"{arrived:,.2f}"] * 2
    additional = _row(dialog.table, "New / additional", "Additional (existing investor)")
    assert additional.text(1) == "10,000,000.10"
    greenfield = _row(dialog.table, "Type", "Greenfield")
    assert (greenfield.text(1), greenfield.text(2)) == ("12,500,000.65", "1,100,333.33")

    # The greenfield arrivals: which projects are behind 1,100,333.33?
    _click(qtbot, dialog.table, greenfield, 2)
    behind = [[dialog.drill.topLevelItem(i).text(c) for c in range(4)] for i in range(dialog.drill.topLevelItemCount())]
    assert behind == [
        ["Cell plant expansion", "Volt Holdings BV", "10,000,000.10", "1,100,000.00"],
        ["Electrolyser works", "Hydro Werke GmbH", "2,500,000.55", "333.33"],
    ]
    assert "2 project(s)" in dialog.drill_title.text()
    sums = sum((Decimal(dialog.drill.topLevelItem(i).text(3).replace(",", "")) for i in range(2)), Decimal(0))
    assert f"{sums:,.2f}" == greenfield.text(2)

    # Open the first one: its project window comes up.
    before = len(window.record_windows)  # type: ignore[attr-defined]
    _click(qtbot, dialog.drill, dialog.drill.topLevelItem(0), 0, double=True)
    qtbot.waitUntil(lambda: len(window.record_windows) > before, timeout=10_000)  # type: ignore[attr-defined]
    assert "Cell plant expansion" in window.record_windows[-1].windowTitle()  # type: ignore[attr-defined]

    # The rates it used and the JPY tranche no rate covers are said in words.
    assert "EUR 2026-01-01 = 0.8" in dialog.note.text() and "EUR 2026-05-01 = 0.9" in dialog.note.text()
    assert "JPY 5,000,000" in dialog.note.text()

    # By the ultimate parent's country, the Dutch holding's money is American.
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        dialog.basis.setCurrentIndex(dialog.basis.findData("ultimate"))
    assert _row(dialog.table, "Country", "United States").text(1) == "10,000,000.10"
    assert "Ultimate parent's country" in dialog.note.text()

    saved = dialog._export(tmp_path / "fdi.xlsx")
    assert saved is not None and saved.stat().st_size > 0
    assert dialog.status.text().startswith("Saved:")
    dialog.grab().save(str(tmp_path / "fdi-table.png"))


def test_a_projects_figure_nothing_counted_is_empty_not_zero(qtbot: QtBot, ctx: Context, window: object) -> None:
    """The Japanese stake's only arrival is in yen, which no rate converts: behind Japan's notified
    figure the project shows its notified share and an empty arrived one — not 0.00, which would
    read as money known to be nil; Japan's own arrived figure is the ministry's sum, a real 0.00."""
    dialog = _second_quarter(qtbot, ctx, window)

    japan = _row(dialog.table, "Country", "Japan")
    assert (japan.text(1), japan.text(2)) == ("1,000,000.00", "0.00")
    _click(qtbot, dialog.table, japan, 1)
    behind = [[dialog.drill.topLevelItem(i).text(c) for c in range(4)] for i in range(dialog.drill.topLevelItemCount())]
    assert behind == [["Wafer fab stake", "Nippon Wafer KK", "1,000,000.00", ""]]
