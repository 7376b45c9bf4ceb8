"""Closing a window while its pages still load: nothing crashes, the late answers touch nothing, and
the database file is let go of (on Windows a file still open cannot be renamed, moved or deleted;
an officer copies the pack to a USB stick right after closing it)."""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from mission_data import DRAFT  # tests/ is on the path
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kotra_invest.services import dashboard
from kotra_invest.services.delegations import create_delegation
from kotra_invest.services.unit_of_work import Context
from kotra_invest.store.engine import Database
from kotra_invest.sync import pack
from kotra_invest.sync.pack import copied_open, export_pack
from kotra_invest.ui import app, mission
from kotra_invest.ui.dashboard import DashboardPage
from kotra_invest.ui.main_window import MainWindow

SLOW_S = 0.5  # how long each dashboard load holds its connection


@dataclass
class Loads:
    """The dashboard loads that ran, the pages that were given an answer, and what was closed under
    a running load (a pack's pool then closes the connection in use, or fails in the worker)."""

    started: list[Database] = field(default_factory=list)
    running: threading.Event = field(default_factory=threading.Event)
    answered: list[DashboardPage] = field(default_factory=list)
    in_flight: dict[int, int] = field(default_factory=dict)  # id(database): loads running on it
    closed_under_a_load: list[str] = field(default_factory=list)


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> Loads:
    """Every dashboard load holds its connection for SLOW_S (a long query on a big database)."""
    seen = Loads()
    lock = threading.Lock()
    real_load, real_loaded = dashboard.load_dashboard, DashboardPage._loaded
    real_dispose, real_mark_closed = Database.dispose, pack.mark_closed

    def slow(ctx: Context, *args: Any, **kwargs: Any) -> Any:
        with lock:
            seen.in_flight[id(ctx.db)] = seen.in_flight.get(id(ctx.db), 0) + 1
        try:
            with ctx.db.engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM investor")
                seen.started.append(ctx.db)
                seen.running.set()
                time.sleep(SLOW_S)
                conn.exec_driver_sql("SELECT count(*) FROM project")  # the load goes on with its next query
        finally:
            with lock:
                seen.in_flight[id(ctx.db)] -= 1
        return real_load(ctx, *args, **kwargs)

    def loaded(page: DashboardPage, data: Any) -> None:
        seen.answered.append(page)
        real_loaded(page, data)

    def closing(what: str, db: Database) -> None:
        with lock:
            if seen.in_flight.get(id(db)):
                seen.closed_under_a_load.append(f"{what} {db.describe()}")

    def dispose(db: Database) -> None:
        closing("disposed", db)
        real_dispose(db)

    def mark_closed(db: Database) -> None:  # a write: on the GUI thread it waits for the load's read
        closing("marked closed", db)
        real_mark_closed(db)

    monkeypatch.setattr(dashboard, "load_dashboard", slow)
    monkeypatch.setattr(DashboardPage, "_loaded", loaded)
    monkeypatch.setattr(Database, "dispose", dispose)
    monkeypatch.setattr(pack, "mark_closed", mark_closed)
    return seen


@pytest.fixture
def problems(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> Callable[[], list[str]]:
    """What went wrong out of sight so far: an exception on a worker thread, one Python could not
    raise (a finaliser), a background job that failed (logged with its traceback)."""
    found: list[str] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: found.append(f"unraisable: {u.exc_value!r}"))
    monkeypatch.setattr(threading, "excepthook", lambda a: found.append(f"thread: {a.exc_value!r}"))
    caplog.set_level(logging.ERROR)

    def so_far() -> list[str]:
        logged = [f"logged: {r.getMessage()} {r.exc_text or ''}" for r in caplog.records if r.levelno >= logging.ERROR]
        return found + logged

    return so_far


def held_open(path: Path) -> list[str]:
    """The files of the database at `path` (with its -journal, -wal, -shm) this process still holds
    open: what keeps Windows from renaming or deleting it. Read from /proc where there is one;
    elsewhere the rename below says it."""
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        return []
    names = {str(path), *(f"{path}{s}" for s in ("-journal", "-wal", "-shm"))}
    found = []
    for fd in fds.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:  # closed since the listing
            continue
        if target in names:
            found.append(target)
    return found


def pack_of_a_trip(ctx: Context, tmp_path: Path) -> Path:
    target = tmp_path / "trip.kipack"
    export_pack(ctx, create_delegation(ctx, DRAFT), target)
    return target


def settle(qtbot: QtBot) -> None:
    """Every load has ended and its answer has reached the GUI thread (or been dropped there)."""
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=10_000)
    qtbot.wait(50)  # the queued answers are delivered


def test_returning_to_the_office_while_the_pack_dashboard_loads_lets_go_of_the_pack(
    qtbot: QtBot,
    window: MainWindow,
    ctx: Context,
    tmp_path: Path,
    loads: Loads,
    problems: Callable[[], list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Abroad, the officer opens the pack and at once goes back to the office data (File ▸ Return to
    office data) while the pack's dashboard is still loading. The pack's window closes at once,
    nothing fails, the pack's late figures are shown nowhere, and the pack file is let go of: it
    can be renamed and copied away, and it says it was closed properly."""
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    ctx = replace(ctx, actor="planner")
    target = pack_of_a_trip(ctx, tmp_path)
    office = app.show_main_window(ctx)  # the app's windows are closed and deleted by the app
    abroad = mission.open_pack_database(target, None, "en", "planner")
    office.sig_switch_database.emit(abroad)  # what File ▸ Open mission pack does after asking
    pack_window = app._windows[0]
    assert isinstance(pack_window, MainWindow) and pack_window.in_pack
    pack_page = pack_window.pages["dashboard"]
    qtbot.waitUntil(lambda: abroad.db in loads.started, timeout=10_000)  # the pack's load is running

    pack_window.actions_by_name["return_home"].trigger()
    assert not pack_window.isVisible()
    settle(qtbot)

    assert not [p for p in loads.answered if p is pack_page], "the closed pack's figures were shown"
    qtbot.waitUntil(lambda: not held_open(target), timeout=10_000)
    assert not copied_open(mission.open_pack_database(target, None, "en", "planner").db), "not closed properly"
    moved = target.rename(tmp_path / "on the stick.kipack")
    moved.unlink()
    assert not loads.closed_under_a_load, loads.closed_under_a_load
    assert not problems(), problems()
    app._windows[0].close()


def test_closing_the_pack_window_while_its_dashboard_loads_lets_go_of_the_pack(
    qtbot: QtBot, ctx: Context, tmp_path: Path, loads: Loads, problems: Callable[[], list[str]]
) -> None:
    """The officer closes the pack's window (the app's last one) right after opening it."""
    target = pack_of_a_trip(ctx, tmp_path)
    abroad = mission.open_pack_database(target, None, "en", ctx.actor)
    pack_window = MainWindow(abroad, banner=mission.pack_banner(abroad))
    qtbot.addWidget(pack_window)
    pack_window.show()
    page = pack_window.pages["dashboard"]
    qtbot.waitUntil(loads.running.is_set, timeout=10_000)

    pack_window.close()
    settle(qtbot)

    assert page not in loads.answered, "the closed window's dashboard was filled in"
    qtbot.waitUntil(lambda: not held_open(target), timeout=10_000)
    target.rename(tmp_path / "on the stick.kipack")
    assert not loads.closed_under_a_load, loads.closed_under_a_load
    assert not problems(), problems()


def test_closing_the_main_window_while_the_dashboard_loads_lets_go_of_the_database(
    qtbot: QtBot, window: MainWindow, ctx: Context, loads: Loads, problems: Callable[[], list[str]]
) -> None:
    """The officer quits while the dashboard is loading: the window closes at once, its late
    figures go nowhere, a load asked for after the close (a timer of the page's) is not started,
    and the database file is closed."""
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(loads.running.is_set, timeout=10_000)
    path = ctx.db.sqlite_path
    assert path is not None

    window.close()
    settle(qtbot)
    assert shiboken6.isValid(page)
    assert page not in loads.answered, "the closed window's dashboard was filled in"
    started = len(loads.started)
    page.refresh()  # what the page's own timers would do after the close
    settle(qtbot)
    assert len(loads.started) == started, "a load started for a closed window"
    qtbot.waitUntil(lambda: not held_open(path), timeout=10_000)
    assert not loads.closed_under_a_load, loads.closed_under_a_load
    assert not problems(), problems()


def test_switching_the_language_in_a_pack_while_it_loads_keeps_the_pack_open(
    qtbot: QtBot,
    ctx: Context,
    tmp_path: Path,
    loads: Loads,
    problems: Callable[[], list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Abroad, the officer switches to Korean while the pack's dashboard loads: the window is rebuilt
    on the same pack, which stays open (and says so to a copy taken now); the new window's
    dashboard loads, the old one's late figures go nowhere."""
    from kotra_invest.ui import i18n

    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    target = pack_of_a_trip(ctx, tmp_path)
    abroad = mission.open_pack_database(target, None, "en", ctx.actor)
    app.show_main_window(abroad)
    old = app._windows[0]
    assert isinstance(old, MainWindow)
    old_page = old.pages["dashboard"]
    qtbot.waitUntil(lambda: abroad.db in loads.started, timeout=10_000)  # the pack's load is running
    try:
        old.actions_by_name["language_ko"].trigger()
        again = app._windows[0]
        assert isinstance(again, MainWindow) and again is not old and again.ctx.db is abroad.db
        new_page = again.pages["dashboard"]
        qtbot.waitUntil(lambda: new_page in loads.answered, timeout=10_000)
        settle(qtbot)
    finally:
        i18n.install("en")
    assert old_page not in loads.answered
    assert not loads.closed_under_a_load, loads.closed_under_a_load
    assert copied_open(abroad.db), "the pack open in the new window no longer says it is open"
    assert not problems(), problems()
    again.close()
    qtbot.waitUntil(lambda: not held_open(target), timeout=10_000)
