"""The Dashboard page (interim: the year's key figures; the charts land with the dashboard branch)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kotra_invest.services import dashboard
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui import background, formatting


class DashboardPage(QWidget):
    sig_open_record = Signal(str, object)
    """A record the user activated: its kind and id."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        year = date.today().year
        background.start(lambda _p, _c: dashboard.year_figures(self.ctx, year), on_done=self._show, parent=self)

    def _show(self, figures: object) -> None:
        assert isinstance(figures, dashboard.YearFigures)
        lang = self.ctx.lang
        self.summary.setText(
            f"<h2>{figures.year}</h2><p>{formatting.usd(figures.fdi_total.notified_usd, lang)} / "
            f"{formatting.usd(figures.fdi_total.arrived_usd, lang)}</p>"
        )
