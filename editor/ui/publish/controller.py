"""The publishing glue of one window: queue on Publish, hand the outbox to the drain, report back.

Queueing runs on the serial change worker (it is a database write, ordered after the autosave that
``publish_requested`` waited for); sending is the application's one :class:`OutboxDrain`. The library
announces what changed (status, outbox), so the views redraw themselves; this only speaks: a line for
the status bar, and ``conflict_found`` when an update met an edit made on the site.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from editor.sync.worker import OpOutcome, Result
from editor.ui.errors import error_text

if TYPE_CHECKING:
    from editor.app.library import Library
    from editor.article import Article
    from editor.ui.publish.drain import OutboxDrain
    from editor.ui.tasks import TaskRunner


class PublishingController(QObject):
    """Publishing actions of one window, over the application's library and drain."""

    conflict_found = Signal(str)  # article id
    progress = Signal(object, int, int)  # media upload / sending progress of the drain in flight
    message = Signal(str)  # one line for the status bar

    def __init__(
        self, library: Library, tasks: TaskRunner, drain: OutboxDrain, parent_widget: QWidget
    ) -> None:
        super().__init__(parent_widget)
        self.library = library
        self.tasks = tasks
        self.drain = drain
        self.parent_widget = parent_widget
        # The account a story without one goes to (Preferences → Default account); "" asks.
        self.default_account: Callable[[], str] = lambda: ""
        drain.outcome.connect(self._on_outcome)
        drain.progress.connect(self.progress)
        drain.failed.connect(self.show_error)

    @property
    def store(self) -> Any:
        return self.library.store if self.library.is_open else None

    @property
    def accounts(self) -> Any:
        return self.library.accounts

    def sync_now(self) -> None:
        self.drain.sync_now()

    # --- publishing ----------------------------------------------------------------------------------

    def publish(self, article_id: str) -> None:
        """Queue the article (the checklist passed and its text is saved), then send it."""
        if self.store is None:
            return
        library = self.library
        self.tasks.run_query(
            lambda: (library.store.get(article_id), [a.name for a in library.accounts.list()]),
            success=lambda found: self._queue(found[0], found[1]),
            failure=self.show_error,
            label="publish: accounts",
        )

    def _queue(self, article: Article, names: list[str]) -> None:
        account = self.choose_account(article, names)
        if account is None:
            return
        self._change(
            lambda: self.library.queue_publish(article_id=article.id, account=account), "publish: queue"
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
        default = self.default_account()
        if default in names:
            return default
        name, accepted = QInputDialog.getItem(
            self.parent_widget, self.tr("Publish to"), self.tr("Account:"), names, 0, False
        )
        return name if accepted else None

    def unpublish(self, article_id: str) -> None:
        self._change(lambda: self.library.queue_unpublish(article_id=article_id), "unpublish")

    def publish_new(self, article_id: str) -> None:
        """The article's post was deleted on the site: publish it as a new post (as ``copydesk resolve ID
        publish-new``), once pending saves have landed. Checking that the post is really gone is a network
        call: on the query pool, like resolving a conflict."""
        library = self.library

        def queue() -> None:
            self.tasks.run_query(
                lambda: library.publish_new(article_id=article_id),
                success=lambda _op: self._queued_new(),
                failure=self.show_error,
                label="publish as a new post",
            )

        autosaver = getattr(self.parent_widget, "autosaver", None)
        autosaver.when_idle(queue) if autosaver is not None else queue()

    def _queued_new(self) -> None:
        self.message.emit(self.tr("Queued for publishing"))
        self.drain.sync_now()

    def unbind(self, article_id: str) -> None:
        """Let go of the deleted post (as ``copydesk resolve ID unbind``): the article is ready to publish."""
        self.tasks.run_change(
            lambda: self.library.unbind(article_id=article_id),
            success=lambda _changes: self.message.emit(
                self.tr("Unbound from the site: publishing makes a new post")
            ),
            failure=self.show_error,
            label="unbind from the site",
        )

    def retry(self, op_id: str) -> None:
        self._change(lambda: self.library.retry(op_id=op_id), "outbox: retry")

    def cancel(self, op_id: str) -> None:
        self._change(lambda: self.library.cancel(op_id=op_id), "outbox: cancel")

    def retry_all(self) -> None:
        """ "Retry now": every waiting or failed operation becomes due at once, then the outbox drains."""
        if self.store is not None:
            self._change(self.library.retry_all, "retry all", quiet=True)

    def _change(self, change: Callable[[], object], label: str, *, quiet: bool = False) -> None:
        def queued(_result: object) -> None:
            if not quiet:
                self.message.emit(self.tr("Queued for publishing"))
            self.drain.sync_now()

        self.tasks.run_change(change, success=queued, failure=self.show_error, label=label)

    # --- what the drain reports ----------------------------------------------------------------------

    def _on_outcome(self, outcome: OpOutcome) -> None:
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
        self.message.emit(error_text(error))
