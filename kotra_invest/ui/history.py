"""A record's history: every change, field by field (who, when, from where), restorable in one action."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kotra_invest import formatting
from kotra_invest.catalog import with_args
from kotra_invest.domain.errors import DomainError
from kotra_invest.services import history
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui import background
from kotra_invest.ui.delegations import _fill, _fit_width, _selected_id, _table
from kotra_invest.ui.forms import confirm, show_failure
from kotra_invest.ui.save_as import ask_save_path


class HistoryView(QWidget):
    """The audit trail of one record (and its parts), newest first."""

    sig_restored = Signal()
    """A previous value was put back (the record changed)."""

    def __init__(
        self, ctx: Context, entity: str, record_id: uuid.UUID, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entity = entity
        self.record_id = record_id
        self.changes: list[history.FieldChange] = []
        self.table = _table(
            self,
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Field"),
                self.tr("Before"),
                self.tr("After"),
                self.tr("From"),
            ],
            "history",
        )
        # Before and After (a new record's whole snapshot) share the width, cut with "…" and whole in
        # the tooltip: no sideways scrolling to read what changed.
        _fit_width(self.table, (4, 5))
        # A record with no entry yet (one loaded by the demo, or from before the audit trail) says so
        # in words, where an empty table and "0 changes" would leave the officer wondering.
        self.empty = QLabel(
            self.tr("No changes recorded yet. Edits to this record will be listed here, newest first."), self
        )
        self.empty.setObjectName("no_history")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #5f6b7a;")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.note = QLabel(self)
        restore = QPushButton(self.tr("&Restore the value before this change"), self)
        restore.setObjectName("restore_value")
        restore.clicked.connect(self.restore_selected)
        restore.setEnabled(False)  # only a change of one field can be put back: enabled when one is chosen
        self.restore_button = restore
        export = QPushButton(self.tr("E&xport history…"), self)
        export.clicked.connect(self.export)
        self.export_button = export
        buttons = QHBoxLayout()
        buttons.addWidget(restore)
        buttons.addWidget(export)
        buttons.addStretch(1)
        buttons.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.refresh()

    def _selection_changed(self) -> None:
        change = self.selected()
        self.restore_button.setEnabled(change is not None and change.restorable and change.refusal is None)
        if change is None:
            # Nothing chosen yet: one who may not change the record learns so before choosing.
            own = next((c.refusal for c in self.changes if c.record_id == self.record_id and c.refusal), None)
            self.restore_button.setToolTip(own or "")
        elif not change.restorable:
            self.restore_button.setToolTip(
                self.tr("This change cannot be put back (a new record, a delete or erased data).")
            )
        else:  # the access rules' sentence, which a click would only have shown after the fact
            self.restore_button.setToolTip(change.refusal or "")

    def refresh(self) -> None:
        try:
            self.changes = history.record_history(self.ctx, self.entity, self.record_id)
        except DomainError as exc:
            self.note.setText(exc.message(self.ctx.lang))
            return
        lang = self.ctx.lang
        _fill(
            self.table,
            [
                (
                    c.id,
                    [
                        formatting.moment(c.when, lang),
                        c.who,
                        c.action_label,
                        c.label(lang),  # a new record's kind and name ("Delegation member: Kim Minji")
                        c.old_shown or "",
                        c.new_shown or "",
                        c.source_shown,
                    ],
                )
                for c in self.changes
            ],
        )
        self.stack.setCurrentWidget(self.table if self.changes else self.empty)
        self.export_button.setEnabled(bool(self.changes))
        count = len(self.changes)
        self.note.setText(
            "" if not count else self.tr("1 change") if count == 1 else self.tr("%1 changes").replace("%1", str(count))
        )
        self._selection_changed()

    def selected(self) -> history.FieldChange | None:
        chosen = _selected_id(self.table)
        return next((c for c in self.changes if c.id == chosen), None)

    def restore_selected(self, *, ask: bool = True) -> bool:
        change = self.selected()
        if change is None or not change.restorable:
            self.note.setText(self.tr("Choose a field change to restore."))
            return False
        label = change.label_ko if self.ctx.lang == "ko" else change.label_en
        question = with_args(self.tr("Put %1 back to “%2”?"), label, change.old_shown or "")
        if ask and not confirm(self, self.tr("Restore a previous value"), question):
            return False
        try:
            version = _current_version(self.ctx, change.entity, change.record_id)
            history.restore_value(self.ctx, change.id, version)
        except DomainError as exc:
            show_failure(self, exc, self.ctx.lang)
            return False
        self.refresh()
        self.sig_restored.emit()
        return True

    def export(self) -> None:
        from kotra_invest.ui.access_reason import with_reason

        # A contact's changes are personal data: the access log wants to know why they leave.
        ctx = with_reason(self, self.ctx, "history_export") if self.entity in ("contact", "investor") else self.ctx
        if ctx is None:
            return
        chosen = ask_save_path(self, self.tr("Export history"), Path.home() / "history.xlsx", "Excel (*.xlsx)", ".xlsx")
        if chosen is None:
            return
        entity, record_id = self.entity, self.record_id
        background.start_with_progress(
            self,
            self.tr("Writing the history…"),
            lambda progress, _c: history.export_history(ctx, entity, record_id, chosen, progress=progress),
            on_error=lambda exc: show_failure(self, exc, self.ctx.lang),
            cancellable=False,
        )


def _current_version(ctx: Context, entity: str, record_id: uuid.UUID) -> int:
    """The version the restore is based on: the record as it is now (a newer save is a conflict)."""
    return history.current_version(ctx, entity, record_id)
