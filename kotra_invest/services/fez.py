"""FEZ promotion: the nine Free Economic Zones with their provinces, and their joint events
(IR sessions abroad, shared exhibition booths, the Invest KOREA Summit) — many FEZs and regions each.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session, selectinload

from kotra_invest.domain.enums import PromotionKind
from kotra_invest.domain.errors import ValidationError
from kotra_invest.domain.models import Country, Fez, PromotionEvent, Province, Region, promotion_fez
from kotra_invest.services import validation as check
from kotra_invest.services.read_models import FezRow, PromotionEventRow
from kotra_invest.services.records import Kind, live
from kotra_invest.services.reference import id_for_code
from kotra_invest.services.unit_of_work import Context, unit_of_work


@dataclass(frozen=True)
class PromotionEventDraft:
    title: str
    kind: PromotionKind
    starts_on: date
    fez_codes: tuple[str, ...]  # the FEZs taking part: at least one
    region_codes: tuple[str, ...] = ()  # empty: the regions of those FEZs' provinces
    title_en: str | None = None
    country_code: str | None = None
    city: str | None = None
    ends_on: date | None = None
    venue: str | None = None
    leads_generated: int = 0
    notes: str | None = None


def list_fezs(ctx: Context) -> list[FezRow]:
    """The FEZs in designation order, with their provinces, regions and how many events they joined."""
    with unit_of_work(ctx) as session:
        fezs = session.scalars(
            select(Fez)
            .where(Fez.deleted_at.is_(None))
            .options(selectinload(Fez.provinces).selectinload(Province.region))
            .order_by(Fez.designated_year, Fez.sort_order, Fez.code)
        ).all()
        events: dict[uuid.UUID, int] = dict(
            session.execute(
                select(promotion_fez.c.fez_id, func.count())
                .join(PromotionEvent, PromotionEvent.id == promotion_fez.c.event_id)
                .where(PromotionEvent.deleted_at.is_(None))
                .group_by(promotion_fez.c.fez_id)
            ).all()
        )
        return [
            FezRow(
                f.id,
                f.code,
                f.name(ctx.lang),
                f.designated_year,
                tuple(p.name(ctx.lang) for p in sorted(f.provinces, key=lambda p: p.sort_order)),
                tuple(sorted({p.region.code for p in f.provinces})),
                events.get(f.id, 0),
            )
            for f in fezs
        ]


_Coded = TypeVar("_Coded", Fez, Region)


def _by_codes(session: Session, model: type[_Coded], codes: tuple[str, ...], field: str) -> list[_Coded]:
    wanted = list(dict.fromkeys(c.strip().upper() for c in codes if c.strip()))
    found = {
        r.code: r for r in session.scalars(select(model).where(model.code.in_(wanted), model.deleted_at.is_(None)))
    }
    for code in wanted:
        if code not in found:
            raise ValidationError("invalid_value", field=field, value=code)
    return [found[c] for c in wanted]


def _apply(session: Session, event: PromotionEvent, draft: PromotionEventDraft) -> None:
    if not draft.fez_codes:
        raise ValidationError("required", field="fez")
    if draft.starts_on is None:
        raise ValidationError("required", field="starts_on")
    check.date_range(draft.starts_on, draft.ends_on)
    if draft.leads_generated is None or draft.leads_generated < 0:
        raise ValidationError("invalid_value", field="leads_generated", value=draft.leads_generated)
    fezs = _by_codes(session, Fez, draft.fez_codes, "fez")
    if draft.region_codes:
        regions = _by_codes(session, Region, draft.region_codes, "region")
    else:
        ids = {p.region_id for f in fezs for p in f.provinces}
        regions = list(session.scalars(select(Region).where(Region.id.in_(ids)).order_by(Region.sort_order)))
    country_id = id_for_code(session, Country, draft.country_code, "country")
    event.title = check.required_text(draft.title, "title", max_length=200)
    event.title_en = check.text(draft.title_en, "title_en", max_length=240)
    event.kind = draft.kind
    event.country_id = country_id
    event.city = check.text(draft.city, "city", max_length=120)
    event.starts_on = draft.starts_on
    event.ends_on = draft.ends_on
    event.venue = check.text(draft.venue, "venue", max_length=200)
    event.leads_generated = draft.leads_generated
    event.notes = check.text(draft.notes, "notes")
    event.fezs = fezs
    event.regions = regions


def _read(_session: Session, e: PromotionEvent) -> PromotionEventDraft:
    return PromotionEventDraft(
        title=e.title,
        kind=e.kind,
        starts_on=e.starts_on,
        fez_codes=tuple(f.code for f in _fez_order(e.fezs)),
        region_codes=tuple(r.code for r in _region_order(e.regions)),
        title_en=e.title_en,
        country_code=e.country.code if e.country else None,
        city=e.city,
        ends_on=e.ends_on,
        venue=e.venue,
        leads_generated=e.leads_generated,
        notes=e.notes,
    )


PROMOTION_EVENT: Kind[PromotionEvent, PromotionEventDraft] = Kind(
    "promotion_event", PromotionEvent, _read, lambda s, _who, e, d, _creating: _apply(s, e, d)
)


def _fez_order(fezs: list[Fez]) -> list[Fez]:
    return sorted(fezs, key=lambda f: (f.designated_year, f.sort_order, f.code))


def _region_order(regions: list[Region]) -> list[Region]:
    return sorted(regions, key=lambda r: (r.sort_order, r.code))


def _row(e: PromotionEvent, lang: str) -> PromotionEventRow:
    fezs, regions = _fez_order(e.fezs), _region_order(e.regions)
    return PromotionEventRow(
        e.id,
        e.title,
        e.title_en,
        e.kind.value,
        e.kind.label(lang),
        e.starts_on,
        e.ends_on,
        e.country.name(lang) if e.country else None,
        e.city,
        e.venue,
        tuple(f.code for f in fezs),
        tuple(f.name(lang) for f in fezs),
        tuple(r.code for r in regions),
        tuple(r.name(lang) for r in regions),
        e.leads_generated,
        e.notes,
        e.version,
    )


def list_events(
    ctx: Context, *, year: int | None = None, fez_code: str | None = None, region_code: str | None = None
) -> list[PromotionEventRow]:
    """Joint promotion events, newest first, optionally of one year, FEZ or region."""
    query = (
        select(PromotionEvent)
        .where(PromotionEvent.deleted_at.is_(None))
        .options(
            selectinload(PromotionEvent.fezs),
            selectinload(PromotionEvent.regions),
            selectinload(PromotionEvent.country),
        )
        .order_by(PromotionEvent.starts_on.desc(), PromotionEvent.title)
    )
    if year is not None:
        query = query.where(extract("year", PromotionEvent.starts_on) == year)
    if fez_code:
        query = query.where(PromotionEvent.fezs.any(Fez.code == fez_code.strip().upper()))
    if region_code:
        query = query.where(PromotionEvent.regions.any(Region.code == region_code.strip().upper()))
    with unit_of_work(ctx) as session:
        return [_row(e, ctx.lang) for e in session.scalars(query).all()]


def get_event_row(ctx: Context, event_id: uuid.UUID) -> PromotionEventRow:
    with unit_of_work(ctx) as session:
        return _row(live(session, PromotionEvent, event_id, "promotion_event"), ctx.lang)
