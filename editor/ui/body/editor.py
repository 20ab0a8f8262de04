"""BodyEditor: a plain-text Markdown editor that feels rich.

The stored body is the Markdown source, so the widget edits plain text; the highlighter styles it in
place, the formatting actions insert markup, and pastes of HTML become Markdown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QContextMenuEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QTextBlock,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMenu, QPlainTextEdit, QWidget

from editor.article import is_valid_url, reading_minutes, word_count
from editor.languages import native_name
from editor.ui.body import formatting
from editor.ui.body.actions import build_formatting_actions, refresh_icons
from editor.ui.body.highlighter import MarkdownHighlighter
from editor.ui.body.layout import ParagraphUpdateLayout
from editor.ui.body.pasting import Paster
from editor.ui.body.spelling import LANGUAGES as SPELLING_LANGUAGES
from editor.ui.body.spelling import SpellChecking
from editor.ui.body.spelling_menu import insert_spelling_entries
from editor.ui.tasks import TaskRunner

BODY_FONT_SCALE = 1.15  # the default body font: the form's, a little larger for long reading
STATS_DEBOUNCE_MS = 300


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif")


def _dropped_images(source: QMimeData) -> list[str]:
    """The local picture files a drop or paste carries (by name: the bytes are checked when publishing),
    or [] when it carries anything else too (then it is text as usual)."""
    if not source.hasUrls():
        return []
    urls = source.urls()
    paths = [url.toLocalFile() for url in urls if url.isLocalFile()]
    if len(paths) != len(urls) or not all(p.lower().endswith(IMAGE_SUFFIXES) for p in paths):
        return []
    return paths


class BodyEditor(QPlainTextEdit):
    """The article body as Markdown.

    Signals: ``stats_changed(words, reading_minutes)`` (debounced; per-paragraph counts are cached so
    only changed paragraphs are counted again), ``cursor_line_changed(line)`` (0-based source line of
    the cursor), ``top_line_changed(line)`` (first visible line, on scrolling), ``message(text)`` (for
    the status bar: refused pastes, spelling problems), ``edited()`` (the text changed by the user:
    typing, paste, formatting, undo; not :meth:`set_markdown`, and not re-styling, which makes Qt's
    ``textChanged`` fire too).
    """

    edited = Signal()
    stats_changed = Signal(int, int)
    cursor_line_changed = Signal(int)
    top_line_changed = Signal(int)
    message = Signal(str)
    image_placed = Signal(str)  # a picture put in through the window (may be uploaded: editor.image_origin)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Article body"))
        self.setPlaceholderText(self.tr("Write the story here (Markdown)…"))
        document = QTextDocument(self)
        self._layout = ParagraphUpdateLayout(document)  # a Python reference keeps the override alive
        document.setDocumentLayout(self._layout)
        self.setDocument(document)
        self._default_font = QFont(self.font())
        self._default_font.setPointSizeF(self._default_font.pointSizeF() * BODY_FONT_SCALE)
        self.setFont(self._default_font)
        document.setDefaultFont(self._default_font)
        self.document().setDocumentMargin(8)

        self.spelling = SpellChecking("en", self)
        self.spelling.message.connect(self.message)
        self._highlighter = MarkdownHighlighter(self.document(), self.spelling, self.palette())
        self._highlighter.pending_started.connect(self._highlight_visible_soon)
        self._paster = Paster(self)
        self._paster.message.connect(self.message)
        self._actions = build_formatting_actions(self)
        # Their icons are drawn on the next turn of the event loop: after the story is shown.
        QTimer.singleShot(0, self, lambda: refresh_icons(self._actions, self))

        self._block_words: dict[int, tuple[str, int]] = {}
        self._words = 0
        self._stats_emitted = False
        self._stats_timer = QTimer(self, singleShot=True, interval=STATS_DEBOUNCE_MS)
        self._stats_timer.timeout.connect(self._recount)
        # Child timers (not QTimer.singleShot with a bare callable) die with the editor.
        self._recount_soon = QTimer(self, singleShot=True, interval=0)
        self._recount_soon.timeout.connect(self._recount)
        self._visible_soon = QTimer(self, singleShot=True, interval=0)
        self._visible_soon.timeout.connect(self._highlight_visible)
        self._last_line = -1
        self._loading = False
        self.document().contentsChange.connect(self._on_contents_change)
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # --- public API ------------------------------------------------------------------------------

    def markdown(self) -> str:
        return self.toPlainText()

    def set_markdown(self, text: str) -> None:
        """Replace the whole text; the undo history starts afresh."""
        self._paster.generation += 1
        self._loading = True
        try:
            self.setPlainText(text)
        finally:
            self._loading = False
        # A story opens at its top. setPlainText scrolls to keep the cursor visible, which in a viewport
        # not laid out yet (the form shown for the first time) scrolled the first line out of view.
        self.verticalScrollBar().setValue(0)
        self._highlight_visible()
        self._recount_soon.start()  # a few ms for a long story: after the first paint

    def replace_markdown(self, text: str) -> None:
        """Replace the whole text as ONE edit that Ctrl+Z takes back (a restore, a file, the site's
        version put in place of what the user had); ``edited`` is not emitted."""
        if text == self.toPlainText():
            return
        self._paster.generation += 1
        self._loading = True
        try:
            cursor = QTextCursor(self.document())
            cursor.beginEditBlock()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(text)
            cursor.endEditBlock()
        finally:
            self._loading = False
        self._highlight_visible()
        self._recount_soon.start()

    def word_count(self) -> int:
        return self._words

    def formatting_actions(self) -> list[QAction]:
        return list(self._actions)

    def set_task_runner(self, runner: TaskRunner) -> None:
        """Run dictionary loading and large paste conversions on the application's runner."""
        self.spelling.runner = runner
        self._paster.runner = runner

    def set_spell_language(self, code: str) -> None:
        """Check in ``code`` ("en-GB", "en-US", "fr"...); the text is re-checked once the dictionary loads."""
        self.spelling.set_language(code)

    def set_article_language(self, code: str) -> None:
        """Spelling follows the article's language (none for a language without a dictionary)."""
        self.spelling.follow_article_language(code)

    def set_user_dictionary(self, path: Path | str) -> None:
        self.spelling.set_user_dictionary(path)

    def set_spell_checking(self, enabled: bool) -> None:
        self.spelling.enabled = enabled
        self._highlighter.rehighlight_progressively()

    def insert_link(self, url: str) -> None:
        formatting.insert_link(self, url, self.tr("link text"))

    def insert_image(self, path: str, alt: str = "") -> None:
        """Put the picture at ``path`` in the body (Insert Image, a drop): the journalist placed it."""
        self.image_placed.emit(path)
        formatting.insert_image(self, path, alt or Path(path).stem.replace("-", " ").replace("_", " "))

    # --- dialogs behind the actions --------------------------------------------------------------

    def ask_and_insert_link(self) -> None:
        clipboard = self._clipboard_text()
        url, ok = QInputDialog.getText(
            self,
            self.tr("Insert link"),
            self.tr("Web address (URL):"),
            QLineEdit.EchoMode.Normal,
            clipboard if is_valid_url(clipboard) else "https://",
        )
        if not ok or not url.strip():
            return
        if not is_valid_url(url) and not url.strip().startswith(("mailto:", "#")):
            self.message.emit(self.tr("Not inserted: “%1” is not a web address.").replace("%1", url.strip()))
            return
        self.insert_link(url)

    def ask_and_insert_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Insert image"), "", self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)")
        )
        if path:
            self.insert_image(path)

    def _clipboard_text(self) -> str:
        return QGuiApplication.clipboard().text().strip()

    # --- spelling in the context menu ------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.build_context_menu(event.pos())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def build_context_menu(self, position: QPoint) -> QMenu:
        """The standard menu, with spelling suggestions first when ``position`` is on a misspelling."""
        menu = self.createStandardContextMenu(position)
        insert_spelling_entries(menu, self, self.spelling, position)
        menu.addSeparator()
        menu.addMenu(self._spelling_menu(menu))
        return menu

    def _spelling_menu(self, parent: QMenu) -> QMenu:
        submenu = QMenu(self.tr("Spelling"), parent)
        check = submenu.addAction(self.tr("Check spelling"))
        check.setCheckable(True)
        check.setChecked(self.spelling.enabled)
        check.toggled.connect(self.set_spell_checking)
        submenu.addSeparator()
        group = QActionGroup(submenu)
        for code in SPELLING_LANGUAGES:
            action = submenu.addAction(native_name(code))
            action.setCheckable(True)
            action.setChecked(self.spelling.language == code)
            action.triggered.connect(lambda _c=False, c=code: self.set_spell_language(c))
            group.addAction(action)
        return submenu

    # --- typing --------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain_enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        )
        if plain_enter and formatting.continue_block_on_enter(self):
            return
        if event.text() == " " and formatting.space_before_open_marker(self):
            return
        super().keyPressEvent(event)

    # --- paste -----------------------------------------------------------------------------------

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return bool(_dropped_images(source)) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        images = _dropped_images(source)
        if images:
            for path in images:
                self.insert_image(path)
            return
        if not self._paster.paste(source):
            super().insertFromMimeData(source)

    # --- word count ------------------------------------------------------------------------------

    def _on_contents_change(self, _position: int, removed: int, added: int) -> None:
        if self._highlighter.restyling or self._loading or not (removed or added):
            return
        self._stats_timer.start()
        self.edited.emit()

    def _recount(self) -> None:
        """Sum per-paragraph counts; only paragraphs whose text changed are counted again."""
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

    # --- preview sync ----------------------------------------------------------------------------

    def _on_cursor_moved(self) -> None:
        line = self.textCursor().blockNumber()
        if line != self._last_line:
            self._last_line = line
            self.cursor_line_changed.emit(line)

    def _on_scrolled(self, _value: int) -> None:
        self.top_line_changed.emit(self.firstVisibleBlock().blockNumber())
        if self._highlighter.pending:
            self._highlight_visible()

    # --- progressive styling of long texts -------------------------------------------------------

    def _highlight_visible_soon(self) -> None:
        self._visible_soon.start()

    def _highlight_visible(self) -> None:
        """Style the paragraphs on screen first when a long text is being styled on idle turns."""
        if not self._highlighter.pending:
            return
        blocks = []
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        bottom = self.viewport().height()
        while block.isValid() and self.blockBoundingGeometry(block).translated(offset).top() <= bottom:
            blocks.append(block)
            block = block.next()
        self._highlighter.highlight_now(blocks)

    # --- theme -----------------------------------------------------------------------------------

    def set_text_font(self, family: str, points: int) -> None:
        """The font the story is written in (Preferences): ``family`` "" and ``points`` 0 mean the
        default (the application's font, a little larger than the form's)."""
        font = QFont(self._default_font)
        if family:
            font.setFamilies([family])
        if points > 0:
            font.setPointSizeF(points)
        if font == self.font():
            return
        self.setFont(font)
        self.document().setDefaultFont(font)
        self._highlighter.set_palette(self.palette())  # headings are sized from the body's font

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._highlighter.set_palette(self.palette())
            refresh_icons(self._actions, self)


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    editor = BodyEditor()
    editor.set_markdown(
        "## A subhead\n\nSome **bold** and *italic* text with a [link](https://example.org) and teh typo.\n\n"
        "> “A quotation,” she said.\n\n- one\n- two\n"
    )
    editor.stats_changed.connect(lambda w, m: editor.setWindowTitle(f"{w} words, {m} min"))
    editor.message.connect(print)
    editor.resize(700, 500)
    editor.show()
    sys.exit(app.exec())
