"""Amounts typed into the desktop's forms the way officers write them — 1억 5천만, 4억2000만 달러,
USD 12.5M — are stored as `import` reads them; one that names another currency than the form's
currency field is refused next to that field, never stored in the wrong currency."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from when_modal import when_modal

from kotra_invest.services import projects
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.main_window import MainWindow
from kotra_invest.ui.project_page import ProjectWindow
from kotra_invest.ui.projects import MoveDialog, ProjectsPage


def _project_window(window: MainWindow, ctx: Context) -> tuple[ProjectWindow, object]:
    acme = create_investor(ctx, InvestorDraft(name="Hanbit Robotics", name_ko="한빛로보틱스"))
    project_id = projects.create_project(ctx, projects.ProjectDraft(investor_id=acme, title="Daejeon plant"))
    opened = window.open_record("project", project_id)
    assert isinstance(opened, ProjectWindow)
    return opened, project_id


@pytest.mark.parametrize(
    ("typed", "currency", "stored"),
    [
        ("1억 5천만", "KRW", (Decimal("150000000"), "KRW")),
        ("4억2000만 달러", "USD", (Decimal("420000000"), "USD")),
        ("USD 12.5M", "USD", (Decimal("12500000"), "USD")),
        ("12,500,000", "USD", (Decimal("12500000"), "USD")),
    ],
)
def test_a_tranche_typed_in_words_is_stored_as_meant(
    qtbot: QtBot, window: MainWindow, ctx: Context, typed: str, currency: str, stored: tuple[Decimal, str]
) -> None:
    opened, project_id = _project_window(window, ctx)
    editor = opened.add_tranche()
    editor.amount.setText(typed)  # Hangul: setText, as the IME commits it
    editor.currency.setText(currency)
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000):
        editor.save()
    [row] = projects.fdi_amounts(ctx, project_id)  # type: ignore[arg-type]
    assert (row.amount, row.currency) == stored
    assert opened.tranches.rowCount() == 1


@pytest.mark.parametrize(("typed", "currency"), [("1억 5천만", "USD"), ("USD 12.5M", "KRW")])
def test_an_amount_in_another_currency_than_the_field_is_refused_next_to_the_currency(
    qtbot: QtBot, window: MainWindow, ctx: Context, typed: str, currency: str
) -> None:
    opened, project_id = _project_window(window, ctx)
    editor = opened.add_tranche()
    editor.amount.setText(typed)
    editor.currency.setText(currency)
    editor.save()
    qtbot.waitUntil(lambda: editor.errors["currency"].isVisible(), timeout=10_000)
    assert currency in editor.errors["currency"].text() and typed in editor.errors["currency"].text()
    assert projects.fdi_amounts(ctx, project_id) == []  # type: ignore[arg-type]
    editor.mark_clean()
    editor.close()


def test_a_move_to_notified_takes_the_amount_in_words(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Hanbit Robotics"))
    project_id = projects.create_project(ctx, projects.ProjectDraft(investor_id=acme, title="Cathode plant"))
    page = window.show_page("projects")
    assert isinstance(page, ProjectsPage)
    page.view_choice.setCurrentIndex(page.view_choice.findData("table"))
    page.table.selectRow(0)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, MoveDialog)
        dialog.stage.setCurrentIndex(dialog.stage.findData("NOTIFIED"))
        dialog.amount.setText("1억 5천만")
        dialog.currency.setText("KRW")
        dialog.on_date.setDate(QDate(2026, 3, 4))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    seen = when_modal(MoveDialog, fill)
    page.move_selected()
    assert seen, "the move dialog opened"
    [row] = projects.fdi_amounts(ctx, project_id)
    assert (row.amount, row.currency) == (Decimal("150000000"), "KRW")


def test_a_projects_planned_investment_in_words(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Hanbit Robotics"))
    page = window.show_page("projects")
    assert isinstance(page, ProjectsPage)
    editor = page.actions.create(acme, "Hanbit Robotics")
    assert editor is not None
    qtbot.keyClicks(editor.title, "Daejeon plant")
    editor.capex.setText("1.5억")
    editor.currency.setText("KRW")
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000):
        editor.save()
    [row] = projects.list_projects(ctx).rows
    assert (row.title, row.capex_amount, row.capex_currency) == ("Daejeon plant", Decimal("150000000"), "KRW")
