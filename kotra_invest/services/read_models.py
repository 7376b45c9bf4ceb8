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
