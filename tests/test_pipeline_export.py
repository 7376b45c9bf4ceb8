"""The pipeline tracker export: typed, formula-safe, confidential-safe, streamed, atomic."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from office import soffice, xlsx_rows_via_libreoffice
from openpyxl import load_workbook
from openpyxl.worksheet._writer import ALL_TEMP_FILES

from kotra_invest.briefing import pipeline as pipeline_export
from kotra_invest.briefing.pipeline import COLUMNS, export_pipeline_xlsx
from kotra_invest.domain.base import utcnow
from kotra_invest.domain.enums import FdiKind, NewOrAdditional, ProjectType
from kotra_invest.domain.errors import DomainError
from kotra_invest.domain.models import FdiAmount, Officer, Project
from kotra_invest.domain.reference_data import reference_id
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context, unit_of_work

SECRET_TITLE = "Gumi battery separator plant"
HEADERS_EN = [c[1].english for c in COLUMNS]
HEADERS_KO = [c[1].korean for c in COLUMNS]


def _amount(project: Project, kind: FdiKind, amount: str, on: date, currency: str = "USD") -> FdiAmount:
    return FdiAmount(project=project, kind=kind, amount=Decimal(amount), currency=currency, on_date=on)


@pytest.fixture
def pipeline(ctx: Context) -> dict[str, Any]:
    with unit_of_work(ctx) as session:
        session.add(Officer(login="kim", name="김담당", name_en="Kim Officer"))
        session.commit()
    acme = create_investor(
        ctx, InvestorDraft(name="Acme Robotics Inc.", name_ko="애크미 로보틱스", country_code="US", owner_login="kim")
    )
    tricky = create_investor(ctx, InvestorDraft(name="-2 Minus Corp", name_ko="#N/A", country_code="US"))
    with unit_of_work(ctx) as session:
        officer = session.query(Officer).filter_by(login="kim").one()
        meeting = reference_id("pipeline_stage", "MEETING")
        plant = Project(
            investor_id=acme,
            title="Gyeonggi robot plant",
            project_type=ProjectType.GREENFIELD,
            stage_id=meeting,
            stage_since=date(2026, 3, 1),
            target_province_id=reference_id("province", "KR-41"),
            fez_id=reference_id("fez", "GGFEZ"),
            industry_id=reference_id("industry", "SEMI"),
            capex_amount=Decimal("12500000.50"),
            capex_currency="USD",
            expected_jobs=120,
            probability=40,
            owner_id=officer.id,
        )
        secret = Project(
            investor_id=acme,
            title=SECRET_TITLE,
            project_type=ProjectType.GREENFIELD,
            new_or_additional=NewOrAdditional.ADDITIONAL,
            stage_id=meeting,
            confidential=True,
            code_name="Project Aurora",
        )
        formula = Project(
            investor_id=tricky,
            title="=SUM(1)",
            project_type=ProjectType.MNA,
            stage_id=meeting,
            capex_amount=Decimal("7000000"),
            capex_currency="EUR",
        )
        gone = Project(
            investor_id=acme,
            title="Withdrawn project",
            project_type=ProjectType.MNA,
            stage_id=meeting,
            deleted_at=utcnow(),
        )
        withdrawn = _amount(plant, FdiKind.NOTIFIED, "900000000", date(2026, 5, 1))
        withdrawn.deleted_at = utcnow()
        session.add_all(
            [
                plant,
                secret,
                formula,
                gone,
                _amount(plant, FdiKind.NOTIFIED, "1000000.00", date(2026, 1, 10)),
                _amount(plant, FdiKind.NOTIFIED, "500000.25", date(2026, 2, 20)),
                _amount(plant, FdiKind.ARRIVED, "300000", date(2026, 3, 5)),
                _amount(plant, FdiKind.ARRIVED, "200000", date(2026, 3, 25)),
                _amount(plant, FdiKind.NOTIFIED, "8888888", date(2026, 2, 1), currency="EUR"),
                withdrawn,
                _amount(gone, FdiKind.NOTIFIED, "1", date(2026, 1, 1)),
            ]
        )
        session.commit()
    return {"acme": acme, "tricky": tricky}


def _sheet_rows(path: Path) -> tuple[Any, list[list[Any]]]:
    ws = load_workbook(path).worksheets[0]
    return ws, [[cell for cell in row] for row in ws.iter_rows()]


def _by_project(rows: list[list[Any]]) -> dict[str, list[Any]]:
    col = HEADERS_EN.index("Project")
    return {row[col].value: row for row in rows[1:]}


def _cell(row: list[Any], header: str) -> Any:
    return row[HEADERS_EN.index(header)]


def test_export_writes_one_typed_row_per_live_project(ctx: Context, pipeline: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "pipeline.xlsx"
    seen: list[tuple[int, int]] = []
    assert export_pipeline_xlsx(ctx, path, lang="en", progress=lambda done, total: seen.append((done, total))) == 3
    assert seen == [(3, 3)]

    ws, rows = _sheet_rows(path)
    assert [c.value for c in rows[0]] == HEADERS_EN
    assert all(c.font.b for c in rows[0])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:V{len(rows)}"
    assert len(rows) == 4
    assert ws.column_dimensions["A"].width == COLUMNS[0][2]

    projects = _by_project(rows)
    assert set(projects) == {"Gyeonggi robot plant", "Project Aurora", "=SUM(1)"}
    plant = projects["Gyeonggi robot plant"]
    expected = {
        "Investor": "Acme Robotics Inc.",
        "Korean name": "애크미 로보틱스",
        "HQ country": "United States",
        "Type": "Greenfield",
        "Stage": "Meeting",
        "Target province": "Gyeonggi",
        "Region": "Capital Region",
        "FEZ": "Gyeonggi FEZ",
        "Industry": "Semiconductors",
        "Currency": "USD",
        "Expected jobs": 120,
        "Owner": "Kim Officer",
    }
    assert {header: _cell(plant, header).value for header in expected} == expected
    assert _cell(plant, "Stage since").value == datetime(2026, 3, 1)
    assert _cell(plant, "Stage since").number_format == "yyyy-mm-dd"
    assert _cell(plant, "Expected capex").value == pytest.approx(12_500_000.5)
    assert _cell(plant, "Expected capex").number_format == "#,##0"
    assert _cell(plant, "Probability").value == 40  # a whole percent, shown "40%": 100 stays 100 read back
    assert _cell(plant, "Probability").number_format == '0"%"'
    # USD tranches summed; the EUR figure and the deleted tranche are not.
    assert _cell(plant, "Notified (USD)").value == pytest.approx(1_500_000.25)
    assert _cell(plant, "Notified (USD)").number_format == "#,##0"
    assert _cell(plant, "Arrived (USD)").value == pytest.approx(500_000)
    assert _cell(plant, "Latest notified").value == datetime(2026, 2, 20)
    assert _cell(plant, "Latest notified").number_format == "yyyy-mm-dd"
    assert _cell(plant, "Latest arrived").value == datetime(2026, 3, 25)  # read back, it recreates the arrival
    assert _cell(plant, "Expected jobs").data_type == "n"

    secret = projects["Project Aurora"]
    assert _cell(secret, "Notified (USD)").value is None
    assert _cell(secret, "Probability").value is None
    assert _cell(secret, "Type").value == "Greenfield"
    assert _cell(secret, "New / additional").value == "Additional (existing investor)"


def test_user_text_never_becomes_a_formula(ctx: Context, pipeline: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "pipeline.xlsx"
    export_pipeline_xlsx(ctx, path, lang="en")
    _, rows = _sheet_rows(path)
    assert all(cell.data_type != "f" for row in rows for cell in row)
    assert all(cell.data_type != "e" for row in rows for cell in row)
    row = _by_project(rows)["=SUM(1)"]
    assert _cell(row, "Project").data_type == "s"
    assert _cell(row, "Investor").value == "-2 Minus Corp"
    assert _cell(row, "Korean name").value == "#N/A"
    assert _cell(row, "Korean name").data_type == "s"
    assert _cell(row, "Currency").value == "EUR"  # capex in its own currency: shown, not converted
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet


def test_a_confidential_title_appears_nowhere_in_the_file(
    ctx: Context, pipeline: dict[str, Any], tmp_path: Path
) -> None:
    path = tmp_path / "pipeline.xlsx"
    export_pipeline_xlsx(ctx, path, lang="ko")
    with zipfile.ZipFile(path) as archive:
        content = b"".join(archive.read(name) for name in archive.namelist())
    assert SECRET_TITLE.encode() not in content
    assert b"Gumi" not in content
    assert b"Project Aurora" in content
    assert b"Withdrawn project" not in content  # deleted: absent


def test_korean_headers_and_labels(ctx: Context, pipeline: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "파이프라인.xlsx"
    assert export_pipeline_xlsx(ctx, path) == 3  # Korean by default
    ws, rows = _sheet_rows(path)
    assert ws.title == "투자 파이프라인"
    assert [c.value for c in rows[0]] == HEADERS_KO
    plant = _by_project(rows)["Gyeonggi robot plant"]
    assert _cell(plant, "Type").value == "그린필드"
    assert _cell(plant, "Stage").value == "면담"
    assert _cell(plant, "HQ country").value == "미국"
    assert _cell(plant, "Target province").value == "경기도"
    assert _cell(plant, "Region").value == "수도권"
    assert _cell(plant, "Owner").value == "김담당"


def test_pages_are_stitched_with_their_own_totals(
    ctx: Context, pipeline: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline_export, "PAGE_SIZE", 1)
    path = tmp_path / "pipeline.xlsx"
    seen: list[tuple[int, int]] = []
    assert export_pipeline_xlsx(ctx, path, lang="en", progress=lambda done, total: seen.append((done, total))) == 3
    assert seen == [(1, 3), (2, 3), (3, 3)]
    _, rows = _sheet_rows(path)
    projects = _by_project(rows)
    assert len(rows) == 4 and len(projects) == 3
    assert _cell(projects["Gyeonggi robot plant"], "Notified (USD)").value == pytest.approx(1_500_000.25)
    assert _cell(projects["=SUM(1)"], "Notified (USD)").value is None


def test_an_empty_pipeline_is_a_header_only_sheet(ctx: Context, tmp_path: Path) -> None:
    path = tmp_path / "pipeline.xlsx"
    assert export_pipeline_xlsx(ctx, path, lang="en") == 0
    ws, rows = _sheet_rows(path)
    assert [[c.value for c in row] for row in rows] == [HEADERS_EN]
    assert ws.auto_filter.ref == "A1:V1"


@pytest.mark.parametrize("checks_before_cancel", [0, 1])
def test_cancel_leaves_the_existing_file_untouched(
    ctx: Context, pipeline: dict[str, Any], tmp_path: Path, checks_before_cancel: int
) -> None:
    path = tmp_path / "exports" / "pipeline.xlsx"
    path.parent.mkdir()
    path.write_bytes(b"the previous export")
    spooled = list(ALL_TEMP_FILES)
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > checks_before_cancel

    with pytest.raises(DomainError) as raised:
        export_pipeline_xlsx(ctx, path, lang="en", cancelled=cancelled)
    assert raised.value.code == "cancelled"
    assert path.read_bytes() == b"the previous export"
    assert [p.name for p in path.parent.iterdir()] == ["pipeline.xlsx"]  # no temporary file left
    assert spooled == ALL_TEMP_FILES  # nor openpyxl's spool of the rows written so far


def test_cancel_before_any_file_existed_leaves_none(ctx: Context, pipeline: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "out" / "pipeline.xlsx"
    with pytest.raises(DomainError):
        export_pipeline_xlsx(ctx, path, cancelled=lambda: True)
    assert not path.exists()
    assert list(path.parent.iterdir()) == []


def test_libreoffice_shows_the_formats_and_the_text_as_typed(
    ctx: Context, pipeline: dict[str, Any], tmp_path: Path
) -> None:
    """A client we did not write: dates as dates, money with separators, whole percents, and
    user text that looks like a formula or an error shown as typed."""
    if soffice() is None:
        pytest.skip("LibreOffice not installed (.ci/bootstrap installs libreoffice-calc-nogui)")
    path = tmp_path / "pipeline.xlsx"
    export_pipeline_xlsx(ctx, path, lang="en")
    read = xlsx_rows_via_libreoffice(path, tmp_path)
    assert read[0] == HEADERS_EN
    rows = {row[HEADERS_EN.index("Project")]: dict(zip(HEADERS_EN, row, strict=False)) for row in read[1:]}
    plant = rows["Gyeonggi robot plant"]
    assert plant["Stage since"] == "2026-03-01"
    assert plant["Expected capex"] == "12,500,001"
    assert plant["Probability"] == "40%"
    assert plant["Notified (USD)"] == "1,500,000"
    assert plant["Latest notified"] == "2026-02-20"
    assert plant["Latest arrived"] == "2026-03-25"
    assert plant["Expected jobs"] == "120"
    assert plant["Korean name"] == "애크미 로보틱스"
    tricky = rows["=SUM(1)"]
    assert tricky["Korean name"] == "#N/A"
    assert tricky["Expected capex"] == "7,000,000"


def test_control_characters_are_dropped_and_line_breaks_kept(
    ctx: Context, pipeline: dict[str, Any], tmp_path: Path
) -> None:
    with unit_of_work(ctx) as session:
        session.add(
            Project(
                investor_id=pipeline["acme"],
                title="첫 줄\r\n둘째 줄\r셋째\x07 줄",
                project_type=ProjectType.GREENFIELD,
                stage_id=reference_id("pipeline_stage", "MEETING"),
            )
        )
        session.commit()
    path = tmp_path / "pipeline.xlsx"
    assert export_pipeline_xlsx(ctx, path, lang="ko") == 4
    _, rows = _sheet_rows(path)
    assert "첫 줄\n둘째 줄\n셋째 줄" in {_cell(row, "Project").value for row in rows[1:]}
