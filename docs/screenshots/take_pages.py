"""Screenshots of every page of the desktop on demo data (offscreen; no display needed).

    .venv/bin/python docs/screenshots/take_pages.py [--lang ko|en] [--size 1280x800] [--out DIR]

1280×800 by default: the officers' office PCs.

A demo database and the settings live in a temporary folder, so the shots never depend on (or
change) the developer's own window layout.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TEMP = Path(tempfile.mkdtemp(prefix="kotra-shots-"))
os.environ["XDG_CONFIG_HOME"] = str(TEMP / "config")  # QSettings: a fresh layout every time
os.environ["KOTRA_INVEST_USER"] = "park.jihoon"  # an officer of the demo data, with tasks and projects

from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="ko", choices=("ko", "en"))
    parser.add_argument("--size", default="1280x800", help="the window's size: the officers' office PCs' screen")
    parser.add_argument("--out", default=str(HERE), help="the folder the PNGs go to")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    from kotra_invest.demo import generate_demo
    from kotra_invest.services import delegations, investors
    from kotra_invest.services.database import connect
    from kotra_invest.services.unit_of_work import Context
    from kotra_invest.ui import i18n
    from kotra_invest.ui.app import load_fonts
    from kotra_invest.ui.main_window import PAGES, MainWindow

    app.setFont(QFont(load_fonts() or "", 10))
    db = connect(f"sqlite:///{TEMP / 'demo.sqlite3'}")
    generate_demo(Context(db, "demo", "demo"), today=date(2026, 11, 25))
    ctx = Context(db, "park.jihoon", "desktop", args.lang)
    i18n.install(args.lang)
    window = MainWindow(ctx, role="담당관" if args.lang == "ko" else "Officer")
    window.resize(width, height)
    window.show()

    def settle(ms: int = 600) -> None:
        end = date.today()
        del end
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    for key in PAGES:
        window.show_page(key)
        settle(1500 if key == "dashboard" else 400)
        window.grab().save(str(out / f"{key}-{args.lang}.png"))
    projects = window.page("projects")
    projects.view_choice.setCurrentIndex(1)  # type: ignore[attr-defined]
    window.show_page("projects")
    settle()
    window.grab().save(str(out / f"projects-board-{args.lang}.png"))
    busiest = max(delegations.list_delegations(ctx, year=2026), key=lambda d: d.investors_to_meet)
    delegation = window.open_record("delegation", busiest.id)
    assert delegation is not None
    delegation.resize(1100, 720)
    delegation.tabs.setCurrentIndex(2)  # type: ignore[attr-defined]
    settle()
    delegation.grab().save(str(out / f"delegation-itinerary-{args.lang}.png"))
    from kotra_invest.services.investors import investor_page

    candidates = investors.list_investors(ctx, limit=60).rows
    busiest = max(
        candidates,
        key=lambda row: len(investor_page(ctx, row.id).projects) * 10 + len(investor_page(ctx, row.id).contacts),
    )
    investor = window.open_record("investor", busiest.id)
    assert investor is not None
    investor.resize(1100, 700)
    investor.tabs.setCurrentIndex(2)  # type: ignore[attr-defined]
    settle()
    investor.grab().save(str(out / f"investor-projects-{args.lang}.png"))
    from kotra_invest.services import projects as project_rows
    from kotra_invest.services.projects import project_page

    rows = project_rows.list_projects(ctx, limit=300).rows
    richest = max(
        rows,
        key=lambda r: (
            bool(r.notified_usd) and bool(r.arrived_usd),
            len(project_page(ctx, r.id).tranches),
            len(project_page(ctx, r.id).stages),
        ),
    )
    project = window.open_record("project", richest.id)
    assert project is not None
    project.resize(1100, 640)
    for tab, name in ((0, "project"), (1, "project-fdi"), (2, "project-stages")):
        project.tabs.setCurrentIndex(tab)  # type: ignore[attr-defined]
        settle()
        project.grab().save(str(out / f"{name}-{args.lang}.png"))
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
