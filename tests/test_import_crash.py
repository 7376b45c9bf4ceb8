"""An import killed at any moment leaves the last committed state, intact (see test_crash.py for the demo's)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from import_helpers import csv_file

ROWS = 12_000


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "kotra_invest", *args]


def _big_csv(path: Path, tag: str) -> Path:
    lines = ["2026 투자가 관리대장,,,", "회사명,국가,업종,홈페이지"]
    lines += [
        f"{tag} Company {i:05d},{('미국', 'DE', 'Japan')[i % 3]},로봇,https://c{i}.{tag}.example.com"
        for i in range(ROWS)
    ]
    return csv_file(path, lines, "cp949")


def _state(db: Path) -> tuple[int, int, int, str]:
    with sqlite3.connect(db) as conn:
        return (
            conn.execute("SELECT count(*) FROM investor").fetchone()[0],
            conn.execute("SELECT count(*) FROM audit_log").fetchone()[0],
            conn.execute("SELECT count(*) FROM search_investor_doc").fetchone()[0]
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_investor_doc'").fetchone()
            else -1,
            conn.execute("PRAGMA integrity_check").fetchone()[0],
        )


@pytest.mark.slow
def test_killing_an_import_at_random_moments_leaves_the_last_committed_state(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "KOTRA_INVEST_LANG": "en",
        "KOTRA_INVEST_USER": "crash.tester",
    }
    env.pop("KOTRA_INVEST_DB", None)
    rng = random.Random(int(os.environ.get("KOTRA_CRASH_SEED", "2026")))

    # How long a whole import takes on this machine (into a database of its own).
    timing_db = tmp_path / "timing.sqlite3"
    subprocess.run(_cli("--db", f"sqlite:///{timing_db}", "db", "upgrade"), env=env, check=True, capture_output=True)
    started = time.monotonic()
    subprocess.run(
        _cli("--db", f"sqlite:///{timing_db}", "import", "investors", str(_big_csv(tmp_path / "t.csv", "t"))),
        env=env,
        check=True,
        capture_output=True,
    )
    duration = time.monotonic() - started
    assert _state(timing_db)[0] == ROWS

    db = tmp_path / "k.sqlite3"
    url = f"sqlite:///{db}"
    small = csv_file(tmp_path / "small.csv", ["회사명,국가", "Committed One,US", "Committed Two,DE"])
    subprocess.run(_cli("--db", url, "db", "upgrade"), env=env, check=True, capture_output=True)
    subprocess.run(_cli("--db", url, "import", "investors", str(small)), env=env, check=True, capture_output=True)
    committed = _state(db)
    assert committed[0] == 2 and committed[3] == "ok"

    kills = 0
    for attempt in range(8):
        path = _big_csv(tmp_path / f"big{attempt}.csv", f"a{attempt}")
        importing = subprocess.Popen(
            _cli("--db", url, "import", "investors", str(path)),
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.05, 0.95) * duration)
        if importing.poll() is None:
            importing.send_signal(signal.SIGKILL)
        importing.wait()
        state = _state(db)
        assert state[3] == "ok"
        whole = (committed[0] + ROWS, committed[1] + ROWS, committed[2] + ROWS, "ok")
        if importing.returncode == 0:  # it finished first: that is the new committed state
            assert state == whole
            committed = state
        elif state == committed:  # killed before its commit: nothing of it is left
            kills += 1
        else:
            # Killed after its commit, while the interpreter was still shutting down: the import
            # must then be there whole (every investor, its audit row and its search document).
            assert state == whole, f"attempt {attempt}: {state} is neither {committed} nor {whole}"
            committed = state
    assert kills >= 4, "the imports finished before they could be killed; the test proved too little"

    check = subprocess.run(_cli("--db", url, "db", "check"), env=env, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr  # the search triggers survived every kill
    added = subprocess.run(_cli("--db", url, "investors", "add", "Zyxwv Robotics"), env=env, capture_output=True)
    assert added.returncode == 0
    found = subprocess.run(_cli("--db", url, "investors", "search", "Zyxwv"), env=env, capture_output=True, text=True)
    assert "Zyxwv Robotics" in found.stdout
