"""The demo's aftercare is believable: grievance cases of every category and age, some overdue, some
with a policy proposal; incentive applications at each status; every procedure step, a few
national-security reviews; enquiries answered in time, late, and not yet."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kotra_invest.demo import generate_demo
from kotra_invest.domain.aftercare_models import CaseCategory, IncentiveStatus, MilestoneStep
from kotra_invest.services import aftercare, incentives
from kotra_invest.services.database import connect
from kotra_invest.services.unit_of_work import Context

TODAY = date(2026, 11, 25)  # the demo's own today


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Context]:
    db = connect(f"sqlite:///{tmp_path_factory.mktemp('aftercare-demo') / 'demo.sqlite3'}")
    ctx = Context(db=db, actor="tester", source="test", access_reason="testing")
    generate_demo(ctx)
    yield ctx
    db.dispose()


def test_cases_span_every_category_and_age_with_some_overdue(demo: Context) -> None:
    cases = aftercare.case_list(demo, today=TODAY)
    assert {c.category for c in cases} == {c.value for c in CaseCategory}
    statuses = Counter(c.status for c in cases)
    assert statuses["resolved"] > statuses["acknowledged"] > 0 and statuses["received"] > 0
    open_cases = [c for c in cases if c.is_open]
    summary = aftercare.summarise(open_cases, "en")
    assert sum(1 for band in zip(*summary.counts.values(), strict=True) if sum(band) > 0) >= 3  # several age bands
    assert 0 < summary.total_overdue < summary.total_open
    assert cases[0].overdue  # overdue first
    assert any(c.policy_proposal for c in cases) and all(c.resolved_on for c in cases if c.status == "resolved")
    assert all(c.received_on <= TODAY for c in cases)


def test_incentives_are_at_each_status_with_dates_in_order(demo: Context) -> None:
    rows = incentives.incentive_list(demo)
    assert {r.status for r in rows} == {s.value for s in IncentiveStatus} - {"withdrawn"}
    for r in rows:
        dates = [d for d in (r.applied_on, r.approved_on, r.paid_on) if d]
        assert dates == sorted(dates) and r.currency == "KRW" and r.amount
        assert (r.paid_on is not None) == (r.status in ("paid", "clawed_back"))


def test_milestones_walk_the_procedure_and_enquiries_meet_or_miss_their_targets(demo: Context, tmp_path: Path) -> None:
    steps = Counter(m.step for m in incentives.milestone_list(demo))
    assert set(steps) == {s.value for s in MilestoneStep}
    assert steps["remittance"] >= steps["fic_registration"] > steps["security_review"] > 0
    enquiries = aftercare.enquiry_list(demo, today=TODAY)
    assert (
        any(e.overdue for e in enquiries)
        and any(e.answered_on for e in enquiries)
        and any(not e.is_open for e in enquiries)
    )
    assert any(e.investor_id is None for e in enquiries) and any(e.investor_id for e in enquiries)
