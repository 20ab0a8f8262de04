"""The checklist pane, the preview pane and the history dialog of the real main window.

Real parts: MainWindow with the real ArticleForm, the store on a SQLite file in the test's data folder,
editor.render's real checklist and renderer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor.article import Article, Byline, Severity
from tests.ui.shell_support import SAVE_TIMEOUT_MS, wait_saved

pytest_plugins = ["tests.ui.shell_fixtures"]

QUOTED_STORY = Article(
    headline="Mayor defends the new bridge",
    standfirst="The city council will vote on Thursday.",
    body='"We will build it on time," the mayor said on Monday.\n\nThe vote is on Thursday.\n',
    bylines=[Byline("Ana Ruiz")],
    section="News",
)


def open_article(qtbot, window, article_id: str) -> None:
    window.commands.open_article(article_id)
    qtbot.waitUntil(lambda: window.current_article_id() == article_id, timeout=SAVE_TIMEOUT_MS)


def test_checklist_flags_a_quote_without_source_and_clicking_it_focuses_the_sources(
    qtbot, store, window_factory
):
    store.save(QUOTED_STORY.copy())
    window = window_factory()
    open_article(qtbot, window, QUOTED_STORY.id)
    pane = window.checklist

    def source_item():
        for row in range(pane.list.count()):
            item = pane.list.item(row)
            if "source" in item.text().lower():
                return item
        return None

    qtbot.waitUntil(lambda: source_item() is not None, timeout=SAVE_TIMEOUT_MS)
    item = source_item()
    assert item.text().startswith("Error:")
    assert any(p.field == "sources" and p.severity == Severity.ERROR for p in pane.problems())

    rect = pane.list.visualItemRect(item)
    qtbot.mouseClick(pane.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    focused = QApplication.focusWidget()
    assert focused is not None and window.form.sources.isAncestorOf(focused)


def test_publish_with_errors_does_not_emit_and_without_errors_it_does(qtbot, store, window_factory):
    store.save(QUOTED_STORY.copy())
    window = window_factory()
    open_article(qtbot, window, QUOTED_STORY.id)
    emitted: list[str] = []
    window.publish_requested.connect(emitted.append)

    qtbot.keyClick(
        window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(
        lambda: "before publishing" in window.statusBar().currentMessage(), timeout=SAVE_TIMEOUT_MS
    )
    assert emitted == []

    window.form.body_editor.setPlainText("The vote is on Thursday, the council said in a statement.\n")
    window.form.focus_field("headline")
    with qtbot.waitSignal(window.publish_requested, timeout=SAVE_TIMEOUT_MS):
        window.window_actions.publish.trigger()
    assert emitted == [QUOTED_STORY.id]
    assert window.statusBar().currentMessage() == "Ready to publish"
    assert store.get(QUOTED_STORY.id).body.startswith("The vote is on Thursday, the council said")


def test_ctrl_e_toggles_the_preview_which_shows_the_rendered_article(qtbot, store, window_factory):
    story = QUOTED_STORY.copy(body="## What happened\n\nThe **bridge** opens in May.\n")
    store.save(story)
    window = window_factory()
    open_article(qtbot, window, story.id)
    preview = window.preview
    if not preview.isVisible():
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "The bridge opens in May." in preview.toPlainText(), timeout=SAVE_TIMEOUT_MS)
    html = preview.toHtml()
    assert "Mayor defends the new bridge" in preview.toPlainText()
    assert "What happened" in preview.toPlainText()
    assert "font-weight:700" in html or "font-weight:600" in html  # the **bold** was rendered

    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert not preview.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert preview.isVisible()

    window.form.body_editor.setFocus()
    window.form.body_editor.moveCursor(window.form.body_editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.form.body_editor, "Tolls start in June.")
    qtbot.waitUntil(lambda: "Tolls start in June." in preview.toPlainText(), timeout=SAVE_TIMEOUT_MS)


def test_restoring_a_revision_from_history_brings_the_old_text_back(qtbot, store, window_factory):
    story = Article(headline="Budget story", body="Version one of the text.\n")
    store.save(story)
    store.save(story.copy(body="Version two of the text.\n"), revision="always")
    window = window_factory()
    open_article(qtbot, window, story.id)
    assert window.form.body_editor.markdown() == "Version two of the text.\n"

    window.window_actions.history.trigger()
    dialog = window.history_dialog
    qtbot.waitUntil(lambda: dialog.revision_count() == 2, timeout=SAVE_TIMEOUT_MS)
    dialog.select_revisions(1)  # the older one (newest first)
    qtbot.waitUntil(lambda: "one" in dialog.diff_view.toPlainText(), timeout=SAVE_TIMEOUT_MS)
    assert "two" in dialog.diff_view.toPlainText()

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.form.body_editor.markdown() == "Version one of the text.\n", timeout=SAVE_TIMEOUT_MS
    )
    wait_saved(qtbot, window)
    assert store.get(story.id).body == "Version one of the text.\n"
    assert any("restored" in info.reason for info in store.revisions(story.id))


def _bodies(store, article_id: str) -> list[str]:
    return [store.revision(article_id, info.id).body for info in store.revisions(article_id)]


def _type_at_end(qtbot, window, text: str) -> None:
    editor = window.form.body_editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, text)


def test_restoring_keeps_the_autosaved_text_in_the_history_and_ctrl_z_brings_it_back(
    qtbot, store, window_factory
):
    story = Article(headline="Budget story", body="Version one.")
    store.save(story, revision="always")
    window = window_factory()
    open_article(qtbot, window, story.id)
    _type_at_end(qtbot, window, " A sentence typed since.")
    wait_saved(qtbot, window)  # autosave stored it; no revision of its own (coalesced)

    window.window_actions.history.trigger()
    dialog = window.history_dialog
    qtbot.waitUntil(lambda: dialog.revision_count() == 1, timeout=SAVE_TIMEOUT_MS)
    dialog.select_revisions(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    editor = window.form.body_editor
    qtbot.waitUntil(lambda: editor.markdown() == "Version one.", timeout=SAVE_TIMEOUT_MS)
    wait_saved(qtbot, window)
    assert "kept in the history" in window.statusBar().currentMessage()
    assert "Version one. A sentence typed since." in _bodies(store, story.id)

    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.markdown() == "Version one. A sentence typed since."


def test_ctrl_s_after_the_autosave_keeps_the_text_in_the_history(qtbot, store, window_factory):
    story = Article(headline="Budget story", body="Version one.")
    store.save(story, revision="always")
    window = window_factory()
    open_article(qtbot, window, story.id)
    _type_at_end(qtbot, window, " Typed, then a pause.")
    wait_saved(qtbot, window)  # the pause: autosave stored the text

    window.window_actions.save.trigger()
    qtbot.waitUntil(lambda: "history" in window.statusBar().currentMessage(), timeout=SAVE_TIMEOUT_MS)
    qtbot.waitUntil(
        lambda: "Version one. Typed, then a pause." in _bodies(store, story.id), timeout=SAVE_TIMEOUT_MS
    )
    assert window.statusBar().currentMessage() == "Saved; this version is kept in the history."

    window.window_actions.save.trigger()  # again, nothing typed: says so truthfully
    qtbot.waitUntil(lambda: "already" in window.statusBar().currentMessage(), timeout=SAVE_TIMEOUT_MS)
    assert len(store.revisions(story.id)) == 2


def test_when_every_check_passes_the_checklist_gives_its_room_to_the_preview(qtbot, store, window_factory):
    passing = QUOTED_STORY.copy(body="The vote is on Thursday, the council said in a statement.\n")
    store.save(passing)
    window = window_factory()
    window.window_actions.show_preview.setChecked(True)
    window.show_checklist(True)
    open_article(qtbot, window, passing.id)
    pane = window.checklist
    qtbot.waitUntil(lambda: pane.summary.text().startswith("✓"), timeout=SAVE_TIMEOUT_MS)
    assert not pane.list.isVisible()  # no empty box under "every check passed"
    assert pane.height() <= pane.compact_height() + 2 * window.side.handleWidth()
    roomy_preview = window.preview.height()

    window.form.headline.line_edit.selectAll()
    qtbot.keyClick(window.form.headline.line_edit, Qt.Key.Key_Delete)  # the headline is required
    qtbot.waitUntil(lambda: pane.list.isVisible() and pane.list.count() > 0, timeout=SAVE_TIMEOUT_MS)
    assert pane.height() > pane.compact_height()  # the findings have room again
    assert window.preview.height() < roomy_preview
