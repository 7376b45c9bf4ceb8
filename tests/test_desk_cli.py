"""The officer's desk from the command line: projects and their 신고/도착 tranches, the dashboard's
totals, meetings with follow-ups, tasks for any officer — and the small defects of issue 19."""

from __future__ import annotations

import json
import subprocess
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from test_cli import _assert_clear_failure, _run


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    home = tmp_path_factory.mktemp("desk-home")
    url = f"sqlite:///{home / 'desk.sqlite3'}"
    result = _run("demo", db=url, home=home)
    assert result.returncode == 0, result.stderr
    return url, home


def _json(result: subprocess.CompletedProcess[str]) -> object:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_tranche_added_by_name_grows_the_dashboards_notified_total_exactly(demo: tuple[str, Path]) -> None:
    url, home = demo
    rows = _json(_run("projects", "list", "--limit", "1", "--json", db=url, home=home))
    assert isinstance(rows, list)
    title = rows[0]["title"]
    before = _json(_run("dashboard", "--year", "2026", "--json", db=url, home=home))
    assert isinstance(before, dict) and "notified_usd" in before and "arrived_usd" in before

    added = _json(
        _run(
            "projects",
            "fdi",
            "add",
            title,
            "--kind",
            "notified",
            "--amount",
            "12,500,000",
            "--currency",
            "usd",
            "--on",
            "2026-03-04",
            "--note",
            "board approval",
            "--json",
            db=url,
            home=home,
        )
    )
    assert isinstance(added, dict)
    assert (added["kind"], Decimal(added["amount"]), added["currency"], added["on_date"]) == (
        "notified",
        Decimal("12500000"),
        "USD",
        "2026-03-04",
    )
    after = _json(_run("dashboard", "--year", "2026", "--json", db=url, home=home))
    assert isinstance(after, dict)
    assert Decimal(after["notified_usd"]) - Decimal(before["notified_usd"]) == Decimal("12500000")
    assert after["arrived_usd"] == before["arrived_usd"]

    listed = _json(_run("projects", "fdi", "list", rows[0]["id"], "--json", db=url, home=home))
    assert isinstance(listed, list) and added["id"] in [r["id"] for r in listed]
    shown = _json(_run("projects", "show", title, "--json", db=url, home=home))
    assert isinstance(shown, dict) and shown["row"]["id"] == rows[0]["id"]
    assert added["id"] in [t["id"] for t in shown["tranches"]]

    # Read in Korean: the kind of a tranche and the stage's date are words, not codes or English.
    korean = _run("--lang", "ko", "projects", "show", title, db=url, home=home)
    assert korean.returncode == 0, korean.stderr
    tranche = next(line for line in korean.stdout.splitlines() if added["id"] in line)
    assert tranche.split()[1] == "신고" and "notified" not in tranche
    assert " since " not in korean.stdout and "부터)" in korean.stdout
    listed_ko = _run("--lang", "ko", "projects", "fdi", "list", rows[0]["id"], db=url, home=home)
    assert any(line.split()[1] == "신고" for line in listed_ko.stdout.splitlines() if added["id"] in line)

    removed = _run("projects", "fdi", "remove", added["id"], db=url, home=home)
    assert removed.returncode == 0, removed.stderr
    again = _json(_run("dashboard", "--year", "2026", "--json", db=url, home=home))
    assert isinstance(again, dict) and again["notified_usd"] == before["notified_usd"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--kind", "notified", "--amount", "lots", "--on", "2026-03-04"), ("lots",)),
        (("--kind", "notified", "--amount", "5", "--on", "2026-13-40"), ("2026-13-40",)),
        (("--kind", "notified", "--amount", "5", "--currency", "DOLLARS", "--on", "2026-03-04"), ()),
        # An explicitly empty currency was recorded as USD: refused, as a form's cleared field is
        (("--kind", "notified", "--amount", "5", "--currency", "", "--on", "2026-03-04"), ("Currency is required",)),
        # Decimal reads 1e400, then cannot round it to cents: once an "unexpected error"
        (("--kind", "notified", "--amount", "1e400", "--on", "2026-03-04"), ("too large",)),
        # 23 digits: the embedded file kept a float (…991,611,392), the server refused the row
        (("--kind", "notified", "--amount", "99999999999999999999999", "--on", "2026-03-04"), ("too large",)),
        (("--kind", "arrived", "--amount", "0", "--on", "2026-03-04"), ("more than zero",)),
        (("--kind", "notified", "--amount", "5", "--on", "0001-01-01"), ("1900", "0001-01-01")),
        (("--kind", "notified", "--amount", "5", "--on", "9999-12-31"), ("2100", "9999-12-31")),
    ],
)
def test_a_bad_tranche_is_one_sentence_and_changes_nothing(
    demo: tuple[str, Path], args: tuple[str, ...], words: tuple[str, ...]
) -> None:
    url, home = demo
    project = _json(_run("projects", "list", "--limit", "1", "--json", db=url, home=home))[0]["id"]  # type: ignore[index]
    before = _json(_run("projects", "fdi", "list", project, "--json", db=url, home=home))
    result = _run("projects", "fdi", "add", project, *args, db=url, home=home)
    _assert_clear_failure(result, *words)
    assert result.returncode == 2
    assert _json(_run("projects", "fdi", "list", project, "--json", db=url, home=home)) == before


def test_removing_a_tranche_that_is_not_there_names_it_in_words(demo: tuple[str, Path]) -> None:
    url, home = demo
    result = _run("projects", "fdi", "remove", "00000000-0000-0000-0000-000000000000", db=url, home=home)
    _assert_clear_failure(result, "No FDI amount found")  # not the table's name, fdi_amount
    assert result.returncode == 2


def test_an_ambiguous_project_name_lists_the_candidates(demo: tuple[str, Path]) -> None:
    url, home = demo
    result = _run("projects", "show", "a", db=url, home=home)
    _assert_clear_failure(result, "several")


def test_a_meeting_with_a_follow_up_and_tasks_for_another_officer(demo: tuple[str, Path]) -> None:
    url, home = demo
    investor = _json(_run("investors", "list", "--limit", "1", "--json", db=url, home=home))[0]  # type: ignore[index]
    logged = _json(
        _run(
            "meetings",
            "add",
            "--investor",
            investor["id"],
            "--summary",
            "Plant visit",
            "--outcome",
            "Send the site list",
            "--follow-up",
            "Send the site list",
            "--due",
            "2026-12-10",
            "--json",
            db=url,
            home=home,
        )
    )
    assert isinstance(logged, dict) and logged["follow_up_task_id"]
    meeting_id = logged["meeting"]["id"]
    listed = _json(_run("meetings", "list", "--investor", investor["id"], "--json", db=url, home=home))
    assert isinstance(listed, list) and listed[0]["id"] == meeting_id and listed[0]["outcome"] == "Send the site list"
    edited = _json(_run("meetings", "edit", meeting_id, "--outcome", "List sent", "--json", db=url, home=home))
    assert isinstance(edited, dict) and edited["outcome"] == "List sent"
    mine = _run("tasks", "list", db=url, home=home)
    assert mine.returncode == 0, mine.stderr  # it ended in a TypeError before
    assert "2026-12-10 Send the site list" in mine.stdout and "<10" not in mine.stdout

    officers = _json(_run("officers", "list", "--json", db=url, home=home))
    other = next(o["login"] for o in officers if o["login"] != "cli.tester")  # type: ignore[union-attr]
    task = _json(
        _run("tasks", "add", "Call back", "--assignee", other, "--due", "2026-12-11", "--json", db=url, home=home)
    )
    assert isinstance(task, dict) and task["assignee"]
    for action, status in (("done", "done"), ("reopen", "open"), ("cancel", "cancelled")):
        changed = _json(_run("tasks", action, task["id"], "--json", db=url, home=home))
        assert isinstance(changed, dict) and changed["status"] == status
    renamed = _json(_run("tasks", "edit", task["id"], "--title", "Call back on Monday", "--json", db=url, home=home))
    assert isinstance(renamed, dict) and renamed["title"] == "Call back on Monday"
    _assert_clear_failure(_run("tasks", "add", "x", "--assignee", "nobody.here", db=url, home=home), "nobody.here")

    # The list as a workbook: it ended in an AttributeError (a service renamed under it).
    book = home / "my-tasks.xlsx"
    exported = _run("export", "tasks", str(book), db=url, home=home)
    assert exported.returncode == 0, exported.stderr
    titles = [row[0] for row in openpyxl.load_workbook(book).active.iter_rows(min_row=2, values_only=True)]
    assert "Send the site list" in titles


def test_a_meeting_abroad_is_logged_on_the_places_clock_and_keeps_its_zone(demo: tuple[str, Path]) -> None:
    url, home = demo
    investor = _json(_run("investors", "list", "--limit", "1", "--json", db=url, home=home))[0]  # type: ignore[index]
    logged = _json(
        _run(
            "meetings",
            "add",
            "--investor",
            investor["id"],
            "--summary",
            "Warsaw plant visit",
            "--at",
            "2027-05-11T10:00",
            "--zone",
            "Europe/Warsaw",
            "--json",
            db=url,
            home=home,
        )
    )
    meeting = logged["meeting"]  # type: ignore[index]
    assert meeting["occurred_at"].startswith("2027-05-11T08:00") and meeting["time_zone"] == "Europe/Warsaw"
    _assert_clear_failure(
        _run(
            "meetings",
            "add",
            "--investor",
            investor["id"],
            "--summary",
            "x",
            "--zone",
            "Mars/Olympus",
            db=url,
            home=home,
        ),
        "Mars/Olympus",
    )
    edited = _json(_run("meetings", "edit", meeting["id"], "--zone", "", "--json", db=url, home=home))
    assert isinstance(edited, dict) and edited["time_zone"] is None  # back to Korea's clock, the moment unchanged
    assert edited["occurred_at"] == meeting["occurred_at"]


@pytest.mark.parametrize(
    "command", [("investors", "list"), ("tasks", "list"), ("projects", "list"), ("dashboard", "--json")]
)
def test_a_read_command_on_a_database_that_is_not_there_creates_nothing(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    target = tmp_path / "typo" / "kotra.sqlite3"
    result = _run(*command, db=f"sqlite:///{target}", home=tmp_path)
    _assert_clear_failure(result, "no database", str(target))
    assert result.returncode == 2
    assert not target.exists() and not target.parent.exists()
    created = _run("db", "upgrade", db=f"sqlite:///{target}", home=tmp_path)
    assert created.returncode == 0 and target.exists()


def test_tasks_list_by_scope_everyone_only_for_admins_and_leaders(demo: tuple[str, Path]) -> None:
    url, home = demo
    officers = _json(_run("officers", "list", "--json", db=url, home=home))
    assert isinstance(officers, list)
    plain = next(o["login"] for o in officers if o["role"] == "officer")
    everyone = _json(_run("tasks", "list", "--scope", "everyone", "--limit", "500", "--json", db=url, home=home))
    assert isinstance(everyone, list) and len({t["assignee"] for t in everyone}) > 3
    office = _json(_run("--login", plain, "tasks", "list", "--scope", "office", "--json", db=url, home=home))
    assert isinstance(office, list) and office
    _assert_clear_failure(_run("--login", plain, "tasks", "list", "--scope", "everyone", db=url, home=home), "leaders")


@pytest.mark.parametrize(
    "args",
    [
        # Year 1 on this computer's clock falls before datetime's first day once in UTC: was "unexpected error"
        ("meetings", "add", "--investor", "a", "--summary", "s", "--at", "0001-01-01 01:00"),
        # Year 9999 on Los Angeles' clock is past datetime's last day in UTC: was "unexpected error"
        (
            "meetings",
            "add",
            "--investor",
            "a",
            "--summary",
            "s",
            "--at",
            "9999-12-31 23:00",
            "--zone",
            "America/Los_Angeles",
        ),
        ("tasks", "add", "Call back", "--due", "9999-12-31"),
    ],
)
def test_a_date_out_of_any_calendar_is_one_sentence_and_changes_nothing(
    demo: tuple[str, Path], args: tuple[str, ...]
) -> None:
    url, home = demo
    investor = _json(_run("investors", "list", "--limit", "1", "--json", db=url, home=home))[0]["id"]  # type: ignore[index]
    args = tuple(investor if a == "a" else a for a in args)
    before = _json(
        _run("tasks", "list", "--scope", "everyone", "--closed", "--limit", "5000", "--json", db=url, home=home)
    )
    meetings = _json(_run("meetings", "list", "--investor", investor, "--json", db=url, home=home))
    result = _run(*args, db=url, home=home)
    _assert_clear_failure(result, "1900", "2100")
    assert result.returncode == 2
    assert _json(_run("meetings", "list", "--investor", investor, "--json", db=url, home=home)) == meetings
    after = _run("tasks", "list", "--scope", "everyone", "--closed", "--limit", "5000", "--json", db=url, home=home)
    assert _json(after) == before


@pytest.mark.parametrize("year", ["0", "99999"])
def test_a_dashboard_year_out_of_range_is_one_sentence(demo: tuple[str, Path], year: str) -> None:
    """0 was read as "this year" and printed its figures; 99999 was an "unexpected error"."""
    url, home = demo
    result = _run("dashboard", "--year", year, "--json", db=url, home=home)
    _assert_clear_failure(result, "Year", "1900", year)
    assert result.returncode == 2 and result.stdout == ""


def test_an_export_with_an_unknown_filter_code_writes_nothing(demo: tuple[str, Path], tmp_path: Path) -> None:
    """A typo in a filter was a workbook of 0 rows, which reads like "no such projects"."""
    url, home = demo
    target = tmp_path / "pipeline.xlsx"
    result = _run("export", "projects", str(target), "--stage", "MOUU", db=url, home=home)
    _assert_clear_failure(result, "MOUU")
    assert result.returncode == 2 and not target.exists()


def test_editing_a_meeting_that_is_not_there_says_meeting(demo: tuple[str, Path]) -> None:
    url, home = demo
    result = _run("meetings", "edit", "nosuch", "--summary", "s", db=url, home=home)
    _assert_clear_failure(result, "Meeting", "nosuch")  # the command's word, not the table's (Interaction)
    assert result.returncode == 2
