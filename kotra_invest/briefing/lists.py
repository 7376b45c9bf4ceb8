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

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from kotra_invest.domain.enums import DelegationStatus, FdiKind
from kotra_invest.domain.errors import DomainError
from kotra_invest.files.atomic import replaced_atomically
from kotra_invest.files.text import clean_text
from kotra_invest.services import aftercare, delegations, incentives, investors, projects, tasks
from kotra_invest.services.page_models import ProjectFilter, ProjectRow, TaskRow
from kotra_invest.services.read_models import Cursor, DelegationRow, InvestorFilter, InvestorRow
from kotra_invest.services.unit_of_work import Context

PAGE_SIZE = 5_000
SEOUL = ZoneInfo("Asia/Seoul")
DATE_FORMAT = "yyyy-mm-dd"
# Excel stores no zone: the moment is written in Korean time and the cell says so.
MOMENT_FORMAT = 'yyyy-mm-dd hh:mm "KST"'
MONEY_FORMAT = "#,##0.##"
_HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")


def _cell(ws: Any, value: Any) -> Any:
    """One typed write-only cell; text can never turn into a formula."""
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
    written = 0
    with replaced_atomically(Path(path)) as temp:
        book = Workbook(write_only=True)
        ws = book.create_sheet(title=clean_text(title)[:31] or "Sheet1")
        for index, header in enumerate(headers, start=1):
            width = widths[index - 1] if widths and index - 1 < len(widths) else max(12, min(48, len(header) * 2 + 4))
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.freeze_panes = "A2"
        header_cells = []
        for header in headers:
            cell = WriteOnlyCell(ws, value=clean_text(header))
            cell.data_type = "s"
            cell.font = Font(bold=True)
            cell.fill = _HEADER_FILL
            header_cells.append(cell)
        ws.append(header_cells)
        for row in rows:
            if cancelled is not None and written % 500 == 0 and cancelled():
                raise DomainError("cancelled")
            ws.append([_cell(ws, value) for value in row])
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
    ko: str
    en: str
    value: Callable[[Any, str], Any]  # (row, lang) -> a typed cell value
    width: int = 16

    def header(self, lang: str) -> str:
        return self.ko if lang == "ko" else self.en


def _latest(row: ProjectRow, kind: FdiKind) -> date | None:
    total = row.notified_usd if kind is FdiKind.NOTIFIED else row.arrived_usd
    return projects.latest_usd_date(row.fdi, kind) if total else None


def _dates(row: DelegationRow, _lang: str) -> str:
    if row.starts_on is None:
        return str(row.year)
    return f"{row.starts_on.isoformat()} – {row.ends_on.isoformat() if row.ends_on else ''}"


INVESTOR_COLUMNS: tuple[ListColumn, ...] = (
    ListColumn("name", "이름", "Name", lambda r, _l: r.name, 36),
    ListColumn("name_ko", "국문명", "Korean name", lambda r, _l: r.name_ko, 24),
    ListColumn("country", "국가", "Country", lambda r, _l: r.country, 16),
    ListColumn("industry", "산업", "Industry", lambda r, _l: r.industry, 18),
    ListColumn("owner", "담당 직원", "Owner", lambda r, _l: r.owner, 14),
    ListColumn("website", "웹사이트", "Website", lambda r, _l: r.website, 28),
    ListColumn("updated", "수정일", "Updated", lambda r, _l: r.updated_at, 20),
)
PROJECT_COLUMNS: tuple[ListColumn, ...] = (
    ListColumn("title", "프로젝트", "Project", lambda r, _l: r.title + (" [C]" if r.confidential else ""), 36),
    ListColumn("investor", "투자가", "Investor", lambda r, _l: r.investor, 30),
    ListColumn("stage", "단계", "Stage", lambda r, _l: r.stage, 14),
    ListColumn("since", "시작일", "Since", lambda r, _l: r.stage_since, 12),
    ListColumn("province", "목표 시·도", "Target province", lambda r, _l: r.province, 14),
    ListColumn("industry", "산업", "Industry", lambda r, _l: r.industry, 16),
    ListColumn("notified", "신고 (USD)", "Notified (신고, USD)", lambda r, _l: r.notified_usd or None, 16),
    # The date beside each total: an amount is read back only with its date (and a user asks "since when?").
    ListColumn("notified_on", "최근 신고일", "Latest notified", lambda r, _l: _latest(r, FdiKind.NOTIFIED), 12),
    ListColumn("arrived", "도착 (USD)", "Arrived (도착, USD)", lambda r, _l: r.arrived_usd or None, 16),
    ListColumn("arrived_on", "최근 도착일", "Latest arrived", lambda r, _l: _latest(r, FdiKind.ARRIVED), 12),
    ListColumn("updated", "수정일", "Updated", lambda r, _l: r.updated_at, 20),
)
DELEGATION_COLUMNS: tuple[ListColumn, ...] = (
    ListColumn(
        "title",
        "투자유치단",
        "Delegation",
        lambda r, lang: r.title if lang == "ko" or not r.title_en else r.title_en,
        40,
    ),
    ListColumn("year", "연도", "Year", lambda r, _l: r.year, 8),
    ListColumn("dates", "일정", "Dates", _dates, 26),
    ListColumn("status", "상태", "Status", lambda r, lang: DelegationStatus(r.status).label(lang), 12),
    ListColumn("lead", "주관 시·도", "Lead province", lambda r, _l: ", ".join(r.lead_provinces), 16),
    ListColumn("industry", "산업", "Industry", lambda r, _l: r.industry, 16),
    ListColumn("destinations", "방문지", "Destinations", lambda r, _l: ", ".join(r.destinations), 30),
    ListColumn("targets", "면담 대상", "Investors to meet", lambda r, _l: r.investors_to_meet, 10),
)
TASK_COLUMNS: tuple[ListColumn, ...] = (
    ListColumn("title", "할 일", "Task", lambda r, _l: r.title, 40),
    ListColumn("due", "기한", "Due", lambda r, _l: r.due_on, 12),
    ListColumn("status", "상태", "Status", lambda r, _l: r.status_label, 10),
    # Its project first, as the desktop's list shows it (and reads it back: the project names its investor).
    ListColumn("about", "대상", "About", lambda r, _l: r.project or r.investor or r.delegation, 30),
    ListColumn("assignee", "담당", "Assignee", lambda r, _l: r.assignee, 14),
    ListColumn("notes", "메모", "Notes", lambda r, _l: (r.notes or "").split("\n")[0], 40),
)
# Aftercare: the Aftercare page's lists (the rows carry their labels in the caller's language).
CASE_COLUMNS: tuple[ListColumn, ...] = (
    ListColumn("subject", "제목", "Subject", lambda r, _l: r.subject, 40),
    ListColumn("investor", "투자가", "Investor", lambda r, _l: r.investor, 30),
    ListColumn("project", "프로젝트", "Project", lambda r, _l: r.project, 30),
    ListColumn("category", "분야", "Category", lambda r, _l: r.category_label, 18),
    ListColumn("status", "상태", "Status", lambda r, _l: r.status_label, 12),
    ListColumn("received", "접수일", "Received", lambda r, _l: r.received_on, 12),
    ListColumn("acknowledged", "착수일", "Acknowledged", lambda r, _l: r.acknowledged_on, 12),
    ListColumn("resolved", "해결일", "Resolved", lambda r, _l: r.resolved_on, 12),
    ListColumn("age", "경과일", "Age (days)", lambda r, _l: r.age_days, 10),
    ListColumn("due", "기한", "Due", lambda r, _l: r.due_on, 12),
    ListColumn("overdue", "기한 경과", "Overdue", lambda r, _l: r.overdue, 10),
    ListColumn("agency", "관계 부처·기관", "Ministry or agency", lambda r, _l: r.agency, 24),
    ListColumn("home_doctor", "홈닥터", "Home Doctor", lambda r, _l: r.home_doctor, 14),
    ListColumn("resolution", "처리 결과", "Resolution", lambda r, _l: r.resolution, 40),
    ListColumn("proposal", "제도개선 건의", "Policy-improvement proposal", lambda r, _l: r.policy_proposal, 40),
)
INCENTIVE_COLUMNS: tuple[ListColumn, ...] = (
    ListColumn("investor", "투자가", "Investor", lambda r, _l: r.investor, 30),
    ListColumn("project", "프로젝트", "Project", lambda r, _l: r.project, 34),
    ListColumn("type", "인센티브", "Incentive", lambda r, _l: r.type_label, 24),
    ListColumn("body", "지원 기관", "Granting body", lambda r, _l: r.granting_body_name or r.granting_body_label, 20),
    ListColumn("status", "상태", "Status", lambda r, _l: r.status_label, 10),
    ListColumn("amount", "금액", "Amount", lambda r, _l: r.amount, 18),
    ListColumn("currency", "통화", "Currency", lambda r, _l: r.currency if r.amount is not None else None, 8),
    ListColumn("applied", "신청일", "Applied", lambda r, _l: r.applied_on, 12),
    ListColumn("approved", "승인일", "Approved", lambda r, _l: r.approved_on, 12),
    ListColumn("paid", "지급일", "Paid", lambda r, _l: r.paid_on, 12),
    ListColumn("jobs", "고용 조건(명)", "Jobs to create", lambda r, _l: r.jobs_required, 10),
    ListColumn("keep_years", "유지 기간(년)", "Years to keep", lambda r, _l: r.keep_years, 10),
    ListColumn("conditions", "조건", "Conditions", lambda r, _l: r.conditions, 36),
    ListColumn("clawback", "환수", "Clawback", lambda r, _l: r.clawback, 36),
)
ENQUIRY_COLUMNS: tuple[ListColumn, ...] = (
    ListColumn("subject", "제목", "Subject", lambda r, _l: r.subject, 40),
    ListColumn("who", "문의자", "Who asked", lambda r, _l: r.who_asked, 30),
    ListColumn("contact", "담당자(문의)", "Contact", lambda r, _l: r.contact_name, 20),
    ListColumn("source", "경로", "Source", lambda r, _l: r.source_label, 14),
    ListColumn("priority", "우선순위", "Priority", lambda r, _l: r.priority_label, 10),
    ListColumn("received", "접수일", "Received", lambda r, _l: r.received_on, 12),
    ListColumn("acknowledged", "착수일", "Acknowledged", lambda r, _l: r.acknowledged_on, 12),
    ListColumn("answered", "답변일", "Answered", lambda r, _l: r.answered_on, 12),
    ListColumn("due", "기한", "Due", lambda r, _l: r.due_on, 12),
    ListColumn("overdue", "기한 경과", "Overdue", lambda r, _l: r.overdue, 10),
    ListColumn("owner", "담당자", "Owner", lambda r, _l: r.owner, 14),
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
        "investors": ("투자가", "Investors"),
        "projects": ("프로젝트", "Projects"),
        "delegations": ("투자유치단", "Delegations"),
        "tasks": ("할 일", "Tasks"),
        "cases": ("고충 사례", "Grievance cases"),
        "incentives": ("인센티브 신청", "Incentive applications"),
        "enquiries": ("투자 문의", "Enquiries"),
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
