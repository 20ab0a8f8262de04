"""From "conflict" to a decision: fetch the site's version, show the diff, apply the choice.

The site's post is pulled on a worker (it is a network call), the dialog opens window-modal without
blocking the event loop, and the choice is applied once every pending autosave has landed, so a save
still in the queue can never overwrite the text the user just chose. When the post is no more on the site
there is nothing to compare: the user is offered a new post or unbinding instead (:func:`offer_ways_forward`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMessageBox

from editor.article import Article
from editor.sync.conflicts import Choice, resolve_conflict
from editor.sync.gone import PostGone, gone_message, post_is_gone
from editor.ui.publish.conflict import ConflictDialog


def fetch_both_sides(store: Any, accounts: Any, article_id: str) -> tuple[Article, Article]:
    """(the site's version, the local one); runs on a worker."""
    local = store.get(article_id)
    if local.remote is None:
        raise ValueError("This article is not bound to a post on a site.")
    client = accounts.client(local.remote.account)
    try:
        if post_is_gone(client, local.remote.remote_id):
            raise PostGone(gone_message(local.remote.remote_id))
        theirs = client.pull(local.remote.remote_id)
    finally:
        client.close()
    return theirs, local


def ask_and_resolve(ui: Any, article_id: str, *, done: Callable[[], None]) -> None:
    window, controller = ui.window, ui.controller
    store = window.store

    def failed(error: BaseException) -> None:
        done()
        if isinstance(error, PostGone):
            offer_ways_forward(ui, article_id, str(error))
            return
        controller.message.emit(str(error) or type(error).__name__)

    def show(sides: tuple[Article, Article]) -> None:
        dialog = ConflictDialog(*sides, parent=window)
        ui.dialogs[f"conflict:{article_id}"] = dialog
        dialog.finished.connect(lambda _result: decided(dialog))
        dialog.open()

    def decided(dialog: ConflictDialog) -> None:
        ui.dialogs.pop(f"conflict:{article_id}", None)
        dialog.deleteLater()
        choice = dialog.choice
        window.autosaver.when_idle(lambda: apply(choice))

    def apply(choice: Choice) -> None:
        window.tasks.run_query(
            lambda: (
                resolve_conflict(store, ui.accounts, article_id, choice),
                store.get_versioned(article_id),
            )[1],
            success=lambda found: resolved(choice, *found),
            failure=failed,
            label="resolve conflict",
        )

    def resolved(choice: Choice, article: Article, version: int) -> None:
        done()
        if choice == Choice.TAKE_THEIRS and window.current_article_id() == article_id:
            window.commands.show_stored(article, version)  # the site's text; Ctrl+Z brings back the local
        controller.article_state_changed.emit(article_id)
        controller.outbox_changed.emit()
        if choice == Choice.KEEP_MINE:
            controller.sync_now()

    window.tasks.run_query(
        lambda: fetch_both_sides(store, ui.accounts, article_id),
        success=show,
        failure=failed,
        label="conflict: fetch the site's version",
    )


def offer_ways_forward(ui: Any, article_id: str, message: str) -> None:
    """The post was deleted on the site: ask (window-modal, not blocking) for a new post or unbinding."""
    window, controller = ui.window, ui.controller
    box = QMessageBox(QMessageBox.Icon.Warning, window.tr("Post deleted on the site"), message, parent=window)
    publish_new = box.addButton(window.tr("Publish as a &New Post"), QMessageBox.ButtonRole.AcceptRole)
    unbind = box.addButton(window.tr("Un&bind from the Site"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(publish_new)
    ui.dialogs[f"gone:{article_id}"] = box

    def decided() -> None:
        ui.dialogs.pop(f"gone:{article_id}", None)
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is publish_new:
            controller.publish_new(article_id)
        elif clicked is unbind:
            controller.unbind(article_id)

    box.finished.connect(lambda _result: decided())
    box.open()
