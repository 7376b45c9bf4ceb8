"""Which tables travel in a mission pack, and how a record's fields are compared across databases.

A pack is SQLite and home may be PostgreSQL, so values are compared in a canonical, JSON-able
form (`canon`) that both engines produce alike: "10.00" and "10" are the same amount, an
enum is its value, a timestamp its ISO text.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any

from sqlalchemy import Table, inspect

from kotra_invest.domain.aftercare_models import Enquiry, GrievanceCase, IncentiveApplication, ProcedureMilestone
from kotra_invest.domain.base import Base
from kotra_invest.domain.document_models import Document, MailMessage
from kotra_invest.domain.fdi_models import ExchangeRate
from kotra_invest.domain.models import (
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
    Province,
    Region,
    Task,
    fez_province,
    province_industry,
)
from kotra_invest.domain.recommend_models import InvestorSite, RecommendationDismissal

# What an officer changes on a mission, in foreign-key order (a parent before its children).
# Only these are merged back: reference data and officers travel as read-only context, so a
# pack can neither rename a province nor make its holder an administrator.
MISSION_MODELS: tuple[type[Base], ...] = (
    Investor,
    Contact,
    Project,
    FdiAmount,
    Delegation,
    DelegationProvince,
    DelegationOrganisation,
    DelegationDestination,
    DelegationMember,
    Interaction,
    Task,
    ItineraryItem,
    MeetingTarget,
    GrievanceCase,
    IncentiveApplication,
    ProcedureMilestone,
    Enquiry,
    InvestorSite,
    RecommendationDismissal,
    # Documents after every record that can hold one; their bytes (document_blob/_chunk) travel
    # beside them, content-addressed, outside the three-way merge (sync/pack.py copy_blobs).
    Document,
    MailMessage,
)
MODEL_BY_TABLE: dict[str, type[Base]] = {m.__tablename__: m for m in MISSION_MODELS}

# Copied whole into every pack, so that every reference a mission record makes resolves.
# Exchange rates travel as reference data: abroad, a non-USD tranche converts as it does at home
# (the rates are read there, never merged back: home keeps the one table).
REFERENCE_MODELS: tuple[type[Base], ...] = (
    Region,
    Province,
    Industry,
    Fez,
    PipelineStage,
    Country,
    Office,
    Officer,
    ExchangeRate,
)
REFERENCE_LINKS: tuple[Table, ...] = (province_industry, fez_province)

# Columns that every save changes; they say nothing about what the officer edited.
BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "updated_by", "version"})

# Tables whose rows are unique by something besides their id: the same investor targeted on
# both sides is one target, not two.
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "meeting_target": ("delegation_id", "investor_id"),
    "delegation_province": ("delegation_id", "province_id"),
    "mail_message": ("message_key",),  # the same e-mail imported at home and abroad
    "recommendation_dismissal": ("delegation_id", "investor_id"),
}


@dataclass(frozen=True)
class LinkField:
    """A many-to-many collection stored in a link table, merged as a set of ids."""

    key: str  # the relationship, e.g. Delegation.fezs
    table: Table
    local: str  # the link table's column naming this record
    remote: str  # … and the one naming the linked record


@cache
def fields_of(model: type[Base]) -> tuple[str, ...]:
    """The columns an officer's edit can change, in table order (deleted_at included)."""
    return tuple(c.key for c in model.__table__.columns if c.key not in BOOKKEEPING)


@cache
def link_fields(model: type[Base]) -> tuple[LinkField, ...]:
    links = []
    for rel in inspect(model).relationships:
        table = rel.secondary
        if not isinstance(table, Table):
            continue
        local = next(c.name for c in table.columns if c.references(model.__table__.c.id))
        remote = next(c.name for c in table.columns if c.name != local)
        links.append(LinkField(rel.key, table, local, remote))
    return tuple(links)


def canon(value: Any) -> Any:
    """A value as both engines agree on it: JSON-able, exact, and equal when it means the same."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        return "0" if text in ("-0", "") else text
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, float):
        return format(Decimal(repr(value)).normalize(), "f")
    if isinstance(value, list | tuple):
        return [canon(v) for v in value]
    if isinstance(value, dict):
        return {str(k): canon(v) for k, v in value.items()}
    return str(value)


def label_of(entity: str, values: dict[str, Any]) -> str:
    """A few words a user recognises the record by, in a conflict list."""
    for key in ("name", "full_name", "title", "city", "name_ko", "summary", "subject"):
        text = values.get(key)
        if text:
            text = str(text)
            return text if len(text) <= 60 else text[:57] + "…"
    return entity
