"""Tasks: my open tasks, overdue first; complete with Space, add with Ctrl+N, undo anything."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from kotra_invest import formatting
from kotra_invest.domain.errors import DomainError
from kotra_invest.domain.kinds import record_kind
from kotra_invest.services import tasks
from kotra_invest.services.read_models import TaskRow
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.delegations import _fill, _fit_width, _selected_id, _table
from kotra_invest.ui.forms import DateEdit, FormDialog, plain_text, set_combo_data, show_failure
from kotra_invest.ui.list_export import ListSource, widget_source
from kotra_invest.ui.page import Page
from kotra_invest.ui.undo import Changed, RecordEdits


class TaskEditor(FormDialog):
    """A task: what, by when, who does it (any active officer), notes; what it is about stays linked."""

    def __init__(self, ctx: Context, draft: tasks.TaskDraft | None, parent: QWidget | None = None) -> None:
        super().__init__(record_kind("task", ctx.lang), ctx.lang, parent)
        self.title = self.line("title", self.tr("What is to be done"), required=True, max_length=200)
        self.due = DateEdit(QDate.currentDate().addDays(7), self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.add_field("due_on", self.tr("Due"), self.due)
        self.assignee = QComboBox(self)
        for login, name in tasks.assignees(ctx):
            self.assignee.addItem(name, login)
        self.add_field("assignee", self.tr("Assignee"), self.assignee)
        self.notes = self.text_area("notes", self.tr("Notes"))
        self.base = draft or tasks.TaskDraft(title="")
        set_combo_data(self.assignee, (draft.assignee_login if draft else None) or ctx.actor)
        if draft is not None:
            self.title.setText(draft.title)
            if draft.due_on:
                self.due.setDate(QDate(draft.due_on.year, draft.due_on.month, draft.due_on.day))
            self.notes.setPlainText(draft.notes or "")

    def draft(self) -> tasks.TaskDraft:
        value = self.due.date()
        return replace(
            self.base,
            title=self.title.text().strip(),
            due_on=date(value.year(), value.month(), value.day()),
            assignee_login=self.assignee.currentData() or self.base.assignee_login,
            notes=plain_text(self.notes),
        )


class TaskActions:
    """Create, edit, complete, reopen, cancel and delete tasks with undo; for the Tasks page and record pages."""

    def __init__(
        self, ctx: Context, undo_stack: QUndoStack, parent: QWidget, on_change: Callable[[Changed], object]
    ) -> None:
        self.ctx, self.parent = ctx, parent
        self.edits = RecordEdits(ctx, undo_stack, parent, on_change)

    def create(self, about: tasks.TaskDraft | None = None) -> TaskEditor:
        editor = TaskEditor(self.ctx, None, self.parent)
        if about is not None:
            editor.base = about
        return self.edits.create(tasks.TASK, editor, QCoreApplication.translate("TaskActions", "New task"))

    def edit(self, task_id: uuid.UUID) -> TaskEditor | None:
        return self.edits.edit(
            tasks.TASK,
            task_id,
            lambda draft: TaskEditor(self.ctx, draft, self.parent),
            QCoreApplication.translate("TaskActions", "Edit task"),
        )

    def set_status(self, row: TaskRow, status: str) -> bool:
        """Done, open again or cancelled; undo puts the status it had back."""
        calls = {"done": tasks.complete_task, "open": tasks.reopen_task, "cancelled": tasks.cancel_task}
        texts = {
            "done": QCoreApplication.translate("TaskActions", "Complete %1"),
            "open": QCoreApplication.translate("TaskActions", "Reopen %1"),
            "cancelled": QCoreApplication.translate("TaskActions", "Cancel %1"),
        }
        if status == row.status:
            return False
        ctx, go, back = self.ctx, calls[status], calls[row.status]
        return self.edits.run(
            texts[status].replace("%1", row.title),
            lambda: go(ctx, row.id),
            lambda: back(ctx, row.id),
            Changed("task", (row.id,)),
        )

    def toggle_done(self, row: TaskRow) -> bool:
        return self.set_status(row, "done" if row.status == "open" else "open")

    def delete(self, row: TaskRow) -> bool:
        return self.edits.delete(
            tasks.TASK, row.id, QCoreApplication.translate("TaskActions", "Delete task %1").replace("%1", row.title)
        )


class TasksPage(Page):
    """Tasks: mine, my office's or everyone's (admins and leaders); open ones, or all."""

    sig_open_record = Signal(str, object)
    """A record a task is about: ("investor" | "project" | "delegation", id)."""

    def __init__(self, ctx: Context, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[TaskRow] = []
        self.actions = TaskActions(ctx, undo_stack, self, self.changed)
        self.scope = QComboBox(self)
        self.scope.setObjectName("task_scope")
        names = {"mine": self.tr("My tasks"), "office": self.tr("My office"), "everyone": self.tr("Everyone")}
        for scope in tasks.task_scopes(ctx):
            self.scope.addItem(names[scope], scope)
        self.overdue_only = QCheckBox(self.tr("Overdue only"), self)
        self.show_closed = QCheckBox(self.tr("Show completed and cancelled"), self)
        self.show_closed.setObjectName("show_closed")
        filters = QHBoxLayout()
        for widget in (self.scope, self.overdue_only, self.show_closed):
            filters.addWidget(widget)
        filters.addStretch(1)
        self.scope.currentIndexChanged.connect(self.refresh)
        self.overdue_only.toggled.connect(self.refresh)
        self.show_closed.toggled.connect(self.refresh)
        self.table: QTableWidget = _table(
            self,
            [
                self.tr("Task"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Assignee"),
                self.tr("About"),
                self.tr("Notes"),
            ],
            "task_table",
        )
        _fit_width(self.table, (0, 4, 5))  # the task, what it is about, its notes
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.empty = QLabel(self)
        self.empty.setObjectName("tasks_empty")
        self.empty.setWordWrap(True)
        self.show_everyone = QPushButton(self)
        self.show_everyone.setObjectName("show_everyone")
        self.show_everyone.clicked.connect(self._widen)
        empty_row = QHBoxLayout()
        empty_row.addWidget(self.empty, 1)
        empty_row.addWidget(self.show_everyone)
        self.count = QLabel(self)
        buttons = QHBoxLayout()
        for text, slot, name in (
            (self.tr("&New task…"), lambda: self.actions.create(), "new_task"),
            (self.tr("&Edit…"), self.edit_selected, "edit_task"),
            (self.tr("&Done / reopen (Space)"), self.toggle_selected, "toggle_task"),
            (self.tr("&Cancel task"), self.cancel_selected, "cancel_task"),
            (self.tr("Open what it is &about"), self.open_subject, "open_subject"),
            (self.tr("&Delete"), self.delete_selected, "delete_task"),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, s=slot: s())
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(empty_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self.table, activated=self.toggle_selected)
        QShortcut(QKeySequence.StandardKey.New, self, activated=lambda: self.actions.create())
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self.delete_selected)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.rows = tasks.task_list(
                self.ctx,
                scope=self.scope.currentData() or "mine",
                include_closed=self.show_closed.isChecked(),
                overdue_only=self.overdue_only.isChecked(),
            )
        except DomainError as exc:
            show_failure(self, exc, self.ctx.lang)
            return
        lang = self.ctx.lang
        _fill(
            self.table,
            [
                (
                    row.id,
                    [
                        row.title,
                        formatting.day(row.due_on, lang),
                        row.status_label,
                        row.assignee or "",
                        row.project or row.investor or row.delegation or "",
                        (row.notes or "").split("\n")[0],
                    ],
                )
                for row in self.rows
            ],
        )
        overdue = QBrush(QColor("#b3261e"))
        for r, row in enumerate(self.rows):
            if row.overdue:
                self.table.item(r, 1).setForeground(overdue)
                self.table.item(r, 1).setToolTip(self.tr("Overdue"))
        late = sum(1 for row in self.rows if row.overdue)
        self.count.setText(self.tr("%1 tasks, %2 overdue").replace("%1", str(len(self.rows))).replace("%2", str(late)))
        self._explain_empty()

    def _explain_empty(self) -> None:
        """An empty list says why, and offers the next wider list (a newcomer on the demo has no tasks yet)."""
        scope = self.scope.currentData() or "mine"
        # The widest list the officer may see: everyone's for admins and leaders, else the office's.
        wider = next(
            (s for s in reversed(tasks.SCOPES[tasks.SCOPES.index(scope) + 1 :]) if self.scope.findData(s) >= 0), None
        )
        shown = not self.rows
        self.empty.setVisible(shown)
        self.show_everyone.setVisible(shown and wider is not None)
        if not shown:
            return
        if scope == "mine":
            self.empty.setText(
                self.tr(
                    "No open tasks are assigned to you (%1). New tasks, and follow-ups of meetings, are assigned to whoever you choose."
                ).replace("%1", self.ctx.actor)
            )
        else:
            self.empty.setText(self.tr("No open tasks here."))
        if wider is not None:
            self.show_everyone.setText(
                self.tr("Show everyone's tasks") if wider == "everyone" else self.tr("Show my office's tasks")
            )
            self.show_everyone.setProperty("scope", wider)

    def _widen(self) -> None:
        self.scope.setCurrentIndex(self.scope.findData(self.show_everyone.property("scope")))

    def export_source(self) -> ListSource:
        return widget_source(self.tr("Tasks"), self.table, "tasks")

    def selected_row(self) -> TaskRow | None:
        chosen = _selected_id(self.table)
        return next((row for row in self.rows if row.id == chosen), None)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.actions.edit(row.id)

    def toggle_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.actions.toggle_done(row)

    def cancel_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.actions.set_status(row, "cancelled")

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.actions.delete(row)

    def open_subject(self) -> None:
        """Open the record the task is about: its project first, else its investor or delegation."""
        row = self.selected_row()
        if row is None:
            return
        if row.project_id is not None:
            self.sig_open_record.emit("project", row.project_id)
        elif row.investor_id is not None:
            self.sig_open_record.emit("investor", row.investor_id)
        elif row.delegation_id is not None:
            self.sig_open_record.emit("delegation", row.delegation_id)
