"""Helpers shared by the UI-WIDGETS tests (real widgets, offscreen)."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

from editor.ui.body import BodyEditor

SPELL_TIMEOUT_MS = 60_000
# Waits for what the event loop does next (a paint, a focus change, a debounced signal): generous, so a
# loaded machine does not fail them; they bound a hang, they are not what the tests check.
EVENT_TIMEOUT_MS = 30_000


def formats_at(document: QTextDocument, position: int) -> list[QTextCharFormat]:
    """The highlighter's formats covering document ``position``."""
    block = document.findBlock(position)
    offset = position - block.position()
    ranges = block.layout().formats()  # kept alive while the formats are copied out of it
    return [QTextCharFormat(r.format) for r in ranges if r.start <= offset < r.start + r.length]


def is_flagged(editor: QPlainTextEdit, word: str, occurrence: int = 0) -> bool:
    """True when the highlighter underlines ``word`` (its n-th occurrence) as a misspelling."""
    text = editor.toPlainText()
    position = -1
    for _ in range(occurrence + 1):
        position = text.index(word, position + 1)
    spell = QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    return any(f.underlineStyle() == spell for f in formats_at(editor.document(), position + 1))


def wait_spelling_ready(qtbot, editor: BodyEditor) -> None:
    qtbot.waitUntil(lambda: editor.spelling.ready, timeout=SPELL_TIMEOUT_MS)
