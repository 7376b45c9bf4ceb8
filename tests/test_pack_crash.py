"""A merge killed at any moment (SIGKILL) leaves the target database exactly as it was, and healthy."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from mission_data import build_home, fingerprint, open_pack_ctx
from sqlalchemy import update

from kotra_invest.domain.enums import InteractionKind
from kotra_invest.domain.models import Interaction, Investor, MeetingTarget
from kotra_invest.services.database import connect
from kotra_invest.services.unit_of_work import Context, unit_of_work
from kotra_invest.sync.pack import export_pack

INVESTORS = 300
MEETINGS = 3000
KILLS = 10


def _build(tmp_path: Path) -> tuple[Path, Path]:
    """A home database and a pack of it with a few thousand changes made abroad."""
    home_path = tmp_path / "home.sqlite3"
    home = Context(db=connect(f"sqlite:///{home_path}"), actor="tester", access_reason="testing")
    try:
        mission = build_home(home)
        with unit_of_work(home) as s:
            investors = [Investor(name=f"Investor {i:03}") for i in range(INVESTORS)]
            s.add_all(investors)
            s.flush()
            s.add_all(MeetingTarget(delegation_id=mission.delegation, investor_id=i.id) for i in investors)
            s.commit()
        pack = tmp_path / "trip.kipack"
        export_pack(home, mission.delegation, pack)
    finally:
        home.db.dispose()
    abroad = open_pack_ctx(pack)
    try:
        with unit_of_work(abroad) as s:
            s.execute(update(Investor).values(notes="met on the trip"))
            ids = [i.id for i in s.query(Investor)]
            start = datetime(2026, 4, 13, tzinfo=UTC)
            s.add_all(
                Interaction(
                    investor_id=ids[n % len(ids)],
                    kind=InteractionKind.MEETING,
                    occurred_at=start + timedelta(minutes=n),
                    summary=f"meeting {n}",
                )
                for n in range(MEETINGS)
            )
            s.commit()
    finally:
        abroad.db.dispose()
    return home_path, pack


def _merge(target: Path, pack: Path, tmp_path: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg"), "KOTRA_INVEST_USER": "tester"}
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kotra_invest",
            "--db",
            f"sqlite:///{target}",
            "pack",
            "merge",
            str(pack),
            "--prefer",
            "pack",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _fresh_copy(pristine: Path, target: Path) -> None:
    for extra in ("", "-wal", "-shm"):
        Path(f"{target}{extra}").unlink(missing_ok=True)
    shutil.copyfile(pristine, target)


@pytest.mark.slow
def test_a_merge_killed_at_random_points_leaves_the_target_as_it_was(tmp_path: Path) -> None:
    pristine, pack = _build(tmp_path)
    target = tmp_path / "target.sqlite3"
    _fresh_copy(pristine, target)
    db = connect(f"sqlite:///{target}")
    before = fingerprint(db)
    db.dispose()

    durations = []
    for _ in range(2):  # the second run is the one with warm caches, as the killed ones will be
        _fresh_copy(pristine, target)
        started = time.monotonic()
        assert _merge(target, pack, tmp_path).wait(timeout=600) == 0
        durations.append(time.monotonic() - started)
    assert _complete(target)
    duration = min(durations)

    rng = random.Random(20260413)
    interrupted = 0
    for _ in range(KILLS):
        _fresh_copy(pristine, target)
        merging = _merge(target, pack, tmp_path)
        time.sleep(rng.uniform(0.05, duration * 0.9))
        if merging.poll() is not None:
            continue  # finished before the kill on this machine: nothing to check
        merging.send_signal(signal.SIGKILL)
        merging.wait()
        with sqlite3.connect(target) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        db = connect(f"sqlite:///{target}")
        try:
            unchanged = fingerprint(db) == before
        finally:
            db.dispose()
        # Killed after the commit, the merge is whole; anywhere before it, there is no trace of it.
        assert unchanged or _complete(target)
        interrupted += unchanged
    assert interrupted >= KILLS // 2

    # And the interrupted database takes the merge afterwards.
    assert _merge(target, pack, tmp_path).wait(timeout=600) == 0
    assert _complete(target)


def _complete(target: Path) -> bool:
    with sqlite3.connect(target) as conn:
        meetings = conn.execute("SELECT count(*) FROM interaction").fetchone()[0]
        noted = conn.execute("SELECT count(*) FROM investor WHERE notes = 'met on the trip'").fetchone()[0]
    return bool(meetings == MEETINGS + 1 and noted >= INVESTORS)
