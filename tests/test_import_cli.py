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
    return subprocess.run(
        [sys.executable, "-m", "kotra_invest", "--db", f"sqlite:///{db}", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


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
    assert dry.returncode == 1, dry.stderr  # a row would fail: a script checking the file notices
    assert "[dry run: nothing was saved]" in dry.stdout
    assert "created 2" in dry.stdout and "failed 1" in dry.stdout
    assert _investors(db) == []

    done = _run("import", "investors", str(path), db=db, home=tmp_path)
    assert done.returncode == 1, done.stderr  # row 6 failed; the others are stored
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


def test_the_officers_tracker_imports_with_default_settings(tmp_path: Path) -> None:
    """xlsx and its CP949 CSV twin: every valid row, its contact, project and last meeting; the
    dry run explains why 담당자 is the contact person and lists the invalid rows with reasons."""
    from import_helpers import TRACKER_VALID, tracker_csv, tracker_xlsx

    for make, name in ((tracker_xlsx, "관리대장.xlsx"), (tracker_csv, "관리대장.csv")):
        db = tmp_path / f"{name}.sqlite3"
        path = make(tmp_path / name)
        dry = _run("import", "investors", str(path), "--dry-run", db=db, home=tmp_path)
        assert dry.returncode == 1, dry.stderr  # three rows would fail
        assert "column 담당자 → Contact person: values are not officers" in dry.stdout
        assert "column 기업명 → Korean name: the values are written in Hangul" in dry.stdout
        assert f"created {TRACKER_VALID}," in dry.stdout and "failed 3" in dry.stdout
        assert "Not a valid e-mail address: jane.roe(at)badmail" in dry.stdout
        assert "Not in the reference data: Narnia" in dry.stdout
        assert _investors(db) == []

        done = _run("import", "investors", str(path), db=db, home=tmp_path)
        assert done.returncode == 1, done.stderr  # the valid rows stored, the three others failed
        assert "contact persons: created 8" in done.stdout
        assert "projects: created 7" in done.stdout and "last meetings: created 7" in done.stdout
        assert len(_investors(db)) == TRACKER_VALID
        with sqlite3.connect(db) as conn:
            assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 8
            assert conn.execute("SELECT count(*) FROM project").fetchone()[0] == 7
            assert conn.execute("SELECT count(*) FROM interaction").fetchone()[0] == 7
            assert conn.execute("SELECT count(*) FROM investor WHERE owner_id IS NOT NULL").fetchone()[0] == 0


def test_synonyms_are_reference_data_an_admin_edits(tmp_path: Path) -> None:
    db = tmp_path / "k.sqlite3"
    path = csv_file(tmp_path / "s.csv", ["회사명,업종", "Medi Co,의료기기", "Xeno Ltd,우주항공"])
    listed = _run("synonyms", "list", "industries", db=db, home=tmp_path)
    assert listed.returncode == 0 and "BIO          의료기기" in listed.stdout
    added = _run("synonyms", "add", "industries", "AERO", "우주항공", db=db, home=tmp_path)
    assert added.returncode == 0, added.stderr
    taken = _run("synonyms", "add", "industries", "ROBOT", "의료기기", db=db, home=tmp_path)
    assert taken.returncode == 2 and "already names BIO" in taken.stderr
    done = _run("import", "investors", str(path), db=db, home=tmp_path)
    assert "created 2" in done.stdout, done.stdout
    removed = _run("synonyms", "remove", "industries", "의료기기", db=db, home=tmp_path)
    assert removed.returncode == 0, removed.stderr
    again = _run(
        "import",
        "investors",
        str(csv_file(tmp_path / "t.csv", ["회사명,업종", "Medi Two,의료기기"])),
        "--dry-run",
        db=db,
        home=tmp_path,
    )
    assert "failed 1" in again.stdout and "closest: BIO" in again.stdout, again.stdout


def test_the_pipeline_export_reads_back_as_the_readme_says(tmp_path: Path) -> None:
    """README: `import projects FILE --unknown-investors create --unknown-owners create` into an
    empty database recreates the same sheet."""
    source, target = tmp_path / "source.sqlite3", tmp_path / "empty.sqlite3"
    assert _run("demo", db=source, home=tmp_path).returncode == 0
    exported, again = tmp_path / "pipeline.xlsx", tmp_path / "again.xlsx"
    assert _run("projects", "export", str(exported), db=source, home=tmp_path).returncode == 0
    done = _run(
        "import",
        "projects",
        str(exported),
        "--unknown-investors",
        "create",
        "--unknown-owners",
        "create",
        "--on-duplicate",
        "create",
        db=target,
        home=tmp_path,
    )
    assert done.returncode == 0 and "failed 0" in done.stdout, done.stdout + done.stderr
    assert "new investors: created" in done.stdout and "new officer accounts: created" in done.stdout
    assert _run("projects", "export", str(again), db=target, home=tmp_path).returncode == 0

    def rows(path: Path) -> list[tuple[object, ...]]:
        values = list(openpyxl.load_workbook(path, read_only=True).worksheets[0].iter_rows(values_only=True))
        return [values[0], *sorted(values[1:], key=lambda r: tuple(str(v) for v in r))]

    assert rows(again) == rows(exported) and len(rows(exported)) > 300


def test_a_tracker_with_a_header_and_no_rows_is_refused_in_one_sentence(tmp_path: Path) -> None:
    """A header row alone is as empty as an empty file: one sentence, exit 2, nothing written (csv and xlsx)."""
    db = tmp_path / "k.sqlite3"
    csv_path = tmp_path / "headeronly.csv"
    csv_path.write_bytes("기업명,국가\r\n".encode("cp949"))  # as Excel saves it in Korea
    xlsx_path = tmp_path / "headeronly.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["기업명", "국가"])
    book.save(xlsx_path)
    for path in (csv_path, xlsx_path):
        result = _run("import", "investors", str(path), db=db, home=tmp_path)
        assert result.returncode == 2, result.stdout
        assert result.stderr == f"kotra-invest: {path.name} has no rows under its header: there is nothing to import.\n"
        assert result.stdout == ""
    assert _investors(db) == []
