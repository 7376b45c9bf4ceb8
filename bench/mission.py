"""Benchmark: mission packs — export a 300-investor delegation, merge back 10,000 changed records.

    .venv/bin/python bench/mission.py [--investors 300] [--changes 10000] [--repeat 3]

Builds its own home database (SQLite, in a temporary folder): one delegation with 300 investors
to meet, each with contacts, projects, FDI amounts, meetings and a task. Baselines, in the same
run: for export, a bare SQLite online-backup copy of the whole home database (what a pack could
be with no scope, no base, no encryption); for the merge, bare executemany of the same rows
(UPDATE by id for the changed records, INSERT for the new ones) in one transaction on a copy of
home — no three-way comparison, no audit trail, no version checks. Not a test: it prints a
Markdown table.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harness import Env  # noqa: E402
from sqlalchemy import select  # noqa: E402

from kotra_invest.domain.enums import FdiKind, InteractionKind, ProjectType  # noqa: E402
from kotra_invest.domain.models import (  # noqa: E402
    Contact,
    FdiAmount,
    Interaction,
    Investor,
    MeetingTarget,
    PipelineStage,
    Project,
    Task,
)
from kotra_invest.services.database import connect  # noqa: E402
from kotra_invest.services.delegations import DelegationDraft, DestinationDraft, create_delegation  # noqa: E402
from kotra_invest.services.unit_of_work import Context, unit_of_work  # noqa: E402
from kotra_invest.sync.merge import apply_merge, plan_merge  # noqa: E402
from kotra_invest.sync.pack import export_pack  # noqa: E402

DRAFT = DelegationDraft(
    title="부산 이차전지 투자유치단",
    year=2026,
    lead_province_codes=("KR-26",),
    target_industry_code="BATTERY",
    destinations=(DestinationDraft("DE", "Munich", "Europe/Berlin"),),
)


def build_home(path: Path, investors: int) -> tuple[uuid.UUID, int]:
    ctx = Context(db=connect(f"sqlite:///{path}"), actor="bench", source="bench", access_reason="benchmark")
    try:
        delegation = create_delegation(ctx, DRAFT)
        with unit_of_work(ctx) as s:
            stage = s.scalar(select(PipelineStage.id).order_by(PipelineStage.sort_order))
            made = 0
            start = datetime(2025, 1, 1, tzinfo=UTC)
            for i in range(investors):
                inv = Investor(name=f"Battery Maker {i:04}", notes="prospect")
                s.add(inv)
                s.flush()
                s.add(MeetingTarget(delegation_id=delegation, investor_id=inv.id))
                contacts = [Contact(investor_id=inv.id, full_name=f"Person {i}-{k}") for k in range(3)]
                projects = [
                    Project(
                        investor_id=inv.id, title=f"Plant {i}-{k}", project_type=ProjectType.GREENFIELD, stage_id=stage
                    )
                    for k in range(2)
                ]
                s.add_all(contacts + projects)
                s.flush()
                s.add(
                    FdiAmount(
                        project_id=projects[0].id,
                        kind=FdiKind.NOTIFIED,
                        amount=Decimal("1000000.00"),
                        on_date=date(2025, 6, 1),
                    )
                )
                s.add_all(
                    Interaction(
                        investor_id=inv.id,
                        kind=InteractionKind.MEETING,
                        occurred_at=start + timedelta(days=k),
                        summary=f"meeting {k}",
                    )
                    for k in range(5)
                )
                s.add(Task(title=f"Follow up {i}", investor_id=inv.id))
                made += 1 + 1 + 3 + 2 + 1 + 5 + 1
            s.commit()
        return delegation, made
    finally:
        ctx.db.dispose()


def work_abroad(pack: Path, changes: int) -> tuple[list[tuple[str, uuid.UUID]], int]:
    """Change `changes` records in the pack: edit every existing one, then add meetings."""
    ctx = Context(db=connect(f"sqlite:///{pack}"), actor="abroad", source="desktop")
    edited: list[tuple[str, uuid.UUID]] = []
    try:
        with unit_of_work(ctx) as s:
            for model, fld in (
                (Investor, "notes"),
                (Contact, "job_title"),
                (Project, "title"),
                (Interaction, "outcome"),
                (Task, "notes"),
            ):
                for obj in s.scalars(select(model)):
                    if len(edited) >= changes:
                        break
                    setattr(obj, fld, f"changed abroad: {getattr(obj, fld) or ''}")
                    edited.append((model.__tablename__, obj.id))
            investors = s.scalars(select(Investor.id)).all()
            added = max(0, changes - len(edited))
            start = datetime(2026, 4, 13, tzinfo=UTC)
            s.add_all(
                Interaction(
                    investor_id=investors[n % len(investors)],
                    kind=InteractionKind.MEETING,
                    occurred_at=start + timedelta(minutes=n),
                    summary=f"met abroad {n}",
                )
                for n in range(added)
            )
            s.commit()
        return edited, added
    finally:
        ctx.db.dispose()


def bare_backup(source: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    src.backup(dst)
    dst.close()
    src.close()


def bare_merge(target: Path, pack: Path, edited: list[tuple[str, uuid.UUID]]) -> None:
    """The same rows written with executemany: read from the pack, UPDATE/INSERT at home."""
    import sqlcipher3

    from kotra_invest.store.engine import PACK_DEFAULT_KEY

    src = sqlcipher3.connect(str(pack))
    src.execute(f"PRAGMA key = '{PACK_DEFAULT_KEY}'")
    dst = sqlite3.connect(target)
    fields = {
        "investor": "notes",
        "contact": "job_title",
        "project": "title",
        "interaction": "outcome",
        "task": "notes",
    }
    try:
        dst.execute("BEGIN")
        by_table: dict[str, list[str]] = {}
        for table, rid in edited:
            by_table.setdefault(table, []).append(rid.hex)
        for table, ids in by_table.items():
            fld = fields[table]
            rows = []
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows += src.execute(f"SELECT {fld}, id FROM {table} WHERE id IN ({marks})", chunk).fetchall()
            dst.executemany(f"UPDATE {table} SET {fld} = ?, version = version + 1 WHERE id = ?", rows)
        home_ids = {r[0] for r in dst.execute("SELECT id FROM interaction")}
        columns = [r[1] for r in src.execute("PRAGMA table_info(interaction)")]
        new = [
            r
            for r in src.execute(f"SELECT {', '.join(columns)} FROM interaction")
            if r[columns.index("id")] not in home_ids
        ]
        dst.executemany(f"INSERT INTO interaction ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", new)
        dst.execute("COMMIT")
    finally:
        dst.close()
        src.close()


def _timed(fn: Callable[[], Any], repeat: int, before: Callable[[], None] | None = None) -> float:
    samples = []
    for _ in range(repeat):
        if before is not None:
            before()
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


TITLE = "Mission packs (export abroad, merge back)"


def report(investors: int, changes: int, repeat: int) -> str:
    with tempfile.TemporaryDirectory(prefix="kotra-mission-bench-") as tmp:
        folder = Path(tmp)
        pristine = folder / "pristine.sqlite3"
        delegation, records = build_home(pristine, investors)
        home = folder / "home.sqlite3"
        shutil.copyfile(pristine, home)
        # Taking a pack out downloads personal data: it needs a reason, as on the desktop and the CLI.
        ctx = Context(db=connect(f"sqlite:///{home}"), actor="bench", source="bench", access_reason="benchmark")
        pack = folder / "trip.kipack"
        export_s = _timed(lambda: export_pack(ctx, delegation, pack), repeat)
        backup_s = _timed(lambda: bare_backup(home, folder / "backup.sqlite3"), repeat)
        ctx.db.dispose()
        edited, added = work_abroad(pack, changes)

        target = folder / "target.sqlite3"

        def fresh() -> None:
            for extra in ("", "-wal", "-shm"):
                Path(f"{target}{extra}").unlink(missing_ok=True)
            shutil.copyfile(pristine, target)

        def app_merge() -> None:
            tctx = Context(db=connect(f"sqlite:///{target}"), actor="bench", source="bench")
            try:
                plan = plan_merge(tctx, pack)
                assert not plan.conflicts and len(plan.updates) == len(edited), (len(plan.updates), len(edited))
                apply_merge(tctx, plan)
            finally:
                tctx.db.dispose()

        def app_plan() -> None:
            tctx = Context(db=connect(f"sqlite:///{target}"), actor="bench", source="bench")
            try:
                plan_merge(tctx, pack)
            finally:
                tctx.db.dispose()

        merge_s = _timed(app_merge, repeat, fresh)
        plan_s = _timed(app_plan, repeat, fresh)
        bare_s = _timed(lambda: bare_merge(target, pack, edited), repeat, fresh)
        sizes = (pack.stat().st_size, pristine.stat().st_size)

    return "\n".join(
        [
            f"{investors} investors, {records:,} mission records at home (its own SQLite home, not the demo database);"
            f" pack {sizes[0]:,} bytes, home {sizes[1]:,} bytes; {len(edited):,} records edited + {added:,} added"
            f" abroad; median of {repeat}. Baselines: a bare SQLite online backup of the whole home file; bare"
            " executemany of the same rows (UPDATE by id, INSERT the new meetings) in one transaction, with no"
            " comparison, audit or version checks.",
            "",
            "| work | app s | baseline s | ratio |",
            "|---|---:|---:|---:|",
            f"| export pack ({investors} investors) vs bare SQLite backup of home | {export_s:.2f} | {backup_s:.2f}"
            f" | {export_s / backup_s:.2f}× |",
            f"| plan merge ({len(edited) + added:,} changed records) vs bare executemany | {plan_s:.2f} | {bare_s:.2f}"
            f" | {plan_s / bare_s:.2f}× |",
            f"| plan + apply merge vs bare executemany | {merge_s:.2f} | {bare_s:.2f} | {merge_s / bare_s:.2f}× |",
            # The apply step alone (target: within 2× the bare upsert): the difference of the two medians.
            f"| apply step (plan + apply − plan) vs bare executemany | {merge_s - plan_s:.2f} | {bare_s:.2f}"
            f" | {(merge_s - plan_s) / bare_s:.2f}× |",
        ]
    )


def section(env: Env) -> str:
    if env.quick:
        return report(30, 1_000, 1)
    return report(300, 10_000, env.slow_repeat)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--investors", type=int, default=300)
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(report(args.investors, args.changes, args.repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
