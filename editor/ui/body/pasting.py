"""Pasting into the body: HTML becomes Markdown, huge pastes are refused with a message.

Small HTML is converted at once; larger HTML (a long web page, a Word document) is converted on Qt's
thread pool and inserted when ready at the place the paste was made (a QTextCursor follows edits made
meanwhile). If the article is replaced before the conversion ends, the result is dropped and the user
is told.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit
from shiboken6 import isValid

from editor.control_chars import has_controls, strip_controls
from editor.ui.body.background import default_runner
from editor.ui.tasks import TaskRunner

SYNC_HTML_LIMIT = 32_000  # characters of HTML converted on the spot (well under a frame or two)
MAX_HTML_CHARS = 4_000_000  # beyond this, HTML is not converted (plain text is used if small enough)
MAX_TEXT_CHARS = 1_000_000  # about 170,000 words: eight times the longest story


class Paster(QObject):
    """Decides what a paste inserts; ``message`` carries what the user should read in the status bar."""

    message = Signal(str)

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        self.runner: TaskRunner | None = None  # None: the shared default runner
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
        if has_controls(text, multiline=True):
            self._insert(self._editor.textCursor(), strip_controls(text, multiline=True))
            return True
        return False

    def _converted_or_text(self, html: str, text: str) -> str:
        try:
            return _html_to_markdown(html)
        except Exception:
            self.message.emit(self.tr("The pasted formatting could not be read; pasted as plain text."))
            return text

    def _convert_later(self, html: str) -> None:
        self._next_id += 1
        cursor = QTextCursor(self._editor.textCursor())
        self._pending[self._next_id] = (cursor, self.generation)
        self.message.emit(self.tr("Converting the pasted text…"))
        paste_id = self._next_id
        (self.runner or default_runner()).run_query(
            lambda: _html_to_markdown(html),
            success=lambda markdown: self._on_converted(paste_id, markdown, ""),
            failure=lambda error: self._on_converted(paste_id, "", f"{type(error).__name__}: {error}"),
            label="convert pasted HTML",
        )

    def _on_converted(self, paste_id: int, markdown: str, error: str) -> None:
        if not isValid(self):  # the editor was closed during the conversion
            return
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
        text = strip_controls(text, multiline=True)  # converted HTML too: no NUL, BEL or ESC in a story
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


def _html_to_markdown(html: str) -> str:
    """The converter is imported on first use: BeautifulSoup and markdownify take longer to load than
    the window takes to show the story (the window preloads them on a worker once it is up)."""
    from editor.importers.html import html_to_markdown

    return html_to_markdown(html)
