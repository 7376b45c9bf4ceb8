"""Edit ▸ Exchange rates…: an officer adds a rate, sees a bad one refused in words, imports a
CSV, deletes a rate; the dashboard's USD total follows the rates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from kotra_invest.domain.enums import FdiKind, ProjectType
from kotra_invest.services import fx, projects
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.projects import FdiAmountDraft, ProjectDraft
from kotra_invest.services.unit_of_work import Context


def _rows(dialog: object) -> list[list[str]]:
    table = dialog.table  # type: ignore[attr-defined]
    return [[table.topLevelItem(i).text(c) for c in range(4)] for i in range(table.topLevelItemCount())]


def test_rates_dialog_edits_the_table_the_dashboard_converts_with(
    qtbot: QtBot, ctx: Context, window: object, tmp_path: Path
) -> None:
    investor = create_investor(ctx, InvestorDraft("Euro Motors SE", country_code="DE"))
    project = projects.create_project(ctx, ProjectDraft(investor, "Motor plant", ProjectType.GREENFIELD, "NOTIFIED"))
    projects.add_fdi_amount(ctx, project, FdiAmountDraft(FdiKind.NOTIFIED, "920000", date(2026, 3, 10), "EUR"))
    page = window.show_page("dashboard")  # type: ignore[attr-defined]
    page.set_year(2026)
    with qtbot.waitSignal(page.sig_loaded, timeout=10_000):
        page.refresh_action.trigger()  # F5: the page was loaded before the tranche was added
    assert page.data.figures.fdi_total.notified_usd == 0  # no EUR rate yet: left out, and said so
    assert "EUR 920,000" in page.fdi_panel.note.text()

    window.actions_by_name["exchange_rates"].trigger()  # type: ignore[attr-defined]
    dialog = window.rates_dialog  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.currency, "eur")
    dialog.on_date.setDate(QDate(2026, 1, 2))
    qtbot.keyClicks(dialog.units, "0.92")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert _rows(dialog) == [["EUR", "2026-01-02", "0.92", ""]]
    qtbot.waitUntil(
        lambda: not page.is_loading and page.data.figures.fdi_total.notified_usd == Decimal("1000000.00"),
        timeout=10_000,
    )
    assert "EUR 2026-01-02 = 0.92" in page.fdi_panel.note.text()

    dialog.currency.setText("USD")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "USD needs no rate (1 USD = 1 USD)."

    csv_file = tmp_path / "rates.csv"
    csv_file.write_text("currency,date,units per usd\nKRW,2026-01-02,1450\nJPY,2026-01-02,157.5\n", encoding="utf-8")
    assert dialog.import_file(csv_file) == 2
    assert [r[0] for r in _rows(dialog)] == ["EUR", "JPY", "KRW"]
    bad = tmp_path / "bad.csv"
    bad.write_text("currency,date,units per usd\nCHF,2026-01-02,0\n", encoding="utf-8")
    assert dialog.import_file(bad) is None
    assert "line 2" in dialog.message.text() and len(_rows(dialog)) == 3

    dialog.table.setCurrentItem(dialog.table.topLevelItem(1))  # JPY
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert [r[0] for r in _rows(dialog)] == ["EUR", "KRW"]
    assert [r.currency for r in fx.list_rates(ctx)] == ["EUR", "KRW"]
    assert dialog.message.text() == "Deleted (Ctrl+Z brings it back)."


def test_every_rate_change_is_undone_and_redone_with_the_keys_and_the_edit_menu(
    qtbot: QtBot, ctx: Context, window: object, tmp_path: Path
) -> None:
    fx.set_rate(ctx, "EUR", date(2026, 1, 2), Decimal("0.92"), "ECB")
    window.actions_by_name["exchange_rates"].trigger()  # type: ignore[attr-defined]
    dialog = window.rates_dialog  # type: ignore[attr-defined]
    qtbot.waitExposed(dialog)
    # A typo replaces the rate: Ctrl+Z in the dialog puts back the old one, its source with it.
    dialog.currency.setText("EUR")
    dialog.on_date.setDate(QDate(2026, 1, 2))
    dialog.units.setText("9.2")
    dialog.source.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert _rows(dialog) == [["EUR", "2026-01-02", "9.2", "ECB"]]
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _rows(dialog) == [["EUR", "2026-01-02", "0.92", "ECB"]]
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _rows(dialog) == [["EUR", "2026-01-02", "9.2", "ECB"]]
    dialog.undo_stack.undo()

    # An import is one step back: the rates it added go, the one it replaced returns.
    csv_file = tmp_path / "rates.csv"
    csv_file.write_text("통화,기준일,매매기준율\nKRW,2026-01-02,1450\nEUR,2026-01-02,0.95\n", encoding="utf-8")
    assert dialog.import_file(csv_file) == 2
    assert [r[:3] for r in _rows(dialog)] == [["EUR", "2026-01-02", "0.95"], ["KRW", "2026-01-02", "1,450"]]
    window.actions_by_name["undo"].trigger()  # type: ignore[attr-defined]
    assert [r[:3] for r in _rows(dialog)] == [["EUR", "2026-01-02", "0.92"]]

    # A deleted rate comes back whole.
    dialog.table.setCurrentItem(dialog.table.topLevelItem(0))
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert _rows(dialog) == [] and fx.list_rates(ctx) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _rows(dialog) == [["EUR", "2026-01-02", "0.92", "ECB"]]
    assert [(r.currency, r.units_per_usd, r.source) for r in fx.list_rates(ctx)] == [("EUR", Decimal("0.92"), "ECB")]


def test_a_year_of_rates_is_one_short_line_under_the_chart_and_the_list_on_pointing(
    qtbot: QtBot, ctx: Context, window: object
) -> None:
    investor = create_investor(ctx, InvestorDraft("Euro Motors SE", country_code="DE"))
    project = projects.create_project(ctx, ProjectDraft(investor, "Motor plant", ProjectType.GREENFIELD, "NOTIFIED"))
    for month in (2, 4, 6, 8):
        fx.set_rate(ctx, "EUR", date(2026, month, 1), Decimal("0.9"))
        projects.add_fdi_amount(ctx, project, FdiAmountDraft(FdiKind.NOTIFIED, "900000", date(2026, month, 10), "EUR"))
    page = window.show_page("dashboard")  # type: ignore[attr-defined]
    page.set_year(2026)
    with qtbot.waitSignal(page.sig_loaded, timeout=10_000):
        page.refresh_action.trigger()
    note = page.fdi_panel.note
    assert "4 dated rates used (EUR)" in note.text() and "2026-06-01" not in note.text()  # a line, not a list
    for month in ("02", "04", "06", "08"):
        assert f"EUR 2026-{month}-01 = 0.9" in note.toolTip()  # every rate, one point away
