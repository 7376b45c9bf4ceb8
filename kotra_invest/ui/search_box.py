"""The global search box: type anywhere (Ctrl+F / Ctrl+K), results drop down grouped by kind, Enter opens.

The drop-down is a frameless tool window, not a popup: a popup would grab the keyboard and the
user could not keep typing. Arrow keys and Enter are forwarded from the line edit to the list.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kotra_invest.domain.errors import DomainError
from kotra_invest.services import search
from kotra_invest.services.read_models import SearchHit
from kotra_invest.services.unit_of_work import Context


class GlobalSearch(QLineEdit):
    """Search everything as the user types; `sig_open` carries the chosen hit."""

    sig_open = Signal(object)
    """A SearchHit the user chose (Enter or click)."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("global_search")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search investors, contacts, delegations, projects, notes (Ctrl+K)"))
        self.setMinimumWidth(420)
        self.kind_names = {
            "investor": self.tr("Investor"),
            "contact": self.tr("Contact"),
            "delegation": self.tr("Delegation"),
            "project": self.tr("Project"),
            "interaction": self.tr("Activity"),
        }
        self.popup = QFrame(self, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.results = QListWidget(self.popup)
        self.results.setObjectName("search_results")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.itemClicked.connect(self._choose)
        column = QVBoxLayout(self.popup)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.results)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # one query per pause in typing, not per keystroke
        self._timer.timeout.connect(self.run_search)
        self.textChanged.connect(lambda _t: self._timer.start())
        self.installEventFilter(self)

    def run_search(self) -> list[SearchHit]:
        query = self.text().strip()
        self.results.clear()
        if not query:
            self.popup.hide()
            return []
        try:
            hits = search.search(self.ctx, query, limit=60)
        except DomainError as exc:
            item = QListWidgetItem(exc.message(self.ctx.lang))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
            self._show_popup()
            return []
        if not hits:
            item = QListWidgetItem(self.tr("Nothing found for “%1”").replace("%1", query))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        for hit in hits:
            item = QListWidgetItem(f"{self.kind_names.get(hit.kind, hit.kind)} · {hit.label}")
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        self._show_popup()
        return hits

    def _show_popup(self) -> None:
        width = max(self.width(), 520)
        rows = min(self.results.count(), 14)
        self.popup.resize(width, max(rows, 1) * (self.results.sizeHintForRow(0) + 2) + 8)
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()

    def _choose(self, item: QListWidgetItem | None = None) -> None:
        item = item or self.results.currentItem()
        hit = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(hit, SearchHit):
            self.popup.hide()
            self.sig_open.emit(hit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.popup.isVisible():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():  # Enter before the pause: search now, then open the first hit
                    self._timer.stop()
                    self.run_search()
                self._choose()
                return True
            if key == Qt.Key.Key_Escape:
                self.popup.hide()
                self.clear()
                return True
        if watched is self and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(150, self._hide_unless_focused)
        return super().eventFilter(watched, event)

    def _hide_unless_focused(self) -> None:
        if not self.hasFocus():
            self.popup.hide()

    def hit_ids(self) -> list[uuid.UUID]:
        """The ids listed now (for tests and for the status line)."""
        ids = []
        for row in range(self.results.count()):
            hit = self.results.item(row).data(Qt.ItemDataRole.UserRole)
            if isinstance(hit, SearchHit):
                ids.append(hit.id)
        return ids
