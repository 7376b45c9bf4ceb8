"""The names an import reads: column headers (the officer's own, beside the built-in ones) and the
other names of industries, countries, provinces, FEZs and stages (의료기기 → BIO, U.S. → US).

Reached from the import wizard ("Names the import reads…" on the matching and check pages) and
from File ▸ Import names…; every add and remove can be undone (Ctrl+Z) while the dialog is open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kotra_invest.domain.errors import DomainError
from kotra_invest.services.unit_of_work import Context


class _Change(QUndoCommand):
    """One add or remove of a name, already done when pushed (its first redo does nothing);
    undoing it does the opposite through the same functions."""

    def __init__(
        self,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        after: Callable[[], None],
        failed: Callable[[DomainError], None],
    ) -> None:
        super().__init__(text)
        self._do, self._undo, self._after, self._failed = do, undo, after, failed
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except DomainError as exc:  # e.g. an administrator's right taken away meanwhile
            self._failed(exc)
        self._after()


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~item.flags().ItemIsEditable)
    return item


class _NamesTab(QWidget):
    """A kind chooser, the table of names, and add / remove of one's own."""

    def __init__(self, dialog: ImportNamesDialog, columns: list[str]) -> None:
        super().__init__(dialog)
        self.d = dialog
        self.kind = QComboBox(self)
        self.table = QTableWidget(0, len(columns), self)
        self.table.setHorizontalHeaderLabels(columns)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the names are what is read
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.target = QComboBox(self)
        self.name = QLineEdit(self)
        self.add = QPushButton(self)
        self.remove = QPushButton(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(self.name, 2)
        row.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.remove)
        layout.addWidget(self.error)
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.add.clicked.connect(self.add_name)
        self.remove.clicked.connect(self.remove_name)
        self.name.returnPressed.connect(self.add_name)
        self.table.itemSelectionChanged.connect(self._selection_changed)

    def _selection_changed(self) -> None:
        self.remove.setEnabled(self.removable(self.table.currentRow()))

    def push(self, text: str, do: Callable[[], object], undo: Callable[[], object]) -> bool:
        try:
            do()
        except DomainError as exc:
            self.error.setText(exc.message(self.d.ctx.lang))
            return False
        self.error.clear()
        self.d.undo_stack.push(
            _Change(text, do, undo, self.reload, lambda e: self.error.setText(e.message(self.d.ctx.lang)))
        )
        self.reload()
        return True

    # Subclasses fill these in.
    def reload(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def removable(self, row: int) -> bool:  # pragma: no cover - abstract
        raise NotImplementedError

    def add_name(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def remove_name(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class HeaderNamesTab(_NamesTab):
    """Column headers: which header fills which field, the officer's own ones removable."""

    def __init__(self, dialog: ImportNamesDialog) -> None:
        super().__init__(dialog, [self.tr("Field"), self.tr("Header"), self.tr("Where from")])
        self.setObjectName("header_names")
        for kind, text in (
            ("investors", self.tr("Investors")),
            ("contacts", self.tr("Contacts")),
            ("projects", self.tr("Projects")),
            ("interactions", self.tr("Meetings")),
        ):
            self.kind.addItem(text, kind)
        self.name.setPlaceholderText(self.tr("A column header your files use, e.g. 회사 이름"))
        self.add.setText(self.tr("Add header"))
        self.remove.setText(self.tr("Remove my header"))
        self.rows: list[object] = []

    def reload(self) -> None:
        from kotra_invest.importers.mapping import fields_of, list_header_names

        kind = self.kind.currentData()
        lang = self.d.ctx.lang
        labels = {s.key: s.label(lang) for s in fields_of(kind)}
        current = self.target.currentData()
        self.target.blockSignals(True)
        self.target.clear()
        for spec in fields_of(kind):
            self.target.addItem(labels[spec.key], spec.key)
        self.target.setCurrentIndex(max(0, self.target.findData(current)))
        self.target.blockSignals(False)
        # The officer's own names first: they are what this dialog is for.
        self.rows = sorted(list_header_names(kind), key=lambda h: h.built_in)  # type: ignore[attr-defined]
        self.table.setRowCount(len(self.rows))
        for r, h in enumerate(self.rows):
            self.table.setItem(r, 0, _item(labels[h.field]))  # type: ignore[attr-defined]
            self.table.setItem(r, 1, _item(h.name))  # type: ignore[attr-defined]
            self.table.setItem(r, 2, _item(self.tr("built in") if h.built_in else self.tr("mine")))  # type: ignore[attr-defined]
        self._selection_changed()

    def removable(self, row: int) -> bool:
        return 0 <= row < len(self.rows) and not self.rows[row].built_in  # type: ignore[attr-defined]

    def add_name(self) -> None:
        from kotra_invest.importers.mapping import add_header_name, remove_header_name

        kind, field_key, name = self.kind.currentData(), self.target.currentData(), self.name.text()
        if self.push(
            self.tr("Add header %1").replace("%1", name),
            lambda: add_header_name(kind, field_key, name),
            lambda: remove_header_name(kind, field_key, name),
        ):
            self.name.clear()

    def remove_name(self) -> None:
        from kotra_invest.importers.mapping import add_header_name, remove_header_name

        row = self.table.currentRow()
        if not self.removable(row):
            return
        h = self.rows[row]
        kind, field_key, name = h.kind, h.field, h.name  # type: ignore[attr-defined]
        self.push(
            self.tr("Remove header %1").replace("%1", name),
            lambda: remove_header_name(kind, field_key, name),
            lambda: add_header_name(kind, field_key, name),
        )


class ReferenceNamesTab(_NamesTab):
    """Other names of reference rows, for everyone's imports (adding and removing is for admins)."""

    def __init__(self, dialog: ImportNamesDialog) -> None:
        super().__init__(dialog, [self.tr("Row"), self.tr("Other name"), self.tr("Where from")])
        self.setObjectName("reference_names")
        for kind, text in (
            ("industries", self.tr("Industries")),
            ("countries", self.tr("Countries")),
            ("provinces", self.tr("Provinces")),
            ("fezs", self.tr("Free economic zones")),
            ("stages", self.tr("Pipeline stages")),
        ):
            self.kind.addItem(text, kind)
        self.name.setPlaceholderText(self.tr("A name officers write, e.g. 의료기기"))
        self.add.setText(self.tr("Add name"))
        self.remove.setText(self.tr("Remove name"))
        self.rows: list[object] = []

    def reload(self) -> None:
        from kotra_invest.services.reference import list_reference
        from kotra_invest.services.synonyms import list_synonyms

        kind = self.kind.currentData()
        try:
            items = list_reference(self.d.ctx, kind)
            self.rows = list_synonyms(self.d.ctx, kind)  # type: ignore[assignment]
        except DomainError as exc:
            self.error.setText(exc.message(self.d.ctx.lang))
            return
        ko = self.d.ctx.lang == "ko"
        labels = {i.code: f"{i.code} {i.name_ko if ko else i.name_en}" for i in items}
        current = self.target.currentData()
        self.target.blockSignals(True)
        self.target.clear()
        for code, label in labels.items():
            self.target.addItem(label, code)
        self.target.setCurrentIndex(max(0, self.target.findData(current)))
        self.target.blockSignals(False)
        self.rows.sort(key=lambda s: s.built_in)  # type: ignore[attr-defined]
        self.table.setRowCount(len(self.rows))
        for r, s in enumerate(self.rows):
            self.table.setItem(r, 0, _item(labels.get(s.code) or s.code))  # type: ignore[attr-defined]
            self.table.setItem(r, 1, _item(s.name))  # type: ignore[attr-defined]
            self.table.setItem(r, 2, _item(self.tr("built in") if s.built_in else self.tr("added")))  # type: ignore[attr-defined]
        self._selection_changed()

    def removable(self, row: int) -> bool:
        return 0 <= row < len(self.rows)

    def add_name(self) -> None:
        from kotra_invest.services.synonyms import add_synonym, remove_synonym

        ctx, kind, code, name = self.d.ctx, self.kind.currentData(), self.target.currentData(), self.name.text()
        if self.push(
            self.tr("Add name %1").replace("%1", name),
            lambda: add_synonym(ctx, kind, code, name),
            lambda: remove_synonym(ctx, kind, name),
        ):
            self.name.clear()

    def remove_name(self) -> None:
        from kotra_invest.services.synonyms import add_synonym, remove_synonym

        row = self.table.currentRow()
        if not self.removable(row):
            return
        s = self.rows[row]
        ctx, kind, code, name = self.d.ctx, s.kind, s.code, s.name  # type: ignore[attr-defined]
        self.push(
            self.tr("Remove name %1").replace("%1", name),
            lambda: remove_synonym(ctx, kind, name),
            lambda: add_synonym(ctx, kind, code, name),
        )


class ImportNamesDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None, *, tab: str = "headers") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("import_names")
        self.setWindowTitle(self.tr("Names the import reads"))
        self.undo_stack = QUndoStack(self)
        self.headers = HeaderNamesTab(self)
        self.references = ReferenceNamesTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.headers, self.tr("Column headers (mine)"))
        self.tabs.addTab(self.references, self.tr("Industries, countries … (everyone's)"))
        self.tabs.setCurrentWidget(self.references if tab == "references" else self.headers)
        note = QLabel(
            self.tr(
                "A column whose header is listed here is matched to its field; a cell holding one of "
                "the other names is read as that row. Ctrl+Z undoes a change."
            ),
            self,
        )
        note.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setObjectName("undo_name_change")
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.addAction(undo_action)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.headers.reload()
        self.references.reload()
        self.resize(640, 520)
