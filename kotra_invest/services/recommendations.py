"""Whom a delegation should meet: investors ranked for a trip, each with the reasons that put it there.

Six signals, each a number from 0 to 1 times a weight the office sets (app settings
`recommend.weight.<signal>`), each stated in the officer's language so that a ranking can be
checked, not just trusted:

- industry: the investor's industry is the delegation's target industry (1), or a strategic
  industry of a lead province (0.5);
- location: its HQ is in a destination city (1, with the day the itinerary is there), or in a
  destination's country (0.4);
- momentum: a project at an open stage (further along, more), an FDI tranche in the past year;
- gap: never met (0.6), or not met for 6 months and more (up to 1 at a year);
- expansion: already runs a site in a lead province (1), or operates in Korea (0.4);
- risk: an open grievance case (its weight is negative: shown, and ranked down, never hidden).

Confidential projects count only for those who may see them (`access.visible_projects`): a
project another office keeps confidential neither raises a score nor shows in a reason, and a
meeting about it is not a meeting for the gap either. Investors already on the list to meet and
those the leader dismissed for this trip are left out.

Cost (under 300 ms at 100,000 investors; bench/recommend.py): the investors are read level by
level of what their own columns give — target industry or a strategic one × HQ at a stop or in a
destination's country — best first, each level by index (investor(industry_id, country_id)).
Within a level they are ordered by the most each could score, from their sites and their row of
`investor_signal` (kept by triggers: store/investor_signal.py), exact for most; the exact signals
are then computed from the source tables, with the confidentiality rule, per page of that order
until no investor further down could still reach the top `limit`. A level is read only if its
points and the most the other signals add could still put one of its investors on the list.
"""

from __future__ import annotations

import contextlib
import math
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, CompoundSelect, Select, and_, case, exists, false, func, or_, select, union
from sqlalchemy.orm import Session

from kotra_invest.catalog import Message, msg
from kotra_invest.domain.aftercare_models import OPEN_CASE, GrievanceCase
from kotra_invest.domain.base import utcnow
from kotra_invest.domain.enums import StageKind
from kotra_invest.domain.errors import ValidationError
from kotra_invest.domain.models import (
    Country,
    Delegation,
    DelegationDestination,
    DelegationProvince,
    FdiAmount,
    Industry,
    Interaction,
    Investor,
    ItineraryItem,
    MeetingTarget,
    PipelineStage,
    Project,
    Province,
    Setting,
    province_industry,
)
from kotra_invest.domain.recommend_models import InvestorSignal, InvestorSite, RecommendationDismissal
from kotra_invest.services import access
from kotra_invest.services.investor_sites import hq_city_label, listed_city
from kotra_invest.services.records import linked, live, writer
from kotra_invest.services.unit_of_work import Context, unit_of_work

SIGNALS = ("industry", "location", "momentum", "gap", "expansion", "risk")
# A trip is about an industry and a few cities: those lead; momentum, the gap and expansion order
# the investors that fit. (With momentum 2 and expansion 1.5, the back-test on the demo data,
# bench/recommend.py, recalled fewer of the investors trips had chosen than industry alone.)
DEFAULT_WEIGHTS: dict[str, float] = {
    "industry": 3.0,
    "location": 3.0,
    "momentum": 1.0,
    "gap": 1.0,
    "expansion": 1.0,
    "risk": -1.0,
}
WEIGHT_KEY = "recommend.weight.{}"
SIGNAL_LABELS: dict[str, Message] = {
    "industry": msg("services.recommendations", "Industry fit"),
    "location": msg("services.recommendations", "Location fit"),
    "momentum": msg("services.recommendations", "Pipeline momentum"),
    "gap": msg("services.recommendations", "Relationship gap"),
    "expansion": msg("services.recommendations", "Expansion potential"),
    "risk": msg("services.recommendations", "Risk"),
}

_WORDS: dict[str, Message] = {
    "target_industry": msg("services.recommendations", "{industry} (the delegation's industry)"),
    "strategic_industry": msg("services.recommendations", "{industry} (a strategic industry of {province})"),
    "hq_on_itinerary": msg("services.recommendations", "HQ in {city}, on the itinerary {day}"),
    "hq_destination": msg("services.recommendations", "HQ in {city}, a destination of the trip"),
    "hq_country": msg("services.recommendations", "HQ in {country}, where the trip goes ({city})"),
    "stage": msg("services.recommendations", "project at {stage} stage"),
    "tranche": msg("services.recommendations", "FDI notified or arrived in the past year"),
    "never_met": msg("services.recommendations", "never met"),
    "last_met": msg("services.recommendations", "last met {months} months ago"),
    "site_lead": msg("services.recommendations", "already invests in {place}"),
    "in_korea": msg("services.recommendations", "already operates in Korea"),
    "grievance": msg("services.recommendations", "open grievance case ({count})"),
}
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Pages of the ordered investors: the first of a few times the list asked for, then larger ones.
_FIRST_PAGE, _PAGE_PER_RESULT, _GAP_BATCH = 100, 3, 400
# A score adds points rounded to 4 decimals (up to 0.00005 each) and the bound does not: a row
# is past reaching the list only when its bound is below the bar by more than that.
_SLOP = 0.001


def _say(key: str, lang: str, **values: object) -> str:
    return _WORDS[key].text(lang, **values)


def short_day(day: date, lang: str) -> str:
    """ "2 Mar" / "3월 2일": a day of a trip whose year the reader knows."""
    return msg("services.recommendations", "{day} {MONTHS_EN}").text(
        lang, month=day.month, day=day.day, MONTHS_EN=_MONTHS_EN[day.month - 1]
    )


@dataclass(frozen=True)
class Reason:
    signal: str  # one of SIGNALS
    text: str  # in the officer's language
    points: float  # what it added to the score (weight × strength; negative for a risk)


@dataclass(frozen=True)
class Recommendation:
    investor_id: uuid.UUID
    name: str
    name_ko: str | None
    country: str | None
    industry: str | None
    hq_city: str | None
    score: float
    reasons: tuple[Reason, ...]

    def reason_text(self) -> str:
        return " · ".join(r.text for r in self.reasons)


@dataclass(frozen=True)
class DayPlanHint:
    """Where a chosen investor's meeting could go: a suggestion, never written by itself."""

    investor_id: uuid.UUID
    investor: str
    day: date | None
    city: str | None  # in the officer's language
    why: str
    destination: str | None = None  # the destination's city as stored (what an itinerary entry names)
    time_zone: str | None = None


# --- settings ----------------------------------------------------------------------------------


def weights(ctx: Context) -> dict[str, float]:
    """Each signal's weight: the office's setting, else the default."""
    with unit_of_work(ctx) as session:
        return _weights(session)


def _weights(session: Session) -> dict[str, float]:
    stored = dict(
        session.execute(select(Setting.key, Setting.value).where(Setting.key.like("recommend.weight.%"))).all()
    )
    out = dict(DEFAULT_WEIGHTS)
    for signal in SIGNALS:
        value = stored.get(WEIGHT_KEY.format(signal))
        if value is not None:
            # A hand-edited setting that is not a number keeps the default rather than fail the list.
            with contextlib.suppress(ValueError):
                out[signal] = float(value)
    return out


def parse_weight(signal: str, text: str) -> float:
    """A weight as typed ("3", "0.5", "-1"): a number from -10 to 10, else one clear sentence
    about that signal's field (`weight_<signal>`)."""
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or not -10 <= value <= 10:
        raise ValidationError("invalid_weight", field=f"weight_{signal}", value=text.strip() or "—")
    return value


def set_weights(ctx: Context, values: dict[str, float]) -> None:
    """Set signals' weights for the whole office (admins), all or none."""
    for signal, value in values.items():
        if signal not in SIGNALS:
            raise ValidationError("invalid_value", field="weight", value=signal)
        parse_weight(signal, repr(value))
    with unit_of_work(ctx) as session:
        access.require_admin(access.principal(session, ctx))
        for signal, value in values.items():
            key = WEIGHT_KEY.format(signal)
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=str(value)))
            else:
                row.value = str(value)
        session.commit()


def set_weight(ctx: Context, signal: str, value: float) -> None:
    """Set one signal's weight for the whole office (admins)."""
    set_weights(ctx, {signal: value})


# --- the risk signal's source ------------------------------------------------------------------


def open_grievances(
    session: Session, investor_ids: Iterable[uuid.UUID], visible: ColumnElement[bool]
) -> dict[uuid.UUID, int]:
    """How many open grievance (aftercare) cases each investor has; a case about a project the
    officer may not see (`visible`: `access.visible_projects`) is not counted, nor told of."""
    ids = list(investor_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(GrievanceCase.investor_id, func.count(GrievanceCase.id))
        .where(
            GrievanceCase.investor_id.in_(ids),
            GrievanceCase.deleted_at.is_(None),
            GrievanceCase.status.in_(OPEN_CASE),
            # Checked per case (an index probe), not against a list of every visible project.
            GrievanceCase.project_id.is_(None) | exists().where(Project.id == GrievanceCase.project_id, visible),
        )
        .group_by(GrievanceCase.investor_id)
    )
    return {investor_id: int(n) for investor_id, n in rows}


# --- the trip --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Stop:
    city_en: str  # the reference list's English name, else as entered
    city_shown: str
    country_id: uuid.UUID
    country_shown: str
    days: tuple[date, ...]  # the itinerary's days in this city (none planned yet: empty)
    stored: str = ""  # the destination's city as entered
    time_zone: str = "UTC"


@dataclass(frozen=True)
class _Trip:
    id: uuid.UUID
    industry_id: uuid.UUID | None
    industry_names: dict[uuid.UUID, str]
    strategic: dict[uuid.UUID, str]  # industry -> the lead province that names it
    lead_provinces: dict[uuid.UUID, str]
    stops: tuple[_Stop, ...]
    starts_on: date | None


def _norm(text: str) -> str:
    return text.strip().casefold()


def _trip(session: Session, delegation: Delegation, lang: str) -> _Trip:
    names = {i.id: i.name(lang) for i in session.scalars(select(Industry))}
    leads = dict(
        session.execute(
            select(Province.id, Province.name_ko if lang == "ko" else Province.name_en)
            .join(DelegationProvince, DelegationProvince.province_id == Province.id)
            .where(
                DelegationProvince.delegation_id == delegation.id,
                DelegationProvince.is_lead.is_(True),
                DelegationProvince.deleted_at.is_(None),
            )
        ).all()
    )
    strategic: dict[uuid.UUID, str] = {}
    if leads:
        for industry_id, province_id in session.execute(
            select(province_industry.c.industry_id, province_industry.c.province_id).where(
                province_industry.c.province_id.in_(leads)
            )
        ):
            strategic.setdefault(industry_id, leads[province_id])
    items = session.execute(
        select(ItineraryItem.city, ItineraryItem.starts_local).where(
            ItineraryItem.delegation_id == delegation.id, ItineraryItem.deleted_at.is_(None)
        )
    ).all()
    days_by_city: dict[str, set[date]] = defaultdict(set)
    for city, starts in items:
        if city:
            days_by_city[_norm(city)].add(starts.date())
    stops = []
    destinations = session.execute(
        select(DelegationDestination, Country)
        .join(Country, Country.id == DelegationDestination.country_id)
        .where(DelegationDestination.delegation_id == delegation.id, DelegationDestination.deleted_at.is_(None))
        .order_by(DelegationDestination.seq)
    ).all()
    for dest, country in destinations:
        listed = listed_city(country.code, dest.city)
        city_en = listed.name_en if listed else dest.city
        shown = listed.name(lang) if listed else (dest.city_ko if lang == "ko" and dest.city_ko else dest.city)
        keys = {_norm(dest.city), _norm(city_en)} | ({_norm(dest.city_ko)} if dest.city_ko else set())
        if listed:
            keys.add(_norm(listed.name_ko))
        days = sorted(set().union(*(days_by_city.get(k, set()) for k in keys)))
        stops.append(_Stop(city_en, shown, country.id, country.name(lang), tuple(days), dest.city, dest.time_zone))
    return _Trip(
        delegation.id, delegation.target_industry_id, names, strategic, leads, tuple(stops), delegation.starts_on
    )


# --- ranking -----------------------------------------------------------------------------------


@dataclass
class _Candidate:
    id: uuid.UUID
    name: str
    name_ko: str | None
    country_id: uuid.UUID | None
    industry_id: uuid.UUID | None
    hq_city: str | None
    in_korea: bool
    reasons: list[Reason]
    score: float = 0.0

    def add(self, signal: str, strength: float, weight: float, text: str) -> None:
        points = round(strength * weight, 4)
        self.reasons.append(Reason(signal, text, points))
        self.score += points


def recommend(
    ctx: Context,
    delegation_id: uuid.UUID,
    *,
    limit: int = 20,
    weights_override: dict[str, float] | None = None,
    today: date | None = None,
    hide_targets: bool = False,
) -> list[Recommendation]:
    """The `limit` best investors for the delegation, best first, each with its reasons.

    `today`: the day the gap and the recent tranches are measured from (a back-test passes the
    trip's start, and then meetings after it, or during this trip, do not count).
    `hide_targets`: for a back-test, treat the investors to meet as unknown (they may be
    recommended; normally they are left out, being chosen already)."""
    if limit < 1:
        raise ValidationError("invalid_value", field="limit", value=limit)
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        delegation = live(session, Delegation, delegation_id, "delegation")
        w = _weights(session) | (weights_override or {})
        trip = _trip(session, delegation, ctx.lang)
        as_of = today or date.today()
        return _rank(session, who, trip, w, ctx.lang, limit, as_of, hide_targets)


def _bound_query(
    trip: _Trip,
    w: dict[str, float],
    who: access.Principal,
    as_of: date,
    top_stage: int,
    hide_targets: bool,
    special_ids: list[uuid.UUID] | Select[Any],
) -> tuple[Select[Any], list[tuple[float, ColumnElement[bool]]]]:
    """The investors ordered by the most each could score, best first, and the levels of what
    their own columns give (industry × location: each level's points and its condition, which
    an index serves for the levels that fit the trip), best first.

    Industry, location and expansion are exact (the investor's own columns and its sites);
    momentum, the gap and the risk come from `investor_signal` (store/investor_signal.py), which
    counts only what every officer may see: for the investors with something only some officers
    see — a confidential project the signed-in officer may see, or a meeting about one — and for
    those the figures do not settle (a meeting after `as_of`, or during this very trip), the most
    the signal can add. So the bound is exact for most investors, and never below the score
    `_rank` then computes from the source tables with the confidentiality rule.
    `special_ids`: those investors (`_seen_in_confidence`)."""
    signal = InvestorSignal
    industries = [trip.industry_id] if trip.industry_id else []
    industry = case(
        (Investor.industry_id == trip.industry_id, 1.0) if trip.industry_id else (false(), 1.0),
        (Investor.industry_id.in_(list(trip.strategic)), 0.5),
        else_=0.0,
    )
    countries = [stop.country_id for stop in trip.stops]
    at_stop = [and_(Investor.hq_city == stop.city_en, Investor.country_id == stop.country_id) for stop in trip.stops]
    location = case(
        (or_(*at_stop) if at_stop else false(), 1.0),
        (Investor.country_id.in_(countries), 0.4),
        else_=0.0,
    )
    # Every investor is in exactly one level: (target industry | a strategic one | neither) ×
    # (HQ at a stop | in a destination's country | neither).
    strategic_only = [i for i in trip.strategic if i != trip.industry_id]
    industry_levels = [
        (1.0, Investor.industry_id.in_(industries)),
        (0.5, Investor.industry_id.in_(strategic_only)),
        (0.0, or_(Investor.industry_id.is_(None), Investor.industry_id.not_in(industries + strategic_only))),
    ]
    # (The countries again, for the index on industry and country: the cities alone cannot use it.)
    at_a_stop = (
        and_(Investor.country_id.in_(countries), Investor.hq_city.is_not(None), or_(*at_stop)) if at_stop else false()
    )
    location_levels = [
        (1.0, at_a_stop),
        (0.4, and_(Investor.country_id.in_(countries), ~at_a_stop)),
        (0.0, or_(Investor.country_id.is_(None), Investor.country_id.not_in(countries))),
    ]
    levels = sorted(
        (
            (w["industry"] * i + w["location"] * loc, and_(i_where, loc_where))
            for i, i_where in industry_levels
            for loc, loc_where in location_levels
        ),
        key=lambda level: -level[0],
    )

    special = or_(
        signal.investor_id.is_(None),  # no figures yet: assume the most
        Investor.id.in_(special_ids),
    )
    bound = w["industry"] * industry + w["location"] * location
    if w["momentum"] > 0:
        stage = case((signal.best_stage.is_(None), 0.0), else_=0.4 + signal.best_stage * (0.6 / top_stage))
        tranche = case((signal.last_fdi_on > as_of - timedelta(days=365), 0.3), else_=0.0)
        momentum = case((special, 1.0), (stage + tranche > 1.0, 1.0), else_=stage + tranche)
        bound = bound + w["momentum"] * momentum
    if w["gap"] > 0:
        until = datetime.combine(as_of, time.min, tzinfo=UTC)
        settled = and_(
            signal.last_met < until,
            or_(signal.last_met_delegation_id.is_(None), signal.last_met_delegation_id != trip.id),
        )

        def met_before(months: int) -> ColumnElement[bool]:
            # met.date() <= as_of - 30 × months days, with a day to spare for the server's time zone
            return signal.last_met < until - timedelta(days=30 * months - 2)

        bands = case(*((met_before(m), min(1.0, m / 12)) for m in range(12, 5, -1)), else_=0.0)
        gap = case((special, 1.0), (signal.last_met.is_(None), 0.6), (settled, bands), else_=1.0)
        bound = bound + w["gap"] * gap
    if w["expansion"] > 0:
        live_site = and_(InvestorSite.investor_id == Investor.id, InvestorSite.deleted_at.is_(None))
        lead_site = exists().where(live_site, InvestorSite.province_id.in_(list(trip.lead_provinces)))
        expansion = case(
            (lead_site, 1.0) if trip.lead_provinces else (false(), 1.0),
            (Investor.in_korea.is_(True), 0.4),
            (exists().where(live_site), 0.4),
            else_=0.0,
        )
        bound = bound + w["expansion"] * expansion
    if w["risk"] > 0:
        bound = bound + w["risk"]
    elif w["risk"] < 0:  # a case every officer sees counts for everyone; one they may not see only lowers
        bound = bound + case((signal.open_grievances > 0, w["risk"]), else_=0.0)
    ceiling = bound.label("ceiling")
    dismissed = select(RecommendationDismissal.investor_id).where(
        RecommendationDismissal.delegation_id == trip.id, RecommendationDismissal.deleted_at.is_(None)
    )
    query = (
        select(
            Investor.id,
            Investor.name,
            Investor.name_ko,
            Investor.country_id,
            Investor.industry_id,
            Investor.hq_city,
            Investor.in_korea,
            industry.label("industry"),
            location.label("location"),
            ceiling,
            # Whose cases need reading: a case every officer sees, or one only some may see.
            or_(signal.open_grievances > 0, special).label("may_have_cases"),
        )
        .outerjoin(signal, signal.investor_id == Investor.id)
        .where(Investor.deleted_at.is_(None), Investor.merged_into_id.is_(None), Investor.id.not_in(dismissed))
    )
    if not hide_targets:
        chosen = select(MeetingTarget.investor_id).where(
            MeetingTarget.delegation_id == trip.id, MeetingTarget.deleted_at.is_(None)
        )
        query = query.where(Investor.id.not_in(chosen))
    return query.order_by(ceiling.desc(), Investor.name, Investor.id), levels


_SPECIAL_AS_LIST = 5000


def _seen_in_confidence(session: Session, who: access.Principal) -> list[uuid.UUID] | Select[Any]:
    """The investors with a confidential project `who` may see, or a meeting about one: their
    stored figures leave out what counts for `who`. Read once per ranking, in two indexed steps
    (the confidential projects `who` sees, by a partial index; then their meetings by project):
    in one statement the server misjudged how many projects the rule keeps and scanned every
    meeting. For an admin at a large office the lists can be long: then they stay subqueries."""
    hidden_from_some = (Project.confidential == True) & access.visible_projects(who)  # noqa: E712 - the partial index's condition
    rows = session.execute(
        select(Project.id, Project.investor_id).where(hidden_from_some).limit(_SPECIAL_AS_LIST + 1)
    ).all()
    projects = [project_id for project_id, _investor in rows]
    ids = {investor_id for _project, investor_id in rows}
    if len(rows) <= _SPECIAL_AS_LIST and projects:
        ids |= set(
            session.scalars(select(Interaction.investor_id).where(Interaction.project_id.in_(projects)).distinct())
        )
    if len(rows) <= _SPECIAL_AS_LIST and len(ids) <= _SPECIAL_AS_LIST:
        return [i for i in ids if i is not None]
    query: CompoundSelect[tuple[uuid.UUID | None]] = union(
        select(Project.investor_id).where(hidden_from_some),
        select(Interaction.investor_id).where(Interaction.project_id.in_(select(Project.id).where(hidden_from_some))),
    )
    return select(query.subquery().c.investor_id)


def _ceilings(ctx: Context, delegation_id: uuid.UUID, as_of: date) -> dict[uuid.UUID, float]:
    """The most each investor could score, as `_rank` orders them (for the tests: never below
    the score, and equal to it for most)."""
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        trip = _trip(session, live(session, Delegation, delegation_id, "delegation"), ctx.lang)
        top = session.scalar(select(func.max(PipelineStage.sort_order)).where(PipelineStage.kind == StageKind.OPEN))
        special = _seen_in_confidence(session, who)
        query, _levels = _bound_query(trip, _weights(session), who, as_of, top or 1, False, special)
        return {row.id: float(row.ceiling) for row in session.execute(query)}


def _rank(
    session: Session,
    who: access.Principal,
    trip: _Trip,
    w: dict[str, float],
    lang: str,
    limit: int,
    as_of: date,
    hide_targets: bool,
) -> list[Recommendation]:
    countries = dict(session.execute(select(Country.id, Country.code)).all())
    country_names = {c.id: c.name(lang) for c in session.scalars(select(Country))}
    stages = {
        order: (name_ko if lang == "ko" else name_en)
        for order, name_ko, name_en in session.execute(
            select(PipelineStage.sort_order, PipelineStage.name_ko, PipelineStage.name_en).where(
                PipelineStage.kind == StageKind.OPEN
            )
        )
    }
    top_stage = max(stages, default=1) or 1
    query, levels = _bound_query(trip, w, who, as_of, top_stage, hide_targets, _seen_in_confidence(session, who))
    look = _Looks(trip, w, lang, stages, country_names)

    # Level by level (what the investor's own columns give, best first), pages of the investors
    # by the most each could score, until no row further down can still reach the top `limit`;
    # a level is read only if its points and the most the other signals add could still put one
    # of its investors on the list. For a trip, the levels that fit it are small and indexed.
    scored: list[_Candidate] = []

    def threshold() -> float | None:
        return sorted((c.score for c in scored), reverse=True)[limit - 1] if len(scored) >= limit else None

    others_most = sum(max(0.0, w[s]) for s in ("momentum", "gap", "expansion", "risk"))
    for points, level in levels:
        bar = threshold()
        if bar is not None and points + others_most < bar - _SLOP:
            continue
        offset, page = 0, max(_FIRST_PAGE, limit * _PAGE_PER_RESULT)
        while True:
            rows = session.execute(query.where(level).limit(page).offset(offset)).all()
            batch = {row.id: look.candidate(row) for row in rows}
            _add_pipeline_and_sites(session, who, look, as_of, batch)
            signalled = {i: c for i, c in batch.items() if c.reasons}  # a signal besides the gap
            cases = {row.id for row in rows if row.may_have_cases}
            _add_gap_and_risk(session, who, trip, w, lang, as_of, signalled, cases)
            scored.extend(signalled.values())
            offset += len(rows)
            if len(rows) < page:
                break
            bar = threshold()
            if bar is not None and float(rows[-1].ceiling) < bar - _SLOP:
                break
            page = max(page, _GAP_BATCH)  # further down, fewer rows count: larger pages, fewer queries
    best_first = sorted(scored, key=lambda c: (-c.score, c.name, c.id))[:limit]
    return [
        Recommendation(
            c.id,
            c.name,
            c.name_ko,
            country_names.get(c.country_id) if c.country_id else None,
            trip.industry_names.get(c.industry_id) if c.industry_id else None,
            hq_city_label(countries.get(c.country_id) if c.country_id else None, c.hq_city, lang),
            round(c.score, 2),
            tuple(sorted((r for r in c.reasons if r.points != 0 or r.signal == "risk"), key=_reason_order)),
        )
        for c in best_first
    ]


@dataclass(frozen=True)
class _Looks:
    """What turns a row's signals into reasons in words: the trip and the names."""

    trip: _Trip
    w: dict[str, float]
    lang: str
    stages: dict[int, str]
    country_names: dict[uuid.UUID, str]

    def candidate(self, row: Any) -> _Candidate:
        trip, w, lang = self.trip, self.w, self.lang
        c = _Candidate(row.id, row.name, row.name_ko, row.country_id, row.industry_id, row.hq_city, row.in_korea, [])
        if row.industry == 1.0 and c.industry_id is not None:
            c.add(
                "industry",
                1.0,
                w["industry"],
                _say("target_industry", lang, industry=trip.industry_names[c.industry_id]),
            )
        elif row.industry and c.industry_id is not None:
            c.add(
                "industry",
                0.5,
                w["industry"],
                _say(
                    "strategic_industry",
                    lang,
                    industry=trip.industry_names[c.industry_id],
                    province=trip.strategic.get(c.industry_id, ""),
                ),
            )
        stop = next(
            (s for s in trip.stops if s.country_id == c.country_id and _norm(s.city_en) == _norm(c.hq_city or "")), None
        )
        if row.location == 1.0 and stop is not None:
            day = short_day(stop.days[0], lang) if stop.days else None
            text = (
                _say("hq_on_itinerary", lang, city=stop.city_shown, day=day)
                if day
                else _say("hq_destination", lang, city=stop.city_shown)
            )
            c.add("location", 1.0, w["location"], text)
        elif row.location:
            near = next(s for s in trip.stops if s.country_id == c.country_id)
            country = self.country_names.get(c.country_id, "") if c.country_id else ""
            c.add("location", 0.4, w["location"], _say("hq_country", lang, country=country, city=near.city_shown))
        return c


def _add_pipeline_and_sites(
    session: Session, who: access.Principal, look: _Looks, as_of: date, batch: dict[uuid.UUID, _Candidate]
) -> None:
    """Momentum (the furthest visible open project, FDI in the past year) and expansion (a site in
    a lead province, else operating in Korea) for one page of candidates."""
    if not batch:
        return
    ids = list(batch)
    visible = access.visible_projects(who)
    best: dict[uuid.UUID, int] = dict(
        session.execute(
            select(Project.investor_id, func.max(PipelineStage.sort_order))
            .join(PipelineStage, PipelineStage.id == Project.stage_id)
            .where(
                Project.investor_id.in_(ids),
                Project.deleted_at.is_(None),
                PipelineStage.kind == StageKind.OPEN,
                visible,
            )
            .group_by(Project.investor_id)
        ).all()
    )
    recent = set(
        session.scalars(
            select(Project.investor_id)
            .join(FdiAmount, FdiAmount.project_id == Project.id)
            .where(
                Project.investor_id.in_(ids),
                Project.deleted_at.is_(None),
                FdiAmount.deleted_at.is_(None),
                FdiAmount.on_date > as_of - timedelta(days=365),
                FdiAmount.on_date <= as_of,
                visible,
            )
            .distinct()
        )
    )
    sites: dict[uuid.UUID, list[str]] = defaultdict(list)
    anywhere: set[uuid.UUID] = set()
    for investor_id, province_id, name_ko, name_en in session.execute(
        select(InvestorSite.investor_id, Province.id, Province.name_ko, Province.name_en)
        .join(Province, Province.id == InvestorSite.province_id)
        .where(InvestorSite.investor_id.in_(ids), InvestorSite.deleted_at.is_(None))
        .order_by(Province.sort_order)
    ):
        anywhere.add(investor_id)
        if province_id in look.trip.lead_provinces:
            sites[investor_id].append(name_ko if look.lang == "ko" else name_en)
    top = max(look.stages, default=1) or 1  # as in `_rank`'s bound
    w, lang = look.w, look.lang
    for investor_id, c in batch.items():
        momentum, texts = 0.0, []
        if investor_id in best:
            momentum += 0.4 + 0.6 * min(1.0, best[investor_id] / top)
            texts.append(_say("stage", lang, stage=look.stages.get(best[investor_id], "")))
        if investor_id in recent:
            momentum += 0.3
            texts.append(_say("tranche", lang))
        if texts:
            c.add("momentum", min(1.0, momentum), w["momentum"], " · ".join(texts))
        if sites.get(investor_id):
            c.add(
                "expansion",
                1.0,
                w["expansion"],
                _say("site_lead", lang, place=", ".join(dict.fromkeys(sites[investor_id]))),
            )
        elif c.in_korea or investor_id in anywhere:
            c.add("expansion", 0.4, w["expansion"], _say("in_korea", lang))


def _reason_order(reason: Reason) -> int:
    return SIGNALS.index(reason.signal)


def _add_gap_and_risk(
    session: Session,
    who: access.Principal,
    trip: _Trip,
    w: dict[str, float],
    lang: str,
    as_of: date,
    batch: dict[uuid.UUID, _Candidate],
    may_have_cases: set[uuid.UUID],
) -> None:
    """The gap (the last meeting the officer may know of) and the risk (open cases): the cases
    are read for `may_have_cases` only — the others have none anyone may see (investor_signal)."""
    until = datetime.combine(as_of, time.min, tzinfo=UTC)
    visible = access.visible_projects(who)
    last_met = dict(
        session.execute(
            select(Interaction.investor_id, func.max(Interaction.occurred_at))
            .where(
                Interaction.investor_id.in_(batch),
                Interaction.deleted_at.is_(None),
                Interaction.occurred_at < until,
                or_(Interaction.delegation_id.is_(None), Interaction.delegation_id != trip.id),
                # A meeting about a project the officer may not see tells of the project: not counted.
                # (NOT EXISTS, not an OR over project_id: SQLite would walk the meetings by project.)
                ~exists().where(Project.id == Interaction.project_id, ~visible),
            )
            .group_by(Interaction.investor_id)
        ).all()
    )
    grievances = open_grievances(session, [i for i in batch if i in may_have_cases], visible)
    for investor_id, c in batch.items():
        met = last_met.get(investor_id)
        if met is None:
            c.add("gap", 0.6, w["gap"], _say("never_met", lang))
        else:
            met_day = met.date() if isinstance(met, datetime) else met
            months = (as_of - met_day).days // 30
            if months >= 6:
                c.add("gap", min(1.0, months / 12), w["gap"], _say("last_met", lang, months=months))
        count = grievances.get(investor_id, 0)
        if count:
            c.add("risk", 1.0, w["risk"], _say("grievance", lang, count=count))


# --- acting on a recommendation -------------------------------------------------------------------


def dismiss(ctx: Context, delegation_id: uuid.UUID, investor_id: uuid.UUID) -> uuid.UUID:
    """Set an investor aside for this trip; it stays out of the trip's recommendations."""
    with unit_of_work(ctx) as session:
        writer(session, ctx)
        live(session, Delegation, delegation_id, "delegation")
        linked(session, Investor, investor_id, "investor")
        row = session.scalar(
            select(RecommendationDismissal).where(
                RecommendationDismissal.delegation_id == delegation_id,
                RecommendationDismissal.investor_id == investor_id,
            )
        )
        if row is None:
            row = RecommendationDismissal(delegation_id=delegation_id, investor_id=investor_id)
            session.add(row)
        row.deleted_at = None
        session.commit()
        return row.id


def undismiss(ctx: Context, delegation_id: uuid.UUID, investor_id: uuid.UUID) -> None:
    """Bring a dismissed investor back into the trip's recommendations (the undo of `dismiss`)."""
    with unit_of_work(ctx) as session:
        writer(session, ctx)
        row = session.scalar(
            select(RecommendationDismissal).where(
                RecommendationDismissal.delegation_id == delegation_id,
                RecommendationDismissal.investor_id == investor_id,
                RecommendationDismissal.deleted_at.is_(None),
            )
        )
        if row is not None:
            row.deleted_at = utcnow()
            session.commit()


# --- the day plan hint ---------------------------------------------------------------------------


def day_plan_hint(ctx: Context, delegation_id: uuid.UUID) -> list[DayPlanHint]:
    """For each investor to meet: the day and city its meeting fits, as a draft for the leader.

    Investors whose HQ is a destination go to that city, those from a destination's country to
    its first stop there, the rest to the longest stop; within a city, to its least busy day
    (the itinerary's meetings counted). Nothing is written."""
    lang = ctx.lang
    with unit_of_work(ctx) as session:
        delegation = live(session, Delegation, delegation_id, "delegation")
        trip = _trip(session, delegation, lang)
        rows = session.execute(
            select(Investor.id, Investor.name, Investor.hq_city, Investor.country_id)
            .join(MeetingTarget, MeetingTarget.investor_id == Investor.id)
            .where(MeetingTarget.delegation_id == delegation_id, MeetingTarget.deleted_at.is_(None))
            .order_by(Investor.name)
        ).all()
        busy: dict[date, int] = defaultdict(int)
        for (starts,) in session.execute(
            select(ItineraryItem.starts_local).where(
                ItineraryItem.delegation_id == delegation_id,
                ItineraryItem.deleted_at.is_(None),
                ItineraryItem.investor_id.is_not(None),
            )
        ):
            busy[starts.date()] += 1
        placed_already = set(
            session.scalars(
                select(ItineraryItem.investor_id).where(
                    ItineraryItem.delegation_id == delegation_id, ItineraryItem.deleted_at.is_(None)
                )
            )
        )
    stops = [_with_days(stop, trip, i) for i, stop in enumerate(trip.stops)]
    by_city = {_norm(s.city_en): s for s in stops}
    load: dict[str, int] = defaultdict(int)  # investors placed per stop
    hints = []
    for investor_id, name, hq_city, country_id in rows:
        if investor_id in placed_already:
            continue
        stop = by_city.get(_norm(hq_city)) if hq_city else None
        if stop is not None:
            why = _say("hq_destination", lang, city=stop.city_shown)
        else:
            # Several stops in the HQ's country: the one with the most room left, so a trip to
            # San Jose and Seattle does not pile every American company on the first.
            same_country = [s for s in stops if s.country_id == country_id]
            stop = min(same_country, key=lambda s: load[s.stored] / max(1, len(s.days))) if same_country else None
            if stop is not None:
                why = _say("hq_country", lang, country=stop.country_shown, city=stop.city_shown)
            elif stops:
                stop = max(stops, key=lambda s: len(s.days))
                why = msg("services.recommendations", "HQ unknown or off the route: the longest stop").text(lang)
        if stop is None:
            hints.append(DayPlanHint(investor_id, name, None, None, "—"))
            continue
        load[stop.stored] += 1
        day = min(stop.days, key=lambda d: (busy[d], d)) if stop.days else None
        if day is not None:
            busy[day] += 1
        hints.append(DayPlanHint(investor_id, name, day, stop.city_shown, why, stop.stored, stop.time_zone))
    return hints


def _with_days(stop: _Stop, trip: _Trip, index: int) -> _Stop:
    """A stop with no itinerary entries yet gets its share of the trip's days, in route order."""
    if stop.days or trip.starts_on is None:
        return stop
    return replace(stop, days=(trip.starts_on + timedelta(days=index),))
