"""The Excel renderer lays a briefing pack out as typed, printable sheets and never writes a formula."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from kotra_invest.briefing import xlsx
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
from kotra_invest.briefing.xlsx import write_delegation_xlsx, write_profile_xlsx

HOSTILE = ("=cmd|' /C calc'!A0", "+1", "-2", "@SUM(1)", "\t=1+1", "\r=2+2")
# Line breaks in a cell are LF: XML turns a bare CR into LF on reading, so the renderer does it up front.
WRITTEN = tuple(text.replace("\r", "\n") for text in HOSTILE)

SHEETS = {
    "en": [
        "Overview",
        "Itinerary",
        "Investors to meet",
        "People",
        "History of interactions",
        "Open projects",
        "Results",
        "Key figures",
    ],
    "ko": ["개요", "일정", "면담 대상 투자가", "인물", "접촉 이력", "진행 프로젝트", "성과", "주요 지표"],
}


# --- factory ------------------------------------------------------------------------------------


def _project(**overrides: Any) -> ProjectLine:
    values: dict[str, Any] = {
        "title": "Gigafactory phase 2",
        "confidential": False,
        "project_type": "Greenfield",
        "stage": "Negotiation",
        "stage_since": date(2026, 9, 1),
        "target_province": "Chungcheongbuk-do",
        "fez": "Chungbuk FEZ",
        "industry": "Secondary batteries",
        "capex": Decimal("150000000"),
        "capex_currency": "USD",
        "expected_jobs": 420,
        "probability": 70,
        "notified_usd": Decimal("50000000"),
        "arrived_usd": Decimal("12500000.50"),
        "amounts": (FdiLine("Notified", Decimal("50000000"), "USD", date(2026, 10, 2)),),
    }
    values.update(overrides)
    return ProjectLine(**values)


def _investor(name: str = "Acme Batteries Inc.", **overrides: Any) -> InvestorProfile:
    values: dict[str, Any] = {
        "id": uuid.uuid4(),
        "name": name,
        "name_ko": "애크미 배터리",
        "country": "United States",
        "industry": "Secondary batteries",
        "size": "Large",
        "website": "https://acme.example.com",
        "owner": "Kim Officer",
        "in_korea": False,
        "tags": ("battery", "EV"),
        "notes": "Prefers morning meetings.",
        "contacts": (PersonLine("Jane Doe", "제인 도", "VP Strategy", "jane@acme.example.com", "+1 408 555 0100"),),
        "interactions": (
            InteractionLine(
                when=datetime(2026, 10, 20, 23, 30, tzinfo=UTC),  # 08:30 next day in Seoul
                kind="Meeting",
                officer="Kim Officer",
                contact="Jane Doe",
                summary="Discussed site options in Osong.",
                outcome="Follow-up visit",
            ),
        ),
        "projects": (
            _project(),
            _project(
                title="Project Falcon",  # the pack already replaced the confidential title
                confidential=True,
                capex=None,
                expected_jobs=None,
                probability=None,
                stage_since=None,
                notified_usd=Decimal("1000"),
                arrived_usd=Decimal("0"),
            ),
        ),
        "offers": (RegionOffer("Chungcheongbuk-do", "Chungcheong", ("Batteries", "Bio"), ("Chungbuk FEZ",)),),
        "talking_points": "Confirm the 2027 capex timeline.",
        "meeting_status": "Confirmed",
        "priority": 1,
    }
    values.update(overrides)
    return InvestorProfile(**values)


def _itinerary_line() -> ItineraryLine:
    return ItineraryLine(
        day=date(2026, 11, 3),
        starts_local=datetime(2026, 11, 3, 9, 0),
        ends_local=datetime(2026, 11, 3, 10, 30),
        time_zone="America/Los_Angeles",
        utc_offset="UTC-08:00",
        starts_korea=datetime(2026, 11, 4, 2, 0),
        starts_utc=datetime(2026, 11, 3, 17, 0, tzinfo=UTC),
        ends_utc=datetime(2026, 11, 3, 18, 30, tzinfo=UTC),
        kind="Investor meeting",
        title="Meeting with Acme",
        city="San Jose",
        venue="Acme HQ",
        investor="Acme Batteries Inc.",
        notes="Bring the Chungbuk FEZ brochure.",
    )


def make_delegation(lang: str = "en", **overrides: Any) -> DelegationPack:
    values: dict[str, Any] = {
        "lang": lang,
        "generated_at": datetime(2026, 11, 1, 3, 0, tzinfo=UTC),
        "id": uuid.uuid4(),
        "title": "2026 미주 투자유치단" if lang == "ko" else "2026 Americas investment delegation",
        "subtitle": "2026 Americas investment delegation" if lang == "ko" else "2026 미주 투자유치단",
        "year": 2026,
        "status": "Planned",
        "starts_on": date(2026, 11, 2),
        "ends_on": date(2026, 11, 6),
        "leader": "Vice Minister Park",
        "destinations": ("San Jose, United States", "Toronto, Canada"),
        "target_industry": "Secondary batteries",
        "objectives": "Secure two MOUs.",
        "lead_provinces": ("Chungcheongbuk-do",),
        "other_provinces": ("Sejong",),
        "fezs": ("Chungbuk FEZ",),
        "organisations": ("KOTRA", "MOTIE"),
        "members": (
            MemberLine("박차관", "Park", "MOTIE", "Vice Minister", True),
            MemberLine("김담당", "Kim", "KOTRA", "Officer", False),
        ),
        "itinerary": (_itinerary_line(),),
        "investors": (_investor(),),
        "results": Results(meetings_held=3, mous_signed=1, pledged_usd=Decimal("75000000"), summary="Good trip."),
        "kpis": Kpis(
            year=2026,
            pipeline_by_stage=(("Lead", 12), ("Negotiation", 4), ("Won", 2)),
            fdi_by_region=(
                ("Capital area", Decimal("100000000"), Decimal("40000000")),
                ("Chungcheong", Decimal("5"), Decimal("0")),
            ),
        ),
        "confidentiality": labels(lang)["confidential"],
        "labels": labels(lang),
    }
    values.update(overrides)
    return DelegationPack(**values)


def make_profile(lang: str = "en", **overrides: Any) -> ProfilePack:
    values: dict[str, Any] = {
        "lang": lang,
        "generated_at": datetime(2026, 11, 1, 3, 0, tzinfo=UTC),
        "profile": _investor(),
        "confidentiality": labels(lang)["confidential"],
        "labels": labels(lang),
    }
    values.update(overrides)
    return ProfilePack(**values)


# --- helpers ------------------------------------------------------------------------------------


def _header(ws: Worksheet, row: int = 1) -> list[Any]:
    return [c.value for c in ws[row] if c.value is not None]


def _column(ws: Worksheet, header: str, header_row: int = 1) -> int:
    return _header(ws, header_row).index(header) + 1


def _all_cells(wb: Workbook) -> list[Any]:
    return [cell for ws in wb.worksheets for row in ws.iter_rows() for cell in row]


def _texts(wb: Workbook) -> set[str]:
    return {c.value for c in _all_cells(wb) if isinstance(c.value, str)}


# --- tests --------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_delegation_sheets_are_named_in_the_packs_language(tmp_path: Path, lang: str) -> None:
    path = write_delegation_xlsx(make_delegation(lang), tmp_path / "pack.xlsx")
    assert path == tmp_path / "pack.xlsx"
    wb = load_workbook(path)
    assert wb.sheetnames == SHEETS[lang]
    assert all(len(name) <= 31 for name in wb.sheetnames)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_profile_sheets_are_named_in_the_packs_language(tmp_path: Path, lang: str) -> None:
    wb = load_workbook(write_profile_xlsx(make_profile(lang), tmp_path / "profile.xlsx"))
    expected = {"en": ["Investor profile", "People", "History of interactions", "Open projects"]}
    expected["ko"] = ["투자가 프로필", "인물", "접촉 이력", "진행 프로젝트"]
    assert wb.sheetnames == expected[lang]


def test_table_headers_frozen_panes_and_filters(tmp_path: Path) -> None:
    wb = load_workbook(write_delegation_xlsx(make_delegation("en"), tmp_path / "pack.xlsx"))
    assert _header(wb["Itinerary"]) == [
        "Day",
        "Local time",
        "Ends",
        "Time zone",
        "Korea time",
        "Kind",
        "Title",
        "City",
        "Venue",
        "Investor",
        "Notes",
    ]
    assert _header(wb["Investors to meet"]) == [
        "Company",
        "Korean name",
        "HQ country",
        "Industry",
        "Size",
        "Website",
        "Account officer",
        "Already in Korea",
        "Priority",
        "Meeting status",
        "Talking points",
        "Notified (USD)",
        "Arrived (USD)",
    ]
    assert _header(wb["People"]) == ["Investor", "Name", "Korean name", "Title", "E-mail", "Phone"]
    assert _header(wb["History of interactions"]) == [
        "Investor",
        "When (KST)",
        "Kind",
        "Officer",
        "Counterpart",
        "Summary",
        "Outcome",
    ]
    assert _header(wb["Open projects"])[:5] == ["Investor", "Project", "Type", "Stage", "Since"]
    assert _header(wb["Open projects"])[-5:] == [
        "Probability",
        "Notified (USD)",
        "Arrived (USD)",
        "Latest notified",
        "Latest arrived",
    ]

    for name in ("Itinerary", "Investors to meet", "People", "History of interactions", "Open projects"):
        ws = wb[name]
        assert ws.freeze_panes == "A2", name
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), name
        assert ws.print_title_rows == "$1:$1", name
        header_cell = ws["A1"]
        assert header_cell.font.b and header_cell.fill.fgColor.rgb.endswith("1F4E78")
        assert header_cell.border.bottom.style == "thin"

    overview = wb["Overview"]
    assert overview["B1"].value == "2026 Americas investment delegation"
    assert overview.auto_filter.ref is not None  # the members table
    members_header = int(overview.auto_filter.ref.split(":")[0][1:])
    assert _header(overview, members_header) == ["Name", "English name", "Organisation", "Position", "Leader"]
    assert overview.cell(members_header + 1, 1).value == "박차관"

    kpis = wb["Key figures"]
    assert kpis.freeze_panes == "A3"
    assert kpis.auto_filter.ref == "A2:B5"
    assert [t.ref for t in kpis.tables.values()] == ["D2:F4"]
    assert _header(kpis, 2) == ["Stage", "Open projects", "Region", "Notified (USD)", "Arrived (USD)"]
    assert len(kpis._charts) == 2  # reading back drops charts; this is the written sheet's count


def test_print_setup(tmp_path: Path) -> None:
    pack = make_delegation("ko")
    wb = load_workbook(write_delegation_xlsx(pack, tmp_path / "pack.xlsx"))
    for ws in wb.worksheets:
        assert int(ws.page_setup.paperSize) == 9  # A4
        # Fitted to the page width only when that keeps 11 pt text at 8 pt or more on paper;
        # else a fixed scale, the columns running over pages with the first one repeated.
        if ws.sheet_properties.pageSetUpPr.fitToPage:
            assert ws.page_setup.fitToWidth == 1
            assert xlsx.print_scale(ws) >= xlsx.FIT_WHEN_AT_LEAST, ws.title
        else:
            assert 11 * int(ws.page_setup.scale) / 100 >= 8, ws.title
            assert ws.print_title_cols == "$A:$A"
        assert ws.oddHeader.left.text == pack.title
        assert ws.oddHeader.right.text == "대외비"
        assert ws.oddFooter.center.text == "&P / &N"
    assert wb["진행 프로젝트"].page_setup.orientation == "landscape"
    assert wb["면담 대상 투자가"].page_setup.orientation == "landscape"


def test_ampersand_in_title_is_escaped_in_headers(tmp_path: Path) -> None:
    pack = make_delegation("en", title="R&D delegation")
    wb = load_workbook(write_delegation_xlsx(pack, tmp_path / "pack.xlsx"))
    assert wb["Overview"].oddHeader.left.text == "R&&D delegation"
    assert wb["Overview"]["B1"].value == "R&D delegation"


def test_cells_are_typed(tmp_path: Path) -> None:
    wb = load_workbook(write_delegation_xlsx(make_delegation("en"), tmp_path / "pack.xlsx"))

    it = wb["Itinerary"]
    assert it["A2"].value == datetime(2026, 11, 3)  # openpyxl reads dates back as midnight datetimes
    assert it["A2"].is_date and it["A2"].number_format == "yyyy-mm-dd"
    assert it["B2"].value == datetime(2026, 11, 3, 9, 0) and it["B2"].number_format == "hh:mm"
    assert it["C2"].value == datetime(2026, 11, 3, 10, 30)
    assert it["D2"].value == "America/Los_Angeles (UTC-08:00)"
    assert it["E2"].value == datetime(2026, 11, 4, 2, 0) and it["E2"].number_format == "yyyy-mm-dd hh:mm"

    inv = wb["Investors to meet"]
    assert inv.cell(2, _column(inv, "Priority")).value == 1
    assert inv.cell(2, _column(inv, "Already in Korea")).value == "No"
    notified = inv.cell(2, _column(inv, "Notified (USD)"))
    assert notified.value == 50_001_000 and notified.number_format == "#,##0" and notified.data_type == "n"
    assert inv.cell(2, _column(inv, "Arrived (USD)")).value == pytest.approx(12_500_000.5)
    assert inv.cell(2, _column(inv, "Website")).hyperlink.target == "https://acme.example.com"

    hist = wb["History of interactions"]
    when = hist.cell(2, 2)
    assert when.value == datetime(2026, 10, 21, 8, 30)  # converted to Korea time, naive
    assert when.number_format == "yyyy-mm-dd hh:mm"

    proj = wb["Open projects"]
    assert proj.cell(2, _column(proj, "Since")).value == datetime(2026, 9, 1)
    assert proj.cell(2, _column(proj, "Since")).number_format == "yyyy-mm-dd"
    assert proj.cell(2, _column(proj, "Expected capex")).value == 150_000_000
    assert proj.cell(2, _column(proj, "Expected capex")).number_format == "#,##0"
    assert proj.cell(2, _column(proj, "Expected jobs")).value == 420
    probability = proj.cell(2, _column(proj, "Probability"))
    assert probability.value == 70 and probability.number_format == '0"%"'
    # Missing values stay empty rather than becoming 0 or "None".
    assert proj.cell(3, _column(proj, "Expected capex")).value is None
    assert proj.cell(3, _column(proj, "Probability")).value is None

    overview = wb["Overview"]
    assert overview["B4"].value == datetime(2026, 11, 2) and overview["C4"].value == datetime(2026, 11, 6)
    assert overview["B3"].value == 2026

    results = wb["Results"]
    assert [results.cell(r, 1).value for r in range(1, 5)] == [
        "Meetings held",
        "MOUs signed",
        "Pledged (USD)",
        "Summary",
    ]
    assert results["B1"].value == 3 and results["B3"].value == 75_000_000 and results["B3"].number_format == "#,##0"

    kpis = wb["Key figures"]
    assert kpis["B3"].value == 12 and kpis["E3"].value == 100_000_000 and kpis["E3"].number_format == "#,##0"


def test_hostile_text_never_becomes_a_formula(tmp_path: Path) -> None:
    investors = tuple(
        _investor(
            name=text,
            name_ko=text,
            talking_points=text,
            notes=text,
            website=text,
            tags=(text,),
            contacts=(PersonLine(text, text, text, text, text),),
            interactions=(InteractionLine(datetime(2026, 1, 1, tzinfo=UTC), text, text, text, text, text),),
            projects=(_project(title=text, stage=text),),
        )
        for text in HOSTILE
    )
    pack = make_delegation(
        "en",
        title=HOSTILE[0],
        leader=HOSTILE[1],
        objectives=HOSTILE[2],
        destinations=HOSTILE,
        investors=investors,
        itinerary=(dataclasses.replace(_itinerary_line(), title=HOSTILE[3], notes=HOSTILE[0]),),
        members=(MemberLine(HOSTILE[0], HOSTILE[1], HOSTILE[2], HOSTILE[3], True),),
        kpis=Kpis(2026, ((HOSTILE[0], 1),), ((HOSTILE[1], Decimal(1), Decimal(0)),)),
        results=Results(None, None, None, HOSTILE[2]),
    )
    delegation = load_workbook(write_delegation_xlsx(pack, tmp_path / "pack.xlsx"))
    profile = load_workbook(write_profile_xlsx(make_profile("en", profile=investors[0]), tmp_path / "p.xlsx"))

    for wb in (delegation, profile):
        cells = _all_cells(wb)
        assert not [c.coordinate for c in cells if c.data_type == "f"]
        hostile_cells = [c for c in cells if c.value in WRITTEN]
        assert hostile_cells
        assert all(c.data_type == "s" for c in hostile_cells)
    assert set(WRITTEN) <= _texts(delegation)
    assert WRITTEN[0] in _texts(profile)
    assert delegation["Investors to meet"]["A2"].value == "=cmd|' /C calc'!A0"
    assert delegation["Investors to meet"]["F2"].hyperlink is None  # not a web address: no link
    assert delegation["People"]["F3"].value == "+1"


def test_put_forces_text_for_formula_like_strings() -> None:
    ws = Workbook().active
    for row, (text, written) in enumerate(zip(HOSTILE, WRITTEN, strict=True), start=1):
        cell = xlsx._put(ws, row, 1, text)
        assert cell.data_type == "s" and cell.value == written


def test_hangul_round_trips_and_widens_columns(tmp_path: Path) -> None:
    pack = make_delegation("ko")
    wb = load_workbook(write_delegation_xlsx(pack, tmp_path / "pack.xlsx"))
    assert wb["개요"]["B1"].value == "2026 미주 투자유치단"
    assert wb["개요"]["A1"].value == "제목"
    inv = wb["면담 대상 투자가"]
    assert _header(inv)[:3] == ["회사", "한글 이름", "본사 국가"]
    assert inv["B2"].value == "애크미 배터리"
    # "애크미 배터리" is 7 characters but 13 display widths: the column is sized for the latter.
    assert inv.column_dimensions["B"].width >= 13
    assert "2026 Americas investment delegation" in _texts(wb)


def test_a_two_line_cell_is_as_wide_as_its_widest_line_not_its_longest(tmp_path: Path) -> None:
    """The second line has fewer letters but more columns (Hangul counts two): the column fits it."""
    name_ko = "Acme Korea Co. Ltd\n애크미 배터리 코리아"  # 18 letters; 12 letters, 22 columns
    pack = make_delegation("ko", investors=(_investor(name_ko=name_ko),))
    inv = load_workbook(write_delegation_xlsx(pack, tmp_path / "pack.xlsx"))["면담 대상 투자가"]
    assert inv["B2"].value == name_ko
    assert inv.column_dimensions["B"].width >= 22


def test_empty_itinerary_and_investor_without_contacts_keep_their_sheets(tmp_path: Path) -> None:
    lonely = _investor(contacts=(), interactions=(), projects=(), offers=(), tags=(), notes=None)
    pack = make_delegation(
        "en",
        itinerary=(),
        investors=(lonely,),
        members=(),
        kpis=Kpis(2026, (), ()),
        results=Results(None, None, None, None),
        starts_on=None,
        ends_on=None,
        destinations=(),
    )
    wb = load_workbook(write_delegation_xlsx(pack, tmp_path / "pack.xlsx"))
    assert wb.sheetnames == SHEETS["en"]
    for name in ("Itinerary", "People", "History of interactions", "Open projects"):
        ws = wb[name]
        assert ws.max_row == 1 and _header(ws), name
        assert ws.auto_filter.ref is not None and ws.auto_filter.ref.startswith("A1:"), name
    assert wb["Investors to meet"].max_row == 2
    assert wb["Overview"]["B4"].value == "None"  # no dates: the "none" word, not a blank
    assert not wb["Key figures"].tables

    profile = load_workbook(write_profile_xlsx(make_profile("ko", profile=lonely), tmp_path / "p.xlsx"))
    for name in ("인물", "접촉 이력", "진행 프로젝트"):
        assert profile[name].max_row == 1 and _header(profile[name])


def test_long_company_name_caps_the_width(tmp_path: Path) -> None:
    long_name = "Very Long Holdings " * 15 + "Ltd."  # over 280 characters
    long_name = (long_name + "x" * 300)[:300]
    pack = make_delegation("en", investors=(_investor(name=long_name),))
    wb = load_workbook(write_delegation_xlsx(pack, tmp_path / "pack.xlsx"))
    inv = wb["Investors to meet"]
    assert inv["A2"].value == long_name
    assert inv.column_dimensions["A"].width <= xlsx.MAX_WIDTH
    assert inv["A2"].alignment.wrap_text
    for ws in wb.worksheets:
        assert all(dim.width <= xlsx.MAX_WIDTH for dim in ws.column_dimensions.values()), ws.title


def test_confidential_project_shows_its_code_name(tmp_path: Path) -> None:
    wb = load_workbook(write_delegation_xlsx(make_delegation("en"), tmp_path / "pack.xlsx"))
    proj = wb["Open projects"]
    titles = [proj.cell(r, 2).value for r in range(2, proj.max_row + 1)]
    assert titles == ["Gigafactory phase 2", "Project Falcon"]


def test_profile_sheet_holds_notes_tags_and_offers(tmp_path: Path) -> None:
    wb = load_workbook(write_profile_xlsx(make_profile("en"), tmp_path / "profile.xlsx"))
    ws = wb["Investor profile"]
    keys = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, ws.max_row + 1)}
    assert keys["Company"] == "Acme Batteries Inc."
    assert keys["Tags"] == "battery, EV"
    assert keys["Notes"] == "Prefers morning meetings."
    assert keys["Already in Korea"] == "No"
    header_row = int(ws.auto_filter.ref.split(":")[0][1:])
    assert _header(ws, header_row) == ["Province", "Region", "Strategic industries", "FEZ"]
    assert ws.cell(header_row + 1, 3).value == "Batteries\nBio"
    assert ws.oddHeader.left.text == "Investor profile: Acme Batteries Inc."
    # A profile has no investor column: one investor only.
    assert _header(wb["People"])[0] == "Name"


def test_aware_datetimes_are_refused_by_the_cell_writer() -> None:
    ws = Workbook().active
    with pytest.raises(ValueError):
        xlsx._put(ws, 1, 1, datetime(2026, 1, 1, tzinfo=UTC))


def test_parent_folder_is_created(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "pack.xlsx"
    assert write_profile_xlsx(make_profile("en"), target) == target
    assert load_workbook(target).sheetnames[0] == "Investor profile"
    assert [p.name for p in target.parent.iterdir()] == ["pack.xlsx"]  # no temp file left behind


def test_failed_write_leaves_the_existing_file_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out" / "pack.xlsx"
    write_delegation_xlsx(make_delegation("en"), target)
    before = target.read_bytes()

    def broken_save(self: Workbook, filename: str) -> None:
        Path(filename).write_bytes(b"half a workbook")
        raise OSError("disk full")

    monkeypatch.setattr(Workbook, "save", broken_save)
    with pytest.raises(OSError, match="disk full"):
        write_delegation_xlsx(make_delegation("ko"), target)
    assert target.read_bytes() == before
    assert [p.name for p in target.parent.iterdir()] == ["pack.xlsx"]


def test_failed_first_write_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_save(self: Workbook, filename: str) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(Workbook, "save", broken_save)
    with pytest.raises(RuntimeError):
        write_profile_xlsx(make_profile("en"), tmp_path / "out" / "profile.xlsx")
    assert list((tmp_path / "out").iterdir()) == []


def test_sheet_names_are_cleaned_and_unique() -> None:
    assert xlsx._sheet_name("a/b:c*d?e[f]g\\h", []) == "a b c d e f g h"
    assert xlsx._sheet_name("x" * 40, []) == "x" * 31
    assert xlsx._sheet_name("People", ["people"]) == "People (2)"
    assert len(xlsx._sheet_name("y" * 40, ["y" * 31])) == 31


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (libreoffice-calc-nogui) is not installed")
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_libreoffice_prints_every_sheet_legibly(tmp_path: Path, lang: str) -> None:
    """LibreOffice, a client we did not write, opens the workbook headless and prints it to PDF:
    no error, and no text on paper below 8 pt (a 14-column list fitted to A4 came out at ~5 pt);
    each "Key figures" chart stands on its own, not over the other or the tables."""
    import pdfplumber

    pack = make_delegation(lang)
    many = tuple(
        dataclasses.replace(pack.investors[0], name=f"Investor number {i} with a long name") for i in range(30)
    )
    pack = dataclasses.replace(pack, investors=many)
    book = write_delegation_xlsx(pack, tmp_path / "pack.xlsx")
    profile = write_profile_xlsx(make_profile(lang), tmp_path / "profile.xlsx")
    done = subprocess.run(
        [
            SOFFICE,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "out"),
            str(book),
            str(profile),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr
    for name in ("pack", "profile"):
        printed = tmp_path / "out" / f"{name}.pdf"
        assert printed.exists(), done.stdout + done.stderr
        with pdfplumber.open(printed) as pdf:
            assert len(pdf.pages) >= (8 if name == "pack" else 2)
            for number, page in enumerate(pdf.pages, 1):
                sizes = [c["size"] for c in page.chars if c["text"].strip()]
                assert sizes, f"{name} page {number} is empty"
                assert min(sizes) >= 8, f"{name} page {number}: text at {min(sizes):.1f} pt"
    wb = load_workbook(book)
    kpis = wb["Key figures" if lang == "en" else "주요 지표"]
    assert kpis.row_breaks.brk, "the second chart starts a page of its own"
