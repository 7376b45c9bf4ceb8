"""The shared server goes away while an officer is editing: a sentence, the edit kept, saved after."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pg_server import PgServer
from pytestqt.qtbot import QtBot

from kotra_invest.services.database import connect, upgrade
from kotra_invest.services.investors import InvestorDraft, create_investor, get_investor
from kotra_invest.services.officers import ensure_officer
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.main_window import MainWindow


@pytest.mark.postgres
def test_an_edit_survives_the_server_going_away_and_saves_when_it_is_back(
    qtbot: QtBot, private_server: PgServer
) -> None:
    url = private_server.create_owned_database().url  # as an owner, not the superuser
    upgrade(url)
    ctx = Context(connect(url), "postgres", "desktop", "en")  # the server's owner: its first admin
    ensure_officer(replace(ctx, actor="postgres"), name="Server Owner")
    acme = create_investor(ctx, InvestorDraft(name="Fjordheim Grid ASA", website="https://old.example"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("investors")
    editor = page.actions.edit(acme)  # type: ignore[attr-defined]
    assert editor is not None
    editor.website.setText("https://new.example")

    private_server.pause()
    editor.save()
    qtbot.waitUntil(lambda: not editor.saving, timeout=60_000)
    assert editor.isVisible() and editor.general_error.isVisible()
    assert "connect" in editor.general_error.text().lower()
    assert editor.website.text() == "https://new.example"  # what the officer typed is still there

    private_server.resume()
    with qtbot.waitSignal(editor.sig_saved, timeout=30_000):
        editor.save()
    assert get_investor(ctx, acme)[0].website == "https://new.example"
    ctx.db.dispose()
