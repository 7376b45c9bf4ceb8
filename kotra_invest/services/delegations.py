"""Delegations (투자유치단): list, find by id or name, create with their destinations and itinerary."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from kotra_invest.domain.base import utcnow
from kotra_invest.domain.enums import DelegationStatus, ItineraryKind, MeetingTargetStatus, OrganisationKind
from kotra_invest.domain.errors import Ambiguous, NotFound, ValidationError
from kotra_invest.domain.models import (
    Country,
    Delegation,
    DelegationDestination,
    DelegationMember,
    DelegationOrganisation,
    DelegationProvince,
    Fez,
    Industry,
    Interaction,
    Investor,
    ItineraryItem,
    MeetingTarget,
    Province,
    Region,
)
from kotra_invest.services import access, records
from kotra_invest.services import validation as check
from kotra_invest.services.read_models import (
    DelegationPage,
    DelegationResults,
    DelegationRow,
    DestinationRow,
    ItineraryDay,
    ItineraryRow,
    MemberRow,
    ParticipatingProvince,
    TargetRow,
)
from kotra_invest.services.records import Kind, linked, live, officer_id, officer_login, writer
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
            country_id, city, city_ko, zone = _destination(session, dest)
            delegation.destinations.append(
                DelegationDestination(seq=seq, country_id=country_id, city=city, city_ko=city_ko, time_zone=zone)
            )
        session.commit()
        return delegation.id


def _destination(session: Session, draft: DestinationDraft) -> tuple[uuid.UUID, str, str | None, str]:
    """A destination's checks (a country in the list, a city, a time zone on the clocks), and its
    country id, city, Korean city and zone as they are saved."""
    country_id = id_for_code(session, Country, draft.country_code, "country")
    if country_id is None:
        raise ValidationError("required", field="country")
    return (
        country_id,
        check.required_text(draft.city, "city", max_length=120),
        check.text(draft.city_ko, "city_ko", max_length=120),
        check.time_zone(draft.time_zone),
    )


def _code(session: Session, model: type[Country | Industry | Province], row_id: uuid.UUID | None) -> str | None:
    """The code of a reference row by its id, as the editor would hand it back (None for none)."""
    if row_id is None:
        return None
    return session.scalar(select(model.code).where(model.id == row_id)) or str(row_id)


def _exists_on_the_clock(moment: datetime, zone: str) -> bool:
    """False for a wall-clock time skipped when the clocks go forward (02:30 on a DST night)."""
    tz = ZoneInfo(zone)
    round_trip = moment.replace(tzinfo=tz).astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    return round_trip == moment


def add_itinerary_item(ctx: Context, delegation_id: uuid.UUID, draft: ItineraryDraft) -> uuid.UUID:
    zone = _check_itinerary(draft)
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
            time_zone=zone,
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


# --- The delegation page: its read model in one call, and the editing actions behind it.


KOREA = ZoneInfo("Asia/Seoul")


@dataclass(frozen=True)
class MemberDraft:
    name: str
    name_en: str | None = None
    organisation: str | None = None
    position: str | None = None
    is_leader: bool = False
    officer_login: str | None = None  # when the member is one of our officers


@dataclass(frozen=True)
class TargetDraft:
    status: MeetingTargetStatus = MeetingTargetStatus.PROPOSED
    priority: int = 2  # 1 high … 3 low
    talking_points: str | None = None


@dataclass(frozen=True)
class ResultsDraft:
    meetings_held: int | None = None
    mous: int | None = None
    pledged_usd: Decimal | str | None = None
    summary: str | None = None


# --- the page ------------------------------------------------------------------------------------


def _offset(moment: datetime) -> str:
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _itinerary(items: list[ItineraryItem], investors: dict[uuid.UUID, str], lang: str) -> tuple[ItineraryDay, ...]:
    rows: list[tuple[datetime, ItineraryRow]] = []
    for item in items:
        zone = ZoneInfo(item.time_zone)
        starts = item.starts_local.replace(tzinfo=zone)
        ends = item.ends_local.replace(tzinfo=zone) if item.ends_local else None
        rows.append(
            (
                starts.astimezone(UTC),
                ItineraryRow(
                    id=item.id,
                    kind=item.kind.value,
                    kind_label=item.kind.label(lang),
                    title=item.title,
                    starts_local=item.starts_local,
                    ends_local=item.ends_local,
                    time_zone=item.time_zone,
                    zone_abbreviation=starts.tzname() or item.time_zone,
                    utc_offset=_offset(starts),
                    starts_korea=starts.astimezone(KOREA),
                    ends_korea=ends.astimezone(KOREA) if ends else None,
                    city=item.city,
                    venue=item.venue,
                    investor_id=item.investor_id,
                    investor=investors.get(item.investor_id) if item.investor_id else None,
                    notes=item.notes,
                    version=item.version,
                ),
            )
        )
    # In the order things happen (a flight crosses zones), grouped by the day on the city's calendar.
    days: dict[date, list[ItineraryRow]] = defaultdict(list)
    for _, row in sorted(rows, key=lambda pair: (pair[0], pair[1].title)):
        days[row.starts_local.date()].append(row)
    return tuple(ItineraryDay(day, tuple(entries)) for day, entries in sorted(days.items()))


def meetings_logged(session: Session, delegation_id: uuid.UUID) -> int:
    """The meetings, calls and e-mails logged against a delegation: its page's "activities logged"
    and the briefing pack's "meetings recorded" are this one count. A deleted investor's meetings
    stay in place but leave every list (records.Kind.hides), so they are not counted; a meeting of
    no investor is."""
    count = session.scalar(
        select(func.count())
        .select_from(Interaction)
        .outerjoin(Investor, Investor.id == Interaction.investor_id)
        .where(
            Interaction.delegation_id == delegation_id,
            Interaction.deleted_at.is_(None),
            Investor.deleted_at.is_(None),
        )
    )
    return int(count or 0)


def delegation_page(ctx: Context, delegation_id: uuid.UUID) -> DelegationPage:
    """Everything the delegation page shows, read in one unit of work. NotFound if missing or deleted."""
    lang = ctx.lang
    ko = lang == "ko"
    with unit_of_work(ctx) as session:
        d = live(session, Delegation, delegation_id, "delegation")
        alive = [
            p for p in sorted(d.provinces, key=lambda p: (not p.is_lead, p.province.sort_order)) if p.deleted_at is None
        ]
        provinces = tuple(
            ParticipatingProvince(
                p.province.code, p.province.name(lang), p.province.region.code, p.province.region.name(lang), p.is_lead
            )
            for p in alive
        )
        destinations = tuple(
            DestinationRow(
                x.id, x.country.code, x.country.name(lang), x.city_ko if ko and x.city_ko else x.city, x.time_zone
            )
            for x in d.destinations
            if x.deleted_at is None
        )
        members = tuple(
            MemberRow(
                m.id,
                m.name,
                m.name_en,
                m.organisation,
                m.position,
                m.is_leader,
                officer_login(session, m.officer_id),
                m.version,
            )
            for m in sorted(d.members, key=lambda m: (not m.is_leader, m.created_at, m.name))
            if m.deleted_at is None
        )
        items = [i for i in d.itinerary if i.deleted_at is None]
        investor_ids = {i.investor_id for i in items if i.investor_id}
        investors = dict(session.execute(select(Investor.id, Investor.name).where(Investor.id.in_(investor_ids))).all())
        targets = session.execute(
            select(MeetingTarget, Investor, Country, Industry)
            .join(Investor, Investor.id == MeetingTarget.investor_id)
            .outerjoin(Country, Country.id == Investor.country_id)
            .outerjoin(Industry, Industry.id == Investor.industry_id)
            .where(
                MeetingTarget.delegation_id == delegation_id,
                MeetingTarget.deleted_at.is_(None),
                Investor.deleted_at.is_(None),
            )
            .order_by(MeetingTarget.priority, Investor.name)
        ).all()
        target_rows = tuple(
            TargetRow(
                t.id,
                inv.id,
                inv.name,
                inv.name_ko,
                c.name(lang) if c else None,
                ind.name(lang) if ind else None,
                t.status.value,
                t.status.label(lang),
                t.priority,
                t.talking_points,
                t.version,
            )
            for t, inv, c, ind in targets
        )
        interactions = meetings_logged(session, delegation_id)
        results = DelegationResults(
            d.result_meetings,
            d.result_mous,
            d.result_pledged_usd,
            d.results,
            sum(1 for t in target_rows if t.status == MeetingTargetStatus.MET.value),
            interactions or 0,
        )
        return DelegationPage(
            id=d.id,
            version=d.version,
            title=d.title,
            title_en=d.title_en,
            year=d.year,
            status=d.status.value,
            status_label=d.status.label(lang),
            starts_on=d.starts_on,
            ends_on=d.ends_on,
            industry_code=d.target_industry.code if d.target_industry else None,
            industry=d.target_industry.name(lang) if d.target_industry else None,
            leader=(d.leader.name if ko else d.leader.name_en or d.leader.name) if d.leader else None,
            objectives=d.objectives,
            provinces=provinces,
            fezs=tuple((f.code, f.name(lang)) for f in sorted(d.fezs, key=lambda f: (f.designated_year, f.code))),
            organisations=tuple(
                (o.kind.label(lang), o.name_ko if ko or not o.name_en else o.name_en)
                for o in sorted(d.organisations, key=lambda o: (o.created_at, o.name_ko))
                if o.deleted_at is None
            ),
            destinations=destinations,
            members=members,
            itinerary=_itinerary(items, investors, lang),
            targets=target_rows,
            results=results,
            leader_login=d.leader.login if d.leader else None,
        )


# --- the delegation itself -----------------------------------------------------------------------


def _draft_of(d: Delegation) -> DelegationDraft:
    """The delegation's overview as its editor holds it."""
    provinces = [p for p in d.provinces if p.deleted_at is None]
    return DelegationDraft(
        title=d.title,
        year=d.year,
        lead_province_codes=tuple(p.province.code for p in provinces if p.is_lead),
        title_en=d.title_en,
        other_province_codes=tuple(p.province.code for p in provinces if not p.is_lead),
        target_industry_code=d.target_industry.code if d.target_industry else None,
        starts_on=d.starts_on,
        ends_on=d.ends_on,
        status=d.status,
        objectives=d.objectives,
        destinations=tuple(
            DestinationDraft(x.country.code, x.city, x.time_zone, x.city_ko)
            for x in d.destinations
            if x.deleted_at is None
        ),
    )


def get_delegation(ctx: Context, delegation_id: uuid.UUID) -> tuple[DelegationDraft, int]:
    """The delegation as an editable draft and the version it was read at."""
    with unit_of_work(ctx) as session:
        d = live(session, Delegation, delegation_id, "delegation")
        return _draft_of(d), d.version


def _check_overview(draft: DelegationDraft) -> tuple[str, str | None, str | None]:
    """The overview's own checks (its title, English title and objectives as they are saved)."""
    if not draft.lead_province_codes:
        raise ValidationError("required", field="lead_province")
    check.date_range(draft.starts_on, draft.ends_on)
    if not 2000 <= draft.year <= 2100:
        raise ValidationError("invalid_value", field="year", value=draft.year)
    return (
        check.required_text(draft.title, "title", max_length=200),
        check.text(draft.title_en, "title_en", max_length=240),
        check.text(draft.objectives, "objectives"),
    )


def update_delegation(ctx: Context, delegation_id: uuid.UUID, expected_version: int, draft: DelegationDraft) -> int:
    """Save the overview: fields, participating provinces and destinations. Provinces and
    destinations taken off are tombstoned (a mission pack must learn of it). Returns the new version."""
    title, title_en, objectives = _check_overview(draft)
    with unit_of_work(ctx) as session, session.no_autoflush:
        writer(session, ctx)
        d = live(session, Delegation, delegation_id, "delegation", expected_version)
        industry_id = id_for_code(session, Industry, draft.target_industry_code, "target_industry")
        wanted: dict[uuid.UUID, bool] = {}
        for is_lead, codes in ((True, draft.lead_province_codes), (False, draft.other_province_codes)):
            for code in codes:
                province_id = id_for_code(session, Province, code, "province")
                assert province_id is not None
                wanted.setdefault(province_id, is_lead)
        destinations = [_destination(session, x) for x in draft.destinations]
        d.title, d.title_en, d.year, d.target_industry_id = title, title_en, draft.year, industry_id
        d.starts_on, d.ends_on, d.status = draft.starts_on, draft.ends_on, draft.status
        d.objectives = objectives
        now = utcnow()
        # One row per province ever linked (a unique key): taking part again revives the old row.
        for row in d.provinces:
            if row.province_id in wanted:
                row.deleted_at, row.is_lead = None, wanted.pop(row.province_id)
            elif row.deleted_at is None:
                row.deleted_at = now
        for province_id, is_lead in wanted.items():
            d.provinces.append(DelegationProvince(province_id=province_id, is_lead=is_lead))
        current: dict[tuple[uuid.UUID | None, str], DelegationDestination] = {
            (x.country_id, x.city.casefold()): x for x in d.destinations if x.deleted_at is None
        }
        for seq, (country_id, city, city_ko, zone) in enumerate(destinations):
            found = current.pop((country_id, city.casefold()), None)
            if found is None:
                d.destinations.append(
                    DelegationDestination(seq=seq, country_id=country_id, city=city, city_ko=city_ko, time_zone=zone)
                )
            else:
                found.seq, found.city, found.city_ko, found.time_zone = seq, city, city_ko, zone
        for gone in current.values():
            gone.deleted_at = now
        session.commit()
        return d.version


def set_delegation_fezs(
    ctx: Context, delegation_id: uuid.UUID, fez_codes: tuple[str, ...], expected_version: int | None = None
) -> int:
    """The FEZ authorities taking part. Returns the delegation's new version."""
    with unit_of_work(ctx) as session, session.no_autoflush:
        writer(session, ctx)
        d = live(session, Delegation, delegation_id, "delegation", expected_version)
        fezs = []
        for code in dict.fromkeys(c.strip().upper() for c in fez_codes if c.strip()):
            fez = session.scalar(select(Fez).where(Fez.code == code, Fez.deleted_at.is_(None)))
            if fez is None:
                raise ValidationError("invalid_value", field="fez", value=code)
            fezs.append(fez)
        if {f.id for f in fezs} != {f.id for f in d.fezs}:
            d.fezs = fezs
            session.commit()
        return d.version


def _check_results(draft: ResultsDraft) -> Decimal | None:
    """The results' checks; the pledged amount as it is saved."""
    for name, value in (("meetings_held", draft.meetings_held), ("mous", draft.mous)):
        if value is not None and value < 0:
            raise ValidationError("invalid_value", field=name, value=value)
    return check.amount(draft.pledged_usd, "pledged_usd")


def set_results(ctx: Context, delegation_id: uuid.UUID, expected_version: int, draft: ResultsDraft) -> int:
    """Record what the delegation achieved: meetings held, MOUs signed, USD pledged, a summary."""
    pledged = _check_results(draft)
    with unit_of_work(ctx) as session:
        writer(session, ctx)
        d = live(session, Delegation, delegation_id, "delegation", expected_version)
        d.result_meetings, d.result_mous, d.result_pledged_usd = draft.meetings_held, draft.mous, pledged
        d.results = check.text(draft.summary, "results")
        session.commit()
        return d.version


def set_leader(
    ctx: Context, delegation_id: uuid.UUID, leader_login: str | None, expected_version: int | None = None
) -> int:
    """The officer who leads the trip (None: nobody yet). Returns the delegation's new version."""
    with unit_of_work(ctx) as session:
        writer(session, ctx)
        leader = officer_id(session, leader_login, "leader")
        d = live(session, Delegation, delegation_id, "delegation", expected_version)
        d.leader_id = leader
        session.commit()
        return d.version


# Its papers are listed nowhere else, but search would still find them and lead to a trip that is gone.
def _check_delegation(session: Session, d: Delegation) -> None:
    """A delegation changed outside its editors (a value put back from its history) passes the
    overview's and the results' checks, its target industry one the overview's list still offers."""
    _check_overview(_draft_of(d))
    id_for_code(session, Industry, _code(session, Industry, d.target_industry_id), "target_industry")
    _check_results(ResultsDraft(d.result_meetings, d.result_mous, d.result_pledged_usd, d.results))


DELEGATION: Kind[Delegation, object] = Kind("delegation", Delegation, documents="delegation", check=_check_delegation)


# --- its participating provinces and destinations (edited with the overview: update_delegation) ---


def _check_province(session: Session, row: DelegationProvince) -> None:
    """A participating province changed outside the overview (put back from the history): one the
    overview's list offers, not on the trip twice, and the trip keeps a lead province."""
    province_id = id_for_code(session, Province, _code(session, Province, row.province_id), "province")
    twin = session.scalar(
        select(DelegationProvince.id).where(
            DelegationProvince.delegation_id == row.delegation_id,
            DelegationProvince.province_id == province_id,
            DelegationProvince.id != row.id,
        )
    )
    if twin is not None:  # one row per province and trip (a unique key): the editor revives that one
        raise ValidationError("invalid_value", field="province", value=_code(session, Province, province_id))
    delegation = session.get(Delegation, row.delegation_id)
    if delegation is not None:
        _check_overview(_draft_of(delegation))


def _check_destination(session: Session, row: DelegationDestination) -> None:
    """A destination changed outside the overview (put back from the history) passes its checks."""
    draft = DestinationDraft(_code(session, Country, row.country_id) or "", row.city, row.time_zone, row.city_ko)
    _destination(session, draft)


DELEGATION_PROVINCE: Kind[DelegationProvince, object] = Kind(
    "delegation_province", DelegationProvince, check=_check_province
)
DELEGATION_DESTINATION: Kind[DelegationDestination, object] = Kind(
    "delegation_destination", DelegationDestination, check=_check_destination
)


# --- members -----------------------------------------------------------------------------------


def _apply_member(session: Session, member: DelegationMember, draft: MemberDraft) -> None:
    officer = officer_id(session, draft.officer_login, "officer")
    member.name = check.required_text(draft.name, "name", max_length=120)
    member.name_en = check.text(draft.name_en, "name_en", max_length=160)
    member.organisation = check.text(draft.organisation, "organisation", max_length=160)
    member.position = check.text(draft.position, "position", max_length=120)
    member.is_leader = draft.is_leader
    member.officer_id = officer


def _write_member(session: Session, _who: object, member: DelegationMember, draft: MemberDraft, creating: bool) -> None:
    if creating:
        live(session, Delegation, member.delegation_id, "delegation")
    _apply_member(session, member, draft)


DELEGATION_MEMBER: Kind[DelegationMember, MemberDraft] = Kind(
    "delegation_member",
    DelegationMember,
    lambda s, m: MemberDraft(
        m.name, m.name_en, m.organisation, m.position, m.is_leader, officer_login(s, m.officer_id)
    ),
    _write_member,
)


def add_member(ctx: Context, delegation_id: uuid.UUID, draft: MemberDraft) -> uuid.UUID:
    return records.create(ctx, DELEGATION_MEMBER, draft, delegation_id=delegation_id)


# --- participating organisations (local governments, FEZ authorities, agencies) ------------------


@dataclass(frozen=True)
class OrganisationDraft:
    kind: OrganisationKind
    name_ko: str
    name_en: str | None = None


def _write_organisation(
    session: Session, _who: object, row: DelegationOrganisation, draft: OrganisationDraft, creating: bool
) -> None:
    if creating:
        live(session, Delegation, row.delegation_id, "delegation")
    row.kind = OrganisationKind(draft.kind)
    row.name_ko = check.required_text(draft.name_ko, "name_ko", max_length=160)
    row.name_en = check.text(draft.name_en, "name_en", max_length=200)


DELEGATION_ORGANISATION: Kind[DelegationOrganisation, OrganisationDraft] = Kind(
    "delegation_organisation",
    DelegationOrganisation,
    lambda _s, o: OrganisationDraft(o.kind, o.name_ko, o.name_en),
    _write_organisation,
)


def add_organisation(ctx: Context, delegation_id: uuid.UUID, draft: OrganisationDraft) -> uuid.UUID:
    return records.create(ctx, DELEGATION_ORGANISATION, draft, delegation_id=delegation_id)


def organisations(ctx: Context, delegation_id: uuid.UUID) -> list[tuple[uuid.UUID, OrganisationDraft, int]]:
    """The live participating organisations: (id, draft, version) each, for the editor."""
    with unit_of_work(ctx) as session:
        live(session, Delegation, delegation_id, "delegation")
        rows = session.scalars(
            select(DelegationOrganisation)
            .where(DelegationOrganisation.delegation_id == delegation_id, DelegationOrganisation.deleted_at.is_(None))
            .order_by(DelegationOrganisation.created_at, DelegationOrganisation.id)
        ).all()
        return [(o.id, OrganisationDraft(o.kind, o.name_ko, o.name_en), o.version) for o in rows]


# --- investors to meet -------------------------------------------------------------------------


def _check_target(draft: TargetDraft) -> None:
    if draft.priority not in (1, 2, 3):
        raise ValidationError("invalid_value", field="priority", value=draft.priority)


def add_target(
    ctx: Context, delegation_id: uuid.UUID, investor_id: uuid.UUID, draft: TargetDraft | None = None
) -> uuid.UUID:
    """Put an investor on the delegation's list to meet. Adding one already there is refused;
    adding one that was taken off brings its old entry (and its talking points) back."""
    draft = draft or TargetDraft()
    _check_target(draft)
    with unit_of_work(ctx) as session:
        writer(session, ctx)
        live(session, Delegation, delegation_id, "delegation")
        linked(session, Investor, investor_id, "investor")
        target = session.scalar(
            select(MeetingTarget).where(
                MeetingTarget.delegation_id == delegation_id, MeetingTarget.investor_id == investor_id
            )
        )
        if target is not None and target.deleted_at is None:
            raise ValidationError("already_a_target", field="investor")
        if target is None:
            target = MeetingTarget(delegation_id=delegation_id, investor_id=investor_id)
            session.add(target)
            target.talking_points = check.text(draft.talking_points, "talking_points")
        else:  # one row per delegation and investor (a unique key): revive it
            target.deleted_at = None
            target.talking_points = check.text(draft.talking_points, "talking_points") or target.talking_points
        target.status, target.priority = draft.status, draft.priority
        session.commit()
        return target.id


def update_target(ctx: Context, target_id: uuid.UUID, expected_version: int, draft: TargetDraft) -> int:
    _check_target(draft)
    with unit_of_work(ctx) as session:
        writer(session, ctx)
        target = live(session, MeetingTarget, target_id, "meeting_target", expected_version)
        target.status, target.priority = draft.status, draft.priority
        target.talking_points = check.text(draft.talking_points, "talking_points")
        session.commit()
        return target.version


def get_target(ctx: Context, target_id: uuid.UUID) -> tuple[TargetDraft, int]:
    with unit_of_work(ctx) as session:
        t = live(session, MeetingTarget, target_id, "meeting_target")
        return TargetDraft(t.status, t.priority, t.talking_points), t.version


MEETING_TARGET: Kind[MeetingTarget, TargetDraft] = Kind(
    "meeting_target",
    MeetingTarget,
    check=lambda _s, t: _check_target(TargetDraft(t.status, t.priority, t.talking_points)),
)


# --- itinerary (items are added with delegations.add_itinerary_item) -----------------------------


def _check_itinerary(draft: ItineraryDraft) -> str:
    if draft.starts_local is None:
        raise ValidationError("required", field="starts_local")
    if draft.starts_local.tzinfo is not None:
        raise ValidationError("invalid_value", field="starts_local", value="give the local wall-clock time")
    if draft.ends_local is not None and draft.ends_local < draft.starts_local:
        raise ValidationError("date_order", field="ends_local")
    zone = check.time_zone(draft.time_zone)
    for field_name, moment in (("starts_local", draft.starts_local), ("ends_local", draft.ends_local)):
        if moment is not None and not _exists_on_the_clock(moment, zone):
            raise ValidationError("nonexistent_local_time", field=field_name, value=moment.isoformat(" ", "minutes"))
    return zone


def _itinerary_draft(i: ItineraryItem) -> ItineraryDraft:
    return ItineraryDraft(i.kind, i.title, i.starts_local, i.time_zone, i.ends_local, i.city, i.venue, i.investor_id)


def get_itinerary_item(ctx: Context, item_id: uuid.UUID) -> tuple[ItineraryDraft, int]:
    with unit_of_work(ctx) as session:
        i = live(session, ItineraryItem, item_id, "itinerary_item")
        return _itinerary_draft(i), i.version


def update_itinerary_item(ctx: Context, item_id: uuid.UUID, expected_version: int, draft: ItineraryDraft) -> int:
    zone = _check_itinerary(draft)
    with unit_of_work(ctx) as session:
        writer(session, ctx)
        investor_id = linked(session, Investor, draft.investor_id, "investor")
        item = live(session, ItineraryItem, item_id, "itinerary_item", expected_version)
        item.kind, item.starts_local, item.ends_local, item.time_zone = (
            draft.kind,
            draft.starts_local,
            draft.ends_local,
            zone,
        )
        item.title = check.required_text(draft.title, "title", max_length=200)
        item.city = check.text(draft.city, "city", max_length=120)
        item.venue = check.text(draft.venue, "venue", max_length=200)
        item.investor_id = investor_id
        session.commit()
        return item.version


def _check_item(_session: Session, item: ItineraryItem) -> None:
    _check_itinerary(_itinerary_draft(item))


ITINERARY_ITEM: Kind[ItineraryItem, ItineraryDraft] = Kind("itinerary_item", ItineraryItem, check=_check_item)
