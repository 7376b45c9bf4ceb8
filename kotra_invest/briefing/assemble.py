"""Assemble a briefing pack's content from the database, once, in one unit of work."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session, selectinload

from kotra_invest.briefing.content import (
    DelegationPack,
    FdiLine,
    InteractionLine,
    InvestorProfile,
    ItineraryLine,
    Kpis,
    MemberLine,
    PersonLine,
    ProfilePack,
    ProjectLine,
    RegionOffer,
    Results,
)
from kotra_invest.briefing.labels import labels
from kotra_invest.domain.enums import FdiKind, StageKind
from kotra_invest.domain.errors import NotFound
from kotra_invest.domain.models import (
    Contact,
    Delegation,
    DelegationDestination,
    DelegationProvince,
    Interaction,
    Investor,
    MeetingTarget,
    Officer,
    PipelineStage,
    Project,
    Province,
    Region,
)
from kotra_invest.services import access, access_log
from kotra_invest.services.dashboard import UNASSIGNED, year_figures
from kotra_invest.services.unit_of_work import Context, unit_of_work

KOREA = ZoneInfo("Asia/Seoul")
# How much history a profile carries: enough for a meeting, short enough to read in the car.
RECENT_INTERACTIONS = 8


def _name(row: object | None, lang: str) -> str | None:
    if row is None:
        return None
    return row.name_ko if lang == "ko" else row.name_en  # type: ignore[attr-defined]


def _person(officer: Officer | None, lang: str) -> str | None:
    """An officer's name as a reader of the pack's language writes it."""
    if officer is None:
        return None
    return officer.name_en if lang == "en" and officer.name_en else officer.name


def _offset(moment: datetime) -> str:
    offset = moment.utcoffset()
    assert offset is not None
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _projects(
    session: Session, investor_id: uuid.UUID, lang: str, words: dict[str, str], visible: ColumnElement[bool]
) -> tuple[ProjectLine, ...]:
    projects = session.scalars(
        select(Project)
        .join(PipelineStage, PipelineStage.id == Project.stage_id)
        .where(
            Project.investor_id == investor_id,
            Project.deleted_at.is_(None),
            PipelineStage.kind != StageKind.SIDE,
            visible,
        )
        .options(
            selectinload(Project.stage),
            selectinload(Project.target_province),
            selectinload(Project.fez),
            selectinload(Project.industry),
            selectinload(Project.fdi_amounts),
        )
        .order_by(PipelineStage.sort_order.desc(), Project.title)
    ).all()
    lines = []
    for p in projects:
        amounts = tuple(
            FdiLine(
                words["notified"] if a.kind == FdiKind.NOTIFIED else words["arrived"], a.amount, a.currency, a.on_date
            )
            for a in p.fdi_amounts
            if a.deleted_at is None
        )

        def usd(kind: FdiKind, p: Project = p) -> Decimal:
            return sum(
                (a.amount for a in p.fdi_amounts if a.kind == kind and a.currency == "USD" and a.deleted_at is None),
                Decimal(0),
            )

        lines.append(
            ProjectLine(
                # Confidential projects leave the building under their code name only.
                title=(p.code_name or words["confidential"]) if p.confidential else p.title,
                confidential=p.confidential,
                project_type=p.project_type.label(lang),
                stage=_name(p.stage, lang) or "",
                stage_since=p.stage_since,
                target_province=_name(p.target_province, lang),
                fez=_name(p.fez, lang),
                industry=_name(p.industry, lang),
                capex=p.capex_amount,
                capex_currency=p.capex_currency,
                expected_jobs=p.expected_jobs,
                probability=p.probability,
                notified_usd=usd(FdiKind.NOTIFIED),
                arrived_usd=usd(FdiKind.ARRIVED),
                amounts=amounts,
            )
        )
    return tuple(lines)


def _offers(session: Session, province_ids: list[uuid.UUID], lang: str) -> tuple[RegionOffer, ...]:
    if not province_ids:
        return ()
    provinces = session.scalars(
        select(Province)
        .where(Province.id.in_(province_ids))
        .options(
            selectinload(Province.region), selectinload(Province.strategic_industries), selectinload(Province.fezs)
        )
        .order_by(Province.sort_order)
    ).all()
    return tuple(
        RegionOffer(
            province=_name(p, lang) or "",
            region=_name(p.region, lang) or "",
            strategic_industries=tuple(_name(i, lang) or "" for i in p.strategic_industries),
            fezs=tuple(_name(f, lang) or "" for f in p.fezs if f.deleted_at is None),
        )
        for p in provinces
    )


def _profile(
    session: Session,
    investor: Investor,
    lang: str,
    words: dict[str, str],
    visible: ColumnElement[bool],
    *,
    target: MeetingTarget | None = None,
    fallback_provinces: list[uuid.UUID] | None = None,
) -> InvestorProfile:
    contacts = session.scalars(
        select(Contact)
        .where(Contact.investor_id == investor.id, Contact.deleted_at.is_(None))
        .order_by(Contact.full_name)
    ).all()
    people = {c.id: c.full_name for c in contacts}
    officers = {o.id: _person(o, lang) for o in session.scalars(select(Officer))}
    interactions = session.scalars(
        select(Interaction)
        .where(
            Interaction.investor_id == investor.id,
            Interaction.deleted_at.is_(None),
            # A meeting about another team's confidential project would tell of the project.
            or_(Interaction.project_id.is_(None), Interaction.project_id.in_(select(Project.id).where(visible))),
        )
        .order_by(Interaction.occurred_at.desc())
        .limit(RECENT_INTERACTIONS)
    ).all()
    projects = _projects(session, investor.id, lang, words, visible)
    target_provinces = session.scalars(
        select(Project.target_province_id).where(
            Project.investor_id == investor.id,
            Project.deleted_at.is_(None),
            Project.target_province_id.is_not(None),
            visible,
        )
    ).all()
    province_ids = list(dict.fromkeys([*target_provinces, *(fallback_provinces or [])]))
    return InvestorProfile(
        id=investor.id,
        name=investor.name,
        name_ko=investor.name_ko,
        country=_name(investor.country, lang),
        industry=_name(investor.industry, lang),
        size=investor.size.label(lang) if investor.size else None,
        website=investor.website,
        owner=_person(investor.owner, lang),
        in_korea=investor.in_korea,
        tags=tuple(investor.tags or ()),
        notes=investor.notes,
        contacts=tuple(PersonLine(c.full_name, c.name_ko, c.job_title, c.email, c.phone) for c in contacts),
        interactions=tuple(
            InteractionLine(
                when=i.occurred_at,
                kind=i.kind.label(lang),
                officer=officers.get(i.officer_id) if i.officer_id else None,
                contact=people.get(i.contact_id) if i.contact_id else None,
                summary=i.summary,
                outcome=i.outcome,
            )
            for i in interactions
        ),
        projects=projects,
        offers=_offers(session, province_ids, lang),
        talking_points=target.talking_points if target else None,
        meeting_status=target.status.label(lang) if target else None,
        priority=target.priority if target else None,
    )


def _itinerary(delegation: Delegation, investors: dict[uuid.UUID, str], lang: str) -> tuple[ItineraryLine, ...]:
    lines = []
    for item in sorted(delegation.itinerary, key=lambda i: i.starts_at()):
        if item.deleted_at is not None:
            continue
        zone = ZoneInfo(item.time_zone)
        starts = item.starts_local.replace(tzinfo=zone)
        ends = item.ends_local.replace(tzinfo=zone) if item.ends_local else None
        lines.append(
            ItineraryLine(
                day=item.starts_local.date(),
                starts_local=item.starts_local,
                ends_local=item.ends_local,
                time_zone=item.time_zone,
                utc_offset=_offset(starts),
                starts_korea=starts.astimezone(KOREA).replace(tzinfo=None),
                starts_utc=starts.astimezone(UTC),
                ends_utc=ends.astimezone(UTC) if ends else None,
                kind=item.kind.label(lang),
                title=item.title,
                city=item.city,
                venue=item.venue,
                investor=investors.get(item.investor_id) if item.investor_id else None,
                notes=item.notes,
                id=item.id,
            )
        )
    return tuple(lines)


def _kpis(ctx: Context, session: Session, year: int, lang: str) -> Kpis:
    figures = year_figures(ctx, year)
    stages = session.scalars(select(PipelineStage).order_by(PipelineStage.sort_order)).all()
    regions = session.scalars(select(Region).order_by(Region.sort_order)).all()
    unassigned = "미정" if lang == "ko" else "Not yet decided"
    by_region = [(_name(r, lang) or r.code, figures.fdi_by_region.get(r.code)) for r in regions]
    if UNASSIGNED in figures.fdi_by_region:
        by_region.append((unassigned, figures.fdi_by_region[UNASSIGNED]))
    return Kpis(
        year=year,
        pipeline_by_stage=tuple(
            (_name(s, lang) or s.code, figures.projects_by_stage.get(s.code, 0)) for s in stages if s.deleted_at is None
        ),
        fdi_by_region=tuple((label, a.notified_usd, a.arrived_usd) for label, a in by_region if a is not None),
    )


def delegation_pack(ctx: Context, delegation_id: uuid.UUID, lang: str = "ko") -> DelegationPack:
    """Everything a delegation leader takes on the trip, in Korean or English.

    The pack carries the target investors' contacts: it is a download of personal data, so it
    needs the officer's reason (ctx.access_reason) and is logged."""
    access_log.require_reason(ctx, access_log.DOWNLOAD)
    words = labels(lang)
    with unit_of_work(ctx) as session:
        # The pack holds the projects the person making it may see, under their code names.
        visible = access.visible_projects(access.principal(session, ctx))
        delegation = session.scalars(
            select(Delegation)
            .where(Delegation.id == delegation_id, Delegation.deleted_at.is_(None))
            .options(
                selectinload(Delegation.provinces).selectinload(DelegationProvince.province),
                selectinload(Delegation.destinations).selectinload(DelegationDestination.country),
                selectinload(Delegation.members),
                selectinload(Delegation.itinerary),
                selectinload(Delegation.targets).selectinload(MeetingTarget.investor),
                selectinload(Delegation.fezs),
                selectinload(Delegation.organisations),
                selectinload(Delegation.target_industry),
                selectinload(Delegation.leader),
            )
        ).first()
        if delegation is None:
            raise NotFound("delegation", delegation_id)
        live_provinces = [p for p in delegation.provinces if p.deleted_at is None]
        lead_ids = [p.province_id for p in live_provinces if p.is_lead]
        targets = sorted(
            (t for t in delegation.targets if t.deleted_at is None and t.investor.deleted_at is None),
            key=lambda t: (t.priority, t.investor.name.lower()),
        )
        profiles = tuple(
            _profile(session, t.investor, lang, words, visible, target=t, fallback_provinces=lead_ids)
            for t in targets
        )
        investor_names = {t.investor.id: t.investor.name for t in targets}
        access_log.record(
            ctx, access_log.DOWNLOAD, "briefing_pack",
            access_log.contacts_of_investors(session, [t.investor.id for t in targets]),
            subject=delegation.id, session=session,
        )  # fmt: skip
        session.commit()
        ko = lang == "ko"
        title, other = (
            (delegation.title, delegation.title_en)
            if ko
            else (delegation.title_en or delegation.title, delegation.title)
        )
        return DelegationPack(
            lang=lang,
            generated_at=datetime.now(UTC),
            id=delegation.id,
            title=title,
            subtitle=other if other != title else None,
            year=delegation.year,
            status=delegation.status.label(lang),
            starts_on=delegation.starts_on,
            ends_on=delegation.ends_on,
            leader=_person(delegation.leader, lang),
            destinations=tuple(
                f"{(d.city_ko if ko and d.city_ko else d.city)}, {_name(d.country, lang)}"
                for d in delegation.destinations
                if d.deleted_at is None
            ),
            target_industry=_name(delegation.target_industry, lang),
            objectives=delegation.objectives,
            lead_provinces=tuple(_name(p.province, lang) or "" for p in live_provinces if p.is_lead),
            other_provinces=tuple(_name(p.province, lang) or "" for p in live_provinces if not p.is_lead),
            fezs=tuple(_name(f, lang) or "" for f in delegation.fezs),
            organisations=tuple(
                (o.name_ko if ko or not o.name_en else o.name_en)
                for o in delegation.organisations
                if o.deleted_at is None
            ),
            members=tuple(
                MemberLine(m.name, m.name_en, m.organisation, m.position, m.is_leader)
                for m in sorted(delegation.members, key=lambda m: (not m.is_leader, m.name))
                if m.deleted_at is None
            ),
            itinerary=_itinerary(delegation, investor_names, lang),
            investors=profiles,
            results=Results(
                delegation.result_meetings, delegation.result_mous, delegation.result_pledged_usd, delegation.results
            ),
            kpis=_kpis(ctx, session, delegation.year, lang),
            confidentiality=words["confidential"],
            labels=words,
        )


def investor_profile(ctx: Context, investor_id: uuid.UUID, lang: str = "ko") -> ProfilePack:
    """One investor's profile, for an officer before a call or a meeting.

    It is printed (PDF) with the investor's contacts on it: a print of personal data, so it
    needs the officer's reason (ctx.access_reason) and is logged."""
    access_log.require_reason(ctx, access_log.PRINT)
    words = labels(lang)
    with unit_of_work(ctx) as session:
        visible = access.visible_projects(access.principal(session, ctx))
        investor = session.get(Investor, investor_id)
        if investor is None or investor.deleted_at is not None:
            raise NotFound("investor", investor_id)
        access_log.record(
            ctx, access_log.PRINT, "investor_profile", access_log.contacts_of_investors(session, [investor.id]),
            subject=investor.id, session=session,
        )  # fmt: skip
        session.commit()
        return ProfilePack(
            lang=lang,
            generated_at=datetime.now(UTC),
            profile=_profile(session, investor, lang, words, visible),
            confidentiality=words["confidential"],
            labels=words,
        )
