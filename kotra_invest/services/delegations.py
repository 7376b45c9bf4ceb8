"""Delegations (투자유치단): list, find by id or name, create with their destinations and itinerary."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from kotra_invest.domain.enums import DelegationStatus, ItineraryKind
from kotra_invest.domain.errors import Ambiguous, NotFound, ValidationError
from kotra_invest.domain.models import (
    Country,
    Delegation,
    DelegationDestination,
    DelegationProvince,
    Industry,
    ItineraryItem,
    MeetingTarget,
    Province,
    Region,
)
from kotra_invest.services import access
from kotra_invest.services import validation as check
from kotra_invest.services.read_models import DelegationRow
from kotra_invest.services.reference import id_for_code
from kotra_invest.services.search import like_pattern
from kotra_invest.services.unit_of_work import Context, unit_of_work


@dataclass(frozen=True)
class DestinationDraft:
    country_code: str
    city: str
    time_zone: str  # IANA, e.g. America/New_York
    city_ko: str | None = None


@dataclass(frozen=True)
class DelegationDraft:
    title: str
    year: int
    lead_province_codes: tuple[str, ...]
    title_en: str | None = None
    other_province_codes: tuple[str, ...] = ()
    target_industry_code: str | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    status: DelegationStatus = DelegationStatus.PLANNING
    objectives: str | None = None
    destinations: tuple[DestinationDraft, ...] = field(default=())


@dataclass(frozen=True)
class ItineraryDraft:
    kind: ItineraryKind
    title: str
    starts_local: datetime  # naive wall-clock time in `time_zone`
    time_zone: str
    ends_local: datetime | None = None
    city: str | None = None
    venue: str | None = None
    investor_id: uuid.UUID | None = None


def _row(d: Delegation, lang: str, targets: int) -> DelegationRow:
    ko = lang == "ko"
    leads = tuple(p.province.name_ko if ko else p.province.name_en for p in d.provinces if p.is_lead)
    regions = tuple(sorted({p.province.region.code for p in d.provinces}))
    industry = None
    if d.target_industry is not None:
        industry = d.target_industry.name_ko if ko else d.target_industry.name_en
    destinations = tuple(f"{(x.city_ko if ko and x.city_ko else x.city)} ({x.country.code})" for x in d.destinations)
    leader = d.leader.name if d.leader is not None else None
    return DelegationRow(
        d.id,
        d.title,
        d.title_en,
        d.year,
        d.status.value,
        d.starts_on,
        d.ends_on,
        leads,
        regions,
        industry,
        destinations,
        leader,
        targets,
    )


def _query() -> Select[Delegation]:
    # Provinces and destinations taken off a delegation are tombstoned; no list shows them.
    return _live_query()


def _target_counts(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    if not ids:
        return {}
    counts = session.execute(
        select(MeetingTarget.delegation_id, func.count())
        .where(MeetingTarget.delegation_id.in_(ids), MeetingTarget.deleted_at.is_(None))
        .group_by(MeetingTarget.delegation_id)
    )
    return dict(counts.all())


def list_delegations(ctx: Context, *, year: int | None = None, status: str | None = None) -> list[DelegationRow]:
    query = _query().order_by(Delegation.starts_on.is_(None), Delegation.starts_on, Delegation.title)
    if year is not None:
        query = query.where(Delegation.year == year)
    if status is not None:
        try:
            query = query.where(Delegation.status == DelegationStatus(status))
        except ValueError as exc:
            raise ValidationError("invalid_value", field="status", value=status) from exc
    with unit_of_work(ctx) as session:
        delegations = session.scalars(query).all()
        counts = _target_counts(session, [d.id for d in delegations])
        return [_row(d, ctx.lang, counts.get(d.id, 0)) for d in delegations]


def find_delegation(ctx: Context, key: str) -> DelegationRow:
    """The delegation with id `key`, or the one whose title contains `key` — if only one does."""
    key = key.strip()
    if not key:
        raise ValidationError("required", field="delegation")
    with unit_of_work(ctx) as session:
        try:
            by_id = session.scalars(_query().where(Delegation.id == uuid.UUID(key))).first()
        except ValueError:
            by_id = None
        if by_id is not None:
            return _row(by_id, ctx.lang, _target_counts(session, [by_id.id]).get(by_id.id, 0))
        pattern = like_pattern(key)
        found = session.scalars(
            _query()
            .where(or_(Delegation.title.ilike(pattern, escape="\\"), Delegation.title_en.ilike(pattern, escape="\\")))
            .limit(11)
        ).all()
        if not found:
            raise NotFound("delegation", key)
        if len(found) > 1:
            raise Ambiguous("delegation", key, [f"{d.title} · {d.starts_on or d.year} ({d.id})" for d in found[:10]])
        return _row(found[0], ctx.lang, _target_counts(session, [found[0].id]).get(found[0].id, 0))


def create_delegation(ctx: Context, draft: DelegationDraft) -> uuid.UUID:
    if not draft.lead_province_codes:
        raise ValidationError("required", field="lead_province")
    check.date_range(draft.starts_on, draft.ends_on)
    if not 2000 <= draft.year <= 2100:
        raise ValidationError("invalid_value", field="year", value=draft.year)
    with unit_of_work(ctx) as session:
        access.require_write(access.principal(session, ctx))
        delegation = Delegation(
            title=check.required_text(draft.title, "title", max_length=200),
            title_en=check.text(draft.title_en, "title_en", max_length=240),
            year=draft.year,
            target_industry_id=id_for_code(session, Industry, draft.target_industry_code, "target_industry"),
            starts_on=draft.starts_on,
            ends_on=draft.ends_on,
            status=draft.status,
            objectives=check.text(draft.objectives, "objectives"),
        )
        session.add(delegation)
        seen: set[str] = set()
        for is_lead, codes in ((True, draft.lead_province_codes), (False, draft.other_province_codes)):
            for code in codes:
                if code in seen:
                    continue
                seen.add(code)
                province_id = id_for_code(session, Province, code, "province")
                delegation.provinces.append(DelegationProvince(province_id=province_id, is_lead=is_lead))
        for seq, dest in enumerate(draft.destinations):
            delegation.destinations.append(
                DelegationDestination(
                    seq=seq,
                    country_id=id_for_code(session, Country, dest.country_code, "country"),
                    city=check.required_text(dest.city, "city", max_length=120),
                    city_ko=check.text(dest.city_ko, "city_ko", max_length=120),
                    time_zone=check.time_zone(dest.time_zone),
                )
            )
        session.commit()
        return delegation.id


def _exists_on_the_clock(moment: datetime, zone: str) -> bool:
    """False for a wall-clock time skipped when the clocks go forward (02:30 on a DST night)."""
    tz = ZoneInfo(zone)
    round_trip = moment.replace(tzinfo=tz).astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    return round_trip == moment


def add_itinerary_item(ctx: Context, delegation_id: uuid.UUID, draft: ItineraryDraft) -> uuid.UUID:
    if draft.starts_local.tzinfo is not None:
        raise ValidationError("invalid_value", field="starts_local", value="give the local wall-clock time")
    if draft.ends_local is not None and draft.ends_local < draft.starts_local:
        raise ValidationError("date_order", field="ends_local")
    zone = check.time_zone(draft.time_zone)
    for field_name, moment in (("starts_local", draft.starts_local), ("ends_local", draft.ends_local)):
        if moment is not None and not _exists_on_the_clock(moment, zone):
            raise ValidationError("nonexistent_local_time", field=field_name, value=moment.isoformat(" ", "minutes"))
    with unit_of_work(ctx) as session:
        delegation = session.get(Delegation, delegation_id)
        if delegation is None or delegation.deleted_at is not None:
            raise NotFound("delegation", delegation_id)
        access.require_edit_delegation(session, access.principal(session, ctx), delegation)
        item = ItineraryItem(
            delegation_id=delegation_id,
            kind=draft.kind,
            title=check.required_text(draft.title, "title", max_length=200),
            starts_local=draft.starts_local,
            ends_local=draft.ends_local,
            time_zone=check.time_zone(draft.time_zone),
            city=check.text(draft.city, "city", max_length=120),
            venue=check.text(draft.venue, "venue", max_length=200),
            investor_id=draft.investor_id,
        )
        session.add(item)
        session.commit()
        return item.id


# --- the desktop's filtered list -------------------------------------------------------------------


@dataclass(frozen=True)
class DelegationFilter:
    year: int | None = None
    statuses: tuple[str, ...] = ()
    region_code: str | None = None  # of any participating province
    province_code: str | None = None
    industry_code: str | None = None
    country_code: str | None = None  # of any destination
    text: str | None = None  # part of the Korean or English title
    ending_from: date | None = None  # still running or ahead on that day


def _live_query() -> Select[Delegation]:
    """Like `_query`, but a province or destination taken off the delegation (tombstoned) is left out."""
    return (
        select(Delegation)
        .where(Delegation.deleted_at.is_(None))
        .options(
            selectinload(Delegation.provinces.and_(DelegationProvince.deleted_at.is_(None)))
            .selectinload(DelegationProvince.province)
            .selectinload(Province.region),
            selectinload(Delegation.destinations.and_(DelegationDestination.deleted_at.is_(None))).selectinload(
                DelegationDestination.country
            ),
            selectinload(Delegation.target_industry),
            selectinload(Delegation.leader),
        )
    )


def filter_delegations(
    ctx: Context, filters: DelegationFilter | None = None, *, limit: int = 2000
) -> list[DelegationRow]:
    """Delegations by start date, filtered in SQL (a year holds a few dozen; the agency a few thousand)."""
    f = filters or DelegationFilter()
    query = _live_query().order_by(Delegation.starts_on.is_(None), Delegation.starts_on, Delegation.title)
    if f.year is not None:
        query = query.where(Delegation.year == f.year)
    if f.statuses:
        try:
            query = query.where(Delegation.status.in_([DelegationStatus(s) for s in f.statuses]))
        except ValueError as exc:
            raise ValidationError("invalid_value", field="status", value=", ".join(f.statuses)) from exc
    if f.region_code or f.province_code:
        provinces = select(DelegationProvince.delegation_id).join(
            Province, Province.id == DelegationProvince.province_id
        )
        provinces = provinces.where(DelegationProvince.deleted_at.is_(None))
        if f.province_code:
            provinces = provinces.where(Province.code == f.province_code.strip().upper())
        if f.region_code:
            provinces = provinces.join(Region, Region.id == Province.region_id).where(
                Region.code == f.region_code.strip().upper()
            )
        query = query.where(Delegation.id.in_(provinces))
    if f.industry_code:
        query = query.where(
            Delegation.target_industry_id.in_(
                select(Industry.id).where(Industry.code == f.industry_code.strip().upper())
            )
        )
    if f.country_code:
        destinations = (
            select(DelegationDestination.delegation_id)
            .join(Country, Country.id == DelegationDestination.country_id)
            .where(DelegationDestination.deleted_at.is_(None), Country.code == f.country_code.strip().upper())
        )
        query = query.where(Delegation.id.in_(destinations))
    for term in (f.text or "").split():
        pattern = like_pattern(term)
        query = query.where(
            or_(Delegation.title.ilike(pattern, escape="\\"), Delegation.title_en.ilike(pattern, escape="\\"))
        )
    if f.ending_from is not None:
        query = query.where(
            or_(
                Delegation.ends_on >= f.ending_from,
                and_(Delegation.ends_on.is_(None), Delegation.starts_on >= f.ending_from),
            )
        )
    with unit_of_work(ctx) as session:
        delegations = session.scalars(query.limit(limit)).all()
        counts = _target_counts(session, [d.id for d in delegations])
        return [_row(d, ctx.lang, counts.get(d.id, 0)) for d in delegations]
