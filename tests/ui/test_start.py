"""The desktop start shows a window before the data layer is imported (ui/start.py), then the
main window takes its place. Run in a fresh process: the test process has SQLAlchemy loaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kotra_invest.services.database import connect
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context

# The real entry point (`python -m kotra_invest --self-test`), with a probe on the start window:
# what is loaded on the event loop's first turn after it is shown (when it is painted and
# answering), and what windows the officer sees in turn.
CHILD = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QListWidget
from kotra_invest.ui import start

seen = {}

class Probe(start.StartWindow):
    def showEvent(self, event):
        super().showEvent(event)
        def look():
            seen["title"] = self.windowTitle()
            seen["status"] = self.status.text()
            rail = self.findChild(QListWidget, "start_rail")
            seen["start_rail"] = [rail.item(i).text() for i in range(rail.count())]
            seen["loaded"] = sorted(m for m in ("sqlalchemy", "kotra_invest.domain.models", "kotra_invest.services.search")
                                    if m in sys.modules)
            seen["start_style"] = type(QApplication.style()).__name__
        QTimer.singleShot(0, look)

start.StartWindow = Probe
every_page = sys.argv[3:]
sys.argv = ["kotra-invest", "--db", sys.argv[1], "--lang", sys.argv[2], "--self-test"]
from kotra_invest.cli import main
code = main()
seen["sqlalchemy_after"] = "sqlalchemy" in sys.modules
from kotra_invest.ui.app import _windows
if _windows:
    seen["main_rail"] = [_windows[0].rail.item(i).text() for i in range(_windows[0].rail.count())]
# The self-test has shown the main window and waited for its first page's load: what is loaded now.
from kotra_invest.ui.app import _windows
dashboard = _windows[0].pages["dashboard"] if _windows else None
seen["dashboard_loaded"] = dashboard is not None and dashboard.data is not None
seen["writers_after"] = sorted(m for m in ("openpyxl", "reportlab", "PIL") if m in sys.modules)
seen["postgresql_dialect"] = "sqlalchemy.dialects.postgresql" in sys.modules
seen["commands_after"] = sorted(m for m in sys.modules if m.startswith("kotra_invest.commands"))
seen["aftercare_service"] = "kotra_invest.services.aftercare" in sys.modules
seen["record_code"] = sorted(m for m in ("kotra_invest.ui.record_window", "kotra_invest.ui.undo", "kotra_invest.ui.forms")
                             if m in sys.modules)
import linecache
seen["sources_read"] = sum(1 for f in linecache.cache if "/sqlalchemy/" in f and f.endswith(".py"))
# Then the officer opens every page in turn, as from the rail, and each page loads.
if every_page:
    from PySide6.QtCore import QThreadPool
    from kotra_invest.ui.main_window import PAGES
    window = _windows[0]
    for key in PAGES:
        window.rail.setCurrentRow(PAGES.index(key))
        for _ in range(20):
            QApplication.processEvents()
            QThreadPool.globalInstance().waitForDone(200)
    seen["pages"] = window.windowTitle(), sorted(window.pages)
    seen["writers_after_pages"] = sorted(m for m in ("openpyxl", "reportlab", "PIL") if m in sys.modules)
seen["code"] = code
print("PROBE " + json.dumps(seen, ensure_ascii=False))
"""


def _start(database: Path, lang: str, *then: str) -> tuple[dict[str, object], str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KOTRA_INVEST_LANG=lang)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, f"sqlite:///{database}", lang, *then],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("PROBE ")), None)
    assert line is not None, done.stdout + done.stderr
    return json.loads(line[len("PROBE ") :]), done.stdout


def _database(tmp_path: Path) -> Path:
    database = tmp_path / "office.sqlite3"
    db = connect(f"sqlite:///{database}")
    create_investor(Context(db, "tester"), InvestorDraft(name="Startup Probe GmbH"))  # not empty: no demo offered
    db.dispose()
    return database


def test_the_first_window_is_on_screen_before_sqlalchemy_is_imported_then_the_main_window_opens(
    tmp_path: Path,
) -> None:
    seen, out = _start(_database(tmp_path), "en")
    assert seen["loaded"] == []  # painted and answering with no ORM, no models, no services
    assert seen["title"] == "kotra-invest — investment attraction CRM"
    assert seen["status"] == "Opening the database…"
    # The same rail as the main window's, so nothing jumps when it takes the start window's place.
    assert seen["start_rail"] == seen["main_rail"]
    assert seen["start_rail"][-1] == "Aftercare"
    # Then the data layer loaded behind it and the real main window took its place.
    assert seen["sqlalchemy_after"] is True
    assert seen["code"] == 0
    assert "main window shown: Dashboard — kotra-invest" in out


def test_the_main_window_and_its_first_page_load_without_the_workbook_and_pdf_writers(tmp_path: Path) -> None:
    # openpyxl, reportlab and PIL cost ~0.2 s to import and nothing on the first screen writes a
    # workbook or a PDF: they are imported by the exports that use them (tests/test_files_text.py,
    # the export tests prove those still work).
    seen, _ = _start(_database(tmp_path), "ko")
    assert seen["code"] == 0
    assert seen["dashboard_loaded"] is True  # the dashboard's figures are on screen
    assert seen["writers_after"] == []
    # Nor SQLAlchemy's PostgreSQL dialect on an embedded file (a model naming `postgresql_where`
    # imports it: ~40 ms of the data layer's import).
    assert seen["postgresql_dialect"] is False
    # PySide6 no longer reads the source of each module imported after it (ui/start.py): it
    # read all of SQLAlchemy's (~60 ms, and kept in memory).
    assert seen["sources_read"] == 0


def test_the_desktop_starts_without_the_command_groups_and_the_aftercare_service(tmp_path: Path) -> None:
    # A bare start is parsed by the top of the command line alone (cli.opens_the_desktop): the 31
    # command groups' modules and sub-parsers cost ~90 ms before the first window. The dashboard's
    # map counts open aftercare cases without the aftercare service (~35 ms): issue 15.
    seen, _ = _start(_database(tmp_path), "en")
    assert seen["code"] == 0
    assert seen["dashboard_loaded"] is True
    assert seen["commands_after"] == []
    assert seen["aftercare_service"] is False
    # Nor the record windows' and editors' code (~50 ms): imported when the first one opens.
    assert seen["record_code"] == []
    # The input care's style is the application's before the start window is built: swapping the
    # style under a window on screen re-polishes it (~80 ms), an event filter costs every event.
    assert seen["start_style"] == "_CaringStyle"


def test_opening_every_page_does_not_import_the_workbook_and_pdf_writers(tmp_path: Path) -> None:
    # Each page's first opening paid ~0.15 s for openpyxl and PIL (the list pages import the
    # list export's module); the writers are imported when something is exported.
    seen, _ = _start(_database(tmp_path), "en", "--every-page")
    assert seen["code"] == 0
    from kotra_invest.ui.main_window import PAGES

    title, opened = seen["pages"]  # type: ignore[misc]
    assert sorted(opened) == sorted(PAGES)  # every page was built and shown
    assert title == "Aftercare — kotra-invest"  # the last page opened is on screen
    assert seen["writers_after_pages"] == []


def test_the_start_window_speaks_korean(tmp_path: Path) -> None:
    seen, out = _start(_database(tmp_path), "ko")
    assert seen["loaded"] == []
    assert seen["status"] == "데이터베이스를 여는 중…"
    assert seen["title"] != "kotra-invest — investment attraction CRM"  # the main window's Korean title
    assert seen["start_rail"] == seen["main_rail"]  # the main window takes its place without a jump
    assert seen["start_rail"][-1] == "사후관리"
    assert seen["code"] == 0
    assert "main window shown:" in out
