"""aftercare: grievance cases, incentive applications, procedure milestones, enquiries

The life of an investment after 신고 had no place in the data: four new tables, each a record that
travels in mission packs. The search index gains grievance cases and enquiries. On a shared server
that writes its own audit trail, the new tables get their audit triggers here; their row-level
security comes with the next `kotra-invest server init` (run after every upgrade).

Revision ID: 0013_aftercare
Revises: 0012_fdi_classification
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kotra_invest.store import search_index

SEARCH_INDEX_FINGERPRINT = "baa9ee5bb4b5fa86"

revision = "0013_aftercare"
down_revision = "0012_fdi_classification"
branch_labels = None
depends_on = None

TABLES = ("grievance_case", "incentive_application", "procedure_milestone", "enquiry")


def _enum(*values: str, name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=32)


def _synced() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))


def _indexes(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "grievance_case",
        sa.Column("investor_id", sa.Uuid(), nullable=False),
        sa.Column("project_id", sa.Uuid(), nullable=True),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column(
            "category",
            _enum(
                "tax",
                "procedure",
                "labour",
                "regulatory",
                "construction",
                "finance",
                "customs",
                "living",
                "trade",
                name="casecategory",
            ),
            nullable=False,
        ),
        sa.Column("agency", sa.String(length=160), nullable=True),
        sa.Column("home_doctor_id", sa.Uuid(), nullable=True),
        sa.Column(
            "status", _enum("received", "acknowledged", "resolved", "withdrawn", name="casestatus"), nullable=False
        ),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("acknowledged_on", sa.Date(), nullable=True),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("policy_proposal", sa.Text(), nullable=True),
        *_synced(),
        _fk("grievance_case", "investor_id", "investor"),
        _fk("grievance_case", "project_id", "project"),
        _fk("grievance_case", "home_doctor_id", "officer"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grievance_case")),
    )
    _indexes("grievance_case", "investor_id", "project_id", "home_doctor_id")
    op.create_index("ix_grievance_case_open", "grievance_case", ["status", "received_on", "deleted_at"], unique=False)

    op.create_table(
        "incentive_application",
        sa.Column("project_id", sa.Uuid(), nullable=False),
        sa.Column(
            "incentive_type",
            _enum(
                "cash_grant",
                "fiz_rent",
                "customs",
                "local_tax",
                "employment",
                "training",
                "other",
                name="incentivetype",
            ),
            nullable=False,
        ),
        sa.Column(
            "granting_body", _enum("ministry", "local_government", "fez_authority", name="grantingbody"), nullable=False
        ),
        sa.Column("granting_body_name", sa.String(length=160), nullable=True),
        sa.Column(
            "status",
            _enum("applied", "approved", "paid", "rejected", "withdrawn", "clawed_back", name="incentivestatus"),
            nullable=False,
        ),
        sa.Column("amount", sa.Numeric(precision=20, scale=2, asdecimal=True), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("applied_on", sa.Date(), nullable=True),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("jobs_required", sa.Integer(), nullable=True),
        sa.Column("keep_years", sa.Integer(), nullable=True),
        sa.Column("conditions", sa.Text(), nullable=True),
        sa.Column("clawback", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        *_synced(),
        _fk("incentive_application", "project_id", "project"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incentive_application")),
    )
    _indexes("incentive_application", "project_id")

    op.create_table(
        "procedure_milestone",
        sa.Column("project_id", sa.Uuid(), nullable=False),
        sa.Column(
            "step",
            _enum(
                "remittance",
                "incorporation",
                "business_registration",
                "fic_registration",
                "security_review",
                name="milestonestep",
            ),
            nullable=False,
        ),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("document", sa.String(length=200), nullable=True),
        sa.Column("recorded_by_id", sa.Uuid(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *_synced(),
        _fk("procedure_milestone", "project_id", "project"),
        _fk("procedure_milestone", "recorded_by_id", "officer"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procedure_milestone")),
    )
    _indexes("procedure_milestone", "project_id", "recorded_by_id")

    op.create_table(
        "enquiry",
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column(
            "source",
            _enum("email", "phone", "website", "event", "overseas_office", "referral", "walk_in", name="enquirysource"),
            nullable=False,
        ),
        sa.Column("investor_id", sa.Uuid(), nullable=True),
        sa.Column("company", sa.String(length=200), nullable=True),
        sa.Column("contact_name", sa.String(length=160), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("acknowledged_on", sa.Date(), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("priority", _enum("high", "normal", "low", name="enquirypriority"), nullable=False),
        sa.Column("answer", sa.Text(), nullable=True),
        *_synced(),
        _fk("enquiry", "investor_id", "investor"),
        _fk("enquiry", "owner_id", "officer"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enquiry")),
    )
    _indexes("enquiry", "investor_id", "received_on", "owner_id")

    conn = op.get_bind()
    search_index.recreate(conn)
    if conn.dialect.name == "postgresql":
        from kotra_invest.store import pg_audit

        if pg_audit.database_writes_audit(conn):
            # The server writes the audit trail itself: the new records are audited from their first row.
            for table in TABLES:
                conn.exec_driver_sql(
                    f'CREATE TRIGGER kotra_audit AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
                    "FOR EACH ROW EXECUTE FUNCTION kotra_audit_row()"
                )


def downgrade() -> None:
    conn = op.get_bind()
    search_index.drop_kinds(conn, ("case", "enquiry"))
    for table in reversed(TABLES):
        op.drop_table(table)
