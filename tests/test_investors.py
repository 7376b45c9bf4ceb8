"""Investor services on a real database (SQLite and PostgreSQL): rules, audit trail, conflicts, lists."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from kotra_invest.domain.errors import NotFound, StaleRecord, ValidationError
from kotra_invest.domain.models import AuditEntry, Investor
from kotra_invest.services import records
from kotra_invest.services.investors import (
    INVESTOR,
    InvestorDraft,
    create_investor,
    get_investor_row,
    list_investors,
    search_investors,
    update_investor,
)
from kotra_invest.services.read_models import InvestorFilter
from kotra_invest.services.unit_of_work import Context, unit_of_work


def _count(ctx: Context, model: type) -> int:
    with unit_of_work(ctx) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _audit(ctx: Context, record_id: uuid.UUID) -> list[AuditEntry]:
    with unit_of_work(ctx) as session:
        return list(
            session.scalars(select(AuditEntry).where(AuditEntry.record_id == record_id).order_by(AuditEntry.at))
        )


NORVIK = InvestorDraft(
    name="Norvik Robotics AB",
    name_ko="노르빅 로보틱스",
    country_code="se",
    industry_code="ROBOT",
    website="https://norvik-robotics.se",
    tags=("robot", "2026 대전 투자유치단"),
    notes="AI무역지원센터 소개로 첫 접촉. 대전 AI·로봇 투자유치단 면담 희망.",
)


def test_created_investor_is_listed_with_reference_names_and_audited(ctx: Context) -> None:
    investor_id = create_investor(ctx, NORVIK)

    row = get_investor_row(ctx, investor_id)
    assert (row.name, row.name_ko, row.country_code, row.country, row.industry) == (
        "Norvik Robotics AB",
        "노르빅 로보틱스",
        "SE",
        "Sweden",
        "Robotics",
    )
    korean = get_investor_row(Context(ctx.db, ctx.actor, lang="ko"), investor_id)
    assert (korean.country, korean.industry) == ("스웨덴", "로봇")
    [entry] = _audit(ctx, investor_id)
    assert (entry.action.value, entry.actor, entry.source) == ("insert", "tester", "test")
    assert "Norvik Robotics AB" in (entry.new_value or "")


@pytest.mark.parametrize(
    ("draft", "code", "field"),
    [
        (InvestorDraft(name="   "), "required", "name"),
        (InvestorDraft(name="X" * 201), "too_long", "name"),
        (InvestorDraft(name="Acme", country_code="ZZ"), "invalid_value", "country"),
        (InvestorDraft(name="Acme", industry_code="TOBACCO"), "invalid_value", "industry"),
        (InvestorDraft(name="Acme", owner_login="nobody"), "invalid_value", "owner"),
    ],
)
def test_a_rule_violation_names_the_field_and_writes_nothing(
    ctx: Context, draft: InvestorDraft, code: str, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        create_investor(ctx, draft)
    assert (caught.value.code, caught.value.field) == (code, field)
    assert caught.value.message("ko") and caught.value.message("en")
    assert _count(ctx, Investor) == 0
    assert _count(ctx, AuditEntry) == 0


def test_an_edit_records_each_changed_field_with_old_and_new_value(ctx: Context) -> None:
    investor_id = create_investor(ctx, NORVIK)
    changed = InvestorDraft(**{**NORVIK.__dict__, "name_ko": "노르빅 로보틱스 AB", "website": "https://norvik.se"})

    version = update_investor(ctx, investor_id, 1, changed)

    assert version == 2
    updates = {e.field: (e.old_value, e.new_value) for e in _audit(ctx, investor_id) if e.action.value == "update"}
    assert updates == {
        "name_ko": ("노르빅 로보틱스", "노르빅 로보틱스 AB"),
        "website": ("https://norvik-robotics.se", "https://norvik.se"),
    }


def test_saving_over_a_newer_version_is_refused_and_keeps_the_other_edit(ctx: Context) -> None:
    investor_id = create_investor(ctx, NORVIK)
    first = InvestorDraft(**{**NORVIK.__dict__, "website": "https://first.example"})
    second = InvestorDraft(**{**NORVIK.__dict__, "website": "https://second.example"})
    update_investor(ctx, investor_id, 1, first)  # another officer saved first

    with pytest.raises(StaleRecord) as caught:
        update_investor(ctx, investor_id, 1, second)

    assert caught.value.code == "stale"
    assert get_investor_row(ctx, investor_id).website == "https://first.example"


def test_concurrent_sessions_cannot_overwrite_each_other(ctx: Context) -> None:
    """Two units of work read version 1; the one that saves second must fail, not overwrite."""
    investor_id = create_investor(ctx, NORVIK)
    with pytest.raises(StaleRecord), unit_of_work(ctx) as mine:
        my_copy = mine.get(Investor, investor_id)
        assert my_copy is not None
        with unit_of_work(ctx) as theirs:
            their_copy = theirs.get(Investor, investor_id)
            assert their_copy is not None
            their_copy.notes = "their note"
            theirs.commit()
        my_copy.notes = "my note"
        mine.commit()
    with unit_of_work(ctx) as session:
        assert session.get(Investor, investor_id).notes == "their note"  # type: ignore[union-attr]


def test_deleted_investor_leaves_lists_and_search_and_can_be_restored(ctx: Context) -> None:
    investor_id = create_investor(ctx, NORVIK)
    records.delete(ctx, INVESTOR, investor_id)

    assert search_investors(ctx, "노르빅") == []
    assert list_investors(ctx).rows == ()
    with pytest.raises(NotFound):
        update_investor(ctx, investor_id, 2, NORVIK)
    assert [e.action.value for e in _audit(ctx, investor_id)] == ["insert", "delete"]

    records.restore(ctx, INVESTOR, investor_id)
    assert [r.id for r in search_investors(ctx, "노르빅")] == [investor_id]


def test_list_pages_by_keyset_in_sorted_order_without_gaps_or_repeats(ctx: Context) -> None:
    names = [f"Company {i:02d}" for i in range(25)]
    for i, name in enumerate(reversed(names)):
        create_investor(ctx, InvestorDraft(name=name, country_code="DE" if i % 2 else "JP"))

    seen: list[str] = []
    page = list_investors(ctx, limit=10)
    seen += [r.name for r in page.rows]
    while page.next is not None:
        page = list_investors(ctx, after=page.next, limit=10)
        seen += [r.name for r in page.rows]
    assert seen == names

    backwards = list_investors(ctx, sort="name", descending=True, limit=5)
    assert [r.name for r in backwards.rows] == names[::-1][:5]
    german = list_investors(ctx, InvestorFilter(country_code="de"), limit=100)
    assert len(german.rows) == 12 and {r.country_code for r in german.rows} == {"DE"}


def test_unknown_sort_is_a_clear_error(ctx: Context) -> None:
    with pytest.raises(ValidationError) as caught:
        list_investors(ctx, sort="revenue")
    assert caught.value.field == "sort"


def test_bad_deletes_and_undos_of_investors_contacts_and_projects_say_one_sentence_and_change_nothing(
    ctx: Context,
) -> None:
    """Each refused delete or undo (a viewer's, another office's, on an old version, of a record
    that is not there or was deleted already) raises one sentence and writes nothing: no version
    moves, no audit entry is added. A record deleted meanwhile is said to be deleted, not "No
    investor found for: <its id>"."""
    from people import acting, team

    from kotra_invest.domain.errors import DomainError
    from kotra_invest.services import projects
    from kotra_invest.services.contacts import CONTACT, ContactDraft

    team(ctx)
    acme = create_investor(ctx, InvestorDraft(name="Acme", owner_login="tester"))
    kinds = {
        INVESTOR: acme,
        CONTACT: records.create(ctx, CONTACT, ContactDraft("Anna Berg", acme)),
        projects.PROJECT: projects.create_project(ctx, projects.ProjectDraft(acme, "Plant")),
    }
    reader, busan = acting(ctx, "reader"), acting(ctx, "other")

    def state() -> tuple[int, list[tuple[int, bool]]]:
        with unit_of_work(ctx) as s:
            rows = [s.get(kind.model, record_id) for kind, record_id in kinds.items()]
            return int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0), [
                (r.version, r.deleted_at is not None) for r in rows
            ]

    for kind, record_id in kinds.items():
        word = "investor" if kind is INVESTOR else kind.entity
        attempts = [
            (lambda k=kind, i=record_id: records.delete(reader, k, i), "reader has read-only access"),
            (lambda k=kind, i=record_id: records.delete(busan, k, i), "You may not change this"),
            (lambda k=kind, i=record_id: records.delete(ctx, k, i, 99), "Someone else changed this"),
            (lambda k=kind: records.delete(ctx, k, uuid.UUID(int=7)), f"No {word} found for"),
            (lambda k=kind: records.restore(ctx, k, uuid.UUID(int=7)), f"No {word} found for"),
        ]
        before = state()
        for attempt, sentence in attempts:
            with pytest.raises(DomainError) as refused:
                attempt()
            assert sentence in refused.value.message("en") and "\n" not in refused.value.message("en")
            assert state() == before
        records.delete(ctx, kind, record_id)
        before = state()
        for attempt, sentence in [
            (lambda k=kind, i=record_id: records.delete(ctx, k, i), f"This {word} has been deleted."),
            (lambda k=kind, i=record_id: records.restore(reader, k, i), "reader has read-only access"),
            (lambda k=kind, i=record_id: records.restore(busan, k, i), "You may not change this"),
        ]:
            with pytest.raises(DomainError) as refused:
                attempt()
            assert sentence in refused.value.message("en")
            assert state() == before
        records.restore(ctx, kind, record_id)
    assert [deleted for _v, deleted in state()[1]] == [False, False, False]
