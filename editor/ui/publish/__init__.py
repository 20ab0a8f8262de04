"""Publishing in the editor window: ``install_publishing(window)`` wires it all to a main window.

What it adds: the application's outbox drain (started once the library is open) and, for this window,
a :class:`PublishingController` connected to ``publish_requested``, the open article's publishing state
in the status bar (with the link, Retry and Resolve…), the conflict dialog when an update meets an edit
made on the site, and a Publishing menu (Unpublish…, Outbox…, Open from CMS…, Accounts…, Send Queued
Now). The status follows the library's change announcements.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from editor.ui.publish.controller import PublishingController
from editor.ui.publish.status import PublishStatusWidget, read_state
from editor.ui.settings import DEFAULT_ACCOUNT

if TYPE_CHECKING:
    from editor.app.changes import Changes
    from editor.ui.main_window import MainWindow


class PublishingUi:
    """The publishing widgets and dialogs of one main window (kept alive by the window)."""

    def __init__(self, window: MainWindow, controller: PublishingController) -> None:
        self.window = window
        self.core = window.core
        self.controller = controller
        self.status = PublishStatusWidget(window)
        self.status.setObjectName("publish_status")
        window.statusBar().addWidget(self.status)
        self.dialogs: dict[str, QDialog] = {}
        self._showing_conflict: set[str] = set()
        controller.message.connect(lambda text: window.statusBar().showMessage(text, 8000))
        controller.progress.connect(self.status.show_progress)
        controller.conflict_found.connect(self.show_conflict)
        self.status.retry_requested.connect(controller.retry)
        self.status.resolve_requested.connect(self.show_conflict)
        self.status.publish_new_requested.connect(controller.publish_new)
        self.status.unbind_requested.connect(controller.unbind)
        window.article_opened.connect(self.refresh_status)
        window.library_ready.connect(self.core.outbox_drain().start)
        self.core.bridge.library_changed.connect(self._on_library_changed)
        self.menu = self._build_menu()
        self._show_ways_forward(False)

    def _build_menu(self) -> QMenu:
        window = self.window
        menu = QMenu(QCoreApplication.translate("PublishingUi", "Pu&blishing"), window)
        entries = (
            ("unpublish", QCoreApplication.translate("PublishingUi", "&Unpublish…"), self.unpublish_current),
            (
                "publish_new",
                QCoreApplication.translate("PublishingUi", "Publish as a &New Post"),
                lambda: self._for_current(self.controller.publish_new),
            ),
            (
                "unbind",
                QCoreApplication.translate("PublishingUi", "Un&bind from the Site"),
                lambda: self._for_current(self.controller.unbind),
            ),
            ("outbox", QCoreApplication.translate("PublishingUi", "&Outbox…"), self.show_outbox),
            (
                "open_from_cms",
                QCoreApplication.translate("PublishingUi", "Open from &CMS…"),
                self.show_open_from_cms,
            ),
            ("accounts", QCoreApplication.translate("PublishingUi", "&Accounts…"), self.show_accounts),
            (
                "sync",
                QCoreApplication.translate("PublishingUi", "&Send Queued Now"),
                self.controller.retry_all,
            ),
        )
        self.actions: dict[str, QAction] = {}
        for key, text, slot in entries:
            action = QAction(text, window)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            menu.addAction(action)
            self.actions[key] = action
        window.menuBar().insertMenu(window.menus.help_menu.menuAction(), menu)
        return menu

    # --- the open article's state ---------------------------------------------------------------------

    def _on_library_changed(self, changes: Changes) -> None:
        """Subscribed to the change bridge: the open article's publishing state, when it may have moved."""
        if changes.touches(self.window.current_article_id()):
            self.refresh_status()

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
            QCoreApplication.translate("PublishingUi", "Unpublish"),
            QCoreApplication.translate(
                "PublishingUi",
                "Take this article off the site? The post becomes a draft there; nothing is deleted, and "
                "publishing again puts it back.",
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.unpublish(article_id)

    def show_outbox(self) -> None:
        from editor.ui.publish.outbox_view import OutboxDialog

        self._show_dialog("outbox", lambda: OutboxDialog(self.controller, self.core.bridge, self.window))

    def show_accounts(self) -> None:
        from editor.ui.accounts.dialog import AccountsDialog

        library = self.core.library

        def make() -> QDialog:
            dialog = AccountsDialog(self.window.tasks, library.accounts, self.window, store=self.window.store)
            dialog.accounts_changed.connect(library.accounts_changed)
            return dialog

        self._show_dialog("accounts", make)

    def show_open_from_cms(self) -> None:
        from editor.ui.publish.open_from_cms import OpenFromCmsDialog

        def show(names: list[str]) -> None:
            def make() -> QDialog:
                dialog = OpenFromCmsDialog(self.controller, names, self.window)
                dialog.article_pulled.connect(self.window.open_article)
                return dialog

            self._show_dialog("open_from_cms", make)

        accounts = self.core.library.accounts  # accounts.json is read on a worker, never on the GUI thread
        self.window.tasks.run_query(
            lambda: [a.name for a in accounts.list()],
            success=show,
            failure=self.controller.show_error,
            label="account names",
        )

    def _show_dialog(self, key: str, make: Callable[[], QDialog]) -> None:
        dialog = self.dialogs.get(key)
        if dialog is None:
            dialog = make()
            self.dialogs[key] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()


def install_publishing(window: MainWindow, *, interval_ms: int | None = None) -> PublishingUi:
    """Add publishing to ``window``; call once, before ``window.start()``. The application's drain is
    made by the first window that installs it (``interval_ms``: how often it looks)."""
    core = window.core
    drain = core.outbox_drain(**({} if interval_ms is None else {"interval_ms": interval_ms}))
    controller = PublishingController(core.library, core.tasks, drain, window)
    controller.default_account = lambda: window.settings.value(DEFAULT_ACCOUNT)
    window.publish_requested.connect(controller.publish)
    ui = PublishingUi(window, controller)
    window.publishing = ui
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(drain.shutdown)
    return ui
