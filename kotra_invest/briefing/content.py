"""What a briefing pack says, assembled once as plain data; the renderers only lay it out.

Everything here is already in the pack's language (labels, reference names), already
filtered (a confidential project carries its code name only) and already converted (itinerary
times in the city's zone with the offset, and Korea time). No renderer queries anything.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from kotra_invest.services.korea_map import KoreaMap


@dataclass(frozen=True)
class PersonLine:
    name: str
    name_ko: str | None
    job_title: str | None
    email: str | None
    phone: str | None


@dataclass(frozen=True)
class InteractionLine:
    when: datetime  # aware, UTC
    kind: str  # label in the pack's language
    officer: str | None
    contact: str | None
    summary: str
    outcome: str | None


@dataclass(frozen=True)
class FdiLine:
    kind: str  # 신고 / Notified, 도착 / Arrived
    amount: Decimal
    currency: str
    on_date: date


@dataclass(frozen=True)
class ProjectLine:
    title: str  # the code name when the project is confidential
    confidential: bool
    project_type: str
    stage: str
    stage_since: date | None
    target_province: str | None
    fez: str | None
    industry: str | None
    capex: Decimal | None
    capex_currency: str
    expected_jobs: int | None
    probability: int | None
    notified_usd: Decimal
    arrived_usd: Decimal
    amounts: tuple[FdiLine, ...]


@dataclass(frozen=True)
class RiskLine:
    """Something that could sour a meeting: an overdue promise of ours, a project lost before."""

    kind: str  # "overdue_task" | "lost_project" | "no_contact" — the renderer picks the words
    text: str  # the task's title, the lost project's title and reason …
    on_date: date | None = None


@dataclass(frozen=True)
class RegionOffer:
    """What a target province offers: its region, strategic industries and FEZs."""

    province: str
    region: str
    strategic_industries: tuple[str, ...]
    fezs: tuple[str, ...]


@dataclass(frozen=True)
class AftercareLine:
    """An open grievance case or an incentive application, as the brief shows it: the words are the
    pack's language already (a label, a subject), the state and how old or how much."""

    kind: str  # "case" | "incentive"
    label: str  # the case's category, the incentive's type
    text: str  # the case's subject, the granting body
    status: str
    on_date: date | None = None  # received / applied
    age_days: int | None = None  # a case's age
    overdue: bool = False
    amount: str | None = None  # an incentive's amount with its currency, as written


@dataclass(frozen=True)
class InvestorProfile:
    id: uuid.UUID
    name: str
    name_ko: str | None
    country: str | None  # of the parent company's headquarters
    industry: str | None
    size: str | None
    website: str | None
    owner: str | None
    in_korea: bool
    tags: tuple[str, ...]
    notes: str | None
    contacts: tuple[PersonLine, ...]
    interactions: tuple[InteractionLine, ...]  # newest first, the last few
    projects: tuple[ProjectLine, ...]  # open and won projects, not lost or on hold
    offers: tuple[RegionOffer, ...]
    talking_points: str | None = None  # what we want from the meeting (delegation packs)
    meeting_status: str | None = None
    priority: int | None = None  # 1 high … 3 low
    meeting_status_code: str | None = None  # MeetingTargetStatus value, for the pre-flight check
    why_now: tuple[str, ...] = ()  # sentences in the pack's language, most telling first
    risks: tuple[RiskLine, ...] = ()
    last_contact: date | None = None  # the newest interaction, whatever its kind
    aftercare: tuple[AftercareLine, ...] = ()  # open grievance cases, then live incentive applications


@dataclass(frozen=True)
class ItineraryLine:
    day: date  # local date in the city
    starts_local: datetime  # naive wall-clock time in `time_zone`
    ends_local: datetime | None
    time_zone: str  # IANA
    utc_offset: str  # e.g. "UTC-07:00" on that day
    starts_korea: datetime  # naive, Asia/Seoul: what the minister's office reads
    starts_utc: datetime  # aware
    ends_utc: datetime | None
    kind: str
    title: str
    city: str | None
    venue: str | None
    investor: str | None
    notes: str | None
    id: uuid.UUID | None = None  # the itinerary item's, so calendar events keep their identity
    kind_code: str = ""  # ItineraryKind value: the pre-flight check counts meetings by it


@dataclass(frozen=True)
class MemberLine:
    name: str
    name_en: str | None
    organisation: str | None
    position: str | None
    is_leader: bool


@dataclass(frozen=True)
class Results:
    meetings_held: int | None
    mous_signed: int | None
    pledged_usd: Decimal | None
    summary: str | None


@dataclass(frozen=True)
class Kpis:
    year: int
    pipeline_by_stage: tuple[tuple[str, int], ...]  # (stage label, projects), pipeline order
    fdi_by_region: tuple[tuple[str, Decimal, Decimal], ...]  # (region label, notified USD, arrived USD)


@dataclass(frozen=True)
class Untranslated:
    """A text an English pack leaves out because it exists in Korean only."""

    where: str  # e.g. "Itinerary 2026-03-10 09:00 · notes", in English
    text: str  # the Korean original, for the pre-flight list (never printed in the pack)
    kind: str = ""  # the kind of place, for one pre-flight line per kind: meeting_note, tag … (preflight.KINDS)


@dataclass(frozen=True)
class DelegationPack:
    lang: str
    generated_at: datetime  # aware
    id: uuid.UUID
    title: str  # in the pack's language
    subtitle: str | None  # the other language's title
    year: int
    status: str
    starts_on: date | None
    ends_on: date | None
    leader: str | None
    destinations: tuple[str, ...]  # "San Jose, United States"
    target_industry: str | None
    objectives: str | None
    lead_provinces: tuple[str, ...]
    other_provinces: tuple[str, ...]
    fezs: tuple[str, ...]
    organisations: tuple[str, ...]
    members: tuple[MemberLine, ...]
    itinerary: tuple[ItineraryLine, ...]
    investors: tuple[InvestorProfile, ...]
    results: Results
    kpis: Kpis
    confidentiality: str
    labels: dict[str, str] = field(default_factory=dict)  # section and column names in `lang`
    status_code: str = ""  # DelegationStatus value
    destination_cities: tuple[tuple[str, str | None], ...] = ()  # (city, city_ko) per destination
    targets_met: int | None = None  # meeting targets marked "met"
    interactions_recorded: int | None = None  # interactions recorded against this delegation
    # English packs only: what was left out as Korean-only, and the Hangul proper names kept.
    untranslated: tuple[Untranslated, ...] = ()
    proper_names: tuple[str, ...] = ()
    # The year's notified FDI by province, the lead province(s) and the proposed sites marked.
    korea_map: KoreaMap | None = None
    site_names: tuple[str, ...] = ()  # the proposed sites' provinces, named in the pack's language


@dataclass(frozen=True)
class ProfilePack:
    """The one-investor profile an officer takes into a call."""

    lang: str
    generated_at: datetime
    profile: InvestorProfile
    confidentiality: str
    labels: dict[str, str] = field(default_factory=dict)
