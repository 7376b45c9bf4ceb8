"""Why personal data is printed or downloaded: asked once per session and kind of action.

The access log (services.access_log) keeps the officer's reason for every print or download of
personal data. Asking on every export would teach people to type "x"; asking once per kind of
action (a profile, a briefing pack, a mission pack, a privacy export) per run of the app, and
remembering the answer, keeps the reason meaningful. Cancelling the question cancels the export.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from kotra_invest.services.unit_of_work import Context

# The reasons given in this run of the app, per kind of action.
_remembered: dict[str, str] = {}


def _what(kind: str) -> str:
    words = {
        "investor_profile": QCoreApplication.translate("AccessReason", "print an investor profile"),
        "briefing_pack": QCoreApplication.translate("AccessReason", "export a briefing pack"),
        "mission_pack": QCoreApplication.translate("AccessReason", "take a mission pack out"),
        "privacy_export": QCoreApplication.translate("AccessReason", "export a person's data"),
        "history_export": QCoreApplication.translate("AccessReason", "export a history holding contacts' data"),
        "document": QCoreApplication.translate("AccessReason", "open or save a document about a person"),
    }
    return words.get(kind, kind)


class ReasonDialog(QDialog):
    """One line: why. OK only once something is written."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("access_reason")
        self.setWindowTitle(self.tr("Reason for the access log"))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "You are about to %1. It carries personal data, so the access log keeps why. "
                "This reason is kept for the rest of this session."
            ).replace("%1", _what(kind)),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("e.g. meeting with the CFO on 3 December"))
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def text(self) -> str:
        return self.reason.text().strip()


def with_reason(parent: QWidget | None, ctx: Context, kind: str) -> Context | None:
    """`ctx` carrying the reason for this kind of print or download, asked if not yet given in
    this session; None when the officer cancels (then nothing is exported)."""
    if ctx.access_reason:
        return ctx
    reason = _remembered.get(kind)
    if reason is None:
        dialog = ReasonDialog(kind, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.text():
            return None
        reason = _remembered[kind] = dialog.text()
    return dataclasses.replace(ctx, access_reason=reason)


def forget() -> None:
    """A new session (sign-out, another database): the reasons are asked again."""
    _remembered.clear()
