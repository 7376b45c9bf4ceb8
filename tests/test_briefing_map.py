"""The briefing PDF's map of Korea: the lead province and the proposed sites, read back with pdfplumber."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from people import acting, team

from kotra_invest.briefing.assemble import delegation_pack
from kotra_invest.briefing.pdf import write_delegation_pdf
from kotra_invest.domain.enums import FdiKind, ProjectType
from kotra_invest.domain.models import FdiAmount, MeetingTarget, Project
from kotra_invest.domain.reference_data import reference_id
from kotra_invest.services.delegations import DelegationDraft, create_delegation
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context, unit_of_work


def _project(
    ctx: Context,
    investor: uuid.UUID,
    province: str,
    stage: str,
    *,
    confidential: bool = False,
    owner: uuid.UUID | None = None,
    notified: str | None = None,
) -> None:
    with unit_of_work(ctx) as session:
        project = Project(
            investor_id=investor,
            title=f"Plant in {province}",
            project_type=ProjectType.GREENFIELD,
            owner_id=owner,
            stage_id=reference_id("pipeline_stage", stage),
            target_province_id=reference_id("province", province),
            confidential=confidential,
            code_name="Aurora" if confidential else None,
        )
        if notified:
            project.fdi_amounts = [FdiAmount(kind=FdiKind.NOTIFIED, amount=Decimal(notified), on_date=date(2026, 4, 1))]
        session.add(project)
        session.commit()


@pytest.fixture
def trip(ctx: Context) -> dict[str, Any]:
    people = team(ctx)
    delegation = create_delegation(
        acting(ctx, "tester"),
        DelegationDraft(
            title="대전 로봇 투자유치단",
            title_en="Daejeon robotics delegation",
            year=2026,
            lead_province_codes=("KR-30",),
            other_province_codes=("KR-44",),
        ),
    )
    busan = acting(ctx, "other")
    gears = create_investor(busan, InvestorDraft(name="Gears AG"))
    secret = create_investor(busan, InvestorDraft(name="Quiet Corp"))
    _project(busan, gears, "KR-47", "MEETING", owner=people["other"], notified="300000000")
    _project(busan, gears, "KR-11", "LOST", owner=people["other"])  # a lost project proposes no site
    _project(busan, secret, "KR-26", "MOU", confidential=True, owner=people["other"])  # not the tester's to see
    with unit_of_work(ctx) as session:
        session.add_all(
            [
                MeetingTarget(delegation_id=delegation, investor_id=gears, priority=1),
                MeetingTarget(delegation_id=delegation, investor_id=secret, priority=2),
            ]
        )
        session.commit()
    return {"id": delegation}


def _as(ctx: Context, login: str) -> Context:
    return dataclasses.replace(acting(ctx, login), access_reason="briefing the delegation")


def test_the_pack_marks_the_lead_province_and_the_sites_the_maker_may_see(ctx: Context, trip: dict[str, Any]) -> None:
    pack = delegation_pack(_as(ctx, "tester"), trip["id"], "en")
    assert pack.korea_map is not None
    assert pack.korea_map.lead == {"KR-30"} and pack.korea_map.sites == {"KR-47"}
    assert pack.site_names == ("Gyeongbuk",)
    assert pack.korea_map.value_of("KR-47") == Decimal("300000000")
    # The confidential project's owner team sees its site (and an admin would too).
    assert delegation_pack(_as(ctx, "other"), trip["id"], "en").korea_map.sites == {"KR-47", "KR-26"}  # type: ignore[union-attr]


def _map_page(path: Path, heading: str) -> Any:
    pdf = pdfplumber.open(path)
    pages = [p for p in pdf.pages if heading in (p.extract_text() or "") and p.rects]
    assert len(pages) == 1, f"one page draws the map under {heading!r}"
    return pdf, pages[0]


def _frames_around(page: Any, word: dict[str, Any]) -> list[dict[str, Any]]:
    """The unfilled stroked frames drawn around a tile's name."""
    return [
        r
        for r in page.rects
        if r["stroke"]
        and not r["fill"]
        and r["x0"] < word["x0"] < r["x1"]
        and r["top"] < word["top"] < r["bottom"]
        and r["x1"] - r["x0"] > 50
    ]


@pytest.mark.parametrize(
    ("lang", "heading", "lead", "site", "other", "unit"),
    [
        ("en", "Map: lead province and proposed sites", "Daejeon", "Gyeongbuk", "Busan", "Unit: USD million"),
        ("ko", "지도: 주관 시·도와 투자 예정지", "대전", "경북", "부산", "단위: 억 달러"),
    ],
)
def test_the_pdf_draws_the_map_with_real_text_and_line_styles(
    ctx: Context,
    trip: dict[str, Any],
    tmp_path: Path,
    lang: str,
    heading: str,
    lead: str,
    site: str,
    other: str,
    unit: str,
) -> None:
    path = write_delegation_pdf(delegation_pack(_as(ctx, "tester"), trip["id"], lang), tmp_path / f"pack-{lang}.pdf")
    pdf, page = _map_page(path, heading)
    with pdf:
        text = page.extract_text()
        assert unit in text
        words = page.extract_words()
        tile_names = {w["text"] for w in words}
        for name in ("Seoul", "Incheon", "Gangwon", "Jeju") if lang == "en" else ("서울", "인천", "강원", "제주"):
            assert name in tile_names
        assert ("3.0" if lang == "ko" else "300") in tile_names  # Gyeongbuk's notified FDI on its tile

        def tile_word(name: str) -> dict[str, Any]:
            # The tile's name, not the same word in the table under the map: the biggest one.
            return max((w for w in words if w["text"] == name), key=lambda w: w["height"])

        lead_frames = _frames_around(page, tile_word(lead))
        assert any(r["linewidth"] >= 3 and not r["dash"][0] for r in lead_frames), "a thick solid frame on the lead"
        site_frames = _frames_around(page, tile_word(site))
        assert any(r["dash"][0] for r in site_frames), "a dashed frame on the proposed site"
        assert _frames_around(page, tile_word(other)) == [], "a confidential project's province is not marked"
        # The legend says what the line styles mean, and the table under the map names them.
        legend = ("Lead province", "Proposed site") if lang == "en" else ("주관 시·도", "투자 예정지")
        assert all(word in text for word in legend)
        assert ("Gyeongbuk" if lang == "en" else "경상북도") in text
