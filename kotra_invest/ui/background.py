"""Long work off the GUI thread: a service call runs on the thread pool, its result comes back as a signal.

A job is a plain callable `fn(progress, cancel)`: `progress(done, total)` may be called from the
worker thread (it is forwarded through a queued signal), `cancel` is a `threading.Event` the
service polls. The service opens its own unit of work on the worker thread, so no session ever
crosses threads and widgets never hold one.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from kotra_invest.catalog import msg
from kotra_invest.domain.errors import DomainError

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
JobFn = Callable[[Progress, threading.Event], Any]


class Job(QObject):
    """One piece of background work and the signals that report on it (always on the GUI thread)."""

    sig_progress = Signal(int, int)
    """Work done so far and the total (0 when unknown)."""
    sig_finished = Signal(object)
    """The callable's return value."""
    sig_failed = Signal(object)
    """The exception it raised: a DomainError to show, or anything else (already logged)."""

    def __init__(self, fn: JobFn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self.cancel = threading.Event()
        self.done = False

    def run(self) -> None:  # on a pool thread
        try:
            result = self._fn(self.sig_progress.emit, self.cancel)
        except DomainError as exc:
            self.sig_failed.emit(exc)
        except Exception as exc:  # the user sees a sentence; the log keeps the traceback
            log.exception("background job failed")
            self.sig_failed.emit(exc)
        else:
            self.sig_finished.emit(result)


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job.run()


_running: set[Job] = set()  # keeps each job alive until its result is delivered


def start(
    fn: JobFn,
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    parent: QObject | None = None,
    pool: QThreadPool | None = None,
) -> Job:
    """Run `fn` on the thread pool (or `pool`); `on_done`/`on_error` are called on the GUI thread."""
    # The job is never a child of the widget: a widget closed while its job runs would delete
    # the job's QObject under the worker thread's feet. The job lives in `_running` instead, and
    # its result is dropped if the widget that wanted it is gone.
    job = Job(fn)
    _running.add(job)

    def wanted() -> bool:
        return parent is None or shiboken6.isValid(parent)

    def finished(result: object) -> None:
        job.done = True
        _running.discard(job)
        if on_done is not None and wanted():
            on_done(result)

    def failed(exc: object) -> None:
        job.done = True
        _running.discard(job)
        if on_error is not None and wanted():
            on_error(exc)  # type: ignore[arg-type]

    job.sig_finished.connect(finished)
    job.sig_failed.connect(failed)
    (pool or QThreadPool.globalInstance()).start(_Runnable(job))
    return job


def start_with_progress(
    parent: QWidget,
    label: str,
    fn: JobFn,
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    cancellable: bool = True,
) -> Job:
    """Like `start`, with a modal progress dialog whose Cancel sets the job's cancel event."""
    dialog = QProgressDialog(
        label, QCoreApplication.translate("Background", "Cancel") if cancellable else "", 0, 0, parent
    )
    dialog.setObjectName("progress_dialog")
    dialog.setWindowTitle("kotra-invest")
    dialog.setMinimumDuration(400)  # quick work finishes before the dialog would flash
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)

    def close_then(callback: Callable[[Any], None] | None) -> Callable[[Any], None]:
        def deliver(value: Any) -> None:
            dialog.close()
            dialog.deleteLater()
            if callback is not None:
                callback(value)

        return deliver

    job = start(fn, on_done=close_then(on_done), on_error=close_then(on_error), parent=parent)

    def progress(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    job.sig_progress.connect(progress)
    dialog.canceled.connect(job.cancel.set)
    return job


def error_text(exc: Exception, lang: str) -> str:
    """What the user reads for a failure: the domain's sentence, or a plain one (details in the log)."""
    if isinstance(exc, DomainError):
        return exc.message(lang)
    return msg(
        "ui.background", "Something unexpected went wrong; nothing was saved. Details are in the log. ({error})"
    ).text(lang, error=type(exc).__name__)
