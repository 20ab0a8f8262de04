"""Markdown formatting commands on a QPlainTextEdit, each one undo step.

Inline markers (``**``, ``*``) wrap the selection, or the word under the cursor, and unwrap it when it
is already wrapped. Line prefixes (``## ``, ``> ``, ``- ``, ``1. ``) toggle on every line the
selection touches, replacing a different heading level or list kind rather than stacking.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from editor.ui.body.inline_toggle import space_at, toggle_at

_HEADING_PREFIX = re.compile(r"^#{1,6}\s+")
_QUOTE_PREFIX = re.compile(r"^>\s?")
_BULLET_PREFIX = re.compile(r"^[-*+]\s+")
_NUMBER_PREFIX = re.compile(r"^\d{1,9}[.)]\s+")
_BLOCK_PREFIXES = (_HEADING_PREFIX, _QUOTE_PREFIX, _BULLET_PREFIX, _NUMBER_PREFIX)


def _select_word_if_empty(cursor: QTextCursor) -> None:
    """With no selection, take the word the cursor is inside (a real word, not markup like "**").

    At either edge of a word the cursor is left bare: the format is then toggled for what is typed
    next, as in a word processor.
    """
    if cursor.hasSelection():
        if not _selected(cursor).strip():  # only spaces selected: act at its start
            cursor.setPosition(cursor.selectionStart())
        return
    line, column = cursor.block().text(), cursor.positionInBlock()
    if not (0 < column < len(line) and line[column - 1].isalnum() and line[column].isalnum()):
        return
    word = QTextCursor(cursor)
    word.select(QTextCursor.SelectionType.WordUnderCursor)
    if any(character.isalnum() for character in _selected(word)):
        cursor.setPosition(word.selectionStart())
        cursor.setPosition(word.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)


def _selected(cursor: QTextCursor) -> str:
    # QTextCursor uses U+2029 for paragraph breaks inside a selection.
    return cursor.selectedText().replace("\u2029", "\n")


def toggle_inline(editor: QPlainTextEdit, marker: str) -> None:
    """Wrap the selection (or word) in ``marker``; unwrap it if it is already wrapped.

    At a bare cursor the format is switched on or off for what is typed next (:mod:`inline_toggle`).
    """
    cursor = editor.textCursor()
    _select_word_if_empty(cursor)
    if not cursor.hasSelection():
        _toggle_at_cursor(editor, cursor, marker)
        return
    cursor.beginEditBlock()
    try:
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        text = _selected(cursor)
        size = len(marker)
        document_text = editor.document()
        before = _text_range(document_text, start - size, start)
        after = _text_range(document_text, end, end + size)
        if before == marker and after == marker and not _is_longer_marker(document_text, start, end, marker):
            cursor.setPosition(start - size)
            cursor.setPosition(end + size, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(text)
            _select(cursor, start - size, len(text))
        elif len(text) >= 2 * size and text.startswith(marker) and text.endswith(marker):
            inner = text[size:-size]
            cursor.insertText(inner)
            _select(cursor, start, len(inner))
        else:
            stripped = text.strip()
            lead = len(text) - len(text.lstrip())
            trail = len(text) - len(text.rstrip())
            cursor.insertText(text[:lead] + marker + stripped + marker + text[len(text) - trail :])
            _select(cursor, start + lead + size, len(stripped))
    finally:
        cursor.endEditBlock()
    editor.setTextCursor(cursor)


def _toggle_at_cursor(editor: QPlainTextEdit, cursor: QTextCursor, marker: str) -> None:
    block = cursor.block()
    line = block.text()
    result = toggle_at(line, cursor.positionInBlock(), marker)
    if result is None:
        return
    new_line, column = result
    _replace_changed_part(cursor, block.position(), line, new_line)
    cursor.setPosition(block.position() + column)
    editor.setTextCursor(cursor)


def _replace_changed_part(cursor: QTextCursor, offset: int, old: str, new: str) -> None:
    """Replace only the part of the line that differs (one undo step; nothing when equal)."""
    if old == new:
        return
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    cursor.beginEditBlock()
    try:
        cursor.setPosition(offset + head)
        cursor.setPosition(offset + len(old) - tail, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(new[head : len(new) - tail])
    finally:
        cursor.endEditBlock()


def space_before_open_marker(editor: QPlainTextEdit) -> bool:
    """A space typed just inside an opening marker goes before it (``** x**`` would not be bold).

    Returns False (type as usual) anywhere else.
    """
    cursor = editor.textCursor()
    if cursor.hasSelection():
        return False
    block = cursor.block()
    result = space_at(block.text(), cursor.positionInBlock())
    if result is None:
        return False
    new_line, column = result
    _replace_changed_part(cursor, block.position(), block.text(), new_line)
    cursor.setPosition(block.position() + column)
    editor.setTextCursor(cursor)
    return True


def _is_longer_marker(document, start: int, end: int, marker: str) -> bool:
    """For "*": the selection sits in "**…**" (bold), not in "*…*"; don't unwrap half of it."""
    if marker != "*":
        return False
    outer_before = _text_range(document, start - 2, start)
    outer_after = _text_range(document, end, end + 2)
    tripled_before = _text_range(document, start - 3, start)
    return outer_before == "**" and outer_after == "**" and tripled_before != "***"


def _text_range(document, start: int, end: int) -> str:
    if start < 0 or end > document.characterCount() - 1:
        return ""
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return _selected(cursor)


def _select(cursor: QTextCursor, start: int, length: int) -> None:
    cursor.setPosition(start)
    cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)


def toggle_line_prefix(editor: QPlainTextEdit, prefix: str, *, numbered: bool = False) -> None:
    """Put ``prefix`` in front of each selected line, or take it away if every line has it already.

    A different block prefix (another heading level, a quote, another list kind) is replaced.
    ``numbered`` makes the prefix "1. ", "2. "... per line.
    """
    cursor = editor.textCursor()
    document = editor.document()
    first = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    if cursor.hasSelection() and last.position() == cursor.selectionEnd() and last != first:
        last = last.previous()  # a selection ending at a line start does not include that line
    blocks = []
    block = first
    while block.isValid():
        blocks.append(block)
        if block == last:
            break
        block = block.next()
    wanted = [f"{n}. " if numbered else prefix for n in range(1, len(blocks) + 1)]
    current = [_existing_prefix(b.text()) for b in blocks]
    remove = all(_same_kind(have, want, numbered) for have, want in zip(current, wanted, strict=True))
    cursor.beginEditBlock()
    try:
        for block, have, want in zip(blocks, current, wanted, strict=True):
            edit = QTextCursor(block)
            edit.setPosition(block.position() + len(have), QTextCursor.MoveMode.KeepAnchor)
            edit.insertText("" if remove else want)
    finally:
        cursor.endEditBlock()


def _existing_prefix(text: str) -> str:
    for pattern in _BLOCK_PREFIXES:
        match = pattern.match(text)
        if match:
            return match.group()
    return ""


def _same_kind(have: str, want: str, numbered: bool) -> bool:
    if numbered:
        return bool(_NUMBER_PREFIX.match(have))
    return have.strip() == want.strip()


def insert_link(editor: QPlainTextEdit, url: str, default_text: str) -> None:
    """``[selection](url)``; with no selection the link text is inserted and selected for typing."""
    cursor = editor.textCursor()
    cursor.beginEditBlock()
    try:
        text = _selected(cursor).strip() or default_text
        start = cursor.selectionStart()
        cursor.insertText(f"[{text}]({url.strip()})")
        _select(cursor, start + 1, len(text))
    finally:
        cursor.endEditBlock()
    editor.setTextCursor(cursor)


def insert_image(editor: QPlainTextEdit, path: str, alt: str) -> None:
    """``![alt](path)`` on a line of its own."""
    cursor = editor.textCursor()
    cursor.beginEditBlock()
    try:
        before = "" if cursor.atBlockStart() else "\n\n"
        target = path.replace(" ", "%20").replace(")", "%29")
        cursor.insertText(f"{before}![{alt}]({target})\n")
    finally:
        cursor.endEditBlock()
    editor.setTextCursor(cursor)


_CONTINUED_PREFIX = re.compile(r"^(\s*)(?:([-*+])|(\d{1,9})([.)])|(>))(\s+)")


def continue_block_on_enter(editor: QPlainTextEdit) -> bool:
    """Enter at the end of a list item or quote line starts the next one ("- ", "3. ", "> ").

    Enter on an item that is only its marker ends the list instead (the marker is removed). Returns
    False when the line is not a list item or quote, or the cursor is not at its end: plain Enter then.
    """
    cursor = editor.textCursor()
    if cursor.hasSelection() or not cursor.atBlockEnd():
        return False
    text = cursor.block().text()
    match = _CONTINUED_PREFIX.match(text)
    if match is None:
        return False
    indent, bullet, number, delimiter, quote, space = match.groups()
    cursor.beginEditBlock()
    try:
        if match.end() == len(text):  # an empty item: end the list
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        else:
            marker = bullet or quote or f"{int(number) + 1}{delimiter}"
            cursor.insertText(f"\n{indent}{marker}{space}")
    finally:
        cursor.endEditBlock()
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    return True
