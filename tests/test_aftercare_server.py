"""Aftercare records under the one statement of the rules, on the embedded file and on a shared
PostgreSQL server where each officer connects as their own (non-superuser) login after
`server init`: a grievance case is its Home Doctor's team's to change; an incentive application or
a milestone of a confidential project does not exist for another team — in the services, in plain
SQL, in the search index and in the audit trail, which the server writes itself for the new tables."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy.exc import DBAPIError
from test_server_rules import World, _outcome, _sql, pg_world, world  # noqa: F401 - fixtures

from kotra_invest.domain.aftercare_models import CaseCategory, EnquirySource, GrantingBody, IncentiveType, MilestoneStep
from kotra_invest.services import aftercare, incentives, records


def _seed(w: World) -> dict[str, Any]:
    kim = w.as_("kim")
    return {
        "case": records.create(
            kim,
            aftercare.CASE,
            aftercare.CaseDraft(
                w.ids["acme"], "Falcon customs ruling", CaseCategory.CUSTOMS, date(2026, 4, 1), agency="관세청"
            ),
        ),
        "secret_grant": records.create(
            kim,
            incentives.INCENTIVE,
            incentives.IncentiveDraft(
                IncentiveType.CASH_GRANT, GrantingBody.MINISTRY, amount="9000000000", applied_on=date(2026, 4, 2)
            ),
            project_id=w.ids["secret"],
        ),
        "secret_step": records.create(
            kim,
            incentives.MILESTONE,
            incentives.MilestoneDraft(MilestoneStep.SECURITY_REVIEW, date(2026, 4, 3)),
            project_id=w.ids["secret"],
        ),
        "enquiry": records.create(
            kim,
            aftercare.ENQUIRY,
            aftercare.EnquiryDraft("Falcon land", EnquirySource.EMAIL, date(2026, 4, 4), investor_id=w.ids["acme"]),
        ),
    }


def _edit_case(w: World, who: str, ids: dict[str, Any]) -> None:
    draft, version = records.get(w.as_(who), aftercare.CASE, ids["case"])
    records.update(w.as_(who), aftercare.CASE, ids["case"], version, aftercare.acknowledged(draft, date(2026, 4, 5)))


def _edit_grant(w: World, who: str, ids: dict[str, Any]) -> None:
    draft, version = records.get(w.as_(who), incentives.INCENTIVE, ids["secret_grant"])
    records.update(
        w.as_(who),
        incentives.INCENTIVE,
        ids["secret_grant"],
        version,
        incentives.moved_to(draft, incentives.IncentiveStatus.APPROVED, date(2026, 5, 1)),
    )


def _edit_enquiry(w: World, who: str, ids: dict[str, Any]) -> None:
    draft, version = records.get(w.as_(who), aftercare.ENQUIRY, ids["enquiry"])
    records.update(
        w.as_(who), aftercare.ENQUIRY, ids["enquiry"], version, aftercare.enquiry_answered(draft, date(2026, 4, 5))
    )


CASES = {
    "acknowledge a case": (
        _edit_case,
        {"kim": "ok", "mate": "ok", "lead": "ok", "park": "refused", "reader": "refused"},
    ),
    "approve a secret grant": (_edit_grant, {"mate": "ok", "park": "missing", "lead": "missing", "reader": "refused"}),
    "answer an enquiry": (_edit_enquiry, {"mate": "ok", "park": "refused", "reader": "refused"}),
}
_PARAMS = [(case, who, outcome) for case, (_, by) in CASES.items() for who, outcome in by.items()]


@pytest.mark.parametrize(("case", "who", "expected"), _PARAMS, ids=[f"{c}-{w}" for c, w, _ in _PARAMS])
def test_aftercare_rules_hold_on_both_engines(world: World, case: str, who: str, expected: str) -> None:  # noqa: F811
    ids = _seed(world)
    action, _ = CASES[case]
    assert _outcome(lambda: action(world, who, ids))[0] == expected


def test_a_confidential_projects_applications_and_steps_are_absent_from_other_teams_lists(world: World) -> None:  # noqa: F811
    _seed(world)
    assert incentives.incentive_list(world.as_("park")) == []
    assert incentives.milestone_list(world.as_("park")) == []
    assert [r.project for r in incentives.incentive_list(world.as_("mate"))] == ["Gumi gigafactory"]
    assert [r.subject for r in aftercare.case_list(world.as_("park"))] == [
        "Falcon customs ruling"
    ]  # not about the secret


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("who", "statement", "outcome"),
    [
        ("park", "SELECT amount FROM incentive_application", []),
        ("park", "SELECT step FROM procedure_milestone", []),
        (
            "park",
            "SELECT old_value FROM audit_log WHERE entity IN ('incentive_application', 'procedure_milestone')",
            [],
        ),
        ("park", "UPDATE grievance_case SET resolution = 'closed by park'", 0),
        ("park", "UPDATE enquiry SET answer = 'x'", 0),
        ("kim", "DELETE FROM grievance_case", "denied"),
        ("reader", "UPDATE grievance_case SET subject = 'x'", "denied"),
        ("mate", "UPDATE grievance_case SET agency = '관세청 통관기획과'", 1),
        ("mate", "SELECT count(*) FROM audit_log WHERE entity = 'grievance_case' AND action = 'insert'", [(1,)]),
        ("park", "SELECT label FROM search_case_doc", [("Falcon customs ruling",)]),
    ],
)
def test_plain_sql_on_an_officers_own_login_meets_the_aftercare_rules(
    pg_world: World,  # noqa: F811 - the fixture imported from test_server_rules
    who: str,
    statement: str,
    outcome: Any,
) -> None:
    _seed(pg_world)
    try:
        result: Any = _sql(pg_world, who, statement)
    except DBAPIError as exc:
        assert "permission denied" in str(exc.orig) or "row-level security" in str(exc.orig), str(exc.orig)
        result = "denied"
    if isinstance(result, list):
        result = [tuple(r) for r in result]
    assert result == outcome


def test_search_finds_cases_and_enquiries_but_not_a_hidden_projects_case(world: World) -> None:  # noqa: F811
    from kotra_invest.services.search import search

    _seed(world)
    records.create(
        world.as_("kim"),
        aftercare.CASE,
        aftercare.CaseDraft(
            world.ids["acme"],
            "Falcon 공장 인허가 지연",
            CaseCategory.CONSTRUCTION,
            date(2026, 4, 6),
            project_id=world.ids["secret"],
        ),
    )
    mine = {(h.kind, h.label) for h in search(world.as_("mate"), "Falcon")}
    assert {("case", "Falcon customs ruling"), ("case", "Falcon 공장 인허가 지연"), ("enquiry", "Falcon land")} <= mine
    theirs = {(h.kind, h.label) for h in search(world.as_("park"), "Falcon")}
    assert ("case", "Falcon customs ruling") in theirs and ("case", "Falcon 공장 인허가 지연") not in theirs
    assert [h.kind for h in search(world.as_("park"), "인허가")] == []  # three Hangul characters: the trigram index
    assert [h.label for h in search(world.as_("mate"), "인허", kinds=("case",))] == [
        "Falcon 공장 인허가 지연"
    ]  # two: the bigrams


@pytest.mark.postgres
def test_an_audited_server_upgraded_to_aftercare_audits_the_new_tables_at_once(owned_pg: Any) -> None:
    """A server in use (0011, writing its own audit trail) upgraded: the new tables are audited by
    the database from their first row, before the next `server init` states their rules."""
    from sqlalchemy import text

    from kotra_invest.store import migrate, pg_audit
    from kotra_invest.store.engine import open_database

    db = open_database(owned_pg.url)
    try:
        migrate.upgrade(db, "0011_merge_tombstone")
        with db.engine.begin() as conn:
            pg_audit.install(conn)  # what `server init` did at 0011 for the audit trail
        migrate.upgrade(db)
        with db.engine.connect() as conn:
            triggers = set(
                conn.execute(
                    text("SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname = 'kotra_audit'")
                ).scalars()
            )
        assert {"grievance_case", "incentive_application", "procedure_milestone", "enquiry"} <= triggers
        migrate.downgrade(db, "0011_merge_tombstone")  # and back down, the index without the new kinds
        with db.engine.connect() as conn:
            left = set(conn.execute(text("SELECT tablename FROM pg_tables WHERE tablename LIKE 'search_%'")).scalars())
        assert "search_case_doc" not in left and "search_investor_doc" in left
    finally:
        db.dispose()
