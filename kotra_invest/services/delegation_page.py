"""The delegation page: its read model in one call, and the editing actions behind it.

Overview, participating provinces and FEZs, members, the itinerary day by day (each entry at its
city's wall-clock time with the zone, and the same moment in Korea), the investors to meet and
the results. Every action is one unit of work; edits take the version the user saw and return the
new one, deletes are tombstones with a restore, so the desktop can undo and resolve conflicts.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kotra_invest.domain.base import utcnow
from kotra_invest.domain.enums import MeetingTargetStatus, OrganisationKind
from kotra_invest.domain.errors import ValidationError
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
)
from kotra_invest.services import records
from kotra_invest.services import validation as check
from kotra_invest.services.delegations import (
    DelegationDraft,
    DestinationDraft,
    ItineraryDraft,
    _exists_on_the_clock,
)
from kotra_invest.services.page_models import (
    DelegationPage,
    DelegationResults,
    DestinationRow,
    ItineraryDay,
    ItineraryRow,
    MemberRow,
    ParticipatingProvince,
    TargetRow,
)
from kotra_invest.services.records import Kind, linked, live, officer_id, officer_login, writer
from kotra_invest.services.reference import id_for_code
from kotra_invest.services.unit_of_work import Context, unit_of_work

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
        interactions = session.scalar(
            select(func.count()).where(Interaction.delegation_id == delegation_id, Interaction.deleted_at.is_(None))
        )
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


def get_delegation(ctx: Context, delegation_id: uuid.UUID) -> tuple[DelegationDraft, int]:
    """The delegation as an editable draft and the version it was read at."""
    with unit_of_work(ctx) as session:
        d = live(session, Delegation, delegation_id, "delegation")
        provinces = [p for p in d.provinces if p.deleted_at is None]
        draft = DelegationDraft(
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
        return draft, d.version


def update_delegation(ctx: Context, delegation_id: uuid.UUID, expected_version: int, draft: DelegationDraft) -> int:
    """Save the overview: fields, participating provinces and destinations. Provinces and
    destinations taken off are tombstoned (a mission pack must learn of it). Returns the new version."""
    if not draft.lead_province_codes:
        raise ValidationError("required", field="lead_province")
    check.date_range(draft.starts_on, draft.ends_on)
    if not 2000 <= draft.year <= 2100:
        raise ValidationError("invalid_value", field="year", value=draft.year)
    with unit_of_work(ctx) as session, session.no_autoflush:
        writer(session, ctx)
        d = live(session, Delegation, delegation_id, "delegation", expected_version)
        title = check.required_text(draft.title, "title", max_length=200)
        title_en = check.text(draft.title_en, "title_en", max_length=240)
        industry_id = id_for_code(session, Industry, draft.target_industry_code, "target_industry")
        wanted: dict[uuid.UUID, bool] = {}
        for is_lead, codes in ((True, draft.lead_province_codes), (False, draft.other_province_codes)):
            for code in codes:
                province_id = id_for_code(session, Province, code, "province")
                assert province_id is not None
                wanted.setdefault(province_id, is_lead)
        destinations = [
            (
                id_for_code(session, Country, x.country_code, "country"),
                check.required_text(x.city, "city", max_length=120),
                check.text(x.city_ko, "city_ko", max_length=120),
                check.time_zone(x.time_zone),
            )
            for x in draft.destinations
        ]
        d.title, d.title_en, d.year, d.target_industry_id = title, title_en, draft.year, industry_id
        d.starts_on, d.ends_on, d.status = draft.starts_on, draft.ends_on, draft.status
        d.objectives = check.text(draft.objectives, "objectives")
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


def set_results(ctx: Context, delegation_id: uuid.UUID, expected_version: int, draft: ResultsDraft) -> int:
    """Record what the delegation achieved: meetings held, MOUs signed, USD pledged, a summary."""
    for name, value in (("meetings_held", draft.meetings_held), ("mous", draft.mous)):
        if value is not None and value < 0:
            raise ValidationError("invalid_value", field=name, value=value)
    pledged = check.amount(draft.pledged_usd, "pledged_usd")
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


DELEGATION: Kind[Delegation, object] = Kind("delegation", Delegation)


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


MEETING_TARGET: Kind[MeetingTarget, TargetDraft] = Kind("meeting_target", MeetingTarget)


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


def get_itinerary_item(ctx: Context, item_id: uuid.UUID) -> tuple[ItineraryDraft, int]:
    with unit_of_work(ctx) as session:
        i = live(session, ItineraryItem, item_id, "itinerary_item")
        draft = ItineraryDraft(
            i.kind, i.title, i.starts_local, i.time_zone, i.ends_local, i.city, i.venue, i.investor_id
        )
        return draft, i.version


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


ITINERARY_ITEM: Kind[ItineraryItem, ItineraryDraft] = Kind("itinerary_item", ItineraryItem)
