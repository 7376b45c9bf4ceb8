"""The search box's answer is what its ranked tiers say, however the service gets there.

The service runs each kind's tiers in stages and skips the later ones once the page is full,
binds its parameters, ranks and builds the hits its own way for speed. Here the same hits are
made the plain way for a fixed corpus of terms: every tier of a kind in one statement
(`kind_query`), every hit checked with LIKE (the service leaves out the checks its index makes
needless), ranked by `ranked`, their context read through the ORM (`_with_context`), the kinds
merged by tier. Same hits, same order, same context, on both engines.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

from kotra_invest.domain.enums import InteractionKind
from kotra_invest.services import contacts, interactions, projects, records
from kotra_invest.services import search as search_service
from kotra_invest.services.delegations import DelegationDraft, create_delegation
from kotra_invest.services.investors import INVESTOR, InvestorDraft, create_investor
from kotra_invest.services.read_models import SearchHit
from kotra_invest.services.search import (
    _TIER_OF,
    KINDS,
    _with_context,
    kind_query,
    postgresql_grams,
    ranked,
    search,
    terms_of,
)
from kotra_invest.services.unit_of_work import Context, unit_of_work

# 1, 2 and 3+ characters, Korean and English, several terms, signs, mixed case (ASCII and not),
# nothing found.
TERMS = (
    "수소", "로봇", "대전", "유치", "한국", "robot", "hydrogen", "Hydrogen Robotics 3", "수", "로", "r", "k",
    "ai", "수소 robot", "로봇 3", "대전 투자유치단", "H2", "a-b", "%", "hanbit", "zzq", "über", "üb", "ü",
)  # fmt: skip
LIMITS = (1, 3, 60)


@pytest.fixture
def corpus(ctx: Context) -> None:
    """More records holding each word than the small pages take, in every tier."""
    firms = []
    for i in range(7):
        notes = "대전 수소 충전소 투자유치 상담, robot arms" if i % 2 else "한국 진출 검토 (H2 a-b 100%)"
        firms.append(
            create_investor(
                ctx,
                InvestorDraft(name=f"Hydrogen Robotics {i}", name_ko=f"수소로봇 {i}", country_code="DE", notes=notes),
            )
        )
    create_investor(ctx, InvestorDraft(name="로봇", notes="수소"))  # exact name
    create_investor(ctx, InvestorDraft(name="Robot", name_ko="한국로봇"))
    create_investor(ctx, InvestorDraft(name="Hanbit Daejeon", name_ko="한빛대전", country_code="JP"))
    # Case beyond ASCII: the indexes fold Ü to ü, LIKE does not; the LIKE check decides.
    create_investor(ctx, InvestorDraft(name="ÜBER Wasserstoff", notes="Über-Robotik, über 수소"))
    for i in range(4):
        create_delegation(
            ctx,
            DelegationDraft(
                title=f"대전 투자유치단 {i}",
                title_en=f"Daejeon hydrogen delegation {i}",
                year=2026,
                lead_province_codes=("KR-30",),
                starts_on=date(2026, 4, 6) + timedelta(days=i),
                ends_on=date(2026, 4, 10) + timedelta(days=i),
            ),
        )
    for i, firm in enumerate(firms[:4]):
        records.create(
            ctx,
            contacts.CONTACT,
            contacts.ContactDraft(full_name=f"Robin Hydro {i}", investor_id=firm, job_title="CTO" if i else None),
        )
        projects.create_project(ctx, projects.ProjectDraft(investor_id=firm, title=f"수소 robot plant {i}"))
        interactions.create_interaction(
            ctx,
            interactions.InteractionDraft(
                kind=InteractionKind.MEETING,
                occurred_at=datetime(2026, 3, 4, 1, i, tzinfo=UTC),
                summary=f"대전 면담 {i}: hydrogen robot 한국 투자유치",
                investor_id=firm,
            ),
        )
    # A deleted investor's people, projects and meetings are not found, a contact of no investor
    # is (the service's walks ask for the live parent their own way: _SQLITE_LIVE_PARENT).
    gone = create_investor(ctx, InvestorDraft(name="Hydrogen Robotics Gone", notes="대전 수소 robot"))
    records.create(ctx, contacts.CONTACT, contacts.ContactDraft(full_name="Robin Hydro Gone", investor_id=gone))
    projects.create_project(ctx, projects.ProjectDraft(investor_id=gone, title="수소 robot plant gone"))
    interactions.create_interaction(
        ctx,
        interactions.InteractionDraft(
            kind=InteractionKind.MEETING,
            occurred_at=datetime(2026, 3, 5, 1, 0, tzinfo=UTC),
            summary="대전 면담 gone: hydrogen robot 한국 투자유치",
            investor_id=gone,
        ),
    )
    records.delete(ctx, INVESTOR, gone)
    records.create(ctx, contacts.CONTACT, contacts.ContactDraft(full_name="Robin Hydro Solo", job_title="CTO"))


def _plainly(ctx: Context, query: str, limit: int) -> list[SearchHit]:
    """Every tier of every kind in one statement per kind, ranked, then the ORM's context."""
    terms = terms_of(query)
    hits: list[SearchHit] = []
    with pytest.MonkeyPatch.context() as plain, unit_of_work(ctx) as session:
        plain.setattr(search_service, "_caseless", lambda term: False)  # every term checked with LIKE
        grams = None if ctx.db.is_sqlite else postgresql_grams(session, terms)
        for kind in KINDS:
            sql, params = kind_query(ctx.db.is_sqlite, kind, terms, limit, grams)
            rows = [tuple(row) for row in session.execute(text(sql), params)] if sql else []
            hits += ranked(rows, kind, limit)  # type: ignore[arg-type]
        hits = _with_context(session, ctx.lang, hits)
    hits.sort(key=lambda hit: _TIER_OF[hit.match])
    return hits


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_search_gives_the_plain_ranking_of_every_tier(ctx: Context, corpus: None, lang: str) -> None:
    ctx = dataclasses.replace(ctx, lang=lang)
    found: list[SearchHit] = []
    for query in TERMS:
        for limit in LIMITS:
            expected = _plainly(ctx, query, limit)
            assert search(ctx, query, limit=limit) == expected, (query, limit)
            for kind in ("investor", "delegation"):
                one = [hit for hit in expected if hit.kind == kind]
                assert search(ctx, query, kinds=(kind,), limit=limit) == one, (query, kind, limit)
            found += expected
    # The corpus does hold the terms: at every tier, in every kind it has, pages cut short.
    assert {hit.match for hit in found} == {"exact", "prefix", "name", "text"}
    assert {hit.kind for hit in found} == {"investor", "delegation", "project", "contact", "interaction"}
    assert len(found) > 200
    labels = {hit.label for hit in found}
    assert "Robin Hydro Solo" in labels
    assert not {label for label in labels if "Gone" in label or "gone" in label}
