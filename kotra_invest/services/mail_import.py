"""An e-mail into the timeline: a .msg or .eml becomes a meeting of kind e-mail with its documents.

The message's people are matched to contacts by address; the meeting belongs to the record the
officer dropped it on (`to`), or else to the one investor the matched contacts work for. Its
attachments, and the message file itself, become documents of the meeting. The same message
imported twice (the same Message-ID; without one, the same bytes) creates nothing the second
time — unless its meeting was deleted (an import undone, a meeting deleted from the timeline):
then the import brings that meeting back with its documents (`restored`). Addresses that match no
contact are reported, and offered as new contacts of the investor (`add_unknown`); our own
officers' addresses are ours, not the investor's.

Files dropped on a record (`drop_files`) are told apart by their content, never by their name: an
e-mail is imported, anything else — and an e-mail that cannot be read — is filed as a document.

An import is taken back (the desktop's undo) and returned (its redo) as any meeting is deleted and
restored, by records.delete/restore with the meeting's Kind: its documents go with it and come back
with it (records.Kind.documents).
"""

from __future__ import annotations

import tempfile
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from kotra_invest.domain.base import utcnow
from kotra_invest.domain.document_models import TEXT_LIMIT, MailMessage
from kotra_invest.domain.enums import InteractionKind
from kotra_invest.domain.errors import DomainError, ValidationError
from kotra_invest.domain.models import Contact, Interaction, Officer, Project
from kotra_invest.files import mail
from kotra_invest.services import access, documents, records
from kotra_invest.services import interactions as meeting
from kotra_invest.services.documents import DocumentRow, RecordRef
from kotra_invest.services.unit_of_work import Context, unit_of_work


@dataclass(frozen=True)
class MatchedPerson:
    address: str
    name: str
    contact_id: uuid.UUID | None  # None: nobody we know
    ours: bool = False  # one of our officers


@dataclass(frozen=True)
class MailImported:
    meeting_id: uuid.UUID
    created: bool  # False: this message was imported before, nothing new (or `restored`)
    subject: str
    sender: str | None
    sent_at: datetime | None
    sent_zone: str | None
    investor_id: uuid.UUID | None
    documents: list[DocumentRow] = field(default_factory=list)
    people: list[MatchedPerson] = field(default_factory=list)
    added_contacts: list[uuid.UUID] = field(default_factory=list)
    restored: bool = False  # imported before, its meeting deleted since: back with its `documents`

    @property
    def unknown(self) -> list[MatchedPerson]:
        return [p for p in self.people if p.contact_id is None and not p.ours]


def read_message(path: Path) -> mail.ParsedMail:
    """The e-mail file at `path`, or one clear sentence why not."""
    path = Path(path)
    if not path.is_file():
        reason = "not a file" if path.exists() else "no such file"
        raise ValidationError("mail_unreadable", field="file", name=path.name, reason=reason)
    try:
        return mail.read_mail(path)
    except mail.MailError as exc:
        if exc.reason.startswith("not an e-mail"):
            raise ValidationError("mail_format", field="file", name=path.name) from exc
        if exc.reason == mail.NOBODY_AND_NO_DATE:
            raise ValidationError("mail_nobody", field="file", name=path.name) from exc
        raise ValidationError("mail_unreadable", field="file", name=path.name, reason=exc.reason) from exc
    except OSError as exc:
        raise ValidationError("mail_unreadable", field="file", name=path.name, reason=exc.strerror or str(exc)) from exc


def _zone(moment: datetime | None) -> str | None:
    if moment is None or moment.utcoffset() is None:
        return None
    offset = moment.utcoffset()
    assert offset is not None
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def import_mail(ctx: Context, path: Path, to: RecordRef | None = None, *, add_unknown: bool = False) -> MailImported:
    """Import one e-mail file (see the module's docstring); all or nothing."""
    path = Path(path)
    parsed = read_message(path)
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        access.require_write(who)
        known = session.scalar(select(MailMessage).where(MailMessage.message_key == parsed.key[:255]))
        if known is not None:
            trashed = session.scalar(select(Interaction.deleted_at).where(Interaction.id == known.interaction_id))
            before = MailImported(
                known.interaction_id,
                False,
                parsed.subject,
                known.sender,
                known.sent_at,
                known.sent_zone,
                known.investor_id,
            )
            if trashed is None:
                return before
            session.rollback()  # ends this read before the restore's own units of work
            records.restore(ctx, meeting.INTERACTION, before.meeting_id)
            back = documents.list_documents(ctx, "meeting", before.meeting_id)
            return replace(before, documents=back, restored=True)
        addresses = [p.address for p in parsed.people]
        contacts = (
            {
                row.email_key: row
                for row in session.execute(
                    select(
                        Contact.id, Contact.investor_id, Contact.full_name, func.lower(Contact.email).label("email_key")
                    )
                    .where(func.lower(Contact.email).in_(addresses), Contact.deleted_at.is_(None))
                    .order_by(Contact.created_at)
                )
            }
            if addresses
            else {}
        )
        ours = (
            set(session.scalars(select(func.lower(Officer.email)).where(func.lower(Officer.email).in_(addresses))))
            if addresses
            else set()
        )
        people = [
            MatchedPerson(
                p.address, p.name, contacts[p.address].id if p.address in contacts else None, p.address in ours
            )
            for p in parsed.people
        ]
        investor_id = project_id = delegation_id = None
        label = ""
        if to is not None:
            links, label = documents.record_links(session, who, to.kind, to.id)
            investor_id, project_id, delegation_id = links.investor_id, links.project_id, links.delegation_id
            if to.kind == "meeting":
                raise ValidationError(
                    "record_kind", field="record", value=to.kind, kinds="investor, contact, project, delegation"
                )
        if investor_id is None:
            investors = {row.investor_id for row in contacts.values() if row.investor_id is not None}
            if len(investors) == 1:
                investor_id = investors.pop()
        if investor_id is None and to is not None:  # a delegation: a meeting is always with an investor
            raise ValidationError("mail_needs_investor", field="record", record=to.label or label)
        if investor_id is None:
            raise ValidationError("mail_needs_record", field="record")
        if (
            project_id is not None
            and session.scalar(select(Project.investor_id).where(Project.id == project_id)) != investor_id
        ):
            project_id = None
        theirs = [p for p in people if not p.ours]
        # The meeting's contact: the sender when we know them, else the first known recipient.
        contact_id = next(
            (
                p.contact_id
                for p in theirs
                if p.contact_id is not None and contacts[p.address].investor_id == investor_id
            ),
            None,
        )
        sent_at = parsed.sent_at or utcnow()
        body = parsed.body[:TEXT_LIMIT]
        subject = parsed.subject or "(no subject)"
        draft = meeting.InteractionDraft(
            kind=InteractionKind.EMAIL,
            occurred_at=sent_at,
            summary=subject + ("\n\n" + body if body else ""),
            investor_id=investor_id,
            contact_id=contact_id,
            project_id=project_id,
            delegation_id=delegation_id,
            their_participants="\n".join(str(mail.Address(p.name, p.address)) for p in theirs) or None,
            our_participants="\n".join(str(mail.Address(p.name, p.address)) for p in people if p.ours) or None,
        )
        item = Interaction(id=uuid.uuid4())
        with session.no_autoflush:
            meeting.INTERACTION.write(session, who, item, draft, True)  # type: ignore[misc]
        session.add(item)
        session.flush()
        recipients = [*parsed.to, *parsed.cc]
        session.add(
            MailMessage(
                interaction_id=item.id,
                message_key=parsed.key[:255],
                sender=str(parsed.sender)[:320] if parsed.sender else None,
                recipients="\n".join(str(r) for r in recipients) or None,
                subject=parsed.subject or None,
                sent_at=parsed.sent_at,
                sent_zone=_zone(parsed.sent_at),
                investor_id=investor_id,
                project_id=project_id,
                delegation_id=delegation_id,
            )
        )
        sender_contact = (
            contacts[parsed.sender.address].id if parsed.sender and parsed.sender.address in contacts else None
        )
        added: list[DocumentRow] = []
        with tempfile.TemporaryDirectory(prefix="kotra-mail-") as folder:
            added.append(
                documents.to_row(
                    documents.add_in_session(session, who, "meeting", item.id, path, contact_id=sender_contact)
                )
            )
            for number, attachment in enumerate(parsed.attachments):
                if not attachment.data:
                    continue
                # Each in a folder of its own: two attachments may share a name.
                own = Path(folder) / str(number)
                own.mkdir()
                safe = documents.display_name(attachment.name)
                target = own / (safe.replace("/", "_") or "attachment")
                target.write_bytes(attachment.data)
                added.append(
                    documents.to_row(
                        documents.add_in_session(
                            session, who, "meeting", item.id, target, name=safe, contact_id=sender_contact
                        )
                    )
                )
        new_contacts: list[uuid.UUID] = []
        if add_unknown:
            for person in theirs:
                if person.contact_id is None:
                    contact = Contact(
                        id=uuid.uuid4(),
                        investor_id=investor_id,
                        full_name=(person.name or person.address)[:160],
                        email=person.address[:255],
                        source=f"e-mail: {subject}"[:160],
                    )
                    session.add(contact)
                    new_contacts.append(contact.id)
        session.commit()
        return MailImported(
            item.id,
            True,
            parsed.subject,
            str(parsed.sender) if parsed.sender else None,
            parsed.sent_at,
            _zone(parsed.sent_at),
            investor_id,
            added,
            people,
            new_contacts,
        )


# What reading a file as an e-mail can fail with: the file is then kept as a plain document.
_NOT_READ = frozenset({"mail_unreadable", "mail_format", "mail_nobody"})


@dataclass(frozen=True)
class Dropped:
    """What files dropped on a record came to."""

    added: documents.DocumentsAdded  # the documents: the files, and the e-mails that could not be read
    imported: list[tuple[Path, MailImported | DomainError]]  # each e-mail: imported, or why not
    unread: list[Path] = field(default_factory=list)  # e-mails by their content, unreadable: kept as documents


def drop_files(ctx: Context, to: RecordRef, paths: list[Path]) -> Dropped:
    """Files dropped on a record: an e-mail — told by its content, never by its name
    (`mail.is_mail`) — onto the timeline, each message on its own so one bad file does not lose
    the others; everything else, and an e-mail that cannot be read (a damaged .msg), as documents
    of the record: a file dropped is never lost to a wrong guess."""
    imported: list[tuple[Path, MailImported | DomainError]] = []
    unread: list[Path] = []
    for path in paths:
        if not mail.is_mail(path):
            continue
        try:
            imported.append((path, import_mail(ctx, path, to)))
        except DomainError as exc:
            if exc.code in _NOT_READ and path.is_file():
                unread.append(path)
            else:
                imported.append((path, exc))
    tried = {path for path, _outcome in imported}
    files = [path for path in paths if path not in tried]
    added = documents.add_documents(ctx, to.kind, to.id, files) if files else documents.DocumentsAdded(())
    return Dropped(added, imported, unread)


def add_unknown_contacts(ctx: Context, meeting_id: uuid.UUID) -> list[uuid.UUID]:
    """Make contacts of the meeting's investor from the imported e-mail's addresses that are
    nobody's yet (what the desktop offers after a drop); our officers' addresses stay ours."""
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        access.require_write(who)
        message = session.scalar(select(MailMessage).where(MailMessage.interaction_id == meeting_id))
        if message is None or message.investor_id is None:
            raise ValidationError("mail_needs_record", field="record")
        people = mail.addresses([message.sender or "", *(message.recipients or "").splitlines()])
        addresses = [p.address for p in people]
        known = set(
            session.scalars(
                select(func.lower(Contact.email)).where(
                    func.lower(Contact.email).in_(addresses), Contact.deleted_at.is_(None)
                )
            )
        )
        known |= set(session.scalars(select(func.lower(Officer.email)).where(func.lower(Officer.email).in_(addresses))))
        added = []
        for person in people:
            if person.address in known:
                continue
            contact = Contact(
                id=uuid.uuid4(),
                investor_id=message.investor_id,
                full_name=(person.name or person.address)[:160],
                email=person.address[:255],
                source=f"e-mail: {message.subject or ''}"[:160],
            )
            session.add(contact)
            known.add(person.address)
            added.append(contact.id)
        session.commit()
        return added
