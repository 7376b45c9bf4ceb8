"""Who takes part in a delegation, set in its window: the leader, the FEZ authorities and the other
organisations (local governments, agencies) — each saved, shown, and undone through the widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kotra_invest.domain.enums import OrganisationKind
from kotra_invest.services import delegations as pages
from kotra_invest.services.delegations import DelegationDraft, DestinationDraft, create_delegation
from kotra_invest.services.officers import create_officer
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.delegations import DelegationWindow, OrganisationEditor
from kotra_invest.ui.main_window import MainWindow


def _overview(window: DelegationWindow) -> str:
    return window.overview.text()


def test_leader_fezs_and_organisations_are_set_shown_and_undone(
    qtbot: QtBot, window: MainWindow, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    failures: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: failures.append(text))
    create_officer(ctx, "kim.minji", "김민지", "leader", office_code="HQ", name_en="Kim Minji")
    delegation_id = create_delegation(
        ctx,
        DelegationDraft(
            title="대구경북 로봇 투자유치단",
            year=2027,
            lead_province_codes=("KR-27",),
            starts_on=date(2027, 6, 7),
            ends_on=date(2027, 6, 11),
            destinations=(DestinationDraft("DE", "Munich", "Europe/Berlin"),),
        ),
    )
    opened = window.open_record("delegation", delegation_id)
    assert isinstance(opened, DelegationWindow)

    # The leader, picked from the officers.
    editor = opened.edit_leader()
    assert editor is not None
    editor.leader.setCurrentIndex(editor.leader.findData("kim.minji"))
    with qtbot.waitSignal(editor.sig_saved):
        editor.buttons.button(editor.buttons.StandardButton.Save).click()
    assert "Kim Minji" in _overview(opened)
    assert pages.delegation_page(ctx, delegation_id).leader_login == "kim.minji"

    # The FEZ authorities, ticked.
    fezs = opened.edit_fezs()
    assert fezs is not None
    for row in range(fezs.zones.count()):
        entry = fezs.zones.item(row)
        if entry.data(Qt.ItemDataRole.UserRole) in ("DGFEZ", "GJFEZ"):
            entry.setCheckState(Qt.CheckState.Checked)
    assert fezs.is_changed()  # Esc now would ask before dropping the ticks
    with qtbot.waitSignal(fezs.sig_saved):
        fezs.buttons.button(fezs.buttons.StandardButton.Save).click()
    assert [code for code, _n in pages.delegation_page(ctx, delegation_id).fezs] == ["DGFEZ", "GJFEZ"]
    assert "Daegu-Gyeongbuk" in _overview(opened) and "Gwangju" in _overview(opened)

    # Another organisation: added, removed and brought back, renamed.
    org = opened.add_organisation()
    org.kind.setCurrentIndex(org.kind.findData(OrganisationKind.LOCAL_GOVERNMENT))
    org.name_ko.setText("대구광역시")
    qtbot.keyClicks(org.name_en, "Daegu Metropolitan City")
    with qtbot.waitSignal(org.sig_saved):
        org.save()
    assert opened.organisations.rowCount() == 1
    assert [opened.organisations.item(0, c).text() for c in range(3)] == [
        "Local government",
        "대구광역시",
        "Daegu Metropolitan City",
    ]
    assert "Daegu Metropolitan City (Local government)" in _overview(opened)
    opened.tabs.setCurrentIndex(opened.tabs.indexOf(opened.organisations.parentWidget()))
    opened.organisations.selectRow(0)
    opened.remove_organisation()
    assert opened.organisations.rowCount() == 0 and "Daegu" not in _overview(opened).split("Organisations")[1]
    stack = opened.undo_stack
    stack.undo()  # the removal
    assert opened.organisations.rowCount() == 1
    opened.organisations.selectRow(0)
    opened.edit_organisation()
    rename = opened.findChildren(type(org))[-1]
    rename.name_en.setText("Daegu City")
    with qtbot.waitSignal(rename.sig_saved):
        rename.save()
    assert opened.organisations.item(0, 2).text() == "Daegu City"

    # Undo, one step at a time, back to where the trip started.
    stack.undo()  # the rename
    assert opened.organisations.item(0, 2).text() == "Daegu Metropolitan City"
    stack.undo()  # the addition
    assert opened.organisations.rowCount() == 0
    stack.undo()  # the FEZs
    assert pages.delegation_page(ctx, delegation_id).fezs == ()
    stack.undo()  # the leader
    assert pages.delegation_page(ctx, delegation_id).leader_login is None
    assert "Kim Minji" not in _overview(opened)
    stack.redo()
    assert pages.delegation_page(ctx, delegation_id).leader_login == "kim.minji"
    assert failures == []
    opened.close()


def test_an_edit_then_a_delete_undo_in_turn(
    qtbot: QtBot, window: MainWindow, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rename, remove, undo, undo: the rename's undo must not mistake the delete and its restore
    (each moves the record's version on) for someone else's change."""
    failures: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: failures.append(text))
    delegation_id = create_delegation(
        ctx,
        DelegationDraft(
            title="울산 수소 투자유치단",
            year=2027,
            lead_province_codes=("KR-31",),
            starts_on=date(2027, 10, 4),
            ends_on=date(2027, 10, 8),
        ),
    )
    pages.add_organisation(
        ctx, delegation_id, pages.OrganisationDraft(OrganisationKind.AGENCY, "울산테크노파크", "Ulsan TP")
    )
    opened = window.open_record("delegation", delegation_id)
    assert isinstance(opened, DelegationWindow)
    opened.organisations.selectRow(0)
    opened.edit_organisation()
    rename = opened.findChildren(OrganisationEditor)[-1]
    rename.name_en.setText("Ulsan Technopark")
    with qtbot.waitSignal(rename.sig_saved):
        rename.save()
    opened.organisations.selectRow(0)
    opened.remove_organisation()
    assert opened.organisations.rowCount() == 0
    opened.undo_stack.undo()  # the removal
    opened.undo_stack.undo()  # the rename
    assert failures == []
    assert opened.organisations.item(0, 2).text() == "Ulsan TP"
    opened.undo_stack.redo()
    assert opened.organisations.item(0, 2).text() == "Ulsan Technopark" and failures == []
    opened.close()


def test_an_organisation_needs_its_korean_name(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    delegation_id = create_delegation(
        ctx,
        DelegationDraft(
            title="전북 탄소 투자유치단",
            year=2027,
            lead_province_codes=("KR-45",),
            starts_on=date(2027, 9, 1),
            ends_on=date(2027, 9, 4),
        ),
    )
    opened = window.open_record("delegation", delegation_id)
    assert isinstance(opened, DelegationWindow)
    org = opened.add_organisation()
    qtbot.keyClicks(org.name_en, "Jeonbuk Technopark")
    org.save()
    qtbot.waitUntil(lambda: org.errors["name_ko"].isVisible())
    assert org.isVisible() and opened.organisations.rowCount() == 0
    assert pages.organisations(ctx, delegation_id) == []
    org.done(0)
    opened.close()


def test_the_overview_the_leader_and_the_results_undo_in_any_order(
    qtbot: QtBot, window: MainWindow, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    """All three change the one delegation record: undoing one after another must not be taken
    for someone else's change."""
    failures: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: failures.append(text))
    create_officer(ctx, "lee.leader", "이서연", "leader", office_code="HQ", name_en="Lee Seoyeon")
    delegation_id = create_delegation(
        ctx,
        DelegationDraft(
            title="강원 바이오 투자유치단",
            year=2027,
            lead_province_codes=("KR-42",),
            starts_on=date(2027, 11, 1),
            ends_on=date(2027, 11, 5),
        ),
    )
    opened = window.open_record("delegation", delegation_id)
    assert isinstance(opened, DelegationWindow)
    overview = opened.edit_overview()
    assert overview is not None
    qtbot.keyClicks(overview.title_en, "Gangwon bio delegation")
    with qtbot.waitSignal(overview.sig_saved):
        overview.save()
    leader = opened.edit_leader()
    assert leader is not None
    leader.leader.setCurrentIndex(leader.leader.findData("lee.leader"))
    with qtbot.waitSignal(leader.sig_saved):
        leader.save()
    opened.meetings_held.setValue(6)
    opened.save_results()
    page = pages.delegation_page(ctx, delegation_id)
    assert (page.title_en, page.leader_login, page.results.meetings_held) == ("Gangwon bio delegation", "lee.leader", 6)
    for _ in range(3):
        opened.undo_stack.undo()
    page = pages.delegation_page(ctx, delegation_id)
    assert (page.title_en, page.leader_login, page.results.meetings_held) == (None, None, None)
    assert failures == []
    opened.close()
