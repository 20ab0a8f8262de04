"""Autosave: the article is written shortly after the last change, and a failed write is never dropped.

A single-shot timer restarts on every change; when it fires (or on an explicit flush: switching articles,
window deactivation, close, quit, Ctrl+S) the form's plain-data snapshot goes to the serial change worker.
Snapshots wait in a queue, the newest per article replacing older ones, one write in flight at a time.
When a write fails (disk full, database locked), the snapshot goes back to the head of the queue and is
retried with a growing delay until it lands; the window shows "Save failed — retrying" meanwhile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from editor.ui.errors import error_text
from editor.ui.tasks import OneJob, TaskRunner

if TYPE_CHECKING:
    from editor.article import Article

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 800
FIRST_RETRY_MS = 500
MAX_RETRY_MS = 8000


class SaveState(StrEnum):
    SAVED = "saved"
    EDITED = "edited"  # changes not yet handed to the worker
    SAVING = "saving"
    FAILED = "failed"  # the last write failed; a retry is scheduled


@dataclass(slots=True)
class _PendingSave:
    article: Article
    revision: str  # "auto" | "always"
    reason: str = ""


def _stronger(first: str, second: str) -> str:
    return "always" if "always" in (first, second) else "auto"


class Autosaver(QObject):
    """Queues article snapshots for saving and retries failed writes until they land."""

    state_changed = Signal(str)  # a SaveState value
    saved = Signal(object, object)  # the Article snapshot written, the store's SaveResult
    idle = Signal()  # nothing edited, queued or in flight
    failed = Signal(str)  # message of a failed write (it will be retried)

    def __init__(
        self,
        tasks: TaskRunner,
        snapshot: Callable[[], Article | None],
        save: Callable[[Article, str, str], Any],
        parent: QObject | None = None,
        delay_ms: int = AUTOSAVE_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self._save = save
        self._queue: list[_PendingSave] = []
        self._in_flight: _PendingSave | None = None  # the snapshot the job in flight writes
        self._job = OneJob(tasks, label="autosave", change=True)
        self._dirty = False
        self._failures = 0
        self._state = SaveState.SAVED
        self._idle_waiters: list[Callable[[], None]] = []
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.flush)
        self._retry_timer = QTimer(self, singleShot=True)
        self._retry_timer.timeout.connect(self._start_next)

    # --- what the window tells us -----------------------------------------------------------------

    def note_change(self) -> None:
        """The open article changed: save it after a short pause."""
        self._dirty = True
        self._timer.start()
        if self._state == SaveState.SAVED:
            self._set_state(SaveState.EDITED)

    def flush(self, revision: str = "auto", reason: str = "") -> None:
        """Hand the open article to the worker now (if it changed, or always for revision="always")."""
        self._timer.stop()
        if not self._dirty and revision != "always":
            return
        article = self._snapshot()
        self._dirty = False
        if article is None:
            self._settle()
            return
        self.enqueue(article, revision, reason)

    def enqueue(self, article: Article, revision: str = "auto", reason: str = "") -> None:
        """Queue a snapshot; a newer snapshot of the same article replaces one still waiting."""
        for position, waiting in enumerate(self._queue):
            if waiting.article.id == article.id:
                self._queue[position] = _PendingSave(
                    article, _stronger(waiting.revision, revision), reason or waiting.reason
                )
                break
        else:
            self._queue.append(_PendingSave(article, revision, reason))
        self._start_next()

    def when_idle(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once every queued write has landed (now, if nothing is pending).

        Operations that must follow the latest text (restore, delete, publish) wait here, so a save
        still in the queue can never overwrite what they did.
        """
        self.flush()
        if self.is_idle():
            callback()
        else:
            self._idle_waiters.append(callback)

    def retry_now(self) -> None:
        """Try a failed write again without waiting for the backoff."""
        self._retry_timer.stop()
        self._start_next()

    # --- what the window asks -----------------------------------------------------------------------

    def state(self) -> SaveState:
        return self._state

    def is_idle(self) -> bool:
        return not self._dirty and not self._queue and self._in_flight is None

    def is_failing(self) -> bool:
        return self._failures > 0

    def unsaved_articles(self) -> list[Article]:
        """Snapshots not yet in the database (for "Export to file" when quitting on a dead disk)."""
        waiting = [self._in_flight] if self._in_flight else []
        return [item.article for item in waiting + self._queue]

    def forget_article(self, article_id: str) -> None:
        """Drop queued writes of an article that was just deleted elsewhere (never the one in flight)."""
        self._queue = [item for item in self._queue if item.article.id != article_id]

    # --- the write loop --------------------------------------------------------------------------------

    def _start_next(self) -> None:
        if self._job.in_flight or self._retry_timer.isActive():
            return
        if not self._queue:
            self._settle()
            return
        item = self._in_flight = self._queue.pop(0)
        self._set_state(SaveState.SAVING)
        save = self._save
        # Never outdated: a newer snapshot waits in the queue, so ``rerun`` is only a safety net.
        self._job.run(
            lambda: save(item.article, item.revision, item.reason),
            done=lambda result: self._on_saved(item, result),
            failed=lambda error: self._on_failed(item, error),
            rerun=self._start_next,
        )

    def _on_saved(self, item: _PendingSave, result: Any) -> None:
        self._in_flight = None
        self._failures = 0
        self.saved.emit(item.article, result)
        self._start_next()

    def _on_failed(self, item: _PendingSave, error: BaseException) -> None:
        self._in_flight = None
        self._failures += 1
        newer = next((w for w in self._queue if w.article.id == item.article.id), None)
        if newer is not None:
            newer.revision = _stronger(newer.revision, item.revision)
        else:
            self._queue.insert(0, item)
        delay = min(FIRST_RETRY_MS * 2 ** (self._failures - 1), MAX_RETRY_MS)
        log.warning(
            "saving %s failed (attempt %d), retrying in %d ms: %s",
            item.article.id,
            self._failures,
            delay,
            error,
        )
        self._set_state(SaveState.FAILED)
        self.failed.emit(error_text(error))
        self._retry_timer.start(delay)

    def _settle(self) -> None:
        if self._in_flight is None and not self._queue and not self._retry_timer.isActive():
            self._set_state(SaveState.EDITED if self._dirty else SaveState.SAVED)
            if not self._dirty:
                waiters, self._idle_waiters = self._idle_waiters, []
                for waiter in waiters:
                    waiter()
                self.idle.emit()

    def _set_state(self, state: SaveState) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state.value)
