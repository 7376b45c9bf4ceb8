"""Shared-server pieces of the desktop: history with restore, personal data, the Connect dialog."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pg_server import OwnedDatabase
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from kotra_invest.services import contacts, officers, records
from kotra_invest.services.database import connect, upgrade
from kotra_invest.services.investors import InvestorDraft, create_investor, get_investor, update_investor
from kotra_invest.services.server import init_server
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.connect import ConnectDialog
from kotra_invest.ui.history import HistoryView
from kotra_invest.ui.investor_page import InvestorWindow
from kotra_invest.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _quiet(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    return said


def _history(window: InvestorWindow) -> HistoryView:
    assert isinstance(window.history_tab, HistoryView)
    return window.history_tab


def test_history_shows_each_change_and_restores_a_previous_value(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Acme", website="acme.example", owner_login="tester"))
    _draft, version = get_investor(ctx, acme)
    update_investor(
        ctx, acme, version, InvestorDraft(name="Acme Robotics", website="acme.example", owner_login="tester")
    )
    opened = window.open_record("investor", acme)
    assert isinstance(opened, InvestorWindow)
    view = _history(opened)
    fields = [view.table.item(r, 3).text() for r in range(view.table.rowCount())]
    assert "Name" in fields
    row = next(
        r
        for r in range(view.table.rowCount())
        if view.table.item(r, 3).text() == "Name" and view.table.item(r, 4).text() == "Acme"
    )
    view.table.selectRow(row)
    assert view.restore_selected(ask=False)
    assert get_investor(ctx, acme)[0].name == "Acme"
    assert opened.title.text().startswith("Acme")
    assert view.table.rowCount() > len(fields)  # the restore is itself in the history


def test_personal_data_is_exported_and_erased_on_request(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Acme", owner_login="tester"))
    records.create(
        ctx, contacts.CONTACT, contacts.ContactDraft(full_name="Jane Doe", investor_id=acme, email="jane@acme.example")
    )
    opened = window.open_record("investor", acme)
    assert isinstance(opened, InvestorWindow)
    opened.contacts.selectRow(0)
    folder = tmp_path / "request"
    folder.mkdir()
    job = opened.export_contact_data(str(folder))
    qtbot.waitUntil(lambda: job.done, timeout=10_000)  # type: ignore[union-attr]
    written = sorted(p.suffix for p in folder.iterdir())
    assert written == [".json", ".xlsx"]
    assert "jane@acme.example" in next(folder.glob("*.json")).read_text(encoding="utf-8")

    opened.contacts.selectRow(0)
    assert opened.erase_contact("request of 2026-11-20, ref. 42")
    assert opened.contacts.rowCount() == 0
    history = _history(opened)
    texts = " ".join(history.table.item(r, c).text() for r in range(history.table.rowCount()) for c in range(7))
    assert "jane@acme.example" not in texts and "Jane Doe" not in texts


def test_an_officer_is_told_before_typing_a_reason_that_only_an_admin_erases(
    qtbot: QtBot, ctx: Context, _quiet: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a shared file (or a server) an officer may export a person's data, not erase it: the
    refusal comes before the reason is asked for, and the person stays."""
    from PySide6.QtWidgets import QInputDialog

    from kotra_invest.domain.enums import Role

    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (asked.append("reason"), ("request", True))[1])
    officers.ensure_file_owner(ctx)
    officers.create_officer(ctx, "kim", "Kim", Role.OFFICER, office_code="HQ")
    kim = replace(ctx, actor="kim")
    acme = create_investor(kim, InvestorDraft(name="Acme", owner_login="kim"))
    records.create(kim, contacts.CONTACT, contacts.ContactDraft(full_name="Jane Doe", investor_id=acme))
    window = MainWindow(kim)
    qtbot.addWidget(window)
    opened = window.open_record("investor", acme)
    assert isinstance(opened, InvestorWindow)
    opened.contacts.selectRow(0)
    assert not opened.erase_contact()
    assert asked == [] and _quiet == ["Only an administrator can do this (kim is not one)."]
    assert opened.contacts.rowCount() == 1


@pytest.mark.postgres
def test_connect_dialog_tests_the_server_and_opens_it(qtbot: QtBot, pg_url: str) -> None:
    upgrade(pg_url)
    url = make_url(pg_url)
    dialog = ConnectDialog("en", "tester")
    qtbot.addWidget(dialog)
    dialog.host.setText(url.host or str(url.query["host"]))  # the test server listens on a Unix socket folder
    dialog.database.setText(url.database or "")
    dialog.user.setText(url.username or "")
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("disable"))
    dialog.test()
    qtbot.waitUntil(lambda: "Reachable" in dialog.status.text() or "annot" in dialog.status.text(), timeout=15_000)
    assert "Reachable" in dialog.status.text() and "schema up to date" in dialog.status.text()
    with qtbot.waitSignal(dialog.sig_connected, timeout=15_000) as connected:
        dialog.connect_now()
    ctx = connected.args[0]
    assert isinstance(ctx, Context) and not ctx.db.is_sqlite
    assert ctx.actor == url.username
    ctx.db.dispose()


@pytest.mark.postgres
def test_connect_dialog_shows_the_role_the_server_gives(qtbot: QtBot, owned_pg: OwnedDatabase) -> None:
    """An officer's own login, after `server init`: the dialog says what the server says."""
    upgrade(owned_pg.url)
    owner = connect(owned_pg.url)
    try:
        init_server(owner)
        officers.create_officer(Context(db=owner, actor="setup"), "lee.ui", "이지훈", "leader", office_code="HQ")
    finally:
        owner.dispose()
    url = make_url(owned_pg.url_for("lee.ui"))
    dialog = ConnectDialog("en", "os-user")
    qtbot.addWidget(dialog)
    dialog.host.setText(str(url.query["host"]))
    dialog.database.setText(url.database or "")
    dialog.user.setText("lee.ui")
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("disable"))
    dialog.test()
    qtbot.waitUntil(lambda: "Reachable" in dialog.status.text() or "annot" in dialog.status.text(), timeout=15_000)
    assert dialog.status.text().endswith("the server signs you in as lee.ui, role: Delegation leader.")


def test_a_refused_change_says_whose_record_it_is(qtbot: QtBot, ctx: Context) -> None:
    """Park (Busan) opens Kim's (HQ) investor and edits a contact's e-mail: the form says why not."""
    from kotra_invest.ui.app import load_fonts

    officers.create_officer(ctx, "kim", "김민지", "officer", office_code="HQ", name_en="Kim Minji")
    officers.create_officer(ctx, "park", "박소연", "officer", office_code="RHQ-BS")
    acme = create_investor(ctx, InvestorDraft(name="Acme", owner_login="kim"))
    records.create(
        ctx, contacts.CONTACT, contacts.ContactDraft(full_name="Jane Doe", investor_id=acme, email="jane@acme.example")
    )
    load_fonts()
    park = MainWindow(Context(db=ctx.db, actor="park", source="desktop", lang="en"))
    qtbot.addWidget(park)
    opened = park.open_record("investor", acme)
    assert isinstance(opened, InvestorWindow)
    opened.contacts.selectRow(0)
    editor = opened.edit_contact()
    assert editor is not None
    editor.email.setText("jane.doe@acme.example")
    editor.save()
    qtbot.waitUntil(lambda: editor.general_error.isVisible(), timeout=10_000)
    assert editor.general_error.text() == (
        "You may not change this contact record (it belongs to Kim Minji, KOTRA Headquarters (Invest KOREA))."
    )
    assert contacts.list_contacts(ctx, acme)[0].email == "jane@acme.example"  # unchanged
    for record_window in list(park.record_windows):
        record_window.close()


def test_a_refused_new_contact_says_what_it_would_be_added_to(qtbot: QtBot, ctx: Context) -> None:
    """Park (Busan) adds a contact to Kim's (HQ) investor: the form says contacts may not be added
    to it and whose it is, not that Park may not change a record Park never had."""
    from kotra_invest.ui.app import load_fonts

    officers.create_officer(ctx, "kim", "김민지", "officer", office_code="HQ", name_en="Kim Minji")
    officers.create_officer(ctx, "park", "박소연", "officer", office_code="RHQ-BS")
    acme = create_investor(ctx, InvestorDraft(name="Acme", owner_login="kim"))
    load_fonts()
    park = MainWindow(Context(db=ctx.db, actor="park", source="desktop", lang="en"))
    qtbot.addWidget(park)
    opened = park.open_record("investor", acme)
    assert isinstance(opened, InvestorWindow)
    editor = opened.add_contact()
    editor.full_name.setText("Grace Hopper")
    editor.save()
    qtbot.waitUntil(lambda: editor.general_error.isVisible(), timeout=10_000)
    assert editor.general_error.text() == (
        "You may not add contact records to this investor: it belongs to Kim Minji, KOTRA Headquarters (Invest KOREA)."
    )
    assert contacts.list_contacts(ctx, acme) == []  # nothing added
    for record_window in list(park.record_windows):
        record_window.close()


def test_connect_dialog_says_what_is_missing(qtbot: QtBot) -> None:
    dialog = ConnectDialog("en", "tester")
    qtbot.addWidget(dialog)
    dialog.host.setText("")
    dialog.connect_now()
    assert "required" in dialog.status.text().lower()
