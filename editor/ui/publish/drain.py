"""The application's one outbox drain: sends what is queued in the background, whatever window asked.

Draining runs on the query pool (it is network I/O and must never hold up autosaves), one drain at a
time (:class:`~editor.ui.tasks.OneJob`: a request while one runs makes it go again after). A periodic
timer and a single-shot timer aimed at the next retry keep the outbox moving, so a publish made offline
goes out by itself once the network is back. What changed is announced by the library; each window's
publishing UI turns the outcomes into messages.
"""

from __future__ import annotations

import threading
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from editor.article import utcnow
from editor.ui.tasks import OneJob, TaskRunner

if TYPE_CHECKING:
    from editor.app.changes import Changes
    from editor.app.library import Library
    from editor.ui.bridge import ChangeBridge

SYNC_INTERVAL_MS = 30_000
MAX_TIMER_MS = 2**31 - 1


class _WorkerSignals(QObject):
    """Emitted from the drain's thread; queued to the GUI thread by Qt."""

    outcome = Signal(object)  # OpOutcome
    progress = Signal(object, int, int)  # what, done, total


class OutboxDrain(QObject):
    """Drains the library's outbox; ``outcome(OpOutcome)`` for each operation sent or refused."""

    outcome = Signal(object)
    progress = Signal(object, int, int)  # media upload / sending progress of the drain in flight
    failed = Signal(object)  # the exception of a drain that broke off

    def __init__(
        self,
        library: Library,
        tasks: TaskRunner,
        bridge: ChangeBridge,
        parent: QObject | None = None,
        *,
        interval_ms: int = SYNC_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._tasks = tasks
        self._job = OneJob(tasks, label="outbox drain")
        self._started = False
        self._forget_after_drain = False
        self._stop = threading.Event()
        self._signals = _WorkerSignals(self)
        self._signals.outcome.connect(self.outcome)
        self._signals.progress.connect(self.progress)
        self._periodic = QTimer(self, interval=interval_ms)
        self._periodic.timeout.connect(self.sync_now)
        self._next_retry = QTimer(self, singleShot=True)
        self._next_retry.timeout.connect(self.sync_now)
        bridge.library_changed.connect(self._on_library_changed)

    def start(self) -> None:
        """Once the library is open (the first window to get there): tidy the outbox, then send."""
        if self._started:
            return
        self._started = True
        library = self._library
        self._tasks.run_change(library.tidy_outbox, success=lambda _c: self.sync_now(), label="tidy outbox")
        self._periodic.start()

    def shutdown(self) -> None:
        """Stop between operations (the one in flight finishes or is recovered at next start)."""
        self._stop.set()
        self._periodic.stop()
        self._next_retry.stop()
        self._forget_clients()

    def _on_library_changed(self, changes: Changes) -> None:
        if changes.accounts:
            self._forget_clients()

    def _forget_clients(self) -> None:
        """Log in afresh next time (after the drain in flight, which uses the clients)."""
        if self._job.in_flight:
            self._forget_after_drain = True
        else:
            self._library.forget_clients()

    def sync_now(self) -> None:
        """Send what is due, in the background."""
        library = self._library
        if not library.is_open or self._stop.is_set():
            return
        signals, stop = self._signals, self._stop

        def work() -> tuple[Any, datetime | None]:
            return library.drain(
                warm=True, stop_event=stop, progress=signals.progress.emit, on_outcome=signals.outcome.emit
            )

        self._job.run(work, done=self._drained, failed=self._drain_failed, rerun=self._again)

    def _again(self) -> None:
        self._forget_if_asked()
        self.sync_now()

    def _drained(self, result: tuple[Any, datetime | None]) -> None:
        self._forget_if_asked()
        _report, next_due = result
        if next_due is not None:
            wait_ms = int(max((next_due - utcnow()).total_seconds(), 0.0) * 1000) + 50
            self._next_retry.start(min(wait_ms, MAX_TIMER_MS))

    def _drain_failed(self, error: BaseException) -> None:
        self._forget_if_asked()
        self.failed.emit(error)

    def _forget_if_asked(self) -> None:
        if self._forget_after_drain:
            self._forget_after_drain = False
            self._library.forget_clients()
