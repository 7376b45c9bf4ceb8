"""Merges that never lose or invent (issue 13): old copies, hostile values, copies of an open pack,
erased people, twins, and the report that stays in the history.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from mission_data import Mission, add, build_home, edit, get, open_pack_ctx
from sqlalchemy import select, text

from kotra_invest.briefing.assemble import delegation_pack
from kotra_invest.briefing.ics import export_calendar
from kotra_invest.domain.enums import FdiKind, ItineraryKind
from kotra_invest.domain.models import AuditEntry, Contact, FdiAmount, Investor, ItineraryItem, Setting
from kotra_invest.services.database import connect
from kotra_invest.services.merge_history import merge_report, merge_reports, merged_snapshot
from kotra_invest.services.privacy import erase_contact
from kotra_invest.services.unit_of_work import REDACTED, Context, unit_of_work
from kotra_invest.store.engine import Database
from kotra_invest.sync.merge import apply_merge, plan_merge, resolve_all
from kotra_invest.sync.pack import copied_open, export_pack, files_left_beside, mark_closed, mark_open, open_pack

MISSION_TABLES = ("investor", "contact", "project", "fdi_amount", "interaction", "task", "delegation",
                  "delegation_fez", "itinerary_item", "meeting_target")  # fmt: skip


def mission_state(db: Database) -> str:
    """The mission records as they are (the audit trail and the kept reports aside)."""
    digest = hashlib.sha256()
    with db.engine.connect() as conn:
        for table in MISSION_TABLES:
            for row in sorted(repr(tuple(r)) for r in conn.execute(text(f"SELECT * FROM {table}"))):
                digest.update(row.encode())
    return digest.hexdigest()


@pytest.fixture
def mission(ctx: Context) -> Mission:
    return build_home(ctx)


@pytest.fixture
def pack(ctx: Context, mission: Mission, tmp_path: Path) -> Path:
    path = tmp_path / "mission.kipack"
    export_pack(ctx, mission.delegation, path)
    return path


def _item(ctx: Context, mission: Mission) -> uuid.UUID:
    with unit_of_work(ctx) as s:
        return s.scalar(select(ItineraryItem.id).where(ItineraryItem.delegation_id == mission.delegation))  # type: ignore[return-value]


# --- an old copy merged after a newer one ----------------------------------------------------


def test_an_old_copy_merged_after_a_newer_one_reverts_nothing_and_says_already_home(
    ctx: Context, mission: Mission, pack: Path, tmp_path: Path
) -> None:
    item = _item(ctx, mission)
    abroad = open_pack_ctx(pack)
    edit(abroad, Contact, mission.contact, job_title="CEO", phone="+1 408 555 0100")
    edit(abroad, Investor, mission.acme, website="https://acme.example")
    edit(abroad, ItineraryItem, item, starts_local=datetime(2026, 4, 14, 10, 0))  # moved a day
    abroad.db.dispose()
    old_copy = tmp_path / "usb-monday.kipack"
    shutil.copy(pack, old_copy)  # Monday's copy on the USB stick
    abroad = open_pack_ctx(pack)
    edit(abroad, Contact, mission.contact, job_title="Chief Executive", deleted_at=datetime(2026, 4, 15, tzinfo=UTC))
    edit(abroad, Investor, mission.acme, website="https://acme-robotics.example", notes="met twice")
    edit(abroad, ItineraryItem, item, starts_local=datetime(2026, 4, 14, 15, 0))  # … and to the afternoon
    abroad.db.dispose()

    newer = plan_merge(ctx, pack)
    apply_merge(ctx, newer, resolve_all(newer, "pack"))
    after_newer = mission_state(ctx.db)

    older = plan_merge(ctx, old_copy)
    assert older.conflicts == () and older.updates == () and older.inserts == ()
    assert {(h.entity, h.field) for h in older.already_home} >= {
        ("contact", "job_title"),
        ("contact", "deleted_at"),
        ("investor", "website"),
        ("itinerary_item", "starts_local"),
    }
    assert all(h.reason("en").startswith("already home") for h in older.already_home)
    apply_merge(ctx, older, resolve_all(older, "pack"))  # even "keep pack for everything" reverts nothing
    assert mission_state(ctx.db) == after_newer
    contact = get(ctx, Contact, mission.contact)
    assert (contact.job_title, contact.deleted_at is not None) == ("Chief Executive", True)  # not un-deleted
    assert get(ctx, Investor, mission.acme).website == "https://acme-robotics.example"
    assert get(ctx, ItineraryItem, item).starts_local == datetime(2026, 4, 14, 15, 0)  # not moved back
    [report, _first] = merge_reports(ctx)
    assert report.counts["already_home"] == len(older.already_home) and report.counts["update"] == 0


def test_a_field_home_changed_after_merging_it_is_no_conflict_when_the_pack_moves_on(
    ctx: Context, mission: Mission, pack: Path
) -> None:
    abroad = open_pack_ctx(pack)
    edit(abroad, Investor, mission.acme, website="https://acme.example")
    abroad.db.dispose()
    apply_merge(ctx, plan_merge(ctx, pack))
    edit(ctx, Investor, mission.acme, website="https://www.acme.example")  # corrected at home since
    abroad = open_pack_ctx(pack)
    edit(abroad, Investor, mission.acme, notes="second meeting went well")
    abroad.db.dispose()
    plan = plan_merge(ctx, pack)
    assert plan.conflicts == ()
    assert [(c.field, c.pack) for c in plan.updates] == [("notes", "second meeting went well")]
    apply_merge(ctx, plan)
    assert get(ctx, Investor, mission.acme).website == "https://www.acme.example"


# --- hostile values --------------------------------------------------------------------------


def test_hostile_pack_values_are_refused_listed_and_never_stored(
    ctx: Context, mission: Mission, pack: Path, tmp_path: Path
) -> None:
    abroad = open_pack_ctx(pack)
    tranche = add(
        abroad,
        FdiAmount(
            project_id=mission.project,
            kind=FdiKind.ARRIVED,
            amount=Decimal("-5000000"),
            currency="ZZZ",
            on_date=date(2026, 4, 15),
        ),
    )
    mars = add(
        abroad,
        ItineraryItem(
            delegation_id=mission.delegation,
            kind=ItineraryKind.MEETING,
            title="Olympus",
            starts_local=datetime(2026, 4, 15, 10),
            ends_local=datetime(2026, 4, 15, 9),
            time_zone="Mars/Olympus_Mons",
        ),
    )
    gap = add(
        abroad,
        ItineraryItem(
            delegation_id=mission.delegation,
            kind=ItineraryKind.MEETING,
            title="At 02:30",
            starts_local=datetime(2026, 3, 8, 2, 30),
            time_zone="America/Los_Angeles",
        ),
    )
    edit(abroad, Contact, mission.contact, email="not an email <script>", job_title="CEO")
    good = add(abroad, Investor(name="Dyson Robotics SF"))
    abroad.db.dispose()
    before = get(ctx, Contact, mission.contact)

    plan = plan_merge(ctx, pack)
    refused = {(h.entity, h.record_id, h.field): h.reason("en") for h in plan.refused}
    assert "must not be negative" in refused[("fdi_amount", tranche, "amount")]
    assert "ISO 4217" in refused[("fdi_amount", tranche, "currency")]
    assert "Unknown time zone: Mars/Olympus_Mons" in refused[("itinerary_item", mars, "time_zone")]
    assert "end date cannot be before" in refused[("itinerary_item", mars, "starts_local")]
    assert "does not exist on that city's clocks" in refused[("itinerary_item", gap, "starts_local")]
    assert "Not a valid e-mail address: not an email <script>" in refused[("contact", mission.contact, "email")]
    assert all(h.reason("ko") != h.reason("en") for h in plan.refused)  # in Korean too
    assert {c.record_id for c in plan.inserts} == {good}  # the valid record comes
    assert [(c.field, c.pack) for c in plan.updates] == [("job_title", "CEO")]  # … and the valid edit

    summary = apply_merge(ctx, plan)
    with unit_of_work(ctx) as s:
        assert s.get(FdiAmount, tranche) is None and s.get(ItineraryItem, mars) is None
        assert s.get(ItineraryItem, gap) is None and s.get(Investor, good) is not None
    contact = get(ctx, Contact, mission.contact)
    assert (contact.email, contact.job_title) == (before.email, "CEO")
    report = merge_report(ctx, str(summary.report_id)[:8])
    assert {(h["entity"], h["field"]) for h in report["items"]["refused"]} >= {
        ("fdi_amount", "amount"),
        ("fdi_amount", "currency"),
        ("itinerary_item", "time_zone"),
        ("contact", "email"),
    }
    # The briefing still works after: no value that breaks it came home.
    assert delegation_pack(ctx, mission.delegation, "en").itinerary
    assert export_calendar(ctx, mission.delegation, "en", tmp_path / "trip.ics").exists()

    again = plan_merge(ctx, pack)  # the refused values are reported again, never slipped in later
    assert {(h.entity, h.field) for h in again.refused} >= {("fdi_amount", "amount"), ("contact", "email")}
    assert again.updates == () and again.inserts == ()


def test_a_record_hanging_on_a_refused_record_is_refused_with_it(ctx: Context, mission: Mission, pack: Path) -> None:
    abroad = open_pack_ctx(pack)
    nameless = add(abroad, Investor(name="   "))  # blank: a save refuses it
    person = add(abroad, Contact(investor_id=nameless, full_name="Someone There"))
    abroad.db.dispose()
    plan = plan_merge(ctx, pack)
    reasons = {h.record_id: h.reason("en") for h in plan.refused}
    assert set(reasons) == {nameless, person}
    assert "refused" in reasons[person]
    apply_merge(ctx, plan)
    with unit_of_work(ctx) as s:
        assert s.get(Investor, nameless) is None and s.get(Contact, person) is None


# --- an open pack copied ---------------------------------------------------------------------


def test_a_pack_copied_while_the_app_holds_it_open_carries_every_edit(
    ctx: Context, mission: Mission, pack: Path, tmp_path: Path
) -> None:
    abroad = open_pack_ctx(pack)  # the laptop's app: the pack stays open all along
    mark_open(abroad.db)
    try:
        edit(abroad, Contact, mission.contact, job_title="CEO")
        edit(abroad, Investor, mission.borg, website="https://borg.example")
        met = add(abroad, Investor(name="Met At The Reception Ltd"))
        with abroad.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
        assert not Path(f"{pack}-wal").exists()
        usb = tmp_path / "usb" / "copy.kipack"
        usb.parent.mkdir()
        shutil.copyfile(pack, usb)  # the .kipack alone, mid-session
        edit(abroad, Investor, mission.cyber, website="https://cyberdyne.example")  # after the copy
    finally:
        mark_closed(abroad.db)
        abroad.db.dispose()

    copied = open_pack(usb)
    try:
        assert files_left_beside(usb) == []
        [warning] = copied_open(copied)
        assert warning.code == "pack_copied_open" and "edits made after that are not in it" in warning.message("en")
    finally:
        copied.dispose()
    original = open_pack(pack)
    try:
        assert files_left_beside(pack) == copied_open(original) == []  # closed properly: one file, no warning
    finally:
        original.dispose()

    apply_merge(ctx, plan_merge(ctx, usb))
    assert get(ctx, Contact, mission.contact).job_title == "CEO"
    assert get(ctx, Investor, mission.borg).website == "https://borg.example"
    assert get(ctx, Investor, met).name == "Met At The Reception Ltd"
    assert get(ctx, Investor, mission.cyber).website is None  # made after the copy: not in it


def test_pack_info_names_a_wal_left_beside_the_file(ctx: Context, mission: Mission, pack: Path) -> None:
    Path(f"{pack}-wal").write_bytes(b"\0" * 4096)  # as a pack of an older version could leave it
    assert [w.code for w in files_left_beside(pack)] == ["pack_left_wal"]


# --- erasure ---------------------------------------------------------------------------------


def _everything_home_keeps(ctx: Context) -> str:
    """Every stored pack snapshot and merge report, decoded: where an erased person must not be."""
    with unit_of_work(ctx) as s:
        keys = list(s.scalars(select(Setting.key).where(Setting.key.like("merge%"))))
    parts = []
    for key in keys:
        if key.startswith("merged_pack:"):
            parts.append(repr(merged_snapshot_of(ctx, key)))
        else:
            parts.append(repr(merge_report(ctx, key.split(":", 1)[1])))
    return "\n".join(parts)


def merged_snapshot_of(ctx: Context, key: str) -> object:
    with unit_of_work(ctx) as s:
        return merged_snapshot(s, uuid.UUID(key.split(":", 1)[1]))


def test_an_erased_person_never_returns_and_leaves_no_copy_in_merged_packs(
    ctx: Context, mission: Mission, pack: Path, tmp_path: Path
) -> None:
    abroad = open_pack_ctx(pack)
    edit(abroad, Contact, mission.contact, phone="+1 408 555 0100", email="ada@acme.example")
    abroad.db.dispose()
    old_copy = tmp_path / "old.kipack"
    shutil.copy(pack, old_copy)
    apply_merge(ctx, plan_merge(ctx, pack))
    kept = _everything_home_keeps(ctx)
    assert "Ada Lovelace" in kept and "ada@acme.example" in kept  # the merge kept the person …

    erase_contact(replace(ctx, actor="home-admin"), mission.contact, "asked by e-mail")  # an admin's act
    kept = _everything_home_keeps(ctx)
    assert "Lovelace" not in kept and "ada@acme.example" not in kept and "555 0100" not in kept  # … until erased

    abroad = open_pack_ctx(pack)  # worked on further abroad, with the person still in it
    edit(abroad, Contact, mission.contact, job_title="CEO")
    abroad.db.dispose()
    for path in (pack, old_copy):
        plan = plan_merge(ctx, path)
        assert [c for c in plan.conflicts if c.entity == "contact"] == []
        assert [c for c in plan.updates if c.entity == "contact"] == []
        [erased] = plan.erased
        assert (erased.record_id, erased.reason("en")) == (mission.contact, "erased on request, not restored")
        apply_merge(ctx, plan, resolve_all(plan, "pack"))  # "keep pack" for everything
        contact = get(ctx, Contact, mission.contact)
        assert (contact.full_name, contact.email, contact.job_title) == (REDACTED, None, None)
        assert contact.deleted_at is not None
        kept = _everything_home_keeps(ctx)
        assert "Lovelace" not in kept and "ada@acme.example" not in kept


# --- twins -----------------------------------------------------------------------------------


def test_the_same_person_created_on_both_sides_is_offered_as_a_merge(
    ctx: Context, mission: Mission, pack: Path
) -> None:
    at_home = add(ctx, Contact(investor_id=mission.acme, full_name="Grace Hopper", email="grace@acme.example"))
    namesake = add(ctx, Contact(investor_id=mission.borg, full_name="Alan Turing"))
    home_company = add(ctx, Investor(name="Nimbus Robotics"))
    abroad = open_pack_ctx(pack)
    by_mail = add(abroad, Contact(investor_id=mission.acme, full_name="Grace B. Hopper", email="Grace@Acme.example"))
    by_name = add(abroad, Contact(investor_id=mission.borg, full_name="alan turing"))
    stranger = add(abroad, Contact(investor_id=mission.acme, full_name="Alan Turing"))  # another company
    company = add(abroad, Investor(name="NIMBUS ROBOTICS"))
    abroad.db.dispose()

    plan = plan_merge(ctx, pack)
    twins = {(t.entity, t.pack_id, t.home_id, t.why) for t in plan.twins}
    assert twins == {
        ("contact", by_mail, at_home, "email"),
        ("contact", by_name, namesake, "name"),
        ("investor", company, home_company, "name"),
    }
    assert stranger not in {t.pack_id for t in plan.twins}
    assert "merge the two records" in plan.twins[0].reason("en")
    summary = apply_merge(ctx, plan)
    with unit_of_work(ctx) as s:  # both kept until someone merges them: nothing lost
        assert all(s.get(Contact, i) is not None for i in (at_home, by_mail, by_name, stranger))
    report = merge_report(ctx, summary.report_id)  # type: ignore[arg-type]
    assert {(t["record_id"], t["home_id"]) for t in report["items"]["twin"]} == {
        (str(by_mail), str(at_home)),
        (str(by_name), str(namesake)),
        (str(company), str(home_company)),
    }


# --- the command line ------------------------------------------------------------------------


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


def test_cli_merge_lists_what_it_refused_and_the_report_reopens(sqlite_url: str, tmp_path: Path) -> None:
    home = Context(db=connect(sqlite_url), actor="tester", access_reason="testing")
    try:
        mission = build_home(home)
        pack = tmp_path / "trip.kipack"
        export_pack(home, mission.delegation, pack)
    finally:
        home.db.dispose()
    abroad = open_pack_ctx(pack)
    mark_open(abroad.db)  # the app abroad still has it open when the copy is made
    try:
        add(
            abroad,
            ItineraryItem(
                delegation_id=mission.delegation,
                kind=ItineraryKind.MEETING,
                title="Olympus",
                starts_local=datetime(2026, 4, 15, 10),
                ends_local=datetime(2026, 4, 15, 9),
                time_zone="Mars/Olympus_Mons",
            ),
        )
        edit(abroad, Contact, mission.contact, email="not an email <script>", job_title="CEO")
        usb = tmp_path / "usb.kipack"
        shutil.copyfile(pack, usb)
    finally:
        abroad.db.dispose()

    info = _cli(tmp_path, "pack", "info", str(usb))
    assert info.returncode == 0, info.stderr
    assert "WARNING: This file was copied while the pack was open" in info.stdout
    merged = _cli(tmp_path, "--db", sqlite_url, "pack", "merge", str(usb))
    assert merged.returncode == 0, merged.stderr
    assert "REFUSED Itinerary item 'Olympus' time_zone 'Mars/Olympus_Mons': Unknown time zone" in merged.stdout
    assert "REFUSED Contact 'Ada Lovelace' email 'not an email <script>': Not a valid e-mail address" in merged.stdout
    assert "1 field(s) changed" in merged.stdout and "pack reports" in merged.stdout

    listed = _cli(tmp_path, "--db", sqlite_url, "pack", "reports")
    assert listed.returncode == 0, listed.stderr
    [line] = listed.stdout.strip().splitlines()
    assert "대전 AI·로봇 투자유치단" in line and "REFUSED 3" in line
    shown = _cli(tmp_path, "--db", sqlite_url, "pack", "reports", line.split()[0])
    assert shown.returncode == 0, shown.stderr
    assert "REFUSED Itinerary item 'Olympus' time_zone 'Mars/Olympus_Mons'" in shown.stdout
    assert "CHANGED Contact 'Ada Lovelace' job_title: 'CFO' -> 'CEO'" in shown.stdout
    korean = _cli(tmp_path, "--db", sqlite_url, "--lang", "ko", "pack", "reports", line.split()[0])
    assert "거부 일정 항목 'Olympus' time_zone" in korean.stdout and "itinerary_item" not in korean.stdout
    as_json = json.loads(_cli(tmp_path, "--db", sqlite_url, "pack", "reports", line.split()[0], "--json").stdout)
    assert as_json["counts"]["refused"] == 3
    missing = _cli(tmp_path, "--db", sqlite_url, "pack", "reports", "ffffffff")
    assert (
        missing.returncode == 2 and len(missing.stderr.strip().splitlines()) == 1 and "Traceback" not in missing.stderr
    )

    brief = _cli(
        tmp_path,
        "--db",
        sqlite_url,
        "brief",
        "대전 AI",
        "--reason",
        "testing",
        "--ics",
        str(tmp_path / "trip.ics"),
        "--xlsx",
        str(tmp_path / "trip.xlsx"),
    )
    assert brief.returncode == 0, brief.stderr  # nothing that breaks the briefing came home


def test_cli_merging_an_old_copy_after_the_newer_pack_says_so_and_changes_nothing(
    sqlite_url: str, tmp_path: Path
) -> None:
    home = Context(db=connect(sqlite_url), actor="tester", access_reason="testing")
    try:
        mission = build_home(home)
        pack = tmp_path / "trip.kipack"
        export_pack(home, mission.delegation, pack)
        abroad = open_pack_ctx(pack)
        edit(abroad, Investor, mission.acme, website="https://acme.example")
        abroad.db.dispose()
        old_copy = tmp_path / "usb-monday.kipack"
        shutil.copy(pack, old_copy)  # the mid-trip copy
        abroad = open_pack_ctx(pack)
        edit(abroad, Investor, mission.acme, website="https://acme-robotics.example")
        abroad.db.dispose()
        later_copy = tmp_path / "usb-friday.kipack"

        merged = _cli(tmp_path, "--db", sqlite_url, "pack", "merge", str(pack))
        assert merged.returncode == 0, merged.stderr
        assert "1 field(s) changed" in merged.stdout
        again = _cli(tmp_path, "--db", sqlite_url, "pack", "merge", str(pack))
        assert again.returncode == 0 and "merged already" in again.stdout
        before = (mission_state(home.db), len(merge_reports(home)))

        old = _cli(tmp_path, "--db", sqlite_url, "pack", "merge", str(old_copy))
        assert old.returncode == again.returncode == 0, old.stderr
        assert "older copy of a pack whose later state was merged already; nothing was changed" in old.stdout
        assert "Merged:" not in old.stdout and "record(s) added" not in old.stdout
        assert "ALREADY HOME" in old.stdout.upper()  # what it holds that is older is still listed
        assert (mission_state(home.db), len(merge_reports(home))) == before
        korean = _cli(tmp_path, "--db", sqlite_url, "--lang", "ko", "pack", "merge", str(old_copy))
        assert korean.returncode == 0 and "옛 사본" in korean.stdout and "병합했습니다" not in korean.stdout

        # The pack worked on further (a later copy) still merges.
        abroad = open_pack_ctx(pack)
        edit(abroad, Investor, mission.acme, notes="met twice")
        abroad.db.dispose()
        shutil.copy(pack, later_copy)
        later = _cli(tmp_path, "--db", sqlite_url, "pack", "merge", str(later_copy))
        assert later.returncode == 0, later.stderr
        assert "1 field(s) changed" in later.stdout and "older copy" not in later.stdout
        assert get(home, Investor, mission.acme).notes == "met twice"
        assert get(home, Investor, mission.acme).website == "https://acme-robotics.example"
    finally:
        home.db.dispose()


def test_the_merge_writes_the_same_audit_trail_as_a_save(ctx: Context, mission: Mission, pack: Path) -> None:
    abroad = open_pack_ctx(pack)
    edit(abroad, Investor, mission.acme, website="https://acme.example")
    edit(abroad, Contact, mission.contact, deleted_at=datetime(2026, 4, 15, tzinfo=UTC))
    made = add(abroad, Investor(name="Dyson Robotics SF", tags=["로봇", "AI"]))
    abroad.db.dispose()
    before = get(ctx, Investor, mission.acme).version
    summary = apply_merge(ctx, plan_merge(ctx, pack))
    with unit_of_work(ctx) as s:
        trail = {
            (e.record_id, e.action.value, e.field): (e.old_value, e.new_value, e.actor, e.source)
            for e in s.scalars(select(AuditEntry).where(AuditEntry.change_set == summary.change_set))
        }
    assert trail[(mission.acme, "update", "website")] == (None, "https://acme.example", "tester", "merge")
    assert trail[(mission.contact, "delete", "deleted_at")][0] is None
    inserted = json.loads(trail[(made, "insert", None)][1])
    assert inserted["name"] == "Dyson Robotics SF" and inserted["tags"] == '["로봇", "AI"]'
    acme = get(ctx, Investor, mission.acme)
    assert (acme.version, acme.updated_by) == (before + 1, "tester")  # a save's bookkeeping
