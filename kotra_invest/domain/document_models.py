"""Documents and e-mails in the record: files stored in the database, owned by any record.

A file's bytes are a *blob*, named by their SHA-256 and stored once however many records hold
the file, in chunks of CHUNK_SIZE bytes (a 20 MB scan is twenty rows, not one giant value that
PostgreSQL's bytea and SQLite's page cache would have to hold at once). A *document* is one
record's copy of a blob: its name, its type (read from the content, not the name), and its
place in a series of versions. Replacing a document keeps the old version (it is marked
`superseded_by`); deleting one is a tombstone, undone by restoring it.

A document belongs to a record of any kind by (record_kind, record_id), so the after-신고 records
(cases, incentives, milestones) own documents without a new column here. The investor, project
and delegation the owning record speaks of are copied onto the document when it is added: the
permission rules (domain/rules.py) and the server's row-level security read them as they read a
task's, so a confidential project's documents are as hidden as the project.
"""

# No `from __future__ import annotations`: SQLAlchemy would evaluate every annotation as a string
# (see domain/models.py); a class named before it is defined is quoted.

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kotra_invest.catalog import msg
from kotra_invest.domain.base import Base, Synced, utcnow
from kotra_invest.domain.errors import FIELD_LABELS, MESSAGES

# 1 MiB: small enough that a row never strains a connection or the WAL, large enough that a
# 20 MB file is only twenty INSERTs.
CHUNK_SIZE = 1024 * 1024

# What the search index keeps of a document's text: past this many characters a document is
# not searched (a 300-page annex would otherwise dwarf every meeting note in the index).
TEXT_LIMIT = 200_000

# The largest file accepted unless the database's setting says otherwise (app_setting
# DOCUMENT_LIMIT_KEY, in bytes; `kotra-invest documents limit`).
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DOCUMENT_LIMIT_KEY = "document_max_bytes"

# The record kinds a document may belong to today, and their tables. Kinds added later (case,
# incentive, milestone) add a line here and in services/documents.py's resolver.
RECORD_TABLES: dict[str, str] = {
    "investor": "investor",
    "contact": "contact",
    "project": "project",
    "delegation": "delegation",
    "meeting": "interaction",
    # after 신고: the papers of a grievance, an incentive application, a procedure's step
    "case": "grievance_case",
    "incentive": "incentive_application",
    "milestone": "procedure_milestone",
}


class DocumentBlob(Base):
    """The bytes of one file, once: named by their SHA-256 (hex). Immutable."""

    __tablename__ = "document_blob"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    chunks: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class DocumentChunk(Base):
    """One CHUNK_SIZE piece of a blob; `seq` counts from 0."""

    __tablename__ = "document_chunk"
    sha256: Mapped[str] = mapped_column(ForeignKey("document_blob.sha256", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Document(Synced, Base):
    """One version of a file held by a record (investor, contact, project, delegation, meeting …)."""

    __tablename__ = "document"
    __table_args__ = (Index("ix_document_record", "record_kind", "record_id", "deleted_at"),)
    record_kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[uuid.UUID]
    # What the owning record speaks of: read by the permission rules (and by RLS on the server).
    investor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("investor.id"), index=True)
    project_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("project.id"), index=True)
    delegation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("delegation.id"), index=True)
    # Whose personal data the file is about (a contact's card, an e-mail from them): opening or
    # saving it is a download for the access log.
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contact.id"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(ForeignKey("document_blob.sha256"), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    mime: Mapped[str] = mapped_column(String(100))
    # A document-DRM wrapper (fasoo, softcamp, markany …): stored as it is, never previewed or searched.
    drm: Mapped[str | None] = mapped_column(String(32))
    # All versions of one document share the series id (the first version's id).
    series_id: Mapped[uuid.UUID] = mapped_column(index=True)
    series_no: Mapped[int] = mapped_column(Integer, default=1)
    superseded_by: Mapped[uuid.UUID | None]
    # The file's text for the search index, cut at TEXT_LIMIT characters; NULL when none was read.
    text: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)


class MailMessage(Synced, Base):
    """An e-mail imported into the timeline: the meeting (interaction) of kind e-mail it became,
    and what identifies it, so the same message imported twice is recognised."""

    __tablename__ = "mail_message"
    interaction_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("interaction.id"), index=True)
    # The Message-ID header; without one, "sha256:" and the hash of the file's bytes.
    message_key: Mapped[str] = mapped_column(String(255), unique=True)
    sender: Mapped[str | None] = mapped_column(String(320))
    recipients: Mapped[str | None] = mapped_column(Text)  # one "Name <address>" a line, To then Cc
    subject: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None]
    sent_zone: Mapped[str | None] = mapped_column(String(8))  # the Date header's own offset: +09:00
    investor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("investor.id"), index=True)
    project_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("project.id"), index=True)
    delegation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("delegation.id"), index=True)


# The sentences of this module's errors live here, beside the tables, so the error table in
# domain/errors.py stays one list that other branches append to without conflict.
MESSAGES.update(
    {
        "document_too_large": msg(
            "domain.document_models",
            "The file is too large: {name} ({size_mb} MB). A file may be at most {limit_mb} MB.",
        ),
        "document_empty": msg("domain.document_models", "An empty file cannot be attached: {name}"),
        "document_unreadable": msg("domain.document_models", "Cannot read the file: {name} ({reason})"),
        "document_damaged": msg(
            "domain.document_models", "The stored document is damaged (its content does not match its hash): {name}"
        ),
        "record_kind": msg("domain.document_models", "Documents cannot be attached to a {value} (possible: {kinds})"),
        "mail_unreadable": msg("domain.document_models", "Cannot read the e-mail file: {name} ({reason})"),
        "mail_needs_record": msg(
            "domain.document_models",
            "None of this e-mail's people is a known contact of one investor: say which record it belongs to (--to, or drop it on the investor's window).",
        ),
        "mail_needs_investor": msg(
            "domain.document_models",
            "{record} has no investor, and none of this e-mail's people is a known contact of one: drop the e-mail on the investor's window (or give the investor with --to).",
        ),
        "mail_nobody": msg(
            "domain.document_models",
            "Not imported: no sender, recipient or date can be read in this e-mail file: {name}",
        ),
        "document_limit": msg("domain.document_models", "The limit is a number of MB above zero: {value}"),
        "document_unwritable": msg("domain.document_models", "Cannot write the file: {name} ({reason})"),
        "document_target_folder": msg(
            "domain.document_models", "That is a folder: give the name of a file to save to: {name}"
        ),
        "mail_format": msg("domain.document_models", "An e-mail file is a .msg or an .eml: {name}"),
    }
)
FIELD_LABELS.update(
    {
        "record": msg("domain.document_models", "Record"),
        "file": msg("domain.document_models", "File"),
        "investor, project or delegation": msg("domain.document_models", "investor, project or delegation"),
    }
)
