"""Desktop entry point: fonts and language, the database (restored from a backup if damaged, demo
data offered on first start), then the main window."""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from kotra_invest.assets import asset_dir
from kotra_invest.config import ENV_LANG, Settings
from kotra_invest.domain.errors import DomainError
from kotra_invest.services import database, officers
from kotra_invest.services.unit_of_work import Context

FONTS = asset_dir("fonts")


def load_fonts() -> str | None:
    """Register the shipped Korean font; without it Hangul renders as boxes on bare machines."""
    family = None
    # NanumGothic is the face of the app; the others (DejaVu Sans) only fill in letters it lacks.
    for path in sorted(FONTS.glob("*.ttf"), key=lambda p: not p.name.startswith("Nanum")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0 and family is None:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    return family


def _offer_demo(ctx: Context, parent: QWidget | None) -> None:
    from kotra_invest.services.demo import generate_demo

    ko = ctx.lang == "ko"
    dialog = QProgressDialog("데모 데이터를 만드는 중…" if ko else "Creating demo data…", "", 0, 100, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)

    def progress(_step: str, fraction: float) -> None:
        dialog.setValue(int(fraction * 100))
        QApplication.processEvents()

    generate_demo(ctx, progress=progress)
    dialog.close()


def _no_display() -> bool:
    """On Linux without X11 or Wayland, Qt would abort the process with a cryptic message."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _open(settings: Settings) -> Context:
    """Connect; if the file is damaged and a good backup exists, offer to restore it first."""
    try:
        db = database.connect(settings.database_url)
    except DomainError as exc:
        if exc.code != "database_corrupt_backup":
            raise
        ko = settings.lang == "ko"
        question = (
            f"{exc.message(settings.lang)}\n\n"
            + ("지금 이 백업으로 복원할까요? 손상된 파일은 백업 폴더에 보관됩니다." if ko
               else "Restore this backup now? The damaged file is kept in the backups folder.")
        )  # fmt: skip
        answer = QMessageBox.question(None, "kotra-invest", question)
        if answer != QMessageBox.StandardButton.Yes:
            raise
        database.restore_backup(settings.database_url, Path(exc.params["backup"]))
        db = database.connect(settings.database_url)
    from kotra_invest.services.connections import login_for

    # On a shared server the officer is the server user (or --login); on the file, the OS user.
    actor = login_for(settings.database_url) or settings.login
    return Context(db=db, actor=actor, source="desktop", lang=settings.lang)


def run(settings: Settings, self_test: bool = False) -> int:
    """Open the desktop app; `self_test` opens the main window, says what it shows and quits
    (an installer's or IT department's check that the installed program really starts)."""
    if QApplication.instance() is None and _no_display():
        message = (
            "화면(디스플레이)이 없어 데스크톱 앱을 열 수 없습니다. 데스크톱 세션에서 실행하거나 명령줄 기능을 쓰세요 (kotra-invest --help)."
            if settings.lang == "ko"
            else "No display to open the desktop app on. Run it in a desktop session, or use the command line (kotra-invest --help)."
        )
        print(f"kotra-invest: {message}", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    _report_unexpected_errors(settings.lang)
    app.setOrganizationName("kotra-invest")
    app.setApplicationName("kotra-invest")
    chosen = QSettings("kotra-invest", "desktop").value("language")
    if chosen in ("ko", "en") and not os.environ.get(ENV_LANG):  # the user's last choice in the app
        settings = replace(settings, lang=chosen)
    family = load_fonts()
    if family:
        app.setFont(QFont(family, 10))
    try:
        ctx = _open(settings)
        if ctx.db.is_sqlite and not ctx.db.encrypted:
            officers.ensure_file_owner(ctx)  # the person at the keyboard owns the embedded file
        if database.should_offer_demo(ctx) and not self_test:  # a self-test never waits for a person
            _offer_demo(ctx, None)
            database.mark_demo_offered(ctx)
    except DomainError as exc:
        QMessageBox.critical(None, "kotra-invest", exc.message(settings.lang))
        return 2
    window = show_main_window(ctx)
    QTimer.singleShot(0, _collect_garbage_again)  # once the first paint is done (see cli.cmd_desktop)
    backup = DailyBackup(ctx)
    if self_test:
        QTimer.singleShot(0, lambda: _report_self_test(window))
    else:
        QTimer.singleShot(FIRST_PAINT_MS, backup.start)  # after the window is painted and answering
    try:
        status = app.exec()
    finally:
        if not self_test:  # a self-test checks the installation; it leaves the officer's data alone
            backup.finish()
    # Page loads still running on worker threads must end before Qt is torn down: one that
    # finishes afterwards aborts the process (seen when the window is closed right after it opens).
    QThreadPool.globalInstance().waitForDone(10_000)
    return status


def _report_self_test(window: QMainWindow) -> None:
    QThreadPool.globalInstance().waitForDone(10_000)  # the first pages have loaded, as a person would see them
    QApplication.processEvents()
    shown = window.isVisible() and window.windowTitle()
    print(f"kotra-invest: main window shown: {window.windowTitle()}" if shown else "kotra-invest: the main window did not show")
    QApplication.exit(0 if shown else 1)


FIRST_PAINT_MS = 1500


def _collect_garbage_again() -> None:
    import gc

    gc.freeze()  # what the start made lives as long as the app: later collections skip it
    gc.enable()


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


def _report_unexpected_errors(lang: str) -> None:
    """A bug in a slot must not end in a traceback on a console nobody reads: the log keeps it,
    the user gets a sentence, and the app stays up (nothing unsaved is lost)."""
    import logging

    from kotra_invest.logs import setup_logging
    from kotra_invest.ui import background

    setup_logging()
    logger = logging.getLogger("kotra_invest")

    def hook(kind: type[BaseException], exc: BaseException, trace: object) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        logger.error("unexpected error in the desktop", exc_info=(kind, exc, trace))  # type: ignore[arg-type]
        if isinstance(exc, Exception):
            QMessageBox.warning(None, "kotra-invest", background.error_text(exc, lang))

    sys.excepthook = hook


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
    for previous in old:
        window.restoreGeometry(previous.saveGeometry())
        previous.close()
        previous.deleteLater()
    if ctx.db.encrypted:  # after the old window's close took the pack's open-marker away
        from kotra_invest.ui.mission import pack_opened

        pack_opened(ctx)
    window.sig_language_changed.connect(lambda lang: show_main_window(replace(ctx, lang=lang)))
    window.sig_switch_database.connect(show_main_window)
    window.show()
    return window
