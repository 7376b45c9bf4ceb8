"""Investment projects: edit, move through the pipeline (dated, audited), list as a table or a board.

Every query here filters with `access.visible_projects`: a confidential project of another team
does not exist for the caller — not in the table, the board, the counts or a direct lookup.
FDI amounts (신고 notified / 도착 arrived) are separate dated rows; sums are per currency, and the
USD columns only ever add USD.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, String, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from kotra_invest.domain.base import utcnow
from kotra_invest.domain.enums import FdiKind, NewOrAdditional, ProjectType, StageKind
from kotra_invest.domain.errors import Ambiguous, NotFound, ValidationError
from kotra_invest.domain.models import (
    AuditEntry,
    FdiAmount,
    Fez,
    Industry,
    Interaction,
    Investor,
    Officer,
    PipelineStage,
    Project,
    Province,
    Region,
    Task,
)
from kotra_invest.services import access, records
from kotra_invest.services import interactions as interaction_rows
from kotra_invest.services import tasks as task_rows
from kotra_invest.services import validation as check
from kotra_invest.services.access import Principal
from kotra_invest.services.read_models import (
    BoardColumn,
    Cursor,
    FdiAmountRow,
    FdiSum,
    FdiTotal,
    Page,
    ProjectFilter,
    ProjectPage,
    ProjectRow,
    StageChange,
)
from kotra_invest.services.records import (
    Kind,
    linked,
    officer_id,
    officer_login,
    project_shown,
    visible_project,
    writer,
)
from kotra_invest.services.reference import id_for_code
from kotra_invest.services.search import like_pattern
from kotra_invest.services.unit_of_work import Context, unit_of_work

# The table's sortable columns: key -> column. Each sort is a keyset on (column, id).
SORTS: dict[str, Any] = {"title": Project.title, "updated": Project.updated_at, "investor": Investor.name}
LOST = "LOST"


@dataclass(frozen=True)
class ProjectDraft:
    investor_id: uuid.UUID
    title: str
    project_type: ProjectType = ProjectType.GREENFIELD
    stage_code: str = "LEAD"
    stage_since: date | None = None  # None: today, when the project starts or changes stage
    target_province_code: str | None = None
    fez_code: str | None = None
    industry_code: str | None = None
    capex_amount: Decimal | str | None = None
    capex_currency: str = "USD"
    expected_jobs: int | None = None
    probability: int | None = None
    confidential: bool = False
    code_name: str | None = None
    lost_reason: str | None = None
    owner_login: str | None = None  # None on create: the creating officer
    new_or_additional: NewOrAdditional = NewOrAdditional.NEW  # 신규 / 증액, beside the type


@dataclass(frozen=True)
class FdiAmountDraft:
    kind: FdiKind
    amount: Decimal | str
    on_date: date
    currency: str = "USD"
    note: str | None = None


# --- editing -------------------------------------------------------------------------------------


def _stage(session: Session, code: str | None) -> PipelineStage:
    stage = None
    if code:
        stage = session.scalar(
            select(PipelineStage).where(PipelineStage.code == code.strip().upper(), PipelineStage.deleted_at.is_(None))
        )
    if stage is None:
        raise ValidationError("required" if not code else "invalid_value", field="stage", value=code)
    return stage


def _apply(session: Session, who: Principal, project: Project, draft: ProjectDraft, *, creating: bool) -> None:
    # Every lookup before any change: a query would otherwise autoflush half an edit.
    if draft.investor_id is None:
        raise ValidationError("required", field="investor")
    investor_id = linked(session, Investor, draft.investor_id, "investor")
    stage = _stage(session, draft.stage_code)
    province_id = id_for_code(session, Province, draft.target_province_code, "province")
    fez_id = id_for_code(session, Fez, draft.fez_code, "fez")
    industry_id = id_for_code(session, Industry, draft.industry_code, "industry")
    owner = officer_id(session, draft.owner_login) if draft.owner_login or not creating else who.officer_id
    title = check.required_text(draft.title, "title", max_length=200)
    code_name = check.text(draft.code_name, "code_name", max_length=80)
    if draft.confidential and not code_name:
        raise ValidationError("confidential_needs_code_name", field="code_name")
    lost_reason = check.text(draft.lost_reason, "lost_reason")
    if stage.code == LOST and not lost_reason:
        raise ValidationError("lost_needs_reason", field="lost_reason")
    capex = check.amount(draft.capex_amount, "capex")
    currency = check.currency(draft.capex_currency, "capex_currency")
    if draft.expected_jobs is not None and draft.expected_jobs < 0:
        raise ValidationError("invalid_value", field="expected_jobs", value=draft.expected_jobs)
    probability = check.probability(draft.probability)

    stage_changed = project.stage_id != stage.id
    stage_since = draft.stage_since
    if stage_changed and (stage_since is None or (not creating and stage_since == project.stage_since)):
        stage_since = date.today()  # a move is dated when it happens unless the user says otherwise
    project.investor_id = investor_id  # type: ignore[assignment]
    project.title = title
    project.project_type = ProjectType(draft.project_type)
    project.new_or_additional = NewOrAdditional(draft.new_or_additional)
    project.stage_id = stage.id
    project.stage_since = stage_since
    project.target_province_id = province_id
    project.fez_id = fez_id
    project.industry_id = industry_id
    project.capex_amount = capex
    project.capex_currency = currency
    project.expected_jobs = draft.expected_jobs
    project.probability = probability
    project.confidential = draft.confidential
    project.code_name = code_name
    project.lost_reason = lost_reason
    project.owner_id = owner


def _read(session: Session, project: Project) -> ProjectDraft:
    def code(model: Any, ref_id: uuid.UUID | None) -> str | None:
        return None if ref_id is None else session.scalar(select(model.code).where(model.id == ref_id))

    return ProjectDraft(
        investor_id=project.investor_id,
        title=project.title,
        project_type=project.project_type,
        new_or_additional=project.new_or_additional,
        stage_code=code(PipelineStage, project.stage_id) or "LEAD",
        stage_since=project.stage_since,
        target_province_code=code(Province, project.target_province_id),
        fez_code=code(Fez, project.fez_id),
        industry_code=code(Industry, project.industry_id),
        capex_amount=project.capex_amount,
        capex_currency=project.capex_currency,
        expected_jobs=project.expected_jobs,
        probability=project.probability,
        confidential=project.confidential,
        code_name=project.code_name,
        lost_reason=project.lost_reason,
        owner_login=officer_login(session, project.owner_id),
    )


PROJECT: Kind[Project, ProjectDraft] = Kind(
    "project",
    Project,
    _read,
    lambda s, who, p, d, creating: _apply(s, who, p, d, creating=creating),
    visible=lambda s, who, p: project_shown(s, who, p.id),
    # Its own papers: the investor's list holds them too, and would go on showing them under a project
    # that is gone. Its applications and steps leave every list with it (incentives.*_rows_in), so
    # their papers go too; its meetings and cases stay on the timeline and in Aftercare, and so do theirs.
    documents="project",
    hides=("incentive", "milestone"),
)


def create_project(ctx: Context, draft: ProjectDraft) -> uuid.UUID:
    return records.create(ctx, PROJECT, draft)


def move_project(
    ctx: Context,
    project_id: uuid.UUID,
    stage_code: str,
    *,
    on_date: date | None = None,
    lost_reason: str | None = None,
    expected_version: int | None = None,
    tranche: FdiAmountDraft | None = None,
    tranche_id: uuid.UUID | None = None,
    withdraw: uuid.UUID | None = None,
) -> int:
    """Move a project to another stage as one action: the stage, the date it entered it
    (`on_date`, default today) and — for 'lost' — the reason. The audit trail keeps the dated
    history (see `stage_changes`). Returns the new version.

    A move to 신고 or 도착 records its amount in the same action: `tranche` (with `tranche_id`
    chosen by the caller, so a redo brings back the same row); the undo of such a move takes the
    tranche back with `withdraw`."""
    with unit_of_work(ctx) as session:
        who = writer(session, ctx)
        project = visible_project(session, who, project_id, expected_version)
        stage = _stage(session, stage_code)
        if tranche is not None:
            row = session.get(FdiAmount, tranche_id) if tranche_id is not None else None
            if row is None:
                row = FdiAmount(id=tranche_id or uuid.uuid4(), project_id=project_id)
                session.add(row)
            elif row.project_id != project_id:
                raise ValidationError("invalid_value", field="tranche", value=str(tranche_id))
            with session.no_autoflush:
                _write_amount(session, who, row, tranche, False)
            row.deleted_at = None
        if withdraw is not None:
            taken = session.get(FdiAmount, withdraw)
            if taken is not None and taken.project_id == project_id and taken.deleted_at is None:
                taken.deleted_at = utcnow()
        reason = check.text(lost_reason, "lost_reason") or (project.lost_reason if stage.code == LOST else None)
        if stage.code == LOST and not reason:
            raise ValidationError("lost_needs_reason", field="lost_reason")
        if stage.id != project.stage_id or (on_date is not None and on_date != project.stage_since):
            project.stage_id = stage.id
            project.stage_since = on_date or date.today()
        project.lost_reason = reason if stage.code == LOST else project.lost_reason
        session.commit()
        return project.version


def stage_changes(session: Session, lang: str, project_id: uuid.UUID) -> list[StageChange]:
    """The project's moves between stages, oldest first, from the audit trail (in the caller's unit of work)."""
    entries = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.record_id == project_id, AuditEntry.entity == "project")
        .order_by(AuditEntry.at, AuditEntry.id)
    ).all()
    names = {str(s.id): s.name(lang) for s in session.scalars(select(PipelineStage)).all()}
    # One change set is one action: its entries (in no set order) say the stage, the date, the reason.
    changes: dict[uuid.UUID, dict[str, Any]] = {}
    for entry in entries:
        change = changes.setdefault(
            entry.change_set,
            {
                "at": entry.at,
                "actor": entry.actor,
                "to": None,
                "from": None,
                "since": None,
                "reason": None,
                "moved": False,
            },
        )
        if entry.action.value == "insert":
            snapshot = json.loads(entry.new_value or "{}")
            if "stage_id" in snapshot:
                change.update(
                    to=snapshot["stage_id"],
                    since=snapshot.get("stage_since"),
                    moved=True,
                    reason=snapshot.get("lost_reason"),
                )
        elif entry.field == "stage_id":
            change.update({"from": entry.old_value, "to": entry.new_value, "moved": True})
        elif entry.field == "stage_since":
            change.update(since=entry.new_value, moved=True)
        elif entry.field == "lost_reason":
            change["reason"] = entry.new_value
    history: list[StageChange] = []
    current: str | None = None
    for change in changes.values():
        if not change["moved"]:
            continue
        to = change["to"] or current  # a re-dated move keeps the stage
        if to is None:
            continue
        since = change["since"]
        history.append(
            StageChange(
                at=change["at"],
                on_date=date.fromisoformat(since) if since else None,
                from_stage=names.get(change["from"]) if change["from"] else None,
                to_stage=names.get(to, to),
                actor=change["actor"],
                reason=change["reason"],
            )
        )
        current = to
    return history


# --- FDI amounts ---------------------------------------------------------------------------------


def check_fdi_amount(draft: FdiAmountDraft) -> tuple[Decimal, str, str | None]:
    """The amount, currency and note a tranche is saved with, or the ValidationError it is refused
    with. Reads no database: the stage-move dialog asks it before it closes, so a move to 신고/도착
    with a bad amount or a cleared currency is refused while the officer can still correct it."""
    amount = check.amount(draft.amount, "amount")
    if amount is None:
        raise ValidationError("required", field="amount")
    if amount == 0:  # a tranche of nothing adds nothing to 신고 or 도착: a slip of the keyboard
        raise ValidationError("positive_amount", field="amount")
    if draft.on_date is None:
        raise ValidationError("required", field="on_date")
    check.plausible_date(draft.on_date, "on_date")
    return amount, check.currency(draft.currency), check.text(draft.note, "note")


def _write_amount(session: Session, who: Principal, row: FdiAmount, draft: FdiAmountDraft, creating: bool) -> None:
    amount, currency, note = check_fdi_amount(draft)
    if creating:
        visible_project(session, who, row.project_id)  # a live project the officer may see
    row.kind, row.amount, row.currency, row.on_date, row.note = draft.kind, amount, currency, draft.on_date, note


FDI_AMOUNT: Kind[FdiAmount, FdiAmountDraft] = Kind(
    "fdi_amount",
    FdiAmount,
    lambda _s, r: FdiAmountDraft(r.kind, r.amount, r.on_date, r.currency, r.note),
    _write_amount,
    visible=lambda s, who, r: project_shown(s, who, r.project_id),
)


def add_fdi_amount(ctx: Context, project_id: uuid.UUID, draft: FdiAmountDraft) -> uuid.UUID:
    """Record a dated 신고 (notified) or 도착 (arrived) amount of a project."""
    return records.create(ctx, FDI_AMOUNT, draft, project_id=project_id)


def fdi_amounts(ctx: Context, project_id: uuid.UUID) -> list[FdiAmountRow]:
    """The project's live amounts, oldest first."""
    with unit_of_work(ctx) as session:
        visible_project(session, access.principal(session, ctx), project_id)
        return amount_rows(session, ctx.lang, project_id)


def amount_rows(session: Session, lang: str, project_id: uuid.UUID) -> list[FdiAmountRow]:
    rows = session.scalars(
        select(FdiAmount)
        .where(FdiAmount.project_id == project_id, FdiAmount.deleted_at.is_(None))
        .order_by(FdiAmount.on_date, FdiAmount.id)
    ).all()
    return [
        FdiAmountRow(r.id, r.kind.value, r.kind.label(lang), r.amount, r.currency, r.on_date, r.note, r.version)
        for r in rows
    ]


# --- the table and the board -----------------------------------------------------------------


def rows_query(lang: str, who: Principal) -> Select[Any]:
    """Live, visible projects of live investors with every column the table shows, in `lang`."""
    ko = lang == "ko"

    def name(model: Any) -> Any:
        return (model.name_ko if ko else model.name_en).label(f"{model.__tablename__}_name")

    return (
        select(
            Project.id,
            Project.investor_id,
            Investor.name.label("investor"),
            Project.title,
            Project.confidential,
            Project.code_name,
            type_coerce(Project.project_type, String).label("project_type"),
            type_coerce(Project.new_or_additional, String).label("new_or_additional"),
            PipelineStage.code.label("stage_code"),
            name(PipelineStage),
            type_coerce(PipelineStage.kind, String).label("stage_kind"),
            Project.stage_since,
            name(Province),
            Region.code.label("region_code"),
            name(Fez),
            name(Industry),
            (Officer.name if ko else func.coalesce(Officer.name_en, Officer.name)).label("owner"),
            Project.capex_amount,
            Project.capex_currency,
            Project.expected_jobs,
            Project.probability,
            Project.updated_at,
            Project.version,
        )
        .join(Investor, Investor.id == Project.investor_id)
        .join(PipelineStage, PipelineStage.id == Project.stage_id)
        .outerjoin(Province, Province.id == Project.target_province_id)
        .outerjoin(Region, Region.id == Province.region_id)
        .outerjoin(Fez, Fez.id == Project.fez_id)
        .outerjoin(Industry, Industry.id == Project.industry_id)
        .outerjoin(Officer, Officer.id == Project.owner_id)
        .where(Project.deleted_at.is_(None), Investor.deleted_at.is_(None), access.visible_projects(who))
    )


def _keys(who: Principal, filters: ProjectFilter, *, by_investor: bool = False) -> Select[Any]:
    """The ids of the live, visible projects of live investors matching `filters`.

    Paging and sorting happen on this narrow query; the labels of one page are joined afterwards
    (`_page_rows`), so a page costs the same whether the pipeline holds ten or a hundred thousand
    projects matched (SQLite would otherwise join every row's labels before sorting). The investor
    is joined only to sort or search by its name: otherwise "not one of the (few) deleted
    investors" is checked against a small set instead of looking up each project's investor."""
    query = select(Project.id).where(Project.deleted_at.is_(None), access.visible_projects(who))
    if by_investor or filters.text:
        query = query.join(Investor, Investor.id == Project.investor_id).where(Investor.deleted_at.is_(None))
    else:
        # Answered from the partial index ix_investor_deleted: no scan of the investors.
        deleted = select(Investor.id).where(Investor.deleted_at.is_not(None))
        query = query.where(Project.investor_id.not_in(deleted))

    def code_in(model: Any, code: str) -> Any:
        return select(model.id).where(model.code == code.strip().upper())

    if filters.stage_codes:
        codes = [c.strip().upper() for c in filters.stage_codes]
        query = query.where(Project.stage_id.in_(select(PipelineStage.id).where(PipelineStage.code.in_(codes))))
    if not filters.include_closed:
        query = query.where(Project.stage_id.in_(select(PipelineStage.id).where(PipelineStage.kind == StageKind.OPEN)))
    if filters.region_code:
        region = select(Province.id).join(Region, Region.id == Province.region_id)
        query = query.where(
            Project.target_province_id.in_(region.where(Region.code == filters.region_code.strip().upper()))
        )
    if filters.province_code:
        query = query.where(Project.target_province_id.in_(code_in(Province, filters.province_code)))
    if filters.industry_code:
        query = query.where(Project.industry_id.in_(code_in(Industry, filters.industry_code)))
    if filters.fez_code:
        query = query.where(Project.fez_id.in_(code_in(Fez, filters.fez_code)))
    if filters.owner_login:
        query = query.where(Project.owner_id.in_(select(Officer.id).where(Officer.login == filters.owner_login)))
    if filters.investor_id:
        query = query.where(Project.investor_id == filters.investor_id)
    for term in (filters.text or "").split():
        pattern = like_pattern(term)
        query = query.where(
            or_(
                Project.title.ilike(pattern, escape="\\"),
                Project.code_name.ilike(pattern, escape="\\"),
                Investor.name.ilike(pattern, escape="\\"),
                Investor.name_ko.ilike(pattern, escape="\\"),
            )
        )
    return query


def _page_rows(session: Session, who: Principal, lang: str, ids: list[uuid.UUID]) -> list[ProjectRow]:
    """The full rows of the projects `ids`, in that order."""
    if not ids:
        return []
    fetched = session.execute(rows_query(lang, who).where(Project.id.in_(ids))).all()
    order = {project_id: i for i, project_id in enumerate(ids)}
    return to_rows(session, sorted(fetched, key=lambda r: order[r.id]), lang)


def fdi_sums(session: Session, project_ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[FdiSum, ...]]:
    """The live FDI sums of each project, per kind and currency."""
    if not project_ids:
        return {}
    found = session.execute(
        select(
            FdiAmount.project_id,
            type_coerce(FdiAmount.kind, String),
            FdiAmount.currency,
            func.sum(FdiAmount.amount),
            func.max(FdiAmount.on_date),
        )
        .where(FdiAmount.project_id.in_(project_ids), FdiAmount.deleted_at.is_(None))
        .group_by(FdiAmount.project_id, FdiAmount.kind, FdiAmount.currency)
        .order_by(FdiAmount.project_id, FdiAmount.kind, FdiAmount.currency)
    ).all()
    sums: dict[uuid.UUID, list[FdiSum]] = defaultdict(list)
    for project_id, kind, currency, total, latest in found:
        sums[project_id].append(FdiSum(kind, currency, Decimal(total or 0), latest))
    return {k: tuple(v) for k, v in sums.items()}


def usd(sums: tuple[FdiSum, ...], kind: FdiKind) -> Decimal:
    return sum((s.total for s in sums if s.kind == kind.value and s.currency == "USD"), Decimal(0))


def converted_usd(session: Session, project_ids: list[uuid.UUID]) -> dict[tuple[uuid.UUID, str], Decimal]:
    """(project, kind) -> its non-USD tranches in USD, each at its date's rate (services.fx);
    a tranche no rate covers is left out here and reported by the dashboard and the FDI report."""
    if not project_ids:
        return {}
    found = session.execute(
        select(
            FdiAmount.project_id,
            type_coerce(FdiAmount.kind, String),
            FdiAmount.currency,
            FdiAmount.on_date,
            FdiAmount.amount,
        ).where(FdiAmount.project_id.in_(project_ids), FdiAmount.deleted_at.is_(None), FdiAmount.currency != "USD")
    ).all()
    if not found:
        return {}
    from kotra_invest.services import fx

    book, used = fx.load_rate_book(session), fx.Conversion()
    out: dict[tuple[uuid.UUID, str], Decimal] = defaultdict(Decimal)
    for project_id, kind, currency, on, amount in found:
        value = book.to_usd(Decimal(amount), currency, on, used)
        if value is not None:
            out[(project_id, kind)] += value
    return out


def _type_label(project_type: str, new_or_additional: str | None, lang: str) -> str:
    types = {t.value: t.label(lang) for t in ProjectType}
    label = types.get(project_type, project_type)
    if new_or_additional == NewOrAdditional.ADDITIONAL.value:
        label += " · " + NewOrAdditional.ADDITIONAL.label(lang).split(" (")[0]
    return label


def latest_usd_date(sums: tuple[FdiSum, ...], kind: FdiKind) -> date | None:
    """The date of the latest amount of a kind, whatever its currency (the USD total beside it
    counts the others at their date's rate): what a list shows beside that total."""
    return max((s.latest for s in sums if s.kind == kind.value and s.latest), default=None)


def to_rows(session: Session, fetched: Any, lang: str) -> list[ProjectRow]:
    sums = fdi_sums(session, [r.id for r in fetched])
    converted = converted_usd(session, [r.id for r in fetched])
    rows = []
    for r in fetched:
        fdi = sums.get(r.id, ())
        rows.append(
            ProjectRow(
                r.id,
                r.investor_id,
                r.investor,
                r.title,
                r.confidential,
                r.code_name,
                r.project_type,
                _type_label(r.project_type, r.new_or_additional, lang),
                r.stage_code,
                r.pipeline_stage_name,
                r.stage_kind,
                r.stage_since,
                r.province_name,
                r.region_code,
                r.fez_name,
                r.industry_name,
                r.owner,
                r.capex_amount,
                r.capex_currency,
                r.expected_jobs,
                r.probability,
                usd(fdi, FdiKind.NOTIFIED) + converted.get((r.id, FdiKind.NOTIFIED.value), Decimal(0)),
                usd(fdi, FdiKind.ARRIVED) + converted.get((r.id, FdiKind.ARRIVED.value), Decimal(0)),
                fdi,
                r.updated_at,
                r.version,
            )
        )
    return rows


def list_projects(
    ctx: Context,
    filters: ProjectFilter | None = None,
    *,
    sort: str = "title",
    descending: bool = False,
    after: Cursor | None = None,
    limit: int = 100,
) -> Page[ProjectRow]:
    """One page of the pipeline table, filtered, sorted and keyset-paged in SQL."""
    column = SORTS.get(sort)
    if column is None:
        raise ValidationError("invalid_value", field="sort", value=sort)
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        query = _keys(who, filters or ProjectFilter(), by_investor=sort == "investor")
        if after is not None:
            # A leading range lets the index be walked from the cursor (see investors.list_investors).
            start, before, same = (
                (column <= after.sort_value, column < after.sort_value, Project.id < after.id)
                if descending
                else (column >= after.sort_value, column > after.sort_value, Project.id > after.id)
            )
            query = query.where(start, or_(before, same))
        order = (column.desc(), Project.id.desc()) if descending else (column.asc(), Project.id.asc())
        fetched = session.scalars(query.order_by(*order).limit(limit + 1)).all()
        rows = _page_rows(session, who, ctx.lang, list(fetched[:limit]))
    next_cursor = None
    if len(fetched) > limit:
        last = rows[-1]
        value = {"title": last.title, "updated": last.updated_at, "investor": last.investor}[sort]
        next_cursor = Cursor(value, last.id)
    return Page(tuple(rows), next_cursor)


def get_project_row(ctx: Context, project_id: uuid.UUID) -> ProjectRow:
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        fetched = session.execute(rows_query(ctx.lang, who).where(Project.id == project_id)).all()
        if not fetched:
            raise NotFound("project", project_id)
        return to_rows(session, fetched, ctx.lang)[0]


def find_project(ctx: Context, key: str) -> ProjectRow:
    """The project with id `key`, or the one whose title or code name contains `key` — if only one
    (visible) project does; Ambiguous lists the candidates."""
    key = key.strip()
    if not key:
        raise ValidationError("required", field="project")
    try:
        return get_project_row(ctx, uuid.UUID(key))
    except (ValueError, NotFound):
        pass
    pattern = like_pattern(key)
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        found = session.execute(
            rows_query(ctx.lang, who)
            .where(or_(Project.title.ilike(pattern, escape="\\"), Project.code_name.ilike(pattern, escape="\\")))
            .order_by(Project.title, Project.id)
            .limit(11)
        ).all()
        if not found:
            raise NotFound("project", key)
        if len(found) > 1:
            raise Ambiguous("project", key, [f"{r.title} · {r.investor} ({r.id})" for r in found[:10]])
        return to_rows(session, found, ctx.lang)[0]


def board(ctx: Context, filters: ProjectFilter | None = None, *, per_stage: int = 20) -> list[BoardColumn]:
    """The pipeline as a board: every stage in order, its project count and its first cards
    (the longest in the stage first, so stuck projects show)."""
    filters = filters or ProjectFilter()
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        stages = session.scalars(
            select(PipelineStage).where(PipelineStage.deleted_at.is_(None)).order_by(PipelineStage.sort_order)
        ).all()
        if not filters.include_closed:
            stages = [s for s in stages if s.kind is StageKind.OPEN]
        if filters.stage_codes:
            wanted = {c.strip().upper() for c in filters.stage_codes}
            stages = [s for s in stages if s.code in wanted]
        base = _keys(who, filters)
        counted = base.with_only_columns(Project.stage_id, func.count()).group_by(Project.stage_id)
        counts = dict(session.execute(counted).all())
        columns = []
        for stage in stages:
            cards: list[ProjectRow] = []
            if counts.get(stage.id) and per_stage > 0:
                # Dated cards first, then undated ones: two queries that each walk ix_project_board
                # in order and stop, where one "NULLs last" sort would sort the whole stage.
                in_stage = base.where(Project.stage_id == stage.id)
                ids = list(
                    session.scalars(
                        in_stage.where(Project.stage_since.is_not(None))
                        .order_by(Project.stage_since, Project.id)
                        .limit(per_stage)
                    )
                )
                if len(ids) < per_stage:
                    undated = in_stage.where(Project.stage_since.is_(None)).order_by(Project.id)
                    ids += session.scalars(undated.limit(per_stage - len(ids)))
                cards = _page_rows(session, who, ctx.lang, ids)
            columns.append(
                BoardColumn(stage.code, stage.name(ctx.lang), stage.kind.value, counts.get(stage.id, 0), tuple(cards))
            )
        return columns


# --- The project page in one call: the project, its 신고/도착 tranches and totals, its dated stage


def totals(tranches: list[FdiAmountRow], lang: str) -> tuple[FdiTotal, ...]:
    """신고 and 도착: USD summed; other currencies summed per currency and shown unconverted."""
    result = []
    for kind in (FdiKind.NOTIFIED, FdiKind.ARRIVED):
        mine = [t for t in tranches if t.kind == kind.value]
        usd = sum((t.amount for t in mine if t.currency == "USD"), Decimal(0))
        others: dict[str, Decimal] = {}
        for t in mine:
            if t.currency != "USD":
                others[t.currency] = others.get(t.currency, Decimal(0)) + t.amount
        result.append(
            FdiTotal(
                kind.value, kind.label(lang), usd, tuple(FdiSum(kind.value, c, v) for c, v in sorted(others.items()))
            )
        )
    return tuple(result)


def project_page(ctx: Context, project_id: uuid.UUID, *, today: date | None = None) -> ProjectPage:
    """Everything the project window shows; NotFound for a missing, deleted or hidden project."""
    lang = ctx.lang
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        project = visible_project(session, who, project_id)
        fetched = session.execute(rows_query(lang, who).where(Project.id == project_id)).all()
        if not fetched:  # the investor was deleted: the project goes with it
            raise NotFound("project", project_id)
        row = to_rows(session, fetched, lang)[0]
        tranches = amount_rows(session, lang, project_id)
        stages = stage_changes(session, lang, project_id)
        meetings = session.execute(
            interaction_rows.rows_query(lang, who)
            .where(Interaction.project_id == project_id)
            .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        ).all()
        task_query = task_rows.rows_query(lang, who).where(Task.project_id == project_id)
        tasks = task_rows.to_rows(session.execute(task_query).all(), lang, today or date.today())
        lost_reason = project.lost_reason
        if not stages or stages[-1].to_stage != row.stage:
            # Records from a file import or the demo have no recorded move: their stage is still dated.
            stages.append(
                StageChange(
                    at=project.created_at,
                    on_date=row.stage_since,
                    from_stage=stages[-1].to_stage if stages else None,
                    to_stage=row.stage,
                    actor=project.updated_by or "",
                    reason=lost_reason,
                )
            )
    return ProjectPage(
        row=row,
        lost_reason=lost_reason,
        tranches=tuple(tranches),
        totals=totals(tranches, lang),
        stages=tuple(stages),
        meetings=tuple(interaction_rows.to_row(m, lang) for m in meetings),
        tasks=tuple(sorted(tasks, key=lambda t: t.status != "open")),
    )
