"""Background work: the only place in Copydesk that starts threads.

Two kinds of task, as in Anki's ``aqt.operations``:

* a *change* runs on one serial worker, so database writes happen one at a time and in the order they
  were asked for (an autosave queued before a restore is written before it);
* a *query* (reads, renders, network) runs on a small pool and may overlap other queries.

A task is a plain callable run on the worker; its result (or exception) comes back to the GUI thread
through a queued signal and is handed to the ``success`` (or ``failure``) callback there. Only plain
data should cross: dataclasses and strings, never ORM objects, never widgets. An exception is never lost:
it goes to ``failure`` when one is given (and is logged at debug level), else it is logged as an error.

:class:`OneJob` is the "one job in flight, run again if outdated" state machine the preview, the
checklist, the autosaver and the outbox drain share.
"""

from __future__ import annotations

import gc
import itertools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)

SuccessCallback = Callable[[Any], None]
FailureCallback = Callable[[BaseException], None]


@dataclass(slots=True)
class _Callbacks:
    label: str
    success: SuccessCallback | None
    failure: FailureCallback | None
    is_change: bool


GC_CHECK_INTERVAL_MS = 500


class GuiThreadGarbageCollector(QObject):
    """Runs Python's cyclic garbage collector on the GUI thread only.

    Python collects cycles in whichever thread happens to allocate when a threshold is crossed. With
    workers running Python code, that can be a worker thread, which then deletes Qt objects caught in a
    cycle away from the thread that owns them: "Timers cannot be stopped from another thread", then a
    crash. So automatic collection is turned off and the same thresholds are checked here, on a timer.
    """

    _instances = 0  # automatic collection stays off while any collector lives

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        GuiThreadGarbageCollector._instances += 1
        gc.disable()
        self._timer = QTimer(self, interval=GC_CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        self.destroyed.connect(GuiThreadGarbageCollector._release)

    @staticmethod
    def _release() -> None:
        GuiThreadGarbageCollector._instances -= 1
        if GuiThreadGarbageCollector._instances == 0:
            gc.enable()

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return


class TaskRunner(QObject):
    """Runs callables off the GUI thread and reports back on it."""

    # Emitted from worker threads; the connection is queued because this object lives in the GUI thread.
    _finished = Signal(int, object, object)
    changes_idle = Signal()  # the change worker has nothing left to do

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._changes = QThreadPool(self)
        self._changes.setMaxThreadCount(1)
        self._queries = QThreadPool(self)
        self._queries.setMaxThreadCount(max(2, min(4, QThreadPool.globalInstance().maxThreadCount())))
        self._ids = itertools.count(1)
        self._pending: dict[int, _Callbacks] = {}
        self._finished.connect(self._deliver)
        self._collector = GuiThreadGarbageCollector(self)

    def run_change(
        self,
        fn: Callable[[], Any],
        *,
        success: SuccessCallback | None = None,
        failure: FailureCallback | None = None,
        label: str = "",
    ) -> None:
        """Run ``fn`` on the serial change worker (all database writes go here)."""
        self._start(self._changes, fn, _Callbacks(label or _name(fn), success, failure, True))

    def run_query(
        self,
        fn: Callable[[], Any],
        *,
        success: SuccessCallback | None = None,
        failure: FailureCallback | None = None,
        label: str = "",
    ) -> None:
        """Run ``fn`` on the query pool (reads, renders, file and network I/O)."""
        self._start(self._queries, fn, _Callbacks(label or _name(fn), success, failure, False))

    def pending_changes(self) -> int:
        """Changes queued or running whose result has not been delivered yet."""
        return sum(1 for callbacks in self._pending.values() if callbacks.is_change)

    def wait_for_workers(self, msecs: int = -1) -> bool:
        """Block until both pools are empty (for shutdown only; results still need the event loop)."""
        changes_done = self._changes.waitForDone(msecs)
        return self._queries.waitForDone(msecs) and changes_done

    def _start(self, pool: QThreadPool, fn: Callable[[], Any], callbacks: _Callbacks) -> None:
        task_id = next(self._ids)
        self._pending[task_id] = callbacks
        emit = self._finished.emit

        def deliver(result: Any, error: BaseException | None) -> None:
            try:
                emit(task_id, result, error)
            except RuntimeError:  # the runner was deleted meanwhile: the application has ended
                log.debug("background task %s ended after the application", callbacks.label)

        def work() -> None:
            try:
                result = fn()
            except BaseException as exc:  # delivered to the GUI thread, never swallowed
                deliver(None, exc)
            else:
                deliver(result, None)

        pool.start(work)

    def _deliver(self, task_id: int, result: Any, error: BaseException | None) -> None:
        callbacks = self._pending.pop(task_id, None)
        if callbacks is None:
            return
        try:
            if error is not None:
                if callbacks.failure is not None:
                    # Expected failures (a site offline, a file that cannot be read) are handled and
                    # shown by the caller: the traceback is for debugging only.
                    log.debug("background task %s failed", callbacks.label, exc_info=error)
                    callbacks.failure(error)
                else:
                    log.error("background task %s failed", callbacks.label, exc_info=error)
            elif callbacks.success is not None:
                callbacks.success(result)
        except Exception:
            log.exception("callback of background task %s failed", callbacks.label)
        if callbacks.is_change and self.pending_changes() == 0:
            self.changes_idle.emit()


class OneJob:
    """At most one run of a background job at a time (ReText's "conversion pending / outdated").

    :meth:`run` starts the job unless one is in flight; then the job is marked *outdated* instead and
    ``False`` is returned. When a run lands and the job was marked outdated meanwhile, its result is
    stale: ``rerun()`` is called instead of ``done(result)`` (after ``failed(error)`` on a failure).
    """

    def __init__(self, tasks: TaskRunner, *, label: str, change: bool = False) -> None:
        self._tasks = tasks
        self._label = label
        self._change = change
        self.in_flight = False
        self.outdated = False
        self.last_run_s = 0.0  # how long the last run took (for adaptive_delay)

    def mark_outdated(self) -> None:
        """What the job works on moved on: the run in flight (if any) is stale."""
        self.outdated = True

    def run(
        self,
        fn: Callable[[], Any],
        *,
        done: SuccessCallback,
        rerun: Callable[[], None],
        failed: FailureCallback | None = None,
    ) -> bool:
        if self.in_flight:
            self.outdated = True
            return False
        self.in_flight, self.outdated = True, False
        started = time.perf_counter()

        def landed(result: Any) -> None:
            self.in_flight, self.last_run_s = False, time.perf_counter() - started
            if self.outdated:
                rerun()
            else:
                done(result)

        def broke(error: BaseException) -> None:
            self.in_flight, self.last_run_s = False, time.perf_counter() - started
            if failed is not None:
                failed(error)
            if self.outdated:
                rerun()

        start = self._tasks.run_change if self._change else self._tasks.run_query
        start(fn, success=landed, failure=broke, label=self._label)
        return True


MAX_ADAPTIVE_DELAY_MS = 3000


def adaptive_delay(base_ms: int, last_run_s: float) -> int:
    """A debounce delay that grows with how long the last background run took.

    A long story's render or checklist holds the GIL for a while; waiting twice that long after the last
    keystroke keeps such runs out of typing bursts, while short texts keep the snappy base delay.
    """
    return max(base_ms, min(MAX_ADAPTIVE_DELAY_MS, round(last_run_s * 2000)))


def _name(fn: Callable[..., Any]) -> str:
    return getattr(fn, "__qualname__", None) or repr(fn)
