"""The metadata of an article (everything but headline, standfirst, body, sources and related).

At 1280×800 the form's lower pane is about 550 × 230 pixels, so the details are a compact grid (two
short fields share a row) and the featured image and the editor's note have pages of their own, which
the form shows as tabs beside Details: every field is on screen or one tab away, never scrolled to.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
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


class DetailsPanel(QWidget):
    """The details grid; :attr:`image_page` and :attr:`note_page` are shown by the form as tabs.

    The panel owns their fields all the same: :meth:`load`, :meth:`fill` and ``edited`` cover them.
    """

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

        # Label, field, label, field: a long field spans the three columns after its label; the embargo
        # (long in French) and the story's language have rows of their own.
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self._grid = grid
        self._add_row(0, self.tr("B&ylines:"), self.bylines.add_button, self.bylines)
        top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        self._grid.itemAtPosition(0, 0).widget().setAlignment(top_left)
        self._add_row(1, self.tr("Cred&it line:"), self.credit_edit)
        self._add_row(2, self.tr("Da&teline:"), self.dateline_edit, span=1)
        self._add_pair(2, self.tr("Se&ction:"), self.section_combo)
        self._add_row(3, self.tr("Ta&gs:"), self.tags_edit)
        self._add_row(4, self.tr("&Slug:"), self.slug_field.line_edit, self.slug_field)
        self._add_row(5, self.tr("E&mbargo:"), self.embargo_field.enabled_box, self.embargo_field)
        self._add_row(6, self.tr("Lang&uage:"), self.language_combo, span=1)
        grid.setRowStretch(7, 1)

        # The featured image and the editor's note: pages of their own (see the module docstring).
        self.image_page = QWidget(self)
        image_layout = QVBoxLayout(self.image_page)
        image_layout.setContentsMargins(6, 6, 6, 6)
        image_layout.addWidget(self._label(self.tr("Feat&ured image:"), self.image_editor.path_edit))
        image_layout.addWidget(self.image_editor)
        image_layout.addStretch(1)
        self.note_page = QWidget(self)
        note_layout = QVBoxLayout(self.note_page)
        note_layout.setContentsMargins(6, 6, 6, 6)
        note_label = self._label(self.tr("Editor's &note — Internal, never published:"), self.note_edit)
        note_layout.addWidget(note_label)
        note_layout.addWidget(self.note_edit, 1)
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
        """Row by row, left to right, then the image and the note pages."""
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

    def _add_row(
        self, row: int, text: str, buddy: QWidget, field: QWidget | None = None, span: int = 3
    ) -> None:
        """``text`` in the label column, ``field`` (``buddy`` itself by default) across ``span`` columns."""
        self._grid.addWidget(self._label(text, buddy), row, 0)
        self._grid.addWidget(field or buddy, row, 1, 1, span)

    def _add_pair(self, row: int, text: str, field: QWidget) -> None:
        """A second short field on ``row``, in the right half."""
        self._grid.addWidget(self._label(text, field), row, 2)
        self._grid.addWidget(field, row, 3)

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
