"""documents and e-mails in the record: files stored in the database, searched like the rest

Files are stored once per content (document_blob, named by SHA-256) in 1 MiB chunks
(document_chunk); each record's copy is a document row, versioned and tombstoned like any
record; an imported e-mail is a mail_message naming the meeting it became. Documents join the
search index (file name and extracted text), so the whole index is rebuilt.

Revision ID: 0014_documents
Revises: 0013_aftercare
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kotra_invest.domain.base import UTCDateTime
from kotra_invest.store import search_index

SEARCH_INDEX_FINGERPRINT = "79c6d0dbbc3aeafc"

revision = "0014_documents"
down_revision = "0013_aftercare"
branch_labels = None
depends_on = None


def _synced() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
    ]


def _fk(column: str, table: str, name: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{table}.id"], name=f"fk_{name}_{column}_{table}")


def upgrade() -> None:
    op.create_table(
        "document_blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("chunks", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name="pk_document_blob"),
    )
    op.create_table(
        "document_chunk",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sha256"], ["document_blob.sha256"], name="fk_document_chunk_sha256_document_blob", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("sha256", "seq", name="pk_document_chunk"),
    )
    op.create_table(
        "document",
        *_synced(),
        sa.Column("record_kind", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("investor_id", sa.Uuid(), nullable=True),
        sa.Column("project_id", sa.Uuid(), nullable=True),
        sa.Column("delegation_id", sa.Uuid(), nullable=True),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("drm", sa.String(length=32), nullable=True),
        sa.Column("series_id", sa.Uuid(), nullable=False),
        sa.Column("series_no", sa.Integer(), nullable=False),
        sa.Column("superseded_by", sa.Uuid(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        _fk("investor_id", "investor", "document"),
        _fk("project_id", "project", "document"),
        _fk("delegation_id", "delegation", "document"),
        _fk("contact_id", "contact", "document"),
        sa.ForeignKeyConstraint(["sha256"], ["document_blob.sha256"], name="fk_document_sha256_document_blob"),
        sa.PrimaryKeyConstraint("id", name="pk_document"),
    )
    for column in ("investor_id", "project_id", "delegation_id", "contact_id", "sha256", "series_id"):
        op.create_index(f"ix_document_{column}", "document", [column])
    op.create_index("ix_document_record", "document", ["record_kind", "record_id", "deleted_at"])
    op.create_table(
        "mail_message",
        *_synced(),
        sa.Column("interaction_id", sa.Uuid(), nullable=False),
        sa.Column("message_key", sa.String(length=255), nullable=False),
        sa.Column("sender", sa.String(length=320), nullable=True),
        sa.Column("recipients", sa.Text(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=True),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.Column("sent_zone", sa.String(length=8), nullable=True),
        sa.Column("investor_id", sa.Uuid(), nullable=True),
        sa.Column("project_id", sa.Uuid(), nullable=True),
        sa.Column("delegation_id", sa.Uuid(), nullable=True),
        _fk("interaction_id", "interaction", "mail_message"),
        _fk("investor_id", "investor", "mail_message"),
        _fk("project_id", "project", "mail_message"),
        _fk("delegation_id", "delegation", "mail_message"),
        sa.PrimaryKeyConstraint("id", name="pk_mail_message"),
        sa.UniqueConstraint("message_key", name="uq_mail_message_message_key"),
    )
    for column in ("interaction_id", "investor_id", "project_id", "delegation_id"):
        op.create_index(f"ix_mail_message_{column}", "mail_message", [column])
    search_index.recreate(op.get_bind())


def downgrade() -> None:
    # Only the documents' part of the index goes: the other kinds' objects are 0008's, unchanged.
    search_index.drop_kind(op.get_bind(), "document")
    op.drop_table("mail_message")
    op.drop_table("document")
    op.drop_table("document_chunk")
    op.drop_table("document_blob")
