"""Field history from the audit trail: what changed, from what to what, who, when, from where;
exported to Excel, and one previous value put back in one action.

The audit trail is written by the unit of work (every service gets it); this module only reads
it, and a restore is an ordinary edit (so it is audited and version-checked like any other).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, TypeDecorator, inspect, select
from sqlalchemy.orm import Session

from kotra_invest import formatting
from kotra_invest.catalog import Message, msg
from kotra_invest.domain.base import Base, Synced
from kotra_invest.domain.enums import AuditAction
from kotra_invest.domain.errors import (
    FIELD_LABELS,
    DomainError,
    NotFound,
    StaleRecord,
    ValidationError,
)
from kotra_invest.domain.kinds import RECORD_KINDS, record_kind
from kotra_invest.domain.models import (
    AuditEntry,
    Contact,
    DelegationDestination,
    DelegationMember,
    DelegationOrganisation,
    DelegationProvince,
    ItineraryItem,
    MeetingTarget,
    Project,
    ReferenceRow,
)
from kotra_invest.domain.rules import hidden_with_project
from kotra_invest.files.atomic import replaced_atomically
from kotra_invest.services import access, access_log, records
from kotra_invest.services.reference import id_for_code
from kotra_invest.services.unit_of_work import REDACTED, Context, audit_text, unit_of_work

# Labels of the fields a history shows most; any other field falls back to the error labels,
# then to its column name.
_LABELS: dict[str, Message] = {
    "size": msg("services.history", "Company size"),
    "tags": msg("services.history", "Tags"),
    "in_korea": msg("services.history", "Operates in Korea"),
    "hq_city": msg("services.history", "HQ city"),
    "country_id": msg("services.history", "Country"),
    "direct_country_id": msg("services.history", "Direct investor's country"),
    "new_or_additional": msg("services.history", "New / additional"),
    "units_per_usd": msg("services.history", "Rate (units per USD)"),
    "industry_id": msg("services.history", "Industry"),
    "owner_id": msg("services.history", "Owner"),
    "full_name": msg("services.history", "Name"),
    "job_title": msg("services.history", "Job title"),
    "phone": msg("services.history", "Phone"),
    "consent": msg("services.history", "Consent"),
    "consent_on": msg("services.history", "Consent date"),
    "source": msg("services.history", "Source"),
    "starts_on": msg("services.history", "Start date"),
    "objectives": msg("services.history", "Objectives"),
    "results": msg("services.history", "Results"),
    "result_meetings": msg("services.history", "Meetings held"),
    "result_mous": msg("services.history", "MOUs signed"),
    "result_pledged_usd": msg("services.history", "Pledged (USD)"),
    "leader_id": msg("services.history", "Leader"),
    "target_industry_id": msg("services.history", "Target industry"),
    "fezs": msg("services.history", "FEZs"),
    "deleted_at": msg("services.history", "Deleted"),
    "stage_id": msg("services.history", "Stage"),
    "capex_amount": msg("services.history", "Expected capex"),
    "confidential": msg("services.history", "Confidential"),
    "code_name": msg("services.history", "Code name"),
    "personal_data": msg("services.history", "Personal data"),
    "stage_since": msg("services.history", "In stage since"),
    "target_province_id": msg("services.history", "Target province"),
    "fez_id": msg("services.history", "Free Economic Zone"),
    "investor_id": msg("services.history", "Investor"),
    "project_id": msg("services.history", "Project"),
    "delegation_id": msg("services.history", "Delegation"),
    "contact_id": msg("services.history", "Contact"),
    "officer_id": msg("services.history", "Officer"),
    "assignee_id": msg("services.history", "Assignee"),
    "project_type": msg("services.history", "Type"),
    "expected_jobs": msg("services.history", "Expected jobs"),
    "probability": msg("services.history", "Probability"),
    "lost_reason": msg("services.history", "Reason lost"),
    "capex_currency": msg("services.history", "Capex currency"),
    "kind": msg("services.history", "Kind"),
    "amount": msg("services.history", "Amount"),
    "on_date": msg("services.history", "Date"),
    "outcome": msg("services.history", "Outcome"),
    "place": msg("services.history", "Place"),
    "their_participants": msg("services.history", "Their participants"),
    "our_participants": msg("services.history", "Our participants"),
    "summary": msg("services.history", "Summary"),
    "occurred_at": msg("services.history", "When"),
    "due_on": msg("services.history", "Due"),
    "status": msg("services.history", "Status"),
    "completed_at": msg("services.history", "Completed"),
    # A delegation's own fields and its parts' (provinces, destinations, members, organisations,
    # itinerary), which its History tab lists: words, not column names, in both languages.
    "ends_on": msg("services.history", "End date"),
    "province_id": msg("services.history", "Province"),
    "is_lead": msg("services.history", "Lead province"),
    "seq": msg("services.history", "Order"),
    "city_ko": msg("services.history", "City (Korean)"),
    "name_en": msg("services.history", "English name"),
    "is_leader": msg("services.history", "Head of the delegation"),
    "venue": msg("services.history", "Venue"),
    # The other kinds' fields a history can list (`history show officer|fez|document …`): an
    # officer's office, an enquiry's question, a mail's sender, reference data's code …
    "office_id": msg("services.history", "Office", "the office an officer belongs to"),
    "active": msg("services.history", "Active", "an officer's account"),
    "body": msg("services.history", "Question", "an enquiry's text"),
    "answer": msg("services.history", "Answer"),
    "company": msg("services.history", "Company"),
    "conditions": msg("services.history", "Conditions"),
    "clawback": msg("services.history", "Clawback"),
    "granting_body_name": msg("services.history", "Granting body"),
    "description": msg("services.history", "Description"),
    "home_doctor_id": msg("services.history", "Home Doctor"),
    "recorded_by_id": msg("services.history", "Recorded by"),
    "interaction_id": msg("services.history", "Meeting or contact logged"),
    "regions": msg("services.history", "Regions"),
    "provinces": msg("services.history", "Provinces"),
    "designated_year": msg("services.history", "Year designated"),
    "strategic_industries": msg("services.history", "Strategic industries"),
    "region_id": msg("services.history", "Region"),
    "group": msg("services.history", "Region group"),
    "code": msg("services.history", "Code"),
    "sort_order": msg("services.history", "Order in lists"),
    "record_kind": msg("services.history", "Filed under (kind)"),
    "record_id": msg("services.history", "Filed under"),
    "mime": msg("services.history", "File type"),
    "sha256": msg("services.history", "Checksum (SHA-256)"),
    "drm": msg("services.history", "DRM protection"),
    "series_id": msg("services.history", "Document series"),
    "series_no": msg("services.history", "Version", "of a document"),
    "superseded_by": msg("services.history", "Replaced by"),
    "text": msg("services.history", "Text (for search)"),
    "message_key": msg("services.history", "Message-ID"),
    "sender": msg("services.history", "Sender"),
    "recipients": msg("services.history", "Recipients"),
    "sent_at": msg("services.history", "Sent"),
    "sent_zone": msg("services.history", "Sender's UTC offset"),
}

# A field whose words depend on the kind of record: the error labels' "name" is an investor's
# company name (회사명), which a member, an officer, a contact or a province is not.
_PERSON_NAME = msg("services.history", "Name", "a person's")
_KIND_LABELS: dict[tuple[str, str], Message] = {
    ("delegation_member", "name"): _PERSON_NAME,
    ("officer", "name"): _PERSON_NAME,
    ("contact", "name_ko"): msg("services.history", "Korean name", "a person's"),
    ("document", "name"): msg("services.history", "File name"),
    **{
        (kind, "name_ko"): msg("services.history", "Korean name", "of a place, an organisation or a code")
        for kind in (
            "country",
            "delegation_organisation",
            "fez",
            "industry",
            "office",
            "pipeline_stage",
            "province",
            "region",
        )
    },
}

# What names a record of each kind on a history row ("Member" is the kind's word, record_kind's;
# "Kim Minji" its name): the fields of its snapshot that name it in Korean and in English, read one
# after another ("Meeting: 2026-03-04 Siemens visit"); each language falls back to the other's when
# its own are empty, an id is read as the name of what it points at. Every kind a history lists is
# here (tests/test_history.py holds each field to a column of its table).
_NAMED_BY: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "investor":                 (("name_ko",), ("name",)),
    "contact":                  (("full_name",), ("full_name",)),
    "project":                  (("title",), ("title",)),
    "fdi_amount":               (("on_date", "amount", "currency"), ("on_date", "amount", "currency")),
    "interaction":              (("occurred_at", "summary"), ("occurred_at", "summary")),
    "task":                     (("title",), ("title",)),
    "delegation":               (("title",), ("title_en",)),
    "delegation_province":      (("province_id",), ("province_id",)),
    "delegation_destination":   (("city_ko",), ("city",)),
    "delegation_organisation":  (("name_ko",), ("name_en",)),
    "delegation_member":        (("name",), ("name_en",)),
    "itinerary_item":           (("title",), ("title",)),
    "meeting_target":           (("investor_id",), ("investor_id",)),
    "promotion_event":          (("title",), ("title_en",)),
    "investor_site":            (("province_id",), ("province_id",)),
    "recommendation_dismissal": (("investor_id",), ("investor_id",)),
    "grievance_case":           (("subject",), ("subject",)),
    "incentive_application":    (("incentive_type",), ("incentive_type",)),
    "procedure_milestone":      (("step",), ("step",)),
    "enquiry":                  (("subject",), ("subject",)),
    "document":                 (("name",), ("name",)),
    "mail_message":             (("subject",), ("subject",)),
    "officer":                  (("name",), ("name_en",)),
    "office":                   (("name_ko",), ("name_en",)),
    "country":                  (("name_ko",), ("name_en",)),
    "province":                 (("name_ko",), ("name_en",)),
    "region":                   (("name_ko",), ("name_en",)),
    "industry":                 (("name_ko",), ("name_en",)),
    "fez":                      (("name_ko",), ("name_en",)),
    "pipeline_stage":           (("name_ko",), ("name_en",)),
    "exchange_rate":            (("currency", "on_date"), ("currency", "on_date")),
}  # fmt: skip

# Where a change was made (the audit trail's `source`), in words; an import's names its file
# ("import:<file>"). A source not listed (an older or newer program's) is shown as stored.
_SOURCES: dict[str, Message] = {
    "desktop": msg("services.history", "Desktop app"),
    "cli": msg("services.history", "Command line"),
    "import": msg("services.history", "Import"),
    "merge": msg("services.history", "Mission pack merge"),
    "demo": msg("services.history", "Demo data"),
    "sql": msg("services.history", "Directly in the database"),
}


def source_words(source: str, lang: str) -> str:
    """Where a change was made, as a reader says it: "Import (investors.xlsx)", not "import:investors.xlsx"."""
    kind, _, detail = source.partition(":")
    words = _SOURCES.get(kind)
    if words is None:
        return source
    return f"{words.text(lang)} ({detail})" if detail else words.text(lang)


# What belongs to an investor's or a delegation's history besides the record itself.
_CHILDREN: dict[str, tuple[tuple[type[Synced], Any], ...]] = {
    "investor": ((Contact, Contact.investor_id), (Project, Project.investor_id)),
    "delegation": (
        (DelegationProvince, DelegationProvince.delegation_id),
        (DelegationDestination, DelegationDestination.delegation_id),
        (DelegationOrganisation, DelegationOrganisation.delegation_id),
        (DelegationMember, DelegationMember.delegation_id),
        (ItineraryItem, ItineraryItem.delegation_id),
        (MeetingTarget, MeetingTarget.delegation_id),
    ),
}


@dataclass(frozen=True)
class FieldChange:
    """One line of a record's history."""

    id: uuid.UUID  # the audit entry: what `restore_value` takes
    entity: str  # the table, e.g. investor, or contact for a contact of the investor
    record_id: uuid.UUID
    action: str  # insert, update, delete, restore, erase
    action_label: str
    field: str | None
    label_ko: str
    label_en: str
    old: str | None
    new: str | None
    who: str
    when: datetime
    source: str  # desktop, cli, import, merge, demo …
    change_set: uuid.UUID
    restorable: bool
    old_shown: str | None = None  # the values as a reader wants them: names, not ids; dates, yes/no
    new_shown: str | None = None
    source_shown: str = ""  # `source` in words of the reader's language (`source_words`)
    entity_shown: str = ""  # `entity` as a kind of record in words ("Delegation member"; `record_kind`)
    # Why the user may not put this change back (the sentence `restore_value` would refuse it
    # with: read-only access, another team's record, a deleted one); None when they may.
    refusal: str | None = None

    def label(self, lang: str) -> str:
        return self.label_ko if lang == "ko" else self.label_en


def _models() -> dict[str, type[Any]]:
    return {m.class_.__tablename__: m.class_ for m in Base.registry.mappers if hasattr(m.class_, "__tablename__")}


def _labels(field: str | None, entity: str | None = None) -> Message:
    if field is None:  # an insert or a delete names no field: the row is about the record, of its kind
        return RECORD_KINDS.get(entity or "") or Message("", entity or "")
    words = _KIND_LABELS.get((entity or "", field or ""))
    if words is not None:
        return words
    if field in _LABELS:
        return _LABELS[field]
    if field is not None and field in FIELD_LABELS:
        return FIELD_LABELS[field]
    return Message("", field or "")  # a field with no words of its own: its name, in both languages


def _restorable(entry: AuditEntry, model: type[Any] | None) -> bool:
    if entry.action is not AuditAction.UPDATE or entry.field is None or model is None:
        return False
    if REDACTED in (entry.old_value, entry.new_value):
        return False
    return entry.field in {a.key for a in inspect(model).column_attrs} and entry.field != "deleted_at"


def _check_visible(session: Session, ctx: Context, entity: str, record_id: uuid.UUID) -> Any:
    """The record, if `entity` is known, it exists and the user may see it."""
    model = _models().get(entity)
    if model is None or not issubclass(model, Synced):
        raise ValidationError("invalid_value", field="entity", value=entity)
    record = session.get(model, record_id)
    if record is None:
        raise NotFound(entity, record_id)
    # A record hidden with a project (the project itself, its tranches, meetings and tasks about
    # it: domain/rules.py) does not exist for someone who may not see that project.
    column = hidden_with_project().get(entity)
    project_id = None if column is None else record.id if column == "id" else getattr(record, column)
    if project_id is not None:
        who = access.principal(session, ctx)
        if not access.visible_project_ids(session, who, [project_id]):
            raise NotFound(entity, record_id)
    return record


def record_history(ctx: Context, entity: str, record_id: uuid.UUID) -> list[FieldChange]:
    """Every change of the record (and for an investor or a delegation, of its parts), newest first."""
    with unit_of_work(ctx) as session:
        _check_visible(session, ctx, entity, record_id)
        who = access.principal(session, ctx)
        ids = [record_id]
        for model, parent in _CHILDREN.get(entity, ()):
            query = select(model.id).where(parent == record_id)
            if model is Project:
                query = query.where(access.visible_projects(who))
            ids.extend(session.scalars(query))
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.record_id.in_(ids)).order_by(AuditEntry.at.desc(), AuditEntry.id)
        ).all()
        models = _models()
        shown = _Shown(session, who, ctx.lang, models)
        names = _names_kept(session, models, entries)

        def named(e: AuditEntry) -> dict[str, Any] | None:
            # A part's lines, and a deleted or restored record's, say which record by name; the
            # record's own field changes need not (the window is about it).
            if e.entity not in _NAMED_BY or (e.record_id == record_id and e.action is AuditAction.UPDATE):
                return None
            return names.get(e.id, {})

        changes = [_change(e, models.get(e.entity), ctx.lang, shown, named(e)) for e in entries]
        refusals: dict[uuid.UUID, str | None] = {}
        for c in changes:
            if c.restorable and c.record_id not in refusals:
                refusals[c.record_id] = _refusal(session, who, ctx.lang, models[c.entity], c.entity, c.record_id)
        return [replace(c, refusal=refusals[c.record_id]) if refusals.get(c.record_id) else c for c in changes]


def _snapshot(raw: str | None) -> dict[str, Any] | None:
    """The values an insert (or a server's delete) kept, as one JSON object; None when it kept none."""
    try:
        values = json.loads(raw or "")
    except ValueError:
        return None
    return values if isinstance(values, dict) else None


def _names_kept(
    session: Session, models: dict[str, type[Any]], entries: Sequence[AuditEntry]
) -> dict[uuid.UUID, dict[str, Any]]:
    """For each change of a record that `_NAMED_BY` names, its name fields as that change left them.

    Read from the audit trail itself: the insert's snapshot with the later changes applied, or a
    removal's own snapshot, so a part deleted (or renamed since) is named as it was. A record with
    no insert in the trail (a bulk load's) starts from its row as it is now, each change undone."""
    groups: dict[uuid.UUID, list[AuditEntry]] = {}
    for e in entries:
        if e.entity in _NAMED_BY:
            groups.setdefault(e.record_id, []).append(e)
    kept: dict[uuid.UUID, dict[str, Any]] = {}
    for record_id, group in groups.items():
        ko_fields, en_fields = _NAMED_BY[group[0].entity]
        fields = {*ko_fields, *en_fields}
        insert = next((e for e in group if e.action is AuditAction.INSERT), None)
        # The insert first even where a change of the same moment sorts before it (same `at`).
        oldest_first = ([insert] if insert is not None else []) + [e for e in reversed(group) if e is not insert]
        state = _snapshot(insert.new_value) if insert is not None else None
        if state is not None:
            for e in oldest_first:
                if e.action is AuditAction.DELETE and e.field is None:
                    state = _snapshot(e.old_value) or state  # removed outright: the values it had
                elif e.field in fields:
                    state[e.field] = e.new_value
                kept[e.id] = dict(state)
            continue
        model = models.get(group[0].entity)
        row = session.get(model, record_id) if model is not None else None
        state = None if row is None else {f: audit_text(getattr(row, f, None)) for f in fields}
        for e in group:  # newest first, from the row as it is now
            if e.action is AuditAction.DELETE and e.field is None:
                state = _snapshot(e.old_value) or state
            if state is None:
                continue
            kept[e.id] = dict(state)
            if e.field in fields:
                state[e.field] = e.old_value
    return kept


def _refusal(
    session: Session, who: access.Principal, lang: str, model: type[Any], entity: str, record_id: uuid.UUID
) -> str | None:
    """Why `who` may not change the record (so may not put a value of it back), or None."""
    record = session.get(model, record_id)
    if record is None:
        return None
    try:
        if getattr(record, "deleted_at", None) is not None:
            raise DomainError("deleted", entity=entity)
        access.require_edit(session, who, record)
    except DomainError as exc:
        return exc.message(lang)
    return None


def changes_since(ctx: Context, entity: str, record_id: uuid.UUID, since: datetime) -> list[FieldChange]:
    """The changes made to the record after `since` (the `updated_at` of the version the user
    was editing): what the conflict dialog shows as "their" side, oldest first."""
    return [c for c in reversed(record_history(ctx, entity, record_id)) if c.when > since]


class _Shown:
    """Audit values as a reader wants them: a reference by its name (a hidden project stays hidden),
    an enum by its label, yes/no, dates in the user's style, amounts with separators, and a new
    record's snapshot as "field: value" pairs."""

    def __init__(self, session: Session, who: access.Principal, lang: str, models: dict[str, type[Any]]) -> None:
        self.session, self.who, self.lang, self.models = session, who, lang, models
        self.names: dict[tuple[str, str, str], str] = {}

    def value(self, model: type[Any] | None, field: str | None, raw: str | None) -> str | None:
        if raw is None or model is None or field is None or raw == REDACTED:
            return raw
        mapper = inspect(model)
        if field not in mapper.column_attrs:
            return raw  # a link set (FEZs, regions): their codes read well already
        column = mapper.column_attrs[field].columns[0]
        for key in column.foreign_keys:
            return self.name(key.column.table.name, raw)
        python_type = _python_type(column)
        ko = self.lang == "ko"
        try:
            if isinstance(python_type, type) and issubclass(python_type, Enum):
                member = python_type(raw)
                return member.label(self.lang) if hasattr(member, "label") else raw
            if python_type is bool:
                return (msg("services.history", "yes") if raw == "true" else msg("services.history", "no")).text(
                    self.lang
                )
            if python_type is Decimal:
                amount = Decimal(raw)
                return f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,.2f}"
            if python_type is date:
                day = date.fromisoformat(raw)
                return f"{day.year}. {day.month}. {day.day}." if ko else day.isoformat()
            if python_type is datetime:
                moment = datetime.fromisoformat(raw)
                zone = " UTC" if moment.utcoffset() is not None and not moment.utcoffset() else ""
                return f"{moment:%Y-%m-%d %H:%M}{zone}"
        except (ValueError, ArithmeticError):
            return raw
        return raw

    def name(self, table: str, raw: str, lang: str | None = None) -> str:
        lang = lang or self.lang
        if (table, raw, lang) in self.names:
            return self.names[(table, raw, lang)]
        model = self.models.get(table)
        shown = raw
        try:
            record = self.session.get(model, uuid.UUID(raw)) if model is not None else None
        except ValueError:
            record = None
        if isinstance(record, Project) and not access.visible_project_ids(self.session, self.who, [record.id]):
            shown = "—"  # another team's confidential project: not even its name
        elif record is not None:
            label = getattr(record, "name", None)
            if callable(label):  # reference rows know their Korean and English names
                shown = label(lang)
            else:
                for attr in ("name", "title", "full_name", "login"):
                    if isinstance(getattr(record, attr, None), str):
                        shown = getattr(record, attr)
                        break
        self.names[(table, raw, lang)] = shown
        return shown

    def created(self, entity: str, model: type[Any] | None, raw: str | None) -> tuple[str, str]:
        """What a new record is, in Korean and in English: "유치단 단원: 김민지", "Delegation member: Kim Minji"."""
        return self.named(entity, model, _snapshot(raw))

    def named(self, entity: str, model: type[Any] | None, values: dict[str, Any] | None) -> tuple[str, str]:
        """A record of `entity` by its kind (record_kind's words) and the name its `values` give it
        (a snapshot of the audit trail), in Korean and in English; the kind alone when they give none."""
        words = _labels(None, entity)
        fields = _NAMED_BY.get(entity)
        if fields is None or values is None:  # an erased person's snapshot: the kind alone
            return words[0], words[1]
        named = []
        ko_fields, en_fields = fields
        for lang, own, other in (("ko", ko_fields, en_fields), ("en", en_fields, ko_fields)):
            chosen = own if any(values.get(f) not in (None, "") for f in own) else other
            parts = [values.get(f) for f in chosen]
            if REDACTED in parts or any(isinstance(v, list) for v in parts) or all(v in (None, "") for v in parts):
                named.append(words.text(lang))
                continue
            name = " ".join(self._named(lang, model, f, str(v)) for f, v in zip(chosen, parts, strict=True) if v)
            named.append(f"{words.text(lang)}: {name}")
        return named[0], named[1]

    def _named(self, lang: str, model: type[Any] | None, field: str, raw: str) -> str:
        """A name field's value in `lang`: what an id points at, by its name; a kind of thing by its
        label; a meeting's moment by its day on Korea's clock; text as written, on one line."""
        if model is None or field not in inspect(model).column_attrs:
            return formatting.one_line(raw, 60)
        column = inspect(model).column_attrs[field].columns[0]
        for key in column.foreign_keys:
            return self.name(key.column.table.name, raw, lang)
        python_type = _python_type(column)
        try:
            if isinstance(python_type, type) and issubclass(python_type, Enum):
                member = python_type(raw)
                return member.label(lang) if hasattr(member, "label") else raw
            if python_type is datetime:
                return formatting.moment_day(datetime.fromisoformat(raw), lang)
            if python_type is date:
                return formatting.list_day(date.fromisoformat(raw), lang)
            if python_type is Decimal:
                amount = Decimal(raw)
                return f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,.2f}"
        except (ValueError, ArithmeticError):
            return raw
        return formatting.one_line(raw, 60)

    def snapshot(self, model: type[Any] | None, raw: str | None) -> str | None:
        """A new record's values, one "field: value" pair each."""
        try:
            values = json.loads(raw or "")
        except ValueError:
            return raw
        if not isinstance(values, dict):
            return raw
        parts = []
        for field, value in values.items():
            if value in ([], "[]"):  # a list column left empty (no tags) is kept as its JSON text: nothing to say
                continue
            label = _labels(field, getattr(model, "__tablename__", None))[0 if self.lang == "ko" else 1]
            text = ", ".join(map(str, value)) if isinstance(value, list) else self.value(model, field, str(value))
            parts.append(f"{label}: {text}")
        return "; ".join(parts)


def _change(
    e: AuditEntry,
    model: type[Any] | None,
    lang: str,
    shown: _Shown | None = None,
    named: dict[str, Any] | None = None,
) -> FieldChange:
    """One audit entry as a line of history. `named`: the name fields of the record it is about,
    when the line names it (a part's change, a deleted or restored record), as Created lines do."""
    ko, en = _labels(e.field, e.entity)
    if shown is None:
        old_shown, new_shown = e.old_value, e.new_value
    elif e.action is AuditAction.INSERT:
        old_shown, new_shown = None, shown.snapshot(model, e.new_value)
        ko, en = shown.created(e.entity, model, e.new_value)
    else:
        old_shown, new_shown = shown.value(model, e.field, e.old_value), shown.value(model, e.field, e.new_value)
        if e.action is AuditAction.DELETE and e.field is None:
            old_shown = shown.snapshot(model, e.old_value)  # removed outright: the values it had
        if named is not None:
            which_ko, which_en = shown.named(e.entity, model, named)
            if e.action is AuditAction.UPDATE:  # "Itinerary item: Siemens visit › Start time"
                ko, en = f"{which_ko} › {ko}", f"{which_en} › {en}"
            else:  # deleted or put back: the record itself, "Delegation member: Kim Minji"
                ko, en = which_ko, which_en
    return FieldChange(
        id=e.id,
        entity=e.entity,
        record_id=e.record_id,
        action=e.action.value,
        action_label=e.action.label(lang),
        field=e.field,
        label_ko=ko,
        label_en=en,
        old=e.old_value,
        new=e.new_value,
        who=e.actor,
        when=e.at,
        source=e.source,
        source_shown=source_words(e.source, lang),
        entity_shown=record_kind(e.entity, lang),
        change_set=e.change_set,
        restorable=_restorable(e, model),
        old_shown=old_shown,
        new_shown=new_shown,
    )


def change_words(change: FieldChange, lang: str) -> str:
    """One change in a line of words, as the History tab's Field, Before and After columns read:
    "End date: 2027-03-13 → 2027-03-20", or a new record's kind and name, then its "field: value" pairs."""
    label = change.label(lang)
    if change.action in ("delete", "restore"):  # the action says what happened; the When column when
        return label
    if change.field is None:
        return f"{label} — {change.new_shown}" if change.new_shown else label
    return f"{label}: {change.old_shown or '—'} → {change.new_shown or '—'}"


_HEADERS = (
    msg("services.history", "When (UTC)"),
    msg("services.history", "Who"),
    msg("services.history", "From"),
    msg("services.history", "Record"),
    msg("services.history", "Action"),
    msg("services.history", "Field"),
    msg("services.history", "Old value"),
    msg("services.history", "New value"),
    msg("services.history", "Change set"),
)


def export_history(
    ctx: Context,
    entity: str,
    record_id: uuid.UUID,
    path: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """The record's history as an Excel sheet at `path` (replaced only when complete).

    A history holding a contact's changes (a contact's, or an investor's with its contacts) is
    a download of personal data: it needs the officer's reason and is logged."""
    changes = record_history(ctx, entity, record_id)
    people = sorted({c.record_id for c in changes if c.entity == "contact"})
    if people:
        access_log.record(
            ctx,
            access_log.DOWNLOAD,
            "history_export",
            people,
            subject=f"{entity} {record_id}",
            detail={"file": str(path)},
        )
    # openpyxl is imported here, not at the top: it costs ~0.15 s and the desktop's start reaches this module.
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    lang = "ko" if ctx.lang == "ko" else "en"
    wb = Workbook()
    ws = wb.active
    ws.title = msg("services.history", "History").text(lang)
    ws.append([header.text(lang) for header in _HEADERS])
    for cell in ws[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
    for done, c in enumerate(changes, 1):
        row = [
            c.when.replace(tzinfo=None),
            c.who,
            c.source_shown,  # in words, as the History tab's From column; the codes stay in --json
            c.entity_shown,  # the kind in words, as `history show` says it; the table and id stay in --json
            c.action_label,
            c.label(lang),
            c.old_shown,  # the words the History tab shows (a new record's "field: value" pairs, names
            c.new_shown,  # not ids); the stored values stay in `history show --json`
            str(c.change_set),
        ]
        # Text from users is never a formula in the sheet.
        ws.append([f"'{v}" if isinstance(v, str) and v.startswith(("=", "+", "-", "@")) else v for v in row])
        ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd hh:mm:ss"
        if progress is not None and done % 500 == 0:
            progress(done, len(changes))
    for letter, width in zip("ABCDEFGHI", (20, 16, 22, 24, 12, 40, 40, 40, 38), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    try:
        with replaced_atomically(Path(path)) as temp:
            wb.save(temp)
    except OSError as exc:
        raise DomainError("write_failed", path=str(path), reason=exc.strerror or str(exc)) from exc
    if progress is not None:
        progress(len(changes), len(changes))
    return Path(path)


def _python_type(column: Any) -> Any:
    """The Python type of a column's values. A column of the domain's own type (UTCDateTime) is
    read as the type it is stored as: its own python_type says only `object`, so a meeting's time
    went back as text the database refused, and a delete's moment was shown as stored."""
    stored = column.type.impl_instance if isinstance(column.type, TypeDecorator) else column.type
    try:
        return stored.python_type
    except NotImplementedError:
        return object


def _parse(model: type[Any], field: str, raw: str | None) -> Any:
    """The audit text of a value back as the column's Python value."""
    if raw is None:
        return None
    column = inspect(model).column_attrs[field].columns[0]
    if isinstance(column.type, JSON):
        return json.loads(raw)
    python_type = _python_type(column)
    if isinstance(python_type, type) and issubclass(python_type, Enum):
        return python_type(raw)
    if python_type is bool:
        return raw == "true"
    if python_type is int:
        return int(raw)
    if python_type is Decimal:
        return Decimal(raw)
    if python_type is datetime:
        return datetime.fromisoformat(raw)
    if python_type is date:
        return date.fromisoformat(raw)
    if python_type is uuid.UUID:
        return uuid.UUID(raw)
    return raw


def restore_value(ctx: Context, audit_entry_id: uuid.UUID, expected_version: int) -> int:
    """Put back the value a field had before the change `audit_entry_id`; returns the new version.

    `expected_version` is the version the user is looking at: if the record changed since, the
    restore is a conflict (StaleRecord) like any other save. The record as it would be is held to
    the checks an edit of it passes (an old end date before today's start date is refused with the
    editor's sentence), and nothing is written when it fails them."""
    with unit_of_work(ctx) as session:
        entry = session.get(AuditEntry, audit_entry_id)
        if entry is None:
            raise NotFound("audit_entry", audit_entry_id)
        model = _models().get(entry.entity)
        if not _restorable(entry, model):
            reason = "erased" if REDACTED in (entry.old_value, entry.new_value) else "not a change of one field"
            raise DomainError("not_restorable", reason=reason)
        assert model is not None and entry.field is not None
        record = _check_visible(session, ctx, entry.entity, entry.record_id)
        if getattr(record, "deleted_at", None) is not None:
            raise DomainError("deleted", entity=entry.entity)
        who = access.principal(session, ctx)
        access.require_edit(session, who, record)  # domain/rules.py, every kind
        if record.version != expected_version:
            raise StaleRecord(entry.entity)
        try:
            value = _parse(model, entry.field, entry.old_value)
        except (ValueError, TypeError) as exc:
            raise DomainError("not_restorable", reason=str(exc)) from exc
        setattr(record, entry.field, value)
        kind = _kind(entry.entity)
        if kind is not None:
            records.validate(session, who, kind, record)
        _check_reference(session, model, entry.field, value)
        session.commit()
        return int(record.version)


def _check_reference(session: Session, model: type[Any], field: str, value: Any) -> None:
    """A value put back that names reference data (a country, province, industry, FEZ, stage …)
    names a row the editors' lists still offer: what reference.id_for_code, every editor's lookup
    of a code, requires. A kind whose own checks look its codes up refuses it first with the same
    sentence; this holds the kinds whose checks do not (an investor's countries and industry)."""
    if value is None:
        return
    models = _models()
    for key in inspect(model).column_attrs[field].columns[0].foreign_keys:
        table = key.column.table.name
        target = models.get(table)
        if target is not None and issubclass(target, ReferenceRow):
            name = field.removesuffix("_id")  # country, direct_country, target_industry … as the editors say
            code = session.scalar(select(target.code).where(target.id == value))
            id_for_code(session, target, code or str(value), name if name in FIELD_LABELS else table)


def _kind(entity: str) -> records.Kind[Any, Any] | None:
    """The record kind declared for a table, whose edit's checks a restore passes."""
    # Imported here, so that a restore from the command line knows every kind too (a module
    # declares its kinds as it is imported), and the desktop's start does not pay for them.
    from kotra_invest.services import (  # noqa: F401
        aftercare,
        contacts,
        delegations,
        fez,
        incentives,
        interactions,
        investors,
        projects,
        tasks,
    )

    return records.declared(entity)


def current_version(ctx: Context, entity: str, record_id: uuid.UUID) -> int:
    """The version of the record a history entry is about, as it is now: the base of a restore."""
    model = _models().get(entity)
    if model is None:
        raise NotFound(entity, record_id)
    with unit_of_work(ctx) as session:
        record = session.get(model, record_id)
        if record is None:
            raise NotFound(entity, record_id)
        return int(record.version)
