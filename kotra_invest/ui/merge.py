"""Duplicates in the desktop: the warning an editor shows before saving a company or person we may
already have, and the dialog that merges two investors (or two contacts) with undo.

The warning asks the same service the importer asks (services.duplicates), so a duplicate an
import would flag is flagged when typed by hand too.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kotra_invest.domain.errors import FIELD_LABELS, DomainError
from kotra_invest.services import merging
from kotra_invest.services.duplicates import Match
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.forms import FormDialog, show_failure
from kotra_invest.ui.undo import ServiceCommand


def _warning_text(kind: str, reason: str) -> str:
    """One whole sentence per case: composed from pieces, the Korean read badly."""
    sentences = {
        ("investor", "name"): QCoreApplication.translate(
            "DuplicateWarning",
            "An investor with the same name is already registered: <b>%1</b>. Is it the same company?",
        ),
        ("investor", "fuzzy_name"): QCoreApplication.translate(
            "DuplicateWarning",
            "An investor with an almost identical name is already registered: <b>%1</b>. Is it the same company?",
        ),
        ("investor", "website"): QCoreApplication.translate(
            "DuplicateWarning",
            "An investor with the same website or e-mail domain is already registered: <b>%1</b>. Is it the same company?",
        ),
        ("contact", "email"): QCoreApplication.translate(
            "DuplicateWarning",
            "A contact with the same e-mail address is already registered: <b>%1</b>. Is it the same person?",
        ),
        ("contact", "name"): QCoreApplication.translate(
            "DuplicateWarning",
            "A contact with the same name is already registered at this investor: <b>%1</b>. Is it the same person?",
        ),
    }
    return sentences.get((kind, reason), sentences[("investor", "name")])


class DuplicateWarning(QDialog):
    """ "This looks like X we already have": save anyway, open the existing one, or go back."""

    sig_save_anyway = Signal()
    """The user knows and wants the record saved as typed."""
    sig_open_existing = Signal(object)
    """The user wants the existing record instead (its id)."""

    def __init__(self, match: Match, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.match = match
        self.setWindowTitle(self.tr("Possible duplicate"))
        self.message = QLabel(_warning_text(kind, match.reason).replace("%1", html.escape(match.name)), self)
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(420)
        self.buttons = QDialogButtonBox(self)
        self.open_existing = self.buttons.addButton(
            self.tr("Open the existing one"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_existing.setObjectName("open_existing")
        self.save_anyway = self.buttons.addButton(self.tr("Save anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_anyway.setObjectName("save_anyway")
        self.back = self.buttons.addButton(self.tr("Go back"), QDialogButtonBox.ButtonRole.RejectRole)
        self.open_existing.clicked.connect(self._open)
        self.save_anyway.clicked.connect(self._save)
        self.back.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _open(self) -> None:
        self.accept()
        self.sig_open_existing.emit(self.match.record_id)

    def _save(self) -> None:
        self.accept()
        self.sig_save_anyway.emit()


def guard_duplicates(
    editor: FormDialog,
    kind: str,
    check: Callable[[], Match | None],
    open_existing: Callable[[uuid.UUID], object] | None,
) -> None:
    """Make the editor's Save ask `check` first; a likely duplicate shows DuplicateWarning."""
    state = {"accepted": None}

    def guarded_save() -> None:
        if editor.saving:
            return
        try:
            match = check()
        except DomainError:
            match = None  # the save itself reports what is wrong with the draft
        if match is None or match.record_id is None or state["accepted"] == match.record_id:
            editor.save()
            return
        warning = DuplicateWarning(match, kind, editor)
        editor.duplicate_warning = warning  # type: ignore[attr-defined]

        def anyway() -> None:
            state["accepted"] = match.record_id
            editor.save()

        def existing(record_id: object) -> None:
            editor.done(QDialog.DialogCode.Rejected)  # the officer chose the existing record: no second question
            if open_existing is not None and isinstance(record_id, uuid.UUID):
                open_existing(record_id)

        warning.sig_save_anyway.connect(anyway)
        warning.sig_open_existing.connect(existing)
        warning.open()

    editor.buttons.accepted.disconnect()
    editor.buttons.accepted.connect(guarded_save)
    editor.guarded_save = guarded_save  # type: ignore[attr-defined]


class MergeDialog(QDialog):
    """Two records side by side, field by field: the user ticks the value that survives."""

    def __init__(
        self, ctx: Context, kind: merging.Kind, keep_id: uuid.UUID, drop_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.keep_id = keep_id
        self.drop_id = drop_id
        self.setWindowTitle(self.tr("Merge investors") if kind == "investor" else self.tr("Merge contacts"))
        self.fields = merging.merge_preview(ctx, kind, keep_id, drop_id)
        names = {f.field: f for f in self.fields}
        first = "name" if kind == "investor" else "full_name"
        grid = QGridLayout()
        grid.addWidget(QLabel("<b>" + self.tr("Field") + "</b>", self), 0, 0)
        grid.addWidget(QLabel("<b>" + self.tr("Stays: %1").replace("%1", names[first].keep) + "</b>", self), 0, 1)
        grid.addWidget(
            QLabel("<b>" + self.tr("Merged into it: %1").replace("%1", names[first].drop) + "</b>", self), 0, 2
        )
        self.choices: dict[str, QButtonGroup] = {}
        # A value's room: two values and the field names fit a 1280-px screen. Counted in pixels, not
        # characters: 60 Hangul characters of notes are twice 60 Latin letters (1,320 px wide at 1280).
        room = self.fontMetrics().averageCharWidth() * 50
        for row, f in enumerate(self.fields, start=1):
            ko, en = FIELD_LABELS.get(f.field.removesuffix("_id"), (f.field, f.field))
            grid.addWidget(QLabel(ko if ctx.lang == "ko" else en, self), row, 0)
            group = QButtonGroup(self)
            for column, (side, value) in enumerate((("keep", f.keep), ("drop", f.drop)), start=1):
                # Long notes would stretch the dialog off the screen: the start shows, the tooltip all.
                shown = self.fontMetrics().elidedText(value.replace("\n", " "), Qt.TextElideMode.ElideRight, room)
                button = QRadioButton(shown or "—", self)
                button.setToolTip(value)
                button.setObjectName(f"merge_{f.field}_{side}")
                button.setEnabled(f.differs)
                group.addButton(button, column)
                grid.addWidget(button, row, column)
            # An empty value on the surviving side would lose the other's: the other is ticked.
            keep_wins = bool(f.keep) or not f.drop
            group.button(1 if keep_wins else 2).setChecked(True)
            self.choices[f.field] = group
        note = QLabel(
            self.tr(
                "Everything that points at the second record (contacts, projects, meetings, documents, tasks, "
                "itinerary, meeting targets) moves to the first. You can undo this (Ctrl+Z)."
            ),
            self,
        )
        note.setWordWrap(True)
        swap = QPushButton(self.tr("Swap which one stays"), self)
        swap.setObjectName("merge_swap")
        swap.clicked.connect(self._swap)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = self.buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("merge_ok")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(swap)
        layout.addWidget(self.buttons)
        self.swapped = False

    def _swap(self) -> None:
        self.swapped = True
        self.reject()

    def preferences(self) -> dict[str, merging.Side]:
        return {name: ("keep" if group.checkedId() == 1 else "drop") for name, group in self.choices.items()}


def merge_with_undo(
    ctx: Context,
    undo_stack: QUndoStack,
    parent: QWidget,
    kind: merging.Kind,
    keep_id: uuid.UUID,
    drop_id: uuid.UUID,
    on_change: Callable[[], None],
) -> MergeDialog | None:
    """Open the merge dialog; on Merge, merge and push one undoable command."""
    try:
        dialog = MergeDialog(ctx, kind, keep_id, drop_id, parent)
    except DomainError as exc:
        show_failure(parent, exc, ctx.lang)
        return None

    def finished(result: int) -> None:
        if dialog.swapped:
            merge_with_undo(ctx, undo_stack, parent, kind, drop_id, keep_id, on_change)
            return
        if result != QDialog.DialogCode.Accepted:
            return
        prefer = dialog.preferences()
        merge = merging.merge_investors if kind == "investor" else merging.merge_contacts
        try:
            done = {"result": merge(ctx, keep_id, drop_id, prefer)}
        except DomainError as exc:
            show_failure(parent, exc, ctx.lang)
            return

        def redo() -> None:
            done["result"] = merge(ctx, keep_id, drop_id, prefer)

        text = (
            QCoreApplication.translate("MergeDialog", "Merge investors")
            if kind == "investor"
            else QCoreApplication.translate("MergeDialog", "Merge contacts")
        )
        undo_stack.push(
            ServiceCommand(
                text,
                redo,
                lambda: merging.unmerge(ctx, done["result"]),
                on_change=on_change,
                on_error=lambda exc: show_failure(parent, exc, ctx.lang),
            )
        )
        on_change()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
