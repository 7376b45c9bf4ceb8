"""Mission packs as files: what goes in, who may open them, and what is refused before any merge."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from mission_data import Mission, build_home, edit, fingerprint, get, open_pack_ctx
from sqlalchemy import select

from kotra_invest.domain.errors import StorageError
from kotra_invest.domain.models import Contact, FdiAmount, Industry, Investor, Project
from kotra_invest.services.database import connect
from kotra_invest.services.unit_of_work import Context, unit_of_work
from kotra_invest.store.engine import SQLITE_HEADER, integrity_problems
from kotra_invest.sync.merge import apply_merge, plan_merge
from kotra_invest.sync.pack import export_pack, pack_info


@pytest.fixture
def mission(ctx: Context) -> Mission:
    return build_home(ctx)


def test_a_pack_holds_the_delegation_its_investors_and_reference_data_but_no_hidden_project(
    ctx: Context, mission: Mission, tmp_path: Path
) -> None:
    with unit_of_work(ctx) as s:
        robot_id = s.scalar(select(Industry.id).where(Industry.code == "ROBOT"))
    admin = Context(db=ctx.db, actor="home-admin", source="test")  # reference data: admins only
    edit(admin, Industry, robot_id, name_en="Robots & AI")  # renamed at home: the pack carries home's names
    path = tmp_path / "trip.kipack"
    info = export_pack(ctx, mission.delegation, path)

    assert path.read_bytes()[:16] != SQLITE_HEADER  # SQLCipher: every page checked on reading
    assert not list(tmp_path.glob("*.partial*"))
    assert (info.delegation_title, info.cut_by, info.protected) == ("대전 AI·로봇 투자유치단", "tester", False)
    assert pack_info(ctx) is None  # home is no pack
    pctx = open_pack_ctx(path)
    try:
        shown = pack_info(pctx)
        assert shown is not None
        assert (shown.delegation_id, shown.source, shown.pack_id) == (
            mission.delegation,
            ctx.db.describe(),
            info.pack_id,
        )
        with unit_of_work(pctx) as s:
            names = set(s.scalars(select(Investor.name)))
            projects = set(s.scalars(select(Project.title)))
            amounts = s.scalars(select(FdiAmount.project_id)).all()
            robot = s.scalar(select(Industry.name_en).where(Industry.code == "ROBOT"))
        assert names == {"Acme Robotics", "Borg Batteries", "Cyberdyne Systems"}  # not the outsider
        assert projects == {"Daejeon plant"}  # the confidential project of another office stays home
        assert amounts == [mission.project]
        assert robot == "Robots & AI"
    finally:
        pctx.db.dispose()


def test_the_trips_briefing_book_is_made_from_the_pack_abroad(ctx: Context, mission: Mission, tmp_path: Path) -> None:
    """Abroad the pack is the database, and the leader prints the trip's book from it (the desktop's
    Export briefing: the book, its pre-flight check, the calendar's revisions). The book's key
    figures opened a second unit of work inside the first: on a pack's single connection that
    failed with "cannot start a transaction within a transaction"."""
    from dataclasses import replace

    from kotra_invest.briefing.assemble import delegation_pack
    from kotra_invest.briefing.preflight import preflight
    from kotra_invest.services.calendar import itinerary_revisions

    path = tmp_path / "trip.kipack"
    export_pack(ctx, mission.delegation, path)
    abroad = replace(open_pack_ctx(path), access_reason="printing the book abroad")
    try:
        book = delegation_pack(abroad, mission.delegation, "en")
        assert [p.name for p in book.investors] == [
            p.name for p in delegation_pack(ctx, mission.delegation, "en").investors
        ]
        assert "Acme Robotics" in [p.name for p in book.investors]
        preflight(book)
        itinerary_revisions(abroad, mission.delegation)
    finally:
        abroad.db.dispose()


@pytest.mark.parametrize("key", ["database_id", "pack_delegation_id", "pack_records"])
def test_a_pack_whose_identity_is_stored_as_bytes_is_damaged_not_a_crash(
    ctx: Context, mission: Mission, tmp_path: Path, key: str
) -> None:
    """A hand-edited pack holding a setting as a BLOB (tests/test_pack_fuzz.py found it): the merge
    stopped with a TypeError from uuid.UUID(b"") instead of saying the pack is damaged."""
    import sqlcipher3

    from kotra_invest.store.engine import PACK_DEFAULT_KEY

    path = tmp_path / "trip.kipack"
    export_pack(ctx, mission.delegation, path)
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = '{PACK_DEFAULT_KEY}'")
        conn.execute("UPDATE app_setting SET value = ? WHERE key = ?", (b"", key))
        conn.commit()
    finally:
        conn.close()
    before = fingerprint(ctx.db)
    with pytest.raises(StorageError) as refused:
        plan_merge(ctx, path)
    assert refused.value.code == "pack_damaged"
    assert fingerprint(ctx.db) == before


def test_a_protected_pack_needs_its_passphrase(ctx: Context, mission: Mission, tmp_path: Path) -> None:
    path = tmp_path / "trip.kipack"
    passphrase = "비밀 'pass\"phrase"
    assert export_pack(ctx, mission.delegation, path, passphrase=passphrase).protected
    before = fingerprint(ctx.db)

    for given, code in ((None, "pack_locked"), ("wrong", "pack_wrong_passphrase")):
        with pytest.raises(StorageError) as refused:
            plan_merge(ctx, path, given)
        assert refused.value.code == code
        assert str(path) in refused.value.message("en")
    with pytest.raises(StorageError) as wrong:
        connect(f"sqlite:///{path}", passphrase="wrong")
    assert wrong.value.code == "pack_wrong_passphrase"
    assert fingerprint(ctx.db) == before

    pctx = open_pack_ctx(path, passphrase)
    try:
        edit(pctx, Contact, mission.contact, phone="+1 408 555 0100")
        assert pack_info(pctx).protected  # type: ignore[union-attr]
    finally:
        pctx.db.dispose()
    apply_merge(ctx, plan_merge(ctx, path, passphrase))
    assert get(ctx, Contact, mission.contact).phone == "+1 408 555 0100"


def test_a_pack_from_another_database_is_refused(ctx: Context, mission: Mission, tmp_path: Path) -> None:
    path = tmp_path / "trip.kipack"
    export_pack(ctx, mission.delegation, path)
    other = Context(db=connect(f"sqlite:///{tmp_path / 'other.sqlite3'}"), actor="tester")
    try:
        before = fingerprint(other.db)
        with pytest.raises(StorageError) as refused:
            plan_merge(other, path)
        assert refused.value.code == "pack_other_database"
        assert fingerprint(other.db) == before
    finally:
        other.db.dispose()


def _truncate_half(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _drop_last_page(data: bytes) -> bytes:
    return data[:-4096]


def _flip(offset: Callable[[int], int]) -> Callable[[bytes], bytes]:
    def damage(data: bytes) -> bytes:
        at = offset(len(data))
        return data[:at] + bytes([data[at] ^ 0x10]) + data[at + 1 :]

    return damage


DAMAGE = {
    "truncated to half": _truncate_half,
    "last page cut off": _drop_last_page,
    "bit flipped in the first page": _flip(lambda n: 100),
    "bit flipped in the middle": _flip(lambda n: n // 2 + 7),
    "bit flipped in the last byte": _flip(lambda n: n - 1),
    "a text file": lambda data: b"just some notes from the trip\n" * 50,
    "an empty file": lambda data: b"",
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_or_foreign_file_is_refused_and_home_is_unchanged(
    ctx: Context, mission: Mission, tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    path = tmp_path / "trip.kipack"
    export_pack(ctx, mission.delegation, path)
    path.write_bytes(damage(path.read_bytes()))
    before = fingerprint(ctx.db)
    with pytest.raises(StorageError) as refused:
        plan_merge(ctx, path)
    assert refused.value.code in ("pack_damaged", "pack_locked", "not_a_pack")
    assert str(path) in refused.value.message("en")
    assert fingerprint(ctx.db) == before
    assert integrity_problems(ctx.db) == []


def test_an_ordinary_database_or_a_missing_file_is_not_a_pack(ctx: Context, tmp_path: Path) -> None:
    plain = tmp_path / "plain.sqlite3"
    connect(f"sqlite:///{plain}").dispose()
    with pytest.raises(StorageError) as refused:
        plan_merge(ctx, plain)
    assert refused.value.code == "not_a_pack"
    with pytest.raises(StorageError) as missing:
        plan_merge(ctx, tmp_path / "nowhere.kipack")
    assert missing.value.code == "pack_missing"


# --- the command line ----------------------------------------------------------------------


def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
        "KOTRA_INVEST_LANG": "en",
        "KOTRA_INVEST_USER": "tester",
    }
    env.pop("KOTRA_INVEST_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "kotra_invest", *args], capture_output=True, text=True, env=env, timeout=300, check=False
    )


def _columns(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    for word in words:
        assert word in line, line


def test_cli_export_dry_run_conflict_report_and_merge(sqlite_url: str, tmp_path: Path) -> None:
    home = Context(db=connect(sqlite_url), actor="tester")
    try:
        mission = build_home(home)
    finally:
        home.db.dispose()
    pack = tmp_path / "trip.kipack"
    secret = tmp_path / "passphrase.txt"
    secret.write_text("correct horse\n", encoding="utf-8")
    exported = _cli(
        tmp_path,
        "--db",
        sqlite_url,
        "pack",
        "export",
        "대전 AI",
        str(pack),
        "--passphrase-file",
        str(secret),
        "--reason",
        "trip to Daejeon",
    )
    assert exported.returncode == 0, exported.stderr
    assert "3" in exported.stdout and str(pack) in exported.stdout

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("battery staple\n", encoding="utf-8")
    _one_line_error(
        _cli(tmp_path, "--db", sqlite_url, "pack", "merge", str(pack), "--passphrase-file", str(wrong)),
        "Wrong passphrase",
    )
    info = _cli(tmp_path, "pack", "info", str(pack), "--passphrase-file", str(secret), "--json")
    assert json.loads(info.stdout)["delegation_id"] == str(mission.delegation)

    abroad = open_pack_ctx(pack, "correct horse")
    try:
        edit(abroad, Contact, mission.contact, job_title="CEO")
        edit(abroad, Investor, mission.borg, website="https://borg.example")
    finally:
        abroad.db.dispose()
    home = Context(db=connect(sqlite_url), actor="tester")
    try:
        edit(home, Contact, mission.contact, job_title="Chief Financial Officer")
        before = fingerprint(home.db)
    finally:
        home.db.dispose()

    merge = ("--db", sqlite_url, "pack", "merge", str(pack), "--passphrase-file", str(secret))
    dry = _cli(tmp_path, *merge, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "would change" in dry.stdout and "CONFLICT Contact 'Ada Lovelace' job_title" in dry.stdout
    # In Korean the kinds of records are words too, each count line's numbers in one column.
    korean = _cli(tmp_path, "--lang", "ko", *merge, "--dry-run")
    assert korean.returncode == 0, korean.stderr
    assert "충돌 연락처 'Ada Lovelace' job_title" in korean.stdout
    counted = [line for line in korean.stdout.splitlines() if "추가 예정" in line]
    assert counted and all(line.split()[0] not in ("contact", "investor", "interaction") for line in counted)
    assert any(line.startswith("투자가 ") for line in counted)
    assert len({_columns(line.split("추가 예정")[0]) for line in counted}) == 1
    report = tmp_path / "conflicts.json"
    _one_line_error(_cli(tmp_path, *merge, "--report", str(report)), "1 conflict", str(report))
    [conflict] = json.loads(report.read_text(encoding="utf-8"))
    assert (conflict["home"], conflict["pack"], conflict["pack_by"]) == ("Chief Financial Officer", "CEO", "abroad")
    home = Context(db=connect(sqlite_url), actor="tester")
    try:
        assert fingerprint(home.db) == before  # neither the dry run nor the refused merge wrote anything
    finally:
        home.db.dispose()

    merged = _cli(tmp_path, *merge, "--prefer", "pack")
    assert merged.returncode == 0, merged.stderr
    assert "1 field(s) changed, 1 conflict(s) resolved" in merged.stdout
    again = _cli(tmp_path, *merge)
    assert again.returncode == 0 and "merged already" in again.stdout
    home = Context(db=connect(sqlite_url), actor="tester")
    try:
        assert get(home, Contact, mission.contact).job_title == "CEO"
        assert get(home, Investor, mission.borg).website == "https://borg.example"
    finally:
        home.db.dispose()


def test_a_pack_carries_the_exchange_rates_so_abroad_converts_as_home_does(ctx: Context, tmp_path: Path) -> None:
    from datetime import date
    from decimal import Decimal

    from kotra_invest.services import fx

    mission = build_home(ctx)
    fx.set_rate(ctx, "EUR", date(2026, 1, 2), Decimal("0.92"))
    path = tmp_path / "trip.kipack"
    export_pack(ctx, mission.delegation, path)
    abroad = open_pack_ctx(path)
    try:
        assert [(r.currency, r.on_date, r.units_per_usd) for r in fx.list_rates(abroad)] == [
            ("EUR", date(2026, 1, 2), Decimal("0.92"))
        ]
    finally:
        abroad.db.dispose()
    apply_merge(ctx, plan_merge(ctx, path))
    assert [r.currency for r in fx.list_rates(ctx)] == ["EUR"]  # read abroad, never merged back
