"""`investors merge` and `contacts merge` from the command line, and their error contract."""

from __future__ import annotations

import json
from pathlib import Path

from test_cli import _assert_clear_failure, _run


def test_investors_merge_moves_the_projects_and_says_so(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.sqlite3'}"
    assert _run("db", "upgrade", db=url, home=tmp_path).returncode == 0
    for name, site in (("Umicore SA", "https://umicore.com"), ("Umicore Korea", None)):
        args = ["investors", "add", name, "--country", "BE"] + (["--website", site] if site else [])
        assert _run(*args, db=url, home=tmp_path).returncode == 0
    before = _run("investors", "list", "--json", db=url, home=tmp_path)
    assert len(json.loads(before.stdout)) == 2

    bad = _run("investors", "merge", "Umicore SA", "Umicore SA", db=url, home=tmp_path)
    _assert_clear_failure(bad, "itself")
    unknown = _run("investors", "merge", "Umicore SA", "Nobody Such", db=url, home=tmp_path)
    _assert_clear_failure(unknown, "Nobody Such")
    assert len(json.loads(_run("investors", "list", "--json", db=url, home=tmp_path).stdout)) == 2

    merged = _run("investors", "merge", "Umicore SA", "Umicore Korea", "--prefer", "drop", "--json", db=url, home=tmp_path)
    assert merged.returncode == 0, merged.stderr
    report = json.loads(merged.stdout)
    assert report["kind"] == "investor" and "name" in report["fields_taken"]
    after = json.loads(_run("investors", "list", "--json", db=url, home=tmp_path).stdout)
    assert [(row["name"], row["website"]) for row in after] == [("Umicore Korea", "https://umicore.com")]

    missing = _run("contacts", "merge", "a@b.example", "c@d.example", db=url, home=tmp_path)
    _assert_clear_failure(missing)
