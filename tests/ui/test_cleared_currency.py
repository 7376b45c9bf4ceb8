"""A currency the officer cleared is refused in the editor, never saved as USD or KRW: the stage
move to 신고/도착, the project's planned investment and an incentive application say "Currency is
required." (as the tranche editor does), stay open, and leave the database as it was."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from when_modal import when_modal

from kotra_invest.domain.aftercare_models import GrantingBody, IncentiveType
from kotra_invest.services import incentives, projects, records
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.read_models import ProjectFilter
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui import i18n
from kotra_invest.ui.aftercare import IncentiveEditor
from kotra_invest.ui.main_window import MainWindow
from kotra_invest.ui.project_page import ProjectWindow
from kotra_invest.ui.projects import MoveDialog, ProjectEditor, ProjectsPage


def _plant(ctx: Context, **draft: object) -> uuid.UUID:
    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    return projects.create_project(
        ctx,
        projects.ProjectDraft(investor_id=acme, title="Cathode plant", **draft),  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("amount", "currency", "refusal"),
    [
        ("12,500,000", "", "Currency is required."),
        ("0", "USD", "Amount must be more than zero."),  # the save's own rules, asked before it closes
    ],
)
def test_a_move_to_notified_the_save_would_refuse_is_refused_in_the_open_dialog(
    qtbot: QtBot, window: MainWindow, ctx: Context, amount: str, currency: str, refusal: str
) -> None:
    project_id = _plant(ctx, stage_code="MOU")
    page = window.show_page("projects")
    assert isinstance(page, ProjectsPage)
    page.view_choice.setCurrentIndex(page.view_choice.findData("table"))
    page.table.selectRow(0)
    said: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, MoveDialog)
        dialog.stage.setCurrentIndex(dialog.stage.findData("NOTIFIED"))
        assert dialog.currency.text() == "USD"  # the usual default, offered
        dialog.amount.setText(amount)
        dialog.currency.setText(currency)
        buttons = dialog.findChild(QDialogButtonBox)
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        said.append(dialog.error.text())
        said.append("open" if dialog.isVisible() else "closed")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    seen = when_modal(MoveDialog, fill)
    page.move_selected()
    assert seen and said == [refusal, "open"]
    assert projects.get_project_row(ctx, project_id).stage_code == "MOU"  # type: ignore[arg-type]
    assert projects.fdi_amounts(ctx, project_id) == []  # type: ignore[arg-type]


def test_a_move_without_an_amount_needs_no_currency(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    """No amount, no tranche: nothing is recorded in any currency, so a blank one is no matter."""
    project_id = _plant(ctx, stage_code="MOU")
    page = window.show_page("projects")
    assert isinstance(page, ProjectsPage)
    page.view_choice.setCurrentIndex(page.view_choice.findData("table"))
    page.table.selectRow(0)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, MoveDialog)
        dialog.stage.setCurrentIndex(dialog.stage.findData("NOTIFIED"))
        dialog.currency.clear()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    seen = when_modal(MoveDialog, fill)
    page.move_selected()
    assert seen
    assert projects.get_project_row(ctx, project_id).stage_code == "NOTIFIED"  # type: ignore[arg-type]
    assert projects.fdi_amounts(ctx, project_id) == []  # type: ignore[arg-type]


@pytest.fixture
def korean() -> Iterator[None]:
    assert i18n.install("ko")
    yield
    i18n.install("en")


def test_the_move_dialog_refuses_a_cleared_currency_in_korean(qtbot: QtBot, korean: None) -> None:
    dialog = MoveDialog([("MOU", "MOU 체결"), ("NOTIFIED", "신고")], "MOU", project="양극재 공장", lang="ko")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.stage.setCurrentIndex(dialog.stage.findData("NOTIFIED"))
    dialog.amount.setText("12,500,000")
    dialog.currency.setText("")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.error.text() == "통화 항목은 필수입니다."
    assert dialog.isVisible() and dialog.result() == 0


@pytest.mark.parametrize("capex", ["5,000,000", ""])
def test_a_cleared_capex_currency_is_refused_beside_it(
    qtbot: QtBot, window: MainWindow, ctx: Context, capex: str
) -> None:
    """With or without a planned amount, as the tranche editor: the project always has a currency,
    the field offers USD, and a field the officer emptied is said to be required."""
    project_id = _plant(ctx, capex_amount="5000000", capex_currency="EUR")
    before = records.get(ctx, projects.PROJECT, project_id)
    opened = window.open_record("project", project_id)
    assert isinstance(opened, ProjectWindow)
    editor = opened.project_actions.edit(project_id)
    assert isinstance(editor, ProjectEditor)
    assert editor.currency.text() == "EUR"
    editor.capex.setText(capex)
    editor.currency.clear()
    editor.save()
    qtbot.waitUntil(lambda: editor.errors["capex_currency"].isVisible(), timeout=10_000)
    assert editor.errors["capex_currency"].text() == "Capex currency is required."
    assert editor.isVisible()
    assert records.get(ctx, projects.PROJECT, project_id) == before
    editor.mark_clean()
    editor.close()


def test_a_new_project_offers_usd_and_refuses_it_cleared(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    page = window.show_page("projects")
    assert isinstance(page, ProjectsPage)
    editor = page.actions.create(acme, "Acme Batteries")
    assert isinstance(editor, ProjectEditor)
    assert editor.currency.text() == "USD"
    editor.title.setText("Cathode plant")
    editor.capex.setText("12,500,000")
    editor.currency.clear()
    editor.save()
    qtbot.waitUntil(lambda: editor.errors["capex_currency"].isVisible(), timeout=10_000)
    assert editor.errors["capex_currency"].text() == "Capex currency is required."
    assert not projects.list_projects(ctx, ProjectFilter()).rows
    editor.currency.setText("eur")
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000):
        editor.save()
    [row] = projects.list_projects(ctx, ProjectFilter()).rows
    assert records.get(ctx, projects.PROJECT, row.id)[0].capex_currency == "EUR"


def test_a_cleared_incentive_currency_is_refused_not_saved_as_krw(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    project_id = _plant(ctx, stage_code="NOTIFIED")
    opened = window.open_record("project", project_id)
    assert isinstance(opened, ProjectWindow)
    editor = opened.add_incentive()
    assert isinstance(editor, IncentiveEditor)
    assert editor.currency.text() == "KRW"
    editor.amount.setText("4,500,000,000")
    editor.currency.clear()
    editor.save()
    qtbot.waitUntil(lambda: editor.errors["currency"].isVisible(), timeout=10_000)
    assert editor.errors["currency"].text() == "Currency is required."
    assert editor.isVisible()
    assert incentives.incentive_list(ctx, project_id=project_id) == []  # type: ignore[arg-type]
    editor.mark_clean()
    editor.close()


def test_an_incentive_edited_with_its_currency_cleared_keeps_its_currency(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    project_id = _plant(ctx, stage_code="NOTIFIED")
    application = records.create(
        ctx,
        incentives.INCENTIVE,
        incentives.IncentiveDraft(
            IncentiveType.CASH_GRANT, GrantingBody.MINISTRY, amount="3000000", currency="USD", applied_on=date.today()
        ),
        project_id=project_id,
    )
    before = records.get(ctx, incentives.INCENTIVE, application)
    opened = window.open_record("project", project_id)
    assert isinstance(opened, ProjectWindow)
    opened.incentive_table.selectRow(0)
    editor = opened.edit_incentive()
    assert isinstance(editor, IncentiveEditor)
    assert editor.currency.text() == "USD"
    editor.amount.clear()  # no amount either: the application still has a currency, as the CLI says
    editor.currency.clear()
    editor.save()
    qtbot.waitUntil(lambda: editor.errors["currency"].isVisible(), timeout=10_000)
    assert editor.errors["currency"].text() == "Currency is required."
    assert records.get(ctx, incentives.INCENTIVE, application) == before
    editor.mark_clean()
    editor.close()


def test_the_incentive_editor_says_it_in_korean(qtbot: QtBot, window: MainWindow, ctx: Context, korean: None) -> None:
    project_id = _plant(ctx, stage_code="NOTIFIED")
    editor = IncentiveEditor(replace(ctx, lang="ko"), None)
    qtbot.addWidget(editor)
    editor.set_save(lambda: lambda: records.create(ctx, incentives.INCENTIVE, editor.draft(), project_id=project_id))
    editor.show()
    editor.currency.clear()
    editor.save()
    qtbot.waitUntil(lambda: editor.errors["currency"].isVisible(), timeout=10_000)
    assert editor.errors["currency"].text() == "통화 항목은 필수입니다."
    assert incentives.incentive_list(ctx, project_id=project_id) == []  # type: ignore[arg-type]
    editor.mark_clean()
