"""Long work off the GUI thread: a service call runs on the thread pool, its result comes back as a signal.

A job is a plain callable `fn(progress, cancel)`: `progress(done, total)` may be called from the
worker thread (it is forwarded through a queued signal), `cancel` is a `threading.Event` the
service polls. The service opens its own unit of work on the worker thread, so no session ever
crosses threads and widgets never hold one.

A window that closes calls `close_jobs(window)`: the jobs started for it or anything in it (its
pages, dialogs, record windows) are cancelled, their answers go nowhere, one still queued never
runs, and no new one starts. `when_idle(window, fn)` then runs `fn` (dispose of the window's
database) once none of them is still running: at once when none is, else on the GUI thread as the
last one ends, which is the running query's own time (the GUI thread never waits for it). At the
app's end `finish_closing()` runs what is still due after the pool has stopped.
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


_QUEUED, _RUNNING, _ENDED = "queued", "running", "ended"
_lock = threading.Lock()  # a job's state and dropped flag: closing a window races its jobs' start


class Job(QObject):
    """One piece of background work and the signals that report on it (always on the GUI thread)."""

    sig_progress = Signal(int, int)
    """Work done so far and the total (0 when unknown)."""
    sig_finished = Signal(object)
    """The callable's return value."""
    sig_failed = Signal(object)
    """The exception it raised: a DomainError to show, or anything else (already logged)."""

    def __init__(self, fn: JobFn, parent: QObject | None = None, scopes: tuple[QObject, ...] = ()) -> None:
        super().__init__(parent)
        self._fn = fn
        self.cancel = threading.Event()
        self.done = False
        # Set by close_jobs: a dropped job that has not started never runs, and no one hears its answer.
        self.dropped = False
        self._state = _QUEUED  # read and written under _lock (the pool thread and the GUI thread)
        self.scopes = scopes  # what it was started for: the widget that asked and its ancestors

    def run(self) -> None:  # on a pool thread
        with _lock:
            skip = self.dropped
            self._state = _ENDED if skip else _RUNNING
        if skip:  # its window closed while it waited: it must not open the database again
            self.sig_finished.emit(None)
            return
        signal, value = self.sig_finished, None
        try:
            value = self._fn(self.sig_progress.emit, self.cancel)
        except DomainError as exc:
            signal, value = self.sig_failed, exc
        except Exception as exc:  # the user sees a sentence; the log keeps the traceback
            log.exception("background job failed")
            signal, value = self.sig_failed, exc
        with _lock:
            self._state = _ENDED  # before the signal: the GUI thread hearing it finds the job over
        signal.emit(value)

    def busy(self) -> bool:
        """Running, or waiting to run and still wanted: it may yet use the database."""
        with _lock:
            return self._state == _RUNNING or (self._state == _QUEUED and not self.dropped)

    def started_for(self, scope: QObject) -> bool:
        return any(s is scope for s in self.scopes)


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job.run()


_running: set[Job] = set()  # keeps each job alive until its result is delivered
_CLOSED = "kotra_jobs_closed"  # a QObject property: close_jobs was called for it, no job starts for it
_waiting: list[tuple[QObject, Callable[[], None]]] = []  # when_idle's, until their scope's jobs end


def _ancestors(widget: QObject) -> tuple[QObject, ...]:
    chain = []
    current: QObject | None = widget
    while current is not None:
        chain.append(current)
        current = current.parent()
    return tuple(chain)


def accepting(parent: QObject | None) -> bool:
    """Whether a job for `parent` may start: not when it is gone or its window has closed."""
    if parent is None:
        return True
    if not shiboken6.isValid(parent):
        return False
    return not any(o.property(_CLOSED) for o in _ancestors(parent))


def start(
    fn: JobFn,
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    parent: QObject | None = None,
    pool: QThreadPool | None = None,
) -> Job:
    """Run `fn` on the thread pool (or `pool`); `on_done`/`on_error` are called on the GUI thread.

    For a `parent` whose window has closed nothing runs: the job returned is dropped and done."""
    # The job is never a child of the widget: a widget closed while its job runs would delete
    # the job's QObject under the worker thread's feet. The job lives in `_running` instead, and
    # its result is dropped if the widget that wanted it is gone or its window closed.
    if not accepting(parent):
        refused = Job(fn)
        refused.dropped = refused.done = True
        refused.cancel.set()
        return refused
    job = Job(fn, scopes=_ancestors(parent) if parent is not None else ())
    _running.add(job)

    def wanted() -> bool:
        return not job.dropped and (parent is None or shiboken6.isValid(parent))

    def ended() -> None:
        job.done = True
        _running.discard(job)
        job.scopes = ()  # the widgets it was started for may go now
        _run_waiting()

    def finished(result: object) -> None:
        ended()
        if on_done is not None and wanted():
            on_done(result)

    def failed(exc: object) -> None:
        ended()
        if on_error is not None and wanted():
            on_error(exc)  # type: ignore[arg-type]

    job.sig_finished.connect(finished)
    job.sig_failed.connect(failed)
    (pool or QThreadPool.globalInstance()).start(_Runnable(job))
    return job


def close_jobs(scope: QObject) -> None:
    """`scope` (a window) is closing: its jobs, and those of everything in it, are cancelled and
    their answers dropped; one not started yet never runs; no new one starts for it."""
    scope.setProperty(_CLOSED, True)
    for job in list(_running):
        if job.started_for(scope):
            with _lock:
                job.dropped = True
            job.cancel.set()


def when_idle(scope: QObject, fn: Callable[[], None]) -> None:
    """Call `fn` on the GUI thread once no job started for `scope` is running: now, if none is."""
    _waiting.append((scope, fn))
    _run_waiting()


def _busy(scope: QObject) -> bool:
    return any(job.started_for(scope) and job.busy() for job in list(_running))


def _run_waiting() -> None:
    for entry in list(_waiting):
        scope, fn = entry
        if entry in _waiting and not _busy(scope):
            _waiting.remove(entry)
            try:
                fn()
            except Exception:  # one window's clean-up must not stop another's
                log.exception("closing after the background jobs failed")


def finish_closing() -> None:
    """At the app's end, after the pool has stopped: what `when_idle` still holds runs now, for
    every scope whose jobs are over (their answers will never be delivered: the loop has ended)."""
    _run_waiting()


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
    if not accepting(parent):
        return start(fn, parent=parent)  # refused: no dialog for a window that has closed
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
