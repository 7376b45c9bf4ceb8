"""After 신고: grievance cases (aftercare), incentive applications, procedure milestones, enquiries.

Most FDI is expansion by investors already here, so aftercare is the pipeline's source: the
Foreign Investment Ombudsman's Home Doctors take an investor's grievance to the ministry or
agency that can act, and a case is kept with its received / acknowledged / resolved dates so
its age can be held against the target times (settings). Every table travels in mission packs
(`Synced`) and is owned as domain/rules.py says.
"""

# No `from __future__ import annotations`: SQLAlchemy would evaluate every annotation as a string
# (see domain/models.py); a class named before it is defined is quoted.

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kotra_invest.catalog import Message, msg

# The models module first, whoever imports this one first: it registers how enums are stored (by
# value, in a VARCHAR); a class mapped before that would store its members' names.
from kotra_invest.domain import errors
from kotra_invest.domain import models as _models  # noqa: F401
from kotra_invest.domain.base import Base, Synced
from kotra_invest.domain.enums import Labelled


class _Labelled(Labelled):
    """A vocabulary of this module: its labels live below, beside the enums."""

    def label(self, lang: str = "ko") -> str:
        ko, en = AFTERCARE_LABELS[type(self).__name__][self.value]
        return ko if lang == "ko" else en


class CaseCategory(_Labelled):
    TAX = "tax"
    PROCEDURE = "procedure"
    LABOUR = "labour"
    REGULATORY = "regulatory"
    CONSTRUCTION = "construction"
    FINANCE = "finance"
    CUSTOMS = "customs"
    LIVING = "living"
    TRADE = "trade"


class CaseStatus(_Labelled):
    RECEIVED = "received"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"
    WITHDRAWN = "withdrawn"


# A case still waiting on someone. Here rather than in services.aftercare, so that the dashboard's
# map (services.korea_map) counts open cases without importing that service, which the desktop's
# first page does not otherwise need (~35 ms of its start, issue 15).
OPEN_CASE = (CaseStatus.RECEIVED, CaseStatus.ACKNOWLEDGED)


class IncentiveType(_Labelled):
    CASH_GRANT = "cash_grant"
    FIZ_RENT = "fiz_rent"  # 외국인투자지역 designation and rent relief
    CUSTOMS = "customs"
    LOCAL_TAX = "local_tax"
    EMPLOYMENT = "employment"
    TRAINING = "training"
    OTHER = "other"


class GrantingBody(_Labelled):
    MINISTRY = "ministry"
    LOCAL_GOVERNMENT = "local_government"
    FEZ_AUTHORITY = "fez_authority"


class IncentiveStatus(_Labelled):
    """Where an application stands; each step has its date on the application."""

    APPLIED = "applied"
    APPROVED = "approved"
    PAID = "paid"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    CLAWED_BACK = "clawed_back"


class MilestoneStep(_Labelled):
    REMITTANCE = "remittance"
    INCORPORATION = "incorporation"
    BUSINESS_REGISTRATION = "business_registration"
    FIC_REGISTRATION = "fic_registration"  # 외국인투자기업 등록
    SECURITY_REVIEW = "security_review"  # 국가안보 심사: started on `on_date`, ended on `ends_on`


class EnquirySource(_Labelled):
    EMAIL = "email"
    PHONE = "phone"
    WEBSITE = "website"
    EVENT = "event"
    OVERSEAS_OFFICE = "overseas_office"
    REFERRAL = "referral"
    WALK_IN = "walk_in"


class EnquiryPriority(_Labelled):
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


AFTERCARE_LABELS: dict[str, dict[str, Message]] = {
    "CaseCategory": {
        "tax": msg("domain.aftercare_models", "Tax"),
        "procedure": msg("domain.aftercare_models", "Investment procedure"),
        "labour": msg("domain.aftercare_models", "Labour"),
        "regulatory": msg("domain.aftercare_models", "Legal / regulatory"),
        "construction": msg("domain.aftercare_models", "Building / construction"),
        "finance": msg("domain.aftercare_models", "Finance"),
        "customs": msg("domain.aftercare_models", "Customs"),
        "living": msg("domain.aftercare_models", "Living / settling in"),
        "trade": msg("domain.aftercare_models", "Import / export"),
    },
    "CaseStatus": {
        "received": msg("domain.aftercare_models", "Received", "received"),
        "acknowledged": msg("domain.aftercare_models", "Acknowledged", "acknowledged"),
        "resolved": msg("domain.aftercare_models", "Resolved", "resolved"),
        "withdrawn": msg("domain.aftercare_models", "Withdrawn"),
    },
    "IncentiveType": {
        "cash_grant": msg("domain.aftercare_models", "Cash grant"),
        "fiz_rent": msg("domain.aftercare_models", "Foreign investment zone rent relief"),
        "customs": msg("domain.aftercare_models", "Customs relief"),
        "local_tax": msg("domain.aftercare_models", "Local-tax relief"),
        "employment": msg("domain.aftercare_models", "Job subsidy"),
        "training": msg("domain.aftercare_models", "Training subsidy"),
        "other": msg("domain.aftercare_models", "Other"),
    },
    "GrantingBody": {
        "ministry": msg("domain.aftercare_models", "Ministry"),
        "local_government": msg("domain.aftercare_models", "Local government"),
        "fez_authority": msg("domain.aftercare_models", "FEZ authority"),
    },
    "IncentiveStatus": {
        "applied": msg("domain.aftercare_models", "Applied", "applied"),
        "approved": msg("domain.aftercare_models", "Approved", "approved"),
        "paid": msg("domain.aftercare_models", "Paid", "paid"),
        "rejected": msg("domain.aftercare_models", "Rejected"),
        "withdrawn": msg("domain.aftercare_models", "Withdrawn"),
        "clawed_back": msg("domain.aftercare_models", "Clawed back"),
    },
    "MilestoneStep": {
        "remittance": msg("domain.aftercare_models", "Remittance"),
        "incorporation": msg("domain.aftercare_models", "Incorporation"),
        "business_registration": msg("domain.aftercare_models", "Business registration"),
        "fic_registration": msg("domain.aftercare_models", "Registration as a foreign-invested company"),
        "security_review": msg("domain.aftercare_models", "National-security review"),
    },
    "EnquirySource": {
        "email": msg("domain.aftercare_models", "E-mail"),
        "phone": msg("domain.aftercare_models", "Phone"),
        "website": msg("domain.aftercare_models", "Website"),
        "event": msg("domain.aftercare_models", "Event"),
        "overseas_office": msg("domain.aftercare_models", "Korea Business Center"),
        "referral": msg("domain.aftercare_models", "Referral"),
        "walk_in": msg("domain.aftercare_models", "Walk-in"),
    },
    "EnquiryPriority": {
        "high": msg("domain.aftercare_models", "High"),
        "normal": msg("domain.aftercare_models", "Normal"),
        "low": msg("domain.aftercare_models", "Low"),
    },
}


class GrievanceCase(Synced, Base):
    """An investor's grievance, taken up by a Home Doctor with the ministry or agency that can act."""

    __tablename__ = "grievance_case"
    # The Aftercare page: open cases, oldest first, without reading the closed ones.
    __table_args__ = (Index("ix_grievance_case_open", "status", "received_on", "deleted_at"),)
    investor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("investor.id"), index=True)
    project_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("project.id"), index=True)
    subject: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    category: Mapped[CaseCategory]
    agency: Mapped[str | None] = mapped_column(String(160))  # the ministry or agency involved
    home_doctor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"), index=True)
    status: Mapped[CaseStatus] = mapped_column(default=CaseStatus.RECEIVED)
    received_on: Mapped[date] = mapped_column(Date)
    acknowledged_on: Mapped[date | None] = mapped_column(Date)
    resolved_on: Mapped[date | None] = mapped_column(Date)
    resolution: Mapped[str | None] = mapped_column(Text)
    policy_proposal: Mapped[str | None] = mapped_column(Text)  # a rule worth changing, for the ministry


class IncentiveApplication(Synced, Base):
    """An application for an incentive on a project: applied → approved → paid (or refused, clawed back)."""

    __tablename__ = "incentive_application"
    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("project.id"), index=True)
    incentive_type: Mapped[IncentiveType]
    granting_body: Mapped[GrantingBody]
    granting_body_name: Mapped[str | None] = mapped_column(String(160))  # 산업통상부, 충청북도, 인천경제자유구역청 …
    status: Mapped[IncentiveStatus] = mapped_column(default=IncentiveStatus.APPLIED)
    amount: Mapped[Decimal | None]
    currency: Mapped[str] = mapped_column(String(3), default="KRW")
    applied_on: Mapped[date | None] = mapped_column(Date)
    approved_on: Mapped[date | None] = mapped_column(Date)
    paid_on: Mapped[date | None] = mapped_column(Date)
    jobs_required: Mapped[int | None]  # the jobs the investor must create
    keep_years: Mapped[int | None]  # the years the investment must be kept
    conditions: Mapped[str | None] = mapped_column(Text)
    clawback: Mapped[str | None] = mapped_column(Text)  # the terms, or what was clawed back and why
    notes: Mapped[str | None] = mapped_column(Text)


class ProcedureMilestone(Synced, Base):
    """A dated step of an investment's procedure after 신고, with who recorded it."""

    __tablename__ = "procedure_milestone"
    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("project.id"), index=True)
    step: Mapped[MilestoneStep]
    on_date: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)  # a security review's end
    document: Mapped[str | None] = mapped_column(String(200))  # 신고필증, 등록증명서 … and its number
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"), index=True)
    note: Mapped[str | None] = mapped_column(Text)


class Enquiry(Synced, Base):
    """An incoming enquiry, from an investor or someone not yet one, held against response-time targets."""

    __tablename__ = "enquiry"
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str | None] = mapped_column(Text)
    source: Mapped[EnquirySource]
    investor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("investor.id"), index=True)
    company: Mapped[str | None] = mapped_column(String(200))  # who asked, while not yet an investor
    contact_name: Mapped[str | None] = mapped_column(String(160))
    received_on: Mapped[date] = mapped_column(Date, index=True)
    acknowledged_on: Mapped[date | None] = mapped_column(Date)
    answered_on: Mapped[date | None] = mapped_column(Date)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"), index=True)
    priority: Mapped[EnquiryPriority] = mapped_column(default=EnquiryPriority.NORMAL)
    answer: Mapped[str | None] = mapped_column(Text)


# The words for this module's fields and errors join the shared tables here, where the records are
# declared, so a branch that adds record kinds adds its words without touching everyone's lists.
errors.MESSAGES.update(
    {
        "status_needs_date": msg("domain.aftercare_models", "{field}: this status needs its date."),
        "before_received": msg("domain.aftercare_models", "{field} cannot be before the day it was received."),
        "steps_out_of_order": msg("domain.aftercare_models", "{field} is before the date of the step before it."),
        "investor_or_company": msg(
            "domain.aftercare_models", "Choose an investor or type the name of the company that asked."
        ),
        "incentive_not_forward": msg(
            "domain.aftercare_models",
            "This application is already {value}, so it cannot be marked {target}; edit its status instead.",
        ),
        "ends_only_review": msg("domain.aftercare_models", "Only a national-security review has an end date."),
        "target_days": msg("domain.aftercare_models", "A target is 1 to 365 days: {value}"),
    }
)
errors.FIELD_LABELS.update(
    {
        "subject": msg("domain.aftercare_models", "Subject"),
        "category": msg("domain.aftercare_models", "Category"),
        "agency": msg("domain.aftercare_models", "Ministry or agency"),
        "home_doctor": msg("domain.aftercare_models", "Home Doctor"),
        "received_on": msg("domain.aftercare_models", "Received", "received_on"),
        "acknowledged_on": msg("domain.aftercare_models", "Acknowledged", "acknowledged_on"),
        "resolved_on": msg("domain.aftercare_models", "Resolved", "resolved_on"),
        "resolution": msg("domain.aftercare_models", "Resolution"),
        "policy_proposal": msg("domain.aftercare_models", "Policy-improvement proposal"),
        "incentive_type": msg("domain.aftercare_models", "Incentive type"),
        "granting_body": msg("domain.aftercare_models", "Granting body"),
        "applied_on": msg("domain.aftercare_models", "Applied", "applied_on"),
        "approved_on": msg("domain.aftercare_models", "Approved", "approved_on"),
        "paid_on": msg("domain.aftercare_models", "Paid", "paid_on"),
        "jobs_required": msg("domain.aftercare_models", "Jobs to create"),
        "keep_years": msg("domain.aftercare_models", "Years to keep"),
        "step": msg("domain.aftercare_models", "Step"),
        "ends_on": msg("domain.aftercare_models", "Ended"),
        "answered_on": msg("domain.aftercare_models", "Answered"),
        "source": msg("domain.aftercare_models", "Source"),
        "priority": msg("domain.aftercare_models", "Priority"),
    }
)
