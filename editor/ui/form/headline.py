"""The headline field with a live character count against the newsroom's length guidance."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QWidget

from editor.article import HEADLINE_GUIDANCE_CHARS
from editor.control_chars import strip_controls
from editor.ui.body.colors import warning_text

_LINE_BREAKS = re.compile(r"[\t\n\v\f\r\x85\u2028\u2029]+")
MAX_VISIBLE_LINES = 3  # a headline longer than that scrolls inside its field


class HeadlineEdit(QPlainTextEdit):
    """A one-line field that wraps: the whole headline stays in view, on two lines if it needs them.

    It answers the part of QLineEdit's API the form uses (``text``, ``setText``, ``insert``,
    ``cursorPosition``, ``returnPressed``, ``textEdited``): Return moves on instead of breaking the line,
    and line breaks or tabs pasted in become spaces.
    """

    textEdited = Signal(str)  # a user's edit (typing, paste, undo, insert()), never setText()
    returnPressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._programmatic = False
        self.textChanged.connect(self._on_text_changed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self._programmatic = True
        try:
            self.setPlainText(_one_line(text))
        finally:
            self._programmatic = False

    def insert(self, text: str) -> None:
        """Replace the selection with ``text`` as if typed (an undoable edit that emits textEdited)."""
        cursor = self.textCursor()
        cursor.beginEditBlock()  # one undo step of its own, not merged into the typing before it
        cursor.insertText(_one_line(text))
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def cursorPosition(self) -> int:
        return self.textCursor().position()

    def setCursorPosition(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(position, len(self.toPlainText()))))
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(0)

    def setModified(self, modified: bool) -> None:
        self.document().setModified(modified)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.returnPressed.emit()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.insert(source.text())

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _on_text_changed(self) -> None:
        if not self._programmatic:
            self.textEdited.emit(self.toPlainText())

    def _fit_height(self) -> None:
        """As tall as the wrapped headline (one to MAX_VISIBLE_LINES lines)."""
        layout = self.document().documentLayout()
        lines = 0
        block = self.document().firstBlock()
        while block.isValid():
            layout.blockBoundingRect(block)  # lays the block out if needed
            lines += max(1, block.layout().lineCount())
            block = block.next()
        overflowing = lines > MAX_VISIBLE_LINES
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if overflowing else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        lines = min(max(lines, 1), MAX_VISIBLE_LINES)
        margins = self.contentsMargins()
        frame = (
            margins.top() + margins.bottom() + 2 * self.frameWidth() + 2 * self.document().documentMargin()
        )
        height = round(lines * self.fontMetrics().lineSpacing() + frame)
        if self.height() != height:
            self.setFixedHeight(height)


def _one_line(text: str) -> str:
    """A headline is one line: line breaks and tabs (from a paste or a file) become single spaces, and
    other control characters (ESC sequences, BEL, NUL) go (editor.control_chars)."""
    return strip_controls(_LINE_BREAKS.sub(" ", text))


class HeadlineField(QWidget):
    """A large wrapping headline field and a "64 / 70" counter that says "too long" (in words, not
    only colour)."""

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line_edit = HeadlineEdit(self)
        self.line_edit.setAccessibleName(self.tr("Headline"))
        self.line_edit.setPlaceholderText(self.tr("Headline"))
        font = QFont(self.line_edit.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.line_edit.setFont(font)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Headline length"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignTop)
        self.line_edit.textChanged.connect(lambda: self._update_count(self.line_edit.text()))
        self.line_edit.textEdited.connect(self.edited)
        self._update_count(self.line_edit.text())

    def text(self) -> str:
        return self.line_edit.text()

    def set_text(self, text: str) -> None:
        self.line_edit.setText(text)
        self.line_edit.setCursorPosition(0)

    def is_too_long(self) -> bool:
        return len(self.line_edit.text().strip()) > HEADLINE_GUIDANCE_CHARS

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the counter's colour follows light/dark
            self._update_count(self.line_edit.text())

    def _update_count(self, text: str) -> None:
        length = len(text.strip())
        if length > HEADLINE_GUIDANCE_CHARS:
            self.count_label.setText(
                self.tr("%1 / %2 — too long")
                .replace("%1", str(length))
                .replace("%2", str(HEADLINE_GUIDANCE_CHARS))
            )
            self.count_label.setToolTip(
                self.tr(
                    "Headlines over %1 characters get cut off in search results and on social media."
                ).replace("%1", str(HEADLINE_GUIDANCE_CHARS))
            )
            self._set_colour(warning_text(self.palette()), bold=True)
        else:
            self.count_label.setText(f"{length} / {HEADLINE_GUIDANCE_CHARS}")
            self.count_label.setToolTip(self.tr("Characters in the headline / suggested maximum"))
            self._set_colour(self.palette().color(QPalette.ColorRole.PlaceholderText), bold=False)

    def _set_colour(self, colour: QColor, *, bold: bool) -> None:
        palette = self.count_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.count_label.setPalette(palette)
        font = self.count_label.font()
        font.setBold(bold)
        self.count_label.setFont(font)


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    field = HeadlineField()
    field.set_text("Storm hits the coast as thousands are evacuated from low-lying towns overnight")
    field.resize(700, 60)
    field.show()
    sys.exit(app.exec())
