"""Screenshots of the pieces issue 19's last round added (offscreen, demo data): the delegation's
leader, FEZ and organisations, the meeting editor's time zone, search hits with context and the
Connect dialog's saved connections.

    .venv/bin/python docs/screenshots/take_reach.py [--lang ko|en]
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

from PySide6.QtCore import QDate, QDateTime, QEventLoop, QTime, QTimer  # noqa: E402
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
    from kotra_invest.domain.enums import OrganisationKind
    from kotra_invest.services import connections, delegation_page, delegations
    from kotra_invest.services.database import connect
    from kotra_invest.services.demo import generate_demo
    from kotra_invest.services.unit_of_work import Context
    from kotra_invest.ui import i18n
    from kotra_invest.ui.app import load_fonts
    from kotra_invest.ui.connect import ConnectDialog
    from kotra_invest.ui.forms import set_combo_data
    from kotra_invest.ui.main_window import MainWindow

    app.setFont(QFont(load_fonts() or "", 10))
    db = connect(f"sqlite:///{TEMP / 'demo.sqlite3'}")
    generate_demo(Context(db, "demo", "demo"), today=date(2026, 11, 25))
    ctx = Context(db, "park.jihoon", "desktop", lang)
    i18n.install(lang)
    window = MainWindow(ctx, role="담당관" if lang == "ko" else "Officer")
    window.resize(1366, 768)
    window.show()

    trip = max(delegations.list_delegations(ctx, year=2026), key=lambda d: d.investors_to_meet)
    seed = Context(db, "demo", "demo")  # the demo's loader: the trip may belong to another office
    delegation_page.add_organisation(seed, trip.id, delegation_page.OrganisationDraft(
        OrganisationKind.LOCAL_GOVERNMENT, "부산광역시", "Busan Metropolitan City"))  # fmt: skip
    delegation_page.add_organisation(seed, trip.id, delegation_page.OrganisationDraft(OrganisationKind.AGENCY, "부산테크노파크", "Busan Technopark"))
    delegation = window.open_record("delegation", trip.id)
    delegation.resize(1000, 640)  # type: ignore[union-attr]
    shoot(delegation, "delegation-overview", lang)  # type: ignore[arg-type]
    delegation.tabs.setCurrentIndex(2)  # type: ignore[union-attr]
    shoot(delegation, "delegation-organisations", lang)  # type: ignore[arg-type]
    leader = delegation.edit_leader()  # type: ignore[union-attr]
    shoot(leader, "delegation-leader", lang)
    leader.done(0)
    fezs = delegation.edit_fezs()  # type: ignore[union-attr]
    shoot(fezs, "delegation-fezs", lang)
    fezs.done(0)
    delegation.close()  # type: ignore[union-attr]

    target = delegation_page.delegation_page(ctx, trip.id).targets[0]
    investor = window.open_record("investor", target.investor_id)
    editor = investor.log_activity()  # type: ignore[union-attr]
    set_combo_data(editor.delegation, trip.id)
    editor.when.setDateTime(QDateTime(QDate(trip.starts_on.year, trip.starts_on.month, trip.starts_on.day + 1), QTime(10, 0)))
    editor.summary.setPlainText("Plant visit and incentive briefing" if lang == "en" else "공장 방문 및 인센티브 설명")
    shoot(editor, "meeting-zone", lang)
    editor.done(0)
    investor.close()  # type: ignore[union-attr]

    word = target.investor.split()[0]
    window.search.setText(word)
    window.search.run_search()
    settle(1500)
    window.search._show_popup()
    settle()
    window.search.popup.grab().save(str(HERE / f"search-hits-{lang}.png"))
    window.search.popup.hide()

    for profile in (connections.ServerProfile(host="crm.kotra.internal", database="kotra", user="park.jihoon", name="본사" if lang == "ko" else "Headquarters"),):
        connections.save_profile(profile)
    shoot(ConnectDialog(lang, "park.jihoon"), "connect", lang)
    print(f"screenshots written to {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
