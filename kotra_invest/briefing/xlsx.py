"""Excel renderer for briefing packs: one sheet per section, typed cells, printable, written atomically."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from kotra_invest.briefing.content import (
    DelegationPack,
    InteractionLine,
    InvestorProfile,
    PersonLine,
    ProfilePack,
    ProjectLine,
)
from kotra_invest.briefing.labels import aftercare_sentence
from kotra_invest.catalog import Message, msg
from kotra_invest.files.atomic import replaced_atomically
from kotra_invest.files.text import clean_text, display_width

__all__ = ["write_delegation_xlsx", "write_profile_xlsx"]

# Words the renderer needs that labels.py does not (yet) carry. A key present in `pack.labels`
# always wins, so adding it there makes these fallbacks dead without touching this module.
_FALLBACK_LABELS: dict[str, Message] = {
    "subject": msg("briefing.xlsx", "Title"),
    "subtitle": msg("briefing.xlsx", "Subtitle"),
    "name_ko": msg("briefing.xlsx", "Korean name"),
    "name_en": msg("briefing.xlsx", "English name"),
    "ends": msg("briefing.xlsx", "Ends"),
    "latest_notified": msg("briefing.xlsx", "Latest notified"),
    "latest_arrived": msg("briefing.xlsx", "Latest arrived"),
}

# Korea has kept UTC+9 without daylight saving since 1988, so a fixed offset is exact for any
# interaction this app records and spares the renderer a tzdata dependency.
_KST = timezone(timedelta(hours=9))

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
TIME_FORMAT = "hh:mm"
MONEY_FORMAT = "#,##0"
INTEGER_FORMAT = "0"
# Whole percents (70, shown "70%"), as stored and as the pipeline export writes them: a sheet read
# back means the same number (a fraction would make 100 % read back as 1).
PERCENT_FORMAT = '0"%"'

MAX_WIDTH = 60
MIN_WIDTH = 6
_WRAP_FROM = 40  # a column whose longest text is wider than this wraps instead of widening
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
_KEY_FONT = Font(bold=True)
_KEY_FILL = PatternFill("solid", fgColor="DDEBF7")
_SECTION_FONT = Font(bold=True, size=12)
_TITLE_FONT = Font(bold=True, size=14)
_THIN = Side(style="thin", color="A6A6A6")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_TOP = Alignment(vertical="top")
_TOP_WRAP = Alignment(vertical="top", wrap_text=True)
_HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)


# --- public API -------------------------------------------------------------------------------


def write_delegation_xlsx(pack: DelegationPack, path: Path) -> Path:
    """Write a delegation briefing pack to `path` (replaced atomically) and return `path`."""
    words = _Words(pack.labels, pack.lang)
    wb = Workbook()
    wb.remove(wb.active)
    _set_properties(wb, pack.title, pack.generated_at)
    book = _Book(wb, words, pack.title, pack.confidentiality, pack.generated_at)

    _delegation_overview(book, pack)
    _itinerary_sheet(book, pack)
    _investors_sheet(book, pack)
    _people_sheet(book, pack.investors, with_investor=True)
    _interactions_sheet(book, pack.investors, with_investor=True)
    _projects_sheet(book, pack.investors, with_investor=True)
    _results_sheet(book, pack)
    _kpis_sheet(book, pack)
    return _save_atomically(wb, Path(path))


def write_profile_xlsx(pack: ProfilePack, path: Path) -> Path:
    """Write a one-investor profile pack to `path` (replaced atomically) and return `path`."""
    words = _Words(pack.labels, pack.lang)
    profile = pack.profile
    title = f"{words['profile_title']}: {profile.name}"
    wb = Workbook()
    wb.remove(wb.active)
    _set_properties(wb, title, pack.generated_at)
    book = _Book(wb, words, title, pack.confidentiality, pack.generated_at)

    _profile_sheet(book, profile)
    _people_sheet(book, (profile,), with_investor=False)
    _interactions_sheet(book, (profile,), with_investor=False)
    _projects_sheet(book, (profile,), with_investor=False)
    return _save_atomically(wb, Path(path))


# --- words, sheets, cells ---------------------------------------------------------------------


class _Words:
    """The pack's labels, with the module's fallbacks for keys labels.py does not carry."""

    def __init__(self, labels: dict[str, str], lang: str) -> None:
        self._labels = labels
        self._index = 0 if lang == "ko" else 1

    def __getitem__(self, key: str) -> str:
        if key in self._labels:
            return self._labels[key]
        if key in _FALLBACK_LABELS:
            return _FALLBACK_LABELS[key][self._index]
        return key  # a missing label shows its key rather than failing the whole export

    def yes_no(self, value: bool) -> str:
        return self["yes"] if value else self["no"]


@dataclass
class _Book:
    wb: Workbook
    words: _Words
    title: str
    confidentiality: str
    generated_at: datetime

    def sheet(self, label_key: str) -> Worksheet:
        ws = self.wb.create_sheet(_sheet_name(self.words[label_key], self.wb.sheetnames))
        _print_setup(ws, self)
        return ws


@dataclass(frozen=True)
class _Column:
    header: str
    number_format: str | None = None
    wrap: bool = False  # long free text: always wraps, whatever its length


def _sheet_name(wanted: str, taken: Sequence[str]) -> str:
    name = _SHEET_NAME_FORBIDDEN.sub(" ", clean_text(wanted)).strip().strip("'").strip() or "Sheet"
    name = name[:31]
    lowered = {t.lower() for t in taken}
    candidate, n = name, 2
    while candidate.lower() in lowered:  # Excel compares sheet names case-insensitively
        suffix = f" ({n})"
        candidate = name[: 31 - len(suffix)] + suffix
        n += 1
    return candidate


def _put(ws: Worksheet, row: int, col: int, value: Any, number_format: str | None = None) -> Any:
    """Write one typed cell. Text is always stored as text: it can never become a formula."""
    cell = ws.cell(row=row, column=col)
    if value is None:
        return cell
    if isinstance(value, bool):
        raise TypeError("booleans are written as yes/no words, not as Excel booleans")
    if isinstance(value, str):
        cell.value = clean_text(value)
        # openpyxl turns any str starting with "=" into a formula; force text for every string so
        # "=cmd|...", "+1", "-2", "@SUM(1)" stay exactly what the user typed.
        cell.data_type = "s"
    elif isinstance(value, datetime):
        if value.tzinfo is not None:
            raise ValueError("Excel cannot store time zones: convert to a naive wall-clock time first")
        cell.value = value
        cell.number_format = number_format or DATETIME_FORMAT
    elif isinstance(value, date):
        cell.value = value
        cell.number_format = number_format or DATE_FORMAT
    elif isinstance(value, int | float | Decimal):
        cell.value = value
        if number_format:
            cell.number_format = number_format
    else:
        raise TypeError(f"unsupported cell value {type(value).__name__}")
    return cell


def _display_width(value: Any, number_format: str | None) -> int:
    """How many character widths a cell's value needs: a number or a date as its format writes it,
    text as its widest line (files.text.display_width: Hangul and other wide characters count two)."""
    if value is None:
        return 0
    if isinstance(value, datetime):
        return len(number_format or DATETIME_FORMAT)
    if isinstance(value, date):
        return 10
    if isinstance(value, int | float | Decimal):
        if number_format == PERCENT_FORMAT:
            return 5
        return len(f"{value:,.0f}") if number_format == MONEY_FORMAT else len(str(value))
    return max(map(display_width, str(value).split("\n")))


def _fit_columns(ws: Worksheet, widths: dict[int, int]) -> None:
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = max(MIN_WIDTH, min(width + 2, MAX_WIDTH))
    _fit_rows(ws)


def _fit_rows(ws: Worksheet) -> None:
    """Rows tall enough for their wrapped text. Excel grows such rows when it opens the file,
    LibreOffice does not: its print showed a long objective running over the rows below."""
    needed: dict[int, int] = {}
    for row in ws.iter_rows():
        for cell in row:
            if not isinstance(cell.value, str) or not (cell.alignment and cell.alignment.wrap_text):
                continue
            width = ws.column_dimensions[get_column_letter(cell.column)].width or 8.43
            lines = sum(max(1, -(-display_width(part) // max(1, int(width) - 1))) for part in cell.value.split("\n"))
            needed[cell.row] = max(needed.get(cell.row, 1), lines)
    for row, lines in needed.items():
        if lines > 1:
            ws.row_dimensions[row].height = min(409, 15 * lines)  # 409 pt: Excel's tallest row


def _write_table(
    ws: Worksheet,
    top: int,
    left: int,
    columns: Sequence[_Column],
    rows: Iterable[Sequence[Any]],
    widths: dict[int, int],
) -> tuple[int, int]:
    """Header row at `top`, data below; returns (header row, last row). Updates `widths` in place."""
    for offset, column in enumerate(columns):
        cell = _put(ws, top, left + offset, column.header)
        cell.font, cell.fill, cell.border, cell.alignment = _HEADER_FONT, _HEADER_FILL, _BORDER, _HEADER_ALIGN
        col = left + offset
        # Headers wrap, so they count only up to a modest width.
        widths[col] = max(widths.get(col, 0), min(_display_width(column.header, None), 24))
    last = top
    wraps = [column.wrap for column in columns]
    for values in rows:
        last += 1
        for offset, (column, value) in enumerate(zip(columns, values, strict=True)):
            cell = _put(ws, last, left + offset, value, column.number_format)
            cell.border = _BORDER
            width = _display_width(value, column.number_format)
            widths[left + offset] = max(widths.get(left + offset, 0), width)
            if width > _WRAP_FROM or "\n" in (value if isinstance(value, str) else ""):
                wraps[offset] = True
    for offset, wrap in enumerate(wraps):
        for row in range(top + 1, last + 1):
            ws.cell(row=row, column=left + offset).alignment = _TOP_WRAP if wrap else _TOP
        if wrap:
            # A wrapping column grows downwards, not sideways: the list stays printable on A4.
            widths[left + offset] = min(widths[left + offset], _WRAP_FROM)
    return top, last


def _table_sheet(book: _Book, label_key: str, columns: Sequence[_Column], rows: Iterable[Sequence[Any]]) -> Worksheet:
    """A sheet holding one table: header row 1, frozen below it, filterable, header repeated on print."""
    ws = book.sheet(label_key)
    widths: dict[int, int] = {}
    header, last = _write_table(ws, 1, 1, columns, rows, widths)
    _fit_columns(ws, widths)
    ws.freeze_panes = ws.cell(row=header + 1, column=1)
    ws.auto_filter.ref = f"A{header}:{get_column_letter(len(columns))}{max(last, header)}"
    ws.print_title_rows = f"{header}:{header}"
    _orient(ws, widths)
    return ws


def _write_key_values(
    ws: Worksheet, top: int, pairs: Iterable[tuple[str, Sequence[Any]]], widths: dict[int, int]
) -> int:
    """Key in column A, value(s) from column B; returns the last row written."""
    row = top - 1
    for key, values in pairs:
        row += 1
        cell = _put(ws, row, 1, key)
        cell.font, cell.fill, cell.border, cell.alignment = _KEY_FONT, _KEY_FILL, _BORDER, _TOP
        widths[1] = max(widths.get(1, 0), _display_width(key, None))
        for offset, value in enumerate(values):
            number_format = value[1] if isinstance(value, tuple) else None
            value = value[0] if isinstance(value, tuple) else value
            cell = _put(ws, row, 2 + offset, value, number_format)
            cell.border = _BORDER
            cell.alignment = _TOP_WRAP
            widths[2 + offset] = max(widths.get(2 + offset, 0), _display_width(value, number_format))
    return row


def _section_heading(ws: Worksheet, row: int, text: str) -> None:
    cell = _put(ws, row, 1, text)
    cell.font = _SECTION_FONT


def _text_or_none(words: _Words, value: str | None) -> str:
    return value if value else words["none"]


def _joined(words: _Words, values: Sequence[str]) -> str:
    # One per line: destinations themselves contain commas ("San Jose, United States").
    return "\n".join(values) if values else words["none"]


def _kst(when: datetime) -> datetime:
    if when.tzinfo is None:  # the pack promises aware UTC; a naive value is taken as UTC
        when = when.replace(tzinfo=UTC)
    return when.astimezone(_KST).replace(tzinfo=None)


def _hyperlink_if_web(ws: Worksheet, row: int, col: int, url: str | None) -> None:
    if url and url.lower().startswith(("http://", "https://")):
        ws.cell(row=row, column=col).hyperlink = url
        ws.cell(row=row, column=col).font = Font(color="0563C1", underline="single")


# --- printing ---------------------------------------------------------------------------------


def _header_footer_text(text: str) -> str:
    # "&" starts a code in Excel headers and footers; the whole section is limited to 255 chars.
    # Cut first, then escape: cutting an escaped "&&" in half would leave a live "&" code.
    return clean_text(text).replace("\n", " ")[:120].replace("&", "&&")


def _print_setup(ws: Worksheet, book: _Book) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_PORTRAIT
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.oddHeader.left.text = _header_footer_text(book.title)
    ws.oddHeader.right.text = _header_footer_text(book.confidentiality)
    ws.oddHeader.right.color = "C00000"
    generated = f"{book.words['generated']} {_kst(book.generated_at):%Y-%m-%d %H:%M} KST"
    ws.oddFooter.left.text = _header_footer_text(generated)
    ws.oddFooter.center.text = "&P / &N"
    ws.oddFooter.right.text = _header_footer_text(book.confidentiality)


# Printing: an A4 page less Excel's default 0.7" side margins, in pixels at 96 dpi, and the
# smallest print scale that keeps the default 11 pt font at 8 pt or more on paper.
_PRINTABLE_PX = {"portrait": (210 - 2 * 19.05) / 25.4 * 96, "landscape": (297 - 2 * 19.05) / 25.4 * 96}
# LibreOffice fitted a sheet this estimate put at 75 % to 61 %: its fonts measure wider. So a
# sheet is fitted to the page width only when the estimate leaves room to spare; otherwise it
# prints at a fixed 80 % (11 pt → 8.8 pt) across pages.
FIT_WHEN_AT_LEAST = 95  # percent, estimated
FIXED_PRINT_SCALE = 80


def _column_px(width: float) -> float:
    """A column's width on screen (and on paper at 100 %): Calibri 11's 7-pixel digit plus padding."""
    return int(width * 7 + 5)


def print_scale(ws: Worksheet) -> int:
    """The percentage a sheet prints at: what fitting its width would take, or the fixed
    scale when fitting would shrink the text below 8 pt (the columns then run over pages)."""
    widths = [ws.column_dimensions[get_column_letter(c)].width or 8.43 for c in range(1, ws.max_column + 1)]
    needed = sum(_column_px(w) for w in widths)
    room = _PRINTABLE_PX[ws.page_setup.orientation or "portrait"]
    if not ws.sheet_properties.pageSetUpPr or not ws.sheet_properties.pageSetUpPr.fitToPage:
        return int(ws.page_setup.scale or 100)
    return min(100, int(room / needed * 100)) if needed else 100


def _orient(ws: Worksheet, widths: dict[int, int]) -> None:
    """Landscape for wide sheets; a sheet too wide even so prints at a legible fixed scale
    across pages, its first column repeated on each, rather than shrunk to a blur."""
    total = sum(max(MIN_WIDTH, min(w + 2, MAX_WIDTH)) for w in widths.values())
    if len(widths) > 6 or total > 100:
        ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    if print_scale(ws) < FIT_WHEN_AT_LEAST:
        ws.sheet_properties.pageSetUpPr.fitToPage = False
        ws.page_setup.fitToWidth = None
        ws.page_setup.fitToHeight = None
        ws.page_setup.scale = FIXED_PRINT_SCALE
        ws.print_title_cols = "A:A"


def _set_properties(wb: Workbook, title: str, generated_at: datetime) -> None:
    wb.properties.title = clean_text(title)[:255]
    wb.properties.creator = "kotra-invest"
    wb.properties.created = _kst(generated_at) - timedelta(hours=9)  # core.xml stores UTC


# --- delegation sheets ------------------------------------------------------------------------


def _delegation_overview(book: _Book, pack: DelegationPack) -> None:
    w = book.words
    ws = book.sheet("overview")
    widths: dict[int, int] = {}
    pairs: list[tuple[str, Sequence[Any]]] = [
        (w["subject"], [pack.title]),
        (w["subtitle"], [_text_or_none(w, pack.subtitle)]),
        (w["year"], [(pack.year, INTEGER_FORMAT)]),
        (w["dates"], [pack.starts_on or w["none"], pack.ends_on] if pack.starts_on or pack.ends_on else [w["none"]]),
        (w["status"], [_text_or_none(w, pack.status)]),
        (w["leader"], [_text_or_none(w, pack.leader)]),
        (w["destinations"], [_joined(w, pack.destinations)]),
        (w["target_industry"], [_text_or_none(w, pack.target_industry)]),
        (w["objectives"], [_text_or_none(w, pack.objectives)]),
        (w["lead_provinces"], [_joined(w, pack.lead_provinces)]),
        (w["other_provinces"], [_joined(w, pack.other_provinces)]),
        (w["fezs"], [_joined(w, pack.fezs)]),
        (w["organisations"], [_joined(w, pack.organisations)]),
    ]
    last = _write_key_values(ws, 1, pairs, widths)
    ws.cell(row=1, column=2).font = _TITLE_FONT

    members_heading = last + 2
    _section_heading(ws, members_heading, w["members"])
    columns = [
        _Column(w["name"]),
        _Column(w["name_en"]),
        _Column(w["organisation"]),
        _Column(w["position"]),
        _Column(w["leader"]),
    ]
    rows = [(m.name, m.name_en, m.organisation, m.position, w.yes_no(m.is_leader)) for m in pack.members]
    header, end = _write_table(ws, members_heading + 1, 1, columns, rows, widths)
    _fit_columns(ws, widths)
    ws.auto_filter.ref = f"A{header}:{get_column_letter(len(columns))}{end}"
    _orient(ws, widths)


def _itinerary_sheet(book: _Book, pack: DelegationPack) -> None:
    w = book.words
    columns = [
        _Column(w["day"], DATE_FORMAT),
        _Column(w["time"], TIME_FORMAT),
        _Column(w["ends"], TIME_FORMAT),
        _Column(w["zone"]),
        _Column(w["korea_time"], DATETIME_FORMAT),
        _Column(w["kind"]),
        _Column(w["title"]),
        _Column(w["city"]),
        _Column(w["venue"]),
        _Column(w["investor"]),
        _Column(w["notes"], wrap=True),
    ]
    rows = [
        (
            line.day,
            line.starts_local.replace(tzinfo=None),
            line.ends_local.replace(tzinfo=None) if line.ends_local else None,
            f"{line.time_zone} ({line.utc_offset})",
            line.starts_korea.replace(tzinfo=None),
            line.kind,
            line.title,
            line.city,
            line.venue,
            line.investor,
            line.notes,
        )
        for line in pack.itinerary
    ]
    _table_sheet(book, "itinerary", columns, rows)


def _usd_sum(projects: Sequence[ProjectLine], attr: str) -> Decimal:
    return sum((getattr(p, attr) for p in projects), Decimal(0))


def _investors_sheet(book: _Book, pack: DelegationPack) -> None:
    w = book.words
    columns = [
        _Column(w["company"]),
        _Column(w["name_ko"]),
        _Column(w["country"]),
        _Column(w["industry"]),
        _Column(w["size"]),
        _Column(w["website"]),
        _Column(w["owner"]),
        _Column(w["in_korea"]),
        _Column(w["priority"], INTEGER_FORMAT),
        _Column(w["meeting_status"]),
        _Column(w["talking_points"], wrap=True),
        _Column(w["notified_usd"], MONEY_FORMAT),
        _Column(w["arrived_usd"], MONEY_FORMAT),
    ]
    rows = [
        (
            inv.name,
            inv.name_ko,
            inv.country,
            inv.industry,
            inv.size,
            inv.website,
            inv.owner,
            w.yes_no(inv.in_korea),
            inv.priority,
            inv.meeting_status,
            inv.talking_points,
            _usd_sum(inv.projects, "notified_usd"),
            _usd_sum(inv.projects, "arrived_usd"),
        )
        for inv in pack.investors
    ]
    ws = _table_sheet(book, "investors", columns, rows)
    for row, inv in enumerate(pack.investors, start=2):
        _hyperlink_if_web(ws, row, 6, inv.website)


def _results_sheet(book: _Book, pack: DelegationPack) -> None:
    w = book.words
    r = pack.results
    ws = book.sheet("results")
    widths: dict[int, int] = {}
    pairs: list[tuple[str, Sequence[Any]]] = [
        (w["meetings_held"], [(r.meetings_held, INTEGER_FORMAT)]),
        (w["mous_signed"], [(r.mous_signed, INTEGER_FORMAT)]),
        (w["pledged"], [(r.pledged_usd, MONEY_FORMAT)]),
        (w["summary"], [_text_or_none(w, r.summary)]),
    ]
    _write_key_values(ws, 1, pairs, widths)
    _fit_columns(ws, widths)


# Rows a 7.5 cm chart covers at the default 15 pt (0.53 cm) row height, and a gap row.
CHART_ROWS = 16


def _kpis_sheet(book: _Book, pack: DelegationPack) -> None:
    """Two tables side by side so one frozen header row serves both; bar charts below them."""
    w = book.words
    kpis = pack.kpis
    ws = book.sheet("kpis")
    widths: dict[int, int] = {}

    _section_heading(ws, 1, f"{w['pipeline_by_stage']} ({kpis.year})")
    stage_cols = [_Column(w["stage"]), _Column(w["projects"], INTEGER_FORMAT)]
    s_header, s_last = _write_table(ws, 2, 1, stage_cols, kpis.pipeline_by_stage, widths)

    _put(ws, 1, 4, f"{w['fdi_by_region']} ({kpis.year})").font = _SECTION_FONT
    region_cols = [
        _Column(w["region"]),
        _Column(w["notified_usd"], MONEY_FORMAT),
        _Column(w["arrived_usd"], MONEY_FORMAT),
    ]
    r_header, r_last = _write_table(ws, 2, 4, region_cols, kpis.fdi_by_region, widths)
    widths[3] = 2  # the gap column between the tables
    _fit_columns(ws, widths)

    ws.freeze_panes = "A3"
    ws.print_title_rows = "2:2"
    ws.auto_filter.ref = f"A{s_header}:B{max(s_last, s_header)}"
    # A sheet has one auto-filter; the second table gets its own through an Excel table object.
    if r_last > r_header:  # Excel rejects a table without a data row; an empty one needs no filter
        fdi_table = Table(displayName="FdiByRegion", ref=f"D{r_header}:F{r_last}")
        fdi_table.tableStyleInfo = TableStyleInfo(name=None, showRowStripes=False)
        ws.add_table(fdi_table)
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE

    chart_row = max(s_last, r_last) + 3
    if s_last > s_header or r_last > r_header:
        # The tables on the first page, each chart on a page of its own: fixed breaks, because
        # where a page would end depends on the printing program's fonts (Hangul rows are taller).
        ws.row_breaks.append(Break(id=chart_row - 2))
    if s_last > s_header:
        chart = BarChart()
        chart.type = "bar"
        chart.title = w["pipeline_by_stage"]
        chart.legend = None
        chart.add_data(Reference(ws, min_col=2, min_row=s_header, max_row=s_last), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=s_header + 1, max_row=s_last))
        chart.height, chart.width = 7.5, 18
        ws.add_chart(chart, f"A{chart_row}")
    if r_last > r_header:
        chart = BarChart()
        chart.type = "bar"  # horizontal: long region names stay readable, one per line
        chart.title = w["fdi_by_region"]
        chart.add_data(Reference(ws, min_col=5, max_col=6, min_row=r_header, max_row=r_last), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=4, min_row=r_header + 1, max_row=r_last))
        chart.y_axis.numFmt = MONEY_FORMAT
        chart.height, chart.width = 9, 18
        # Below the first chart, not beside it: side by side they overlapped whenever the
        # stage names made column A–C narrower than the first chart.
        below = chart_row + (CHART_ROWS if s_last > s_header else 0)
        if s_last > s_header:
            ws.row_breaks.append(Break(id=below - 1))  # each chart whole on its page
        ws.add_chart(chart, f"A{below}")


# --- sheets shared by both packs --------------------------------------------------------------


def _per_investor(
    investors: Sequence[InvestorProfile],
    with_investor: bool,
    items: Callable[[InvestorProfile], Iterable[Any]],
    row: Callable[[Any], tuple[Any, ...]],
) -> list[tuple[Any, ...]]:
    return [((inv.name,) if with_investor else ()) + row(item) for inv in investors for item in items(inv)]


def _people_sheet(book: _Book, investors: Sequence[InvestorProfile], with_investor: bool) -> None:
    w = book.words
    columns = [
        _Column(w["name"]),
        _Column(w["name_ko"]),
        _Column(w["job_title"]),
        _Column(w["email"]),
        _Column(w["phone"]),
    ]
    if with_investor:
        columns.insert(0, _Column(w["investor"]))

    def row(p: PersonLine) -> tuple[Any, ...]:
        return (p.name, p.name_ko, p.job_title, p.email, p.phone)

    _table_sheet(book, "contacts", columns, _per_investor(investors, with_investor, lambda i: i.contacts, row))


def _interactions_sheet(book: _Book, investors: Sequence[InvestorProfile], with_investor: bool) -> None:
    w = book.words
    columns = [
        _Column(f"{w['when']} (KST)", DATETIME_FORMAT),
        _Column(w["kind"]),
        _Column(w["officer"]),
        _Column(w["contact"]),
        _Column(w["summary"], wrap=True),
        _Column(w["outcome"], wrap=True),
    ]
    if with_investor:
        columns.insert(0, _Column(w["investor"]))

    def row(i: InteractionLine) -> tuple[Any, ...]:
        return (_kst(i.when), i.kind, i.officer, i.contact, i.summary, i.outcome)

    _table_sheet(book, "interactions", columns, _per_investor(investors, with_investor, lambda i: i.interactions, row))


def _projects_sheet(book: _Book, investors: Sequence[InvestorProfile], with_investor: bool) -> None:
    w = book.words
    columns = [
        _Column(w["project"]),
        _Column(w["type"]),
        _Column(w["stage"]),
        _Column(w["since"], DATE_FORMAT),
        _Column(w["target_province"]),
        _Column(w["fez"]),
        _Column(w["industry"]),
        _Column(w["capex"], MONEY_FORMAT),
        _Column(w["currency"]),
        _Column(w["jobs"], INTEGER_FORMAT),
        _Column(w["probability"], PERCENT_FORMAT),
        _Column(w["notified_usd"], MONEY_FORMAT),
        _Column(w["arrived_usd"], MONEY_FORMAT),
        # The dates go with the amounts: the sheet read back by the import recreates them.
        _Column(w["latest_notified"], DATE_FORMAT),
        _Column(w["latest_arrived"], DATE_FORMAT),
    ]
    if with_investor:
        columns.insert(0, _Column(w["investor"]))

    def latest(p: ProjectLine, kind: str) -> date | None:
        return max((a.on_date for a in p.amounts if a.kind == w[kind]), default=None)

    def row(p: ProjectLine) -> tuple[Any, ...]:
        return (
            p.title,  # already the code name when the project is confidential
            p.project_type,
            p.stage,
            p.stage_since,
            p.target_province,
            p.fez,
            p.industry,
            p.capex,
            p.capex_currency,
            p.expected_jobs,
            p.probability,
            p.notified_usd,
            p.arrived_usd,
            latest(p, "notified"),
            latest(p, "arrived"),
        )

    _table_sheet(book, "projects", columns, _per_investor(investors, with_investor, lambda i: i.projects, row))


# --- profile pack -----------------------------------------------------------------------------


def _profile_sheet(book: _Book, profile: InvestorProfile) -> None:
    w = book.words
    ws = book.sheet("profile_title")
    widths: dict[int, int] = {}
    pairs: list[tuple[str, Sequence[Any]]] = [
        (w["company"], [profile.name]),
        (w["name_ko"], [_text_or_none(w, profile.name_ko)]),
        (w["country"], [_text_or_none(w, profile.country)]),
        (w["industry"], [_text_or_none(w, profile.industry)]),
        (w["size"], [_text_or_none(w, profile.size)]),
        (w["website"], [_text_or_none(w, profile.website)]),
        (w["owner"], [_text_or_none(w, profile.owner)]),
        (w["in_korea"], [w.yes_no(profile.in_korea)]),
    ]
    if profile.priority is not None:
        pairs.append((w["priority"], [(profile.priority, INTEGER_FORMAT)]))
    if profile.meeting_status:
        pairs.append((w["meeting_status"], [profile.meeting_status]))
    if profile.talking_points:
        pairs.append((w["talking_points"], [profile.talking_points]))
    pairs += [
        (w["tags"], [", ".join(profile.tags) if profile.tags else w["none"]]),
        (w["notes"], [_text_or_none(w, profile.notes)]),
        (w["aftercare"], ["\n".join(aftercare_sentence(a, w) for a in profile.aftercare) or w["none"]]),
        (w["notified_usd"], [(_usd_sum(profile.projects, "notified_usd"), MONEY_FORMAT)]),
        (w["arrived_usd"], [(_usd_sum(profile.projects, "arrived_usd"), MONEY_FORMAT)]),
    ]
    last = _write_key_values(ws, 1, pairs, widths)
    ws.cell(row=1, column=2).font = _TITLE_FONT
    _hyperlink_if_web(ws, 6, 2, profile.website)

    offers_heading = last + 2
    _section_heading(ws, offers_heading, w["offers"])
    columns = [
        _Column(w["province"]),
        _Column(w["region"]),
        _Column(w["strategic_industries"], wrap=True),
        _Column(w["fez"], wrap=True),
    ]
    rows = [
        (o.province, o.region, "\n".join(o.strategic_industries) or None, "\n".join(o.fezs) or None)
        for o in profile.offers
    ]
    header, end = _write_table(ws, offers_heading + 1, 1, columns, rows, widths)
    _fit_columns(ws, widths)
    ws.auto_filter.ref = f"A{header}:{get_column_letter(len(columns))}{end}"


# --- saving -----------------------------------------------------------------------------------


def _save_atomically(wb: Workbook, path: Path) -> Path:
    """Save next to `path` and rename over it, so a failure never leaves a half-written file."""
    with replaced_atomically(path) as temp:
        wb.save(temp)
    return path
