"""Opening, backing up and restoring the embedded database; bad URLs and damaged files."""

from __future__ import annotations

from pathlib import Path

import pytest

from kotra_invest.domain.errors import StorageError, ValidationError
from kotra_invest.services.database import connect
from kotra_invest.services.investors import InvestorDraft, create_investor, list_investors, search_investors
from kotra_invest.services.unit_of_work import Context
from kotra_invest.store import backup
from kotra_invest.store.engine import integrity_problems, open_database


def _names(ctx: Context) -> list[str]:
    return [r.name for r in list_investors(ctx).rows]


@pytest.mark.parametrize("url", ["foo://bar", "not a url at all", "mysql://x@y/z"])
def test_an_unusable_url_is_named_in_the_error(url: str) -> None:
    with pytest.raises(StorageError) as caught:
        connect(url)
    assert caught.value.code == "database_url"


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    damaged = tmp_path / "kotra.sqlite3"
    damaged.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 100)
    before = damaged.read_bytes()

    with pytest.raises(StorageError) as caught:
        connect(f"sqlite:///{damaged}")

    assert caught.value.code == "database_corrupt"
    assert damaged.read_bytes() == before


def test_a_database_with_damaged_pages_is_reported(tmp_path: Path, sqlite_url: str) -> None:
    db = connect(sqlite_url)
    ctx = Context(db, "tester")
    for i in range(300):
        create_investor(ctx, InvestorDraft(name=f"Company {i}", notes="x" * 500))
    path = db.sqlite_path
    db.dispose()
    assert path is not None
    data = bytearray(path.read_bytes())
    data[8192:40960] = b"\xff" * (40960 - 8192)  # trash pages past the header
    path.write_bytes(bytes(data))

    try:
        damaged = open_database(sqlite_url)
    except StorageError as exc:
        assert exc.code in ("database_corrupt", "database_unreachable")
    else:
        assert integrity_problems(damaged)
        damaged.dispose()


def test_backup_and_restore_bring_back_exactly_the_saved_state(tmp_path: Path, sqlite_url: str) -> None:
    db = connect(sqlite_url)
    ctx = Context(db, "tester")
    create_investor(ctx, InvestorDraft(name="Before Backup GmbH"))
    saved = backup.backup(db, tmp_path / "saved.sqlite3")
    create_investor(ctx, InvestorDraft(name="After Backup Ltd"))
    assert _names(ctx) == ["After Backup Ltd", "Before Backup GmbH"]

    db.dispose()
    previous = backup.restore(db.sqlite_path, saved)  # type: ignore[arg-type]

    db = connect(sqlite_url)
    ctx = Context(db, "tester")
    assert _names(ctx) == ["Before Backup GmbH"]
    assert previous is not None and previous.exists()  # what was replaced is kept too
    db.dispose()


def test_restoring_a_bad_file_changes_nothing(tmp_path: Path, sqlite_url: str) -> None:
    db = connect(sqlite_url)
    ctx = Context(db, "tester")
    create_investor(ctx, InvestorDraft(name="Keep Me AG"))
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a backup")
    other = tmp_path / "other.sqlite3"
    open_database(f"sqlite:///{other}").dispose()  # an SQLite file, but not ours

    newer = tmp_path / "newer.sqlite3"
    backup.backup(db, newer)
    with open_database(f"sqlite:///{newer}").engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099'")
    db.dispose()

    for bad in (junk, other, newer, tmp_path / "missing.sqlite3", db.sqlite_path):
        with pytest.raises(StorageError) as caught:
            backup.restore(db.sqlite_path, bad)  # type: ignore[arg-type]
        assert caught.value.code == "restore_failed"

    db = connect(sqlite_url)
    assert _names(Context(db, "tester")) == ["Keep Me AG"]
    db.dispose()


def test_automatic_backups_rotate(sqlite_url: str) -> None:
    db = connect(sqlite_url)
    for _ in range(backup.KEEP_BACKUPS + 3):
        backup.backup(db, reason="daily")
    assert len(backup.list_backups(db)) == backup.KEEP_BACKUPS
    db.dispose()


def test_a_server_backup_is_a_pg_dump_archive(pg_url: str, tmp_path: Path) -> None:
    from kotra_invest.services.database import upgrade

    upgrade(pg_url)
    db = connect(pg_url)
    create_investor(Context(db, "tester"), InvestorDraft(name="On The Server SA"))
    target = backup.backup(db, tmp_path / "server.dump")
    db.dispose()
    assert target.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format, for pg_restore


def test_a_damaged_database_can_be_restored_from_its_backup(tmp_path: Path, sqlite_url: str) -> None:
    db = connect(sqlite_url)
    create_investor(Context(db, "tester"), InvestorDraft(name="Worth Keeping KK"))
    saved = backup.backup(db, tmp_path / "good.sqlite3")
    path = db.sqlite_path
    db.dispose()
    assert path is not None
    path.write_bytes(b"\x00" * 4096 + path.read_bytes()[4096:])  # the header is gone

    kept = backup.restore(path, saved)

    db = connect(sqlite_url)
    assert _names(Context(db, "tester")) == ["Worth Keeping KK"]
    db.dispose()
    assert kept is not None and kept.read_bytes()[:16] == b"\x00" * 16  # the damaged file is kept, as it was


def test_another_programs_sqlite_file_is_left_alone(tmp_path: Path) -> None:
    import sqlite3

    theirs = tmp_path / "budget.db"
    with sqlite3.connect(theirs) as conn:
        conn.execute("CREATE TABLE ledger (amount INTEGER)")
    before = theirs.read_bytes()
    with pytest.raises(StorageError) as caught:
        connect(f"sqlite:///{theirs}")
    assert caught.value.code == "not_our_database"
    with sqlite3.connect(theirs) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["ledger"]
    assert len(theirs.read_bytes()) == len(before)


def _damage(path: Path) -> None:
    for leftover in path.parent.glob(path.name + "-*"):
        leftover.unlink()
    path.write_bytes(b"\x00" * 100 + path.read_bytes()[100:])


def test_a_damaged_database_names_its_latest_good_backup(sqlite_url: str) -> None:
    from kotra_invest.services.database import restore_backup

    db = connect(sqlite_url)
    create_investor(Context(db, "tester"), InvestorDraft(name="In The Backup BV"))
    good = backup.backup(db, reason="daily")
    path = db.sqlite_path
    db.dispose()
    assert path is not None
    (path.parent / "backups" / f"{path.stem}-99999999T000000000000Z-daily.sqlite3").write_text("a broken newer one")
    _damage(path)

    with pytest.raises(StorageError) as caught:
        connect(sqlite_url)
    assert caught.value.code == "database_corrupt_backup"
    assert caught.value.params["backup"] == str(good)  # the broken newer file is passed over
    assert f'kotra-invest db restore "{good}"' in caught.value.message("en")

    restore_backup(sqlite_url, good)
    db = connect(sqlite_url)
    assert _names(Context(db, "tester")) == ["In The Backup BV"]
    db.dispose()


def test_the_daily_backup_is_taken_once_a_day(sqlite_url: str) -> None:
    import os
    import time

    from kotra_invest.services.database import daily_backup

    db = connect(sqlite_url)
    create_investor(Context(db, "tester"), InvestorDraft(name="Daily Co"))
    first = daily_backup(db)
    assert first is not None and first.exists()
    assert daily_backup(db) is None  # not again the same day
    a_day_ago = time.time() - 25 * 3600
    os.utime(first, (a_day_ago, a_day_ago))
    second = daily_backup(db)
    assert second is not None and second != first
    db.dispose()


# --- the daily backup off the start path, and its disk cost (issue 15) -------------------------


def test_a_paced_backup_is_one_snapshot_though_the_app_writes_between_its_steps(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    ctx = Context(connect(sqlite_url), "tester")
    for i in range(300):  # a few hundred pages, so the copy takes many steps
        create_investor(ctx, InvestorDraft(name=f"Before {i:03d}", notes="기록 " * 200))
    monkeypatch.setattr(backup, "STEP_PAGES", 8)
    writes: list[int] = []

    def an_officer_saves_meanwhile(_seconds: float) -> None:
        if not writes:  # between the first two steps: a save through the app's own engine
            create_investor(ctx, InvestorDraft(name="Saved During The Backup"))
        writes.append(1)

    monkeypatch.setattr(backup.time, "sleep", an_officer_saves_meanwhile)
    target = backup.backup(ctx.db, reason="daily", pace=backup.Pace.new())
    assert len(writes) > 10  # it did go in many small steps, with a pause after each
    copy = sqlite3.connect(target)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    names = {name for (name,) in copy.execute("SELECT name FROM investor")}
    copy.close()
    assert len(names) == 300 and "Saved During The Backup" not in names  # the snapshot at its start
    assert [r.name for r in search_investors(ctx, "Saved During")] == ["Saved During The Backup"]  # saved, not lost
    ctx.db.dispose()


def test_a_cancelled_backup_leaves_nothing_behind(sqlite_url: str) -> None:
    db = connect(sqlite_url)
    create_investor(Context(db, "tester"), InvestorDraft(name="Co"))
    pace = backup.Pace.new()
    pace.cancel.set()
    with pytest.raises(backup.BackupCancelled):
        backup.backup(db, reason="daily", pace=pace)
    assert list(backup.backup_folder(db).iterdir()) == []
    db.dispose()


def test_the_number_of_backups_kept_is_a_setting_of_the_database(sqlite_url: str) -> None:
    from kotra_invest.services.database import backup_disk_use, backups_kept, set_backups_kept

    db = connect(sqlite_url)
    ctx = Context(db, "tester")
    assert backups_kept(ctx) == backup.KEEP_BACKUPS
    set_backups_kept(ctx, 2)
    for _ in range(4):
        backup.backup(db, reason="daily")
    manual = backup.backup(db)  # made by hand: never rotated away
    listed, total = backup_disk_use(ctx)
    assert listed[0][0] == manual and len(listed) == 3
    assert total == sum(p.stat().st_size for p in backup.list_backups(db)) > 0
    with pytest.raises(ValidationError):
        set_backups_kept(ctx, 0)
    assert backups_kept(ctx) == 2
    db.dispose()


def test_the_backups_commands_show_the_total_and_refuse_a_bad_count(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from kotra_invest.cli import main

    db = connect(sqlite_url)
    backup.backup(db, reason="daily")
    db.dispose()
    assert main(["--db", sqlite_url, "--lang", "en", "backups", "keep", "4"]) == 0
    assert "newest 4 automatic backups" in capsys.readouterr().out
    assert main(["--db", sqlite_url, "--lang", "en", "backups", "list"]) == 0
    out = capsys.readouterr().out
    assert "1 backups" in out and "in all" in out and "newest 4" in out and "-daily.sqlite3" in out
    assert main(["--db", sqlite_url, "--lang", "ko", "backups", "keep", "99"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "99" in err
    assert main(["--db", sqlite_url, "--lang", "ko", "backups", "list"]) == 0
    assert "최근 4개" in capsys.readouterr().out
