"""Undo and redo of saved changes: each command re-runs a service call, so undo is a real, audited save.

A command is pushed after its first run succeeded (an editor saved, a delete went through), so
its first `redo()` — the one `QUndoStack.push` makes — does nothing. If an undo cannot be done
(someone else changed the record since), the user is told and the command leaves the stack: an
undo never overwrites another officer's work.

`RecordEdits` is the one edit path of the desktop: create, edit and delete any record kind
declared in services (`records.Kind`) with its undo, telling the views what changed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from kotra_invest.domain.errors import DomainError
from kotra_invest.services import records
from kotra_invest.services.records import Kind
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.forms import show_failure


class ServiceCommand(QUndoCommand):
    """Undo/redo as two service calls; `on_change` refreshes views, `on_error` tells the user."""

    def __init__(
        self,
        text: str,
        redo: Callable[[], object],
        undo: Callable[[], object],
        *,
        on_change: Callable[[], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        super().__init__(text)
        self._redo = redo
        self._undo = undo
        self._on_change = on_change
        self._on_error = on_error
        self._first = True

    def redo(self) -> None:
        if self._first:  # already done by the editor or action that pushed this command
            self._first = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, call: Callable[[], object]) -> None:
        try:
            call()
        except DomainError as exc:
            self.setObsolete(True)  # the stack drops it: retrying would fail the same way
            self._on_error(exc)
        self._on_change()


class VersionedEdit:
    """The undo and redo of an edit: save the old or the new draft over whatever version is current.

    Versions move on with every save (the undo itself is one), so the command remembers the
    version its last run produced and bases the next run on it; anyone else's save in between
    makes that a conflict, reported instead of overwritten.
    """

    def __init__(
        self,
        save: Callable[[int, object], int],
        before: object,
        after: object,
        version_after: int,
    ) -> None:
        self._save = save
        self._before = before
        self._after = after
        self._version = version_after

    def undo(self) -> None:
        self._version = self._save(self._version, self._before)

    def redo(self) -> None:
        self._version = self._save(self._version, self._after)


def perform(
    stack: QUndoStack,
    text: str,
    do: Callable[[], object],
    undo: Callable[[], object],
    *,
    redo: Callable[[], object] | None = None,
    on_change: Callable[[], None],
    on_error: Callable[[Exception], None],
) -> bool:
    """Do a change now and make it undoable; a refused change is reported and not pushed."""
    try:
        do()
    except DomainError as exc:
        on_error(exc)
        return False
    stack.push(ServiceCommand(text, redo or do, undo, on_change=on_change, on_error=on_error))
    on_change()
    return True


@dataclass(frozen=True)
class Changed:
    """What an action changed: a record kind and ids. Each view decides what to reload (only those
    rows, when it can), as Anki's operations broadcast their changes."""

    entity: str
    ids: tuple[uuid.UUID, ...] = ()

    def touches(self, *entities: str) -> bool:
        return self.entity in entities or self.entity == EVERYTHING


# A change of many kinds at once (an import, a mission pack brought back, the exchange rates):
# every view that follows changes reloads.
EVERYTHING = "*"


D = TypeVar("D")


class RecordEdits:
    """The desktop's one edit path, for every record kind (Anki's CollectionOp): an editor saves its
    draft through the generic use cases off the GUI thread, the action goes on the undo stack, and
    `on_change` hears what changed. A new editable kind needs its Kind and its editor, nothing here."""

    def __init__(
        self, ctx: Context, stack: QUndoStack, parent: QWidget, on_change: Callable[[Changed], object]
    ) -> None:
        self.ctx, self.stack, self.parent, self.on_change = ctx, stack, parent, on_change
        # The version each record was left at by this path's last save or restore: an edit's undo is
        # checked against it, so an edit, a delete and two undos work (the delete and its restore
        # move the version on too), while anyone else's save in between is still a conflict.
        self.versions: dict[uuid.UUID, int] = {}

    def report(self, exc: Exception) -> None:
        show_failure(self.parent, exc, self.ctx.lang)

    def command(
        self, text: str, redo: Callable[[], object], undo: Callable[[], object], changed: Changed
    ) -> ServiceCommand:
        return ServiceCommand(text, redo, undo, on_change=lambda: self.on_change(changed), on_error=self.report)

    def create(self, kind: Kind[Any, D], editor: Any, text: str, *, links: dict[str, Any] | None = None) -> Any:
        """Open `editor` (a FormDialog with `draft()`) to create a record of `kind` (`links`: its parent keys)."""
        ctx, extra = self.ctx, links or {}
        editor.set_save(lambda: partial(records.create, ctx, kind, editor.draft(), **extra))

        def saved(record_id: object) -> None:
            assert isinstance(record_id, uuid.UUID)
            changed = Changed(kind.entity, (record_id,))
            self.stack.push(
                self.command(
                    text,
                    lambda: records.restore(ctx, kind, record_id),
                    lambda: records.delete(ctx, kind, record_id),
                    changed,
                )
            )
            self.on_change(changed)

        editor.sig_saved.connect(saved)
        editor.open()
        return editor

    def edit(self, kind: Kind[Any, D], record_id: uuid.UUID, make_editor: Callable[[D], Any], text: str) -> Any:
        """Open an editor on the record's current draft; the save and its undo are version-checked."""
        ctx = self.ctx
        try:
            before, version = records.get(ctx, kind, record_id)
        except DomainError as exc:
            self.report(exc)
            return None
        editor = make_editor(before)
        editor.set_save(lambda: partial(records.update, ctx, kind, record_id, version, editor.draft()))

        def update(version: int, draft: object) -> int:
            new = records.update(ctx, kind, record_id, self.versions.get(record_id, version), draft)  # type: ignore[arg-type]
            self.versions[record_id] = new
            return new

        def saved(new_version: object) -> None:
            assert isinstance(new_version, int)
            self.versions[record_id] = new_version
            edit = VersionedEdit(update, before, editor.draft(), new_version)
            changed = Changed(kind.entity, (record_id,))
            self.stack.push(self.command(text, edit.redo, edit.undo, changed))
            self.on_change(changed)

        editor.sig_saved.connect(saved)
        editor.open()
        return editor

    def delete(self, kind: Kind[Any, Any], record_id: uuid.UUID, text: str, version: int | None = None) -> bool:
        """Tombstone the record now (checked against `version` when given); undo restores it."""
        ctx = self.ctx

        def restore() -> None:
            self.versions[record_id] = records.restore(ctx, kind, record_id)

        return self.run(
            text,
            lambda: records.delete(ctx, kind, record_id, version),
            restore,
            Changed(kind.entity, (record_id,)),
            redo=lambda: records.delete(ctx, kind, record_id),
        )

    def run(
        self,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        changed: Changed,
        *,
        redo: Callable[[], object] | None = None,
    ) -> bool:
        """Any other undoable action (a move, a status): done now, undone and redone by service calls."""
        return perform(
            self.stack, text, do, undo, redo=redo, on_change=lambda: self.on_change(changed), on_error=self.report
        )
