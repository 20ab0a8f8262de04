"""The publishing glue of the GUI: queue on Publish, drain the outbox in the background, report back.

Everything slow runs through the window's TaskRunner: queueing on the serial change worker (it is a
database write, ordered after the autosave that ``publish_requested`` waited for), draining on the query
pool (it is network I/O and must never hold up autosaves). One drain at a time; a periodic timer and a
single-shot timer aimed at the next retry keep the outbox moving, so a publish made offline goes out by
itself once the network is back.
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from editor.article import Article, utcnow
from editor.sync import outbox
from editor.sync.clients import ClientPool
from editor.sync.worker import OpOutcome, Result, drain

SYNC_INTERVAL_MS = 30_000
FINISHED_KEPT = timedelta(days=30)  # done and cancelled operations are forgotten after this
MAX_TIMER_MS = 2**31 - 1


class _WorkerSignals(QObject):
    """Emitted from the drain's thread; queued to the GUI thread by Qt."""

    outcome = Signal(object)  # OpOutcome
    progress = Signal(str, int, int)  # what, done, total


class PublishingController(QObject):
    """Owns the outbox worker of one main window."""

    article_state_changed = Signal(str)  # an article's publishing state changed (queued, sent, failed...)
    outbox_changed = Signal()
    conflict_found = Signal(str)  # article id
    progress = Signal(str, int, int)  # media upload / sending progress of the drain in flight
    message = Signal(str)  # one line for the status bar

    def __init__(self, window: Any, accounts: Any, *, interval_ms: int = SYNC_INTERVAL_MS) -> None:
        super().__init__(window)
        self.window = window
        self.tasks = window.tasks
        self.accounts = accounts
        self.warm_clients = ClientPool(accounts)  # kept between drains
        self._draining = False
        self._again = False
        self._forget_after_drain = False
        self._stop = threading.Event()
        self._signals = _WorkerSignals(self)
        self._signals.outcome.connect(self._on_outcome)
        self._signals.progress.connect(self.progress)
        self._periodic = QTimer(self, interval=interval_ms)
        self._periodic.timeout.connect(self.sync_now)
        self._next_retry = QTimer(self, singleShot=True)
        self._next_retry.timeout.connect(self.sync_now)
        window.publish_requested.connect(self.publish)
        window.library_ready.connect(self._on_library_ready)

    @property
    def store(self) -> Any:
        return self.window.store

    @property
    def parent_widget(self) -> QWidget:
        return self.window

    # --- lifecycle -----------------------------------------------------------------------------------

    def _on_library_ready(self) -> None:
        store = self.store

        def tidy() -> None:
            outbox.recover_interrupted(store)
            outbox.purge_finished(store, utcnow() - FINISHED_KEPT)

        self.tasks.run_change(tidy, success=lambda _none: self.sync_now(), label="tidy the outbox")
        self._periodic.start()

    def shutdown(self) -> None:
        """Stop between operations (the one in flight finishes or is recovered at next start)."""
        self._stop.set()
        self._periodic.stop()
        self._next_retry.stop()
        self.forget_clients()

    def forget_clients(self) -> None:
        """Accounts changed: log in afresh next time (after the drain in flight, which uses them)."""
        if self._draining:
            self._forget_after_drain = True
        else:
            self.warm_clients.close()

    # --- publishing ----------------------------------------------------------------------------------

    def publish(self, article_id: str) -> None:
        """Queue the article (the checklist passed and its text is saved), then send it."""
        store = self.store
        if store is None:
            return
        self.tasks.run_query(
            lambda: (store.get(article_id), [a.name for a in self.accounts.list()]),
            success=lambda found: self._queue(found[0], found[1]),
            failure=self.show_error,
            label="publish: accounts",
        )

    def _queue(self, article: Article, names: list[str]) -> None:
        account = self.choose_account(article, names)
        if account is None:
            return
        store = self.store
        self.tasks.run_change(
            lambda: outbox.queue_publish(store, article.id, account),
            success=lambda _op: self._queued(article.id),
            failure=self.show_error,
            label="publish: queue",
        )

    def choose_account(self, article: Article, names: list[str]) -> str | None:
        if article.remote is not None:
            return article.remote.account
        if not names:
            QMessageBox.information(
                self.parent_widget,
                self.tr("No publishing account"),
                self.tr("Add your WordPress site first: Publishing → Accounts…"),
            )
            return None
        if len(names) == 1:
            return names[0]
        name, accepted = QInputDialog.getItem(
            self.parent_widget, self.tr("Publish to"), self.tr("Account:"), names, 0, False
        )
        return name if accepted else None

    def _queued(self, article_id: str) -> None:
        self.message.emit(self.tr("Queued for publishing"))
        self.article_state_changed.emit(article_id)
        self.outbox_changed.emit()
        self.sync_now()

    def unpublish(self, article_id: str) -> None:
        store = self.store
        self.tasks.run_change(
            lambda: outbox.queue_unpublish(store, article_id),
            success=lambda _op: self._queued(article_id),
            failure=self.show_error,
            label="unpublish",
        )

    def publish_new(self, article_id: str) -> None:
        """The article's post was deleted on the site: publish it as a new post (as ``copydesk resolve ID
        publish-new``). The check that the post is really gone is a network call: on the query pool."""
        from editor.sync.gone import publish_new

        store, accounts = self.store, self.accounts
        self.window.autosaver.when_idle(
            lambda: self.tasks.run_query(
                lambda: publish_new(store, accounts, article_id),
                success=lambda _op: self._queued(article_id),
                failure=self.show_error,
                label="publish as a new post",
            )
        )

    def unbind(self, article_id: str) -> None:
        """Let go of the deleted post (as ``copydesk resolve ID unbind``): the article is ready to publish."""
        from editor.sync.gone import unbind

        store = self.store
        self.tasks.run_change(
            lambda: unbind(store, article_id),
            success=lambda _none: self._unbound(article_id),
            failure=self.show_error,
            label="unbind from the site",
        )

    def _unbound(self, article_id: str) -> None:
        self.message.emit(self.tr("Unbound from the site: publishing makes a new post"))
        self.article_state_changed.emit(article_id)
        self.outbox_changed.emit()

    def retry(self, op_id: str) -> None:
        self._change_op(outbox.retry, op_id)

    def cancel(self, op_id: str) -> None:
        self._change_op(outbox.cancel, op_id)

    def retry_all(self) -> None:
        """ "Retry now": every waiting or failed operation becomes due at once, then the outbox drains."""
        store = self.store
        if store is None:
            return

        def make_due() -> int:
            stuck = outbox.operations(store, states=(outbox.OpState.PENDING, outbox.OpState.FAILED))
            for op in stuck:
                outbox.retry(store, op.id)
            return len(stuck)

        self.tasks.run_change(
            make_due, success=lambda _count: self._queued_all(), failure=self.show_error, label="retry all"
        )

    def _queued_all(self) -> None:
        self.outbox_changed.emit()
        current = self.window.current_article_id()
        if current is not None:
            self.article_state_changed.emit(current)
        self.sync_now()

    def _change_op(self, change: Any, op_id: str) -> None:
        store = self.store
        self.tasks.run_change(
            lambda: change(store, op_id),
            success=lambda op: self._queued(op.article_id),
            failure=self.show_error,
            label="outbox change",
        )

    # --- draining ------------------------------------------------------------------------------------

    def sync_now(self) -> None:
        """Send what is due, in the background; a request while a drain runs makes it go again after."""
        store = self.store
        if store is None or self._stop.is_set():
            return
        if self._draining:
            self._again = True
            return
        self._draining = True
        signals = self._signals

        def work() -> tuple[Any, datetime | None]:
            report = drain(
                store,
                self.warm_clients,
                close_clients=False,
                stop_event=self._stop,
                progress=signals.progress.emit,
                on_outcome=signals.outcome.emit,
            )
            return report, outbox.next_due_time(store)

        self.tasks.run_query(work, success=self._drained, failure=self._drain_failed, label="outbox drain")

    def _drained(self, result: tuple[Any, datetime | None]) -> None:
        self._draining = False
        self._forget_if_asked()
        self.outbox_changed.emit()
        if self._again:
            self._again = False
            self.sync_now()
            return
        _report, next_due = result
        if next_due is not None:
            wait_ms = int(max((next_due - utcnow()).total_seconds(), 0.0) * 1000) + 50
            self._next_retry.start(min(wait_ms, MAX_TIMER_MS))

    def _forget_if_asked(self) -> None:
        if self._forget_after_drain:
            self._forget_after_drain = False
            self.warm_clients.close()

    def _drain_failed(self, error: BaseException) -> None:
        self._draining = False
        self._forget_if_asked()
        self.show_error(error)

    def _on_outcome(self, outcome: OpOutcome) -> None:
        self.article_state_changed.emit(outcome.article_id)
        texts = {
            Result.PUBLISHED: self.tr("Published: %1"),
            Result.UPDATED: self.tr("Updated on the site: %1"),
            Result.UNPUBLISHED: self.tr("Taken off the site: %1"),
            Result.RETRYING: self.tr("Not sent yet, will retry: %1"),
            Result.FAILED: self.tr("Publishing failed: %1"),
            Result.CONFLICT: self.tr("Edited on the site meanwhile: %1"),
        }
        self.message.emit(texts[outcome.result].replace("%1", outcome.headline or outcome.article_id))
        if outcome.result == Result.CONFLICT:
            self.conflict_found.emit(outcome.article_id)

    def show_error(self, error: BaseException) -> None:
        self.message.emit(str(error) or type(error).__name__)
