"""The outbox view and "Open from CMS…" in the real window, against the real WordPress and keyring."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from editor.article import Status
from editor.sync.outbox import OpState
from editor.ui.core import AppCore
from editor.ui.main_window import MainWindow
from editor.ui.publish import install_publishing
from tests.sync.conftest import full_article, keyring_account, posts_marked  # noqa: F401 - a fixture
from tests.ui.shell_support import STARTUP_TIMEOUT_MS, close_window
from tests.wordpress.server import WordPressServer

pytest_plugins = ["tests.ui.shell_fixtures", "tests.wordpress.fixtures"]
pytestmark = pytest.mark.wordpress

TIMEOUT_MS = 180_000


@pytest.fixture
def window(qtbot, data_dir: Path, settings_dir: Path, keyring_account: str):  # noqa: F811
    opened = MainWindow(AppCore(data_dir))
    install_publishing(opened)
    opened.show()
    with qtbot.waitSignal(opened.library_ready, timeout=STARTUP_TIMEOUT_MS):
        opened.start()
    yield opened
    close_window(qtbot, opened)


def _open_new_article(qtbot, window: MainWindow, folder: Path) -> str:
    article = full_article(folder, tag=uuid.uuid4().hex[:8], body_image=False)
    window.store.save(article)
    window.library.model.refresh()
    qtbot.waitUntil(lambda: window.library.model.row_of(article.id) is not None, timeout=STARTUP_TIMEOUT_MS)
    window.commands.open_article(article.id)
    qtbot.waitUntil(lambda: window.current_article_id() == article.id, timeout=STARTUP_TIMEOUT_MS)
    return article.id


def test_offline_publish_waits_in_the_outbox_retry_now_sends_it_and_unpublish_takes_it_down(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, wordpress: WordPressServer, tmp_path: Path
) -> None:
    ui = window.publishing
    article_id = _open_new_article(qtbot, window, tmp_path)
    wordpress.stop_php()
    try:
        window.window_actions.publish.trigger()
        qtbot.waitUntil(
            lambda: ui.status.label.text().startswith("Queued for publishing ("), timeout=TIMEOUT_MS
        )
        ui.show_outbox()
        dialog = ui.dialogs["outbox"]
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=TIMEOUT_MS)
        assert dialog.operations[0].article_id == article_id
        assert dialog.operations[0].state == OpState.PENDING and dialog.operations[0].attempts >= 1
        assert dialog.table.item(0, 5).text()  # the last error is shown
    finally:
        wordpress.start_php()
    dialog.sync_button.click()  # "Retry now"
    qtbot.waitUntil(lambda: ui.status.label.text().startswith("Published"), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=TIMEOUT_MS)
    posts = posts_marked(wordpress, article_id)
    assert len(posts) == 1

    # Unpublish, confirmed: the post becomes a draft on the site, the article says so.
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    ui.actions["unpublish"].trigger()
    qtbot.waitUntil(lambda: ui.status.label.text() == "Not on the site (a draft there)", timeout=TIMEOUT_MS)
    assert wordpress.get_post(posts[0]["id"])["status"] == "draft"
    assert window.store.get(article_id).status == Status.DRAFT


def _open_from_cms(qtbot, window: MainWindow):
    ui = window.publishing
    ui.show_open_from_cms()
    qtbot.waitUntil(lambda: "open_from_cms" in ui.dialogs, timeout=TIMEOUT_MS)
    dialog = ui.dialogs["open_from_cms"]
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT_MS)
    return dialog


def _listed(dialog) -> list[str]:
    """The post titles the dialog lists (each row: "title  (status, date)")."""
    return [dialog.results.item(row).text().rsplit("  (", 1)[0] for row in range(dialog.results.count())]


def test_open_from_cms_lists_the_recent_posts_at_once_and_cancel_or_esc_close_it(
    qtbot, window: MainWindow, wordpress: WordPressServer
) -> None:
    from PySide6.QtCore import Qt

    words = f"Harbour ferry timetable {uuid.uuid4().hex[:6]}"
    with wordpress.rest() as client:
        client.post(
            "/wp/v2/posts", json={"title": words, "content": "<p>Winter times.</p>", "status": "publish"}
        ).raise_for_status()
    dialog = _open_from_cms(qtbot, window)
    assert dialog.message.text() == "Loading the recent posts…"  # shown while the site answers
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=TIMEOUT_MS)  # nothing typed
    assert _listed(dialog)[0] == words  # the newest post first
    assert dialog.message.text() == ""

    dialog.cancel_button.click()
    assert not dialog.isVisible()
    dialog = _open_from_cms(qtbot, window)
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_open_from_cms_opens_the_article_already_bound_to_the_post_instead_of_a_copy(
    qtbot, window: MainWindow, wordpress: WordPressServer, tmp_path: Path
) -> None:
    article_id = _open_new_article(qtbot, window, tmp_path)
    window.window_actions.publish.trigger()
    ui = window.publishing
    qtbot.waitUntil(lambda: ui.status.label.text().startswith("Published"), timeout=TIMEOUT_MS)
    headline = window.store.get(article_id).headline
    window.commands.new_article()
    qtbot.waitUntil(lambda: window.current_article_id() != article_id, timeout=TIMEOUT_MS)
    blank = window.current_article_id()
    qtbot.waitUntil(lambda: window.store.exists(blank), timeout=TIMEOUT_MS)  # its first save has landed
    before = window.store.count()

    dialog = _open_from_cms(qtbot, window)
    qtbot.keyClicks(dialog.search_edit, headline)
    qtbot.waitUntil(lambda: _listed(dialog) == [headline], timeout=TIMEOUT_MS)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: window.current_article_id() == article_id, timeout=TIMEOUT_MS)
    assert "already in your library" in window.statusBar().currentMessage()
    assert window.store.count() == before  # no second copy
    assert not dialog.isVisible()


def test_open_from_cms_pulls_a_post_into_a_new_local_article(
    qtbot, window: MainWindow, wordpress: WordPressServer
) -> None:
    words = f"Lighthouse keeper retires {uuid.uuid4().hex[:6]}"
    with wordpress.rest() as client:
        created = client.post(
            "/wp/v2/posts",
            json={"title": words, "content": "<p>After forty years at the lamp.</p>", "status": "publish"},
        )
        created.raise_for_status()
    post_id = created.json()["id"]
    dialog = _open_from_cms(qtbot, window)
    qtbot.keyClicks(dialog.search_edit, words)  # typing searches, no Enter needed
    qtbot.waitUntil(lambda: _listed(dialog) == [words], timeout=TIMEOUT_MS)
    dialog.results.setCurrentRow(0)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: window.current_article_id() is not None, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.form.article().headline == words, timeout=TIMEOUT_MS)
    pulled = window.store.get(window.current_article_id())
    assert "After forty years at the lamp." in pulled.body
    assert pulled.remote is not None and pulled.remote.remote_id == post_id
    assert pulled.status == Status.PUBLISHED
