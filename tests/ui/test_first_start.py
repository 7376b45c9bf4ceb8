"""Bare `kotra-invest` on a new machine: creates the database, loads demo data, shows the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from kotra_invest.cli import main


@pytest.fixture(autouse=True)
def _no_nested_exec(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """`run()` ends in `app.exec()`; here the test's event loop stands in for it.

    A real `exec()` that returns inside the test process leaves Qt no longer delivering events
    posted from worker threads, which would break every later test that saves in the background.
    """
    quit_requested: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quit_requested.append(True)))

    def exec_until_quit(*_args: object) -> int:
        qtbot.waitUntil(lambda: bool(quit_requested), timeout=60_000)
        quit_requested.clear()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_until_quit)


def _main_windows() -> list[QMainWindow]:
    """The main window once it has taken the start window's place (ui/start.py)."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMainWindow) and w.isVisible() and w.objectName() == "main_window"
    ]


def _close_when_shown(seen: list[str]) -> None:
    def check() -> None:
        windows = _main_windows()
        if not windows:
            QTimer.singleShot(50, check)
            return
        window = windows[0]
        investors = window.show_page("investors")  # type: ignore[attr-defined]
        seen.append(window.windowTitle())
        seen.append(investors.count.text())
        for window in windows:
            window.close()
            window.deleteLater()
        QApplication.quit()

    QTimer.singleShot(0, check)


def test_first_start_creates_the_database_with_demo_data(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    seen: list[str] = []
    _close_when_shown(seen)

    assert main([]) == 0

    database = tmp_path / "xdg-data" / "kotra-invest" / "kotra-invest.sqlite3"
    assert database.exists()
    title, summary = seen
    assert "kotra-invest" in title
    assert summary.endswith("investors") and summary.split()[0] not in ("0", "0+")  # demo investors listed


def test_second_start_does_not_add_demo_data_again(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'mine.sqlite3'}"
    first: list[str] = []
    _close_when_shown(first)
    assert main(["--db", url]) == 0
    second: list[str] = []
    _close_when_shown(second)
    assert main(["--db", url]) == 0
    assert first[1] == second[1]  # same count: nothing was generated twice


def test_a_damaged_database_is_restored_from_its_backup_when_the_officer_agrees(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from kotra_invest.services.database import connect
    from kotra_invest.services.investors import InvestorDraft, create_investor
    from kotra_invest.services.search import search
    from kotra_invest.services.unit_of_work import Context
    from kotra_invest.store import backup

    path = tmp_path / "mine.sqlite3"
    db = connect(f"sqlite:///{path}")
    create_investor(Context(db, "tester"), InvestorDraft(name="Rescued GmbH"))
    backup.backup(db, reason="daily")
    db.dispose()
    for leftover in tmp_path.glob("mine.sqlite3-*"):
        leftover.unlink()
    path.write_bytes(b"\x00" * 100 + path.read_bytes()[100:])
    asked: list[str] = []

    def agree(_parent: object, _title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", agree)
    seen: list[str] = []
    _close_when_shown(seen)

    assert main(["--db", f"sqlite:///{path}"]) == 0

    assert asked and "db restore" in asked[0]
    db = connect(f"sqlite:///{path}")
    hits = search(Context(db, "tester"), "Rescued")
    assert [h.label for h in hits] == ["Rescued GmbH"]
    db.dispose()


def test_the_daily_backup_is_taken_after_the_window_is_up_not_before(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    from kotra_invest.services.database import connect
    from kotra_invest.services.investors import InvestorDraft, create_investor
    from kotra_invest.services.unit_of_work import Context

    database = tmp_path / "mine.sqlite3"
    db = connect(f"sqlite:///{database}")
    create_investor(Context(db, "tester"), InvestorDraft(name="Backed Up Co"))  # not empty: no demo offered
    db.dispose()
    backups = tmp_path / "backups"
    when_shown: list[list[str]] = []

    def look_then_close() -> None:
        windows = _main_windows()
        if not windows:
            QTimer.singleShot(20, look_then_close)
            return
        when_shown.append(sorted(p.name for p in backups.glob("*")) if backups.exists() else [])
        for window in windows:
            window.close()
        QApplication.quit()

    QTimer.singleShot(0, look_then_close)
    assert main(["--db", f"sqlite:///{database}"]) == 0
    assert when_shown == [[]]  # the window was up before any backup was written
    [daily] = backups.glob("mine-*-daily.sqlite3")  # closed at once: taken at close, whole
    assert not list(backups.glob("*.partial"))
    import sqlite3

    copy = sqlite3.connect(daily)
    assert copy.execute("SELECT name FROM investor").fetchall() == [("Backed Up Co",)]
    copy.close()
