"""A record's own window (investor, project, delegation): its own undo history, closed with Esc or
Ctrl+W, and a History tab of the record's changes.

Each window keeps its undo stack in the main window's undo group: the Edit menu undoes in the
window the officer works in, and a window that closes takes its history with it, so an undo can
never act on a window that is gone.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.undo import Changed

if TYPE_CHECKING:
    from kotra_invest.ui.documents import DocumentsPanel
    from kotra_invest.ui.history import HistoryView


class RecordWindow(QWidget):
    """Base of the record windows: a top-level window with its own undo stack, and what the main
    window may ask of every one of them (no `getattr`)."""

    sig_changed = Signal()
    """Something about the record was saved (other views refresh)."""
    sig_open_record = Signal(str, object)
    """A related record to open in its own window: (kind, id)."""
    sig_records_changed = Signal(object)
    """What an action in this window changed (a `Changed`): the main window tells the other windows."""

    ctx: Context
    tabs: QTabWidget
    documents: DocumentsPanel | None = None  # the Documents tab, where the record has one
    history_tab: HistoryView | None = None  # the History tab, added by the first `refresh_history`
    entity: str  # the kind of record the window shows (a `Changed` entity)
    record_id: uuid.UUID
    follows: frozenset[str] = frozenset()  # the record kinds its tabs list: their changes reload it

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

    def build_frame(self, ctx: Context, heading_name: str, on_change: Callable[..., object]) -> None:
        """The parts the investor and the project windows share: the one edit path and the project,
        task and meeting actions on this window's own undo stack, a bold heading, the tabs and the
        overview's rich-text label (`facts`). `finish_frame` lays them out."""
        # Imported here: those modules build on the widgets of this one's neighbours, not on it.
        from kotra_invest.ui.meetings import MeetingActions
        from kotra_invest.ui.projects import ProjectActions
        from kotra_invest.ui.tasks import TaskActions
        from kotra_invest.ui.undo import RecordEdits

        self.ctx = ctx
        self.edits = RecordEdits(ctx, self.undo_stack, self, on_change)
        self.project_actions = ProjectActions(ctx, self.undo_stack, self, on_change)
        self.task_actions = TaskActions(ctx, self.undo_stack, self, on_change)
        self.meeting_actions = MeetingActions(ctx, self.undo_stack, self, on_change)
        self.title = QLabel(self)
        self.title.setObjectName(heading_name)
        self.title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.title.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.facts = QLabel(self)
        self.facts.setObjectName("facts")
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def refresh(self) -> None:
        """Reload what the window shows."""

    def refresh_history(self) -> None:
        """The History tab: the record's changes from the audit trail, a previous value put back in
        one action. Added as the last tab at the window's first refresh, reloaded at each one after."""
        # Imported here: the history view builds on ui.delegations, which builds on this module.
        from kotra_invest.ui.history import HistoryView

        if self.history_tab is None:
            self.history_tab = HistoryView(self.ctx, self.entity, self.record_id, self.undo_stack, self)
            self.history_tab.sig_restored.connect(self.changed_here)
            self.tabs.addTab(self.history_tab, self.tr("History"))
        else:
            self.history_tab.refresh()

    def follow(self, what: Changed) -> None:
        """A change made in another window or page: the tabs reload when they list that kind of
        record (`follows`), the Documents tab when the change may have taken documents out of its
        list or brought some in. Editors open on this window keep what was typed: their saves are
        checked against the version they were opened on."""
        if what.touches(*self.follows):
            self.refresh()
        if self.documents is not None:
            self.documents.follow(what)

    def changed_here(self, what: Changed | None = None) -> None:
        """Every change made in this window, one way: shown here, then told to the other windows
        (`sig_records_changed`) and the pages (`sig_changed`). None: a change of the record itself."""
        if what is None:
            what = Changed(self.entity, (self.record_id,))
        self.refresh()
        if self.documents is not None:  # a contact's, a meeting's … documents leave (and come back) with it
            self.documents.follow(what)
        self.sig_records_changed.emit(what)
        self.sig_changed.emit()

    def show_document(self, document_id: uuid.UUID) -> None:
        """Bring the Documents tab forward with that document selected."""
        if self.documents is not None:
            self.tabs.setCurrentWidget(self.documents)
            self.documents.select(document_id)

    def finish_frame(self, width: int, height: int) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self.resize(width, height)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self.group is not None:
            self.group.setActiveStack(self.undo_stack)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.group is not None:
            self.group.removeStack(self.undo_stack)
        self.undo_stack.clear()
        super().closeEvent(event)
