"""A post deleted on the real WordPress, met from the window: the status bar (and the Publishing menu, and the
conflict flow) offer "Publish as a new post" and "Unbind from the site", from the keyboard, through the
outbox, as ``copydesk resolve ID publish-new|unbind`` does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from editor.article import Status
from editor.cli import main
from editor.store import ArticleStore
from editor.ui.main_window import MainWindow
from tests.sync.conftest import keyring_account, posts_marked  # noqa: F401 - a fixture
from tests.ui.publish_window_test import (  # noqa: F401 - a fixture
    NETWORK_TIMEOUT_MS,
    _article_in_library,
    _open,
    _publish_from_menu,
    _published_from_the_window,
    _status_text,
    publishing_window,
)
from tests.ui.shell_support import EVENT_TIMEOUT_MS, wait_saved
from tests.wordpress.server import WordPressServer

pytest_plugins = ["tests.ui.shell_fixtures", "tests.wordpress.fixtures"]
pytestmark = pytest.mark.wordpress


def _delete_post(wordpress: WordPressServer, post_id: int) -> None:
    with wordpress.rest() as client:
        client.delete(f"/wp/v2/posts/{post_id}", params={"force": "true"}).raise_for_status()


def _edit_headline(qtbot, window: MainWindow, text: str) -> None:
    headline = window.form.headline.line_edit
    headline.selectAll()
    qtbot.keyClicks(headline, text)
    wait_saved(qtbot, window)


def _press(qtbot, button) -> None:
    """As from the keyboard: the button takes the focus (Tab reaches it) and Space presses it."""
    assert button.isVisible() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus, timeout=EVENT_TIMEOUT_MS)
    qtbot.keyClick(button, Qt.Key.Key_Space)


@pytest.mark.parametrize("way", ["publish-new", "unbind"])
def test_the_status_bar_offers_a_new_post_or_unbinding_once_the_post_was_deleted(
    qtbot,
    publishing_window: MainWindow,  # noqa: F811
    wordpress: WordPressServer,
    data_dir: Path,
    tmp_path: Path,
    way: str,
) -> None:
    window = publishing_window
    article, old_id = _published_from_the_window(qtbot, window, data_dir, tmp_path)
    _delete_post(wordpress, old_id)
    _edit_headline(qtbot, window, "Storm closes the harbour for a second day")
    _publish_from_menu(qtbot, window)
    status = window.publishing.status
    qtbot.waitUntil(lambda: "deleted on the site" in _status_text(window), timeout=NETWORK_TIMEOUT_MS)
    qtbot.waitUntil(status.publish_new_button.isVisible, timeout=EVENT_TIMEOUT_MS)
    assert status.unbind_button.isVisible() and not status.retry_button.isVisible()
    assert window.publishing.actions["publish_new"].isEnabled()

    if way == "publish-new":
        _press(qtbot, status.publish_new_button)
    else:
        _press(qtbot, status.unbind_button)
        qtbot.waitUntil(lambda: window.store.get(article.id).remote is None, timeout=NETWORK_TIMEOUT_MS)
        assert window.store.get(article.id).status == Status.READY
        qtbot.waitUntil(lambda: not status.unbind_button.isVisible(), timeout=EVENT_TIMEOUT_MS)
        _publish_from_menu(qtbot, window)  # and publishing works again from there
    qtbot.waitUntil(lambda: _status_text(window).startswith("Published"), timeout=NETWORK_TIMEOUT_MS)
    [post] = posts_marked(wordpress, article.id)
    assert post["id"] != old_id
    assert post["title"]["raw"] == "Storm closes the harbour for a second day"
    assert window.store.get(article.id).remote.remote_id == post["id"]
    assert not status.publish_new_button.isVisible()
    assert not window.publishing.actions["publish_new"].isEnabled()


def test_resolving_a_conflict_whose_post_was_then_deleted_offers_the_same_two_ways(
    qtbot,
    publishing_window: MainWindow,  # noqa: F811
    wordpress: WordPressServer,
    data_dir: Path,
    tmp_path: Path,
    capsys,
) -> None:
    window = publishing_window
    # Published from the command line, then edited on the site and here: a conflict, left for later.
    article = _article_in_library(data_dir, tmp_path)
    assert main(["publish", article.id]) == 0, capsys.readouterr().err
    store = ArticleStore.open(data_dir / "copydesk.sqlite3")
    try:
        old_id = store.get(article.id).remote.remote_id
        with wordpress.rest() as client:
            client.post(f"/wp/v2/posts/{old_id}", json={"title": "Fixed by the web desk"}).raise_for_status()
        store.save(store.get(article.id).copy(headline="Storm closes the harbour for a third day"))
        assert main(["publish", article.id]) == 1 and "keep-mine" in capsys.readouterr().err
    finally:
        store.close()
    _delete_post(wordpress, old_id)  # and then the post was deleted on the site

    _open(qtbot, window, article.id)
    status = window.publishing.status
    qtbot.waitUntil(status.resolve_button.isVisible, timeout=EVENT_TIMEOUT_MS)
    _press(qtbot, status.resolve_button)

    def gone_box() -> QMessageBox | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: gone_box() is not None, timeout=NETWORK_TIMEOUT_MS)
    box = gone_box()
    assert "deleted on the site" in box.text()
    [new_post] = [b for b in box.buttons() if b.text().replace("&", "") == "Publish as a New Post"]
    assert box.defaultButton() is new_post
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default button, from the keyboard
    qtbot.waitUntil(lambda: _status_text(window).startswith("Published"), timeout=NETWORK_TIMEOUT_MS)
    [post] = posts_marked(wordpress, article.id)
    assert post["id"] != old_id and post["title"]["raw"] == "Storm closes the harbour for a third day"
