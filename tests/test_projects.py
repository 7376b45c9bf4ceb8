"""Projects: editing rules, the dated stage move, the table and the board, and the confidentiality rule."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from people import acting, team

from kotra_invest.domain.enums import FdiKind, ProjectType
from kotra_invest.domain.errors import DomainError, NotFound, StaleRecord, ValidationError
from kotra_invest.services import records
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.projects import (
    FDI_AMOUNT,
    PROJECT,
    FdiAmountDraft,
    ProjectDraft,
    add_fdi_amount,
    board,
    create_project,
    fdi_amounts,
    get_project_row,
    list_projects,
    move_project,
    project_page,
)
from kotra_invest.services.read_models import ProjectFilter
from kotra_invest.services.unit_of_work import Context


@pytest.fixture
def investor(ctx: Context) -> uuid.UUID:
    team(ctx)
    return create_investor(ctx, InvestorDraft(name="Norvik Robotics AB", name_ko="노르빅 로보틱스", country_code="SE"))


def _draft(investor: uuid.UUID, **change: object) -> ProjectDraft:
    base = ProjectDraft(
        investor_id=investor,
        title="Daejeon cobot plant",
        project_type=ProjectType.GREENFIELD,
        stage_code="MEETING",
        target_province_code="KR-30",
        industry_code="ROBOT",
        capex_amount="45,000,000",
        expected_jobs=120,
        probability=40,
    )
    return replace(base, **change)  # type: ignore[arg-type]


def test_project_row_shows_reference_names_and_sums_fdi_per_currency(ctx: Context, investor: uuid.UUID) -> None:
    project = create_project(ctx, _draft(investor))
    add_fdi_amount(ctx, project, FdiAmountDraft(FdiKind.NOTIFIED, "30000000", date(2026, 3, 2)))
    add_fdi_amount(ctx, project, FdiAmountDraft(FdiKind.NOTIFIED, Decimal("5000000"), date(2026, 5, 2)))
    add_fdi_amount(ctx, project, FdiAmountDraft(FdiKind.ARRIVED, "1000000", date(2026, 6, 2), currency="eur"))
    gone = add_fdi_amount(ctx, project, FdiAmountDraft(FdiKind.ARRIVED, "999", date(2026, 6, 3)))
    records.delete(ctx, FDI_AMOUNT, gone)

    row = get_project_row(ctx, project)
    assert (row.investor, row.stage_code, row.stage, row.province, row.region_code, row.industry) == (
        "Norvik Robotics AB",
        "MEETING",
        "Meeting",
        "Daejeon",
        "CC",
        "Robotics",
    )
    assert row.capex_amount == Decimal("45000000.00") and row.owner == "Kim Officer"  # the creator owns it
    assert (row.notified_usd, row.arrived_usd) == (Decimal("35000000.00"), Decimal(0))  # EUR is not added to USD
    assert {(s.kind, s.currency, s.total) for s in row.fdi} == {
        ("notified", "USD", Decimal("35000000.00")),
        ("arrived", "EUR", Decimal("1000000.00")),
    }
    korean = get_project_row(acting(ctx, "tester", "ko"), project)
    assert (korean.stage, korean.province, korean.project_type_label) == ("면담", "대전광역시", "그린필드")


def test_an_fdi_amount_is_edited_on_its_version_and_restored_after_delete(ctx: Context, investor: uuid.UUID) -> None:
    project = create_project(ctx, _draft(investor))
    amount = add_fdi_amount(ctx, project, FdiAmountDraft(FdiKind.NOTIFIED, "1000000", date(2026, 3, 2)))
    draft, version = records.get(ctx, FDI_AMOUNT, amount)
    assert records.update(ctx, FDI_AMOUNT, amount, version, replace(draft, amount=Decimal("1500000"))) == version + 1
    with pytest.raises(StaleRecord):
        records.update(ctx, FDI_AMOUNT, amount, version, replace(draft, amount=Decimal("9")))
    with pytest.raises(ValidationError) as caught:
        add_fdi_amount(ctx, project, FdiAmountDraft(FdiKind.ARRIVED, "12", date(2026, 3, 2), currency="dollars"))
    assert (caught.value.code, caught.value.field) == ("invalid_currency", "currency")
    records.delete(ctx, FDI_AMOUNT, amount)
    assert get_project_row(ctx, project).notified_usd == 0
    records.restore(ctx, FDI_AMOUNT, amount)
    assert [a.amount for a in fdi_amounts(ctx, project)] == [Decimal("1500000.00")]


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"title": " "}, "required", "title"),
        ({"confidential": True}, "confidential_needs_code_name", "code_name"),
        ({"stage_code": "LOST"}, "lost_needs_reason", "lost_reason"),
        ({"stage_code": "DREAMING"}, "invalid_value", "stage"),
        ({"fez_code": "NOWHERE"}, "invalid_value", "fez"),
        ({"capex_amount": "-5"}, "negative_amount", "capex"),
        ({"probability": 150}, "invalid_probability", "probability"),
        ({"investor_id": uuid.uuid4()}, "invalid_value", "investor"),
        ({"owner_login": "ghost"}, "invalid_value", "owner"),
    ],
)
def test_a_broken_rule_names_its_field_and_saves_nothing(
    ctx: Context, investor: uuid.UUID, change: dict, code: str, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        create_project(ctx, _draft(investor, **change))
    assert (caught.value.code, caught.value.field) == (code, field)
    assert caught.value.message("ko") != caught.value.message("en")
    assert list_projects(ctx).rows == ()


def test_moving_a_project_records_the_date_and_the_history(ctx: Context, investor: uuid.UUID) -> None:
    project = create_project(ctx, _draft(investor, stage_code="LEAD", stage_since=date(2026, 1, 5)))
    v2 = move_project(ctx, project, "SITE_VISIT", on_date=date(2026, 2, 10), expected_version=1)
    v3 = move_project(ctx, project, "MOU", on_date=date(2026, 4, 1))
    assert (v2, v3) == (2, 3)
    row = get_project_row(ctx, project)
    assert (row.stage_code, row.stage_since) == ("MOU", date(2026, 4, 1))

    with pytest.raises(StaleRecord):
        move_project(ctx, project, "NOTIFIED", expected_version=2)  # someone moved it meanwhile
    with pytest.raises(ValidationError) as caught:
        move_project(ctx, project, "LOST")
    assert caught.value.field == "lost_reason"
    move_project(ctx, project, "LOST", on_date=date(2026, 5, 1), lost_reason="Chose a site in Vietnam")

    history = project_page(ctx, project).stages  # the project window's stage history tab
    assert [(h.from_stage, h.to_stage, h.on_date) for h in history] == [
        (None, "Lead identified", date(2026, 1, 5)),
        ("Lead identified", "Site visit", date(2026, 2, 10)),
        ("Site visit", "MOU signed", date(2026, 4, 1)),
        ("MOU signed", "Lost", date(2026, 5, 1)),
    ]
    assert {h.actor for h in history} == {"tester"}
    draft, version = records.get(ctx, PROJECT, project)
    assert (draft.stage_code, draft.lost_reason, version) == ("LOST", "Chose a site in Vietnam", 4)


def test_edit_returns_the_new_version_and_a_stale_edit_is_refused(ctx: Context, investor: uuid.UUID) -> None:
    project = create_project(ctx, _draft(investor))
    draft, version = records.get(ctx, PROJECT, project)
    new_version = records.update(ctx, PROJECT, project, version, replace(draft, expected_jobs=200))
    assert new_version == version + 1
    with pytest.raises(StaleRecord):
        records.update(ctx, PROJECT, project, version, replace(draft, expected_jobs=300))
    assert get_project_row(ctx, project).expected_jobs == 200
    # Undo of the edit = saving the previous draft on the new version.
    records.update(ctx, PROJECT, project, new_version, draft)
    assert get_project_row(ctx, project).expected_jobs == 120


def test_table_pages_by_keyset_and_filters_in_sql(ctx: Context, investor: uuid.UUID) -> None:
    other = create_investor(ctx, InvestorDraft(name="Busan Ships GmbH", country_code="DE"))
    titles = [f"Project {i:02d}" for i in range(23)]
    for i, title in enumerate(titles):
        busan = i % 3 == 0
        create_project(
            ctx,
            _draft(
                other if busan else investor,
                title=title,
                target_province_code="KR-26" if busan else "KR-30",
                fez_code="BJFEZ" if busan else None,
                stage_code="LEAD" if i < 5 else "MEETING",
            ),
        )
    seen: list[str] = []
    page = list_projects(ctx, limit=10)
    seen += [r.title for r in page.rows]
    while page.next is not None:
        page = list_projects(ctx, after=page.next, limit=10)
        seen += [r.title for r in page.rows]
    assert seen == titles

    backwards = list_projects(ctx, sort="investor", descending=True, limit=4)
    assert backwards.rows[0].investor == "Norvik Robotics AB" and backwards.next is not None
    busan = list_projects(ctx, ProjectFilter(region_code="se", fez_code="bjfez"))
    assert [r.title for r in busan.rows] == titles[::3]
    assert len(list_projects(ctx, ProjectFilter(stage_codes=("LEAD",))).rows) == 5
    assert [r.title for r in list_projects(ctx, ProjectFilter(text="ships 09")).rows] == ["Project 09"]
    assert len(list_projects(ctx, ProjectFilter(text="노르빅")).rows) == 23 - len(titles[::3])
    with pytest.raises(ValidationError):
        list_projects(ctx, sort="capex")


def test_board_counts_every_stage_and_shows_the_longest_waiting_first(ctx: Context, investor: uuid.UUID) -> None:
    for day in (20, 3, 11):
        create_project(ctx, _draft(investor, title=f"Lead {day}", stage_code="LEAD", stage_since=date(2026, 1, day)))
    create_project(ctx, _draft(investor, title="Met", stage_code="MEETING"))

    columns = board(ctx, per_stage=2)
    assert [c.stage_code for c in columns][:3] == ["LEAD", "CONTACT", "MEETING"]
    lead = columns[0]
    assert (lead.count, [c.title for c in lead.cards]) == (3, ["Lead 3", "Lead 11"])
    assert {c.stage_code: c.count for c in columns if c.count} == {"LEAD": 3, "MEETING": 1}
    open_only = board(ctx, ProjectFilter(include_closed=False))
    assert "LOST" not in {c.stage_code for c in open_only}


def test_a_confidential_project_does_not_exist_for_another_team(ctx: Context, investor: uuid.UUID) -> None:
    secret = create_project(ctx, _draft(investor, title="Gigafactory", confidential=True, code_name="Falcon"))
    create_project(ctx, _draft(investor, title="Sales office"))
    busan = acting(ctx, "other")

    assert [r.title for r in list_projects(busan).rows] == ["Sales office"]
    assert sum(c.count for c in board(busan)) == 1
    assert list_projects(busan, ProjectFilter(text="Falcon")).rows == ()
    for attempt in (
        lambda: get_project_row(busan, secret),
        lambda: move_project(busan, secret, "MOU"),
        lambda: project_page(busan, secret),
        lambda: records.delete(busan, PROJECT, secret),
    ):
        with pytest.raises(NotFound):
            attempt()
    assert {r.title for r in list_projects(acting(ctx, "mate")).rows} == {"Gigafactory", "Sales office"}
    assert get_project_row(acting(ctx, "boss"), secret).code_name == "Falcon"


def test_delete_and_restore_and_a_viewer_cannot_write(ctx: Context, investor: uuid.UUID) -> None:
    project = create_project(ctx, _draft(investor))
    with pytest.raises(DomainError) as caught:
        move_project(acting(ctx, "reader"), project, "MOU")
    assert caught.value.code == "read_only"

    records.delete(ctx, PROJECT, project, expected_version=1)
    assert list_projects(ctx).rows == ()
    with pytest.raises(NotFound):
        records.get(ctx, PROJECT, project)
    assert records.restore(ctx, PROJECT, project) == 3
    assert [r.id for r in list_projects(ctx).rows] == [project]


def test_command_line_lists_and_moves_projects(sqlite_url: str, tmp_path: Path) -> None:
    from kotra_invest.services.database import connect

    db = connect(sqlite_url)
    try:
        ctx = Context(db=db, actor="tester", source="test", lang="en")
        investor = create_investor(ctx, InvestorDraft(name="Norvik Robotics AB"))
        project = create_project(ctx, _draft(investor, stage_code="LEAD"))
        create_project(ctx, _draft(investor, title="Other", stage_code="MOU"))
    finally:
        db.dispose()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        env = {
            **os.environ,
            "XDG_DATA_HOME": str(tmp_path / "d"),
            "XDG_CONFIG_HOME": str(tmp_path / "c"),
            "KOTRA_INVEST_LANG": "en",
            "KOTRA_INVEST_USER": "cli.tester",
        }
        return subprocess.run(
            [sys.executable, "-m", "kotra_invest", "--db", sqlite_url, *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )

    listed = run("projects", "list", "--stage", "lead", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [r["id"] for r in json.loads(listed.stdout)] == [str(project)]
    moved = run("projects", "move", str(project), "SITE_VISIT", "--on", "2026-02-03", "--json")
    assert moved.returncode == 0, moved.stderr
    assert (json.loads(moved.stdout)["stage_code"], json.loads(moved.stdout)["stage_since"]) == (
        "SITE_VISIT",
        "2026-02-03",
    )
    refused = run("projects", "move", str(project), "LOST")
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and "reason" in refused.stderr
