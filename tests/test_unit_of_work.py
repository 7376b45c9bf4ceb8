"""A unit of work is all or nothing, and stamps who changed what."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from kotra_invest.domain.models import AuditEntry, Investor
from kotra_invest.services.unit_of_work import Context, audit_text, unit_of_work


def test_a_failure_mid_action_leaves_the_last_committed_state(ctx: Context) -> None:
    with unit_of_work(ctx) as session:
        session.add(Investor(name="Committed AG"))
        session.commit()

    with pytest.raises(RuntimeError), unit_of_work(ctx) as session:
        session.add(Investor(name="Half Done Ltd"))
        session.flush()  # written to the database inside the transaction …
        raise RuntimeError("power cut")  # … and then the action fails

    with unit_of_work(ctx) as session:
        assert session.scalars(select(Investor.name)).all() == ["Committed AG"]
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 1


def test_records_are_stamped_with_the_officer_and_a_shared_change_set(ctx: Context) -> None:
    officer = Context(ctx.db, actor="kim.minji", source="desktop")
    with unit_of_work(officer) as session:
        session.add_all([Investor(name="One"), Investor(name="Two")])
        session.commit()
    with unit_of_work(ctx) as session:
        assert set(session.scalars(select(Investor.updated_by))) == {"kim.minji"}
        entries = session.scalars(select(AuditEntry)).all()
    assert {(e.actor, e.source) for e in entries} == {("kim.minji", "desktop")}
    assert len({e.change_set for e in entries}) == 1


def test_audit_values_are_exact_text() -> None:
    from datetime import date
    from decimal import Decimal

    from kotra_invest.domain.enums import ProjectType

    assert audit_text(Decimal("12500000.10")) == "12500000.10"
    assert audit_text(True) == "true"
    assert audit_text(ProjectType.MNA) == "mna"
    assert audit_text(date(2026, 3, 4)) == "2026-03-04"
    assert audit_text(["로봇", "AI"]) == '["로봇", "AI"]'
    assert audit_text(None) is None


def test_changing_a_records_links_is_audited_and_bumps_its_version(ctx: Context) -> None:
    from kotra_invest.domain.models import Delegation, Fez
    from kotra_invest.domain.reference_data import reference_id

    with unit_of_work(ctx) as session:
        delegation = Delegation(title="경제자유구역 합동 IR", year=2026)
        delegation.fezs = [session.get(Fez, reference_id("fez", "IFEZ"))]  # type: ignore[list-item]
        session.add(delegation)
        session.commit()
    with unit_of_work(ctx) as session:
        loaded = session.get(Delegation, delegation.id)
        assert loaded is not None
        loaded.fezs.append(session.get(Fez, reference_id("fez", "UFEZ")))  # type: ignore[arg-type]
        session.commit()
        assert loaded.version == 2
    with unit_of_work(ctx) as session:
        [change] = session.scalars(select(AuditEntry).where(AuditEntry.field == "fezs")).all()
    assert (change.old_value, change.new_value) == ('["IFEZ"]', '["IFEZ", "UFEZ"]')
    with unit_of_work(ctx) as session:
        created = session.scalars(select(AuditEntry).where(AuditEntry.action == "insert")).one()
    snapshot = json.loads(created.new_value or "{}")
    assert snapshot["fezs"] == ["IFEZ"] and snapshot["status"] == "planning"  # links and defaults recorded
