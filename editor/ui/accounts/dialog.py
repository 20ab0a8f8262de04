"""Publishing accounts: list, add (password or key to the keyring only), test, remove.

The kind of CMS is chosen first and the form shows what that kind needs: WordPress a user name and an
application password, Ghost only an Admin API key (editor.cms.kinds). Every keyring and network call
runs on a worker; failures are shown in the dialog in the CMS's own words (wrong address, not WordPress
or not Ghost, bad password or key, no keyring: Copydesk then refuses to store it).
"Add and test" logs in first and stores the account only when that works: a rejected password is not
saved (a second account would make ``copydesk publish`` ask which one). After a failed test "Save
anyway" stores it untested, for a site that is down for now.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.cms.accounts import AccountError
from editor.cms.client import SiteInfo
from editor.cms.kinds import KINDS
from editor.ui.body.colors import warning_text
from editor.ui.errors import error_text


def login_test(accounts: Any, name: str) -> SiteInfo:
    """Log in and learn about the site (runs on a worker)."""
    client = accounts.client(name)
    try:
        return client.test()
    finally:
        client.close()


class AccountsDialog(QDialog):
    accounts_changed = Signal()

    def __init__(
        self, tasks: Any, accounts: Any, parent: QWidget | None = None, *, store: Any = None
    ) -> None:
        """``store`` (the open library, if any) forgets a removed account's cached site facts."""
        super().__init__(parent)
        self.store = store
        self.setObjectName("accounts_dialog")
        self.setWindowTitle(self.tr("Publishing accounts"))
        self.tasks = tasks
        self.accounts = accounts
        self.list = QListWidget(self)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.test_button = QPushButton(self.tr("Test"), self)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.test_button.clicked.connect(self.test_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)

        self.kind_box = QComboBox(self)
        for kind in KINDS.values():
            self.kind_box.addItem(kind.name, kind.kind)
        self.kind_box.currentIndexChanged.connect(lambda _index: self._show_kind_fields())
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. newsroom"))
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText("https://news.example.org")
        self.user_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton(self.tr("Add and test"), self)
        self.add_button.clicked.connect(self.add_account)
        self.save_anyway_button = QPushButton(self.tr("Save anyway"), self)
        self.save_anyway_button.setToolTip(self.tr("Store this account without a successful login test"))
        self.save_anyway_button.clicked.connect(self.save_untested)
        self.save_anyway_button.hide()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the login test takes as long as the site does
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.save_anyway_button)
        add_row.addWidget(self.progress, 1)
        add_box = QGroupBox(self.tr("Add a site"), self)
        form = QFormLayout(add_box)
        self.form = form
        form.addRow(self.tr("CMS:"), self.kind_box)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Site address:"), self.url_edit)
        form.addRow(self.tr("User name:"), self.user_edit)
        self.password_label = QLabel(self.tr("Password:"), self)
        form.addRow(self.password_label, self.password_edit)
        form.addRow("", add_row)
        for edit in (self.name_edit, self.url_edit, self.user_edit, self.password_edit):
            edit.textEdited.connect(lambda _text: self.save_anyway_button.hide())

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(add_box)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, 480)
        self._show_kind_fields()
        self.refresh()

    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def _show_kind_fields(self) -> None:
        """WordPress: user name + application password; Ghost: the Admin API key alone."""
        needs_user = KINDS[self.kind()].needs_username
        self.form.setRowVisible(self.user_edit, needs_user)
        if needs_user:
            self.password_label.setText(self.tr("Password:"))
            self.password_edit.setPlaceholderText(
                self.tr("application password (Users → Profile in WordPress)")
            )
        else:
            self.password_label.setText(self.tr("Admin API key:"))
            self.password_edit.setPlaceholderText(self.tr("from Settings → Integrations in Ghost"))
        self.save_anyway_button.hide()

    def _describe(self, info: SiteInfo) -> str:
        if info.cms == "WordPress":
            return self.tr("%1: logged in as %2").replace("%1", info.name).replace("%2", info.user_name)
        version = f"{info.cms} {info.cms_version}".strip()
        return self.tr("%1: %2, the Admin API key works").replace("%1", info.name).replace("%2", version)

    # --- list ----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.tasks.run_query(
            self.accounts.list, success=self._show_accounts, failure=self._fail, label="accounts"
        )

    def _show_accounts(self, accounts: list[Any]) -> None:
        self.list.clear()
        for account in accounts:
            who = (
                account.username
                if account.kind == "wordpress"
                else KINDS[account.kind].name
                if account.kind in KINDS
                else account.kind
            )
            item = QListWidgetItem(f"{account.name} — {account.url} ({who})")
            item.setData(Qt.ItemDataRole.UserRole, account.name)
            self.list.addItem(item)
        self._update_buttons()

    def selected_name(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self.selected_name() is not None
        self.test_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # --- actions -------------------------------------------------------------------------------------

    def _fields(self) -> tuple[str, str, str, str, str] | None:
        name, url = self.name_edit.text().strip(), self.url_edit.text().strip()
        user, password, kind = self.user_edit.text().strip(), self.password_edit.text(), self.kind()
        if not KINDS[kind].needs_username:
            user = ""
            if not (name and url and password):
                self._say(self.tr("Fill in the name, the site address and the Admin API key."), error=True)
                return None
        elif not (name and url and user and password):
            self._say(
                self.tr("Fill in the name, the site address, the user name and the password."), error=True
            )
            return None
        return name, url, user, password, kind

    def _busy(self, busy: bool) -> None:
        self.add_button.setEnabled(not busy)
        self.save_anyway_button.setEnabled(not busy)
        self.progress.setVisible(busy)

    def add_account(self) -> None:
        """Log in with what was typed; store the account only if that works."""
        fields = self._fields()
        if fields is None:
            return
        self.save_anyway_button.hide()
        self._busy(True)
        self._say(self.tr("Logging in to test the account…"))
        accounts = self.accounts

        def test_then_add() -> SiteInfo:
            client = accounts.candidate_client(*fields)
            try:
                info = client.test()
            finally:
                client.close()
            accounts.add(*fields)
            return info

        self.tasks.run_query(
            test_then_add,
            success=lambda info: self._added(self._describe(info)),
            failure=self._test_failed,
            label="add account",
        )

    def save_untested(self) -> None:
        """Store the account although its login test failed (the user chose to)."""
        fields = self._fields()
        if fields is None:
            return
        self._busy(True)
        self._say(self.tr("Saving the account…"))
        accounts = self.accounts
        self.tasks.run_query(
            lambda: (accounts.add(*fields), "")[1],
            success=lambda _none: self._added(self.tr("It has not been tested.")),
            failure=self._save_failed,
            label="add account",
        )

    def _added(self, description: str) -> None:
        self._busy(False)
        self.save_anyway_button.hide()
        self.password_edit.clear()
        for edit in (self.name_edit, self.url_edit, self.user_edit):
            edit.clear()
        self._say(self.tr("Account added. %1").replace("%1", description))
        self.refresh()
        self.accounts_changed.emit()

    def _test_failed(self, error: BaseException) -> None:
        """Nothing was stored; the fields stay for a correction, or for "Save anyway"."""
        self._busy(False)
        self._fail(error)
        if not isinstance(error, AccountError):  # a bad name or no keyring: saving cannot help
            self.save_anyway_button.show()

    def _save_failed(self, error: BaseException) -> None:
        self._busy(False)
        self._fail(error)

    def test_selected(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        self._say(self.tr("Connecting…"))
        accounts = self.accounts
        self.tasks.run_query(
            lambda: login_test(accounts, name),
            success=lambda info: self._say(self._describe(info)),
            failure=self._fail,
            label="test account",
        )

    def remove_selected(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove account"),
            self.tr("Forget %1 and delete its password from the keyring?").replace("%1", name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.tasks.run_query(
            lambda: self.accounts.remove(name),
            success=lambda _none: (
                self._forget_site(name),
                self.refresh(),
                self.accounts_changed.emit(),
                self._say(self.tr("Removed.")),
            ),
            failure=self._fail,
            label="remove account",
        )

    def _forget_site(self, name: str) -> None:
        """A re-added account of that name may be another installation: its term ids mean other terms."""
        if self.store is None:
            return
        from editor.sync.site_cache import forget_site_cache

        store = self.store
        self.tasks.run_change(
            lambda: forget_site_cache(store, name), failure=self._fail, label="forget site cache"
        )

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(f"color: {warning_text(self.palette()).name()};" if error else "")
        self.message.setText(text)

    def _fail(self, error: BaseException) -> None:
        self._say(error_text(error), error=True)
