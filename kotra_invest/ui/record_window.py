"""A record's own window (investor, project): its own undo history, closed with Esc or Ctrl+W.

Each window keeps its undo stack in the main window's undo group: the Edit menu undoes in the
window the officer works in, and a window that closes takes its history with it, so an undo can
never act on a window that is gone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QWidget


class RecordWindow(QWidget):
    """Base of the record windows: a top-level window with its own undo stack."""

    def __init__(self, group: QUndoGroup | QUndoStack | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.undo_stack = QUndoStack(self)
        # A bare stack (a test, a caller without a main window) still gives the window its own history.
        self.group = group if isinstance(group, QUndoGroup) else None
        if self.group is not None:
            self.group.addStack(self.undo_stack)
            self.group.setActiveStack(self.undo_stack)
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
        self.addActions([undo, redo])
        for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W")):
            QShortcut(keys, self, activated=self.close)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self.group is not None:
            self.group.setActiveStack(self.undo_stack)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.group is not None:
            self.group.removeStack(self.undo_stack)
        self.undo_stack.clear()
        super().closeEvent(event)
