"""Desktop entry point. A first window until the full desktop client lands: it opens the
database, offers demo data on first start, and shows the year at a glance and search."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from kotra_invest.config import Settings
from kotra_invest.domain.errors import DomainError
from kotra_invest.services import dashboard, database, search
from kotra_invest.services.unit_of_work import Context

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"


def load_fonts() -> str | None:
    """Register the shipped Korean font; without it Hangul renders as boxes on bare machines."""
    family = None
    # NanumGothic is the face of the app; the others (DejaVu Sans) only fill in letters it lacks.
    for path in sorted(FONTS.glob("*.ttf"), key=lambda p: not p.name.startswith("Nanum")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0 and family is None:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    return family


def _usd(amount: object, lang: str) -> str:
    from decimal import Decimal

    value = Decimal(str(amount))
    if lang == "ko":
        eok = value / Decimal(100_000_000)
        return f"{eok:,.1f}억 달러"
    return f"USD {value / Decimal(1_000_000):,.1f} M"


_KIND_NAMES_KO = {
    "investor": "투자가",
    "contact": "담당자",
    "delegation": "유치단",
    "project": "프로젝트",
    "interaction": "활동",
}
_KIND_NAMES_EN = {"investor": "Investor", "contact": "Contact", "delegation": "Delegation", "project": "Project",
                  "interaction": "Activity"}  # fmt: skip


class MainWindow(QMainWindow):
    """The first window: where the data is, the year's figures, and search as you type."""

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self._ctx = ctx
        ko = ctx.lang == "ko"
        self.setWindowTitle("kotra-invest — 투자유치 CRM" if ko else "kotra-invest — investment attraction CRM")
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.summary = QLabel(central)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.search_box = QLineEdit(central)
        self.search_box.setPlaceholderText(
            "검색 (Ctrl+F): 투자가, 담당자, 유치단, 프로젝트, 면담 메모"
            if ko
            else "Search (Ctrl+F): investors, contacts, delegations, projects, notes"
        )
        self.results = QListWidget(central)
        layout.addWidget(self.summary)
        layout.addWidget(self.search_box)
        layout.addWidget(self.results, 1)
        self.setCentralWidget(central)
        self.search_box.textChanged.connect(self._search)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search_box.setFocus)
        self.statusBar().showMessage(
            f"{'데이터베이스' if ko else 'Database'}: {ctx.db.describe()}  ·  {'사용자' if ko else 'Officer'}: {ctx.actor}"
        )
        self.resize(900, 620)
        # The year's figures take a moment on a large database: the window shows first.
        QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        ko = self._ctx.lang == "ko"
        year = date.today().year
        figures = dashboard.year_figures(self._ctx, year)
        dispatched = sum(figures.delegations_by_status.values()) - figures.delegations_by_status.get("cancelled", 0)
        lang = self._ctx.lang
        if ko:
            text = (
                f"<h2>{year}년 투자유치 현황</h2>"
                f"<p>투자유치단 <b>{dispatched}</b>건 / 목표 {figures.delegation_target}건</p>"
                f"<p>신고 <b>{_usd(figures.fdi_total.notified_usd, lang)}</b> · 도착 <b>{_usd(figures.fdi_total.arrived_usd, lang)}</b>"
                f" (비수도권 신고 {_usd(figures.fdi_non_capital.notified_usd, lang)})</p>"
            )
        else:
            text = (
                f"<h2>{year} at a glance</h2>"
                f"<p>Delegations: <b>{dispatched}</b> of a target of {figures.delegation_target}</p>"
                f"<p>Notified <b>{_usd(figures.fdi_total.notified_usd, lang)}</b> · arrived <b>{_usd(figures.fdi_total.arrived_usd, lang)}</b>"
                f" (non-capital notified {_usd(figures.fdi_non_capital.notified_usd, lang)})</p>"
            )
        self.summary.setText(text)

    def _search(self, query: str) -> None:
        self.results.clear()
        if not query.strip():
            return
        names = _KIND_NAMES_KO if self._ctx.lang == "ko" else _KIND_NAMES_EN
        for hit in search.search(self._ctx, query, limit=100):
            self.results.addItem(f"[{names[hit.kind]}] {hit.label}")


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
    return Context(db=db, actor=settings.login, source="desktop", lang=settings.lang)


def run(settings: Settings) -> int:
    if QApplication.instance() is None and _no_display():
        message = (
            "화면(디스플레이)이 없어 데스크톱 앱을 열 수 없습니다. 데스크톱 세션에서 실행하거나 명령줄 기능을 쓰세요 (kotra-invest --help)."
            if settings.lang == "ko"
            else "No display to open the desktop app on. Run it in a desktop session, or use the command line (kotra-invest --help)."
        )
        print(f"kotra-invest: {message}", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    family = load_fonts()
    if family:
        app.setFont(QFont(family, 10))
    try:
        ctx = _open(settings)
        database.daily_backup(ctx.db)
        if database.should_offer_demo(ctx):
            _offer_demo(ctx, None)
            database.mark_demo_offered(ctx)
        window = MainWindow(ctx)
    except DomainError as exc:
        QMessageBox.critical(None, "kotra-invest", exc.message(settings.lang))
        return 2
    window.show()
    return app.exec()
