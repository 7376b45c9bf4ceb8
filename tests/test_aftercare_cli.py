"""Aftercare from the command line: `cases`, `incentives`, `milestones`, `enquiries` list/add/edit with
--json, and bad input refused in one sentence, exit 2, the database unchanged."""

from __future__ import annotations

import hashlib
import json
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from test_cli import _assert_clear_failure, _run

from kotra_invest.services import projects
from kotra_invest.services.database import connect
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context


@pytest.fixture
def url(tmp_path: Path) -> str:
    """A file with one investor already in Korea and its notified project."""
    db_url = f"sqlite:///{tmp_path / 'aftercare.sqlite3'}"
    db = connect(db_url)
    ctx = Context(db=db, actor="cli.tester", source="test", lang="en")
    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries", in_korea=True))
    projects.create_project(ctx, projects.ProjectDraft(investor_id=acme, title="Cathode plant", stage_code="NOTIFIED"))
    db.dispose()
    return db_url


def _json(result: subprocess.CompletedProcess[str]) -> object:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _digest(db_url: str) -> str:
    return hashlib.sha256(Path(db_url.removeprefix("sqlite:///")).read_bytes()).hexdigest()


def test_a_case_is_received_acknowledged_resolved_and_listed(url: str, tmp_path: Path) -> None:
    received = (date.today() - timedelta(days=10)).isoformat()
    case = _json(
        _run(
            "cases",
            "add",
            "Acme",
            "Work permits for 12 engineers",
            "--category",
            "labour",
            "--project",
            "Cathode",
            "--agency",
            "법무부",
            "--received",
            received,
            "--json",
            db=url,
            home=tmp_path,
        )
    )
    assert isinstance(case, dict)
    assert (case["status"], case["category"], case["project"], case["overdue"], case["age_days"]) == (
        "received",
        "labour",
        "Cathode plant",
        True,
        10,
    )
    overdue = _json(_run("cases", "list", "--overdue", "--json", db=url, home=tmp_path))
    assert isinstance(overdue, list) and [c["id"] for c in overdue] == [case["id"]]

    acked = _json(_run("cases", "acknowledge", case["id"], "--json", db=url, home=tmp_path))
    assert isinstance(acked, dict) and (acked["status"], acked["acknowledged_on"], acked["overdue"]) == (
        "acknowledged",
        date.today().isoformat(),
        False,
    )
    edited = _json(
        _run("cases", "edit", case["id"], "--agency", "법무부 출입국·외국인정책본부", "--json", db=url, home=tmp_path)
    )
    assert isinstance(edited, dict) and edited["agency"] == "법무부 출입국·외국인정책본부"
    done = _json(
        _run(
            "cases",
            "resolve",
            case["id"],
            "--resolution",
            "E-7 visas issued",
            "--proposal",
            "Fast-track E-7 for FIC engineers",
            "--json",
            db=url,
            home=tmp_path,
        )
    )
    assert isinstance(done, dict) and (done["status"], done["resolution"], done["policy_proposal"]) == (
        "resolved",
        "E-7 visas issued",
        "Fast-track E-7 for FIC engineers",
    )
    assert _json(_run("cases", "list", "--open", "--json", db=url, home=tmp_path)) == []


def test_an_incentive_moves_applied_approved_paid_and_a_milestone_is_recorded(url: str, tmp_path: Path) -> None:
    added = _json(
        _run(
            "incentives",
            "add",
            "Cathode",
            "--type",
            "cash_grant",
            "--body",
            "ministry",
            "--body-name",
            "산업통상부",
            "--amount",
            "4,500,000,000",
            "--jobs",
            "120",
            "--keep-years",
            "5",
            "--applied",
            "2026-03-04",
            "--json",
            db=url,
            home=tmp_path,
        )
    )
    assert isinstance(added, dict)
    assert (added["status"], added["amount"], added["currency"], added["jobs_required"]) == (
        "applied",
        "4500000000.00",
        "KRW",
        120,
    )
    approved = _json(_run("incentives", "approve", added["id"], "--on", "2026-05-01", "--json", db=url, home=tmp_path))
    assert isinstance(approved, dict) and (approved["status"], approved["approved_on"]) == ("approved", "2026-05-01")
    paid = _json(_run("incentives", "pay", added["id"], "--on", "2026-07-01", "--json", db=url, home=tmp_path))
    assert isinstance(paid, dict) and (paid["status"], paid["paid_on"]) == ("paid", "2026-07-01")
    edited = _json(
        _run(
            "incentives",
            "edit",
            added["id"],
            "--clawback",
            "pro rata if jobs fall short",
            "--json",
            db=url,
            home=tmp_path,
        )
    )
    assert isinstance(edited, dict) and edited["clawback"] == "pro rata if jobs fall short"
    listed = _json(_run("incentives", "list", "--status", "paid", "--json", db=url, home=tmp_path))
    assert isinstance(listed, list) and [r["id"] for r in listed] == [added["id"]]

    milestone = _json(
        _run(
            "milestones",
            "add",
            "Cathode",
            "security_review",
            "--on",
            "2026-02-01",
            "--ends",
            "2026-03-01",
            "--json",
            db=url,
            home=tmp_path,
        )
    )
    assert isinstance(milestone, dict) and (milestone["step"], milestone["ends_on"], milestone["recorded_by"]) == (
        "security_review",
        "2026-03-01",
        "cli.tester",
    )
    edited = _json(
        _run("milestones", "edit", milestone["id"], "--document", "심사 결과 통지서", "--json", db=url, home=tmp_path)
    )
    assert isinstance(edited, dict) and edited["document"] == "심사 결과 통지서"
    assert len(_json(_run("milestones", "list", "--project", "Cathode", "--json", db=url, home=tmp_path))) == 1  # type: ignore[arg-type]


def test_an_enquiry_from_a_company_not_yet_an_investor_is_overdue_until_answered(url: str, tmp_path: Path) -> None:
    received = (date.today() - timedelta(days=2)).isoformat()
    added = _json(
        _run(
            "enquiries",
            "add",
            "Land prices near Cheongju",
            "--company",
            "Nordic Foods AB",
            "--source",
            "website",
            "--received",
            received,
            "--priority",
            "high",
            "--json",
            db=url,
            home=tmp_path,
        )
    )
    assert isinstance(added, dict) and (added["who_asked"], added["overdue"], added["priority"]) == (
        "Nordic Foods AB",
        True,
        "high",
    )
    edited = _json(_run("enquiries", "edit", added["id"], "--investor", "Acme", "--json", db=url, home=tmp_path))
    assert isinstance(edited, dict) and edited["who_asked"] == "Acme Batteries"
    answered = _json(
        _run(
            "enquiries", "answer", added["id"], "--answer", "Sent the land price sheet", "--json", db=url, home=tmp_path
        )
    )
    assert isinstance(answered, dict) and (answered["overdue"], answered["answered_on"]) == (
        False,
        date.today().isoformat(),
    )
    assert _json(_run("enquiries", "list", "--overdue", "--json", db=url, home=tmp_path)) == []


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("cases", "add", "Acme", "x", "--category", "weather"), ("Category", "weather")),
        (("cases", "add", "Acme", "x", "--category", "tax", "--received", "2026-13-01"), ("Received", "2026-13-01")),
        (("cases", "add", "Nobody at all", "x", "--category", "tax"), ("Nobody at all",)),
        (("cases", "edit", "not-an-id", "--subject", "y"), ("not-an-id",)),
        (("incentives", "add", "Cathode", "--status", "paid"), ("Approved",)),
        (
            (
                "incentives",
                "add",
                "Cathode",
                "--applied",
                "2026-05-01",
                "--approved",
                "2026-04-01",
                "--status",
                "approved",
            ),
            ("Approved",),
        ),
        (("incentives", "add", "Cathode", "--currency", "won"), ("WON",)),
        (("incentives", "add", "Cathode", "--currency", ""), ("Currency is required",)),  # not KRW in silence
        (("milestones", "add", "Cathode", "launch", "--on", "2026-01-01"), ("Step", "launch")),
        (
            ("milestones", "add", "Cathode", "security_review", "--on", "2026-03-01", "--ends", "2026-02-01"),
            ("end date",),
        ),
        (("enquiries", "add", "Nobody asked"), ("company",)),
        # Amounts past what the column holds: one sentence, not "unexpected error" nor a server overflow.
        (("incentives", "add", "Cathode", "--amount", "1e400"), ("Amount", "too large")),
        (("incentives", "add", "Cathode", "--amount", "99999999999999999999"), ("Amount", "too large")),
        (("incentives", "add", "Cathode", "--amount", "-5"), ("Amount", "negative")),
        (("milestones", "add", "Cathode", "remittance", "--on", "2026-03-01", "--ends", "2026-03-02"), ("review",)),
        (("cases", "acknowledge", "00000000-0000-0000-0000-000000000000"), ("No grievance case found",)),
        (("incentives", "pay", "00000000-0000-0000-0000-000000000000"), ("No incentive application found",)),
        (("milestones", "edit", "00000000-0000-0000-0000-000000000000"), ("No procedure milestone found",)),
        (("cases", "add", "없는 투자가", "세금 문제", "--category", "tax", "--lang", "ko"), ("없는 투자가",)),
        (("cases", "targets", "--case-resolve-days", "0"), ("1 to 365",)),
    ],
)
def test_bad_input_is_one_sentence_and_changes_nothing(
    url: str, tmp_path: Path, args: tuple[str, ...], words: tuple[str, ...]
) -> None:
    before = _digest(url)
    result = _run(*args, db=url, home=tmp_path)
    _assert_clear_failure(result, *words)
    assert result.returncode == 2
    assert _digest(url) == before


def test_steps_only_go_forward_and_their_dates_keep_order(url: str, tmp_path: Path) -> None:
    """Resolved before acknowledged, answered before acknowledged, a paid grant approved again, a
    refused one paid: each one sentence naming the step, exit 2, nothing changed."""
    received = date.today() - timedelta(days=10)
    case = _json(
        _run(
            "cases", "add", "Acme", "Customs ruling", "--category", "customs", "--received", received.isoformat(),
            "--json", db=url, home=tmp_path,
        )
    )  # fmt: skip
    on = (received + timedelta(days=5)).isoformat()
    _json(_run("cases", "acknowledge", case["id"], "--on", on, "--json", db=url, home=tmp_path))  # type: ignore[index]
    enquiry = _json(
        _run(
            "enquiries", "add", "Land prices", "--company", "Nordic Foods AB", "--received", received.isoformat(),
            "--acknowledged", on, "--json", db=url, home=tmp_path,
        )
    )  # fmt: skip
    grant = _json(_run("incentives", "add", "Cathode", "--json", db=url, home=tmp_path))
    _json(_run("incentives", "approve", grant["id"], "--json", db=url, home=tmp_path))  # type: ignore[index]
    _json(_run("incentives", "pay", grant["id"], "--json", db=url, home=tmp_path))  # type: ignore[index]
    refused = _json(_run("incentives", "add", "Cathode", "--status", "rejected", "--json", db=url, home=tmp_path))
    early = (received + timedelta(days=2)).isoformat()
    attempts = [
        (("cases", "resolve", case["id"], "--resolution", "ruling given", "--on", early), ("Resolved", "step before")),  # type: ignore[index]
        (("enquiries", "answer", enquiry["id"], "--on", early), ("Answered", "step before")),  # type: ignore[index]
        (("incentives", "approve", grant["id"]), ("already paid", "approved")),  # type: ignore[index]
        (("incentives", "pay", refused["id"]), ("already rejected", "paid")),  # type: ignore[index]
        (("incentives", "pay", refused["id"], "--lang", "ko"), ("불승인", "지급")),  # type: ignore[index]
    ]
    for args, words in attempts:
        before = _digest(url)
        result = _run(*args, db=url, home=tmp_path)
        _assert_clear_failure(result, *words)
        assert result.returncode == 2 and _digest(url) == before, args


def test_the_aftercare_lists_export_to_excel_as_libreoffice_reads_them(url: str, tmp_path: Path) -> None:
    """`export cases|incentives|enquiries FILE.xlsx`: the Aftercare page's lists in a workbook that
    LibreOffice (not only openpyxl) reads back cell for cell, in English and Korean."""
    from office import soffice, xlsx_rows_via_libreoffice

    received = (date.today() - timedelta(days=10)).isoformat()
    _json(
        _run(
            "cases", "add", "Acme", "Work permits", "--category", "labour", "--agency", "법무부",
            "--received", received, "--json", db=url, home=tmp_path,
        )
    )  # fmt: skip
    grant = _json(
        _run("incentives", "add", "Cathode", "--amount", "4500000000", "--jobs", "120", "--json", db=url, home=tmp_path)
    )
    _json(_run("incentives", "approve", grant["id"], "--json", db=url, home=tmp_path))  # type: ignore[index]
    _json(
        _run(
            "enquiries", "add", "Land prices", "--company", "Nordic Foods AB", "--contact", "Ingrid Berg",
            "--received", received, "--json", db=url, home=tmp_path,
        )
    )  # fmt: skip
    if soffice() is None:
        pytest.skip("LibreOffice is not installed")
    for kind, lang, header, row in (
        ("cases", "en", ["Subject", "Investor", "Project", "Category", "Status", "Received"],
         ["Work permits", "Acme Batteries", "", "Labour", "Received", received]),
        ("cases", "ko", ["제목", "투자가", "프로젝트", "분야", "상태", "접수일"],
         ["Work permits", "Acme Batteries", "", "노무", "접수", received]),
        ("incentives", "en", ["Investor", "Project", "Incentive", "Granting body", "Status", "Amount", "Currency"],
         ["Acme Batteries", "Cathode plant", "Cash grant", "Ministry", "Approved", "4,500,000,000", "KRW"]),
        ("enquiries", "en", ["Subject", "Who asked", "Contact", "Source", "Priority", "Received"],
         ["Land prices", "Nordic Foods AB", "Ingrid Berg", "E-mail", "Normal", received]),
    ):  # fmt: skip
        out = tmp_path / f"{kind}-{lang}.xlsx"
        result = _run("export", kind, str(out), "--lang", lang, db=url, home=tmp_path)
        assert result.returncode == 0, result.stderr
        sheet = xlsx_rows_via_libreoffice(out, tmp_path)
        assert sheet[0][: len(header)] == header, (kind, lang)
        assert [r[: len(row)] for r in sheet[1:]] == [row], (kind, lang)
    # Received ten days ago and not acknowledged: overdue (three days to acknowledge).
    result = _run("export", "cases", str(tmp_path / "overdue.xlsx"), "--overdue", db=url, home=tmp_path)
    assert result.returncode == 0 and "Wrote 1 rows" in result.stdout, result.stdout + result.stderr
    before = _digest(url)
    refused = _run("export", "incentives", str(tmp_path / "x.xlsx"), "--status", "granted", db=url, home=tmp_path)
    _assert_clear_failure(refused, "Status", "granted")
    assert refused.returncode == 2 and _digest(url) == before and not (tmp_path / "x.xlsx").exists()
