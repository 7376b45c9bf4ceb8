"""Small choosers: pick an investor by typing part of its name (Korean or English)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kotra_invest.domain.errors import DomainError
from kotra_invest.services import investors
from kotra_invest.services.unit_of_work import Context


class InvestorPicker(QDialog):
    """Type, arrow down, Enter: the chosen investor's id is `chosen`."""

    def __init__(self, ctx: Context, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.chosen: uuid.UUID | None = None
        self.setWindowTitle(title)
        self.query = QLineEdit(self)
        self.query.setObjectName("picker_query")
        self.query.setPlaceholderText(self.tr("Part of the company name, in Korean or English"))
        self.results = QListWidget(self)
        self.results.setObjectName("picker_results")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.results.itemActivated.connect(lambda _item: self._accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._accept)
        self.resize(480, 420)

    def run_search(self) -> None:
        self.results.clear()
        text = self.query.text().strip()
        if not text:
            return
        try:
            rows = investors.search_investors(self.ctx, text, limit=50)
        except DomainError as exc:
            self.results.addItem(exc.message(self.ctx.lang))
            return
        for row in rows:
            label = (
                row.name + (f" · {row.name_ko}" if row.name_ko else "") + (f" ({row.country})" if row.country else "")
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)

    def _accept(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.run_search()
        item = self.results.currentItem()
        chosen = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(chosen, uuid.UUID):
            self.chosen = chosen
            self.accept()
