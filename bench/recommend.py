"""Recommended investors for a delegation: how good (a back-test) and how fast (at 100k investors).

    .venv/bin/python bench/recommend.py [--db URL] [--repeat 20]   (or through bench/run.py)

Back-test: for every past delegation of the demo data with investors to meet, hide them (the
ranking may recommend them), rank as of the trip's first day (meetings after it, or on the trip,
do not count; nor does FDI after it), and count how many of the hidden ones are in the top 10
and the top 20 (recall@k), against a baseline that ranks by industry alone (the same candidates,
every other signal's weight 0, ties by name). The demo data is generated (demo/generator.py): its
trips pick their investors by industry and by the countries they fly to, so the figures say how
well the ranking recovers that rule, not how officers choose. On a real tracker, import it and
run this module with `--db`.

Speed: `recommend` for an upcoming delegation, as an officer, against a bare query a hand-written
screen would run (the investors of the target industry in the trip's countries, by name, 20),
measured alternately in the same run. Nothing here asserts a time. The ranking reads the stored
per-investor figures (`investor_signal`, kept by triggers) and the investors level by level of
industry × location; `--db postgresql+psycopg://…` times it on a server (bench/run.py's own
cluster: `--pg-scale`).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import text

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "bench"), str(ROOT)]

from harness import Env, default_url, load_average, pct, timed_pair_ms  # noqa: E402

from kotra_invest.services import recommendations  # noqa: E402
from kotra_invest.services.database import connect  # noqa: E402
from kotra_invest.services.unit_of_work import Context  # noqa: E402

TITLE = "Recommended investors for a delegation (issue 20): back-test and time at 100k investors"
DEMO_TODAY = date(2026, 11, 25)  # the demo's "today": trips that started before it are past
MAX_TRIPS_LARGE = 12
INDUSTRY_ONLY = {signal: 0.0 for signal in recommendations.SIGNALS} | {"industry": 1.0}


def back_test(ctx: Context, max_trips: int | None = None) -> tuple[int, int, dict[str, tuple[float, float]]]:
    """(trips, hidden investors, {ranking: (recall@10, recall@20)}) over the past delegations
    (the `max_trips` latest of them, when given)."""
    with ctx.db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT d.id, d.starts_on, t.investor_id FROM delegation d JOIN meeting_target t ON t.delegation_id = d.id"
                " WHERE d.deleted_at IS NULL AND t.deleted_at IS NULL AND d.starts_on < :today AND d.status <> 'cancelled'"
            ),
            {"today": DEMO_TODAY},
        ).all()
    trips: dict[uuid.UUID, tuple[date, set[uuid.UUID]]] = {}
    for delegation, starts_on, investor in rows:
        key = uuid.UUID(str(delegation))
        day = starts_on if isinstance(starts_on, date) else date.fromisoformat(str(starts_on))
        trips.setdefault(key, (day, set()))[1].add(uuid.UUID(str(investor)))
    if max_trips is not None:
        trips = dict(sorted(trips.items(), key=lambda item: item[1][0], reverse=True)[:max_trips])
    found = {"ranking (all signals)": [0, 0], "industry only": [0, 0]}
    hidden_total = 0
    for delegation, (starts_on, hidden) in trips.items():
        hidden_total += len(hidden)
        for name, override in (("ranking (all signals)", None), ("industry only", INDUSTRY_ONLY)):
            ranked = recommendations.recommend(
                ctx, delegation, limit=20, weights_override=override, today=starts_on, hide_targets=True
            )
            ids = [r.investor_id for r in ranked]
            found[name][0] += len(hidden & set(ids[:10]))
            found[name][1] += len(hidden & set(ids[:20]))
    recall = {
        name: (a / hidden_total, b / hidden_total) if hidden_total else (0.0, 0.0) for name, (a, b) in found.items()
    }
    return len(trips), hidden_total, recall


def speed(ctx: Context, repeat: int) -> tuple[str, list[float], list[float], int]:
    """(the trip, app ms, bare ms, candidates) for the upcoming delegation with the most destinations."""
    with ctx.db.engine.connect() as conn:
        delegation, title = conn.execute(
            text(
                "SELECT d.id, coalesce(d.title_en, d.title) FROM delegation d JOIN delegation_destination x ON x.delegation_id = d.id"
                " WHERE d.deleted_at IS NULL AND d.status IN ('planning', 'confirmed') GROUP BY d.id, d.title_en, d.title"
                " ORDER BY count(*) DESC, d.starts_on LIMIT 1"
            )
        ).one()
        industry = conn.execute(
            text("SELECT target_industry_id FROM delegation WHERE id = :d"), {"d": delegation}
        ).scalar()
        countries = [
            r[0]
            for r in conn.execute(
                text("SELECT country_id FROM delegation_destination WHERE delegation_id = :d"), {"d": delegation}
            )
        ]
    trip = uuid.UUID(str(delegation))
    marks = ", ".join(f":c{i}" for i in range(len(countries))) or "NULL"
    bare_sql = text(
        "SELECT id, name FROM investor WHERE deleted_at IS NULL AND industry_id = :i"
        f" AND country_id IN ({marks}) ORDER BY name LIMIT 20"
    )
    params = {"i": industry} | {f"c{i}": c for i, c in enumerate(countries)}

    def bare() -> object:
        with ctx.db.engine.connect() as conn:
            return conn.execute(bare_sql, params).all()

    app_ms, bare_ms = timed_pair_ms(lambda: recommendations.recommend(ctx, trip, limit=20), bare, repeat)
    return title, app_ms, bare_ms, len(recommendations.recommend(ctx, trip, limit=10_000))


def _officer(url: str) -> str:
    db = connect(url, migrate_embedded=False)
    with db.engine.connect() as conn:
        login = conn.execute(
            text("SELECT login FROM officer WHERE role = 'officer' AND office_id IS NOT NULL ORDER BY login LIMIT 1")
        ).scalar()
    db.dispose()
    return str(login)


def report(url: str, repeat: int, env: Env | None = None) -> str:
    db = connect(url, migrate_embedded=False)
    with db.engine.connect() as conn:
        investors = conn.execute(text("SELECT count(*) FROM investor")).scalar() or 0
        interactions = conn.execute(text("SELECT count(*) FROM interaction")).scalar() or 0
    # The back-test as an admin (every project counts); the timing as an officer, so the
    # confidentiality rule is applied as it is for most users.
    admin = Context(db, actor="bench-admin", source="bench", lang="en")
    officer = Context(db, actor=_officer(url), source="bench", lang="en")
    lines = [
        f"{investors:,} investors, {interactions:,} interactions ({db.describe()}). **The demo data is generated**"
        " (demo/generator.py); its trips choose their investors to meet by industry and destination country.",
        "",
        "### Back-test: recall of the hidden investors to meet",
        "",
        "| data | past trips | hidden investors | ranking | recall@10 | recall@20 |",
        "|---|---:|---:|---|---:|---:|",
    ]
    small = _small_demo()
    # At 100k investors, the latest past trips only: each ranking takes a second or more on this
    # shared machine, and the run has to end.
    for label, ctx, most in (
        ("demo, scale 1 (300 investors)", small, None),
        (f"demo, {investors:,} investors", admin, MAX_TRIPS_LARGE),
    ):
        trips, hidden, recall = back_test(ctx, most if investors > 1000 else None)
        for name, (at10, at20) in recall.items():
            lines.append(f"| {label} | {trips} | {hidden} | {name} | {at10:.0%} | {at20:.0%} |")
    small.db.dispose()
    load_before = load_average()
    title, app_ms, bare_ms, candidates = speed(officer, repeat)
    a50, a95, b50, b95 = pct(app_ms, 50), pct(app_ms, 95), pct(bare_ms, 50), pct(bare_ms, 95)
    if env is not None:
        env.record("recommend", f"recommend, {investors:,} investors", a50, b50)
    lines += [
        "",
        f"### Time to recommend (20) for an upcoming delegation, {investors:,} investors",
        "",
        f"Trip: {title}; {candidates:,} candidates with a signal besides the gap. Baseline: the bare query of"
        " the target industry's investors in the trip's countries, by name (no reasons, no other signal, no"
        f" permission rule). {repeat} runs each, alternating.",
        "",
        "| work | app p50 ms | app p95 ms | baseline p50 ms | baseline p95 ms | p50 ratio | target |",
        "|---|---:|---:|---:|---:|---:|---|",
        f"| recommend 20 | {a50:.1f} | {a95:.1f} | {b50:.2f} | {b95:.2f} | {a50 / b50 if b50 else 0:.0f}× | < 300 ms:"
        f" {'met' if a50 < 300 else '**missed**'} |",
        "",
        f"Load average before the timing: {load_before}; after: {load_average()} (two shared CPUs).",
    ]
    db.dispose()
    return "\n".join(lines)


def _small_demo() -> Context:
    """A scale-1 demo in a temporary file: the back-test on the demo officers see by default."""
    from kotra_invest.demo import generate_demo

    folder = Path(tempfile.mkdtemp(prefix="bench-recommend-"))
    db = connect(f"sqlite:///{folder / 'demo.sqlite3'}")
    ctx = Context(db, actor="bench-admin", source="bench", lang="en")
    generate_demo(ctx, scale=1)
    return ctx


def section(env: Env) -> str:
    return report(env.url, env.repeat, env)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default=default_url(), help="database URL (default: the newest cached demo)")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    if not args.db:
        parser.error("no database: pass --db or run bench/run.py once to build the demo")
    print(report(args.db, args.repeat))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
