"""The figures of the tile map of Korea: one value per province for a chosen figure and year.

A figure is a named provider of per-province values; the list is open (`register_provider`) so
a figure whose data lives elsewhere — open grievance cases — is listed from the start and says
"not available" until its provider is registered. Every provider counts only the projects the
signed-in officer may see (`access.visible_projects`): a confidential project of another team
must not colour a tile, as a total that moves when one is added would give it away.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kotra_invest.catalog import Message, msg
from kotra_invest.domain.aftercare_models import OPEN_CASE, GrievanceCase
from kotra_invest.domain.enums import DelegationStatus, FdiKind
from kotra_invest.domain.errors import ValidationError
from kotra_invest.domain.korea_tiles import TILE_BY_CODE
from kotra_invest.domain.models import Delegation, DelegationProvince, FdiAmount, Fez, Investor, Project, Province
from kotra_invest.services import access, fx
from kotra_invest.services.unit_of_work import Context, unit_of_work

# (session, ctx, year) -> {province code: value}; the key None holds what has no province yet.
Provider = Callable[[Session, Context, int], dict[str | None, Decimal]]


@dataclass(frozen=True)
class Figure:
    code: str
    title: Message
    unit: str  # "count" or "usd"
    counted: Message  # what is counted, printed under the map
    yearly: bool = True  # False: the figure is a count of today (the pipeline), the year does not apply

    def label(self, lang: str) -> str:
        return self.title.text(lang)

    def note(self, lang: str) -> str:
        return self.counted.text(lang)


@dataclass(frozen=True)
class ProvinceValue:
    code: str
    name: str  # the full name in the map's language (서울특별시 / Seoul)
    short: str  # the tile's label
    value: Decimal | None  # None: the figure is not available
    fezs: tuple[str, ...]  # names of the FEZs on the province, in the map's language


@dataclass(frozen=True)
class KoreaMap:
    """Everything a renderer needs, already in the map's language; no renderer queries."""

    figure: str
    figure_label: str
    note: str
    unit: str
    year: int
    yearly: bool
    lang: str
    available: bool
    provinces: tuple[ProvinceValue, ...]
    unassigned: Decimal  # counted but with no province yet (a project whose site is not decided)
    lead: frozenset[str] = frozenset()  # province codes drawn as the delegation's lead
    sites: frozenset[str] = frozenset()  # province codes drawn as proposed sites

    def value_of(self, code: str) -> Decimal | None:
        return next((p.value for p in self.provinces if p.code == code), None)


FIGURES: dict[str, Figure] = {
    "pipeline": Figure(
        "pipeline",
        msg("services.korea_map", "Pipeline projects"),
        "count",
        msg("services.korea_map", "All live projects, whatever the year, by target province"),
        yearly=False,
    ),
    "notified": Figure(
        "notified",
        msg("services.korea_map", "Notified FDI"),
        "usd",
        msg("services.korea_map", "By notification date and target province"),
    ),
    "arrived": Figure(
        "arrived",
        msg("services.korea_map", "Arrived FDI"),
        "usd",
        msg("services.korea_map", "By arrival date and target province"),
    ),
    "delegations": Figure(
        "delegations",
        msg("services.korea_map", "Delegations"),
        "count",
        msg("services.korea_map", "By lead province, cancelled ones left out"),
    ),
    "cases": Figure(
        "cases",
        msg("services.korea_map", "Open grievance cases"),
        "count",
        msg("services.korea_map", "Open cases by province"),
    ),
}

_providers: dict[str, Provider] = {}


def register_provider(figure: str, provider: Provider) -> None:
    """Give a listed figure its values (the grievance-case module registers "cases" this way)."""
    if figure not in FIGURES:
        raise ValidationError("invalid_value", field="figure", value=figure)
    _providers[figure] = provider


def _live_projects(session: Session, ctx: Context) -> tuple[object, ...]:
    who = access.principal(session, ctx)
    # Projects of a deleted (merged) investor are out of the projects list too: the tile and the
    # list a click opens must agree.
    deleted = select(Investor.id).where(Investor.deleted_at.is_not(None))
    return (Project.deleted_at.is_(None), access.visible_projects(who), Project.investor_id.not_in(deleted))


def _by_province(rows: Iterable[tuple[object, object]]) -> dict[str | None, Decimal]:
    return {code if code is None else str(code): Decimal(str(n or 0)) for code, n in rows}


def _pipeline(session: Session, ctx: Context, year: int) -> dict[str | None, Decimal]:
    return _by_province(
        session.execute(
            select(Province.code, func.count(Project.id))
            .select_from(Project)
            .outerjoin(Province, Province.id == Project.target_province_id)
            .where(*_live_projects(session, ctx))  # type: ignore[arg-type]
            .group_by(Province.code)
        ).all()
    )


def _fdi(kind: FdiKind) -> Provider:
    def provider(session: Session, ctx: Context, year: int) -> dict[str | None, Decimal]:
        # USD as the dashboard counts it: other currencies at their date's rate (services/fx);
        # a tranche with no rate for its date is left out here, and listed by the dashboard.
        rows = session.execute(
            select(Province.code, FdiAmount.currency, FdiAmount.on_date, func.sum(FdiAmount.amount))
            .select_from(FdiAmount)
            .join(Project, Project.id == FdiAmount.project_id)
            .outerjoin(Province, Province.id == Project.target_province_id)
            .where(
                FdiAmount.kind == kind,
                FdiAmount.on_date.between(date(year, 1, 1), date(year, 12, 31)),
                FdiAmount.deleted_at.is_(None),
                *_live_projects(session, ctx),  # type: ignore[arg-type]
            )
            .group_by(Province.code, FdiAmount.currency, FdiAmount.on_date)
        ).all()
        book = fx.load_rate_book(session) if any(currency != "USD" for _c, currency, _d, _a in rows) else None
        totals: dict[str | None, Decimal] = {}
        for code, currency, on, amount in rows:
            value = Decimal(amount or 0)
            usd = value if currency == "USD" else book.to_usd(value, currency, on, fx.Conversion()) if book else None
            if usd is not None:
                totals[code] = totals.get(code, Decimal(0)) + usd
        return totals

    return provider


def _delegations(session: Session, ctx: Context, year: int) -> dict[str | None, Decimal]:
    # A delegation led jointly by two provinces counts once in each, as on the dashboard.
    return _by_province(
        session.execute(
            select(Province.code, func.count(func.distinct(Delegation.id)))
            .select_from(Delegation)
            .join(DelegationProvince, DelegationProvince.delegation_id == Delegation.id)
            .join(Province, Province.id == DelegationProvince.province_id)
            .where(
                Delegation.year == year,
                Delegation.deleted_at.is_(None),
                Delegation.status != DelegationStatus.CANCELLED,
                DelegationProvince.is_lead.is_(True),
                DelegationProvince.deleted_at.is_(None),
            )
            .group_by(Province.code)
        ).all()
    )


def _open_cases(session: Session, ctx: Context, year: int) -> dict[str | None, Decimal]:
    # A case lands where its project is to land; a case about the investor at large has no tile.
    # Open whenever received: a grievance from last year still waiting is this year's work.
    who = access.principal(session, ctx)
    query = (
        select(Province.code, func.count(GrievanceCase.id))
        .select_from(GrievanceCase)
        .join(Investor, Investor.id == GrievanceCase.investor_id)
        .outerjoin(Project, Project.id == GrievanceCase.project_id)
        .outerjoin(Province, Province.id == Project.target_province_id)
        .where(
            GrievanceCase.deleted_at.is_(None),
            Investor.deleted_at.is_(None),
            GrievanceCase.status.in_(OPEN_CASE),
            GrievanceCase.project_id.is_(None) | access.visible_projects(who),
        )
        .group_by(Province.code)
    )
    return _by_province(session.execute(query).all())


register_provider("pipeline", _pipeline)
register_provider("cases", _open_cases)
register_provider("notified", _fdi(FdiKind.NOTIFIED))
register_provider("arrived", _fdi(FdiKind.ARRIVED))
register_provider("delegations", _delegations)


def korea_map(
    ctx: Context,
    figure: str,
    year: int,
    *,
    lang: str | None = None,
    lead: Iterable[str] = (),
    sites: Iterable[str] = (),
) -> KoreaMap:
    with unit_of_work(ctx) as session:
        return build_map(session, ctx, figure, year, lang=lang or ctx.lang, lead=lead, sites=sites)


def build_map(
    session: Session,
    ctx: Context,
    figure: str,
    year: int,
    *,
    lang: str,
    lead: Iterable[str] = (),
    sites: Iterable[str] = (),
) -> KoreaMap:
    """The map in an open session (the briefing assembler reads it inside its own transaction)."""
    spec = FIGURES.get(figure)
    if spec is None:
        raise ValidationError("invalid_value", field="figure", value=figure)
    if not 1900 <= year <= 2200:
        raise ValidationError("invalid_value", field="year", value=str(year))
    provider = _providers.get(figure)
    values = provider(session, ctx, year) if provider is not None else None
    ko = lang == "ko"
    provinces = session.scalars(
        select(Province).where(Province.deleted_at.is_(None)).order_by(Province.sort_order, Province.code)
    ).all()
    fezs_of: dict[uuid.UUID, list[str]] = {}
    for province in provinces:
        live = sorted((f for f in province.fezs if f.deleted_at is None), key=lambda f: (f.sort_order, f.code))
        fezs_of[province.id] = [_fez_name(f, ko) for f in live]
    tiles = []
    for province in provinces:
        tile = TILE_BY_CODE.get(province.code)
        if tile is None:  # a province added to the reference data has no place on the grid yet
            continue
        value = None if values is None else values.get(province.code, Decimal(0))
        tiles.append(
            ProvinceValue(
                code=province.code,
                name=province.name_ko if ko else province.name_en,
                short=tile.short(lang),
                value=value,
                fezs=tuple(fezs_of[province.id]),
            )
        )
    return KoreaMap(
        figure=figure,
        figure_label=spec.label(lang),
        note=spec.note(lang),
        unit=spec.unit,
        year=year,
        yearly=spec.yearly,
        lang=lang,
        available=values is not None,
        provinces=tuple(tiles),
        unassigned=(values or {}).get(None, Decimal(0)),
        lead=frozenset(lead),
        sites=frozenset(sites),
    )


def _fez_name(fez: Fez, ko: bool) -> str:
    return fez.name_ko if ko else fez.name_en
