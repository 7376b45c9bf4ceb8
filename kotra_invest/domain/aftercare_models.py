"""After 신고: grievance cases (aftercare), incentive applications, procedure milestones, enquiries.

Most FDI is expansion by investors already here, so aftercare is the pipeline's source: the
Foreign Investment Ombudsman's Home Doctors take an investor's grievance to the ministry or
agency that can act, and a case is kept with its received / acknowledged / resolved dates so
its age can be held against the target times (settings). Every table travels in mission packs
(`Synced`) and is owned as domain/rules.py says.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

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


AFTERCARE_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "CaseCategory": {
        "tax": ("조세", "Tax"),
        "procedure": ("투자 절차", "Investment procedure"),
        "labour": ("노무", "Labour"),
        "regulatory": ("법률·규제", "Legal / regulatory"),
        "construction": ("건축·입지", "Building / construction"),
        "finance": ("금융", "Finance"),
        "customs": ("통관", "Customs"),
        "living": ("생활·정주", "Living / settling in"),
        "trade": ("수출입", "Import / export"),
    },
    "CaseStatus": {
        "received": ("접수", "Received"),
        "acknowledged": ("처리 중", "Acknowledged"),
        "resolved": ("해결", "Resolved"),
        "withdrawn": ("취하", "Withdrawn"),
    },
    "IncentiveType": {
        "cash_grant": ("현금지원", "Cash grant"),
        "fiz_rent": ("외국인투자지역 임대료 감면", "Foreign investment zone rent relief"),
        "customs": ("관세 감면", "Customs relief"),
        "local_tax": ("지방세 감면", "Local-tax relief"),
        "employment": ("고용보조금", "Job subsidy"),
        "training": ("교육훈련보조금", "Training subsidy"),
        "other": ("기타", "Other"),
    },
    "GrantingBody": {
        "ministry": ("중앙부처", "Ministry"),
        "local_government": ("지방자치단체", "Local government"),
        "fez_authority": ("경제자유구역청", "FEZ authority"),
    },
    "IncentiveStatus": {
        "applied": ("신청", "Applied"),
        "approved": ("승인", "Approved"),
        "paid": ("지급", "Paid"),
        "rejected": ("불승인", "Rejected"),
        "withdrawn": ("취하", "Withdrawn"),
        "clawed_back": ("환수", "Clawed back"),
    },
    "MilestoneStep": {
        "remittance": ("투자자금 송금", "Remittance"),
        "incorporation": ("법인 설립", "Incorporation"),
        "business_registration": ("사업자 등록", "Business registration"),
        "fic_registration": ("외국인투자기업 등록", "Registration as a foreign-invested company"),
        "security_review": ("국가안보 심사", "National-security review"),
    },
    "EnquirySource": {
        "email": ("이메일", "E-mail"),
        "phone": ("전화", "Phone"),
        "website": ("웹사이트", "Website"),
        "event": ("행사", "Event"),
        "overseas_office": ("해외무역관", "Korea Business Center"),
        "referral": ("소개", "Referral"),
        "walk_in": ("방문", "Walk-in"),
    },
    "EnquiryPriority": {"high": ("높음", "High"), "normal": ("보통", "Normal"), "low": ("낮음", "Low")},
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
        "status_needs_date": (
            "{field} 상태에는 그 날짜가 필요합니다.",
            "{field}: this status needs its date.",
        ),
        "before_received": (
            "{field}은(는) 접수일보다 앞설 수 없습니다.",
            "{field} cannot be before the day it was received.",
        ),
        "steps_out_of_order": (
            "{field}이(가) 앞 단계의 날짜보다 앞섭니다.",
            "{field} is before the date of the step before it.",
        ),
        "investor_or_company": (
            "투자가를 고르거나 문의한 회사 이름을 입력하세요.",
            "Choose an investor or type the name of the company that asked.",
        ),
        "incentive_not_forward": (
            "이 신청은 이미 '{value}' 상태여서 '{target}'(으)로 옮길 수 없습니다. 상태를 직접 고치세요.",
            "This application is already {value}, so it cannot be marked {target}; edit its status instead.",
        ),
        "ends_only_review": (
            "종료일은 국가안보 심사에만 있습니다.",
            "Only a national-security review has an end date.",
        ),
        "target_days": ("목표 처리일수는 1~365일이어야 합니다: {value}", "A target is 1 to 365 days: {value}"),
    }
)
errors.FIELD_LABELS.update(
    {
        "grievance_case": ("고충 사례", "Grievance case"),
        "incentive_application": ("인센티브 신청", "Incentive application"),
        "procedure_milestone": ("절차 단계", "Procedure milestone"),
        "enquiry": ("투자 문의", "Enquiry"),
        "subject": ("제목", "Subject"),
        "category": ("분야", "Category"),
        "agency": ("관계 부처·기관", "Ministry or agency"),
        "home_doctor": ("홈닥터", "Home Doctor"),
        "received_on": ("접수일", "Received"),
        "acknowledged_on": ("착수일", "Acknowledged"),
        "resolved_on": ("해결일", "Resolved"),
        "resolution": ("처리 결과", "Resolution"),
        "policy_proposal": ("제도개선 건의", "Policy-improvement proposal"),
        "incentive_type": ("인센티브 종류", "Incentive type"),
        "granting_body": ("지원 기관", "Granting body"),
        "applied_on": ("신청일", "Applied"),
        "approved_on": ("승인일", "Approved"),
        "paid_on": ("지급일", "Paid"),
        "jobs_required": ("고용 조건(명)", "Jobs to create"),
        "keep_years": ("유지 기간(년)", "Years to keep"),
        "step": ("단계", "Step"),
        "ends_on": ("종료일", "Ended"),
        "answered_on": ("답변일", "Answered"),
        "source": ("경로", "Source"),
        "priority": ("우선순위", "Priority"),
    }
)
