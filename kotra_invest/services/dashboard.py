"""The dashboard's figures for a year: delegations against the target, pipeline, 신고 vs 도착, trips, overdue tasks.

Confidential projects: another team's stay out of the figures too (`access.visible_projects`).
A total that moves when one is added would give it away, so an officer's dashboard counts what
that officer may see; admins (and the single user of an embedded file) see the agency's totals.
`overdue_tasks` names a task's project only if the officer may see it (otherwise its code name).
"""

from __future__ import annotations

import threading
import uuid
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import Session

from kotra_invest.domain.enums import DelegationStatus, FdiKind, TaskStatus
from kotra_invest.domain.errors import DomainError
from kotra_invest.domain.models import (
    Country,
    Delegation,
    DelegationDestination,
    DelegationProvince,
    FdiAmount,
    Fez,
    Industry,
    Investor,
    Officer,
    PipelineStage,
    Project,
    Province,
    Region,
    Task,
)
from kotra_invest.services import access, fx
from kotra_invest.services.read_models import (
    Amounts,
    DashboardData,
    DelegationTally,
    OverdueTask,
    OverdueTasks,
    ReferenceNames,
    UpcomingTrip,
    YearFigures,
)
from kotra_invest.services.unit_of_work import Context, unit_of_work

# The 2026 plan: at least 36 investment-attraction delegations a year.
DELEGATION_TARGET = 36
# The key under which FDI of projects with no target province (industry, FEZ) yet is counted.
UNASSIGNED = "UNASSIGNED"

DISPATCHED = frozenset({DelegationStatus.TRAVELLING.value, DelegationStatus.DONE.value})
PLANNED = frozenset({DelegationStatus.PLANNING.value, DelegationStatus.CONFIRMED.value})

Progress = Callable[[int, int], None]
Cancel = threading.Event | Callable[[], bool]


def _value(status: object) -> str:
    return str(getattr(status, "value", status))


def _tally(counts: dict[str, int]) -> DelegationTally:
    return DelegationTally(
        dispatched=sum(n for s, n in counts.items() if s in DISPATCHED),
        planned=sum(n for s, n in counts.items() if s in PLANNED),
        cancelled=counts.get(DelegationStatus.CANCELLED.value, 0),
    )


def _names(session: Session, lang: str) -> ReferenceNames:
    def of(model: type[Region] | type[Industry] | type[Fez] | type[PipelineStage]) -> dict[str, str]:
        name = model.name_ko if lang == "ko" else model.name_en
        rows = session.execute(
            select(model.code, name).where(model.deleted_at.is_(None)).order_by(model.sort_order, model.code)
        ).all()
        return dict(rows)

    kinds = session.execute(select(PipelineStage.code, PipelineStage.kind).where(PipelineStage.deleted_at.is_(None)))
    return ReferenceNames(
        regions=of(Region),
        industries=of(Industry),
        fezs=of(Fez),
        stages=of(PipelineStage),
        stage_kinds={code: _value(kind) for code, kind in kinds},
    )


def year_figures(ctx: Context, year: int) -> YearFigures:
    with unit_of_work(ctx) as session:
        return _year_figures(session, ctx, year)


def year_figures_in(session: Session, ctx: Context, year: int) -> YearFigures:
    """The same figures inside the caller's unit of work: a mission pack's SQLCipher engine keeps one
    connection per thread, so a second unit of work opened inside the first cannot begin."""
    return _year_figures(session, ctx, year)


def _year_figures(session: Session, ctx: Context, year: int) -> YearFigures:
    lang = ctx.lang
    visible = access.visible_projects(access.principal(session, ctx))
    first, last = date(year, 1, 1), date(year, 12, 31)
    live_delegation = (Delegation.year == year, Delegation.deleted_at.is_(None))
    by_status = {
        _value(s): n
        for s, n in session.execute(
            select(Delegation.status, func.count()).where(*live_delegation).group_by(Delegation.status)
        ).all()
    }
    # A delegation led jointly from two regions counts once in each of them.
    region_status: dict[str, dict[str, int]] = defaultdict(dict)
    for code, status, n in session.execute(
        select(Region.code, Delegation.status, func.count(func.distinct(Delegation.id)))
        .join(DelegationProvince, DelegationProvince.delegation_id == Delegation.id)
        .join(Province, Province.id == DelegationProvince.province_id)
        .join(Region, Region.id == Province.region_id)
        .where(*live_delegation, DelegationProvince.is_lead.is_(True), DelegationProvince.deleted_at.is_(None))
        .group_by(Region.code, Delegation.status)
    ).all():
        region_status[code][_value(status)] = n
    industry_status: dict[str, dict[str, int]] = defaultdict(dict)
    for code, status, n in session.execute(
        select(Industry.code, Delegation.status, func.count())
        .select_from(Delegation)
        .outerjoin(Industry, Delegation.target_industry_id == Industry.id)
        .where(*live_delegation)
        .group_by(Industry.code, Delegation.status)
    ).all():
        industry_status[code or UNASSIGNED][_value(status)] = n
    by_stage = dict(
        session.execute(
            select(PipelineStage.code, func.count())
            .join(Project, Project.stage_id == PipelineStage.id)
            .where(Project.deleted_at.is_(None), visible)
            .group_by(PipelineStage.code)
        ).all()
    )
    # One pass over the year's amounts (the covering index ix_fdi_amount_period), grouped by the
    # project's province, industry and FEZ ids: a few hundred groups, folded into three views below.
    # Non-USD tranches are grouped by currency and date too, to convert at their date's rate.
    live = (
        FdiAmount.on_date.between(first, last),
        FdiAmount.deleted_at.is_(None),
        Project.deleted_at.is_(None),
        visible,
    )
    keys = (Project.target_province_id, Project.industry_id, Project.fez_id, FdiAmount.kind)
    # (target province, industry, FEZ, kind, USD): USD tranches summed by the database, the others
    # converted below at their date's rate.
    sums: list[tuple[uuid.UUID | None, uuid.UUID | None, uuid.UUID | None, FdiKind, Decimal]] = [
        (province_id, industry_id, fez_id, kind, Decimal(amount or 0))
        for province_id, industry_id, fez_id, kind, amount in session.execute(
            select(*keys, func.sum(FdiAmount.amount))
            .join(Project, Project.id == FdiAmount.project_id)
            .where(*live, FdiAmount.currency == "USD")
            .group_by(*keys)
        )
    ]
    foreign = session.execute(
        select(*keys, FdiAmount.currency, FdiAmount.on_date, func.sum(FdiAmount.amount))
        .join(Project, Project.id == FdiAmount.project_id)
        .where(*live, FdiAmount.currency != "USD")
        .group_by(*keys, FdiAmount.currency, FdiAmount.on_date)
    ).all()
    conversion = fx.Conversion()
    if foreign:
        book = fx.load_rate_book(session)
        for province_id, industry_id, fez_id, kind, currency, on, amount in foreign:
            usd = book.to_usd(Decimal(amount or 0), currency, on, conversion)
            if usd is not None:
                sums.append((province_id, industry_id, fez_id, kind, usd))
    region_of: dict[uuid.UUID | None, str] = dict(
        session.execute(select(Province.id, Region.code).join(Region, Region.id == Province.region_id)).all()
    )
    # Keyed by the sums' optional foreign keys: a project may not name its industry or FEZ yet.
    industry_code: dict[uuid.UUID | None, str] = dict(session.execute(select(Industry.id, Industry.code)).all())
    fez_code: dict[uuid.UUID | None, str] = dict(session.execute(select(Fez.id, Fez.code)).all())
    names = _names(session, lang)

    views: dict[str, dict[str, dict[FdiKind, Decimal]]] = {
        view: defaultdict(lambda: defaultdict(Decimal)) for view in ("region", "industry", "fez")
    }
    for province_id, industry_id, fez_id, kind, amount in sums:
        value = Decimal(amount or 0)
        # A project whose target province is not decided yet still counts in the total.
        views["region"][region_of.get(province_id, UNASSIGNED)][FdiKind(kind)] += value
        views["industry"][industry_code.get(industry_id, UNASSIGNED)][FdiKind(kind)] += value
        views["fez"][fez_code.get(fez_id, UNASSIGNED)][FdiKind(kind)] += value

    def amounts(view: str) -> dict[str, Amounts]:
        return {k: Amounts(v[FdiKind.NOTIFIED], v[FdiKind.ARRIVED]) for k, v in views[view].items()}

    by_region_fdi = amounts("region")

    def total(regions: list[str]) -> Amounts:
        chosen = [by_region_fdi[r] for r in regions]
        return Amounts(
            sum((a.notified_usd for a in chosen), Decimal(0)), sum((a.arrived_usd for a in chosen), Decimal(0))
        )

    return YearFigures(
        year=year,
        delegations_by_status=by_status,
        delegations_by_region={r: sum(c.values()) for r, c in region_status.items()},
        delegations_by_industry={i: sum(c.values()) for i, c in industry_status.items() if i != UNASSIGNED},
        projects_by_stage=by_stage,
        fdi_by_region=by_region_fdi,
        fdi_total=total(list(by_region_fdi)),
        fdi_non_capital=total([r for r in by_region_fdi if r not in ("CAP", UNASSIGNED)]),
        delegation_target=DELEGATION_TARGET,
        delegations=_tally(by_status),
        delegations_by_region_tally={r: _tally(c) for r, c in region_status.items()},
        delegations_by_industry_tally={i: _tally(c) for i, c in industry_status.items()},
        fdi_by_industry=amounts("industry"),
        fdi_by_fez=amounts("fez"),
        names=names,
        rates_used=tuple(sorted(conversion.rates_used)),
        unconverted=tuple(sorted(conversion.unconverted)),
    )


def upcoming_trips(ctx: Context, today: date, limit: int = 8) -> tuple[UpcomingTrip, ...]:
    """Delegations on the road on `today` or departing after it, soonest first (cancelled and done left out)."""
    with unit_of_work(ctx) as session:
        return _upcoming_trips(session, ctx.lang, today, limit)


def _upcoming_trips(session: Session, lang: str, today: date, limit: int) -> tuple[UpcomingTrip, ...]:
    ko = lang == "ko"
    rows = session.execute(
        select(
            Delegation.id,
            Delegation.title,
            Delegation.title_en,
            Delegation.starts_on,
            Delegation.ends_on,
            Delegation.status,
        )
        .where(
            Delegation.deleted_at.is_(None),
            Delegation.starts_on.is_not(None),
            func.coalesce(Delegation.ends_on, Delegation.starts_on) >= today,
            Delegation.status.not_in([DelegationStatus.CANCELLED, DelegationStatus.DONE]),
        )
        .order_by(Delegation.starts_on, Delegation.title, Delegation.id)
        .limit(max(0, limit))
    ).all()
    ids = [r.id for r in rows]
    cities: dict[uuid.UUID, list[str]] = defaultdict(list)
    if ids:
        for delegation_id, city, city_ko, country in session.execute(
            select(
                DelegationDestination.delegation_id,
                DelegationDestination.city,
                DelegationDestination.city_ko,
                Country.code,
            )
            .join(Country, Country.id == DelegationDestination.country_id)
            .where(DelegationDestination.delegation_id.in_(ids), DelegationDestination.deleted_at.is_(None))
            .order_by(DelegationDestination.delegation_id, DelegationDestination.seq)
        ).all():
            cities[delegation_id].append(f"{city_ko if ko and city_ko else city} ({country})")
    trips = []
    for r in rows:
        status = DelegationStatus(_value(r.status))
        title = r.title if ko or not r.title_en else r.title_en
        trips.append(
            UpcomingTrip(
                id=r.id,
                title=title,
                starts_on=r.starts_on,
                ends_on=r.ends_on,
                cities=tuple(cities[r.id]),
                status=status.value,
                status_label=status.label(lang),
                days_to_departure=(r.starts_on - today).days,
            )
        )
    return tuple(trips)


def overdue_tasks(ctx: Context, today: date, limit: int = 8) -> OverdueTasks:
    """Open tasks of the signed-in officer (`ctx.actor`) due before `today`, most overdue first."""
    with unit_of_work(ctx) as session:
        return _overdue_tasks(session, ctx, today, limit)


def _overdue_tasks(session: Session, ctx: Context, today: date, limit: int) -> OverdueTasks:
    ko = ctx.lang == "ko"
    who = access.principal(session, ctx)
    mine = (
        Task.assignee_id.in_(select(Officer.id).where(Officer.login == ctx.actor, Officer.deleted_at.is_(None))),
        Task.status == TaskStatus.OPEN,
        Task.due_on < today,
        Task.deleted_at.is_(None),
    )
    total = session.scalar(select(func.count()).select_from(Task).where(*mine)) or 0
    if total == 0 or limit <= 0:
        return OverdueTasks((), total)
    investor_name = func.coalesce(Investor.name_ko, Investor.name) if ko else Investor.name
    # A confidential project the officer may not see is named by its code name only.
    project_title = case(
        (access.visible_projects(who), Project.title),
        else_=func.coalesce(Project.code_name, literal("(confidential)")),
    )
    rows = session.execute(
        select(
            Task.id,
            Task.title,
            Task.due_on,
            Task.project_id,
            Task.delegation_id,
            Task.investor_id,
            project_title.label("project_title"),
            investor_name.label("investor_name"),
            Delegation.title.label("delegation_title"),
            Delegation.title_en.label("delegation_title_en"),
        )
        .outerjoin(Project, Project.id == Task.project_id)
        .outerjoin(Investor, Investor.id == func.coalesce(Task.investor_id, Project.investor_id))
        .outerjoin(Delegation, Delegation.id == Task.delegation_id)
        .where(*mine)
        .order_by(Task.due_on, Task.title, Task.id)
        .limit(limit)
    ).all()
    tasks = []
    for r in rows:
        kind: str | None
        if r.project_id is not None:
            kind, about_id = "project", r.project_id
            about = " · ".join(x for x in (r.investor_name, r.project_title) if x)
        elif r.delegation_id is not None:
            kind, about_id = "delegation", r.delegation_id
            about = r.delegation_title if ko or not r.delegation_title_en else r.delegation_title_en
        elif r.investor_id is not None:
            kind, about_id, about = "investor", r.investor_id, r.investor_name
        else:
            kind, about_id, about = None, None, None
        tasks.append(OverdueTask(r.id, r.title, r.due_on, (today - r.due_on).days, kind, about_id, about))
    return OverdueTasks(tuple(tasks), total)


def _is_cancelled(cancel: Cancel | None) -> bool:
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())


def load_dashboard(
    ctx: Context,
    year: int,
    today: date,
    *,
    limit: int = 8,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> DashboardData:
    """The whole dashboard in one read transaction: the year's figures, upcoming trips, my overdue tasks.

    Meant for a worker thread: `progress(done, total)` after each of its three parts; when `cancel`
    is set (an Event, or a callable returning True) it stops before the next part with
    DomainError("cancelled"). Nothing is written.
    """
    steps = 3

    def step(done: int) -> None:
        if progress is not None:
            progress(done, steps)
        if _is_cancelled(cancel):
            raise DomainError("cancelled")

    step(0)
    with unit_of_work(ctx) as session:
        figures = _year_figures(session, ctx, year)
        step(1)
        trips = _upcoming_trips(session, ctx.lang, today, limit)
        step(2)
        overdue = _overdue_tasks(session, ctx, today, limit)
    step(3)
    return DashboardData(figures=figures, trips=trips, overdue=overdue, today=today)
