"""Incoming copy in the window: File → Import Wire Copy…, a file dropped on the window, Edit → Paste as
New Story; each opens a new draft with the Wire panel, the reuse meter in the status bar, highlights and
the checklist's credit rule. Real parts: MainWindow, the store on a SQLite file, the real clipboard.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.ui.shell_support import SAVE_TIMEOUT_MS

pytest_plugins = ["tests.ui.shell_fixtures"]

CORPUS = Path(__file__).parents[1] / "importers" / "wire_corpus"
PAGE = CORPUS / "en_coastal_gazette.html"
HEADLINE = "Storm Elin cuts power to 80,000 homes along the coast"


def _wait_opened_with_copy(qtbot, window, headline: str) -> None:
    qtbot.waitUntil(lambda: window.form.headline.text() == headline, timeout=SAVE_TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.wire.panel.isVisible(), timeout=SAVE_TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.wire.share_label.text().endswith("% wire copy"), timeout=SAVE_TIMEOUT_MS)


def test_import_wire_copy_from_the_file_menu_opens_a_draft_beside_its_original(
    qtbot, store, main_window, monkeypatch
) -> None:
    window = main_window
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(PAGE)], ""))
    assert window.wire.import_action in window.menus.file_menu.actions()
    window.wire.import_action.trigger()
    _wait_opened_with_copy(qtbot, window, HEADLINE)
    article = store.get(window.current_article_id())
    assert article.credit_line == "with AFP" and "## Crews work through the night" in article.body
    panel = window.wire.panel
    assert panel.original.isReadOnly() and "<nav" in panel.original.toPlainText()
    assert panel.story.toPlainText().startswith(HEADLINE)
    assert window.wire.share_label.text() == "100% wire copy"
    assert store.wire_copy(article.id).raw == PAGE.read_text(encoding="utf-8")


def _drop(window, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPoint(window.width() // 2, 10)
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, drop)


def test_a_page_and_an_email_dropped_on_the_window_become_drafts_and_the_last_opens(
    qtbot, store, main_window
) -> None:
    window = main_window
    mail = Path(__file__).parents[1] / "importers" / "wire_inputs" / "story.eml"
    _drop(window, [PAGE, mail])
    _wait_opened_with_copy(qtbot, window, "Harbour reopens after storm")
    headlines = {s.headline for s in store.list()}
    assert {HEADLINE, "Harbour reopens after storm"} <= headlines
    assert "AFP" in window.wire.panel.windowTitle()


def test_a_broken_file_dropped_is_named_in_a_message_and_nothing_is_lost(qtbot, store, main_window, tmp_path):
    window = main_window
    bad = tmp_path / "photo.html"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    before = [s.id for s in store.list()]
    _drop(window, [bad])
    qtbot.waitUntil(lambda: window.file_problems_box is not None, timeout=SAVE_TIMEOUT_MS)
    assert "photo.html" in window.file_problems_box.informativeText()
    assert "Traceback" not in window.file_problems_box.informativeText()
    assert [s.id for s in store.list()] == before


def test_paste_as_new_story_reads_the_clipboards_html(qtbot, store, main_window) -> None:
    window = main_window
    mime = QMimeData()
    mime.setHtml(PAGE.read_text(encoding="utf-8"))
    mime.setText("plain fallback")
    QApplication.clipboard().setMimeData(mime)
    assert window.wire.paste_action in window.menus.edit_menu.actions()
    window.wire.paste_action.trigger()
    _wait_opened_with_copy(qtbot, window, HEADLINE)
    assert store.wire_copy(window.current_article_id()).name == "clipboard"


def test_paste_as_new_story_reads_plain_text_copied_from_a_browser(qtbot, store, main_window) -> None:
    window = main_window
    QApplication.clipboard().setText((CORPUS / "en_copied_page.txt").read_text(encoding="utf-8"))
    window.wire.paste_action.trigger()
    headline = "Flooding forces thousands from their homes in the river valley"
    _wait_opened_with_copy(qtbot, window, headline)
    article = store.get(window.current_article_id())
    assert article.credit_line == "with AFP" and [s.name for s in article.sources] == ["AFP", "Example TV"]


def test_rewriting_lowers_the_share_highlights_the_runs_and_the_checklist_asks_for_the_credit(
    qtbot, store, main_window
) -> None:
    window = main_window
    window.wire.import_files([PAGE])
    _wait_opened_with_copy(qtbot, window, HEADLINE)
    credit = window.form.details.credit_edit
    credit.setFocus()
    credit.selectAll()
    qtbot.keyClick(credit, Qt.Key.Key_Backspace)  # the credit no longer names AFP
    qtbot.waitUntil(
        lambda: any(p.severity == "error" and p.field == "credit_line" for p in window.checklist.problems()),
        timeout=SAVE_TIMEOUT_MS,
    )
    editor = window.form.body_editor
    kept = editor.markdown().split("\n\n")[0]
    own = ("Residents of the seafront woke to the sound of chainsaws as volunteers cleared fallen trees"
           " from the road that leads down to the harbour and the old lifeboat station.")  # fmt: skip
    editor.setFocus()
    editor.selectAll()
    editor.insertPlainText(f"{kept}\n\n{own}\n\n{own.replace('Residents', 'Neighbours')}")  # as if typed
    qtbot.waitUntil(
        lambda: window.wire.share_label.text() not in ("", "100% wire copy"), timeout=SAVE_TIMEOUT_MS
    )
    percent = int(window.wire.share_label.text().split("%")[0])
    assert 20 < percent < 60
    qtbot.waitUntil(
        lambda: any(
            p.severity == "warning" and p.field == "credit_line" for p in window.checklist.problems()
        ),
        timeout=SAVE_TIMEOUT_MS,
    )
    assert editor.extraSelections() == []
    window.wire.highlight_action.setChecked(True)
    selections = editor.extraSelections()
    assert len(selections) == 1 and selections[0].cursor.selectedText() == kept.rstrip(".")


def test_an_own_story_shows_no_wire_panel(qtbot, store, main_window) -> None:
    window = main_window
    window.commands.new_article()
    qtbot.waitUntil(lambda: window.current_article_id() is not None, timeout=SAVE_TIMEOUT_MS)
    qtbot.wait(200)
    assert not window.wire.panel.isVisible() and window.wire.share_label.text() == ""


def test_the_window_keeps_running_while_a_5_mb_page_imports(qtbot, store, main_window, tmp_path) -> None:
    window = main_window
    paragraph = "<p>The council debated the harbour budget for several hours before the vote was taken.</p>"
    big = tmp_path / "big.html"
    big.write_text(f"<html><head><title>Budget night</title></head><body><article><h1>Budget night</h1>"
                   f"{paragraph * 60_000}</article></body></html>", encoding="utf-8")  # fmt: skip
    assert big.stat().st_size > 5_000_000
    ticks = []
    timer = QTimer(window, interval=50)
    timer.timeout.connect(lambda: ticks.append(window.form.headline.text()))
    timer.start()
    window.wire.import_files([big])
    qtbot.waitUntil(lambda: window.form.headline.text() == "Budget night", timeout=SAVE_TIMEOUT_MS * 2)
    timer.stop()
    assert len([t for t in ticks if t != "Budget night"]) >= 2  # the event loop ran while it was read


def test_files_given_to_the_window_open_pages_as_wire_copy(qtbot, store, main_window) -> None:
    from editor.importers.wire import WIRE_SUFFIXES
    from editor.ui import wire

    assert wire.WIRE_SUFFIXES == WIRE_SUFFIXES  # the window and the CLI agree on what is incoming copy
    main_window.open_files([PAGE])  # copydesk page.html, or the desktop's "Open with"
    _wait_opened_with_copy(qtbot, main_window, HEADLINE)


def test_the_reuse_threshold_is_a_setting(qtbot, store, data_dir, settings_dir, window_factory) -> None:
    from editor.ui.settings import REUSE_THRESHOLD_PERCENT, Settings

    Settings(data_dir).set_value(REUSE_THRESHOLD_PERCENT, 30)
    window = window_factory()
    window.wire.import_files([PAGE])
    _wait_opened_with_copy(qtbot, window, HEADLINE)
    editor = window.form.body_editor
    kept = editor.markdown().split("\n\n")[0]
    own = (
        "Residents of the seafront woke to the sound of chainsaws as volunteers cleared fallen trees"
        " from the road that leads down to the harbour and the old lifeboat station."
    )
    editor.setFocus()
    editor.selectAll()
    editor.insertPlainText(f"{kept}\n\n{own}")  # about half verbatim: over 30%
    credit = window.form.details.credit_edit
    credit.setFocus()
    credit.selectAll()
    qtbot.keyClick(credit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(
        lambda: any(p.severity == "error" and p.field == "credit_line" for p in window.checklist.problems()),
        timeout=SAVE_TIMEOUT_MS,
    )
