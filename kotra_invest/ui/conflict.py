"""When someone else saved the record first: say so, show both versions, and let the user choose.

Never a silent overwrite: the user reloads (their edit is dropped), overwrites (their edit is saved
over the newer version, knowingly), or copies their changes to the clipboard and reloads, to
re-apply them by hand.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from kotra_invest.catalog import with_args


class Choice(Enum):
    RELOAD = "reload"
    OVERWRITE = "overwrite"
    COPY = "copy"
    CANCEL = "cancel"


class ConflictDialog(QDialog):
    """Mine against theirs, field by field, and three ways out."""

    def __init__(
        self,
        mine: dict[str, str],
        theirs: dict[str, str],
        labels: dict[str, str],
        changed_by: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.choice = Choice.CANCEL
        self._mine = mine
        self._labels = labels
        layout = QVBoxLayout(self)
        who = changed_by or self.tr("another user")
        intro = QLabel(
            with_args(
                self.tr("This record was changed by %1 while you were editing it. Nothing has been saved yet."), who
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        differing = [key for key in mine if mine.get(key) != theirs.get(key)]
        table = QTableWidget(len(differing), 3, self)
        table.setObjectName("differences")
        table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Your version"), self.tr("Saved version")])
        for row, key in enumerate(differing):
            for column, text in enumerate((labels.get(key, key), mine.get(key, ""), theirs.get(key, ""))):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(table)
        buttons = QDialogButtonBox(self)
        self.reload_button = buttons.addButton(
            self.tr("&Reload (discard mine)"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.overwrite_button = buttons.addButton(
            self.tr("&Overwrite with mine"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.copy_button = buttons.addButton(
            self.tr("&Copy my changes, then reload"), QDialogButtonBox.ButtonRole.ActionRole
        )
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.reload_button.clicked.connect(lambda: self._choose(Choice.RELOAD))
        self.overwrite_button.clicked.connect(lambda: self._choose(Choice.OVERWRITE))
        self.copy_button.clicked.connect(lambda: self._choose(Choice.COPY))
        cancel.clicked.connect(lambda: self._choose(Choice.CANCEL))
        layout.addWidget(buttons)
        self.resize(620, 320)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        if choice is Choice.COPY:
            lines = [f"{self._labels.get(k, k)}: {v}" for k, v in self._mine.items() if v]
            QGuiApplication.clipboard().setText("\n".join(lines))
        self.done(0 if choice is Choice.CANCEL else 1)
