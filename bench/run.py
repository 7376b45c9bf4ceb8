"""Benchmarks: each figure is a ratio against a raw baseline measured in the same run.

    .venv/bin/python bench/run.py [--scale 333] [--db URL]

Builds the demo database at `--scale` once (cached in bench/.cache/), then measures. Not a test:
nothing here asserts a time; it prints a Markdown table (and writes bench/RESULTS.md).
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kotra_invest.services import search as search_service  # noqa: E402
from kotra_invest.services.database import connect  # noqa: E402
from kotra_invest.services.investors import list_investors  # noqa: E402
from kotra_invest.services.unit_of_work import Context  # noqa: E402

QUERIES = {
    "Korean 2 chars (유치)": "유치",
    "Korean 3+ chars (무역지원)": "무역지원",
    "Korean 3+ chars, rare (노르빅)": "노르빅",
    "English (robotics)": "robotics",
    "English, rare (hanseatic)": "hanseatic",
}


def _timed(fn: Callable[[], object], repeat: int) -> list[float]:
    fn()  # warm the page cache and statement caches
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _p(samples: list[float], q: float) -> float:
    return statistics.quantiles(samples, n=100)[int(q) - 1] if len(samples) > 1 else samples[0]


def _bare_search(ctx: Context, query: str, kinds: tuple[str, ...], limit: int = 50) -> Callable[[], object]:
    """The raw queries a hand-written SQLite app would run: FTS5 MATCH or LIKE per document
    table, nothing else (no join for labels, no row objects)."""
    if len(query) >= 3:
        statements = [text(f"SELECT rowid FROM search_{k}_fts WHERE search_{k}_fts MATCH :q LIMIT :n") for k in kinds]
        params = {"q": f'"{query}"', "n": limit}
    else:
        statements = [text(f"SELECT id FROM search_{k}_doc WHERE body LIKE :q LIMIT :n") for k in kinds]
        params = {"q": f"%{query}%", "n": limit}

    def run() -> object:
        with ctx.db.engine.connect() as conn:
            return [conn.execute(sql, params).all() for sql in statements]

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=333)
    parser.add_argument("--db", help="use this database instead of the cached demo one")
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()

    url = args.db
    if url is None:
        cache = ROOT / "bench" / ".cache" / f"demo-scale{args.scale}.sqlite3"
        cache.parent.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{cache}"
        ctx = Context(connect(url), actor="bench", source="bench")
        if list_investors(ctx, limit=1).rows == ():
            from kotra_invest.services.demo import generate_demo

            started = time.perf_counter()
            generate_demo(ctx, scale=args.scale)
            print(f"built demo data at scale {args.scale} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    ctx = Context(connect(url), actor="bench", source="bench")

    rows = []
    for label, query in QUERIES.items():
        app = _timed(lambda q=query: search_service.search(ctx, q, kinds=("investor",), limit=50), args.repeat)
        bare = _timed(_bare_search(ctx, query, ("investor",)), args.repeat)
        rows.append((f"investor search {label}", _p(app, 50), _p(app, 95), _p(bare, 50), _p(bare, 95)))
        everything = _timed(lambda q=query: search_service.search(ctx, q, limit=50), args.repeat)
        bare_all = _timed(_bare_search(ctx, query, search_service.KINDS), args.repeat)
        rows.append((f"search all kinds {label}", *(_p(x, q) for x in (everything, bare_all) for q in (50, 95))))
    first = _timed(lambda: list_investors(ctx, limit=100), args.repeat)

    def bare_first_page() -> object:
        with ctx.db.engine.connect() as conn:
            return conn.execute(text("SELECT * FROM investor ORDER BY name, id LIMIT 100")).all()

    bare_first = _timed(bare_first_page, args.repeat)
    rows.append(("investors list, first page", _p(first, 50), _p(first, 95), _p(bare_first, 50), _p(bare_first, 95)))

    with ctx.db.engine.connect() as conn:
        investors = conn.execute(text("SELECT count(*) FROM investor")).scalar()
        docs = sum(
            conn.execute(text(f"SELECT count(*) FROM search_{kind}_doc")).scalar() or 0 for kind in search_service.KINDS
        )
    lines = [
        f"Machine: {platform.platform()}, {platform.processor() or platform.machine()}, Python {platform.python_version()};"
        f" {investors:,} investors, {docs:,} search documents ({ctx.db.describe()}).",
        "",
        "| work | app p50 ms | app p95 ms | baseline p50 ms | baseline p95 ms | p95 ratio |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, a50, a95, b50, b95 in rows:
        lines.append(
            f"| {name} | {a50:.2f} | {a95:.2f} | {b50:.2f} | {b95:.2f} | {a95 / b95 if b95 else float('nan'):.2f}× |"
        )
    report = "\n".join(lines)
    print(report)
    if args.db is None:
        (ROOT / "bench" / "RESULTS.md").write_text("# Benchmark results\n\n" + report + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
