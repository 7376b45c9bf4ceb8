"""Screenshots of the officer's-desk dialogs on demo data (offscreen): the duplicate warning, the
merge dialog, the delegation editor's country → city picker, the briefing export and the pack banner.

    .venv/bin/python docs/screenshots/take_desk.py [--lang ko|en]
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
os.environ["XDG_CONFIG_HOME"] = str(TEMP / "config")
os.environ["KOTRA_INVEST_USER"] = "park.jihoon"

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

HERE = Path(__file__).resolve().parent


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(widget: QWidget, name: str, lang: str) -> None:
    widget.show()
    settle()
    widget.grab().save(str(HERE / f"{name}-{lang}.png"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="ko", choices=("ko", "en"))
    args = parser.parse_args()
    lang = args.lang
    app = QApplication(sys.argv[:1])
    from kotra_invest.services import delegations, investors
    from kotra_invest.services.database import connect
    from kotra_invest.services.demo import generate_demo
    from kotra_invest.services.unit_of_work import Context
    from kotra_invest.ui import i18n
    from kotra_invest.ui.app import load_fonts
    from kotra_invest.ui.main_window import MainWindow
    from kotra_invest.ui.merge import DuplicateWarning, MergeDialog

    app.setFont(QFont(load_fonts() or "", 10))
    db = connect(f"sqlite:///{TEMP / 'demo.sqlite3'}")
    generate_demo(Context(db, "demo", "demo"), today=date(2026, 11, 25))
    ctx = Context(db, "park.jihoon", "desktop", lang)
    i18n.install(lang)
    window = MainWindow(ctx, role="담당관" if lang == "ko" else "Officer")
    window.resize(1366, 768)
    window.show()
    from kotra_invest.services.read_models import InvestorFilter

    rows = investors.list_investors(ctx, InvestorFilter(owner_login="park.jihoon"), limit=2).rows  # theirs: they may merge

    page = window.show_page("investors")
    editor = page.actions.create()  # type: ignore[attr-defined]
    editor.name.setText(rows[0].name + " Korea")
    editor.website.setText(rows[0].website or "https://example.com")
    from kotra_invest.services.duplicates import Match

    warning = DuplicateWarning(Match(rows[0].id, None, rows[0].name, "website", 100), "investor", editor)
    shoot(warning, "duplicate-warning", lang)
    warning.close()
    editor.close()
    shoot(MergeDialog(ctx, "investor", rows[0].id, rows[1].id, window), "merge", lang)

    delegations_page = window.show_page("delegations")
    editor = delegations_page.create()  # type: ignore[attr-defined]
    picker = editor.destinations
    for country, city in (("PL", "Warsaw"), ("HU", "Budapest")):
        picker.country.setCurrentIndex(picker.country.findData(country))
        index = next(i for i in range(picker.city.count()) if picker.city.itemData(i).name_en == city)
        picker.city.setCurrentIndex(index)
        picker.add_current()
    editor.resize(640, 760)
    shoot(editor, "delegation-editor", lang)
    editor.close()

    trip = max(delegations.list_delegations(ctx, year=2026), key=lambda d: d.investors_to_meet)
    delegation = window.open_record("delegation", trip.id)
    dialog = delegation.export_briefing(TEMP)  # type: ignore[union-attr]
    shoot(dialog, "briefing-export", lang)  # type: ignore[arg-type]
    dialog.close()  # type: ignore[union-attr]
    delegation.close()  # type: ignore[union-attr]

    window.show_page("projects").view_choice.setCurrentIndex(1)  # type: ignore[attr-defined]
    settle()
    board = window.show_page("projects").board  # type: ignore[attr-defined]
    first = next(iter(board.lists.values()))
    if first.count():
        first.setCurrentRow(0)
    window.grab().save(str(HERE / f"projects-board-{lang}.png"))
    pack = MainWindow(ctx, banner=("출장 팩: " if lang == "ko" else "Mission pack: ") + trip.title)
    pack.resize(1366, 768)
    shoot(pack, "mission-banner", lang)
    print(f"screenshots written to {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
