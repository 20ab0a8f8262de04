"""From "conflict" to a decision: fetch the site's version, show the diff, apply the choice.

The site's post is pulled on a worker (it is a network call), the dialog opens window-modal without
blocking the event loop, and the choice is applied once every pending autosave has landed, so a save
still in the queue can never overwrite the text the user just chose. When the post is no more on the site
there is nothing to compare: the user is offered a new post or unbinding instead (:func:`offer_ways_forward`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from editor.app.library import NotBound
from editor.article import Article
from editor.sync.conflicts import Choice
from editor.sync.gone import PostGone
from editor.ui.errors import error_text
from editor.ui.publish.conflict import ConflictDialog

if TYPE_CHECKING:
    from editor.ui.publish import PublishingUi


def ask_and_resolve(ui: PublishingUi, article_id: str, *, done: Callable[[], None]) -> None:
    window, controller, library = ui.window, ui.controller, ui.core.library
    store = window.store

    def failed(error: BaseException) -> None:
        done()
        if isinstance(error, PostGone):  # nothing to compare: offer a new post or unbinding instead
            offer_ways_forward(ui, article_id, error_text(error))
        elif isinstance(error, NotBound):
            controller.message.emit(
                QCoreApplication.translate("PublishingUi", "This article is not bound to a post on a site.")
            )
        else:
            controller.show_error(error)

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
                library.resolve_conflict(article_id=article_id, choice=choice),
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
        if choice == Choice.KEEP_MINE:
            controller.sync_now()

    window.tasks.run_query(
        lambda: library.fetch_both_sides(article_id=article_id),
        success=show,
        failure=failed,
        label="conflict: fetch the site's version",
    )


def offer_ways_forward(ui: PublishingUi, article_id: str, message: str) -> None:
    """The post was deleted on the site: ask (window-modal, not blocking) for a new post or unbinding."""
    window, controller = ui.window, ui.controller
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("PublishingUi", "Post deleted on the site"),
        message,
        parent=window,
    )
    publish_new = box.addButton(
        QCoreApplication.translate("PublishingUi", "Publish as a &New Post"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    unbind = box.addButton(
        QCoreApplication.translate("PublishingUi", "Un&bind from the Site"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
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
