"""The ministry's quarterly FDI table: 신고 and 도착 by quarter × country, industry, type,
신규/증액, region (5극 3특) and province — sums of the tranches, to the cent, in USD.

Counted the way the ministry counts: the type is greenfield or M&A, 신규/증액 is a separate axis,
and the country is the direct investor's (the official statistics) or the ultimate parent's, as
the caller chooses and the report says. A non-USD tranche converts at its date's rate
(services.fx); one no rate covers is listed under `unconverted` and left out of every figure.
Each figure keeps the projects behind it, for the dashboard's drill-down. Confidential projects
count only for those who may see them (`access.visible_projects`), like the dashboard.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import String, case, func, literal, select, type_coerce
from sqlalchemy.orm import Session

from kotra_invest.catalog import Message, msg
from kotra_invest.domain.enums import CountryBasis, FdiKind, NewOrAdditional, ProjectType
from kotra_invest.domain.errors import ValidationError
from kotra_invest.domain.models import Country, FdiAmount, Industry, Investor, Project, Province, Region
from kotra_invest.services import access, fx
from kotra_invest.services.read_models import RateUsed, Unconverted
from kotra_invest.services.unit_of_work import Context, unit_of_work

UNASSIGNED = "UNASSIGNED"
DIMENSIONS = ("country", "industry", "type", "new_or_additional", "region", "province")
DIMENSION_LABELS: dict[str, Message] = {
    "country": msg("services.fdi_report", "Country"),
    "industry": msg("services.fdi_report", "Industry"),
    "type": msg("services.fdi_report", "Type"),
    "new_or_additional": msg("services.fdi_report", "New / additional"),
    "region": msg("services.fdi_report", "Region (5+3)"),
    "province": msg("services.fdi_report", "Province"),
}
_UNASSIGNED_LABEL = msg("services.fdi_report", "Not assigned")


@dataclass(frozen=True)
class FdiCell:
    """One figure pair and the projects behind it: (project id, notified USD, arrived USD)."""

    notified_usd: Decimal = Decimal(0)
    arrived_usd: Decimal = Decimal(0)
    projects: tuple[tuple[uuid.UUID, Decimal, Decimal], ...] = ()


@dataclass(frozen=True)
class FdiRow:
    key: str  # a reference code, an enum value, or UNASSIGNED
    label: str
    quarters: dict[int, FdiCell]  # quarter (1-4) -> figures; every quarter of the report is there
    total: FdiCell


@dataclass(frozen=True)
class FdiReport:
    year: int
    quarters: tuple[int, ...]
    country_basis: str  # CountryBasis value
    country_basis_label: str
    sections: dict[str, tuple[FdiRow, ...]]  # dimension -> rows, in DIMENSIONS order
    totals: dict[int, FdiCell]  # quarter -> all projects
    total: FdiCell
    projects: dict[uuid.UUID, tuple[str, str]] = field(default_factory=dict)  # id -> (title, investor)
    rates_used: tuple[RateUsed, ...] = ()
    unconverted: tuple[Unconverted, ...] = ()


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def check_period(year: int, quarter: int | None) -> tuple[int, ...]:
    if not 1900 <= year <= 9999:
        raise ValidationError("invalid_value", field="year", value=year)
    if quarter is not None and quarter not in (1, 2, 3, 4):
        raise ValidationError("invalid_quarter", value=quarter)
    return (quarter,) if quarter else (1, 2, 3, 4)


class _Acc:
    """Sums per (quarter, kind), with each project's share."""

    def __init__(self) -> None:
        self.by_project: dict[int, dict[uuid.UUID, list[Decimal]]] = defaultdict(
            lambda: defaultdict(lambda: [Decimal(0), Decimal(0)])
        )

    def add(self, quarter: int, project_id: uuid.UUID, kind: FdiKind, usd: Decimal) -> None:
        self.by_project[quarter][project_id][0 if kind == FdiKind.NOTIFIED else 1] += usd

    def cell(self, quarters: tuple[int, ...]) -> FdiCell:
        merged: dict[uuid.UUID, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
        for q in quarters:
            for pid, (n, a) in self.by_project.get(q, {}).items():
                merged[pid][0] += n
                merged[pid][1] += a
        projects = tuple(
            sorted(((pid, n, a) for pid, (n, a) in merged.items()), key=lambda p: (-p[1], -p[2], str(p[0])))
        )
        return FdiCell(sum((p[1] for p in projects), Decimal(0)), sum((p[2] for p in projects), Decimal(0)), projects)


def fdi_report(
    ctx: Context, year: int, quarter: int | None = None, basis: CountryBasis | str = CountryBasis.DIRECT
) -> FdiReport:
    quarters = check_period(year, quarter)
    try:
        basis = CountryBasis(basis)
    except ValueError:
        raise ValidationError("invalid_value", field="country", value=basis) from None
    with unit_of_work(ctx) as session:
        return _report(session, ctx, year, quarters, basis)


def _names(session: Session, model: type, lang: str) -> list[tuple[str, str]]:
    name = model.name_ko if lang == "ko" else model.name_en  # type: ignore[attr-defined]
    return [tuple(r) for r in session.execute(select(model.code, name).order_by(model.sort_order, model.code))]  # type: ignore[attr-defined]


def _report(session: Session, ctx: Context, year: int, quarters: tuple[int, ...], basis: CountryBasis) -> FdiReport:
    lang = ctx.lang
    who = access.principal(session, ctx)
    first = date(year, 3 * quarters[0] - 2, 1)
    end = date(year + 1, 1, 1) if quarters[-1] == 4 else date(year, 3 * quarters[-1] + 1, 1)  # exclusive
    country_column = Investor.direct_country_id if basis == CountryBasis.DIRECT else Investor.country_id
    rows = session.execute(
        select(
            FdiAmount.project_id,
            type_coerce(FdiAmount.kind, String),
            FdiAmount.amount,
            FdiAmount.currency,
            FdiAmount.on_date,
            type_coerce(Project.project_type, String),
            type_coerce(Project.new_or_additional, String),
            Industry.code,
            Province.code,
            Region.code,
            Country.code,
        )
        .join(Project, Project.id == FdiAmount.project_id)
        .join(Investor, Investor.id == Project.investor_id)
        .outerjoin(Industry, Industry.id == Project.industry_id)
        .outerjoin(Province, Province.id == Project.target_province_id)
        .outerjoin(Region, Region.id == Province.region_id)
        .outerjoin(Country, Country.id == country_column)
        .where(
            FdiAmount.on_date >= first,
            FdiAmount.on_date < end,
            FdiAmount.deleted_at.is_(None),
            Project.deleted_at.is_(None),
            access.visible_projects(who),
        )
    ).all()
    book = fx.load_rate_book(session)
    conversion = fx.Conversion()
    accs: dict[str, dict[str, _Acc]] = {d: defaultdict(_Acc) for d in DIMENSIONS}
    overall = _Acc()
    seen: set[uuid.UUID] = set()
    for pid, kind, amount, currency, on, ptype, step, industry, province, region, country in rows:
        q = quarter_of(on)
        if q not in quarters:
            continue
        usd = book.to_usd(Decimal(amount), currency, on, conversion)
        if usd is None:
            continue
        fdi_kind = FdiKind(kind)
        keys = {
            "country": country,
            "industry": industry,
            "type": ptype,
            "new_or_additional": step or "new",
            "region": region,
            "province": province,
        }
        for dimension, key in keys.items():
            accs[dimension][key or UNASSIGNED].add(q, pid, fdi_kind, usd)
        overall.add(q, pid, fdi_kind, usd)
        seen.add(pid)

    ko = lang == "ko"
    orders: dict[str, list[tuple[str, str]]] = {
        "industry": _names(session, Industry, lang),
        "type": [(t.value, t.label(lang)) for t in ProjectType],
        "new_or_additional": [(t.value, t.label(lang)) for t in NewOrAdditional],
        "region": _names(session, Region, lang),
        "province": _names(session, Province, lang),
    }
    country_names = dict(_names(session, Country, lang))
    sections: dict[str, tuple[FdiRow, ...]] = {}
    for dimension in DIMENSIONS:
        present = accs[dimension]
        if dimension == "country":
            # Countries as the ministry lists them: the largest notified first.
            codes = sorted(present, key=lambda c: (c == UNASSIGNED, -present[c].cell(quarters).notified_usd, c))
            order = [(c, country_names.get(c, c)) for c in codes]
        else:
            order = [(c, n) for c, n in orders[dimension]]
            order += [(c, c) for c in present if c not in dict(order) and c != UNASSIGNED]
            if UNASSIGNED in present:
                order.append((UNASSIGNED, ""))
        section = []
        for code, label in order:
            acc = present.get(code) or _Acc()
            if code == UNASSIGNED:
                label = _UNASSIGNED_LABEL[0 if ko else 1]
            section.append(FdiRow(code, label, {q: acc.cell((q,)) for q in quarters}, acc.cell(quarters)))
        sections[dimension] = tuple(section)

    projects: dict[uuid.UUID, tuple[str, str]] = {}
    if seen:
        title = case(
            (access.visible_projects(who), Project.title),
            else_=func.coalesce(Project.code_name, literal("(confidential)")),
        )
        investor = func.coalesce(Investor.name_ko, Investor.name) if ko else Investor.name
        for pid, ptitle, pinvestor in session.execute(
            select(Project.id, title, investor)
            .join(Investor, Investor.id == Project.investor_id)
            .where(Project.id.in_(seen))
        ):
            projects[pid] = (ptitle, pinvestor)
    return FdiReport(
        year=year,
        quarters=quarters,
        country_basis=basis.value,
        country_basis_label=basis.label(lang),
        sections=sections,
        totals={q: overall.cell((q,)) for q in quarters},
        total=overall.cell(quarters),
        projects=projects,
        rates_used=tuple(sorted(conversion.rates_used)),
        unconverted=tuple(sorted(conversion.unconverted)),
    )


def money(value: Decimal) -> str:
    return str(value.quantize(fx.CENT))


def report_json(report: FdiReport, lang: str) -> dict[str, object]:
    """The report as JSON: every figure a string of USD to the cent, with its project count."""

    def cell(c: FdiCell) -> dict[str, object]:
        return {"notified_usd": money(c.notified_usd), "arrived_usd": money(c.arrived_usd), "projects": len(c.projects)}

    return {
        "year": report.year,
        "quarters": list(report.quarters),
        "country_basis": report.country_basis,
        "country_basis_label": report.country_basis_label,
        "sections": {
            dimension: {
                "label": DIMENSION_LABELS[dimension][0 if lang == "ko" else 1],
                "rows": [
                    {
                        "key": r.key,
                        "label": r.label,
                        "quarters": {f"Q{q}": cell(c) for q, c in r.quarters.items()},
                        "total": cell(r.total),
                    }
                    for r in rows
                ],
            }
            for dimension, rows in report.sections.items()
        },
        "totals": {f"Q{q}": cell(c) for q, c in report.totals.items()},
        "total": cell(report.total),
        "rates_used": [
            {"currency": r.currency, "on_date": r.on_date.isoformat(), "units_per_usd": str(r.units_per_usd)}
            for r in report.rates_used
        ],
        "unconverted": [
            {"currency": u.currency, "on_date": u.on_date.isoformat(), "amount": str(u.amount)}
            for u in report.unconverted
        ],
    }
