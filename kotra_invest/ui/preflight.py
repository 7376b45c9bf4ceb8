"""The pre-flight dialog: what a briefing pack would get wrong, shown before it is exported."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kotra_invest.briefing.preflight import Problem

_NOTE = QColor("#5A6478")
_INDENT = Qt.ItemDataRole.UserRole + 1  # a detail row: drawn this many pixels in, wrapped lines too
_Index = QModelIndex | QPersistentModelIndex


class _Indented(QStyledItemDelegate):
    """A detail row indented as a whole (leading spaces would indent only its first line)."""

    def _inset(self, option: QStyleOptionViewItem, index: _Index) -> QStyleOptionViewItem:
        inset = QStyleOptionViewItem(option)
        inset.rect = option.rect.adjusted(int(index.data(_INDENT) or 0), 0, 0, 0)
        return inset

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        super().paint(painter, self._inset(option, index), index)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return super().sizeHint(self._inset(option, index), index)


class PreflightDialog(QDialog):
    """The problems found in a pack's content; Export goes on, Cancel goes back to fix them.

    A line that stands for many texts (an English pack's Korean-only meeting notes, one line per
    kind) lists them under it when "Show each text" is ticked."""

    def __init__(self, problems: Sequence[Problem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preflight_dialog")
        self.setWindowTitle(self.tr("Pre-flight check"))
        self.resize(820, 520)
        # The serious ones first: a long list of Korean proper names must not hide an overlap.
        self._problems = sorted(problems, key=lambda p: not p.serious)
        serious = sum(1 for p in problems if p.serious)
        self.summary = QLabel(self)
        self.summary.setObjectName("preflight_summary")
        self.summary.setWordWrap(True)
        if serious:
            self.summary.setText(self.tr("To look at before the pack goes out: %1").replace("%1", str(serious)))
        else:
            self.summary.setText(self.tr("Nothing to fix; for your information:"))
        self.problems = QListWidget(self)
        self.problems.setObjectName("preflight_problems")
        self.problems.setWordWrap(True)
        self.problems.setAlternatingRowColors(True)
        self.problems.setItemDelegate(_Indented(self.problems))
        hidden = sum(len(p.details) for p in self._problems)
        self.show_all = QCheckBox(self.tr("Show each text (%1)").replace("%1", str(hidden)), self)
        self.show_all.setObjectName("preflight_show_all")
        self.show_all.setToolTip(self.tr("List every text a line stands for under it"))
        self.show_all.setVisible(hidden > 0)
        self.show_all.toggled.connect(self._fill)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(self.tr("&Export anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("preflight_export")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_all)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addLayout(bottom)
        self._fill(False)

    def _fill(self, expanded: bool) -> None:
        """One row per problem; with `expanded`, each grouped line's texts indented under it."""
        self.problems.clear()
        notes = sum(1 for p in self._problems if not p.serious)
        for n, problem in enumerate(self._problems):
            if n and not problem.serious and self._problems[n - 1].serious:
                # Where what to fix ends and what to know begins.
                heading = QListWidgetItem(self.tr("For your information: %1").replace("%1", str(notes)))
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                font = QFont(heading.font())
                font.setBold(True)
                heading.setFont(font)
                self.problems.addItem(heading)
            item = QListWidgetItem(("⚠ " if problem.serious else "· ") + problem.message)
            if not problem.serious:
                item.setForeground(_NOTE)
            self.problems.addItem(item)
            if expanded:
                for line in problem.details:
                    detail = QListWidgetItem(line)
                    detail.setData(_INDENT, 28)
                    detail.setForeground(_NOTE)
                    self.problems.addItem(detail)
