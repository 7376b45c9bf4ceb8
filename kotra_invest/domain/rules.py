"""Who may see and change which record: the one statement of the rules, read by two enforcers.

The service layer (`services.access.require_edit`, run on every flush on both engines) and the
shared server's row-level security policies (`store.pg_security`, installed by
`kotra-invest server init`) are both generated from RULES below. A record kind added without a
rule cannot be written by anyone but an admin on either engine (`rule_for`), so forgetting to
state a rule fails closed.

The role table the rules implement:

| role    | may change                                                                    |
|---------|-------------------------------------------------------------------------------|
| admin   | everything                                                                    |
| officer | their own and their office's records; a record nobody owns                  |
| leader  | as officer, plus the investors (and their contacts, projects, meetings, tasks)
|         | that the delegations they lead mean to meet                                   |
| viewer  | nothing                                                                       |

A delegation (and each of its parts) is changed by its leader, the leader's office, its members
and admins. Reference data and the officers themselves are changed by admins only.

What nobody but the owner, the owner's office and admins may see: a confidential project and
every record that speaks of it (its FDI tranches, meetings about it, tasks on it, their search
documents and their history). For anyone else they do not exist.
"""

from __future__ import annotations

from dataclasses import dataclass

# The PostgreSQL group roles the application's roles are (docs/operations.md): the server says
# who is what; `server init` creates them, `officers add|set-role` grants them.
GROUP_ROLES: dict[str, str] = {
    "admin": "kotra_admin",
    "leader": "kotra_leader",
    "officer": "kotra_officer",
    "viewer": "kotra_viewer",
}


@dataclass(frozen=True)
class RecordRule:
    """How one table's records are owned, and by what they are hidden.

    owner: the column naming the officer who owns the record.
    parents: (column, table) pairs: when there is no owner column, or it is empty, the record is
        owned as the first of these parents that has an owner (a contact as its investor, a
        tranche as its project, a task as its project, else its investor, else its delegation).
    also: the column naming one more officer who may change the record (a task's assignee).
    investor: the column naming the investor the record is about: leaders of delegations that
        mean to meet that investor may change it too.
    delegation: the column naming a delegation whose members may change the record.
    project: the column naming the project whose confidentiality hides the record ("id" for the
        project itself).
    admin_only: reference data and users: admins only.
    links: a many-to-many link table; rows come and go as the parent's list changes (the only
        rows ever deleted, so the only DELETE granted).
    """

    table: str
    owner: str | None = None
    parents: tuple[tuple[str, str], ...] = ()
    also: str | None = None
    investor: str | None = None
    delegation: str | None = None
    project: str | None = None
    admin_only: bool = False
    links: bool = False


_INVESTOR = (("investor_id", "investor"),)
_DELEGATION_PART = {"parents": (("delegation_id", "delegation"),), "delegation": "delegation_id"}

RULES: dict[str, RecordRule] = {
    rule.table: rule
    for rule in (
        RecordRule("investor", owner="owner_id", investor="id"),
        RecordRule("contact", parents=_INVESTOR, investor="investor_id"),
        RecordRule("project", owner="owner_id", parents=_INVESTOR, investor="investor_id", project="id"),
        RecordRule("fdi_amount", parents=(("project_id", "project"),), project="project_id"),
        # A meeting belongs to the officer who held it, else to the investor's owner.
        RecordRule("interaction", owner="officer_id", parents=_INVESTOR, investor="investor_id", project="project_id"),
        # A task belongs to what it is about; its assignee may change it too (complete it).
        RecordRule(
            "task",
            parents=(("project_id", "project"), ("investor_id", "investor"), ("delegation_id", "delegation")),
            also="assignee_id",
            investor="investor_id",
            delegation="delegation_id",
            project="project_id",
        ),
        RecordRule("delegation", owner="leader_id", delegation="id"),
        # A document (and an imported e-mail) belongs to what its record speaks of, as a task does;
        # a confidential project's documents are as hidden as the project.
        *(
            RecordRule(
                table,
                parents=(("project_id", "project"), ("investor_id", "investor"), ("delegation_id", "delegation")),
                investor="investor_id",
                delegation="delegation_id",
                project="project_id",
            )
            for table in ("document", "mail_message")
        ),
        RecordRule("delegation_province", **_DELEGATION_PART),  # type: ignore[arg-type]
        RecordRule("delegation_organisation", **_DELEGATION_PART),  # type: ignore[arg-type]
        RecordRule("delegation_destination", **_DELEGATION_PART),  # type: ignore[arg-type]
        RecordRule("delegation_member", **_DELEGATION_PART),  # type: ignore[arg-type]
        RecordRule("itinerary_item", **_DELEGATION_PART),  # type: ignore[arg-type]
        RecordRule("meeting_target", **_DELEGATION_PART),  # type: ignore[arg-type]
        RecordRule("delegation_fez", links=True, **_DELEGATION_PART),  # type: ignore[arg-type]
        # An investor's Korean sites are changed with the investor; a dismissed recommendation
        # belongs to its delegation.
        RecordRule("investor_site", parents=_INVESTOR, investor="investor_id"),
        RecordRule("recommendation_dismissal", **_DELEGATION_PART),  # type: ignore[arg-type]
        # Joint promotion events are the whole agency's: any officer keeps them up to date.
        RecordRule("promotion_event"),
        RecordRule("promotion_fez", parents=(("event_id", "promotion_event"),), links=True),
        RecordRule("promotion_region", parents=(("event_id", "promotion_event"),), links=True),
        # Aftercare: a case is its Home Doctor's, else its investor owner's; an enquiry its owner's.
        RecordRule(
            "grievance_case", owner="home_doctor_id", parents=_INVESTOR, investor="investor_id", project="project_id"
        ),
        RecordRule("incentive_application", parents=(("project_id", "project"),), project="project_id"),
        RecordRule("procedure_milestone", parents=(("project_id", "project"),), project="project_id"),
        RecordRule("enquiry", owner="owner_id", parents=_INVESTOR, investor="investor_id"),
        RecordRule("officer", admin_only=True),
        *(
            RecordRule(table, admin_only=True)
            for table in ("region", "province", "industry", "fez", "pipeline_stage", "country", "office")
        ),
        RecordRule("province_industry", admin_only=True, links=True),
        RecordRule("fez_province", admin_only=True, links=True),
        # Dated exchange rates are the whole agency's, like promotion events: any officer keeps
        # them up to date (each change is in the audit trail); viewers only read them.
        RecordRule("exchange_rate"),
    )
}

ADMIN_ONLY = RecordRule("?", admin_only=True)


def rule_for(table: str) -> RecordRule:
    """The rule of `table`; a table nobody stated a rule for is admins' only (fails closed)."""
    return RULES.get(table, ADMIN_ONLY)


def hidden_with_project() -> dict[str, str]:
    """table -> the column naming the project whose confidentiality hides its rows."""
    return {rule.table: rule.project for rule in RULES.values() if rule.project}
