"""Contacts: the people at an investor. Personal data: consent and where it came from are kept."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kotra_invest.domain.enums import Consent
from kotra_invest.domain.errors import NotFound, ValidationError
from kotra_invest.domain.models import Contact, Investor
from kotra_invest.services import access_log
from kotra_invest.services import validation as check
from kotra_invest.services.read_models import Attendee, ContactRow
from kotra_invest.services.records import Kind, linked, live
from kotra_invest.services.unit_of_work import Context, unit_of_work


@dataclass(frozen=True)
class ContactDraft:
    full_name: str
    investor_id: uuid.UUID | None = None
    name_ko: str | None = None
    job_title: str | None = None
    email: str | None = None
    phone: str | None = None
    consent: Consent = Consent.NOT_ASKED
    consent_on: date | None = None  # when consent was given or withdrawn
    source: str | None = None  # business card, event, referral, import …
    notes: str | None = None


def _apply(session: Session, contact: Contact, draft: ContactDraft) -> None:
    investor_id = linked(session, Investor, draft.investor_id, "investor")
    full_name = check.required_text(draft.full_name, "full_name", max_length=160)
    name_ko = check.text(draft.name_ko, "name_ko", max_length=160)
    job_title = check.text(draft.job_title, "job_title", max_length=160)
    email = check.email(draft.email)
    phone = check.text(draft.phone, "phone", max_length=40)
    if phone is not None and not any(ch.isdigit() for ch in phone):
        raise ValidationError("invalid_value", field="phone", value=phone)
    if draft.consent_on is not None and draft.consent is Consent.NOT_ASKED:
        raise ValidationError("consent_date_without_answer", field="consent_on")
    source = check.text(draft.source, "source", max_length=160)
    contact.investor_id = investor_id
    contact.full_name = full_name
    contact.name_ko = name_ko
    contact.job_title = job_title
    contact.email = email
    contact.phone = phone
    contact.consent = draft.consent
    contact.consent_on = draft.consent_on
    contact.source = source
    contact.notes = check.text(draft.notes, "notes")


CONTACT: Kind[Contact, ContactDraft] = Kind(
    "contact",
    Contact,
    lambda _s, c: ContactDraft(
        c.full_name, c.investor_id, c.name_ko, c.job_title, c.email, c.phone, c.consent, c.consent_on, c.source, c.notes
    ),
    lambda s, _who, c, d, _creating: _apply(s, c, d),
    viewed="contact",
    # A card, a CV, a letter filed on the person: without them they are nobody's, and personal data.
    documents="contact",
)


def _row(c: Contact, lang: str) -> ContactRow:
    return ContactRow(
        c.id,
        c.investor_id,
        c.full_name,
        c.name_ko,
        c.job_title,
        c.email,
        c.phone,
        c.consent.value,
        c.consent.label(lang),
        c.version,
    )


def contacts_of(session: Session, investor_id: uuid.UUID, lang: str) -> list[ContactRow]:
    found = session.scalars(
        select(Contact)
        .where(Contact.investor_id == investor_id, Contact.deleted_at.is_(None))
        .order_by(Contact.full_name, Contact.id)
    ).all()
    return [_row(c, lang) for c in found]


def list_contacts(ctx: Context, investor_id: uuid.UUID) -> list[ContactRow]:
    """The live contacts of an investor, by name (`contacts list`). Personal data read: logged."""
    with unit_of_work(ctx) as session:
        live(session, Investor, investor_id, "investor")
        rows = contacts_of(session, investor_id, ctx.lang)
        access_log.record(
            ctx, access_log.VIEW, "contacts_list", [c.id for c in rows], subject=investor_id, session=session
        )
        session.commit()
        return rows


def get_contact_row(ctx: Context, contact_id: uuid.UUID) -> ContactRow:
    with unit_of_work(ctx) as session:
        return _row(live(session, Contact, contact_id, "contact"), ctx.lang)


def attendee(ctx: Context, contact_id: uuid.UUID) -> Attendee:
    """The person a meeting names, deleted or not, and where they are now: the meeting's editor keeps
    them on it after they moved to another investor (a meeting is what happened with its own
    company then), instead of dropping them because they are no longer in its company's list."""
    with unit_of_work(ctx) as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFound("contact", contact_id)
        investor = session.get(Investor, contact.investor_id) if contact.investor_id is not None else None
        return Attendee(
            contact.id,
            contact.full_name,  # as the editor lists the investor's own people
            contact.investor_id,
            investor.name if investor is not None else None,
            contact.deleted_at is not None,
        )
