"""The related panel: search the archive, add results or a hand-typed link, order and edit titles.

The form starts no threads: typing in the search box emits ``search_requested`` (debounced) and the
owner answers with :meth:`RelatedPanel.show_results`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor.article import RelatedLink, is_valid_url
from editor.ui.form.rows import ListTableModel, RowButtons, configure_table

SEARCH_DEBOUNCE_MS = 250
TITLE, TARGET = range(2)


def link_target(link: RelatedLink) -> str:
    """Where a related link points, as shown to the user."""
    if link.url:
        return link.url
    if link.local_id:
        return QApplication.translate("RelatedPanel", "Local article %1").replace("%1", link.local_id[:8])
    if link.remote_id is not None:
        return QApplication.translate("RelatedPanel", "Remote post %1").replace("%1", str(link.remote_id))
    return ""


class RelatedModel(ListTableModel[RelatedLink]):
    """Title (editable) and where the link points (read-only: it comes from search or the manual form)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = (self.tr("Title"), self.tr("Link"))

    def editable(self, column: int) -> bool:
        return column == TITLE

    def cell(self, position: int, row: RelatedLink, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.title if column == TITLE else link_target(row)
        if role == Qt.ItemDataRole.ToolTipRole and column == TARGET:
            return link_target(row)
        return None

    def set_cell(self, row: RelatedLink, column: int, value: Any) -> bool:
        if column != TITLE:
            return False
        row.title = str(value or "").strip()
        return True


class RelatedPanel(QWidget):
    edited = Signal()
    search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search the archive…"))
        self.search_edit.setAccessibleName(self.tr("Search related articles"))
        self.search_edit.setClearButtonEnabled(True)
        self.results_list = QListWidget(self)
        self.results_list.setAccessibleName(self.tr("Search results"))
        self.add_result_button = QPushButton(self.tr("Add &selected"), self)
        self.add_result_button.setAccessibleName(self.tr("Add the selected result to related links"))
        self.add_result_button.setEnabled(False)

        self.model = RelatedModel(self)
        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("Related links"))
        self.view.setModel(self.model)
        configure_table(self.view)
        self.view.horizontalHeader().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().resizeSection(TARGET, 220)
        self.buttons = RowButtons(self.view, self.model, self)
        self.buttons.add_button.hide()  # links come from search or the manual form below

        self.manual_title = QLineEdit(self)
        self.manual_title.setPlaceholderText(self.tr("Title"))
        self.manual_title.setAccessibleName(self.tr("New link title"))
        self.manual_url = QLineEdit(self)
        self.manual_url.setPlaceholderText("https://…")
        self.manual_url.setAccessibleName(self.tr("New link URL"))
        self.manual_add_button = QPushButton(self.tr("Add lin&k"), self)
        self.manual_add_button.setAccessibleName(self.tr("Add link"))
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        search_column = QVBoxLayout()
        search_column.setContentsMargins(0, 0, 0, 0)
        search_column.addWidget(self.search_edit)
        search_column.addWidget(self.results_list, 1)
        search_column.addWidget(self.add_result_button)
        manual_row = QHBoxLayout()
        manual_row.addWidget(self.manual_title, 2)
        manual_row.addWidget(self.manual_url, 3)
        manual_row.addWidget(self.manual_add_button)
        list_column = QVBoxLayout()
        list_column.setContentsMargins(0, 0, 0, 0)
        list_column.addWidget(self.view, 1)
        list_column.addWidget(self.buttons)
        list_column.addLayout(manual_row)
        list_column.addWidget(self.message_label)
        layout = QGridLayout(self)
        layout.addLayout(search_column, 0, 0)
        layout.addLayout(list_column, 0, 1)
        layout.setColumnStretch(0, 2)
        layout.setColumnStretch(1, 3)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._on_search_timer)
        self.search_edit.textEdited.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._on_search_timer)
        self.results_list.currentRowChanged.connect(lambda row: self.add_result_button.setEnabled(row >= 0))
        self.results_list.itemActivated.connect(lambda _item: self.add_selected_result())
        self.add_result_button.clicked.connect(self.add_selected_result)
        self.manual_add_button.clicked.connect(self.add_manual_link)
        self.manual_url.returnPressed.connect(self.add_manual_link)
        self.model.edited.connect(self.edited)

    def load(self, related: list[RelatedLink]) -> None:
        self.model.set_rows(related)
        self.message_label.hide()

    def related(self) -> list[RelatedLink]:
        return self.model.rows()

    def show_results(self, results: list[RelatedLink]) -> None:
        self.results_list.clear()
        for link in results:
            item = QListWidgetItem(link.title or link_target(link))
            item.setToolTip(link_target(link))
            item.setData(Qt.ItemDataRole.UserRole, link)
            self.results_list.addItem(item)
        if not results and self.search_edit.text().strip():
            item = QListWidgetItem(self.tr("No matching articles"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results_list.addItem(item)
        self.add_result_button.setEnabled(False)

    def add_selected_result(self) -> None:
        item = self.results_list.currentItem()
        link = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(link, RelatedLink):
            return
        self._append(RelatedLink(link.title, link.url, link.local_id, link.remote_id))

    def add_manual_link(self) -> None:
        title = self.manual_title.text().strip()
        url = self.manual_url.text().strip()
        if not title or not is_valid_url(url):
            self._show_message(
                self.tr("Give the link a title.")
                if not title
                else self.tr("The URL must be a full web address starting with http:// or https://.")
            )
            (self.manual_title if not title else self.manual_url).setFocus()
            return
        self._append(RelatedLink(title, url))
        self.manual_title.clear()
        self.manual_url.clear()
        self.manual_title.setFocus()

    def focus_row(self, index: int | None) -> None:
        row = min(max(index or 0, 0), self.model.rowCount() - 1)
        self.view.setFocus()
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, TITLE))

    def _append(self, link: RelatedLink) -> None:
        duplicate = any(
            (link.url and existing.url == link.url) or (link.local_id and existing.local_id == link.local_id)
            for existing in self.model.rows()
        )
        if duplicate:
            self._show_message(self.tr("“%1” is already in the related links.").replace("%1", link.title))
            return
        self.message_label.hide()
        row = self.model.rowCount()
        self.model.insert_row(row, link)
        self.view.setCurrentIndex(self.model.index(row, TITLE))

    def _show_message(self, text: str) -> None:
        self.message_label.setText("⚠ " + text)
        self.message_label.show()

    def _on_search_timer(self) -> None:
        self._search_timer.stop()
        query = self.search_edit.text().strip()
        if query:
            self.search_requested.emit(query)
        else:
            self.results_list.clear()


if __name__ == "__main__":
    import sys

    app = QApplication(sys.argv)
    panel = RelatedPanel()
    archive = [
        RelatedLink("Storm warning issued", local_id="a1b2c3d4-0000"),
        RelatedLink("Floods last winter", url="https://example.org/floods"),
    ]
    panel.search_requested.connect(
        lambda q: panel.show_results([r for r in archive if q.lower() in r.title.lower()])
    )
    panel.load([RelatedLink("Earlier coverage", "https://example.org/earlier")])
    panel.resize(900, 300)
    panel.show()
    sys.exit(app.exec())
