"""Demo data: a believable 2026 for KOTRA / Invest KOREA, at any size.

`generate_demo` fills an empty, migrated database with officers, foreign investors and their
contacts, pipeline projects with notified (신고) and arrived (도착) FDI, interactions and tasks,
the year's investment-attraction delegations (투자유치단) with itineraries, and joint FEZ
promotion events. Everything is fictional, but shaped like the real work: delegations are
built around each province's strategic industries, projects target provinces the FEZs really
cover, arrivals come a quarter or more after the notification.

Design choices:
- Deterministic. Every phase draws from its own `random.Random` seeded with (seed, phase), and
  every UUID comes from those generators, so the same seed always yields the same database
  and a change in one phase does not reshuffle the others.
- Fast. Rows are written with SQLAlchemy Core bulk inserts in one transaction, not through ORM
  objects and the audit hook: `scale=333` (≈100k investors, ≈1M interactions) must finish
  in minutes. The sync columns the ORM would stamp are therefore filled in here explicitly.
- Reference data (provinces, FEZs, industries, stages …) is read from the database, not from
  `reference_data`, because admins may have edited it; the tables below only hold the words
  and names the generator makes its fiction from.
"""

from __future__ import annotations

import itertools
import json
import math
import random
import re
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Table, exists, insert, select, text
from sqlalchemy.engine import Connection

from kotra_invest import formatting
from kotra_invest.demo import aftercare as demo_aftercare
from kotra_invest.demo.words import (
    CITIES,
    CODE_NAMES,
    CONTACT_NOTES,
    CONTACT_SOURCES,
    COUNTRIES,
    DEFAULT_ROUTES,
    ENGLISH_THE,
    FEZ_POSITIONS,
    GENERIC_WORDS,
    INDUSTRY_INFO,
    INDUSTRY_PAIRS,
    INDUSTRY_WORDS,
    INTERACTION_EVENTS,
    INTERACTION_KINDS,
    INTERACTION_WEIGHTS,
    JOB_TITLES_JUNIOR,
    JOB_TITLES_MIDDLE,
    JOB_TITLES_SENIOR,
    KO_GIVEN,
    KO_SURNAMES,
    KOTRA_POSITIONS,
    LOCAL_POSITIONS,
    LOST_REASONS,
    NOTE_BIO,
    NOTE_EVENTS,
    NOTE_EXPANSION,
    NOTE_INTEREST,
    NOTE_ORIGIN,
    NOTE_STATUS,
    OFFICERS,
    OUTCOMES,
    PEOPLE,
    PROJECT_NOUNS,
    PROJECT_VERB,
    PROMOTIONS,
    PROVINCE_SHORT,
    QUALIFIERS,
    ROUTES,
    SIGNATURE_ROUTES,
    STAGES,
    SUMMARIES,
    TALKING_POINTS,
    TASK_TITLES,
    CountryProfile,
)
from kotra_invest.domain.cities import cities_of
from kotra_invest.domain.errors import DomainError
from kotra_invest.domain.fdi_models import ExchangeRate
from kotra_invest.domain.models import (
    AuditEntry,
    Contact,
    Country,
    Delegation,
    DelegationDestination,
    DelegationMember,
    DelegationOrganisation,
    DelegationProvince,
    FdiAmount,
    Fez,
    Industry,
    Interaction,
    Investor,
    ItineraryItem,
    MeetingTarget,
    Office,
    Officer,
    PipelineStage,
    Project,
    PromotionEvent,
    Province,
    Region,
    Setting,
    Task,
    delegation_fez,
    fez_province,
    promotion_fez,
    promotion_region,
    province_industry,
)
from kotra_invest.domain.recommend_models import InvestorSite
from kotra_invest.services.unit_of_work import Context
from kotra_invest.store import investor_signal, search_index

Progress = Callable[[str, float], None]

BATCH = 5000  # rows per executemany: big enough to amortise, small enough to report progress
ACTOR = "demo"
KST = timezone(timedelta(hours=9))  # Korea has no DST: a fixed offset is exact and fast

# --- the result ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoSummary:
    """What `generate_demo` wrote, and how long it took."""

    officers: int
    investors: int
    contacts: int
    projects: int
    fdi_amounts: int
    interactions: int
    tasks: int
    delegations: int
    promotion_events: int
    seconds: float


# --- working state -------------------------------------------------------------------------


@dataclass
class _Ref:
    """Reference rows the generator builds on, as read from the database (codes -> ids)."""

    region: dict[str, uuid.UUID]
    province: dict[str, uuid.UUID]
    province_region: dict[str, str]
    province_name: dict[str, tuple[str, str]]
    industry: dict[str, uuid.UUID]
    industry_name: dict[str, tuple[str, str]]
    fez: dict[str, uuid.UUID]
    fez_name: dict[str, tuple[str, str]]
    stage: dict[str, uuid.UUID]
    country: dict[str, uuid.UUID]
    country_name: dict[str, tuple[str, str]]
    office: dict[str, uuid.UUID]
    office_name: dict[str, str]
    province_industries: dict[str, list[str]]
    province_fezs: dict[str, list[str]]
    fez_provinces: dict[str, list[str]]


@dataclass(slots=True)
class _Officer:
    id: uuid.UUID
    name: str
    name_en: str
    role: str
    office: str


@dataclass(slots=True)
class _Investor:
    id: uuid.UUID
    name: str
    country: str
    industry: str
    size: str
    domain: str
    owner: _Officer
    in_korea: bool
    province: str  # the province it leans towards, for memos and projects
    contacts: list[tuple[uuid.UUID, str]] = field(default_factory=list)  # (id, full name)
    projects: list[uuid.UUID] = field(default_factory=list)
    # Meetings held on delegation trips: (delegation id, UTC instant, contact id, summary).
    trip_meetings: list[tuple[uuid.UUID, datetime, uuid.UUID | None, str]] = field(default_factory=list)


@dataclass(slots=True)
class _Delegation:
    id: uuid.UUID
    year: int
    province: str
    industry: str  # the target industry
    industries: tuple[str, ...]  # all industries of its theme ("AI·로봇": ROBOT and AI)
    label_ko: str
    label_en: str
    second_province: str | None
    cities: list[str]
    starts_on: date
    ends_on: date
    status: str = "planning"
    ordinal: int = 1
    max_targets: int = 12  # 5–12 investors to meet
    leader: _Officer | None = None
    targets: list[_Investor] = field(default_factory=list)


class _Gen:
    """Shared state of one generation run: reference rows, the clock, ids, the connection."""

    def __init__(self, conn: Connection, seed: int, scale: int, today: date, progress: Progress | None) -> None:
        self.conn = conn
        self.seed = seed
        self.scale = scale
        self.today = today
        self.now = datetime.combine(today, datetime.min.time(), KST).replace(hour=9).astimezone(UTC)
        self.progress = progress
        self.ref = _read_reference(conn)
        self.counts: dict[str, int] = {}
        self.officers: list[_Officer] = []
        self.investors: list[_Investor] = []
        self.delegations: list[_Delegation] = []
        self._id_rng = self.rng("ids")

    def rng(self, phase: str) -> random.Random:
        """A generator per phase: a change in one phase leaves the others' data as it was."""
        return random.Random(f"{self.seed}:{phase}")

    def new_id(self) -> uuid.UUID:
        return uuid.UUID(int=self._id_rng.getrandbits(128), version=4)

    def synced(self, created: datetime, updated: datetime | None = None) -> dict[str, Any]:
        """The sync columns the unit of work would stamp; the demo writes them itself."""
        created = min(created, self.now)
        return {
            "id": self.new_id(),
            "created_at": created,
            "updated_at": max(created, min(updated or created, self.now)),
            "updated_by": ACTOR,
            "version": 1,
            "deleted_at": None,
        }

    def insert(self, table: Table, rows: Iterable[dict[str, Any]]) -> int:
        """Bulk-insert rows in batches; returns how many were written."""
        n = 0
        for chunk in _chunks(rows, BATCH):
            self.conn.execute(insert(table), chunk)
            n += len(chunk)
        self.counts[table.name] = self.counts.get(table.name, 0) + n
        return n

    def report(self, step: str, fraction: float) -> None:
        if self.progress is not None:
            self.progress(step, max(0.0, min(1.0, fraction)))


# Where each phase sits in the overall progress (interactions dominate the run time).
_PHASES: dict[str, tuple[float, float]] = {
    "officers": (0.00, 0.01),
    "investors": (0.01, 0.08),
    "contacts": (0.08, 0.20),
    "projects": (0.20, 0.25),
    "delegations": (0.25, 0.29),
    "promotion_events": (0.29, 0.30),
    "interactions": (0.30, 0.92),
    "tasks": (0.92, 1.00),
}


def _phase(gen: _Gen, name: str, done: float = 0.0) -> None:
    start, end = _PHASES[name]
    gen.report(name, start + (end - start) * done)


# --- entry point ---------------------------------------------------------------------------


def generate_demo(
    ctx: Context,
    *,
    scale: int = 1,
    seed: int = 2026,
    progress: Progress | None = None,
    today: date = date(2026, 11, 25),
) -> DemoSummary:
    """Fill an empty database with a believable year of investment attraction.

    `scale` multiplies the investors and everything hanging off them (≈300 investors at 1,
    ≈100k at 333); officers and delegations grow more slowly. Raises `DomainError
    ("demo_not_empty")` and writes nothing if the database already holds an investor.
    """
    if scale < 1:
        raise DomainError("invalid_value", field="scale", value=scale)
    started = time.perf_counter()
    with ctx.db.engine.begin() as conn:
        if conn.execute(select(exists().select_from(Investor.__table__))).scalar():
            raise DomainError("demo_not_empty")
        if conn.dialect.name == "postgresql":
            # The server's audit triggers, if installed, leave the owner's bulk load to the one
            # summary entry below (store.pg_audit); for anyone else they record every row.
            conn.execute(text("SELECT set_config('kotra.bulk', 'on', true), set_config('kotra.source', 'demo', true)"))
        # Index the whole load at once at the end rather than row by row: about half the time.
        with _big_cache(conn), search_index.bulk_load(conn), investor_signal.bulk_load(conn):
            gen = _Gen(conn, seed, scale, today, progress)
            _officers(gen)
            _plan_delegations(gen)
            investor_rows = _investors(gen)  # picks delegation targets, so tags can name the trips
            _fill_targets(gen)
            _phase(gen, "investors", 0.8)
            _direct_countries(gen, investor_rows)
            gen.insert(Investor.__table__, investor_rows)
            del investor_rows
            _investor_sites(gen)
            _contacts(gen)
            _projects(gen)
            _delegations(gen)
            _promotions(gen)
            _interactions(gen)
            _tasks(gen)
            demo_aftercare.generate(gen)  # cases, incentives, milestones, enquiries
            _audit_the_load(conn, ctx, gen.counts, scale, seed)
            gen.report("search index", 0.99)
        gen.report("done", 1.0)
    c = gen.counts
    return DemoSummary(
        officers=c.get("officer", 0),
        investors=c.get("investor", 0),
        contacts=c.get("contact", 0),
        projects=c.get("project", 0),
        fdi_amounts=c.get("fdi_amount", 0),
        interactions=c.get("interaction", 0),
        tasks=c.get("task", 0),
        delegations=c.get("delegation", 0),
        promotion_events=c.get("promotion_event", 0),
        seconds=round(time.perf_counter() - started, 3),
    )


def _audit_the_load(conn: Connection, ctx: Context, counts: dict[str, int], scale: int, seed: int) -> None:
    """One audit entry for the whole load: row-by-row entries for a million bulk-inserted demo
    records would double the load and say nothing more than this does."""
    database_id = conn.execute(select(Setting.value).where(Setting.key == "database_id")).scalar()
    conn.execute(
        insert(AuditEntry.__table__),
        [
            {
                "id": uuid.uuid4(),
                "at": datetime.now(UTC),
                "actor": ctx.actor,
                "source": "demo",
                "change_set": uuid.uuid4(),
                "entity": "database",
                "record_id": uuid.UUID(database_id) if database_id else uuid.UUID(int=0),
                "action": "insert",
                "field": "demo",
                "new_value": json.dumps({"scale": scale, "seed": seed, **counts}, sort_keys=True),
            }
        ],
    )


@contextmanager
def _big_cache(conn: Connection) -> Iterator[None]:
    """A larger SQLite page cache for the run: random UUID keys scatter inserts over the indexes,
    and with the default 2 MB cache `scale=333` takes about 12 % longer."""
    if conn.dialect.name != "sqlite":
        yield
        return
    old = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql("PRAGMA cache_size=-262144")  # 256 MB
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(old or -2000)}")


# --- reference data ------------------------------------------------------------------------


def _read_reference(conn: Connection) -> _Ref:
    def codes(model: Any) -> list[Any]:
        t = model.__table__
        return list(conn.execute(select(t).where(t.c.deleted_at.is_(None)).order_by(t.c.sort_order, t.c.code)))

    regions = codes(Region)
    region_code = {r.id: r.code for r in regions}
    provinces = codes(Province)
    province_code = {p.id: p.code for p in provinces}
    industries = codes(Industry)
    industry_code = {i.id: i.code for i in industries}
    fezs = codes(Fez)
    fez_code = {f.id: f.code for f in fezs}
    countries = codes(Country)
    offices = codes(Office)

    province_industries: dict[str, list[str]] = {p.code: [] for p in provinces}
    for pid, iid in conn.execute(select(province_industry.c.province_id, province_industry.c.industry_id)):
        if pid in province_code and iid in industry_code:
            province_industries[province_code[pid]].append(industry_code[iid])
    province_fezs: dict[str, list[str]] = {p.code: [] for p in provinces}
    fez_provinces: dict[str, list[str]] = {f.code: [] for f in fezs}
    for fid, pid in conn.execute(select(fez_province.c.fez_id, fez_province.c.province_id)):
        if fid in fez_code and pid in province_code:
            province_fezs[province_code[pid]].append(fez_code[fid])
            fez_provinces[fez_code[fid]].append(province_code[pid])
    # The association tables come back in storage order: sort, so the demo is deterministic.
    industry_order = {i.code: n for n, i in enumerate(industries)}
    fez_order = {f.code: n for n, f in enumerate(fezs)}
    for lst in province_industries.values():
        lst.sort(key=industry_order.__getitem__)
    for lst in province_fezs.values():
        lst.sort(key=fez_order.__getitem__)
    for lst in fez_provinces.values():
        lst.sort()

    return _Ref(
        region={r.code: r.id for r in regions},
        province={p.code: p.id for p in provinces},
        province_region={p.code: region_code.get(p.region_id, "") for p in provinces},
        province_name={p.code: (p.name_ko, p.name_en) for p in provinces},
        industry={i.code: i.id for i in industries},
        industry_name={i.code: (i.name_ko, i.name_en) for i in industries},
        fez={f.code: f.id for f in fezs},
        fez_name={f.code: (f.name_ko, f.name_en) for f in fezs},
        stage={s.code: s.id for s in codes(PipelineStage)},
        country={c.code: c.id for c in countries},
        country_name={c.code: (c.name_ko, c.name_en) for c in countries},
        office={o.code: o.id for o in offices},
        office_name={o.code: o.name_ko for o in offices},
        province_industries=province_industries,
        province_fezs=province_fezs,
        fez_provinces=fez_provinces,
    )


# --- officers ------------------------------------------------------------------------------


def _officers(gen: _Gen) -> None:
    _phase(gen, "officers")
    rng = gen.rng("officers")
    taken = set(gen.conn.execute(select(Officer.__table__.c.login)).scalars())
    people: list[tuple[str, str, str, str, str | None]] = list(OFFICERS)
    # Larger databases need more hands; officers grow with the square root of the scale.
    extra = 10 * (math.isqrt(gen.scale) - 1)
    offices: list[str | None] = [code for code in gen.ref.office if code.startswith(("HQ", "RHQ"))] or [None]
    for _ in range(extra):
        (sur, sur_en), (given, given_en) = rng.choice(KO_SURNAMES), rng.choice(KO_GIVEN)
        role = rng.choices(("officer", "leader", "viewer"), (85, 10, 5))[0]
        people.append((f"{sur_en}.{given_en}".lower(), sur + given, f"{given_en} {sur_en}", role, rng.choice(offices)))
    rows = []
    for login, name, name_en, role, office in people:
        unique, n = login, 1
        while unique in taken:  # a real officer or a namesake already has the login
            n += 1
            unique = f"{login}{n}"
        taken.add(unique)
        created = datetime(2024, 1, 2, tzinfo=UTC) + timedelta(days=rng.randint(0, 500))
        row = gen.synced(created)
        row.update(
            login=unique,
            name=name,
            name_en=name_en,
            email=f"{unique}@kotra.or.kr",
            role=role,
            office_id=gen.ref.office.get(office or ""),
            active=True,
        )
        rows.append(row)
        gen.officers.append(_Officer(row["id"], name, name_en, role, office or "HQ"))
    gen.insert(Officer.__table__, rows)


def _working_officers(gen: _Gen) -> list[_Officer]:
    return [o for o in gen.officers if o.role in ("officer", "leader", "admin")]


# --- delegations: planned first, so investors can be chosen as targets and tagged ----------


def _plan_delegations(gen: _Gen) -> None:
    """Decide each delegation's province, industry, route and dates (rows are written later).

    Every province sends delegations around its strategic industries, round-robin, so all of
    5극 3특 are covered; larger scales repeat trips ("2차", "3차").
    """
    rng = gen.rng("delegation-plan")
    ref = gen.ref
    themes = {p: _themes(gen, p) for p in ref.province if ref.province_industries.get(p)}
    if not themes:
        return
    per_year = {
        2025: 6,
        2026: 40 * max(1, gen.scale // 10),
        2027: 4 * max(1, gen.scale // 10),
    }
    for year, count in per_year.items():
        plans: list[_Delegation] = []
        seen: dict[tuple[str, str], int] = {}
        for rnd in itertools.count():
            order = list(themes)
            rng.shuffle(order)  # so the last, partial round does not always favour the same provinces
            for province in order[: count - len(plans)]:
                theme = themes[province][rnd % len(themes[province])]
                plans.append(_plan_one(gen, rng, year, province, theme, seen))
            if len(plans) == count:
                break
        _schedule(gen, rng, year, plans)
        gen.delegations.extend(plans)


def _themes(gen: _Gen, province: str) -> list[tuple[tuple[str, ...], str, str]]:
    """A province's delegation themes: its strategic industries, some promoted in pairs."""
    industries = gen.ref.province_industries[province]
    themes: list[tuple[tuple[str, ...], str, str]] = []
    used: set[str] = set()
    for code in industries:
        if code in used:
            continue
        used.add(code)
        for pair, (label_ko, label_en) in INDUSTRY_PAIRS.items():
            partner = pair[1] if code == pair[0] else pair[0] if code == pair[1] else None
            if partner in industries and partner not in used:
                used.add(partner)
                themes.append(((code, partner), label_ko, label_en))
                break
        else:
            themes.append(((code,), *_industry_label(gen, code)))
    return themes


def _plan_one(
    gen: _Gen,
    rng: random.Random,
    year: int,
    province: str,
    theme: tuple[tuple[str, ...], str, str],
    seen: dict[tuple[str, str], int],
) -> _Delegation:
    ref = gen.ref
    industries, label_ko, label_en = theme
    key = (province, label_ko)
    seen[key] = seen.get(key, 0) + 1
    routes = ROUTES.get(industries[0], DEFAULT_ROUTES)
    if seen[key] == 1 and (province, industries[0]) in SIGNATURE_ROUTES:
        routes = (SIGNATURE_ROUTES[province, industries[0]],)
    available = [r for r in routes if all(CITIES[c][2] in ref.country for c in r)]
    fallback = [r for r in DEFAULT_ROUTES if CITIES[r[0]][2] in ref.country] or [("NYC",)]
    cities = list(rng.choice(available or fallback))
    # Sometimes a second province of the same mega-region joins, preferably one of the same industry.
    second = None
    if rng.random() < 0.35:
        region = ref.province_region[province]
        peers = [p for p in ref.province if p != province and ref.province_region[p] == region]
        same = [p for p in peers if industries[0] in ref.province_industries.get(p, [])]
        if same or peers:
            second = rng.choice(same or peers)
    return _Delegation(
        id=gen.new_id(),
        year=year,
        province=province,
        industry=industries[0],
        industries=industries,
        label_ko=label_ko,
        label_en=label_en,
        second_province=second,
        cities=cities,
        starts_on=date(year, 1, 1),
        ends_on=date(year, 1, 1),
        ordinal=seen[key],
        max_targets=rng.randint(5, 12),
    )


def _industry_label(gen: _Gen, code: str) -> tuple[str, str]:
    if code in INDUSTRY_INFO:
        return INDUSTRY_INFO[code][1], INDUSTRY_INFO[code][2]
    return gen.ref.industry_name.get(code, (code, code))


def _schedule(gen: _Gen, rng: random.Random, year: int, plans: list[_Delegation]) -> None:
    """Spread the year's trips from mid-January to mid-December and derive their status."""
    today = gen.today
    first, span = date(year, 1, 12), 330
    for i, d in enumerate(plans):
        start = first + timedelta(days=int(i * span / len(plans)) + rng.randint(-3, 3))
        d.starts_on = start
        d.ends_on = start + timedelta(days=rng.randint(4, 7) + len(d.cities) - 1)
    plans.sort(key=lambda d: (d.starts_on, d.province))
    if year == today.year and plans and not any(d.starts_on <= today <= d.ends_on for d in plans):
        # Someone is always on the road in a live demo: move the nearest trip onto today.
        nearest = min(plans, key=lambda d: abs((d.starts_on - today).days))
        length = nearest.ends_on - nearest.starts_on
        nearest.starts_on = today - timedelta(days=2)
        nearest.ends_on = nearest.starts_on + length
        plans.sort(key=lambda d: (d.starts_on, d.province))
    for d in plans:
        if d.ends_on < today:
            d.status = "done"
        elif d.starts_on <= today:
            d.status = "travelling"
        elif (d.starts_on - today).days <= 75:
            d.status = "confirmed"
        else:
            d.status = "planning"
    # One or two trips fall through every year: one before today, one still ahead.
    past = [d for d in plans if d.status == "done"]
    ahead = [d for d in plans if d.status in ("confirmed", "planning")]
    for pool in (past, ahead if year <= today.year else []):
        if len(pool) > 3:
            rng.choice(pool[1:]).status = "cancelled"


def _fill_targets(gen: _Gen) -> None:
    """Top up every delegation to 5–12 meeting targets: its industry in the countries it visits,
    then its industry anywhere (they have local subsidiaries), then anyone."""
    rng = gen.rng("delegation-targets")
    by_industry: dict[str, list[_Investor]] = {}
    for inv in gen.investors:
        by_industry.setdefault(inv.industry, []).append(inv)
    for d in gen.delegations:
        want = d.max_targets
        have = {t.id for t in d.targets}
        own = [inv for code in d.industries for inv in by_industry.get(code, [])]
        visited = {CITIES[c][2] for c in d.cities}
        local = [inv for inv in own if inv.country in visited]
        for pool in (local, own, gen.investors):
            if len(d.targets) >= want or not pool:
                continue
            for inv in rng.sample(pool, min(len(pool), want * 3)):
                if len(d.targets) >= want:
                    break
                if inv.id not in have:
                    d.targets.append(inv)
                    have.add(inv.id)


def _delegation_tag(gen: _Gen, d: _Delegation) -> str:
    short = PROVINCE_SHORT.get(d.province, (gen.ref.province_name[d.province][0], ""))[0]
    return f"{d.year} {short} 투자유치단"


# --- investors -----------------------------------------------------------------------------


def _investors(gen: _Gen) -> list[dict[str, Any]]:
    """Companies of 20+ countries, named in their own spelling with a Korean rendering."""
    _phase(gen, "investors")
    rng = gen.rng("investors")
    ref = gen.ref
    countries = [c for c in COUNTRIES if c in ref.country]
    industries = list(ref.industry)
    owners = _working_officers(gen)
    # A delegation looks for investors of its industry in the countries it flies to.
    trips: dict[tuple[str, str], list[_Delegation]] = {}
    for d in gen.delegations:
        for cc in dict.fromkeys(CITIES[city][2] for city in d.cities):
            for code in d.industries:
                trips.setdefault((cc, code), []).append(d)
    provinces_of: dict[str, list[str]] = {i: [] for i in industries}
    for province, codes in ref.province_industries.items():
        for code in codes:
            provinces_of.setdefault(code, []).append(province)

    used_names: set[str] = set()
    used_domains: set[str] = set()
    hq_rng = gen.rng("hq_city")  # its own generator: the investors themselves stay as they were
    total = 300 * gen.scale
    rows: list[dict[str, Any]] = []
    for n in range(total):
        cc = rng.choices(countries, [COUNTRIES[c].weight for c in countries])[0]
        profile = COUNTRIES[cc]
        weights = [INDUSTRY_INFO.get(i, (3,))[0] * (3 if i in profile.favoured else 1) for i in industries]
        industry = rng.choices(industries, weights)[0]
        name, name_ko, stem = _company_name(rng, profile, industry, used_names)
        domain = _domain(stem, name, profile.tld, used_domains)
        size = rng.choices(("large", "midsize", "sme", "startup"), (30, 30, 25, 15))[0]
        in_korea = rng.random() < (0.35 if size == "large" else 0.15)
        province = rng.choice(provinces_of.get(industry) or list(ref.province))
        created = datetime(2024, 3, 1, tzinfo=UTC) + timedelta(minutes=rng.randint(0, 60 * 24 * 600))
        row = gen.synced(created, created + timedelta(days=rng.randint(0, 400)))
        inv = _Investor(row["id"], name, cc, industry, size, domain, rng.choice(owners), in_korea, province)
        tags = [INDUSTRY_INFO.get(industry, (0, "", "", industry.lower()))[3]]
        if in_korea:
            tags.append("기존투자기업")
        for d in trips.get((cc, industry), []):
            if len(d.targets) < d.max_targets and rng.random() < 0.3:
                d.targets.append(inv)
                tags.append(_delegation_tag(gen, d))
        if rng.random() < 0.15:
            tags.append("2026 인베스트코리아 서밋")
        if rng.random() < 0.08:
            tags.append("AI무역지원센터 발굴")
        if rng.random() < 0.1:
            tags.append("우선순위 A")
        row.update(
            name=name,
            name_ko=name_ko if rng.random() < 0.8 else None,
            country_id=ref.country[cc],
            industry_id=ref.industry[industry],
            size=size,
            website=f"https://www.{domain}",
            owner_id=inv.owner.id,
            tags=list(dict.fromkeys(tags)),  # a company met on two trips of one province: tag once
            in_korea=in_korea,
            notes=_investor_note(gen, rng, inv),
            hq_city=_hq_city(hq_rng, cc),
        )
        rows.append(row)
        gen.investors.append(inv)
        if n % BATCH == 0:
            _phase(gen, "investors", 0.8 * n / total)
    return rows


def _hq_city(rng: random.Random, country_code: str) -> str | None:
    """A listed city of the country for most companies; some trackers never say where the HQ is."""
    cities = cities_of(country_code)
    if not cities or rng.random() < 0.15:
        return None
    return rng.choice(cities).name_en


def _investor_sites(gen: _Gen) -> None:
    """The companies already in Korea run a site in the province they lean towards."""
    rng = gen.rng("investor_sites")  # ids of its own, so the later phases' ids do not move
    rows = []
    for inv in gen.investors:
        if inv.in_korea and inv.province in gen.ref.province:
            made = gen.now - timedelta(days=400)
            rows.append(
                {
                    "id": uuid.UUID(int=rng.getrandbits(128), version=4),
                    "created_at": made,
                    "updated_at": made,
                    "updated_by": ACTOR,
                    "version": 1,
                    "deleted_at": None,
                    "investor_id": inv.id,
                    "province_id": gen.ref.province[inv.province],
                    "fez_id": None,
                    "note": None,
                }
            )
    gen.insert(InvestorSite.__table__, rows)


def _company_name(rng: random.Random, profile: CountryProfile, industry: str, used: set[str]) -> tuple[str, str, str]:
    """A fictional company name, its Korean rendering and its stem; unique within the run."""
    words = INDUSTRY_WORDS.get(industry, GENERIC_WORDS)
    for attempt in itertools.count():
        (head, head_ko), (tail, tail_ko) = rng.choice(profile.heads), rng.choice(profile.tails)
        stem, stem_ko = head + tail, head_ko + tail_ko
        word, word_ko = rng.choice(words)
        form = rng.choice(profile.forms)
        parts, parts_ko = [stem, word], [stem_ko, word_ko]
        if attempt >= 3:  # the plain combinations are running out: add a qualifier
            qualifier, qualifier_ko = rng.choice(QUALIFIERS)
            if qualifier != word:
                parts.append(qualifier)
                parts_ko.append(qualifier_ko)
        if attempt >= 12:  # and at very large scales, a number, as real registries do
            parts.append(str(attempt))
        name = " ".join([*parts, form])
        if name not in used:
            used.add(name)
            return name, " ".join(parts_ko), "".join(parts[:2] if attempt < 3 else parts)
    raise AssertionError("unreachable")


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", ascii_text.lower())


def _domain(stem: str, name: str, tld: str, used: set[str]) -> str:
    base = _slug(stem) or _slug(name) or "company"
    domain, n = f"{base}.{tld}", 1
    while domain in used:
        n += 1
        domain = f"{base}{n}.{tld}"
    used.add(domain)
    return domain


def _investor_note(gen: _Gen, rng: random.Random, inv: _Investor) -> str | None:
    """An officer's memo in Korean: where we met them, what they want, where it stands."""
    if rng.random() < 0.1:
        return None
    ref = gen.ref
    fezs = ref.province_fezs.get(inv.province) or ["IFEZ"]
    values = {
        "year": rng.choice((2024, 2025, 2026)),
        "event": rng.choice(NOTE_EVENTS),
        "office": rng.choice([n for c, n in ref.office_name.items() if c.startswith("OV")] or ["해외무역관"]),
        "title": rng.choice(("CEO", "CFO", "아태지역 사장", "전략담당 부사장")),
        "industry": _industry_label(gen, inv.industry)[0],
        "province": ref.province_name[inv.province][0],
        "fez": ref.fez_name.get(rng.choice(fezs), ("경제자유구역", ""))[0],
        "quarter": rng.randint(1, 4),
    }
    parts = [rng.choice(NOTE_ORIGIN)]
    if inv.in_korea and rng.random() < 0.6:
        parts.append(NOTE_EXPANSION)
    elif inv.industry == "BIO" and rng.random() < 0.5:
        parts.append(NOTE_BIO)
    else:
        parts.append(rng.choice(NOTE_INTEREST))
    parts.append(rng.choice(NOTE_STATUS))
    return " ".join(p for p in parts if p).format(**values)


# --- contacts ------------------------------------------------------------------------------


def _contacts(gen: _Gen) -> None:
    """2–4 people per investor, named like their country, with consent and where we met them."""
    rng = gen.rng("contacts")
    total = len(gen.investors)
    offices = [name for code, name in gen.ref.office_name.items() if code.startswith("OV")] or ["해외무역관"]

    def rows() -> Iterator[dict[str, Any]]:
        for n, inv in enumerate(gen.investors):
            if n % 2000 == 0:
                _phase(gen, "contacts", n / max(1, total))
            profile = COUNTRIES[inv.country]
            firsts, lasts, family_first = PEOPLE[profile.people]
            seen: set[str] = set()
            for k in range(rng.choice((2, 2, 3, 3, 3, 4))):
                (first, first_ko), (last, last_ko) = rng.choice(firsts), rng.choice(lasts)
                full = f"{first} {last}"
                if full in seen:
                    continue
                seen.add(full)
                ko = f"{last_ko} {first_ko}" if family_first else f"{first_ko} {last_ko}"
                titles = JOB_TITLES_SENIOR + JOB_TITLES_MIDDLE if k == 0 else JOB_TITLES_MIDDLE + JOB_TITLES_JUNIOR
                met = gen.today - timedelta(days=rng.randint(20, 700))
                consent = rng.choices(("given", "not_asked", "withdrawn"), (58, 39, 3))[0]
                created = datetime.combine(met, datetime.min.time(), UTC) + timedelta(hours=rng.randint(0, 10))
                row = gen.synced(created, created + timedelta(days=rng.randint(0, 200)))
                row.update(
                    investor_id=inv.id,
                    full_name=full,
                    name_ko=ko if rng.random() < (0.6 if family_first else 0.3) else None,
                    job_title=rng.choice(titles),
                    email=f"{_slug(first)}.{_slug(last)}@{inv.domain}",
                    phone=_phone(rng, profile),
                    consent=consent,
                    consent_on=met if consent == "given" else None,
                    source=rng.choice(CONTACT_SOURCES).format(office=rng.choice(offices)),
                    notes=rng.choice(CONTACT_NOTES) if rng.random() < 0.15 else None,
                )
                inv.contacts.append((row["id"], full))
                yield row

    _phase(gen, "contacts")
    gen.insert(Contact.__table__, rows())


def _phone(rng: random.Random, profile: CountryProfile) -> str:
    """An E.164 number: +, country code, national number without its trunk zero."""
    first = str(rng.randint(2, 9))
    rest = "".join(str(rng.randint(0, 9)) for _ in range(profile.digits - 1))
    return f"+{profile.calling}{first}{rest}"


# --- projects and FDI amounts --------------------------------------------------------------


# Where a parent routes its money through a holding: the direct investor's country differs.
HOLDING_COUNTRIES = ("NL", "SG", "LU", "HK", "IE")


def _direct_countries(gen: _Gen, investor_rows: list[dict[str, Any]]) -> None:
    """The direct investor's country: the parent's, except about one in eight big parents that
    invest through a holding in the Netherlands, Singapore, Luxembourg, Hong Kong or Ireland."""
    rng = gen.rng("direct-country")
    holdings = [gen.ref.country[c] for c in HOLDING_COUNTRIES if c in gen.ref.country]
    for row in investor_rows:
        row["direct_country_id"] = row["country_id"]
        if holdings and row["size"] in ("large", "midsize") and rng.random() < 0.12:
            row["direct_country_id"] = rng.choice([h for h in holdings if h != row["country_id"]] or holdings)


def _projects(gen: _Gen) -> None:
    """About one project per investor, over every pipeline stage, with dated 신고/도착 amounts."""
    rng = gen.rng("projects")
    ref = gen.ref
    stages = [s for s in STAGES if s in ref.stage]
    non_capital = [p for p in ref.province if ref.province_region.get(p) != "CAP"]
    total = len(gen.investors)
    fdi_rows: list[dict[str, Any]] = []

    def rows() -> Iterator[dict[str, Any]]:
        for n, inv in enumerate(gen.investors):
            if n % 2000 == 0:
                _phase(gen, "projects", n / max(1, total))
            for _ in range(rng.choices((0, 1, 2, 3), (25, 50, 20, 5))[0]):
                yield _project(gen, rng, inv, stages, non_capital, fdi_rows)

    _phase(gen, "projects")
    gen.insert(Project.__table__, rows())
    rates = _rate_table(gen)
    _in_own_currency(gen, fdi_rows, rates)
    gen.insert(FdiAmount.__table__, fdi_rows)
    gen.insert(ExchangeRate.__table__, _rate_rows(gen, rates))


# Believable 1 USD = N levels at the start of 2024 and at the end of 2026, for monthly rates.
DEMO_RATES: dict[str, tuple[str, str]] = {
    "EUR": ("0.9150", "0.8620"), "JPY": ("141.80", "153.40"), "GBP": ("0.7870", "0.7460"),
    "KRW": ("1295.00", "1462.50"), "CHF": ("0.8420", "0.7980"),
}  # fmt: skip
CURRENCY_OF_COUNTRY = {
    **dict.fromkeys(("DE", "FR", "NL", "IT", "ES", "AT", "BE", "FI", "IE", "LU"), "EUR"),
    "JP": "JPY", "GB": "GBP", "CH": "CHF",
}  # fmt: skip
RATES_SOURCE = "서울외국환중개 매매기준율 (월초)"
_RATE_NAMESPACE = uuid.UUID("0b7a3c52-61f4-4d4e-9c1e-5d3f2a7e8b90")


def _rate_table(gen: _Gen) -> dict[str, list[tuple[date, Decimal]]]:
    """Monthly rates from January 2024 on: the level drifts from start to end, with some noise."""
    rng = gen.rng("fx")
    months = [date(y, m, 2) for y in (2024, 2025, 2026) for m in range(1, 13) if date(y, m, 2) <= gen.today]
    table: dict[str, list[tuple[date, Decimal]]] = {}
    for currency, (start, end) in DEMO_RATES.items():
        a, b = Decimal(start), Decimal(end)
        places = Decimal("0.01") if a > 10 else Decimal("0.0001")
        table[currency] = [
            (
                day,
                ((a + (b - a) * i / max(1, len(months) - 1)) * Decimal(str(1 + rng.uniform(-0.012, 0.012)))).quantize(
                    places
                ),
            )
            for i, day in enumerate(months)
        ]
    return table


def _rate_rows(gen: _Gen, table: dict[str, list[tuple[date, Decimal]]]) -> list[dict[str, Any]]:
    # Ids derived from currency and date, not drawn from the id stream: the other phases' ids stay.
    rows = []
    for currency, rates in table.items():
        for day, units in rates:
            stamp = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=9)
            row = {**gen.synced(stamp), "id": uuid.uuid5(_RATE_NAMESPACE, f"{currency}:{day.isoformat()}")}
            row.update(currency=currency, on_date=day, units_per_usd=units, source=RATES_SOURCE)
            rows.append(row)
    return rows


def _in_own_currency(gen: _Gen, fdi_rows: list[dict[str, Any]], table: dict[str, list[tuple[date, Decimal]]]) -> None:
    """Some investors notify and remit in their own currency (EUR, JPY, GBP, CHF), and some already
    here reinvest in KRW: those projects' tranches are in that currency, at the month's rate."""
    rng = gen.rng("fx-tranches")
    chosen: dict[uuid.UUID, str] = {}
    for inv in gen.investors:
        own = CURRENCY_OF_COUNTRY.get(inv.country)
        for project_id in inv.projects:
            if own and rng.random() < 0.3:
                chosen[project_id] = own
            elif inv.in_korea and rng.random() < 0.12:
                chosen[project_id] = "KRW"
    for row in fdi_rows:
        currency = chosen.get(row["project_id"])
        rates = table.get(currency or "", [])
        usable = [units for day, units in rates if day <= row["on_date"]]
        if currency is None or not usable:
            continue  # before the first rate: kept in USD
        step = Decimal(1_000_000) if currency in ("KRW", "JPY") else Decimal(1_000)
        row["amount"] = (row["amount"] * usable[-1] / step).quantize(Decimal(1)) * step
        row["currency"] = currency


def _project(
    gen: _Gen,
    rng: random.Random,
    inv: _Investor,
    stages: list[str],
    non_capital: list[str],
    fdi_rows: list[dict[str, Any]],
) -> dict[str, Any]:
    ref = gen.ref
    stage = rng.choices(stages, [STAGES[s][0] for s in stages])[0]
    kind = "expansion" if inv.in_korea and rng.random() < 0.7 else rng.choices(("greenfield", "mna"), (75, 25))[0]
    industry = inv.industry if rng.random() < 0.85 else rng.choice(list(ref.industry))
    # Three in four projects go outside the capital region: the 비수도권 push is the point.
    strong = [p for p, codes in ref.province_industries.items() if industry in codes]
    outside = rng.random() < 0.75
    pool = [p for p in strong if (p in non_capital) == outside]
    province = rng.choice(pool or non_capital or list(ref.province))
    fezs = ref.province_fezs.get(province, [])
    fez = rng.choice(fezs) if fezs and rng.random() < 0.65 else None
    capex = _capex(rng, inv.size, kind)
    confidential = rng.random() < 0.05
    noun = rng.choice(PROJECT_NOUNS.get(industry, ("공장",)))
    short = PROVINCE_SHORT.get(province, (ref.province_name[province][0], ""))[0]
    title = f"{inv.name.split()[0]} {short} {noun} {PROJECT_VERB[kind]}"
    since, notified_on = _stage_dates(gen, rng, stage)
    created = datetime.combine(since - timedelta(days=rng.randint(30, 400)), datetime.min.time(), UTC)
    row = gen.synced(created, datetime.combine(since, datetime.min.time(), UTC) + timedelta(hours=2))
    row.update(
        investor_id=inv.id,
        title=title,
        # The ministry's counting: an expanded plant is greenfield + 증액; any project of an
        # investor already operating here is 증액 (additional), the pipeline's biggest source.
        project_type="greenfield" if kind == "expansion" else kind,
        new_or_additional="additional" if inv.in_korea or kind == "expansion" else "new",
        stage_id=ref.stage[stage],
        stage_since=since,
        target_province_id=ref.province[province],
        fez_id=ref.fez[fez] if fez else None,
        industry_id=ref.industry[industry],
        capex_amount=capex,
        capex_currency="USD",
        expected_jobs=max(5, int(float(capex) / 1_000_000 * rng.uniform(0.4, 2.5))),
        probability=STAGES[stage][1],
        confidential=confidential,
        code_name=f"Project {rng.choice(CODE_NAMES)}" if confidential else None,
        lost_reason=rng.choice(LOST_REASONS) if stage == "LOST" else None,
        owner_id=inv.owner.id,
    )
    inv.projects.append(row["id"])
    if notified_on is not None:
        fdi_rows.extend(_fdi(gen, rng, row["id"], capex, notified_on, stage))
    return row


def _capex(rng: random.Random, size: str, kind: str) -> Decimal:
    """USD capex, log-normal by company size, rounded to ten thousand dollars."""
    median = {"large": 120e6, "midsize": 35e6, "sme": 6e6, "startup": 2e6}[size]
    if kind == "mna":
        median *= 1.5
    value = min(median * math.exp(rng.gauss(0, 0.8)), 1.5e9)
    return Decimal(int(value / 10_000) * 10_000)


def _stage_dates(gen: _Gen, rng: random.Random, stage: str) -> tuple[date, date | None]:
    """When the project reached its stage, and when it was notified (for won stages)."""
    today = gen.today

    def between(a: date, b: date) -> date:
        b = min(b, today)
        return a + timedelta(days=rng.randint(0, max(0, (b - a).days)))

    if stage == "NOTIFIED":
        notified = between(date(2026, 1, 5), today - timedelta(days=3))
        return notified, notified
    if stage == "ARRIVED":
        notified = between(date(2025, 6, 1), today - timedelta(days=100))
        return between(notified + timedelta(days=90), today), notified
    if stage == "AFTERCARE":
        notified = between(date(2024, 6, 1), date(2025, 9, 30))
        return between(notified + timedelta(days=200), today), notified
    return between(date(2025, 3, 1), today), None


def _fdi(
    gen: _Gen, rng: random.Random, project_id: uuid.UUID, capex: Decimal, notified_on: date, stage: str
) -> list[dict[str, Any]]:
    """The notification, then for projects past it one or two arrivals a quarter or more later."""
    notified = Decimal(int(capex * Decimal(rng.uniform(0.5, 1.0)) / 10_000) * 10_000)
    when = datetime.combine(notified_on, datetime.min.time(), UTC)
    row = gen.synced(when + timedelta(hours=3))
    row.update(
        project_id=project_id,
        kind="notified",
        amount=notified,
        currency="USD",
        on_date=notified_on,
        note="외국인투자 신고 (외국환은행)",
    )
    out = [row]
    if stage not in ("ARRIVED", "AFTERCARE"):
        return out
    tranches = 2 if rng.random() < 0.4 else 1
    arrived_on = notified_on + timedelta(days=rng.randint(90, 200))
    remaining = notified
    for k in range(tranches):
        if arrived_on > gen.today:
            break
        last = k == tranches - 1 or arrived_on + timedelta(days=90) > gen.today
        amount = remaining if last else Decimal(int(remaining * Decimal(rng.uniform(0.4, 0.7)) / 10_000) * 10_000)
        if stage == "ARRIVED" and last:
            amount = Decimal(int(amount * Decimal(rng.uniform(0.6, 1.0)) / 10_000) * 10_000)
        remaining -= amount
        row = gen.synced(datetime.combine(arrived_on, datetime.min.time(), UTC) + timedelta(hours=3))
        row.update(
            project_id=project_id,
            kind="arrived",
            amount=amount,
            currency="USD",
            on_date=arrived_on,
            note=f"도착 {k + 1}차 (송금 확인)",
        )
        out.append(row)
        if last:
            break
        arrived_on += timedelta(days=rng.randint(90, 180))
    return out


# --- delegations: the rows -----------------------------------------------------------------


def _delegations(gen: _Gen) -> None:
    """Write each planned delegation with its provinces, FEZs, organisations, cities, members,
    itinerary, meeting targets and, for finished trips, results."""
    rng = gen.rng("delegations")
    out: dict[str, list[dict[str, Any]]] = {
        name: [] for name in ("delegation", "province", "fez", "org", "dest", "member", "item", "target")
    }
    total = len(gen.delegations)
    for n, d in enumerate(gen.delegations):
        if n % 50 == 0:
            _phase(gen, "delegations", n / max(1, total))
        _delegation(gen, rng, d, out)
    _phase(gen, "delegations", 0.9)
    gen.insert(Delegation.__table__, out["delegation"])
    gen.insert(DelegationProvince.__table__, out["province"])
    gen.insert(delegation_fez, out["fez"])
    gen.insert(DelegationOrganisation.__table__, out["org"])
    gen.insert(DelegationDestination.__table__, out["dest"])
    gen.insert(DelegationMember.__table__, out["member"])
    gen.insert(ItineraryItem.__table__, out["item"])
    gen.insert(MeetingTarget.__table__, out["target"])


def _delegation(gen: _Gen, rng: random.Random, d: _Delegation, out: dict[str, list[dict[str, Any]]]) -> None:
    ref = gen.ref
    created = datetime.combine(d.starts_on - timedelta(days=rng.randint(60, 150)), datetime.min.time(), UTC)
    stamp = created + timedelta(days=30)

    def synced() -> dict[str, Any]:
        return gen.synced(created, stamp)

    short = PROVINCE_SHORT.get(d.province, (ref.province_name[d.province][0], ""))[0]
    countries = list(dict.fromkeys(CITIES[c][2] for c in d.cities))
    countries_ko = "·".join(ref.country_name[c][0] for c in countries)
    countries_en = _english_list([("the " if c in ENGLISH_THE else "") + ref.country_name[c][1] for c in countries])
    ordinal = f" {d.ordinal}차" if d.ordinal > 1 else ""
    ordinal_en = f" ({_ordinal_en(d.ordinal)} mission)" if d.ordinal > 1 else ""
    provinces = [d.province] + ([d.second_province] if d.second_province else [])
    fezs = list(dict.fromkeys(f for p in provinces for f in ref.province_fezs.get(p, [])))
    leaders = [o for o in gen.officers if o.role == "leader"] or _working_officers(gen)
    leader = d.leader = rng.choice(leaders)
    fez_text = "·".join(ref.fez_name[f][0] for f in fezs) or "지역 산업단지"

    row = synced()
    row.update(id=d.id)
    row.update(
        title=f"{short} {d.label_ko} 투자유치단{ordinal} ({countries_ko})",
        title_en=f"{ref.province_name[d.province][1]} {d.label_en} Investment Delegation to {countries_en}{ordinal_en}",
        year=d.year,
        target_industry_id=ref.industry.get(d.industry),
        starts_on=d.starts_on,
        ends_on=d.ends_on,
        status=d.status,
        leader_id=leader.id,
        objectives=(
            f"{ref.province_name[d.province][0]} 전략산업({d.label_ko}) 중심의 외국인투자 유치. "
            f"{countries_ko} 소재 선도기업 대상 1:1 투자상담 및 IR 설명회 개최, {fez_text} 입지 홍보."
        ),
        results=None,
        result_meetings=None,
        result_mous=None,
        result_pledged_usd=None,
    )
    out["delegation"].append(row)

    for p in provinces:
        r = synced()
        r.update(delegation_id=d.id, province_id=ref.province[p], is_lead=p == d.province)
        out["province"].append(r)
        r = synced()
        name_en = PROVINCE_SHORT.get(p, ("", ref.province_name[p][1]))[1]
        r.update(delegation_id=d.id, kind="local_government", name_ko=ref.province_name[p][0], name_en=name_en)
        out["org"].append(r)
    for f in fezs:
        out["fez"].append({"delegation_id": d.id, "fez_id": ref.fez[f]})
        r = synced()
        r.update(
            delegation_id=d.id,
            kind="fez_authority",
            name_ko=f"{ref.fez_name[f][0]}청",
            name_en=f"{ref.fez_name[f][1]} Authority",
        )
        out["org"].append(r)
    r = synced()
    r.update(delegation_id=d.id, kind="agency", name_ko="KOTRA 인베스트코리아", name_en="KOTRA Invest KOREA")
    out["org"].append(r)

    for seq, city in enumerate(d.cities):
        name, name_ko, cc, tz, _venues = CITIES[city]
        r = synced()
        r.update(delegation_id=d.id, seq=seq, country_id=ref.country[cc], city=name, city_ko=name_ko, time_zone=tz)
        out["dest"].append(r)

    _members(gen, rng, d, leader, provinces, fezs, synced, out["member"])
    # A finished trip met exactly the investors its itinerary has meetings with: the results,
    # the targets' statuses and the meetings recorded all count the same meetings.
    met_ids = _itinerary(gen, rng, d, short, d.status == "done", synced, out["item"])
    if d.status == "done":
        met = [t for t in d.targets if t.id in met_ids]
        mous = min(len(met), rng.choices((0, 1, 2, 3), (30, 40, 20, 10))[0])
        # An MOU comes with an amount (at least USD 5 M); max() rather than randint(1, 40) so the
        # draws, and every record generated after them, stay what the seed gave before.
        pledged = Decimal(max(1, rng.randint(0, 40)) * 5_000_000) if mous else Decimal(0)
        amount = f" (약 {formatting.usd(pledged, 'ko')})" if pledged else ""
        named = met[0].name if met else "현지 기업"
        row.update(
            result_meetings=len(met),
            result_mous=mous,
            result_pledged_usd=pledged,
            results=(
                f"투자가 면담 {_count_text(len(met))}, MOU {mous}건 체결. {named} 등 {d.label_ko} 기업 "
                f"투자 의향 확인{amount}. 후속 현장 방문 {rng.randint(1, 4)}건 추진 예정."
            ),
        )
    for t in d.targets:
        status = {
            "done": "met" if t.id in met_ids else "declined",
            "travelling": rng.choice(("met", "confirmed")),
            "confirmed": rng.choice(("confirmed", "confirmed", "proposed")),
            "cancelled": "declined",
        }.get(d.status, "proposed")
        r = synced()
        r.update(
            delegation_id=d.id,
            investor_id=t.id,
            status=status,
            priority=rng.choices((1, 2, 3), (30, 50, 20))[0],
            talking_points=" ".join(
                tp.format(
                    prov=ref.province_name[d.province][0],
                    fez=ref.fez_name[fezs[0]][0] if fezs else "산업단지",
                    ind=d.label_ko,
                )
                for tp in rng.sample(TALKING_POINTS, 2)
            ),
        )
        out["target"].append(r)


def _utc(local: datetime, zone: str) -> datetime:
    return local.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)


def _long_haul(zone_a: str, zone_b: str, day: date) -> bool:
    noon = datetime(day.year, day.month, day.day, 12)
    gap = abs(_utc(noon, zone_a) - _utc(noon, zone_b))
    return gap >= timedelta(hours=4)


def _count_text(n: int) -> str:
    return f"{n}건"


def _english_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _ordinal_en(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _members(
    gen: _Gen,
    rng: random.Random,
    d: _Delegation,
    leader: _Officer,
    provinces: list[str],
    fezs: list[str],
    synced: Callable[[], dict[str, Any]],
    out: list[dict[str, Any]],
) -> None:
    """The KOTRA leader and an officer, plus officials of the provinces and FEZ authorities."""
    ref = gen.ref

    def member(officer: _Officer | None, name: str, name_en: str, org: str, position: str, lead: bool) -> None:
        r = synced()
        r.update(
            delegation_id=d.id,
            officer_id=officer.id if officer else None,
            name=name,
            name_en=name_en,
            organisation=org,
            position=position,
            is_leader=lead,
        )
        out.append(r)

    member(leader, leader.name, leader.name_en, "KOTRA", rng.choice(KOTRA_POSITIONS), True)
    others = [o for o in _working_officers(gen) if o.id != leader.id]
    if others:
        aide = rng.choice(others)
        member(aide, aide.name, aide.name_en, "KOTRA", "투자유치 담당관", False)
    officials: list[tuple[str, tuple[str, ...]]] = [(ref.province_name[p][0], LOCAL_POSITIONS) for p in provinces]
    officials += [(f"{ref.fez_name[f][0]}청", FEZ_POSITIONS) for f in fezs[:1]]
    for org, positions in officials:
        for position in rng.sample(positions, rng.randint(1, 2)):
            (sur, sur_en), (given, given_en) = rng.choice(KO_SURNAMES), rng.choice(KO_GIVEN)
            member(None, sur + given, f"{given_en} {sur_en}", org, position, False)


def _itinerary(
    gen: _Gen,
    rng: random.Random,
    d: _Delegation,
    short: str,
    held: bool,
    synced: Callable[[], dict[str, Any]],
    out: list[dict[str, Any]],
) -> set[uuid.UUID]:
    """6–15 entries at local wall-clock times: flights in and out, meetings, at most one IR
    seminar per city, the odd site visit; every destination city gets at least one, and no two
    overlap. When the trip is over (`held`), each meeting became an interaction; returns the
    ids of the investors met."""
    met_ids: set[uuid.UUID] = set()
    days = (d.ends_on - d.starts_on).days + 1
    # Split the trip's days between the cities: the first and the last day are for flying.
    per_city = max(1, (days - 2) // len(d.cities))
    legs: list[tuple[str, list[date]]] = []
    day = d.starts_on + timedelta(days=1)
    for i, city in enumerate(d.cities):
        count = per_city if i < len(d.cities) - 1 else max(1, (d.ends_on - day).days)
        legs.append((city, [day + timedelta(days=k) for k in range(count) if day + timedelta(days=k) < d.ends_on]))
        day += timedelta(days=count)

    def item(kind: str, title: str, city: str, start: datetime, minutes: int, venue: str | None, **extra: Any) -> None:
        name, _ko, _cc, tz, _v = CITIES[city]
        r = synced()
        r.update(
            delegation_id=d.id,
            kind=kind,
            title=title,
            starts_local=start,
            ends_local=start + timedelta(minutes=minutes),
            time_zone=tz,
            city=name,
            venue=venue,
            investor_id=extra.get("investor_id"),
            contact_id=extra.get("contact_id"),
            notes=extra.get("notes"),
        )
        out.append(r)
        ends[0] = max(ends[0], _utc(start + timedelta(minutes=minutes), tz))

    ends = [datetime.min.replace(tzinfo=UTC)]  # when the last item so far ends, in UTC

    def at(day: date, hour: int, minute: int = 0) -> datetime:
        return datetime(day.year, day.month, day.day, hour, minute)

    first_city = d.cities[0]
    item(
        "travel",
        f"인천(ICN) 출발 → {CITIES[first_city][1]} 도착",
        first_city,
        at(d.starts_on, 15, 30),
        90,
        None,
        notes="공항 영접: 현지 무역관",
    )
    # Two flights and up to one transfer per further city frame the appointments: keep 6–15 in all.
    wanted = max(4, rng.randint(6, 15) - 2 - (len(d.cities) - 1))
    # After an ocean crossing the first day of a leg is for landing (when the leg has another).
    arriving = {
        city: dates[0]
        for (before, _), (city, dates) in itertools.pairwise(legs)
        if len(dates) > 1 and _long_haul(CITIES[before][3], CITIES[city][3], dates[0])
    }
    slots = [
        (city, day, hour)
        for city, dates in legs
        for day in dates
        if arriving.get(city) != day
        for hour in (9, 11, 14, 16)
    ]
    chosen = rng.sample(slots, min(len(slots), wanted))
    # A trip to two countries spends time in both: a city the draw missed takes a slot from the
    # city with the most.
    for city, dates in legs:
        if dates and not any(c == city for c, _d, _h in chosen):
            # dict.fromkeys, not a set: a set's order changes with the process's hash seed.
            busiest = max(dict.fromkeys(c for c, _d, _h in chosen), key=lambda c: sum(1 for x in chosen if x[0] == c))
            chosen.remove(next(x for x in chosen if x[0] == busiest))
            chosen.append(rng.choice([x for x in slots if x[0] == city]))
    chosen.sort(key=lambda s: (s[1], s[2]))
    seminar_done: set[str] = set()
    queue = list(d.targets)
    rng.shuffle(queue)
    previous_city = first_city
    for city, day, hour in chosen:
        name, name_ko, _cc, tz, venues = CITIES[city]
        if city != previous_city:
            # The transfer lands an hour before the first appointment when the day allows it,
            # else as soon as the last appointment lets the delegation leave; an appointment the
            # flight makes impossible is dropped. Across an ocean the flight takes eleven hours.
            minutes = 660 if _long_haul(CITIES[previous_city][3], tz, day) else 120
            first = _utc(at(day, hour), tz)
            departs = max(first - timedelta(minutes=minutes + 60), ends[0] + timedelta(minutes=90))
            departs += timedelta(minutes=-departs.minute % 30, seconds=-departs.second)
            # Written in the zone it leaves from, as a ticket is: 11:00 in San Jose, not 04:00 in Tokyo.
            local = departs.astimezone(ZoneInfo(CITIES[previous_city][3])).replace(tzinfo=None)
            item("travel", f"{CITIES[previous_city][1]} → {name_ko} 이동", previous_city, local, minutes, None)
            previous_city = city
        if _utc(at(day, hour), tz) < ends[0] + timedelta(minutes=30):
            continue
        # A finished trip met someone: its first appointment is a meeting.
        if hour == 14 and city not in seminar_done and (met_ids or not held):
            seminar_done.add(city)
            item(
                "ir_seminar",
                f"{short} {d.label_ko} 투자환경 설명회 ({name_ko})",
                city,
                at(day, hour),
                120,
                venues[0],
                notes="현지 기업 30~50개사 초청, 1:1 상담 병행",
            )
        elif queue and (rng.random() < 0.85 or (not met_ids and held)):
            inv = queue.pop()
            contact_id, contact_name = inv.contacts[0] if inv.contacts else (None, "")
            start = at(day, hour, 30 if hour == 11 else 0)
            item(
                "meeting",
                f"{inv.name} 면담",
                city,
                start,
                60,
                rng.choice((f"{inv.name} 본사", f"{venues[1]} 비즈니스 라운지")),
                investor_id=inv.id,
                contact_id=contact_id,
            )
            if held:
                met_ids.add(inv.id)
                when = start.replace(tzinfo=ZoneInfo(tz)).astimezone(UTC)
                who = contact_name or inv.name
                summary = f"{short} {d.label_ko} 투자유치단 현지 면담 ({who}). {d.label_ko} 투자 협의, 후속 일정 논의."
                inv.trip_meetings.append((d.id, when, contact_id, summary))
        else:
            item(
                "site_visit",
                f"{name} {rng.choice(('연구단지', '생산시설', '산업 클러스터'))} 방문",
                city,
                at(day, hour),
                120,
                venues[1],
            )
    # Fly home from wherever the last appointment was.
    item("travel", f"{CITIES[previous_city][1]} 출발 → 인천(ICN)", previous_city, at(d.ends_on, 10), 60, None)
    return met_ids


# --- promotion events ----------------------------------------------------------------------


def _promotions(gen: _Gen) -> None:
    """Joint FEZ events: the Invest KOREA Summit with all nine, fair pavilions, IR sessions."""
    _phase(gen, "promotion_events")
    ref = gen.ref
    events, fez_links, region_links = [], [], []
    for title, title_en, kind, cc, city, starts, ends, venue, fez_codes, leads, notes in PROMOTIONS:
        fezs = [f for f in (fez_codes or ref.fez) if f in ref.fez]
        created = datetime.combine(starts - timedelta(days=90), datetime.min.time(), UTC)
        row = gen.synced(created, datetime.combine(ends, datetime.min.time(), UTC) + timedelta(days=3))
        row.update(
            title=title,
            title_en=title_en,
            kind=kind,
            country_id=ref.country.get(cc),
            city=city,
            starts_on=starts,
            ends_on=ends,
            venue=venue,
            leads_generated=leads if starts <= gen.today else 0,
            notes=notes,
        )
        events.append(row)
        fez_links += [{"event_id": row["id"], "fez_id": ref.fez[f]} for f in fezs]
        if fez_codes is None:
            regions = list(ref.region)  # the summit speaks for the whole country
        else:
            regions = list(dict.fromkeys(ref.province_region[p] for f in fezs for p in ref.fez_provinces.get(f, [])))
        region_links += [{"event_id": row["id"], "region_id": ref.region[r]} for r in regions if r in ref.region]
    gen.insert(PromotionEvent.__table__, events)
    gen.insert(promotion_fez, fez_links)
    gen.insert(promotion_region, region_links)


# --- interactions and tasks ----------------------------------------------------------------


def _interactions(gen: _Gen) -> None:
    """About ten per investor over 2025–2026, thicker towards today, plus the trip meetings."""
    rng = gen.rng("interactions")
    ref = gen.ref
    officers = _working_officers(gen)
    start = datetime(2025, 1, 2, tzinfo=KST)
    span_days = (gen.today - start.date()).days
    total = len(gen.investors)

    def rows() -> Iterator[dict[str, Any]]:
        for n, inv in enumerate(gen.investors):
            if n % 1000 == 0:
                _phase(gen, "interactions", n / max(1, total))
            fezs = ref.province_fezs.get(inv.province) or ["IFEZ"]
            values: dict[str, object] = {
                "ind": _industry_label(gen, inv.industry)[0],
                "prov": ref.province_name[inv.province][0],
                "fez": ref.fez_name.get(rng.choice(fezs), ("경제자유구역", ""))[0],
                "office": ref.office_name.get(inv.owner.office, "KOTRA"),
            }
            for _ in range(rng.randint(4, 16)):
                kind = rng.choices(INTERACTION_KINDS, INTERACTION_WEIGHTS)[0]
                # sqrt skews the dates towards today: recent work is denser, as in a live CRM.
                day = start + timedelta(days=int(span_days * math.sqrt(rng.random())))
                when = day.replace(hour=rng.randint(8, 18), minute=rng.choice((0, 10, 20, 30, 40, 50)))
                contact = rng.choice(inv.contacts) if inv.contacts and rng.random() < 0.9 else None
                values["c"] = contact[1] if contact else "담당자"
                values["ev"] = rng.choice(INTERACTION_EVENTS)
                values["amount"] = rng.choice((500, 1000, 2000, 3000, 5000, 8000, 12000))
                outcome = rng.choice(OUTCOMES).format(**values) if rng.random() < 0.8 else None
                yield _interaction(
                    gen,
                    inv,
                    when.astimezone(UTC),
                    kind,
                    rng.choice(SUMMARIES[kind]).format(**values),
                    outcome,
                    contact[0] if contact else None,
                    rng.choice(inv.projects) if inv.projects and rng.random() < 0.5 else None,
                    None,
                    inv.owner if rng.random() < 0.75 else rng.choice(officers),
                )
            for delegation_id, when, contact_id, summary in inv.trip_meetings:
                yield _interaction(
                    gen,
                    inv,
                    when,
                    "meeting",
                    summary,
                    "면담 결과 유치단 결과보고서에 반영.",
                    contact_id,
                    None,
                    delegation_id,
                    inv.owner,
                )

    _phase(gen, "interactions")
    gen.insert(Interaction.__table__, rows())


def _interaction(
    gen: _Gen,
    inv: _Investor,
    when: datetime,
    kind: str,
    summary: str,
    outcome: str | None,
    contact_id: uuid.UUID | None,
    project_id: uuid.UUID | None,
    delegation_id: uuid.UUID | None,
    officer: _Officer,
) -> dict[str, Any]:
    row = gen.synced(when + timedelta(minutes=45))
    row.update(
        investor_id=inv.id,
        contact_id=contact_id,
        project_id=project_id,
        delegation_id=delegation_id,
        officer_id=officer.id,
        kind=kind,
        occurred_at=when,
        summary=summary,
        outcome=outcome,
    )
    return row


def _tasks(gen: _Gen) -> None:
    """1–2 follow-ups per investor (some overdue, many done) and briefing tasks for trips."""
    rng = gen.rng("tasks")
    today = gen.today
    total = len(gen.investors)

    def task(title: str, due: date, assignee: _Officer, **links: Any) -> dict[str, Any]:
        if due < today:
            status = rng.choices(("done", "open", "cancelled"), (70, 22, 8))[0]
        else:
            status = rng.choices(("open", "done"), (85, 15))[0]
        created = datetime.combine(due - timedelta(days=rng.randint(7, 60)), datetime.min.time(), UTC)
        completed = None
        if status == "done":
            completed = min(created + timedelta(days=rng.randint(1, 70), hours=rng.randint(0, 9)), gen.now)
        row = gen.synced(created, completed or created)
        row.update(
            title=title[:200],
            due_on=due,
            status=status,
            assignee_id=assignee.id,
            investor_id=links.get("investor_id"),
            project_id=links.get("project_id"),
            delegation_id=links.get("delegation_id"),
            interaction_id=None,
            notes=links.get("notes"),
            completed_at=completed,
        )
        return row

    def rows() -> Iterator[dict[str, Any]]:
        for n, inv in enumerate(gen.investors):
            if n % 2000 == 0:
                _phase(gen, "tasks", n / max(1, total))
            for _ in range(rng.choice((1, 1, 2, 2, 2))):
                due = today + timedelta(days=rng.randint(-150, 90))
                project = rng.choice(inv.projects) if inv.projects and rng.random() < 0.6 else None
                title = rng.choice(TASK_TITLES).format(inv=inv.name)
                yield task(title, due, inv.owner, investor_id=inv.id, project_id=project)
        for d in gen.delegations:
            if d.status == "cancelled":
                continue
            leader = d.leader or gen.officers[0]
            yield task(
                "유치단 브리핑 자료 작성 (단장 보고용)",
                d.starts_on - timedelta(days=7),
                leader,
                delegation_id=d.id,
                notes="면담 대상 기업 프로필·예상 질의응답 포함",
            )
            if d.status == "done":
                yield task("유치단 결과보고서 제출", d.ends_on + timedelta(days=10), leader, delegation_id=d.id)

    _phase(gen, "tasks")
    gen.insert(Task.__table__, rows())


# --- helpers -------------------------------------------------------------------------------


def _chunks(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


__all__ = ["DemoSummary", "generate_demo"]
