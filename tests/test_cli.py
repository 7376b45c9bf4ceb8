"""The command line as a script or an officer uses it: real processes on a real database file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def _run(*args: str, db: str | None, home: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "KOTRA_INVEST_LANG": "en",
        "KOTRA_INVEST_USER": "cli.tester",
    }
    env.pop("KOTRA_INVEST_DB", None)
    db_args = ["--db", db] if db else []
    return subprocess.run(
        [sys.executable, "-m", "kotra_invest", *db_args, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )


def _assert_clear_failure(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    home = tmp_path_factory.mktemp("cli-home")
    url = f"sqlite:///{home / 'demo.sqlite3'}"
    result = _run("demo", db=url, home=home)
    assert result.returncode == 0, result.stderr
    assert "delegations" in result.stdout
    return url, home


def test_demo_year_lists_at_least_36_delegations_as_json(demo_db: tuple[str, Path]) -> None:
    url, home = demo_db
    result = _run("delegations", "list", "--year", "2026", "--json", db=url, home=home)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) >= 36
    assert all(row["id"] and row["title"] and row["year"] == 2026 for row in rows)
    assert len({region for row in rows for region in row["regions"]}) == 8  # all of 5극 3특


@pytest.mark.parametrize("query", ["유치", "무역지", "바이오"])
def test_korean_investor_search_finds_real_matches(demo_db: tuple[str, Path], query: str) -> None:
    url, home = demo_db
    result = _run("investors", "search", query, "--json", db=url, home=home)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows, f"no investor found for {query}"
    assert all(row["id"] and row["name"] for row in rows)


def test_ids_chain_from_one_command_into_the_next(demo_db: tuple[str, Path]) -> None:
    url, home = demo_db
    added = _run("investors", "add", "Chainlink Test GmbH", "--country", "DE", "--json", db=url, home=home)
    assert added.returncode == 0, added.stderr
    new_id = json.loads(added.stdout)["id"]
    found = json.loads(_run("investors", "search", "Chainlink", "--json", db=url, home=home).stdout)
    assert [row["id"] for row in found] == [new_id]


def test_a_rule_violation_is_one_clear_line_and_changes_nothing(demo_db: tuple[str, Path]) -> None:
    url, home = demo_db
    before = _run("investors", "list", "--country", "SE", "--limit", "100000", "--json", db=url, home=home).stdout

    _assert_clear_failure(_run("investors", "add", "Bad Country Ltd", "--country", "ZZ", db=url, home=home), "ZZ")
    _assert_clear_failure(_run("investors", "add", "   ", db=url, home=home), "required")

    after = _run("investors", "list", "--country", "SE", "--limit", "100000", "--json", db=url, home=home).stdout
    assert after == before
    assert json.loads(_run("investors", "search", "Bad Country", "--json", db=url, home=home).stdout) == []


def test_unknown_url_and_unreachable_server_fail_clearly(tmp_path: Path) -> None:
    _assert_clear_failure(_run("delegations", "list", db="foo://bar", home=tmp_path), "foo://bar")
    unreachable = _run("delegations", "list", db="postgresql://nobody@127.0.0.1:9/none", home=tmp_path, timeout=60)
    _assert_clear_failure(unreachable, "Cannot connect", "127.0.0.1")


def test_a_corrupt_database_file_fails_clearly_and_is_not_touched(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"\x00garbage" * 1000)
    before = damaged.read_bytes()
    _assert_clear_failure(_run("investors", "search", "x", db=f"sqlite:///{damaged}", home=tmp_path), "damaged")
    _assert_clear_failure(_run("db", "check", db=f"sqlite:///{damaged}", home=tmp_path), "damaged")
    assert damaged.read_bytes() == before


def test_demo_refuses_a_database_that_already_has_data(demo_db: tuple[str, Path]) -> None:
    url, home = demo_db
    _assert_clear_failure(_run("demo", db=url, home=home), "empty")


def test_db_commands_upgrade_check_backup_restore(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'k.sqlite3'}"
    assert "Upgraded" in _run("db", "upgrade", db=url, home=tmp_path).stdout
    assert "Already up to date" in _run("db", "upgrade", db=url, home=tmp_path).stdout
    check = _run("db", "check", db=url, home=tmp_path)
    assert check.returncode == 0 and "integrity: ok" in check.stdout
    _run("investors", "add", "Saved Before Backup", db=url, home=tmp_path)
    backup_file = tmp_path / "copy.sqlite3"
    assert _run("db", "backup", str(backup_file), db=url, home=tmp_path).returncode == 0
    _run("investors", "add", "Added After Backup", db=url, home=tmp_path)
    restored = _run("db", "restore", str(backup_file), db=url, home=tmp_path)
    assert restored.returncode == 0, restored.stderr
    said, kept = restored.stdout.strip().rsplit(" (the previous content is kept in ", 1)
    assert (
        said == f"Restored from {backup_file}" and Path(kept.rstrip(")")).exists()
    )  # where to look if it was a mistake
    names = [r["name"] for r in json.loads(_run("investors", "list", "--json", db=url, home=tmp_path).stdout)]
    assert names == ["Saved Before Backup"]


def test_default_database_lives_in_the_user_data_folder(tmp_path: Path) -> None:
    result = _run("db", "upgrade", db=None, home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "kotra-invest" / "kotra-invest.sqlite3").exists()


def test_a_damaged_database_is_restored_from_the_command_line(tmp_path: Path) -> None:
    db_file = tmp_path / "k.sqlite3"
    url = f"sqlite:///{db_file}"
    assert _run("db", "upgrade", db=url, home=tmp_path).returncode == 0  # only upgrade and demo create a database
    _run("investors", "add", "Survivor Ltd", db=url, home=tmp_path)
    assert _run("db", "backup", str(tmp_path / "good.sqlite3"), db=url, home=tmp_path).returncode == 0
    for leftover in tmp_path.glob("k.sqlite3-*"):
        leftover.unlink()
    db_file.write_bytes(b"\x00" * 100 + db_file.read_bytes()[100:])

    _assert_clear_failure(_run("investors", "list", db=url, home=tmp_path), "damaged")
    restored = _run("db", "restore", str(tmp_path / "good.sqlite3"), db=url, home=tmp_path)

    assert restored.returncode == 0, restored.stderr
    names = [r["name"] for r in json.loads(_run("investors", "list", "--json", db=url, home=tmp_path).stdout)]
    assert names == ["Survivor Ltd"]


def test_briefing_pack_and_profile_from_the_command_line(demo_db: tuple[str, Path], tmp_path: Path) -> None:
    import openpyxl
    from icalendar import Calendar

    url, home = demo_db
    rows = json.loads(_run("delegations", "list", "--year", "2026", "--json", db=url, home=home).stdout)
    daejeon = next(r for r in rows if "대전 AI" in r["title"])
    out = tmp_path / "pack"
    result = _run(
        "--lang",
        "en",
        "brief",
        daejeon["id"],
        "--xlsx",
        f"{out}.xlsx",
        "--pdf",
        f"{out}.pdf",
        "--ics",
        f"{out}.ics",
        "--reason",
        "delegation briefing",
        db=url,
        home=home,
    )
    assert result.returncode == 0, result.stderr
    # The pre-flight list comes first: the demo's meeting notes are Korean, an English pack says so
    # (one line for all of them: tests/test_cli.py::test_brief_all_problems_lists_each_korean_only_text).
    assert result.stdout.startswith("Pre-flight check: ")
    assert "Meeting notes: " in result.stdout and "texts exist in Korean only" in result.stdout
    assert openpyxl.load_workbook(f"{out}.xlsx").sheetnames
    assert Path(f"{out}.pdf").read_bytes()[:5] == b"%PDF-"
    assert list(Calendar.from_ical(Path(f"{out}.ics").read_bytes()).walk("VEVENT"))

    ambiguous = _run("brief", "투자유치단", "--pdf", str(tmp_path / "x.pdf"), db=url, home=home)
    _assert_clear_failure(ambiguous, "matches several")
    assert not (tmp_path / "x.pdf").exists()
    _assert_clear_failure(_run("brief", daejeon["id"], db=url, home=home), "Output file is required")

    investor = json.loads(_run("investors", "list", "--limit", "1", "--json", db=url, home=home).stdout)[0]
    profile = _run(
        "profile", investor["id"], "--pdf", str(tmp_path / "p.pdf"), "--reason", "call prep", db=url, home=home
    )
    assert profile.returncode == 0, profile.stderr
    assert (tmp_path / "p.pdf").stat().st_size > 1000


@pytest.fixture(scope="module")
def demo_ids(demo_db: tuple[str, Path]) -> dict[str, str]:
    url, home = demo_db
    delegations = json.loads(_run("delegations", "list", "--year", "2026", "--json", db=url, home=home).stdout)
    investors = json.loads(_run("investors", "list", "--limit", "1", "--json", db=url, home=home).stdout)
    return {"delegation": delegations[0]["id"], "investor": investors[0]["id"]}


@pytest.mark.parametrize(
    ("args", "extension"),
    [
        (("export", "investors", "{file}"), ".xlsx"),
        (("projects", "export", "{file}"), ".xlsx"),
        (("brief", "{delegation}", "--pdf", "{file}"), ".pdf"),
        (("brief", "{delegation}", "--ics", "{file}"), ".ics"),
        # One name for two outputs: refused before either is written over the other.
        (("brief", "{delegation}", "--xlsx", "{file}", "--pdf", "{file}"), ".xlsx"),
        (("profile", "{investor}", "--xlsx", "{file}"), ".xlsx"),
        (("report", "fdi", "--year", "2026", "--xlsx", "{file}"), ".xlsx"),
        (("history", "show", "investor", "{investor}", "--xlsx", "{file}"), ".xlsx"),
        (("access-log", "report", "--month", "2026-11", "--xlsx", "{file}"), ".xlsx"),
        (("map", "--figure", "notified", "--png", "{file}"), ".png"),
        (("import", "investors", "{source}", "--errors", "{file}"), ".xlsx"),  # refused before a row is saved
    ],
)
def test_a_file_named_for_another_format_is_refused_and_nothing_is_written(
    demo_db: tuple[str, Path], demo_ids: dict[str, str], tmp_path: Path, args: tuple[str, ...], extension: str
) -> None:
    """A workbook written into report.txt opens in nothing: each command that writes a file of one
    format refuses another extension in one sentence naming the right one, before it writes anything."""
    url, home = demo_db
    source = tmp_path / "new.csv"
    source.write_text("Company name,Country\nNever Imported GmbH,DE\n", encoding="utf-8")
    before = set(tmp_path.iterdir())
    values = {**demo_ids, "file": str(tmp_path / "report.txt"), "source": str(source)}
    result = _run(*(a.format(**values) for a in args), db=url, home=home)
    _assert_clear_failure(result, f"must end in {extension}", "report.txt")
    assert result.returncode == 2
    assert set(tmp_path.iterdir()) == before
    found = json.loads(_run("investors", "search", "Never Imported", "--json", db=url, home=home).stdout)
    assert found == []


def test_brief_all_problems_lists_each_korean_only_text(demo_db: tuple[str, Path], tmp_path: Path) -> None:
    """An English pack of the Daejeon trip leaves ~190 Korean texts out: the pre-flight says them in
    one line per kind and points at --all-problems, which lists each under its line."""
    import re

    url, home = demo_db
    rows = json.loads(_run("delegations", "list", "--year", "2026", "--json", db=url, home=home).stdout)
    daejeon = next(r for r in rows if "대전 AI" in r["title"])["id"]
    brief = ("--lang", "en", "brief", daejeon, "--pdf", str(tmp_path / "pack.pdf"), "--reason", "delegation briefing")
    short = _run(*brief, db=url, home=home)
    assert short.returncode == 0, short.stderr
    lines = short.stdout.splitlines()
    [notes] = [line for line in lines if line.startswith("  - Meeting notes: ")]
    count = int(re.search(r"Meeting notes: (\d+) texts exist in Korean only", notes).group(1))  # type: ignore[union-attr]
    assert count >= 20 and "(e.g. '" in notes
    assert not any("meeting note of" in line for line in lines)
    assert "  (Korean-only texts: one line per kind; --all-problems lists each one)" in lines
    assert len(lines) < 40, short.stdout

    full = _run(*brief, "--all-problems", db=url, home=home)
    assert full.returncode == 0, full.stderr
    every = full.stdout.splitlines()
    under = every[every.index(notes) + 1 : every.index(notes) + 1 + count]
    assert all(line.startswith("      ") and "meeting note of" in line for line in under), under[:3]
    assert sum("meeting note of" in line for line in every) == count
    assert not any("--all-problems lists each one" in line for line in every)

    help_text = _run("brief", "--help", db=None, home=home).stdout
    assert "--all-problems" in help_text


def test_a_file_named_without_an_extension_gets_its_formats(
    demo_db: tuple[str, Path], demo_ids: dict[str, str], tmp_path: Path
) -> None:
    """As the desktop's Save dialogs do: `--xlsx pack --pdf pack` writes pack.xlsx and pack.pdf and says so."""
    import openpyxl

    url, home = demo_db
    out = tmp_path / "pack"
    result = _run(
        "profile",
        demo_ids["investor"],
        "--xlsx",
        str(out),
        "--pdf",
        str(out),
        "--reason",
        "call prep",
        db=url,
        home=home,
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.pdf", "pack.xlsx"]
    assert f"{out}.xlsx" in result.stdout and f"{out}.pdf" in result.stdout
    assert openpyxl.load_workbook(f"{out}.xlsx").sheetnames
    assert Path(f"{out}.pdf").read_bytes()[:5] == b"%PDF-"


def test_the_pipeline_exports_as_an_excel_tracker(demo_db: tuple[str, Path], tmp_path: Path) -> None:
    import openpyxl

    url, home = demo_db
    target = tmp_path / "pipeline.xlsx"
    result = _run("projects", "export", str(target), db=url, home=home)
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(target, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) - 1 == int(result.stdout.split()[1].replace(",", ""))  # "Wrote N projects to …"
    assert len(rows) - 1 >= 250 and rows[0][0]  # the demo year has about 300 projects
