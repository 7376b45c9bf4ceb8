"""The PDF renderer: packs built by hand, checked through poppler's pdftotext, pdfinfo and pdffonts."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from kotra_invest.briefing import pdf
from kotra_invest.briefing.content import (
    DelegationPack,
    FdiLine,
    InteractionLine,
    InvestorProfile,
    ItineraryLine,
    Kpis,
    MemberLine,
    PersonLine,
    ProfilePack,
    ProjectLine,
    RegionOffer,
    Results,
)
from kotra_invest.briefing.labels import labels

POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdfinfo", "pdffonts"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdfinfo, pdffonts) is not installed")

GENERATED = datetime(2026, 11, 25, 1, 30, tzinfo=UTC)


# ---------------------------------------------------------------------------------------------
# a small factory


def make_profile(lang: str = "ko", index: int = 0, **changes: object) -> InvestorProfile:
    ko = lang == "ko"
    project = ProjectLine(
        title="Project Falcon" if index == 0 else f"Project {index}",
        confidential=index == 0,
        project_type="그린필드" if ko else "Greenfield",
        stage="실사" if ko else "Due diligence",
        stage_since=date(2026, 9, 1),
        target_province="경기도" if ko else "Gyeonggi-do",
        fez="인천경제자유구역" if ko else "Incheon FEZ",
        industry="반도체" if ko else "Semiconductors",
        capex=Decimal("420000000"),
        capex_currency="USD",
        expected_jobs=350,
        probability=60,
        notified_usd=Decimal("420000000"),
        arrived_usd=Decimal("125000000.40"),
        amounts=(
            FdiLine("신고" if ko else "Notified", Decimal("420000000"), "USD", date(2026, 6, 1)),
            FdiLine("도착" if ko else "Arrived", Decimal("125000000.40"), "USD", date(2026, 8, 1)),
        ),
    )
    profile = InvestorProfile(
        id=uuid.UUID(int=index + 1),
        name=f"Lumen Semiconductor {index}",
        name_ko=f"루멘 반도체 {index}" if ko else None,
        country="미국" if ko else "United States",
        industry="반도체" if ko else "Semiconductors",
        size="대기업" if ko else "Large",
        website="https://lumen.example.com",
        owner="김투자",
        in_korea=False,
        tags=("HBM", "AI"),
        notes="본사 방문 시 CFO 동석 예정." if ko else "CFO will join the meeting at HQ.",
        contacts=(
            PersonLine(
                "Jane Park", "박제인" if ko else None, "VP Strategy", "jane@lumen.example.com", "+1 408 555 0100"
            ),
        ),
        interactions=(
            InteractionLine(
                when=datetime(2026, 10, 2, 23, 0, tzinfo=UTC),
                kind="면담" if ko else "Meeting",
                officer="김투자",
                contact="Jane Park",
                summary="팹 증설 후보지 논의." if ko else "Discussed sites for a new fab.",
                outcome="후속 자료 송부" if ko else "Send follow-up material",
            ),
        ),
        projects=(project,),
        offers=(
            RegionOffer(
                province="경기도" if ko else "Gyeonggi-do",
                region="수도권" if ko else "Capital region",
                strategic_industries=("반도체", "바이오") if ko else ("Semiconductors", "Bio"),
                fezs=("인천경제자유구역",) if ko else ("Incheon FEZ",),
            ),
        ),
        talking_points="투자 인센티브 설명, 부지 방문 초청." if ko else "Explain incentives; invite to a site visit.",
        meeting_status="확정" if ko else "Confirmed",
        priority=1,
    )
    return dataclasses.replace(profile, **changes)


def make_itinerary(lang: str = "ko") -> tuple[ItineraryLine, ...]:
    ko = lang == "ko"
    lines = []
    for day in range(2):
        start = datetime(2026, 12, 1 + day, 9, 0)
        lines.append(
            ItineraryLine(
                day=start.date(),
                starts_local=start,
                ends_local=start + timedelta(hours=1),
                time_zone="America/Los_Angeles",
                utc_offset="UTC-08:00",
                starts_korea=start + timedelta(hours=17),
                starts_utc=(start + timedelta(hours=8)).replace(tzinfo=UTC),
                ends_utc=(start + timedelta(hours=9)).replace(tzinfo=UTC),
                kind="면담" if ko else "Meeting",
                title=("루멘 반도체 면담" if ko else "Meeting with Lumen") + f" {day}",
                city="San Jose",
                venue="Lumen HQ",
                investor="Lumen Semiconductor 0",
                notes="통역 동행" if ko else "Interpreter attends",
                kind_code="meeting",
            )
        )
    return tuple(lines)


def make_pack(lang: str = "ko", n_investors: int = 2, **changes: object) -> DelegationPack:
    ko = lang == "ko"
    pack = DelegationPack(
        lang=lang,
        generated_at=GENERATED,
        id=uuid.UUID(int=99),
        title="2026 미국 반도체 투자유치단" if ko else "2026 US semiconductor delegation",
        subtitle="2026 US semiconductor delegation" if ko else "2026 미국 반도체 투자유치단",
        year=2026,
        status="계획" if ko else "Planned",
        starts_on=date(2026, 12, 1),
        ends_on=date(2026, 12, 5),
        leader="홍길동 차관" if ko else "Vice Minister Hong",
        destinations=("San Jose, United States", "Austin, United States"),
        target_industry="반도체" if ko else "Semiconductors",
        objectives="첨단 반도체 투자 유치.\n둘째 줄." if ko else "Attract advanced chip investment.\nSecond line.",
        lead_provinces=("경기도",) if ko else ("Gyeonggi-do",),
        other_provinces=("충청북도",) if ko else ("Chungcheongbuk-do",),
        fezs=("인천경제자유구역",) if ko else ("Incheon FEZ",),
        organisations=("KOTRA", "산업통상자원부" if ko else "MOTIE"),
        members=(
            MemberLine(
                "홍길동", "Hong Gildong", "산업통상자원부" if ko else "MOTIE", "차관" if ko else "Vice Minister", True
            ),
            MemberLine("김투자", "Kim Tuja", "KOTRA", "과장" if ko else "Manager", False),
        ),
        itinerary=make_itinerary(lang),
        investors=tuple(make_profile(lang, i) for i in range(n_investors)),
        results=Results(
            meetings_held=4, mous_signed=1, pledged_usd=Decimal("420000000"), summary="MOU 1건." if ko else "One MOU."
        ),
        kpis=Kpis(
            year=2026,
            pipeline_by_stage=(("발굴", 12), ("접촉", 8), ("실사", 3), ("신고", 2))
            if ko
            else (("Lead", 12), ("Contact", 8), ("Due diligence", 3), ("Notified", 2)),
            fdi_by_region=(
                ("수도권" if ko else "Capital region", Decimal("420000000"), Decimal("125000000")),
                ("충청권" if ko else "Chungcheong", Decimal("90000000"), Decimal("30000000")),
            ),
        ),
        confidentiality="대외비" if ko else "Confidential",
        labels=labels(lang),
    )
    return dataclasses.replace(pack, **changes)


# ---------------------------------------------------------------------------------------------
# poppler helpers


def text_of(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


def flat(text: str) -> str:
    """Text with all whitespace removed: wrapped lines and table cells join up again."""
    return re.sub(r"\s+", "", text)


def pages_of(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


def fonts_of(path: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    return out.splitlines()[2:]


# ---------------------------------------------------------------------------------------------
# tests


@needs_poppler
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_delegation_pack_says_what_the_pack_holds(tmp_path: Path, lang: str) -> None:
    pack = make_pack(lang)
    out = pdf.write_delegation_pdf(pack, tmp_path / "pack.pdf")
    assert out == tmp_path / "pack.pdf"
    text = text_of(out)
    words = flat(text)
    words_of = labels(lang)
    for expected in (
        pack.title,
        pack.subtitle,
        "Lumen Semiconductor 0",
        "Lumen Semiconductor 1",
        "Jane Park",
        "Project Falcon",  # the confidential project, shown under the code name the pack carries
        pack.confidentiality,
        "420,000,000",
        "125,000,000",
        "America/Los_Angeles",
        "UTC-08:00",
        "2026. 12. 1. (화)" if lang == "ko" else "2026-12-01 (Tue)",  # the app's one date style
    ):
        assert flat(expected) in words, expected
    for key in (
        "contents",
        "overview",
        "itinerary",
        "investors",
        "results",
        "kpis",
        "members",
        "executive_summary",
        "why_now",
        "ask",
        "last_meetings",
        "projects",
        "risks",
        "offers",
        "pipeline_by_stage",
        "fdi_by_region",
    ):
        assert flat(words_of[key]) in words, key
    if lang == "ko":
        assert "루멘반도체0" in words
        assert "4억2,000만달러" in words
    # The table of contents lists the investors with page numbers (dot leaders then a number).
    contents_page = text.split("\f")[1]
    assert words_of["contents"] in contents_page
    assert re.search(r"Lumen Semiconductor 1.*\d+\s*$", contents_page, re.MULTILINE)
    # Cover, contents, summary, overview, itinerary, two investors, results, KPIs.
    pages = pages_of(out)
    assert 8 <= pages <= 14
    # Every page after the cover says "N / total" and carries the confidentiality mark.
    for n, page in enumerate(text.split("\f")[1:pages], start=2):
        assert f"{n}/{pages}" in flat(page)
        assert pack.confidentiality in page


@needs_poppler
def test_font_is_nanum_gothic_embedded_as_a_subset(tmp_path: Path) -> None:
    out = pdf.write_delegation_pdf(make_pack("ko"), tmp_path / "pack.pdf")
    rows = fonts_of(out)
    assert rows, "no fonts at all"
    for row in rows:
        name, *_rest = row.split()
        assert re.match(r"^[A-Z]{6}\+", name), row  # a subset tag: AAAAAA+Name
        assert "Nanum" in name or "DejaVuSans" in name, row  # DejaVu only for letters Nanum lacks
        emb, sub = row.split()[-5:-3]
        assert (emb, sub) == ("yes", "yes"), row
    names = " ".join(rows)
    assert "Bold" in names  # <b> reaches the bold face


@needs_poppler
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_profile_pack(tmp_path: Path, lang: str) -> None:
    pack = ProfilePack(
        lang=lang,
        generated_at=GENERATED,
        profile=make_profile(lang),
        confidentiality="대외비" if lang == "ko" else "Confidential",
        labels=labels(lang),
    )
    out = pdf.write_profile_pdf(pack, tmp_path / "profile.pdf")
    words = flat(text_of(out))
    assert "LumenSemiconductor0" in words
    assert flat(labels(lang)["profile_title"]) in words
    assert flat(labels(lang)["interactions"]) in words
    assert "Project Falcon".replace(" ", "") in words
    assert "1 / 1".replace(" ", "") in words or pages_of(out) > 1
    if lang == "ko":
        assert "루멘반도체0" in words


@needs_poppler
def test_markup_in_user_text_renders_literally(tmp_path: Path) -> None:
    odd = make_profile("en", 0, name="R&D <Labs> & Co", notes="a < b & c > d <b>not bold</b>")
    pack = dataclasses.replace(make_pack("en", n_investors=0), investors=(odd,), title="Tom & Jerry <Tour>")
    out = pdf.write_delegation_pdf(pack, tmp_path / "pack.pdf")
    text = text_of(out)
    assert "R&D <Labs> & Co" in text
    assert "a < b & c > d <b>not bold</b>" in text
    assert "Tom & Jerry <Tour>" in text


@needs_poppler
def test_edge_cases_no_itinerary_no_contacts_long_text(tmp_path: Path) -> None:
    long_name = ("Very Long Holdings International " * 10)[:300]
    unbroken = "X" * 300  # no spaces at all: must still wrap inside its cell
    note = ("긴 메모입니다. Long note text that goes on. " * 60)[:2000]
    bare = make_profile(
        "ko", 0, name=long_name, contacts=(), interactions=(), projects=(), offers=(), notes=note, talking_points=None
    )
    chatty = make_profile(
        "ko",
        1,
        name=unbroken,
        interactions=tuple(dataclasses.replace(make_profile("ko").interactions[0], summary=note) for _ in range(6)),
    )
    members = tuple(MemberLine(f"단원 {i}", None, "KOTRA", None, False) for i in range(80))
    pack = make_pack("ko", itinerary=(), investors=(bare, chatty), members=members)
    out = pdf.write_delegation_pdf(pack, tmp_path / "pack.pdf")
    words = flat(text_of(out))
    assert flat(long_name) in words
    assert unbroken in words
    assert flat(labels("ko")["none"]) in words
    assert "단원79" in words
    assert pages_of(out) >= 10


def test_empty_kpis_and_results(tmp_path: Path) -> None:
    pack = make_pack(
        "en",
        n_investors=0,
        kpis=Kpis(year=2026, pipeline_by_stage=(), fdi_by_region=()),
        results=Results(None, None, None, None),
        members=(),
        starts_on=None,
        ends_on=None,
        subtitle=None,
        leader=None,
    )
    out = pdf.write_delegation_pdf(pack, tmp_path / "pack.pdf")
    assert out.read_bytes().startswith(b"%PDF")


def test_failed_write_leaves_the_existing_file_and_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"old pack")

    def boom(self: object, *args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(pdf._Doc, "build", boom)
    with pytest.raises(RuntimeError, match="disk full"):
        pdf.write_delegation_pdf(make_pack("en"), target)
    assert target.read_bytes() == b"old pack"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.pdf"]


def test_successful_write_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"old pack")
    pdf.write_delegation_pdf(make_pack("en", n_investors=1), target)
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.pdf"]


def test_amounts() -> None:
    # The Korean reading under a table's figure is the app's one writer (tests/test_formatting.py).
    assert pdf.usd(Decimal("420000000"), "ko") == '420,000,000<br/><font color="#5A6478">4억2,000만 달러</font>'
    assert pdf.usd(Decimal("1234567.5"), "en") == "1,234,568"
    assert pdf.usd(None, "en") == pdf.DASH
    assert pdf.esc("R&D <Labs>\nnext") == "R&amp;D &lt;Labs&gt;<br/>next"


@needs_poppler
def test_letters_the_korean_font_lacks_are_not_lost(tmp_path: Path) -> None:
    """Czech, Polish, Turkish, Hungarian and Vietnamese names keep every letter."""
    names = "Škoda Power Šťastný s.r.o.", "Łukasz Woźniak", "Doğan Şirketi", "Győr Kft.", "Nguyễn Văn An"
    pack = ProfilePack(
        lang="en",
        generated_at=GENERATED,
        profile=make_profile("en", name=names[0], notes=" / ".join(names[1:])),
        confidentiality="Confidential",
        labels=labels("en"),
    )
    text = text_of(pdf.write_profile_pdf(pack, tmp_path / "profile.pdf"))
    for name in names:
        assert name in text, name
    assert any("DejaVuSans" in row for row in fonts_of(tmp_path / "profile.pdf"))


def test_a_profile_whose_heading_needs_more_than_the_rest_of_a_page(tmp_path: Path) -> None:
    pack = ProfilePack(
        lang="ko",
        generated_at=GENERATED,
        profile=make_profile("ko", name="W" * 200, name_ko="가" * 200),
        confidentiality="대외비",
        labels=labels("ko"),
    )
    out = pdf.write_profile_pdf(pack, tmp_path / "long.pdf")
    assert out.read_bytes()[:5] == b"%PDF-"


def test_a_paragraph_with_room_for_one_line_at_a_page_foot_moves_whole_and_is_printed(tmp_path: Path) -> None:
    """Orphan control: a paragraph that finds room for one line at the foot of a page moves whole to
    the next (reportlab's split drops the lines it broke). The pack's paragraphs keep their layout per
    width, and drawing the moved one failed with "no attribute 'blPara'": the 50-investor pack of the
    demo delegation could not be written. Every room at the foot, from none to four lines, is tried."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Spacer

    style = ParagraphStyle("note", fontSize=10, leading=12)
    words = [f"note{i}" for i in range(120)]  # about ten lines
    for room in range(0, 50, 3):
        out = tmp_path / f"room{room}.pdf"
        doc = SimpleDocTemplate(str(out), pagesize=A4)
        above = doc.height - 12 - room  # the frame's padding (6 pt above and below), then `room` points
        doc.build([Spacer(1, above), pdf._Para(" ".join(words), style)])
        assert flat(text_of(out)) == flat(" ".join(words)), room
        assert pages_of(out) == 2
