"""Undo and redo of saved changes: each command re-runs a service call, so undo is a real, audited save.

A command is pushed after its first run succeeded (an editor saved, a delete went through), so
its first `redo()` — the one `QUndoStack.push` makes — does nothing. If an undo cannot be done
(someone else changed the record since), the user is told and the command leaves the stack: an
undo never overwrites another officer's work.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from kotra_invest.domain.errors import DomainError


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
