"""The pre-flight dialog: what a briefing pack would get wrong, shown before it is exported."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kotra_invest.briefing.preflight import Problem


class PreflightDialog(QDialog):
    """The problems found in a pack's content; Export goes on, Cancel goes back to fix them."""

    def __init__(self, problems: Sequence[Problem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preflight_dialog")
        self.setWindowTitle(self.tr("Pre-flight check"))
        self.resize(720, 420)
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
        # The serious ones first: a long list of Korean proper names must not hide an overlap.
        for problem in sorted(problems, key=lambda p: not p.serious):
            item = QListWidgetItem(("⚠ " if problem.serious else "· ") + problem.message)
            if not problem.serious:
                item.setForeground(QColor("#5A6478"))
            self.problems.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(self.tr("&Export anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("preflight_export")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)
