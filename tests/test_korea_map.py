"""The tile map of Korea: where the tiles sit, what each figure counts, who sees what, how it is drawn."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from people import acting, team

from kotra_invest.domain.aftercare_models import CaseCategory, CaseStatus
from kotra_invest.domain.enums import DelegationStatus, FdiKind, ProjectType
from kotra_invest.domain.errors import ValidationError
from kotra_invest.domain.korea_tiles import TILE_BY_CODE, TILES
from kotra_invest.domain.models import FdiAmount, Project
from kotra_invest.domain.reference_data import FEZS, PROVINCES, reference_id
from kotra_invest.services import aftercare, fx, records
from kotra_invest.services import korea_map as korea_map_service
from kotra_invest.services.delegations import DelegationDraft, create_delegation
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.korea_map import korea_map, register_provider
from kotra_invest.services.korea_map_drawing import CLASS_COLOURS, ZERO_COLOUR, Box, Label, Shape, colour_of, draw
from kotra_invest.services.unit_of_work import Context, unit_of_work


def _project(
    ctx: Context,
    province: str | None,
    *,
    notified: str = "0",
    arrived: str = "0",
    on: date = date(2026, 5, 1),
    confidential: bool = False,
    owner: uuid.UUID | None = None,
    stage: str = "MEETING",
) -> uuid.UUID:
    investor = create_investor(ctx, InvestorDraft(name=f"Investor {uuid.uuid4().hex[:6]}"))
    with unit_of_work(ctx) as session:
        project = Project(
            investor_id=investor,
            title="Plant",
            project_type=ProjectType.GREENFIELD,
            owner_id=owner,
            stage_id=reference_id("pipeline_stage", stage),
            confidential=confidential,
            code_name="Falcon" if confidential else None,
            target_province_id=reference_id("province", province) if province else None,
        )
        for kind, amount in ((FdiKind.NOTIFIED, notified), (FdiKind.ARRIVED, arrived)):
            if Decimal(amount):
                project.fdi_amounts.append(FdiAmount(kind=kind, amount=Decimal(amount), on_date=on, currency="USD"))
        session.add(project)
        session.commit()
        return project.id


def _luminance(colour: str) -> float:
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


# --- the grid -------------------------------------------------------------------------------


def test_every_province_has_one_tile_and_no_two_tiles_overlap() -> None:
    assert set(TILE_BY_CODE) == {code for code, *_ in PROVINCES}
    places = [(t.column, t.row) for t in TILES]
    assert len(set(places)) == len(places) == 17


def test_the_tiles_keep_the_country_s_shape() -> None:
    at = {t.short_en: (t.column, t.row) for t in TILES}
    # The capital region in the north-west, Incheon on the west coast, Gangwon in the north-east.
    assert at["Incheon"][0] < at["Seoul"][0] < at["Gangwon"][0] and at["Seoul"][1] == 0
    assert at["Gangwon"] == max(p for p in at.values() if p[1] == 0)
    # Busan at the south-east corner of the mainland, Honam in the south-west, Jeju alone below.
    mainland = [p for name, p in at.items() if name != "Jeju"]
    assert at["Busan"] == (max(c for c, _ in mainland), max(r for _, r in mainland))
    assert at["Gwangju"][0] == 0 and at["Jeonnam"][1] == at["Busan"][1]
    assert at["Jeju"][1] > max(r for _, r in mainland) + 1  # sea between
    assert at["Daejeon"][1] > at["Sejong"][1] and at["Daegu"][1] > at["Gyeongbuk"][1]


# --- the figures ----------------------------------------------------------------------------


def test_notified_and_arrived_sum_the_year_by_target_province(ctx: Context) -> None:
    _project(ctx, "KR-31", notified="120000000", arrived="50000000")
    _project(ctx, "KR-31", notified="30000000")
    _project(ctx, "KR-41", notified="80000000", on=date(2025, 12, 31))  # another year
    _project(ctx, None, notified="7000000")  # site not decided yet

    notified = korea_map(ctx, "notified", 2026)
    arrived = korea_map(ctx, "arrived", 2026)

    assert notified.available and notified.value_of("KR-31") == Decimal("150000000")
    assert notified.value_of("KR-41") == 0 and notified.unassigned == Decimal("7000000")
    assert arrived.value_of("KR-31") == Decimal("50000000")
    assert len(notified.provinces) == 17


def test_pipeline_counts_live_projects_and_delegations_count_by_lead_province(ctx: Context) -> None:
    _project(ctx, "KR-30")
    _project(ctx, "KR-30", stage="LOST")
    _project(ctx, "KR-26")
    create_delegation(ctx, DelegationDraft(title="대전 로봇", year=2026, lead_province_codes=("KR-30", "KR-44")))
    create_delegation(
        ctx,
        DelegationDraft(title="부산 조선", year=2026, lead_province_codes=("KR-26",), other_province_codes=("KR-30",)),
    )
    create_delegation(
        ctx, DelegationDraft(title="취소", year=2026, lead_province_codes=("KR-30",), status=DelegationStatus.CANCELLED)
    )
    create_delegation(ctx, DelegationDraft(title="작년", year=2025, lead_province_codes=("KR-30",)))

    pipeline = korea_map(ctx, "pipeline", 2026)
    delegations = korea_map(ctx, "delegations", 2026)

    assert pipeline.value_of("KR-30") == 2 and pipeline.value_of("KR-26") == 1
    assert delegations.value_of("KR-30") == 1 and delegations.value_of("KR-44") == 1  # led jointly
    assert delegations.value_of("KR-26") == 1  # Daejeon only took part in it


def test_a_euro_tranche_counts_at_its_dates_rate_as_on_the_dashboard(ctx: Context) -> None:
    plant = _project(ctx, "KR-44", notified="1000000")
    with unit_of_work(ctx) as session:
        session.add(
            FdiAmount(
                project_id=plant,
                kind=FdiKind.NOTIFIED,
                amount=Decimal("900000"),
                currency="EUR",
                on_date=date(2026, 5, 2),
            )
        )
        session.commit()
    assert korea_map(ctx, "notified", 2026).value_of("KR-44") == Decimal("1000000")  # no rate yet: left out
    fx.set_rate(ctx, "EUR", date(2026, 5, 1), Decimal("0.9"))  # 1 USD = 0.9 EUR
    assert korea_map(ctx, "notified", 2026).value_of("KR-44") == Decimal("2000000")


def test_a_confidential_project_of_another_team_colours_no_tile(ctx: Context) -> None:
    people = team(ctx)
    busan = acting(ctx, "other")
    _project(busan, "KR-48", notified="900000000", confidential=True, owner=people["other"])
    _project(busan, "KR-48", notified="100000000", owner=people["other"])

    for login, expected_usd, expected_count in (
        ("tester", "100000000", 1),
        ("other", "1000000000", 2),
        ("boss", "1000000000", 2),
    ):
        seen = acting(ctx, login)
        assert korea_map(seen, "notified", 2026).value_of("KR-48") == Decimal(expected_usd), login
        assert korea_map(seen, "pipeline", 2026).value_of("KR-48") == expected_count, login


def test_open_cases_land_where_their_project_lands_and_a_hidden_one_nowhere(ctx: Context) -> None:
    people = team(ctx)
    busan = acting(ctx, "other")
    seen_plant = _project(busan, "KR-48", owner=people["other"])
    hidden_plant = _project(busan, "KR-48", confidential=True, owner=people["other"])
    received = date(2026, 4, 1)

    def case(project_id: uuid.UUID, subject: str) -> uuid.UUID:
        with unit_of_work(busan) as session:
            investor_id = session.get(Project, project_id).investor_id  # type: ignore[union-attr]
        return records.create(
            busan,
            aftercare.CASE,
            aftercare.CaseDraft(investor_id, subject, CaseCategory.CUSTOMS, received, project_id=project_id),
        )

    case(seen_plant, "Customs ruling")
    case(hidden_plant, "Site permit")
    closed = case(seen_plant, "Visa")
    draft, version = records.get(busan, aftercare.CASE, closed)
    records.update(
        busan,
        aftercare.CASE,
        closed,
        version,
        replace(draft, status=CaseStatus.RESOLVED, resolved_on=date(2026, 4, 9), resolution="Issued"),
    )

    assert korea_map(busan, "cases", 2026).value_of("KR-48") == 2  # the resolved one is not open
    assert korea_map(acting(ctx, "tester"), "cases", 2026).value_of("KR-48") == 1  # nor the hidden project's


def test_the_command_line_offers_every_figure() -> None:
    from kotra_invest.commands.map import FIGURE_CHOICES

    assert set(FIGURE_CHOICES) == set(korea_map_service.FIGURES)


def test_unknown_figure_or_year_is_one_clear_error(ctx: Context) -> None:
    with pytest.raises(ValidationError) as caught:
        korea_map(ctx, "grievances", 2026)
    assert "grievances" in caught.value.message("en")
    with pytest.raises(ValidationError):
        korea_map(ctx, "notified", 20260)
    with pytest.raises(ValidationError):
        register_provider("weather", lambda session, c, year: {})


# --- the drawing ----------------------------------------------------------------------------


def test_fezs_are_marked_on_their_provinces(ctx: Context) -> None:
    m = korea_map(ctx, "pipeline", 2026, lang="en")
    fez_count = {code: sum(code in provinces for *_, provinces in FEZS) for code, *_ in PROVINCES}
    assert {p.code: len(p.fezs) for p in m.provinces} == fez_count
    assert fez_count["KR-48"] == 2 and fez_count["KR-49"] == 0  # Gyeongnam: Busan-Jinhae and Gwangyang Bay
    scene = draw(m)
    legend_marks = 1
    assert sum(isinstance(i, Shape) for i in scene.items) == sum(fez_count.values()) + legend_marks


def test_the_scale_darkens_with_the_value_and_every_tile_carries_its_number(ctx: Context) -> None:
    for province, amount in (
        ("KR-11", "10000000"),
        ("KR-41", "120000000"),
        ("KR-26", "250000000"),
        ("KR-30", "480000000"),
    ):
        _project(ctx, province, notified=amount)
    m = korea_map(ctx, "notified", 2026, lang="en")
    scene = draw(m)
    fills = {}
    for area in scene.tiles:
        box = next(i for i in scene.items if isinstance(i, Box) and (i.x, i.y) == (area.x, area.y))
        fills[area.code] = box.fill
    assert fills["KR-50"] == ZERO_COLOUR  # nothing: white, not the first blue
    order = ["KR-11", "KR-41", "KR-26", "KR-30"]
    lightness = [_luminance(fills[code]) for code in order]
    assert lightness == sorted(lightness, reverse=True) and len(set(lightness)) == 4
    # Lightness alone tells the classes apart (grey print, any colour vision).
    steps = [_luminance(c) for c in CLASS_COLOURS]
    assert all(a - b > 0.08 for a, b in itertools.pairwise(steps))
    texts = scene.texts()
    assert {"Seoul", "Daejeon", "Jeju", "10", "120", "250", "480", "Unit: USD million"} <= set(texts)
    assert colour_of(Decimal("480000000"), m, (0, 100, 200, 300, 400, 500)) == CLASS_COLOURS[-1]


def test_korean_labels_and_units(ctx: Context) -> None:
    _project(ctx, "KR-30", notified="250000000")
    scene = draw(korea_map(ctx, "notified", 2026, lang="ko"))
    texts = scene.texts()
    assert "신고 금액 · 2026" in texts and "대전" in texts and "제주" in texts
    assert "2.5" in texts and "단위: 억 달러" in texts  # 억 달러, as Korean readers count money
    assert any(t.startswith("경제자유구역") for t in texts)


def test_lead_sites_and_selection_are_drawn_as_line_styles_with_a_legend(ctx: Context) -> None:
    m = korea_map(ctx, "pipeline", 2026, lang="en", lead=["KR-41"], sites=["KR-30", "KR-41"])
    scene = draw(m, selected="KR-26")
    frames = [i for i in scene.items if isinstance(i, Box) and i.fill is None]

    def frame_on(code: str) -> list[Box]:
        area = next(t for t in scene.tiles if t.code == code)
        return [f for f in frames if area.contains(f.x, f.y) and area.contains(f.x + f.w, f.y + f.h)]

    assert [f.dash for f in frame_on("KR-41")] == [(), (4.0, 2.5)]  # lead (solid) and a site (dashed)
    assert [f.dash for f in frame_on("KR-30")] == [(4.0, 2.5)]
    assert len(frame_on("KR-26")) == 1 and frame_on("KR-11") == []
    assert {"Lead province", "Proposed site", "Selected province"} <= set(scene.texts())
    assert scene.tile_at(frame_on("KR-30")[0].x + 10, frame_on("KR-30")[0].y + 10) == "KR-30"
    assert not any(
        isinstance(i, Label) and i.text == "Lead province" for i in draw(korea_map(ctx, "pipeline", 2026)).items
    )
