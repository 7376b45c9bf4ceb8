"""The benchmark runner's summary of issue 8's targets: which figure is shown and met or missed.

No timing here: the figures are made up; what is tested is the verdict a reader of RESULTS.md sees.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

HARNESS = Path(__file__).resolve().parents[1] / "bench" / "harness.py"


@pytest.fixture(scope="module")
def harness():
    spec = importlib.util.spec_from_file_location("bench_harness", HARNESS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def _row(report: str, label: str) -> list[str]:
    line = next(x for x in report.splitlines() if x.startswith(f"| {label} "))
    return [cell.strip() for cell in line.strip("|").split("|")]


def test_ratio_and_absolute_limits_both_count(harness):
    fast_but_far = harness.Figure("search_p95", "search x", app=2.0, bare=1.0)  # 2× of a tiny baseline
    close_but_slow = harness.Figure("search_p95", "search y", app=40.0, bare=35.0)  # 1.14×, over 30 ms
    fine = harness.Figure("search_p95", "search z", app=1.2, bare=1.0)
    assert not fast_but_far.met()
    assert not close_but_slow.met()
    assert fine.met()


def test_memory_target_is_an_allowance_over_the_bare_window(harness):
    assert harness.Figure("rss_investors", "page", app=200.0, bare=56.0).met()  # +144 MB, 3.6×
    assert not harness.Figure("rss_investors", "page", app=210.0, bare=56.0).met()  # +154 MB


def test_summary_shows_the_worst_figure_and_how_many_met(harness):
    label = harness.TARGETS["search_p95"].label
    report = harness.summary(
        [
            harness.Figure("search_p95", "search fine", app=1.1, bare=1.0),
            harness.Figure("search_p95", "search slow", app=3.0, bare=1.0),
            harness.Figure("startup", "start", app=0.15, bare=0.1),
        ]
    )
    search = _row(report, label)
    assert search[1] == "search slow"
    assert search[4] == "3.00×"
    assert search[-1] == "**missed** (1 of 2)"
    assert _row(report, harness.TARGETS["startup"].label)[-1] == "met"
    assert "not measured in this run" in _row(report, harness.TARGETS["xlsx_export"].label)


def test_unknown_target_is_refused(harness):
    env = harness.Env(url="sqlite://", scale=1)
    with pytest.raises(KeyError):
        env.record("no_such_target", "x", 1.0, 1.0)
