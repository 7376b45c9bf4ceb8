"""The desktop asks why before personal data leaves it: once per session and kind of action,
through the reason dialog; cancelling it exports nothing; the access log keeps the answer."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from kotra_invest.services import access_log, contacts, records
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context
from kotra_invest.store.engine import Database
from kotra_invest.ui import access_reason
from kotra_invest.ui.access_reason import ReasonDialog
from kotra_invest.ui.investor_page import InvestorWindow
from kotra_invest.ui.main_window import MainWindow


@pytest.fixture
def ctx(db: Database) -> Context:
    """The desktop's context as the app makes it: no reason until the officer gives one."""
    return Context(db=db, actor="tester", source="desktop", lang=os.environ.get("KOTRA_INVEST_LANG", "en"))


@pytest.fixture(autouse=True)
def _new_session(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: None)
    access_reason.forget()
    yield
    access_reason.forget()


def _answer(qtbot: QtBot, typed: str | None, seen: list[ReasonDialog]) -> None:
    """When the reason dialog comes up: type `typed` and press OK, or cancel it (None)."""

    def respond() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ReasonDialog):
            QTimer.singleShot(20, respond)
            return
        seen.append(dialog)
        assert not dialog.ok.isEnabled()  # no blank reasons
        if typed is None:
            dialog.reject()
            return
        qtbot.keyClicks(dialog.reason, typed)
        assert dialog.ok.isEnabled()
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, respond)


def _entries(ctx: Context) -> list[tuple[str, str, str | None]]:
    report = access_log.monthly_report(ctx, datetime.now(UTC).strftime("%Y-%m"))
    return [(e.action, e.what, e.reason) for e in report.entries]


def _wait(qtbot: QtBot, job: object) -> None:
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=20_000)  # type: ignore[attr-defined]


def _investor_window(window: MainWindow, ctx: Context) -> InvestorWindow:
    acme = create_investor(ctx, InvestorDraft(name="Acme", owner_login="tester"))
    records.create(
        ctx, contacts.CONTACT, contacts.ContactDraft(full_name="Jane Doe", investor_id=acme, email="jane@acme.example")
    )
    opened = window.open_record("investor", acme)
    assert isinstance(opened, InvestorWindow)
    opened.contacts.selectRow(0)
    return opened


def test_the_reason_is_asked_once_per_kind_and_kept_in_the_log(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    opened = _investor_window(window, ctx)
    seen: list[ReasonDialog] = []
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()

    _answer(qtbot, "subject access request 9", seen)
    _wait(qtbot, opened.export_contact_data(str(first)))
    assert len(seen) == 1 and sorted(p.suffix for p in first.iterdir()) == [".json", ".xlsx"]

    # The same kind again in this session: no question, the same reason.
    _wait(qtbot, opened.export_contact_data(str(second)))
    assert len(seen) == 1 and len(list(second.iterdir())) == 2

    # Another kind (a printed profile) is asked for on its own.
    _answer(qtbot, "meeting with the CFO", seen)
    _wait(qtbot, opened.export_profile(str(tmp_path / "acme.pdf")))
    assert len(seen) == 2 and (tmp_path / "acme.pdf").read_bytes()[:5] == b"%PDF-"

    log = _entries(ctx)
    assert ("download", "privacy_export", "subject access request 9") in log
    assert log.count(("download", "privacy_export", "subject access request 9")) == 2
    assert ("print", "investor_profile", "meeting with the CFO") in log
    assert ("view", "investor_window", None) in log  # opening the window showed the contact


def test_cancelling_the_question_exports_nothing(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    opened = _investor_window(window, ctx)
    seen: list[ReasonDialog] = []
    _answer(qtbot, None, seen)
    assert opened.export_contact_data(str(tmp_path)) is None
    _answer(qtbot, None, seen)
    assert opened.export_profile(str(tmp_path / "acme.pdf")) is None
    assert len(seen) == 2
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".json", ".xlsx", ".pdf")] == []
    assert [e for e in _entries(ctx) if e[0] != "view"] == []


def test_the_dialog_reads_well(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ReasonDialog("briefing_pack")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.reason, "Busan trip, 12 Dec")
    assert dialog.text() == "Busan trip, 12 Dec" and dialog.ok.isEnabled()
    label = dialog.findChild(QLabel)
    assert label is not None and "export a briefing pack" in label.text()
    dialog.grab().save(str(tmp_path / "reason.png"))
    assert (tmp_path / "reason.png").stat().st_size > 1000


def test_opening_a_contact_in_the_investor_window_is_logged_as_a_view(window: MainWindow, ctx: Context) -> None:
    """The contact editor shows the person's details: the desktop's path (records.get with the
    contact kind) logs the view, as the command line's and the pack's reads do."""
    opened = _investor_window(window, ctx)
    contact = contacts.list_contacts(ctx, opened.investor_id)[0].id
    before = [
        e for e in access_log.monthly_report(ctx, datetime.now(UTC).strftime("%Y-%m")).entries if e.what == "contact"
    ]
    editor = opened.edit_contact()
    assert editor is not None and editor.email.text() == "jane@acme.example"
    views = [
        e for e in access_log.monthly_report(ctx, datetime.now(UTC).strftime("%Y-%m")).entries if e.what == "contact"
    ]
    assert len(views) == len(before) + 1
    assert (views[-1].action, views[-1].subject) == ("view", str(contact))
    editor.close()
