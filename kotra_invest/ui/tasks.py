"""Tasks: my open tasks, overdue first; complete with Space, add with Ctrl+N, undo anything."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QTableWidget, QVBoxLayout, QWidget

from kotra_invest.domain.errors import DomainError
from kotra_invest.services import tasks
from kotra_invest.services.page_models import TaskRow
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui import formatting
from kotra_invest.ui.delegations import _fill, _selected_id, _table
from kotra_invest.ui.forms import FormDialog, plain_text, show_failure
from kotra_invest.ui.undo import Changed, RecordEdits


class TaskEditor(FormDialog):
    def __init__(self, ctx: Context, draft: tasks.TaskDraft | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Task"), ctx.lang, parent)
        self.title = self.line("title", self.tr("What is to be done"), required=True, max_length=200)
        self.due = QDateEdit(QDate.currentDate().addDays(7), self)
        self.due.setCalendarPopup(True)
        self.add_field("due_on", self.tr("Due"), self.due)
        self.notes = self.text_area("notes", self.tr("Notes"))
        self.base = draft or tasks.TaskDraft(title="")
        if draft is not None:
            self.title.setText(draft.title)
            if draft.due_on:
                self.due.setDate(QDate(draft.due_on.year, draft.due_on.month, draft.due_on.day))
            self.notes.setPlainText(draft.notes or "")

    def draft(self) -> tasks.TaskDraft:
        value = self.due.date()
        from dataclasses import replace

        return replace(self.base, title=self.title.text().strip(), due_on=date(value.year(), value.month(), value.day()),
                       notes=plain_text(self.notes))  # fmt: skip


class TaskActions:
    """Create, edit, complete, reopen, cancel and delete tasks with undo; for the Tasks page and record pages."""

    def __init__(self, ctx: Context, undo_stack: QUndoStack, parent: QWidget, on_change: Callable[[], object]) -> None:
        self.ctx, self.parent = ctx, parent
        self.edits = RecordEdits(ctx, undo_stack, parent, lambda _changed: on_change())

    def create(self, about: tasks.TaskDraft | None = None) -> TaskEditor:
        editor = TaskEditor(self.ctx, None, self.parent)
        if about is not None:
            editor.base = about
        return self.edits.create(tasks.TASK, editor, QCoreApplication.translate("TaskActions", "New task"))

    def edit(self, task_id: uuid.UUID) -> TaskEditor | None:
        return self.edits.edit(tasks.TASK, task_id, lambda draft: TaskEditor(self.ctx, draft, self.parent),
                               QCoreApplication.translate("TaskActions", "Edit task"))  # fmt: skip

    def set_status(self, row: TaskRow, status: str) -> bool:
        """Done, open again or cancelled; undo puts the status it had back."""
        calls = {"done": tasks.complete_task, "open": tasks.reopen_task, "cancelled": tasks.cancel_task}
        texts = {"done": QCoreApplication.translate("TaskActions", "Complete %1"), "open": QCoreApplication.translate("TaskActions", "Reopen %1"),
                 "cancelled": QCoreApplication.translate("TaskActions", "Cancel %1")}  # fmt: skip
        if status == row.status:
            return False
        ctx, go, back = self.ctx, calls[status], calls[row.status]
        return self.edits.run(texts[status].replace("%1", row.title), lambda: go(ctx, row.id), lambda: back(ctx, row.id),
                              Changed("task", (row.id,)))  # fmt: skip

    def toggle_done(self, row: TaskRow) -> bool:
        return self.set_status(row, "done" if row.status == "open" else "open")

    def delete(self, row: TaskRow) -> bool:
        return self.edits.delete(tasks.TASK, row.id, QCoreApplication.translate("TaskActions", "Delete task %1").replace("%1", row.title))


class TasksPage(QWidget):
    """The signed-in officer's tasks."""

    sig_open_record = Signal(str, object)
    """A record a task is about: ("investor" | "delegation", id)."""

    def __init__(self, ctx: Context, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[TaskRow] = []
        self.actions = TaskActions(ctx, undo_stack, self, self.refresh)
        self.overdue_only = QCheckBox(self.tr("Overdue only"), self)
        self.overdue_only.toggled.connect(self.refresh)
        self.table: QTableWidget = _table(self, [self.tr("Task"), self.tr("Due"), self.tr("Status"), self.tr("About"), self.tr("Notes")], "task_table")
        self.table.doubleClicked.connect(lambda _i: self.open_subject())
        self.count = QLabel(self)
        buttons = QHBoxLayout()
        for text, slot, name in ((self.tr("&New task…"), lambda: self.actions.create(), "new_task"),
                                 (self.tr("&Done / reopen (Space)"), self.toggle_selected, "toggle_task"),
                                 (self.tr("Open what it is &about"), self.open_subject, "open_subject"),
                                 (self.tr("&Delete"), self.delete_selected, "delete_task")):  # fmt: skip
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, s=slot: s())
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.overdue_only)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self.table, activated=self.toggle_selected)
        QShortcut(QKeySequence.StandardKey.New, self, activated=lambda: self.actions.create())
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self.delete_selected)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.rows = tasks.my_tasks(self.ctx, overdue_only=self.overdue_only.isChecked(), limit=500)
        except DomainError as exc:
            show_failure(self, exc, self.ctx.lang)
            return
        lang = self.ctx.lang
        _fill(self.table, [(row.id, [row.title, formatting.day(row.due_on, lang), row.status_label,
                                     row.investor or row.project or row.delegation or "", (row.notes or "").split("\n")[0]])
                           for row in self.rows])  # fmt: skip
        overdue = QBrush(QColor("#b3261e"))
        for r, row in enumerate(self.rows):
            if row.overdue:
                self.table.item(r, 1).setForeground(overdue)
                self.table.item(r, 1).setToolTip(self.tr("Overdue"))
        late = sum(1 for row in self.rows if row.overdue)
        self.count.setText(self.tr("%1 tasks, %2 overdue").replace("%1", str(len(self.rows))).replace("%2", str(late)))

    def selected_row(self) -> TaskRow | None:
        chosen = _selected_id(self.table)
        return next((row for row in self.rows if row.id == chosen), None)

    def toggle_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.actions.toggle_done(row)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.actions.delete(row)

    def open_subject(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if row.investor_id is not None:
            self.sig_open_record.emit("investor", row.investor_id)
        elif row.delegation_id is not None:
            self.sig_open_record.emit("delegation", row.delegation_id)
        elif row.project_id is not None:
            self.sig_open_record.emit("project", row.project_id)
