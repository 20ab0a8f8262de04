"""The open window and another process (the command line) writing to the same library.

Real parts: MainWindow with the real form on a SQLite file; the other writer is ``copydesk import`` run
through the real CLI entry point, or a second ArticleStore with its own connections (as another process
has), on the same file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from editor.app.files import export_article
from editor.article import Article
from editor.cli import main
from editor.store import ArticleStore
from tests.ui.shell_support import SAVE_TIMEOUT_MS, wait_saved

pytest_plugins = ["tests.ui.shell_fixtures"]


def open_article(qtbot, window, article_id: str) -> None:
    window.commands.open_article(article_id)
    qtbot.waitUntil(lambda: window.current_article_id() == article_id, timeout=SAVE_TIMEOUT_MS)


def listed_headlines(window) -> set[str]:
    model = window.library.model
    return {model.index(row, 0).data() for row in range(model.rowCount())}


def test_a_change_made_by_the_command_line_shows_in_the_open_window(
    qtbot, store, data_dir: Path, tmp_path: Path, window_factory
):
    story = Article(headline="Ferry strike", body="Crews walked out at dawn.")
    store.save(story, revision="always")
    window = window_factory()
    open_article(qtbot, window, story.id)
    wait_saved(qtbot, window)

    desk = export_article(
        story.copy(headline="Ferry strike ends", body="Crews went back at noon."), tmp_path / "ferry.md"
    )
    assert main(["--data-dir", str(data_dir), "import", str(desk)]) == 0

    editor = window.form.body_editor
    qtbot.waitUntil(lambda: editor.markdown() == "Crews went back at noon.", timeout=SAVE_TIMEOUT_MS)
    qtbot.waitUntil(lambda: "Ferry strike ends" in listed_headlines(window), timeout=SAVE_TIMEOUT_MS)
    assert window.form.headline.text() == "Ferry strike ends"
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.markdown() == "Crews walked out at dawn."  # what the window showed, one Ctrl+Z away


def test_a_save_based_on_an_older_version_keeps_both_texts_and_says_so(
    qtbot, store, data_dir: Path, window_factory
):
    story = Article(headline="Ferry strike", body="Crews walked out.")
    store.save(story, revision="always")
    window = window_factory()
    open_article(qtbot, window, story.id)
    wait_saved(qtbot, window)
    editor = window.form.body_editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Typed in the window.")  # not saved yet: the autosave waits for a pause

    other = ArticleStore.open(data_dir / "copydesk.sqlite3")
    try:
        other.save(story.copy(body="Rewritten on the desk meanwhile."))
    finally:
        other.close()

    qtbot.waitUntil(
        lambda: "changed elsewhere" in window.statusBar().currentMessage(), timeout=SAVE_TIMEOUT_MS
    )
    assert store.get(story.id).body == "Rewritten on the desk meanwhile."  # the newer text stays
    bodies = [store.revision(story.id, info.id).body for info in store.revisions(story.id)]
    assert "Crews walked out. Typed in the window." in bodies  # and the window's is kept
    qtbot.waitUntil(lambda: editor.markdown() == "Rewritten on the desk meanwhile.", timeout=SAVE_TIMEOUT_MS)
    wait_saved(qtbot, window)
    assert store.get(story.id).body == "Rewritten on the desk meanwhile."
