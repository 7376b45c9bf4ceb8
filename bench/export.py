"""Benchmark: the pipeline xlsx export against bare openpyxl writing the same rows.

    .venv/bin/python bench/export.py [--db URL] [--lang ko] [--repeat 3] [--profile]

The baseline runs the same SQL (the same keyset pages and the same GROUP BY for the FDI
totals) and appends the same values to a bare write-only workbook: no header style, no number
formats, no frozen pane or filter, no text cleaning, no atomic replace. Not a test: it prints a
Markdown row (app s, baseline s, ratio). `--profile` runs the app export once under pyinstrument (cProfile if it is not installed).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harness import Env, default_url  # noqa: E402

from kotra_invest.briefing.pipeline import export_pipeline_xlsx, pages  # noqa: E402
from kotra_invest.domain.enums import ProjectType  # noqa: E402
from kotra_invest.services.database import connect  # noqa: E402
from kotra_invest.services.unit_of_work import Context, unit_of_work  # noqa: E402


def baseline_export(ctx: Context, path: Path, lang: str) -> int:
    """The same SQL and the same row values, written with bare openpyxl write-only."""
    types = {t.value: t.label(lang) for t in ProjectType}
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Pipeline")
    ws.append([f"c{i}" for i in range(20)])
    written = 0
    with unit_of_work(ctx) as session:
        for rows, totals in pages(session, lang):
            for pid, *values, owner in rows:
                n_usd, a_usd, last, last_arrival = totals.get(pid, (None, None, None, None))
                values[4] = types.get(values[4], values[4])
                ws.append([*values, n_usd, a_usd, last, last_arrival, owner])
            written += len(rows)
    wb.save(path)
    return written


def _timed(fn: Callable[[], int], repeat: int) -> tuple[list[float], int]:
    samples = []
    rows = 0
    for _ in range(repeat):
        started = time.perf_counter()
        rows = fn()
        samples.append(time.perf_counter() - started)
    return samples, rows


def _profiled(fn: Callable[[], int]) -> None:
    """Run `fn` once under pyinstrument (the bench extra), or cProfile where it is not installed."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        import cProfile
        import pstats

        profile = cProfile.Profile()
        profile.runcall(fn)
        pstats.Stats(profile, stream=sys.stderr).sort_stats("tottime").print_stats(25)
        return
    profiler = Profiler()
    with profiler:
        fn()
    print(profiler.output_text(unicode=True, color=False, show_all=False), file=sys.stderr)


TITLE = "Pipeline xlsx export"


def report(url: str, lang: str, repeat: int, profile: bool = False, env: Env | None = None) -> str:
    ctx = Context(connect(url, migrate_embedded=False), actor="bench", source="bench")
    try:
        with tempfile.TemporaryDirectory(prefix="kotra-export-bench-") as tmp:
            app_path, bare_path = Path(tmp) / "app.xlsx", Path(tmp) / "bare.xlsx"
            baseline_export(ctx, bare_path, lang)  # warm the page cache
            if profile:
                _profiled(lambda: export_pipeline_xlsx(ctx, app_path, lang=lang))
            # Interleaved, so a busy spell on the shared machine hits both sides alike.
            app: list[float] = []
            bare: list[float] = []
            rows = bare_rows = 0
            for _ in range(repeat):
                more, rows = _timed(lambda: export_pipeline_xlsx(ctx, app_path, lang=lang), 1)
                app += more
                more, bare_rows = _timed(lambda: baseline_export(ctx, bare_path, lang), 1)
                bare += more
            sizes = (app_path.stat().st_size, bare_path.stat().st_size)
        described = ctx.db.describe()
    finally:
        ctx.db.dispose()
    assert rows == bare_rows, (rows, bare_rows)
    a, b = statistics.median(app), statistics.median(bare)
    if env is not None:
        env.record("xlsx_export", f"pipeline xlsx, {rows:,} projects", a, b)
    return "\n".join(
        [
            f"{rows:,} projects ({described}); median of {repeat}, interleaved; files {sizes[0]:,} / {sizes[1]:,} bytes."
            " The baseline runs the same SQL (the same keyset pages, the same GROUP BY for the FDI totals) and"
            " appends the same values to a bare openpyxl write-only workbook: no header style, number formats,"
            " frozen pane, filter, text cleaning or atomic replace.",
            "",
            "| work | app s | baseline s | ratio |",
            "|---|---:|---:|---:|",
            f"| pipeline xlsx export ({lang}) | {a:.2f} | {b:.2f} | {a / b:.2f}× |",
        ]
    )


def section(env: Env) -> str:
    return report(env.url, "ko", env.slow_repeat, env=env)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default=default_url(), help="database URL (default: the cached demo database)")
    parser.add_argument("--lang", default="ko", choices=("ko", "en"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="profile one app export (pyinstrument, else cProfile)")
    args = parser.parse_args()
    if args.db is None:
        parser.error("no cached demo database: run bench/run.py first, or pass --db")
    print(report(args.db, args.lang, args.repeat, args.profile))
    return 0


if __name__ == "__main__":
    sys.exit(main())
