"""Grievance cases, incentive applications and enquiries import through the same engine as the other
lists: `export cases|incentives|enquiries` read back into an empty database list again cell for cell
the same, a second import finds only duplicates, and a file or row the import cannot take is said in
one sentence (file) or in the error report (row), the rest of the file imported."""

from __future__ import annotations

import contextlib
import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from import_helpers import xlsx
from sqlalchemy import func, select

from kotra_invest.cli import main
from kotra_invest.demo import generate_demo
from kotra_invest.domain.aftercare_models import Enquiry, GrievanceCase, IncentiveApplication
from kotra_invest.domain.enums import Role
from kotra_invest.services.database import connect
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.officers import ensure_officer
from kotra_invest.services.projects import ProjectDraft, create_project
from kotra_invest.services.unit_of_work import Context, unit_of_work

AFTERCARE = (GrievanceCase, IncentiveApplication, Enquiry)


def _cli(ctx: Context, lang: str, *args: str) -> tuple[int, str, str]:
    who = ["--login", ctx.actor] if ctx.db.is_sqlite else []  # a server knows its user by the connection
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--db", ctx.db.url.render_as_string(hide_password=False), "--lang", lang, *who, *args])
    return code, out.getvalue(), err.getvalue()


def _rows(path: Path) -> list[tuple[Any, ...]]:
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    rows = [tuple(row) for row in sheet.iter_rows(values_only=True)]
    # The lists break ties by record id, which a new database draws afresh: compare the rows as a set.
    return [rows[0], *sorted(rows[1:], key=lambda r: tuple("" if v is None else str(v) for v in r))]


def _count(ctx: Context) -> tuple[int, ...]:
    with unit_of_work(ctx) as session:
        return tuple(session.scalar(select(func.count()).select_from(m)) or 0 for m in AFTERCARE)


def _export(ctx: Context, lang: str, kind: str, path: Path) -> int:
    closed = ("--closed",) if kind in ("cases", "enquiries") else ()  # the resolved and answered ones travel too
    code, _out, err = _cli(ctx, lang, "export", kind, str(path), *closed)
    assert code == 0, err
    return len(_rows(path)) - 1


def _import(ctx: Context, lang: str, kind: str, path: Path, *more: str) -> dict[str, Any]:
    code, out, err = _cli(ctx, lang, "import", kind, str(path), "--json", *more)
    assert code == 0, err
    report: dict[str, Any] = json.loads(out)
    return report


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_aftercare_lists_read_back_into_an_empty_database(ctx: Context, tmp_path: Path, lang: str) -> None:
    generate_demo(ctx, scale=1)
    kinds = ("investors", "projects", "cases", "incentives", "enquiries")
    files = {kind: tmp_path / f"{kind}-{lang}.xlsx" for kind in kinds}
    written = {kind: _export(ctx, lang, kind, path) for kind, path in files.items()}
    assert min(written["cases"], written["incentives"], written["enquiries"]) >= 5, written
    # Every status travels: open and closed cases, applications at several steps.
    assert len({r[4] for r in _rows(files["cases"])[1:]}) >= 2
    assert len({r[4] for r in _rows(files["incentives"])[1:]}) >= 2

    target = Context(
        db=connect(f"sqlite:///{tmp_path / f'aftercare-{lang}.sqlite3'}"),
        actor="tester",
        source="test",
        lang=lang,
        access_reason="testing",
    )
    ensure_officer(target, role=Role.ADMIN)
    for kind, path in files.items():  # the investors and projects the aftercare rows name come first
        report = _import(
            target,
            lang,
            kind,
            path,
            "--on-duplicate",
            "create",
            "--unknown-investors",
            "create",
            "--unknown-owners",
            "create",
        )
        assert (report["created"], len(report["errors"])) == (written[kind], 0), (kind, report["errors"][:3])

    for kind in ("cases", "incentives", "enquiries"):
        again = tmp_path / f"again-{kind}-{lang}.xlsx"
        _export(target, lang, kind, again)
        assert _rows(again) == _rows(files[kind]), kind

    # The same files into the database that holds them: every row a duplicate, nothing new.
    before = _count(target)
    for kind in ("cases", "incentives", "enquiries"):
        report = _import(target, lang, kind, files[kind])
        assert (report["created"], len(report["errors"]), len(report["duplicates"])) == (0, 0, written[kind]), (
            kind,
            report["errors"][:3],
        )
    assert _count(target) == before
    target.db.dispose()


def _two_investors(ctx: Context) -> None:
    ensure_officer(ctx, role=Role.ADMIN)
    siemens = create_investor(ctx, InvestorDraft(name="Siemens Healthineers"))
    create_project(ctx, ProjectDraft(siemens, "Osong diagnostics plant"))
    create_investor(ctx, InvestorDraft(name="Hanseatic BioPharma GmbH"))


def test_bad_rows_are_reported_and_the_good_ones_imported(ctx: Context, tmp_path: Path) -> None:
    _two_investors(ctx)
    cases = xlsx(
        tmp_path / "고충.xlsx",
        [
            ["2026년 고충처리 현황", None, None, None, None, None],
            ["제목", "투자가", "프로젝트", "분야", "상태", "접수일"],
            ["통관 지연", "Siemens Healthineers", "Osong diagnostics plant", "통관", "접수", "2026-03-02"],
            ["비자 발급", "Hanseatic BioPharma GmbH", None, "Living / settling in", "Resolved", "2026. 3. 4."],
            ["노무 문의", "Siemens Healthineers", None, "노무", "접수", "2026-02-31"],  # no such day
            ["세무 조사", "Siemens Healthineers", None, "조세", "보류", "2026-03-05"],  # no such status
            ["건축 허가", "Nobody GmbH", None, "건축·입지", "접수", "2026-03-06"],  # no such investor
            ["공장 인허가", "Siemens Healthineers", "Busan plant", "투자 절차", "접수", "2026-03-07"],
        ],
        merges=("A1:F1",),
        sheet="고충",
    )
    code, out, err = _cli(ctx, "ko", "import", "cases", str(cases), "--json")
    assert code == 1, err  # four rows failed, two stored
    report = json.loads(out)
    assert report["created"] == 2
    reasons = {e["row"]: (e["column"], e["message"]) for e in report["errors"]}
    assert set(reasons) == {5, 6, 7, 8}, reasons
    assert reasons[5][0] == "접수일" and reasons[6][0] == "상태" and reasons[7][0] == "투자가"
    assert "Nobody GmbH" in reasons[7][1] and reasons[8][0] == "프로젝트" and "Busan plant" in reasons[8][1]
    with unit_of_work(ctx) as session:
        stored = {c.subject: c for c in session.scalars(select(GrievanceCase))}
        assert stored["통관 지연"].project_id is not None and stored["통관 지연"].category.value == "customs"
        assert stored["비자 발급"].status.value == "resolved" and stored["비자 발급"].received_on == date(2026, 3, 4)

    incentives = xlsx(
        tmp_path / "incentives.xlsx",
        [
            ["Investor", "Project", "Incentive", "Granting body", "Status", "Amount", "Currency", "Applied"],
            [
                "Siemens Healthineers",
                "Osong diagnostics plant",
                "Cash grant",
                "충청북도",
                "Approved",
                1_200_000_000,
                "KRW",
                "2026-01-10",
            ],
            [
                "Siemens Healthineers",
                "Osong diagnostics plant",
                "Job subsidy",
                "산업통상부",
                "Applied",
                "12억 원",
                None,
                "2026-02-10",
            ],
            [
                "Siemens Healthineers",
                "Osong diagnostics plant",
                "Customs relief",
                "Ministry",
                "Applied",
                "lots",
                "KRW",
                "2026-02-11",
            ],
        ],
        sheet="Incentives",
    )
    code, out, err = _cli(ctx, "en", "import", "incentives", str(incentives), "--json")
    assert code == 1, err  # row 4 failed
    report = json.loads(out)
    assert report["created"] == 2 and [(e["row"], e["column"]) for e in report["errors"]] == [(4, "Amount")]
    with unit_of_work(ctx) as session:
        stored_apps = {a.incentive_type.value: a for a in session.scalars(select(IncentiveApplication))}
        grant = stored_apps["cash_grant"]
        assert (grant.granting_body.value, grant.granting_body_name) == ("local_government", "충청북도")
        assert grant.amount == Decimal(1_200_000_000) and grant.status.value == "approved"
        employment = stored_apps["employment"]  # "12억 원": the amount's own words say won
        assert (employment.amount, employment.currency) == (Decimal(1_200_000_000), "KRW")
        assert (employment.granting_body.value, employment.granting_body_name) == ("ministry", "산업통상부")

    enquiries = xlsx(
        tmp_path / "문의.xlsx",
        [
            ["제목", "문의자", "경로", "우선순위", "접수일", "답변일"],
            ["부지 문의", "Hanseatic BioPharma GmbH", "이메일", "높음", "2026-04-01", "2026-04-03"],
            ["인센티브 문의", "Aurora Batteries AB", "Korea Business Center", "보통", "2026-04-02", None],
            ["세제 문의", "Aurora Batteries AB", "팩스", "보통", "2026-04-02", None],
        ],
        sheet="문의",
    )
    code, out, err = _cli(ctx, "ko", "import", "enquiries", str(enquiries), "--json")
    assert code == 1, err  # row 4 failed
    report = json.loads(out)
    assert report["created"] == 2 and [(e["row"], e["column"]) for e in report["errors"]] == [(4, "경로")]
    with unit_of_work(ctx) as session:
        asked = {e.subject: e for e in session.scalars(select(Enquiry))}
        assert asked["부지 문의"].investor_id is not None and asked["부지 문의"].company is None
        assert (asked["인센티브 문의"].investor_id, asked["인센티브 문의"].company) == (None, "Aurora Batteries AB")
        assert asked["인센티브 문의"].source.value == "overseas_office"

    # A dry run reports the same and stores nothing.
    before = _count(ctx)
    code, out, _err = _cli(ctx, "ko", "import", "cases", str(cases), "--json", "--dry-run")
    assert code == 1 and json.loads(out)["dry_run"] is True  # the same four rows would fail
    assert json.loads(out)["duplicates"] and _count(ctx) == before


@pytest.mark.parametrize(
    ("kind", "lang", "rows", "said"),
    [
        ("cases", "ko", [["제목", "투자가", "접수일"], ["통관 지연", "Siemens Healthineers", "2026-03-02"]], "분야"),
        (
            "incentives",
            "en",
            [["Investor", "Incentive", "Granting body"], ["Siemens Healthineers", "Cash grant", "Ministry"]],
            "Project",
        ),
        ("enquiries", "ko", [["제목", "접수일"], ["부지 문의", "2026-04-01"]], "경로"),
    ],
)
def test_a_missing_required_column_is_one_sentence_exit_2_and_nothing_stored(
    ctx: Context, tmp_path: Path, kind: str, lang: str, rows: list[list[Any]], said: str
) -> None:
    _two_investors(ctx)
    before = _count(ctx)
    code, out, err = _cli(ctx, lang, "import", kind, str(xlsx(tmp_path / f"{kind}.xlsx", rows)))
    assert code == 2 and out == ""
    assert said in err and len(err.strip().splitlines()) == 1 and "unexpected" not in err, err
    assert _count(ctx) == before
