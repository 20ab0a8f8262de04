"""The form's one-line fields take no control characters: a paste (or drop) of "Storm\x1b[2J\x07" leaves
"Storm". The rule is ``editor.control_chars``; the store applies it again to every single-line field."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from editor.control_chars import has_controls, strip_controls


def keep_controls_out(root: QWidget) -> None:
    """Clean every line edit under ``root`` as the user edits it (typing, paste, drop), undoably."""
    for line in root.findChildren(QLineEdit):
        line.textEdited.connect(lambda text, line=line: _cleaned(line, text))


def _cleaned(line: QLineEdit, text: str) -> None:
    if not has_controls(text):
        return
    cursor = len(strip_controls(text[: line.cursorPosition()]))
    line.selectAll()
    line.insert(strip_controls(text))  # an edit of its own: Ctrl+Z brings the pasted text back
    line.setCursorPosition(min(cursor, len(line.text())))
