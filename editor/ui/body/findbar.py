"""Find and replace inside the body: a bar under the editor (Ctrl+F, Ctrl+H, Esc closes)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)


class FindReplaceBar(QWidget):
    """Searches ``editor``'s document; replace-all is one undo step."""

    closed = Signal()

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("Find"))
        self.find_edit.setAccessibleName(self.tr("Find text"))
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.replace_edit.setAccessibleName(self.tr("Replacement text"))
        self.previous_button = QPushButton(self.tr("&Previous"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.match_case_box = QCheckBox(self.tr("Match case"), self)
        self.replace_button = QPushButton(self.tr("&Replace"), self)
        self.replace_all_button = QPushButton(self.tr("Replace a&ll"), self)
        self.status_label = QLabel(self)
        self.status_label.setAccessibleName(self.tr("Find status"))
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Close find bar"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAutoRaise(True)

        layout = QGridLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.find_edit, 0, 0)
        layout.addWidget(self.previous_button, 0, 1)
        layout.addWidget(self.next_button, 0, 2)
        layout.addWidget(self.match_case_box, 0, 3)
        layout.addWidget(self.status_label, 0, 4)
        layout.addWidget(self.close_button, 0, 5)
        layout.addWidget(self.replace_edit, 1, 0)
        layout.addWidget(self.replace_button, 1, 1)
        layout.addWidget(self.replace_all_button, 1, 2)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(4, 1)
        self._replace_widgets = (self.replace_edit, self.replace_button, self.replace_all_button)

        self.find_edit.textEdited.connect(self._on_find_text_edited)
        self.find_edit.returnPressed.connect(self.find_next)
        self.replace_edit.returnPressed.connect(self.replace)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)
        self.hide()

    # --- opening and closing ---------------------------------------------------------------------

    def open_find(self) -> None:
        self._open(replace=False)

    def open_replace(self) -> None:
        self._open(replace=True)

    def _open(self, *, replace: bool) -> None:
        for widget in self._replace_widgets:
            widget.setVisible(replace)
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.status_label.clear()
        self.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self._editor.setFocus()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Cancel) or event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    # --- searching -------------------------------------------------------------------------------

    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.match_case_box.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def _on_find_text_edited(self, _text: str) -> None:
        """Search as you type, starting from where the current match begins."""
        cursor = self._editor.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self._editor.setTextCursor(cursor)
        self.find_next()

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find(self, *, backward: bool) -> bool:
        needle = self.find_edit.text()
        if not needle:
            self.status_label.clear()
            return False
        document = self._editor.document()
        found = document.find(needle, self._editor.textCursor(), self._flags(backward))
        wrapped = False
        if found.isNull():
            start = QTextCursor(document)
            start.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            found = document.find(needle, start, self._flags(backward))
            wrapped = not found.isNull()
        if found.isNull():
            self.status_label.setText(self.tr("Not found"))
            return False
        self._editor.setTextCursor(found)
        self._editor.ensureCursorVisible()
        self.status_label.setText(self.tr("Wrapped around") if wrapped else "")
        return True

    def _selection_matches(self) -> bool:
        selected = self._editor.textCursor().selectedText()
        needle = self.find_edit.text()
        if self.match_case_box.isChecked():
            return selected == needle
        return selected.casefold() == needle.casefold()

    def replace(self) -> None:
        """Replace the current match (if the selection is one) and move to the next."""
        if not self.find_edit.text():
            return
        if self._selection_matches():
            self._editor.textCursor().insertText(self.replace_edit.text())
        self.find_next()

    def replace_all(self) -> int:
        """Replace every match as one undo step; returns how many were replaced."""
        needle = self.find_edit.text()
        if not needle:
            return 0
        document = self._editor.document()
        replacement = self.replace_edit.text()
        flags = self._flags()
        edit = QTextCursor(document)
        edit.beginEditBlock()
        count = 0
        try:
            found = document.find(needle, 0, flags)
            while not found.isNull():
                found.insertText(replacement)
                count += 1
                found = document.find(needle, found, flags)
        finally:
            edit.endEditBlock()
        self.status_label.setText(
            self.tr("Replaced %n time(s)", "", count) if count else self.tr("Not found")
        )
        return count


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication, QVBoxLayout

    app = QApplication(sys.argv)
    window = QWidget()
    editor = QPlainTextEdit("The river rose overnight. The river fell by noon.")
    bar = FindReplaceBar(editor)
    layout = QVBoxLayout(window)
    layout.addWidget(editor)
    layout.addWidget(bar)
    bar.open_replace()
    window.resize(700, 300)
    window.show()
    sys.exit(app.exec())
