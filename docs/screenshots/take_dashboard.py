"""Screenshots of the Dashboard page on demo data, in Korean and English (offscreen; no display needed).

    .venv/bin/python docs/screenshots/take_dashboard.py [--db sqlite:///demo.sqlite3] [--size 1180x760]

Without --db a demo database is generated in a temporary folder. The Korean strings come from
kotra_invest/resources/translations/kotra_invest_ko.ts, compiled on the fly with pyside6-lrelease.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shiboken6
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from kotra_invest.demo import generate_demo
from kotra_invest.services.database import connect
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.app import load_fonts
from kotra_invest.ui.dashboard import DashboardPage

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 25)  # the demo data's "today"


def korean_translator(app: QApplication, folder: Path) -> QTranslator:
    qm = folder / "kotra_invest_ko.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), str(ROOT / "kotra_invest/resources/translations/kotra_invest_ko.ts"), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    translator = QTranslator(app)
    assert translator.load(str(qm)), qm
    return translator


def shoot(app: QApplication, ctx: Context, path: Path, size: tuple[int, int], login: str) -> None:
    page = DashboardPage(Context(ctx.db, login, "desktop", ctx.lang), today=lambda: TODAY)
    page.resize(*size)
    page.show()
    while page.data is None or page.map_data is None:  # the map loads on its own
        app.processEvents()
    app.processEvents()
    page.grab().save(str(path))
    print(f"wrote {path}")
    page.close()
    shiboken6.delete(page)  # now, not at interpreter exit


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--size", default="1180x760", help="the page's size: a 1280x800 screen less the rail")
    parser.add_argument("--login", default="kim.minji", help="whose overdue tasks to show")
    parser.add_argument("--out", default=str(ROOT / "docs/screenshots"))
    args = parser.parse_args()
    size = tuple(int(x) for x in args.size.split("x"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    family = load_fonts()
    if family:
        app.setFont(QFont(family, 10))
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'demo.sqlite3'}"
        db = connect(url)
        if not args.db:
            generate_demo(Context(db, "demo", "demo"), today=TODAY)
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        shoot(app, Context(db, lang="en"), out / "dashboard-en.png", size, args.login)  # type: ignore[arg-type]
        app.installTranslator(korean_translator(app, Path(tmp)))
        shoot(app, Context(db, lang="ko"), out / "dashboard-ko.png", size, args.login)  # type: ignore[arg-type]
        db.dispose()


if __name__ == "__main__":
    main()
