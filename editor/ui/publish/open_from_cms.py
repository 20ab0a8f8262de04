""" "Open from CMS…": pick an account, see its recent posts (or search them), open one as a local article.

The recent posts load as soon as the dialog opens and whenever the account changes; typing searches after
a short pause (or at once with Enter). Every request runs on a worker; an answer that arrives after a newer
request was made is dropped, so the list always shows what the fields say. A post that is already bound to
a local article opens that article (``Library.pull``): there is never a second copy of the same story.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.app.library import Pulled
from editor.article import post_id
from editor.ui.errors import error_text

RECENT_POSTS = 20
SEARCH_DELAY_MS = 400


def search_site(accounts: Any, account: str, query: str) -> list[Any]:
    """The site's posts matching ``query``; with no words, its most recent posts."""
    client = accounts.client(account)
    try:
        return client.search_posts(query, limit=RECENT_POSTS)
    finally:
        client.close()


class OpenFromCmsDialog(QDialog):
    article_pulled = Signal(str)  # the local article's id (new, or the one already bound to the post)

    def __init__(self, controller: Any, account_names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("open_from_cms_dialog")
        self.setWindowTitle(self.tr("Open from CMS"))
        self.controller = controller
        self._request = 0  # the latest search asked for: older answers are dropped
        self.account_box = QComboBox(self)
        self.account_box.addItems(account_names)
        self.account_box.currentIndexChanged.connect(lambda _index: self.search())
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Words in the headline or text"))
        self.search_edit.setClearButtonEnabled(True)
        self._typing = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._typing.timeout.connect(self.search)
        self.search_edit.textEdited.connect(lambda _text: self._typing.start())
        self.search_edit.returnPressed.connect(self.search)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Posts"))
        self.results.itemActivated.connect(lambda _item: self.pull_selected())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = buttons.addButton(self.tr("&Open"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setAutoDefault(False)  # Enter in the search field searches, it does not open
        self.open_button.clicked.connect(self.pull_selected)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAutoDefault(False)  # Esc cancels; Enter belongs to the field with the focus
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        account_label = QLabel(self.tr("&Account:"), self)
        account_label.setBuddy(self.account_box)
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search_edit)
        form.addRow(account_label, self.account_box)
        form.addRow(search_label, self.search_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def showEvent(self, event: QShowEvent) -> None:
        """Each time the dialog opens: the recent posts (or those matching the words still typed), fresh."""
        super().showEvent(event)
        if not event.spontaneous():
            self.search()

    def search(self) -> None:
        """List the posts matching the search field (the most recent ones when it is empty)."""
        self._typing.stop()
        self._request += 1
        request = self._request
        account, query = self.account_box.currentText(), self.search_edit.text().strip()
        if not account:
            self.message.setText(self.tr("Add an account first (Publishing → Accounts…)."))
            return
        self.message.setText(self.tr("Searching…") if query else self.tr("Loading the recent posts…"))
        accounts = self.controller.accounts
        self.controller.tasks.run_query(
            lambda: search_site(accounts, account, query),
            success=lambda posts: self._answered(request, posts, query),
            failure=lambda error: self._failed(request, error),
            label="search the site",
        )

    def _answered(self, request: int, posts: list[Any], query: str) -> None:
        if request == self._request:
            self.show_results(posts, query)

    def _failed(self, request: int, error: BaseException) -> None:
        if request == self._request:
            self.results.clear()
            self.message.setText(self.tr("The site could not be read: %1").replace("%1", error_text(error)))

    def show_results(self, posts: list[Any], query: str = "") -> None:
        self.results.clear()
        for post in posts:
            text = self.tr("%1  (%2, %3)").replace("%1", post.title).replace("%2", post.status)
            item = QListWidgetItem(text.replace("%3", post.date_gmt[:10]))
            item.setData(Qt.ItemDataRole.UserRole, post.id)
            item.setToolTip(post.link)
            self.results.addItem(item)
        if posts:
            self.results.setCurrentRow(0)
            self.message.setText("")
        else:
            empty = self.tr("No posts match.") if query else self.tr("The site has no posts yet.")
            self.message.setText(empty)

    def pull_selected(self) -> None:
        item = self.results.currentItem()
        if item is None:
            self.message.setText(self.tr("Choose a post first."))
            return
        chosen, account = post_id(item.data(Qt.ItemDataRole.UserRole)), self.account_box.currentText()
        library = self.controller.library
        self.message.setText(self.tr("Opening the post…"))
        self.controller.tasks.run_query(  # network first, then one store write (thread-safe)
            lambda: library.pull(account=account, post_id=chosen),
            success=self._pulled,
            failure=lambda error: self.message.setText(error_text(error)),
            label="pull a post",
        )

    def _pulled(self, pulled: Pulled) -> None:
        if pulled.already_here:
            self.controller.message.emit(
                self.tr("This post is already in your library: opened “%1”, nothing copied.").replace(
                    "%1", pulled.article.headline or self.tr("Untitled")
                )
            )
        self.article_pulled.emit(pulled.article.id)
        self.accept()
