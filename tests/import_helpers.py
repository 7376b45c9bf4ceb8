"""Building the messy files officers really keep, and reading back what an import stored."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import func, select

from kotra_invest.domain.models import AuditEntry, Contact, FdiAmount, Interaction, Investor, Project
from kotra_invest.services.unit_of_work import Context, unit_of_work

TABLES = (Investor, Contact, Project, FdiAmount, Interaction, AuditEntry)


def xlsx(path: Path, rows: list[list[Any]], *, merges: tuple[str, ...] = (), sheet: str = "투자가") -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    for ref in merges:
        ws.merge_cells(ref)
    book.save(path)
    return path


def csv_file(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes("\r\n".join(lines).encode(encoding) + b"\r\n")
    return path


def counts(ctx: Context) -> dict[str, int]:
    """How many rows each table the importer writes holds: 'unchanged' means these are equal."""
    with unit_of_work(ctx) as session:
        return {m.__tablename__: session.scalar(select(func.count()).select_from(m)) or 0 for m in TABLES}


def investors(ctx: Context) -> dict[str, Investor]:
    with unit_of_work(ctx) as session:
        rows = session.scalars(select(Investor).where(Investor.deleted_at.is_(None))).all()
        for row in rows:
            _ = row.country, row.industry
        return {r.name: r for r in rows}


# A regional office's tracker as officers keep it: a merged title row, a note, Korean headers where
# 담당자 is the investor's contact person (not an officer), a Korean and an English name column
# (some rows have only one), planned amounts in 억원/만 달러, dates as typed, industries as spelt.
TRACKER_HEADERS = ["기업명", "영문명", "국가", "산업", "담당자", "이메일", "전화", "투자예정액", "최근접촉일"]
TRACKER_ROWS: list[list[Any]] = [
    [
        "지멘스헬시니어스",
        "Siemens Healthineers AG",
        "독일",
        "의료기기",
        "Anna Weber",
        "anna.weber@siemens-healthineers.com",
        "+49 9131 84-0",
        "USD 12.5M",
        "2026. 3. 4.",
    ],
    [
        "에이스로보틱스",
        "Acme Robotics Inc.",
        "미국",
        "로봇",
        "John Park",
        "john.park@acme.io",
        "(415) 555-2671",
        "4억2000만",
        "2026년 1월 20일",
    ],
    [
        None,
        "Northwind Data Centers",
        "USA",
        "AI·데이터센터",
        "Maria Lopez",
        "m.lopez@northwind.example",
        "+1 206 555 0100",
        "USD 300M",
        "2026-02-11",
    ],
    [None, "Alpha Fund I", "U.S.", "AI", "Tom Baker", None, None, "USD 50M", None],
    [None, "Alpha Fund II", "United States", "AI", "Sara Lee", None, None, "USD 80M", "2026-05-02"],
    [
        "도요타통상",
        "Toyota Tsusho Corp.",
        "일본",
        "이차전지",
        "사토 겐",
        "k.sato@toyota-tsusho.example",
        "03-4306-8201",
        "8억 엔",
        "2026.4.1",
    ],
    [
        "한국바스프",
        None,
        "독일",
        "2차전지 소재",
        "김민수",
        "minsu.kim@basf.example",
        "02-3707-3100",
        None,
        "2025-12-15",
    ],
    [None, "Bad Mail Ltd", "영국", "물류", "Jane Roe", "jane.roe(at)badmail", None, None, None],  # invalid e-mail
    [None, None, "프랑스", "로봇", "Pierre Martin", None, None, None, None],  # no name at all
    [None, "Narnia Trading", "Narnia", "로봇", None, None, None, None, None],  # unknown country
    [
        "노바티스코리아",
        "Novartis AG",
        "스위스",
        "제약·바이오",
        "Laura Meier",
        None,
        "+41 61 324 11 11",
        "1.5억",
        "2026-03-30",
    ],
    [None, "Verdant Solar GmbH", "DE", "신재생에너지", None, None, None, None, None],
]
TRACKER_VALID = 9  # every row but Bad Mail, the nameless one and Narnia
TRACKER_NAMES = {
    "Siemens Healthineers AG", "Acme Robotics Inc.", "Northwind Data Centers", "Alpha Fund I", "Alpha Fund II",
    "Toyota Tsusho Corp.", "한국바스프", "Novartis AG", "Verdant Solar GmbH",
}  # fmt: skip


def tracker_xlsx(path: Path) -> Path:
    rows = [
        ["2026년 투자유치 관리대장 (부산무역관)", *[None] * 8],
        ["※ 담당자 = 투자가 측 담당자", *[None] * 8],
        TRACKER_HEADERS,
        *TRACKER_ROWS,
    ]
    return xlsx(path, rows, merges=("A1:I1", "A2:I2"), sheet="관리대장")


def tracker_csv(path: Path) -> Path:
    """The same tracker saved by Korean Excel as CSV (CP949, the title kept as a first line)."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["2026년 투자유치 관리대장 (부산무역관)"])
    writer.writerow(TRACKER_HEADERS)
    writer.writerows([["" if v is None else v for v in row] for row in TRACKER_ROWS])
    path.write_bytes(out.getvalue().encode("cp949"))
    return path
