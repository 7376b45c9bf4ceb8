"""What every benchmark module shares with the runner (bench/run.py): the run's settings, the
figures that feed the summary of the issue's targets, timing and percentiles, the machine.

A benchmark module plugs into the runner by exposing

    TITLE = "Section title"
    NEEDS_POSTGRES = False          # optional; True: skipped with the reason when no server is given
    def section(env: Env) -> str:   # the section's Markdown (tables and notes), measured in this run

and calling `env.record(target, work, app, bare)` for each figure the issue sets a target for
(see TARGETS). Nothing here asserts a time.
"""

from __future__ import annotations

import math
import os
import platform
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench" / ".cache"


@dataclass(frozen=True)
class Target:
    """A target of issue 8: the app's figure against its bare baseline, measured in the same run."""

    label: str
    unit: str
    max_ratio: float | None = None  # app / bare at most
    max_absolute: float | None = None  # app at most, in `unit`
    max_extra: float | None = None  # app - bare at most, in `unit`

    def describe(self) -> str:
        parts = []
        if self.max_ratio is not None:
            parts.append(f"≤ {self.max_ratio:g}× bare")
        if self.max_absolute is not None:
            parts.append(f"< {self.max_absolute:g} {self.unit}")
        if self.max_extra is not None:
            parts.append(f"≤ bare + {self.max_extra:g} {self.unit}")
        return ", ".join(parts)


TARGETS: dict[str, Target] = {
    "search_p95": Target("search p95 (global search box, all kinds)", "ms", max_ratio=1.5, max_absolute=16),
    "list_first_page": Target("investors list, first page (p50)", "ms", max_ratio=3, max_absolute=100),
    "startup": Target("start to a window on screen and answering, offscreen (p50)", "s", max_ratio=2),
    "startup_xvfb": Target("start to a window on screen and answering, X server (Xvfb) (p50)", "s", max_ratio=2),
    "startup_main": Target("start to the main window (pages usable), offscreen (p50)", "s", max_ratio=2),
    "startup_main_xvfb": Target("start to the main window (pages usable), X server (Xvfb) (p50)", "s", max_ratio=2),
    "first_start": Target("first start of the day (daily backup due) vs a later start (p50)", "s", max_ratio=1.2),
    "search_pg_50": Target("search p95, 50 officers at once on PostgreSQL", "ms", max_absolute=50),
    "xlsx_export": Target("pipeline xlsx export (median)", "s", max_ratio=1.3),
    "rss_investors": Target("peak RSS, Investors page open (p50)", "MB", max_extra=150),
    "import_dry_run": Target("200k-row xlsx import dry run (issue 14)", "s", max_ratio=2),
    "recommend": Target("recommendations for a delegation at 100k investors (p50, issue 20)", "ms", max_absolute=300),
    "pdf_50": Target("delegation briefing PDF, 50 investors (median)", "s", max_absolute=1),
    "pdf_50_cpu": Target("delegation briefing PDF, 50 investors, CPU time (median)", "s", max_absolute=1),
}


@dataclass(frozen=True)
class Figure:
    target: str
    work: str
    app: float
    bare: float

    @property
    def ratio(self) -> float:
        return self.app / self.bare if self.bare else math.inf

    def met(self) -> bool:
        goal = TARGETS[self.target]
        return (
            (goal.max_ratio is None or self.ratio <= goal.max_ratio)
            and (goal.max_absolute is None or self.app < goal.max_absolute)
            and (goal.max_extra is None or self.app - self.bare <= goal.max_extra)
        )


@dataclass
class Env:
    """One run's settings: the cached demo database, how often to repeat, a server if any."""

    url: str
    scale: int
    repeat: int = 20
    quick: bool = False
    pg_url: str | None = None
    figures: list[Figure] = field(default_factory=list)

    def record(self, target: str, work: str, app: float, bare: float) -> None:
        if target not in TARGETS:
            raise KeyError(f"unknown target {target!r}; add it to bench/harness.py TARGETS")
        self.figures.append(Figure(target, work, app, bare))

    @property
    def slow_repeat(self) -> int:
        """For the work that takes seconds (exports, packs, merges, process starts)."""
        return 1 if self.quick else 3


def summary(figures: list[Figure]) -> str:
    """One row per target: the worst of its figures (highest ratio), and met only if all are."""
    lines = [
        "| target | work (worst measured) | app | bare | ratio | target | result |",
        "|---|---|---:|---:|---:|---|---|",
    ]
    for key, goal in TARGETS.items():
        mine = [f for f in figures if f.target == key]
        if not mine:
            lines.append(f"| {goal.label} | not measured in this run | | | | {goal.describe()} | — |")
            continue
        worst = max(mine, key=lambda f: (not f.met(), f.ratio))
        met = sum(f.met() for f in mine)
        verdict = "met" if met == len(mine) else "**missed**"
        if len(mine) > 1:
            verdict += f" ({met} of {len(mine)})"
        digits = 0 if goal.unit == "MB" else 2
        extra = f" (+{worst.app - worst.bare:.0f} MB)" if goal.max_extra is not None else ""
        lines.append(
            f"| {goal.label} | {worst.work} | {worst.app:.{digits}f} {goal.unit} | {worst.bare:.{digits}f} {goal.unit}"
            f" | {worst.ratio:.2f}×{extra} | {goal.describe()} | {verdict} |"
        )
    return "\n".join(lines)


def timed_ms(fn: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds per call, after one uncounted call that warms the page and statement caches."""
    fn()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def timed_pair_ms(
    app: Callable[[], object], bare: Callable[[], object], repeat: int
) -> tuple[list[float], list[float]]:
    """Both sides in milliseconds, alternating call by call, so a busy spell on the shared machine
    hits the app and its baseline alike (after one uncounted warm-up call each)."""
    app()
    bare()
    samples: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for fn, into in ((app, samples[0]), (bare, samples[1])):
            started = time.perf_counter()
            fn()
            into.append((time.perf_counter() - started) * 1000)
    return samples


def pct(samples: list[float], q: float) -> float:
    """Nearest-rank percentile: with 5 samples p50 is the median and p95 the slowest."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def machine() -> list[str]:
    """The machine, as Markdown bullet lines."""
    cpu = platform.processor() or platform.machine()
    ram = "?"
    try:
        cpu = next(
            (
                line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")
            ),
            cpu,
        )
        kb = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal:")
        )
        ram = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    try:
        import PySide6

        pyside = PySide6.__version__
    except ImportError:
        pyside = "not installed"
    return [
        f"- CPU: {cpu}, {os.cpu_count()} logical cores; RAM {ram}",
        f"- OS: {platform.platform()}",
        f"- Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, PySide6 {pyside}",
    ]


def load_average() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f} (1 / 5 / 15 min)"


def cached_demo(scale: int) -> Path:
    """Where the demo database at `scale` is cached: keyed by the schema revision, so a migration
    makes the runner build a fresh one rather than time an old schema."""
    from kotra_invest.store.migrate import HEAD_REVISION

    return CACHE / f"demo-scale{scale}-{HEAD_REVISION}.sqlite3"


def default_url() -> str | None:
    """For a module run alone: the newest cached demo database, if any."""
    cached = sorted(CACHE.glob("demo-scale*.sqlite3"), key=lambda p: p.stat().st_mtime)
    return f"sqlite:///{cached[-1]}" if cached else None


def cpu_pair_ms(app: Callable[[], object], bare: Callable[[], object], repeat: int) -> tuple[list[float], list[float]]:
    """As timed_pair_ms, in CPU milliseconds of this process: on a shared machine under load the
    wall clock of a few-millisecond call is mostly the wait for a CPU (the app, longer, is
    preempted more often than its sub-millisecond baseline), its CPU time is not."""
    app()
    bare()
    samples: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for fn, into in ((app, samples[0]), (bare, samples[1])):
            started = time.process_time()
            fn()
            into.append((time.process_time() - started) * 1000)
    return samples
