"""The Qt binding the app runs on keeps Python's reference counts straight.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a void method
(`label.setText`, `painter.save` …): after a few thousand calls the interpreter aborts with
"none_dealloc" — the desktop app dies mid-session. setup.cfg keeps that release out; this test
catches a binding with the same fault before officers do.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_void_qt_calls_leave_the_reference_count_of_none_alone(qapp: QApplication) -> None:
    label = QLabel()
    label.setText("warm-up")
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("투자유치단")
        label.setVisible(False)
    # A little noise from the interpreter is fine; one lost reference per call is not.
    assert sys.getrefcount(None) - before > -100
