"""What the screenshot scripts share: an offscreen application on a fresh demo database, the main
window signed in as an officer, and a way to let it paint and grab a widget.

Import this before PySide6: the environment it sets (offscreen, a throwaway config folder, the
officer's login) must be in place before Qt and the app read it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TEMP = Path(tempfile.mkdtemp(prefix="kotra-shots-"))
os.environ["XDG_CONFIG_HOME"] = str(TEMP / "config")
os.environ["KOTRA_INVEST_USER"] = "park.jihoon"

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

if TYPE_CHECKING:
    from kotra_invest.services.unit_of_work import Context
    from kotra_invest.ui.main_window import MainWindow

HERE = Path(__file__).resolve().parent
DEMO_TODAY = date(2026, 11, 25)
SCREEN = (1280, 800)  # the officers' office PCs


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(widget: QWidget, name: str, lang: str) -> None:
    widget.show()
    settle()
    widget.grab().save(str(HERE / f"{name}-{lang}.png"))


def demo_desk(lang: str) -> tuple[QApplication, Context, MainWindow]:
    """The app with its fonts, the demo loaded, and park.jihoon's main window shown at 1280×800
    (SCREEN: the officers' office PCs)."""
    app = QApplication(sys.argv[:1])
    from kotra_invest.demo import generate_demo
    from kotra_invest.services.database import connect
    from kotra_invest.services.unit_of_work import Context
    from kotra_invest.ui import i18n
    from kotra_invest.ui.app import load_fonts
    from kotra_invest.ui.main_window import MainWindow

    app.setFont(QFont(load_fonts() or "", 10))
    db = connect(f"sqlite:///{TEMP / 'demo.sqlite3'}")
    generate_demo(Context(db, "demo", "demo"), today=DEMO_TODAY)
    ctx = Context(db, "park.jihoon", "desktop", lang)
    i18n.install(lang)
    window = MainWindow(ctx, role="담당관" if lang == "ko" else "Officer")
    window.resize(*SCREEN)
    window.show()
    return app, ctx, window
