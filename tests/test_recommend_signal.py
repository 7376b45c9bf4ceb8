"""The stored per-investor figures the recommendation ranking reads (`investor_signal`) stay right.

After each kind of change — a meeting logged or deleted, a project moved or made confidential, a
tranche, a grievance case opened and closed, investors merged and unmerged, an investor deleted,
an import, a mission pack's merge — the kept figures equal the ones recomputed from the source
rows, and the ranking, read page by page (one investor a page, so every early stop is taken),
equals the full ranking of every investor. On PostgreSQL as officers on their own logins after
`server init`, a confidential project of another office neither raises a score nor shows, and
the table holds nothing of it.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from import_helpers import xlsx
from mission_data import build_home, open_pack_ctx
from people import acting
from sqlalchemy import select, text
from test_recommendations import TODAY, _investor, _met, trip  # noqa: F401 - the fixture
from test_server_rules import World, _sql, pg_world, world  # noqa: F401 - fixtures

from kotra_invest.domain.aftercare_models import CaseCategory
from kotra_invest.domain.enums import FdiKind, InteractionKind
from kotra_invest.domain.models import Project
from kotra_invest.domain.recommend_models import InvestorSignal
from kotra_invest.importers import open_source, run_import, suggest_mapping
from kotra_invest.services import aftercare, merging, projects, recommendations, records
from kotra_invest.services.interactions import INTERACTION, InteractionDraft, create_interaction
from kotra_invest.services.investors import INVESTOR
from kotra_invest.services.unit_of_work import Context, unit_of_work
from kotra_invest.store import investor_signal
from kotra_invest.sync.merge import apply_merge, plan_merge
from kotra_invest.sync.pack import export_pack

_COLUMNS = "investor_id, best_stage, last_fdi_on, last_met, last_met_delegation_id, open_grievances"


def _rows(conn: Any) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in conn.execute(text(f"SELECT {_COLUMNS} FROM investor_signal ORDER BY investor_id"))]


def assert_kept_is_recomputed(ctx: Context) -> None:
    with ctx.db.engine.connect() as conn:
        kept = _rows(conn)
        investor_signal.rebuild(conn)
        fresh = _rows(conn)
        conn.rollback()
    assert kept == fresh


def assert_pages_rank_as_the_whole(
    ctx: Context, delegation: uuid.UUID, monkeypatch: pytest.MonkeyPatch, today: date = TODAY
) -> None:
    """The list read a page of one investor at a time, stopping as early as the stored figures
    allow, equals every investor scored (a limit larger than the table: no early stop)."""
    whole = recommendations.recommend(ctx, delegation, limit=10_000, today=today)
    ceilings = recommendations._ceilings(ctx, delegation, today)
    for r in whole:  # the order the pages are read in never puts an investor below its score
        assert ceilings[r.investor_id] >= r.score - 0.005, (r.name, ceilings[r.investor_id], r.score)
    for as_list in (recommendations._SPECIAL_AS_LIST, 0):  # the officer's confidential investors listed, or a subquery
        with monkeypatch.context() as m:
            m.setattr(recommendations, "_FIRST_PAGE", 1)
            m.setattr(recommendations, "_PAGE_PER_RESULT", 1)
            m.setattr(recommendations, "_GAP_BATCH", 1)
            m.setattr(recommendations, "_SPECIAL_AS_LIST", as_list)
            for limit in range(1, len(whole) + 1):
                assert recommendations.recommend(ctx, delegation, limit=limit, today=today) == whole[:limit], limit


def _check(ctx: Context, trip: dict[str, uuid.UUID], monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    assert_kept_is_recomputed(ctx)
    for login in ("tester", "other", "boss"):  # Seoul, Busan (owns the confidential project), admin
        assert_pages_rank_as_the_whole(acting(ctx, login, "en"), trip["delegation"], monkeypatch)


def test_the_kept_figures_and_the_ranking_follow_every_kind_of_change(
    ctx: Context,
    trip: dict[str, uuid.UUID],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    boss = acting(ctx, "boss", "en")
    tester = acting(ctx, "tester", "en")
    _check(ctx, trip, monkeypatch)
    before = recommendations.recommend(tester, trip["delegation"], today=TODAY)
    assert [r.investor_id for r in before][:2] == [trip["alpha"], trip["epsilon"]]

    # A meeting logged last month closes Epsilon's gap ("never met"): it drops below Gamma.
    meeting = create_interaction(
        boss, InteractionDraft(InteractionKind.MEETING, datetime(2027, 1, 20, 9, tzinfo=UTC), "Intro", trip["epsilon"])
    )
    _check(ctx, trip, monkeypatch)
    after = {r.investor_id: r for r in recommendations.recommend(tester, trip["delegation"], today=TODAY)}
    assert "never met" not in after[trip["epsilon"]].reason_text()
    records.delete(boss, INTERACTION, meeting)
    _check(ctx, trip, monkeypatch)

    # Alpha's project made confidential by its Seoul owner (Busan no longer sees its stage), won
    # (no open stage left), then a tranche.
    alpha_project = _project_of(ctx, trip["alpha"])
    draft, version = records.get(boss, projects.PROJECT, alpha_project)
    records.update(boss, projects.PROJECT, alpha_project, version, replace(draft, confidential=True, code_name="Orca"))
    _check(ctx, trip, monkeypatch)
    theirs = {
        r.investor_id: r for r in recommendations.recommend(acting(ctx, "other", "en"), trip["delegation"], today=TODAY)
    }
    assert "project at" not in theirs[trip["alpha"]].reason_text()
    assert "project at MOU signed stage" in {r.investor_id: r for r in before}[trip["alpha"]].reason_text()
    projects.move_project(boss, alpha_project, "NOTIFIED")
    _check(ctx, trip, monkeypatch)
    projects.add_fdi_amount(
        boss, alpha_project, projects.FdiAmountDraft(FdiKind.NOTIFIED, "1000000", date(2026, 12, 1))
    )
    _check(ctx, trip, monkeypatch)

    # A grievance case opened (a risk) and closed (none).
    case = records.create(
        boss, aftercare.CASE, aftercare.CaseDraft(trip["epsilon"], "Customs", CaseCategory.CUSTOMS, date(2027, 1, 10))
    )
    _check(ctx, trip, monkeypatch)
    draft, version = records.get(boss, aftercare.CASE, case)
    records.update(boss, aftercare.CASE, case, version, aftercare.resolved(draft, date(2027, 1, 20), "ruled"))
    _check(ctx, trip, monkeypatch)

    # Two investors merged (the twin's meeting and project move to Alpha), unmerged, one deleted.
    twin = _investor(boss, "Alpha Robotics Inc", "US", "ROBOT", None)
    _met(boss, twin, datetime(2027, 1, 25, 9, tzinfo=UTC))
    _check(ctx, trip, monkeypatch)
    merged = merging.merge_investors(boss, trip["alpha"], twin)
    _check(ctx, trip, monkeypatch)
    merging.unmerge(boss, merged)
    _check(ctx, trip, monkeypatch)
    records.delete(boss, INVESTOR, trip["epsilon"])
    _check(ctx, trip, monkeypatch)
    assert trip["epsilon"] not in {
        r.investor_id for r in recommendations.recommend(tester, trip["delegation"], today=TODAY)
    }

    # An officer's meeting log imported: Beta met last week.
    path = xlsx(
        tmp_path / "meetings.xlsx",
        [
            ["면담 기록", None, None],
            ["회사명", "면담일", "면담 내용"],
            ["Beta Intelligence", "2027-01-25", "Munich visit"],
        ],
    )
    info = open_source(path)
    report = run_import(boss, info, suggest_mapping("interactions", info.headers))
    assert report.committed and report.created == 1
    _check(ctx, trip, monkeypatch)
    beta = {r.investor_id: r for r in recommendations.recommend(tester, trip["delegation"], today=TODAY)}[trip["beta"]]
    assert "never met" not in beta.reason_text()


def _project_of(ctx: Context, investor_id: uuid.UUID) -> uuid.UUID:
    with unit_of_work(ctx) as s:
        return s.scalars(select(Project.id).where(Project.investor_id == investor_id)).one()


def test_a_mission_packs_merge_keeps_the_figures_at_home_and_abroad(
    ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mission = build_home(ctx)
    path = tmp_path / "trip.kipack"
    export_pack(ctx, mission.delegation, path)
    abroad = open_pack_ctx(path)
    try:
        assert_kept_is_recomputed(abroad)  # the pack is filled by inserts: its triggers kept up
        create_interaction(
            abroad,
            InteractionDraft(
                InteractionKind.MEETING, datetime(2026, 4, 14, 9, tzinfo=UTC), "Met at their HQ", mission.cyber
            ),
        )
        projects.move_project(abroad, mission.project, "MOU")
        assert_kept_is_recomputed(abroad)
    finally:
        abroad.db.dispose()
    apply_merge(ctx, plan_merge(ctx, path))
    assert_kept_is_recomputed(ctx)
    admin = Context(db=ctx.db, actor="home-admin", source="test", lang="en")
    assert_pages_rank_as_the_whole(admin, mission.delegation, monkeypatch, date(2026, 5, 1))
    with ctx.db.engine.connect() as conn:
        met = conn.execute(select(InvestorSignal.last_met).where(InvestorSignal.investor_id == mission.cyber)).scalar()
    assert met is not None and met.date() == date(2026, 4, 14)  # the meeting abroad came home


def test_officers_on_their_own_logins_rank_without_another_teams_secret(
    world: World,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Kim's (Seoul) Acme has a confidential project with a tranche last April and a meeting about
    it; Park (Busan) must not see either count, through the ranking or in the table."""
    today = date(2026, 6, 1)
    for login in ("kim", "mate", "park", "boss", "reader"):
        assert_pages_rank_as_the_whole(world.as_(login), world.ids["trip"], monkeypatch, today)

    def acme(login: str) -> recommendations.Recommendation:
        ranked = recommendations.recommend(
            world.as_(login), world.ids["trip"], today=today, limit=50, hide_targets=True
        )
        return next(r for r in ranked if r.investor_id == world.ids["acme"])

    assert "FDI notified or arrived in the past year" in acme("mate").reason_text()  # Seoul's own secret
    park = acme("park")
    assert "FDI notified or arrived in the past year" not in park.reason_text()
    assert acme("mate").score > park.score
    # The table, read by Park as plain SQL on their own login (PostgreSQL) or by the app (SQLite),
    # has the public meeting and no trace of the secret's tranche.
    rows = (
        _sql(world, "park", "SELECT last_fdi_on, last_met FROM investor_signal")
        if world.engine == "postgresql"
        else None
    )
    if rows is not None:
        assert len(rows) == 2 and all(r[0] is None for r in rows)  # Acme and Globex; the only tranche is secret
