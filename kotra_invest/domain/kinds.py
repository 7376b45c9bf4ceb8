"""The words for each kind of record, in one list: what an error, a history, a pack report, a
search hit and the desktop's editors call a record of a table ("itinerary_item": "Itinerary item",
일정 항목), so that no two of them name the same kind differently."""

from __future__ import annotations

from kotra_invest.catalog import Message, msg

_MEETING = msg("domain.kinds", "Meeting")  # an interaction, as the desktop and the command line say it
_CASE = msg("domain.kinds", "Grievance case")

# Every table a history, a pack or a search names, and the words the command line and search use for
# some of them ("meeting", "case"). The desktop's own words: its editors' titles are read from here.
RECORD_KINDS: dict[str, Message] = {
    "investor":                 msg("domain.kinds", "Investor"),
    "contact":                  msg("domain.kinds", "Contact"),
    "project":                  msg("domain.kinds", "Project"),
    "fdi_amount":               msg("domain.kinds", "FDI amount"),
    "interaction":              _MEETING,
    "meeting":                  _MEETING,
    "task":                     msg("domain.kinds", "Task"),
    "delegation":               msg("domain.kinds", "Delegation"),
    "delegation_province":      msg("domain.kinds", "Participating province"),
    "delegation_destination":   msg("domain.kinds", "Destination"),
    "delegation_organisation":  msg("domain.kinds", "Participating organisation"),
    "delegation_member":        msg("domain.kinds", "Delegation member"),
    "itinerary_item":           msg("domain.kinds", "Itinerary item"),
    "meeting_target":           msg("domain.kinds", "Investor to meet"),
    "promotion_event":          msg("domain.kinds", "Promotion event"),
    "investor_site":            msg("domain.kinds", "Investor's site in Korea"),
    "recommendation_dismissal": msg("domain.kinds", "Dismissed recommendation"),
    "grievance_case":           _CASE,
    "case":                     _CASE,
    "incentive_application":    msg("domain.kinds", "Incentive application"),
    "procedure_milestone":      msg("domain.kinds", "Procedure milestone"),
    "enquiry":                  msg("domain.kinds", "Enquiry"),
    "document":                 msg("domain.kinds", "Document"),
    "mail_message":             msg("domain.kinds", "E-mail"),
    "officer":                  msg("domain.kinds", "Officer"),
    "office":                   msg("domain.kinds", "Office"),
    "country":                  msg("domain.kinds", "Country"),
    "province":                 msg("domain.kinds", "Province"),
    "region":                   msg("domain.kinds", "Region"),
    "industry":                 msg("domain.kinds", "Industry"),
    "fez":                      msg("domain.kinds", "FEZ"),
    "pipeline_stage":           msg("domain.kinds", "Pipeline stage"),
    "exchange_rate":            msg("domain.kinds", "Exchange rate"),
    "audit_log":                msg("domain.kinds", "Audit trail"),
    "access_log":               msg("domain.kinds", "Access log"),
}  # fmt: skip


def record_kind(entity: str, lang: str) -> str:
    """A kind of record, named by its table ("investor", "itinerary_item") or search's word for it
    ("case"), in words of `lang` ("투자가" / "Investor"); a kind without words, as it is named."""
    words = RECORD_KINDS.get(entity)
    return entity if words is None else words.text(lang)
