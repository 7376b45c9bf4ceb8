"""Recommended investors for a delegation: known signals give a known order and stated reasons.

Built through the services where they exist (investors with their HQ city and Korean sites, the
delegation with its itinerary), on SQLite and PostgreSQL. A confidential project of another
office must neither raise a score nor appear in a reason — nor may a meeting about it count.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from import_helpers import xlsx
from mission_data import build_home, open_pack_ctx
from people import acting, team
from sqlalchemy import select

from kotra_invest.domain.aftercare_models import CaseCategory
from kotra_invest.domain.enums import InteractionKind, ItineraryKind, ProjectType
from kotra_invest.domain.errors import ValidationError
from kotra_invest.domain.models import Interaction, Investor, PipelineStage, Project
from kotra_invest.domain.recommend_models import RecommendationDismissal
from kotra_invest.importers import open_source, run_import, suggest_mapping
from kotra_invest.services import aftercare, delegations, investors, merging, recommendations, records
from kotra_invest.services.delegations import DelegationDraft, DestinationDraft, ItineraryDraft
from kotra_invest.services.investor_sites import SiteDraft
from kotra_invest.services.unit_of_work import Context, unit_of_work
from kotra_invest.sync.merge import apply_merge, plan_merge
from kotra_invest.sync.pack import export_pack

TODAY = date(2027, 2, 1)


def _investor(
    ctx: Context, name: str, country: str, industry: str | None, hq: str | None, sites: tuple[SiteDraft, ...] = ()
) -> uuid.UUID:
    draft = investors.InvestorDraft(name=name, country_code=country, industry_code=industry, hq_city=hq, sites=sites)
    return investors.create_investor(ctx, draft)


def _project(ctx: Context, investor_id: uuid.UUID, owner: uuid.UUID, stage: str, *, confidential: bool) -> uuid.UUID:
    with unit_of_work(ctx) as s:
        stage_id = s.scalar(select(PipelineStage.id).where(PipelineStage.code == stage))
        project = Project(
            investor_id=investor_id,
            title="Gigafactory Falcon",
            project_type=ProjectType.GREENFIELD,
            stage_id=stage_id,
            confidential=confidential,
            code_name="Falcon",
            owner_id=owner,
        )
        s.add(project)
        s.commit()
        return project.id


def _met(ctx: Context, investor_id: uuid.UUID, when: datetime, project_id: uuid.UUID | None = None) -> None:
    with unit_of_work(ctx) as s:
        s.add(
            Interaction(
                investor_id=investor_id,
                project_id=project_id,
                kind=InteractionKind.MEETING,
                occurred_at=when,
                summary="Falcon site talk" if project_id else "Catch-up",
            )
        )
        s.commit()


@pytest.fixture
def trip(ctx: Context) -> dict[str, uuid.UUID]:
    people = team(ctx)
    boss = acting(ctx, "boss")  # sets up the other office's records too
    ids = {
        "alpha": _investor(boss, "Alpha Robotics", "US", "ROBOT", "새너제이", (SiteDraft("KR-30"),)),
        "beta": _investor(boss, "Beta Intelligence", "DE", "AI", "Munich"),
        "gamma": _investor(boss, "Gamma Robotics", "JP", "ROBOT", "Tokyo"),
        "delta": _investor(boss, "Delta Foods", "FR", None, "Paris"),
        "epsilon": _investor(boss, "Epsilon Robotics", "US", "ROBOT", "Chicago"),
    }
    _project(boss, ids["alpha"], people["tester"], "MOU", confidential=False)
    _met(boss, ids["alpha"], datetime(2026, 7, 1, 9, tzinfo=UTC))
    # Busan's confidential project with Gamma, and Busan's meeting about it last month.
    secret = _project(boss, ids["gamma"], people["other"], "MOU", confidential=True)
    _met(boss, ids["gamma"], datetime(2027, 1, 5, 9, tzinfo=UTC), secret)
    delegation = delegations.create_delegation(
        boss,
        DelegationDraft(
            title="대전 로봇 투자유치단",
            title_en="Daejeon Robotics Delegation",
            year=2027,
            lead_province_codes=("KR-30",),
            target_industry_code="ROBOT",
            starts_on=date(2027, 3, 1),
            ends_on=date(2027, 3, 6),
            destinations=(
                DestinationDraft("US", "San Jose", "America/Los_Angeles", "새너제이"),
                DestinationDraft("US", "Boston", "America/New_York", "보스턴"),
            ),
        ),
    )
    for day, city, zone in ((2, "San Jose", "America/Los_Angeles"), (4, "Boston", "America/New_York")):
        delegations.add_itinerary_item(
            boss,
            delegation,
            ItineraryDraft(ItineraryKind.OTHER, f"IR in {city}", datetime(2027, 3, day, 10), zone, city=city),
        )
    return ids | {"delegation": delegation}


def _names(recs: list[recommendations.Recommendation], ids: dict[str, uuid.UUID]) -> list[str]:
    names = {v: k for k, v in ids.items()}
    return [names[r.investor_id] for r in recs]


def test_known_signals_give_the_order_and_the_reasons(ctx: Context, trip: dict[str, uuid.UUID]) -> None:
    recs = recommendations.recommend(acting(ctx, "tester", "en"), trip["delegation"], today=TODAY)
    assert _names(recs, trip) == ["alpha", "epsilon", "gamma", "beta"]  # Delta has no signal at all
    alpha = recs[0]
    assert alpha.reason_text() == (
        "Robotics (the delegation's industry) · HQ in San Jose, on the itinerary 2 Mar · project at MOU signed stage"
        " · last met 7 months ago · already invests in Daejeon"
    )
    assert alpha.hq_city == "San Jose"  # typed in Korean, kept as the listed city
    assert (
        recs[1].reason_text()
        == "Robotics (the delegation's industry) · HQ in United States, where the trip goes (San Jose) · never met"
    )
    assert recs[3].reason_text() == "Artificial intelligence (a strategic industry of Daejeon) · never met"
    # 3 (industry) + 3 (location) + 1 (MOU, the furthest open stage) + 7/12 (gap) + 1 (site in the lead province)
    assert alpha.score == pytest.approx(8.58, abs=0.01)

    korean = recommendations.recommend(acting(ctx, "tester", "ko"), trip["delegation"], today=TODAY)
    assert korean[0].reason_text() == (
        "로봇(유치단 목표 산업) · 본사 새너제이, 일정상 3월 2일 방문 · MOU 체결 단계 프로젝트 · 마지막 면담 7개월 전 · 이미 대전광역시에 투자"
    )


def test_another_offices_confidential_project_neither_raises_a_score_nor_shows(
    ctx: Context, trip: dict[str, uuid.UUID]
) -> None:
    mine = {r.investor_id: r for r in recommendations.recommend(acting(ctx, "tester"), trip["delegation"], today=TODAY)}
    gamma = mine[trip["gamma"]]
    # Industry and "never met" only: the secret project's stage adds nothing, and Busan's meeting
    # about it is not a meeting Seoul may know of.
    assert gamma.score == pytest.approx(3.6)
    assert gamma.reason_text() == "Robotics (the delegation's industry) · never met"
    assert all("MOU" not in r.text and "Falcon" not in r.text for r in gamma.reasons)
    # Busan, who owns it, sees it count.
    theirs = {
        r.investor_id: r for r in recommendations.recommend(acting(ctx, "other"), trip["delegation"], today=TODAY)
    }
    assert theirs[trip["gamma"]].score == pytest.approx(4.0)  # 3 (industry) + 1 (MOU); met last month: no gap
    assert "project at MOU signed stage" in theirs[trip["gamma"]].reason_text()
    assert "never met" not in theirs[trip["gamma"]].reason_text()


def test_an_open_grievance_is_shown_as_a_risk_unless_it_is_about_a_hidden_project(
    ctx: Context, trip: dict[str, uuid.UUID]
) -> None:
    boss = acting(ctx, "boss")
    received = date(2027, 1, 10)
    records.create(
        boss, aftercare.CASE, aftercare.CaseDraft(trip["epsilon"], "Customs ruling", CaseCategory.CUSTOMS, received)
    )
    with unit_of_work(boss) as s:
        secret = s.scalar(select(Project.id).where(Project.investor_id == trip["gamma"]))
    records.create(
        boss,
        aftercare.CASE,
        aftercare.CaseDraft(trip["gamma"], "Site permit", CaseCategory.CONSTRUCTION, received, project_id=secret),
    )
    mine = {
        r.investor_id: r
        for r in recommendations.recommend(acting(ctx, "tester", "en"), trip["delegation"], today=TODAY)
    }
    assert "open grievance case (1)" in mine[trip["epsilon"]].reason_text()  # shown, never hidden
    assert "grievance" not in mine[trip["gamma"]].reason_text()  # the case tells of Busan's secret project
    theirs = {
        r.investor_id: r for r in recommendations.recommend(acting(ctx, "other", "en"), trip["delegation"], today=TODAY)
    }
    assert "open grievance case (1)" in theirs[trip["gamma"]].reason_text()


def test_chosen_and_dismissed_investors_leave_the_list_and_stay_out(ctx: Context, trip: dict[str, uuid.UUID]) -> None:
    tester = acting(ctx, "boss")
    delegations.add_target(tester, trip["delegation"], trip["alpha"])
    recommendations.dismiss(tester, trip["delegation"], trip["epsilon"])
    again = recommendations.recommend(tester, trip["delegation"], today=TODAY)
    assert _names(again, trip) == ["gamma", "beta"]
    assert _names(recommendations.recommend(tester, trip["delegation"], today=TODAY), trip) == ["gamma", "beta"]
    recommendations.undismiss(tester, trip["delegation"], trip["epsilon"])
    assert "epsilon" in _names(recommendations.recommend(tester, trip["delegation"], today=TODAY), trip)


def test_weights_are_settings_and_a_zero_weight_drops_its_reason(ctx: Context, trip: dict[str, uuid.UUID]) -> None:
    boss = acting(ctx, "boss")
    recommendations.set_weight(boss, "location", 0)
    assert recommendations.weights(boss)["location"] == 0
    recs = recommendations.recommend(boss, trip["delegation"], today=TODAY)
    assert all(r.signal != "location" for rec in recs for r in rec.reasons)
    with pytest.raises(ValidationError):
        recommendations.set_weight(boss, "charm", 1)


def test_day_plan_hint_places_investors_on_the_itinerarys_cities(ctx: Context, trip: dict[str, uuid.UUID]) -> None:
    boss = acting(ctx, "boss")
    for key in ("alpha", "epsilon", "beta"):
        delegations.add_target(boss, trip["delegation"], trip[key])
    hints = {h.investor_id: h for h in recommendations.day_plan_hint(boss, trip["delegation"])}
    assert (hints[trip["alpha"]].city, hints[trip["alpha"]].day) == ("San Jose", date(2027, 3, 2))
    assert hints[trip["epsilon"]].city == "Boston"  # same country: the American stop with room left
    assert hints[trip["beta"]].city in ("San Jose", "Boston")  # off the route: still on the itinerary
    # A hint writes nothing: the itinerary has its two IR entries only.
    page = delegations.delegation_page(boss, trip["delegation"])
    assert sum(len(day.items) for day in page.itinerary) == 2


def test_investor_keeps_its_hq_city_and_sites_through_an_edit(ctx: Context, trip: dict[str, uuid.UUID]) -> None:
    boss = acting(ctx, "boss", "ko")
    draft, version = investors.get_investor(boss, trip["alpha"])
    assert draft.hq_city == "San Jose" and draft.sites == (SiteDraft("KR-30"),)
    investors.update_investor(
        boss,
        trip["alpha"],
        version,
        draft.__class__(**{**draft.__dict__, "sites": (SiteDraft("KR-28", "IFEZ"),), "hq_city": "Boston Area"}),
    )
    page = investors.investor_page(boss, trip["alpha"])
    assert page.hq_city == "Boston Area"  # not a listed city: kept as written
    assert page.korean_sites == ("인천광역시 (인천경제자유구역)",)
    with unit_of_work(boss) as s:
        assert s.get(Investor, trip["alpha"]).in_korea  # type: ignore[union-attr]
    with pytest.raises(ValidationError):
        investors.update_investor(
            boss, trip["alpha"], page.version, draft.__class__(**{**draft.__dict__, "sites": (SiteDraft("KR-99"),)})
        )


def test_an_imported_tracker_maps_the_hq_city_column(ctx: Context, tmp_path: Path) -> None:
    # A Korean officer's sheet: a title row, then 본사 소재지 in Korean for one, English for another.
    path = xlsx(
        tmp_path / "tracker.xlsx",
        [
            ["2026 투자가 목록", None, None, None],
            ["회사명", "국가", "산업", "본사 소재지"],
            ["Sakura Robotics", "JP", "ROBOT", "오사카"],
            ["Lindqvist AB", "SE", "AI", "Gothenburg"],
            ["Fjord Labs", "NO", "AI", "Stavanger"],
        ],
    )
    info = open_source(path)
    mapping = suggest_mapping("investors", info.headers)
    report = run_import(ctx, info, mapping)
    assert report.committed and report.created == 3
    with unit_of_work(ctx) as s:
        stored = dict(s.execute(select(Investor.name, Investor.hq_city)).all())
    # Listed cities are kept by their English name; one the list lacks, as written.
    assert stored == {"Sakura Robotics": "Osaka", "Lindqvist AB": "Gothenburg", "Fjord Labs": "Stavanger"}


def _cli(db_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KOTRA_INVEST_LANG": "en", "KOTRA_INVEST_USER": "boss"}
    return subprocess.run(
        [sys.executable, "-m", "kotra_invest", "--db", db_url, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_the_command_line_lists_recommendations_with_reasons(
    ctx: Context, db_url: str, trip: dict[str, uuid.UUID]
) -> None:
    shown = _cli(db_url, "recommend", "Daejeon Robotics", "--limit", "2", "--on", "2027-02-01")
    assert shown.returncode == 0, shown.stderr
    assert "Alpha Robotics" in shown.stdout and "HQ in San Jose, on the itinerary 2 Mar" in shown.stdout
    assert "Beta" not in shown.stdout  # the limit holds
    as_json = json.loads(
        _cli(db_url, "--lang", "ko", "recommend", str(trip["delegation"]), "--json", "--on", "2027-02-01").stdout
    )
    assert [row["name"] for row in as_json][:3] == ["Alpha Robotics", "Epsilon Robotics", "Gamma Robotics"]
    # boss is an admin: Busan's confidential project with Gamma counts for them.
    assert as_json[2]["score"] == 4.0 and "MOU 체결 단계 프로젝트" in as_json[2]["reason_text"]
    assert as_json[0]["reasons"][0] == {"signal": "industry", "text": "로봇(유치단 목표 산업)", "points": 3.0}
    # Bad input: one sentence, exit 2, nothing written.
    for bad in (
        ["recommend", "No such trip"],
        ["recommend", "Daejeon", "--weight", "charm=2"],
        ["recommend", "Daejeon", "--limit", "0"],
    ):
        failed = _cli(db_url, *bad)
        assert failed.returncode == 2 and failed.stderr.strip() and "unexpected" not in failed.stderr
    moved = _cli(db_url, "investor-place", "Beta Intelligence", "--hq-city", "뮌헨", "--site", "KR-28:IFEZ")
    assert moved.returncode == 0, moved.stderr
    assert "HQ Munich" in moved.stdout and "Incheon (Incheon FEZ)" in moved.stdout
    dismissed = _cli(db_url, "recommend", "Daejeon", "--dismiss", "Alpha Robotics", "--on", "2027-02-01")
    assert dismissed.returncode == 0 and "Alpha Robotics" in dismissed.stdout.splitlines()[0]
    assert "Alpha Robotics" not in "\n".join(dismissed.stdout.splitlines()[1:])


def test_merging_two_investors_keeps_every_site_and_dismissal_once(ctx: Context, trip: dict[str, uuid.UUID]) -> None:
    boss = acting(ctx, "boss", "en")
    twin = _investor(boss, "Alpha Robotics Inc", "US", "ROBOT", None, (SiteDraft("KR-30"), SiteDraft("KR-28", "IFEZ")))
    recommendations.dismiss(boss, trip["delegation"], twin)
    result = merging.merge_investors(boss, trip["alpha"], twin)
    page = investors.investor_page(boss, trip["alpha"])
    assert page.korean_sites == ("Incheon (Incheon FEZ)", "Daejeon")  # Daejeon once: Alpha's own stays
    assert page.hq_city == "San Jose"
    # The dismissal followed the investor it was about.
    assert trip["alpha"] not in {
        r.investor_id for r in recommendations.recommend(boss, trip["delegation"], today=TODAY)
    }
    merging.unmerge(boss, result)
    assert investors.investor_page(boss, twin).korean_sites == ("Incheon (Incheon FEZ)", "Daejeon")
    assert investors.investor_page(boss, trip["alpha"]).korean_sites == ("Daejeon",)


def test_a_mission_pack_carries_sites_and_dismissals_and_brings_new_ones_home(ctx: Context, tmp_path: Path) -> None:
    mission = build_home(ctx)
    admin = Context(db=ctx.db, actor="home-admin", source="test", lang="en")
    draft, version = investors.get_investor(admin, mission.acme)
    investors.update_investor(
        admin, mission.acme, version, replace(draft, sites=(SiteDraft("KR-30"),), hq_city="San Jose")
    )
    recommendations.dismiss(admin, mission.delegation, mission.outsider)  # left home: it does not travel
    path = tmp_path / "trip.kipack"
    export_pack(ctx, mission.delegation, path)

    abroad = open_pack_ctx(path)
    try:
        acme = investors.investor_page(abroad, mission.acme)
        assert (acme.hq_city, acme.korean_sites) == ("San Jose", ("Daejeon",))
        with unit_of_work(abroad) as s:
            assert s.scalars(select(RecommendationDismissal.investor_id)).all() == []
        # Abroad, the leader dismisses Cyberdyne for this trip and notes Borg's plant in Ulsan.
        recommendations.dismiss(abroad, mission.delegation, mission.cyber)
        borg, borg_version = investors.get_investor(abroad, mission.borg)
        investors.update_investor(
            abroad, mission.borg, borg_version, replace(borg, sites=(SiteDraft("KR-31", "UFEZ"),))
        )
    finally:
        abroad.db.dispose()

    apply_merge(ctx, plan_merge(ctx, path))
    assert investors.investor_page(ctx, mission.borg).korean_sites == ("Ulsan (Ulsan FEZ)",)
    with unit_of_work(ctx) as s:
        dismissed = set(
            s.scalars(select(RecommendationDismissal.investor_id).where(RecommendationDismissal.deleted_at.is_(None)))
        )
    assert dismissed == {mission.outsider, mission.cyber}
