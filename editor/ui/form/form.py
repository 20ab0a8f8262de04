"""ArticleForm: the whole article editor the main window embeds.

Headline and body dominate; the metadata, sources, related links, featured image and editor's note
sit in tabs under the body (at their contents' height by default) that the user can resize with the
splitter. The form holds no state of its own beyond the widgets: the
article it loaded (for the fields it does not show: id, status, remote binding, timestamps) and the
widgets' contents, combined into a fresh :class:`Article` by :meth:`ArticleForm.article`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from editor.article import Article, RelatedLink
from editor.ui.body import BodyEditor
from editor.ui.body.direction import follow_language_direction
from editor.ui.body.pane import BodyPane
from editor.ui.body.prose import ProseEdit
from editor.ui.form.headline import HeadlineField
from editor.ui.form.single_line import keep_controls_out
from editor.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from editor.ui.form.details import DetailsPanel
    from editor.ui.form.related import RelatedPanel
    from editor.ui.form.sources import SourcesPanel

STANDFIRST_LINES = 2  # the standfirst box grows with its text from this many lines...
STANDFIRST_MAX_LINES = 4  # ...up to this many, then scrolls
DETAILS_TAB, SOURCES_TAB, RELATED_TAB, IMAGE_TAB, NOTE_TAB = range(5)


class ArticleForm(QWidget):
    """See the module docstring. ``changed`` fires on any user edit, never on :meth:`set_article`."""

    changed = Signal()
    related_search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, details_later: bool = False) -> None:
        """``details_later``: build only the headline, standfirst and body now, the tabs (details,
        sources, related) at :meth:`build_details` or when first used (the window opens faster)."""
        super().__init__(parent)
        self._article = Article(id="")  # shown by set_article() before any use: no id to draw yet
        self._loading = False
        self._details: DetailsPanel | None = None
        self._sources: SourcesPanel | None = None
        self._related: RelatedPanel | None = None

        self.headline = HeadlineField(self)
        self.body_pane = BodyPane(self)
        self._body_editor = self.body_pane.editor
        spelling = self._body_editor.spelling  # one language and personal dictionary for all prose
        self.standfirst_edit = ProseEdit(spelling, self)
        self.standfirst_edit.setAccessibleName(self.tr("Standfirst"))
        self.standfirst_edit.setPlaceholderText(self.tr("Standfirst: the summary under the headline"))
        self._fit_standfirst()
        self._fit_standfirst_soon = QTimer(self, singleShot=True, interval=0)
        self._fit_standfirst_soon.timeout.connect(self._fit_standfirst)
        # Text edits and re-wrapping after a resize both change the layout's size.
        self.standfirst_edit.document().documentLayout().documentSizeChanged.connect(
            self._fit_standfirst_soon.start
        )
        self.standfirst_edit.textChanged.connect(self._fit_standfirst_soon.start)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(True)
        splitter.addWidget(self.body_pane)
        splitter.addWidget(self.tabs)
        # The tabs start at their contents' height (the details grid, without scrolling); the body takes
        # the rest, and every pixel the window grows by.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        self.splitter = splitter
        self._tabs_sized_by_user = False
        splitter.splitterMoved.connect(self._on_splitter_moved)
        splitter.installEventFilter(self)
        self._fit_tabs_soon = QTimer(self, singleShot=True, interval=0)
        self._fit_tabs_soon.timeout.connect(self._fit_tabs)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        headline_label = QLabel(self.tr("Hea&dline"), self)
        headline_label.setBuddy(self.headline.line_edit)
        headline_label.hide()  # the mnemonic (Alt+H) still works; the placeholder says what it is
        layout.addWidget(self.headline)
        layout.addWidget(self.standfirst_edit)
        layout.addWidget(splitter, 1)

        QWidget.setTabOrder(self.headline.line_edit, self.standfirst_edit)
        QWidget.setTabOrder(self.standfirst_edit, self._body_editor)

        self.headline.edited.connect(self._on_headline_edited)
        self.headline.line_edit.returnPressed.connect(self.standfirst_edit.setFocus)
        self.standfirst_edit.edited.connect(self._on_user_edit)
        self._body_editor.edited.connect(self._on_user_edit)
        self._body_editor.image_placed.connect(self._on_image_placed)
        keep_controls_out(self)
        if not details_later:
            self.build_details()

    def build_details(self) -> None:
        """Build the tabs under the body (once) and show the open article's details in them."""
        if self._details is not None:
            return
        from editor.ui.form.details import DetailsPanel
        from editor.ui.form.related import RelatedPanel
        from editor.ui.form.sources import SourcesPanel

        details = self._details = DetailsPanel(self._body_editor.spelling, self)
        sources = self._sources = SourcesPanel(self)
        related = self._related = RelatedPanel(self)
        self.tabs.addTab(self._scrolling(details), self.tr("Details"))
        self.tabs.addTab(sources, self.tr("Sources"))
        self.tabs.addTab(related, self.tr("Related"))
        self.tabs.addTab(details.image_page, self.tr("Featured image"))
        self.tabs.addTab(details.note_page, self.tr("Editor's note"))
        details.image_editor.image_placed.connect(self._on_image_placed)
        details.edited.connect(self._on_user_edit)
        details.language_changed.connect(self._follow_language)
        sources.edited.connect(self._on_user_edit)
        related.edited.connect(self._on_user_edit)
        related.search_requested.connect(self.related_search_requested)
        sources.model.modelReset.connect(self._update_tab_titles)
        sources.edited.connect(self._update_tab_titles)
        related.edited.connect(self._update_tab_titles)
        details.edited.connect(self._update_tab_titles)
        details.bylines.rows_changed.connect(self._fit_tabs_soon.start)
        for panel in (details, sources, related):
            keep_controls_out(panel)
        self._load_details(self._article)
        follow_language_direction(details.note_edit, self._article.language)
        self._fit_tabs_soon.start()

    @property
    def details(self) -> DetailsPanel:
        self.build_details()
        assert self._details is not None
        return self._details

    @property
    def sources(self) -> SourcesPanel:
        self.build_details()
        assert self._sources is not None
        return self._sources

    @property
    def related(self) -> RelatedPanel:
        self.build_details()
        assert self._related is not None
        return self._related

    def _load_details(self, article: Article) -> None:
        if self._details is None or self._sources is None or self._related is None:
            return  # build_details() loads the open article
        loading, self._loading = self._loading, True
        try:
            self._details.load(article)
            self._sources.load(article.sources)
            self._related.load(article.related)
            self._update_tab_titles()
        finally:
            self._loading = loading

    def _scrolling(self, widget: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidget(widget)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        return area

    # --- public API ------------------------------------------------------------------------------

    @property
    def body_editor(self) -> BodyEditor:
        return self._body_editor

    def _fit_standfirst(self) -> None:
        """Size the standfirst box to its wrapped text (a three-line standfirst is not cut off)."""
        edit = self.standfirst_edit
        layout = edit.document().documentLayout()
        text_height = 0.0
        block = edit.document().firstBlock()
        while block.isValid():
            text_height += layout.blockBoundingRect(block).height()  # lays the block out if needed
            block = block.next()
        line = edit.fontMetrics().lineSpacing()
        lines = min(max(round(text_height / line), STANDFIRST_LINES), STANDFIRST_MAX_LINES)
        height = line * lines + 14
        if edit.height() != height:
            edit.setFixedHeight(height)

    def set_article(self, article: Article, *, undoable: bool = False) -> None:
        """Show ``article``; ``changed`` is not emitted.

        The fields' undo histories start afresh, unless ``undoable``: the same article's text was
        replaced (restore, a file, the site's version), and Ctrl+Z in the headline and the body brings
        back what they showed before.
        """
        self._loading = True
        try:
            self._article = article.copy()
            line = self.headline.line_edit
            if undoable and line.text() != article.headline:
                line.selectAll()
                line.insert(article.headline)  # an edit of its own: undoable, unlike setText
                line.setCursorPosition(0)
            elif not undoable:
                self.headline.set_text(article.headline)
            line.setModified(False)
            self.standfirst_edit.set_text(article.standfirst)
            self._follow_language(article.language)
            if undoable:
                self._body_editor.replace_markdown(article.body)
            else:
                self._body_editor.set_markdown(article.body)
            self._load_details(article)
        finally:
            self._loading = False

    def _follow_language(self, language: str) -> None:
        """Spelling and the alignment of right-to-left text follow the article's language."""
        self._body_editor.set_article_language(language)
        edits = [self.headline.line_edit, self.standfirst_edit, self._body_editor]
        if self._details is not None:  # else build_details() aligns the note
            edits.append(self._details.note_edit)
        for edit in edits:
            follow_language_direction(edit, language)

    def _on_image_placed(self, path: str) -> None:
        """Remember that the journalist placed this picture: it may be uploaded (editor.image_origin)."""
        if path not in self._article.origin.placed:
            self._article.origin.placed.append(path)

    def article(self) -> Article:
        """A plain-data snapshot of what the form shows: new objects, safe to hand to a thread."""
        article = self._article.copy()
        article.headline = self.headline.text().strip()
        article.standfirst = self.standfirst_edit.toPlainText().strip()
        article.body = self._body_editor.markdown()
        if self._details is not None and self._sources is not None and self._related is not None:
            self._details.fill(article)  # else the tabs are not built yet: the loaded values stand
            article.sources = self._sources.sources()
            article.related = self._related.related()
        return article

    def focus_field(self, name: str, index: int | None = None) -> None:
        """Put the keyboard focus on the field holding Article attribute ``name`` (row ``index``)."""
        simple: dict[str, Callable[[], QWidget]] = {
            "headline": lambda: self.headline.line_edit,
            "standfirst": lambda: self.standfirst_edit,
            "body": lambda: self._body_editor,
            "credit_line": lambda: self.details.credit_edit,
            "dateline": lambda: self.details.dateline_edit,
            "section": lambda: self.details.section_combo,
            "tags": lambda: self.details.tags_edit,
            "slug": lambda: self.details.slug_field.line_edit,
            "embargo": lambda: self.details.embargo_field.enabled_box,
            "language": lambda: self.details.language_combo,
            "featured_image": lambda: self.details.image_editor.path_edit,
            "editors_note": lambda: self.details.note_edit,
        }
        if name == "bylines":
            self._show_tab(DETAILS_TAB)
            self.details.bylines.focus_row(index)
            return
        if name == "sources":
            self._show_tab(SOURCES_TAB)
            self.sources.focus_row(index)
            return
        if name == "related":
            self._show_tab(RELATED_TAB)
            self.related.focus_row(index)
            return
        widget = simple.get(name, lambda: self.headline.line_edit)()
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page.isAncestorOf(widget):
                self._show_tab(index)
                if isinstance(page, QScrollArea):
                    page.ensureWidgetVisible(widget)
                break
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_formatting_toolbar_visible(self, visible: bool) -> None:
        """Hide the toolbar above the body when the main window shows the same actions in its own."""
        self.body_pane.toolbar.setVisible(visible)

    def find_actions(self) -> list[QAction]:
        """Find (Ctrl+F) and Replace (Ctrl+H) in the body, for the main window's Edit menu."""
        return self.body_pane.find_actions()

    def set_task_runner(self, runner: TaskRunner) -> None:
        """Background work of the body (dictionaries, large pastes) goes to the application's runner."""
        self._body_editor.set_task_runner(runner)

    def set_tag_completions(self, tags: list[str]) -> None:
        self.details.tags_edit.set_completions(tags)

    def set_section_choices(self, sections: list[str]) -> None:
        self.details.set_section_choices(sections)

    def show_related_results(self, results: list[RelatedLink]) -> None:
        """Results of the archive search the form asked for with ``related_search_requested``."""
        self.related.show_results(results)

    # --- internals -------------------------------------------------------------------------------

    def _show_tab(self, index: int) -> None:
        sizes = self.splitter.sizes()
        if sizes[1] == 0:
            self.splitter.setSizes([max(sizes[0] - 250, 100), 250])
        self.tabs.setCurrentIndex(index)

    def _on_splitter_moved(self, _position: int, _index: int) -> None:
        self._tabs_sized_by_user = True  # from now on the user's choice stands

    def _fit_tabs(self) -> None:
        """Give the tabs the height of the details grid, so no field is scrolled to; the body the rest.

        At most half the height: a story with many bylines scrolls its details rather than the body
        shrinking to a few lines. Once the user drags the splitter, their sizes are kept.
        """
        total = sum(self.splitter.sizes())
        if self._tabs_sized_by_user or total <= 0 or self._details is None:
            return
        wanted = self.tabs.tabBar().sizeHint().height() + self._details.sizeHint().height()
        tabs = min(wanted, total // 2)
        self.splitter.setSizes([total - tabs, tabs])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self._fit_tabs_soon.start()  # the headline and standfirst grow and shrink the splitter too
        return super().eventFilter(watched, event)

    def _update_tab_titles(self) -> None:
        """Tab titles carry the counts, so an empty Sources tab is visible without opening it."""
        if self._sources is None or self._related is None:
            return
        sources = self.sources.model.rowCount()
        related = self.related.model.rowCount()
        problems = len(self.sources.model.problems())
        self.tabs.setTabText(
            SOURCES_TAB, self.tr("Sources (%1)").replace("%1", str(sources)) + (" ⚠" if problems else "")
        )
        self.tabs.setTabText(RELATED_TAB, self.tr("Related (%1)").replace("%1", str(related)))
        # A note or a picture hidden behind its tab still shows on the tab: the desk must not miss them.
        has_image = self.details.image_editor.featured_image() is not None
        has_note = bool(self.details.note_edit.toPlainText().strip())
        image_title = self.tr("Featured image ✓") if has_image else self.tr("Featured image")
        note_title = self.tr("Editor's note ✎") if has_note else self.tr("Editor's note")
        self.tabs.setTabText(IMAGE_TAB, image_title)
        self.tabs.setTabText(NOTE_TAB, note_title)

    def _on_headline_edited(self, text: str) -> None:
        self.details.slug_field.set_headline(text)
        self._on_user_edit()

    def _on_user_edit(self) -> None:
        if not self._loading:
            self.changed.emit()


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    from editor.article import Byline

    app = QApplication(sys.argv)
    form = ArticleForm()
    form.set_article(
        Article(
            headline="Storm hits the coast",
            standfirst="Thousands evacuated as the sea rises.",
            body="## What happened\n\nThe storm **hit** at dawn.\n",
            bylines=[Byline("Ana Ruiz")],
            section="News",
            tags=["weather"],
        )
    )
    form.changed.connect(lambda: print("changed"))
    form.resize(1000, 760)
    form.show()
    sys.exit(app.exec())
