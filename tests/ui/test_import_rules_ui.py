"""The import wizard, driven by an officer of another office, obeys the desk's rules row by row: on
a shared embedded file and on the PostgreSQL server with the officer's own login (after
`server init`), the rows the officer may not write are listed with their row numbers and whose
record it is, the other rows are stored, and nothing else in the database changes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from import_helpers import csv_file  # tests/ is on the path
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from test_server_rules import World, world  # noqa: F401  (the fixture: a shared file, and the server)
from wizard_steps import checked_in_import_wizard

from kotra_invest.domain.base import Base
from kotra_invest.domain.models import AuditEntry
from kotra_invest.services.unit_of_work import unit_of_work
from kotra_invest.ui.main_window import MainWindow

# Records the import adds beside its own (the trail, the search index) are not "the data".
_NOT_DATA = {AuditEntry.__tablename__, "access_log"}


def _everything(w: World) -> dict[str, set[tuple[Any, ...]]]:
    """Every row of every table, as the administrator reads them."""
    with unit_of_work(w.as_("boss")) as session:
        return {
            table.name: {tuple(map(repr, row)) for row in session.execute(select(table))}
            for table in Base.metadata.sorted_tables
            if table.name not in _NOT_DATA
        }


@pytest.fixture
def park_window(qtbot: QtBot, world: World) -> Iterator[MainWindow]:  # noqa: F811
    """The desk of Park (Busan office), on the shared file or on the server as Park's own login."""
    from kotra_invest.ui.app import load_fonts

    load_fonts()
    window = MainWindow(world.as_("park"))
    qtbot.addWidget(window)
    window.show()
    yield window
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)


def test_the_wizard_lists_rows_of_another_offices_investor_and_stores_the_rest(
    qtbot: QtBot,
    world: World,  # noqa: F811
    park_window: MainWindow,
    tmp_path: Path,
) -> None:
    path = csv_file(
        tmp_path / "부산 연락처.csv",
        [
            "성명,기업명,이메일",
            "Grace Hopper,Acme Robotics,grace@acme.example",  # Kim's (headquarters) investor
            "Linus Pauling,Globex Batteries,linus@globex.example",  # Park's own
            "Alan Turing,Acme Robotics,alan@acme.example",  # Kim's again
        ],
        "cp949",
    )
    before = _everything(world)
    wizard = checked_in_import_wizard(qtbot, park_window, "contacts", path)
    check = wizard.check_page
    assert check.failure.text() == ""
    shown = [(check.errors.item(r, 0).text(), check.errors.item(r, 2).text()) for r in range(check.errors.rowCount())]
    assert [row for row, _ in shown] == ["2", "4"]
    for _row, reason in shown:  # what was refused, and whom to ask
        assert reason == (
            "You may not add contact records to this investor: it belongs to Kim, KOTRA Headquarters (Invest KOREA)."
        )
    assert "1 would be created" in check.summary.text() and "2 rows have errors" in check.summary.text()
    assert _everything(world) == before  # the check wrote nothing

    wizard.next()
    qtbot.waitUntil(lambda: wizard.result is not None or "Nothing was imported" in wizard.done_page.summary.text())
    assert "1 created" in wizard.done_page.summary.text(), wizard.done_page.summary.text()
    assert "2 rows left out" in wizard.done_page.summary.text()
    after = _everything(world)
    changed = {name for name in after if after[name] != before[name]}
    assert changed == {"contact"}
    (added,) = after["contact"] - before["contact"]
    assert before["contact"] <= after["contact"]
    assert repr("Linus Pauling") in added and repr("linus@globex.example") in added
    wizard.close()


def test_the_wizard_lists_rows_updating_another_offices_contact_or_project_and_stores_the_rest(
    qtbot: QtBot,
    world: World,  # noqa: F811
    park_window: MainWindow,
    tmp_path: Path,
) -> None:
    """Park's tracker, imported with "update the existing record", names Kim's contact (by its
    e-mail, at Kim's investor) and Kim's project at Park's own investor: those rows are listed,
    the rest stored."""
    from kotra_invest.services.projects import ProjectDraft, create_project

    create_project(world.as_("boss"), ProjectDraft(world.ids["globex"], "Busan plant", owner_login="kim"))
    path = csv_file(
        tmp_path / "부산 관리대장.csv",
        [
            "회사명,상대 담당자,이메일,담당자 직책,프로젝트명,투자 예정액",
            "Globex Batteries,Ada Lovelace,ada@acme.example,CTO,,",  # Kim's contact at Acme
            "Globex Batteries,Linus Pauling,linus@globex.example,CEO,,",  # a new one at Park's own
            "Globex Batteries,,,,Busan plant,USD 5M",  # Kim's project at Park's investor
        ],
    )
    before = _everything(world)
    wizard = checked_in_import_wizard(qtbot, park_window, "investors", path, on_duplicate="update")
    check = wizard.check_page
    assert check.failure.text() == ""
    shown = [(check.errors.item(r, 0).text(), check.errors.item(r, 2).text()) for r in range(check.errors.rowCount())]
    assert shown == [
        (
            "2",
            "ada@acme.example is the e-mail of Ada Lovelace at Acme Robotics, not at Globex Batteries: an import "
            "does not move contacts between investors (move them at the desk, or correct the e-mail).",
        ),
        ("4", "You may not change this project record (it belongs to Kim, KOTRA Headquarters (Invest KOREA))."),
    ]

    wizard.next()
    qtbot.waitUntil(lambda: wizard.result is not None or "Nothing was imported" in wizard.done_page.summary.text())
    assert "2 rows left out" in wizard.done_page.summary.text(), wizard.done_page.summary.text()
    after = _everything(world)
    assert {name for name in after if after[name] != before[name]} == {"contact"}
    (added,) = after["contact"] - before["contact"]
    assert before["contact"] <= after["contact"] and repr("Linus Pauling") in added
    wizard.close()


def test_the_wizard_names_the_column_a_refusal_is_about_in_its_table_and_the_error_workbook(
    qtbot: QtBot,
    world: World,  # noqa: F811
    park_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Park's tracker, as the office keeps it (a title row, Korean headers), names Kim's investor
    with a new contact person (row 4) and Park's own investor with Kim's project (row 5, updated):
    the error table's Column says where to look — the company column for the contact that may
    not be added to Kim's investor, the project column for Kim's project — and the error workbook
    handed to Kim's office says the same."""
    import openpyxl
    from import_helpers import xlsx
    from PySide6.QtWidgets import QFileDialog

    from kotra_invest.services.projects import ProjectDraft, create_project

    create_project(world.as_("boss"), ProjectDraft(world.ids["globex"], "Busan plant", owner_login="kim"))
    path = xlsx(
        tmp_path / "부산 투자유치 관리대장.xlsx",
        [
            ["2026년 부산지원단 투자유치 관리대장", None, None, None],
            ["기업명", "상대 담당자", "프로젝트명", "투자예정액(백만불)"],
            ["Globex Batteries", "Linus Pauling", None, None],
            ["Acme Robotics", "Grace Hopper", None, None],  # a contact at Kim's (HQ) investor
            ["Globex Batteries", None, "Busan plant", 5],  # Kim's project at Park's investor
        ],
        merges=("A1:D1",),
    )
    wizard = checked_in_import_wizard(qtbot, park_window, "investors", path)
    check = wizard.check_page
    assert check.failure.text() == ""

    def shown() -> list[tuple[str, ...]]:
        return [tuple(check.errors.item(r, c).text() for c in range(3)) for r in range(check.errors.rowCount())]

    kims = "it belongs to Kim, KOTRA Headquarters (Invest KOREA)"
    # Duplicates skipped (the default): Kim's investor stays as it is, its new contact is refused.
    assert shown() == [("4", "기업명", f"You may not add contact records to this investor: {kims}.")]
    check.on_duplicate.setCurrentIndex(check.on_duplicate.findData("update"))
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=30_000)
    # Updating changes nothing of Kim's investor itself: what is refused is still the contact.
    assert shown() == [
        ("4", "기업명", f"You may not add contact records to this investor: {kims}."),
        ("5", "프로젝트명", f"You may not change this project record ({kims})."),
    ]

    target = tmp_path / "고칠 행.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    check.save_errors.click()
    listed = openpyxl.load_workbook(target).worksheets[1]
    assert [(r[0], r[1]) for r in listed.iter_rows(min_row=2, values_only=True)] == [(4, "기업명"), (5, "프로젝트명")]
    wizard.close()


def test_the_wizard_lists_a_later_row_changing_what_an_earlier_row_handed_to_another_office(
    qtbot: QtBot,
    world: World,  # noqa: F811
    park_window: MainWindow,
    tmp_path: Path,
) -> None:
    """Park's tracker, imported with "update the existing record": row 3 adds an investor and its
    contact, row 4 hands the investor to Kim at headquarters, row 5 changes the contact's title.
    Before, the check passed row 5 and the import itself failed whole at the end, no row named;
    now the check lists row 5 in the company column, and the import stores rows 3 and 4."""
    from sqlalchemy import select

    from kotra_invest.domain.models import Contact, Investor, Officer

    path = csv_file(
        tmp_path / "부산 관리대장.csv",
        [
            "2026년 부산지원단 투자유치 관리대장,,,,",
            "회사명,담당관,상대 담당자,이메일,담당자 직책",
            "Newco Energy,,Jane Roe,jane@newco.example,Engineer",
            "Newco Energy,kim,,,",
            "Newco Energy,,Jane Roe,jane@newco.example,CTO",
        ],
        "cp949",
    )
    wizard = checked_in_import_wizard(qtbot, park_window, "investors", path, on_duplicate="update")
    check = wizard.check_page
    assert check.failure.text() == ""
    shown = [tuple(check.errors.item(r, c).text() for c in range(3)) for r in range(check.errors.rowCount())]
    assert shown == [
        (  # the row changes the contact's title, nothing of the investor: the contact is named
            "5",
            "이메일",
            "You may not change this contact record (it belongs to Kim, KOTRA Headquarters (Invest KOREA)).",
        )
    ]

    wizard.next()
    qtbot.waitUntil(lambda: wizard.result is not None or "Nothing was imported" in wizard.done_page.summary.text())
    assert "1 created" in wizard.done_page.summary.text(), wizard.done_page.summary.text()
    assert "1 rows left out" in wizard.done_page.summary.text() or "1 row left out" in wizard.done_page.summary.text()
    with unit_of_work(world.as_("boss")) as session:
        owner = session.scalar(
            select(Officer.login).join(Investor, Investor.owner_id == Officer.id).where(Investor.name == "Newco Energy")
        )
        titles = session.execute(
            select(Contact.full_name, Contact.job_title).where(Contact.email == "jane@newco.example")
        )
        assert (owner, titles.all()) == ("kim", [("Jane Roe", "Engineer")])
    wizard.close()
