"""Tasks: my open tasks, overdue first; complete with Space, add with Ctrl+N, undo anything."""

from __future__ import annotations

import uuid
from datetime import date
from functools import partial

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
from kotra_invest.ui.list_export import ListSource, widget_source
from kotra_invest.ui.undo import ServiceCommand, perform


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
    """Create, complete, reopen and delete tasks with undo; for the Tasks page and record pages."""

    def __init__(self, ctx: Context, undo_stack: QUndoStack, parent: QWidget, on_change: object) -> None:
        self.ctx, self.undo_stack, self.parent, self.on_change = ctx, undo_stack, parent, on_change

    def report(self, exc: Exception) -> None:
        show_failure(self.parent, exc, self.ctx.lang)

    def create(self, about: tasks.TaskDraft | None = None) -> TaskEditor:
        editor = TaskEditor(self.ctx, None, self.parent)
        if about is not None:
            editor.base = about
        editor.set_save(lambda: partial(tasks.create_task, self.ctx, editor.draft()))

        def saved(task_id: object) -> None:
            assert isinstance(task_id, uuid.UUID)
            self.undo_stack.push(ServiceCommand(QCoreApplication.translate("TaskActions", "New task"), lambda: tasks.restore_task(self.ctx, task_id),
                                                lambda: tasks.delete_task(self.ctx, task_id),
                                                on_change=self.on_change, on_error=self.report))  # type: ignore[arg-type]  # fmt: skip
            self.on_change()  # type: ignore[operator]

        editor.sig_saved.connect(saved)
        editor.open()
        return editor

    def toggle_done(self, row: TaskRow) -> bool:
        done = row.status == "open"
        first, then = (tasks.complete_task, tasks.reopen_task) if done else (tasks.reopen_task, tasks.complete_task)
        text = QCoreApplication.translate("TaskActions", "Complete %1") if done else QCoreApplication.translate("TaskActions", "Reopen %1")
        return perform(self.undo_stack, text.replace("%1", row.title), lambda: first(self.ctx, row.id),
                       lambda: then(self.ctx, row.id), on_change=self.on_change, on_error=self.report)  # type: ignore[arg-type]  # fmt: skip

    def delete(self, row: TaskRow) -> bool:
        return perform(self.undo_stack, QCoreApplication.translate("TaskActions", "Delete task %1").replace("%1", row.title),
                       lambda: tasks.delete_task(self.ctx, row.id), lambda: tasks.restore_task(self.ctx, row.id),
                       on_change=self.on_change, on_error=self.report)  # type: ignore[arg-type]  # fmt: skip


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

    def export_source(self) -> ListSource:
        return widget_source(self.tr("Tasks"), self.table, "tasks")

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
