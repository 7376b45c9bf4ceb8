"""What services hand to the desktop, the CLI and the renderers: frozen, plain values.

Nothing here is attached to a session, so a widget or a renderer can never trigger a query.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Generic, TypeVar

T = TypeVar("T")


def to_json(value: Any) -> Any:
    """A read model as JSON-ready data (ids, dates and money as strings)."""
    if hasattr(value, "__dataclass_fields__"):
        return {k: to_json(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


@dataclass(frozen=True, order=True)
class RateUsed:
    currency: str
    on_date: date  # the rate's own date (on or before the tranche's)
    units_per_usd: Decimal


@dataclass(frozen=True, order=True)
class Unconverted:
    """A non-USD tranche no rate covers: left out of the USD totals, and said so."""

    currency: str
    on_date: date
    amount: Decimal


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts: the sort value and id of the last row shown (keyset paging)."""

    sort_value: Any
    id: uuid.UUID


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: tuple[T, ...]
    next: Cursor | None  # None on the last page


@dataclass(frozen=True)
class InvestorRow:
    id: uuid.UUID
    name: str
    name_ko: str | None
    country_code: str | None
    country: str | None
    industry: str | None
    owner: str | None
    website: str | None
    updated_at: datetime
    version: int


@dataclass(frozen=True)
class InvestorFilter:
    country_code: str | None = None
    industry_code: str | None = None
    region_code: str | None = None  # of any project's target province
    stage_code: str | None = None  # of any project
    province_code: str | None = None  # of any project's target province (a tile of the map)
    owner_login: str | None = None
    ids: tuple[uuid.UUID, ...] | None = None  # only these (the hits of a text search), still sorted and paged


@dataclass(frozen=True)
class DelegationRow:
    id: uuid.UUID
    title: str
    title_en: str | None
    year: int
    status: str
    starts_on: date | None
    ends_on: date | None
    lead_provinces: tuple[str, ...]
    regions: tuple[str, ...]  # region codes of the participating provinces
    industry: str | None
    destinations: tuple[str, ...]  # "City (CC)"
    leader: str | None
    investors_to_meet: int


@dataclass(frozen=True)
class SearchHit:
    kind: str  # investor, contact, delegation, project, interaction
    id: uuid.UUID
    label: str
    parent_id: uuid.UUID | None  # the investor a contact, project or interaction belongs to
    # How it matched, best first: "exact" name or title, name "prefix", "name" contains every
    # term, or the terms are somewhere in the record's "text".
    match: str = "text"
    # Context, so hits with the same name can be told apart: the company of a contact, project or
    # meeting (the country of an investor); a delegation's year and dates; a meeting's moment.
    context: str | None = None
    year: int | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    occurred_at: datetime | None = None


@dataclass(frozen=True)
class Amounts:
    notified_usd: Decimal = Decimal(0)
    arrived_usd: Decimal = Decimal(0)


@dataclass(frozen=True)
class YearFigures:
    """The dashboard's numbers for one year."""

    year: int
    delegations_by_status: dict[str, int]
    delegations_by_region: dict[str, int]  # region code -> delegations led from it
    delegations_by_industry: dict[str, int]
    projects_by_stage: dict[str, int]  # stage code -> open projects
    fdi_by_region: dict[str, Amounts]
    fdi_total: Amounts
    fdi_non_capital: Amounts
    delegation_target: int = 36
    notes: tuple[str, ...] = field(default=())
    # Added for the desktop dashboard; defaults keep older callers working.
    delegations: DelegationTally = field(default_factory=lambda: DelegationTally())
    delegations_by_region_tally: dict[str, DelegationTally] = field(default_factory=dict)  # lead region -> tally
    delegations_by_industry_tally: dict[str, DelegationTally] = field(default_factory=dict)
    fdi_by_industry: dict[str, Amounts] = field(default_factory=dict)  # project industry (or UNASSIGNED)
    fdi_by_fez: dict[str, Amounts] = field(default_factory=dict)  # FEZ code (or UNASSIGNED: outside any FEZ)
    names: ReferenceNames = field(default_factory=lambda: ReferenceNames())
    # The dated rates the USD figures used, and the non-USD tranches no rate covered (not counted).
    rates_used: tuple[RateUsed, ...] = ()
    unconverted: tuple[Unconverted, ...] = ()


@dataclass(frozen=True)
class ReferenceItem:
    """A row of reference data: a region, province, FEZ, industry, stage, country or office."""

    id: uuid.UUID
    code: str
    name_ko: str
    name_en: str
    parents: tuple[str, ...] = ()  # the region of a province, the provinces of a FEZ
    version: int = 1


# --- dashboard ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DelegationTally:
    """Delegations of a year against the target: on the road or back (dispatched), still ahead (planned)."""

    dispatched: int = 0  # travelling or done
    planned: int = 0  # planning or confirmed
    cancelled: int = 0

    @property
    def counted(self) -> int:
        """What counts towards the target: dispatched and planned, not cancelled."""
        return self.dispatched + self.planned


@dataclass(frozen=True)
class ReferenceNames:
    """Names of reference rows in the caller's language, each dict in display order (code -> name)."""

    regions: dict[str, str] = field(default_factory=dict)
    industries: dict[str, str] = field(default_factory=dict)
    fezs: dict[str, str] = field(default_factory=dict)
    stages: dict[str, str] = field(default_factory=dict)
    stage_kinds: dict[str, str] = field(default_factory=dict)  # stage code -> open / won / side


@dataclass(frozen=True)
class UpcomingTrip:
    """A delegation on the road or departing soon."""

    id: uuid.UUID
    title: str  # in the caller's language where the delegation has one
    starts_on: date
    ends_on: date | None
    cities: tuple[str, ...]  # "City (CC)", in the caller's language
    status: str  # DelegationStatus value
    status_label: str
    days_to_departure: int  # negative once the trip has started


@dataclass(frozen=True)
class OverdueTask:
    """An open task of the signed-in officer whose due date has passed."""

    id: uuid.UUID
    title: str
    due_on: date
    days_overdue: int
    about_kind: str | None  # project, delegation, investor or None
    about_id: uuid.UUID | None
    about: str | None  # what it is about: "Investor · project", the delegation's title …


@dataclass(frozen=True)
class OverdueTasks:
    rows: tuple[OverdueTask, ...]
    total: int  # all overdue tasks of the officer, not only the rows shown


@dataclass(frozen=True)
class DashboardData:
    """Everything the dashboard page shows, loaded in one background call."""

    figures: YearFigures
    trips: tuple[UpcomingTrip, ...]
    overdue: OverdueTasks
    today: date


# --- Read models of the desktop's pages: projects, contacts, interactions, tasks, FEZs, the investor


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
class Attendee:
    """The person a meeting names, as they are now: they may have moved to another investor, or be
    of none (an adviser), or deleted, since the meeting."""

    id: uuid.UUID
    name: str
    investor_id: uuid.UUID | None
    investor: str | None  # the name of the investor they are at now
    deleted: bool


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
