"""The list exports read back: `kotra-invest export investors|projects` (and the desktop's Export list,
which writes the same cells) imported into an EMPTY database export again cell for cell the same,
and imported a second time into the database that holds them, every row is recognised as a duplicate."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from kotra_invest.cli import main
from kotra_invest.demo import generate_demo
from kotra_invest.domain.enums import Role
from kotra_invest.importers import open_source, run_import, suggest
from kotra_invest.services.database import connect
from kotra_invest.services.officers import ensure_officer
from kotra_invest.services.unit_of_work import Context


def _rows(path: Path, drop: tuple[int, ...] = ()) -> list[tuple[Any, ...]]:
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    rows = [tuple(v for i, v in enumerate(row) if i not in drop) for row in sheet.iter_rows(values_only=True)]
    return [rows[0], *sorted(rows[1:], key=lambda r: tuple("" if v is None else str(v) for v in r))]


def _empty(tmp_path: Path, name: str) -> Context:
    target = Context(
        db=connect(f"sqlite:///{tmp_path / name}"), actor="tester", source="test", lang="en", access_reason="testing"
    )
    ensure_officer(target, role=Role.ADMIN)
    return target


def _export(ctx: Context, kind: str, path: Path, lang: str) -> int:
    who = ["--login", ctx.actor] if ctx.db.is_sqlite else []  # a server knows its user by the connection
    code = main(["--db", ctx.db.url, "--lang", lang, *who, "export", kind, str(path)])
    assert code == 0
    return len(_rows(path)) - 1


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_investor_and_project_lists_read_back(ctx: Context, tmp_path: Path, lang: str) -> None:
    generate_demo(ctx, scale=1)
    investors = tmp_path / f"investors-{lang}.xlsx"
    projects = tmp_path / f"projects-{lang}.xlsx"
    n_investors = _export(ctx, "investors", investors, lang)
    n_projects = _export(ctx, "projects", projects, lang)
    assert n_investors >= 50 and n_projects >= 50

    target = _empty(tmp_path, f"empty-{lang}.sqlite3")
    for kind, path, written in (("investors", investors, n_investors), ("projects", projects, n_projects)):
        info = open_source(path)
        report = run_import(target, info, suggest(target, kind, info), on_duplicate="create",
                            unknown_investors="create", unknown_owners="create")  # fmt: skip
        assert (report.created, report.failed) == (written, 0), report.errors[:5]

    for kind, path in (("investors", investors), ("projects", projects)):
        again = tmp_path / f"again-{kind}-{lang}.xlsx"
        _export(target, kind, again, lang)
        updated = len(_rows(path)[0]) - 1  # the last column: when the record was last changed
        assert _rows(again, drop=(updated,)) == _rows(path, drop=(updated,)), kind

    # The same files again into the database that now holds them: every row a duplicate, nothing new.
    for kind, path, written in (("investors", investors, n_investors), ("projects", projects, n_projects)):
        info = open_source(path)
        report = run_import(
            target, info, suggest(target, kind, info), unknown_investors="create", unknown_owners="create"
        )
        assert (report.created, report.failed, len(report.duplicates)) == (0, 0, written), kind
    target.db.dispose()
