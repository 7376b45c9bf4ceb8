"""The error workbook: the rows an import could not store, as they were, with the reasons beside them.

The user fixes the cells and imports this workbook again: the first sheet keeps the file's own
headers (so the same mapping applies) plus one last column with the reasons, which the mapping
ignores. Text is written as text: a cell reading "=HYPERLINK(...)" from a hostile file stays inert.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from kotra_invest.domain.errors import DomainError
from kotra_invest.files.text import clean_text
from kotra_invest.importers.mapping import ERROR_COLUMN
from kotra_invest.importers.run import ImportReport, iter_error_rows

_HEADER_FILL = PatternFill("solid", fgColor="FDE9E7")


def _cell(ws: Worksheet, value: Any, *, bold: bool = False, wrap: bool = False) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws)
    if isinstance(value, str):
        cell.value = clean_text(value)
        cell.data_type = "s"  # never a formula, whatever the text starts with
    elif isinstance(value, bool | int | float | Decimal | datetime | date | time):
        cell.value = value
    elif value is not None:
        cell.value = clean_text(str(value))
        cell.data_type = "s"
    if bold:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
    if wrap:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    return cell


def write_error_workbook(report: ImportReport, path: str | Path) -> Path:
    """Write the failed rows of `report` (cells as read, reasons in the last column) and a list
    of every error (row, column, reason, value) on a second sheet. Returns the path."""
    target = Path(path)
    book = Workbook(write_only=True)
    rows_ws = book.create_sheet("오류 행 Rows")
    rows_ws.freeze_panes = "A2"
    rows_ws.append([_cell(rows_ws, h, bold=True) for h in (*report.headers, ERROR_COLUMN)])
    for _number, cells, reasons in iter_error_rows(report):
        padded = list(cells) + [None] * (len(report.headers) - len(cells))
        rows_ws.append([*(_cell(rows_ws, v) for v in padded), _cell(rows_ws, reasons, wrap=True)])
    list_ws = book.create_sheet("오류 목록 Errors")
    list_ws.append(
        [_cell(list_ws, h, bold=True) for h in ("행 Row", "열 Column", "사유 Reason", "값 Value", "코드 Code")]
    )
    for e in report.errors:
        list_ws.append([_cell(list_ws, v) for v in (e.row, e.column, e.message, e.value, e.code)])
    tmp = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        book.save(tmp)
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise DomainError("write_failed", path=str(target), reason=exc.strerror or type(exc).__name__) from exc
    return target
