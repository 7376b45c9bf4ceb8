"""Desktop benchmarks: start-up, memory and the dashboard, each against a raw baseline in the same run.

    .venv/bin/python bench/desktop.py [--db URL] [--start-db URL ...] [--repeat 5] [--importtime]
    (or through bench/run.py, which records the start-up and memory figures for the targets)

1. Start-up: the real entry point (`python -m kotra_invest --db URL`) against a bare PySide6 window
   (QApplication + QMainWindow + QLabel), each in a fresh subprocess with QT_QPA_PLATFORM=offscreen.
   The time is from just before the subprocess is spawned (so the interpreter's own start counts,
   as it does for the officer) to the first event-loop turn after a QMainWindow is shown: the
   window is on screen and would answer input. Two such moments for the app: its start window
   (ui/start.py: the main window's frame, shown before the data layer is imported, which a
   worker thread then imports) and the main window with its pages; the bare window is both.
   Both sides use CLOCK_MONOTONIC (time.monotonic), which is one clock for every process.
2. Peak memory: VmHWM from /proc/self/status, read by the child just before it quits: for the
   app after it has then opened the Investors page (`MainWindow.show_page("investors")`) and
   scrolled it down five times (each scroll to the end fetches the next keyset page); for the
   bare window at once.
3. Dashboard: `dashboard.year_figures(ctx, 2026)` against the same aggregates written by hand in
   SQL and run on one connection, with no ORM, Decimal or read-model work; and the dashboard
   page's whole load (`load_dashboard`: figures, upcoming trips, my overdue tasks) against the
   same plus the trips' and tasks' SQL.

How the hook works without touching product code: the runner (RUNNER below, run with `-c`)
creates the QApplication itself, installs an event filter on it, then runs `kotra_invest` as
`__main__` exactly like `python -m kotra_invest`. The app's `run()` reuses an existing
QApplication (`QApplication.instance() or QApplication(...)`), so nothing else changes. The bare
baseline creates its QApplication at the same point, so the two are timed alike.

The app takes a daily backup at its first start of the day (store/backup.py: `backup_if_due`).
Copying a 1.8 GB file is not start-up work we want to time, and we must not write next to the
caller's database. So each database is started through a scratch folder holding a symlink to it
and a fresh, empty `<stem>-<now>-daily.sqlite3` placeholder in `backups/`: `backup_if_due` still
runs its real check and finds the backup not due, the common case for every start but the first
of the day. The run checks afterwards that no backup was written and the database file's size
and mtime did not change. A non-empty database also means no demo data is offered or generated.

Not a test: nothing asserts a time. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import json
import math
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harness import Env, default_url  # noqa: E402

from kotra_invest.services import dashboard  # noqa: E402
from kotra_invest.services.database import connect  # noqa: E402
from kotra_invest.services.unit_of_work import Context  # noqa: E402

YEAR = 2026
START_TIMEOUT_S = 300  # a start that shows a modal error box would otherwise hang offscreen forever

# Runs in the child. Kept free of kotra_invest imports at the top so the bare window pays for
# nothing but Python and PySide6. Prints one line, `BENCH {json}`, when the window is usable.
RUNNER = r"""
import importlib.machinery, json, runpy, sys, time

mode = sys.argv[1]
PAGES_TO_FETCH = 5


def install_hook(QtWidgets):
    # Called the moment PySide6.QtWidgets is first imported, by whoever imports it: the app
    # imports its data layer before PySide6 (PySide6's import hook taxes every later import),
    # so the runner must not import PySide6 ahead of it, or it would time a different start.
    from PySide6.QtCore import QEvent, QObject, QTimer

    QApplication, QMainWindow = QtWidgets.QApplication, QtWidgets.QMainWindow

    def report(window):
        shown = time.monotonic()
        first = hook.first_at or shown
        rows = 0
        if mode == "app":
            # Then what an officer does next: open the Investors page and scroll down a few pages
            # (the view fetches the next keyset page as it nears the end), so the peak memory counts it.
            page = window.show_page("investors")
            app = QApplication.instance()
            app.processEvents()
            for _ in range(PAGES_TO_FETCH):
                page.table.scrollToBottom()
                app.processEvents()
            rows = page.model.rowCount()
        with open("/proc/self/status") as fh:
            hwm_kb = int(next(line for line in fh if line.startswith("VmHWM:")).split()[1])
        print("BENCH " + json.dumps({"first": first, "shown": shown, "hwm_kb": hwm_kb, "rows": rows}), flush=True)
        QApplication.quit()

    class FirstMainWindow(QObject):
        # The Show event arrives inside show(), before the event loop runs; a zero timer set then
        # fires on the loop's first turn, once the window has been laid out and exposed. Two
        # moments: the first window on screen and answering (the app's start window, while its
        # data layer loads on a worker thread), and the main window itself (the app's has
        # show_page; the bare window is both at once).
        fired = False
        first_seen = False
        first_at = None

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Show and isinstance(obj, QMainWindow):
                if not self.first_seen:
                    self.first_seen = True
                    QTimer.singleShot(0, lambda: setattr(self, "first_at", time.monotonic()))
                if not self.fired and (mode != "app" or hasattr(obj, "show_page")):
                    self.fired = True
                    QTimer.singleShot(0, lambda: report(obj))
            return False

    hook = FirstMainWindow()

    class HookedApplication(QApplication):
        def __init__(self, *args):
            super().__init__(*args)
            self.installEventFilter(hook)
            self._bench_hook = hook

    QtWidgets.QApplication = HookedApplication


class WhenQtWidgetsLoads:
    # A meta-path finder for one name: it lets the normal machinery load PySide6.QtWidgets,
    # then installs the hook on it, and takes itself off the path.
    def find_spec(self, name, path=None, target=None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        loader = spec.loader
        run = loader.exec_module

        def exec_module(module):
            run(module)
            install_hook(module)

        loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, WhenQtWidgetsLoads())

if mode != "app":
    if mode == "orm":  # the floor under any page the ORM serves: the stack's import, nothing of ours
        import sqlalchemy.orm  # noqa: F401

    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.setCentralWidget(QLabel("bare PySide6 window", window))
    window.resize(900, 620)
    window.show()
    sys.exit(app.exec())
else:
    sys.argv = ["kotra-invest", "--db", sys.argv[2]]
    runpy.run_module("kotra_invest", run_name="__main__", alter_sys=True)
"""


# --- helpers ---------------------------------------------------------------------------------


def _p(samples: list[float], q: float) -> float:
    """Nearest-rank percentile: with 5 samples p50 is the median and p95 is the slowest run."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


# An installed app runs from compiled .pyc files (pip compiles them at install time). A checkout
# run with PYTHONDONTWRITEBYTECODE=1 would compile every kotra_invest module on every start and
# time the compiler. So the children may write bytecode, into a scratch cache rather than the
# repository, and the uncounted warm-up start fills it.
PYCACHE = Path(tempfile.mkdtemp(prefix="bench-desktop-pycache-"))
atexit.register(shutil.rmtree, PYCACHE, ignore_errors=True)  # also when a start fails and we exit early


def _child_env(display: str | None = None) -> dict[str, str]:
    platform = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": display} if display else {"QT_QPA_PLATFORM": "offscreen"}
    env = dict(os.environ, **platform, PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=str(PYCACHE))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("KOTRA_INVEST_LANG", "ko")  # the officers' language and font path
    return env


def _start_once(
    mode: str, url: str | None, extra_flags: tuple[str, ...] = (), display: str | None = None
) -> tuple[float, float, str, int]:
    """One fresh process: (seconds from spawn to the main window, peak RSS in MB, its stderr,
    investor rows loaded in the Investors page). `display`: an X server's, else offscreen.
    `_start_once.first` holds the seconds to the first window on screen (the app's start window)."""
    command = [sys.executable, *extra_flags, "-c", RUNNER, mode, *([url] if url else [])]
    spawned = time.monotonic()
    done = subprocess.run(command, env=_child_env(display), capture_output=True, text=True, timeout=START_TIMEOUT_S)
    line = next((x for x in done.stdout.splitlines() if x.startswith("BENCH ")), None)
    if line is None:
        raise SystemExit(f"{mode} start failed (exit {done.returncode}):\n{done.stdout}\n{done.stderr[-3000:]}")
    result = json.loads(line[len("BENCH ") :])
    _start_once.first = result["first"] - spawned  # type: ignore[attr-defined]
    return result["shown"] - spawned, result["hwm_kb"] / 1024, done.stderr, result.get("rows", 0)


class StartStage:
    """A scratch folder that lets the app start on `url` without a daily backup and without
    writing anything beside the real file (see the module docstring)."""

    def __init__(self, url: str) -> None:
        self.real: Path | None = None
        self.url = url
        parsed = make_url(url)
        if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
            return  # a server database has no daily backup to keep out of the way
        self.real = Path(parsed.database).expanduser().resolve()
        self.folder = Path(tempfile.mkdtemp(prefix="bench-desktop-"))
        link = self.folder / self.real.name
        link.symlink_to(self.real)
        self.backups = self.folder / "backups"
        self.backups.mkdir()
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        (self.backups / f"{self.real.stem}-{stamp}-daily.sqlite3").touch()
        self.url = f"sqlite:///{link}"
        self.before = self._fingerprint()

    def _fingerprint(self) -> tuple[int, int]:
        assert self.real is not None
        stat = self.real.stat()
        return stat.st_size, stat.st_mtime_ns

    def rebase(self) -> None:
        if self.real is not None:
            # The warm-up start's writes (the officer registered) may still sit in the WAL; fold them
            # in now, or the first timed start's checkpoint would look like a write of its own.
            with contextlib.closing(sqlite3.connect(self.real)) as conn:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.before = self._fingerprint()

    def check_and_remove(self) -> None:
        if self.real is None:
            return
        written = sorted(p.name for p in self.backups.iterdir())
        changed = self._fingerprint() != self.before
        shutil.rmtree(self.folder)
        if len(written) != 1:
            raise SystemExit(f"the app took a backup during the measurement: {written}")
        if changed:
            raise SystemExit(f"{self.real} changed during the start-up runs")


def measure_start(url: str, repeat: int, display: str | None = None) -> dict[str, list[float]]:
    """App and bare window, interleaved so drift on the machine hits both alike."""
    stage = StartStage(url)
    samples: dict[str, list[float]] = {
        "app_s": [],
        "app_mb": [],
        "bare_s": [],
        "bare_mb": [],
        "rows": [],
        "app_first_s": [],
        "orm_s": [],
    }
    try:
        _start_once("app", stage.url, display=display)  # warm the page cache and the .pyc files; not counted
        _start_once("bare", None, display=display)
        # The first start on a fresh file adds this machine's officer (ensure_officer), as the real
        # app's first start does; the timed starts after it must write nothing.
        stage.rebase()
        for _ in range(repeat):
            seconds, mb, _, rows = _start_once("app", stage.url, display=display)
            samples["app_s"].append(seconds)
            samples["app_first_s"].append(_start_once.first)  # type: ignore[attr-defined]
            samples["app_mb"].append(mb)
            samples["rows"].append(rows)
            seconds, mb, _, _ = _start_once("bare", None, display=display)
            samples["bare_s"].append(seconds)
            samples["bare_mb"].append(mb)
            samples["orm_s"].append(_start_once("orm", None, display=display)[0])
    finally:
        stage.check_and_remove()
    return samples


def measure_first_start(url: str, repeat: int) -> tuple[list[float], list[float], list[int]]:
    """The first start of the day (the daily backup due) against a later one (a backup of today
    present), interleaved: (first s, later s, the sizes of the backups the first starts wrote).
    The app takes the due backup after its window is up, or at close when closed at once, as
    here: each first start must leave one whole backup behind, or the run stops."""
    stage = StartStage(url)
    first: list[float] = []
    later: list[float] = []
    written: list[int] = []
    placeholder = next(stage.backups.glob("*-daily.sqlite3"))
    try:
        _start_once("app", stage.url)  # warm-up, not counted
        for _ in range(repeat):
            placeholder.unlink()  # no backup today: this start is the day's first
            seconds, _, _, _ = _start_once("app", stage.url)
            first.append(seconds)
            taken = [p for p in stage.backups.glob("*-daily.sqlite3")]
            if len(taken) != 1 or list(stage.backups.glob("*.partial")):
                raise SystemExit(f"the first start of the day left {taken} in {stage.backups}")
            written.append(taken[0].stat().st_size)
            taken[0].unlink()
            placeholder.touch()
            seconds, _, _, _ = _start_once("app", stage.url)
            later.append(seconds)
    finally:
        stage.rebase()  # the backups read the file only; the officer row may have been added at warm-up
        stage.check_and_remove()
    return first, later, written


class Xvfb:
    """A private virtual X server (a real X11 server in memory) for one measurement, or None
    when Xvfb is not installed (apt-get install xvfb xauth libxcb-icccm4 libxcb-keysyms1)."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None
        self.display: str | None = None

    def __enter__(self) -> str | None:
        binary = shutil.which("Xvfb")
        if binary is None:
            return None
        read, write = os.pipe()
        self.process = subprocess.Popen(
            [binary, "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as fh:
            number = fh.readline().strip()
        if not number:
            self.__exit__()
            return None
        self.display = f":{number}"
        return self.display

    def __exit__(self, *_exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)
            self.process = None


def import_profile(url: str, top: int = 15) -> list[tuple[float, float, str]]:
    """`-X importtime` of one app start: the heaviest imports as (cumulative ms, self ms, module)."""
    stage = StartStage(url)
    try:
        _, _, stderr, _ = _start_once("app", stage.url, ("-X", "importtime"))
    finally:
        stage.check_and_remove()
    rows = []
    for line in stderr.splitlines():
        found = re.match(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)", line)
        if found:
            own, cumulative, indent, module = found.groups()
            rows.append((int(cumulative) / 1000, int(own) / 1000, f"{len(indent) // 2}:{module}"))
    return sorted(rows, reverse=True)[:top]


# --- dashboard ---------------------------------------------------------------------------------

# The aggregates year_figures runs, written as a hand-made SQLite app would write them: counts by
# status, by lead region and status, by industry and status, projects by stage, one pass over the
# year's FDI grouped by the project's province, industry and FEZ, and the reference names and ids
# the groups are folded and labelled with. Dates are ISO text and booleans 0/1 in SQLite.
BARE_DASHBOARD = [
    """SELECT status, count(*) FROM delegation
       WHERE year = :year AND deleted_at IS NULL GROUP BY status""",
    """SELECT r.code, d.status, count(DISTINCT d.id) FROM delegation d
       JOIN delegation_province dp ON dp.delegation_id = d.id
       JOIN province p ON p.id = dp.province_id
       JOIN region r ON r.id = p.region_id
       WHERE d.year = :year AND d.deleted_at IS NULL AND dp.is_lead = 1 AND dp.deleted_at IS NULL
       GROUP BY r.code, d.status""",
    """SELECT i.code, d.status, count(*) FROM delegation d LEFT JOIN industry i ON d.target_industry_id = i.id
       WHERE d.year = :year AND d.deleted_at IS NULL GROUP BY i.code, d.status""",
    """SELECT s.code, count(*) FROM pipeline_stage s JOIN project p ON p.stage_id = s.id
       WHERE p.deleted_at IS NULL GROUP BY s.code""",
    # Other currencies in USD at the latest live rate on or before the tranche's date, as the app
    # converts them (services/fx.py); `* 1.0` because SQLite divides integers as integers. A
    # tranche no rate covers divides by NULL and is left out, as the app leaves it out. The app
    # rounds each converted (currency, date) sum to the cent: the totals agree within cents.
    """SELECT p.target_province_id, p.industry_id, p.fez_id, f.kind,
              sum(CASE WHEN f.currency = 'USD' THEN f.amount
                       ELSE f.amount * 1.0 / (SELECT r.units_per_usd FROM exchange_rate r
                                        WHERE r.currency = f.currency AND r.on_date <= f.on_date
                                          AND r.deleted_at IS NULL
                                        ORDER BY r.on_date DESC LIMIT 1) END)
       FROM fdi_amount f
       JOIN project p ON p.id = f.project_id
       WHERE f.on_date BETWEEN :first AND :last
         AND f.deleted_at IS NULL AND p.deleted_at IS NULL
       GROUP BY p.target_province_id, p.industry_id, p.fez_id, f.kind""",
    "SELECT p.id, r.code FROM province p JOIN region r ON r.id = p.region_id",
    "SELECT id, code FROM industry",
    "SELECT id, code FROM fez",
    "SELECT code, name_en FROM region WHERE deleted_at IS NULL ORDER BY sort_order, code",
    "SELECT code, name_en FROM industry WHERE deleted_at IS NULL ORDER BY sort_order, code",
    "SELECT code, name_en FROM fez WHERE deleted_at IS NULL ORDER BY sort_order, code",
    "SELECT code, name_en FROM pipeline_stage WHERE deleted_at IS NULL ORDER BY sort_order, code",
    "SELECT code, kind FROM pipeline_stage WHERE deleted_at IS NULL",
]

# What the dashboard page adds: the next trips with their cities, and my overdue tasks with what they are about.
BARE_PAGE = [
    """SELECT id, title, title_en, starts_on, ends_on, status FROM delegation
       WHERE deleted_at IS NULL AND starts_on IS NOT NULL AND coalesce(ends_on, starts_on) >= :today
         AND status NOT IN ('cancelled', 'done')
       ORDER BY starts_on, title, id LIMIT 8""",
    """SELECT d.delegation_id, d.city, d.city_ko, c.code FROM delegation_destination d
       JOIN country c ON c.id = d.country_id
       WHERE d.delegation_id IN (SELECT id FROM delegation
             WHERE deleted_at IS NULL AND starts_on IS NOT NULL AND coalesce(ends_on, starts_on) >= :today
               AND status NOT IN ('cancelled', 'done') ORDER BY starts_on, title, id LIMIT 8)
         AND d.deleted_at IS NULL ORDER BY d.delegation_id, d.seq""",
    "SELECT id, role, office_id, active FROM officer WHERE login = :login AND deleted_at IS NULL",
    """SELECT count(*) FROM task WHERE assignee_id IN (SELECT id FROM officer WHERE login = :login
       AND deleted_at IS NULL) AND status = 'open' AND due_on < :today AND deleted_at IS NULL""",
    """SELECT t.id, t.title, t.due_on, t.project_id, t.delegation_id, t.investor_id, p.title, i.name, d.title
       FROM task t LEFT JOIN project p ON p.id = t.project_id
       LEFT JOIN investor i ON i.id = coalesce(t.investor_id, p.investor_id)
       LEFT JOIN delegation d ON d.id = t.delegation_id
       WHERE t.assignee_id IN (SELECT id FROM officer WHERE login = :login AND deleted_at IS NULL)
         AND t.status = 'open' AND t.due_on < :today AND t.deleted_at IS NULL
       ORDER BY t.due_on, t.title, t.id LIMIT 8""",
]
TODAY = date(2026, 11, 25)  # the demo data's today
LOGIN = "park.jihoon"  # a demo officer with overdue tasks


def _bare(ctx: Context, statements_sql: list[str]) -> Callable[[], list[list[object]]]:
    statements = [text(sql) for sql in statements_sql]
    params = {
        "year": YEAR,
        "first": date(YEAR, 1, 1).isoformat(),
        "last": date(YEAR, 12, 31).isoformat(),
        "today": TODAY.isoformat(),
        "login": LOGIN,
    }

    def run() -> list[list[object]]:
        with ctx.db.engine.connect() as conn:
            return [list(conn.execute(sql, params).all()) for sql in statements]

    return run


def _bare_dashboard(ctx: Context) -> Callable[[], list[list[object]]]:
    return _bare(ctx, BARE_DASHBOARD)


def _timed(fn: Callable[[], object], repeat: int) -> list[float]:
    fn()  # warm the page cache and the statement caches
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def measure_page(url: str, repeat: int) -> tuple[list[float], list[float], str]:
    """The dashboard page's whole load (`load_dashboard`) against the same SQL by hand: (app ms, bare ms, note)."""
    ctx = Context(connect(url, migrate_embedded=False), actor=LOGIN, source="bench")
    try:
        app = _timed(lambda: dashboard.load_dashboard(ctx, YEAR, TODAY), repeat)
        bare = _timed(_bare(ctx, BARE_DASHBOARD + BARE_PAGE), repeat)
        data = dashboard.load_dashboard(ctx, YEAR, TODAY)
        rows = _bare(ctx, BARE_PAGE)()
        same = len(rows[0]) == len(data.trips) and rows[3][0][0] == data.overdue.total  # type: ignore[index]
        note = "same trips and tasks" if same else "PAGE DIFFERS"
        return app, bare, f"{note} ({len(data.trips)} trips, {data.overdue.total} overdue tasks of {LOGIN})"
    finally:
        ctx.db.dispose()


def measure_dashboard(url: str, repeat: int) -> tuple[list[float], list[float], str]:
    """(app ms, bare ms, a note whether both found the same figures)."""
    ctx = Context(connect(url, migrate_embedded=False), actor="bench", source="bench")
    try:
        app = _timed(lambda: dashboard.year_figures(ctx, YEAR), repeat)
        bare = _timed(_bare_dashboard(ctx), repeat)
        # Same answer, or the comparison means nothing: check the delegation count and FDI totals.
        figures = dashboard.year_figures(ctx, YEAR)
        results = _bare_dashboard(ctx)()
        status_rows, fdi_rows = results[0], results[4]
        same_count = sum(n for _, n in status_rows) == sum(figures.delegations_by_status.values())  # type: ignore[misc]
        bare_notified = sum(float(s or 0) for *_, k, s in fdi_rows if k == "notified")  # type: ignore[misc]
        # Within a cent per converted group: the app rounds each (currency, date) sum to the cent.
        same_fdi = math.isclose(bare_notified, float(figures.fdi_total.notified_usd), rel_tol=1e-9, abs_tol=10.0)
        note = "same figures" if same_count and same_fdi else "FIGURES DIFFER"
        note += f" ({sum(figures.delegations_by_status.values())} delegations, notified USD {bare_notified:,.0f})"
        with ctx.db.engine.connect() as conn:
            investors = conn.execute(text("SELECT count(*) FROM investor")).scalar() or 0
        return app, bare, f"{note}; {investors:,} investors"
    finally:
        ctx.db.dispose()


# --- report ------------------------------------------------------------------------------------


def _describe(url: str) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        path = Path(parsed.database).expanduser()
        size = path.stat().st_size / 1e9 if path.exists() else 0
        return f"{path.name}, {size:.2f} GB"
    return parsed.render_as_string(hide_password=True)


TITLE = "Desktop: start-up, memory with the Investors page open, dashboard"


def report(
    url: str, repeat: int, start_dbs: tuple[str, ...] = (), importtime: bool = False, env: Env | None = None
) -> str:
    """The section's Markdown; with `env`, the start-up and memory figures go to the targets' summary."""
    lines = [
        f"QT_QPA_PLATFORM=offscreen unless the row says Xvfb (a real X server); {repeat} starts of each, interleaved;"
        f" the dashboard {repeat * 3} runs each.",
        "",
        "| work | app p50 | app p95 | baseline p50 | baseline p95 | p50 ratio | p95 ratio |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]

    def row(name: str, app: list[float], bare: list[float], unit: str, digits: int) -> None:
        a50, a95, b50, b95 = _p(app, 50), _p(app, 95), _p(bare, 50), _p(bare, 95)
        lines.append(
            f"| {name} | {a50:.{digits}f} {unit} | {a95:.{digits}f} {unit} | {b50:.{digits}f} {unit}"
            f" | {b95:.{digits}f} {unit} | {a50 / b50:.2f}× | {a95 / b95:.2f}× |"
        )

    notes = []
    for url_ in [*start_dbs, url]:
        start = measure_start(url_, repeat)
        label = _describe(url_)
        rows = int(_p(start["rows"], 50))
        row(f"start to a window on screen and answering ({label})", start["app_first_s"], start["bare_s"], "s", 2)
        row(f"start to the main window ({label})", start["app_s"], start["bare_s"], "s", 2)
        row(
            "floor: a bare window after `import sqlalchemy.orm` (the fixed stack's ORM, none of ours)",
            start["orm_s"],
            start["bare_s"],
            "s",
            2,
        )
        row(
            f"peak RSS, Investors page open, {rows:,} rows fetched ({label})",
            start["app_mb"],
            start["bare_mb"],
            "MB",
            0,
        )
        extra = _p(start["app_mb"], 50) - _p(start["bare_mb"], 50)
        notes.append(
            f"{label}: the app's window with the Investors page open and scrolled down to {rows:,} rows costs"
            f" {extra:.0f} MB more than a bare window (p50 VmHWM)."
        )
        if env is not None and url_ == url:
            env.record("startup", f"start window, {label}", _p(start["app_first_s"], 50), _p(start["bare_s"], 50))
            env.record("startup_main", f"main window, {label}", _p(start["app_s"], 50), _p(start["bare_s"], 50))
            env.record(
                "rss_investors", f"Investors page, {rows:,} rows", _p(start["app_mb"], 50), _p(start["bare_mb"], 50)
            )

    label = _describe(url)
    with Xvfb() as display:
        if display is None:
            notes.append("Xvfb is not installed: the start on a real X server was not measured.")
        else:
            start = measure_start(url, repeat, display)
            row(
                f"start to a window on screen and answering, Xvfb X server ({label})",
                start["app_first_s"],
                start["bare_s"],
                "s",
                2,
            )
            row(f"start to the main window, Xvfb X server ({label})", start["app_s"], start["bare_s"], "s", 2)
            row(
                "floor: a bare window after `import sqlalchemy.orm`, Xvfb X server",
                start["orm_s"],
                start["bare_s"],
                "s",
                2,
            )
            if env is not None:
                env.record(
                    "startup_xvfb",
                    f"start window on Xvfb, {label}",
                    _p(start["app_first_s"], 50),
                    _p(start["bare_s"], 50),
                )
                env.record(
                    "startup_main_xvfb",
                    f"main window on Xvfb, {label}",
                    _p(start["app_s"], 50),
                    _p(start["bare_s"], 50),
                )
    first, later, written = measure_first_start(url, max(3, repeat // 2))
    row(f"first start of the day vs a later start, offscreen ({label})", first, later, "s", 2)
    notes.append(
        f"First start of the day: the daily backup was due; each such start left a whole backup"
        f" ({_p([float(w) for w in written], 50) / 1e9:.2f} GB), written after the window was up (at close here, as"
        " the runner closes at once); the baseline is a start with today's backup present."
    )
    if env is not None:
        env.record("first_start", f"first start of the day, {label}", _p(first, 50), _p(later, 50))

    app, bare, note = measure_dashboard(url, repeat * 3)
    row(f"dashboard year_figures({YEAR}) ({_describe(url)})", app, bare, "ms", 1)
    notes.append(f"Dashboard: {note}.")
    app, bare, note = measure_page(url, repeat * 3)
    row(f"dashboard page load_dashboard({YEAR}) ({_describe(url)})", app, bare, "ms", 1)
    notes.append(f"Dashboard page: {note}.")

    lines.append("")
    lines += [f"- {text_line}" for text_line in notes]
    if importtime:
        lines += ["", "`-X importtime`, one app start (depth:module, heaviest cumulative first):", ""]
        lines += ["| module | cumulative ms | self ms |", "|---|---:|---:|"]
        for cumulative, own, module in import_profile(url):
            lines.append(f"| {module} | {cumulative:.0f} | {own:.1f} |")
    return "\n".join(lines)


def section(env: Env) -> str:
    return report(env.url, 2 if env.quick else 7, importtime=True, env=env)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default=default_url(), help="database for the dashboard and start-up (read only)")
    parser.add_argument("--start-db", action="append", default=[], help="another database to time start-up on")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--importtime", action="store_true", help="also list the slowest imports of an app start")
    args = parser.parse_args()
    if args.db is None:
        parser.error("no cached demo database: run bench/run.py first, or pass --db")
    print(report(args.db, args.repeat, tuple(args.start_db), args.importtime))
    return 0


if __name__ == "__main__":
    sys.exit(main())
