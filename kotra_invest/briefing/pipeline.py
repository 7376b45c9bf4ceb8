"""The officers' pipeline tracker as one Excel sheet, streamed from the database.

One row per live project. The rows are read in keyset-paged chunks (by project id) and written
with openpyxl's write-only workbook, so neither the records nor the sheet are ever held whole in
memory: a 100k-project pipeline exports in constant memory. The FDI totals are summed in SQL.
The file is replaced atomically: a cancel or an error leaves any existing file as it was.
Unlike the briefing packs (content assembled first, then rendered), this export queries as it
writes: at 100k projects, assembling first would hold everything in memory.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import suppress
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from sqlalchemy import ColumnElement, String, and_, case, func, select, true, type_coerce
from sqlalchemy.orm import Session, aliased

from kotra_invest.catalog import Message, msg
from kotra_invest.domain.enums import FdiKind, NewOrAdditional, ProjectType
from kotra_invest.domain.errors import DomainError
from kotra_invest.domain.models import (
    Country,
    FdiAmount,
    Fez,
    Industry,
    Investor,
    Officer,
    PipelineStage,
    Project,
    Province,
    Region,
)
from kotra_invest.files.atomic import replaced_atomically
from kotra_invest.files.text import clean_text
from kotra_invest.services import access
from kotra_invest.services.unit_of_work import Context, unit_of_work

__all__ = ["COLUMNS", "PAGE_SIZE", "export_pipeline_xlsx"]

PAGE_SIZE = 5_000

DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0"
# The probability is stored and written as a whole percent (40, shown "40%"), not as a fraction:
# a sheet read back, or summed by an officer, means the same number the app does (100 stays 100).
PERCENT_FORMAT = '0"%"'

# key, header, width (characters), number format of the column's cells.
COLUMNS: tuple[tuple[str, Message, int, str | None], ...] = (
    ("investor", msg("briefing.pipeline", "Investor"), 36, None),
    ("investor_ko", msg("briefing.pipeline", "Korean name"), 24, None),
    ("country", msg("briefing.pipeline", "HQ country"), 16, None),
    ("project", msg("briefing.pipeline", "Project"), 40, None),
    ("type", msg("briefing.pipeline", "Type"), 14, None),
    ("new_or_additional", msg("briefing.pipeline", "New / additional"), 12, None),
    ("direct_country", msg("briefing.pipeline", "Direct investor's country"), 16, None),
    ("stage", msg("briefing.pipeline", "Stage"), 14, None),
    ("stage_since", msg("briefing.pipeline", "Stage since"), 12, DATE_FORMAT),
    ("province", msg("briefing.pipeline", "Target province"), 16, None),
    ("region", msg("briefing.pipeline", "Region"), 16, None),
    ("fez", msg("briefing.pipeline", "FEZ"), 20, None),
    ("industry", msg("briefing.pipeline", "Industry"), 20, None),
    ("capex", msg("briefing.pipeline", "Expected capex"), 16, MONEY_FORMAT),
    ("currency", msg("briefing.pipeline", "Currency"), 8, None),
    ("jobs", msg("briefing.pipeline", "Expected jobs"), 10, None),
    ("probability", msg("briefing.pipeline", "Probability"), 10, PERCENT_FORMAT),
    ("notified_usd", msg("briefing.pipeline", "Notified (USD)"), 16, MONEY_FORMAT),
    ("arrived_usd", msg("briefing.pipeline", "Arrived (USD)"), 16, MONEY_FORMAT),
    ("latest_notified", msg("briefing.pipeline", "Latest notified"), 12, DATE_FORMAT),
    ("latest_arrived", msg("briefing.pipeline", "Latest arrived"), 12, DATE_FORMAT),
    ("owner", msg("briefing.pipeline", "Owner"), 14, None),
)

_SHEET_TITLE = msg("briefing.pipeline", "Pipeline")
_CONFIDENTIAL = msg("briefing.pipeline", "(confidential)")

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
_HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)

# The columns written as numbers; those with DATE_FORMAT are dates, all others text.
_NUMBER_COLUMNS = frozenset({"capex", "jobs", "probability", "notified_usd", "arrived_usd"})


def export_pipeline_xlsx(
    ctx: Context,
    path: Path,
    *,
    lang: str = "ko",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the pipeline tracker to `path` (replaced atomically) and return the rows written.

    `progress(done, total)` is called after each chunk; when `cancelled()` turns true the export
    stops with DomainError("cancelled") and an existing file at `path` is left untouched.
    """
    lang = "ko" if lang == "ko" else "en"
    with unit_of_work(ctx) as session:
        # Another team's confidential projects are not in the tracker at all (not even by code name).
        visible = access.visible_projects(access.principal(session, ctx))
        total = (
            session.scalar(
                select(func.count())
                .select_from(Project)
                .join(Investor, Investor.id == Project.investor_id)
                .where(Project.deleted_at.is_(None), Investor.deleted_at.is_(None), visible)
            )
            or 0
        )
        wb = Workbook(write_only=True)
        ws = wb.create_sheet(_SHEET_TITLE.text(lang))
        try:
            with replaced_atomically(Path(path)) as temp:
                written = _write_sheet(session, ws, lang, total, progress, cancelled, visible)
                wb.save(temp)
        finally:
            _discard_spool(ws)
    return written


# --- the SQL: one page of projects, then the FDI totals of that page --------------------------


def page_query(
    lang: str, after: uuid.UUID | None, limit: int = PAGE_SIZE, visible: ColumnElement[bool] | None = None
) -> Any:
    """The live projects after `after` in id order, every column already in the sheet's language.

    The first column is the project id (the keyset); the real title of a confidential project
    never leaves the database, only its code name."""
    ko = lang == "ko"

    def name(model: Any) -> Any:
        return model.name_ko if ko else model.name_en

    title = case(
        (Project.confidential.is_(True), func.coalesce(Project.code_name, _CONFIDENTIAL.text(lang))),
        else_=Project.title,
    )
    owner = Officer.name if ko else func.coalesce(Officer.name_en, Officer.name)
    direct = aliased(Country)
    query = (
        select(
            Project.id,
            Investor.name,
            Investor.name_ko,
            name(Country),
            title,
            type_coerce(Project.project_type, String),  # the raw code: labels come from a dict
            type_coerce(Project.new_or_additional, String),
            direct.name_ko if ko else direct.name_en,
            name(PipelineStage),
            Project.stage_since,
            name(Province),
            name(Region),
            name(Fez),
            name(Industry),
            Project.capex_amount,
            Project.capex_currency,
            Project.expected_jobs,
            Project.probability,
            owner,
        )
        .join(Investor, Investor.id == Project.investor_id)
        .join(PipelineStage, PipelineStage.id == Project.stage_id)
        .outerjoin(Country, Country.id == Investor.country_id)
        .outerjoin(direct, direct.id == Investor.direct_country_id)
        .outerjoin(Province, Province.id == Project.target_province_id)
        .outerjoin(Region, Region.id == Province.region_id)
        .outerjoin(Fez, Fez.id == Project.fez_id)
        .outerjoin(Industry, Industry.id == Project.industry_id)
        .outerjoin(Officer, Officer.id == Project.owner_id)
        .where(Project.deleted_at.is_(None), Investor.deleted_at.is_(None), true() if visible is None else visible)
        .order_by(Project.id)
        .limit(limit)
    )
    return query if after is None else query.where(Project.id > after)


def amounts_query(first: uuid.UUID, last: uuid.UUID) -> Any:
    """Per project with ids in [first, last]: notified USD, arrived USD, latest notified and arrived dates.

    Only live amounts count; only USD amounts are summed here (`_add_converted` adds the others).
    The latest notified date is that of any live notified amount, whatever its currency."""
    usd = FdiAmount.currency == "USD"
    notified = FdiAmount.kind == FdiKind.NOTIFIED
    return (
        select(
            FdiAmount.project_id,
            func.sum(case((and_(notified, usd), FdiAmount.amount))),
            func.sum(case((and_(FdiAmount.kind == FdiKind.ARRIVED, usd), FdiAmount.amount))),
            func.max(case((notified, FdiAmount.on_date))),
            func.max(case((FdiAmount.kind == FdiKind.ARRIVED, FdiAmount.on_date))),
        )
        .where(FdiAmount.deleted_at.is_(None), FdiAmount.project_id.between(first, last))
        .group_by(FdiAmount.project_id)
    )


def _add_converted(session: Session, totals: dict[Any, Any], first: uuid.UUID, last: uuid.UUID) -> None:
    """Add each project's non-USD tranches, at their date's rate (services.fx), to its USD sums."""
    found = session.execute(
        select(FdiAmount.project_id, FdiAmount.kind, FdiAmount.currency, FdiAmount.on_date, FdiAmount.amount).where(
            FdiAmount.deleted_at.is_(None), FdiAmount.project_id.between(first, last), FdiAmount.currency != "USD"
        )
    ).all()
    if not found:
        return
    from kotra_invest.services import fx

    book, used = fx.load_rate_book(session), fx.Conversion()
    for pid, kind, currency, on, amount in found:
        value = book.to_usd(Decimal(amount), currency, on, used)
        if value is None or pid not in totals:
            continue
        row = list(totals[pid])
        i = 0 if FdiKind(kind) == FdiKind.NOTIFIED else 1
        row[i] = (Decimal(row[i]) if row[i] is not None else Decimal(0)) + value
        totals[pid] = row


def pages(
    session: Session, lang: str, page_size: int | None = None, visible: ColumnElement[bool] | None = None
) -> Iterator[tuple[Sequence[Any], dict[Any, Any]]]:
    """The projects page by page (those `visible` keeps), each page with its FDI totals by project id."""
    page_size = page_size or PAGE_SIZE
    after: uuid.UUID | None = None
    while True:
        rows = session.execute(page_query(lang, after, page_size, visible)).all()
        if not rows:
            return
        first, after = rows[0][0], rows[-1][0]
        totals = {pid: rest for pid, *rest in session.execute(amounts_query(first, after))}
        _add_converted(session, totals, first, after)
        yield rows, totals
        if len(rows) < page_size:
            return


# --- the sheet --------------------------------------------------------------------------------


def _write_sheet(
    session: Session,
    ws: WriteOnlyWorksheet,
    lang: str,
    total: int,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
    visible: ColumnElement[bool] | None = None,
) -> int:
    # Everything before the first row is written with it: widths and the frozen header first.
    for col, (_, _, width, _) in enumerate(COLUMNS, 1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A2"
    ws.append([_header_cell(ws, title.text(lang)) for _, title, _, _ in COLUMNS])

    _write_cells_by_column(ws)
    types = {t.value: t.label(lang) for t in ProjectType}
    steps = {t.value: t.label(lang) for t in NewOrAdditional}
    text = _text  # a local name: called for a million values
    none = (None, None, None, None)
    written = 0
    for rows, totals in pages(session, lang, visible=visible):
        if cancelled is not None and cancelled():
            raise DomainError("cancelled")
        append = ws.append
        for (
            pid,
            name,
            name_ko,
            country,
            title,
            ptype,
            step,
            direct_country,
            stage,
            since,
            province,
            region,
            fez,
            industry,
            capex_amount,
            currency,
            jobs,
            prob,
            owner,
        ) in rows:
            n_usd, a_usd, last, last_arrival = totals.get(pid, none)
            append(
                (
                    text(name),
                    text(name_ko),
                    text(country),
                    text(title),
                    types.get(ptype, ptype),
                    steps.get(step, step),
                    text(direct_country),
                    text(stage),
                    since,
                    text(province),
                    text(region),
                    text(fez),
                    text(industry),
                    capex_amount,
                    text(currency),
                    jobs,
                    prob,
                    n_usd,
                    a_usd,
                    last,
                    last_arrival,
                    text(owner),
                )
            )
        written += len(rows)
        if progress is not None:
            progress(written, max(total, written))
    if cancelled is not None and cancelled():
        raise DomainError("cancelled")
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{written + 1}"
    return written


def _header_cell(ws: WriteOnlyWorksheet, label: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=label)
    cell.font = _HEADER_FONT
    cell.fill = _HEADER_FILL
    cell.alignment = _HEADER_ALIGN
    return cell


def _write_cells_by_column(ws: WriteOnlyWorksheet) -> None:
    """Write every row appended from now on through one reusable cell per column.

    openpyxl's write-only sheet infers each value's type (and checks each string again) and,
    for a value given as a styled cell, first fails to store it as a value, then builds a new
    cell for the next one: per cell, that was most of the export's cost beyond bare openpyxl.
    Here each column's cell carries its data type and number format once (the dates, money and
    percent formats; text always as text, so "=…" or "#N/A" stays what the user typed), and a
    row only sets the values. The cells are written in order as the row is serialised, so one
    cell per column is enough. The values must already be of the column's type: text cleaned
    by `text`, numbers, dates.
    """
    cells = []
    for col, (key, _, _, number_format) in enumerate(COLUMNS, 1):
        cell = WriteOnlyCell(ws)
        cell.column = col
        if number_format is not None:
            cell.number_format = number_format
        cell.data_type = "d" if number_format == DATE_FORMAT else "n" if key in _NUMBER_COLUMNS else "s"
        cells.append(cell)

    def values_to_row(values: Sequence[Any], row_idx: int) -> Iterator[Cell]:
        for cell, value in zip(cells, values, strict=True):
            if value is not None:
                cell._value = value
                cell.row = row_idx
                yield cell

    # The write-only sheet turns each appended row into cells with this method (openpyxl 3.1).
    # Were it renamed, the rows would silently lose their formats and text could turn into
    # formulas: refuse to write instead.
    if not callable(getattr(ws, "_values_to_row", None)):
        raise RuntimeError("openpyxl's write-only worksheet has no _values_to_row to replace")
    ws._values_to_row = values_to_row


def _text(value: str | None) -> str | None:
    """User text as a cell can hold it; empty text is an empty cell."""
    return clean_text(value) if value else None


def _discard_spool(ws: WriteOnlyWorksheet) -> None:
    """Remove the temporary file a write-only sheet spools its rows to, if saving did not.

    openpyxl deletes it only when the workbook is saved (or at interpreter exit), so a cancelled
    or failed export would otherwise leave it behind in the temp directory."""
    writer = getattr(ws, "_writer", None)
    if writer is None or ws.closed:
        return
    with suppress(Exception):
        ws.close()  # closes the file handle, which Windows needs before the file can go
    with suppress(Exception):
        writer.cleanup()
