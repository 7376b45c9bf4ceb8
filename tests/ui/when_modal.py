"""Acting on a modal dialog from a test: its exec() blocks the test until it closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_modal(kind: type, act: Callable[[QWidget], None]) -> list[QWidget]:
    """Act on the next modal dialog of `kind` once it is up; the list holds it once it was."""
    seen: list[QWidget] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            seen.append(dialog)
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen
