"""The ministry's quarterly FDI table as a workbook: one sheet of figures, one of the rates used.

Figures are numbers (USD, two decimals shown) so a reader can sum them; each section ends with
its total, which equals the report's total (every tranche counts once per section).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from kotra_invest.catalog import msg
from kotra_invest.domain import reference_data as ref
from kotra_invest.files.atomic import replaced_atomically
from kotra_invest.files.text import clean_text
from kotra_invest.services.fdi_report import DIMENSION_LABELS, FdiCell, FdiReport

MONEY = "#,##0.00"
_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE5F0")

_WORDS = {
    "title": msg("briefing.fdi_xlsx", "Foreign direct investment {year}: notified and arrived (USD)"),
    "basis": msg("briefing.fdi_xlsx", "Country by: {basis}"),
    "source": msg("briefing.fdi_xlsx", "Counted as {ministry} counts (greenfield/M&A, new/additional)"),
    "notified": msg("briefing.fdi_xlsx", "Notified"),
    "arrived": msg("briefing.fdi_xlsx", "Arrived"),
    "total": msg("briefing.fdi_xlsx", "Total"),
    "quarter": msg("briefing.fdi_xlsx", "Q{q}"),
    "rates": msg("briefing.fdi_xlsx", "Rates"),
    "currency": msg("briefing.fdi_xlsx", "Currency"),
    "rate_date": msg("briefing.fdi_xlsx", "Rate date"),
    "units": msg("briefing.fdi_xlsx", "Units per USD"),
    "unconverted": msg("briefing.fdi_xlsx", "Left out: no rate on or before the date"),
    "tranche_date": msg("briefing.fdi_xlsx", "Date"),
    "amount": msg("briefing.fdi_xlsx", "Amount"),
    "no_rates": msg("briefing.fdi_xlsx", "No rates used (all amounts in USD)"),
}


def _w(key: str, lang: str, **values: object) -> str:
    return _WORDS[key].text(lang, **values)


def write_fdi_xlsx(report: FdiReport, path: Path, lang: str = "ko") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "FDI"
    ministry = ref.MINISTRY[0] if lang == "ko" else ref.MINISTRY[1]
    ws.append([_w("title", lang, year=report.year)])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([_w("basis", lang, basis=report.country_basis_label)])
    ws.append([_w("source", lang, ministry=ministry)])
    width = 1 + 2 * (len(report.quarters) + 1)

    def figures(cells: list[FdiCell]) -> list[object]:
        out: list[object] = []
        for c in cells:
            out += [c.notified_usd, c.arrived_usd]
        return out

    def money_row(values: list[object], bold: bool = False) -> None:
        ws.append(values)
        for col in range(2, width + 1):
            cell = ws.cell(row=ws.max_row, column=col)
            cell.number_format = MONEY
            if bold:
                cell.font = _BOLD
        if bold:
            ws.cell(row=ws.max_row, column=1).font = _BOLD

    for dimension, rows in report.sections.items():
        ws.append([])
        top = [DIMENSION_LABELS[dimension][0 if lang == "ko" else 1]]
        for q in report.quarters:
            top += [
                f"{_w('quarter', lang, q=q)} {_w('notified', lang)}",
                f"{_w('quarter', lang, q=q)} {_w('arrived', lang)}",
            ]
        top += [f"{_w('total', lang)} {_w('notified', lang)}", f"{_w('total', lang)} {_w('arrived', lang)}"]
        ws.append(top)
        for col in range(1, width + 1):
            cell = ws.cell(row=ws.max_row, column=col)
            cell.font, cell.fill = _BOLD, _HEADER_FILL
            cell.alignment = Alignment(horizontal="center", wrap_text=True)
        for row in rows:
            money_row([clean_text(row.label), *figures([row.quarters[q] for q in report.quarters] + [row.total])])
        money_row(
            [_w("total", lang), *figures([report.totals[q] for q in report.quarters] + [report.total])], bold=True
        )
    ws.column_dimensions["A"].width = 34
    for col in range(2, width + 1):
        ws.column_dimensions[get_column_letter(col)].width = 18
    ws.freeze_panes = "B4"

    rates = wb.create_sheet(_w("rates", lang))
    rates.append([_w("currency", lang), _w("rate_date", lang), _w("units", lang)])
    for r in report.rates_used:
        rates.append([r.currency, r.on_date, r.units_per_usd])
        rates.cell(row=rates.max_row, column=2).number_format = "yyyy-mm-dd"
    if not report.rates_used:
        rates.append([_w("no_rates", lang)])
    if report.unconverted:
        rates.append([])
        rates.append([_w("unconverted", lang)])
        rates.append([_w("currency", lang), _w("tranche_date", lang), _w("amount", lang)])
        for u in report.unconverted:
            rates.append([u.currency, u.on_date, u.amount])
            rates.cell(row=rates.max_row, column=2).number_format = "yyyy-mm-dd"
    for letter, w in zip("ABC", (14, 14, 18), strict=True):
        rates.column_dimensions[letter].width = w

    with replaced_atomically(path) as temp:
        wb.save(temp)
    return Path(path)
