"""The accounts dialog with the real keyring (gnome-keyring under dbus-run-session) and the real WordPress.

Also the secret check for the GUI side: after adding an account in the dialog and publishing from the
window, the password is in no file of the data folder nor of the settings folder.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtWidgets import QMessageBox

from editor.cms.accounts import AccountStore
from editor.ui.accounts.dialog import AccountsDialog
from editor.ui.core import AppCore
from editor.ui.main_window import MainWindow
from editor.ui.publish import install_publishing
from tests.sync.conftest import full_article, posts_marked
from tests.sync.test_secrets import files_containing, secret_forms
from tests.ui.shell_support import EVENT_TIMEOUT_MS, STARTUP_TIMEOUT_MS, close_window
from tests.wordpress.server import WordPressServer

pytest_plugins = ["tests.ui.shell_fixtures", "tests.wordpress.fixtures"]
pytestmark = pytest.mark.wordpress

TIMEOUT_MS = 180_000


@pytest.fixture
def secret_service() -> None:
    backend = type(keyring.get_keyring()).__module__
    if "secretservice" not in backend.lower():
        message = f"no Secret Service keyring ({backend}); run under dbus-run-session"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def _site_cache_rows(store, account: str) -> list:
    from sqlalchemy import select

    from editor.sync.tables import sync_sites, sync_terms

    with store.transaction() as session:
        return [
            *session.execute(select(sync_sites).where(sync_sites.c.account == account)).all(),
            *session.execute(select(sync_terms).where(sync_terms.c.account == account)).all(),
        ]


def _fill(dialog: AccountsDialog, name: str, url: str, user: str, password: str) -> None:
    dialog.name_edit.setText(name)
    dialog.url_edit.setText(url)
    dialog.user_edit.setText(user)
    dialog.password_edit.setText(password)


def test_add_test_and_remove_an_account_and_publish_with_it(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
    settings_dir: Path,
    wordpress: WordPressServer,
    secret_service: None,
    tmp_path: Path,
) -> None:
    window = MainWindow(AppCore(data_dir))
    ui = install_publishing(window)
    window.show()
    with qtbot.waitSignal(window.library_ready, timeout=STARTUP_TIMEOUT_MS):
        window.start()
    name = f"site-{uuid.uuid4().hex[:6]}"
    try:
        ui.show_accounts()
        dialog = ui.dialogs["accounts"]
        assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password
        _fill(dialog, name, wordpress.base_url, wordpress.username, wordpress.app_password)
        dialog.add_button.click()
        qtbot.waitUntil(lambda: "logged in as" in dialog.message.text(), timeout=TIMEOUT_MS)
        assert dialog.password_edit.text() == ""
        qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=TIMEOUT_MS)
        assert name in dialog.list.item(0).text()

        article = full_article(tmp_path, tag=uuid.uuid4().hex[:8], body_image=False)
        window.store.save(article)
        window.library.model.refresh()
        qtbot.waitUntil(
            lambda: window.library.model.row_of(article.id) is not None, timeout=STARTUP_TIMEOUT_MS
        )
        window.commands.open_article(article.id)
        qtbot.waitUntil(lambda: window.current_article_id() == article.id, timeout=STARTUP_TIMEOUT_MS)
        window.window_actions.publish.trigger()
        qtbot.waitUntil(lambda: ui.status.label.text().startswith("Published"), timeout=TIMEOUT_MS)
        assert len(posts_marked(wordpress, article.id)) == 1
        assert _site_cache_rows(window.store, name), "publishing remembers the site's terms"

        dialog.list.setCurrentRow(0)
        qtbot.waitUntil(dialog.remove_button.isEnabled, timeout=EVENT_TIMEOUT_MS)
        # The confirmation is a modal question: answer it Yes without a nested event loop.
        monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
        dialog.remove_button.click()
        qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=TIMEOUT_MS)
        assert AccountStore(data_dir).list() == []
        # What the publish learnt about the site (API root, term ids) goes with the account.
        qtbot.waitUntil(lambda: not _site_cache_rows(window.store, name), timeout=TIMEOUT_MS)
    finally:
        close_window(qtbot, window)
    secrets = secret_forms(wordpress.username, wordpress.app_password)
    assert files_containing(data_dir, secrets) == []
    assert list(settings_dir.rglob("*.ini")), "the window wrote its settings"
    assert files_containing(settings_dir, secrets) == []


def test_without_a_keyring_the_dialog_refuses_clearly(
    qtbot, data_dir: Path, settings_dir: Path, wordpress: WordPressServer
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        from editor.ui.tasks import TaskRunner

        tasks = TaskRunner()
        dialog = AccountsDialog(tasks, AccountStore(data_dir))
        qtbot.addWidget(dialog)
        _fill(dialog, "site", wordpress.base_url, wordpress.username, wordpress.app_password)
        dialog.add_button.click()
        qtbot.waitUntil(lambda: "No system keyring" in dialog.message.text(), timeout=TIMEOUT_MS)
        assert dialog.add_button.isEnabled()
        assert AccountStore(data_dir).list() == []
        assert files_containing(data_dir, secret_forms(wordpress.username, wordpress.app_password)) == []
        tasks.wait_for_workers(5000)
    finally:
        keyring.set_keyring(previous)


def test_a_rejected_password_is_not_saved_unless_the_user_says_so(
    qtbot, data_dir: Path, wordpress: WordPressServer, secret_service: None
) -> None:
    from editor.ui.tasks import TaskRunner

    tasks = TaskRunner()
    store = AccountStore(data_dir)
    dialog = AccountsDialog(tasks, store)
    qtbot.addWidget(dialog)
    dialog.show()
    name = f"wrong-{uuid.uuid4().hex[:6]}"
    wrong = "abcd efgh ijkl mnop qrst uvwx"
    try:
        _fill(dialog, name, wordpress.base_url, wordpress.username, wrong)
        dialog.add_button.click()
        assert dialog.progress.isVisible(), "the test shows that it is working"
        qtbot.waitUntil(lambda: dialog.add_button.isEnabled(), timeout=TIMEOUT_MS)
        assert dialog.isVisible()
        assert dialog.message.text() and "logged in" not in dialog.message.text()
        assert not (data_dir / "accounts.json").exists() or store.list() == []
        assert keyring.get_password("Copydesk", f"wordpress:{name}") is None
        assert dialog.password_edit.text() == wrong, "the fields stay for a correction"
        assert dialog.save_anyway_button.isVisible()
        assert not dialog.progress.isVisible()

        dialog.save_anyway_button.click()  # the user's explicit choice
        qtbot.waitUntil(lambda: [a.name for a in store.list()] == [name], timeout=TIMEOUT_MS)
        assert keyring.get_password("Copydesk", f"wordpress:{name}") == wrong
        qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=TIMEOUT_MS)
        assert not dialog.save_anyway_button.isVisible()
    finally:
        if any(a.name == name for a in store.list()):
            store.remove(name)
        tasks.wait_for_workers(5000)
