"""The demo data generator: a believable 2026 that a user can click through and search.

One demo database is built per module and only read by most tests (generation takes about a
second); the tests that need fresh databases use the `ctx` fixture.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo, available_timezones

import pytest
from sqlalchemy import func, select, text

from kotra_invest.demo import DemoSummary, generate_demo
from kotra_invest.domain.errors import DomainError
from kotra_invest.domain.models import (
    Delegation,
    FdiAmount,
    Fez,
    Interaction,
    Investor,
    ItineraryItem,
    MeetingTarget,
    PipelineStage,
    Project,
    PromotionEvent,
    promotion_fez,
)
from kotra_invest.services import dashboard
from kotra_invest.services.database import connect
from kotra_invest.services.unit_of_work import Context

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Context, DemoSummary]]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = connect(f"sqlite:///{path}")
    ctx = Context(db=db, actor="tester", source="test", access_reason="testing")
    steps: list[tuple[str, float]] = []
    summary = generate_demo(ctx, progress=lambda step, done: steps.append((step, done)))
    assert steps, "progress was never reported"
    assert all(0.0 <= done <= 1.0 for _, done in steps)
    assert [done for _, done in steps] == sorted(done for _, done in steps)
    yield ctx, summary
    db.dispose()


def _scalar(ctx: Context, sql: str, **params: object) -> object:
    with ctx.db.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def _investor_names(ctx: Context) -> list[tuple[uuid.UUID, str]]:
    t = Investor.__table__
    with ctx.db.engine.connect() as conn:
        return [(row.id, row.name) for row in conn.execute(select(t.c.id, t.c.name).order_by(t.c.name))]


def _interactions(ctx: Context) -> list[tuple[object, ...]]:
    t = Interaction.__table__
    with ctx.db.engine.connect() as conn:
        return sorted(tuple(row) for row in conn.execute(select(t.c.id, t.c.occurred_at, t.c.summary)))


def test_summary_counts_match_the_database(demo: tuple[Context, DemoSummary]) -> None:
    ctx, summary = demo
    assert 250 <= summary.investors <= 400
    assert 2 * summary.investors <= summary.contacts <= 4 * summary.investors
    assert summary.interactions >= 8 * summary.investors
    assert 20 <= summary.officers <= 40
    for model, expected in (
        (Investor, summary.investors),
        (Project, summary.projects),
        (FdiAmount, summary.fdi_amounts),
        (Interaction, summary.interactions),
        (Delegation, summary.delegations),
        (PromotionEvent, summary.promotion_events),
    ):
        assert _scalar(ctx, f"SELECT count(*) FROM {model.__tablename__}") == expected
    assert summary.seconds > 0


def test_delegations_of_2026_cover_all_regions(demo: tuple[Context, DemoSummary]) -> None:
    ctx, _ = demo
    assert _scalar(ctx, "SELECT count(*) FROM delegation WHERE year = 2026") >= 36
    with ctx.db.engine.connect() as conn:
        regions = set(
            conn.execute(
                text(
                    "SELECT DISTINCT r.code FROM delegation d"
                    " JOIN delegation_province dp ON dp.delegation_id = d.id"
                    " JOIN province p ON p.id = dp.province_id JOIN region r ON r.id = p.region_id"
                    " WHERE d.year = 2026"
                )
            ).scalars()
        )
        statuses = set(conn.execute(text("SELECT DISTINCT status FROM delegation WHERE year = 2026")).scalars())
        leads = conn.execute(
            text("SELECT count(*) FROM delegation_province WHERE is_lead GROUP BY delegation_id")
        ).scalars()
        assert set(leads) == {1}
        # Every delegation is built around one of its lead province's strategic industries.
        off_strategy = conn.execute(
            text(
                "SELECT count(*) FROM delegation d JOIN delegation_province dp"
                " ON dp.delegation_id = d.id AND dp.is_lead"
                " LEFT JOIN province_industry pi ON pi.province_id = dp.province_id"
                " AND pi.industry_id = d.target_industry_id WHERE pi.industry_id IS NULL"
            )
        ).scalar()
    assert regions == {"CAP", "SE", "DG", "CC", "HN", "GW", "JB", "JJ"}
    assert {"done", "travelling", "cancelled"} <= statuses  # as seen on 25 November 2026
    assert off_strategy == 0
    assert _scalar(ctx, "SELECT count(*) FROM delegation WHERE title LIKE '%투자유치단%'") >= 36


def test_done_delegations_have_results_and_targets(demo: tuple[Context, DemoSummary]) -> None:
    ctx, _ = demo
    with ctx.db.sessions() as session:
        delegations = session.scalars(select(Delegation)).all()
        for d in delegations:
            assert 5 <= len(d.targets) <= 12, d.title
            assert 6 <= len(d.itinerary) <= 15, d.title
            assert d.destinations and d.provinces and d.members
            assert sum(m.is_leader for m in d.members) == 1
            if d.status == "done":
                assert d.result_meetings is not None and d.result_pledged_usd is not None and d.results
            if d.status == "travelling":
                assert d.starts_on <= TODAY <= d.ends_on
        met = session.scalar(select(func.count()).select_from(MeetingTarget).where(MeetingTarget.status == "met"))
        assert met and met > 0


def test_a_finished_trips_mous_come_with_an_amount_said_in_the_house_style(
    demo: tuple[Context, DemoSummary],
) -> None:
    from kotra_invest import formatting

    ctx, _ = demo
    with ctx.db.sessions() as session:
        done = session.scalars(select(Delegation).where(Delegation.status == "done")).all()
        assert done
        for d in done:
            assert d.result_pledged_usd is not None and d.results
            if d.result_mous:
                assert d.result_pledged_usd > 0, d.title
                assert f"(약 {formatting.usd(d.result_pledged_usd, 'ko')})" in d.results, d.results
            assert "백만 달러" not in d.results and "약 0 달러" not in d.results, d.results


def test_investors_come_from_many_countries_and_search_finds_korean(demo: tuple[Context, DemoSummary]) -> None:
    ctx, _ = demo
    assert _scalar(ctx, "SELECT count(DISTINCT country_id) FROM investor") >= 20
    assert _scalar(ctx, "SELECT count(*) FROM investor WHERE name_ko IS NOT NULL") > 200
    for word in ("유치", "무역지"):
        sql = "SELECT count(*) FROM search_investor_doc WHERE body LIKE :pattern"
        assert _scalar(ctx, sql, pattern=f"%{word}%") > 0, word
    # The trigram index itself finds the substring inside AI무역지원센터.
    assert _scalar(ctx, "SELECT count(*) FROM search_investor_fts WHERE search_investor_fts MATCH '\"무역지\"'") > 0


def test_every_pipeline_stage_is_used(demo: tuple[Context, DemoSummary]) -> None:
    ctx, _ = demo
    with ctx.db.engine.connect() as conn:
        stages = set(conn.execute(select(PipelineStage.__table__.c.code)).scalars())
        used = set(
            conn.execute(
                text("SELECT DISTINCT s.code FROM project p JOIN pipeline_stage s ON s.id = p.stage_id")
            ).scalars()
        )
        lost_without_reason = conn.execute(
            text(
                "SELECT count(*) FROM project p JOIN pipeline_stage s ON s.id = p.stage_id"
                " WHERE s.code = 'LOST' AND coalesce(p.lost_reason, '') = ''"
            )
        ).scalar()
        secret_without_name = conn.execute(
            text("SELECT count(*) FROM project WHERE confidential AND code_name IS NULL")
        ).scalar()
        # A project's FEZ must cover its target province.
        fez_elsewhere = conn.execute(
            text(
                "SELECT count(*) FROM project p LEFT JOIN fez_province fp"
                " ON fp.fez_id = p.fez_id AND fp.province_id = p.target_province_id"
                " WHERE p.fez_id IS NOT NULL AND fp.fez_id IS NULL"
            )
        ).scalar()
    assert used == stages
    assert lost_without_reason == 0 and secret_without_name == 0 and fez_elsewhere == 0
    assert _scalar(ctx, "SELECT count(*) FROM project WHERE confidential") > 0


def test_fdi_amounts_notified_then_arrived(demo: tuple[Context, DemoSummary]) -> None:
    ctx, _ = demo
    kinds = {kind: n for kind, n in _rows(ctx, "SELECT kind, count(*) FROM fdi_amount GROUP BY kind")}
    assert kinds.get("notified", 0) > 0 and kinds.get("arrived", 0) > 0
    early = _scalar(
        ctx,
        "SELECT count(*) FROM fdi_amount a WHERE a.kind = 'arrived' AND a.on_date < ("
        " SELECT min(n.on_date) FROM fdi_amount n WHERE n.project_id = a.project_id AND n.kind = 'notified')",
    )
    orphan = _scalar(
        ctx,
        "SELECT count(*) FROM fdi_amount a WHERE a.kind = 'arrived' AND NOT EXISTS ("
        " SELECT 1 FROM fdi_amount n WHERE n.project_id = a.project_id AND n.kind = 'notified')",
    )
    future = _scalar(ctx, "SELECT count(*) FROM fdi_amount WHERE on_date > :today", today=TODAY.isoformat())
    assert early == 0 and orphan == 0 and future == 0
    # In USD, each non-USD tranche at its date's rate (the dashboard's total).
    figures = dashboard.year_figures(ctx, 2026)
    assert 1e9 <= float(figures.fdi_total.notified_usd) <= 10e9
    assert figures.unconverted == () and figures.rates_used  # a few tranches in other currencies, all covered


def test_a_few_tranches_in_other_currencies_and_additional_investment_by_investors_here(
    demo: tuple[Context, DemoSummary],
) -> None:
    ctx, _ = demo
    currencies = dict(_rows(ctx, "SELECT currency, count(*) FROM fdi_amount GROUP BY currency"))
    foreign = sum(n for c, n in currencies.items() if c != "USD")  # type: ignore[misc]
    assert 3 <= foreign < currencies["USD"] and "KRW" in currencies  # type: ignore[operator]
    assert _scalar(ctx, "SELECT count(*) FROM exchange_rate WHERE deleted_at IS NULL") >= 5 * 12  # type: ignore[operator]
    # 증액 is what investors already in Korea bring; none of the old third type is left.
    assert _scalar(ctx, "SELECT count(*) FROM project WHERE project_type NOT IN ('greenfield', 'mna')") == 0
    additional = _rows(
        ctx,
        "SELECT i.in_korea, count(*) FROM project p JOIN investor i ON i.id = p.investor_id"
        " WHERE p.new_or_additional = 'additional' GROUP BY i.in_korea",
    )
    assert additional and all(in_korea for in_korea, _n in additional)
    routed = _scalar(ctx, "SELECT count(*) FROM investor WHERE direct_country_id <> country_id")
    assert 0 < routed < _scalar(ctx, "SELECT count(*) FROM investor")  # type: ignore[operator]


def _rows(ctx: Context, sql: str) -> list[tuple[object, ...]]:
    with ctx.db.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(sql))]


def test_itinerary_is_in_local_time_within_the_trip(demo: tuple[Context, DemoSummary]) -> None:
    ctx, _ = demo
    zones = available_timezones()
    with ctx.db.sessions() as session:
        items = session.execute(select(ItineraryItem, Delegation.starts_on, Delegation.ends_on).join(Delegation)).all()
        assert items
        for item, starts_on, ends_on in items:
            assert item.time_zone in zones
            ZoneInfo(item.time_zone)
            assert item.starts_local.tzinfo is None
            assert starts_on <= item.starts_local.date() <= ends_on, item.title
            assert item.ends_local is None or item.starts_local <= item.ends_local
            assert item.ends_local is None or item.ends_local.date() <= ends_on
        zones_used = {item.time_zone for item, _, _ in items}
    assert len(zones_used) >= 5


def test_invest_korea_summit_has_all_nine_fezs(demo: tuple[Context, DemoSummary]) -> None:
    ctx, _ = demo
    with ctx.db.engine.connect() as conn:
        summit = conn.execute(
            select(PromotionEvent.__table__).where(PromotionEvent.__table__.c.title_en == "Invest KOREA Summit 2026")
        ).one()
        fezs = conn.execute(
            select(func.count()).select_from(promotion_fez).where(promotion_fez.c.event_id == summit.id)
        ).scalar()
        all_fezs = conn.execute(select(func.count()).select_from(Fez.__table__)).scalar()
        # Each edition is an event with its own dates (DOMAIN.md): 2025's began on 29 October, with APEC.
        earlier = conn.execute(
            select(PromotionEvent.__table__.c.starts_on).where(
                PromotionEvent.__table__.c.title_en == "Invest KOREA Summit 2025"
            )
        ).scalar_one()
    assert summit.kind == "summit"
    assert summit.starts_on.year == 2026 and summit.starts_on.month == 11
    assert earlier == date(2025, 10, 29)
    assert fezs == all_fezs == 9


def test_same_seed_same_data_other_seed_other_data(
    demo: tuple[Context, DemoSummary], ctx: Context, tmp_path: Path
) -> None:
    first, _ = demo
    generate_demo(ctx)  # the default seed, like the module's database
    assert _investor_names(ctx) == _investor_names(first)
    assert _interactions(ctx) == _interactions(first)  # on PostgreSQL too: the engine does not matter

    other_db = connect(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        other = Context(db=other_db, actor="tester", source="test")
        generate_demo(other, seed=7)
        assert {name for _, name in _investor_names(other)} != {name for _, name in _investor_names(first)}
        assert not {i for i, _ in _investor_names(other)} & {i for i, _ in _investor_names(first)}
    finally:
        other_db.dispose()


def test_second_run_is_refused_and_writes_nothing(demo: tuple[Context, DemoSummary]) -> None:
    ctx, summary = demo
    tables = ("officer", "investor", "contact", "project", "interaction", "task", "delegation", "search_investor_doc")
    before = {t: _scalar(ctx, f"SELECT count(*) FROM {t}") for t in tables}
    with pytest.raises(DomainError) as caught:
        generate_demo(ctx, seed=99)
    assert caught.value.code == "demo_not_empty"
    assert {t: _scalar(ctx, f"SELECT count(*) FROM {t}") for t in tables} == before
    assert before["investor"] == summary.investors


def test_the_demo_load_is_one_entry_in_the_audit_trail(demo: tuple[Context, DemoSummary]) -> None:
    ctx, summary = demo
    assert _scalar(ctx, "SELECT count(*) FROM audit_log WHERE source = 'demo' AND field = 'demo'") == 1
    recorded = _scalar(ctx, "SELECT new_value FROM audit_log WHERE source = 'demo'")
    assert f'"investor": {summary.investors}' in recorded


def test_no_delegation_contradicts_itself(demo: tuple[Context, DemoSummary]) -> None:
    """What the pre-flight check would flag never comes from the demo: every destination has
    appointments (a 미국·일본 trip goes to Tokyo too), nothing overlaps, and a finished trip's
    'meetings held' equals its meetings on the itinerary, its targets met and its meetings recorded."""
    from kotra_invest.briefing.assemble import delegation_pack
    from kotra_invest.briefing.preflight import preflight
    from kotra_invest.services.delegations import list_delegations

    ctx, _summary = demo
    checked = 0
    for year in (2026, 2027):
        for row in list_delegations(ctx, year=year):
            pack = delegation_pack(ctx, row.id, "ko")
            problems = [p for p in preflight(pack) if p.code in ("no_itinerary", "overlap", "counts_disagree")]
            assert problems == [], pack.title
            for city, _city_ko in pack.destination_cities:
                # A Korean pack names a stop by the destination's Korean name where it has one.
                stops = {city, _city_ko}
                assert any(x.city in stops and x.kind_code != "travel" for x in pack.itinerary), (pack.title, city)
            if pack.status_code == "done":
                meetings = sum(1 for x in pack.itinerary if x.kind_code == "meeting")
                assert pack.results.meetings_held == meetings == pack.targets_met == pack.interactions_recorded
                assert f"면담 {meetings}건" in (pack.results.summary or "")
            checked += 1
    assert checked >= 36
