"""A mission pack's database opened by several threads at once: a pack window's pages load side by
side on the pool (the dashboard's figures and its map), each thread on a connection of its own."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import text

from kotra_invest.store.engine import cipher_url, open_database


def test_a_pack_opens_a_connection_while_another_thread_reads_it(tmp_path: Path) -> None:
    """Each new connection of a pack set the file's journal mode (to WAL, then back to the pack's
    own), which takes the file's lock: while another page was reading, the dashboard of a pack
    window failed with "database is locked" (seen as CI's pack window closing while it loaded)."""
    db = open_database(cipher_url(tmp_path / "trip.kipack", None))
    try:
        with db.engine.begin() as conn:
            conn.execute(text("CREATE TABLE note (body TEXT)"))
            conn.execute(text("INSERT INTO note VALUES ('Siemens visit')"))
        reading, read_done = threading.Event(), threading.Event()
        failures: list[BaseException] = []

        def reader() -> None:  # a page's load, inside its read transaction
            try:
                with db.engine.connect() as conn, conn.begin():
                    conn.execute(text("SELECT count(*) FROM note")).scalar()
                    reading.set()
                    read_done.wait(10)
            except BaseException as exc:
                failures.append(exc)
                reading.set()

        def second_page() -> None:  # another page's load, on a thread (and connection) of its own
            try:
                with db.engine.connect() as conn:
                    assert conn.execute(text("SELECT body FROM note")).scalar() == "Siemens visit"
                    assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
            except BaseException as exc:
                failures.append(exc)

        first = threading.Thread(target=reader)
        first.start()
        assert reading.wait(10)
        second = threading.Thread(target=second_page)
        second.start()
        second.join(20)
        read_done.set()
        first.join(20)
        assert not failures, failures
        assert not (tmp_path / "trip.kipack-wal").exists()  # the pack's journal stays in the one file
    finally:
        db.dispose()
