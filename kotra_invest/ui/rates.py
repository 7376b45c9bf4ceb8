"""Exchange rates (Edit ▸ Exchange rates…): the dated table every USD total converts with.

1 USD = N units of a currency, from a date on; a tranche converts at the most recent rate on or
before its date. Officers add or replace a rate, delete one, or import a CSV of them (all or
nothing). Each change is an audited save through services.fx, and undoable: the main window's
history takes it (Ctrl+Z here or there puts back the rates the change replaced).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kotra_invest import formatting
from kotra_invest.domain.errors import DomainError
from kotra_invest.services import fx
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui import background
from kotra_invest.ui.forms import DateEdit
from kotra_invest.ui.undo import perform

ID_ROLE = Qt.ItemDataRole.UserRole
DAY_ROLE = Qt.ItemDataRole.UserRole + 1  # the rate's date (ISO): the column shows it in the user's style


class RatesDialog(QDialog):
    sig_changed = Signal()

    def __init__(self, ctx: Context, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = undo_stack
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, undo_stack.undo),
            (QKeySequence.StandardKey.Redo, undo_stack.redo),
        ):
            QShortcut(keys, self, slot)  # the Edit menu is the main window's: the same history from here
        self.setWindowTitle(self.tr("Exchange rates"))
        layout = QVBoxLayout(self)
        explain = QLabel(
            self.tr(
                "1 USD = N units of the currency, from the date on. A non-USD amount converts at "
                "the most recent rate on or before its date; one with no such rate is left out of "
                "the totals and listed."
            ),
            self,
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Currency"), self.tr("From"), self.tr("Units per USD"), self.tr("Source")])
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Exchange rates"))
        layout.addWidget(self.table, 1)

        form = QHBoxLayout()
        self.currency = QLineEdit(self)
        self.currency.setPlaceholderText(self.tr("e.g. KRW"))
        self.currency.setMaxLength(3)
        self.on_date = DateEdit(parent=self)
        self.on_date.setCalendarPopup(True)
        self.on_date.setDisplayFormat("yyyy-MM-dd")
        self.on_date.setDate(QDate.currentDate())
        self.units = QLineEdit(self)
        self.units.setPlaceholderText(self.tr("e.g. 1,385.50"))
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("Source (optional)"))
        self.save_button = QPushButton(self.tr("Save rate"), self)
        for label, widget in (
            (self.tr("Currency:"), self.currency),
            (self.tr("From:"), self.on_date),
            (self.tr("Units per USD:"), self.units),
        ):
            form.addWidget(QLabel(label, self))
            form.addWidget(widget)
        form.addWidget(self.source, 1)
        form.addWidget(self.save_button)
        layout.addLayout(form)

        buttons = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("Delete selected"), self)
        self.import_button = QPushButton(self.tr("Import CSV…"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.message, 1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save_rate)
        self.on_date.sig_refused.connect(lambda text: self._say(text, error=True))
        self.units.returnPressed.connect(self.save_rate)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(lambda: self.import_file())
        self.table.currentItemChanged.connect(self._picked)
        self.resize(760, 480)
        self.reload()

    def reload(self) -> None:
        self.table.clear()
        for r in fx.list_rates(self.ctx):
            item = QTreeWidgetItem(
                self.table,
                [r.currency, formatting.list_day(r.on_date, self.ctx.lang), f"{r.units_per_usd:,}", r.source or ""],
            )
            item.setData(0, ID_ROLE, r.id)
            item.setData(0, DAY_ROLE, r.on_date.isoformat())
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _picked(self, item: QTreeWidgetItem | None, _old: object = None) -> None:
        if item is None:
            return
        self.currency.setText(item.text(0))
        self.on_date.setDate(QDate.fromString(item.data(0, DAY_ROLE), "yyyy-MM-dd"))
        self.units.setText(item.text(2))
        self.source.setText(item.text(3))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #8a1c12;" if error else "")
        self.message.setText(text)

    def _undoable(self, text: str, keys: list[tuple[str, date]], change: Callable[[], object]) -> bool:
        """Make `change` to the rates at `keys`; undo puts back what they were, redo what it made."""
        ctx = self.ctx
        before = fx.rate_states(ctx, keys)
        after: list[fx.RateState] = []

        def do() -> None:
            change()
            after[:] = fx.rate_states(ctx, keys)

        return perform(
            self.undo_stack,
            text,
            do,
            lambda: fx.restore_rates(ctx, before),
            redo=lambda: fx.restore_rates(ctx, after),
            on_change=self._changed,
            on_error=lambda exc: self._say(background.error_text(exc, ctx.lang), error=True),
        )

    def _changed(self) -> None:
        self.reload()
        self.sig_changed.emit()

    def save_rate(self) -> None:
        refused = self.on_date.refusal()
        if refused is not None:  # the box still shows the date it had: not the one typed
            self._say(refused.message(self.ctx.lang), error=True)
            return
        qd = self.on_date.date()
        ctx = self.ctx
        currency, on, units, source = (
            self.currency.text(),
            date(qd.year(), qd.month(), qd.day()),
            self.units.text(),
            self.source.text(),
        )
        try:
            code, day, value = fx.check_rate(currency, on, units)
        except DomainError as exc:
            self._say(exc.message(ctx.lang), error=True)
            return
        if self._undoable(
            self.tr("Save exchange rate"), [(code, day)], lambda: fx.set_rate(ctx, code, day, value, source)
        ):
            self._say(
                self.tr("Saved: {0} from {1}, 1 USD = {2} (Ctrl+Z takes it back)").format(
                    code, formatting.list_day(day, self.ctx.lang), value
                )
            )

    def delete_selected(self) -> None:
        item = self.table.currentItem()
        rate_id = item.data(0, ID_ROLE) if item is not None else None
        if item is None or not isinstance(rate_id, uuid.UUID):
            self._say(self.tr("Select a rate to delete."), error=True)
            return
        key = (item.text(0), date.fromisoformat(item.data(0, DAY_ROLE)))
        if self._undoable(self.tr("Delete exchange rate"), [key], lambda: fx.delete_rate(self.ctx, rate_id)):
            self._say(self.tr("Deleted (Ctrl+Z brings it back)."))

    def import_file(self, path: Path | None = None) -> int | None:
        if path is None:
            name, _f = QFileDialog.getOpenFileName(
                self, self.tr("Import exchange rates"), "", self.tr("CSV files (*.csv);;All files (*)")
            )
            if not name:
                return None
            path = Path(name)
        try:
            keys = [
                (code, day) for code, day, _units, _source in fx.read_rates_file(path)
            ]  # a bad file: one sentence, nothing changed
        except DomainError as exc:
            self._say(exc.message(self.ctx.lang), error=True)
            return None
        counted: list[int] = []
        if not self._undoable(
            self.tr("Import exchange rates"), keys, lambda: counted.append(fx.import_rates(self.ctx, path))
        ):
            return None
        self._say(self.tr("Imported {0} rates (Ctrl+Z takes them back).").format(counted[0]))
        return counted[0]
