"""The briefing book read back as a reader would: text runs, sizes and positions through pdfplumber.

Packs come from the demo data (what officers see first) and from hand-made content with the
awkward cases; the pre-flight check is plain data and is read directly.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest

# The hand-made packs of the renderer's own tests (pytest puts tests/ on the path: no package).
from test_briefing_pdf import make_pack, make_profile

from kotra_invest.briefing import pdf
from kotra_invest.briefing.assemble import delegation_pack
from kotra_invest.briefing.content import DelegationPack, ItineraryLine, MemberLine, Results, Untranslated
from kotra_invest.briefing.preflight import HANGUL, preflight
from kotra_invest.demo import generate_demo
from kotra_invest.services.database import connect
from kotra_invest.services.delegations import list_delegations
from kotra_invest.services.unit_of_work import Context

HEADER_BOTTOM = pdf.MARGIN_TOP - 4  # the running header sits above the body frame
FOOTER_TOP = pdf.PAGE_HEIGHT - pdf.MARGIN_BOTTOM + 4  # pdfplumber measures from the top


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Context]:
    path = tmp_path_factory.mktemp("book") / "demo.sqlite3"
    db = connect(f"sqlite:///{path}")
    ctx = Context(db=db, actor="tester", source="test", access_reason="testing")
    generate_demo(ctx)
    yield ctx
    db.dispose()


def _daejeon(ctx: Context, lang: str) -> DelegationPack:
    row = next(r for r in list_delegations(ctx, year=2026) if "대전 AI" in r.title)
    return delegation_pack(ctx, row.id, lang)


def _lines(page: pdfplumber.page.Page) -> list[tuple[float, str, float]]:
    """(top, text, largest size) of each text line in the body frame, top to bottom."""
    rows: dict[int, list[dict[str, object]]] = {}
    for c in page.chars:
        if not str(c["text"]).strip() or not HEADER_BOTTOM < float(c["top"]) < FOOTER_TOP:
            continue
        rows.setdefault(round(float(c["top"]) / 3), []).append(c)
    return [
        (
            float(chars[0]["top"]),
            "".join(str(c["text"]) for c in sorted(chars, key=lambda c: float(c["x0"]))),
            max(float(c["size"]) for c in chars),
        )
        for _key, chars in sorted(rows.items())
    ]


def _check_layout(path: Path) -> None:
    """No text under 8.5 pt outside the footers; no page after the contents with fewer than
    five lines unless the next page starts a section (a heading) or it is the last page."""
    with pdfplumber.open(path) as doc:
        pages = doc.pages
        for number, page in enumerate(pages, 1):
            small = {
                (round(float(c["size"]), 1), str(c["text"]))
                for c in page.chars
                if str(c["text"]).strip() and float(c["top"]) < FOOTER_TOP and round(float(c["size"]), 2) < 8.5
            }
            assert not small, f"page {number}: text under 8.5 pt: {sorted(small)[:8]}"
        contents_end = next(n for n, p in enumerate(pages, 1) if n > 2 and _lines(p) and _lines(p)[0][2] >= 13)
        for number in range(contents_end, len(pages)):
            lines = _lines(pages[number - 1])
            if len(lines) >= 5:
                continue
            following = _lines(pages[number])
            starts_section = bool(following) and following[0][2] >= 13  # an h1 (16 pt) or h2 (13.5 pt)
            assert starts_section, f"page {number} holds only {len(lines)} lines: {[t for _, t, _ in lines]}"


def _pages_text(path: Path) -> list[str]:
    with pdfplumber.open(path) as doc:
        return [page.extract_text() or "" for page in doc.pages]


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_demo_pack_is_legible_with_no_stray_tails(demo: Context, tmp_path: Path, lang: str) -> None:
    out = pdf.write_delegation_pdf(_daejeon(demo, lang), tmp_path / "pack.pdf")
    _check_layout(out)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_a_heavy_pack_keeps_days_and_briefs_whole(tmp_path: Path, lang: str) -> None:
    """Twelve items a day, eighty members, chatty meeting notes, twelve investors: still no
    page that holds only the tail of the one before, and no small print."""
    base = make_pack(lang, n_investors=12)
    first = base.itinerary[0]
    busy = tuple(
        dataclasses.replace(
            first,
            starts_local=datetime(2026, 12, 1 + d, 7 + h),
            ends_local=datetime(2026, 12, 1 + d, 7 + h, 50),
            starts_utc=datetime(2026, 12, 1 + d, 7 + h, tzinfo=UTC) + timedelta(hours=8),
            ends_utc=datetime(2026, 12, 1 + d, 7 + h, 50, tzinfo=UTC) + timedelta(hours=8),
            day=date(2026, 12, 1 + d),
            title=f"{first.title} {d}-{h}",
        )
        for d in range(4)
        for h in range(12)
    )
    note = "Discussed the site, power and water prices, and the hiring plan in detail. " * 12
    chatty = tuple(
        make_profile(
            lang,
            i,
            interactions=tuple(dataclasses.replace(make_profile(lang).interactions[0], summary=note) for _ in range(8)),
            talking_points=note,
        )
        for i in range(12)
    )
    members = tuple(MemberLine(f"Member {i}", None, "KOTRA", None, False) for i in range(80))
    pack = dataclasses.replace(base, itinerary=busy, investors=chatty, members=members)
    out = pdf.write_delegation_pdf(pack, tmp_path / "heavy.pdf")
    _check_layout(out)
    texts = _pages_text(out)
    # Each investor's brief is one page: its heading page holds "Risks", the brief's last part.
    briefs = [t for t in texts if pack.labels["why_now"] in t]
    assert len(briefs) == 12
    for page in briefs:
        assert pack.labels["risks"] in page and pack.labels["offers"] in page


def test_english_pack_has_no_hangul_but_the_proper_names_its_pre_flight_lists(demo: Context, tmp_path: Path) -> None:
    pack = _daejeon(demo, "en")
    problems = preflight(pack)
    names = [p.message for p in problems if p.code == "proper_name"]
    korean_only = [p for p in problems if p.code == "korean_only"]
    assert korean_only, "the demo's notes are Korean: the pre-flight must say they were left out"
    text = "\n".join(_pages_text(pdf.write_delegation_pdf(pack, tmp_path / "en.pdf")))
    runs = {m.group(0) for m in re.finditer(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]+", text)}
    unlisted = {run for run in runs if not any(run in name for name in names)}
    assert not unlisted, f"Hangul in the English pack not listed as a proper name: {sorted(unlisted)[:10]}"
    # The Korean-only notes are named, not silently mixed in: the marker stands in their place.
    assert pack.labels["korean_only"] in text
    # Titles are English: a Korean-only itinerary title is said from what the item knows.
    assert all(not HANGUL.search(x.title) for x in pack.itinerary)
    assert any(x.title.startswith("Meeting: ") for x in pack.itinerary)


def test_executive_summary_is_one_page_with_cities_investors_and_asks(demo: Context, tmp_path: Path) -> None:
    pack = _daejeon(demo, "ko")
    texts = _pages_text(pdf.write_delegation_pdf(pack, tmp_path / "ko.pdf"))
    [summary] = [t for t in texts if "도시별 일정" in t]
    words = re.sub(r"\s+", "", summary)
    for city in ("새너제이", "도쿄"):
        assert city in words
    assert "도시별일정" in words and "요청사항" in words
    first = sorted(pack.investors, key=lambda p: (p.priority or 9, p.name.lower()))[0]
    assert re.sub(r"\s+", "", first.name) in words
    if first.projects:
        assert re.sub(r"\s+", "", first.projects[0].stage) in words
    # The weekday stands beside each date: 2026-01-31 was a Saturday.
    assert "1.31.(토)" in words


def test_itinerary_days_are_headed_with_their_weekday(tmp_path: Path) -> None:
    text = "\n".join(_pages_text(pdf.write_delegation_pdf(make_pack("en"), tmp_path / "en.pdf")))
    assert "Tuesday 1 December 2026" in text and "Wednesday 2 December 2026" in text
    text = "\n".join(_pages_text(pdf.write_delegation_pdf(make_pack("ko"), tmp_path / "ko.pdf")))
    assert "2026. 12. 1. (화)" in text


def test_english_region_chart_labels_neither_overlap_nor_spill(tmp_path: Path) -> None:
    regions = (
        "Capital Region",
        "Southeast (Dongnam)",
        "Daegu-Gyeongbuk",
        "Central (Chungcheong)",
        "Honam",
        "Gangwon Special Self-Governing Province",
        "Jeonbuk Special Self-Governing Province",
        "Jeju Special Self-Governing Province",
        "Not yet decided",
    )
    kpis = dataclasses.replace(
        make_pack("en").kpis,
        fdi_by_region=tuple((r, Decimal(40_000_000 * (i + 1)), Decimal(9_000_000 * i)) for i, r in enumerate(regions)),
    )
    out = pdf.write_delegation_pdf(make_pack("en", kpis=kpis), tmp_path / "en.pdf")
    with pdfplumber.open(out) as doc:
        page = next(p for p in doc.pages if "Notified vs arrived by region" in (p.extract_text() or ""))
        lines = page.extract_text_lines()
        table_top = min(ln["top"] for ln in lines if ln["text"].startswith("Region"))
        labels = [ln for ln in lines if ln["top"] < table_top and any(ln["text"].startswith(r) for r in regions)]
        assert len(labels) == len(regions), [ln["text"] for ln in labels]
        for a in labels:
            assert a["bottom"] <= table_top  # nothing runs into the table below
            for b in labels:
                if a is not b:
                    apart = (
                        a["bottom"] <= b["top"] or b["bottom"] <= a["top"] or a["x1"] <= b["x0"] or b["x1"] <= a["x0"]
                    )
                    assert apart, (a["text"], b["text"])


def _line(day: int, hour: int, minutes: int, kind: str, title: str, city: str) -> ItineraryLine:
    start = datetime(2026, 3, day, hour)
    return ItineraryLine(
        day=start.date(),
        starts_local=start,
        ends_local=start + timedelta(minutes=minutes),
        time_zone="UTC",
        utc_offset="UTC+00:00",
        starts_korea=start + timedelta(hours=9),
        starts_utc=start.replace(tzinfo=UTC),
        ends_utc=(start + timedelta(minutes=minutes)).replace(tzinfo=UTC),
        kind=kind,
        title=title,
        city=city,
        venue=None,
        investor=None,
        notes=None,
        kind_code=kind,
    )


def test_pre_flight_lists_what_the_pack_gets_wrong() -> None:
    pack = make_pack(
        "en",
        destination_cities=(("London", None), ("Tokyo", "도쿄")),
        itinerary=(
            _line(9, 9, 120, "travel", "Train to London", "London"),
            _line(9, 10, 60, "meeting", "Meeting at Acme", "London"),
            _line(10, 9, 60, "meeting", "Meeting at Beta", "London"),
        ),
        results=Results(meetings_held=13, mous_signed=0, pledged_usd=None, summary=None),
        targets_met=8,
        interactions_recorded=8,
        investors=(make_profile("en", 0), make_profile("en", 1, contacts=())),
        untranslated=(Untranslated("Itinerary 2026-03-09 09:00 · notes", "공항 영접"),),
        proper_names=("홍길동",),
    )
    problems = preflight(pack)
    by_code = {p.code: p for p in problems}
    assert "Tokyo" in by_code["no_itinerary"].message
    assert "Train to London" in by_code["overlap"].message and "Meeting at Acme" in by_code["overlap"].message
    assert (
        "13" in by_code["counts_disagree"].message
        and "2 meetings on the itinerary" in by_code["counts_disagree"].message
    )
    assert "Lumen Semiconductor 1" in by_code["no_contact"].message
    assert "공항 영접" in by_code["korean_only"].message and "notes" in by_code["korean_only"].message
    assert not by_code["proper_name"].serious and "홍길동" in by_code["proper_name"].message
    assert sum(1 for p in problems if p.code == "overlap") == 1  # 10:00 on the 10th is clear of the 9th
    clean = make_pack(
        "en",
        destination_cities=(("San Jose", None),),
        results=Results(2, 0, None, None),
        targets_met=2,
        interactions_recorded=2,
    )
    assert [p.code for p in preflight(clean)] == []


def test_korean_only_texts_are_one_line_per_kind_after_the_problems_to_fix() -> None:
    """Forty Korean meeting notes are one line, counted and quoted, listing all forty in its
    details; it comes after an investor with no contact, the problem to fix."""
    notes = tuple(
        Untranslated(f"Acme: meeting note of 2026-03-{n % 28 + 1:02d}", f"면담 {n}번째 기록", "meeting_note")
        for n in range(40)
    )
    tags = (Untranslated("Acme: tag", "대전", "tag"), Untranslated("Beta: tag", "로봇", "tag"))
    objectives = (Untranslated("Objectives", "외국인투자 유치", "objectives"),)
    pack = make_pack(
        "en",
        destination_cities=(("San Jose", None),),
        results=Results(None, 0, None, None),
        investors=(make_profile("en", 0, contacts=()),),
        untranslated=notes + tags + objectives,  # gathered in assembly order; said in the pack's
    )
    problems = preflight(pack)
    assert [p.code for p in problems] == ["no_contact"] + ["korean_only"] * 3
    korean_only = [p for p in problems if p.code == "korean_only"]
    assert [p.message for p in korean_only] == [
        "Objectives exists in Korean only and is left out of this English pack (외국인투자 유치).",
        "Meeting notes: 40 texts exist in Korean only and are left out of this English pack "
        "(e.g. '면담 0번째 기록', '면담 1번째 기록').",
        "Tags: 2 texts exist in Korean only and are left out of this English pack (e.g. '대전', '로봇').",
    ]
    assert not any(p.serious for p in korean_only)  # left out, nothing wrong in the records
    assert korean_only[0].details == ()
    assert len(korean_only[1].details) == 40
    assert korean_only[1].details[3] == "Acme: meeting note of 2026-03-04 — 면담 3번째 기록"

    # Read by a Korean officer (the desktop's language), each kind takes the particle it wants.
    said = [p.message for p in preflight(pack, "ko") if p.code == "korean_only"]
    assert said[1].startswith("면담 기록은 40건이 한국어로만 있어 이 영문 자료에서 빠졌습니다 (예: '면담 0번째 기록'")
    assert said[2].startswith("태그는 2건이 한국어로만 있어")


def test_korean_pack_says_pre_flight_in_korean() -> None:
    pack = make_pack("ko", destination_cities=(("Tokyo", "도쿄"),))
    [problem] = [p for p in preflight(pack) if p.code == "no_itinerary"]
    assert "도쿄" in problem.message and "일정" in problem.message


def test_contents_over_two_pages_point_at_the_right_pages(tmp_path: Path) -> None:
    """Sixty investors need two contents pages; the one build still numbers every entry with
    the page its heading landed on, and each entry links there."""
    pack = make_pack("en", n_investors=60)
    out = pdf.write_delegation_pdf(pack, tmp_path / "sixty.pdf")
    texts = _pages_text(out)
    assert "Contents" in texts[1] and "Lumen Semiconductor 59" not in texts[1]
    assert "Lumen Semiconductor 59" in texts[2]  # the contents run on to the next page
    entries = {}
    for page in texts[1:3]:
        for line in page.splitlines():
            found = re.match(r"(Lumen Semiconductor \d+)\s*(\d+)$", line.strip())
            if found:
                entries[found.group(1)] = int(found.group(2))
    assert len(entries) == 60
    for name, number in entries.items():
        assert re.search(rf"^{name}$", texts[number - 1], re.MULTILINE), (name, number)
    with pdfplumber.open(out) as doc:
        links = [a for a in doc.pages[1].annots + doc.pages[2].annots]
    assert len(links) >= 60


def test_the_samples_script_runs_as_the_readme_says(tmp_path: Path) -> None:
    """README: `bash docs/samples/regenerate.sh` makes the sample packs from a fresh demo."""
    import subprocess

    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        ["bash", "docs/samples/regenerate.sh", str(tmp_path)], cwd=root, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    assert "Pre-flight check:" in done.stdout and "사전 점검: 확인할 내용 0건" in done.stdout
    for name in ("daejeon-ai-robotics-ko.pdf", "daejeon-ai-robotics-en.pdf", "profile-baybrook-en.pdf"):
        assert (tmp_path / name).read_bytes()[:5] == b"%PDF-", name
    for name in ("daejeon-ai-robotics-ko.xlsx", "daejeon-ai-robotics-en.xlsx", "profile-baybrook-en.xlsx"):
        assert (tmp_path / name).stat().st_size > 5000, name
    _check_layout(tmp_path / "daejeon-ai-robotics-ko.pdf")
