"""The main window itself: title, layout memory across runs, duplicate, export.

Real parts: MainWindow, QSettings INI files in the test's own folder, the store on a SQLite file.
"""

from __future__ import annotations

from editor.app.files import as_new, export_article
from editor.article import Article
from editor.importers import frontmatter
from tests.ui.shell_support import EVENT_TIMEOUT_MS, SAVE_TIMEOUT_MS, close_window, wait_saved

pytest_plugins = ["tests.ui.shell_fixtures"]


def test_window_size_splitters_and_panes_persist_across_two_windows(qtbot, window_factory):
    first = window_factory()
    assert first.windowTitle() == "Copydesk" or first.windowTitle().endswith(" — Copydesk")
    first.resize(720, 530)  # inside the offscreen screen (800×600)
    first.splitter.setSizes([200, 300, 200])
    first.window_actions.show_checklist.setChecked(False)
    qtbot.waitUntil(lambda: first.size().width() == 720, timeout=EVENT_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not first.checklist.isVisible(), timeout=EVENT_TIMEOUT_MS)
    qtbot.wait(200)  # on a loaded machine the panes may still be laid out again after the checklist went
    wanted_sizes = first.splitter.sizes()  # the layout the user leaves is the one they get back
    close_window(qtbot, first)

    second = window_factory()
    assert (second.width(), second.height()) == (720, 530)
    assert second.splitter.sizes() == wanted_sizes
    assert not second.window_actions.show_checklist.isChecked()
    assert not second.checklist.isVisible()
    assert second.preview.isVisible()


def test_duplicate_makes_an_independent_copy_in_the_library(qtbot, store, window_factory):
    original = Article(headline="Original story", body="Same words.", section="News")
    store.save(original)
    window = window_factory()
    window.commands.open_article(original.id)
    qtbot.waitUntil(lambda: window.current_article_id() == original.id, timeout=SAVE_TIMEOUT_MS)

    window.window_actions.duplicate.trigger()
    copy_id = window.current_article_id()
    assert copy_id != original.id
    assert window.form.headline.text() == "Copy of Original story"
    wait_saved(qtbot, window)
    copy = store.get(copy_id)
    assert (copy.body, copy.section) == ("Same words.", "News")
    assert store.get(original.id).headline == "Original story"
    qtbot.waitUntil(lambda: window.library.model.row_of(copy_id) is not None, timeout=SAVE_TIMEOUT_MS)


def test_export_writes_front_matter_that_imports_back(tmp_path):
    article = Article(headline="Exported", body="Body *text*.", tags=["a", "b"])
    path = export_article(article, tmp_path / "story.md")
    back = frontmatter.loads(path.read_text(encoding="utf-8"))
    assert (back.headline, back.body.strip(), back.tags) == ("Exported", "Body *text*.", ["a", "b"])


def test_import_keeps_the_file_id_unless_the_library_already_has_it(store, tmp_path):
    article = Article(headline="From a file", body="Imported words.")
    path = tmp_path / "story.md"
    path.write_text(frontmatter.dumps(article), encoding="utf-8")
    first = as_new(store, frontmatter.loads(path.read_text(encoding="utf-8")))
    assert (first.id, first.headline) == (article.id, "From a file")
    store.save(first)
    second = as_new(store, frontmatter.loads(path.read_text(encoding="utf-8")))
    assert second.id != article.id
    assert second.body.strip() == "Imported words."


def test_help_menu_opens_the_data_folder(qtbot, window_factory, data_dir):
    from pathlib import Path

    from PySide6.QtGui import QDesktopServices

    from tests.packaging.test_about import UrlRecorder

    window = window_factory()
    help_menu = window.window_actions.menus.help_menu
    help_items = [action.text().replace("&", "") for action in help_menu.actions()]
    assert "Open Data Folder" in help_items
    recorder = UrlRecorder()
    QDesktopServices.setUrlHandler("file", recorder, "record")
    try:
        window.window_actions.open_data_folder.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(url.toLocalFile()) for url in recorder.urls] == [data_dir]
