"""Amounts and days typed at the command line the way officers write them — `1억 5천만`, `USD 12.5M`,
`2026. 3. 4.`, `2026년 3월 4일` — read as `import` reads them, run as the user runs the command."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from test_cli import _assert_clear_failure, _run

from kotra_invest.services import projects
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    return sqlite_url


@pytest.fixture
def project(ctx: Context) -> str:
    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    projects.create_project(ctx, projects.ProjectDraft(investor_id=acme, title="Cathode plant", stage_code="MOU"))
    return "Cathode plant"


def _added(db_url: str, tmp_path: Path, *args: str) -> tuple[Decimal, str, str]:
    result = _run("projects", "fdi", "add", "Cathode", "--kind", "notified", *args, "--json", db=db_url, home=tmp_path)
    assert result.returncode == 0, result.stderr
    row = json.loads(result.stdout)
    return Decimal(row["amount"]), row["currency"], row["on_date"]


@pytest.mark.parametrize(
    ("args", "stored"),
    [
        # Korean units without a currency word are won, as the import and DOMAIN.md read them
        (("--amount", "1억 5천만", "--on", "2026. 3. 4. (수)"), (Decimal("150000000"), "KRW", "2026-03-04")),
        (("--amount", "4억2000만 달러", "--on", "2026년 3월 4일"), (Decimal("420000000"), "USD", "2026-03-04")),
        (("--amount", "USD 12.5M", "--on", "2026.3.4"), (Decimal("12500000"), "USD", "2026-03-04")),
        # a currency the user gives is the one meant: 1억 5천만 dollars
        (
            ("--amount", "1억 5천만", "--currency", "usd", "--on", "2026-3-4"),
            (Decimal("150000000"), "USD", "2026-03-04"),
        ),
        # plain figures keep the documented default
        (("--amount", "12,500,000", "--on", "2026-03-04"), (Decimal("12500000"), "USD", "2026-03-04")),
    ],
)
def test_an_amount_and_a_day_as_officers_write_them_are_recorded(
    project: str, db_url: str, tmp_path: Path, args: tuple[str, ...], stored: tuple[Decimal, str, str]
) -> None:
    assert _added(db_url, tmp_path, *args) == stored


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--amount", "USD 12.5M", "--currency", "KRW", "--on", "2026-03-04"), ("Currency", "KRW", "USD 12.5M")),
        (("--amount", "1억 5천만", "--on", "03/04/2026"), ("03/04/2026",)),  # day or month first: not guessed
        (("--amount", "1억 5천만", "--on", "2026. 2. 30."), ("2026. 2. 30.",)),
        (("--amount", "1억억", "--on", "2026-03-04"), ("1억억",)),
    ],
)
def test_what_cannot_be_read_for_sure_is_one_sentence_and_nothing_is_stored(
    project: str, db_url: str, tmp_path: Path, ctx: Context, args: tuple[str, ...], words: tuple[str, ...]
) -> None:
    result = _run("projects", "fdi", "add", "Cathode", "--kind", "notified", *args, db=db_url, home=tmp_path)
    _assert_clear_failure(result, *words)
    assert result.returncode == 2
    assert projects.fdi_amounts(ctx, projects.find_project(ctx, project).id) == []


def test_a_task_due_on_a_korean_written_day(db_url: str, tmp_path: Path, ctx: Context) -> None:
    result = _run("tasks", "add", "Send the site brochure", "--due", "2026. 3. 4.", "--json", db=db_url, home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["due_on"] == "2026-03-04"


def test_negative_and_too_large_say_so_in_korean_without_a_doubled_word(
    project: str, db_url: str, tmp_path: Path
) -> None:
    for value, words in (("-5", "0 이상"), ("1e400", "너무 큽니다")):
        args = ("--kind", "arrived", "--amount", value, "--on", "2026-03-04", "--lang", "ko")
        result = _run("projects", "fdi", "add", "Cathode", *args, db=db_url, home=tmp_path)
        _assert_clear_failure(result, words)
        assert "금액 금액" not in result.stderr  # was: "금액 금액은 0 이상이어야 합니다."


def test_a_move_on_a_korean_written_day(project: str, db_url: str, tmp_path: Path, ctx: Context) -> None:
    result = _run(
        "projects", "move", "Cathode", "LOST", "--on", "2026. 3. 4.", "--reason", "budget", db=db_url, home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert projects.find_project(ctx, project).stage_since.isoformat() == "2026-03-04"  # type: ignore[union-attr]


@pytest.mark.parametrize("at", ["2026. 3. 4. 14:00", "2026년 3월 4일 오후 2시"])
def test_a_meeting_at_a_korean_written_time_on_the_citys_clock(
    db_url: str, tmp_path: Path, ctx: Context, at: str
) -> None:
    create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    args = ("--investor", "Acme", "--summary", "Site visit", "--at", at, "--zone", "Europe/Warsaw", "--json")
    result = _run("meetings", "add", *args, db=db_url, home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["meeting"]["occurred_at"].startswith("2026-03-04T13:00:00")  # 14:00 CET in UTC
