"""Closed vocabularies of the domain; their Korean and English labels live beside them."""

from __future__ import annotations

from enum import StrEnum


class Labelled(StrEnum):
    """A string enum whose members know their Korean and English labels."""

    def label(self, lang: str = "ko") -> str:
        ko, en = _LABELS[type(self).__name__][self.value]
        return ko if lang == "ko" else en


class RegionGroup(Labelled):
    MEGA_REGION = "mega_region"  # 5극
    SPECIAL_PROVINCE = "special_province"  # 3특


class CompanySize(Labelled):
    LARGE = "large"
    MIDSIZE = "midsize"
    SME = "sme"
    STARTUP = "startup"


class ProjectType(Labelled):
    """The ministry's two types. A new *or expanded* plant is greenfield; "expansion" is not a
    third type but greenfield + 증액 (`NewOrAdditional.ADDITIONAL`), so tables reconcile."""

    GREENFIELD = "greenfield"
    MNA = "mna"


class NewOrAdditional(Labelled):
    """The ministry's second axis: 신규 (a new investor) or 증액 (more from one already here)."""

    NEW = "new"
    ADDITIONAL = "additional"


class CountryBasis(Labelled):
    """Which of an investor's two countries a report counts by."""

    DIRECT = "direct"  # the direct investor's nationality, proven at 신고: the official statistics
    ULTIMATE = "ultimate"  # the ultimate parent's country (fDi Markets); tax-haven routing differs


class StageKind(Labelled):
    """Where a pipeline stage sits: moving forward, won (money notified/arrived), or aside."""

    OPEN = "open"
    WON = "won"
    SIDE = "side"


class FdiKind(Labelled):
    NOTIFIED = "notified"  # 신고: the investor filed the notification (pledge)
    ARRIVED = "arrived"  # 도착: the money came in


class InteractionKind(Labelled):
    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    SITE_VISIT = "site_visit"
    IR_EVENT = "ir_event"


class TaskStatus(Labelled):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class DelegationStatus(Labelled):
    PLANNING = "planning"
    CONFIRMED = "confirmed"
    TRAVELLING = "travelling"
    DONE = "done"
    CANCELLED = "cancelled"


class ItineraryKind(Labelled):
    MEETING = "meeting"
    IR_SEMINAR = "ir_seminar"
    SITE_VISIT = "site_visit"
    TRAVEL = "travel"
    OTHER = "other"


class OrganisationKind(Labelled):
    LOCAL_GOVERNMENT = "local_government"
    FEZ_AUTHORITY = "fez_authority"
    AGENCY = "agency"
    OTHER = "other"


class MeetingTargetStatus(Labelled):
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    MET = "met"
    DECLINED = "declined"


class Consent(Labelled):
    GIVEN = "given"
    NOT_ASKED = "not_asked"
    WITHDRAWN = "withdrawn"


class PromotionKind(Labelled):
    IR_SESSION = "ir_session"
    EXHIBITION = "exhibition"
    SUMMIT = "summit"
    WEBINAR = "webinar"


class OfficeKind(Labelled):
    HEADQUARTERS = "headquarters"
    REGIONAL_HQ = "regional_hq"  # 지방지원본부
    OVERSEAS = "overseas"  # 해외무역관


class Role(Labelled):
    ADMIN = "admin"
    OFFICER = "officer"
    LEADER = "leader"
    VIEWER = "viewer"


class AuditAction(Labelled):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"
    ERASE = "erase"  # personal data erased on request; the entry holds the reason, not the data


_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "RegionGroup": {"mega_region": ("5극", "Mega-region"), "special_province": ("3특", "Special province")},
    "CompanySize": {
        "large": ("대기업", "Large enterprise"),
        "midsize": ("중견기업", "Mid-sized company"),
        "sme": ("중소기업", "SME"),
        "startup": ("스타트업", "Start-up"),
    },
    "ProjectType": {
        "greenfield": ("그린필드", "Greenfield"),
        "mna": ("M&A", "M&A"),
    },
    "NewOrAdditional": {"new": ("신규", "New"), "additional": ("증액", "Additional (existing investor)")},
    "CountryBasis": {
        "direct": ("직접투자자 국적", "Direct investor's country"),
        "ultimate": ("최종모기업 국적", "Ultimate parent's country"),
    },
    "StageKind": {"open": ("진행", "Open"), "won": ("성사", "Won"), "side": ("보류·실패", "On hold / lost")},
    "FdiKind": {"notified": ("신고", "Notified (pledged)"), "arrived": ("도착", "Arrived")},
    "InteractionKind": {
        "meeting": ("면담", "Meeting"),
        "call": ("통화", "Call"),
        "email": ("이메일", "E-mail"),
        "site_visit": ("현장 방문", "Site visit"),
        "ir_event": ("IR 행사", "IR event"),
    },
    "TaskStatus": {"open": ("진행 중", "Open"), "done": ("완료", "Done"), "cancelled": ("취소", "Cancelled")},
    "DelegationStatus": {
        "planning": ("기획", "Planning"),
        "confirmed": ("확정", "Confirmed"),
        "travelling": ("출장 중", "Travelling"),
        "done": ("완료", "Done"),
        "cancelled": ("취소", "Cancelled"),
    },
    "ItineraryKind": {
        "meeting": ("면담", "Meeting"),
        "ir_seminar": ("IR 설명회", "IR seminar"),
        "site_visit": ("현장 방문", "Site visit"),
        "travel": ("이동", "Travel"),
        "other": ("기타", "Other"),
    },
    "OrganisationKind": {
        "local_government": ("지방자치단체", "Local government"),
        "fez_authority": ("경제자유구역청", "FEZ authority"),
        "agency": ("기관", "Agency"),
        "other": ("기타", "Other"),
    },
    "MeetingTargetStatus": {
        "proposed": ("제안", "Proposed"),
        "confirmed": ("확정", "Confirmed"),
        "met": ("면담 완료", "Met"),
        "declined": ("거절", "Declined"),
    },
    "Consent": {"given": ("동의", "Given"), "not_asked": ("미확인", "Not asked"), "withdrawn": ("철회", "Withdrawn")},
    "PromotionKind": {
        "ir_session": ("IR 설명회", "IR session"),
        "exhibition": ("전시회 공동관", "Exhibition booth"),
        "summit": ("서밋", "Summit"),
        "webinar": ("웨비나", "Webinar"),
    },
    "OfficeKind": {
        "headquarters": ("본사", "Headquarters"),
        "regional_hq": ("지방지원본부", "Regional headquarters"),
        "overseas": ("해외무역관 (KBC)", "Korea Business Center (KBC)"),
    },
    "Role": {
        "admin": ("관리자", "Administrator"),
        "officer": ("담당관", "Officer"),
        "leader": ("유치단장", "Delegation leader"),
        "viewer": ("열람자", "Viewer"),
    },
    "AuditAction": {
        "insert": ("생성", "Created"),
        "update": ("수정", "Changed"),
        "delete": ("삭제", "Deleted"),
        "restore": ("복원", "Restored"),
        "erase": ("개인정보 삭제", "Personal data erased"),
    },
}
