"""The ministry's quarterly FDI table in the desktop: 신고 and 도착 by quarter × country (direct or
ultimate), industry, type, 신규/증액, region and province; click a figure to see the projects
behind it, double-click one to open it. The figures come from `services.fdi_report` on a worker.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kotra_invest.domain.enums import CountryBasis
from kotra_invest.services import fdi_report
from kotra_invest.services.fdi_report import FdiCell, FdiReport
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui import background
from kotra_invest.ui.save_as import ask_save_path

ROW_ROLE = Qt.ItemDataRole.UserRole  # (dimension, key) of a row; None on a section heading
ID_ROLE = Qt.ItemDataRole.UserRole


def exact(value: Decimal) -> str:
    """A figure to the cent, as the ministry's table and the workbook show it."""
    return f"{value:,.2f}"


def share(value: Decimal) -> str:
    """One project's part of a figure, or nothing: its tranches are never zero (the service refuses
    one), so a zero is no tranche of that kind counted in the period — none recorded, or none a
    rate converts (the note names those) — not an amount of 0.00."""
    return exact(value) if value else ""


class FdiTableDialog(QDialog):
    """The quarterly table for one year, with drill-down to the projects behind a figure."""

    sig_open_record = Signal(str, object)
    sig_loaded = Signal()

    def __init__(self, ctx: Context, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = year
        self.report: FdiReport | None = None
        self.setWindowTitle(self.tr("Quarterly FDI table {0} (counted as the ministry counts)").format(year))
        layout = QVBoxLayout(self)
        controls = QHBoxLayout()
        self.quarter = QComboBox(self)
        self.quarter.addItem(self.tr("Whole year, by quarter"), None)
        for q in (1, 2, 3, 4):
            self.quarter.addItem(self.tr("Quarter {0}").format(q), q)
        self.basis = QComboBox(self)
        self.basis.addItem(self.tr("Direct investor's (official statistics)"), CountryBasis.DIRECT.value)
        self.basis.addItem(self.tr("Ultimate parent's"), CountryBasis.ULTIMATE.value)
        self.export_button = QPushButton(self.tr("Export to Excel…"), self)
        self.status = QLabel(self)
        for widget in (
            QLabel(self.tr("Period:"), self),
            self.quarter,
            QLabel(self.tr("Country by:"), self),
            self.basis,
        ):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.status)
        controls.addWidget(self.export_button)
        layout.addLayout(controls)

        split = QSplitter(Qt.Orientation.Vertical, self)
        self.table = QTreeWidget(split)
        self.table.setRootIsDecorated(True)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Quarterly FDI table"))
        self.drill = QTreeWidget(split)
        self.drill.setHeaderLabels(
            [self.tr("Project"), self.tr("Investor"), self.tr("Notified (신고) USD"), self.tr("Arrived (도착) USD")]
        )
        self.drill.setRootIsDecorated(False)
        self.drill.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.drill.header().setStretchLastSection(False)
        self.drill.setAccessibleName(self.tr("Projects behind the figure"))
        self.drill_title = QLabel(self.tr("Click a figure to see the projects behind it."), self)
        self.drill_title.setWordWrap(True)
        layout.addWidget(split, 1)
        layout.addWidget(self.drill_title)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.note)
        split.setSizes([480, 180])

        self.quarter.currentIndexChanged.connect(self.refresh)
        self.basis.currentIndexChanged.connect(self.refresh)
        self.table.itemClicked.connect(self._figure_clicked)
        self.table.currentItemChanged.connect(
            lambda item, _old: self._figure_clicked(item, self.table.currentColumn()) if item else None
        )
        self.drill.itemActivated.connect(self._open_project)
        self.export_button.clicked.connect(self._export)
        self.resize(1100, 760)
        self.refresh()

    # --- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        quarter, basis, ctx, year = self.quarter.currentData(), self.basis.currentData(), self.ctx, self.year
        self.status.setText(self.tr("Loading…"))
        self.export_button.setEnabled(False)
        background.start(
            lambda _progress, _cancel: fdi_report.fdi_report(ctx, year, quarter, basis),
            on_done=self._loaded,
            on_error=self._failed,
            parent=self,
        )

    def _failed(self, exc: Exception) -> None:
        self.status.setText(background.error_text(exc, self.ctx.lang))

    def _loaded(self, report: FdiReport) -> None:
        if report.quarters != ((self.quarter.currentData(),) if self.quarter.currentData() else (1, 2, 3, 4)):
            return  # an older load; the newer one is on its way
        if report.country_basis != self.basis.currentData():
            return
        self.report = report
        self.status.setText("")
        self.export_button.setEnabled(True)
        self._fill(report)
        self.sig_loaded.emit()

    def _columns(self, report: FdiReport) -> list[tuple[int | None, int]]:
        """(quarter or None for the total, 0 notified / 1 arrived) of each figure column."""
        return [(q, k) for q in (*report.quarters, None) for k in (0, 1)]

    def _fill(self, report: FdiReport) -> None:
        lang = self.ctx.lang
        headers = [self.tr("Breakdown")]
        notified, arrived = self.tr("Notified (신고)"), self.tr("Arrived (도착)")
        for q, kind in self._columns(report):
            period = self.tr("Q{0}").format(q) if q else self.tr("Total")
            headers.append(period + " " + (notified if kind == 0 else arrived))
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHeaderLabels(headers)
        for dimension, rows in report.sections.items():
            heading = QTreeWidgetItem(self.table, [fdi_report.DIMENSION_LABELS[dimension][0 if lang == "ko" else 1]])
            heading.setData(0, ROW_ROLE, None)
            for row in rows:
                cells = [row.quarters[q] if q else row.total for q, _k in self._columns(report)]
                item = QTreeWidgetItem(heading, [row.label, *self._figures(report, cells)])
                item.setData(0, ROW_ROLE, (dimension, row.key))
                for col in range(1, len(headers)):
                    item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            total = [report.totals[q] if q else report.total for q, _k in self._columns(report)]
            item = QTreeWidgetItem(heading, [self.tr("Total"), *self._figures(report, total)])
            item.setData(0, ROW_ROLE, (dimension, None))
            font = item.font(0)
            font.setBold(True)
            for col in range(len(headers)):
                item.setFont(col, font)
                if col:
                    item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            heading.setExpanded(True)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(False)
        for col in range(1, len(headers)):
            self.table.resizeColumnToContents(col)
        self.note.setText(self._note(report))
        self.drill.clear()
        self.drill_title.setText(self.tr("Click a figure to see the projects behind it."))

    def _figures(self, report: FdiReport, cells: list[FdiCell]) -> list[str]:
        return [
            exact(c.notified_usd if k == 0 else c.arrived_usd)
            for c, (_q, k) in zip(cells, self._columns(report), strict=True)
        ]

    def _note(self, report: FdiReport) -> str:
        parts = [
            self.tr("Country by: {0}. Amounts in USD, each tranche at its date's rate.").format(
                report.country_basis_label
            )
        ]
        if report.rates_used:
            used = ", ".join(f"{r.currency} {r.on_date.isoformat()} = {r.units_per_usd}" for r in report.rates_used)
            parts.append(self.tr("Rates used (units per USD): {0}").format(used))
        else:
            parts.append(self.tr("No exchange rate was needed."))
        if report.unconverted:
            left = ", ".join(f"{u.currency} {u.amount:,} ({u.on_date.isoformat()})" for u in report.unconverted)
            parts.append(self.tr("Not counted, no rate on or before the date: {0}").format(left))
        return "\n".join(parts)

    # --- drill-down -----------------------------------------------------------------------------

    def cell_of(self, item: QTreeWidgetItem, column: int) -> FdiCell | None:
        """The figure pair under `item` at `column` (None on a heading or the label column)."""
        report, where = self.report, item.data(0, ROW_ROLE)
        if report is None or where is None or column < 1:
            return None
        dimension, key = where
        quarter, _kind = self._columns(report)[column - 1]
        if key is None:
            return report.totals[quarter] if quarter else report.total
        row = next(r for r in report.sections[dimension] if r.key == key)
        return row.quarters[quarter] if quarter else row.total

    def _figure_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        cell = self.cell_of(item, column)
        self.drill.clear()
        if cell is None or self.report is None:
            self.drill_title.setText(self.tr("Click a figure to see the projects behind it."))
            return
        header = self.table.headerItem().text(column)
        self.drill_title.setText(self.tr("{0} · {1}: {2} project(s)").format(item.text(0), header, len(cell.projects)))
        for project_id, notified, arrived in cell.projects:
            title, investor = self.report.projects.get(project_id, ("?", "?"))
            row = QTreeWidgetItem(self.drill, [title, investor, share(notified), share(arrived)])
            row.setData(0, ID_ROLE, project_id)
            for col in (2, 3):
                row.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _open_project(self, item: QTreeWidgetItem, _column: int) -> None:
        project_id = item.data(0, ID_ROLE)
        if isinstance(project_id, uuid.UUID):
            self.sig_open_record.emit("project", project_id)

    # --- export ---------------------------------------------------------------------------------

    def _export(self, path: Path | None = None) -> Path | None:
        if self.report is None:
            return None
        if not path:
            path = ask_save_path(
                self,
                self.tr("Save the FDI table"),
                f"fdi-{self.year}.xlsx",
                self.tr("Excel workbook (*.xlsx)"),
                ".xlsx",
            )
            if path is None:
                return None
        # Imported here: the workbook writer (openpyxl, ~0.15 s) is for the export, not the page's opening.
        from kotra_invest.briefing.fdi_xlsx import write_fdi_xlsx

        try:
            write_fdi_xlsx(self.report, path, self.ctx.lang)
        except OSError as exc:
            self.status.setText(self.tr("Could not save: {0}").format(exc.strerror or exc))
            return None
        self.status.setText(self.tr("Saved: {0}").format(path))
        return path
