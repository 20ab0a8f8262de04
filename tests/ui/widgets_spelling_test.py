"""Spell checking in the body editor: underlines, suggestions, personal dictionary, English/French."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from editor.ui.body import BodyEditor
from tests.ui.widgets_support import is_flagged, wait_spelling_ready


@pytest.fixture
def editor(qtbot) -> BodyEditor:
    widget = BodyEditor()
    qtbot.addWidget(widget)
    widget.resize(800, 500)
    widget.show()
    qtbot.waitExposed(widget)
    wait_spelling_ready(qtbot, widget)
    return widget


def point_at(editor: QPlainTextEdit, text: str) -> QPoint:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor.toPlainText().index(text) + 1)
    return editor.cursorRect(cursor).center()


def menu_texts(editor: BodyEditor, word: str) -> list[str]:
    return [a.text() for a in editor.build_context_menu(point_at(editor, word)).actions()]


def test_misspelling_is_underlined_and_correct_words_are_not(editor) -> None:
    editor.set_markdown("I saw teh storm")
    assert is_flagged(editor, "teh")
    assert not is_flagged(editor, "storm")
    assert not is_flagged(editor, "saw")


def test_context_menu_offers_suggestions_and_replaces(editor, qtbot) -> None:
    editor.set_markdown("I saw teh storm")
    menu = editor.build_context_menu(point_at(editor, "teh"))
    texts = [a.text() for a in menu.actions()]
    assert "the" in texts
    assert texts.index("the") < texts.index("Add “teh” to dictionary")
    next(a for a in menu.actions() if a.text() == "the").trigger()
    assert editor.markdown() == "I saw the storm"
    assert not is_flagged(editor, "the")


def test_suggestions_keep_capitals(editor) -> None:
    editor.set_markdown("Teh storm")
    assert "The" in menu_texts(editor, "Teh")


def test_no_spelling_entries_on_a_correct_word(editor) -> None:
    editor.set_markdown("I saw teh storm")
    assert not any("dictionary" in t for t in menu_texts(editor, "storm"))


def test_add_to_dictionary_is_remembered_in_the_word_list(editor, tmp_path: Path, qtbot) -> None:
    words = tmp_path / "dictionary" / "words.txt"
    editor.set_user_dictionary(words)
    editor.set_markdown("Quimperlé mayor Kerbrat spoke")
    assert is_flagged(editor, "Kerbrat")
    menu = editor.build_context_menu(point_at(editor, "Kerbrat"))
    next(a for a in menu.actions() if a.text().startswith("Add “Kerbrat”")).trigger()
    assert not is_flagged(editor, "Kerbrat")
    assert words.read_text(encoding="utf-8").splitlines() == ["kerbrat"]
    other = BodyEditor()
    qtbot.addWidget(other)
    wait_spelling_ready(qtbot, other)
    other.set_user_dictionary(words)
    other.set_markdown("Kerbrat again")
    assert not is_flagged(other, "Kerbrat")


def test_unwritable_word_list_gives_a_message_not_a_traceback(editor, tmp_path: Path, qtbot) -> None:
    blocker_file = tmp_path / "not-a-folder"
    blocker_file.write_text("x")
    editor.set_user_dictionary(blocker_file / "words.txt")
    editor.set_markdown("Kerbrat")
    with qtbot.waitSignal(editor.message) as blocker:
        editor.spelling.add_to_dictionary("Kerbrat")
    assert "Kerbrat" in blocker.args[0]
    assert not is_flagged(editor, "Kerbrat")  # still accepted for this session


def test_links_code_and_urls_are_not_checked(editor) -> None:
    editor.set_markdown(
        "See [teh report](https://example.org/qwrtzp-xkcdq) and `zxqv teh` and https://example.org/qwrtzp ok"
    )
    assert is_flagged(editor, "teh", occurrence=0)  # link text is prose
    assert not is_flagged(editor, "qwrtzp", occurrence=0)
    assert not is_flagged(editor, "teh", occurrence=1)  # inside code
    assert not is_flagged(editor, "qwrtzp", occurrence=1)


def test_fenced_code_blocks_are_not_checked(editor) -> None:
    editor.set_markdown("```\nzxqv teh\n```\nteh")
    assert not is_flagged(editor, "teh", occurrence=0)
    assert is_flagged(editor, "teh", occurrence=1)


def test_french_dictionary_judges_differently(editor, qtbot) -> None:
    editor.set_markdown("The house is near la maison de l'homme")
    assert not is_flagged(editor, "house")
    assert is_flagged(editor, "maison")
    with qtbot.waitSignal(editor.spelling.dictionary_ready, timeout=60_000):
        editor.set_spell_language("fr")
    assert is_flagged(editor, "house")
    assert not is_flagged(editor, "maison")
    assert not is_flagged(editor, "l'homme")
    menu = editor.build_context_menu(point_at(editor, "house"))
    assert "Add “house” to dictionary" in [a.text() for a in menu.actions()]


def test_spell_checking_can_be_switched_off(editor) -> None:
    editor.set_markdown("teh")
    editor.set_spell_checking(False)
    assert not is_flagged(editor, "teh")
    editor.set_spell_checking(True)
    assert is_flagged(editor, "teh")


def test_unknown_language_is_refused(editor) -> None:
    with pytest.raises(ValueError, match="no dictionary"):
        editor.set_spell_language("xx")


def test_standfirst_and_editors_note_are_spell_checked_too(qtbot) -> None:
    from editor.article import Article
    from editor.ui.form import ArticleForm

    form = ArticleForm()
    qtbot.addWidget(form)
    form.show()
    wait_spelling_ready(qtbot, form.body_editor)
    with qtbot.assertNotEmitted(form.changed, wait=50):
        form.set_article(Article(standfirst="Teh sea rose.", editors_note="Chekc the toll."))
    standfirst = form.standfirst_edit
    assert is_flagged(standfirst, "Teh")
    assert not is_flagged(standfirst, "sea")
    assert is_flagged(form.details.note_edit, "Chekc")
    menu = standfirst.build_context_menu(point_at(standfirst, "Teh"))
    with qtbot.waitSignal(form.changed):
        next(a for a in menu.actions() if a.text() == "The").trigger()
    assert form.article().standfirst == "The sea rose."
