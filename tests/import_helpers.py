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
