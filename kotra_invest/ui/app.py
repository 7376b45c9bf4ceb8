"""The desktop once the data layer is loaded (ui/start.py shows a window before that): the database
(restored from a backup if damaged, demo data offered on first start), then the main window."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from kotra_invest.catalog import msg
from kotra_invest.config import Settings
from kotra_invest.domain.errors import DomainError
from kotra_invest.services import database, officers
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.start import FIRST_PAINT_MS, load_fonts

__all__ = ["load_fonts", "open_main_window", "show_main_window"]


def _offer_demo(ctx: Context, parent: QWidget | None) -> None:
    from kotra_invest.demo import generate_demo

    dialog = QProgressDialog(msg("ui.app", "Creating demo data…").text(ctx.lang), "", 0, 100, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)

    def progress(_step: str, fraction: float) -> None:
        dialog.setValue(int(fraction * 100))
        QApplication.processEvents()

    generate_demo(ctx, progress=progress)
    dialog.close()


def _open(settings: Settings) -> Context:
    """Connect; if the file is damaged and a good backup exists, offer to restore it first."""
    try:
        db = database.connect(settings.database_url)
    except DomainError as exc:
        if exc.code != "database_corrupt_backup":
            raise
        question = f"{exc.message(settings.lang)}\n\n" + (
            msg("ui.app", "Restore this backup now? The damaged file is kept in the backups folder.").text(
                settings.lang
            )
        )
        answer = QMessageBox.question(None, "kotra-invest", question)
        if answer != QMessageBox.StandardButton.Yes:
            raise
        database.restore_backup(settings.database_url, Path(exc.params["backup"]))
        db = database.connect(settings.database_url)
    from kotra_invest.services.connections import login_for

    # On a shared server the officer is the server user (or --login); on the file, the OS user.
    actor = login_for(settings.database_url) or settings.login
    return Context(db=db, actor=actor, source="desktop", lang=settings.lang)


def open_main_window(settings: Settings, self_test: bool, start_window: QMainWindow) -> DailyBackup | None:
    """After ui.start has imported the data layer: open the database and show the main window in
    the start window's place. The daily backup to finish at close; None when the database could
    not be opened (said in a message box; the caller ends the app)."""
    try:
        ctx = _open(settings)
        if ctx.db.is_sqlite and not ctx.db.encrypted:
            officers.ensure_file_owner(ctx)  # the person at the keyboard owns the embedded file
        if database.should_offer_demo(ctx) and not self_test:  # a self-test never waits for a person
            _offer_demo(ctx, start_window)
            database.mark_demo_offered(ctx)
    except DomainError as exc:
        QMessageBox.critical(start_window, "kotra-invest", exc.message(settings.lang))
        return None
    window = show_main_window(ctx)
    if QSettings("kotra-invest", "desktop").value("window/geometry") is None:
        window.setGeometry(start_window.geometry())  # where the officer may have moved the start window
    start_window.close()
    QTimer.singleShot(0, _collect_garbage_again)  # once the first paint is done (see cli.cmd_desktop)
    backup = DailyBackup(ctx)
    if self_test:
        QTimer.singleShot(0, lambda: _report_self_test(window))
    else:
        QTimer.singleShot(FIRST_PAINT_MS, backup.start)  # after the window is painted and answering
    return backup


def _report_self_test(window: QMainWindow) -> None:
    # The first page has loaded, as a person would see it (its load starts after its first paint).
    page = getattr(window, "pages", {}).get("dashboard")
    deadline = time.monotonic() + 10
    while getattr(page, "is_loading", False) and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThreadPool.globalInstance().waitForDone(50)
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()
    shown = window.isVisible() and window.windowTitle()
    print(
        f"kotra-invest: main window shown: {window.windowTitle()}"
        if shown
        else "kotra-invest: the main window did not show"
    )
    QApplication.exit(0 if shown else 1)


def _collect_garbage_again() -> None:
    import gc

    from kotra_invest.ui.main_thread_gc import MainThreadCollector

    gc.freeze()  # what the start made lives as long as the app: later collections skip it
    app = QApplication.instance()
    assert app is not None
    MainThreadCollector(app)  # never on a worker thread, where freeing a Qt wrapper crashes


class DailyBackup:
    """The day's backup of the embedded file, on a thread of its own after the window is up:
    never between the officer and the window (a 1.8 GB copy took 12 s there). Paced in small
    steps while the app runs; when the app closes first, the copy finishes unpaced before the
    process ends (the window is gone by then), so a short session still gets its backup."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.pace = database.backup_pace()
        self.thread: threading.Thread | None = None
        self.asked = False

    def start(self) -> None:
        if self.asked:
            return
        self.asked = True
        if not database.daily_backup_due(self.ctx.db):
            return
        self.thread = threading.Thread(target=self._run, name="daily-backup")
        self.thread.start()

    def _run(self) -> None:
        import logging

        try:
            database.daily_backup(self.ctx.db, self.pace)
        except Exception:  # a failed backup must not take the app down; the log keeps it
            logging.getLogger("kotra_invest").exception("the daily backup failed")

    def finish(self) -> None:
        self.pace.hurry.set()
        self.start()  # closed before the timer fired: take it now, at close
        if self.thread is not None:
            self.thread.join()


def _role_of(ctx: Context) -> str | None:
    """The signed-in officer's role, in words, for the status bar."""
    from kotra_invest.services import access

    try:
        return access.current(ctx).role.label(ctx.lang)
    except DomainError:
        return None


_windows: list[QMainWindow] = []  # the open main window (replaced when the language changes)


def show_main_window(ctx: Context) -> QMainWindow:
    """Build the main window in `ctx.lang`; a language switch rebuilds it in place."""
    from kotra_invest.ui import i18n
    from kotra_invest.ui.main_window import MainWindow

    i18n.install(ctx.lang)
    banner = None
    if ctx.db.encrypted:  # a mission pack is always SQLCipher: an ordinary start skips importing the sync code
        from kotra_invest.ui.mission import pack_banner

        banner = pack_banner(ctx)
    import shiboken6

    old = [w for w in _windows if shiboken6.isValid(w)]  # a closed window may be gone already
    # Opening a pack from the office data remembers the office, for "Return to office data".
    home = next((getattr(w, "home_ctx", None) or w.ctx for w in old if getattr(w, "ctx", None) is not None), None)
    window = MainWindow(ctx, role=_role_of(ctx), banner=banner, home_ctx=home if banner else None)
    _windows[:] = [window]
    carried_on = [window.ctx.db] + ([window.home_ctx.db] if window.home_ctx is not None else [])
    for previous in old:
        window.restoreGeometry(previous.saveGeometry())
        if isinstance(previous, MainWindow):  # its database closes with it unless the new window uses it
            previous.closes_database = not any(previous.ctx.db is db for db in carried_on)
        previous.close()
        previous.deleteLater()
    if ctx.db.encrypted:  # the old window's close takes its own pack's open-marker away, not this one's
        from kotra_invest.ui.mission import pack_opened

        pack_opened(ctx)
    window.sig_language_changed.connect(lambda lang: show_main_window(replace(ctx, lang=lang)))
    window.sig_switch_database.connect(show_main_window)
    window.show()
    return window
