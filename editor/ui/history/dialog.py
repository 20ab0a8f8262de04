"""The history dialog: an article's revisions, a readable diff between two, and restore.

Selecting one revision compares it with the current text; selecting two compares them with each other.
Restoring asks the window (signal ``restore_requested``); the store keeps the current text as a
revision of its own, so a restore can itself be undone from this same list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor.article import Article
from editor.render.diff import diff_articles
from editor.store.errors import ArticleNotFound
from editor.ui.diff_colours import diff_colours
from editor.ui.errors import error_text
from editor.ui.field_titles import field_titles
from editor.ui.tasks import TaskRunner

REVISION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def reason_text(reason: str) -> str:
    """A revision's reason in the window's words. The core records its own reasons in English (the
    history keeps them as written), so the fixed ones are recognised here by their text."""

    fixed = {
        "welcome article": QCoreApplication.translate("HistoryDialog", "welcome article"),
        "created": QCoreApplication.translate("HistoryDialog", "created"),
        "took the version from the site": QCoreApplication.translate(
            "HistoryDialog", "took the version from the site"
        ),
        "local version before taking the site's": QCoreApplication.translate(
            "HistoryDialog", "local version before taking the site's"
        ),
        "kept: written over an older version (the article had changed elsewhere)": (
            QCoreApplication.translate(
                "HistoryDialog", "kept: written over an older version (the article had changed elsewhere)"
            )
        ),
    }
    if reason in fixed:
        return fixed[reason]
    prefixed = {
        "restored revision ": QCoreApplication.translate("HistoryDialog", "restored revision %1"),
        "imported from ": QCoreApplication.translate("HistoryDialog", "imported from %1"),
        "before importing ": QCoreApplication.translate("HistoryDialog", "before importing %1"),
        "pulled from ": QCoreApplication.translate("HistoryDialog", "pulled from %1"),
    }
    for prefix, template in prefixed.items():
        if reason.startswith(prefix):
            return template.replace("%1", reason.removeprefix(prefix))
    return reason


class HistoryDialog(QDialog):
    """Lists revisions of one article and shows what changed."""

    restore_requested = Signal(int)  # revision id

    def __init__(
        self, tasks: TaskRunner, store: Any, current: Article, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History — %1").replace("%1", current.headline or self.tr("Untitled")))
        self._tasks = tasks
        self._store = store
        self._current = current
        self._contents: dict[int, Article] = {}
        self._wanted: tuple[int, ...] = ()

        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Saved"), self.tr("Words"), self.tr("Headline"), self.tr("Reason")]
        )
        self.table.setAccessibleName(self.tr("Revisions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)

        self.explanation = QLabel(
            self.tr(
                "Select a revision to compare it with the current text, or two revisions to compare them."
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        self.diff_view = QTextBrowser(self)
        self.diff_view.setAccessibleName(self.tr("Differences"))
        self.diff_view.setOpenLinks(False)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.diff_view)
        splitter.setStretchFactor(1, 2)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore This Revision"), self)
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(900, 640)

        self._colours = diff_colours(self)
        self._titles = field_titles()
        self.reload()

    def reload(self) -> None:
        store, article_id = self._store, self._current.id

        def revisions() -> list[Any]:
            try:
                return store.revisions(article_id)
            except ArticleNotFound:  # a new article whose first save has not landed yet: none so far
                return []

        self._tasks.run_query(
            revisions,
            success=self._show_revisions,
            failure=self._show_error,
            label="history list",
        )

    def revision_count(self) -> int:
        return self.table.rowCount()

    def select_revisions(self, *rows: int) -> None:
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row in rows:
            self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def _show_revisions(self, revisions: list[Any]) -> None:
        self.table.setRowCount(len(revisions))
        for row, info in enumerate(revisions):
            saved = info.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            cells = [
                saved,
                str(info.word_count),
                info.headline or self.tr("Untitled"),
                reason_text(info.reason),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(REVISION_ID_ROLE, info.id)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if not revisions:
            self.diff_view.setPlainText(
                self.tr(
                    "No revisions yet: one is kept every few minutes while "
                    "you write, and each time you press Ctrl+S."
                )
            )

    def _show_error(self, error: BaseException) -> None:
        self.diff_view.setPlainText(
            self.tr("The history could not be read: %1").replace("%1", error_text(error))
        )

    def _selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.item(row, 0).data(REVISION_ID_ROLE) for row in rows]

    def _on_selection_changed(self) -> None:
        ids = self._selected_ids()
        self.restore_button.setEnabled(len(ids) == 1)
        self._wanted = tuple(ids[:2])
        missing = [rid for rid in self._wanted if rid not in self._contents]
        if not self._wanted:
            self.diff_view.clear()
            return
        if not missing:
            self._show_diff()
            return
        store, article_id = self._store, self._current.id
        self._tasks.run_query(
            lambda: {rid: store.revision(article_id, rid) for rid in missing},
            success=self._on_contents_loaded,
            failure=self._show_error,
            label="history revision",
        )

    def _on_contents_loaded(self, contents: dict[int, Article]) -> None:
        self._contents.update(contents)
        if all(rid in self._contents for rid in self._wanted):
            self._show_diff()

    def _show_diff(self) -> None:
        if len(self._wanted) == 1:
            old, new = self._contents[self._wanted[0]], self._current
            caption = self.tr("Changes from this revision to the current text")
        else:
            newer, older = self._wanted  # the list is newest first
            old, new = self._contents[older], self._contents[newer]
            caption = self.tr("Changes from the older to the newer revision")
        body = diff_articles(old, new, self._colours, self._titles)
        if not body:
            body = f"<p>{self.tr('No differences.')}</p>"
        self.diff_view.setHtml(f"<p><i>{caption}</i></p>{body}")

    def _on_restore_clicked(self) -> None:
        ids = self._selected_ids()
        if len(ids) == 1:
            self.restore_requested.emit(ids[0])
