"""Right-to-left text in the plain-text fields (body, headline, standfirst, editor's note).

Qt finds each paragraph's direction from its text (the default text option's direction is "auto"),
so Arabic or Hebrew characters come in the right order and the arrow keys move visually. But
QPlainTextDocumentLayout aligns every line by the document's one text option, not by the paragraph's
direction: an Arabic paragraph would hang on the left. So the alignment follows the article's
language: right for a right-to-left language, left for the others, while each paragraph keeps its own
direction (a quotation in English inside an Arabic story still reads left to right).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from editor.languages import is_right_to_left


def follow_language_direction(edit: QPlainTextEdit, language: str) -> None:
    document = edit.document()
    option = document.defaultTextOption()
    alignment = Qt.AlignmentFlag.AlignRight if is_right_to_left(language) else Qt.AlignmentFlag.AlignLeft
    if option.alignment() == alignment and option.textDirection() == Qt.LayoutDirection.LayoutDirectionAuto:
        return
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    option.setAlignment(alignment)
    document.setDefaultTextOption(option)
