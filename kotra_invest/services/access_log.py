"""The personal-data access log (개인정보 접속기록): who viewed, printed or downloaded whose data,
when, from which PC, and why; its retention; and the monthly review.

Every service that hands a contact's details to a person calls `record`: the contact editor and
the investor window (views), the privacy export, briefing packs, investor profiles and mission
packs (prints and downloads). A print or download needs the officer's reason (`Context.
access_reason`: `--reason` on the command line, the reason dialog on the desktop); without one
the service refuses before anything is read or written. The log is append-only and hash-chained
(store.audit_chain); on the server, the database itself says who, when and from which address.
"""

from __future__ import annotations

import json
import socket
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import CursorResult, select, text
from sqlalchemy.orm import Session

from kotra_invest.catalog import msg
from kotra_invest.domain.errors import DomainError, ValidationError
from kotra_invest.domain.models import AccessEntry, Contact, Setting
from kotra_invest.files.atomic import replaced_atomically
from kotra_invest.services.unit_of_work import Context, unit_of_work

VIEW, PRINT, DOWNLOAD, PURGE = "view", "print", "download", "purge"
NEEDS_REASON = frozenset({PRINT, DOWNLOAD})

RETENTION_KEY = "access_log_retention_days"
MIN_RETENTION_DAYS = 730  # two years: what the agency must keep at least
DEFAULT_RETENTION_DAYS = MIN_RETENTION_DAYS

# The unusual-volume rule of the monthly review (said in the report itself).
BASELINE_MONTHS = 6
VOLUME_FACTOR = 3
VOLUME_FLOOR = 50
RULE = msg(
    "services.access_log",
    "Flagged: an officer whose printed or downloaded contacts this month are at least {floor} and more than "
    "{factor}x their monthly average over the previous {months} months (months without any counted as zero).",
)


@lru_cache(maxsize=1)
def this_pc() -> tuple[str, str | None]:
    """The PC's name and address as this PC knows them (on the server, the server's view wins)."""
    host = socket.gethostname()
    try:
        address: str | None = socket.gethostbyname(host)
    except OSError:
        address = None
    return host, address


def _reason(ctx: Context, action: str) -> str | None:
    if action not in NEEDS_REASON:
        return None  # a view is part of the work; a file or a sheet of paper leaving needs a why
    reason = (ctx.access_reason or "").strip() or None
    if reason is None:
        raise ValidationError("access_reason_required", field="reason")
    if reason is not None and len(reason) > 500:
        raise ValidationError("too_long", field="reason", max=500)
    return reason


def require_reason(ctx: Context, action: str = DOWNLOAD) -> None:
    """Refuse now, before anything is read, a print or download that has no reason."""
    _reason(ctx, action)


def record(
    ctx: Context,
    action: str,
    what: str,
    contact_ids: Iterable[uuid.UUID],
    *,
    subject: Any = None,
    detail: dict[str, Any] | None = None,
    session: Session | None = None,
) -> None:
    """Log one access to the personal data of `contact_ids` (in `session`'s transaction if given)."""
    reason = _reason(ctx, action)
    ids = sorted({str(c) for c in contact_ids})
    if action == VIEW and not ids:
        return  # nothing personal was shown
    host, address = this_pc()
    entry = AccessEntry(
        at=datetime.now(UTC),
        actor=ctx.actor,
        host=host[:255],
        address=address,
        action=action,
        what=what,
        subject=str(subject)[:200] if subject is not None else None,
        contact_ids=json.dumps(ids),
        contact_count=len(ids),
        reason=reason,
        source=ctx.source[:200],
        detail=json.dumps(detail, ensure_ascii=False, sort_keys=True) if detail else None,
    )
    if session is not None:
        session.add(entry)
        return
    with unit_of_work(ctx) as own:
        own.add(entry)
        own.commit()


def contacts_of_investors(session: Session, investor_ids: Iterable[uuid.UUID]) -> list[uuid.UUID]:
    ids = list(investor_ids)
    if not ids:
        return []
    return list(session.scalars(select(Contact.id).where(Contact.investor_id.in_(ids), Contact.deleted_at.is_(None))))


# --- retention -------------------------------------------------------------------------------


def retention_days(ctx: Context) -> int:
    with unit_of_work(ctx) as session:
        value = session.scalar(select(Setting.value).where(Setting.key == RETENTION_KEY))
    return int(value) if value else DEFAULT_RETENTION_DAYS


def set_retention_days(ctx: Context, days: int) -> None:
    if days < MIN_RETENTION_DAYS:
        raise ValidationError("retention_too_short", field="days", value=days, min=MIN_RETENTION_DAYS)
    with unit_of_work(ctx) as session:
        row = session.get(Setting, RETENTION_KEY)
        if row is None:
            session.add(Setting(key=RETENTION_KEY, value=str(days)))
        else:
            row.value = str(days)
        session.commit()


def purge(ctx: Context, *, now: datetime | None = None) -> int:
    """Remove the entries older than the retention period; the purge is itself a chained entry
    naming the hash of the last entry removed (store.audit_chain). Returns how many went."""
    days = retention_days(ctx)
    before = (now or datetime.now(UTC)) - timedelta(days=days)
    with unit_of_work(ctx) as session:
        if not ctx.db.is_sqlite:
            purged = int(session.execute(text("SELECT kotra_purge_access_log(:b)"), {"b": before}).scalar() or 0)
            session.commit()
            return purged
        table = AccessEntry.__table__
        last = session.execute(
            select(table.c.seq, table.c.hash).where(table.c.at < before).order_by(table.c.seq.desc()).limit(1)
        ).first()
        if last is None:
            return 0
        deleted: CursorResult[Any] = session.execute(table.delete().where(table.c.seq <= last.seq))  # type: ignore[assignment]  # a DML statement's result is a CursorResult; Session.execute is typed for selects
        purged = deleted.rowcount or 0
        host, address = this_pc()
        session.add(
            AccessEntry(
                at=datetime.now(UTC),
                actor=ctx.actor,
                host=host,
                address=address,
                action=PURGE,
                what="access_log",
                contact_count=0,
                reason="retention",
                source=ctx.source,
                detail=json.dumps(
                    {"purged": purged, "through_seq": last.seq, "anchor": last.hash, "before": before.isoformat()}
                ),
            )
        )
        session.commit()
        return int(purged)


# --- the monthly review ----------------------------------------------------------------------


@dataclass
class OfficerMonth:
    actor: str
    views: int = 0
    prints: int = 0
    downloads: int = 0
    contacts_viewed: int = 0  # contacts summed over entries
    contacts_out: int = 0  # contacts printed or downloaded, summed over entries
    usual_out: float = 0.0  # monthly average of contacts_out over the baseline months
    flagged: bool = False
    hosts: set[str] = field(default_factory=set)

    def as_dict(self) -> dict[str, Any]:
        return {
            "officer": self.actor,
            "views": self.views,
            "prints": self.prints,
            "downloads": self.downloads,
            "contacts_viewed": self.contacts_viewed,
            "contacts_printed_or_downloaded": self.contacts_out,
            "usual_per_month": round(self.usual_out, 1),
            "flagged": self.flagged,
            "pcs": sorted(self.hosts),
        }


@dataclass
class AccessReport:
    month: str
    rule: str
    officers: list[OfficerMonth]
    entries: list[AccessEntry]

    @property
    def flagged(self) -> list[str]:
        return [o.actor for o in self.officers if o.flagged]

    def as_dict(self) -> dict[str, Any]:
        return {
            "month": self.month,
            "rule": self.rule,
            "entries": len(self.entries),
            "views": sum(o.views for o in self.officers),
            "prints": sum(o.prints for o in self.officers),
            "downloads": sum(o.downloads for o in self.officers),
            "flagged": self.flagged,
            "officers": [o.as_dict() for o in self.officers],
        }


def _month_start(month: str) -> date:
    try:
        start = datetime.strptime(month, "%Y-%m").date()
    except ValueError as exc:
        raise ValidationError("invalid_value", field="month", value=month) from exc
    return start


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _instant(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def monthly_report(ctx: Context, month: str) -> AccessReport:
    """The month's accesses per officer (UTC months), with unusual volumes flagged by RULE."""
    start = _month_start(month)
    end = _add_months(start, 1)
    baseline_start = _add_months(start, -BASELINE_MONTHS)
    with unit_of_work(ctx) as session:
        entries = list(
            session.scalars(
                select(AccessEntry)
                .where(AccessEntry.at >= _instant(start), AccessEntry.at < _instant(end))
                .order_by(AccessEntry.at, AccessEntry.seq)
            )
        )
        before = session.execute(
            select(AccessEntry.actor, AccessEntry.contact_count).where(
                AccessEntry.at >= _instant(baseline_start),
                AccessEntry.at < _instant(start),
                AccessEntry.action.in_(NEEDS_REASON),
            )
        ).all()
    usual: dict[str, float] = defaultdict(float)
    for actor, count in before:
        usual[actor] += count / BASELINE_MONTHS
    officers: dict[str, OfficerMonth] = {}
    for e in entries:
        if e.action == PURGE:
            continue
        o = officers.setdefault(e.actor, OfficerMonth(e.actor))
        if e.host:
            o.hosts.add(e.host)
        if e.action == VIEW:
            o.views += 1
            o.contacts_viewed += e.contact_count
        elif e.action == PRINT:
            o.prints += 1
            o.contacts_out += e.contact_count
        elif e.action == DOWNLOAD:
            o.downloads += 1
            o.contacts_out += e.contact_count
    for o in officers.values():
        o.usual_out = usual.get(o.actor, 0.0)
        o.flagged = o.contacts_out >= VOLUME_FLOOR and o.contacts_out > VOLUME_FACTOR * o.usual_out
    ordered = sorted(officers.values(), key=lambda o: (not o.flagged, -o.contacts_out, o.actor))
    return AccessReport(
        month, RULE.text(ctx.lang, floor=VOLUME_FLOOR, factor=VOLUME_FACTOR, months=BASELINE_MONTHS), ordered, entries
    )


_SUMMARY_HEADERS = (
    msg("services.access_log", "Officer"),
    msg("services.access_log", "Views"),
    msg("services.access_log", "Prints"),
    msg("services.access_log", "Downloads"),
    msg("services.access_log", "Contacts viewed"),
    msg("services.access_log", "Contacts printed/downloaded"),
    msg("services.access_log", "Usual per month"),
    msg("services.access_log", "Unusual"),
    msg("services.access_log", "PCs"),
)
_ENTRY_HEADERS = (
    msg("services.access_log", "When (UTC)"),
    msg("services.access_log", "Officer"),
    msg("services.access_log", "PC"),
    msg("services.access_log", "Address"),
    msg("services.access_log", "Action"),
    msg("services.access_log", "What"),
    msg("services.access_log", "Record"),
    msg("services.access_log", "Contacts"),
    msg("services.access_log", "Reason"),
    msg("services.access_log", "From"),
)


def _safe(value: Any) -> Any:
    # Text from users is never a formula in the sheet.
    return f"'{value}" if isinstance(value, str) and value.startswith(("=", "+", "-", "@")) else value


def write_report_xlsx(report: AccessReport, path: Path, lang: str) -> Path:
    # openpyxl is imported here, not at the top: it costs ~0.15 s and the desktop's start reaches this module.
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    lang = "ko" if lang == "ko" else "en"
    wb = Workbook()
    ws = wb.active
    ws.title = msg("services.access_log", "Summary").text(lang)
    ws.append([msg("services.access_log", "Personal-data access review {month}").text(lang, month=report.month)])
    ws.append([report.rule])
    ws.append([])
    ws.append([header.text(lang) for header in _SUMMARY_HEADERS])
    header_row = ws.max_row
    for o in report.officers:
        d = o.as_dict()
        ws.append(
            [
                _safe(o.actor),
                o.views,
                o.prints,
                o.downloads,
                o.contacts_viewed,
                o.contacts_out,
                d["usual_per_month"],
                (msg("services.access_log", "YES").text(lang)) if o.flagged else "",
                ", ".join(sorted(o.hosts)),
            ]
        )
        if o.flagged:
            for cell in ws[ws.max_row]:
                cell.fill = PatternFill("solid", fgColor="F8CBAD")
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:I2")
    ws["A2"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[2].height = 32
    for cell in ws[header_row]:
        cell.font = Font(bold=True)
    for letter, width in zip("ABCDEFGHI", (18, 8, 8, 10, 14, 22, 14, 10, 30), strict=True):
        ws.column_dimensions[letter].width = width
    detail = wb.create_sheet(msg("services.access_log", "Entries").text(lang))
    detail.append([header.text(lang) for header in _ENTRY_HEADERS])
    for cell in detail[1]:
        cell.font = Font(bold=True)
    for e in report.entries:
        detail.append(
            [
                _safe(v)
                for v in (
                    e.at.replace(tzinfo=None),
                    e.actor,
                    e.host,
                    e.address,
                    e.action,
                    e.what,
                    e.subject,
                    e.contact_count,
                    e.reason,
                    e.source,
                )
            ]
        )
        detail.cell(detail.max_row, 1).number_format = "yyyy-mm-dd hh:mm:ss"
    detail.freeze_panes = "A2"
    for letter, width in zip("ABCDEFGHIJ", (20, 16, 18, 16, 10, 18, 38, 10, 40, 10), strict=True):
        detail.column_dimensions[letter].width = width
    # The review is printed and signed: each sheet across one landscape page.
    for sheet in (ws, detail):
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
    try:
        with replaced_atomically(Path(path)) as temp:
            wb.save(temp)
    except OSError as exc:
        raise DomainError("write_failed", path=str(path), reason=exc.strerror or str(exc)) from exc
    return Path(path)
