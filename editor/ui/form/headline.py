"""The headline field with a live character count against the newsroom's length guidance."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from editor.render.checklist import HEADLINE_GUIDANCE_CHARS
from editor.ui.body.colors import warning_text


class HeadlineField(QWidget):
    """A large QLineEdit and a "64 / 70" counter that says "too long" (in words, not only colour)."""

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line_edit = QLineEdit(self)
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
        layout.addWidget(self.count_label)
        self.line_edit.textChanged.connect(self._update_count)
        self.line_edit.textEdited.connect(self.edited)
        self._update_count(self.line_edit.text())

    def text(self) -> str:
        return self.line_edit.text()

    def set_text(self, text: str) -> None:
        self.line_edit.setText(text)
        self.line_edit.setCursorPosition(0)  # a long headline shows its start, not its tail

    def is_too_long(self) -> bool:
        return len(self.line_edit.text().strip()) > HEADLINE_GUIDANCE_CHARS

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
