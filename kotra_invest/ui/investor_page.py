"""An investor's own window: company facts, contacts, projects with 신고/도착, activity, tasks, history."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from kotra_invest.services import investors
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.investors import InvestorActions


class InvestorWindow(QWidget):
    """One investor, everything about them, in tabs."""

    sig_changed = Signal()
    """Something about the investor was saved (other views refresh)."""

    def __init__(
        self, ctx: Context, investor_id: uuid.UUID, undo_stack: QUndoStack, parent: QWidget | None = None, *, focus: str | None = None
    ) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt

        self.setWindowFlag(Qt.WindowType.Window)
        self.ctx = ctx
        self.investor_id = investor_id
        self.actions = InvestorActions(ctx, undo_stack, self, self._changed)
        self.title = QLabel(self)
        self.title.setObjectName("investor_title")
        self.title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.tabs = QTabWidget(self)
        self.facts = QWidget(self)
        self.facts_form = QFormLayout(self.facts)
        self.tabs.addTab(self.facts, self.tr("Company"))
        edit = QPushButton(self.tr("&Edit…"), self)
        edit.clicked.connect(lambda: self.actions.edit(self.investor_id))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(edit)
        self.resize(900, 640)
        self.refresh()

    def _changed(self) -> None:
        self.refresh()
        self.sig_changed.emit()

    def refresh(self) -> None:
        row = investors.get_investor_row(self.ctx, self.investor_id)
        self.setWindowTitle(f"{row.name} — kotra-invest")
        self.title.setText(row.name + (f"  ·  {row.name_ko}" if row.name_ko else ""))
        while self.facts_form.rowCount():
            self.facts_form.removeRow(0)
        for label, value in (
            (self.tr("Country"), row.country),
            (self.tr("Industry"), row.industry),
            (self.tr("Owner"), row.owner),
            (self.tr("Website"), row.website),
        ):
            self.facts_form.addRow(label, QLabel(value or "—", self.facts))
