"""The import's fast worksheet reader gives every cell exactly as openpyxl's read-only reader does.

Workbooks as Excel, LibreOffice and openpyxl write them, and as odd generators do (cells without
references, single-quoted attributes, extra attributes, namespace prefixes, CDATA), are read both
ways; the import must never read a file differently for having taken the fast path.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from kotra_invest.importers.read import _Workbook


def _both(path: Path) -> tuple[list, list]:
    book = _Workbook(path)
    try:
        ws = book.sheet(None)
        by_openpyxl = [(n, list(cells)) for n, cells in enumerate(ws.iter_rows(values_only=True), start=1)]
    finally:
        book.close()
    book = _Workbook(path)
    try:
        fast = list(book._values(book.sheet(None)))
    finally:
        book.close()
    return by_openpyxl, fast


def _tracker(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "2026년 투자가 관리대장 & <본부> \"대외비\" 'x'"
    ws.merge_cells("A1:E1")
    ws.append([])
    ws.append(["기업명", "투자예정액", "최근접촉일", "진출여부", "합계"])
    ws.append(["Alpha\r\nRobotics", 12.5, date(2026, 3, 4), True, "=1+2"])
    ws.append(["탭\t있는 이름", 3, datetime(2026, 1, 2, 3, 4), False, None])
    ws["B9"] = 1e20
    ws["C9"] = time(10, 30)
    ws["F9"] = "past the header"
    ws["A9"] = CellRichText(["굵은 ", TextBlock(InlineFont(b=True), "글씨")])
    ws["A12"] = "  spaces kept  "
    ws["E12"] = -0.5
    ws["D12"] = "4억2000만"
    wb.save(path)
    return path


def _rewrite(source: Path, target: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = edit(data.decode()).encode()
            new.writestr(item, data)
    return target


def test_openpyxl_workbooks_read_the_same(tmp_path: Path) -> None:
    normal = _tracker(tmp_path / "normal.xlsx")
    streamed = tmp_path / "streamed.xlsx"
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("목록")
    ws.append(["기업명", "금액"])
    ws.append(["가나 &amp; 다", 5])
    ws.append([None, None])
    ws.append(["z", date(2020, 1, 1)])
    wb.save(streamed)
    for path in (normal, streamed):
        by_openpyxl, fast = _both(path)
        assert fast == by_openpyxl
        assert len(fast) >= 4


def test_generators_odd_xml_reads_the_same(tmp_path: Path) -> None:
    normal = _tracker(tmp_path / "normal.xlsx")
    variants = {
        # no r= on cells and rows: positions counted
        "no-refs": lambda x: re.sub(r' r="[A-Z]*\d+"', "", x),
        "single-quotes": lambda x: x.replace('r="A4"', "r='A4'"),
        "extra-attribute": lambda x: x.replace('<c r="B4"', '<c cm="1" r="B4"'),
        "prefixed": lambda x: re.sub(r"<(/?)(\w+)", r"<\1x:\2", x).replace("xmlns=", "xmlns:x="),
        "cdata": lambda x: x.replace("<v>12.5</v>", "<v><![CDATA[12.5]]></v>"),
    }
    for name, edit in variants.items():
        path = _rewrite(normal, tmp_path / f"{name}.xlsx", edit)
        by_openpyxl, fast = _both(path)
        assert fast == by_openpyxl, name
        assert any("Alpha\nRobotics" in row for _n, row in fast), name


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (libreoffice-calc-nogui) is not installed")
def test_a_libreoffice_workbook_reads_the_same(tmp_path: Path) -> None:
    source = _tracker(tmp_path / "source.xlsx")
    out = tmp_path / "lo"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    by_openpyxl, fast = _both(out / "source.xlsx")
    assert fast == by_openpyxl
    assert any("굵은 글씨" in row for _n, row in fast)
