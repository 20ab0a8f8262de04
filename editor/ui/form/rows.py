"""Shared machinery of the sources and related tables: a list model and its row buttons.

Both panels edit a Python list of small dataclasses row by row; the model here does the row
bookkeeping (insert, remove, move, with the exact begin/end notifications views rely on) and the
panel buttons (add, remove, move up/down, with shortcuts) act on the view's current row.
"""

from __future__ import annotations

import copy
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QTableView, QWidget

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class ListTableModel(QAbstractTableModel, Generic[Row]):
    """A table over ``list[Row]``; subclasses say how a cell reads and writes.

    ``edited`` fires after every change made through the model (cell edits and row operations) but not
    after :meth:`set_rows`, which is how a loaded article comes in.
    """

    edited = Signal()
    headers: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    # --- subclass hooks --------------------------------------------------------------------------

    def cell(self, position: int, row: Row, column: int, role: int) -> Any:
        raise NotImplementedError

    def set_cell(self, row: Row, column: int, value: Any) -> bool:
        raise NotImplementedError

    def editable(self, column: int) -> bool:
        return True

    def rows_changed(self) -> None:
        """Called after every change of the rows (including :meth:`set_rows`), before ``edited``."""

    # --- rows ------------------------------------------------------------------------------------

    def rows(self) -> list[Row]:
        return [copy.copy(row) for row in self._rows]

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = [copy.copy(row) for row in rows]
        self.endResetModel()
        self.rows_changed()

    def insert_row(self, position: int, row: Row) -> None:
        position = max(0, min(position, len(self._rows)))
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, row)
        self.endInsertRows()
        self.rows_changed()
        self.edited.emit()

    def remove_row(self, position: int) -> None:
        if not 0 <= position < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        self.endRemoveRows()
        self.rows_changed()
        self.edited.emit()

    def move_row(self, position: int, offset: int) -> bool:
        """Move a row up (-1) or down (+1); False when it is already at that end."""
        target = position + offset
        if not (0 <= position < len(self._rows) and 0 <= target < len(self._rows)):
            return False
        # Qt's destination is the row *before which* the moved row lands, in pre-move numbering.
        destination = target + 1 if offset > 0 else target
        self.beginMoveRows(QModelIndex(), position, position, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(position))
        self.endMoveRows()
        self.rows_changed()
        self.edited.emit()
        return True

    # --- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(index.row(), self._rows[index.row()], index.column(), role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if not self.set_cell(self._rows[index.row()], index.column(), value):
            return False
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(self.columnCount() - 1))
        self.rows_changed()
        self.edited.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable(index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags


def configure_table(view: QTableView) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.setTabKeyNavigation(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)


class RowButtons(QWidget):
    """Add / Remove / Move up / Move down for a table view over a :class:`ListTableModel`.

    Shortcuts (active while the table has focus): Insert adds, Delete removes, Ctrl+Shift+Up/Down move.
    ``add_requested`` lets the panel decide what a new row is; it should call :meth:`added`.
    """

    add_requested = Signal()

    def __init__(self, view: QTableView, model: ListTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._model = model
        self.add_button = self._button(self.tr("Add"), self.tr("Add a row (Insert)"), self.add_requested.emit)
        self.remove_button = self._button(self.tr("Remove"), self.tr("Remove the row (Delete)"), self.remove)
        self.up_button = self._button(self.tr("Move up"), self.tr("Move up (Ctrl+Shift+Up)"), self.move_up)
        self.down_button = self._button(
            self.tr("Move down"), self.tr("Move down (Ctrl+Shift+Down)"), self.move_down
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            layout.addWidget(button)
        layout.addStretch(1)
        self._shortcut(QKeySequence(Qt.Key.Key_Insert), self.add_requested.emit)
        self._shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.remove)
        self._shortcut(QKeySequence("Ctrl+Shift+Up"), self.move_up)
        self._shortcut(QKeySequence("Ctrl+Shift+Down"), self.move_down)
        model.rowsInserted.connect(self._update_enabled)
        model.rowsRemoved.connect(self._update_enabled)
        model.rowsMoved.connect(self._update_enabled)
        model.modelReset.connect(self._update_enabled)
        view.selectionModel().currentRowChanged.connect(self._update_enabled)
        self._update_enabled()

    def _button(self, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    def _shortcut(self, keys: QKeySequence, slot) -> None:
        action = QAction(self._view)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self._view.addAction(action)

    def current_row(self) -> int:
        index = self._view.currentIndex()
        return index.row() if index.isValid() else -1

    def added(self, row: int, column: int = 0) -> None:
        """Select and start editing a freshly added row."""
        index = self._model.index(row, column)
        self._view.setCurrentIndex(index)
        self._view.setFocus()
        self._view.edit(index)

    def remove(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self._model.remove_row(row)
        if self._model.rowCount():
            self._view.setCurrentIndex(self._model.index(min(row, self._model.rowCount() - 1), 0))

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(+1)

    def _move(self, offset: int) -> None:
        row = self.current_row()
        column = max(self._view.currentIndex().column(), 0)
        if row >= 0 and self._model.move_row(row, offset):
            self._view.setCurrentIndex(self._model.index(row + offset, column))

    def _update_enabled(self, *_args: object) -> None:
        row = self.current_row()
        count = self._model.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
