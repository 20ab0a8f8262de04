"""Spelling suggestions in a text box's context menu (shared by the body and the prose fields)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from editor.ui.body.highlighter import WORD_PATTERN
from editor.ui.body.spelling import SpellChecking


def word_at(cursor: QTextCursor) -> tuple[str, int]:
    """The word (as the highlighter sees words) under ``cursor`` and its document position."""
    block = cursor.block()
    offset = cursor.positionInBlock()
    for match in WORD_PATTERN.finditer(block.text()):
        if match.start() <= offset <= match.end():
            return match.group(), block.position() + match.start()
    return "", -1


def replace_word(edit: QPlainTextEdit, start: int, word: str, replacement: str) -> None:
    cursor = QTextCursor(edit.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len(word), QTextCursor.MoveMode.KeepAnchor)
    if cursor.selectedText() != word:
        return  # the text moved on since the menu opened
    cursor.insertText(replacement)
    edit.setTextCursor(cursor)


def insert_spelling_entries(
    menu: QMenu, edit: QPlainTextEdit, spelling: SpellChecking, position: QPoint
) -> None:
    """Suggestions (bold) and "Add to dictionary" at the top of ``menu`` for a misspelling there."""
    word, start = word_at(edit.cursorForPosition(position))
    if not (word and spelling.enabled and spelling.ready and spelling.is_misspelled(word)):
        return
    first = menu.actions()[0] if menu.actions() else None
    suggestions = spelling.suggestions(word)
    for suggestion in suggestions:
        action = QAction(suggestion, menu)
        font = action.font()
        font.setBold(True)
        action.setFont(font)
        action.triggered.connect(lambda _c=False, s=suggestion: replace_word(edit, start, word, s))
        menu.insertAction(first, action)
    if not suggestions:
        none = QAction(QCoreApplication.translate("SpellingMenu", "(no suggestions)"), menu)
        none.setEnabled(False)
        menu.insertAction(first, none)
    add = QAction(
        QCoreApplication.translate("SpellingMenu", "Add “%1” to dictionary").replace("%1", word), menu
    )
    add.triggered.connect(lambda: spelling.add_to_dictionary(word))
    menu.insertAction(first, add)
    menu.insertSeparator(first)
