"""What home keeps about the mission packs merged into it: each pack as last merged, and the reports.

Both live in `app_setting`: `merged_pack:<pack id>` holds the pack's records as merged (so an
older copy of the same pack is recognised and never reverts what a newer one brought), and
`merge_report:<id>` one merge's report, which the desktop and `pack reports` reopen. A person
erased on request is scrubbed from both (`scrub_contact`): an erasure that left their values in
a stored copy would not be one.
"""

from __future__ import annotations

import base64
import json
import uuid
import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kotra_invest.domain.errors import NotFound
from kotra_invest.domain.models import Setting
from kotra_invest.services.unit_of_work import REDACTED, Context, unit_of_work

MERGED_KEY = "merged_pack:"  # + the pack's id
REPORT_KEY = "merge_report:"  # + the report's id

# A contact's fields that are the person (services.privacy.PERSONAL_FIELDS, and the name).
PERSON_FIELDS = ("full_name", "name_ko", "job_title", "email", "phone", "source", "notes", "consent_on")


def _pack(data: Any) -> str:
    return base64.b64encode(zlib.compress(json.dumps(data, ensure_ascii=False).encode(), 6)).decode()


def _unpack(text: str) -> Any:
    return json.loads(zlib.decompress(base64.b64decode(text)))


# --- each pack as last merged --------------------------------------------------------------


def merged_snapshot(session: Session, pack_id: uuid.UUID) -> tuple[str | None, dict[str, dict[str, Any]]]:
    """The fingerprint and records of the pack as it was last merged here (None, {} if never)."""
    raw = session.scalar(select(Setting.value).where(Setting.key == f"{MERGED_KEY}{pack_id}"))
    if raw is None:
        return None, {}
    stored = json.loads(raw)
    return stored.get("fingerprint"), _unpack(stored["snapshot"])


def keep_snapshot(
    session: Session, pack_id: uuid.UUID, fingerprint: str, records: dict[str, dict[str, Any]], at: datetime, by: str
) -> None:
    """Remember the pack as merged, record by record the newer of this copy and what was kept.

    An older copy merged after a newer one must not make home forget the newer one's values:
    the next copy would then look new again.
    """
    _old_fingerprint, kept = merged_snapshot(session, pack_id)
    merged: dict[str, dict[str, Any]] = {entity: dict(rows) for entity, rows in kept.items()}
    for entity, rows in records.items():
        target = merged.setdefault(entity, {})
        for record_id, record in rows.items():
            old = target.get(record_id)
            if old is None or int(record.get("version") or 0) >= int(old.get("version") or 0):
                target[record_id] = record
    stored = {"fingerprint": fingerprint, "at": at.isoformat(), "by": by, "snapshot": _pack(merged)}
    session.merge(Setting(key=f"{MERGED_KEY}{pack_id}", value=json.dumps(stored)))


# --- reports -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportRow:
    """One kept merge report, as the history lists it."""

    id: uuid.UUID
    at: datetime
    by: str
    pack: str  # the pack file as it was named when merged
    delegation: str
    counts: dict[str, int]  # inserted, updated, conflicts, already_home, refused, twins, erased


def keep_report(session: Session, report: dict[str, Any]) -> uuid.UUID:
    """Store one merge's report (a JSON-able dict with at, by, pack, delegation, counts, items)."""
    report_id = uuid.uuid4()
    head = {k: report[k] for k in ("at", "by", "pack", "delegation", "counts")}
    session.add(Setting(key=f"{REPORT_KEY}{report_id}", value=json.dumps({**head, "body": _pack(report)})))
    return report_id


def merge_reports(ctx: Context) -> list[ReportRow]:
    """Every kept merge report, newest first."""
    with unit_of_work(ctx) as session:
        rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.startswith(REPORT_KEY))).all()
    found = []
    for key, value in rows:
        head = json.loads(value)
        found.append(
            ReportRow(
                uuid.UUID(key[len(REPORT_KEY) :]),
                datetime.fromisoformat(head["at"]),
                head["by"],
                head["pack"],
                head["delegation"],
                dict(head["counts"]),
            )
        )
    return sorted(found, key=lambda r: r.at, reverse=True)


def merge_report(ctx: Context, report_id: uuid.UUID | str) -> dict[str, Any]:
    """One kept report in full; `report_id` may be the first characters of its id."""
    key = str(report_id).strip().lower()
    with unit_of_work(ctx) as session:
        rows = session.execute(
            select(Setting.key, Setting.value).where(Setting.key.startswith(f"{REPORT_KEY}{key}"))
        ).all()
    if len(rows) != 1 or not key:
        raise NotFound("merge_report", report_id)
    ((found_key, value),) = rows
    report: dict[str, Any] = _unpack(json.loads(value)["body"])
    report["id"] = found_key[len(REPORT_KEY) :]
    return report


# --- erasure -------------------------------------------------------------------------------


def _scrub_record(record: dict[str, Any]) -> None:
    for name in PERSON_FIELDS:
        if name in record:
            record[name] = REDACTED if name == "full_name" else None


def _scrub_item(item: dict[str, Any], ids: set[str]) -> bool:
    if not ({str(item.get("record_id")), str(item.get("home_id"))} & ids):
        return False
    for name in ("label", "home", "pack", "base", "value", "pack_label", "home_label"):
        if item.get(name) is not None:
            item[name] = REDACTED
    return True


def scrub_contact(session: Session, contact_id: uuid.UUID) -> None:
    """Blank the person in every kept pack snapshot and merge report (called by the erasure)."""
    ids = {str(contact_id)}
    for setting in session.scalars(select(Setting).where(Setting.key.startswith(MERGED_KEY))):
        stored = json.loads(setting.value)
        snapshot = _unpack(stored["snapshot"])
        record = snapshot.get("contact", {}).get(str(contact_id))
        if record is not None:
            _scrub_record(record)
            stored["snapshot"] = _pack(snapshot)
            setting.value = json.dumps(stored)
    for setting in session.scalars(select(Setting).where(Setting.key.startswith(REPORT_KEY))):
        stored = json.loads(setting.value)
        report = _unpack(stored["body"])
        changed = False
        for items in report.get("items", {}).values():
            for item in items:
                changed = _scrub_item(item, ids) or changed
        if changed:
            stored["body"] = _pack(report)
            setting.value = json.dumps(stored)
