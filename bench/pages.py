"""Benchmark of the desktop pages' services against bare SQL on the same data, in the same run.

    .venv/bin/python bench/pages.py [--db URL] [--repeat 20]   (or through bench/run.py)

On the demo database bench/run.py caches, times each service
call (as an officer with projects and tasks) against the bare queries a hand-written app would
run for the same screen: the same rows, no labels, no read models, no permission filter.
Prints a Markdown table; nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harness import Env, default_url  # noqa: E402

from kotra_invest.services import dashboard, delegations, investors, projects, tasks  # noqa: E402
from kotra_invest.services.database import connect  # noqa: E402
from kotra_invest.services.read_models import ProjectFilter  # noqa: E402
from kotra_invest.services.unit_of_work import Context  # noqa: E402


def _timed(fn: Callable[[], object], repeat: int) -> list[float]:
    fn()  # warm the page cache and statement caches
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _p(samples: list[float], q: int) -> float:
    return statistics.quantiles(samples, n=100)[q - 1] if len(samples) > 1 else samples[0]


def _bare(ctx: Context, *statements: tuple[str, dict[str, object]]) -> Callable[[], object]:
    def run() -> object:
        with ctx.db.engine.connect() as conn:
            return [conn.execute(text(sql), params).all() for sql, params in statements]

    return run


TITLE = "Desktop pages (pipeline, investor and delegation pages, tasks)"


def report(url: str, repeat: int) -> str:
    db = connect(url, migrate_embedded=False)
    with db.engine.connect() as conn:
        login, officer = conn.execute(
            text(
                "SELECT o.login, o.id FROM officer o JOIN task t ON t.assignee_id = o.id WHERE o.role = 'officer'"
                " GROUP BY o.id, o.login ORDER BY count(*) DESC LIMIT 1"
            )
        ).one()
        investor = conn.execute(
            text(
                "SELECT investor_id FROM project WHERE deleted_at IS NULL GROUP BY investor_id"
                " ORDER BY count(*) DESC, investor_id LIMIT 1"
            )
        ).scalar()
        delegation = conn.execute(
            text("SELECT delegation_id FROM itinerary_item GROUP BY delegation_id ORDER BY count(*) DESC LIMIT 1")
        ).scalar()
        region_se = conn.execute(text("SELECT id FROM region WHERE code = 'SE'")).scalar()
        counts = {
            t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()
            for t in ("investor", "project", "interaction", "task")
        }
    ctx = Context(db, actor=login, source="bench", lang="ko")
    # Bare queries bind the keys as the driver returned them (hex text on SQLite); services take UUIDs.
    inv_key, off_key, del_key = investor, officer, delegation
    investor, delegation = uuid.UUID(str(investor)), uuid.UUID(str(delegation))

    work: list[tuple[str, Callable[[], object], Callable[[], object]]] = [
        (
            "pipeline table, first page (100)",
            lambda: projects.list_projects(ctx, limit=100),
            _bare(ctx, ("SELECT * FROM project WHERE deleted_at IS NULL ORDER BY title, id LIMIT 100", {})),
        ),
        (
            "pipeline table, region SE, open stages",
            lambda: projects.list_projects(ctx, ProjectFilter(region_code="SE", include_closed=False), limit=100),
            _bare(
                ctx,
                (
                    "SELECT p.* FROM project p JOIN province v ON v.id = p.target_province_id"
                    " JOIN pipeline_stage s ON s.id = p.stage_id WHERE v.region_id = :r AND s.kind = 'open'"
                    " AND p.deleted_at IS NULL ORDER BY p.title, p.id LIMIT 100",
                    {"r": region_se},
                ),
            ),
        ),
        (
            "pipeline board (11 stages × 20 cards)",
            lambda: projects.board(ctx, per_stage=20),
            _bare(
                ctx,
                ("SELECT stage_id, count(*) FROM project WHERE deleted_at IS NULL GROUP BY stage_id", {}),
                *(
                    (
                        "SELECT p.* FROM project p JOIN pipeline_stage s ON s.id = p.stage_id WHERE s.sort_order = :n"
                        " AND p.deleted_at IS NULL ORDER BY p.stage_since, p.id LIMIT 20",
                        {"n": n},
                    )
                    for n in range(11)
                ),
            ),
        ),
        (
            "investor page (busiest investor)",
            lambda: investors.investor_page(ctx, investor),
            _bare(
                ctx,
                ("SELECT * FROM investor WHERE id = :i", {"i": inv_key}),
                ("SELECT * FROM contact WHERE investor_id = :i AND deleted_at IS NULL", {"i": inv_key}),
                ("SELECT * FROM project WHERE investor_id = :i AND deleted_at IS NULL", {"i": inv_key}),
                (
                    "SELECT * FROM interaction WHERE investor_id = :i AND deleted_at IS NULL"
                    " ORDER BY occurred_at DESC, id DESC LIMIT 31",
                    {"i": inv_key},
                ),
                ("SELECT * FROM task WHERE investor_id = :i AND status = 'open'", {"i": inv_key}),
            ),
        ),
        (
            "my tasks (busiest officer)",
            lambda: tasks.task_list(ctx, today=date(2026, 11, 25), limit=100),
            _bare(
                ctx,
                (
                    "SELECT * FROM task WHERE assignee_id = :o AND status = 'open' AND deleted_at IS NULL"
                    " ORDER BY due_on IS NULL, due_on, title, id LIMIT 100",
                    {"o": off_key},
                ),
            ),
        ),
        (
            "delegation page (longest itinerary)",
            lambda: delegations.delegation_page(ctx, delegation),
            _bare(
                ctx,
                ("SELECT * FROM delegation WHERE id = :d", {"d": del_key}),
                ("SELECT * FROM delegation_province WHERE delegation_id = :d", {"d": del_key}),
                ("SELECT * FROM delegation_destination WHERE delegation_id = :d", {"d": del_key}),
                ("SELECT * FROM delegation_member WHERE delegation_id = :d", {"d": del_key}),
                ("SELECT * FROM itinerary_item WHERE delegation_id = :d ORDER BY starts_local", {"d": del_key}),
                ("SELECT * FROM meeting_target WHERE delegation_id = :d", {"d": del_key}),
            ),
        ),
        (
            "upcoming trips (5)",
            lambda: dashboard.upcoming_trips(ctx, date(2026, 11, 25), 5),
            _bare(
                ctx,
                (
                    "SELECT * FROM delegation WHERE deleted_at IS NULL AND status IN ('planning','confirmed',"
                    "'travelling') AND ends_on >= '2026-11-25' ORDER BY starts_on LIMIT 5",
                    {},
                ),
            ),
        ),
    ]
    lines = [
        f"{counts['investor']:,} investors,"
        f" {counts['project']:,} projects, {counts['interaction']:,} interactions, {counts['task']:,} tasks"
        f" ({db.describe()}); acting as officer {login} (so the confidentiality rule is applied, not bypassed"
        f" as for an admin); {repeat} runs each. The baseline is the bare SQL a hand-written screen would run"
        " for the same rows: no labels, no permission filter, no read models.",
        "",
        "| work | app p50 ms | app p95 ms | baseline p50 ms | baseline p95 ms | p50 ratio |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, app_call, bare_call in work:
        app = _timed(app_call, repeat)
        bare = _timed(bare_call, repeat)
        a50, a95, b50, b95 = _p(app, 50), _p(app, 95), _p(bare, 50), _p(bare, 95)
        lines.append(f"| {name} | {a50:.2f} | {a95:.2f} | {b50:.2f} | {b95:.2f} | {a50 / b50 if b50 else 0:.2f}× |")
    db.dispose()
    return "\n".join(lines)


def section(env: Env) -> str:
    return report(env.url, env.repeat)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default=default_url(), help="database URL (default: the cached demo database)")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    if args.db is None:
        parser.error("no cached demo database: run bench/run.py first, or pass --db")
    print(report(args.db, args.repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
