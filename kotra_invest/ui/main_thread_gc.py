"""Python's cyclic garbage collected on the GUI thread only.

Left automatic, the collector runs on whichever thread happens to allocate when a threshold is
crossed — often a pool thread in the middle of a save or a page load (SQLAlchemy allocates a lot).
If the cycles it frees hold Qt wrappers (a closed dialog, a finished job's signals), Qt objects are
then destroyed on that worker thread, and Qt crashes the process (a segmentation fault, seen in a
full test run on a worker's INSERT). Calibre and Anki met the same crash and solved it this way:
automatic collection off, and a timer on the GUI thread doing the same generational passes the
automatic collector would have done, when the same thresholds are crossed.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 1000
"""How often the GUI thread looks at the allocation counts (a pass, when due, takes ~1 ms)."""


class MainThreadCollector(QObject):
    """While it lives, garbage is collected on the GUI thread's timer and nowhere else."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_if_due)
        gc.disable()
        self._timer.start(CHECK_MS)

    def collect_if_due(self) -> None:
        """The passes the automatic collector would have made by now, each only when due."""
        young, middle, old = gc.get_count()
        first, second, third = self._thresholds
        if young > first:
            gc.collect(0)
            if middle > second:
                gc.collect(1)
                if old > third:
                    gc.collect(2)

    def stop(self) -> None:
        """Back to automatic collection (for a host — a test run — that outlives the windows)."""
        self._timer.stop()
        gc.collect()
        gc.enable()
