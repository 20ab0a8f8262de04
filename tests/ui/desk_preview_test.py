"""The preview shows the featured image the post will show (issue 14, item 5), never from the web."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QImage, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QApplication, QFileDialog

from editor.article import Article
from tests.ui.shell_support import EVENT_TIMEOUT_MS, close_window, open_window

pytest_plugins = ["tests.ui.shell_fixtures"]


def _choose_in_file_dialog(path: Path) -> None:
    """Pick ``path`` in the file dialog about to open (Qt's own dialog: offscreen has no native one)."""

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, pick)
            return
        dialog.selectFile(str(path))
        dialog.accept()

    QTimer.singleShot(0, pick)


def _shown_images(document: QTextDocument) -> list[QImage]:
    """The pictures the preview's document lays out, as the browser resolved them."""
    images = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            char_format = fragments.fragment().charFormat()
            if char_format.isImageFormat():
                name = QTextImageFormat(char_format).name()
                images.append(document.resource(QTextDocument.ResourceType.ImageResource, name))
            fragments += 1
        block = block.next()
    return images


def test_the_preview_shows_the_chosen_featured_image_and_drops_it_when_removed(
    qtbot, data_dir: Path, settings_dir: Path, store, tmp_path: Path
) -> None:
    picture = tmp_path / "harbour.png"
    image = QImage(1600, 900, QImage.Format.Format_RGB32)
    image.fill(QColor("#c02020"))
    assert image.save(str(picture))
    article = Article(headline="Harbour at dawn", body="The tide was low.\n\n" * 80)  # a long page
    store.save(article)
    store.close()
    window = open_window(qtbot, data_dir)
    try:
        model = window.library.model
        qtbot.waitUntil(lambda: model.row_of(article.id) is not None, timeout=EVENT_TIMEOUT_MS)
        window.library.table.selectRow(model.row_of(article.id))
        qtbot.waitUntil(lambda: window.form.headline.text() == article.headline, timeout=EVENT_TIMEOUT_MS)
        preview = window.preview
        qtbot.waitUntil(lambda: "The tide was low." in preview.toPlainText(), timeout=EVENT_TIMEOUT_MS)
        assert _shown_images(preview.document()) == []

        image_editor = window.form.details.image_editor
        _choose_in_file_dialog(picture)
        image_editor.browse_button.click()
        qtbot.waitUntil(lambda: image_editor.path_edit.text() == str(picture), timeout=EVENT_TIMEOUT_MS)
        qtbot.keyClicks(image_editor.caption_edit, "Boats leave the harbour")
        qtbot.keyClicks(image_editor.credit_edit, "Lea Martin")
        qtbot.waitUntil(lambda: "(Lea Martin)" in preview.toPlainText(), timeout=EVENT_TIMEOUT_MS)
        [shown] = _shown_images(preview.document())
        assert isinstance(shown, QImage) and not shown.isNull()
        assert shown.pixelColor(shown.width() // 2, shown.height() // 2) == QColor("#c02020")
        assert preview.horizontalScrollBar().maximum() == 0  # scaled to the pane, nothing cut off
        assert "Boats leave the harbour (Lea Martin)" in preview.toPlainText()  # the credit, as posted
        assert preview.toPlainText().index("Boats leave") < preview.toPlainText().index("The tide was low.")

        image_editor.remove_button.click()
        qtbot.waitUntil(lambda: "Boats leave" not in preview.toPlainText(), timeout=EVENT_TIMEOUT_MS)
        assert _shown_images(preview.document()) == []
    finally:
        close_window(qtbot, window)


def test_a_featured_image_on_the_web_or_typed_by_hand_is_named_not_loaded(
    qtbot, data_dir: Path, settings_dir: Path, store, tmp_path: Path
) -> None:
    typed = tmp_path / "typed.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#2020c0"))
    assert image.save(str(typed))
    article = Article(headline="Harbour at dawn", body="The tide was low.")
    store.save(article)
    store.close()
    window = open_window(qtbot, data_dir)
    try:
        model = window.library.model
        qtbot.waitUntil(lambda: model.row_of(article.id) is not None, timeout=EVENT_TIMEOUT_MS)
        window.library.table.selectRow(model.row_of(article.id))
        qtbot.waitUntil(lambda: window.form.headline.text() == article.headline, timeout=EVENT_TIMEOUT_MS)
        preview = window.preview
        path_edit = window.form.details.image_editor.path_edit

        qtbot.keyClicks(path_edit, "https://images.example.org/boats.jpg")
        qtbot.waitUntil(
            lambda: "https://images.example.org/boats.jpg" in preview.toPlainText(), timeout=EVENT_TIMEOUT_MS
        )
        assert _shown_images(preview.document()) == []  # named, not fetched

        path_edit.clear()
        qtbot.keyClicks(path_edit, str(typed))  # typed, not chosen: publishing will not upload it
        qtbot.waitUntil(lambda: str(typed) in preview.toPlainText(), timeout=EVENT_TIMEOUT_MS)
        assert "not uploaded" in preview.toPlainText()  # and why, as the checklist says it
        assert _shown_images(preview.document()) == []
    finally:
        close_window(qtbot, window)


def test_a_featured_image_naming_an_unknown_home_folder_is_refused_not_a_crash(qtbot) -> None:
    """``~nobody-here/x.jpg``: no such user; the preview says it is not uploaded, it does not fail."""
    from editor.article import FeaturedImage
    from editor.ui.preview import featured_figure

    article = Article(headline="Harbour", featured_image=FeaturedImage("~no-such-user-7f3a/boats.jpg"))
    html, image = featured_figure(article, 300)
    assert image is None and "not uploaded" in html
