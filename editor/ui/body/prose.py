"""ProseEdit: a small plain-text box (standfirst, editor's note) with spell checking.

It shares the body's :class:`SpellChecking` (same language, same personal dictionary) and, like the
body, reports user edits with ``edited`` rather than ``textChanged``, which also fires when the
underlines are redrawn.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QSyntaxHighlighter, QTextBlock, QTextCharFormat
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from editor.control_chars import strip_controls
from editor.ui.body.highlighter import WORD_PATTERN
from editor.ui.body.spelling import SpellChecking
from editor.ui.body.spelling_menu import insert_spelling_entries

MAX_SPELLCHECKED_CHARS = 20_000


class SpellingHighlighter(QSyntaxHighlighter):
    """Only the wavy underline of misspelled words; ``restyling`` while it redraws them."""

    def __init__(self, edit: QPlainTextEdit, spelling: SpellChecking) -> None:
        super().__init__(None)
        self.setParent(edit.document())
        self._spelling = spelling
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._format.setUnderlineColor(QColor("#e53935"))
        self.restyling = False
        self.setDocument(edit.document())
        spelling.dictionary_ready.connect(self.rehighlight)

    def rehighlight(self) -> None:
        self.restyling = True
        try:
            super().rehighlight()
        finally:
            self.restyling = False

    def rehighlightBlock(self, block: QTextBlock) -> None:
        self.restyling = True
        try:
            super().rehighlightBlock(block)
        finally:
            self.restyling = False

    def highlightBlock(self, text: str) -> None:
        spelling = self._spelling
        if not (spelling.enabled and spelling.ready) or len(text) > MAX_SPELLCHECKED_CHARS:
            return
        for match in WORD_PATTERN.finditer(text):
            if spelling.is_misspelled(match.group()):
                self.setFormat(match.start(), match.end() - match.start(), self._format)


class ProseEdit(QPlainTextEdit):
    edited = Signal()

    def __init__(self, spelling: SpellChecking, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.spelling = spelling
        self._highlighter = SpellingHighlighter(self, spelling)
        self._loading = False
        self.document().contentsChange.connect(self._on_contents_change)

    def set_text(self, text: str) -> None:
        """Replace the text without ``edited``; the undo history starts afresh."""
        self._loading = True
        try:
            self.setPlainText(text)
        finally:
            self._loading = False

    def _on_contents_change(self, _position: int, removed: int, added: int) -> None:
        if not (self._loading or self._highlighter.restyling) and (removed or added):
            self.edited.emit()

    def build_context_menu(self, position: QPoint) -> QMenu:
        menu = self.createStandardContextMenu(position)
        insert_spelling_entries(menu, self, self.spelling, position)
        return menu

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste (and drop) as plain text without control characters (editor.control_chars)."""
        if source.hasText():
            self.insertPlainText(strip_controls(source.text(), multiline=True))
        else:
            super().insertFromMimeData(source)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.build_context_menu(event.pos())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    edit = ProseEdit(SpellChecking("en"))
    edit.set_text("Thousands were evacuated as teh sea rose.")
    edit.edited.connect(lambda: print("edited"))
    edit.resize(500, 80)
    edit.show()
    sys.exit(app.exec())
