"""The import wizard: file and sheet → header found → columns mapped (changeable) → preview → check → import.

Each step calls the same importer service as `kotra-invest import`, so the wizard and the command
line store exactly the same thing. The check and the import run off the GUI thread with progress
and cancel; nothing is written before the last step, and the last step is one transaction.
"""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kotra_invest.catalog import with_args
from kotra_invest.domain.enums import IMPORT_KINDS
from kotra_invest.domain.errors import DomainError
from kotra_invest.domain.kinds import record_kind
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui import background
from kotra_invest.ui.save_as import ask_save_path

ERROR_BRUSH = QBrush(QColor("#b3261e"))


def _cell(text: Any) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


# The import's record keys (importers/mapping.py `record_of`) and the kind of record each fills.
_RECORD_KINDS = {
    "investors": "investor",
    "contacts": "contact",
    "projects": "project",
    "interactions": "interaction",
    "delegations": "delegation",
    "tasks": "task",
    "itinerary": "itinerary_item",
    "members": "delegation_member",
    "cases": "grievance_case",
    "incentives": "incentive_application",
    "enquiries": "enquiry",
}


def _column_label(column: str, lang: str) -> str:
    """'country_id' reads as 'Country' (국가): the field's words from the domain's labels."""
    from kotra_invest.domain.errors import FIELD_LABELS

    if "." in column:  # "contact.email": a field of the contact person an investor row also fills
        part, _dot, rest = column.partition(".")
        return f"{record_kind(part, lang)}: {_column_label(rest, lang)}"
    key = column.removesuffix("_id")
    words = FIELD_LABELS.get(key) or FIELD_LABELS.get(column)
    return (words[0] if lang == "ko" else words[1]) if words else key.replace("_", " ")


def _related_text(page: QWizardPage, report: Any) -> str:
    """The contacts, projects and meetings an investors import also fills, one line each."""
    names = {
        "contacts": page.tr("Contact persons"),
        "projects": page.tr("Projects"),
        "interactions": page.tr("Last meetings"),
        "investors": page.tr("New investors"),
        "officers": page.tr("New officer accounts"),
        "meeting_targets": page.tr("The delegation's investors to meet"),
    }
    lines = [
        page.tr("%1: %2 new, %3 updated, %4 duplicates skipped.")
        .replace("%1", names[kind])
        .replace("%2", f"{made:,}")
        .replace("%3", f"{changed:,}")
        .replace("%4", f"{left:,}")
        for kind, made, changed, left in report.related
    ]
    return "".join("\n" + line for line in lines)


def _reasons_text(page: QWizardPage, report: Any) -> str:
    if not report.explanations:
        return ""
    return "\n" + page.tr("Columns chosen from their values:") + "".join("\n  " + line for line in report.explanations)


def _open_names(page: QWizardPage, tab: str) -> QWidget:
    """The names dialog over the wizard; closing it matches or checks the file again with the new names."""
    from kotra_invest.ui.import_names import ImportNamesDialog

    wizard = page.wizard()
    dialog = ImportNamesDialog(wizard.ctx, page, tab=tab)  # type: ignore[attr-defined]
    dialog.finished.connect(lambda _r: page.initializePage())
    page.names_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


class ImportWizard(QWizard):
    """Bring an Excel or CSV tracker in, step by step, seeing what will be stored before it is."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import from Excel or CSV"))
        self.setObjectName("import_wizard")
        self.source: Any = None  # importers.read.SourceInfo
        self.mapping: Any = None  # importers.mapping.Mapping
        self.report: Any = None  # importers.run.ImportReport of the check
        self.result: Any = None  # of the import
        self.job: background.Job | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.check_page = CheckPage(self)
        self.done_page = DonePage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.check_page, self.done_page):
            self.addPage(page)
        self.resize(980, 640)

    def kind(self) -> str:
        return self.file_page.kind.currentData()

    def target(self) -> dict[str, Any]:
        """The delegation chosen for the file (an itinerary's, or the trip an investors file is for)."""
        page = self.file_page
        if self.kind() in ("itinerary", "members", "investors") and page.delegation.currentData() is not None:
            return {"delegation": page.delegation.currentData()}
        return {}

    def report_error(self, exc: Exception, label: QLabel) -> None:
        label.setText(background.error_text(exc, self.ctx.lang))
        label.show()


class FilePage(QWizardPage):
    """Which kind of record, which file, which sheet and (CSV) which encoding."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx) or a CSV file; title rows above the header are skipped."))
        self.kind = QComboBox(self)
        self.kind.setObjectName("import_kind")
        for kind, label in zip(
            IMPORT_KINDS,
            (
                self.tr("Investors"),
                self.tr("Contacts"),
                self.tr("Projects"),
                self.tr("Meetings and calls"),
                self.tr("Delegations"),
                self.tr("Tasks"),
                self.tr("A delegation's itinerary"),
                self.tr("A delegation's members"),
                self.tr("Grievance cases"),
                self.tr("Incentive applications"),
                self.tr("Enquiries"),
            ),
            strict=True,
        ):
            self.kind.addItem(label, kind)
        # An itinerary belongs to one delegation; an investors file may be that trip's investors to meet.
        self.delegation = QComboBox(self)
        self.delegation.setObjectName("import_delegation")
        self.delegation_label = QLabel(self.tr("Delegation"), self)
        self.path = QLineEdit(self)
        self.path.setObjectName("import_path")
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("import_sheet")
        self.encoding = QComboBox(self)
        self.encoding.setObjectName("import_encoding")
        self.encoding.addItem(self.tr("Detect"), None)
        for name in ("utf-8", "utf-8-sig", "cp949", "euc-kr"):
            self.encoding.addItem(name, name)
        self.found = QLabel(self)
        self.found.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("file_error")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Records"), self.kind)
        form.addRow(self.delegation_label, self.delegation)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Sheet"), self.sheet)
        form.addRow(self.tr("Encoding (CSV)"), self.encoding)
        form.addRow(self.found)
        form.addRow(self.error)
        self.path.editingFinished.connect(self.open_file)
        self.sheet.activated.connect(lambda _i: self.open_file(self.sheet.currentText() or None))
        self.encoding.activated.connect(lambda _i: self.open_file())
        self.kind.currentIndexChanged.connect(lambda _i: self._show_delegation())
        self.delegation.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
        self._show_delegation()

    def _show_delegation(self) -> None:
        """The delegation choice, for the kinds that take one: required for an itinerary, optional
        for investors (then each row is also one of the trip's investors to meet)."""
        kind = self.kind.currentData()
        shown = kind in ("itinerary", "members", "investors")
        self.delegation_label.setVisible(shown)
        self.delegation.setVisible(shown)
        if shown and self.delegation.count() == 0:
            from kotra_invest.services.delegations import filter_delegations

            try:
                rows = filter_delegations(self.w.ctx)
            except DomainError as exc:
                self.w.report_error(exc, self.error)
                rows = []
            for row in sorted(rows, key=lambda r: (-r.year, r.starts_on or date.max, r.title)):
                shown_title = row.title if self.w.ctx.lang == "ko" or not row.title_en else row.title_en
                when = row.starts_on.isoformat() if row.starts_on else str(row.year)
                self.delegation.addItem(f"{shown_title} ({when})", row.id)
        if shown:
            # The first entry chooses nothing: an investors file stays investors only, an itinerary
            # or members file waits until the officer picks its trip (never a trip picked for them).
            none_text = self.tr("None: investors only") if kind == "investors" else self.tr("Choose the delegation…")
            if self.delegation.findData(None) < 0:
                self.delegation.insertItem(0, none_text, None)
            self.delegation.setItemText(0, none_text)
            self.delegation.setCurrentIndex(0)
        self.completeChanged.emit()

    def _browse(self) -> None:
        chosen, _f = QFileDialog.getOpenFileName(
            self, self.tr("Import file"), str(Path.home()), "Excel / CSV (*.xlsx *.xlsm *.csv *.txt);;All files (*)"
        )
        if chosen:
            self.path.setText(chosen)
            self.open_file()

    def open_file(self, sheet: str | None = None) -> bool:
        """Open the file (a quick look: sheets, header, a sample); False with the reason shown."""
        from kotra_invest.importers.read import open_source

        self.error.hide()
        self.w.source = None
        text = self.path.text().strip()
        if not text:
            return False
        try:
            source = open_source(text, sheet=sheet, encoding=self.encoding.currentData())
        except DomainError as exc:
            self.w.report_error(exc, self.error)
            self.completeChanged.emit()
            return False
        self.w.source = source
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(source.sheets))
        if source.sheet:
            self.sheet.setCurrentText(source.sheet)
        self.sheet.blockSignals(False)
        self.sheet.setEnabled(source.format == "xlsx")
        self.encoding.setEnabled(source.format == "csv")
        self.found.setText(
            self.tr("Header found in row %1: %2 columns, about %3 rows below it.")
            .replace("%1", str(source.header_row))
            .replace("%2", str(len(source.headers)))
            .replace("%3", f"{source.estimated_rows:,}")
            + (f"  ({source.encoding})" if source.encoding else "")
        )
        self.completeChanged.emit()
        return True

    def isComplete(self) -> bool:
        if self.kind.currentData() in ("itinerary", "members") and self.delegation.currentData() is None:
            return False
        return self.w.source is not None

    def validatePage(self) -> bool:
        return self.w.source is not None or self.open_file()


class MappingPage(QWizardPage):
    """Each column of the file and the field it fills, matched from Korean or English headers."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr("Each column was matched by its header; change any that is wrong. Fields marked * are required.")
        )
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("mapping_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Stored as"), self.tr("Record")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.reasons = QLabel(self)
        self.reasons.setObjectName("mapping_reasons")
        self.reasons.setWordWrap(True)
        self.remember = QCheckBox(self.tr("Remember this matching for files with these headers"), self)
        self.remember.setChecked(True)
        self.remember.setToolTip(
            self.tr(
                "A header you matched by hand is also kept as your own name for that field, "
                "for any file (see Names the import reads)."
            )
        )
        self.names = QPushButton(self.tr("Names the import reads…"), self)
        self.names.setObjectName("mapping_names")
        self.names.clicked.connect(lambda: _open_names(self, "headers"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reasons)
        below = QHBoxLayout()
        below.addWidget(self.remember, 1)
        below.addWidget(self.names)
        layout.addLayout(below)
        layout.addWidget(self.error)
        self.combos: list[QComboBox] = []
        self.suggested: tuple[str | None, ...] = ()

    def initializePage(self) -> None:
        from kotra_invest.importers.mapping import fields_of
        from kotra_invest.importers.run import suggest

        source = self.w.source
        kind = self.w.kind()
        try:
            self.w.mapping = suggest(self.w.ctx, kind, source)  # the values decide ambiguous headers
        except DomainError as exc:
            self.w.report_error(exc, self.error)
            return
        self.suggested = self.w.mapping.columns
        reasons = self.w.mapping.explain(self.w.ctx.lang)
        self.reasons.setText(self.tr("Chosen from the values:") + "\n" + "\n".join(reasons) if reasons else "")
        fields = fields_of(kind)
        self.table.setRowCount(len(source.headers))
        self.combos = []
        first = source.sample[0][1] if source.sample else ()
        for row, header in enumerate(source.headers):
            self.table.setItem(row, 0, _cell(header))
            self.table.setItem(row, 1, _cell(first[row] if row < len(first) else ""))
            combo = QComboBox(self.table)
            combo.addItem(self.tr("— ignore —"), None)
            for spec in fields:
                combo.addItem(spec.label(self.w.ctx.lang) + (" *" if spec.required else ""), spec.key)
            combo.setCurrentIndex(max(0, combo.findData(self.w.mapping.columns[row])))
            combo.currentIndexChanged.connect(lambda _i, r=row: self._assign(r))
            self.table.setCellWidget(row, 2, combo)
            self.table.setItem(row, 3, _cell(""))
            self.combos.append(combo)
        self._show_records()
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self._show_missing()

    def _assign(self, row: int) -> None:
        try:
            self.w.mapping = self.w.mapping.assign(row, self.combos[row].currentData())
        except DomainError as exc:
            self.w.report_error(exc, self.error)
            return
        for other, combo in enumerate(self.combos):  # a field fills from one column only
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(self.w.mapping.columns[other])))
            combo.blockSignals(False)
        self._show_records()
        self._show_missing()

    def record_names(self) -> dict[str, str]:
        """The kind of record each of the import's record keys fills, in the words every other
        place names that kind with (domain/kinds.py)."""
        lang = self.w.ctx.lang
        return {name: record_kind(kind, lang) for name, kind in _RECORD_KINDS.items()}

    def _show_records(self) -> None:
        """Which record each column feeds: one tracker row can fill an investor, its contact, project and meeting."""
        from kotra_invest.importers.mapping import record_of

        names = self.record_names()
        kind = self.w.kind()
        for row, field_key in enumerate(self.w.mapping.columns):
            shown = names.get(record_of(kind, field_key), "") if field_key else ""
            item = self.table.item(row, 3)
            if item is not None:
                item.setText(shown)

    def _show_missing(self) -> None:
        from kotra_invest.importers.mapping import fields_of

        missing = self.w.mapping.missing_required()
        labels = {s.key: s.label(self.w.ctx.lang) for s in fields_of(self.w.kind())}
        self.error.setText(
            self.tr("Still to match: %1").replace("%1", ", ".join(labels[m] for m in missing)) if missing else ""
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.mapping is not None and not self.w.mapping.missing_required()

    def validatePage(self) -> bool:
        if self.remember.isChecked():
            from kotra_invest.importers.mapping import save_mapping

            with contextlib.suppress(DomainError, OSError):  # remembering is a convenience; the import goes on
                save_mapping(self.w.mapping)
            self.remember_headers()
        return True

    def remember_headers(self) -> list[str]:
        """The headers matched by hand, kept as the officer's own names of their fields (a header
        another field already reads is left alone): the next file headed so is matched by itself."""
        from kotra_invest.importers.mapping import add_header_name

        kept = []
        for column, field_key in enumerate(self.w.mapping.columns):
            by_hand = column < len(self.suggested) and field_key != self.suggested[column]
            if field_key and by_hand and not self.w.source.headers[column].startswith("("):
                with contextlib.suppress(DomainError):
                    kept.append(add_header_name(self.w.kind(), field_key, self.w.source.headers[column]).name)
        return kept


class PreviewPage(QWizardPage):
    """The first rows exactly as they will be stored, with each row's problems."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr("The first rows as they will be stored. Red rows have a problem and will be left out.")
        )
        self.table = QTableWidget(self)
        self.table.setObjectName("preview_table")
        self.table.verticalHeader().hide()
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self.rows: list[Any] = []

    def initializePage(self) -> None:
        from kotra_invest.importers.run import preview

        self.error.clear()
        try:
            self.rows = preview(self.w.ctx, self.w.source, self.w.mapping, rows=20, **self.w.target())
        except DomainError as exc:
            self.w.report_error(exc, self.error)
            self.rows = []
            return
        # Rows differ in the records they fill (one has a contact person, the next none): every field of any row.
        fields = list(dict.fromkeys(name for row in self.rows for name, _v in row.values))
        self.table.setColumnCount(len(fields) + 2)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Row"), *(_column_label(f, self.w.ctx.lang) for f in fields), self.tr("Problems")]
        )
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            self.table.setItem(r, 0, _cell(row.row))
            values = dict(row.values)
            for c, name in enumerate(fields, start=1):
                self.table.setItem(r, c, _cell(values.get(name)))
            problems = [e.message for e in row.errors]
            if row.duplicate is not None:
                problems.append(with_args(self.tr("duplicate of %1"), row.duplicate.matched_name))
            self.table.setItem(r, len(fields) + 1, _cell("; ".join(problems)))
            if row.errors:
                for c in range(len(fields) + 2):
                    self.table.item(r, c).setForeground(ERROR_BRUSH)
        self.table.resizeColumnsToContents()


class CheckPage(QWizardPage):
    """The whole file checked (nothing written): what would be created, the duplicates, the errors."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Check the whole file"))
        self.setSubTitle(self.tr("Nothing is stored yet. Choose what to do with duplicates, then Import."))
        self.on_duplicate = QComboBox(self)
        self.on_duplicate.setObjectName("on_duplicate")
        self.on_duplicate.addItem(self.tr("Skip duplicates"), "skip")
        self.on_duplicate.addItem(self.tr("Update the existing record (changed fields)"), "update")
        self.on_duplicate.addItem(self.tr("Create them anyway"), "create")
        self.unknown_investors = QComboBox(self)
        self.unknown_investors.setObjectName("unknown_investors")
        self.unknown_investors.addItem(self.tr("Leave the row out"), "error")
        self.unknown_investors.addItem(self.tr("Create the investor from the row"), "create")
        self.unknown_owners = QComboBox(self)
        self.unknown_owners.setObjectName("unknown_owners")
        self.unknown_owners.addItem(self.tr("Leave the row out"), "error")
        self.unknown_owners.addItem(self.tr("Import the row without an owner"), "empty")
        self.unknown_owners.addItem(self.tr("Create the officer (administrators)"), "create")
        self.unknown_owners.addItem(self.tr("Stop the import"), "stop")
        self.summary = QLabel(self)
        self.summary.setObjectName("check_summary")
        self.summary.setWordWrap(True)
        self.errors = QTableWidget(0, 3, self)
        self.errors.setObjectName("check_errors")
        self.errors.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Reason")])
        self.errors.horizontalHeader().setStretchLastSection(True)
        self.errors.verticalHeader().hide()
        self.save_errors = QPushButton(self.tr("Save the rows with errors as a workbook to fix…"), self)
        self.save_errors.clicked.connect(self._save_error_book)
        self.names = QPushButton(self.tr("Other names of industries, countries …"), self)
        self.names.setObjectName("check_names")
        self.names.clicked.connect(lambda: _open_names(self, "references"))
        self.failure = QLabel(self)
        self.failure.setStyleSheet("color: #b3261e;")
        form = QFormLayout()
        form.addRow(self.tr("Duplicates"), self.on_duplicate)
        form.addRow(self.tr("Investors not in the database"), self.unknown_investors)
        form.addRow(self.tr("Owners who are not officers here"), self.unknown_owners)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_errors)
        buttons.addWidget(self.names)
        layout.addLayout(buttons)
        layout.addWidget(self.failure)
        self.on_duplicate.currentIndexChanged.connect(lambda _i: self.initializePage())
        self.unknown_investors.currentIndexChanged.connect(lambda _i: self.initializePage())
        self.unknown_owners.currentIndexChanged.connect(lambda _i: self.initializePage())

    def policies(self) -> dict[str, str]:
        return {
            "unknown_investors": self.unknown_investors.currentData(),
            "unknown_owners": self.unknown_owners.currentData(),
        }

    def initializePage(self) -> None:
        from kotra_invest.importers.run import check

        self.w.report = None
        self.summary.setText(self.tr("Checking…"))
        self.failure.clear()
        ctx, source, mapping, policy = self.w.ctx, self.w.source, self.w.mapping, self.on_duplicate.currentData()
        unknown = {**self.policies(), **self.w.target()}
        self.unknown_investors.setEnabled(self.w.kind() not in ("investors", "delegations"))
        self.w.job = background.start_with_progress(
            self,
            self.tr("Checking the file…"),
            lambda progress, cancel: check(
                ctx, source, mapping, on_duplicate=policy, progress=progress, cancel=cancel, **unknown
            ),
            on_done=self.show_report,
            on_error=lambda exc: self.w.report_error(exc, self.failure),
        )

    def show_report(self, report: Any) -> None:
        self.w.report = report
        self.summary.setText(
            self.tr("%1 rows read: %2 would be created, %3 updated, %4 skipped as duplicates, %5 rows have errors.")
            .replace("%1", f"{report.rows_read:,}")
            .replace("%2", f"{report.created:,}")
            .replace("%3", f"{report.updated:,}")
            .replace("%4", f"{report.skipped:,}")
            .replace("%5", f"{report.failed:,}")
        )
        self.summary.setText(self.summary.text() + _related_text(self, report) + _reasons_text(self, report))
        self.errors.setRowCount(len(report.errors))
        for r, error in enumerate(report.errors):
            self.errors.setItem(r, 0, _cell(error.row))
            self.errors.setItem(r, 1, _cell(error.column or ""))
            self.errors.setItem(r, 2, _cell(error.message))
        self.save_errors.setEnabled(bool(report.errors))
        self.completeChanged.emit()

    def _save_error_book(self) -> None:
        from kotra_invest.importers.error_book import write_error_workbook

        if self.w.report is None:
            return
        chosen = ask_save_path(
            self, self.tr("Rows to fix"), Path.home() / "import-errors.xlsx", "Excel (*.xlsx)", ".xlsx"
        )
        if chosen is not None:
            try:
                write_error_workbook(self.w.report, chosen)
            except DomainError as exc:
                self.w.report_error(exc, self.failure)

    def isComplete(self) -> bool:
        return self.w.report is not None


class DonePage(QWizardPage):
    """The import itself: one transaction, with progress and cancel; then what happened."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Import"))
        self.summary = QLabel(self)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:
        from kotra_invest.importers.run import run_import

        self.w.result = None
        self.summary.setText(self.tr("Importing…"))
        ctx, source, mapping = self.w.ctx, self.w.source, self.w.mapping
        policy = self.w.check_page.on_duplicate.currentData()
        unknown = {**self.w.check_page.policies(), **self.w.target()}
        self.w.job = background.start_with_progress(
            self,
            self.tr("Importing…"),
            lambda progress, cancel: run_import(
                ctx, source, mapping, on_duplicate=policy, progress=progress, cancel=cancel, **unknown
            ),
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, report: Any) -> None:
        self.w.result = report
        self.summary.setText(
            self.tr(
                "Imported from %1: %2 created, %3 updated, %4 skipped, %5 rows left out with errors. Every record names the file in its history."
            )
            .replace("%1", report.file_name)
            .replace("%2", f"{report.created:,}")
            .replace("%3", f"{report.updated:,}")
            .replace("%4", f"{report.skipped:,}")
            .replace("%5", f"{report.failed:,}")
        )
        self.summary.setText(self.summary.text() + _related_text(self, report))
        self.completeChanged.emit()

    def _failed(self, exc: Exception) -> None:
        self.summary.setText(background.error_text(exc, self.w.ctx.lang) + "\n" + self.tr("Nothing was imported."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.job is not None and self.w.job.done
