"""An investor's and a delegation's history from the audit trail: read, exported, restored."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from kotra_invest.domain.errors import DomainError, StaleRecord
from kotra_invest.domain.models import DelegationMember, Investor
from kotra_invest.services import history
from kotra_invest.services.delegations import DelegationDraft, create_delegation
from kotra_invest.services.investors import InvestorDraft, create_investor, get_investor_row, update_investor
from kotra_invest.services.unit_of_work import Context, unit_of_work


def _kim(ctx: Context) -> Context:
    return Context(db=ctx.db, actor=ctx.actor, source="desktop", lang=ctx.lang)


def test_every_field_change_shows_who_when_from_where(ctx: Context) -> None:
    investor = create_investor(ctx, InvestorDraft(name="Fjordheim Grid ASA", website="https://old.example"))
    update_investor(_kim(ctx), investor, 1, InvestorDraft(name="Fjordheim Grid AS", website="https://new.example"))
    changes = history.record_history(ctx, "investor", investor)
    updates = {c.field: c for c in changes if c.action == "update"}
    assert set(updates) == {"name", "website"}
    assert (updates["website"].old, updates["website"].new) == ("https://old.example", "https://new.example")
    assert updates["website"].who == ctx.actor and updates["website"].source == "desktop"
    assert (updates["website"].label_ko, updates["website"].label_en) == ("웹사이트", "Website")
    assert updates["name"].restorable
    assert changes[-1].action == "insert" and not changes[-1].restorable
    assert changes[0].when >= changes[-1].when


def test_restoring_a_previous_value_is_one_action_and_is_audited(ctx: Context) -> None:
    investor = create_investor(ctx, InvestorDraft(name="Fjordheim Grid ASA", website="https://old.example"))
    update_investor(ctx, investor, 1, InvestorDraft(name="Fjordheim Grid ASA", website="https://new.example"))
    change = next(c for c in history.record_history(ctx, "investor", investor) if c.field == "website")

    assert history.restore_value(ctx, change.id, expected_version=2) == 3
    row = get_investor_row(ctx, investor)
    assert (row.website, row.name) == ("https://old.example", "Fjordheim Grid ASA")
    latest = history.record_history(ctx, "investor", investor)[0]
    assert (latest.field, latest.old, latest.new) == ("website", "https://new.example", "https://old.example")

    with pytest.raises(StaleRecord):  # the user looked at version 2; it is 3 now
        history.restore_value(ctx, change.id, expected_version=2)
    insert = history.record_history(ctx, "investor", investor)[-1]
    with pytest.raises(DomainError) as caught:
        history.restore_value(ctx, insert.id, expected_version=3)
    assert caught.value.code == "not_restorable"


def test_restore_brings_back_typed_values(ctx: Context) -> None:
    investor = create_investor(ctx, InvestorDraft(name="Acme", tags=("battery", "ev"), in_korea=True))
    update_investor(ctx, investor, 1, InvestorDraft(name="Acme", tags=("ev",), in_korea=False))
    changes = {c.field: c for c in history.record_history(ctx, "investor", investor) if c.action == "update"}
    version = history.restore_value(ctx, changes["tags"].id, 2)
    history.restore_value(ctx, changes["in_korea"].id, version)
    with unit_of_work(ctx) as s:
        restored = s.get(Investor, investor)
        assert restored is not None and (restored.tags, restored.in_korea) == (["battery", "ev"], True)


def test_a_delegations_history_includes_its_members_and_exports(ctx: Context, tmp_path: Path) -> None:
    delegation = create_delegation(
        ctx, DelegationDraft(title="대전 AI·로봇 투자유치단", year=2026, lead_province_codes=("KR-30",))
    )
    with unit_of_work(ctx) as s:
        s.add(DelegationMember(delegation_id=delegation, name="김민지", position="단장"))
        s.commit()
    changes = history.record_history(ctx, "delegation", delegation)
    assert {c.entity for c in changes} >= {"delegation", "delegation_member", "delegation_province"}

    path = history.export_history(
        Context(ctx.db, ctx.actor, "test", "ko"), "delegation", delegation, tmp_path / "h.xlsx"
    )
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("일시 (UTC)", "누가", "어디서")
    assert len(rows) == len(changes) + 1
    assert any("김민지" in str(row[7]) for row in rows[1:])


def test_an_unknown_kind_of_record_is_refused_in_words(ctx: Context) -> None:
    investor = create_investor(ctx, InvestorDraft(name="Acme"))
    with pytest.raises(DomainError) as caught:
        history.record_history(ctx, "no_such_table", investor)
    assert caught.value.code == "invalid_value"


def test_the_conflict_dialog_gets_what_changed_since_the_version_edited(ctx: Context) -> None:
    investor = create_investor(ctx, InvestorDraft(name="Acme", website="https://a.example"))
    seen = get_investor_row(ctx, investor)
    update_investor(
        Context(ctx.db, "lee.sujin", "desktop"), investor, 1, InvestorDraft(name="Acme", website="https://b.example")
    )
    theirs = history.changes_since(ctx, "investor", investor, seen.updated_at)
    assert [(c.field, c.old, c.new, c.who) for c in theirs] == [
        ("website", "https://a.example", "https://b.example", "lee.sujin")
    ]
