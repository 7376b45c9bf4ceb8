"""Read models of the desktop's pages: projects, contacts, interactions, tasks, FEZs, the investor
and delegation pages. Frozen plain values, like `read_models`: a widget can never trigger a query.

Labels (stage, kind, region …) are already in the caller's language (`ctx.lang`); codes travel
beside them so a view can filter, colour or sort by them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

# --- projects --------------------------------------------------------------------------------


@dataclass(frozen=True)
class FdiSum:
    """The live FDI amounts of one kind (notified 신고 / arrived 도착) in one currency, summed."""

    kind: str  # notified | arrived
    currency: str
    total: Decimal
    latest: date | None = None  # the date of the latest of them (a list shows it beside the total)


@dataclass(frozen=True)
class FdiAmountRow:
    id: uuid.UUID
    kind: str
    kind_label: str
    amount: Decimal
    currency: str
    on_date: date
    note: str | None
    version: int


@dataclass(frozen=True)
class ProjectRow:
    id: uuid.UUID
    investor_id: uuid.UUID
    investor: str
    title: str  # the real title: the caller may see the project, or it would not be listed
    confidential: bool
    code_name: str | None
    project_type: str
    project_type_label: str  # the ministry's type and, for 증액, "· 증액" ("그린필드 · 증액")
    stage_code: str
    stage: str
    stage_kind: str  # open | won | side
    stage_since: date | None
    province: str | None
    region_code: str | None
    fez: str | None
    industry: str | None
    owner: str | None
    capex_amount: Decimal | None
    capex_currency: str
    expected_jobs: int | None
    probability: int | None
    notified_usd: Decimal  # USD amounts only: other currencies are never converted silently
    arrived_usd: Decimal
    fdi: tuple[FdiSum, ...]  # every currency, so a non-USD amount is never hidden
    updated_at: datetime
    version: int


@dataclass(frozen=True)
class ProjectFilter:
    stage_codes: tuple[str, ...] = ()
    region_code: str | None = None  # of the target province
    province_code: str | None = None
    industry_code: str | None = None
    fez_code: str | None = None
    owner_login: str | None = None
    investor_id: uuid.UUID | None = None
    text: str | None = None  # part of the title, code name or investor name
    include_closed: bool = True  # False: only stages of kind "open"


@dataclass(frozen=True)
class BoardColumn:
    """One stage of the pipeline board: how many projects are in it and the first cards."""

    stage_code: str
    stage: str
    stage_kind: str
    count: int
    cards: tuple[ProjectRow, ...]


@dataclass(frozen=True)
class StageChange:
    """One move of a project between stages, read back from the audit trail."""

    at: datetime
    on_date: date | None  # the stage_since the move recorded
    from_stage: str | None
    to_stage: str
    actor: str
    reason: str | None = None  # why, when the move was to 'lost'


# --- people and activity -----------------------------------------------------------------------


@dataclass(frozen=True)
class ContactRow:
    id: uuid.UUID
    investor_id: uuid.UUID | None
    full_name: str
    name_ko: str | None
    job_title: str | None
    email: str | None
    phone: str | None
    consent: str
    consent_label: str
    version: int


@dataclass(frozen=True)
class InteractionRow:
    id: uuid.UUID
    investor_id: uuid.UUID | None
    kind: str
    kind_label: str
    occurred_at: datetime
    summary: str
    outcome: str | None
    contact: str | None
    project: str | None
    delegation: str | None
    officer: str | None
    version: int
    time_zone: str | None = None  # the place's clock the time was given on (None: Korea's)


@dataclass(frozen=True)
class TaskRow:
    id: uuid.UUID
    title: str
    due_on: date | None
    status: str
    status_label: str
    overdue: bool
    assignee: str | None
    investor_id: uuid.UUID | None
    investor: str | None
    project_id: uuid.UUID | None
    project: str | None
    delegation_id: uuid.UUID | None
    delegation: str | None
    notes: str | None
    version: int


# --- joint FEZ promotion -----------------------------------------------------------------------


@dataclass(frozen=True)
class FezRow:
    id: uuid.UUID
    code: str
    name: str
    designated_year: int
    provinces: tuple[str, ...]  # names in the caller's language
    region_codes: tuple[str, ...]  # an FEZ may span two mega-regions
    events: int  # live promotion events it took part in


@dataclass(frozen=True)
class PromotionEventRow:
    id: uuid.UUID
    title: str
    title_en: str | None
    kind: str
    kind_label: str
    starts_on: date
    ends_on: date | None
    country: str | None
    city: str | None
    venue: str | None
    fez_codes: tuple[str, ...]
    fezs: tuple[str, ...]
    region_codes: tuple[str, ...]
    regions: tuple[str, ...]
    leads_generated: int
    notes: str | None
    version: int


# --- investor page -------------------------------------------------------------------------------


@dataclass(frozen=True)
class InvestorPage:
    id: uuid.UUID
    version: int
    name: str
    name_ko: str | None
    country_code: str | None
    country: str | None  # the ultimate parent's
    industry: str | None
    size: str | None
    size_label: str | None
    website: str | None
    owner: str | None
    tags: tuple[str, ...]
    in_korea: bool
    notes: str | None
    contacts: tuple[ContactRow, ...]
    projects: tuple[ProjectRow, ...]
    notified_usd: Decimal  # over the visible projects
    arrived_usd: Decimal
    timeline: tuple[InteractionRow, ...]  # newest first; page on with interactions.timeline
    timeline_more: bool
    open_tasks: tuple[TaskRow, ...]
    delegations: tuple[tuple[uuid.UUID, str, str], ...]  # (id, title, target status) it is to meet
    direct_country: str | None = None  # the direct investor's (the official statistics')
    hq_city: str | None = None  # in the officer's language when the city list knows it
    korean_sites: tuple[str, ...] = ()  # "Daejeon", "Incheon (Incheon FEZ)"


# --- delegation page -----------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberRow:
    id: uuid.UUID
    name: str
    name_en: str | None
    organisation: str | None
    position: str | None
    is_leader: bool
    officer_login: str | None
    version: int


@dataclass(frozen=True)
class ParticipatingProvince:
    code: str
    name: str
    region_code: str
    region: str
    is_lead: bool


@dataclass(frozen=True)
class DestinationRow:
    id: uuid.UUID
    country_code: str
    country: str
    city: str
    time_zone: str


@dataclass(frozen=True)
class ItineraryRow:
    """One itinerary entry: the city's wall-clock time and zone, and the same moment in Korea."""

    id: uuid.UUID
    kind: str
    kind_label: str
    title: str
    starts_local: datetime  # naive, wall clock in time_zone: what the printed itinerary says
    ends_local: datetime | None
    time_zone: str
    zone_abbreviation: str  # e.g. PDT, JST: shown next to the time
    utc_offset: str  # e.g. UTC-07:00
    starts_korea: datetime  # aware, Asia/Seoul: for the tooltip
    ends_korea: datetime | None
    city: str | None
    venue: str | None
    investor_id: uuid.UUID | None
    investor: str | None
    notes: str | None
    version: int


@dataclass(frozen=True)
class ItineraryDay:
    day: date  # the local date in the city
    items: tuple[ItineraryRow, ...]


@dataclass(frozen=True)
class TargetRow:
    id: uuid.UUID
    investor_id: uuid.UUID
    investor: str
    investor_ko: str | None
    country: str | None
    industry: str | None
    status: str
    status_label: str
    priority: int
    talking_points: str | None
    version: int


@dataclass(frozen=True)
class DelegationResults:
    meetings_held: int | None  # as recorded by the delegation
    mous: int | None
    pledged_usd: Decimal | None
    summary: str | None
    targets_met: int  # counted from the targets marked "met"
    interactions: int  # meetings etc. logged against the delegation


@dataclass(frozen=True)
class DelegationPage:
    id: uuid.UUID
    version: int
    title: str
    title_en: str | None
    year: int
    status: str
    status_label: str
    starts_on: date | None
    ends_on: date | None
    industry_code: str | None
    industry: str | None
    leader: str | None
    objectives: str | None
    provinces: tuple[ParticipatingProvince, ...]
    fezs: tuple[tuple[str, str], ...]  # (code, name)
    organisations: tuple[tuple[str, str], ...]  # (kind label, name)
    destinations: tuple[DestinationRow, ...]
    members: tuple[MemberRow, ...]
    itinerary: tuple[ItineraryDay, ...]
    targets: tuple[TargetRow, ...]
    results: DelegationResults
    leader_login: str | None = None  # what the leader picker selects (the name above is what it shows)


@dataclass(frozen=True)
class FdiTotal:
    """A project's 신고 or 도착 total: the USD tranches added, the others listed as they are
    (not converted: a missing rate must not read as zero)."""

    kind: str  # notified | arrived
    kind_label: str
    usd: Decimal
    not_converted: tuple[FdiSum, ...]


@dataclass(frozen=True)
class ProjectPage:
    """Everything the project window shows, read in one unit of work."""

    row: ProjectRow
    lost_reason: str | None
    tranches: tuple[FdiAmountRow, ...]
    totals: tuple[FdiTotal, ...]  # notified, then arrived
    stages: tuple[StageChange, ...]  # oldest first
    meetings: tuple[InteractionRow, ...]  # newest first
    tasks: tuple[TaskRow, ...]  # open first, then done and cancelled
