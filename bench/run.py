"""All benchmarks in one run: each figure a ratio against a raw baseline measured in the same run.

    .venv/bin/python bench/run.py                 # everything; writes bench/RESULTS.md
    .venv/bin/python bench/run.py --only search --only desktop   # a subset; prints, writes nothing
    .venv/bin/python bench/run.py --quick         # a smoke run on a small database; prints only

Builds the demo database at `--scale` (333 ≈ 100,000 investors and 1,000,000 interactions; a few
minutes) once, with `kotra-invest demo`, and caches it in bench/.cache/ under the schema
revision, so a migration rebuilds it. Then runs every benchmark module listed in MODULES (and
any other bench/*.py exposing `section(env)`; see bench/harness.py for the protocol). A module
that is missing, has no `section`, or fails is listed as skipped with the reason; the run goes on.

PostgreSQL: `--pg URL` (or KOTRA_INVEST_BENCH_PG) names a server holding the demo data;
without one, the run starts its own throwaway cluster the way tests/pg_server.py does (a Unix
socket in bench/.cache/pg, nothing listening on a port), fills it with the demo at `--scale`
once (kept for the next run, like the SQLite file), and stops it at the end. `--no-pg` skips it.

The report: the machine, the date and load average, a summary of issue 8's targets (measured
ratio and absolute, target, met or missed), then each module's section. Not a test: nothing
here asserts a time.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(BENCH), str(ROOT)]

from harness import Env, cached_demo, load_average, machine, summary  # noqa: E402

# name → file, in report order. Files that are not on this branch yet are reported as skipped.
MODULES: dict[str, str] = {
    "search": "search.py",
    "desktop": "desktop.py",
    "export": "export.py",
    "packs": "packs.py",
    "pages": "pages.py",
    "import": "import_bench.py",
    "mission": "mission.py",
    "concurrency": "concurrency.py",
    "investors_page": "investors_page.py",
    "search_box": "search_box.py",
    "bundle": "bundle.py",
    "documents": "documents.py",
    "recommend": "recommend.py",
}
NOT_MODULES = {"run.py", "harness.py"}  # NOTES.md (hand-written) is copied in after the summary
QUICK_SCALE = 3


def _log(message: str) -> None:
    print(f"[bench {datetime.now(UTC):%H:%M:%S}] {message}", file=sys.stderr, flush=True)


def ensure_demo(scale: int) -> Path:
    """The cached demo database at `scale`, built first if missing (into a temporary name, so an
    interrupted build is never taken for a finished one)."""
    path = cached_demo(scale)
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in [*path.parent.glob(f"demo-scale{scale}-*.sqlite3*"), *path.parent.glob(f"demo-scale{scale}.sqlite3*")]:
        stale.unlink()  # an older schema revision's copy (GBs) or a broken build
    building = path.with_name(path.name + ".building")
    _log(f"building the demo database at scale {scale} (once; cached as {path.name})")
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "kotra_invest", "--db", f"sqlite:///{building}", "demo", "--scale", str(scale)],
        check=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    for extra in ("-wal", "-shm"):
        Path(f"{building}{extra}").unlink(missing_ok=True)  # closed cleanly: the WAL is checkpointed
    building.rename(path)
    _log(f"built in {time.perf_counter() - started:.0f} s")
    return path


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", path)  # by path: `concurrent` is a stdlib name
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def discover() -> dict[str, Path]:
    """MODULES in their order, then any other benchmark file in bench/ (plugged in by `section`)."""
    found = {name: BENCH / file for name, file in MODULES.items()}
    listed = set(MODULES.values())
    for path in sorted(BENCH.glob("*.py")):
        if path.name not in listed and path.name not in NOT_MODULES and "def section(" in path.read_text("utf-8"):
            found[path.stem] = path
    return found


def run_module(name: str, path: Path, env: Env) -> tuple[str, str | None]:
    """(section title, its Markdown) or (title, None) with the reason in place of the title."""
    if not path.exists():
        return f"{name}: `bench/{path.name}` is not on this branch", None
    try:
        module = _load(name, path)
    except Exception as exc:  # a broken module must not end the run
        traceback.print_exc()
        return f"{name}: could not be imported ({type(exc).__name__}: {exc})", None
    section = getattr(module, "section", None)
    if section is None:
        return f"{name}: `bench/{path.name}` has no `section(env)`; run it alone", None
    if getattr(module, "NEEDS_POSTGRES", False) and not env.pg_url:
        return f"{name}: needs PostgreSQL (pass `--pg URL` or set KOTRA_INVEST_BENCH_PG)", None
    title = getattr(module, "TITLE", name)
    _log(f"{name}: {title}")
    started = time.perf_counter()
    try:
        body = section(env)
    except (Exception, SystemExit) as exc:  # the modules' own checks end in SystemExit
        traceback.print_exc()
        return f"{name}: failed ({type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc) else ''})", None
    _log(f"{name}: done in {time.perf_counter() - started:.0f} s")
    return title, body


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=333, help="demo scale (333 ≈ 100,000 investors)")
    parser.add_argument("--only", action="append", metavar="NAME", help="run only this module (repeatable)")
    parser.add_argument("--quick", action="store_true", help=f"smoke run: scale {QUICK_SCALE}, few repeats")
    parser.add_argument("--repeat", type=int, default=30, help="runs per fast figure (ms-scale work)")
    parser.add_argument("--pg", default=os.environ.get("KOTRA_INVEST_BENCH_PG"), help="PostgreSQL URL, if any")
    parser.add_argument("--no-pg", action="store_true", help="do not start a PostgreSQL server of the run's own")
    parser.add_argument("--pg-scale", type=int, help="demo scale of the run's own PostgreSQL data (default: --scale)")
    parser.add_argument("--out", type=Path, help="write the report here (default: bench/RESULTS.md on a full run)")
    args = parser.parse_args()

    modules = discover()
    unknown = [n for n in args.only or [] if n not in modules]
    if unknown:
        parser.error(f"unknown module {', '.join(unknown)}; known: {', '.join(modules)}")
    scale = QUICK_SCALE if args.quick else args.scale
    pg_url, cluster = args.pg, None
    wants_pg = not args.only or bool({"search", "concurrency"} & set(args.only))  # the modules that use it
    if pg_url is None and wants_pg and not args.no_pg:
        pg_url, cluster = own_pg_server(args.pg_scale or scale)
    env = Env(
        url=f"sqlite:///{ensure_demo(scale)}",
        scale=scale,
        repeat=5 if args.quick else args.repeat,
        quick=args.quick,
        pg_url=pg_url,
    )
    try:
        return _run_all(args, modules, env, scale)
    finally:
        if cluster is not None:
            cluster.pg_ctl("-m", "fast", "-w", "stop")


def own_pg_server(scale: int) -> tuple[str | None, object]:
    """A throwaway PostgreSQL cluster of this run (kept in bench/.cache/pg with its demo data),
    started; (its URL, the cluster to stop) or (None, None) when PostgreSQL is not installed."""
    sys.path.insert(0, str(ROOT / "tests"))
    concurrency = _load("concurrency", BENCH / "concurrency.py")
    folder = BENCH / ".cache" / "pg"
    try:
        cluster = concurrency._cluster(folder)
    except Exception as exc:  # no initdb on this machine: the PostgreSQL sections say so
        _log(f"no PostgreSQL server of our own: {exc}")
        return None, None
    _log(f"PostgreSQL: our own cluster in {folder}; the demo data at scale {scale} (built once, minutes)")
    started = time.perf_counter()
    url = concurrency._ensure_data(folder, scale)
    _log(f"PostgreSQL ready in {time.perf_counter() - started:.0f} s")
    return url, cluster


def _run_all(args: argparse.Namespace, modules: dict[str, Path], env: Env, scale: int) -> int:
    started_at, load_before = datetime.now(UTC), load_average()
    sections: list[tuple[str, str]] = []
    skipped: list[str] = []
    for name, path in modules.items():
        if args.only and name not in args.only:
            continue
        title, body = run_module(name, path, env)
        if body is None:
            skipped.append(title)
            _log(f"skipped {title}")
        else:
            sections.append((title, body))

    command = " ".join(["bench/run.py", *sys.argv[1:]])
    lines = [
        "# Benchmark results",
        "",
        f"`{command}` on {started_at:%Y-%m-%d %H:%M} UTC, {round((datetime.now(UTC) - started_at).total_seconds() / 60)} min;"
        f" the demo database at `--scale {scale}` ({env.url.rsplit('/', 1)[-1]}). Each figure is the app's"
        " work against a bare baseline on the same data, in the same run.",
        "",
        *machine(),
        f"- Load average at the start: {load_before}; at the end: {load_average()}. The machine is shared,"
        " so absolute times are noisy; the ratios (both sides measured interleaved or back to back) are what to read.",
        "",
        "## Targets (issues 8 and 15)",
        "",
        summary(env.figures),
        "",
    ]
    if skipped:
        lines += ["Skipped in this run:", "", *(f"- {reason}" for reason in skipped), ""]
    notes = BENCH / "NOTES.md"  # the hand-written reading of the figures: what stands in the way of a target
    if notes.exists():
        lines += [notes.read_text(encoding="utf-8").strip(), ""]
    for title, body in sections:
        lines += [f"## {title}", "", body.strip(), ""]
    report = "\n".join(lines)
    print(report)
    out = args.out or (None if args.only or args.quick else BENCH / "RESULTS.md")
    if out is not None:
        out.write_text(report, encoding="utf-8")
        _log(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
