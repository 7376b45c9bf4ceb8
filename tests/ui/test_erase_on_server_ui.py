"""Erasing a person's data on request from the investor window, on the shared PostgreSQL server
with each officer's own login (after `server init`): an admin's act. An officer who clicks it is
told so in the window before any reason is asked, and the person stays; the admin erases."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from test_server_rules import World, pg_world  # noqa: F401  (the fixture: the server, officers' own logins)

from kotra_invest.domain.models import Contact
from kotra_invest.services.privacy import ERASED_NAME
from kotra_invest.services.unit_of_work import unit_of_work
from kotra_invest.ui.investor_page import InvestorWindow
from kotra_invest.ui.main_window import MainWindow

pytestmark = pytest.mark.postgres


def _contact(w: World) -> Contact:
    with unit_of_work(w.as_("boss")) as session:
        found = session.scalar(select(Contact).where(Contact.id == w.ids["contact"]))
        assert found is not None
        return found


def _acme_window(qtbot: QtBot, w: World, login: str) -> tuple[MainWindow, InvestorWindow]:
    from kotra_invest.ui.app import load_fonts

    load_fonts()
    desk = MainWindow(w.as_(login))
    qtbot.addWidget(desk)
    opened = desk.open_record("investor", w.ids["acme"])
    assert isinstance(opened, InvestorWindow)
    opened.contacts.selectRow(0)
    return desk, opened


def _erase_button(window: InvestorWindow) -> QPushButton:
    (button,) = [b for b in window.findChildren(QPushButton) if b.text() == "E&rase on request…"]
    return button


def _close(desk: MainWindow) -> None:
    from PySide6.QtCore import QThreadPool

    for record_window in list(desk.record_windows):
        record_window.close()
    QThreadPool.globalInstance().waitForDone(10_000)


def test_an_officer_on_the_server_is_told_only_an_admin_erases_and_the_admin_does(
    qtbot: QtBot,
    pg_world: World,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    said: list[tuple[QWidget, str]] = []
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, _t, text, *a: said.append((parent, text)))
    answer: Callable[..., Any] = lambda *a, **k: (asked.append("reason"), ("request of 2026-12-01, ref. 7", True))[1]  # noqa: E731
    monkeypatch.setattr(QInputDialog, "getText", answer)

    desk, kims = _acme_window(qtbot, pg_world, "kim")  # Kim owns the investor, and may still not erase
    assert kims.contacts.rowCount() == 1
    _erase_button(kims).click()
    assert said == [(kims, "Only an administrator can do this (kim is not one).")]
    assert asked == []  # no reason typed in vain
    assert kims.contacts.rowCount() == 1
    assert _contact(pg_world).full_name == "Ada Lovelace" and _contact(pg_world).email == "ada@acme.example"
    _close(desk)

    desk, boss = _acme_window(qtbot, pg_world, "boss")
    _erase_button(boss).click()
    assert asked == ["reason"] and said[1:] == []
    erased = _contact(pg_world)
    assert erased.full_name == ERASED_NAME and erased.email is None and erased.deleted_at is not None
    assert boss.contacts.rowCount() == 0
    _close(desk)
