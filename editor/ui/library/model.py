"""The library table model: fetches articles from the store in batches, never on the GUI thread.

``canFetchMore``/``fetchMore`` let the view ask for the next batch when it scrolls near the end; the
batch is read on the query pool and inserted when it arrives, so a library of 100,000 articles costs one
batch at start and stays smooth. Every change of question (search text, filter, sort) bumps a generation
number; batches of an older generation are dropped on arrival.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from editor.app.listing import LibraryQuery, LibraryRow, changed_rows, count_rows, fetch_rows
from editor.article import Status, local_time_text
from editor.ui.errors import error_text
from editor.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from editor.app.changes import Changes

ModelIndex = QModelIndex | QPersistentModelIndex

HEADLINE, MATCH, STATUS, SECTION, UPDATED = range(5)
SORT_KEYS = {HEADLINE: "headline", UPDATED: "updated"}
BATCH_SIZE = 200
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def relative_time(moment: datetime, now: datetime | None = None) -> str:
    """'just now', '5 min ago', '14:02' today, 'Mon 14:02' this week, else the local date."""
    now = now or datetime.now(UTC)
    seconds = (now - moment).total_seconds()
    local = moment.astimezone()
    if 0 <= seconds < 60:
        return LibraryModel.tr("just now")
    if 0 <= seconds < 3600:
        return LibraryModel.tr("%1 min ago").replace("%1", str(int(seconds // 60)))
    if local.date() == now.astimezone().date():
        return local.strftime("%H:%M")
    if 0 <= seconds < 6 * 86400:
        day = QLocale().dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)  # the interface's
        return f"{day} {local.strftime('%H:%M')}"
    return local.strftime("%Y-%m-%d")


def display_snippet(snippet: str) -> str:
    """The store marks matched words with [ and ]; show them with guillemet-like quotes, one line."""
    return " ".join(snippet.replace("[", "‹").replace("]", "›").split())


class LibraryModel(QAbstractTableModel):
    """Rows of the library for the current :class:`LibraryQuery`."""

    total_changed = Signal(object)  # int, or None when unknown (search)
    loading_changed = Signal(bool)
    batch_loaded = Signal()
    failed = Signal(str)

    def __init__(self, tasks: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._store: Any = None
        self._query = LibraryQuery()
        self._rows: list[LibraryRow] = []
        self._row_of_id: dict[str, int] = {}
        self._generation = 0
        self._offset = 0  # rows the store has handed out for this question (duplicates included)
        self._exhausted = False
        self._loading = False
        self._headers = [
            self.tr("Headline"),
            self.tr("Match"),
            self.tr("Status"),
            self.tr("Section"),
            self.tr("Updated"),
        ]
        self._status_names = {
            Status.DRAFT: self.tr("Draft"),
            Status.READY: self.tr("Ready"),
            Status.QUEUED: self.tr("Queued"),
            Status.SENDING: self.tr("Sending"),
            Status.PUBLISHED: self.tr("Published"),
            Status.CHANGED: self.tr("Changed"),
            Status.CONFLICT: self.tr("Conflict"),
            Status.FAILED: self.tr("Failed"),
        }

    # --- the question ---------------------------------------------------------------------------

    def set_store(self, store: Any) -> None:
        self._store = store
        self.refresh()

    def query(self) -> LibraryQuery:
        return self._query

    def set_query(self, query: LibraryQuery) -> None:
        if query != self._query:
            self._query = query
            self.refresh()

    def refresh(self) -> None:
        """Forget the rows and read the first batch again (after new, delete, import...)."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._row_of_id = {}
        self._offset = 0
        self._exhausted = self._store is None
        self._set_loading(False)
        self.endResetModel()
        if self._store is not None:
            self._fetch_total()
            self.fetchMore(QModelIndex())

    def status_name(self, status: Status) -> str:
        return self._status_names.get(status, status.value)

    # --- reading rows ----------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            words = self.tr("%Ln word(s)", "", row.word_count)
            tip = f"{row.headline or self.tr('Untitled')}\n{words}"
            if row.section.strip():  # the whole section, should its column be too narrow
                tip += "\n" + self.tr("Section: %1").replace("%1", row.section.strip())
            return f"{tip}\n{display_snippet(row.snippet)}" if row.snippet else tip
        if role == Qt.ItemDataRole.FontRole and column == HEADLINE and not row.headline.strip():
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if role == ARTICLE_ID_ROLE:
            return row.id
        return None

    def _display(self, row: LibraryRow, column: int) -> str:
        if column == HEADLINE:
            return row.headline.strip() or self.tr("Untitled")
        if column == MATCH:
            return display_snippet(row.snippet)
        if column == STATUS:
            if row.scheduled_for is not None and row.status == Status.PUBLISHED:
                return self.tr("Scheduled for %1").replace("%1", local_time_text(row.scheduled_for))
            return self.status_name(row.status)
        if column == SECTION:
            return row.section
        return relative_time(row.updated)

    def article_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, article_id: str) -> int | None:
        return self._row_of_id.get(article_id)

    # --- lazy fetching ----------------------------------------------------------------------------

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and self._store is not None and not self._exhausted

    def fetchMore(self, parent: ModelIndex) -> None:
        if parent.isValid() or self._loading or not self.canFetchMore(parent):
            return
        self._set_loading(True)
        generation, store, query, offset = self._generation, self._store, self._query, self._offset
        self._tasks.run_query(
            lambda: fetch_rows(store, query, offset, BATCH_SIZE),
            success=lambda rows: self._on_batch(generation, rows),
            failure=lambda error: self._on_batch_failed(generation, error),
            label="library batch",
        )

    def _on_batch(self, generation: int, rows: list[LibraryRow]) -> None:
        if generation != self._generation:
            return
        # Still "loading" while the rows go in: views (and the model tester) ask for more from inside
        # beginInsertRows, and must not start a second fetch of the same offset.
        self._offset += len(rows)
        if len(rows) < BATCH_SIZE:
            self._exhausted = True
        # Paging by offset can repeat a row whose order moved between batches; keep the first.
        fresh = [row for row in rows if row.id not in self._row_of_id]
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            for offset, row in enumerate(fresh):
                self._row_of_id[row.id] = first + offset
            self._rows.extend(fresh)
            self.endInsertRows()
        self._set_loading(False)
        self.batch_loaded.emit()

    def _on_batch_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self._exhausted = True
        self.failed.emit(self.tr("The library could not be read: %1").replace("%1", error_text(error)))

    def _fetch_total(self) -> None:
        generation, store, query = self._generation, self._store, self._query
        self._tasks.run_query(
            lambda: count_rows(store, query),
            success=lambda total: generation == self._generation and self.total_changed.emit(total),
            label="library count",
        )

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    # --- keeping rows current without refetching ----------------------------------------------------

    def on_library_changed(self, changes: Changes) -> None:
        """Subscribed to the change bridge: list again when the list changed, else redraw the rows of
        the articles that changed (their headline, status, section and time)."""
        if changes.listing or changes.elsewhere:
            self.refresh()
            return
        shown = [article_id for article_id in changes.articles if article_id in self._row_of_id]
        store = self._store
        if not shown or store is None:
            return
        generation = self._generation
        self._tasks.run_query(
            lambda: changed_rows(store, shown),
            success=lambda rows: self._update_rows(generation, rows),
            label="library rows",
        )

    def _update_rows(self, generation: int, rows: list[LibraryRow]) -> None:
        if generation != self._generation:
            return  # listed again meanwhile: the rows read then are newer
        for changed in rows:
            row = self._row_of_id.get(changed.id)
            if row is None:
                continue
            self._rows[row] = dataclasses.replace(
                self._rows[row],
                headline=changed.headline,
                status=changed.status,
                section=changed.section,
                updated=changed.updated,
            )
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(dataclasses.replace(self._query, sort=key, descending=descending))
