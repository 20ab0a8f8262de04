"""Ghost from the window: the Accounts dialog asks for the kind and shows its fields; publishing, an
edit, a conflict and "Open from CMS" against the real Ghost (pytest-qt offscreen, real keyring)."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from editor.article import Status
from editor.cms.accounts import AccountStore
from editor.ui.core import AppCore
from editor.ui.main_window import MainWindow
from editor.ui.publish import install_publishing
from editor.ui.publish.conflict import ConflictDialog
from tests.ghost.server import GhostServer
from tests.sync.conftest import full_article
from tests.sync.test_secrets import files_containing
from tests.ui.shell_support import STARTUP_TIMEOUT_MS, close_window

pytest_plugins = ["tests.ui.shell_fixtures"]

TIMEOUT_MS = 180_000


@pytest.fixture
def window(qtbot, data_dir: Path, settings_dir: Path):
    opened = MainWindow(AppCore(data_dir))
    install_publishing(opened)
    opened.show()
    with qtbot.waitSignal(opened.library_ready, timeout=STARTUP_TIMEOUT_MS):
        opened.start()
    yield opened
    close_window(qtbot, opened)


def _add_ghost_account_in_the_dialog(qtbot, window: MainWindow, ghost: GhostServer) -> str:
    ui = window.publishing
    ui.show_accounts()
    dialog = ui.dialogs["accounts"]
    assert dialog.form.isRowVisible(dialog.user_edit)  # WordPress first: user + application password
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("ghost"))
    assert not dialog.form.isRowVisible(dialog.user_edit)  # Ghost: the key alone
    assert dialog.password_label.text() == "Admin API key:"
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password
    dialog.name_edit.setText("blog")
    dialog.url_edit.setText(ghost.base_url)
    dialog.password_edit.setText(ghost.admin_key)
    dialog.add_button.click()
    qtbot.waitUntil(lambda: "Admin API key works" in dialog.message.text(), timeout=TIMEOUT_MS)
    assert "Ghost 5." in dialog.message.text()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=TIMEOUT_MS)
    assert "(Ghost)" in dialog.list.item(0).text()
    dialog.close()
    return "blog"


def _open_new_article(qtbot, window: MainWindow, folder: Path) -> str:
    article = full_article(folder, tag=uuid.uuid4().hex[:8], body_image=False)
    window.store.save(article)
    window.library.model.refresh()
    qtbot.waitUntil(lambda: window.library.model.row_of(article.id) is not None, timeout=STARTUP_TIMEOUT_MS)
    window.commands.open_article(article.id)
    qtbot.waitUntil(lambda: window.current_article_id() == article.id, timeout=STARTUP_TIMEOUT_MS)
    return article.id


def _status_text(window: MainWindow) -> str:
    return window.publishing.status.label.text()


def test_add_a_ghost_account_publish_edit_and_meet_a_conflict_from_the_window(
    qtbot, window: MainWindow, ghost: GhostServer, data_dir: Path, settings_dir: Path, tmp_path: Path
) -> None:
    _add_ghost_account_in_the_dialog(qtbot, window, ghost)
    assert [(a.name, a.kind, a.username) for a in AccountStore(data_dir).list()] == [("blog", "ghost", "")]

    article_id = _open_new_article(qtbot, window, tmp_path)
    window.window_actions.publish.trigger()
    qtbot.waitUntil(lambda: _status_text(window).startswith("Published"), timeout=TIMEOUT_MS)
    (post,) = ghost.posts_marked(article_id)
    assert f'href="{post["url"]}"' in _status_text(window)

    body = window.form.body_editor
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, " Ferries may run again on Monday.")
    qtbot.waitUntil(lambda: window.store.get(article_id).status == Status.CHANGED, timeout=STARTUP_TIMEOUT_MS)
    window.window_actions.publish.trigger()
    qtbot.waitUntil(lambda: "run again on Monday" in ghost.get_post(post["id"])["html"], timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: _status_text(window).startswith("Published"), timeout=TIMEOUT_MS)
    assert [p["id"] for p in ghost.posts_marked(article_id)] == [post["id"]]

    time.sleep(1.1)  # Ghost stamps to the second
    ghost.edit_post(post["id"], title="Headline fixed in Ghost")
    headline = window.form.headline.line_edit
    headline.selectAll()
    qtbot.keyClicks(headline, "Storm closes the harbour for a third day")
    window.window_actions.publish.trigger()

    def conflict_dialog() -> ConflictDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ConflictDialog) and w.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: conflict_dialog() is not None, timeout=TIMEOUT_MS)
    dialog = conflict_dialog()
    assert "Headline fixed in Ghost" in dialog.diff_view.toPlainText()
    assert ghost.get_post(post["id"])["title"] == "Headline fixed in Ghost"  # untouched
    dialog.keep_mine_button.click()
    qtbot.waitUntil(
        lambda: ghost.get_post(post["id"])["title"] == "Storm closes the harbour for a third day",
        timeout=TIMEOUT_MS,
    )
    assert len(ghost.posts_marked(article_id)) == 1

    secret = ghost.admin_key.split(":")[1].encode()
    for folder in (data_dir, settings_dir):
        assert files_containing(folder, [ghost.admin_key.encode(), secret]) == []


def test_open_from_cms_finds_and_pulls_a_ghost_post(
    qtbot, window: MainWindow, ghost: GhostServer, data_dir: Path
) -> None:
    AccountStore(data_dir).add("blog", ghost.base_url, "", ghost.admin_key, "ghost")
    words = f"Lighthouse keeper retires {uuid.uuid4().hex[:6]}"
    with ghost.admin() as api:
        created = api.post(
            "/posts/",
            params={"source": "html"},
            json={
                "posts": [
                    {"title": words, "html": "<p>After forty years at the lamp.</p>", "status": "published"}
                ]
            },
        )
        created.raise_for_status()
    post_id = created.json()["posts"][0]["id"]
    ui = window.publishing
    ui.show_open_from_cms()
    qtbot.waitUntil(lambda: "open_from_cms" in ui.dialogs, timeout=TIMEOUT_MS)
    dialog = ui.dialogs["open_from_cms"]
    qtbot.waitUntil(lambda: dialog.account_box.count() == 1, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=TIMEOUT_MS)  # nothing typed: the newest
    assert dialog.results.item(0).text().startswith(f"{words}  (")
    dialog.search_edit.setText(words)
    dialog.search()
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=TIMEOUT_MS)
    dialog.results.setCurrentRow(0)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: window.current_article_id() is not None, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.form.article().headline == words, timeout=TIMEOUT_MS)
    pulled = window.store.get(window.current_article_id())
    assert "After forty years at the lamp." in pulled.body
    assert pulled.remote is not None and pulled.remote.remote_id == post_id
    assert pulled.status == Status.PUBLISHED

    window.commands.new_article()  # opened again from the site: the same article, not a second copy
    qtbot.waitUntil(lambda: window.current_article_id() != pulled.id, timeout=TIMEOUT_MS)
    blank = window.current_article_id()
    qtbot.waitUntil(lambda: window.store.exists(blank), timeout=TIMEOUT_MS)  # its first save has landed
    count = window.store.count()
    ui.show_open_from_cms()
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=TIMEOUT_MS)  # the words are still typed
    dialog.open_button.click()
    qtbot.waitUntil(lambda: window.current_article_id() == pulled.id, timeout=TIMEOUT_MS)
    assert window.store.count() == count
