"""The metadata of an article (everything but headline, standfirst, body, sources and related)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from editor.article import Article
from editor.ui.body.colors import internal_note_background
from editor.ui.body.prose import ProseEdit
from editor.ui.body.spelling import SpellChecking
from editor.ui.form.bylines import BylinesEditor
from editor.ui.form.embargo import EmbargoField
from editor.ui.form.image import FeaturedImageEditor
from editor.ui.form.language import LanguageCombo
from editor.ui.form.slug import SlugField
from editor.ui.form.tags import TagsEdit

TWO_COLUMNS_MIN_WIDTH = 820


class DetailsPanel(QWidget):
    """Two compact columns: who/where/what on the left, image and internal note on the right."""

    edited = Signal()
    language_changed = Signal(str)  # the journalist picked another language for the article

    def __init__(self, spelling: SpellChecking, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bylines = BylinesEditor(self)
        self.credit_edit = QLineEdit(self)
        self.credit_edit.setAccessibleName(self.tr("Credit line"))
        self.credit_edit.setPlaceholderText(self.tr("e.g. with AFP"))
        self.dateline_edit = QLineEdit(self)
        self.dateline_edit.setAccessibleName(self.tr("Dateline"))
        self.dateline_edit.setPlaceholderText(self.tr("e.g. MOSCOW"))
        self.section_combo = QComboBox(self)
        self.section_combo.setEditable(True)
        self.section_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.section_combo.setAccessibleName(self.tr("Section"))
        self.section_combo.lineEdit().setPlaceholderText(self.tr("Desk or category"))
        self.tags_edit = TagsEdit(self)
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.slug_field = SlugField(self)
        self.embargo_field = EmbargoField(self)
        self.language_combo = LanguageCombo(self)
        self.image_editor = FeaturedImageEditor(self)
        self.note_edit = ProseEdit(spelling, self)
        self.note_edit.setAccessibleName(self.tr("Editor's note (internal, never published)"))
        self.note_edit.setPlaceholderText(self.tr("Notes for the desk. Never published."))

        left = QFormLayout()
        left.addRow(self._label(self.tr("&Bylines:"), self.bylines.add_button), self.bylines)
        left.addRow(self._label(self.tr("C&redit line:"), self.credit_edit), self.credit_edit)
        left.addRow(self._label(self.tr("Date&line:"), self.dateline_edit), self.dateline_edit)
        left.addRow(self._label(self.tr("Sectio&n:"), self.section_combo), self.section_combo)
        left.addRow(self._label(self.tr("&Tags:"), self.tags_edit), self.tags_edit)
        left.addRow(self._label(self.tr("Sl&ug:"), self.slug_field.line_edit), self.slug_field)
        left.addRow(self._label(self.tr("E&mbargo:"), self.embargo_field.enabled_box), self.embargo_field)
        left.addRow(self._label(self.tr("Lan&guage:"), self.language_combo), self.language_combo)

        right = QVBoxLayout()
        image_label = self._label(self.tr("&Featured image:"), self.image_editor.path_edit)
        right.addWidget(image_label)
        right.addWidget(self.image_editor)
        note_label = self._label(self.tr("Editor's n&ote — Internal, never published:"), self.note_edit)
        right.addWidget(note_label)
        right.addWidget(self.note_edit, 1)

        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._columns.addLayout(left, 3)
        self._columns.addLayout(right, 2)
        self._mark_note_internal()

        self.bylines.changed.connect(self.edited)
        self.credit_edit.textEdited.connect(self.edited)
        self.dateline_edit.textEdited.connect(self.edited)
        self.section_combo.lineEdit().textEdited.connect(self.edited)
        self.section_combo.activated.connect(self.edited)
        self.tags_edit.textEdited.connect(self.edited)
        self.slug_field.edited.connect(self.edited)
        self.embargo_field.edited.connect(self.edited)
        self.language_combo.language_chosen.connect(self._on_language_chosen)
        self.image_editor.edited.connect(self.edited)
        self.note_edit.edited.connect(self.edited)
        self.bylines.rows_changed.connect(self._update_tab_order)
        self._update_tab_order()

    def _update_tab_order(self) -> None:
        """Top to bottom, left column then right, whatever order the widgets were created in."""
        image = self.image_editor
        chain = [
            *self.bylines.focus_chain(),
            self.credit_edit,
            self.dateline_edit,
            self.section_combo,
            self.tags_edit,
            self.slug_field.line_edit,
            self.slug_field.reset_button,
            self.embargo_field.enabled_box,
            self.embargo_field.date_time_edit,
            self.language_combo,
            image.path_edit,
            image.browse_button,
            image.remove_button,
            image.caption_edit,
            image.credit_edit,
            image.alt_edit,
            self.note_edit,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _mark_note_internal(self) -> None:
        palette = self.note_edit.palette()
        palette.setColor(QPalette.ColorRole.Base, internal_note_background(self.palette()))
        self.note_edit.setPalette(palette)

    def load(self, article: Article) -> None:
        """Show ``article``'s fields; programmatic changes here never emit ``edited``."""
        self.bylines.set_bylines(article.bylines)
        self.credit_edit.setText(article.credit_line)
        self.dateline_edit.setText(article.dateline)
        self.section_combo.setCurrentText(article.section)
        self.tags_edit.set_tags(article.tags)
        self.language_combo.set_language(article.language)
        self.slug_field.load(article.slug, article.headline, article.language)
        self.embargo_field.load(article.embargo)
        self.image_editor.load(article.featured_image)
        self.note_edit.set_text(article.editors_note)

    def fill(self, article: Article) -> None:
        """Write the fields shown here into ``article`` (a fresh copy owned by the caller)."""
        article.bylines = self.bylines.bylines()
        article.credit_line = self.credit_edit.text().strip()
        article.dateline = self.dateline_edit.text().strip()
        article.section = self.section_combo.currentText().strip()
        article.tags = self.tags_edit.tags()
        article.slug = self.slug_field.slug()
        article.embargo = self.embargo_field.value()
        article.language = self.language_combo.language()
        article.featured_image = self.image_editor.featured_image()
        article.editors_note = self.note_edit.toPlainText()

    def _on_language_chosen(self, language: str) -> None:
        self.slug_field.set_language(language)
        self.language_changed.emit(language)
        self.edited.emit()

    def set_section_choices(self, sections: list[str]) -> None:
        current = self.section_combo.currentText()
        self.section_combo.clear()
        self.section_combo.addItems(sorted(set(sections), key=str.casefold))
        self.section_combo.setCurrentText(current)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side when there is room, stacked in a narrow window."""
        super().resizeEvent(event)
        wide = event.size().width() >= TWO_COLUMNS_MIN_WIDTH
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._mark_note_internal()


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    from editor.article import Byline

    app = QApplication(sys.argv)
    panel = DetailsPanel(SpellChecking("en"))
    panel.load(Article(headline="Storm hits coast", bylines=[Byline("Ana Ruiz")], section="News"))
    panel.set_section_choices(["News", "Weather", "Sport"])
    panel.edited.connect(lambda: print("edited"))
    panel.resize(1000, 360)
    panel.show()
    sys.exit(app.exec())
