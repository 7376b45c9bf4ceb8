"""Closed vocabularies of the domain; their Korean and English labels live beside them."""

from __future__ import annotations

from enum import StrEnum

from kotra_invest.catalog import Message, msg

# The kinds of records a file can be imported as (importers.mapping declares each one's columns).
# Here, not in the importers, so the command line offers them without loading the import engine
# (and the ORM with it) at start-up.
IMPORT_KINDS = (
    "investors",
    "contacts",
    "projects",
    "interactions",
    "delegations",
    "tasks",
    "itinerary",
    "members",
    "cases",
    "incentives",
    "enquiries",
)


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


_LABELS: dict[str, dict[str, Message]] = {
    "RegionGroup": {
        "mega_region": msg("domain.enums", "Mega-region"),
        "special_province": msg("domain.enums", "Special province"),
    },
    "CompanySize": {
        "large": msg("domain.enums", "Large enterprise"),
        "midsize": msg("domain.enums", "Mid-sized company"),
        "sme": msg("domain.enums", "SME"),
        "startup": msg("domain.enums", "Start-up"),
    },
    "ProjectType": {
        "greenfield": msg("domain.enums", "Greenfield"),
        "mna": msg("domain.enums", "M&A"),
    },
    "NewOrAdditional": {
        "new": msg("domain.enums", "New"),
        "additional": msg("domain.enums", "Additional (existing investor)"),
    },
    "CountryBasis": {
        "direct": msg("domain.enums", "Direct investor's country"),
        "ultimate": msg("domain.enums", "Ultimate parent's country"),
    },
    "StageKind": {
        "open": msg("domain.enums", "Open", "StageKind"),
        "won": msg("domain.enums", "Won"),
        "side": msg("domain.enums", "On hold / lost"),
    },
    "FdiKind": {"notified": msg("domain.enums", "Notified (pledged)"), "arrived": msg("domain.enums", "Arrived")},
    "InteractionKind": {
        "meeting": msg("domain.enums", "Meeting"),
        "call": msg("domain.enums", "Call"),
        "email": msg("domain.enums", "E-mail"),
        "site_visit": msg("domain.enums", "Site visit"),
        "ir_event": msg("domain.enums", "IR event"),
    },
    "TaskStatus": {
        "open": msg("domain.enums", "Open", "TaskStatus"),
        "done": msg("domain.enums", "Done"),
        "cancelled": msg("domain.enums", "Cancelled"),
    },
    "DelegationStatus": {
        "planning": msg("domain.enums", "Planning"),
        "confirmed": msg("domain.enums", "Confirmed"),
        "travelling": msg("domain.enums", "Travelling"),
        "done": msg("domain.enums", "Done"),
        "cancelled": msg("domain.enums", "Cancelled"),
    },
    "ItineraryKind": {
        "meeting": msg("domain.enums", "Meeting"),
        "ir_seminar": msg("domain.enums", "IR seminar"),
        "site_visit": msg("domain.enums", "Site visit"),
        "travel": msg("domain.enums", "Travel"),
        "other": msg("domain.enums", "Other"),
    },
    "OrganisationKind": {
        "local_government": msg("domain.enums", "Local government"),
        "fez_authority": msg("domain.enums", "FEZ authority"),
        "agency": msg("domain.enums", "Agency"),
        "other": msg("domain.enums", "Other"),
    },
    "MeetingTargetStatus": {
        "proposed": msg("domain.enums", "Proposed"),
        "confirmed": msg("domain.enums", "Confirmed"),
        "met": msg("domain.enums", "Met"),
        "declined": msg("domain.enums", "Declined"),
    },
    "Consent": {
        "given": msg("domain.enums", "Given"),
        "not_asked": msg("domain.enums", "Not asked"),
        "withdrawn": msg("domain.enums", "Withdrawn"),
    },
    "PromotionKind": {
        "ir_session": msg("domain.enums", "IR session"),
        "exhibition": msg("domain.enums", "Exhibition booth"),
        "summit": msg("domain.enums", "Summit"),
        "webinar": msg("domain.enums", "Webinar"),
    },
    "OfficeKind": {
        "headquarters": msg("domain.enums", "Headquarters"),
        "regional_hq": msg("domain.enums", "Regional headquarters"),
        "overseas": msg("domain.enums", "Korea Business Center (KBC)"),
    },
    "Role": {
        "admin": msg("domain.enums", "Administrator"),
        "officer": msg("domain.enums", "Officer"),
        "leader": msg("domain.enums", "Delegation leader"),
        "viewer": msg("domain.enums", "Viewer"),
    },
    "AuditAction": {
        "insert": msg("domain.enums", "Created"),
        "update": msg("domain.enums", "Changed"),
        "delete": msg("domain.enums", "Deleted"),
        "restore": msg("domain.enums", "Restored"),
        "erase": msg("domain.enums", "Personal data erased"),
    },
}
