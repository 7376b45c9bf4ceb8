"""The recommendation weights (a delegation's Recommendations tab ▸ Weights…): how much each signal
counts, for the whole office.

Six fields, one per signal, each with what the signal means; a weight is a number from -10 to 10
(the risk's is negative: an open grievance ranks an investor down, never hides it). A bad number
is named next to its field and nothing is saved; Cancel leaves everything as it was; a saved
change is one step of the window's undo. Only administrators change them; others see them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QWidget

from kotra_invest.services import recommendations
from kotra_invest.services.recommendations import DEFAULT_WEIGHTS, SIGNAL_LABELS, SIGNALS
from kotra_invest.ui.forms import FormDialog


class WeightsDialog(FormDialog):
    """Reads and checks the weights; `sig_saved` carries them ({signal: weight}) — the caller
    saves them as an undoable step."""

    def __init__(
        self, lang: str, current: dict[str, float], *, may_change: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Recommendation weights"), lang, parent)
        intro = QLabel(
            self.tr(
                "How much each signal counts when investors are ranked for a delegation, for the "
                "whole office. A number from -10 to 10; 0 leaves the signal out."
            ),
            self,
        )
        intro.setWordWrap(True)
        self._layout.insertWidget(0, intro)
        meaning = {
            "industry": self.tr("The delegation's target industry (1), or a lead province's strategic industry (0.5)."),
            "location": self.tr("HQ in a destination city (1), or in a destination's country (0.4)."),
            "momentum": self.tr("A project at an open stage (further along, more); FDI in the past year."),
            "gap": self.tr("Never met (0.6), or not met for six months and more (up to 1 at a year)."),
            "expansion": self.tr("A site in a lead province (1), or operating in Korea (0.4)."),
            "risk": self.tr("An open grievance case: negative ranks the investor down (it is always shown)."),
        }
        self.weight_fields: dict[str, QLineEdit] = {}
        for signal in SIGNALS:
            label = SIGNAL_LABELS[signal][0 if lang == "ko" else 1]
            field = self.line(f"weight_{signal}", label, required=True, max_length=12)
            field.setText(f"{current[signal]:g}")
            field.setToolTip(meaning[signal])
            field.setPlaceholderText(f"{DEFAULT_WEIGHTS[signal]:g}")
            self.weight_fields[signal] = field
            hint = QLabel(meaning[signal], self)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: palette(mid);")
            self._form.addRow("", hint)
        self.reset_button = self.buttons.addButton(self.tr("Reset to defaults"), QDialogButtonBox.ButtonRole.ResetRole)
        self.reset_button.clicked.connect(self.reset_to_defaults)
        if not may_change:
            for field in self.weight_fields.values():
                field.setReadOnly(True)
            self.reset_button.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            self.general_error.setText(self.tr("Only an administrator can change the weights."))
            self.general_error.setStyleSheet("")
            self.general_error.show()
        self.set_save(self._read)
        self.resize(560, self.sizeHint().height())

    def reset_to_defaults(self) -> None:
        for signal, field in self.weight_fields.items():
            field.setText(f"{DEFAULT_WEIGHTS[signal]:g}")

    def _read(self) -> Callable[[], Any]:
        values = {s: recommendations.parse_weight(s, f.text()) for s, f in self.weight_fields.items()}
        return lambda: values
