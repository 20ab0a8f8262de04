"""Pasting into the body: HTML becomes Markdown, huge pastes are refused with a message.

Small HTML is converted at once; larger HTML (a long web page, a Word document) is converted on Qt's
thread pool and inserted when ready at the place the paste was made (a QTextCursor follows edits made
meanwhile). If the article is replaced before the conversion ends, the result is dropped and the user
is told.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QMimeData, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from editor.ui.body.html_paste import html_to_markdown

SYNC_HTML_LIMIT = 32_000  # characters of HTML converted on the spot (well under a frame or two)
MAX_HTML_CHARS = 4_000_000  # beyond this, HTML is not converted (plain text is used if small enough)
MAX_TEXT_CHARS = 1_000_000  # about 170,000 words: eight times the longest story


class _Relay(QObject):
    converted = Signal(int, str, str)  # paste id, markdown, error


class _Convert(QRunnable):
    def __init__(self, paste_id: int, html: str, relay: _Relay) -> None:
        super().__init__()
        self._paste_id, self._html, self._relay = paste_id, html, relay

    def run(self) -> None:
        try:
            markdown, error = html_to_markdown(self._html), ""
        except Exception as exc:  # a parser bug must not lose the paste silently
            markdown, error = "", f"{type(exc).__name__}: {exc}"
        with contextlib.suppress(RuntimeError):  # the editor is gone
            self._relay.converted.emit(self._paste_id, markdown, error)


class Paster(QObject):
    """Decides what a paste inserts; ``message`` carries what the user should read in the status bar."""

    message = Signal(str)

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        self._relay = _Relay(self)
        self._relay.converted.connect(self._on_converted)
        self._pending: dict[int, tuple[QTextCursor, int]] = {}
        self._next_id = 0
        self.generation = 0  # bumped when the editor gets another article

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def paste(self, source: QMimeData) -> bool:
        """Handle ``source``; False means "let QPlainTextEdit do its default" (nothing special)."""
        text = source.text() if source.hasText() else ""
        if source.hasHtml():
            html = source.html()
            if len(html) <= SYNC_HTML_LIMIT:
                self._insert(self._editor.textCursor(), self._converted_or_text(html, text))
                return True
            if len(html) <= MAX_HTML_CHARS:
                self._convert_later(html)
                return True
            if text and len(text) <= MAX_TEXT_CHARS:
                self.message.emit(
                    self.tr("The pasted page is too large to keep its formatting; pasted as plain text.")
                )
                self._insert(self._editor.textCursor(), text)
                return True
            self._refuse(max(len(html), len(text)))
            return True
        if len(text) > MAX_TEXT_CHARS:
            self._refuse(len(text))
            return True
        return False

    def _converted_or_text(self, html: str, text: str) -> str:
        try:
            return html_to_markdown(html)
        except Exception:
            self.message.emit(self.tr("The pasted formatting could not be read; pasted as plain text."))
            return text

    def _convert_later(self, html: str) -> None:
        self._next_id += 1
        cursor = QTextCursor(self._editor.textCursor())
        self._pending[self._next_id] = (cursor, self.generation)
        self.message.emit(self.tr("Converting the pasted text…"))
        QThreadPool.globalInstance().start(_Convert(self._next_id, html, self._relay))

    def _on_converted(self, paste_id: int, markdown: str, error: str) -> None:
        cursor, generation = self._pending.pop(paste_id, (None, -1))
        if cursor is None:
            return
        if generation != self.generation:
            self.message.emit(
                self.tr("A paste was still being converted when the article changed; it was dropped.")
            )
            return
        if error:
            self.message.emit(self.tr("The pasted formatting could not be read: %1").replace("%1", error))
            return
        if len(markdown) > MAX_TEXT_CHARS:
            self._refuse(len(markdown))
            return
        self._insert(cursor, markdown)
        self.message.emit(self.tr("Pasted."))

    def _insert(self, cursor: QTextCursor, text: str) -> None:
        cursor.beginEditBlock()
        cursor.insertText(text)
        cursor.endEditBlock()
        self._editor.setTextCursor(cursor)
        self._editor.ensureCursorVisible()

    def _refuse(self, size: int) -> None:
        megabytes = f"{size / 1_000_000:.1f}"
        limit = f"{MAX_TEXT_CHARS / 1_000_000:.0f}"
        self.message.emit(
            self.tr("Nothing pasted: the clipboard holds %1 million characters; the limit is %2 million.")
            .replace("%1", megabytes)
            .replace("%2", limit)
        )
