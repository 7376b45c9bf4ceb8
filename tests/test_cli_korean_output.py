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
