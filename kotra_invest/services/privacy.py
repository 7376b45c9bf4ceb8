"""Personal data of a contact: everything we hold about one person, exported (JSON and Excel),
and erased on request.

An erasure blanks the person's fields, keeps a tombstone (so the delete reaches mission packs
and nothing that pointed at the contact breaks), records who erased it and why, and redacts the
values the person's earlier audit entries hold: an erasure that left them readable in the
history would not be one. Migration 0005 lets the audit trail take exactly that redaction. The
copies home keeps of merged mission packs, and the merge reports, are scrubbed alike.

An enquiry names who asked in free text (`Enquiry.contact_name`), not as a link to the contact:
the person's enquiries are found by their name (English or Korean, case and spacing aside) among
the enquiries of the contact's investor and those not yet linked to any investor. The export
lists them; the erasure blanks the name, takes the person's name, e-mail and phone out of the
enquiry's text, and redacts those fields' history (migration 0020 taught the server's erasure
function to do that part).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select, text, update
from sqlalchemy.orm import Session

from kotra_invest.catalog import msg
from kotra_invest.domain.aftercare_models import Enquiry
from kotra_invest.domain.base import utcnow
from kotra_invest.domain.enums import AuditAction, Consent
from kotra_invest.domain.errors import DomainError, NotFound, ValidationError
from kotra_invest.domain.models import AuditEntry, Contact, Interaction, Investor, ItineraryItem
from kotra_invest.files.atomic import replaced_atomically
from kotra_invest.services import access, access_log, records
from kotra_invest.services import validation as check
from kotra_invest.services.contacts import CONTACT
from kotra_invest.services.merge_history import scrub_contact
from kotra_invest.services.unit_of_work import REDACTED, Context, audit_text, unit_of_work

if TYPE_CHECKING:
    from openpyxl import Workbook

# The fields that are the person; what stays after an erasure is the tombstone and its links.
PERSONAL_FIELDS = ("full_name", "name_ko", "job_title", "email", "phone", "source", "notes", "consent_on")
ERASED_NAME = REDACTED  # full_name cannot be empty: the tombstone is named by the marker
# The fields of an enquiry that can hold who asked: blanked or scrubbed, and their history redacted
# (store.pg_audit.ENQUIRY_FIELDS says the same to the server's erasure function).
ENQUIRY_FIELDS = ("contact_name", "subject", "body", "answer")


def _folded(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


def _enquiries(session: Session, contact: Contact) -> list[Enquiry]:
    """The enquiries the person made: their name as the enquiry's contact, asked for the contact's
    investor or for no investor yet (the officer reviews an export before sending it; better one
    too many there than an enquiry the erasure misses)."""
    names = {_folded(contact.full_name), _folded(contact.name_ko)} - {""}
    if not names:
        return []
    investor = or_(Enquiry.investor_id.is_(None), Enquiry.investor_id == contact.investor_id)
    candidates = session.scalars(
        select(Enquiry).where(Enquiry.contact_name.is_not(None), investor).order_by(Enquiry.received_on, Enquiry.id)
    ).all()
    return [e for e in candidates if _folded(e.contact_name) in names]


def _secrets(contact: Contact) -> re.Pattern[str] | None:
    """What names the person in an enquiry's text: the e-mail, the phone, the names and the parts
    of the names ("Ms Lovelace", "Dear Ada"). A Latin part is matched as a whole word (Ada is not
    in Canada); a Hangul one anywhere, since particles attach to it (사토님, 하루토에게)."""
    whole = [v.strip() for v in (contact.email, contact.phone, contact.full_name, contact.name_ko) if v and v.strip()]
    parts = {p for name in (contact.full_name, contact.name_ko) for p in (name or "").split() if len(p) >= 2}
    words = sorted({*whole, *parts}, key=len, reverse=True)  # the longest first: the address before the name
    if not words:
        return None
    hangul = re.compile("[\uac00-\ud7a3]")
    return re.compile(
        "|".join(re.escape(w) if hangul.search(w) else rf"(?<!\w){re.escape(w)}(?!\w)" for w in words),
        re.IGNORECASE,
    )


def _scrubbed(value: str | None, secrets: re.Pattern[str] | None) -> str | None:
    """`value` with whatever names the person replaced by the marker."""
    return value if value is None or secrets is None else secrets.sub(REDACTED, value)


def _contact(session: Session, ctx: Context, contact_id: uuid.UUID) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFound("contact", contact_id)
    return contact


def _may_handle(session: Session, ctx: Context, contact: Contact) -> None:
    """Personal data is handled by those who may change the contact's investor; never by viewers."""
    who = access.principal(session, ctx)
    investor = session.get(Investor, contact.investor_id) if contact.investor_id else None
    if investor is not None:
        access.require_edit_investor(session, who, investor)
    else:
        access.require_write(who)


def _plain(value: Any) -> Any:
    return audit_text(value) if value is not None and not isinstance(value, int | str) else value


def _held(session: Session, ctx: Context, contact: Contact) -> dict[str, Any]:
    """Everything held about the person, as plain JSON-ready values."""
    investor = session.get(Investor, contact.investor_id) if contact.investor_id else None
    interactions = session.scalars(
        select(Interaction).where(Interaction.contact_id == contact.id).order_by(Interaction.occurred_at)
    ).all()
    meetings = session.scalars(
        select(ItineraryItem).where(ItineraryItem.contact_id == contact.id).order_by(ItineraryItem.starts_local)
    ).all()
    history = session.scalars(
        select(AuditEntry).where(AuditEntry.record_id == contact.id).order_by(AuditEntry.at)
    ).all()
    enquiries = _enquiries(session, contact)
    return {
        "exported_at": datetime.now(UTC).isoformat(),
        "exported_by": ctx.actor,
        "contact": {
            "id": str(contact.id),
            "investor": investor.name if investor else None,
            **{f: _plain(getattr(contact, f)) for f in ("full_name", "name_ko", "job_title", "email", "phone")},
            "consent": contact.consent.value,
            "consent_on": _plain(contact.consent_on),
            "source": contact.source,
            "notes": contact.notes,
            "created_at": _plain(contact.created_at),
            "updated_at": _plain(contact.updated_at),
            "erased": contact.deleted_at is not None and contact.full_name == ERASED_NAME,
        },
        "interactions": [
            {
                "when": _plain(i.occurred_at),
                "kind": i.kind.value,
                "summary": i.summary,
                "outcome": i.outcome,
            }
            for i in interactions
            if i.deleted_at is None
        ],
        "meetings": [
            {"when": _plain(m.starts_local), "time_zone": m.time_zone, "title": m.title, "venue": m.venue}
            for m in meetings
            if m.deleted_at is None
        ],
        "enquiries": [
            {
                "received_on": _plain(e.received_on),
                "contact_name": e.contact_name,
                "company": e.company,
                "source": e.source.value,
                "subject": e.subject,
                "body": e.body,
                "answered_on": _plain(e.answered_on),
                "answer": e.answer,
            }
            for e in enquiries
            if e.deleted_at is None
        ],
        "history": [
            {
                "when": _plain(e.at),
                "who": e.actor,
                "source": e.source,
                "action": e.action.value,
                "field": e.field,
                "old": e.old_value,
                "new": e.new_value,
            }
            for e in history
        ],
    }


def export_contact(
    ctx: Context,
    contact_id: uuid.UUID,
    folder: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Path, Path]:
    """Write contact-<id>.json and contact-<id>.xlsx into `folder`: all we hold about the person.

    A download of personal data: it needs the officer's reason (ctx.access_reason) and is
    logged (before the files are written: a log that over-reports beats one that misses)."""
    access_log.require_reason(ctx)
    with unit_of_work(ctx) as session:
        contact = _contact(session, ctx, contact_id)
        _may_handle(session, ctx, contact)
        held = _held(session, ctx, contact)
        access_log.record(
            ctx,
            access_log.DOWNLOAD,
            "privacy_export",
            [contact.id],
            subject=contact.id,
            detail={"folder": str(folder)},
            session=session,
        )
        session.commit()
    folder = Path(folder).expanduser()
    json_path = folder / f"contact-{contact_id}.json"
    xlsx_path = folder / f"contact-{contact_id}.xlsx"
    try:
        with replaced_atomically(json_path) as temp:
            temp.write_text(json.dumps(held, ensure_ascii=False, indent=2), encoding="utf-8")
        if progress is not None:
            progress(1, 2)
        with replaced_atomically(xlsx_path) as temp:
            _workbook(held, ctx.lang).save(temp)
    except OSError as exc:
        raise DomainError("write_failed", path=str(folder), reason=exc.strerror or str(exc)) from exc
    if progress is not None:
        progress(2, 2)
    return json_path, xlsx_path


def _safe(value: Any) -> Any:
    # Text from users is never a formula in the sheet.
    return f"'{value}" if isinstance(value, str) and value.startswith(("=", "+", "-", "@")) else value


def _workbook(held: dict[str, Any], lang: str) -> Workbook:
    # openpyxl is imported here, not at the top: it costs ~0.15 s and the desktop's start reaches this module.
    from openpyxl import Workbook
    from openpyxl.styles import Font

    ko = lang == "ko"
    wb = Workbook()
    ws = wb.active
    ws.title = msg("services.privacy", "Contact").text(lang)
    ws.append([msg("services.privacy", "Field").text(lang), msg("services.privacy", "Value").text(lang)])
    for key, value in held["contact"].items():
        ws.append([key, _safe(value if not isinstance(value, bool) else str(value).lower())])
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 18, 60
    for title, rows in (
        (msg("services.privacy", "Interactions"), held["interactions"]),
        (msg("services.privacy", "Meetings"), held["meetings"]),
        (msg("services.privacy", "Enquiries"), held["enquiries"]),
        (msg("services.privacy", "History"), held["history"]),
    ):
        sheet = wb.create_sheet(title[0] if ko else title[1])
        if rows:
            sheet.append(list(rows[0].keys()))
            for row in rows:
                sheet.append([_safe(v) for v in row.values()])
    for sheet in wb.worksheets:
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
    return wb


def require_eraser(ctx: Context) -> None:
    """Refuse someone who may not erase (`erase_contact`), before they are asked for a reason."""
    with unit_of_work(ctx) as session:
        _require_eraser(session, ctx)


def _require_eraser(session: Session, ctx: Context) -> None:
    who = access.principal(session, ctx)
    if access.bound_by_rules(session, who):
        # Erasing rewrites the history of the person's records: an admin's act on both engines
        # (on the server only admins may run kotra_erase_personal_data, store.pg_audit); the
        # embedded file's owner is its admin.
        access.require_admin(who)


def erase_contact(ctx: Context, contact_id: uuid.UUID, reason: str) -> None:
    """Erase the person's data on request: fields blanked, tombstone kept, history redacted.

    The audit trail gets one 'erase' entry with the reason (never the erased values); the
    changes this erasure makes are recorded with '[erased]' as their old value; the values the
    person's earlier entries held are replaced by '[erased]' too. All in one transaction.
    """
    reason = check.required_text(reason, "reason", max_length=500)
    with unit_of_work(ctx) as session:
        contact = _contact(session, ctx, contact_id)
        _may_handle(session, ctx, contact)
        _require_eraser(session, ctx)
        if contact.full_name == ERASED_NAME:
            raise ValidationError("erased", field="contact")
        enquiries = _enquiries(session, contact)
        secrets = _secrets(contact)
        if ctx.db.is_sqlite:
            # Freed pages are zeroed, so the old values do not linger in the file's free space.
            session.execute(text("PRAGMA secure_delete=ON"))
        session.info.setdefault("erasing", set()).update({contact.id, *(e.id for e in enquiries)})
        contact.full_name = ERASED_NAME
        for field in PERSONAL_FIELDS[1:]:
            setattr(contact, field, None)
        contact.consent = Consent.WITHDRAWN
        contact.deleted_at = contact.deleted_at or utcnow()
        # Their documents (a card, a CV) leave the investor's list as a deleted contact's do.
        records.documents_with(session, access.principal(session, ctx), CONTACT, contact)
        for enquiry in enquiries:
            enquiry.contact_name = None
            enquiry.subject = _scrubbed(enquiry.subject, secrets) or REDACTED
            enquiry.body, enquiry.answer = _scrubbed(enquiry.body, secrets), _scrubbed(enquiry.answer, secrets)
        session.flush()
        # Home's copies of merged mission packs (and their reports) hold the person too.
        scrub_contact(session, contact.id)
        if not ctx.db.is_sqlite:
            # On the server only an admin-only SECURITY DEFINER function may touch old entries:
            # it redacts them and appends the chained 'erase' entry (store.pg_audit).
            session.execute(
                text("SELECT kotra_erase_personal_data(:record, :reason, CAST(:enquiries AS uuid[]))"),
                {"record": contact.id, "reason": reason, "enquiries": [e.id for e in enquiries]},
            )
            session.commit()
            return
        # Redact what the person's earlier entries hold (not this erasure's own entries, whose
        # old values are already the marker and whose new values are blank). The nonce goes
        # with the values: the chain keeps only their salted digest (store.audit_chain).
        for column in (AuditEntry.old_value, AuditEntry.new_value):
            session.execute(
                update(AuditEntry)
                .where(
                    AuditEntry.record_id == contact.id,
                    column.is_not(None),
                    column != REDACTED,
                    or_(AuditEntry.field.is_(None), AuditEntry.field.in_(PERSONAL_FIELDS)),
                )
                .values({column.key: REDACTED, "value_nonce": None})
                .execution_options(synchronize_session=False)
            )
            if enquiries:
                session.execute(
                    update(AuditEntry)
                    .where(
                        AuditEntry.record_id.in_([e.id for e in enquiries]),
                        column.is_not(None),
                        column != REDACTED,
                        or_(AuditEntry.field.is_(None), AuditEntry.field.in_(ENQUIRY_FIELDS)),
                    )
                    .values({column.key: REDACTED, "value_nonce": None})
                    .execution_options(synchronize_session=False)
                )
        # One 'erase' entry per record whose history was redacted: the chain's proof that it was an erasure.
        for entity, record in (("contact", contact.id), *(("enquiry", e.id) for e in enquiries)):
            session.add(
                AuditEntry(
                    at=utcnow(),
                    actor=ctx.actor,
                    source=ctx.source,
                    change_set=session.info["change_set"],
                    entity=entity,
                    record_id=record,
                    action=AuditAction.ERASE,
                    field="personal_data",
                    new_value=reason,
                )
            )
        session.commit()
