"""``copydesk story.md``: the window imports the files it is given and opens the last one.

Real parts: MainWindow, the store on a SQLite file, article files written with the real exporter.
"""

from __future__ import annotations

from pathlib import Path

from editor.app.files import export_article
from editor.article import Article
from editor.ui.core import AppCore
from editor.ui.main_window import MainWindow
from tests.ui.shell_support import SAVE_TIMEOUT_MS, close_window, wait_saved

pytest_plugins = ["tests.ui.shell_fixtures"]


def test_files_are_imported_and_the_last_one_opens(qtbot, store, tmp_path, window_factory):
    first = export_article(Article(headline="Bridge reopens", body="Cars again."), tmp_path / "bridge.md")
    second = export_article(Article(headline="Mayor quits", body="She left."), tmp_path / "mayor.json")
    window = window_factory()

    window.open_files([first, second])
    qtbot.waitUntil(lambda: window.form.headline.text() == "Mayor quits", timeout=SAVE_TIMEOUT_MS)
    opened_id = window.current_article_id()
    assert store.get(opened_id).body.strip() == "She left."
    headlines = {summary.headline for summary in store.list()}
    assert {"Bridge reopens", "Mayor quits"} <= headlines
    assert store.revisions(opened_id)[0].reason == "opened from mayor.json"
    assert "Mayor quits" in window.windowTitle()


def test_a_file_with_the_id_of_an_article_updates_it_even_when_it_is_open(
    qtbot, store, tmp_path, window_factory
):
    story = Article(headline="Storm warning", body="First version.")
    store.save(story)
    window = window_factory()
    window.commands.open_article(story.id)
    qtbot.waitUntil(lambda: window.current_article_id() == story.id, timeout=SAVE_TIMEOUT_MS)
    path = export_article(story.copy(body="Second version, from the desk."), tmp_path / "storm.md")

    window.open_files([path])
    qtbot.waitUntil(lambda: "Second version" in window.form.body_editor.markdown(), timeout=SAVE_TIMEOUT_MS)
    assert window.current_article_id() == story.id
    assert store.get(story.id).body.strip() == "Second version, from the desk."
    assert store.revisions(story.id)[0].reason == "opened from storm.md"
    assert [summary.id for summary in store.list()] == [story.id]  # updated in place, no copy


def test_an_unreadable_file_is_named_in_a_message_and_the_others_still_open(
    qtbot, store, tmp_path, window_factory
):
    broken = tmp_path / "broken.json"
    broken.write_text("{ this is not json", encoding="utf-8")
    missing = tmp_path / "gone.md"
    good = export_article(Article(headline="Good one", body="Fine."), tmp_path / "good.md")
    window = window_factory()

    window.open_files([broken, good, missing])
    qtbot.waitUntil(lambda: window.form.headline.text() == "Good one", timeout=SAVE_TIMEOUT_MS)
    box = window.file_problems_box
    assert box is not None and box.isVisible() and not box.isModal()
    details = box.informativeText()
    assert "broken.json" in details and "gone.md" in details
    assert "Traceback" not in details
    assert "broken.json" in window.statusBar().currentMessage()


def test_files_given_before_the_library_opens_are_opened_once_it_is(qtbot, store, tmp_path, settings_dir):
    path = export_article(Article(headline="Early file", body="Words."), tmp_path / "early.md")
    window = MainWindow(AppCore(Path(tmp_path / "data")))
    window.show()
    try:
        window.open_files([path])  # as app.run does, before the first paint
        with qtbot.waitSignal(window.library_ready, timeout=SAVE_TIMEOUT_MS):
            window.start()
        qtbot.waitUntil(lambda: window.form.headline.text() == "Early file", timeout=SAVE_TIMEOUT_MS)
    finally:
        close_window(qtbot, window)


def test_a_file_replacing_the_open_article_keeps_what_was_typed_in_the_history(
    qtbot, store, tmp_path, window_factory
):
    story = Article(headline="Storm warning", body="First version.")
    store.save(story, revision="always")
    window = window_factory()
    window.commands.open_article(story.id)
    qtbot.waitUntil(lambda: window.current_article_id() == story.id, timeout=SAVE_TIMEOUT_MS)
    editor = window.form.body_editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Typed in the window.")
    wait_saved(qtbot, window)
    path = export_article(story.copy(body="From the desk."), tmp_path / "storm.md")

    window.open_files([path])
    qtbot.waitUntil(lambda: "From the desk." in editor.markdown(), timeout=SAVE_TIMEOUT_MS)
    bodies = [store.revision(story.id, info.id).body for info in store.revisions(story.id)]
    assert "First version. Typed in the window." in bodies


def test_front_matter_without_a_field_is_named_in_a_non_modal_message_and_kept(
    qtbot, store, tmp_path, window_factory
):
    story = tmp_path / "story.md"
    story.write_text("---\ntitle: Kept keys\nlayout: post\nweight: 3\n---\nBody.\n", encoding="utf-8")
    window = window_factory()

    window.open_files([story])
    qtbot.waitUntil(lambda: window.form.headline.text() == "Kept keys", timeout=SAVE_TIMEOUT_MS)
    box = window.import_notes_box
    assert box is not None and box.isVisible() and not box.isModal()
    assert "story.md" in box.informativeText() and "layout, weight" in box.informativeText()
    assert store.get(window.current_article_id()).extra == {"layout": "post", "weight": 3}
