"""Merging two investors (or two contacts) found to be one: the survivor takes the chosen values and
everything that pointed at the loser; the loser becomes a tombstone naming the survivor.

One audited unit of work, undone by `unmerge` with what `merge_*` returned. A mission pack cut
before the merge still names the loser; `follow_merged` tells the pack merge where it went.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from kotra_invest.domain.aftercare_models import Enquiry, GrievanceCase
from kotra_invest.domain.base import Synced, utcnow
from kotra_invest.domain.document_models import Document
from kotra_invest.domain.enums import AuditAction
from kotra_invest.domain.errors import DomainError, NotFound
from kotra_invest.domain.models import (
    AuditEntry,
    Contact,
    Country,
    Industry,
    Interaction,
    Investor,
    ItineraryItem,
    MeetingTarget,
    Officer,
    Project,
    Task,
)
from kotra_invest.domain.recommend_models import InvestorSite, RecommendationDismissal
from kotra_invest.services import access
from kotra_invest.services.records import writer
from kotra_invest.services.unit_of_work import Context, audit_text, database_writes_audit, unit_of_work

Kind = Literal["investor", "contact"]
Side = Literal["keep", "drop"]

# The fields a user picks between, in the order the dialog shows them.
INVESTOR_FIELDS = ("name", "name_ko", "country_id", "industry_id", "size", "website", "owner_id", "tags", "in_korea", "notes",
                   "hq_city")  # fmt: skip
CONTACT_FIELDS = ("full_name", "name_ko", "job_title", "email", "phone", "consent", "consent_on", "source", "notes")

# Every column that points at an investor or a contact: the loser's rows move to the survivor.
# A document names its record twice: the record it is filed under (record_id: the loser's own
# papers) and the investor or person it speaks of (its contacts', projects' and meetings' papers,
# which the survivor's Documents list reads); both move, or the papers drop out of that list.
_POINTERS: dict[str, tuple[tuple[type[Synced], str], ...]] = {
    "investor": (
        (Document, "record_id"),
        (Document, "investor_id"),
        (Contact, "investor_id"),
        (Project, "investor_id"),
        (Interaction, "investor_id"),
        (Task, "investor_id"),
        (ItineraryItem, "investor_id"),
        (MeetingTarget, "investor_id"),
        (GrievanceCase, "investor_id"),
        (Enquiry, "investor_id"),
        (InvestorSite, "investor_id"),
        (RecommendationDismissal, "investor_id"),
    ),
    "contact": (
        (Interaction, "contact_id"),
        (ItineraryItem, "contact_id"),
        (Document, "record_id"),
        (Document, "contact_id"),
    ),
}
_MODELS: dict[str, type[Investor] | type[Contact]] = {"investor": Investor, "contact": Contact}


@dataclass(frozen=True)
class MergeField:
    """One field as the merge dialog offers it: both records' values, as text."""

    field: str
    keep: str
    drop: str

    @property
    def differs(self) -> bool:
        return self.keep != self.drop


@dataclass(frozen=True)
class MergeResult:
    """What a merge did, enough to undo it exactly."""

    kind: Kind
    keep_id: uuid.UUID
    drop_id: uuid.UUID
    keep_before: tuple[tuple[str, Any], ...]  # the survivor's chosen fields before the merge
    moved: tuple[tuple[str, str, uuid.UUID], ...]  # (table, column, row id) re-pointed to the survivor
    retired: tuple[uuid.UUID, ...]  # the loser's meeting targets tombstoned (the survivor had one already)
    keep_version: int  # the survivor's version right after the merge
    moved_counts: tuple[tuple[str, int], ...]  # table -> rows moved, for the messages


def _get(session: Session, kind: str, record_id: uuid.UUID) -> Investor | Contact | None:
    # One get per model: a get through a union of model types would type as the common Base.
    return session.get(Investor, record_id) if kind == "investor" else session.get(Contact, record_id)


def _fields(kind: Kind) -> tuple[str, ...]:
    return INVESTOR_FIELDS if kind == "investor" else CONTACT_FIELDS


def _shown(session: Session, field: str, value: Any, lang: str) -> str:
    if value is None or value == []:
        return ""
    if field in ("country_id", "industry_id"):
        row = session.get(Country, value) if field == "country_id" else session.get(Industry, value)
        return row.name(lang) if row is not None else str(value)
    if field == "owner_id":
        officer = session.get(Officer, value)
        return officer.name if officer is not None else str(value)
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, bool):
        return "✓" if value else ""
    label = getattr(value, "label", None)
    if callable(label):
        return str(label(lang))
    return str(value)


def _pair(session: Session, ctx: Context, kind: Kind, keep_id: uuid.UUID, drop_id: uuid.UUID) -> tuple[Any, Any]:
    if keep_id == drop_id:
        raise DomainError("merge_same_record")
    who = writer(session, ctx)
    pair = []
    for record_id in (keep_id, drop_id):
        record = _get(session, kind, record_id)
        if record is None or record.deleted_at is not None:
            raise NotFound(kind, record_id)
        investor = (
            record
            if isinstance(record, Investor)
            else (session.get(Investor, record.investor_id) if record.investor_id else None)
        )
        if investor is not None:
            access.require_edit_investor(session, who, investor)
        pair.append(record)
    keep, drop = pair
    if isinstance(keep, Contact) and isinstance(drop, Contact):
        _same_company(session, keep, drop)
    return keep, drop


def _same_company(session: Session, keep: Contact, drop: Contact) -> None:
    """Refuse two people of different investors, or an adviser and a company's person: the loser's
    meetings would name a person of another company (a meeting is with its own investor's people or
    an adviser, services/interactions), and a company's contacts list would change."""
    if keep.investor_id == drop.investor_id:
        return

    def company(contact: Contact) -> str:
        investor = session.get(Investor, contact.investor_id) if contact.investor_id else None
        return investor.name if investor is not None else ""

    if keep.investor_id is not None and drop.investor_id is not None:
        raise DomainError(
            "merge_other_investor",
            keep=keep.full_name,
            drop=drop.full_name,
            keep_investor=company(keep),
            drop_investor=company(drop),
        )
    adviser, person = (keep, drop) if keep.investor_id is None else (drop, keep)
    raise DomainError(
        "merge_other_investor",
        sentence="merge_adviser_with_person",
        adviser=adviser.full_name,
        person=person.full_name,
        investor=company(person),
    )


def merge_preview(ctx: Context, kind: Kind, keep_id: uuid.UUID, drop_id: uuid.UUID) -> list[MergeField]:
    """Both records' values field by field, for the user to pick the surviving ones."""
    with unit_of_work(ctx) as session:
        keep, drop = _pair(session, ctx, kind, keep_id, drop_id)
        return [
            MergeField(
                f, _shown(session, f, getattr(keep, f), ctx.lang), _shown(session, f, getattr(drop, f), ctx.lang)
            )
            for f in _fields(kind)
        ]


def _merge(
    ctx: Context, kind: Kind, keep_id: uuid.UUID, drop_id: uuid.UUID, prefer: Mapping[str, Side] | None, default: Side
) -> MergeResult:
    prefer = dict(prefer or {})
    with unit_of_work(ctx) as session:
        keep, drop = _pair(session, ctx, kind, keep_id, drop_id)
        before: list[tuple[str, Any]] = []
        for f in _fields(kind):
            side = prefer.get(f, default)
            chosen, other = (
                (getattr(drop, f), getattr(keep, f)) if side == "drop" else (getattr(keep, f), getattr(drop, f))
            )
            if chosen in (None, "", []):
                chosen = other  # an empty field takes the other's value: nothing is lost
            if chosen != getattr(keep, f):
                before.append((f, getattr(keep, f)))
                setattr(keep, f, list(chosen) if isinstance(chosen, list) else chosen)
        if kind == "investor" and getattr(drop, "in_korea", False):
            keep.in_korea = True
        moved: list[tuple[str, str, uuid.UUID]] = []
        retired: list[uuid.UUID] = []
        counts: dict[str, set[uuid.UUID]] = {}  # a document moved by both its columns counts once
        targeted = set()
        sites: set[tuple[uuid.UUID, uuid.UUID | None]] = set()
        dismissed: set[uuid.UUID] = set()
        if kind == "investor":
            targeted = set(
                session.scalars(select(MeetingTarget.delegation_id).where(MeetingTarget.investor_id == keep.id))
            )
            held = select(InvestorSite.province_id, InvestorSite.fez_id).where(InvestorSite.investor_id == keep.id)
            sites = {(province, fez) for province, fez in session.execute(held)}
            set_aside = select(RecommendationDismissal.delegation_id).where(
                RecommendationDismissal.investor_id == keep.id
            )
            dismissed = set(session.scalars(set_aside))
        for model, column in _POINTERS[kind]:
            table = model.__tablename__  # type: ignore[attr-defined]
            for row in session.scalars(select(model).where(getattr(model, column) == drop.id)):
                # One per investor and trip (a target, a dismissal) or per place (a site): when the
                # survivor has its own, the survivor's stays and the loser's retires.
                if (
                    (isinstance(row, MeetingTarget) and row.delegation_id in targeted)
                    or (isinstance(row, InvestorSite) and (row.province_id, row.fez_id) in sites)
                    or (isinstance(row, RecommendationDismissal) and row.delegation_id in dismissed)
                ):
                    if row.deleted_at is None:
                        row.deleted_at = utcnow()
                        retired.append(row.id)
                    continue
                setattr(row, column, keep.id)
                moved.append((table, column, row.id))
                counts.setdefault(table, set()).add(row.id)
        drop.deleted_at = utcnow()
        drop.merged_into_id = keep.id
        session.flush()
        # One line in the survivor's own history says what was merged into it. On a shared server
        # whose triggers write the trail nobody may add a line by hand (an officer's INSERT is
        # refused, and the whole merge with it): there the trail already holds the loser's
        # merged_into_id and every re-pointed row, written by the database.
        if not database_writes_audit(session):
            session.add(
                AuditEntry(
                    at=utcnow(),
                    actor=ctx.actor,
                    source=ctx.source,
                    change_set=session.info.setdefault("change_set", uuid.uuid4()),
                    entity=kind,
                    record_id=keep.id,
                    action=AuditAction.UPDATE,
                    field="merged_from",
                    old_value=None,
                    new_value=audit_text(f"{_label(drop)} ({drop.id})"),
                )
            )
        session.commit()
        return MergeResult(
            kind,
            keep.id,
            drop.id,
            tuple(before),
            tuple(moved),
            tuple(retired),
            keep.version,
            tuple(sorted((table, len(ids)) for table, ids in counts.items())),
        )


def _label(record: Any) -> str:
    return str(record.name if isinstance(record, Investor) else record.full_name)


def merge_investors(
    ctx: Context,
    keep_id: uuid.UUID,
    drop_id: uuid.UUID,
    prefer: Mapping[str, Side] | None = None,
    *,
    default: Side = "keep",
) -> MergeResult:
    """Merge investor `drop_id` into `keep_id`: each field from the side `prefer` names (else
    `default`; an empty field takes the other's value), every contact, project, meeting, task,
    itinerary item, meeting target, Korean site, dismissal and document of the loser moves to the survivor; the loser becomes a
    tombstone naming the survivor. One audited action."""
    return _merge(ctx, "investor", keep_id, drop_id, prefer, default)


def merge_contacts(
    ctx: Context,
    keep_id: uuid.UUID,
    drop_id: uuid.UUID,
    prefer: Mapping[str, Side] | None = None,
    *,
    default: Side = "keep",
) -> MergeResult:
    """Merge contact `drop_id` into `keep_id` (meetings, itinerary items and documents move with it).

    A duplicate person is the same person at the same company: two contacts of different investors
    are refused (DomainError merge_other_investor), as the loser's meetings would then name a person
    of another company and each company's contacts list would change behind its back. Advisers
    (contacts of no investor, who may sit in any investor's meetings) merge with advisers only: an
    adviser merged into a company's person would tie meetings with other investors to that company,
    and a company's person merged into an adviser would drop out of the company's contacts. Someone
    recorded once as an adviser and once at a company is given the company in the adviser's record
    first (where their meetings allow it), then merged."""
    return _merge(ctx, "contact", keep_id, drop_id, prefer, default)


def unmerge(ctx: Context, result: MergeResult) -> None:
    """Undo a merge: the loser comes back with its rows, the survivor gets its old values back.
    Refused (merge_changed) when the survivor was edited since, so nobody's later work is lost."""
    with unit_of_work(ctx) as session:
        writer(session, ctx)
        keep = _get(session, result.kind, result.keep_id)
        drop = _get(session, result.kind, result.drop_id)
        if keep is None or drop is None:
            raise NotFound(result.kind, result.keep_id if keep is None else result.drop_id)
        if keep.version != result.keep_version or drop.merged_into_id != keep.id:
            raise DomainError("merge_changed")
        for f, value in result.keep_before:
            setattr(keep, f, value)
        models = {m.__tablename__: m for m, _c in _POINTERS[result.kind]}  # type: ignore[attr-defined]
        for table, column, row_id in result.moved:
            row = session.get(models[table], row_id)
            if row is not None and getattr(row, column) == keep.id:
                setattr(row, column, drop.id)
        for target_id in result.retired:  # a retired target, site or dismissal: back as it was
            for retired_model in (MeetingTarget, InvestorSite, RecommendationDismissal):
                # Each is Synced (a tombstone to lift); their common mapped base is all mypy sees.
                target = cast("Synced | None", session.get(retired_model, target_id))
                if target is not None:
                    target.deleted_at = None
        drop.deleted_at = None
        drop.merged_into_id = None
        session.commit()


# Ids per query when asking which records were merged away (SQLite's bound-parameter limit is far).
_FOLLOW_CHUNK = 500


def survivor_of(session: Session, kind: Kind, record_id: uuid.UUID) -> uuid.UUID | None:
    """Where a merged-away record went (following merges of merges), or None if it was not merged."""
    model = _MODELS[kind]
    seen: set[uuid.UUID] = set()
    current = record_id
    while current not in seen:
        seen.add(current)
        target = session.scalar(select(model.merged_into_id).where(model.id == current))
        if target is None:
            return None if current == record_id else current
        current = target
    return current


# The columns of a row arriving from a pack that may name a merged-away record, and its kind. A
# document names the record it is filed under by record_id, of the kind in its record_kind: moved
# by the merge at home (_POINTERS), so a paper filed abroad on the loser goes to the survivor too.
_FOLLOWED: tuple[tuple[str, Kind], ...] = (
    ("investor_id", "investor"),
    ("contact_id", "contact"),
    ("record_id", "investor"),
    ("record_id", "contact"),
)


def follow_merged(session: Session, rows: Iterable[dict[str, Any]]) -> None:
    """Point rows arriving from a mission pack at the survivors of records merged since the pack
    was cut (their investor_id / contact_id, a document's record_id, may name a tombstone).
    Changes the rows in place.

    One query per kind for a chunk of rows asks which of the ids they name were merged away; a
    query per row cost 1.5 s of a 10,000-record merge's apply step (6,400 new meetings)."""
    rows = list(rows)
    for column, kind in _FOLLOWED:
        naming = [
            row
            for row in rows
            if isinstance(row.get(column), uuid.UUID) and (column != "record_id" or row.get("record_kind") == kind)
        ]
        named = list({row[column] for row in naming})
        model = _MODELS[kind]
        survivors: dict[uuid.UUID, uuid.UUID] = {}
        for start in range(0, len(named), _FOLLOW_CHUNK):
            merged = session.scalars(
                select(model.id).where(
                    model.id.in_(named[start : start + _FOLLOW_CHUNK]), model.merged_into_id.is_not(None)
                )
            )
            for record_id in list(merged):
                survivor = survivor_of(session, kind, record_id)
                if survivor is not None:
                    survivors[record_id] = survivor
        if survivors:
            for row in naming:
                survivor = survivors.get(row[column])
                if survivor is not None:
                    row[column] = survivor


def find_contact(ctx: Context, key: str) -> tuple[uuid.UUID, str]:
    """The live contact with id `key`, or whose e-mail is `key`, or the only one whose name contains it."""
    from kotra_invest.domain.errors import Ambiguous, ValidationError
    from kotra_invest.services.search import like_pattern

    key = key.strip()
    if not key:
        raise ValidationError("required", field="contact")
    live = Contact.deleted_at.is_(None)
    with unit_of_work(ctx) as session:
        try:
            found = session.execute(
                select(Contact.id, Contact.full_name).where(Contact.id == uuid.UUID(key), live)
            ).first()
            if found is None:
                raise NotFound("contact", key)
            return found[0], found[1]
        except ValueError:
            pass
        if "@" in key:
            rows = session.execute(select(Contact.id, Contact.full_name).where(Contact.email.ilike(key), live)).all()
        else:
            pattern = like_pattern(key)
            rows = session.execute(
                select(Contact.id, Contact.full_name)
                .where(
                    live, Contact.full_name.ilike(pattern, escape="\\") | Contact.name_ko.ilike(pattern, escape="\\")
                )
                .order_by(Contact.full_name)
                .limit(11)
            ).all()
            exact = [r for r in rows if r[1].casefold() == key.casefold()]
            rows = exact if len(exact) == 1 else rows
    if not rows:
        raise NotFound("contact", key)
    if len(rows) > 1:
        raise Ambiguous("contact", key, [f"{name} ({rid})" for rid, name in rows[:10]])
    return rows[0][0], rows[0][1]
