"""The personal-data access log (개인정보 접속기록) on both engines: views, prints and downloads
recorded with who, which PC, whose data and why; no print or download without a reason; the
monthly review (JSON and a workbook LibreOffice opens); append-only, chained, purged only past
its retention with the chain still verifiable."""

from __future__ import annotations

import csv
import dataclasses
import json
import os
import shutil
import subprocess
import sys
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from mission_data import build_home
from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from kotra_invest.briefing.assemble import delegation_pack, investor_profile
from kotra_invest.domain.errors import ValidationError
from kotra_invest.domain.models import AccessEntry, Contact
from kotra_invest.services import access_log, records
from kotra_invest.services.audit_trail import verify
from kotra_invest.services.contacts import CONTACT
from kotra_invest.services.investors import investor_page
from kotra_invest.services.privacy import export_contact
from kotra_invest.services.unit_of_work import Context, unit_of_work
from kotra_invest.sync.pack import export_pack


def _entries(ctx: Context) -> list[AccessEntry]:
    with unit_of_work(ctx) as s:
        return list(s.scalars(select(AccessEntry).order_by(AccessEntry.seq)))


def _month() -> str:
    return datetime.now(UTC).strftime("%Y-%m")


def _cli(db_url: str, *args: str, user: str = "cli.tester") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KOTRA_INVEST_LANG": "en", "KOTRA_INVEST_USER": user}
    return subprocess.run(
        [sys.executable, "-m", "kotra_invest", "--db", db_url, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def _chains_intact(ctx: Context) -> bool:
    return all(r.broken is None for r in verify(ctx))


def test_viewing_exporting_and_printing_are_recorded(db_url: str, ctx: Context, tmp_path: Path) -> None:
    mission = build_home(ctx)
    records.get(ctx, CONTACT, mission.contact)  # the contact editor opens
    investor_page(ctx, mission.acme)  # the investor window lists Acme's contacts
    export_pack(ctx, mission.delegation, tmp_path / "trip.kipack")
    investor_profile(dataclasses.replace(ctx, access_reason="call with the CFO"), mission.acme, "en")

    view, window, pack, profile = _entries(ctx)
    contact = str(mission.contact)
    assert (view.action, view.what, json.loads(view.contact_ids or "[]")) == ("view", "contact", [contact])
    assert (window.action, window.what, window.subject) == ("view", "investor_window", str(mission.acme))
    assert json.loads(window.contact_ids or "[]") == [contact]
    assert (pack.action, pack.what, pack.contact_count, pack.reason) == ("download", "mission_pack", 1, "testing")
    assert (profile.action, profile.what, profile.reason) == ("print", "investor_profile", "call with the CFO")
    for e in (view, window, pack, profile):
        assert e.actor == "tester" and e.host and e.source == "test"
    assert view.reason is None  # a view needs none
    assert _chains_intact(ctx)


def test_no_print_or_download_without_a_reason(db_url: str, ctx: Context, tmp_path: Path) -> None:
    mission = build_home(ctx)
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    silent = dataclasses.replace(ctx, access_reason="  ")
    for attempt in (
        lambda: export_contact(silent, mission.contact, tmp_path),
        lambda: export_pack(silent, mission.delegation, tmp_path / "trip.kipack"),
        lambda: delegation_pack(silent, mission.delegation, "en"),
        lambda: investor_profile(silent, mission.acme, "en"),
    ):
        with pytest.raises(ValidationError) as refused:
            attempt()
        assert "needs a reason" in refused.value.message("en")
    assert list(tmp_path.iterdir()) == []
    assert _entries(ctx) == []


def test_the_cli_asks_for_a_reason_and_writes_nothing_without_one(sqlite_url: str, tmp_path: Path) -> None:
    from kotra_invest.services.database import connect

    home = Context(db=connect(sqlite_url), actor="tester", source="test")
    try:
        mission = build_home(home)
    finally:
        home.db.dispose()
    out = tmp_path / "out"
    out.mkdir()
    for args in (
        ("privacy", "export", str(mission.contact), str(out)),
        ("pack", "export", str(mission.delegation), str(out / "trip.kipack")),
        ("profile", str(mission.acme), "--pdf", str(out / "acme.pdf")),
        ("brief", str(mission.delegation), "--xlsx", str(out / "brief.xlsx")),
    ):
        refused = _cli(sqlite_url, *args)
        assert refused.returncode == 2, refused.stderr
        assert refused.stderr.strip().splitlines() == [
            'kotra-invest: Printing or downloading personal data needs a reason: give it with --reason "…".'
        ]
    assert list(out.iterdir()) == []
    done = _cli(sqlite_url, "privacy", "export", str(mission.contact), str(out), "--reason", "subject access request 7")
    assert done.returncode == 0, done.stderr
    assert len(list(out.iterdir())) == 2
    home = Context(db=connect(sqlite_url), actor="tester")
    try:
        [entry] = _entries(home)
    finally:
        home.db.dispose()
    assert (entry.action, entry.what, entry.reason) == ("download", "privacy_export", "subject access request 7")
    assert entry.actor == "cli.tester"


def test_the_monthly_report_counts_and_flags(db_url: str, ctx: Context, tmp_path: Path) -> None:
    mission = build_home(ctx)
    records.get(ctx, CONTACT, mission.contact)
    records.get(ctx, CONTACT, mission.contact)
    export_pack(ctx, mission.delegation, tmp_path / "trip.kipack")
    investor_profile(ctx, mission.acme, "en")
    now = datetime.now(UTC)
    bulk = [uuid.uuid4() for _ in range(access_log.VOLUME_FLOOR + 10)]
    with unit_of_work(ctx) as s:
        # Park usually prints a handful a month; this month a list of 60.
        for months_ago in (1, 2, 3):
            s.add(_old_entry("park", now - timedelta(days=31 * months_ago), bulk[:5]))
        s.add(_old_entry("park", now, bulk))
        # Lee prints as much every month: a lot, but their usual.
        for months_ago in (0, 1, 2, 3, 4, 5, 6):
            s.add(_old_entry("lee", now - timedelta(days=31 * months_ago), bulk))
        s.commit()

    report = access_log.monthly_report(ctx, _month()).as_dict()
    by_officer = {o["officer"]: o for o in report["officers"]}
    tester = by_officer["tester"]
    assert (tester["views"], tester["prints"], tester["downloads"]) == (2, 1, 1)
    assert tester["contacts_printed_or_downloaded"] == 2 and not tester["flagged"]
    assert by_officer["park"]["flagged"] and by_officer["park"]["contacts_printed_or_downloaded"] == len(bulk)
    assert not by_officer["lee"]["flagged"]
    assert report["flagged"] == ["park"]
    assert "3x their monthly average" in report["rule"]

    # The same through the command line: JSON on stdout, and a workbook.
    xlsx = tmp_path / "review.xlsx"
    result = _cli(db_url, "access-log", "report", "--month", _month(), "--json", "--xlsx", str(xlsx))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["flagged"] == ["park"]
    summary = openpyxl.load_workbook(xlsx)["Summary"]
    rows = [[c.value for c in r] for r in summary.iter_rows()]
    header = rows.index(
        [
            "Officer",
            "Views",
            "Prints",
            "Downloads",
            "Contacts viewed",
            "Contacts printed/downloaded",
            "Usual per month",
            "Unusual",
            "PCs",
        ]
    )
    assert rows[header + 1][0] == "park" and rows[header + 1][7] == "YES"
    assert any(r[0] == "tester" and r[1:4] == [2, 1, 1] for r in rows)
    assert "3x their monthly average" in str(rows[1][0])

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice not installed (.ci/bootstrap installs libreoffice-calc-nogui)")
    converted = tmp_path / "converted"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "csv",
            "--outdir",
            str(converted),
            str(xlsx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    lines = list(csv.reader((converted / "review.csv").read_text(encoding="utf-8").splitlines()))
    assert any(line[:4] == ["tester", "2", "1", "1"] for line in lines), lines
    assert any(line and line[0] == "park" and line[7] == "YES" for line in lines), lines


def _old_entry(actor: str, at: datetime, contacts: list[uuid.UUID]) -> AccessEntry:
    return AccessEntry(
        at=at,
        actor=actor,
        host="pc-7",
        address="10.1.2.3",
        action="print",
        what="contact_list",
        contact_ids=json.dumps(sorted(map(str, contacts))),
        contact_count=len(contacts),
        reason="mailing",
        source="desktop",
    )


def test_the_log_is_append_only_and_purged_only_past_retention(db_url: str, ctx: Context) -> None:
    contacts = [uuid.uuid4()]
    now = datetime.now(UTC)
    with unit_of_work(ctx) as s:
        for days_ago in (1200, 1100, 900, 10, 1):
            s.add(_old_entry("park", now - timedelta(days=days_ago), contacts))
        s.commit()
    with pytest.raises(ValidationError):
        access_log.set_retention_days(ctx, 365)
    assert access_log.retention_days(ctx) == 730

    url = make_url(db_url)
    engine = create_engine(url, poolclass=NullPool)
    with engine.connect() as conn:
        for attack in ("UPDATE access_log SET reason = 'x'", "DELETE FROM access_log"):
            with pytest.raises(Exception, match="append-only"):
                conn.exec_driver_sql(attack)
            conn.rollback()
    engine.dispose()

    assert access_log.purge(ctx) == 3
    entries = _entries(ctx)
    assert [e.action for e in entries] == ["print", "print", "purge"]
    assert _chains_intact(ctx)
    assert access_log.purge(ctx) == 0


def test_entries_removed_without_a_purge_are_found(sqlite_url: str) -> None:
    import sqlite3

    from kotra_invest.services.database import connect

    ctx = Context(db=connect(sqlite_url), actor="tester")
    with unit_of_work(ctx) as s:
        for days_ago in (1000, 900, 1):
            s.add(_old_entry("park", datetime.now(UTC) - timedelta(days=days_ago), [uuid.uuid4()]))
        s.commit()
    first = _entries(ctx)[0]
    raw = sqlite3.connect(str(make_url(sqlite_url).database))
    raw.execute("DELETE FROM access_log WHERE seq = 1")  # old enough for the guard, but no purge says so
    raw.commit()
    raw.close()
    [_audit, access] = verify(ctx)
    assert access.broken is not None
    assert "removed without a purge" in access.broken.reason
    assert access.broken.seq == first.seq + 1
    with unit_of_work(ctx) as s:
        assert s.scalar(select(func.count()).select_from(AccessEntry)) == 2
        assert s.scalar(select(func.count()).select_from(Contact)) == 0
    ctx.db.dispose()


def test_a_history_holding_a_contact_is_a_download(db_url: str, ctx: Context, tmp_path: Path) -> None:
    from kotra_invest.services.history import export_history

    mission = build_home(ctx)
    silent = dataclasses.replace(ctx, access_reason=None)
    with pytest.raises(ValidationError):
        export_history(silent, "investor", mission.acme, tmp_path / "acme.xlsx")
    assert not (tmp_path / "acme.xlsx").exists()
    export_history(silent, "delegation", mission.delegation, tmp_path / "trip.xlsx")  # no one's personal data
    export_history(ctx, "contact", mission.contact, tmp_path / "ada.xlsx")
    [entry] = _entries(ctx)
    assert (entry.action, entry.what, entry.reason) == ("download", "history_export", "testing")
    assert json.loads(entry.contact_ids or "[]") == [str(mission.contact)]
