"""Right-to-left stories in the real widgets: Arabic and Hebrew paragraphs sit on the right in the
body, headline and standfirst, the arrow keys and selections still work, and the preview lays them
out right to left (real ArticleForm and QTextBrowser, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextBrowser

from editor.article import Article
from editor.ui.form import ArticleForm
from editor.ui.preview import preview_page

ARABIC = "قال المسؤولون إن الرياح قوية."
HEBREW = "הרוחות חזקות מאוד."


@pytest.fixture
def form(qtbot) -> ArticleForm:
    widget = ArticleForm()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def line_span(edit: QPlainTextEdit | QTextBrowser, number: int) -> tuple[float, float, float] | None:
    """Left and right of the first line of block ``number``, and the width the text can take (None
    while the paragraph waits to be laid out again)."""
    layout = edit.document().findBlockByNumber(number).layout()
    if layout.lineCount() == 0:
        return None
    rect = layout.lineAt(0).naturalTextRect()
    return rect.left(), rect.right(), edit.viewport().width()


def on_the_right(edit, number: int) -> bool:
    span = line_span(edit, number)
    return span is not None and span[1] > span[2] - 20 and span[0] > span[2] / 3


def on_the_left(edit, number: int) -> bool:
    span = line_span(edit, number)
    return span is not None and span[0] < 20


def test_an_arabic_story_is_laid_out_right_to_left_in_every_field(form, qtbot) -> None:
    body = f"{ARABIC}\n\nQuote in English.\n\n{HEBREW}\n"
    form.set_article(
        Article(headline="عاصفة تضرب الساحل", standfirst="انقطاع الكهرباء", body=body, language="ar")
    )
    editor = form.body_editor
    qtbot.waitUntil(lambda: editor.document().findBlockByNumber(0).layout().lineCount() > 0)
    assert editor.document().findBlockByNumber(0).textDirection() == Qt.LayoutDirection.RightToLeft
    assert on_the_right(editor, 0) and on_the_right(editor, 4)
    # An English quotation keeps its own reading order (left to right), aligned with the story.
    assert editor.document().findBlockByNumber(2).textDirection() == Qt.LayoutDirection.LeftToRight
    assert on_the_right(form.headline.line_edit, 0)
    assert on_the_right(form.standfirst_edit, 0)
    assert form.article().body == body and form.article().headline == "عاصفة تضرب الساحل"


def test_the_cursor_moves_and_selects_in_right_to_left_text(form, qtbot) -> None:
    form.set_article(Article(body=f"{ARABIC}\n", language="ar"))
    editor = form.body_editor
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(3)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Left)  # visually left: further into the Arabic sentence
    assert editor.textCursor().position() == 4
    qtbot.keyClick(editor, Qt.Key.Key_Right)
    qtbot.keyClick(editor, Qt.Key.Key_Right)
    assert editor.textCursor().position() == 2
    qtbot.keyClick(editor, Qt.Key.Key_End)
    assert editor.textCursor().position() == len(ARABIC)
    qtbot.keyClick(editor, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)
    assert editor.textCursor().selectedText() == ARABIC
    editor.textCursor().insertText("")  # typing over the selection replaces it
    cursor = editor.textCursor()
    cursor.insertText("مرحبا")
    assert form.article().body == "مرحبا\n"


def test_choosing_a_left_to_right_language_puts_the_text_back_on_the_left(form, qtbot) -> None:
    form.set_article(Article(headline="عاصفة", body=f"{ARABIC}\n\nEnglish.\n", language="ar"))
    editor = form.body_editor
    qtbot.waitUntil(lambda: editor.document().findBlockByNumber(2).layout().lineCount() > 0)
    assert on_the_right(editor, 2)
    combo = form.details.language_combo
    index = combo.findData("en-GB")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    qtbot.waitUntil(lambda: on_the_left(editor, 2))
    assert on_the_left(form.headline.line_edit, 0)
    cursor = QTextCursor(editor.document())
    assert cursor.block().textDirection() == Qt.LayoutDirection.RightToLeft  # still read right to left


@pytest.mark.parametrize("language", ["ar", ""])
def test_the_preview_lays_out_a_right_to_left_story_from_the_right(qtbot, language: str) -> None:
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.resize(800, 600)
    browser.show()
    article = Article(
        headline="عاصفة تضرب الساحل", body=f"{ARABIC}\n\nEnglish paragraph.\n", language=language
    )
    browser.setHtml(preview_page(article)[0])
    texts = [browser.document().findBlockByNumber(i).text() for i in range(browser.document().blockCount())]

    def block_of(words: str) -> int:
        return next(i for i, text in enumerate(texts) if words in text)

    headline, arabic, english = block_of("عاصفة"), block_of("قال المسؤولون"), block_of("English")
    assert on_the_right(browser, headline) and on_the_right(browser, arabic)
    if language:  # dir="rtl": the whole page reads from the right
        assert on_the_right(browser, english)
    else:  # not stated: each paragraph by its own text, as dir="auto" in a browser
        assert on_the_left(browser, english)
