"""Assemble a briefing pack's content from the database, once, in one unit of work."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session, selectinload

from kotra_invest import formatting
from kotra_invest.briefing.content import (
    AftercareLine,
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
    RiskLine,
    Untranslated,
)
from kotra_invest.briefing.labels import labels
from kotra_invest.briefing.preflight import has_hangul
from kotra_invest.catalog import msg
from kotra_invest.domain.enums import FdiKind, MeetingTargetStatus, NewOrAdditional, StageKind, TaskStatus
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
    Task,
)
from kotra_invest.services import access, access_log
from kotra_invest.services.dashboard import UNASSIGNED, year_figures_in
from kotra_invest.services.delegations import meetings_logged
from kotra_invest.services.korea_map import build_map
from kotra_invest.services.unit_of_work import Context, unit_of_work

KOREA = ZoneInfo("Asia/Seoul")
# How much history a profile carries: enough for a meeting, short enough to read in the car.
RECENT_INTERACTIONS = 8


# A lost project this long ago no longer colours a meeting.
LOST_WITHIN_DAYS = 3 * 365
# A silence this long is itself a reason to go and see the investor.
QUIET_DAYS = 180


class _Language:
    """Keeps an English pack English.

    Free text that exists in Korean only is left out (a short marker stands in its place) and
    noted, so the pre-flight list names it; a proper name with no English spelling is kept and
    noted, so the reader knows why Hangul appears. A Korean pack takes every text as it is.
    """

    def __init__(self, lang: str, words: dict[str, str]) -> None:
        self.english = lang == "en"
        self.words = words
        self.marker = words["korean_only"]
        self.confidential = words["confidential"]
        self.untranslated: list[Untranslated] = []
        self.proper: list[str] = []

    def text(self, value: str | None, where: str, kind: str) -> str | None:
        """`value`, or the marker in its place when an English pack cannot print it; `kind` is the
        place's code (`Untranslated.kind`), by which the pre-flight groups what was left out."""
        if not self.english or not has_hangul(value):
            return value
        self.untranslated.append(Untranslated(where, value or "", kind))
        return self.marker

    def name(self, value: str | None) -> str | None:
        if self.english and value and has_hangul(value) and value not in self.proper:
            self.proper.append(value)
        return value

    def korean_name(self, value: str | None) -> str | None:
        """A Korean spelling beside an English one: an English pack does not print it."""
        return None if self.english else value


# "Notified (신고)": an English reference name that carries its Korean term in brackets.
_KOREAN_GLOSS = re.compile(r"\s*\([^()]*[\uac00-\ud7af][^()]*\)")


def _name(row: object | None, lang: str) -> str | None:
    if row is None:
        return None
    if lang == "ko":
        return row.name_ko  # type: ignore[attr-defined]
    # An English reader gains nothing from the Korean gloss, and an English pack stays English.
    name = row.name_en  # type: ignore[attr-defined]
    return _KOREAN_GLOSS.sub("", name) if name else name


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
    session: Session,
    investor_id: uuid.UUID,
    lang: str,
    words: dict[str, str],
    visible: ColumnElement[bool],
    language: _Language | None = None,
    owner_name: str = "",
) -> tuple[ProjectLine, ...]:
    language = language or _Language(lang, words)
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
                title=(p.code_name or words["confidential"])
                if p.confidential
                else language.text(p.title, f"{owner_name}: project title", "project_title") or "",
                confidential=p.confidential,
                project_type=_project_type(p, lang),
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


def _aftercare(
    session: Session,
    investor_id: uuid.UUID,
    lang: str,
    visible: ColumnElement[bool],
    language: _Language,
    who: str,
    today: date,
) -> tuple[AftercareLine, ...]:
    """The investor's open grievance cases (overdue first, then the oldest) and the incentive
    applications still in course or paid; none about a project the reader may not see."""
    from kotra_invest.domain.aftercare_models import CaseStatus, GrievanceCase, IncentiveApplication, IncentiveStatus
    from kotra_invest.services.aftercare import read_targets

    targets = read_targets(session)
    shown = select(Project.id).where(visible)
    cases = session.scalars(
        select(GrievanceCase).where(
            GrievanceCase.investor_id == investor_id,
            GrievanceCase.deleted_at.is_(None),
            GrievanceCase.status.in_((CaseStatus.RECEIVED, CaseStatus.ACKNOWLEDGED)),
            or_(GrievanceCase.project_id.is_(None), GrievanceCase.project_id.in_(shown)),
        )
    ).all()
    lines = []
    for c in cases:
        allowed = targets.case_acknowledge_days if c.status is CaseStatus.RECEIVED else targets.case_resolve_days
        age = (today - c.received_on).days
        lines.append(
            AftercareLine(
                "case",
                c.category.label(lang),
                language.text(c.subject, f"{who}: grievance case", "grievance") or "",
                c.status.label(lang),
                c.received_on,
                age,
                age > allowed,
            )
        )
    lines.sort(key=lambda line: (not line.overdue, -(line.age_days or 0)))
    applications = session.scalars(
        select(IncentiveApplication)
        .join(Project, Project.id == IncentiveApplication.project_id)
        .where(
            Project.investor_id == investor_id,
            Project.deleted_at.is_(None),
            visible,
            IncentiveApplication.deleted_at.is_(None),
            IncentiveApplication.status.in_((IncentiveStatus.APPLIED, IncentiveStatus.APPROVED, IncentiveStatus.PAID)),
        )
        .order_by(IncentiveApplication.applied_on.desc())
    ).all()
    for a in applications:
        body = language.text(a.granting_body_name, f"{who}: granting body", "granting_body") or a.granting_body.label(
            lang
        )
        amount = f"{a.currency} {a.amount:,.0f}" if a.amount is not None else None
        lines.append(
            AftercareLine(
                "incentive", a.incentive_type.label(lang), body, a.status.label(lang), a.applied_on, amount=amount
            )
        )
    return tuple(lines)


def _profile(
    session: Session,
    investor: Investor,
    lang: str,
    words: dict[str, str],
    visible: ColumnElement[bool],
    *,
    target: MeetingTarget | None = None,
    fallback_provinces: list[uuid.UUID] | None = None,
    language: _Language | None = None,
    meeting: ItineraryLine | None = None,
    today: date | None = None,
) -> InvestorProfile:
    language = language or _Language(lang, words)
    today = today or datetime.now(KOREA).date()
    who = investor.name
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
    met = _met_elsewhere(session, investor.id, {i.contact_id for i in interactions} - people.keys(), language)
    projects = _projects(session, investor.id, lang, words, visible, language, who)
    target_provinces = session.scalars(
        select(Project.target_province_id).where(
            Project.investor_id == investor.id,
            Project.deleted_at.is_(None),
            Project.target_province_id.is_not(None),
            visible,
        )
    ).all()
    province_ids = list(dict.fromkeys([*(p for p in target_provinces if p is not None), *(fallback_provinces or [])]))
    lines = tuple(
        InteractionLine(
            when=i.occurred_at,
            kind=i.kind.label(lang),
            officer=language.name(officers.get(i.officer_id) if i.officer_id else None),
            contact=met.get(i.contact_id) or language.name(people.get(i.contact_id) if i.contact_id else None),
            summary=language.text(i.summary, f"{who}: meeting note of {i.occurred_at:%Y-%m-%d}", "meeting_note") or "",
            outcome=language.text(i.outcome, f"{who}: outcome of {i.occurred_at:%Y-%m-%d}", "outcome"),
        )
        for i in interactions
    )
    tags = tuple(t for t in (investor.tags or ()) if not (language.english and has_hangul(t)))
    for t in investor.tags or ():
        if t not in tags:
            language.text(t, f"{who}: tag", "tag")
    risks = _risks(session, investor.id, visible, language, who, today, has_contacts=bool(contacts))
    last_contact = interactions[0].occurred_at.astimezone(KOREA).date() if interactions else None
    aftercare = _aftercare(session, investor.id, lang, visible, language, who, today)
    return InvestorProfile(
        id=investor.id,
        name=language.name(investor.name) or "",
        name_ko=language.korean_name(investor.name_ko),
        country=_countries(investor, lang),
        industry=_name(investor.industry, lang),
        size=investor.size.label(lang) if investor.size else None,
        website=investor.website,
        owner=language.name(_person(investor.owner, lang)),
        in_korea=investor.in_korea,
        tags=tags,
        notes=language.text(investor.notes, f"{who}: notes", "investor_notes"),
        contacts=tuple(
            PersonLine(
                language.name(c.full_name) or "",
                language.korean_name(c.name_ko),
                language.text(c.job_title, f"{who}: job title of {c.full_name}", "job_title"),
                c.email,
                c.phone,
            )
            for c in contacts
        ),
        interactions=lines,
        aftercare=aftercare,
        projects=projects,
        offers=_offers(session, province_ids, lang),
        talking_points=language.text(target.talking_points, f"{who}: talking points", "talking_points")
        if target
        else None,
        meeting_status=target.status.label(lang) if target else None,
        priority=target.priority if target else None,
        meeting_status_code=target.status.value if target else None,
        why_now=_why_now(words, lang, investor.in_korea, projects, lines, meeting, last_contact, today),
        risks=risks,
        last_contact=last_contact,
    )


def _met_elsewhere(
    session: Session, investor_id: uuid.UUID, contact_ids: set[uuid.UUID | None], language: _Language
) -> dict[uuid.UUID | None, str]:
    """The people the investor's meetings name who are not its people now, named as the meeting's
    editor names them: "Kim (now at Globex)" for one who moved to another investor since, "Kim
    (adviser)" for one of no investor. A deleted person stays unnamed, as among its own people."""
    ids = {i for i in contact_ids if i is not None}
    if not ids:
        return {}
    found = session.execute(
        select(Contact.id, Contact.full_name, Contact.investor_id, Investor.name)
        .outerjoin(Investor, Investor.id == Contact.investor_id)
        .where(Contact.id.in_(ids), Contact.deleted_at.is_(None), Contact.investor_id.is_distinct_from(investor_id))
    ).all()
    return {
        c_id: language.words["met_now_at"].format(name=language.name(name), investor=language.name(now_at))
        if now_at is not None
        else language.words["met_adviser"].format(name=language.name(name))
        for c_id, name, _at, now_at in found
    }


def _why_now(
    words: dict[str, str],
    lang: str,
    in_korea: bool,
    projects: tuple[ProjectLine, ...],
    interactions: tuple[InteractionLine, ...],
    meeting: ItineraryLine | None,
    last_contact: date | None,
    today: date,
) -> tuple[str, ...]:
    """Why this meeting matters now, from the records alone: what a leader reads in the car."""
    out: list[str] = []
    if meeting is not None:
        # A trip already made says when we met; a trip ahead, when we will.
        key = "why_met" if meeting.starts_utc.astimezone(KOREA).date() < today else "why_meeting"
        out.append(
            words[key].format(
                date=f"{formatting.day(meeting.starts_local.date(), lang)} {meeting.starts_local:%H:%M}",
                city=meeting.city or meeting.time_zone,
            )
        )
    if projects:
        lead = projects[0]  # the most advanced stage comes first
        since = formatting.day(lead.stage_since, lang) if lead.stage_since else formatting.DASH
        # A title left out as Korean-only is no name to read aloud: say what kind of project it is.
        title = lead.title if lead.title != words["korean_only"] else f"{lead.project_type} project"
        out.append(words["why_stage"].format(project=title, stage=lead.stage, since=since))
    notified = sum((p.notified_usd for p in projects), Decimal(0))
    arrived = sum((p.arrived_usd for p in projects), Decimal(0))
    if notified > arrived > Decimal(-1):
        out.append(
            words["why_gap"].format(gap=formatting.exact(notified - arrived), notified=formatting.exact(notified))
        )
    if last_contact is not None and (today - last_contact).days >= QUIET_DAYS:
        out.append(words["why_quiet"].format(days=(today - last_contact).days))
    elif interactions:
        out.append(
            words["why_recent"].format(
                date=formatting.day(last_contact, lang) if last_contact else formatting.DASH, kind=interactions[0].kind
            )
        )
    if in_korea:
        out.append(words["why_in_korea"])
    return tuple(out)


def _risks(
    session: Session,
    investor_id: uuid.UUID,
    visible: ColumnElement[bool],
    language: _Language,
    who: str,
    today: date,
    *,
    has_contacts: bool,
) -> tuple[RiskLine, ...]:
    """What could sour the meeting: our overdue promises and projects lost lately.

    There is no grievance record yet; overdue follow-ups are the closest thing an investor
    would raise, so they come first."""
    out: list[RiskLine] = []
    overdue = session.execute(
        select(Task.title, Task.due_on)
        .where(
            Task.investor_id == investor_id,
            Task.deleted_at.is_(None),
            Task.status == TaskStatus.OPEN,
            Task.due_on < today,
        )
        .order_by(Task.due_on)
        .limit(3)
    ).all()
    out += [RiskLine("overdue_task", language.text(t, f"{who}: task", "task") or "", due) for t, due in overdue]
    lost = session.execute(
        select(Project.title, Project.code_name, Project.confidential, Project.lost_reason, Project.stage_since)
        .join(PipelineStage, PipelineStage.id == Project.stage_id)
        .where(
            Project.investor_id == investor_id,
            Project.deleted_at.is_(None),
            PipelineStage.code == "LOST",
            visible,
            or_(
                Project.stage_since.is_(None),
                Project.stage_since >= date.fromordinal(today.toordinal() - LOST_WITHIN_DAYS),
            ),
        )
        .order_by(Project.stage_since.desc())
        .limit(2)
    ).all()
    for title, code_name, confidential, reason, since in lost:
        shown = (
            (code_name or language.confidential)
            if confidential
            else language.text(title, f"{who}: lost project", "lost_project")
        )
        why = language.text(reason, f"{who}: reason a project was lost", "lost_reason")
        out.append(RiskLine("lost_project", f"{shown}" + (f" — {why}" if why else ""), since))
    if not has_contacts:
        out.append(RiskLine("no_contact", ""))
    return tuple(out)


def _itinerary(
    delegation: Delegation, investors: dict[uuid.UUID, str], lang: str, language: _Language | None = None
) -> tuple[ItineraryLine, ...]:
    language = language or _Language(lang, labels(lang))
    # An item's city is typed as the destination's English name; a Korean pack says the Korean one
    # the destination carries (새너제이), and keeps what was typed where the destination has none.
    korean_cities = (
        {d.city.casefold(): d.city_ko for d in delegation.destinations if d.deleted_at is None and d.city_ko}
        if lang == "ko"
        else {}
    )
    lines = []
    for item in sorted(delegation.itinerary, key=lambda i: i.starts_at()):
        if item.deleted_at is not None:
            continue
        zone = ZoneInfo(item.time_zone)
        starts = item.starts_local.replace(tzinfo=zone)
        ends = item.ends_local.replace(tzinfo=zone) if item.ends_local else None
        kind = item.kind.label(lang)
        investor = investors.get(item.investor_id) if item.investor_id else None
        where = f"Itinerary {item.starts_local:%Y-%m-%d %H:%M}"
        title = item.title
        if language.english and has_hangul(title):
            # A title in Korean only gets one said in English from what the item knows.
            derived = f"{kind}: {investor}" if investor else f"{kind} · {item.city or item.time_zone}"
            language.untranslated.append(
                Untranslated(f'{where} · title (shown as "{derived}")', title, "itinerary_title")
            )
            title = derived
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
                kind=kind,
                title=title,
                city=korean_cities.get((item.city or "").casefold()) or language.name(item.city),
                venue=language.name(item.venue),
                investor=language.name(investor),
                notes=language.text(item.notes, f"{where} · notes", "itinerary_notes"),
                id=item.id,
                kind_code=item.kind.value,
            )
        )
    return tuple(lines)


def _kpis(ctx: Context, session: Session, year: int, lang: str) -> Kpis:
    figures = year_figures_in(session, ctx, year)
    stages = session.scalars(select(PipelineStage).order_by(PipelineStage.sort_order)).all()
    regions = session.scalars(select(Region).order_by(Region.sort_order)).all()
    unassigned = msg("briefing.assemble", "Not yet decided").text(lang)
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
        language = _Language(lang, words)
        investor_names = {t.investor.id: t.investor.name for t in targets}
        itinerary = _itinerary(delegation, investor_names, lang, language)
        first_meeting: dict[str, ItineraryLine] = {}
        for line in itinerary:
            if line.kind_code == "meeting" and line.investor:
                first_meeting.setdefault(line.investor, line)
        profiles = tuple(
            _profile(
                session,
                t.investor,
                lang,
                words,
                visible,
                target=t,
                fallback_provinces=lead_ids,
                language=language,
                meeting=first_meeting.get(t.investor.name),
            )
            for t in targets
        )
        access_log.record(
            ctx,
            access_log.DOWNLOAD,
            "briefing_pack",
            access_log.contacts_of_investors(session, [t.investor.id for t in targets]),
            subject=delegation.id,
            session=session,
        )
        session.commit()
        ko = lang == "ko"
        if ko:
            title, other = delegation.title, delegation.title_en
        else:
            # The Korean title is not a subtitle an English reader can use.
            title, other = delegation.title_en or language.name(delegation.title) or "", None
        recorded = meetings_logged(session, delegation.id)
        live_destinations = [d for d in delegation.destinations if d.deleted_at is None]
        sites = _proposed_sites(session, [t.investor.id for t in targets], visible)
        site_names = (
            dict(
                session.execute(
                    select(Province.code, Province.name_ko if ko else Province.name_en)
                    .where(Province.code.in_(sites))
                    .order_by(Province.sort_order)
                ).all()
            )
            if sites
            else {}
        )
        korea_map = build_map(
            session,
            ctx,
            "notified",
            delegation.year,
            lang=lang,
            lead=[p.province.code for p in live_provinces if p.is_lead],
            sites=sites,
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
            leader=language.name(_person(delegation.leader, lang)),
            destinations=tuple(
                f"{(d.city_ko if ko and d.city_ko else language.name(d.city))}, {_name(d.country, lang)}"
                for d in live_destinations
            ),
            target_industry=_name(delegation.target_industry, lang),
            objectives=language.text(delegation.objectives, "Objectives", "objectives"),
            lead_provinces=tuple(_name(p.province, lang) or "" for p in live_provinces if p.is_lead),
            other_provinces=tuple(_name(p.province, lang) or "" for p in live_provinces if not p.is_lead),
            fezs=tuple(_name(f, lang) or "" for f in delegation.fezs),
            organisations=tuple(
                o.name_ko if ko else (o.name_en or language.name(o.name_ko) or "")
                for o in delegation.organisations
                if o.deleted_at is None
            ),
            members=tuple(
                MemberLine(m.name, m.name_en, m.organisation, m.position, m.is_leader)
                if ko
                else MemberLine(
                    m.name_en or language.name(m.name) or "",
                    None,
                    language.name(m.organisation),
                    language.text(m.position, f"Member {m.name_en or m.name}: position", "member_position"),
                    m.is_leader,
                )
                for m in sorted(delegation.members, key=lambda m: (not m.is_leader, m.name))
                if m.deleted_at is None
            ),
            itinerary=itinerary,
            investors=profiles,
            results=Results(
                delegation.result_meetings,
                delegation.result_mous,
                delegation.result_pledged_usd,
                language.text(delegation.results, "Results summary", "results"),
            ),
            kpis=_kpis(ctx, session, delegation.year, lang),
            confidentiality=words["confidential"],
            labels=words,
            status_code=delegation.status.value,
            destination_cities=tuple((d.city, d.city_ko) for d in live_destinations),
            targets_met=sum(1 for t in targets if t.status == MeetingTargetStatus.MET),
            interactions_recorded=recorded,
            untranslated=tuple(language.untranslated),
            proper_names=tuple(language.proper),
            korea_map=korea_map,
            site_names=tuple(site_names.values()),
        )


def _proposed_sites(session: Session, investor_ids: list[uuid.UUID], visible: ColumnElement[bool]) -> list[str]:
    """Where the investors to meet would land: the target provinces of their open and won projects
    the pack's maker may see (a confidential project of another team marks no site)."""
    if not investor_ids:
        return []
    return list(
        session.scalars(
            select(Province.code)
            .join(Project, Project.target_province_id == Province.id)
            .join(PipelineStage, PipelineStage.id == Project.stage_id)
            .where(
                Project.investor_id.in_(investor_ids),
                Project.deleted_at.is_(None),
                PipelineStage.kind != StageKind.SIDE,
                visible,
            )
            .distinct()
        ).all()
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
            ctx,
            access_log.PRINT,
            "investor_profile",
            access_log.contacts_of_investors(session, [investor.id]),
            subject=investor.id,
            session=session,
        )
        session.commit()
        return ProfilePack(
            lang=lang,
            generated_at=datetime.now(UTC),
            profile=_profile(session, investor, lang, words, visible),
            confidentiality=words["confidential"],
            labels=words,
        )


def _countries(investor: Investor, lang: str) -> str | None:
    """The parent's country, and the direct investor's beside it when a holding makes them differ."""
    parent = _name(investor.country, lang)
    direct = _name(investor.direct_country, lang)
    if direct and parent and direct != parent:
        return msg("briefing.assemble", "{parent} (direct investor: {direct})").text(lang, parent=parent, direct=direct)
    return parent or direct


def _project_type(project: Project, lang: str) -> str:
    """The ministry's type, with 증액 when an investor already here adds to its investment."""
    label = project.project_type.label(lang)
    if project.new_or_additional == NewOrAdditional.ADDITIONAL:
        label += " · " + (msg("briefing.assemble", "additional").text(lang))
    return label
