"""The URL slug: follows the headline until the journalist types one by hand."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget

from editor.article import SLUG_RE, slugify


class SlugField(QWidget):
    """``follows_headline`` is True while the slug is derived from the headline.

    A hand edit stops the following; "Reset" (the ↺ button) brings it back.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line_edit = QLineEdit(self)
        self.line_edit.setAccessibleName(self.tr("Slug"))
        self.line_edit.setPlaceholderText(self.tr("follows the headline"))
        self.reset_button = QToolButton(self)
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setAccessibleName(self.tr("Reset slug to headline"))
        self.reset_button.setToolTip(self.tr("Make the slug follow the headline again"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.reset_button)
        self.follows_headline = True
        self._headline = ""
        self._language = ""
        self.line_edit.textEdited.connect(self._on_hand_edit)
        self.reset_button.clicked.connect(self._on_reset_clicked)
        self._update_state()

    def load(self, slug: str, headline: str, language: str = "") -> None:
        """Show a stored slug; it keeps following when it is empty or equal to the headline's slug
        (transliterated as ``language``, the article's, writes its letters, or with no language)."""
        self._headline, self._language = headline, language
        self.follows_headline = not slug or slug in (slugify(headline, language=language), slugify(headline))
        self.line_edit.setText(self._derived() if self.follows_headline else slug)
        self.line_edit.setCursorPosition(0)  # a long slug shows its start, like the headline
        self._update_state()

    def slug(self) -> str:
        return self.line_edit.text().strip()

    def set_headline(self, headline: str) -> None:
        self._headline = headline
        if self.follows_headline:
            self.line_edit.setText(self._derived())
            self._update_state()

    def set_language(self, language: str) -> None:
        """The article's language changed: a slug that follows the headline is transliterated anew."""
        self._language = language
        self.set_headline(self._headline)

    def _derived(self) -> str:
        return slugify(self._headline, language=self._language)

    def _on_hand_edit(self, _text: str) -> None:
        self.follows_headline = False
        self._update_state()
        self.edited.emit()

    def _on_reset_clicked(self) -> None:
        self.follows_headline = True
        self.line_edit.setText(self._derived())
        self._update_state()
        self.edited.emit()

    def _update_state(self) -> None:
        self.reset_button.setEnabled(not self.follows_headline)
        slug = self.slug()
        if slug and not SLUG_RE.match(slug):
            self.line_edit.setToolTip(
                self.tr('Only lower-case letters, digits and single hyphens (e.g. "storm-hits-coast").')
            )
        elif self.follows_headline:
            self.line_edit.setToolTip(self.tr("Follows the headline until you edit it"))
        else:
            self.line_edit.setToolTip(self.tr("Set by hand"))


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    field = SlugField()
    field.load("", "Storm hits the coast")
    field.show()
    sys.exit(app.exec())
