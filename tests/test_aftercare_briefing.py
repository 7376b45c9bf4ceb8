"""The one-page investor brief (delegation pack) and the investor profile show what aftercare owes
the investor: open grievance cases (overdue first) and incentive applications in course or paid —
read back from the PDF by pdfplumber, in Korean and English; a brief that carries them stays one page."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pdfplumber
import pytest
from test_briefing_pdf import make_pack, make_profile

from kotra_invest.briefing import pdf
from kotra_invest.briefing.assemble import KOREA, delegation_pack, investor_profile
from kotra_invest.briefing.content import AftercareLine
from kotra_invest.briefing.xlsx import write_profile_xlsx
from kotra_invest.domain.aftercare_models import CaseCategory, GrantingBody, IncentiveStatus, IncentiveType
from kotra_invest.services import aftercare, incentives, projects, records
from kotra_invest.services.delegations import DelegationDraft, add_target, create_delegation
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context


def _text(path: Path) -> str:
    with pdfplumber.open(path) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


@pytest.fixture
def world(ctx: Context) -> tuple[Context, object, object]:
    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries", in_korea=True))
    plant = projects.create_project(
        ctx, projects.ProjectDraft(investor_id=acme, title="Cathode plant", stage_code="ARRIVED")
    )
    old = date.today() - timedelta(days=20)
    records.create(
        ctx, aftercare.CASE, aftercare.CaseDraft(acme, "Customs ruling on cathode powder", CaseCategory.CUSTOMS, old)
    )
    done = records.create(
        ctx, aftercare.CASE, aftercare.CaseDraft(acme, "Visa for the plant manager", CaseCategory.LIVING, old)
    )
    draft, version = records.get(ctx, aftercare.CASE, done)
    records.update(ctx, aftercare.CASE, done, version, aftercare.resolved(draft, date.today(), "issued"))
    records.create(
        ctx,
        incentives.INCENTIVE,
        incentives.IncentiveDraft(
            IncentiveType.CASH_GRANT,
            GrantingBody.MINISTRY,
            IncentiveStatus.PAID,
            "산업통상부",
            "4500000000",
            "KRW",
            date(2026, 3, 4),
            date(2026, 5, 1),
            date(2026, 7, 1),
            jobs_required=120,
            keep_years=5,
        ),
        project_id=plant,
    )
    trip = create_delegation(ctx, DelegationDraft("충북 이차전지 투자유치단", 2026, ("KR-43",)))
    add_target(ctx, trip, acme)
    return ctx, acme, trip


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_brief_and_the_profile_show_open_cases_and_incentives(
    world: tuple[Context, object, object], tmp_path: Path, lang: str
) -> None:
    ctx, acme, trip = world
    pack = delegation_pack(ctx, trip, lang)  # type: ignore[arg-type]
    [brief] = [p for p in pack.investors if p.id == acme]
    kinds = [(line.kind, line.overdue) for line in brief.aftercare]
    assert kinds == [("case", True), ("incentive", False)]  # the resolved case is not owed any more
    text = _text(pdf.write_delegation_pdf(pack, tmp_path / "pack.pdf"))
    age = (datetime.now(KOREA).date() - date.today()).days + 20  # the pack counts days in Korea
    if lang == "en":
        assert "Aftercare" in text
        assert f"Grievance [Customs] Customs ruling on cathode powder: Received, {age} days (overdue)" in text
        # The granting body was written in Korean only: the English pack says so instead of mixing scripts.
        assert "Incentive [Cash grant] (in Korean only): Paid, KRW 4,500,000,000" in text
    else:
        assert "사후관리(고충·인센티브)" in text
        assert f"고충 [통관] Customs ruling on cathode powder: 접수, {age}일째 (기한 경과)" in text
        assert "인센티브 [현금지원] 산업통상부: 지급, KRW 4,500,000,000" in text
    assert "Visa for the plant manager" not in text

    profile = investor_profile(ctx, acme, lang)  # type: ignore[arg-type]
    text = _text(pdf.write_profile_pdf(profile, tmp_path / "profile.pdf"))
    assert "Customs ruling on cathode powder" in text
    book = openpyxl.load_workbook(write_profile_xlsx(profile, tmp_path / "profile.xlsx"))
    cells = [str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    [aftercare_cell] = [c for c in cells if "Customs ruling on cathode powder" in c]
    assert len(aftercare_cell.splitlines()) == 2  # the open case and the paid grant, one line each


def test_a_brief_with_aftercare_is_still_one_page(tmp_path: Path) -> None:
    lines = tuple(
        AftercareLine(
            "case", "Labour", f"Work permits for engineers, batch {i}", "Received", date(2026, 1, 1), 40, True
        )
        for i in range(6)
    )
    note = "Discussed the site, power and water prices, and the hiring plan in detail. " * 6
    chatty = tuple(make_profile("en", i, aftercare=lines, talking_points=note) for i in range(3))
    pack = dataclasses.replace(make_pack("en", n_investors=3), investors=chatty)
    with pdfplumber.open(pdf.write_delegation_pdf(pack, tmp_path / "pack.pdf")) as doc:
        texts = [page.extract_text() or "" for page in doc.pages]
    briefs = [t for t in texts if pack.labels["why_now"] in t]
    assert len(briefs) == 3
    for page in briefs:
        assert pack.labels["aftercare"] in page and pack.labels["risks"] in page
