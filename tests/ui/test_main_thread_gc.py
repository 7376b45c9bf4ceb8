"""Garbage is freed on the GUI thread, never on a worker that happens to allocate: a Qt object
freed on a pool thread in the middle of a save crashed a full test run (segmentation fault)."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from kotra_invest.ui import background
from kotra_invest.ui.main_thread_gc import MainThreadCollector


class _InACycle:
    """Stands for a closed dialog's wrapper: reachable only through a reference cycle."""

    freed_on: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _InACycle.freed_on.append(threading.current_thread().name)


def test_a_cycle_dropped_on_the_gui_thread_is_freed_there_while_a_worker_allocates(qtbot: QtBot, qapp: object) -> None:
    collector = MainThreadCollector(qapp)  # type: ignore[arg-type]
    try:
        _InACycle.freed_on.clear()
        _InACycle()  # garbage now, freed only by the cycle collector

        def allocate(_progress: object, _cancel: object) -> list[list[int]]:
            # far past every threshold, and kept: automatic collection would run here, on the worker
            return [[i] for i in range(200_000)]

        with qtbot.waitSignal(background.start(allocate).sig_finished, timeout=10_000) as finished:
            pass
        assert len(finished.args[0]) == 200_000  # still alive: the count stays past the threshold
        # The worker did not collect it. On a loaded machine the allocation can outlast the GUI
        # thread's check interval, and the GUI thread may already have freed it: that is allowed.
        assert threading.main_thread().name == "MainThread"
        assert all(name == threading.main_thread().name for name in _InACycle.freed_on)
        qtbot.waitUntil(lambda: _InACycle.freed_on != [], timeout=5_000)
        assert _InACycle.freed_on == [threading.main_thread().name]
    finally:
        collector.stop()
        collector.deleteLater()
    assert gc.isenabled()
