"""The History tab's Restore button, in the investor's, the project's and the delegation's windows,
is offered only to those who may change the record: for anyone else it stays disabled and says
why, in the sentence the refusal would have given after the click."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from kotra_invest.domain.enums import OfficeKind, Role
from kotra_invest.domain.models import Office, Officer
from kotra_invest.services import records
from kotra_invest.services.delegations import (
    DelegationDraft,
    create_delegation,
    get_delegation,
    set_leader,
    update_delegation,
)
from kotra_invest.services.investors import InvestorDraft, create_investor, update_investor
from kotra_invest.services.projects import PROJECT, ProjectDraft, create_project
from kotra_invest.services.unit_of_work import Context, unit_of_work
from kotra_invest.ui.history import HistoryView
from kotra_invest.ui.main_window import MainWindow
from kotra_invest.ui.record_window import RecordWindow

FIELD = {"investor": "Website", "project": "Title", "delegation": "Title"}


@pytest.fixture
def edited(ctx: Context) -> dict[str, object]:
    """An investor, a project and a delegation of Busan's leader, each edited once by them."""
    with unit_of_work(ctx) as s:
        seoul = Office(code="T-SEL", name_ko="서울", name_en="Seoul", kind=OfficeKind.HEADQUARTERS)
        busan = Office(code="T-PUS", name_ko="부산", name_en="Busan", kind=OfficeKind.HEADQUARTERS)
        s.add_all([seoul, busan])
        s.flush()
        s.add_all(
            [
                Officer(login="leader", name="Leader", role=Role.LEADER, office_id=busan.id),
                Officer(login="other", name="Other", role=Role.OFFICER, office_id=seoul.id),
                Officer(login="reader", name="Reader", role=Role.VIEWER),
            ]
        )
        s.commit()
    leader = replace(ctx, actor="leader")
    investor = create_investor(
        leader, InvestorDraft(name="Nordlys Cells", website="https://a.example", owner_login="leader")
    )
    update_investor(
        leader, investor, 1, InvestorDraft(name="Nordlys Cells", website="https://b.example", owner_login="leader")
    )
    project = create_project(leader, ProjectDraft(investor, "Gimhae cell plant", owner_login="leader"))
    records.update(leader, PROJECT, project, 1, ProjectDraft(investor, "Gimhae cathode plant", owner_login="leader"))
    trip = create_delegation(
        leader, DelegationDraft(title="부산 이차전지 투자유치단", year=2027, lead_province_codes=("KR-26",))
    )
    set_leader(leader, trip, "leader")
    draft, version = get_delegation(leader, trip)
    update_delegation(leader, trip, version, replace(draft, title="부산 배터리 투자유치단"))
    return {"investor": investor, "project": project, "delegation": trip}


@pytest.fixture
def as_officer(qtbot: QtBot, ctx: Context) -> Iterator[object]:
    """The main window as `login` opens it."""
    opened: list[MainWindow] = []

    def open_as(login: str) -> MainWindow:
        main = MainWindow(replace(ctx, actor=login))
        qtbot.addWidget(main)
        main.show()
        opened.append(main)
        return main

    yield open_as
    for main in opened:
        for record_window in list(main.record_windows):
            record_window.close()
    QThreadPool.globalInstance().waitForDone(10_000)


def _history(main: MainWindow, kind: str, record_id: object) -> HistoryView:
    opened = main.open_record(kind, record_id)
    if not isinstance(opened, RecordWindow):  # the project's page opens in the main window
        opened = next(w for w in main.record_windows if getattr(w, "record_id", None) == record_id)
    view = opened.history_tab
    assert isinstance(view, HistoryView)
    opened.tabs.setCurrentWidget(view)
    table = view.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 3).text() == FIELD[kind])
    table.selectRow(row)
    return view


@pytest.mark.parametrize("kind", ["investor", "project", "delegation"])
def test_restore_is_offered_only_to_those_who_may_change_the_record(
    kind: str, edited: dict[str, object], as_officer: object
) -> None:
    open_as = as_officer
    assert callable(open_as)
    other = _history(open_as("other"), kind, edited[kind])
    assert not other.restore_button.isEnabled()
    assert other.restore_button.toolTip() == f"You may not change this {kind} record (it belongs to Leader, Busan)."

    reader = _history(open_as("reader"), kind, edited[kind])
    assert not reader.restore_button.isEnabled()
    assert reader.restore_button.toolTip() == "reader has read-only access and cannot make changes."

    leader = _history(open_as("leader"), kind, edited[kind])
    assert leader.restore_button.isEnabled() and leader.restore_button.toolTip() == ""
