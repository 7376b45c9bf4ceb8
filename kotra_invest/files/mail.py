"""An e-mail file read into plain values: Outlook .msg (extract-msg) and .eml (the standard library).

What a meeting of kind e-mail needs and nothing more: who wrote to whom, when (with the zone
the Date header gives), the subject, the body as plain text (an HTML-only message converted),
and the attachments as names and bytes. Encoded headers (RFC 2047: UTF-8, EUC-KR, CP949) and
attachment names (RFC 2231) are decoded by the standard library's `email.policy.default`.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import hashlib
import html
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage, Message
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from kotra_invest.files import content_type as ct


class MailError(Exception):
    """The file is not an e-mail we can read; `reason` says why in a few words."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


@dataclass(frozen=True)
class Address:
    name: str
    address: str  # lower case

    def __str__(self) -> str:
        return f"{self.name} <{self.address}>" if self.name and self.name != self.address else self.address


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes


@dataclass(frozen=True)
class ParsedMail:
    message_id: str | None
    subject: str
    sender: Address | None
    to: list[Address] = field(default_factory=list)
    cc: list[Address] = field(default_factory=list)
    sent_at: datetime | None = None  # aware, in the zone of the Date header
    body: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    file_hash: str = ""  # SHA-256 of the file: the identity of a message without a Message-ID

    @property
    def key(self) -> str:
        """What makes two imports the same message."""
        return self.message_id or f"sha256:{self.file_hash}"

    @property
    def people(self) -> list[Address]:
        seen: dict[str, Address] = {}
        for person in [*([self.sender] if self.sender else []), *self.to, *self.cc]:
            seen.setdefault(person.address, person)
        return list(seen.values())


# --- HTML to text ------------------------------------------------------------------------------


class _TextOfHtml(HTMLParser):
    _BLOCKS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "hr"}
    _SKIP = {"style", "script", "head", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCKS:
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCKS:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.out.append(data)


def html_to_text(markup: str) -> str:
    """The readable text of an HTML body: blocks on their own lines, styles and scripts dropped."""
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.out)).replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _clean(text: str) -> str:
    return re.sub(r"\n{3,}", "\n\n", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


# --- .eml ----------------------------------------------------------------------------------------


def addresses(values: list[str]) -> list[Address]:
    """The e-mail addresses in header values ("Name <a@b>", several to a value), lower-cased."""
    out = []
    for name, address in email.utils.getaddresses(values):
        if address and "@" in address:
            out.append(Address(name.strip(), address.strip().lower()))
    return out


def _part_text(part: EmailMessage) -> str:
    try:
        return str(part.get_content())
    except (LookupError, UnicodeDecodeError):  # an unknown or lying charset: Korean mail is mostly CP949
        payload = part.get_payload(decode=True) or b""
        assert isinstance(payload, bytes)
        for encoding in ("utf-8", "cp949"):
            try:
                return payload.decode(encoding)
            except UnicodeDecodeError:
                continue
        return payload.decode("utf-8", errors="replace")


def _eml_body(message: EmailMessage) -> str:
    plain = message.get_body(preferencelist=("plain",))
    if plain is not None:
        return _clean(_part_text(plain))  # type: ignore[arg-type]
    rich = message.get_body(preferencelist=("html",))
    if rich is not None:
        return html_to_text(_part_text(rich))  # type: ignore[arg-type]
    return ""


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo is not None else None


def _header(message: EmailMessage, name: str) -> str:
    try:
        value = message.get(name)
    except Exception:
        return ""
    return str(value) if value is not None else ""


def parse_eml(data: bytes) -> ParsedMail:
    # A byte-order mark or a blank line first would end the headers before the first one.
    message = email.message_from_bytes(ct.mail_start(data), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    if not message.keys():
        raise MailError("no headers")
    attachments = []
    for part in message.iter_attachments():
        payload: Any = part.get_payload(decode=True) or part.get_payload()
        if isinstance(payload, bytes | bytearray):
            name = part.get_filename() or "attachment"
            attachments.append(Attachment(name, bytes(payload)))
        elif part.get_content_type() == "message/rfc822":  # a forwarded message, kept as its own .eml
            inner = payload[0] if isinstance(payload, list) and payload else payload
            if isinstance(inner, Message):
                inner_subject = str(inner.get("subject", "") or "message")
                attachments.append(Attachment(f"{inner_subject}.eml", inner.as_bytes()))
    senders = addresses([_header(message, "From")])
    message_id = _header(message, "Message-ID").strip() or None
    return ParsedMail(
        message_id=message_id,
        subject=_header(message, "Subject").strip(),
        sender=senders[0] if senders else None,
        to=addresses([_header(message, "To")]),
        cc=addresses([_header(message, "Cc")]),
        sent_at=_date(_header(message, "Date")),
        body=_eml_body(message),
        attachments=attachments,
        file_hash=hashlib.sha256(data).hexdigest(),
    )


def read_eml(path: Path) -> ParsedMail:
    return parse_eml(path.read_bytes())


# --- .msg ----------------------------------------------------------------------------------------


def read_msg(path: Path) -> ParsedMail:
    import extract_msg
    from extract_msg.enums import RecipientType

    data = path.read_bytes()
    try:
        message: Any = extract_msg.openMsg(str(path), delayAttachments=False)
    except Exception as exc:
        raise MailError(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc
    try:
        if not hasattr(message, "recipients"):
            raise MailError("an Outlook item that is not a message")
        to: list[Address] = []
        cc: list[Address] = []
        for recipient in message.recipients:
            address = (recipient.email or "").strip().lower()
            if "@" not in address:
                continue
            person = Address((recipient.name or "").strip(), address)
            (cc if recipient.type in (RecipientType.CC, RecipientType.BCC) else to).append(person)
        senders = addresses([message.sender or ""])
        header = message.header
        sent_at = _date(header.get("Date") if header is not None else None) or message.date
        body = message.body or ""
        if not body.strip() and message.htmlBody:
            raw = message.htmlBody
            body = html_to_text(raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else str(raw))
        attachments: list[Attachment] = []
        for item in message.attachments:
            payload = item.data
            name = item.longFilename or item.shortFilename or item.name or "attachment"
            if isinstance(payload, bytes):
                attachments.append(Attachment(str(name), payload))
            elif hasattr(payload, "exportBytes"):  # an attached message: kept as the .msg it is
                inner_subject = getattr(payload, "subject", None) or "message"
                stem = name if name != "attachment" else inner_subject
                attachments.append(
                    Attachment(stem if str(stem).lower().endswith(".msg") else f"{stem}.msg", payload.exportBytes())
                )
        message_id = (message.messageId or "").strip() or None
        return ParsedMail(
            message_id=message_id,
            subject=(message.subject or "").strip(),
            sender=senders[0] if senders else None,
            to=to,
            cc=cc,
            sent_at=sent_at,
            body=_clean(body),
            attachments=attachments,
            file_hash=hashlib.sha256(data).hexdigest(),
        )
    finally:
        message.close()


# The reason of a file that parses but names nobody and no date: a text file called .eml, or a
# message whose headers are all broken. It would be a meeting of nobody at the time of import.
NOBODY_AND_NO_DATE = "no sender, recipient or date"


def is_mail(path: Path) -> bool:
    """Whether the file is an e-mail by its content, whatever its name says: RFC 822 headers
    (.eml), or an OLE2 compound file (D0 CF 11 E0 A1 B1 1A E1) holding an Outlook message's
    streams — or, named .msg, one whose streams cannot be told apart (a damaged message:
    `read_mail` says why). A text called .eml, or a Word file called .msg, is no e-mail."""
    try:
        with path.open("rb") as f:
            head = f.read(ct.HEAD_BYTES)
    except OSError:  # unreadable: reading it as what its name says gives the reason
        return path.suffix.lower() in (".msg", ".eml")
    kind = ct.sniff(head, ct.container_members(path, head)).mime
    if kind in (ct.MSG, ct.EML):
        return True
    return kind == ct.OLE_STORAGE and path.suffix.lower() == ".msg"


def read_mail(path: Path) -> ParsedMail:
    """An .msg or .eml file, told apart by its content; MailError for anything else."""
    with path.open("rb") as f:
        head = f.read(ct.HEAD_BYTES)
    kind = ct.sniff(head, ct.container_members(path, head)).mime
    try:
        if kind == ct.MSG or (kind == ct.OLE_STORAGE and path.suffix.lower() == ".msg"):  # a damaged one says why
            parsed = read_msg(path)
        elif kind == ct.EML or (kind == ct.TEXT and path.suffix.lower() == ".eml"):
            parsed = read_eml(path)
        else:
            raise MailError("not an e-mail (.msg or .eml)")
    except MailError:
        raise
    except Exception as exc:
        raise MailError(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc
    if parsed.sender is None and not parsed.to and not parsed.cc and parsed.sent_at is None:
        raise MailError(NOBODY_AND_NO_DATE)
    return parsed
