"""The open article's publishing state in the status bar: a word, a link, and the button that helps.

draft / ready: nothing to do; queued / sending: progress; published: a link that opens in the browser;
changed since publish: the link and a hint; failed: the message and Retry; conflict: Resolve…; the post
deleted on the site: "Publish as a new post" and "Unbind from the site" (a retry could never succeed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html import escape
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from editor.article import Status, local_time_text, scheduled_for
from editor.messages import Message
from editor.sync import outbox
from editor.sync.gone import says_post_is_gone
from editor.ui.messages import describe


@dataclass(frozen=True, slots=True)
class PublishState:
    """Plain data read on a worker: what the widget shows for one article."""

    article_id: str
    status: Status
    url: str = ""
    op_id: str = ""
    op_state: str = ""
    last_error: str = ""
    scheduled_for: datetime | None = None  # a scheduled post on the site (embargo in the future)
    post_deleted: bool = False  # the last operation stopped because the post is no more on the site

    @property
    def post_gone(self) -> bool:
        """The bound post was deleted on the site: only a new post or unbinding moves the article on."""
        return self.status in (Status.FAILED, Status.CONFLICT) and self.post_deleted


def read_state(store: Any, article_id: str) -> PublishState:
    article = store.get(article_id)
    op = outbox.latest_operation(store, article_id)
    return PublishState(
        article_id,
        article.status,
        article.remote.url if article.remote else "",
        op.id if op else "",
        op.state.value if op else "",
        describe(op.last_error) if op else "",
        scheduled_for(article.status, article.remote, article.embargo),
        bool(op and says_post_is_gone(op.last_error)),
    )


class PublishStatusWidget(QWidget):
    retry_requested = Signal(str)  # operation id
    resolve_requested = Signal(str)  # article id
    publish_new_requested = Signal(str)  # article id: its post was deleted on the site
    unbind_requested = Signal(str)  # article id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: PublishState | None = None
        self.label = QLabel(self)
        self.label.setAccessibleName(self.tr("Publishing status"))
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.linkActivated.connect(self._open_link)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.setFlat(True)
        self.retry_button.clicked.connect(self._on_retry_clicked)
        self.resolve_button = QPushButton(self.tr("Resolve…"), self)
        self.resolve_button.setFlat(True)
        self.resolve_button.clicked.connect(self._on_resolve_clicked)
        self.publish_new_button = QPushButton(self.tr("Publish as a ne&w post"), self)
        self.publish_new_button.setFlat(True)
        self.publish_new_button.clicked.connect(lambda: self._emit_for_article(self.publish_new_requested))
        self.unbind_button = QPushButton(self.tr("Unbind from the site"), self)
        self.unbind_button.setFlat(True)
        self.unbind_button.clicked.connect(lambda: self._emit_for_article(self.unbind_requested))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = (self.retry_button, self.resolve_button, self.publish_new_button, self.unbind_button)
        for widget in (self.label, *buttons):
            layout.addWidget(widget)
        self.show_state(None)

    def show_state(self, state: PublishState | None) -> None:
        self.state = state
        gone = bool(state and state.post_gone)
        self.retry_button.setVisible(
            bool(state and state.status == Status.FAILED and state.op_id) and not gone
        )
        self.resolve_button.setVisible(bool(state and state.status == Status.CONFLICT) and not gone)
        self.publish_new_button.setVisible(gone)
        self.unbind_button.setVisible(gone)
        self.label.setText(self._text(state))
        self.label.setToolTip(state.last_error if state and state.last_error else "")

    def show_progress(self, what: Message, done: int, total: int) -> None:
        if self.state is not None and self.state.status in (Status.QUEUED, Status.SENDING):
            self.label.setText(escape(f"{describe(what)}… ({done}/{total})"))

    def _text(self, state: PublishState | None) -> str:
        if state is None:
            return ""
        link = f'<a href="{escape(state.url)}">{escape(self.tr("view on site"))}</a>' if state.url else ""
        status = state.status
        if status == Status.PUBLISHED and state.scheduled_for is not None:
            when = escape(local_time_text(state.scheduled_for))
            return self.tr("Scheduled for %1").replace("%1", when) + (f" · {link}" if link else "")
        if status == Status.PUBLISHED:
            return self.tr("Published") + (f" · {link}" if link else "")
        if status == Status.CHANGED:
            return self.tr("Changed since publish") + (f" · {link}" if link else "")
        if status == Status.QUEUED:
            waiting = f" ({escape(state.last_error)})" if state.last_error else ""
            return self.tr("Queued for publishing") + waiting
        if status == Status.SENDING:
            return self.tr("Sending…")
        if status == Status.FAILED:
            return self.tr("Publishing failed: %1").replace("%1", escape(state.last_error))
        if status == Status.CONFLICT:
            return self.tr("Conflict: edited on the site since your last publish")
        if state.url:  # unpublished: the post is a draft on the site, publishing again restores it
            return self.tr("Not on the site (a draft there)")
        return ""

    def _open_link(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))

    def _on_retry_clicked(self) -> None:
        if self.state is not None and self.state.op_id:
            self.retry_requested.emit(self.state.op_id)

    def _on_resolve_clicked(self) -> None:
        if self.state is not None:
            self.resolve_requested.emit(self.state.article_id)

    def _emit_for_article(self, signal: Any) -> None:
        if self.state is not None:
            signal.emit(self.state.article_id)
