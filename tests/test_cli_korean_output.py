"""What the command line prints for a reader of Korean: status lines, list marks and the one-line
failures are said in Korean, as its help and its error messages are (--json stays as it is)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from kotra_invest.cli import main
from kotra_invest.commands import db as db_commands


def test_db_check_says_the_database_is_sound_in_korean(
    sqlite_url: str, migrated: Callable[[str], None], capsys: pytest.CaptureFixture[str]
) -> None:
    migrated(sqlite_url)
    assert main(["--db", sqlite_url, "--lang", "ko", "db", "check"]) == 0
    out = capsys.readouterr().out
    assert "무결성: 정상" in out and "데이터베이스: " in out and "스키마: 최신" in out
    assert "integrity" not in out and "schema" not in out


def test_a_deactivated_officer_is_marked_in_korean_and_the_json_keeps_its_fields(
    sqlite_url: str, migrated: Callable[[str], None], capsys: pytest.CaptureFixture[str]
) -> None:
    migrated(sqlite_url)
    assert main(["--db", sqlite_url, "officers", "add", "kim.minji", "김민지"]) == 0
    assert main(["--db", sqlite_url, "officers", "deactivate", "kim.minji"]) == 0
    capsys.readouterr()
    assert main(["--db", sqlite_url, "--lang", "ko", "officers", "list", "--all"]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("kim.minji"))
    assert line.endswith("김민지 (비활성)") and "inactive" not in line
    assert main(["--db", sqlite_url, "--lang", "ko", "officers", "list", "--all", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert any(row["login"] == "kim.minji" and row["active"] is False for row in rows)


def test_a_folder_given_for_the_map_file_is_refused_in_korean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "ko", "map", "--figure", "cases", "--png", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "파일이 아니라 폴더입니다" in err and "a folder, not a file" not in err
    missing = tmp_path / "no-such" / "map.png"
    assert main(["--lang", "ko", "map", "--figure", "cases", "--png", str(missing)]) == 2
    assert "폴더가 없습니다" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("raised", "said", "english"),
    [
        (KeyboardInterrupt(), "kotra-invest: 중단되었습니다", "interrupted"),
        (RuntimeError("boom"), "예기치 않은 오류: RuntimeError: boom", "unexpected"),
    ],
)
def test_an_interrupted_or_failed_command_says_so_in_korean(
    sqlite_url: str,
    migrated: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    raised: BaseException,
    said: str,
    english: str,
) -> None:
    migrated(sqlite_url)

    def fails(_args: object) -> int:
        raise raised

    monkeypatch.setattr(db_commands, "cmd_db_check", fails)
    assert main(["--db", sqlite_url, "--lang", "ko", "db", "check"]) in (1, 130)
    err = capsys.readouterr().err.strip()
    assert said in err and english not in err and len(err.splitlines()) == 1


def test_history_says_where_a_change_was_made_in_words_and_its_json_keeps_the_code(
    sqlite_url: str, migrated: Callable[[str], None], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`history show` and its Excel sheet say "명령줄" / "Command line", as the History tab's From
    column does; --json keeps the audit trail's code for scripts."""
    from openpyxl import load_workbook

    migrated(sqlite_url)
    assert main(["--db", sqlite_url, "investors", "add", "Umicore SA", "--country", "BE"]) == 0
    capsys.readouterr()
    assert main(["--db", sqlite_url, "investors", "list", "--json"]) == 0
    investor = json.loads(capsys.readouterr().out)[0]["id"]

    sheet = tmp_path / "umicore.xlsx"
    assert (
        main(["--db", sqlite_url, "--lang", "ko", "history", "show", "investor", investor, "--xlsx", str(sheet)]) == 0
    )
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(" 명령줄 " in line and " cli " not in line for line in lines)
    rows = list(load_workbook(sheet).active.iter_rows(values_only=True))
    assert rows[0][2] == "어디서" and {row[2] for row in rows[1:]} == {"명령줄"}

    assert main(["--db", sqlite_url, "history", "show", "investor", investor]) == 0
    assert all(" Command line " in line for line in capsys.readouterr().out.splitlines())
    assert main(["--db", sqlite_url, "history", "show", "investor", investor, "--json"]) == 0
    assert {row["source"] for row in json.loads(capsys.readouterr().out)} == {"cli"}


def test_roles_and_kinds_of_records_are_words_in_korean_and_codes_in_json(
    sqlite_url: str, migrated: Callable[[str], None], capsys: pytest.CaptureFixture[str]
) -> None:
    """`officers add` names the role, `history show` and `search` the kind of record, in the
    reader's words; --json keeps the codes for scripts."""
    migrated(sqlite_url)
    assert main(["--db", sqlite_url, "--lang", "ko", "officers", "add", "park.jiho", "박지호", "--role", "admin"]) == 0
    said = capsys.readouterr().out.strip()
    assert said.endswith("(관리자)") and "admin" not in said
    assert main(["--db", sqlite_url, "officers", "add", "lee.sora", "이소라", "--role", "leader"]) == 0
    assert capsys.readouterr().out.strip().endswith("(Delegation leader)")

    assert main(["--db", sqlite_url, "investors", "add", "Umicore SA", "--country", "BE"]) == 0
    capsys.readouterr()
    assert main(["--db", sqlite_url, "investors", "list", "--json"]) == 0
    investor = json.loads(capsys.readouterr().out)[0]["id"]
    assert main(["--db", sqlite_url, "--lang", "ko", "history", "show", "investor", investor]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(" 투자가 " in line and " investor " not in line for line in lines)
    assert main(["--db", sqlite_url, "history", "show", "investor", investor]) == 0
    assert all(" Investor " in line for line in capsys.readouterr().out.splitlines())
    assert main(["--db", sqlite_url, "history", "show", "investor", investor, "--json"]) == 0
    assert {row["entity"] for row in json.loads(capsys.readouterr().out)} == {"investor"}

    assert main(["--db", sqlite_url, "--lang", "ko", "search", "Umicore"]) == 0
    hit = capsys.readouterr().out.splitlines()[0]
    assert hit.startswith("투자가 ") and "Umicore SA" in hit
    assert main(["--db", sqlite_url, "search", "Umicore", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["kind"] == "investor"


def test_a_delegations_status_is_a_word_in_korean(
    sqlite_url: str, migrated: Callable[[str], None], capsys: pytest.CaptureFixture[str]
) -> None:
    from kotra_invest.services.database import connect
    from kotra_invest.services.delegations import DelegationDraft, create_delegation
    from kotra_invest.services.unit_of_work import Context

    migrated(sqlite_url)
    ctx = Context(db=connect(sqlite_url), actor="cli.tester", source="test")
    try:
        create_delegation(ctx, DelegationDraft(title="경남 로봇 투자유치단", year=2026, lead_province_codes=("KR-48",)))
    finally:
        ctx.db.dispose()
    assert main(["--db", sqlite_url, "--lang", "ko", "delegations", "list"]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    assert line.split()[1] == "기획" and "planning" not in line
    assert main(["--db", sqlite_url, "delegations", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["status"] == "planning"


class _Terminal:
    """stderr as a person's terminal: the progress lines are printed only there."""

    @staticmethod
    def isatty() -> bool:
        return True


def test_the_demos_progress_and_summary_are_said_in_korean(
    sqlite_url: str,
    migrated: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import sys

    from kotra_invest import demo

    def generate(_ctx: object, *, progress: Callable[[str, float], None] | None, **_: object) -> demo.DemoSummary:
        assert progress is not None
        for step, fraction in (("officers", 0.0), ("promotion_events", 0.29), ("interactions", 0.5), ("done", 1.0)):
            progress(step, fraction)
        return demo.DemoSummary(2, 3, 4, 5, 6, 7, 8, 9, 10, 1.25)

    migrated(sqlite_url)
    monkeypatch.setattr(demo, "generate_demo", generate)
    monkeypatch.setattr(sys.stderr, "isatty", _Terminal.isatty)
    assert main(["--db", sqlite_url, "--lang", "ko", "demo"]) == 0
    said = capsys.readouterr()
    steps = said.err.split("\r")[1:]
    assert all(step.startswith("데모 데이터를 만드는 중… ") for step in steps)
    assert "담당관" in steps[0] and "경제자유구역 홍보 행사" in steps[1] and "면담" in steps[2] and "완료" in steps[3]
    assert "officers" not in said.err and "promotion_events" not in said.err
    assert said.out.startswith("데모 데이터: 투자가 3곳,") and "investors" not in said.out
    assert len({_columns(step) for step in steps}) == 1  # each overwrites the one before, the percentages in one column


def _columns(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text.rstrip("\n"))


def test_the_imports_progress_is_said_in_korean(
    sqlite_url: str,
    migrated: Callable[[str], None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import sys

    migrated(sqlite_url)
    sheet = tmp_path / "investors.csv"
    sheet.write_text("회사명,국가\nAcme Robotics Inc.,미국\nBeta Bio GmbH,독일\n", encoding="utf-8")
    monkeypatch.setattr(sys.stderr, "isatty", _Terminal.isatty)
    assert main(["--db", sqlite_url, "--lang", "ko", "import", "investors", str(sheet), "--dry-run"]) == 0
    err = capsys.readouterr().err
    assert "\r파일 검사 중… " in err and " / " in err
    monkeypatch.setenv("KOTRA_INVEST_LANG", "ko")  # the same choice as the help's: here by the environment
    assert main(["--db", sqlite_url, "import", "investors", str(sheet)]) == 0
    err = capsys.readouterr().err
    assert "\r가져오는 중… " in err
    assert main(["--db", sqlite_url, "import", "investors", str(sheet)]) == 0  # the same rows again
    out = capsys.readouterr().out
    assert "  중복 2: Acme Robotics Inc. = Acme Robotics Inc. (DB, 같은 이름) → 건너뜀" in out
    assert main(["--db", sqlite_url, "--lang", "en", "import", "investors", str(sheet), "--on-duplicate", "skip"]) == 0
    said = capsys.readouterr()
    assert "\rImporting… " in said.err and "(DB, name) → skipped" in said.out


def test_the_dashboards_stages_and_the_audit_chains_are_named_in_words(
    sqlite_url: str,
    migrated: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`dashboard` lists the pipeline's stages by name in the pipeline's order (not their codes),
    `audit verify` its chains as 감사 기록 and 접속기록 (not audit_log, access_log)."""
    from decimal import Decimal
    from types import SimpleNamespace

    from kotra_invest.services import dashboard

    migrated(sqlite_url)
    figures = SimpleNamespace(
        fdi_total=SimpleNamespace(notified_usd=Decimal(0), arrived_usd=Decimal(0)),
        delegations=SimpleNamespace(counted=1),
        delegation_target=36,
        names=SimpleNamespace(stages={"LEAD": "잠재 발굴", "SITE_VISIT": "현장 방문", "LOST": "무산"}),
        projects_by_stage={"LOST": 2, "LEAD": 10, "SITE_VISIT": 3},
    )
    monkeypatch.setattr(dashboard, "year_figures", lambda _ctx, _year: figures)
    assert main(["--db", sqlite_url, "--lang", "ko", "dashboard", "--year", "2026"]) == 0
    stages = capsys.readouterr().out.splitlines()[2:]
    assert [line.split()[0] for line in stages] == ["잠재", "현장", "무산"]
    assert len({_columns(line) for line in stages}) == 1  # the counts in one column

    assert main(["--db", sqlite_url, "investors", "add", "Umicore SA", "--country", "BE"]) == 0
    capsys.readouterr()
    assert main(["--db", sqlite_url, "--lang", "ko", "audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("감사 기록: ") and "audit_log" not in out
    assert main(["--db", sqlite_url, "--lang", "ko", "access-log", "report", "--month", "2026-11"]) == 0
    header = capsys.readouterr().out.splitlines()[1]
    assert header.split() == ["담당관", "조회", "인쇄", "다운로드", "반출", "연락처", "월평균"]
    assert _columns(header) == 6 * 12 + 5 * 2  # six columns twelve wide, as the rows below
