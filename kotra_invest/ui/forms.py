"""Editor dialogs: labelled fields, required ones marked, the service's validation message under the field.

A form never validates on its own: it hands a draft to a service and shows what the service says,
so the desktop, the CLI and the importer apply exactly the same rules. The save runs off the GUI
thread (a shared server can be slow or gone); the dialog stays open with the user's input on any
failure, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QLocale, QMetaMethod, QObject, Qt, QTime, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent, QShowEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from kotra_invest.domain.errors import DomainError, StaleRecord, ValidationError
from kotra_invest.services.read_models import ReferenceItem
from kotra_invest.ui import background, input_care

ERROR_STYLE = "color: #b3261e;"

W = TypeVar("W", bound=QWidget)  # a field keeps its own type: an editor reads .currentData() of its combo


def reference_combo(
    items: list[ReferenceItem], lang: str, *, empty: str = "—", parent: QWidget | None = None
) -> QComboBox:
    """A combo of reference rows (code as data), typed-to-search, with an empty first entry."""
    combo = QComboBox(parent)
    combo.addItem(empty, None)
    for item in items:
        combo.addItem(item.name_ko if lang == "ko" else item.name_en, item.code)
    combo.setEditable(False)
    return combo


def set_combo_data(combo: QComboBox, value: Any) -> None:
    """Select the item carrying `value` (the first item when none does). Compared in Python:
    findData cannot match a Python object such as a UUID, and an opened meeting lost its delegation."""
    index = combo.findData(value)
    if index < 0 and value is not None:
        index = next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)
    combo.setCurrentIndex(max(index, 0))


def typed_date(text: str) -> date | None:
    """The day officers' text means (2026. 3. 4. (수), 2026.03.04, 26.3.4), None for blank; read as
    `import` and the command line read it, and refused with the same sentence (ValidationError)."""
    from kotra_invest.importers.values import parse_date  # once someone types a whole date, not at start

    return parse_date(text, "date")


def typed_moment(text: str) -> tuple[date | None, time | None] | None:
    """The day and time of day officers' text means (2026. 3. 4. (수) 14:00, 2026-03-04 오후 2:00,
    26.3.4 14시 30분, 2026-03-04 2:00 PM), the time None when only a day is written, the day None when
    only a time is (14:30, 오후 2시); None for blank."""
    from kotra_invest.importers.values import parse_day_and_time, parse_time_alone

    at = parse_time_alone(text, "date_time")
    return (None, at) if at is not None else parse_day_and_time(text, "date_time")


if TYPE_CHECKING:  # the boxes' reading is mixed into QDateEdit and QDateTimeEdit, both QDateTimeEdits
    _Box = QDateTimeEdit
else:
    _Box = object


class ReadsTypedText(_Box):
    """What the desktop's date and date-time boxes share. Besides their own editing (a section at a
    time, arrow keys, the calendar), they read a value typed or pasted whole the way officers write
    one (`_typed`). Text that is no such value, or not one (3/4/2026: 4 March or 3 April?), stays in
    the box with one sentence why (`sig_refused`, else a tooltip), and `refusal()` keeps a form from
    saving the value the box showed before it."""

    sig_refused = Signal(str)
    """Why the text typed cannot be read, in the box's language; empty once it reads again."""

    hint: str
    _said: str

    def _typed(self, text: str) -> QDateTime | None:
        """The value `text` written whole means (None for blank); raises ValidationError if none."""
        raise NotImplementedError

    def _start_reading(self, hint: str) -> None:
        """Called by each box's constructor: `hint` says how a value may be typed (the tooltip)."""
        self.hint = hint
        self.setToolTip(hint)
        self._said = ""
        self.dateTimeChanged.connect(lambda _d: self._say(self.refusal()) if self._said else None)

    def _native(self, text: str) -> bool:
        """Whether the box's own layout reads `text` (a section still being typed included)."""
        return text == self.specialValueText() or super().validate(text, len(text))[0] != QValidator.State.Invalid

    def _read(self, text: str) -> QDateTime | None:
        try:
            return self._typed(text)
        except ValidationError:
            return None

    def validate(self, input: str, pos: int) -> tuple[QValidator.State, str, int]:
        special = self.specialValueText()
        if special and input != special and special in input:  # typed into an empty optional box: "—" goes
            input, pos = input.replace(special, "", 1), max(0, pos - len(special))
        state, text, pos = super().validate(input, pos)
        if state == QValidator.State.Invalid and input.strip():
            # Not the box's own layout but a value written whole: kept while it is typed, read once whole.
            whole = self._read(input) is not None
            return (QValidator.State.Acceptable if whole else QValidator.State.Intermediate), input, pos
        return state, text, pos

    def dateTimeFromText(self, text: str) -> QDateTime:
        typed = None if self._native(text) else self._read(text)
        return typed if typed is not None else super().dateTimeFromText(text)

    def refusal(self) -> ValidationError | None:
        """Why the text in the box cannot be read; None when it can (or is blank, or being picked)."""
        text = self.lineEdit().text()
        if not text.strip() or self._native(text):
            return None
        try:
            self._typed(text)
        except ValidationError as exc:
            return exc
        return None

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._finishing(lambda: super(ReadsTypedText, self).focusOutEvent(event))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Enter also saves the dialog
            self._finishing(lambda: super(ReadsTypedText, self).keyPressEvent(event))
        else:
            super().keyPressEvent(event)

    def _finishing(self, finish: Callable[[], None]) -> None:
        """The box's own end of an edit (focus out, Enter), which shows a value read in the box's
        layout but puts the previous value back over text it cannot read: that text is kept, to be
        corrected, and said why."""
        text, refused = self.lineEdit().text(), self.refusal()
        finish()
        if refused is not None:
            self.lineEdit().setText(text)
        self._say(refused)

    def _say(self, refused: ValidationError | None) -> None:
        message = (
            refused.message("ko" if self.locale().language() == QLocale.Language.Korean else "en") if refused else ""
        )
        if message == self._said:
            return
        self._said = message
        self.setToolTip(message or self.hint)
        shown_by_form = self.isSignalConnected(QMetaMethod.fromSignal(self.sig_refused))
        if message and not shown_by_form and self.isVisible():
            QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), message, self)
        self.sig_refused.emit(message)


class DateEdit(ReadsTypedText, QDateEdit):
    """The desktop's one date box: it also reads a date typed or pasted whole, 2026. 3. 4. (수),
    2026.03.04, 2026-03-04, 26.3.4 (`typed_date`), and refuses 3/4/2026 (`ReadsTypedText`)."""

    def __init__(self, value: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(value if value is not None else QDate.currentDate(), parent)
        # Its own context: self.tr() in a subclass's instance (OptionalDateEdit) would look in that one's.
        self._start_reading(
            QCoreApplication.translate("DateEdit", "Type or paste a date: 2026. 3. 4., 2026-03-04, 26.3.4")
        )

    def _typed(self, text: str) -> QDateTime | None:
        day = typed_date(text)
        return None if day is None else QDateTime(QDate(day.year, day.month, day.day), self.time())


class DateTimeEdit(ReadsTypedText, QDateTimeEdit):
    """The desktop's one date-and-time box (a meeting's time, an itinerary item's start and end): it
    also reads a date-time typed or pasted whole, 2026. 3. 4. (수) 14:00, 2026-03-04 14:00,
    2026.3.4 오후 2:00, 26.3.4 14시 30분, 2026-03-04 2:00 PM (`typed_moment`); a date alone keeps the
    time the box shows, a time alone (14:30, 오후 2시) its day. 3/4/2026 14:00 is refused as the date box refuses 3/4/2026."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")  # the app's input care shows it in the officer's style
        self._start_reading(
            QCoreApplication.translate(
                "DateTimeEdit", "Type or paste a date and time: 2026. 3. 4. 14:00, 2026-03-04 2:00 PM"
            )
        )

    def _typed(self, text: str) -> QDateTime | None:
        typed = typed_moment(text)
        if typed is None:
            return None
        day, at = typed
        return QDateTime(
            self.date() if day is None else QDate(day.year, day.month, day.day),
            self.time() if at is None else QTime(at.hour, at.minute, at.second),
        )


def optional_date_edit(parent: QWidget | None = None) -> DateEdit:
    """A date that may not be known yet: empty ("—") until a date is picked, and read back as None
    while it is (`optional_date`). A plain QDateEdit always holds a date, and saved today's for one
    nobody had given."""
    return OptionalDateEdit(parent)


class OptionalDateEdit(DateEdit):
    """The date box of `optional_date_edit`: a date once picked can be taken back to "—" with the
    clear button in the box, or Delete/Backspace while the whole date is selected (Ctrl+A), so a
    trip's dates can be un-set again, not only changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QDate.currentDate(), parent)
        self.setCalendarPopup(True)
        self.setSpecialValueText("—")
        self.setDate(self.minimumDate())
        # "—" is the widget's minimum date, 14 September 1752: its calendar opens on this month instead.
        calendar = self.calendarWidget()
        calendar.installEventFilter(_OpensOnThisMonth(self, calendar))
        self.clear_action = QAction(self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton), "", self)
        self.clear_action.setToolTip(self.tr("Clear the date"))
        self.clear_action.triggered.connect(self.clear_date)
        self.lineEdit().addAction(self.clear_action, QLineEdit.ActionPosition.TrailingPosition)
        self.dateChanged.connect(self._show_clear_action)
        self._show_clear_action()

    def clear_date(self) -> None:
        """Show "—" again: the field reads back as None."""
        self.setDate(self.minimumDate())

    def _show_clear_action(self) -> None:
        self.clear_action.setVisible(optional_date(self) is not None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        edit = self.lineEdit()
        whole = edit.hasSelectedText() and edit.selectedText() == edit.text()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and whole:
            self.clear_date()
            event.accept()
            return
        super().keyPressEvent(event)


class _OpensOnThisMonth(QObject):
    """Shows the current month in the calendar of an optional date that is still empty."""

    def __init__(self, edit: QDateEdit, calendar: QObject) -> None:
        super().__init__(calendar)
        self.edit = edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and optional_date(self.edit) is None:
            today = QDate.currentDate()
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return False


def set_optional_date(widget: QDateEdit, value: date | None) -> None:
    """Show `value`, or "—" for none (the widget's minimum date stands for it)."""
    widget.setDate(QDate(value.year, value.month, value.day) if value else widget.minimumDate())


def optional_date(widget: QDateEdit) -> date | None:
    """The date shown, or None while the field shows "—"."""
    if widget.specialValueText() and widget.date() == widget.minimumDate():
        return None
    value = widget.date()
    return date(value.year(), value.month(), value.day())


def line_text(widget: QLineEdit) -> str | None:
    value = widget.text().strip()
    return value or None


def plain_text(widget: QPlainTextEdit) -> str | None:
    value = widget.toPlainText().strip()
    return value or None


class FormDialog(QDialog):
    """A dialog of labelled fields that saves through a service call and shows its errors in place."""

    sig_saved = Signal(object)
    """The save's result (an id or a new version), after the dialog accepted."""

    def __init__(self, title: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(title)
        self.setModal(True)
        self._layout = QVBoxLayout(self)
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._layout.addLayout(self._form)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("general_error")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self._layout.addWidget(self.general_error)
        note = QLabel(self.tr("* required"), self)
        note.setStyleSheet("color: palette(mid);")
        self._layout.addWidget(note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._layout.addWidget(self.buttons)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._save_fn: Callable[[], Any] | None = None
        self.on_conflict: Callable[[], None] | None = None  # set by editors that can reload
        self.saving = False
        self._clean: list[object] | None = None  # the fields as opened: a change asks before discarding

    def _snapshot(self) -> list[object]:
        values: list[object] = []
        for widget in self.fields.values():
            for reader in ("text", "toPlainText", "isChecked", "currentIndex", "dateTime", "value"):
                # Date and spin boxes have text() too; their typed value is what matters.
                if reader == "text" and isinstance(widget, (QAbstractSpinBox, QComboBox, QLabel)):
                    continue
                read = getattr(widget, reader, None)
                if callable(read):
                    values.append(read())
                    break
        return values

    def mark_clean(self) -> None:
        """The fields as they are now are what the editor opened with (nothing to lose yet)."""
        self._clean = self._snapshot()

    def is_changed(self) -> bool:
        return self._clean is not None and self._snapshot() != self._clean

    def showEvent(self, event: QShowEvent) -> None:
        if self._clean is None:  # the editor filled its fields in its constructor
            self.mark_clean()
        super().showEvent(event)

    def reject(self) -> None:
        """Esc, Cancel and the close button: a changed editor asks before its input is thrown away."""
        if self.is_changed() and not ask_discard(self):
            return
        super().reject()

    def add_field(self, key: str, label: str, widget: W, *, required: bool = False) -> W:
        """A row: the label (with * when required), the widget, and an error line under it."""
        caption = QLabel(f"{label} *" if required else label, self)
        caption.setBuddy(widget)
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel(holder)
        error.setObjectName(f"error_{key}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self._form.addRow(caption, holder)
        widget.setObjectName(f"field_{key}")
        if required:
            widget.setAccessibleDescription(self.tr("required"))
        self.fields[key] = widget
        self.errors[key] = error
        if isinstance(widget, ReadsTypedText):  # text that is no date is said under it when typed, not at save
            widget.sig_refused.connect(lambda message, k=key: self._say_under(k, message))
        return widget

    def _say_under(self, key: str, message: str) -> None:
        self.errors[key].setText(message)
        self.errors[key].setVisible(bool(message))

    def line(self, key: str, label: str, *, required: bool = False, max_length: int | None = None) -> QLineEdit:
        widget = QLineEdit(self)
        if max_length:
            widget.setMaxLength(max_length)
        self.add_field(key, label, widget, required=required)
        return widget

    def text_area(self, key: str, label: str) -> QPlainTextEdit:
        widget = QPlainTextEdit(self)
        widget.setTabChangesFocus(True)  # Tab moves on, as in every other field
        widget.setMinimumHeight(70)
        self.add_field(key, label, widget)
        return widget

    def check(self, key: str, label: str) -> QCheckBox:
        widget = QCheckBox(self)
        self.add_field(key, label, widget)
        return widget

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.general_error.hide()

    def show_error(self, exc: Exception) -> None:
        """Put the message next to the field it is about, or above the buttons."""
        message = background.error_text(exc, self.lang)
        field = exc.field if isinstance(exc, DomainError) else None
        if field is not None and field in self.errors:
            self._say_under(field, message)
            self.fields[field].setFocus()
        else:
            self.general_error.setText(message)
            self.general_error.show()

    def set_save(self, fn: Callable[[], Any]) -> None:
        """The service call that saves this form's draft (built fresh from the fields at each save)."""
        self._save_fn = fn

    def save(self) -> None:
        if self._save_fn is None or self.saving:
            return
        input_care.commit_pending()  # a syllable still being composed belongs to what is saved
        self.clear_errors()
        for key, widget in self.fields.items():
            refused = widget.refusal() if isinstance(widget, ReadsTypedText) else None
            if refused is not None:  # the box still shows its previous value: that is not what was typed
                self._say_under(key, refused.message(self.lang))
                widget.setFocus()
                return
        try:
            call = self.prepare_save()
        except DomainError as exc:  # a draft that cannot even be built (a bad date, a number)
            self.show_error(exc)
            return
        self.saving = True
        self.buttons.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        background.start(lambda _p, _c: call(), on_done=self._saved, on_error=self._failed, parent=self)

    def prepare_save(self) -> Callable[[], Any]:
        """Read the fields now (on the GUI thread); the returned call runs on a worker."""
        assert self._save_fn is not None
        return self._save_fn()

    def _saved(self, result: object) -> None:
        self.saving = False
        self.unsetCursor()
        self.buttons.setEnabled(True)
        self.sig_saved.emit(result)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.saving = False
        self.unsetCursor()
        self.buttons.setEnabled(True)
        if isinstance(exc, StaleRecord) and self.on_conflict is not None:
            self.on_conflict()
            return
        self.show_error(exc)


def ask_discard(parent: QWidget) -> bool:
    """Whether to throw away what was typed in an editor (the default answer keeps it)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        parent.windowTitle(),
        QCoreApplication.translate("FormDialog", "Discard your changes?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("ask_discard")
    box.setInformativeText(
        QCoreApplication.translate("FormDialog", "What you typed in this editor has not been saved.")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Discard


def confirm(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(
        parent, title, question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    return answer == QMessageBox.StandardButton.Yes


def show_failure(parent: QWidget, exc: Exception, lang: str) -> None:
    QMessageBox.warning(parent, "kotra-invest", background.error_text(exc, lang))


def button_row(
    parent: QWidget, specs: list[tuple[str, Callable[[], object]]], extra: QWidget | None = None
) -> QHBoxLayout:
    """Buttons (text, action) left to right, an optional widget before them, space after."""
    row = QHBoxLayout()
    if extra is not None:
        row.addWidget(extra)
    for text, slot in specs:
        button = QPushButton(text, parent)
        button.clicked.connect(lambda _c=False, s=slot: s())
        row.addWidget(button)
    row.addStretch(1)
    return row


def with_buttons(
    parent: QWidget, view: QWidget, specs: list[tuple[str, Callable[[], object]]], extra: QWidget | None = None
) -> QWidget:
    """A tab's body: the view, and its actions in a row of buttons under it."""
    holder = QWidget(parent)
    column = QVBoxLayout(holder)
    column.addWidget(view, 1)
    column.addLayout(button_row(holder, specs, extra))
    return holder
