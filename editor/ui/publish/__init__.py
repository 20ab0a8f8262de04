"""Publishing in the editor window: ``install_publishing(window)`` wires it all to the main window.

What it adds: the outbox worker (:class:`PublishingController`, connected to ``publish_requested``), the
open article's publishing state in the status bar (with the link, Retry and Resolve…), the conflict
dialog when an update meets an edit made on the site, and a Publishing menu (Unpublish…, Outbox…,
Open from CMS…, Accounts…, Send Queued Now). The related-article search also looks on the sites.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from editor.ui.publish.controller import PublishingController
from editor.ui.publish.status import PublishStatusWidget, read_state


def _default_accounts(window: Any) -> Any:
    from editor.cms.accounts import AccountStore

    return AccountStore(window.data_dir)


class PublishingUi:
    """The publishing widgets and dialogs of one main window (kept alive by the window)."""

    def __init__(self, window: Any, accounts: Any, controller: PublishingController) -> None:
        self.window = window
        self.accounts = accounts
        self.controller = controller
        self.status = PublishStatusWidget(window)
        self.status.setObjectName("publish_status")
        window.statusBar().addWidget(self.status)
        self.dialogs: dict[str, Any] = {}
        self._showing_conflict: set[str] = set()
        controller.message.connect(lambda text: window.statusBar().showMessage(text, 8000))
        controller.article_state_changed.connect(self._on_article_state_changed)
        controller.progress.connect(self.status.show_progress)
        controller.conflict_found.connect(self.show_conflict)
        self.status.retry_requested.connect(controller.retry)
        self.status.resolve_requested.connect(self.show_conflict)
        self.status.publish_new_requested.connect(controller.publish_new)
        self.status.unbind_requested.connect(controller.unbind)
        window.article_opened.connect(self.refresh_status)
        window.library_ready.connect(self._on_library_ready)
        self.menu = self._build_menu()
        self._show_ways_forward(False)

    def _build_menu(self) -> QMenu:
        window, tr = self.window, self.window.tr
        menu = QMenu(tr("Publis&hing"), window)
        entries = (
            ("unpublish", tr("&Unpublish…"), self.unpublish_current),
            (
                "publish_new",
                tr("Publish as a &New Post"),
                lambda: self._for_current(self.controller.publish_new),
            ),
            ("unbind", tr("Un&bind from the Site"), lambda: self._for_current(self.controller.unbind)),
            ("outbox", tr("&Outbox…"), self.show_outbox),
            ("open_from_cms", tr("Open from &CMS…"), self.show_open_from_cms),
            ("accounts", tr("&Accounts…"), self.show_accounts),
            ("sync", tr("&Send Queued Now"), self.controller.retry_all),
        )
        self.actions: dict[str, QAction] = {}
        for key, text, slot in entries:
            action = QAction(text, window)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            menu.addAction(action)
            self.actions[key] = action
        bar = window.menuBar()
        help_menu = next((a for a in bar.actions() if a.text().replace("&", "") == "Help"), None)
        if help_menu is not None:
            bar.insertMenu(help_menu, menu)
        else:
            bar.addMenu(menu)
        return menu

    def _on_library_ready(self) -> None:
        from editor.ui.publish.related import install_related_search

        if self.window.form is not None:
            install_related_search(self.window, self.accounts)

    # --- the open article's state ---------------------------------------------------------------------

    def refresh_status(self, article_id: str | None = None) -> None:
        article_id = article_id or self.window.current_article_id()
        store = self.window.store
        if article_id is None or store is None:
            self.status.show_state(None)
            self._show_ways_forward(False)
            return
        self.window.tasks.run_query(
            lambda: read_state(store, article_id),
            success=self._show_state_if_current,
            label="publish state",
        )

    def _show_state_if_current(self, state: Any) -> None:
        if state.article_id == self.window.current_article_id():
            self.status.show_state(state)
            self._show_ways_forward(state.post_gone)

    def _show_ways_forward(self, post_gone: bool) -> None:
        """The menu's way out of a post deleted on the site, offered only then."""
        for key in ("publish_new", "unbind"):
            self.actions[key].setEnabled(post_gone)

    def _for_current(self, act: Any) -> None:
        article_id = self.window.current_article_id()
        if article_id is not None:
            act(article_id)

    def _on_article_state_changed(self, article_id: str) -> None:
        self.window.library.model.refresh()
        if article_id == self.window.current_article_id():
            self.refresh_status(article_id)

    # --- dialogs ----------------------------------------------------------------------------------------

    def show_conflict(self, article_id: str) -> None:
        from editor.ui.publish.conflict_flow import ask_and_resolve

        if article_id in self._showing_conflict:
            return
        self._showing_conflict.add(article_id)
        ask_and_resolve(self, article_id, done=lambda: self._showing_conflict.discard(article_id))

    def unpublish_current(self) -> None:
        article_id = self.window.current_article_id()
        if article_id is None:
            return
        answer = QMessageBox.question(
            self.window,
            self.window.tr("Unpublish"),
            self.window.tr(
                "Take this article off the site? The post becomes a draft there; nothing is deleted, and "
                "publishing again puts it back."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.unpublish(article_id)

    def show_outbox(self) -> None:
        from editor.ui.publish.outbox_view import OutboxDialog

        self._show_dialog("outbox", lambda: OutboxDialog(self.controller, self.window))

    def show_accounts(self) -> None:
        from editor.ui.accounts.dialog import AccountsDialog

        def make() -> Any:
            dialog = AccountsDialog(
                self.window.tasks, self.accounts, self.window, store=getattr(self.window, "store", None)
            )
            dialog.accounts_changed.connect(self.controller.forget_clients)
            return dialog

        self._show_dialog("accounts", make)

    def show_open_from_cms(self) -> None:
        from editor.ui.publish.open_from_cms import OpenFromCmsDialog

        def show(names: list[str]) -> None:
            def make() -> Any:
                dialog = OpenFromCmsDialog(self.controller, names, self.window)
                dialog.article_pulled.connect(self._open_pulled)
                return dialog

            self._show_dialog("open_from_cms", make)

        accounts = self.accounts  # accounts.json is read on a worker, never on the GUI thread
        self.window.tasks.run_query(
            lambda: [a.name for a in accounts.list()],
            success=show,
            failure=self.controller.show_error,
            label="account names",
        )

    def _open_pulled(self, article_id: str) -> None:
        self.window.library.model.refresh()
        self.window.commands.open_article(article_id)

    def _show_dialog(self, key: str, make: Any) -> None:
        dialog = self.dialogs.get(key)
        if dialog is None:
            dialog = make()
            self.dialogs[key] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()


def install_publishing(window: Any, *, accounts: Any = None, interval_ms: int | None = None) -> PublishingUi:
    """Add publishing to ``window`` (a MainWindow); call once, before ``window.start()``."""
    accounts = accounts if accounts is not None else _default_accounts(window)
    options = {} if interval_ms is None else {"interval_ms": interval_ms}
    controller = PublishingController(window, accounts, **options)
    ui = PublishingUi(window, accounts, controller)
    window.publishing = ui
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(controller.shutdown)
    return ui
