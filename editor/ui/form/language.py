"""The article's language: a combo box of the languages Copydesk offers (native names)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from editor.languages import ARTICLE_LANGUAGES, from_locale, native_name, normalize_tag


def default_article_language(preference: str) -> str:
    """The language of a new article: the Preferences choice, else the one of the system locale."""
    try:
        chosen = normalize_tag(preference)
    except ValueError:
        chosen = ""
    return chosen or from_locale(QLocale.system().name())


LANGUAGE_NAME_CHARS = 10  # what the closed combo box shows of a language's name


class LanguageCombo(QComboBox):
    """``language_chosen(tag)`` fires when the journalist picks a language (not on :meth:`set_language`)."""

    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Language of the article"))
        self.setToolTip(self.tr("Spelling, quotation marks, the slug and the published page follow it"))
        for language in ARTICLE_LANGUAGES:
            self.addItem(language.name, language.code)
        self._fixed = self.count()
        # As wide as a short name, not "English (United Kingdom)": it shares a row of the details grid
        # with the embargo; the list that opens is as wide as its longest name.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(LANGUAGE_NAME_CHARS)
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 24)
        self.activated.connect(lambda index: self.language_chosen.emit(str(self.itemData(index))))

    def set_language(self, tag: str) -> None:
        """Show ``tag``; one the list lacks (an imported story's, or none) gets an entry of its own."""
        while self.count() > self._fixed:
            self.removeItem(self.count() - 1)
        index = self.findData(tag)
        if index < 0:
            self.addItem(native_name(tag) if tag else self.tr("Not stated"), tag)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def language(self) -> str:
        return str(self.currentData() or "")
