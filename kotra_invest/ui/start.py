"""The desktop's start: a window on screen before the data layer is imported.

Importing SQLAlchemy, the models and the services costs several times what Python and PySide6
cost to show a bare window (bench/RESULTS.md). So the start shows a window of its own at once —
the main window's frame: its title, the navigation rail (not yet clickable) and "Opening the
database…" — while a worker thread imports the data layer. When that is done, the database is
opened and the main window takes the start window's place (same size and position). The start
window answers input the whole time: it can be moved, resized or closed (closing it ends the
start).

This module and what it imports at the top must never import the data layer (SQLAlchemy, the
models, the services): tests/ui/test_start.py checks that sqlalchemy is not loaded when the
start window is painted.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QListWidget, QMainWindow, QMessageBox, QWidget

from kotra_invest.assets import asset_dir
from kotra_invest.catalog import msg
from kotra_invest.config import ENV_LANG, Settings


def _spare_pyside_source_reads() -> None:
    """Stop PySide6 reading the source of every module imported after it.

    PySide6 replaces `__import__` and, for each new module, reads its whole source file
    (inspect.getsource) to see whether it names PySide6 — for the opt-in `from __feature__
    import snake_case, true_property`, which kotra-invest does not use. The data layer, imported
    after PySide6 here, is some 600 modules: ~60 ms of the start and their source kept in memory
    (linecache). Answering "no" for every module changes nothing without that opt-in: a module's
    answer only chooses between the features selected elsewhere, and none are. PySide6 keeps the
    check in its private `shibokensupport.feature`; where a release does not have it, nothing
    changes (tests/ui/test_start.py checks a module's source is no longer read)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        setattr(feature, "_mod_uses_pyside", lambda module: False)  # noqa: B010 (a module mypy cannot see)


_spare_pyside_source_reads()
FONTS = asset_dir("fonts")
FIRST_PAINT_MS = 1500  # the daily backup waits this long after the main window is shown

# The main window's rail, in its order and words (its translations, context MainWindow).
_RAIL = ("Dashboard", "Delegations", "Investors", "Projects", "FEZ promotion", "Tasks", "Aftercare")


def load_fonts() -> str | None:
    """Register the shipped Korean font; without it Hangul renders as boxes on bare machines."""
    family = None
    # NanumGothic is the face of the app; the others (DejaVu Sans) only fill in letters it lacks.
    for path in sorted(FONTS.glob("*.ttf"), key=lambda p: not p.name.startswith("Nanum")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0 and family is None:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    return family


def no_display() -> bool:
    """On Linux without X11 or Wayland, Qt would abort the process with a cryptic message."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def import_data_layer() -> None:
    """What the main window and its first page need below the UI, imported and configured (the
    ORM's mappers too, which the first query would otherwise configure on the GUI thread)."""
    from kotra_invest.services.database import prepare_orm

    prepare_orm()


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


class StartWindow(QMainWindow):
    """The main window's frame while the data layer loads: a first screen that needs no ORM."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("start_window")
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "kotra-invest — investment attraction CRM"))
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        rail = QListWidget(central)
        rail.setObjectName("start_rail")
        rail.setFixedWidth(170)
        rail.setSpacing(2)
        rail.addItems([QCoreApplication.translate("MainWindow", name) for name in _RAIL])
        rail.setEnabled(False)  # the pages arrive with the main window
        row.addWidget(rail)
        self.status = QLabel(self.tr("Opening the database…"), central)
        self.status.setObjectName("start_status")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.status, 1)
        self.setCentralWidget(central)
        self.resize(1280, 800)
        geometry = QSettings("kotra-invest", "desktop").value("window/geometry")  # where the main window was
        if geometry is not None:
            self.restoreGeometry(geometry)


class _DataLayer(QObject):
    """Imports the data layer on a worker thread; `loaded` (None, or the error) on the GUI thread."""

    loaded = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.worker = threading.Thread(target=self._run, name="data-layer-import", daemon=True)

    def _run(self) -> None:
        try:
            import_data_layer()
        except Exception as exc:  # an installation problem: said on the GUI thread, in a sentence
            self.loaded.emit(exc)
            return
        self.loaded.emit(None)


def run(settings: Settings, self_test: bool = False) -> int:
    """Open the desktop app; `self_test` opens the main window, says what it shows and quits
    (an installer's or IT department's check that the installed program really starts)."""
    if QApplication.instance() is None and no_display():
        message = msg(
            "ui.start",
            "No display to open the desktop app on. Run it in a desktop session, or use the command line (kotra-invest --help).",
        ).text(settings.lang)
        print(f"kotra-invest: {message}", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("kotra-invest")
    app.setApplicationName("kotra-invest")
    _report_unexpected_errors(settings.lang)
    chosen = QSettings("kotra-invest", "desktop").value("language")
    if chosen in ("ko", "en") and not os.environ.get(ENV_LANG):  # the user's last choice in the app
        settings = replace(settings, lang=chosen)
    family = load_fonts()
    if family:
        QApplication.setFont(QFont(family, 10))
    from kotra_invest.ui import i18n, input_care

    i18n.install(settings.lang)
    input_care.install(settings.lang)  # before the first window, whose style it sets (see input_care)
    shell = StartWindow()
    shell.show()
    session: dict[str, Any] = {}
    layer = _DataLayer()

    def loaded(error: BaseException | None) -> None:
        if not shell.isVisible():
            return  # closed while loading: the start ends
        if error is not None:
            QMessageBox.critical(shell, "kotra-invest", f"{type(error).__name__}: {error}")
            app.exit(2)
            return
        from kotra_invest.ui import app as desktop

        session["backup"] = desktop.open_main_window(settings, self_test, shell)
        if session["backup"] is None:
            app.exit(2)

    layer.loaded.connect(loaded, Qt.ConnectionType.QueuedConnection)
    QTimer.singleShot(0, layer.worker.start)  # on the loop's first turn: the window is painted first
    finish: Callable[[], None] | None = None
    try:
        status = app.exec()
    finally:
        backup = session.get("backup")
        if backup is not None and not self_test:  # a self-test leaves the officer's data alone
            finish = backup.finish
        if finish is not None:
            finish()
    # Page loads still running on worker threads must end before Qt is torn down: one that
    # finishes afterwards aborts the process (seen when the window is closed right after it opens).
    QThreadPool.globalInstance().waitForDone(10_000)
    from kotra_invest.ui import background

    background.finish_closing()  # the closed windows' databases, kept open while their loads ran
    return status
