"""Hostile, truncated and malformed files never crash the importer: a report or a clear error, nothing half-done.

The database is a real SQLite file made once per test; every example is imported into it and
the counts must be exactly those of a successful report, or unchanged after an error.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from import_helpers import counts
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from kotra_invest.domain.errors import DomainError
from kotra_invest.importers import import_file, write_error_workbook
from kotra_invest.importers.run import ImportReport
from kotra_invest.services.database import connect
from kotra_invest.services.unit_of_work import Context

FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)


@pytest.fixture
def fuzz_ctx(tmp_path: Path) -> Any:
    db = connect(f"sqlite:///{tmp_path / 'fuzz.sqlite3'}")
    yield Context(db=db, actor="fuzzer", source="test", lang="ko")
    db.dispose()


def _valid_workbook(rows: list[list[Any]]) -> bytes:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["회사명", "국가", "업종", "홈페이지", "비고"])
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


SEED_XLSX = _valid_workbook([["Acme", "미국", "로봇", "acme.io", "=1+1"], ["Beta", "DE", "BIO", None, None]])


def _import_safely(ctx: Context, tmp_path: Path, name: str, data: bytes, kind: str = "investors") -> None:
    """The property: an ImportReport whose numbers match the database, or a DomainError and no change."""
    path = tmp_path / name
    path.write_bytes(data)
    before = counts(ctx)
    try:
        report = import_file(ctx, kind, path, on_duplicate="update")
    except DomainError as exc:
        message = exc.message("ko")
        assert message and "{" not in message and "Traceback" not in message
        assert counts(ctx) == before
        return
    assert isinstance(report, ImportReport) and report.committed
    after = counts(ctx)
    table = {"investors": "investor", "contacts": "contact"}[kind]
    assert after[table] == before[table] + report.created
    if report.errors:
        book = write_error_workbook(report, tmp_path / "errors.xlsx")
        reread = openpyxl.load_workbook(book)
        assert reread.worksheets[0].max_row == 1 + len(report.failed_rows)


@FUZZ
@given(data=st.binary(max_size=4096), suffix=st.sampled_from([".xlsx", ".csv", ".txt", ".xls"]))
@example(data=b"", suffix=".xlsx")
@example(data=b"PK\x03\x04" + b"\x00" * 100, suffix=".xlsx")
@example(data=bytes.fromhex("d0cf11e0a1b11ae1"), suffix=".xlsx")
@example(data="회사명,국가\n삼성,한국\n".encode("cp949")[:-3], suffix=".csv")
def test_arbitrary_bytes(fuzz_ctx: Context, tmp_path: Path, data: bytes, suffix: str) -> None:
    _import_safely(fuzz_ctx, tmp_path, f"file{suffix}", data)


@FUZZ
@given(
    cut=st.integers(min_value=0, max_value=len(SEED_XLSX)),
    flips=st.lists(
        st.tuples(st.integers(min_value=0, max_value=len(SEED_XLSX) - 1), st.integers(min_value=0, max_value=255)),
        max_size=8,
    ),
)
def test_truncated_and_corrupted_workbooks(
    fuzz_ctx: Context, tmp_path: Path, cut: int, flips: list[tuple[int, int]]
) -> None:
    data = bytearray(SEED_XLSX[:cut] if cut < len(SEED_XLSX) - 1 else SEED_XLSX)
    for position, value in flips:
        if position < len(data):
            data[position] = value
    _import_safely(fuzz_ctx, tmp_path, "broken.xlsx", bytes(data))


_CELLS = st.one_of(
    st.none(),
    st.text(max_size=60),
    st.sampled_from(
        [
            "=cmd|' /C calc'!A0",
            "+1+1",
            "@SUM(A1)",
            "-2",
            "\x00\x01",
            "4억2000만",
            "USD 12.5M",
            "2026.3.4",
            "Narnia",
            "미국",
            "a" * 300,
            "acme.io",
            "https://",
            "\u202e",
            "\ud7a3" * 5,
        ]
    ),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
)


@FUZZ
@given(rows=st.lists(st.lists(_CELLS, min_size=0, max_size=7), max_size=12))
def test_workbooks_with_hostile_cell_values(fuzz_ctx: Context, tmp_path: Path, rows: list[list[Any]]) -> None:
    # Characters XML cannot hold never reach a real workbook: Excel cannot write them either.
    cleaned = [[ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in row] for row in rows]
    data = _valid_workbook(cleaned)
    _import_safely(fuzz_ctx, tmp_path, "hostile.xlsx", data)


@FUZZ
@given(
    text=st.text(alphabet=st.characters(codec="utf-8"), max_size=600),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp949", "utf-16"]),
    kind=st.sampled_from(["investors", "contacts"]),
)
@example(text='회사명,국가\n"unterminated,미국\n', encoding="cp949", kind="investors")
@example(text="성명,기업명,이메일\nKim,Nobody,kim@x.kr\n", encoding="utf-8", kind="contacts")
def test_csv_text_in_any_encoding(fuzz_ctx: Context, tmp_path: Path, text: str, encoding: str, kind: str) -> None:
    data = ("회사명,국가,웹사이트,성명,기업명\n" + text).encode(encoding, errors="replace")
    _import_safely(fuzz_ctx, tmp_path, "text.csv", data, kind)


def test_a_workbook_whose_sheet_xml_is_damaged(fuzz_ctx: Context, tmp_path: Path) -> None:
    source = zipfile.ZipFile(io.BytesIO(SEED_XLSX))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.endswith("sheet1.xml"):
                data = data[: len(data) // 2]  # cut in the middle of a row
            target.writestr(item, data)
    _import_safely(fuzz_ctx, tmp_path, "damaged.xlsx", out.getvalue())
