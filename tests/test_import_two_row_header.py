"""A tracker whose header is two rows — a merged "투자예정액" over "금액 | 통화" — imported as an officer
runs it: saved from Excel as a CP949 CSV (the merge becomes empty cells) and as the workbook itself."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from test_import_cli import _run

ROWS = [
    ["2026년 투자유치 관리대장 (대전충남지원본부)", None, None, None, None, None, None],
    [None] * 7,
    ["기업명", "국가", "산업", "담당자", "투자예정액", None, "최근접촉일"],
    [None, None, None, None, "금액", "통화", None],
    ["한빛테크 GmbH", "독일", "로봇", "김철수", "1억 5천만", "KRW", "2026.3.4"],
    ["Seoul Bio Inc", "미국", "바이오", "Jane Doe", "USD 12.5M", None, "2026년 3월 5일"],
]


def _csv(path: Path) -> Path:
    lines = [",".join(v or "" for v in row) for row in ROWS]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp949"))
    return path


def _xlsx(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in ROWS:
        sheet.append(row)
    sheet.merge_cells("A1:G1")
    for column in "ABCDG":
        sheet.merge_cells(f"{column}3:{column}4")  # each single name merged down over both rows
    sheet.merge_cells("E3:F3")
    book.save(path)
    return path


@pytest.mark.parametrize("make", [_csv, _xlsx], ids=["cp949-csv", "xlsx-merged"])
def test_a_two_row_header_is_one_header_and_every_row_is_a_record(tmp_path: Path, make: object) -> None:
    assert callable(make)
    path = make(tmp_path / ("관리대장.csv" if make is _csv else "관리대장.xlsx"))
    db = tmp_path / "k.sqlite3"
    result = _run("import", "investors", str(path), "--json", db=db, home=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    # The row under the header was read as a company without a name ("금액" not an amount), or
    # (xlsx) "투자예정액" was lost and no planned project was made.
    assert report["errors"] == [], report["errors"]
    with sqlite3.connect(db) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM investor ORDER BY name")]
        planned = sorted(
            (str(amount), currency)
            for amount, currency in conn.execute("SELECT capex_amount, capex_currency FROM project")
        )
    assert names == ["Seoul Bio Inc", "한빛테크 GmbH"]
    assert planned == [("12500000", "USD"), ("150000000", "KRW")]


def test_a_title_merged_over_the_header_and_a_first_row_of_words_stay_apart(tmp_path: Path) -> None:
    path = tmp_path / "titled.csv"
    path.write_bytes(
        "\r\n".join(
            [
                "기업명,국가,산업",
                "Acme Robotics Inc.,미국,로봇",  # all words, under single names: a record, not a header
                "Baybrook Bio,독일,바이오",
            ]
        ).encode("cp949")
    )
    result = _run("import", "investors", str(path), "--json", db=tmp_path / "k.sqlite3", home=tmp_path)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(tmp_path / "k.sqlite3") as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM investor ORDER BY name")] == [
            "Acme Robotics Inc.",
            "Baybrook Bio",
        ]
