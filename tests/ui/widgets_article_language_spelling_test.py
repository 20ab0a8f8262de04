"""Spelling follows the article's language: British and American English, French, and a language
without a dictionary (real BodyEditor, real dictionaries, no system spell checker)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor

from editor.ui.body import BodyEditor
from tests.ui.widgets_support import SPELL_TIMEOUT_MS, is_flagged

BRITISH = "The river rose two metres; the colour of the water worried officials who organise the rescue."


@pytest.fixture
def editor(qtbot) -> BodyEditor:
    widget = BodyEditor()
    qtbot.addWidget(widget)
    widget.resize(800, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def in_language(qtbot, editor: BodyEditor, language: str, text: str) -> None:
    editor.set_markdown(text)
    editor.set_article_language(language)
    qtbot.waitUntil(lambda: editor.spelling.ready, timeout=SPELL_TIMEOUT_MS)


def menu_texts(editor: BodyEditor, word: str) -> list[str]:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor.toPlainText().index(word) + 1)
    point: QPoint = editor.cursorRect(cursor).center()
    return [a.text() for a in editor.build_context_menu(point).actions()]


def test_british_spellings_are_words_in_a_british_article(qtbot, editor) -> None:
    in_language(qtbot, editor, "en-GB", BRITISH + " Teh end.")
    for word in ("metres", "colour", "organise"):
        assert not is_flagged(editor, word), word
    assert is_flagged(editor, "Teh")  # still a spell checker
    assert not is_flagged(editor, "river")


def test_an_american_article_flags_british_spellings_and_offers_the_american_one(qtbot, editor) -> None:
    in_language(qtbot, editor, "en-US", BRITISH)
    for word in ("metres", "colour", "organise"):
        assert is_flagged(editor, word), word
    assert not is_flagged(editor, "river")
    assert menu_texts(editor, "colour")[0] == "color"
    assert menu_texts(editor, "organise")[0] == "organize"


def test_changing_the_article_language_rechecks_the_text(qtbot, editor) -> None:
    in_language(qtbot, editor, "en-US", BRITISH)
    assert is_flagged(editor, "colour")
    with qtbot.waitSignal(editor.spelling.dictionary_ready, timeout=SPELL_TIMEOUT_MS):
        editor.set_article_language("en-GB")
    qtbot.waitUntil(lambda: not is_flagged(editor, "colour"), timeout=SPELL_TIMEOUT_MS)


def test_a_french_article_is_checked_in_french(qtbot, editor) -> None:
    in_language(qtbot, editor, "fr", "La maison de l'homme est près du fleuve, house.")
    assert not is_flagged(editor, "maison")
    assert not is_flagged(editor, "l'homme")
    assert not is_flagged(editor, "fleuve")
    assert is_flagged(editor, "house")


def test_a_language_without_a_dictionary_flags_nothing(qtbot, editor) -> None:
    in_language(qtbot, editor, "en-GB", "Teh storm")
    assert is_flagged(editor, "Teh")
    with qtbot.waitSignal(editor.spelling.dictionary_ready, timeout=SPELL_TIMEOUT_MS):
        editor.set_article_language("he")
    editor.set_markdown("Teh storm שלום")
    assert not editor.spelling.available
    assert not is_flagged(editor, "Teh")
