"""`kotra-invest import …` as an officer runs it: real processes, real files, a real database file."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
from import_helpers import csv_file


def _run(*args: str, db: Path, home: Path) -> subprocess.CompletedProcess[str]:
    if not db.exists() and args[:2] != ("db", "upgrade"):  # only `db upgrade` and `demo` create a database
        created = _run("db", "upgrade", db=db, home=home)
        assert created.returncode == 0, created.stderr
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "KOTRA_INVEST_LANG": "en",
        "KOTRA_INVEST_USER": "cli.tester",
    }
    env.pop("KOTRA_INVEST_DB", None)
    return subprocess.run([sys.executable, "-m", "kotra_invest", "--db", f"sqlite:///{db}", *args],
                          capture_output=True, text=True, env=env, timeout=300, check=False)  # fmt: skip


def _investors(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM investor ORDER BY name")]


def test_import_dry_run_then_import_then_duplicates(tmp_path: Path) -> None:
    db = tmp_path / "k.sqlite3"
    path = csv_file(
        tmp_path / "명단.csv",
        [
            "2026 투자가 명단,,",
            "회사명,국가,업종",
            "Acme Robotics Inc.,미국,로봇",
            "Beta Bio GmbH,독일,제약·바이오",
            "ACME Robotics,USA,Robotics",
            "Gamma,Narnia,로봇",
        ],
        "cp949",
    )

    dry = _run("import", "investors", str(path), "--dry-run", db=db, home=tmp_path)
    assert dry.returncode == 0, dry.stderr
    assert "[dry run: nothing was saved]" in dry.stdout
    assert "created 2" in dry.stdout and "failed 1" in dry.stdout
    assert _investors(db) == []

    done = _run("import", "investors", str(path), db=db, home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "duplicate 5: ACME Robotics = Acme Robotics Inc. (row 3, name) → skipped" in done.stdout
    assert "error 6 [국가]: Not in the reference data: Narnia" in done.stdout
    assert _investors(db) == ["Acme Robotics Inc.", "Beta Bio GmbH"]
    errors = tmp_path / "명단.errors.xlsx"
    assert str(errors) in done.stdout
    sheet = openpyxl.load_workbook(errors).worksheets[0]
    assert [c.value for c in sheet[2]][:3] == ["Gamma", "Narnia", "로봇"]

    again = _run("import", "investors", str(path), "--on-duplicate", "skip", "--json", db=db, home=tmp_path)
    report = json.loads(again.stdout)
    assert (report["created"], len(report["duplicates"]), report["errors"][0]["row"]) == (0, 3, 6)
    assert _investors(db) == ["Acme Robotics Inc.", "Beta Bio GmbH"]


def test_a_mapping_file_names_the_columns(tmp_path: Path) -> None:
    db = tmp_path / "k.sqlite3"
    path = csv_file(tmp_path / "odd.csv", ["A,B,C", "Zeta Corp,JP,internal-7"])
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"columns": {"A": "name", "B": "country"}}), encoding="utf-8")
    done = _run("import", "investors", str(path), "--mapping", str(mapping), db=db, home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert _investors(db) == ["Zeta Corp"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"columns": {"A": "shoe_size"}}), encoding="utf-8")
    refused = _run("import", "investors", str(path), "--mapping", str(bad), db=db, home=tmp_path)
    assert refused.returncode == 2 and "shoe_size" in refused.stderr and "Traceback" not in refused.stderr


def test_bad_files_fail_in_one_line_and_change_nothing(tmp_path: Path) -> None:
    db = tmp_path / "k.sqlite3"
    _run("db", "upgrade", db=db, home=tmp_path)
    with sqlite3.connect(db) as conn:
        before = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "fake.xlsx").write_bytes(b"this is not a workbook at all")
    (tmp_path / "nohead.csv").write_text("1,2\n3,4\n")
    for name, words in (
        ("empty.csv", "empty"),
        ("fake.xlsx", "not an Excel"),
        ("nohead.csv", "No header row"),
        ("missing.xlsx", "not found"),
    ):
        result = _run("import", "contacts", str(tmp_path / name), db=db, home=tmp_path)
        assert result.returncode == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0] and "Traceback" not in result.stderr, result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 0
