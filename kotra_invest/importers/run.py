"""The import service: preview, check and import a tracker file in one transaction, with a report.

A run reads the file once, converts and checks each row, decides what each duplicate does, and
writes the new records in bulk (Core inserts with their audit entries) and the updates through
the ORM (audited by the unit of work) — all in one transaction, so a failure, a cancel or a
kill leaves the database exactly as it was. Rows that cannot be stored are reported with their
row number, column and reason, and can be written to an error workbook to fix and re-import.
"""

from __future__ import annotations

import gc
import json
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from datetime import time as dt_time
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kotra_invest.catalog import msg
from kotra_invest.domain.aftercare_models import (
    CaseCategory,
    CaseStatus,
    Enquiry,
    EnquiryPriority,
    EnquirySource,
    GrantingBody,
    GrievanceCase,
    IncentiveApplication,
    IncentiveStatus,
    IncentiveType,
)
from kotra_invest.domain.base import Base
from kotra_invest.domain.cities import cities_of, find_city
from kotra_invest.domain.enums import (
    AuditAction,
    CompanySize,
    Consent,
    DelegationStatus,
    InteractionKind,
    ItineraryKind,
    MeetingTargetStatus,
    NewOrAdditional,
    ProjectType,
    TaskStatus,
)
from kotra_invest.domain.errors import DomainError
from kotra_invest.domain.models import (
    AuditEntry,
    Contact,
    Country,
    Delegation,
    DelegationMember,
    Interaction,
    Investor,
    ItineraryItem,
    MeetingTarget,
    Project,
    Task,
)
from kotra_invest.importers.lookups import Lookups, is_expansion
from kotra_invest.importers.mapping import Mapping, fields_of, hangul_share, record_of
from kotra_invest.importers.read import Reader, Row, SourceInfo
from kotra_invest.importers.values import (
    CellError,
    as_text,
    fold,
    header_unit,
    parse_amount,
    parse_bool,
    parse_currency,
    parse_date,
    parse_datetime,
    parse_email,
    parse_instant,
    parse_int,
    parse_percent,
    parse_phone,
    parse_tags,
    parse_website,
    text_value,
    website_domain,
)
from kotra_invest.services import access
from kotra_invest.services.duplicates import CompanyIndex, Match, known_companies, person_key
from kotra_invest.services.investor_sites import normalised_hq_city
from kotra_invest.services.unit_of_work import Context, audit_text, database_writes_audit, unit_of_work
from kotra_invest.store import search_index

Progress = Callable[[int, int], None]
Cancel = threading.Event | Callable[[], bool]

ON_DUPLICATE = ("skip", "update", "create")
# A row naming an investor the database lacks: refuse the row, or create the investor from it.
UNKNOWN_INVESTORS = ("error", "create")
# A row naming an owner who is no officer here: refuse the row, leave the owner empty, create an
# officer account (admins), or stop the whole import before anything is stored.
UNKNOWN_OWNERS = ("error", "empty", "create", "stop")
BATCH = 1000
# From this many rows on, the search index is built once at the end instead of row by row; below
# it, re-indexing the whole table would cost more than the triggers do.
BULK_INDEX_ROWS = 5000
# The suffix the lists (desktop, command line) give a confidential project's title.
CONFIDENTIAL_MARK = " [C]"
CONFIDENTIAL_CODE_NAME = msg("importers.run", "(confidential)")
_MODELS: dict[str, type[Base]] = {
    "investors": Investor,
    "contacts": Contact,
    "projects": Project,
    "interactions": Interaction,
    "delegations": Delegation,
    "tasks": Task,
    "itinerary": ItineraryItem,
    "members": DelegationMember,
    "cases": GrievanceCase,
    "incentives": IncentiveApplication,
    "enquiries": Enquiry,
}


# --- what the caller gets back -------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    """A row that was not stored: where (row number in the file, column header) and why."""

    row: int
    column: str | None
    field: str | None
    code: str
    message: str
    value: str | None = None


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class Duplicate:
    """A row that matches a record (or an earlier row of the file), and what was done with it."""

    row: int
    name: str
    matched_name: str
    record_id: uuid.UUID | None  # the existing (or, for an earlier row, newly created) record
    matched_row: int | None  # the earlier row of the same file, if that is the match
    reason: str  # name, fuzzy_name, website, email, same_title, same_interaction
    score: int
    action: str  # skipped, updated, created
    changes: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class PreviewRow:
    row: int
    values: tuple[tuple[str, str | None], ...]  # (field, value as it will be stored, as text)
    errors: tuple[RowError, ...]
    duplicate: Duplicate | None


@dataclass(frozen=True)
class ImportReport:
    kind: str
    file_name: str
    sheet: str | None
    rows_read: int
    created: int
    updated: int
    skipped: int
    duplicates: tuple[Duplicate, ...]
    errors: tuple[RowError, ...]
    dry_run: bool
    committed: bool
    seconds: float
    headers: tuple[str, ...] = ()
    # An investors import also fills the row's contact person, project and last meeting:
    # (record kind, created, updated, skipped) for each of them that the mapping feeds.
    related: tuple[tuple[str, int, int, int], ...] = ()
    # The mapping's choices made from the values, as sentences in the report's language.
    explanations: tuple[str, ...] = ()
    failed_rows: tuple[tuple[int, Row], ...] = field(default=(), repr=False)  # for the error workbook

    @property
    def failed(self) -> int:
        return len({e.row for e in self.errors})


# --- converting one row --------------------------------------------------------------------


@dataclass
class _Row:
    number: int
    values: dict[str, Any]  # model column -> value
    extra: dict[str, Any]  # things that are not columns of the record (fdi amounts, matching keys)
    errors: list[RowError]


# Parsers that depend on more than the cell (the row's country, the owner policy that may create
# an officer) or return a mutable value (tags) are run for every cell.
_NOT_MEMOISED = frozenset({"owner", "tags", "phone", "contact_phone"})
_MEMO_SIZE = 20_000


# The columns a refusal by the rules is said in, the first the file has (see `refused_at`): what
# a new record would be added to (the investor column of a contacts file, the company column of
# an investors file, whose contact or project it would be) ...
_ADDED_TO: dict[str, tuple[str, ...]] = {
    "investor": ("investor", "who", "about", "name", "name_ko"),
    "project": ("project", "about"),
    "delegation": ("about",),
}
# ... whom a new record would belong to ...
_WOULD_BELONG_TO = ("owner", "home_doctor", "assignee")
# ... and, for a change (and when none of the above is in the file), the columns naming the
# record: a contact is another office's through its investor, so a contacts file says it in the
# investor column; an investors row's contact, project or meeting in its own columns.
_NAMED_BY: dict[str, tuple[str, ...]] = {
    "investors": ("name", "name_ko"),
    "contacts": ("investor", "email", "contact_email", "full_name", "contact_name"),
    "projects": ("title", "project_title", "investor", "project_stage", "project_capex"),
    "interactions": ("occurred_at", "meeting_date", "summary", "meeting_summary"),
    "tasks": ("title",),
    "cases": ("subject",),
    "incentives": ("project", "incentive_type"),
    "enquiries": ("subject",),
    "delegations": ("title", "title_en"),
    "itinerary": ("title", "starts_local"),
    "members": ("name",),
}


class _Converter:
    """Turns the cells of one row into the columns of one record, collecting every cell error."""

    def __init__(
        self,
        kind: str,
        mapping: Mapping,
        lookups: Lookups,
        companies: CompanyIndex,
        lang: str,
        who: access.Principal,
        file_name: str,
    ) -> None:
        self.kind = kind
        self.mapping = mapping
        self.lookups = lookups
        self.companies = companies
        self.lang = lang
        self.who = who
        self.file_name = file_name
        self.positions = {f: i for i, f in enumerate(mapping.columns) if f}
        self.investor_country: dict[uuid.UUID | None, str] = {}
        self.units = {f: header_unit(mapping.headers[i]) for f, i in self.positions.items()}
        self.feeds_related = any(record_of(kind, f) != kind for f in self.positions)
        self.unknown_investors = "error"
        self.unknown_owners = "error"
        self.new_officers: list[dict[str, Any]] = []
        # A tracker repeats its countries, industries, stages and amounts thousands of times:
        # each distinct cell of a column is parsed once (result or error), see `convert`.
        self._memo: dict[str, dict[Any, tuple[Any, DomainError | None]] | None] = {
            f: None if f in _NOT_MEMOISED else {} for f in self.positions
        }
        self._memo_hits: dict[str, int] = dict.fromkeys(self.positions, 0)
        self._texts: dict[int, Callable[[Any, str], str | None]] = {}
        self._required = [s.key for s in fields_of(kind) if s.required and s.key in self.positions]
        self.known: _Known | None = None  # a tasks import finds what each task is about in it
        # An itinerary import: the delegation its rows belong to, and its destinations' zones by city.
        self.delegation_id: uuid.UUID | None = None
        self.zones_by_city: dict[str, str] = {}
        # A file of one investor's contacts, projects or meetings: the investor chosen for it.
        self.investor_id: uuid.UUID | None = None

    def owner(self, value: Any, field: str) -> uuid.UUID | None:
        """The officer a cell names (login, name, English name or e-mail), as the owner policy says."""
        try:
            return self.lookups.officer(value, field)
        except CellError as exc:
            if self.unknown_owners == "empty":
                return None
            if self.unknown_owners == "stop":
                raise DomainError("import_unknown_owner_stop", value=as_text(value)) from exc
            if self.unknown_owners != "create":
                raise
        return self._new_officer(as_text(value) or "")

    def _new_officer(self, text: str) -> uuid.UUID:
        import unicodedata

        local = text.partition("@")[0] if "@" in text else text
        ascii_login = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode().lower()
        login = re.sub(r"[^a-z0-9._-]+", ".", ascii_login).strip(".") or f"import.{uuid.uuid4().hex[:8]}"
        taken = {v for v in self.lookups.officer_logins.values()}
        base, n = login[:56], 2
        while login in taken:
            login, n = f"{base}.{n}", n + 1
        officer_id = uuid.uuid4()
        self.new_officers.append(
            {
                "id": officer_id,
                "login": login,
                "name": (local if "@" in text else text)[:80],
                "name_en": None,
                "email": text if "@" in text else None,
                "role": "officer",
                "office_id": None,
                "active": True,
            }
        )
        self.lookups.officer_logins[officer_id] = login
        for key in (login, text, local):
            self.lookups.officers.setdefault(fold(key), officer_id)
        return officer_id

    def error(self, row: _Row, exc: DomainError, field_key: str | None) -> None:
        column = self.mapping.headers[self.positions[field_key]] if field_key in self.positions else None
        value = exc.params.get("value")
        row.errors.append(
            RowError(
                row.number, column, field_key, exc.code, exc.message(self.lang), None if value is None else str(value)
            )
        )

    def refused_at(self, record_kind: str, refused: DomainError) -> str | None:
        """The field of the file's column a rule's refusal is about (`record_kind`: the row's own
        record, or the contact, project or meeting an investors row also holds): the column
        naming what a new record would be added to, or the officer it would belong to, else the
        one naming the record a change was refused for; None when the file has none of them."""
        sentence = refused.params.get("sentence")
        about: tuple[str, ...] = ()
        if sentence == "not_permitted_add":
            about = _ADDED_TO.get(str(refused.params.get("parent")), ())
        elif sentence == "not_permitted_new":
            about = _WOULD_BELONG_TO
        return next((f for f in (*about, *_NAMED_BY.get(record_kind, ())) if f in self.positions), None)

    def convert(self, number: int, cells: Row) -> _Row:
        row = _Row(number, {}, {}, [])
        raw = {f: cells[i] for f, i in self.positions.items() if i < len(cells)}
        memo = self._memo

        def cell(key: str, parse: Callable[[Any, str], Any]) -> Any:
            value = raw.get(key)
            if value is None or (isinstance(value, str) and not value.strip()):
                return None  # a blank or unmapped cell: every parser reads it as nothing
            cache = memo.get(key)
            # True == 1 == 1.0 for a dict, but not as cell text: the type is part of the key.
            memo_key = value if cache is None or type(value) is str else (type(value), value)
            if cache is not None and memo_key in cache:
                self._memo_hits[key] += 1
                result, failure = cache[memo_key]
                if failure is None:
                    return result
                self.error(row, failure, key)
                return None
            try:
                result = parse(value, key)
            except DomainError as exc:
                if exc.code == "import_unknown_owner_stop":
                    raise DomainError(exc.code, row=number, **exc.params) from exc
                self.error(row, exc, key)
                if cache is not None:
                    self._remember(key, cache, memo_key, (None, exc))
                return None
            if cache is not None:
                self._remember(key, cache, memo_key, (result, None))
            return result

        getattr(self, f"_{self.kind}")(row, raw, cell)
        for key in self._required:
            if (
                row.values.get(key) is None
                and as_text(raw.get(key)) is None
                and not any(e.field == key for e in row.errors)
            ):
                self.error(row, CellError("required", field=key), key)
        return row

    def _remember(self, key: str, cache: dict[Any, Any], value: Any, outcome: tuple[Any, DomainError | None]) -> None:
        cache[value] = outcome
        if len(cache) >= _MEMO_SIZE:
            # A column of distinct values (names, websites) gains nothing: stop keeping it;
            # a repetitive one starts afresh, so memory stays bounded either way.
            self._memo[key] = {} if self._memo_hits[key] >= len(cache) else None
            self._memo_hits[key] = 0

    def _text(self, n: int) -> Callable[[Any, str], str | None]:
        # Names and titles (up to a few hundred characters) are one line; notes keep their lines.
        parse = self._texts.get(n)
        if parse is None:
            parse = self._texts[n] = lambda v, f: text_value(v, f, max_length=n, single_line=n <= 200)
        return parse

    def _ref(self, table: str) -> Callable[[Any, str], uuid.UUID | None]:
        def parse(v: Any, f: str) -> uuid.UUID | None:
            found = self.lookups.reference(table, v, f)
            return found[0] if found else None

        return parse

    def _investor_ref(self, row: _Row, raw: dict[str, Any]) -> None:
        name = as_text(raw.get("investor"))
        if name is None and self.investor_id is not None and self.kind in OF_ONE_INVESTOR:
            row.values["investor_id"] = self.investor_id
            return
        if name is None:
            return
        if self.unknown_investors == "create":
            # Creating what is missing: only the same name is the same investor ("Pinefield Corp."
            # is not "Pinefield Inc."), so an export read back never folds two investors into one.
            candidates = [
                (*e, 100) for e in self.companies.exact(name) if e[0] is not None and fold(e[2]) == fold(name)
            ]
        else:
            candidates = [c for c in self.companies.candidates(name) if c[0] is not None]
        ids = {c[0] for c in candidates}
        if not candidates and self.unknown_investors == "create":
            row.extra["new_investor"] = name  # created with the row (see _process), once per file
        elif not candidates:
            self.error(row, CellError("import_investor_unknown", field="investor", value=name), "investor")
        elif len(ids) > 1:
            shown = "; ".join(sorted({c[2] for c in candidates}))
            self.error(
                row, CellError("import_investor_ambiguous", field="investor", value=name, candidates=shown), "investor"
            )
        else:
            row.values["investor_id"] = candidates[0][0]
            row.extra["investor_name"] = candidates[0][2]

    def _investors(self, row: _Row, raw: dict[str, Any], cell: Callable[..., Any]) -> None:
        v = row.values
        v["name"] = cell("name", self._text(200))
        v["name_ko"] = cell("name_ko", self._text(200))
        if v["name"] is None and v["name_ko"] is not None:
            v["name"] = v["name_ko"]  # a Korean-only row: its Korean name is the only name it has
        elif v["name"] is None and not row.errors and "name" not in self.positions:
            self.error(row, CellError("required", field="name"), "name_ko")
        # "일본 (직접투자: 네덜란드)": how a briefing workbook writes the parent's and the direct country.
        both = re.fullmatch(r"(.+?)\s*\((?:직접투자|direct investor):\s*(.+?)\)", str(raw.get("country") or "").strip())
        if both:
            raw["country"] = both.group(1)
            if as_text(raw.get("direct_country")) is None:
                raw["direct_country"] = both.group(2)
        v["country_id"] = cell("country", self._ref("country"))
        # A file with one country column gives the parent's; the direct investor's is taken to be
        # the same until a column (or an officer) says otherwise, as migration 0012 does.
        direct = cell("direct_country", self._ref("country"))
        v["direct_country_id"] = direct if direct is not None else v["country_id"]
        v["industry_id"] = cell("industry", self._ref("industry"))
        v["size"] = cell("size", lambda x, f: self.lookups.enum(CompanySize, x, f))
        v["website"] = cell("website", parse_website)
        v["owner_id"] = cell("owner", self.owner)
        v["tags"] = cell("tags", parse_tags) or None
        v["in_korea"] = cell("in_korea", parse_bool)
        v["notes"] = cell("notes", self._text(20000))
        # A listed city is kept by its English name (so it matches trips), whichever language the file used.
        hq_city = cell("hq_city", self._text(120))
        country = self.lookups.codes.get(v["country_id"]) if v.get("country_id") else None
        v["hq_city"] = normalised_hq_city(country, hq_city) if hq_city else hq_city
        if self.feeds_related:
            self._related(row, raw, cell)
        if self.delegation_id is not None:  # every row is one of the trip's investors to meet
            row.extra["target"] = {
                "priority": cell("target_priority", lambda x, f: parse_int(x, f, low=1, high=3)) or 2,
                "status": cell("target_status", lambda x, f: self.lookups.enum(MeetingTargetStatus, x, f))
                or MeetingTargetStatus.PROPOSED.value,
                "talking_points": cell("target_points", self._text(20000)),
            }

    def _related(self, row: _Row, raw: dict[str, Any], cell: Callable[..., Any]) -> None:
        """The contact person, planned project and last meeting one tracker row also holds."""
        v = row.values
        country = self.lookups.codes.get(v["country_id"]) if v.get("country_id") else None
        contact = {
            "full_name": cell("contact_name", self._text(160)),
            "job_title": cell("contact_title", self._text(160)),
            "email": cell("contact_email", parse_email),
            "phone": cell("contact_phone", lambda x, f: parse_phone(x, f, country)),
        }
        if any(value is not None for value in contact.values()):
            # A company address or number without a name is still the way to reach someone there.
            contact["full_name"] = contact["full_name"] or contact["email"] or contact["phone"]
            row.extra["contact"] = contact
        currency = cell("project_currency", parse_currency)
        capex = self._amount(row, raw, "project_capex", currency)
        stage = cell("project_stage", lambda x, f: self.lookups.reference("pipeline_stage", x, f))
        title = cell("project_title", self._text(200))
        if capex is not None or stage is not None or title is not None:
            row.extra["project"] = {
                "title": title,
                "stage_id": stage[0] if stage else None,
                "capex_amount": capex[0] if capex else None,
                "capex_currency": capex[1] if capex else (currency or self.mapping.default_currency),
            }
        when = cell("meeting_date", parse_instant)
        summary = cell("meeting_summary", self._text(20000))
        if when is not None:
            row.extra["meeting"] = {"occurred_at": when, "summary": summary}
        elif summary is not None and "meeting_date" not in {e.field for e in row.errors}:
            self.error(row, CellError("required", field="meeting_date"), "meeting_date")

    def _contacts(self, row: _Row, raw: dict[str, Any], cell: Callable[..., Any]) -> None:
        self._investor_ref(row, raw)
        v = row.values
        v["full_name"] = cell("full_name", self._text(160))
        v["name_ko"] = cell("name_ko", self._text(160))
        v["job_title"] = cell("job_title", self._text(160))
        v["email"] = cell("email", parse_email)
        # A national number is read as one of the investor's country ("(415) 555-2671" at a US firm).
        region = self.investor_country.get(v.get("investor_id"))
        v["phone"] = cell("phone", lambda x, f: parse_phone(x, f, region))
        v["consent"] = cell("consent", lambda x, f: self.lookups.enum(Consent, x, f))
        # Personal data: where the record came from is kept (the file, unless the row says).
        v["source"] = cell("source", self._text(160)) or f"import:{self.file_name}"[:160]
        v["notes"] = cell("notes", self._text(20000))

    def _amount(self, row: _Row, raw: dict[str, Any], key: str, currency: str | None) -> tuple[Decimal, str] | None:
        value = raw.get(key)
        cache = self._memo.get(key)
        memo_key = value if cache is None or type(value) is str else (type(value), value)
        if cache is not None and memo_key in cache:
            self._memo_hits[key] += 1
            scaled, failure = cache[memo_key]
        else:
            try:
                scaled, failure = self._scaled_amount(key, value), None
            except DomainError as exc:
                scaled, failure = None, exc
            if cache is not None:
                self._remember(key, cache, memo_key, (scaled, failure))
        if failure is not None:
            self.error(row, failure, key)
            return None
        if scaled is None:
            return None
        amount, named = scaled
        return amount, named or currency or self.mapping.default_currency

    def _scaled_amount(self, key: str, value: Any) -> tuple[Decimal, str | None] | None:
        """A cell's amount in the column's unit, and the currency the cell or its header names."""
        parsed = parse_amount(value, key)
        if parsed is None:
            return None
        amount, named = parsed
        multiplier, header_currency = self.units.get(key, (Decimal(1), None))
        # A bare number in a "(백만불)" column is in millions; "4억" written there still means what it says.
        bare = not isinstance(value, str) or re.fullmatch(r"[\d,.\s]+", value.strip()) is not None
        if named is None and multiplier != 1 and bare:
            amount = (amount * multiplier).quantize(Decimal("0.01"))
        return amount, named or header_currency

    def _projects(self, row: _Row, raw: dict[str, Any], cell: Callable[..., Any]) -> None:
        self._investor_ref(row, raw)
        v = row.values
        # "Gyeonggi plant [C]": how every list and the pipeline mark a confidential project; the
        # marker is the flag, not part of the title ("Plant [CN]" or "[C] line" are titles as written).
        marked = str(raw.get("title") or "").rstrip()
        if marked.endswith(CONFIDENTIAL_MARK) and marked[: -len(CONFIDENTIAL_MARK)].strip():
            raw["title"] = marked[: -len(CONFIDENTIAL_MARK)].rstrip()
            if as_text(raw.get("confidential")) is None:
                raw["confidential"] = True
                row.extra["marked_confidential"] = True
        v["title"] = cell("title", self._text(200))
        # "그린필드 · 증액" (how the desktop and the briefing workbook write it): type and 신규/증액.
        typed, _dot, typed_step = str(raw.get("project_type") or "").partition("·")
        if typed_step.strip():
            raw["project_type"] = typed.strip()  # this row's own cells: `cell` reads them from here
            if as_text(raw.get("new_or_additional")) is None:
                raw["new_or_additional"] = typed_step.strip()
        v["project_type"] = cell("project_type", lambda x, f: self.lookups.enum(ProjectType, x, f))
        step = cell("new_or_additional", lambda x, f: self.lookups.enum(NewOrAdditional, x, f))
        # An old file's "증설 / expansion" type is greenfield + 증액 (the ministry's counting).
        if step is None and is_expansion(raw.get("project_type")):
            step = NewOrAdditional.ADDITIONAL.value
        v["new_or_additional"] = step or NewOrAdditional.NEW.value
        stage = cell("stage", lambda x, f: self.lookups.reference("pipeline_stage", x, f))
        if stage is None and not any(e.field == "stage" for e in row.errors):
            stage = self.lookups.reference("pipeline_stage", "LEAD", "stage")
        v["stage_id"] = stage[0] if stage else None
        v["stage_since"] = cell("stage_since", parse_date)
        v["target_province_id"] = cell("province", self._ref("province"))
        v["fez_id"] = cell("fez", self._ref("fez"))
        v["industry_id"] = cell("industry", self._ref("industry"))
        currency = cell("currency", parse_currency)
        capex = self._amount(row, raw, "capex", currency)
        v["capex_amount"], v["capex_currency"] = capex if capex else (None, currency or self.mapping.default_currency)
        v["expected_jobs"] = cell("expected_jobs", lambda x, f: parse_int(x, f, high=10_000_000))
        v["probability"] = cell("probability", parse_percent)
        row.extra["investor_ko"] = cell("investor_ko", self._text(200))
        country = cell("investor_country", self._ref("country"))
        row.extra["investor_country"] = country
        row.extra["investor_direct_country"] = cell("investor_direct_country", self._ref("country"))
        v["confidential"] = cell("confidential", parse_bool)
        v["code_name"] = cell("code_name", self._text(80))
        v["owner_id"] = cell("owner", self.owner) or self.who.officer_id
        if v["confidential"] and not v["code_name"] and row.extra.get("marked_confidential"):
            # A list carries the marker but never the code name: the placeholder the pipeline shows
            # for a confidential project without one (the title stays out of every shared export).
            v["code_name"] = CONFIDENTIAL_CODE_NAME.text(self.lang)
        if v["confidential"] and not v["code_name"]:
            self.error(row, CellError("confidential_needs_code_name", field="code_name"), "code_name")
        fdi: list[tuple[str, Decimal, str, Any]] = []
        for kind, amount_key, date_key in (
            ("notified", "notified_amount", "notified_on"),
            ("arrived", "arrived_amount", "arrived_on"),
        ):
            amount = self._amount(row, raw, amount_key, currency)
            on = cell(date_key, parse_date)
            if amount is not None and amount[0] == 0 and on is None:
                amount = None  # "0" with no date (a report's empty total): nothing notified or arrived
            if amount is not None and on is None and not any(e.field == date_key for e in row.errors):
                self.error(row, CellError("required", field=date_key), date_key)
            elif amount is not None and on is not None:
                fdi.append((kind, amount[0], amount[1], on))
        row.extra["fdi"] = fdi

    def _interactions(self, row: _Row, raw: dict[str, Any], cell: Callable[..., Any]) -> None:
        self._investor_ref(row, raw)
        v = row.values
        v["occurred_at"] = cell("occurred_at", parse_instant)
        v["kind"] = cell("kind", lambda x, f: self.lookups.enum(InteractionKind, x, f)) or "meeting"
        v["summary"] = cell("summary", self._text(20000))
        v["outcome"] = cell("outcome", self._text(20000))
        v["officer_id"] = cell("owner", self.owner) or self.who.officer_id
        v["contact_id"] = None  # every row of a bulk insert names the same columns
        row.extra["contact"] = as_text(raw.get("contact"))

    def _delegations(self, row: _Row, raw: dict[str, Any], cell: Callable[..., Any]) -> None:
        v = row.values
        v["title"] = cell("title", self._text(200))
        v["title_en"] = cell("title_en", self._text(240))
        # "2026-03-04 – 2026-03-10", "2026. 3. 4. (수) – 2026. 3. 10. (화)", or the year alone: the lists' 일정.
        span = raw.get("dates")
        starts = ends = year_only = None
        if isinstance(span, int) or (isinstance(span, str) and re.fullmatch(r"\s*\d{4}\s*", span)):
            year_only = int(span)
        elif isinstance(span, str) and span.strip():
            parts = _SPAN.split(span.strip(), maxsplit=1)
            first, last = parts[0].strip(), (parts[1].strip() if len(parts) > 1 else "")
            starts = self._day(row, first, "dates")
            ends = self._day(row, last, "dates") if last else None
        elif span is not None:
            starts = self._day(row, span, "dates")
        v["starts_on"] = cell("starts_on", parse_date) or starts
        v["ends_on"] = cell("ends_on", parse_date) or ends
        if v["starts_on"] and v["ends_on"] and v["ends_on"] < v["starts_on"]:
            self.error(
                row, CellError("invalid_value", field="dates", value=as_text(span) or str(v["ends_on"])), "dates"
            )
        year = cell("year", lambda x, f: parse_int(x, f, low=2000, high=2100))
        v["year"] = year or year_only or (v["starts_on"].year if v["starts_on"] else None)
        if v["year"] is None and not any(e.field in ("year", "dates") for e in row.errors):
            self.error(row, CellError("required", field="year"), "year" if "year" in self.positions else "dates")
        v["status"] = cell("status", lambda x, f: self.lookups.enum(DelegationStatus, x, f))
        v["target_industry_id"] = cell("industry", self._ref("industry"))
        v["objectives"] = cell("objectives", self._text(20000))
        children: list[tuple[str, dict[str, Any]]] = []
        leads = cell("lead_provinces", self._provinces)
        for province_id in dict.fromkeys(leads or ()):
            children.append(("delegation_province", {"province_id": province_id, "is_lead": True}))
        for seq, (country_id, city, city_ko, zone) in enumerate(cell("destinations", self._destinations) or ()):
            children.append(
                (
                    "delegation_destination",
                    {"seq": seq, "country_id": country_id, "city": city, "city_ko": city_ko, "time_zone": zone},
                )
            )
        row.extra["children"] = children
        # What the preview shows of them: the province and country codes, the cities.
        row.extra["shown"] = {
            "lead_provinces": ", ".join(self.lookups.code_of(p) for p in dict.fromkeys(leads or ())) or None,
            "destinations": ", ".join(
                f"{c['city']} ({self.lookups.code_of(c['country_id'])})"
                for t, c in children
                if t == "delegation_destination"
            )
            or None,
        }

    def _day(self, row: _Row, text: Any, field_key: str) -> Any:
        try:
            return parse_date(text, field_key)
        except DomainError as exc:
            self.error(row, exc, field_key)
            return None

    def _provinces(self, value: Any, field_key: str) -> list[uuid.UUID]:
        """ "경상남도, 부산광역시": the lead provinces, as the lists join them."""
        found = []
        for part in re.split(r"[,;/、]", as_text(value) or ""):
            if part.strip():
                ref = self.lookups.reference("province", part.strip(), field_key)
                if ref is not None:
                    found.append(ref[0])
        return found

    def _destinations(self, value: Any, field_key: str) -> list[tuple[uuid.UUID, str, str | None, str]]:
        """ "Frankfurt (DE), 보스턴 (US)": each city with its country; the zone from the city list."""
        text = as_text(value) or ""
        found: list[tuple[uuid.UUID, str, str | None, str]] = []
        # Each stop ends in its country: "Washington, D.C. (US), Boston (US)" is two stops.
        for part in re.split(r"(?<=\))\s*,", text):
            if not part.strip():
                continue
            named = re.fullmatch(r"\s*(.+?)\s*\(\s*([^()]+?)\s*\)\s*", part)
            if named is None:
                raise CellError("import_bad_destination", field=field_key, value=part.strip())
            country = self.lookups.reference("country", named.group(2), field_key)
            assert country is not None
            listed = find_city(country[1], named.group(1))
            # "Munich, Frankfurt (DE)": several cities of one country, as officers also write them.
            names = (
                [named.group(1)] if listed is not None else [n.strip() for n in named.group(1).split(",") if n.strip()]
            )
            for city_name in names:
                city = find_city(country[1], city_name)
                if city is not None:
                    found.append((country[0], city.name_en, city.name_ko, city.time_zone))
                    continue
                # A city not on the list: the zone of its country's listed cities when they share one.
                zones = {c.time_zone for c in cities_of(country[1])}
                if len(zones) != 1:
                    raise CellError("import_city_zone_unknown", field=field_key, value=f"{city_name} ({country[1]})")
                korean = hangul_share([city_name]) >= 0.5
                found.append((country[0], city_name, city_name if korean else None, zones.pop()))
        return found

    def _itinerary(self, row: _Row, raw: dict[str, Any], cell: Callable[..., Any]) -> None:
        from kotra_invest.services import validation as check
        from kotra_invest.services.delegations import _exists_on_the_clock as exists_on_the_clock

        v = row.values
        v["delegation_id"] = self.delegation_id
        v["title"] = cell("title", self._text(200))
        day = cell("day", parse_date)
        v["starts_local"] = cell("starts_local", lambda x, f: _local_moment(x, day, f))
        if v["starts_local"] is None and day is not None and "starts_local" not in {e.field for e in row.errors}:
            v["starts_local"] = datetime.combine(day, dt_time(9))  # a day without an hour: the morning
        ends_day = v["starts_local"].date() if v["starts_local"] else day
        v["ends_local"] = cell("ends_local", lambda x, f: _local_moment(x, ends_day, f))
        if v["starts_local"] is None and not row.errors:
            self.error(
                row,
                CellError("required", field="starts_local"),
                "starts_local" if "starts_local" in self.positions else "day",
            )
        # "Europe/Berlin (UTC+02:00)": the zone with its offset on that day, as the briefing writes it.
        zone = cell("time_zone", lambda x, f: check.time_zone(re.sub(r"\s*\(.*\)\s*$", "", str(x).strip()), f))
        v["city"] = cell("city", self._text(120))
        if zone is None and v["city"]:
            zone = self.zones_by_city.get(fold(v["city"]))
        if zone is None and len(set(self.zones_by_city.values())) == 1:
            zone = next(iter(self.zones_by_city.values()))  # every stop of the trip keeps one clock
        if zone is None and not any(e.field == "time_zone" for e in row.errors):
            self.error(
                row, CellError("required", field="time_zone"), "time_zone" if "time_zone" in self.positions else "city"
            )
        v["time_zone"] = zone
        if zone is not None:
            for key in ("starts_local", "ends_local"):
                if v[key] is not None and not exists_on_the_clock(v[key], zone):
                    self.error(
                        row, CellError("nonexistent_local_time", field=key, value=v[key].isoformat(" ", "minutes")), key
                    )
        if v["starts_local"] and v["ends_local"] and v["ends_local"] < v["starts_local"]:
            self.error(row, CellError("date_order", field="ends_local"), "ends_local")
        v["kind"] = cell("kind", lambda x, f: self.lookups.enum(ItineraryKind, x, f)) or ItineraryKind.OTHER.value
        v["venue"] = cell("venue", self._text(200))
        v["notes"] = cell("notes", self._text(20000))
        v["contact_id"] = None
        v["investor_id"] = None
        self._investor_ref(row, raw)

    def _members(self, row: _Row, raw: dict[str, Any], cell: Callable[..., Any]) -> None:
        v = row.values
        v["delegation_id"] = self.delegation_id
        v["name"] = cell("name", self._text(120))
        v["name_en"] = cell("name_en", self._text(160))
        v["organisation"] = cell("organisation", self._text(160))
        v["position"] = cell("position", self._text(120))
        v["is_leader"] = cell("is_leader", parse_bool)
        # One of ours when the name (or English name) is an officer's: the member is that officer.
        v["officer_id"] = next(
            (
                self.lookups.officers[fold(n)]
                for n in (v["name"], v["name_en"])
                if n and fold(n) in self.lookups.officers
            ),
            None,
        )

    def _tasks(self, row: _Row, raw: dict[str, Any], cell: Callable[..., Any]) -> None:
        v = row.values
        v["title"] = cell("title", self._text(200))
        v["due_on"] = cell("due_on", parse_date)
        v["status"] = cell("status", lambda x, f: self.lookups.enum(TaskStatus, x, f))
        v["assignee_id"] = cell("assignee", self.owner)
        v["notes"] = cell("notes", self._text(20000))
        v["investor_id"] = v["project_id"] = v["delegation_id"] = v["interaction_id"] = None
        # A task read back as done was completed before the file was written; the import is the
        # closest moment known (the lists do not carry it).
        v["completed_at"] = datetime.now(UTC) if v["status"] == TaskStatus.DONE.value else None
        about = as_text(raw.get("about"))
        if about is not None and self.known is not None:
            self._subject(row, about)

    def _subject(self, row: _Row, about: str) -> None:
        """What a task is about, as the lists name it: a project's title first (the desktop shows
        it before its investor), then an investor's name, then a delegation's title."""
        assert self.known is not None
        v = row.values
        projects = _nearest(self.known.projects.get(fold(about), []), v["due_on"])
        investors = {c[0]: c[2] for c in self.companies.exact(about) if c[0] is not None and fold(c[2]) == fold(about)}
        delegations = _nearest(self.known.delegations.get(fold(about), []), v["due_on"])
        for found in (projects, list(investors), delegations):
            if len(found) > 1:
                shown = "; ".join(
                    f"{s.title} ({s.first.isoformat() if s.first else '-'})"
                    if isinstance(s, _Subject)
                    else investors[s]
                    for s in found
                )
                self.error(
                    row, CellError("import_subject_ambiguous", field="about", value=about, candidates=shown), "about"
                )
                return
            if found:
                break
        if projects:
            v["project_id"], v["investor_id"] = projects[0].id, projects[0].investor_id
        elif investors:
            v["investor_id"] = next(iter(investors))
        elif delegations:
            v["delegation_id"] = delegations[0].id
        elif self.unknown_investors == "create":
            row.extra["new_investor"] = about  # created with the row, once per file (see _process)
        else:
            self.error(row, CellError("import_subject_unknown", field="about", value=about), "about")

    # --- aftercare: the Aftercare page's lists read back ------------------------------------

    def _cases(self, row: _Row, raw: dict[str, Any], cell: Callable[..., Any]) -> None:
        v = row.values
        v["subject"] = cell("subject", self._text(200))
        v["category"] = cell("category", lambda x, f: self.lookups.enum(CaseCategory, x, f))
        v["status"] = cell("status", lambda x, f: self.lookups.enum(CaseStatus, x, f))
        v["received_on"] = cell("received_on", parse_date)
        v["acknowledged_on"] = cell("acknowledged_on", parse_date)
        v["resolved_on"] = cell("resolved_on", parse_date)
        v["agency"] = cell("agency", self._text(160))
        v["home_doctor_id"] = cell("home_doctor", self.owner)
        v["resolution"] = cell("resolution", self._text(20000))
        v["policy_proposal"] = cell("policy_proposal", self._text(20000))
        v["description"] = None
        v["project_id"] = None
        self._named_investor(row, raw)
        if as_text(raw.get("project")) is not None:
            self._project_of(row, raw, required=False)

    def _incentives(self, row: _Row, raw: dict[str, Any], cell: Callable[..., Any]) -> None:
        v = row.values
        v["incentive_type"] = cell("incentive_type", lambda x, f: self.lookups.enum(IncentiveType, x, f))
        v["granting_body"], v["granting_body_name"] = cell("granting_body", self._granting_body) or (None, None)
        v["status"] = cell("status", lambda x, f: self.lookups.enum(IncentiveStatus, x, f))
        amount = cell("amount", parse_amount)
        v["amount"] = amount[0] if amount else None
        v["currency"] = cell("currency", parse_currency) or (amount[1] if amount else None)
        v["applied_on"] = cell("applied_on", parse_date)
        v["approved_on"] = cell("approved_on", parse_date)
        v["paid_on"] = cell("paid_on", parse_date)
        v["jobs_required"] = cell("jobs_required", parse_int)
        v["keep_years"] = cell("keep_years", lambda x, f: parse_int(x, f, high=100))
        v["conditions"] = cell("conditions", self._text(20000))
        v["clawback"] = cell("clawback", self._text(20000))
        v["notes"] = None
        v["project_id"] = None
        self._named_investor(row, raw)
        self._project_of(row, raw, required=True)
        row.values.pop("investor_id", None)  # the application is the project's; the investor names it

    def _granting_body(self, value: Any, field_key: str) -> tuple[str, str | None]:
        """The lists write the body's own name (충청북도) when one was given, else its kind's label."""
        try:
            return self.lookups.enum(GrantingBody, value, field_key) or GrantingBody.MINISTRY.value, None
        except CellError:
            pass
        name = text_value(value, field_key, max_length=160, single_line=True) or ""
        folded = fold(name)
        if any(w in folded for w in ("경제자유구역", "fez", "freeeconomiczone")):
            body = GrantingBody.FEZ_AUTHORITY
        elif re.search(r"(도|시|군|구|-do|-si|-gun|-gu)$", name.strip(), re.IGNORECASE) or any(
            w in folded for w in ("province", "city", "county", "metropolitan", "특별자치")
        ):
            body = GrantingBody.LOCAL_GOVERNMENT
        else:
            body = GrantingBody.MINISTRY
        return body.value, name

    def _enquiries(self, row: _Row, raw: dict[str, Any], cell: Callable[..., Any]) -> None:
        v = row.values
        v["subject"] = cell("subject", self._text(200))
        v["source"] = cell("source", lambda x, f: self.lookups.enum(EnquirySource, x, f))
        v["priority"] = cell("priority", lambda x, f: self.lookups.enum(EnquiryPriority, x, f))
        v["contact_name"] = cell("contact_name", self._text(160))
        v["received_on"] = cell("received_on", parse_date)
        v["acknowledged_on"] = cell("acknowledged_on", parse_date)
        v["answered_on"] = cell("answered_on", parse_date)
        v["owner_id"] = cell("owner", self.owner)
        v["body"] = v["answer"] = None
        # Who asked: an investor of ours by its exact name, else the company as typed (not yet one).
        who = cell("who", self._text(200))
        found = (
            {c[0] for c in self.companies.exact(who) if c[0] is not None and fold(c[2]) == fold(who)} if who else set()
        )
        v["investor_id"] = next(iter(found)) if len(found) == 1 else None
        v["company"] = None if v["investor_id"] else who

    def _named_investor(self, row: _Row, raw: dict[str, Any]) -> None:
        """The investor an aftercare row names: the one with exactly that name, as the tasks kind
        finds it (a list names investors as they are stored), else the usual near-name match."""
        name = as_text(raw.get("investor"))
        exact = (
            {c[0]: c[2] for c in self.companies.exact(name) if c[0] is not None and fold(c[2]) == fold(name)}
            if name
            else {}
        )
        if len(exact) == 1:
            row.values["investor_id"], row.extra["investor_name"] = next(iter(exact.items()))
        else:
            self._investor_ref(row, raw)

    def _project_of(self, row: _Row, raw: dict[str, Any], *, required: bool) -> None:
        """The project a case or application names, among the row's investor's projects (by title)."""
        assert self.known is not None
        v = row.values
        title = (as_text(raw.get("project")) or "").removesuffix(CONFIDENTIAL_MARK).strip()
        investor_id = row.values.get("investor_id") or None
        name = row.extra.get("investor_name") or as_text(raw.get("investor")) or ""
        if not title or any(e.field == "investor" for e in row.errors):
            return  # a missing title is the required check's; an unknown investor is already said
        # Of the investor's projects with this title, the one whose stage date is nearest the row's
        # (a case is received, an application made, while the project is active); ties stay ambiguous.
        found = _nearest(
            [
                p
                for p in self.known.projects.get(fold(title), [])
                if (investor_id is None and "new_investor" not in row.extra) or p.investor_id == investor_id
            ],
            v.get("received_on") or v.get("applied_on"),
        )
        if len(found) == 1:
            v["project_id"] = found[0].id
            if required:
                row.extra["project_investor"] = found[0].investor_id
        elif len(found) > 1:
            shown = "; ".join(f"{p.title} ({p.first.isoformat() if p.first else '-'})" for p in found)
            self.error(
                row, CellError("import_subject_ambiguous", field="project", value=title, candidates=shown), "project"
            )
        else:
            self.error(row, CellError("import_project_unknown", field="project", value=title, investor=name), "project")


def _local_moment(value: Any, day: date | None, field_key: str) -> datetime | None:
    """A wall-clock moment from a cell: a date-time, or a time ("14:30") on the row's day."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)  # a wall-clock time: the zone column says where
    if isinstance(value, dt_time):
        if day is None:
            raise CellError("required", field="day")
        return datetime.combine(day, value)
    text = str(value).strip()
    if day is not None and re.fullmatch(
        r"(?:오전|오후|am|pm|AM|PM)?\s*\d{1,2}\s*(?::|시)\s*\d{0,2}\s*(?:분|am|pm|AM|PM)?", text
    ):
        return parse_datetime(f"{day.isoformat()} {text}", field_key)
    return parse_datetime(value, field_key)


# A delegation's dates as the lists write them: "start – end" (the end may be blank).
_SPAN = re.compile(r"\s*[–—~]\s*|\s+-\s+|\s+to\s+|\s+부터\s+")


# --- duplicates ----------------------------------------------------------------------------


# Mail services anyone may use: an address there says nothing about the company.
_PUBLIC_MAIL = frozenset(
    {"gmail.com", "naver.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "outlook.com", "hotmail.com",
     "yahoo.com", "yahoo.co.jp", "icloud.com", "qq.com", "163.com", "126.com", "gmx.de", "web.de", "proton.me"}
)  # fmt: skip


def _company_domain(row: _Row) -> str | None:
    """The company's own domain: its website's, else its contact's e-mail domain (not a public one)."""
    if "company_domain" not in row.extra:
        row.extra["company_domain"] = _find_company_domain(row)
    found: str | None = row.extra["company_domain"]
    return found


def _find_company_domain(row: _Row) -> str | None:
    domain = website_domain(row.values.get("website"))
    if domain:
        return domain
    email = (row.extra.get("contact") or {}).get("email")
    if email:
        mail_domain = email.rpartition("@")[2].lower().removeprefix("www.")
        if mail_domain not in _PUBLIC_MAIL:
            return mail_domain
    return None


@dataclass(frozen=True)
class _Subject:
    """A project or delegation a task can be about, and the days it is active around."""

    id: uuid.UUID
    investor_id: uuid.UUID | None
    title: str
    first: date | None
    last: date | None

    def distance(self, day: date | None) -> int | None:
        if day is None or self.first is None or self.last is None:
            return None
        return 0 if self.first <= day <= self.last else min(abs((day - self.first).days), abs((day - self.last).days))


def _nearest(found: list[_Subject], day: date | None) -> list[_Subject]:
    """Of records with the same title, the one whose days are nearest the task's due date (a task
    about a trip is due around it: the briefing before, the report after); ties stay ambiguous."""
    if len(found) <= 1:
        return found
    distances = [(s.distance(day), s) for s in found]
    if any(d is None for d, _s in distances):
        return found
    best = min(d for d, _s in distances if d is not None)
    return [s for d, s in distances if d == best]


class _Rules:
    """The desk's rules (domain/rules.py) for the rows an import writes in bulk, which no flush
    checks: a row the officer may not write is refused with its row number, on both engines, as
    the desk would refuse it (the server's row-level security would otherwise refuse the whole
    file with no row named, and the embedded file would not refuse it at all).

    A row is checked against the records as the earlier rows leave them, as the desk checks a
    save after the ones before it: a record an earlier row added, or handed to another office,
    is held here until the end, when the database gets it."""

    def __init__(self, session: Session, who: access.Principal) -> None:
        self.session = session
        self.who = who
        self.bound = who.may_write and access.bound_by_rules(session, who)  # a viewer's import is refused whole
        self._answers: dict[tuple[Any, ...], DomainError | None] = {}
        self._added: dict[uuid.UUID, tuple[str, dict[str, Any]]] = {}  # id -> (table, the new record)
        self._changed: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}  # its rule columns, changed

    def held(self, table: str, record_id: Any) -> dict[str, Any] | None:
        """A record as the file's earlier rows left it, if they added or changed whose it is."""
        changed = self._changed.get((table, record_id))
        if changed is not None:
            return changed
        added = self._added.get(record_id)
        return added[1] if added is not None and added[0] == table else None

    def current(self, table: str, record_id: uuid.UUID, stored: Any) -> dict[str, Any] | None:
        """The columns the rules read of a record, as the earlier rows left it, else as `stored`
        (the mapped record, or None: not in the database)."""
        held = self.held(table, record_id)
        if held is not None:
            return held
        return (
            None if stored is None else {"id": record_id, **{c: getattr(stored, c) for c in access.rule_columns(table)}}
        )

    def added(self, table: str, record: dict[str, Any]) -> None:
        if self.bound:
            self._added[record["id"]] = (table, record)

    def changed(self, table: str, record_id: uuid.UUID, stored: Any, changes: dict[str, Any]) -> None:
        """An accepted row changes a record: a change of whose it is (a hand-over) is held, and
        the answers given so far may no longer hold (its contacts, its projects' tranches)."""
        columns = [c for c in access.rule_columns(table) if c in changes]
        if not self.bound or not columns:
            return
        before = self.current(table, record_id, stored) or {"id": record_id}
        self._changed[(table, record_id)] = {**before, **{c: changes[c] for c in columns}}
        self._answers.clear()

    def refusal(self, table: str, values: dict[str, Any], *, stored: bool) -> DomainError | None:
        """Why `who` may not write this record (`stored`: as the database holds it), or None."""
        if not self.bound:
            return None
        # A new record's fresh id is no delegation's target yet: leave it out, so rows that share
        # an owner and parents share one answer.
        columns = [c for c in access.rule_columns(table) if stored or c != "id"]
        key = (table, stored, *(values.get(c) for c in columns))
        if key not in self._answers:
            try:
                access.require_edit(
                    self.session, self.who, access.Unbuilt(table, values, self.held), before=False, new=not stored
                )
                self._answers[key] = None
            except DomainError as exc:
                self._answers[key] = exc
        return self._answers[key]

    def row_refusal(
        self, kind: str, values: dict[str, Any], action: str | None, record_id: uuid.UUID | None, stored: Any
    ) -> DomainError | None:
        """What refuses a row's own record: new, or the one it updates (`record_id`) — stored,
        or added by an earlier row — as the earlier rows left it. (The contact, project and
        meeting an investors row adds or updates: `_Related.refusal`.)"""
        table = _MODELS[kind].__tablename__
        if action == "create":
            return self.refusal(table, values, stored=False)
        current = self.current(table, record_id, stored) if action == "update" and record_id else None
        return self.refusal(table, current, stored=True) if current is not None else None


class _Known:
    """What the database and the earlier rows already hold, to find each row's duplicate."""

    def __init__(
        self, session: Session, kind: str, who: access.Principal, related: frozenset[str] = frozenset()
    ) -> None:
        self.kind = kind
        self.session = session
        self.companies = known_companies(session)  # the same index the editors' duplicate warning uses
        # key -> (record id, earlier row or None, shown name)
        self.keys: dict[tuple[Any, ...], tuple[uuid.UUID, int | None, str]] = {}
        # e-mail -> the first contact with it, anywhere: (id, earlier row or None, name, its investor)
        self.contacts_by_email: dict[str, tuple[uuid.UUID, int | None, str, uuid.UUID | None]] = {}
        # (investor, e-mail) -> the contact with it at that investor: a row's e-mail finds its
        # duplicate at the row's own investor only (see contact_elsewhere)
        self.contacts_at: dict[tuple[uuid.UUID | None, str], tuple[uuid.UUID, int | None, str]] = {}
        self.investor_names: dict[uuid.UUID, str] = {}  # those of this file, and those said once
        self.contacts_by_person: dict[tuple[Any, ...], uuid.UUID] = {}
        # (investor, person key) -> everyone of that name there, (id, e-mail): two of one name at
        # an investor, or two advisers (investor None), are told apart by their e-mail only.
        self.people_named: dict[tuple[uuid.UUID | None, Any], list[tuple[uuid.UUID, str | None]]] = {}
        # What a task can be about, by folded title: projects and delegations, each with the days
        # it is active around (a project's stage date, a delegation's trip) to tell same titles apart.
        self.projects: dict[str, list[_Subject]] = {}
        self.delegations: dict[str, list[_Subject]] = {}
        if kind in ("delegations", "tasks"):
            for rid, title, title_en, year, starts_on, ends_on in session.execute(
                select(
                    Delegation.id,
                    Delegation.title,
                    Delegation.title_en,
                    Delegation.year,
                    Delegation.starts_on,
                    Delegation.ends_on,
                ).where(Delegation.deleted_at.is_(None))
            ):
                for name in {fold(title), fold(title_en or "")} - {""}:
                    self.delegations.setdefault(name, []).append(
                        _Subject(
                            rid, None, title, starts_on or date(year, 1, 1), ends_on or starts_on or date(year, 12, 31)
                        )
                    )
                    self.keys.setdefault(("delegation", name, year), (rid, None, title))
        if kind == "itinerary":
            for rid, delegation_id, starts_local, title in session.execute(
                select(
                    ItineraryItem.id, ItineraryItem.delegation_id, ItineraryItem.starts_local, ItineraryItem.title
                ).where(ItineraryItem.deleted_at.is_(None))
            ):
                self.keys.setdefault(("itinerary", delegation_id, starts_local, fold(title)), (rid, None, title))
        if kind == "members":
            for rid, delegation_id, name in session.execute(
                select(DelegationMember.id, DelegationMember.delegation_id, DelegationMember.name).where(
                    DelegationMember.deleted_at.is_(None)
                )
            ):
                self.keys.setdefault(("member", delegation_id, person_key(name)), (rid, None, name))
        if kind in ("tasks", "cases", "incentives"):
            for rid, of_investor, title, since in session.execute(
                select(Project.id, Project.investor_id, Project.title, Project.stage_since).where(
                    Project.deleted_at.is_(None), access.visible_projects(who)
                )
            ):
                self.projects.setdefault(fold(title), []).append(_Subject(rid, of_investor, title, since, since))
            for rid, title, task_investor, task_project, task_delegation, due_on in session.execute(
                select(Task.id, Task.title, Task.investor_id, Task.project_id, Task.delegation_id, Task.due_on).where(
                    Task.deleted_at.is_(None)
                )
            ):
                task_key = ("task", fold(title), task_investor, task_project, task_delegation, due_on)
                self.keys.setdefault(task_key, (rid, None, title))
        if kind == "cases":
            for rid, case_investor, subject, received_on in session.execute(
                select(
                    GrievanceCase.id, GrievanceCase.investor_id, GrievanceCase.subject, GrievanceCase.received_on
                ).where(GrievanceCase.deleted_at.is_(None))
            ):
                self.keys.setdefault(("case", case_investor, fold(subject), received_on), (rid, None, subject))
        if kind == "incentives":
            for rid, project_id, incentive_type, applied_on in session.execute(
                select(
                    IncentiveApplication.id,
                    IncentiveApplication.project_id,
                    IncentiveApplication.incentive_type,
                    IncentiveApplication.applied_on,
                ).where(IncentiveApplication.deleted_at.is_(None))
            ):
                incentive_key = ("incentive", project_id, IncentiveType(incentive_type).value, applied_on)
                self.keys.setdefault(incentive_key, (rid, None, IncentiveType(incentive_type).value))
        if kind == "enquiries":
            for rid, subject, received_on, asker_id, company in session.execute(
                select(Enquiry.id, Enquiry.subject, Enquiry.received_on, Enquiry.investor_id, Enquiry.company).where(
                    Enquiry.deleted_at.is_(None)
                )
            ):
                enquiry_key = ("enquiry", fold(subject), received_on, asker_id, fold(company or ""))
                self.keys.setdefault(enquiry_key, (rid, None, subject))
        if kind in ("contacts", "interactions") or "contacts" in related:
            for rid, investor_id, full_name, email in session.execute(
                select(Contact.id, Contact.investor_id, Contact.full_name, Contact.email).where(
                    Contact.deleted_at.is_(None)
                )
            ):
                if email:
                    self._remember_email(investor_id, email, rid, None, full_name)
                self.contacts_by_person.setdefault((investor_id, person_key(full_name)), rid)
                self.people_named.setdefault((investor_id, person_key(full_name)), []).append((rid, email))
                self.keys.setdefault(("person", investor_id, person_key(full_name)), (rid, None, full_name))
        if kind == "projects" or "projects" in related:
            for rid, investor_id, title in session.execute(
                select(Project.id, Project.investor_id, Project.title).where(
                    Project.deleted_at.is_(None), access.visible_projects(who)
                )
            ):
                self.keys.setdefault(("title", investor_id, fold(title)), (rid, None, title))
        if kind == "interactions" or "interactions" in related:
            for rid, investor_id, occurred_at, ikind, summary in session.execute(
                select(
                    Interaction.id,
                    Interaction.investor_id,
                    Interaction.occurred_at,
                    Interaction.kind,
                    Interaction.summary,
                ).where(Interaction.deleted_at.is_(None))
            ):
                key = ("interaction", investor_id, occurred_at, str(ikind), fold(summary)[:200])
                self.keys.setdefault(key, (rid, None, summary[:60]))

    def find(self, row: _Row) -> Match | None:
        v = row.values
        if self.kind == "investors":
            return self.companies.find(v["name"], _company_domain(row), other_names=(v["name_ko"],))
        if self.kind == "contacts":
            at = self.contacts_at.get((v["investor_id"], (v["email"] or "").casefold())) if v["email"] else None
            if at is not None:
                return Match(at[0], at[1], at[2], "email", 100)
            hit = self.keys.get(("person", v["investor_id"], person_key(v["full_name"])))
            return Match(hit[0], hit[1], hit[2], "name", 100) if hit else None
        key = self._key(row)
        hit = self.keys.get(key) if key else None
        reason = {"interactions": "same_interaction", "members": "name"}.get(self.kind, "same_title")
        return Match(hit[0], hit[1], hit[2], reason, 100) if hit else None

    def _key(self, row: _Row) -> tuple[Any, ...] | None:
        v = row.values
        if self.kind == "projects":
            return ("title", v["investor_id"], fold(v["title"] or ""))
        if self.kind == "interactions":
            return ("interaction", v["investor_id"], v["occurred_at"], v["kind"], fold(v["summary"] or "")[:200])
        if self.kind == "delegations":
            return ("delegation", fold(v["title"] or ""), v["year"])
        if self.kind == "itinerary":
            return ("itinerary", v["delegation_id"], v["starts_local"], fold(v["title"] or ""))
        if self.kind == "members":
            return ("member", v["delegation_id"], person_key(v["name"] or ""))
        if self.kind == "tasks":
            return ("task", fold(v["title"] or ""), v["investor_id"], v["project_id"], v["delegation_id"], v["due_on"])
        if self.kind == "cases":
            return ("case", v["investor_id"], fold(v["subject"] or ""), v["received_on"])
        if self.kind == "incentives":
            return ("incentive", v["project_id"], v["incentive_type"], v["applied_on"])
        if self.kind == "enquiries":
            return ("enquiry", fold(v["subject"] or ""), v["received_on"], v["investor_id"], fold(v["company"] or ""))
        return None

    def remember(self, row: _Row, record_id: uuid.UUID) -> None:
        v = row.values
        if self.kind == "investors":
            self.companies.add(
                v["name"], record_id, row.number, other_names=(v["name_ko"],), domain=_company_domain(row)
            )
            self.investor_names[record_id] = v["name"]
        elif self.kind == "contacts":
            if v["email"]:
                self._remember_email(v["investor_id"], v["email"], record_id, row.number, v["full_name"])
            self._remember_name(v["investor_id"], v["full_name"], record_id, v["email"])
            self.keys.setdefault(
                ("person", v["investor_id"], person_key(v["full_name"])), (record_id, row.number, v["full_name"])
            )
        else:
            key = self._key(row)
            if key:
                shown = v.get("title") or v.get("subject") or v.get("incentive_type") or (v.get("summary") or "")[:60]
                self.keys.setdefault(key, (record_id, row.number, shown))
            if self.kind == "delegations":  # a later task of the same file may be about it
                first = v["starts_on"] or date(v["year"], 1, 1)
                last = v["ends_on"] or v["starts_on"] or date(v["year"], 12, 31)
                for name in {fold(v["title"] or ""), fold(v["title_en"] or "")} - {""}:
                    self.delegations.setdefault(name, []).append(_Subject(record_id, None, v["title"], first, last))

    def related_key(self, kind: str, investor_id: uuid.UUID, values: dict[str, Any]) -> tuple[Any, ...]:
        if kind == "contacts":
            return ("person", investor_id, person_key(values["full_name"]))
        if kind == "projects":
            return ("title", investor_id, fold(values["title"] or ""))
        return ("interaction", investor_id, values["occurred_at"], values["kind"], fold(values["summary"] or "")[:200])

    def find_related(self, kind: str, investor_id: uuid.UUID, values: dict[str, Any]) -> Match | None:
        """The record a tracker row's contact, project or meeting duplicates (the kind's own keys)."""
        at = (
            self.contacts_at.get((investor_id, values["email"].casefold()))
            if kind == "contacts" and values["email"]
            else None
        )
        if at is not None:
            return Match(at[0], at[1], at[2], "email", 100)
        hit = self.keys.get(self.related_key(kind, investor_id, values))
        reason = {"contacts": "name", "projects": "same_title"}.get(kind, "same_interaction")
        return Match(hit[0], hit[1], hit[2], reason, 100) if hit else None

    def remember_related(
        self, kind: str, investor_id: uuid.UUID, values: dict[str, Any], record_id: uuid.UUID, number: int
    ) -> None:
        shown = values.get("full_name") or values.get("title") or (values.get("summary") or "")[:60]
        if kind == "contacts" and values["email"]:
            self._remember_email(investor_id, values["email"], record_id, number, shown)
        if kind == "contacts":
            self.contacts_by_person.setdefault((investor_id, person_key(values["full_name"])), record_id)
            self._remember_name(investor_id, values["full_name"], record_id, values["email"])
        self.keys.setdefault(self.related_key(kind, investor_id, values), (record_id, number, shown))

    def _remember_name(
        self, investor_id: uuid.UUID | None, full_name: str, record_id: uuid.UUID, email: str | None
    ) -> None:
        named = self.people_named.setdefault((investor_id, person_key(full_name)), [])
        if all(rid != record_id for rid, _email in named):
            named.append((record_id, email))

    def namesakes(
        self, investor_id: uuid.UUID | None, full_name: str, field_key: str, investor_name: str | None = None
    ) -> CellError | None:
        """Why a row naming `full_name` at its investor cannot say whom it means: the investor has
        two or more people of that name, told apart by their e-mail only (as two advisers are).
        Taking the first found would tie the row's meeting, or its changes, to one of them unseen."""
        if investor_id is None:
            return None
        named = self.people_named.get((investor_id, person_key(full_name)), [])
        if len(named) < 2:
            return None
        return CellError(
            "import_contact_ambiguous",
            field=field_key,
            sentence="import_contact_namesakes",
            value=full_name,
            investor=self._investor_name(investor_id, investor_name),
            candidates="; ".join(sorted(email or "-" for _rid, email in named)),
        )

    def _remember_email(
        self, investor_id: uuid.UUID | None, email: str, record_id: uuid.UUID, number: int | None, shown: str
    ) -> None:
        self.contacts_by_email.setdefault(email.casefold(), (record_id, number, shown, investor_id))
        self.contacts_at.setdefault((investor_id, email.casefold()), (record_id, number, shown))

    def contact_elsewhere(
        self,
        investor_id: uuid.UUID | None,
        email: str | None,
        field_key: str,
        investor_name: str | None = None,
        code: str = "import_contact_elsewhere",
    ) -> CellError | None:
        """Why a row may not have this contact: its e-mail is a contact's at another investor.

        An e-mail is one person's, so the row is about that contact — whom an update would fill
        with another company's figures (an investor's tracker naming someone who moved, or a
        mistyped address), and whom a new record would duplicate. Neither is what an officer
        expects of a row of another company: the row is refused, naming both investors, and the
        officer moves the contact at the desk (where the move is seen and undone) or corrects the
        e-mail. A meeting row (`contact_id`) is refused the same way, with its own `code`.
        `investor_name`: the row's investor, when it is new in this file.

        The e-mail of a contact of no investor (an adviser) refuses a contacts or investors row
        too, as its own sentence says: the desk keeps an adviser apart from the investors they
        advise (any investor's meeting may have them) and never ties them to one unasked — its
        editor warns of the same e-mail anywhere — so an import does not make one investor's
        person of them. (A meeting row finds them: `contact_id`.)"""
        key = (email or "").casefold()
        if not key or key not in self.contacts_by_email or (investor_id, key) in self.contacts_at:
            return None
        _rid, _row, shown, elsewhere = self.contacts_by_email[key]
        if elsewhere is None:
            return CellError(
                code,
                field=field_key,
                sentence="import_contact_of_no_investor",
                value=email,
                name=shown,
                row_investor=self._investor_name(investor_id, investor_name),
            )
        return CellError(
            code,
            field=field_key,
            value=email,
            name=shown,
            investor=self._investor_name(elsewhere),
            row_investor=self._investor_name(investor_id, investor_name),
        )

    def _investor_name(self, investor_id: uuid.UUID | None, default: str | None = None) -> str:
        """An investor's name: one new in this file as its row gave it, else as stored."""
        if investor_id is not None and investor_id not in self.investor_names:
            stored = self.session.scalar(select(Investor.name).where(Investor.id == investor_id))
            if stored is not None:
                self.investor_names[investor_id] = stored
        found = self.investor_names.get(investor_id) if investor_id is not None else None
        return found or default or "?"

    def contact_id(self, investor_id: uuid.UUID | None, text: str) -> uuid.UUID | None:
        """The contact a meeting row names by e-mail or name: one of the row's investor's people,
        or of no investor's (an adviser), as the desk allows (services/interactions.py); the
        e-mail of another investor's contact finds nobody, and `contact_elsewhere` says why.

        By name, the investor's own person comes first, then the one adviser of that name; two
        people of one name at the investor, or two advisers of one name, are told apart by their
        e-mail only (CellError, naming them)."""
        if "@" in text:
            at = self.contacts_at.get((investor_id, text.casefold())) or self.contacts_at.get((None, text.casefold()))
            if at is not None:
                return at[0]
        key = person_key(text)
        ambiguous = self.namesakes(investor_id, text, "contact") if "@" not in text else None
        if ambiguous is not None:
            raise ambiguous
        own = self.contacts_by_person.get((investor_id, key))
        advisers = self.people_named.get((None, key), []) if own is None and "@" not in text else []
        if len(advisers) > 1:
            shown = "; ".join(sorted(email or "-" for _id, email in advisers))
            raise CellError("import_contact_ambiguous", field="contact", value=text, candidates=shown)
        return own or (advisers[0][0] if advisers else None)


@dataclass
class _Part:
    """One of an investors row's related records and what the row does to it."""

    kind: str  # contacts, projects, interactions
    values: dict[str, Any]
    action: str  # create, update, skip
    record_id: uuid.UUID  # the new record's id, or the one it duplicates
    record: dict[str, Any]  # create: the whole new record; update: the changed fields
    refused: DomainError | None = None  # what refuses the row whoever imports it (contact_elsewhere)


class _Related:
    """The contact person, project and last meeting of each investor row, each de-duplicated by
    its own kind's keys (e-mail or name at that investor; title; date and summary)."""

    def __init__(
        self,
        session: Session,
        ctx: Context,
        known: _Known,
        writer: _Writer,
        lookups: Lookups,
        who: access.Principal,
        now: datetime,
        file_name: str,
    ) -> None:
        self.session = session
        self.ctx = ctx
        self.known = known
        self.writer = writer
        self.who = who
        self.now = now
        self.file_name = file_name
        self.counts: dict[str, list[int]] = {k: [0, 0, 0] for k in ("contacts", "projects", "interactions")}
        self.created: dict[uuid.UUID, dict[str, Any]] = {}
        self.updates: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
        lead = lookups.reference("pipeline_stage", "LEAD", "stage")
        self.lead_stage = lead[0] if lead else None

    def plan(self, investor_id: uuid.UUID, row: _Row, investor: dict[str, Any], policy: str | None) -> list[_Part]:
        """What the row does to its investor's contact, project and meeting (nothing written yet):
        decided before the row is accepted, so a refused one refuses the row (`refusal`)."""
        parts: list[_Part] = []
        contact_id = None
        if row.extra.get("contact"):
            c = row.extra["contact"]
            values = {
                "investor_id": investor_id,
                "full_name": c["full_name"],
                "name_ko": None,
                "job_title": c["job_title"],
                "email": c["email"],
                "phone": c["phone"],
                "consent": "not_asked",
                "consent_on": None,
                "source": f"import:{self.file_name}"[:160],
                "notes": None,
            }
            parts.append(self._decide("contacts", investor_id, values, policy))
            parts[-1].refused = self.known.contact_elsewhere(investor_id, c["email"], "contact_email", investor["name"])
            by_name = not (c["email"] and (investor_id, c["email"].casefold()) in self.known.contacts_at)
            # Found by name among namesakes, it would take the row's changes or its meeting unseen.
            picks = parts[-1].action == "update" or (parts[-1].action == "skip" and row.extra.get("meeting"))
            if parts[-1].refused is None and by_name and picks:
                parts[-1].refused = self.known.namesakes(investor_id, c["full_name"], "contact_name", investor["name"])
            contact_id = parts[-1].record_id
        if row.extra.get("project"):
            p = row.extra["project"]
            title = (
                p["title"]
                or (msg("importers.run", "{investor} investment plan").text(self.ctx.lang, investor=investor["name"]))[
                    :200
                ]
            )
            values = {
                "investor_id": investor_id,
                "title": title,
                "project_type": "greenfield",
                "new_or_additional": "new",
                "stage_id": p["stage_id"] or self.lead_stage,
                "stage_since": None,
                "target_province_id": None,
                "fez_id": None,
                "industry_id": investor.get("industry_id"),
                "capex_amount": p["capex_amount"],
                "capex_currency": p["capex_currency"],
                "expected_jobs": None,
                "probability": None,
                "confidential": False,
                "code_name": None,
                "owner_id": investor.get("owner_id") or self.who.officer_id,
            }
            parts.append(self._decide("projects", investor_id, values, policy))
        if row.extra.get("meeting"):
            m = row.extra["meeting"]
            summary = m["summary"] or (
                msg("importers.run", "Last contact ({file_name})").text(self.ctx.lang, file_name=self.file_name)
            )
            values = {
                "investor_id": investor_id,
                "contact_id": contact_id,
                "project_id": None,
                "delegation_id": None,
                "officer_id": investor.get("owner_id") or self.who.officer_id,
                "kind": "meeting",
                "occurred_at": m["occurred_at"],
                "summary": summary,
                "outcome": None,
            }
            parts.append(self._decide("interactions", investor_id, values, policy))
        return parts

    def _decide(self, kind: str, investor_id: uuid.UUID, values: dict[str, Any], policy: str | None) -> _Part:
        match = self.known.find_related(kind, investor_id, values)
        action = policy if match is not None and policy in ON_DUPLICATE else ("create" if match is None else "skip")
        if action == "create" or match is None or match.record_id is None:
            record = {**_synced(self.now, self.ctx.actor), **values}
            return _Part(kind, values, "create", record["id"], record)
        if action == "update":
            current = self.created.get(match.record_id)
            if current is None:
                obj = self.session.get(_MODELS[kind], match.record_id)
                current = _record_values(obj, values.keys()) if obj is not None else {}
            pending = self.updates.get((kind, match.record_id), {})
            changes = _changes(
                {**current, **pending}, {k: v for k, v in values.items() if k not in ("source", "consent")}
            )
            if changes:
                return _Part(kind, values, "update", match.record_id, {c.field: values[c.field] for c in changes})
        return _Part(kind, values, "skip", match.record_id, {})

    def refusal(self, rules: _Rules, parts: list[_Part], *, new_investor: bool) -> tuple[DomainError, str] | None:
        """Why the officer may not write one of the row's `parts`, and that part's kind: a new one
        as it will be, an updated one as it is stored (the flush would refuse it at the end,
        failing the whole file with no row named; the server's row-level security likewise)."""
        said = next(((part.refused, part.kind) for part in parts if part.refused is not None), None)
        if said is not None or not rules.bound:
            return said
        for part in parts:
            table = _MODELS[part.kind].__tablename__
            refused: DomainError | None = None
            if part.action == "create":
                # A new investor's fresh id is no parent yet: left out, so its rows share one answer.
                refused = rules.refusal(
                    table, {**part.values, "investor_id": None} if new_investor else part.values, stored=False
                )
            elif part.action == "update":
                # Stored, or added by an earlier row of the file: as the earlier rows left it.
                current = rules.current(table, part.record_id, self._stored(part))
                if current is not None:
                    refused = rules.refusal(table, current, stored=True)
            if refused is not None:
                return refused, part.kind
        return None

    def _stored(self, part: _Part) -> Any:
        return self.session.get(_MODELS[part.kind], part.record_id) if part.record_id not in self.created else None

    def apply(self, number: int, investor_id: uuid.UUID, parts: list[_Part], rules: _Rules) -> None:
        """Write (or queue the updates of) an accepted row's parts."""
        for part in parts:
            counts = self.counts[part.kind]
            table = _MODELS[part.kind].__tablename__
            if part.action == "create":
                self.writer.add(table, part.record)
                rules.added(table, part.record)
                self.created[part.record_id] = part.record
                self.known.remember_related(part.kind, investor_id, part.values, part.record_id, number)
                counts[0] += 1
            elif part.action == "update":
                key = (part.kind, part.record_id)
                if key not in self.updates:
                    counts[1] += 1
                self.updates[key] = {**self.updates.get(key, {}), **part.record}
                rules.changed(table, part.record_id, self._stored(part), part.record)
            else:
                counts[2] += 1

    def apply_updates(self) -> None:
        """Write the queued updates, to stored records and to those this file created alike.

        A later row's figures for a contact, project or meeting an earlier row created are
        written, not dropped: "update existing" means the file's last word stands, as it would had
        the rows come in two files, as it does for the rows' own records — and so the "updated"
        the report counts is what the database holds."""
        self.writer.flush()  # the created ones are in the database now, to be changed as any other
        for (kind, record_id), changes in self.updates.items():
            obj = self.session.get(_MODELS[kind], record_id)
            if obj is not None:
                for key, value in changes.items():
                    setattr(obj, key, value)
        self.session.flush()


def _new_investor(writer: _Writer, known: _Known, rules: _Rules, row: _Row, now: datetime, actor: str) -> uuid.UUID:
    """Create the investor a projects row names and the database lacks (from its name, Korean
    name and country); later rows naming it find it like any other investor."""
    name = row.extra.pop("new_investor")
    record = {
        **_synced(now, actor),
        "name": name,
        "name_ko": row.extra.get("investor_ko"),
        "country_id": row.extra.get("investor_country"),
        "direct_country_id": row.extra.get("investor_direct_country") or row.extra.get("investor_country"),
        "industry_id": None,
        "size": None,
        "website": None,
        "owner_id": None,
        "tags": [],
        "in_korea": False,
        "notes": None,
        "hq_city": None,
    }
    writer.add("investor", record)
    rules.added("investor", record)
    known.companies.add(name, record["id"], row.number, other_names=(record["name_ko"],))
    known.investor_names[record["id"]] = name
    return record["id"]


def _shown_name(kind: str, values: dict[str, Any]) -> str:
    for key in ("name", "full_name", "title", "subject", "summary", "incentive_type"):
        if values.get(key):
            return str(values[key])[:80]
    return "?"


# --- the run -------------------------------------------------------------------------------


def _cancelled(cancel: Cancel | None) -> bool:
    if cancel is None:
        return False
    return cancel.is_set() if isinstance(cancel, threading.Event) else bool(cancel())


def _synced(now: datetime, actor: str) -> dict[str, Any]:
    return {
        "id": uuid.uuid4(),
        "created_at": now,
        "updated_at": now,
        "updated_by": actor,
        "version": 1,
        "deleted_at": None,
    }


def _snapshot(values: dict[str, Any]) -> str:
    """The audit trail's INSERT entry, written as the unit of work writes it for a single save."""
    skip = {"id", "created_at", "updated_at", "updated_by", "version"}
    data = {k: audit_text(v) for k, v in values.items() if k not in skip}
    return json.dumps({k: v for k, v in data.items() if v not in (None, [])}, ensure_ascii=False, sort_keys=True)


class _Writer:
    """Buffers new records and writes them in bulk, each with its audit entry."""

    def __init__(self, session: Session, actor: str, source: str, change_set: uuid.UUID, *, write: bool) -> None:
        self.session = session
        self.actor = actor
        self.source = source
        self.change_set = change_set
        self.write = write
        self.pending: dict[str, list[dict[str, Any]]] = {}
        self.count = 0

    def add(self, table: str, values: dict[str, Any]) -> None:
        self.pending.setdefault(table, []).append(values)
        self.count += 1
        if self.count >= BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.write:
            self.pending.clear()
            self.count = 0
            return
        conn = self.session.connection()
        now = datetime.now(UTC)
        # Parents before children: a project's FDI amounts reference it.
        for table in (
            "officer",
            "investor",
            "contact",
            "project",
            "fdi_amount",
            "interaction",
            "delegation",
            "delegation_province",
            "delegation_destination",
            "task",
            "grievance_case",
            "incentive_application",
            "enquiry",
            "itinerary_item",
            "meeting_target",
            "delegation_member",
        ):
            rows = self.pending.pop(table, None)
            if not rows:
                continue
            conn.execute(insert(Base.metadata.tables[table]), rows)
            if database_writes_audit(self.session):
                continue  # the server's row triggers wrote these entries, with the import as source
            conn.execute(
                insert(AuditEntry.__table__),
                [
                    {
                        "id": uuid.uuid4(),
                        "at": now,
                        "actor": self.actor,
                        "source": self.source,
                        "change_set": self.change_set,
                        "entity": table,
                        "record_id": r["id"],
                        "action": AuditAction.INSERT.value,
                        "field": None,
                        "old_value": None,
                        "new_value": _snapshot(r),
                    }
                    for r in rows
                ],
            )
        self.count = 0


_DEFAULTS: dict[str, dict[str, Any]] = {
    "investors": {"in_korea": False, "tags": []},
    "contacts": {"consent": "not_asked"},
    "projects": {"project_type": "greenfield", "new_or_additional": "new", "confidential": False},
    "interactions": {},
    "delegations": {"status": DelegationStatus.PLANNING.value},
    "tasks": {"status": TaskStatus.OPEN.value},
    "itinerary": {},
    "members": {"is_leader": False},
    "cases": {"status": CaseStatus.RECEIVED.value},
    "incentives": {"status": IncentiveStatus.APPLIED.value, "currency": "KRW"},
    "enquiries": {"priority": EnquiryPriority.NORMAL.value},
}


def _complete(kind: str, values: dict[str, Any]) -> dict[str, Any]:
    full = {k: v for k, v in values.items()}
    for key, default in _DEFAULTS[kind].items():
        if full.get(key) is None:
            full[key] = default
    return full


# The fields a duplicate was recognised by: an update keeps the stored spelling of the record's name.
_IDENTITY = frozenset({"id", "investor_id", "name", "full_name", "title", "occurred_at", "summary"})


def _changes(current: dict[str, Any], incoming: dict[str, Any]) -> tuple[FieldChange, ...]:
    """Field by field: what the row would change (a blank cell never clears a stored value)."""
    found = []
    for key, new in incoming.items():
        if new is None or new == [] or key in _IDENTITY:
            continue
        old = current.get(key)
        if audit_text(old) != audit_text(new):
            found.append(FieldChange(key, audit_text(old), audit_text(new)))
    return tuple(found)


def _record_values(obj: Any, keys: Any) -> dict[str, Any]:
    return {k: getattr(obj, k) for k in keys}


def _source_of(info: SourceInfo) -> str:
    return f"import:{info.file_name}"[:200]


# The kinds whose rows name their investor, which a file of one investor's records may leave out.
OF_ONE_INVESTOR = ("contacts", "projects", "interactions")


def _check_mapping(info: SourceInfo, mapping: Mapping, investor: uuid.UUID | None = None) -> None:
    if mapping.headers != info.headers:
        raise DomainError("import_mapping_mismatch", path=info.file_name)
    missing = mapping.missing_required()
    if investor is not None and mapping.kind in OF_ONE_INVESTOR:
        missing = tuple(k for k in missing if k != "investor")  # the investor chosen for the file
    if missing:
        named = [s for s in fields_of(mapping.kind) if s.key in missing]
        # Both languages: the message names them in the reader's ({fields} from fields_ko or fields_en).
        raise DomainError(
            "import_mapping_incomplete",
            fields=", ".join(s.label("en") for s in named),
            fields_ko=", ".join(s.label("ko") for s in named),
            fields_en=", ".join(s.label("en") for s in named),
        )


class _Collector:
    """How many imports run now, and the collector's thresholds before the first of them."""

    lock = threading.Lock()
    running = 0
    saved: tuple[int, int, int] = (700, 10, 10)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """The cyclic garbage collector less often while rows are converted: an import allocates a few
    dictionaries per cell and keeps the file's records in memory (no cycles among them), and at
    the default thresholds the collector walked that growing heap again and again — a fifth of a
    200,000-row dry run. Freed objects are still freed at once (reference counting); the old
    thresholds come back when the last running import ends."""
    with _Collector.lock:
        if _Collector.running == 0:
            _Collector.saved = gc.get_threshold()
            gc.set_threshold(100_000, 50, 1000)
        _Collector.running += 1
    try:
        yield
    finally:
        with _Collector.lock:
            _Collector.running -= 1
            if _Collector.running == 0:
                gc.set_threshold(*_Collector.saved)


def _process(
    session: Session,
    ctx: Context,
    info: SourceInfo,
    mapping: Mapping,
    *,
    on_duplicate: str | None,
    decisions: dict[int, str] | None,
    write: bool,
    limit: int | None,
    progress: Progress | None,
    cancel: Cancel | None,
    collect_preview: bool = False,
    unknown_investors: str = "error",
    unknown_owners: str = "error",
    delegation: uuid.UUID | None = None,
    investor: uuid.UUID | None = None,
) -> tuple[ImportReport, list[PreviewRow]]:
    started = time.perf_counter()
    kind = mapping.kind
    model = _MODELS[kind]
    who = access.principal(session, ctx)
    if write:
        access.require_write(who)
    lookups = Lookups(session)
    feeds = frozenset(record_of(kind, f) for f in mapping.columns if f) - {kind}
    known = _Known(session, kind, who, feeds)  # a confidential project others may not see is no duplicate
    converter = _Converter(kind, mapping, lookups, known.companies, ctx.lang, who, info.file_name)
    converter.unknown_investors = unknown_investors
    converter.unknown_owners = unknown_owners
    converter.known = known
    if investor is not None and kind in OF_ONE_INVESTOR:
        converter.investor_id = _one_investor(session, investor)
    if kind in ("itinerary", "members") or (kind == "investors" and delegation is not None):
        converter.delegation_id, converter.zones_by_city = _itinerary_target(session, who, delegation, write)
    targets = (
        set(
            session.execute(
                select(MeetingTarget.investor_id).where(
                    MeetingTarget.delegation_id == delegation, MeetingTarget.deleted_at.is_(None)
                )
            ).scalars()
        )
        if kind == "investors" and delegation is not None
        else set()
    )
    made_targets = kept_targets = 0
    if write and unknown_owners == "create":
        access.require_admin(who)  # officer accounts are the agency's, as in `officers add`
    made_investors = made_officers = 0
    if kind == "contacts":
        converter.investor_country = dict(
            session.execute(select(Investor.id, Country.code).join(Country, Investor.country_id == Country.id)).all()
        )
    change_set = session.info.setdefault("change_set", uuid.uuid4())
    writer = _Writer(session, ctx.actor, _source_of(info), change_set, write=write)
    now = datetime.now(UTC)
    related = _Related(session, ctx, known, writer, lookups, who, now, info.file_name)
    rules = _Rules(session, who)
    created_values: dict[uuid.UUID, dict[str, Any]] = {}
    updates: dict[uuid.UUID, dict[str, Any]] = {}

    def changes_of(row: _Row, record_id: uuid.UUID, stored: Any) -> tuple[FieldChange, ...]:
        """What the row would change of its duplicate, as the earlier rows left it."""
        current = created_values.get(record_id)
        if current is None:
            current = _record_values(stored, row.values.keys()) if stored is not None else {}
        return _changes({**current, **updates.get(record_id, {})}, row.values)

    errors: list[RowError] = []
    failed_rows: list[tuple[int, Row]] = []
    duplicates: list[Duplicate] = []
    previews: list[PreviewRow] = []
    created = skipped = read = 0
    total = max(info.estimated_rows, 1)
    conn = session.connection()
    with ExitStack() as indexing:
        bulk = False
        for number, cells in Reader(info).rows():
            if limit is not None and read >= limit:
                break
            read += 1
            big = read >= BULK_INDEX_ROWS or info.estimated_rows >= BULK_INDEX_ROWS
            if write and not bulk and big and ctx.db.is_sqlite:
                # Index the rest at once at the end (records written so far are indexed already).
                # Not on a shared server: switching its triggers off locks the tables against
                # every other officer for the length of the import.
                writer.flush()
                indexing.enter_context(search_index.bulk_load(conn))
                bulk = True
            if read % 500 == 0:
                if _cancelled(cancel):
                    raise DomainError("cancelled")
                if progress is not None:
                    progress(read, max(total, read))
            row = converter.convert(number, cells)
            for officer in converter.new_officers:
                writer.add("officer", {**_synced(now, ctx.actor), **officer})
                made_officers += 1
            converter.new_officers.clear()
            if row.extra.get("new_investor") and not row.errors:
                row.values["investor_id"] = _new_investor(writer, known, rules, row, now, ctx.actor)
                made_investors += 1
            if kind == "interactions" and row.extra.get("contact") and not row.errors:
                try:
                    contact_id = known.contact_id(row.values.get("investor_id"), row.extra["contact"])
                except CellError as exc:
                    converter.error(row, exc, "contact")
                    contact_id = None
                if contact_id is None and not row.errors:
                    unknown = known.contact_elsewhere(
                        row.values.get("investor_id"),
                        row.extra["contact"],
                        "contact",
                        code="import_meeting_contact_elsewhere",
                    ) or CellError("import_contact_unknown", field="contact", value=row.extra["contact"])
                    converter.error(row, unknown, "contact")
                row.values["contact_id"] = contact_id
            if kind == "contacts" and not row.errors:
                elsewhere = known.contact_elsewhere(row.values["investor_id"], row.values["email"], "email")
                if elsewhere is not None:
                    converter.error(row, elsewhere, "email")
            duplicate: Duplicate | None = None
            new_record: dict[str, Any] | None = None
            parts: list[_Part] = []
            if not row.errors:
                values = _complete(kind, row.values)
                match = known.find(row)
                action = (decisions or {}).get(number, on_duplicate) if match else "create"
                if match is not None and action not in ON_DUPLICATE:
                    action = "skip"  # without a choice, a duplicate is reported and skipped, never created
                stored = (
                    session.get(model, match.record_id)
                    if match is not None and match.record_id is not None and match.record_id not in created_values
                    else None
                )
                changes = changes_of(row, match.record_id, stored) if match is not None and match.record_id else ()
                # A duplicate whose update changes nothing is skipped, not edited: nothing to refuse.
                checked = "skip" if action == "update" and not changes else action
                refused = rules.row_refusal(kind, values, checked, match.record_id if match else None, stored)
                # Updated by name, one of two namesakes would take the row's values unseen.
                by_name = kind == "contacts" and match is not None and match.reason == "name"
                if refused is None and by_name and checked == "update":
                    refused = known.namesakes(values["investor_id"], values["full_name"], "full_name")
                refused_kind = kind
                if kind == "investors" and refused is None:
                    # The investor's id is known before the row is accepted, so its contact, project
                    # and meeting are decided (and checked) with the row, and written with it.
                    new_record = {**_synced(now, ctx.actor), **values} if action == "create" else None
                    investor_id = new_record["id"] if new_record is not None else match.record_id if match else None
                    if investor_id is not None:
                        parts = related.plan(investor_id, row, values, (decisions or {}).get(number, on_duplicate))
                        refused_part = related.refusal(rules, parts, new_investor=new_record is not None)
                        if refused_part is not None:
                            refused, refused_kind = refused_part
                if refused is not None:
                    # In the column it is about, as every other error of the row is.
                    converter.error(row, refused, refused.field or converter.refused_at(refused_kind, refused))
            if row.errors:
                errors.extend(row.errors)
                failed_rows.append((number, cells))
            else:
                target_id: uuid.UUID | None
                if action == "create":
                    record = new_record or {**_synced(now, ctx.actor), **values}
                    target_id = record["id"]
                    writer.add(model.__tablename__, record)
                    rules.added(model.__tablename__, record)
                    created_values[record["id"]] = record
                    for fdi_kind, amount, currency, on in row.extra.get("fdi", ()):
                        writer.add(
                            "fdi_amount",
                            {
                                **_synced(now, ctx.actor),
                                "project_id": record["id"],
                                "kind": fdi_kind,
                                "amount": amount,
                                "currency": currency,
                                "on_date": on,
                                "note": None,
                            },
                        )
                    for table, child in row.extra.get("children", ()):
                        parent = {"delegation_province": "delegation_id", "delegation_destination": "delegation_id"}
                        writer.add(table, {**_synced(now, ctx.actor), parent[table]: record["id"], **child})
                    known.remember(row, record["id"])
                    created += 1
                    if match is not None:
                        duplicate = Duplicate(
                            number,
                            _shown_name(kind, values),
                            match.name,
                            match.record_id,
                            match.row,
                            match.reason,
                            match.score,
                            "created",
                        )
                else:
                    assert match is not None and match.record_id is not None
                    target_id = match.record_id
                    if action == "update" and changes:
                        changed = {c.field: row.values[c.field] for c in changes}
                        updates[match.record_id] = {**updates.get(match.record_id, {}), **changed}
                        rules.changed(model.__tablename__, match.record_id, stored, changed)
                    else:
                        skipped += 1
                    duplicate = Duplicate(
                        number,
                        _shown_name(kind, values),
                        match.name,
                        match.record_id,
                        match.row,
                        match.reason,
                        match.score,
                        "updated" if action == "update" and changes else "skipped",
                        changes,
                    )
                if duplicate is not None:
                    duplicates.append(duplicate)
                if kind == "investors" and target_id is not None and row.extra.get("target") is not None:
                    if target_id in targets:
                        kept_targets += 1  # already one of the trip's targets: the trip's own record stays
                    else:
                        targets.add(target_id)
                        writer.add(
                            "meeting_target",
                            {
                                **_synced(now, ctx.actor),
                                "delegation_id": delegation,
                                "investor_id": target_id,
                                **row.extra["target"],
                            },
                        )
                        made_targets += 1
                if kind == "investors" and target_id is not None:
                    related.apply(number, target_id, parts, rules)
            if collect_preview:
                shown = (
                    tuple(
                        (k, lookups.code_of(v) if isinstance(v, uuid.UUID) else audit_text(v))
                        for k, v in row.values.items()
                        if k != "delegation_id" or kind not in ("itinerary", "members")  # the trip chosen for the file
                    )
                    + tuple(
                        (f"{part}.{k}", lookups.code_of(v) if isinstance(v, uuid.UUID) else audit_text(v))
                        for part in ("contact", "project", "meeting")
                        if isinstance(row.extra.get(part), dict)
                        for k, v in row.extra[part].items()
                    )
                    + tuple((row.extra.get("shown") or {}).items())
                )
                previews.append(PreviewRow(number, shown, tuple(row.errors), duplicate))
        writer.flush()
    if write:
        # The contacts, projects and meetings first: a row's change of one was checked before any
        # later row handed its investor over (a later row's change after it is refused by row).
        related.apply_updates()
    if updates and write:
        ids = list(updates)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for obj in session.scalars(select(model).where(model.id.in_(chunk))):  # type: ignore[attr-defined]
                for key, value in updates[obj.id].items():
                    setattr(obj, key, value)
            session.flush()
    updated = len(updates)
    if progress is not None:
        progress(read, read)
    report = ImportReport(
        kind=kind,
        file_name=info.file_name,
        sheet=info.sheet,
        rows_read=read,
        created=created,
        updated=updated,
        skipped=skipped,
        duplicates=tuple(duplicates),
        # In the order a user reads the file: by row, then left to right.
        errors=tuple(sorted(errors, key=lambda e: (e.row, info.headers.index(e.column) if e.column else -1))),
        dry_run=not write,
        committed=False,
        seconds=round(time.perf_counter() - started, 3),
        headers=info.headers,
        related=tuple((k, *related.counts[k]) for k in ("contacts", "projects", "interactions") if k in feeds)
        + ((("investors", made_investors, 0, 0),) if made_investors else ())
        + ((("officers", made_officers, 0, 0),) if made_officers else ())
        + ((("meeting_targets", made_targets, 0, kept_targets),) if kind == "investors" and delegation else ()),
        explanations=tuple(mapping.explain(ctx.lang)),
        failed_rows=tuple(failed_rows),
    )
    return report, previews


def _one_investor(session: Session, investor: uuid.UUID) -> uuid.UUID:
    """The investor a file of one investor's records (a profile workbook's sheet) belongs to."""
    from kotra_invest.domain.errors import NotFound

    found = session.get(Investor, investor)
    if found is None or found.deleted_at is not None:
        raise NotFound("investor", investor)
    return found.id


def _itinerary_target(
    session: Session, who: access.Principal, delegation: uuid.UUID | None, write: bool
) -> tuple[uuid.UUID, dict[str, str]]:
    """The delegation a file's rows belong to (an itinerary, members, investors to meet: chosen for
    the whole file), and its stops' zones by city."""
    from kotra_invest.domain.errors import NotFound
    from kotra_invest.domain.models import DelegationDestination

    if delegation is None:
        raise DomainError("import_needs_delegation")
    found = session.get(Delegation, delegation)
    if found is None or found.deleted_at is not None:
        raise NotFound("delegation", delegation)
    if write:
        access.require_edit_delegation(session, who, found)
    zones: dict[str, str] = {}
    for city, city_ko, zone in session.execute(
        select(DelegationDestination.city, DelegationDestination.city_ko, DelegationDestination.time_zone).where(
            DelegationDestination.delegation_id == delegation, DelegationDestination.deleted_at.is_(None)
        )
    ):
        for name in (city, city_ko):
            if name:
                zones.setdefault(fold(name), zone)
    return found.id, zones


def preview(
    ctx: Context,
    source: SourceInfo,
    mapping: Mapping,
    rows: int = 20,
    *,
    delegation: uuid.UUID | None = None,
    investor: uuid.UUID | None = None,
) -> list[PreviewRow]:
    """The first `rows` rows as they would be stored, with each cell's error and each row's duplicate."""
    _check_mapping(source, mapping, investor)
    with unit_of_work(ctx) as session:
        _report, previews = _process(
            session,
            ctx,
            source,
            mapping,
            on_duplicate=None,
            decisions=None,
            write=False,
            limit=rows,
            progress=None,
            cancel=None,
            collect_preview=True,
            delegation=delegation,
            investor=investor,
        )
        session.rollback()
    return previews


def check(
    ctx: Context,
    source: SourceInfo,
    mapping: Mapping,
    *,
    on_duplicate: str | None = None,
    decisions: dict[int, str] | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    unknown_investors: str = "error",
    unknown_owners: str = "error",
    delegation: uuid.UUID | None = None,
    investor: uuid.UUID | None = None,
) -> ImportReport:
    """The validation report of the whole file, writing nothing (the import as a dry run)."""
    return run_import(
        ctx,
        source,
        mapping,
        on_duplicate=on_duplicate,
        decisions=decisions,
        dry_run=True,
        progress=progress,
        cancel=cancel,
        unknown_investors=unknown_investors,
        unknown_owners=unknown_owners,
        delegation=delegation,
        investor=investor,
    )


def run_import(
    ctx: Context,
    source: SourceInfo,
    mapping: Mapping,
    *,
    on_duplicate: str | None = None,
    decisions: dict[int, str] | None = None,
    dry_run: bool = False,
    all_or_nothing: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    unknown_investors: str = "error",
    unknown_owners: str = "error",
    delegation: uuid.UUID | None = None,
    investor: uuid.UUID | None = None,
) -> ImportReport:
    """Import the file's rows as new (or, for duplicates, updated) records, in one transaction.

    `on_duplicate`: None (report and skip), "skip", "update" (the row's non-blank fields that
    differ), "create"; `decisions` overrides it per row number. Rows with errors are left out
    and reported; with `all_or_nothing`, any error leaves the database unchanged. A dry run
    and a cancel (DomainError "cancelled") change nothing; every created record is audited
    with `import:<file name>` as its source.
    """
    if on_duplicate is not None and on_duplicate not in ON_DUPLICATE:
        raise DomainError("invalid_value", field="on_duplicate", value=on_duplicate)
    if unknown_investors not in UNKNOWN_INVESTORS:
        raise DomainError("invalid_value", field="unknown_investors", value=unknown_investors)
    if unknown_owners not in UNKNOWN_OWNERS:
        raise DomainError("invalid_value", field="unknown_owners", value=unknown_owners)
    _check_mapping(source, mapping, investor)
    import_ctx = replace(ctx, source=_source_of(source))
    with unit_of_work(import_ctx) as session, _fewer_collections():
        report, _ = _process(
            session,
            import_ctx,
            source,
            mapping,
            on_duplicate=on_duplicate,
            decisions=decisions,
            write=not dry_run,
            limit=None,
            progress=progress,
            cancel=cancel,
            unknown_investors=unknown_investors,
            unknown_owners=unknown_owners,
            delegation=delegation,
            investor=investor,
        )
        if dry_run or (all_or_nothing and report.errors):
            session.rollback()
            return report
        if _cancelled(cancel):
            raise DomainError("cancelled")
        session.commit()
    return replace(report, committed=True)


def suggest(
    ctx: Context, kind: str, source: SourceInfo, *, remembered: bool = True, owners_are_officers: bool = False
) -> Mapping:
    """The mapping for a file, its ambiguous columns decided by their values (the sample rows)
    against this database's officers: the wizard's and the command line's first guess.

    `owners_are_officers`: an owner column stays the owner even when its values are no officers
    of this database (the user chose to create, leave empty or stop on unknown owners)."""
    from kotra_invest.importers.lookups import officer_keys
    from kotra_invest.importers.mapping import suggest_mapping

    with unit_of_work(ctx) as session:
        officers = officer_keys(session)
    sample = [cells for _number, cells in source.sample]
    return suggest_mapping(
        kind,
        source.headers,
        remembered=remembered,
        sample=sample,
        officers=officers,
        owners_are_officers=owners_are_officers,
    )


def import_file(
    ctx: Context,
    kind: str,
    path: str | Path,
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    mapping_file: str | Path | None = None,
    on_duplicate: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    unknown_investors: str = "error",
    unknown_owners: str = "error",
    delegation: uuid.UUID | None = None,
    investor: uuid.UUID | None = None,
) -> ImportReport:
    """Open, map (from `mapping_file`, the remembered mapping, or by header names) and import: the CLI's path."""
    from kotra_invest.importers.mapping import is_known_header, load_mapping
    from kotra_invest.importers.read import open_source

    fields_of(kind)
    info = open_source(path, sheet=sheet, encoding=encoding, known_header=is_known_header)
    told = unknown_owners != "error"  # the user said what unknown owners are: the owner column is officers
    mapping = (
        load_mapping(mapping_file, kind, info.headers)
        if mapping_file
        else suggest(ctx, kind, info, owners_are_officers=told)
    )
    return run_import(
        ctx,
        info,
        mapping,
        on_duplicate=on_duplicate,
        dry_run=dry_run,
        progress=progress,
        cancel=cancel,
        unknown_investors=unknown_investors,
        unknown_owners=unknown_owners,
        delegation=delegation,
        investor=investor,
    )


def iter_error_rows(report: ImportReport) -> Iterator[tuple[int, Row, str]]:
    """Each failed row's cells and its reasons joined (for the error workbook)."""
    reasons: dict[int, list[str]] = {}
    for e in report.errors:
        where = f"[{e.column}] " if e.column else ""
        reasons.setdefault(e.row, []).append(f"{where}{e.message}")
    for number, cells in report.failed_rows:
        yield number, cells, "\n".join(reasons.get(number, []))
