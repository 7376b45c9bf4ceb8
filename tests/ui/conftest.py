"""Desktop tests: real widgets on a real SQLite file (the services' tests cover PostgreSQL). The
scenario tests of an officer's day run on the shared PostgreSQL server too, signed in as an
officer's own login (`scenario_db_url`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pg_server import OwnedDatabase
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from kotra_invest.services.unit_of_work import Context


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    return sqlite_url


@pytest.fixture(autouse=True)
def _settings_of_this_test_only(tmp_path: Path) -> None:
    """Each test starts with no saved settings (window layout, the projects page's board view …).
    Qt reads XDG_CONFIG_HOME once per process, so the environment the root conftest sets for each
    test is not enough: a test that switched the projects page to its board left it switched for
    the next test in the same worker."""
    from PySide6.QtCore import QSettings

    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp_path / "qt-settings" / scope.name))
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path / "qt-settings" / scope.name))


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_gui_thread(qapp: object) -> Iterator[None]:
    """As in the app: garbage (closed dialogs, finished jobs) is freed on the GUI thread, never on
    a pool thread in the middle of a save, where freeing a Qt wrapper crashes the process."""
    from PySide6.QtWidgets import QApplication

    from kotra_invest.ui.main_thread_gc import MainThreadCollector

    assert isinstance(qapp, QApplication)
    collector = MainThreadCollector(qapp)
    yield
    QThreadPool.globalInstance().waitForDone(10_000)  # no worker allocates while the test's garbage goes
    collector.stop()
    collector.deleteLater()


@pytest.fixture(autouse=True)
def _no_unexpected_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    """A warning box no test expected fails the test with its text, instead of waiting forever for
    a click offscreen (a test that expects one patches QMessageBox.warning itself)."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(_parent: object, _title: str, text: str, *_args: object) -> object:
        raise AssertionError(f"unexpected warning: {text}")

    monkeypatch.setattr(QMessageBox, "warning", unexpected)


@pytest.fixture
def officer_pg_url(owned_pg: OwnedDatabase, migrated: Callable[[str], None]) -> str:
    """A server database set up as docs/operations.md says — its owner (not a superuser) runs
    `db upgrade` and `server init` and registers the officer — and the URL of that officer's own
    login ("tester", an officer at headquarters): what the desktop connects as."""
    from kotra_invest.services.database import connect
    from kotra_invest.services.officers import create_officer
    from kotra_invest.services.server import init_server

    migrated(owned_pg.url)  # as the owner's `db upgrade` leaves it
    owner = connect(owned_pg.url)
    try:
        init_server(owner)
        create_officer(
            Context(db=owner, actor="setup"), "tester", "테스터", "officer", office_code="HQ", name_en="Tester"
        )
    finally:
        owner.dispose()
    return owned_pg.url_for("tester")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)], ids=["sqlite", "postgresql"])
def scenario_db_url(request: pytest.FixtureRequest, sqlite_url: str) -> str:
    """The embedded file, and the shared server as an officer's login: a scenario module makes it
    its `db_url` to walk the same day on both."""
    return request.getfixturevalue("officer_pg_url") if request.param == "postgresql" else sqlite_url


@pytest.fixture
def window(qtbot: QtBot, ctx: Context) -> Iterator[object]:
    """The main window on the test database, as an officer opens it."""
    from kotra_invest.services.officers import ensure_file_owner
    from kotra_invest.ui.app import load_fonts
    from kotra_invest.ui.main_window import MainWindow

    load_fonts()
    if ctx.db.is_sqlite:
        ensure_file_owner(ctx)  # as the app does at start on the embedded file (a server's officers are registered)
    main_window = MainWindow(ctx)
    qtbot.addWidget(main_window)
    main_window.show()
    yield main_window
    for record_window in list(main_window.record_windows):
        record_window.close()
    # Loads still running on the pool (a page's, the map's) finish before the database the
    # fixtures dispose of next goes away under them.
    QThreadPool.globalInstance().waitForDone(10_000)
