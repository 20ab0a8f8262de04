"""A document layout that repaints one paragraph per keystroke instead of the whole view.

When the highlighter re-formats the paragraph being typed in, Qt merges its "formats changed" notice
with the keystroke into one change whose removed + added length runs past the paragraph, and
QPlainTextDocumentLayout then repaints the entire viewport (its source says "optimization potential").
Measured on a 20,000-word story: 18–21 ms per keystroke with, 2 ms without that full repaint.

The fix narrows such a change back to the paragraph when it provably stays inside it: the block
count is unchanged and the new text starts and ends in the same block (so no paragraph break was
added or removed). Anything else goes to Qt untouched.
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout


class ParagraphUpdateLayout(QPlainTextDocumentLayout):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._block_count = document.blockCount()

    def documentChanged(self, position: int, removed: int, added: int) -> None:
        document = self.document()
        block_count = document.blockCount()
        if (
            removed
            and added
            and block_count == self._block_count
            and document.findBlock(position) == document.findBlock(max(0, position + added - 1))
        ):
            removed = 0
        self._block_count = block_count
        super().documentChanged(position, removed, added)
