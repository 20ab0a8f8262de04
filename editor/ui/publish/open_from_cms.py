""" "Open from CMS…": pick an account, search its posts, pull one into a new local article bound to it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
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

from editor.article import post_id
from editor.ui.errors import error_text


def search_site(accounts: Any, account: str, query: str) -> list[Any]:
    client = accounts.client(account)
    try:
        return client.search_posts(query, limit=20)
    finally:
        client.close()


class OpenFromCmsDialog(QDialog):
    article_pulled = Signal(str)  # the new local article's id

    def __init__(self, controller: Any, account_names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("open_from_cms_dialog")
        self.setWindowTitle(self.tr("Open from CMS"))
        self.controller = controller
        self.account_box = QComboBox(self)
        self.account_box.addItems(account_names)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Words in the headline or text, then Enter"))
        self.search_edit.returnPressed.connect(self.search)
        self.results = QListWidget(self)
        self.results.itemDoubleClicked.connect(lambda _item: self.pull_selected())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = buttons.addButton(
            self.tr("Open as new article"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.clicked.connect(self.pull_selected)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Account:"), self.account_box)
        form.addRow(self.tr("Search:"), self.search_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def search(self) -> None:
        account, query = self.account_box.currentText(), self.search_edit.text().strip()
        if not account:
            self.message.setText(self.tr("Add an account first (Publishing → Accounts…)."))
            return
        self.message.setText(self.tr("Searching…"))
        accounts = self.controller.accounts
        self.controller.tasks.run_query(
            lambda: search_site(accounts, account, query),
            success=self.show_results,
            failure=lambda error: self.message.setText(error_text(error)),
            label="search the site",
        )

    def show_results(self, posts: list[Any]) -> None:
        self.results.clear()
        for post in posts:
            item = QListWidgetItem(f"{post.title}  ({post.status}, {post.date_gmt[:10]})")
            item.setData(Qt.ItemDataRole.UserRole, post.id)
            item.setToolTip(post.link)
            self.results.addItem(item)
        self.message.setText(self.tr("No posts match.") if not posts else "")

    def pull_selected(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        chosen, account = post_id(item.data(Qt.ItemDataRole.UserRole)), self.account_box.currentText()
        library = self.controller.library
        self.message.setText(self.tr("Copying the post…"))
        self.controller.tasks.run_query(  # network first, then one store write (thread-safe)
            lambda: library.pull(account=account, post_id=chosen).id,
            success=self._pulled,
            failure=lambda error: self.message.setText(error_text(error)),
            label="pull a post",
        )

    def _pulled(self, article_id: str) -> None:
        self.article_pulled.emit(article_id)
        self.accept()
