"""An officer's day walked through the real widgets: a project moved to 신고 with its amount, a
도착 tranche, both undone; a meeting logged with a follow-up; an editor closed with changes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from when_modal import when_modal

from kotra_invest.services import projects, tasks
from kotra_invest.services.investors import InvestorDraft, create_investor, investor_page
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.dashboard import DashboardPage
from kotra_invest.ui.investor_page import InvestorWindow
from kotra_invest.ui.main_window import MainWindow
from kotra_invest.ui.project_page import ProjectWindow
from kotra_invest.ui.projects import MoveDialog, ProjectsPage
from kotra_invest.ui.tasks import TasksPage

YEAR = date.today().year


@pytest.fixture
def db_url(scenario_db_url: str) -> str:
    """The officer's day runs on the embedded file and on the shared server, as an officer's own login."""
    return scenario_db_url


def _notified_total(qtbot: QtBot, dashboard: DashboardPage) -> Decimal:
    with qtbot.waitSignal(dashboard.sig_loaded, timeout=10_000):
        dashboard.refresh()
    return dashboard.data.figures.fdi_total.notified_usd


def test_a_move_to_notified_records_its_amount_and_undo_takes_both_back(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    project_id = projects.create_project(
        ctx, projects.ProjectDraft(investor_id=acme, title="Cathode plant", stage_code="MOU")
    )
    dashboard = window.show_page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    before = _notified_total(qtbot, dashboard)

    page = window.show_page("projects")
    assert isinstance(page, ProjectsPage)
    page.view_choice.setCurrentIndex(page.view_choice.findData("table"))  # the settings may remember the board
    page.table.selectRow(0)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, MoveDialog)
        assert "Cathode plant" in dialog.windowTitle()
        dialog.stage.setCurrentIndex(dialog.stage.findData("NOTIFIED"))
        assert dialog.amount.isVisible() and dialog.currency.text() == "USD"
        qtbot.keyClicks(dialog.amount, "12,500,000")
        dialog.on_date.setDate(QDate(YEAR, 3, 4))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    seen = when_modal(MoveDialog, fill)
    qtbot.keyClick(page, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert seen, "Ctrl+M opened the move dialog"
    assert projects.get_project_row(ctx, project_id).stage_code == "NOTIFIED"  # type: ignore[arg-type]

    page.open_selected()  # as a double click does
    opened = window.record_windows[-1]
    assert isinstance(opened, ProjectWindow)
    assert opened.tranches.rowCount() == 1
    assert [opened.tranches.item(0, c).text() for c in range(4)] == [
        "Notified (pledged)",
        f"{YEAR}-03-04 ({date(YEAR, 3, 4):%a})",
        "12,500,000",
        "USD",
    ]
    assert "USD 12.5 M" in opened.totals.text()
    assert _notified_total(qtbot, dashboard) - before == Decimal("12500000")

    # A 도착 tranche in the project window, through its editor.
    editor = opened.add_tranche()
    editor.kind.setCurrentIndex(editor.kind.findData(projects.FdiKind.ARRIVED))
    qtbot.keyClicks(editor.amount, "4000000")
    editor.on_date.setDate(QDate(YEAR, 6, 1))
    with qtbot.waitSignal(editor.sig_saved):
        editor.save()
    assert opened.tranches.rowCount() == 2
    assert "USD 4.0 M" in opened.totals.text()
    stages = [opened.stages.item(r, 2).text() for r in range(opened.stages.rowCount())]
    assert "Notified (신고)" in stages

    # The tranche was added in the project window: its own history undoes it.
    opened.undo_stack.undo()
    assert opened.tranches.rowCount() == 1
    # The move was made on the projects page: the main window's history undoes it, tranche and all.
    window.undo_stack.undo()
    assert projects.get_project_row(ctx, project_id).stage_code == "MOU"  # type: ignore[arg-type]
    assert projects.fdi_amounts(ctx, project_id) == []  # type: ignore[arg-type]
    assert _notified_total(qtbot, dashboard) == before
    opened.refresh()
    assert opened.tranches.rowCount() == 0


def test_a_non_usd_tranche_is_shown_unconverted_never_as_zero(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    project_id = projects.create_project(ctx, projects.ProjectDraft(investor_id=acme, title="Cathode plant"))
    projects.add_fdi_amount(
        ctx, project_id, projects.FdiAmountDraft(projects.FdiKind.NOTIFIED, "3000000", date(YEAR, 2, 1), "EUR")
    )  # type: ignore[arg-type]
    opened = window.open_record("project", project_id)
    assert isinstance(opened, ProjectWindow)
    assert "not converted" in opened.totals.text()
    assert "EUR" in opened.totals.text()


def test_a_meeting_with_a_follow_up_shows_in_the_timeline_and_in_tasks(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    opened = window.open_record("investor", acme)
    assert isinstance(opened, InvestorWindow)
    editor = opened.log_activity()
    assert editor is not None
    qtbot.keyClicks(editor.summary, "Site visit in Ulsan")
    qtbot.keyClicks(editor.place, "Ulsan Mipo plant")
    qtbot.keyClicks(editor.their_participants, "CEO Anna Lindqvist")
    qtbot.keyClicks(editor.our_participants, "Director Kim, Ulsan FEZ")
    qtbot.keyClicks(editor.outcome, "Send the incentive sheet")
    editor.follow_up.setChecked(True)
    assert editor.follow_up_title.text() == "Send the incentive sheet"
    editor.assignee.setCurrentIndex(editor.assignee.findData(ctx.actor))
    editor.due.setDate(QDate(YEAR + 1, 1, 15))
    with qtbot.waitSignal(editor.sig_saved):
        editor.save()
    assert opened.timeline.item(0, 2).text() == "Site visit in Ulsan"
    assert opened.timeline.item(0, 3).text() == "Send the incentive sheet"

    page = window.show_page("tasks")
    assert isinstance(page, TasksPage)
    page.refresh()
    titles = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert "Send the incentive sheet" in titles
    mine = tasks.task_list(ctx)
    assert [t.title for t in mine] == ["Send the incentive sheet"] and mine[0].due_on == date(YEAR + 1, 1, 15)

    # Open the meeting again and change its outcome.
    opened.timeline.selectRow(0)
    again = opened.open_activity()
    assert again is not None and again.outcome.text() == "Send the incentive sheet"
    assert (again.place.text(), again.their_participants.text(), again.our_participants.text()) == (
        "Ulsan Mipo plant",
        "CEO Anna Lindqvist",
        "Director Kim, Ulsan FEZ",
    )
    again.outcome.setText("Sheet sent")
    with qtbot.waitSignal(again.sig_saved):
        again.save()
    assert opened.timeline.item(0, 3).text() == "Sheet sent"
    opened.undo_stack.undo()  # the edit
    assert opened.timeline.item(0, 3).text() == "Send the incentive sheet"
    opened.undo_stack.undo()  # the meeting and its follow-up, as one
    assert opened.timeline.rowCount() == 0
    assert tasks.task_list(ctx) == []


def test_esc_on_a_changed_editor_asks_before_discarding(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    opened = window.open_record("investor", acme)
    assert isinstance(opened, InvestorWindow)
    editor = opened.add_contact()
    qtbot.waitExposed(editor)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # nothing typed: closes without a question
    assert not editor.isVisible()

    editor = opened.add_contact()
    qtbot.waitExposed(editor)
    qtbot.keyClicks(editor.full_name, "Kim Minsu")
    questions: list[str] = []

    def keep(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        questions.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(QMessageBox, keep)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert questions == ["Discard your changes?"]
    assert editor.isVisible() and editor.full_name.text() == "Kim Minsu"

    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Discard).click())  # type: ignore[attr-defined]
    editor.close()
    assert not editor.isVisible()

    # A contact saved in the record window is undone from the Edit menu while that window is active…
    editor = opened.add_contact()
    qtbot.keyClicks(editor.full_name, "Lee Jiwon")
    with qtbot.waitSignal(editor.sig_saved):
        editor.save()
    assert opened.contacts.rowCount() == 1
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    assert window.undo_group.activeStack() is opened.undo_stack
    window.actions_by_name["undo"].trigger()
    assert opened.contacts.rowCount() == 0
    window.actions_by_name["redo"].trigger()
    assert opened.contacts.rowCount() == 1

    # …and Esc closes the record window, its history with it: no undo can reach it any more.
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    qtbot.keyClick(opened.tabs, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: opened not in window.record_windows)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.undo_group.activeStack() is window.undo_stack
    window.actions_by_name["undo"].trigger()
    assert [c.full_name for c in investor_page(ctx, acme).contacts] == ["Lee Jiwon"]


def test_a_newcomer_on_the_demo_is_told_why_the_list_is_empty_and_offered_everyone(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    from kotra_invest.demo import generate_demo

    if not ctx.db.is_sqlite:
        pytest.skip("the demo is loaded into a file (or by a server's owner), never through an officer's login")
    generate_demo(ctx)
    page = window.show_page("tasks")
    assert isinstance(page, TasksPage)
    page.refresh()
    assert page.table.rowCount() == 0
    assert page.empty.isVisible() and ctx.actor in page.empty.text()
    assert page.show_everyone.isVisible() and page.show_everyone.text() == "Show everyone's tasks"
    qtbot.mouseClick(page.show_everyone, Qt.MouseButton.LeftButton)
    assert page.scope.currentData() == "everyone"
    assert page.table.rowCount() > 20
    assert not page.empty.isVisible()
    assignees = {page.table.item(r, 3).text() for r in range(page.table.rowCount())}
    assert len(assignees) > 3  # everyone's, not one officer's

    # A task about a project opens the project's window.
    row = next(r for r in page.rows if r.project_id is not None)
    page.table.selectRow(page.rows.index(row))
    page.open_subject()
    opened = window.record_windows[-1]
    assert isinstance(opened, ProjectWindow) and opened.project_id == row.project_id

    # Completed ones show on request; cancel and reopen are undoable.
    open_count = page.table.rowCount()
    page.show_closed.setChecked(True)
    assert page.table.rowCount() > open_count
    first = page.rows[0]
    assert first.status == "open"
    page.table.selectRow(0)
    page.cancel_selected()
    assert tasks.get_task_row(ctx, first.id).status == "cancelled"
    window.undo_stack.undo()
    assert tasks.get_task_row(ctx, first.id).status == "open"


def test_the_history_tab_speaks_names_and_restores_only_what_can_be(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    import re

    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    project_id = projects.create_project(
        ctx, projects.ProjectDraft(investor_id=acme, title="Cathode plant", target_province_code="KR-26")
    )
    projects.move_project(ctx, project_id, "MOU", on_date=date(YEAR, 5, 4))  # type: ignore[arg-type]
    opened = window.open_record("project", project_id)
    assert isinstance(opened, ProjectWindow)
    history = opened.history_tab
    assert history is not None
    history.refresh()  # type: ignore[attr-defined]
    table = history.table  # type: ignore[attr-defined]
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    uuid_like = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")
    assert not any(uuid_like.search(cell) for row in rows for cell in row), rows
    stage = next(row for row in rows if row[3] == "Stage")
    assert (stage[4], stage[5]) == ("Lead identified", "MOU signed")
    since = next(row for row in rows if row[3] == "In stage since")
    assert since[5] == f"{YEAR}-05-04"
    created = next(r for r, row in enumerate(rows) if row[2] == "Created")
    assert "Busan" in rows[created][5] and "Acme Batteries" in rows[created][5]
    table.selectRow(created)
    assert not history.restore_button.isEnabled()  # type: ignore[attr-defined]
    table.selectRow(rows.index(stage))
    assert history.restore_button.isEnabled()  # type: ignore[attr-defined]
    assert history.restore_selected(ask=False)  # type: ignore[attr-defined]
    assert projects.get_project_row(ctx, project_id).stage_code == "LEAD"  # type: ignore[arg-type]


def test_a_delegation_member_is_added_edited_and_removed_through_the_one_edit_path(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    from kotra_invest.services.delegations import DelegationDraft, DestinationDraft, create_delegation
    from kotra_invest.ui.delegations import DelegationWindow

    delegation_id = create_delegation(
        ctx,
        DelegationDraft(
            title="부산 수소 투자유치단",
            year=YEAR,
            lead_province_codes=("KR-26",),
            starts_on=date(YEAR, 3, 9),
            ends_on=date(YEAR, 3, 13),
            destinations=(DestinationDraft("US", "Houston", "America/Chicago"),),
        ),
    )
    opened = window.open_record("delegation", delegation_id)
    assert isinstance(opened, DelegationWindow)
    editor = opened.add_member()
    qtbot.keyClicks(editor.name, "Park Hyungjun")
    qtbot.keyClicks(editor.position, "Mayor")
    with qtbot.waitSignal(editor.sig_saved):
        editor.save()
    assert opened.members.rowCount() == 1
    opened.members.selectRow(0)
    opened.edit_member()
    edit = opened.findChildren(type(editor))[-1]
    edit.position.setText("Mayor of Busan")
    with qtbot.waitSignal(edit.sig_saved):
        edit.save()
    assert "Mayor of Busan" in [opened.members.item(0, c).text() for c in range(opened.members.columnCount())]
    opened.undo_stack.undo()
    assert "Mayor" in [opened.members.item(0, c).text() for c in range(opened.members.columnCount())]
    opened.undo_stack.undo()
    assert opened.members.rowCount() == 0


def test_search_the_table_and_the_board_open_the_project_window(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    project_id = projects.create_project(ctx, projects.ProjectDraft(investor_id=acme, title="Zyxwv cathode plant"))
    qtbot.keyClicks(window.search, "zyxwv")
    qtbot.waitUntil(lambda: window.search.hit_ids() == [project_id])
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert isinstance(window.record_windows[-1], ProjectWindow) and window.record_windows[-1].project_id == project_id

    page = window.show_page("projects")
    assert isinstance(page, ProjectsPage)
    page.view_choice.setCurrentIndex(page.view_choice.findData("table"))  # the settings may remember the board
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert len(window.record_windows) == 2 and window.record_windows[-1].project_id == project_id  # type: ignore[attr-defined]

    page.view_choice.setCurrentIndex(page.view_choice.findData("board"))
    cards = page.board.lists["LEAD"]
    cards.setFocus()
    cards.setCurrentItem(cards.item(0))
    qtbot.keyClick(cards, Qt.Key.Key_Return)
    assert len(window.record_windows) == 3 and window.record_windows[-1].project_id == project_id  # type: ignore[attr-defined]


def test_ctrl_w_closes_a_project_window_and_its_history_goes_with_it(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    project_id = projects.create_project(ctx, projects.ProjectDraft(investor_id=acme, title="Cathode plant"))
    opened = window.open_record("project", project_id)
    assert isinstance(opened, ProjectWindow)
    editor = opened.add_tranche()
    qtbot.keyClicks(editor.amount, "1000000")
    with qtbot.waitSignal(editor.sig_saved):
        editor.save()
    assert opened.undo_stack.count() == 1
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    qtbot.keyClick(opened.tabs, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: opened not in window.record_windows)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.actions_by_name["undo"].trigger()  # the closed window's tranche is out of reach
    assert len(projects.fdi_amounts(ctx, project_id)) == 1  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("typed", "currency", "field", "said"),
    [
        ("1e400", "USD", "amount", "too large"),
        ("0", "USD", "amount", "more than zero"),
        ("1000000", "", "currency", "Currency is required."),  # the field marked *, cleared: not USD
    ],
)
def test_a_bad_tranche_is_refused_next_to_its_field(
    qtbot: QtBot, window: MainWindow, ctx: Context, typed: str, currency: str, field: str, said: str
) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    project_id = projects.create_project(ctx, projects.ProjectDraft(investor_id=acme, title="Cathode plant"))
    opened = window.open_record("project", project_id)
    assert isinstance(opened, ProjectWindow)
    editor = opened.add_tranche()
    qtbot.keyClicks(editor.amount, typed)
    editor.currency.setText(currency)
    editor.save()
    qtbot.waitUntil(lambda: editor.errors[field].isVisible(), timeout=10_000)
    assert said in editor.errors[field].text()
    assert opened.tranches.rowCount() == 0 and projects.fdi_amounts(ctx, project_id) == []  # type: ignore[arg-type]
    editor.mark_clean()
    editor.close()
