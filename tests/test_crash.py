"""A process killed in the middle of a long write leaves the last committed state, intact."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "kotra_invest", *args]


@pytest.mark.slow
@pytest.mark.parametrize("moment", ["early", "pages on disk"])
def test_killing_a_bulk_load_leaves_the_database_as_it_was(tmp_path: Path, moment: str) -> None:
    url = f"sqlite:///{tmp_path / 'k.sqlite3'}"
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "KOTRA_INVEST_LANG": "en"}
    # A committed change before the load (the demo only loads into a database with no investors).
    subprocess.run([*_cli("--db", url, "db", "upgrade")], env=env, check=True)  # only upgrade and demo create a file
    subprocess.run(
        [*_cli("--db", url, "reference", "rename", "industries", "ROBOT", "--en", "Robots")], env=env, check=True
    )

    loading = subprocess.Popen([*_cli("--db", url, "demo", "--scale", "100")], env=env)
    wal = tmp_path / "k.sqlite3-wal"
    if moment == "early":
        time.sleep(2)
    else:  # wait until the uncommitted load has spilled pages into the WAL file
        deadline = time.monotonic() + 120
        while loading.poll() is None and time.monotonic() < deadline:
            if wal.exists() and wal.stat().st_size > 4_000_000:
                break
            time.sleep(0.2)
    if loading.poll() is not None:
        pytest.skip("the load finished before it could be killed on this machine")
    loading.send_signal(signal.SIGKILL)
    loading.wait()

    with sqlite3.connect(tmp_path / "k.sqlite3") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM investor").fetchone()[0] == 0  # none of the load
        assert conn.execute("SELECT name_en FROM industry WHERE code = 'ROBOT'").fetchone()[0] == "Robots"
    check = subprocess.run([*_cli("--db", url, "db", "check")], env=env, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr  # the search triggers survived the kill
    added = subprocess.run([*_cli("--db", url, "investors", "add", "Zyxwv Robotics")], env=env)
    assert added.returncode == 0
    found = subprocess.run(
        [*_cli("--db", url, "investors", "search", "Zyxwv")], env=env, capture_output=True, text=True
    )
    assert "Zyxwv Robotics" in found.stdout
