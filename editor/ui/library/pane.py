"""The library pane: search field, status and section filters, and the article table."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor.app.listing import LibraryQuery
from editor.article import Status
from editor.ui.library.model import HEADLINE, MATCH, SECTION, SORT_KEYS, STATUS, UPDATED, LibraryModel
from editor.ui.tasks import TaskRunner

SEARCH_DELAY_MS = 200
TRASH = "trash"  # the status filter's extra entry
SECTION_MAX_CHARS = 18  # the Section column's widest, in average characters: the headline keeps the room


def two_line_width(text: str, metrics: QFontMetrics) -> int:
    """The narrowest width at which ``text`` word-wraps into at most two lines (a row's height)."""
    best = metrics.horizontalAdvance(text)
    for position, character in enumerate(text):
        if character.isspace():
            halves = (text[:position].rstrip(), text[position + 1 :].lstrip())
            best = min(best, max(metrics.horizontalAdvance(half) for half in halves))
    return best


class LibraryPane(QWidget):
    """Lists the articles; emits ``article_activated`` when the user picks one."""

    article_activated = Signal(str)

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LibraryModel(tasks, self)
        self._selecting_programmatically = False
        self._wanted_id: str | None = None

        self.search_field = QLineEdit(self)
        self.search_field.setPlaceholderText(self.tr("Search articles"))
        self.search_field.setAccessibleName(self.tr("Search articles"))
        self.search_field.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_query)
        self.search_field.textChanged.connect(self._search_timer.start)

        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status_filter.addItem(self.model.status_name(status), status.value)
        self.status_filter.addItem(self.tr("Trash"), TRASH)
        self.status_filter.currentIndexChanged.connect(self._apply_query)

        self.section_filter = QComboBox(self)
        self.section_filter.setAccessibleName(self.tr("Filter by section"))
        self.section_filter.addItem(self.tr("All sections"), None)
        self.section_filter.currentIndexChanged.connect(self._apply_query)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Articles"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Two lines per row: headlines are long, and the pane is narrow. Fixed heights keep 100,000 rows
        # cheap (no per-row measuring).
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(HEADLINE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MATCH, QHeaderView.ResizeMode.Stretch)
        for column in (STATUS, UPDATED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Sections wrap onto the row's second line instead of taking the headlines' room: the column is
        # as wide as the longest section needs on two lines, up to a cap; the tooltip names it whole.
        header.setSectionResizeMode(SECTION, QHeaderView.ResizeMode.Fixed)
        self._sections: set[str] = set()
        self.model.modelReset.connect(self._on_rows_reset)
        self.model.rowsInserted.connect(lambda _parent, first, last: self._note_sections(first, last))
        self.model.dataChanged.connect(
            lambda first, last, _roles: self._note_sections(first.row(), last.row())
        )
        header.setHighlightSections(False)
        self.table.setColumnHidden(MATCH, True)
        self.table.setSortingEnabled(True)
        header.setSortIndicator(UPDATED, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._on_sort_indicator_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.model.batch_loaded.connect(self._reselect_wanted)

        self.count_label = QLabel(self)
        self.count_label.setForegroundRole(self.count_label.foregroundRole())
        self.count_label.setEnabled(False)  # rendered in the palette's muted text colour
        self.model.total_changed.connect(self._on_total_changed)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.section_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.search_field)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    # --- what the window asks ---------------------------------------------------------------------

    def set_store(self, store: Any) -> None:
        self.model.set_store(store)

    def set_sections(self, sections: list[str]) -> None:
        current = self.section_filter.currentData()
        self.section_filter.blockSignals(True)
        while self.section_filter.count() > 1:
            self.section_filter.removeItem(1)
        for section in sections:
            self.section_filter.addItem(section, section)
        found = self.section_filter.findData(current) if current else 0
        self.section_filter.setCurrentIndex(max(0, found))
        self.section_filter.blockSignals(False)
        if current and found < 0:
            self._apply_query()

    def select_article(self, article_id: str | None) -> None:
        """Highlight an article's row (now, or when its batch arrives) without re-opening it."""
        self._wanted_id = article_id
        self._reselect_wanted()

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def showing_trash(self) -> bool:
        return self.status_filter.currentData() == TRASH

    # --- reacting ---------------------------------------------------------------------------------

    def _apply_query(self) -> None:
        self._search_timer.stop()
        status_value = self.status_filter.currentData()
        text = self.search_field.text()
        query = dataclasses.replace(
            self.model.query(),
            text=text,
            status=Status(status_value) if status_value not in (None, TRASH) else None,
            trashed=status_value == TRASH,
            section=self.section_filter.currentData() or None,
        )
        # While searching, the matching words matter more than the section.
        self.table.setColumnHidden(MATCH, not query.is_search)
        self.table.setColumnHidden(SECTION, query.is_search)
        self.model.set_query(query)

    def _on_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column in SORT_KEYS:
            return
        # Only headline and time can be ordered by the store; put the indicator back.
        current = self.model.query()
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(
            HEADLINE if current.sort == "headline" else UPDATED,
            Qt.SortOrder.DescendingOrder if current.descending else Qt.SortOrder.AscendingOrder,
        )
        header.blockSignals(False)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting_programmatically or not current.isValid():
            return
        article_id = self.model.article_id(current.row())
        if article_id:
            self._wanted_id = article_id
            self.article_activated.emit(article_id)

    def _reselect_wanted(self) -> None:
        row = self.model.row_of(self._wanted_id) if self._wanted_id else None
        selection = self.table.selectionModel()
        self._selecting_programmatically = True
        try:
            if row is None:
                # The open article is not listed (not saved yet, filtered out): highlight nothing. A row
                # left current would not even open on a click, as the current row does not change.
                selection.clear()
                return
            index = self.model.index(row, HEADLINE)
            if selection.currentIndex().row() != row:
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
        finally:
            self._selecting_programmatically = False

    def _on_rows_reset(self) -> None:
        self._sections = set()
        self._note_sections(0, self.model.rowCount() - 1)

    def _on_data_changed(self, first: QModelIndex, last: QModelIndex, *_roles: object) -> None:
        self._note_sections(first.row(), last.row())

    def _note_sections(self, first: int, last: int) -> None:
        """Widen the Section column for the sections of rows ``first``..``last`` (never narrows it while
        the same list is shown, so it does not jump while scrolling)."""
        for row in range(first, last + 1):
            self._sections.add(str(self.model.index(row, SECTION).data() or ""))
        metrics = self.table.fontMetrics()
        margin = 2 * (
            self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1
        )
        needed = max((two_line_width(section, metrics) for section in self._sections), default=0) + margin + 2
        header = self.table.horizontalHeader()
        title = header.sectionSizeFromContents(SECTION).width()
        width = max(title, min(needed, metrics.averageCharWidth() * SECTION_MAX_CHARS))
        if header.sectionSize(SECTION) != width:
            header.resizeSection(SECTION, width)

    def _on_total_changed(self, total: int | None) -> None:
        if total is None:
            self.count_label.setText(self.tr("Search results"))
        else:
            self.count_label.setText(self.tr("%Ln article(s)", "", total))


__all__ = ["LibraryPane", "LibraryQuery"]
