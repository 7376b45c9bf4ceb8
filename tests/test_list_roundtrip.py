"""The list exports read back: `kotra-invest export investors|projects` (and the desktop's Export list,
which writes the same cells) imported into an EMPTY database export again cell for cell the same,
and imported a second time into the database that holds them, every row is recognised as a duplicate."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from office import soffice, xlsx_rows_via_libreoffice

from kotra_invest.briefing.lists import COLUMNS
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
    code = main(
        ["--db", ctx.db.url.render_as_string(hide_password=False), "--lang", lang, *who, "export", kind, str(path)]
    )
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
        report = run_import(
            target,
            info,
            suggest(target, kind, info),
            on_duplicate="create",
            unknown_investors="create",
            unknown_owners="create",
        )
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


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_confidential_marker_reads_back_as_the_flag_not_as_part_of_the_title(
    ctx: Context, tmp_path: Path, lang: str
) -> None:
    """A confidential project's title is listed with " [C]": read back, the marker is the flag again
    and the title is the officer's; titles that only look alike stay as they were written."""
    from kotra_invest.services.investors import InvestorDraft, create_investor
    from kotra_invest.services.projects import ProjectDraft, create_project, list_projects

    investor = create_investor(ctx, InvestorDraft(name="Hanseatic BioPharma GmbH"))
    written = {
        "Osong vaccine plant": True,  # listed as "Osong vaccine plant [C]"
        "Busan line [CN]": False,
        "[C] review of the Ulsan site": False,
        "Incheon lab [C]-2": False,
    }
    for title, confidential in written.items():
        create_project(
            ctx,
            ProjectDraft(
                investor, title, confidential=confidential, code_name="Project Falcon" if confidential else None
            ),
        )
    path = tmp_path / f"projects-{lang}.xlsx"
    _export(ctx, "projects", path, lang)
    listed = {row[0] for row in _rows(path)[1:]}
    assert "Osong vaccine plant [C]" in listed and "Busan line [CN]" in listed

    target = _empty(tmp_path, f"marker-{lang}.sqlite3")
    info = open_source(path)
    report = run_import(
        target, info, suggest(target, "projects", info), unknown_investors="create", unknown_owners="create"
    )
    assert (report.created, report.failed) == (4, 0), report.errors[:3]
    back = {row.title: row for row in list_projects(target).rows}
    assert {title: row.confidential for title, row in back.items()} == written
    # The list carries no code name: the confidential one gets the pipeline's placeholder, never its title.
    assert back["Osong vaccine plant"].code_name in ("(대외비)", "(confidential)")
    again = tmp_path / f"again-{lang}.xlsx"
    _export(target, "projects", again, lang)
    assert {row[0] for row in _rows(again)[1:]} == listed  # the same cells, " [C]" where it was
    target.db.dispose()


def _import_cli(target: Context, kind: str, path: Path, lang: str, *more: str) -> dict[str, Any]:
    import contextlib
    import io
    import json

    who = ["--login", target.actor] if target.db.is_sqlite else []
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(
            [
                "--db",
                target.db.url.render_as_string(hide_password=False),
                "--lang",
                lang,
                *who,
                "import",
                kind,
                str(path),
                "--json",
                *more,
            ]
        )
    assert code == 0
    report: dict[str, Any] = json.loads(out.getvalue())
    return report


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_delegation_and_task_lists_read_back_into_an_empty_database(
    ctx: Context, tmp_path: Path, lang: str
) -> None:
    """An officer moves the four lists to a new database with `export` and `import` only: the
    delegations (lead provinces, destinations, dates, status) and the tasks (assignee, what each is
    about, due date, status) come back, every row, and list again cell for cell the same."""
    generate_demo(ctx, scale=1)
    files = {kind: tmp_path / f"{kind}-{lang}.xlsx" for kind in ("investors", "projects", "delegations", "tasks")}
    written = {kind: _export(ctx, kind, path, lang) for kind, path in files.items() if kind != "tasks"}
    who = ["--login", ctx.actor] if ctx.db.is_sqlite else []
    assert (
        main(
            [
                "--db",
                ctx.db.url.render_as_string(hide_password=False),
                "--lang",
                lang,
                *who,
                "export",
                "tasks",
                str(files["tasks"]),
                "--scope",
                "everyone",
                "--closed",
            ]
        )
        == 0
    )
    written["tasks"] = len(_rows(files["tasks"])) - 1
    assert written["delegations"] >= 5 and written["tasks"] >= 20, written
    statuses = {row[2] for row in _rows(files["tasks"])[1:]}
    assert len(statuses) >= 2, statuses  # open and closed tasks both travel

    target = _empty(tmp_path, f"four-{lang}.sqlite3")
    for kind, path in files.items():  # the order a move takes: what a task is about exists before it
        report = _import_cli(
            target,
            kind,
            path,
            lang,
            "--on-duplicate",
            "create",
            "--unknown-investors",
            "create",
            "--unknown-owners",
            "create",
        )
        assert (report["created"], len(report["errors"])) == (written[kind], 0), (kind, report["errors"][:3])

    ignored = {"investors": "Updated", "projects": "Updated", "delegations": "Investors to meet", "tasks": None}
    for kind, path in files.items():
        again = tmp_path / f"again-{kind}-{lang}.xlsx"
        if kind == "tasks":
            assert (
                main(
                    [
                        "--db",
                        target.db.url.render_as_string(hide_password=False),
                        "--lang",
                        lang,
                        "--login",
                        target.actor,
                        "export",
                        "tasks",
                        str(again),
                        "--scope",
                        "everyone",
                        "--closed",
                    ]
                )
                == 0
            )
        else:
            _export(target, kind, again, lang)
        english = [c.title.english for c in COLUMNS[kind]]
        drop = (english.index(ignored[kind]),) if ignored[kind] else ()
        assert _rows(again, drop=drop) == _rows(path, drop=drop), kind

    # The delegations and tasks again: every row is one the database holds already.
    for kind in ("delegations", "tasks"):
        report = _import_cli(target, kind, files[kind], lang)
        assert (report["created"], len(report["errors"]), len(report["duplicates"])) == (0, 0, written[kind]), kind
    target.db.dispose()

    if not ctx.db.is_sqlite:
        return  # the files are the same on both engines: LibreOffice reads them once
    if soffice() is None:
        pytest.skip("LibreOffice is not installed")
    # A client we did not write reads the task list's due dates as dates, and every trip's stops.
    tasks = xlsx_rows_via_libreoffice(files["tasks"], tmp_path)
    due = [row[1] for row in tasks[1:] if row[1]]
    assert len(tasks) - 1 == written["tasks"] and due
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in due), due[:3]
    trips = xlsx_rows_via_libreoffice(files["delegations"], tmp_path)
    assert sorted(r[6] for r in trips[1:]) == sorted(str(r[6] or "") for r in _rows(files["delegations"])[1:])
