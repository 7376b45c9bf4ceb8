"""Any list on screen to Excel, to the printer or to a PDF: the rows as filtered and sorted, the
columns as shown (hidden ones left out, moved ones where the user put them).

A page offers a `ListSource`: its title, the shown headers and a way to iterate its rows as typed
values. Paged tables (investors, projects) read their own service again in keyset pages with the
same filter and sort, so an export of 100,000 rows never holds them all; small tables are read
from the widget itself. The finished message offers Open file and Open folder.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QHeaderView, QMessageBox, QTableView, QTableWidget, QWidget

from kotra_invest.briefing.lists import write_table_xlsx
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui import background
from kotra_invest.ui.save_as import ask_save_path, named_for

PRINT_LIMIT = 2_000  # a printout longer than this is a job for the Excel export


@dataclass
class ListSource:
    """What a page hands to Export and Print."""

    title: str
    headers: list[str]
    rows: Callable[[], Iterator[Sequence[Any]]]  # a fresh iterator of typed rows at each call
    file_stem: str = "list"


def shown_columns(header: QHeaderView) -> list[int]:
    """Logical column numbers in the order the user sees them, hidden ones left out."""
    ordered = sorted(range(header.count()), key=header.visualIndex)
    return [c for c in ordered if not header.isSectionHidden(c)]


_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_KO_DAY = re.compile(r"^(\d{4})\. (\d{1,2})\. (\d{1,2})\.(?: \(.\))?$")
_INTEGER = re.compile(r"^-?\d{1,15}$")


def typed(text: str) -> Any:
    """A table cell's text as the value it shows: a date, a whole number, or the text."""
    for pattern in (_ISO_DAY, _KO_DAY):
        found = pattern.match(text)
        if found:
            try:
                return date(int(found[1]), int(found[2]), int(found[3]))
            except ValueError:
                return text
    if _INTEGER.match(text) and not (text.startswith("0") and len(text) > 1):  # "010…" is a phone number
        return int(text)
    return text


def widget_source(title: str, table: QTableWidget, file_stem: str) -> ListSource:
    """A small list read off its table widget: rows in view order, shown columns only."""
    header = table.horizontalHeader()
    columns = shown_columns(header)
    headers = [table.horizontalHeaderItem(c).text() if table.horizontalHeaderItem(c) else "" for c in columns]

    def rows() -> Iterator[list[Any]]:
        for r in range(table.rowCount()):
            if table.isRowHidden(r):
                continue
            yield [typed(table.item(r, c).text()) if table.item(r, c) is not None else None for c in columns]

    return ListSource(title, headers, rows, file_stem)


def model_source(
    title: str,
    view: QTableView,
    pages: Callable[[], Iterator[Any]],
    value: Callable[[Any, int], Any],
    file_stem: str,
) -> ListSource:
    """A paged list: `pages()` walks the service with the view's filter and sort, `value(row,
    column)` is the typed value of a logical column."""
    model = view.model()
    columns = shown_columns(view.horizontalHeader())
    headers = [str(model.headerData(c, view.horizontalHeader().orientation())) for c in columns]

    def rows() -> Iterator[list[Any]]:
        for row in pages():
            yield [value(row, c) for c in columns]

    return ListSource(title, headers, rows, file_stem)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ListExport", text)


def show_written(parent: QWidget, path: Path, text: str) -> QMessageBox:
    """The finished message: what was written where, with Open file and Open folder."""
    box = QMessageBox(QMessageBox.Icon.Information, "kotra-invest", text, QMessageBox.StandardButton.Close, parent)
    box.setObjectName("written_message")
    box.setInformativeText(str(path))
    open_file = box.addButton(_tr("Open file"), QMessageBox.ButtonRole.ActionRole)
    open_folder = box.addButton(_tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
    open_file.setObjectName("open_file")
    open_folder.setObjectName("open_folder")
    open_file.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
    open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent))))
    parent.setProperty("last_written", str(path))
    box.open()
    return box


def export_xlsx(parent: QWidget, ctx: Context, source: ListSource, path: Path | None = None) -> background.Job | None:
    """Ask where (unless `path`), write the workbook on a worker, then say where it is."""
    if path is None:
        path = ask_save_path(
            parent, _tr("Export to Excel"), f"{source.file_stem}.xlsx", _tr("Excel workbook (*.xlsx)"), ".xlsx"
        )
        if path is None:
            return None
    target = named_for(path, ".xlsx")

    def work(progress: background.Progress, cancel: Any) -> int:
        return write_table_xlsx(
            target,
            source.title,
            source.headers,
            source.rows(),
            progress=lambda n: progress(n, 0),
            cancelled=cancel.is_set,
        )

    def done(count: object) -> None:
        show_written(parent, target, _tr("%1 rows written to Excel.").replace("%1", f"{count:,}"))

    def failed(exc: Exception) -> None:
        QMessageBox.warning(parent, "kotra-invest", background.error_text(exc, ctx.lang))

    return background.start_with_progress(parent, _tr("Writing the workbook…"), work, on_done=done, on_error=failed)


def as_html(source: ListSource, lang: str) -> str:
    """The list as an HTML table for QTextDocument (the first PRINT_LIMIT rows)."""
    cells = []
    for count, row in enumerate(source.rows()):
        if count == PRINT_LIMIT:
            cells.append(
                f"<tr><td colspan='{len(source.headers)}'><i>"
                + html.escape(
                    _tr("Only the first %1 rows are printed; export to Excel for all.").replace(
                        "%1", f"{PRINT_LIMIT:,}"
                    )
                )
                + "</i></td></tr>"
            )
            break
        cells.append("<tr>" + "".join(f"<td>{html.escape(_shown(v, lang))}</td>" for v in row) + "</tr>")
    head = "".join(f"<th align='left' bgcolor='#dde6f0'>{html.escape(h)}</th>" for h in source.headers)
    return (
        f"<h3>{html.escape(source.title)}</h3>"
        f"<table border='1' cellspacing='0' cellpadding='3' width='100%'><thead><tr>{head}</tr></thead>"
        + "".join(cells)
        + "</table>"
    )


def _shown(value: Any, lang: str) -> str:
    from kotra_invest import formatting

    if value is None:
        return ""
    if isinstance(value, datetime):
        return formatting.moment(value, lang)
    if isinstance(value, date):
        return formatting.day(value, lang)
    return str(value)


def print_list(
    parent: QWidget, ctx: Context, source: ListSource, pdf_path: Path | None = None, *, ask: bool = True
) -> Path | None:
    """Print the list (the system's print dialog), or save it as a PDF when `pdf_path` is given."""
    document = QTextDocument(parent)
    # DejaVu Sans first: NanumGothic's space has no text mapping in Qt's PDF, so a copied or
    # searched line read "Umicore\x01SA"; Hangul falls through to NanumGothic.
    font = QFont()
    font.setFamilies(["DejaVu Sans", QApplication.font().family()])
    font.setPointSize(8)
    document.setDefaultFont(font)
    document.setHtml(as_html(source, ctx.lang))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    printer.setDocName(source.title)
    if pdf_path is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf_path))
    elif ask:
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return None
    document.print_(printer)
    return pdf_path


def save_pdf(parent: QWidget, ctx: Context, source: ListSource, path: Path | None = None) -> Path | None:
    if path is None:
        path = ask_save_path(parent, _tr("Save as PDF"), f"{source.file_stem}.pdf", _tr("PDF (*.pdf)"), ".pdf")
        if path is None:
            return None
    path = named_for(path, ".pdf")
    print_list(parent, ctx, source, path)
    show_written(parent, path, _tr("The list was saved as a PDF."))
    return path
