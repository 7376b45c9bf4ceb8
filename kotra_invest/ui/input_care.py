"""Three app-wide habits, installed once on the application:

- **Korean IME**: the Microsoft Korean IME keeps the syllable being composed as *preedit* text,
  which is not yet part of the field's text. Qt apps are known to lose or misplace it when focus
  moves, Enter is pressed or a save fires. Every text field here commits the composing syllable
  on Enter, Tab, focus-out and before a form saves (`commit_pending`): first by asking the input
  method to commit (what a real IME does), and if the syllable is still pending, by delivering
  it as a commit ourselves and resetting the input method.
- **One date style**: every date picker shows four-digit years, the weekday, and the Korean
  "2026. 3. 4. (수)" form in Korean (formatting.PICKER_DATE).
- **Compact rows**: every table's rows are one line of its text tall (ui/fitting.compact_rows),
  not the style's 30 px: a list at 1280×800 shows some 30 records, as Excel and Outlook do.

Neither is an application-wide event filter: one in Python is entered for every event of every
widget (paints, moves, layout and style changes: some 4,400 while the main window opens, 20–45 ms
of the start on the GUI thread) to act on a handful. Qt polishes each widget once through the
application's style before it is first shown, so a proxy of that same style (it draws nothing
of its own) meets every widget there: it styles the date pickers and sizes the tables' rows, and
gives only the text fields the filter that follows their composing syllable
(tests/ui/test_korean_input.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QProxyStyle,
    QTableView,
    QTextEdit,
    QTimeEdit,
    QWidget,
)

from kotra_invest.ui.fitting import compact_rows

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
    """The text fields' event filter (installed on each text field, see `_CaringStyle`). It
    returns False always: it never eats an event, it only commits a pending syllable before the
    field sees the key or the focus change."""

    _WATCHED = frozenset({QEvent.Type.InputMethod, QEvent.Type.KeyPress, QEvent.Type.FocusOut})

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in self._WATCHED or not isinstance(watched, _TEXT_INPUTS):
            return False
        if kind == QEvent.Type.InputMethod:
            assert isinstance(event, QInputMethodEvent)
            # The latest preedit is what is pending; a commit with no new preedit ends it.
            watched.setProperty(_PENDING, event.preeditString())
        elif kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _KEYS_THAT_COMMIT and _pending(watched):
                commit_pending(watched)
        elif _pending(watched):  # focus out
            commit_pending(watched)
        return False

    def adopt(self, widget: QWidget) -> None:
        """Take care of a widget being polished: a text field is followed, a date picker styled, a
        table's rows made one line tall."""
        if isinstance(widget, _TEXT_INPUTS):
            widget.installEventFilter(self)  # Qt keeps one entry per filter: a repolish adds none
        elif isinstance(widget, QDateTimeEdit):
            self._style_picker(widget)
        elif isinstance(widget, QTableView):
            compact_rows(widget)

    def _style_picker(self, picker: QDateTimeEdit) -> None:
        if picker.property("_kotra_styled") or isinstance(picker, QTimeEdit):
            return
        picker.setProperty("_kotra_styled", True)
        lang = "ko" if self.lang == "ko" else "en"
        # The weekday ("ddd") follows the widget's locale: 수 in Korean, Wed in English.
        picker.setLocale(QLocale(QLocale.Language.Korean if lang == "ko" else QLocale.Language.English))
        from kotra_invest.formatting import PICKER_DATE  # imported by the first picker (the start imports this module)

        date_format = PICKER_DATE[lang]
        picker.setDisplayFormat(date_format if isinstance(picker, QDateEdit) else f"{date_format} HH:mm")


class _CaringStyle(QProxyStyle):
    """The application's own style, unchanged, that hands every widget it polishes to the input
    care: once per widget (and again after a style change), never per event."""

    def __init__(self, care: InputCare, base_key: str) -> None:
        super().__init__(base_key)  # a fresh instance of the style in use ("fusion", "windows11"…)
        self.care = care

    def polish(self, target: QWidget | QApplication | QPalette) -> None:  # type: ignore[override]
        super().polish(target)  # type: ignore[arg-type]
        if isinstance(target, QWidget):
            self.care.adopt(target)


_installed: list[InputCare] = []
_styles: list[_CaringStyle] = []  # the application owns it; kept here so Python never frees it first


def install(lang: str) -> InputCare:
    """Install (once) or re-language the application's input care; returns it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "install input care after the QApplication exists"
    if _installed:
        _installed[0].lang = lang
        return _installed[0]
    care = InputCare(lang)
    style = _CaringStyle(care, app.style().name())
    _styles.append(style)
    # Widgets polished before are polished again through it; the start installs it before its
    # first window (ui/start.py), as swapping the style under a window on screen costs ~80 ms.
    app.setStyle(style)
    # Focus also moves without a FocusOut reaching the old widget (its window was not active, a
    # popup took the keyboard): the focus change itself commits what the old widget composed.
    app.focusChanged.connect(lambda old, _new: commit_pending(old) if old is not None and _pending(old) else None)
    _installed.append(care)
    return care
