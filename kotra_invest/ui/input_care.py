"""Two app-wide habits of every input, installed once on the application:

- **Korean IME**: the Microsoft Korean IME keeps the syllable being composed as *preedit* text,
  which is not yet part of the field's text. Qt apps are known to lose or misplace it when focus
  moves, Enter is pressed or a save fires. Every text field here commits the composing syllable
  on Enter, Tab, focus-out and before a form saves (`commit_pending`): first by asking the input
  method to commit (what a real IME does), and if the syllable is still pending, by delivering
  it as a commit ourselves and resetting the input method.
- **One date style**: every date picker shows four-digit years, the weekday, and the Korean
  "2026. 3. 4. (수)" form in Korean (formatting.PICKER_DATE).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QTimeEdit,
    QWidget,
)

from kotra_invest.formatting import PICKER_DATE

_PENDING = "_kotra_preedit"  # the widget property holding its uncommitted syllable
_KEYS_THAT_COMMIT = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab}
_TEXT_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit)


def _pending(widget: QObject) -> str:
    value = widget.property(_PENDING)
    return value if isinstance(value, str) else ""


def commit_pending(widget: QWidget | None = None) -> bool:
    """Make the syllable being composed in `widget` (default: the focused one) part of its text.
    True when something was committed."""
    target = widget or QApplication.focusWidget()
    if target is None or not _pending(target):
        return False
    QGuiApplication.inputMethod().commit()  # a real IME answers with a commit event, synchronously
    leftover = _pending(target)
    if not leftover:
        return True
    commit = QInputMethodEvent("", [])
    commit.setCommitString(leftover)
    QCoreApplication.sendEvent(target, commit)
    QGuiApplication.inputMethod().reset()  # the IME must not commit the same syllable again later
    target.setProperty(_PENDING, "")
    return True


class InputCare(QObject):
    """The application's event filter. It returns False always: it never eats an event, it only
    commits a pending syllable before the widget sees the key or the focus change."""

    _WATCHED = frozenset({QEvent.Type.InputMethod, QEvent.Type.KeyPress, QEvent.Type.FocusOut, QEvent.Type.Polish})

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in self._WATCHED:  # the fast path: most events are paints and moves
            return False
        if kind == QEvent.Type.InputMethod and isinstance(watched, _TEXT_INPUTS):
            assert isinstance(event, QInputMethodEvent)
            # The latest preedit is what is pending; a commit with no new preedit ends it.
            watched.setProperty(_PENDING, event.preeditString())
        elif kind == QEvent.Type.KeyPress and isinstance(watched, _TEXT_INPUTS):
            assert isinstance(event, QKeyEvent)
            if event.key() in _KEYS_THAT_COMMIT and _pending(watched):
                commit_pending(watched)
        elif kind == QEvent.Type.FocusOut and isinstance(watched, _TEXT_INPUTS):
            if _pending(watched):
                commit_pending(watched)
        elif kind == QEvent.Type.Polish and isinstance(watched, QDateTimeEdit):
            self._style_picker(watched)
        return False

    def _style_picker(self, picker: QDateTimeEdit) -> None:
        if picker.property("_kotra_styled") or isinstance(picker, QTimeEdit):
            return
        picker.setProperty("_kotra_styled", True)
        lang = "ko" if self.lang == "ko" else "en"
        # The weekday ("ddd") follows the widget's locale: 수 in Korean, Wed in English.
        picker.setLocale(QLocale(QLocale.Language.Korean if lang == "ko" else QLocale.Language.English))
        date_format = PICKER_DATE[lang]
        picker.setDisplayFormat(date_format if isinstance(picker, QDateEdit) else f"{date_format} HH:mm")


_installed: list[InputCare] = []


def install(lang: str) -> InputCare:
    """Install (once) or re-language the application's input care; returns it."""
    app = QApplication.instance()
    assert app is not None, "install input care after the QApplication exists"
    if _installed:
        _installed[0].lang = lang
        return _installed[0]
    care = InputCare(lang)
    app.installEventFilter(care)
    # Focus also moves without a FocusOut reaching the old widget (its window was not active, a
    # popup took the keyboard): the focus change itself commits what the old widget composed.
    app.focusChanged.connect(lambda old, _new: commit_pending(old) if old is not None and _pending(old) else None)
    _installed.append(care)
    return care
