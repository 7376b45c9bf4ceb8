"""Desktop tests: real widgets on a real SQLite file (the services' tests cover PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from kotra_invest.services.unit_of_work import Context


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    return sqlite_url


@pytest.fixture
def window(qtbot: QtBot, ctx: Context) -> Iterator[object]:
    """The main window on the test database, as an officer opens it."""
    from kotra_invest.services.officers import ensure_file_owner
    from kotra_invest.ui.app import load_fonts
    from kotra_invest.ui.main_window import MainWindow

    load_fonts()
    ensure_file_owner(ctx)  # as the app does at start on the embedded file
    main_window = MainWindow(ctx)
    qtbot.addWidget(main_window)
    main_window.show()
    yield main_window
    for record_window in list(main_window.record_windows):
        record_window.close()
