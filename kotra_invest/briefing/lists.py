"""Any list as an Excel sheet: the rows as filtered and sorted, the columns as shown, streamed.

The desktop hands the headers it shows and an iterator of typed rows (it reads the list's own
service in keyset pages, so 100,000 investors never sit in memory at once); the command line
uses the same writer with the columns below, which are the desktop's defaults. Cells are typed
(dates are dates, amounts numbers), text is always text (never a formula), and the file is
replaced atomically: a failure or a cancel leaves any earlier file as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from kotra_invest.catalog import Message, msg
from kotra_invest.domain.enums import DelegationStatus, FdiKind
from kotra_invest.domain.errors import DomainError
from kotra_invest.files.atomic import replaced_atomically
from kotra_invest.files.text import clean_text
from kotra_invest.services import aftercare, delegations, incentives, investors, projects, tasks
from kotra_invest.services.read_models import (
    Cursor,
    DelegationRow,
    InvestorFilter,
    InvestorRow,
    ProjectFilter,
    ProjectRow,
    TaskRow,
)
from kotra_invest.services.unit_of_work import Context

PAGE_SIZE = 5_000
SEOUL = ZoneInfo("Asia/Seoul")
DATE_FORMAT = "yyyy-mm-dd"
# Excel stores no zone: the moment is written in Korean time and the cell says so.
MOMENT_FORMAT = 'yyyy-mm-dd hh:mm "KST"'
MONEY_FORMAT = "#,##0.##"
_HEADER_COLOUR = "DDE6F0"


def _typed_cells(ws: Any) -> Callable[[Any], Any]:
    """The converter of a value to one typed write-only cell of `ws`; text can never turn into a formula."""
    from openpyxl.cell import WriteOnlyCell

    def cell_of(value: Any) -> Any:
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            value = "✓" if value else ""
        if isinstance(value, str):
            cell = WriteOnlyCell(ws, value=clean_text(value))
            cell.data_type = "s"  # "=cmd|…", "+1", "@SUM(1)" stay exactly what the user typed
            return cell
        cell = WriteOnlyCell(ws, value=value)
        if isinstance(value, datetime):
            if value.tzinfo is not None:
                cell.value = value.astimezone(SEOUL).replace(tzinfo=None)
                cell.number_format = MOMENT_FORMAT
            else:
                cell.number_format = "yyyy-mm-dd hh:mm"
        elif isinstance(value, date):
            cell.number_format = DATE_FORMAT
        elif isinstance(value, Decimal | float):
            cell.number_format = MONEY_FORMAT
        elif not isinstance(value, int):
            cell.value = clean_text(str(value))
            cell.data_type = "s"
        return cell

    return cell_of


def write_table_xlsx(
    path: Path,
    title: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    widths: Sequence[int] | None = None,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write `rows` under `headers` to a one-sheet workbook at `path`; returns the rows written."""
    # openpyxl is imported by the writer, not at the top: the desktop's list pages import this
    # module, and openpyxl (with PIL) cost ~0.15 s the first time a page was opened.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    written = 0
    with replaced_atomically(Path(path)) as temp:
        book = Workbook(write_only=True)
        ws = book.create_sheet(title=clean_text(title)[:31] or "Sheet1")
        for index, header in enumerate(headers, start=1):
            width = widths[index - 1] if widths and index - 1 < len(widths) else max(12, min(48, len(header) * 2 + 4))
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.freeze_panes = "A2"
        header_cells = []
        header_fill = PatternFill("solid", fgColor=_HEADER_COLOUR)
        for header in headers:
            cell = WriteOnlyCell(ws, value=clean_text(header))
            cell.data_type = "s"
            cell.font = Font(bold=True)
            cell.fill = header_fill
            header_cells.append(cell)
        ws.append(header_cells)
        cell_of = _typed_cells(ws)
        for row in rows:
            if cancelled is not None and written % 500 == 0 and cancelled():
                raise DomainError("cancelled")
            ws.append([cell_of(value) for value in row])
            written += 1
            if progress is not None and written % 1000 == 0:
                progress(written)
        book.save(temp)
    if progress is not None:
        progress(written)
    return written


# --- the lists the command line exports, with the desktop's default columns ------------------


@dataclass(frozen=True)
class ListColumn:
    key: str
    title: Message
    value: Callable[[Any, str], Any]  # (row, lang) -> a typed cell value
    width: int = 16

    def header(self, lang: str) -> str:
        return self.title.text(lang)


def _latest(row: ProjectRow, kind: FdiKind) -> date | None:
    total = row.notified_usd if kind is FdiKind.NOTIFIED else row.arrived_usd
    return projects.latest_usd_date(row.fdi, kind) if total else None


def _dates(row: DelegationRow, _lang: str) -> str:
    if row.starts_on is None:
        return str(row.year)
    return f"{row.starts_on.isoformat()} – {row.ends_on.isoformat() if row.ends_on else ''}"


INVESTOR_COLUMNS: tuple[ListColumn, ...] = (
    ListColumn("name", msg("briefing.lists", "Name"), lambda r, _l: r.name, 36),
    ListColumn("name_ko", msg("briefing.lists", "Korean name"), lambda r, _l: r.name_ko, 24),
    ListColumn("country", msg("briefing.lists", "Country"), lambda r, _l: r.country, 16),
    ListColumn("industry", msg("briefing.lists", "Industry"), lambda r, _l: r.industry, 18),
    ListColumn("owner", msg("briefing.lists", "Owner"), lambda r, _l: r.owner, 14),
    ListColumn("website", msg("briefing.lists", "Website"), lambda r, _l: r.website, 28),
    ListColumn("updated", msg("briefing.lists", "Updated"), lambda r, _l: r.updated_at, 20),
)
PROJECT_COLUMNS: tuple[ListColumn, ...] = (
    ListColumn(
        "title", msg("briefing.lists", "Project"), lambda r, _l: r.title + (" [C]" if r.confidential else ""), 36
    ),
    ListColumn("investor", msg("briefing.lists", "Investor"), lambda r, _l: r.investor, 30),
    ListColumn("stage", msg("briefing.lists", "Stage"), lambda r, _l: r.stage, 14),
    ListColumn("since", msg("briefing.lists", "Since"), lambda r, _l: r.stage_since, 12),
    ListColumn("province", msg("briefing.lists", "Target province"), lambda r, _l: r.province, 14),
    ListColumn("industry", msg("briefing.lists", "Industry"), lambda r, _l: r.industry, 16),
    ListColumn("notified", msg("briefing.lists", "Notified (신고, USD)"), lambda r, _l: r.notified_usd or None, 16),
    # The date beside each total: an amount is read back only with its date (and a user asks "since when?").
    ListColumn("notified_on", msg("briefing.lists", "Latest notified"), lambda r, _l: _latest(r, FdiKind.NOTIFIED), 12),
    ListColumn("arrived", msg("briefing.lists", "Arrived (도착, USD)"), lambda r, _l: r.arrived_usd or None, 16),
    ListColumn("arrived_on", msg("briefing.lists", "Latest arrived"), lambda r, _l: _latest(r, FdiKind.ARRIVED), 12),
    ListColumn("updated", msg("briefing.lists", "Updated"), lambda r, _l: r.updated_at, 20),
)
DELEGATION_COLUMNS: tuple[ListColumn, ...] = (
    ListColumn(
        "title",
        msg("briefing.lists", "Delegation"),
        lambda r, lang: r.title if lang == "ko" or not r.title_en else r.title_en,
        40,
    ),
    ListColumn("year", msg("briefing.lists", "Year"), lambda r, _l: r.year, 8),
    ListColumn("dates", msg("briefing.lists", "Dates"), _dates, 26),
    ListColumn("status", msg("briefing.lists", "Status"), lambda r, lang: DelegationStatus(r.status).label(lang), 12),
    ListColumn("lead", msg("briefing.lists", "Lead province"), lambda r, _l: ", ".join(r.lead_provinces), 16),
    ListColumn("industry", msg("briefing.lists", "Industry"), lambda r, _l: r.industry, 16),
    ListColumn("destinations", msg("briefing.lists", "Destinations"), lambda r, _l: ", ".join(r.destinations), 30),
    ListColumn("targets", msg("briefing.lists", "Investors to meet"), lambda r, _l: r.investors_to_meet, 10),
)
TASK_COLUMNS: tuple[ListColumn, ...] = (
    ListColumn("title", msg("briefing.lists", "Task"), lambda r, _l: r.title, 40),
    ListColumn("due", msg("briefing.lists", "Due"), lambda r, _l: r.due_on, 12),
    ListColumn("status", msg("briefing.lists", "Status"), lambda r, _l: r.status_label, 10),
    # Its project first, as the desktop's list shows it (and reads it back: the project names its investor).
    ListColumn("about", msg("briefing.lists", "About"), lambda r, _l: r.project or r.investor or r.delegation, 30),
    ListColumn("assignee", msg("briefing.lists", "Assignee"), lambda r, _l: r.assignee, 14),
    ListColumn("notes", msg("briefing.lists", "Notes"), lambda r, _l: (r.notes or "").split("\n")[0], 40),
)
# Aftercare: the Aftercare page's lists (the rows carry their labels in the caller's language).
CASE_COLUMNS: tuple[ListColumn, ...] = (
    ListColumn("subject", msg("briefing.lists", "Subject"), lambda r, _l: r.subject, 40),
    ListColumn("investor", msg("briefing.lists", "Investor"), lambda r, _l: r.investor, 30),
    ListColumn("project", msg("briefing.lists", "Project"), lambda r, _l: r.project, 30),
    ListColumn("category", msg("briefing.lists", "Category"), lambda r, _l: r.category_label, 18),
    ListColumn("status", msg("briefing.lists", "Status"), lambda r, _l: r.status_label, 12),
    ListColumn("received", msg("briefing.lists", "Received"), lambda r, _l: r.received_on, 12),
    ListColumn("acknowledged", msg("briefing.lists", "Acknowledged"), lambda r, _l: r.acknowledged_on, 12),
    ListColumn("resolved", msg("briefing.lists", "Resolved"), lambda r, _l: r.resolved_on, 12),
    ListColumn("age", msg("briefing.lists", "Age (days)"), lambda r, _l: r.age_days, 10),
    ListColumn("due", msg("briefing.lists", "Due"), lambda r, _l: r.due_on, 12),
    ListColumn("overdue", msg("briefing.lists", "Overdue"), lambda r, _l: r.overdue, 10),
    ListColumn("agency", msg("briefing.lists", "Ministry or agency"), lambda r, _l: r.agency, 24),
    ListColumn("home_doctor", msg("briefing.lists", "Home Doctor"), lambda r, _l: r.home_doctor, 14),
    ListColumn("resolution", msg("briefing.lists", "Resolution"), lambda r, _l: r.resolution, 40),
    ListColumn("proposal", msg("briefing.lists", "Policy-improvement proposal"), lambda r, _l: r.policy_proposal, 40),
)
INCENTIVE_COLUMNS: tuple[ListColumn, ...] = (
    ListColumn("investor", msg("briefing.lists", "Investor"), lambda r, _l: r.investor, 30),
    ListColumn("project", msg("briefing.lists", "Project"), lambda r, _l: r.project, 34),
    ListColumn("type", msg("briefing.lists", "Incentive"), lambda r, _l: r.type_label, 24),
    ListColumn(
        "body", msg("briefing.lists", "Granting body"), lambda r, _l: r.granting_body_name or r.granting_body_label, 20
    ),
    ListColumn("status", msg("briefing.lists", "Status"), lambda r, _l: r.status_label, 10),
    ListColumn("amount", msg("briefing.lists", "Amount"), lambda r, _l: r.amount, 18),
    ListColumn(
        "currency", msg("briefing.lists", "Currency"), lambda r, _l: r.currency if r.amount is not None else None, 8
    ),
    ListColumn("applied", msg("briefing.lists", "Applied"), lambda r, _l: r.applied_on, 12),
    ListColumn("approved", msg("briefing.lists", "Approved"), lambda r, _l: r.approved_on, 12),
    ListColumn("paid", msg("briefing.lists", "Paid"), lambda r, _l: r.paid_on, 12),
    ListColumn("jobs", msg("briefing.lists", "Jobs to create"), lambda r, _l: r.jobs_required, 10),
    ListColumn("keep_years", msg("briefing.lists", "Years to keep"), lambda r, _l: r.keep_years, 10),
    ListColumn("conditions", msg("briefing.lists", "Conditions"), lambda r, _l: r.conditions, 36),
    ListColumn("clawback", msg("briefing.lists", "Clawback"), lambda r, _l: r.clawback, 36),
)
ENQUIRY_COLUMNS: tuple[ListColumn, ...] = (
    ListColumn("subject", msg("briefing.lists", "Subject"), lambda r, _l: r.subject, 40),
    ListColumn("who", msg("briefing.lists", "Who asked"), lambda r, _l: r.who_asked, 30),
    ListColumn("contact", msg("briefing.lists", "Contact"), lambda r, _l: r.contact_name, 20),
    ListColumn("source", msg("briefing.lists", "Source"), lambda r, _l: r.source_label, 14),
    ListColumn("priority", msg("briefing.lists", "Priority"), lambda r, _l: r.priority_label, 10),
    ListColumn("received", msg("briefing.lists", "Received"), lambda r, _l: r.received_on, 12),
    ListColumn("acknowledged", msg("briefing.lists", "Acknowledged"), lambda r, _l: r.acknowledged_on, 12),
    ListColumn("answered", msg("briefing.lists", "Answered"), lambda r, _l: r.answered_on, 12),
    ListColumn("due", msg("briefing.lists", "Due"), lambda r, _l: r.due_on, 12),
    ListColumn("overdue", msg("briefing.lists", "Overdue"), lambda r, _l: r.overdue, 10),
    ListColumn("owner", msg("briefing.lists", "Owner", "enquiry"), lambda r, _l: r.owner, 14),
)
COLUMNS = {
    "investors": INVESTOR_COLUMNS,
    "projects": PROJECT_COLUMNS,
    "delegations": DELEGATION_COLUMNS,
    "tasks": TASK_COLUMNS,
    "cases": CASE_COLUMNS,
    "incentives": INCENTIVE_COLUMNS,
    "enquiries": ENQUIRY_COLUMNS,
}


def investor_pages(
    ctx: Context, filters: InvestorFilter, *, sort: str = "name", descending: bool = False, page_size: int = PAGE_SIZE
) -> Iterator[InvestorRow]:
    """Every investor the filter lets through, in the list's order, a keyset page at a time."""
    after: Cursor | None = None
    while True:
        page = investors.list_investors(ctx, filters, sort=sort, descending=descending, after=after, limit=page_size)
        yield from page.rows
        if page.next is None:
            return
        after = page.next


def project_pages(
    ctx: Context, filters: ProjectFilter, *, sort: str = "title", descending: bool = False, page_size: int = PAGE_SIZE
) -> Iterator[ProjectRow]:
    after: Cursor | None = None
    while True:
        page = projects.list_projects(ctx, filters, sort=sort, descending=descending, after=after, limit=page_size)
        yield from page.rows
        if page.next is None:
            return
        after = page.next


def export_list(
    ctx: Context,
    kind: str,
    path: Path,
    *,
    investor_filter: InvestorFilter | None = None,
    project_filter: ProjectFilter | None = None,
    delegation_filter: delegations.DelegationFilter | None = None,
    sort: str | None = None,
    descending: bool = False,
    overdue_only: bool = False,
    task_scope: str = "mine",
    include_closed: bool = False,
    incentive_status: str | None = None,
) -> int:
    """The command line's `export KIND FILE`: the list with the desktop's default columns."""
    columns = COLUMNS[kind]
    rows: Iterable[Any]
    if kind == "investors":
        rows = investor_pages(ctx, investor_filter or InvestorFilter(), sort=sort or "name", descending=descending)
    elif kind == "projects":
        rows = project_pages(ctx, project_filter or ProjectFilter(), sort=sort or "title", descending=descending)
    elif kind == "delegations":
        rows = delegations.filter_delegations(ctx, delegation_filter or delegations.DelegationFilter())
    elif kind == "cases":  # open ones, as the Aftercare page opens (--closed: all)
        rows = aftercare.case_list(ctx, open_only=not include_closed, overdue_only=overdue_only)
    elif kind == "incentives":
        rows = incentives.incentive_list(ctx, status=incentive_status)
    elif kind == "enquiries":  # unanswered ones, as the Aftercare page opens (--closed: all)
        rows = aftercare.enquiry_list(ctx, open_only=not include_closed, overdue_only=overdue_only)
    else:
        rows = tasks.task_list(
            ctx, scope=task_scope, include_closed=include_closed, overdue_only=overdue_only, limit=100_000
        )
    lang = ctx.lang
    titles = {
        "investors": msg("briefing.lists", "Investors"),
        "projects": msg("briefing.lists", "Projects"),
        "delegations": msg("briefing.lists", "Delegations"),
        "tasks": msg("briefing.lists", "Tasks"),
        "cases": msg("briefing.lists", "Grievance cases"),
        "incentives": msg("briefing.lists", "Incentive applications"),
        "enquiries": msg("briefing.lists", "Enquiries"),
    }
    ko, en = titles[kind]
    return write_table_xlsx(
        path,
        ko if lang == "ko" else en,
        [c.header(lang) for c in columns],
        ([c.value(row, lang) for c in columns] for row in rows),
        widths=[c.width for c in columns],
    )


__all__ = ["COLUMNS", "ListColumn", "TaskRow", "export_list", "investor_pages", "project_pages", "write_table_xlsx"]
