"""The kotra-invest data model: reference data, investors and their pipeline, delegations, audit.

Every table a mission pack carries inherits `Synced` (UUID key, timestamps, version, tombstone).
Link tables between reference rows are plain association tables: they change rarely, and a
mission pack carries reference data whole.
"""

# No `from __future__ import annotations` in the model modules (base, models, *_models): with it,
# every `Mapped[...]` is a string that SQLAlchemy evaluates (eval) as each class is declared:
# ~1,200 evaluations over the 37 classes (a mixin's columns once per class), a tenth of the
# models' import on the desktop's start (issue 15). So Python evaluates each annotation once,
# and a class named before it is defined is quoted: `Mapped[list["Province"]]`.

import enum
import uuid
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kotra_invest.domain.base import Base, Synced, new_id, utcnow
from kotra_invest.domain.enums import (
    AuditAction,
    CompanySize,
    Consent,
    DelegationStatus,
    FdiKind,
    InteractionKind,
    ItineraryKind,
    MeetingTargetStatus,
    NewOrAdditional,
    OfficeKind,
    OrganisationKind,
    ProjectType,
    PromotionKind,
    RegionGroup,
    Role,
    StageKind,
    TaskStatus,
)

# Enums are stored as their string values in a VARCHAR: no native PostgreSQL ENUM types, whose
# migrations are painful, and the same column on both engines.
Base.registry.update_type_annotation_map(
    {enum.Enum: Enum(enum.Enum, native_enum=False, length=32, values_callable=lambda e: [m.value for m in e])}
)


def _fk(target: str, *, nullable: bool = True, ondelete: str | None = None) -> Mapped[uuid.UUID | None]:
    return mapped_column(ForeignKey(target, ondelete=ondelete), index=True, nullable=nullable)


# --- reference data ------------------------------------------------------------------------


class ReferenceRow(Synced):
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name_ko: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(160))
    sort_order: Mapped[int] = mapped_column(default=0)

    def name(self, lang: str = "ko") -> str:
        return self.name_ko if lang == "ko" else self.name_en


def _link(name: str, left: tuple[str, str], right: tuple[str, str]) -> Table:
    """A many-to-many link table: (column, referenced table) on each side, both the key."""
    return Table(
        name,
        Base.metadata,
        *(Column(col, ForeignKey(f"{table}.id", ondelete="CASCADE"), primary_key=True) for col, table in (left, right)),
    )


province_industry = _link("province_industry", ("province_id", "province"), ("industry_id", "industry"))
fez_province = _link("fez_province", ("fez_id", "fez"), ("province_id", "province"))


class Region(ReferenceRow, Base):
    """One of the 5극 3특: a mega-region or a special self-governing province."""

    __tablename__ = "region"
    group: Mapped[RegionGroup]
    provinces: Mapped[list["Province"]] = relationship(back_populates="region", order_by="Province.sort_order")

    @property
    def is_capital(self) -> bool:
        return self.code == "CAP"


class Province(ReferenceRow, Base):
    """One of the 17 metropolitan or provincial governments (시·도); code is ISO 3166-2:KR."""

    __tablename__ = "province"
    region_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("region.id"), index=True)
    region: Mapped[Region] = relationship(back_populates="provinces")
    strategic_industries: Mapped[list["Industry"]] = relationship(secondary=province_industry)
    fezs: Mapped[list["Fez"]] = relationship(secondary=fez_province, back_populates="provinces")


class Industry(ReferenceRow, Base):
    __tablename__ = "industry"


class Fez(ReferenceRow, Base):
    """A Free Economic Zone (경제자유구역); it may span provinces of two mega-regions."""

    __tablename__ = "fez"
    designated_year: Mapped[int]
    provinces: Mapped[list[Province]] = relationship(secondary=fez_province, back_populates="fezs")


class PipelineStage(ReferenceRow, Base):
    __tablename__ = "pipeline_stage"
    kind: Mapped[StageKind]


class Country(ReferenceRow, Base):
    """A country; code is ISO 3166-1 alpha-2."""

    __tablename__ = "country"


class Office(ReferenceRow, Base):
    __tablename__ = "office"
    kind: Mapped[OfficeKind]
    city: Mapped[str | None] = mapped_column(String(80))
    country_id: Mapped[uuid.UUID | None] = _fk("country.id")


class Officer(Synced, Base):
    """A user of kotra-invest: an investment officer, delegation leader, admin or viewer."""

    __tablename__ = "officer"
    login: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(160))
    role: Mapped[Role] = mapped_column(default=Role.OFFICER)
    office_id: Mapped[uuid.UUID | None] = _fk("office.id")
    office: Mapped[Office | None] = relationship()
    active: Mapped[bool] = mapped_column(default=True)


class Setting(Base):
    """Key/value facts about this database itself (its identity, for mission packs)."""

    __tablename__ = "app_setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# --- investors and their pipeline ----------------------------------------------------------


class Investor(Synced, Base):
    """A (prospective) foreign investor: a company, named in its own spelling."""

    __tablename__ = "investor"
    # The few deleted investors, found without a scan: project lists leave their projects out.
    # Partial, so it never tempts a planner looking for the (many) live ones. Only `sqlite_where`
    # here: naming `postgresql_where` makes SQLAlchemy import its whole PostgreSQL dialect at
    # every start of the desktop (~25-75 ms); the migration (0005_services) makes the same partial index
    # on PostgreSQL, and the models never create tables.
    __table_args__ = (
        Index("ix_investor_deleted", "id", sqlite_where=text("deleted_at IS NOT NULL")),
        # A trip's recommendations read the investors of its industry in its countries (0016).
        Index("ix_investor_industry_country", "industry_id", "country_id"),
    )
    name: Mapped[str] = mapped_column(String(200), index=True)
    name_ko: Mapped[str | None] = mapped_column(String(200))
    country_id: Mapped[uuid.UUID | None] = _fk("country.id")  # the ultimate parent's country (its HQ)
    # The direct investor's nationality, proven at 신고: what the ministry's statistics count by.
    # It differs from the parent's when the money is routed through a holding abroad.
    direct_country_id: Mapped[uuid.UUID | None] = _fk("country.id")
    industry_id: Mapped[uuid.UUID | None] = _fk("industry.id")
    size: Mapped[CompanySize | None]
    website: Mapped[str | None] = mapped_column(String(255))
    owner_id: Mapped[uuid.UUID | None] = _fk("officer.id")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    in_korea: Mapped[bool] = mapped_column(default=False)  # already operates here: expansion prospect
    # The headquarters' city: a listed city's English name (domain/cities), else as the officer wrote it.
    hq_city: Mapped[str | None] = mapped_column(String(120))
    notes: Mapped[str | None] = mapped_column(Text)
    # Set on the tombstone of an investor merged into another: where its records went.
    merged_into_id: Mapped[uuid.UUID | None]

    country: Mapped[Country | None] = relationship(foreign_keys=[country_id])
    direct_country: Mapped[Country | None] = relationship(foreign_keys=[direct_country_id])
    industry: Mapped[Industry | None] = relationship()
    owner: Mapped[Officer | None] = relationship()
    contacts: Mapped[list["Contact"]] = relationship(back_populates="investor")
    projects: Mapped[list["Project"]] = relationship(back_populates="investor")


class Contact(Synced, Base):
    """A person at an investor. Personal data: where it came from and consent are recorded."""

    __tablename__ = "contact"
    investor_id: Mapped[uuid.UUID | None] = _fk("investor.id")
    full_name: Mapped[str] = mapped_column(String(160))
    name_ko: Mapped[str | None] = mapped_column(String(160))
    job_title: Mapped[str | None] = mapped_column(String(160))
    email: Mapped[str | None] = mapped_column(String(255), index=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    consent: Mapped[Consent] = mapped_column(default=Consent.NOT_ASKED)
    consent_on: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(String(160))  # business card, event, referral, import …
    notes: Mapped[str | None] = mapped_column(Text)
    # Set on the tombstone of a contact merged into another: where its records went.
    merged_into_id: Mapped[uuid.UUID | None]

    investor: Mapped[Investor | None] = relationship(back_populates="contacts")


class Project(Synced, Base):
    """An investment project of one investor, moving through the pipeline stages."""

    __tablename__ = "project"
    # Covers the dashboard's count of live projects per stage without reading the rows; the
    # keyset indexes let a page of the pipeline table stop after the page instead of sorting all.
    __table_args__ = (
        Index("ix_project_stage_live", "stage_id", "deleted_at"),
        Index("ix_project_title_keyset", "title", "id"),
        Index("ix_project_updated_keyset", "updated_at", "id"),
        # The pipeline board: cards per stage in stage_since order, counts from the index alone.
        Index(
            "ix_project_board", "stage_id", "stage_since", "id", "deleted_at", "confidential", "owner_id", "investor_id"
        ),
        # The few confidential projects, for the recommendations' rule of who sees what (0016).
        # Only `sqlite_where`, as for ix_investor_deleted: `postgresql_where` made every desktop
        # start import SQLAlchemy's whole PostgreSQL dialect (~50-100 ms on the data layer's
        # worker); migration 0016 makes the same partial index on PostgreSQL.
        Index(
            "ix_project_confidential",
            "confidential",
            "owner_id",
            "investor_id",
            "id",
            sqlite_where=text("confidential = 1"),
        ),
    )
    investor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("investor.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    project_type: Mapped[ProjectType]  # greenfield or M&A, as the ministry counts
    # 신규 or 증액: a separate axis from the type (an expanded plant is greenfield + 증액).
    new_or_additional: Mapped[NewOrAdditional] = mapped_column(default=NewOrAdditional.NEW)
    stage_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pipeline_stage.id"), index=True)
    stage_since: Mapped[date | None] = mapped_column(Date)
    target_province_id: Mapped[uuid.UUID | None] = _fk("province.id")
    fez_id: Mapped[uuid.UUID | None] = _fk("fez.id")
    industry_id: Mapped[uuid.UUID | None] = _fk("industry.id")
    capex_amount: Mapped[Decimal | None]
    capex_currency: Mapped[str] = mapped_column(String(3), default="USD")
    expected_jobs: Mapped[int | None]
    probability: Mapped[int | None]  # percent
    confidential: Mapped[bool] = mapped_column(default=False)
    code_name: Mapped[str | None] = mapped_column(String(80))
    lost_reason: Mapped[str | None] = mapped_column(Text)
    owner_id: Mapped[uuid.UUID | None] = _fk("officer.id")

    investor: Mapped[Investor] = relationship(back_populates="projects")
    stage: Mapped[PipelineStage] = relationship()
    target_province: Mapped[Province | None] = relationship()
    fez: Mapped[Fez | None] = relationship()
    industry: Mapped[Industry | None] = relationship()
    fdi_amounts: Mapped[list["FdiAmount"]] = relationship(back_populates="project", order_by="FdiAmount.on_date")

    def display_title(self, may_see_confidential: bool) -> str:
        if self.confidential and not may_see_confidential:
            return self.code_name or "(confidential)"
        return self.title


class FdiAmount(Synced, Base):
    """A dated FDI figure of a project: notified (신고) or arrived (도착), often in tranches."""

    __tablename__ = "fdi_amount"
    # Covers the dashboard's 신고/도착 sums for a date range without reading the rows.
    __table_args__ = (
        Index("ix_fdi_amount_period", "on_date", "currency", "deleted_at", "kind", "project_id", "amount"),
    )
    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("project.id"), index=True)
    kind: Mapped[FdiKind]
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    on_date: Mapped[date] = mapped_column(Date, index=True)
    note: Mapped[str | None] = mapped_column(Text)

    project: Mapped[Project] = relationship(back_populates="fdi_amounts")


class Interaction(Synced, Base):
    """A meeting, call, e-mail, site visit or IR event with an investor."""

    __tablename__ = "interaction"
    __table_args__ = (Index("ix_interaction_investor_when", "investor_id", "occurred_at"),)
    investor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("investor.id"))
    contact_id: Mapped[uuid.UUID | None] = _fk("contact.id")
    project_id: Mapped[uuid.UUID | None] = _fk("project.id")
    delegation_id: Mapped[uuid.UUID | None] = _fk("delegation.id")
    officer_id: Mapped[uuid.UUID | None] = _fk("officer.id")
    kind: Mapped[InteractionKind]
    occurred_at: Mapped[datetime]
    # The zone of the place's clock the time was given on (IANA name; None: Korea). The moment is
    # occurred_at; this keeps "10:00 in Warsaw" reading as the officer wrote it, after DST too.
    time_zone: Mapped[str | None] = mapped_column(String(64))
    summary: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)
    place: Mapped[str | None] = mapped_column(String(200))
    their_participants: Mapped[str | None] = mapped_column(Text)  # the investor's side, as the officer wrote it
    our_participants: Mapped[str | None] = mapped_column(Text)  # officers, governors, FEZ staff …


class Task(Synced, Base):
    """A to-do or follow-up, usually born from an interaction."""

    __tablename__ = "task"
    title: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[TaskStatus] = mapped_column(default=TaskStatus.OPEN)
    assignee_id: Mapped[uuid.UUID | None] = _fk("officer.id")
    investor_id: Mapped[uuid.UUID | None] = _fk("investor.id")
    project_id: Mapped[uuid.UUID | None] = _fk("project.id")
    delegation_id: Mapped[uuid.UUID | None] = _fk("delegation.id")
    interaction_id: Mapped[uuid.UUID | None] = _fk("interaction.id")
    notes: Mapped[str | None] = mapped_column(Text)
    completed_at: Mapped[datetime | None]


# --- delegations -----------------------------------------------------------------------------

delegation_fez = _link("delegation_fez", ("delegation_id", "delegation"), ("fez_id", "fez"))


class Delegation(Synced, Base):
    """An investment-attraction delegation (투자유치단) built around a region's industry."""

    __tablename__ = "delegation"
    title: Mapped[str] = mapped_column(String(200))
    title_en: Mapped[str | None] = mapped_column(String(240))
    year: Mapped[int] = mapped_column(index=True)
    target_industry_id: Mapped[uuid.UUID | None] = _fk("industry.id")
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[DelegationStatus] = mapped_column(default=DelegationStatus.PLANNING)
    leader_id: Mapped[uuid.UUID | None] = _fk("officer.id")
    objectives: Mapped[str | None] = mapped_column(Text)
    results: Mapped[str | None] = mapped_column(Text)
    result_meetings: Mapped[int | None]
    result_mous: Mapped[int | None]
    result_pledged_usd: Mapped[Decimal | None]

    target_industry: Mapped[Industry | None] = relationship()
    leader: Mapped[Officer | None] = relationship()
    provinces: Mapped[list["DelegationProvince"]] = relationship(back_populates="delegation")
    fezs: Mapped[list[Fez]] = relationship(secondary=delegation_fez)
    organisations: Mapped[list["DelegationOrganisation"]] = relationship(back_populates="delegation")
    destinations: Mapped[list["DelegationDestination"]] = relationship(
        back_populates="delegation", order_by="DelegationDestination.seq"
    )
    members: Mapped[list["DelegationMember"]] = relationship(back_populates="delegation")
    itinerary: Mapped[list["ItineraryItem"]] = relationship(
        back_populates="delegation", order_by="ItineraryItem.starts_local"
    )
    targets: Mapped[list["MeetingTarget"]] = relationship(back_populates="delegation")


class DelegationProvince(Synced, Base):
    """A province taking part in a delegation; `is_lead` marks the organising province(s)."""

    __tablename__ = "delegation_province"
    __table_args__ = (UniqueConstraint("delegation_id", "province_id"),)
    delegation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("delegation.id"), index=True)
    province_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("province.id"), index=True)
    is_lead: Mapped[bool] = mapped_column(default=False)

    delegation: Mapped[Delegation] = relationship(back_populates="provinces")
    province: Mapped[Province] = relationship()


class DelegationOrganisation(Synced, Base):
    """A participating local government, FEZ authority or agency, by name."""

    __tablename__ = "delegation_organisation"
    delegation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("delegation.id"), index=True)
    kind: Mapped[OrganisationKind]
    name_ko: Mapped[str] = mapped_column(String(160))
    name_en: Mapped[str | None] = mapped_column(String(200))

    delegation: Mapped[Delegation] = relationship(back_populates="organisations")


class DelegationDestination(Synced, Base):
    """A city the delegation visits, with the IANA time zone its itinerary runs in."""

    __tablename__ = "delegation_destination"
    delegation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("delegation.id"), index=True)
    seq: Mapped[int] = mapped_column(default=0)
    country_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("country.id"), index=True)
    city: Mapped[str] = mapped_column(String(120))
    city_ko: Mapped[str | None] = mapped_column(String(120))
    time_zone: Mapped[str] = mapped_column(String(64))

    delegation: Mapped[Delegation] = relationship(back_populates="destinations")
    country: Mapped[Country] = relationship()


class DelegationMember(Synced, Base):
    """A member of a delegation: an officer of ours or someone from a partner organisation."""

    __tablename__ = "delegation_member"
    delegation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("delegation.id"), index=True)
    officer_id: Mapped[uuid.UUID | None] = _fk("officer.id")
    name: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str | None] = mapped_column(String(160))
    organisation: Mapped[str | None] = mapped_column(String(160))
    position: Mapped[str | None] = mapped_column(String(120))
    is_leader: Mapped[bool] = mapped_column(default=False)

    delegation: Mapped[Delegation] = relationship(back_populates="members")


class ItineraryItem(Synced, Base):
    """One entry of a delegation's itinerary, at a wall-clock time in its city's own zone.

    The local time and the IANA zone are the truth (what the printed itinerary says); the UTC
    instant is derived, so a change of a zone's rules never moves a meeting on paper.
    """

    __tablename__ = "itinerary_item"
    delegation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("delegation.id"), index=True)
    kind: Mapped[ItineraryKind]
    title: Mapped[str] = mapped_column(String(200))
    starts_local: Mapped[datetime] = mapped_column(DateTime())  # naive: wall clock in time_zone
    ends_local: Mapped[datetime | None] = mapped_column(DateTime())
    time_zone: Mapped[str] = mapped_column(String(64))
    city: Mapped[str | None] = mapped_column(String(120))
    venue: Mapped[str | None] = mapped_column(String(200))
    investor_id: Mapped[uuid.UUID | None] = _fk("investor.id")
    contact_id: Mapped[uuid.UUID | None] = _fk("contact.id")
    notes: Mapped[str | None] = mapped_column(Text)

    delegation: Mapped[Delegation] = relationship(back_populates="itinerary")

    def starts_at(self) -> datetime:
        """The start as an aware datetime in the city's zone."""
        return self.starts_local.replace(tzinfo=ZoneInfo(self.time_zone))


class MeetingTarget(Synced, Base):
    """An investor the delegation means to meet, and what we want from the meeting."""

    __tablename__ = "meeting_target"
    __table_args__ = (UniqueConstraint("delegation_id", "investor_id"),)
    delegation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("delegation.id"), index=True)
    investor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("investor.id"), index=True)
    status: Mapped[MeetingTargetStatus] = mapped_column(default=MeetingTargetStatus.PROPOSED)
    priority: Mapped[int] = mapped_column(default=2)  # 1 high … 3 low
    talking_points: Mapped[str | None] = mapped_column(Text)

    delegation: Mapped[Delegation] = relationship(back_populates="targets")
    investor: Mapped[Investor] = relationship()


# --- joint FEZ promotion -------------------------------------------------------------------

promotion_fez = _link("promotion_fez", ("event_id", "promotion_event"), ("fez_id", "fez"))

promotion_region = _link("promotion_region", ("event_id", "promotion_event"), ("region_id", "region"))


class PromotionEvent(Synced, Base):
    """A joint promotion event of several FEZs and regions: IR session, booth, summit."""

    __tablename__ = "promotion_event"
    title: Mapped[str] = mapped_column(String(200))
    title_en: Mapped[str | None] = mapped_column(String(240))
    kind: Mapped[PromotionKind]
    country_id: Mapped[uuid.UUID | None] = _fk("country.id")
    city: Mapped[str | None] = mapped_column(String(120))
    starts_on: Mapped[date] = mapped_column(Date, index=True)
    ends_on: Mapped[date | None] = mapped_column(Date)
    venue: Mapped[str | None] = mapped_column(String(200))
    leads_generated: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str | None] = mapped_column(Text)

    fezs: Mapped[list[Fez]] = relationship(secondary=promotion_fez)
    regions: Mapped[list[Region]] = relationship(secondary=promotion_region)
    country: Mapped[Country | None] = relationship()


# --- audit trail ---------------------------------------------------------------------------


class AuditEntry(Base):
    """One changed field of one record: append-only (the database refuses updates and deletes)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_record", "record_id", "at"),)
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(64))
    # desktop, cli, merge, demo … or "import:<file name>": an imported record names its file.
    source: Mapped[str] = mapped_column(String(200))
    change_set: Mapped[uuid.UUID]  # all entries of one unit of work share it
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID]
    action: Mapped[AuditAction]
    field: Mapped[str | None] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    # The hash chain (store.audit_chain): sealed by the database as the entry is written.
    seq: Mapped[int | None] = mapped_column(BigInteger, unique=True, index=True)
    value_nonce: Mapped[str | None] = mapped_column(String(32))  # dropped when the values are erased
    value_digest: Mapped[str | None] = mapped_column(String(64))
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


class AccessEntry(Base):
    """One view, print or download of personal data (개인정보 접속기록): who, when, from which
    PC, whose data, what and why. Append-only and hash-chained like the audit trail; entries
    older than the retention period may be purged (store.audit_chain)."""

    __tablename__ = "access_log"
    __table_args__ = (Index("ix_access_log_actor_at", "actor", "at"),)
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(64))
    host: Mapped[str | None] = mapped_column(String(255))  # the PC's name
    address: Mapped[str | None] = mapped_column(String(64))  # its network address
    action: Mapped[str] = mapped_column(String(16))  # view, print, download, purge
    what: Mapped[str] = mapped_column(String(40))  # contact, investor_profile, briefing_pack, mission_pack …
    subject: Mapped[str | None] = mapped_column(String(200))  # the record shown or exported
    contact_ids: Mapped[str | None] = mapped_column(Text)  # JSON list: whose data
    contact_count: Mapped[int] = mapped_column(default=0)
    reason: Mapped[str | None] = mapped_column(Text)  # the officer's reason for a print or download
    source: Mapped[str] = mapped_column(String(200))  # desktop, cli …
    detail: Mapped[str | None] = mapped_column(Text)  # JSON: files written; a purge's anchor
    seq: Mapped[int | None] = mapped_column(BigInteger, unique=True, index=True)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


# The newer record kinds live in their own modules; importing them here registers their tables.
from kotra_invest.domain import aftercare_models, fdi_models, recommend_models  # noqa: E402, F401 - cases…enquiries; rates; sites
from kotra_invest.domain.document_models import Document, DocumentBlob, DocumentChunk, MailMessage  # noqa: E402, F401
