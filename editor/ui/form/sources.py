"""The sources panel: who the story's information comes from, as an editable table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor.article import Article, Source, SourceKind, is_valid_url, validate
from editor.ui.findings import describe
from editor.ui.form.rows import ListTableModel, RowButtons, configure_table

KIND, NAME, LINK, NOTE = range(4)
MAX_MESSAGES_SHOWN = 3


KIND_COLUMN_PADDING = 48  # the cell's margins and the kind editor's drop-down arrow


def kind_label(kind: SourceKind) -> str:
    labels = {
        SourceKind.NEWS_AGENCY: QCoreApplication.translate("SourceKind", "News agency"),
        SourceKind.BROADCASTER: QCoreApplication.translate("SourceKind", "Broadcaster"),
        SourceKind.PUBLICATION: QCoreApplication.translate("SourceKind", "Publication"),
        SourceKind.DOCUMENT: QCoreApplication.translate("SourceKind", "Official document"),
        SourceKind.INTERVIEW: QCoreApplication.translate("SourceKind", "Interview"),
        SourceKind.SOCIAL_MEDIA: QCoreApplication.translate("SourceKind", "Social media"),
        SourceKind.OTHER: QCoreApplication.translate("SourceKind", "Other"),
    }
    return labels[kind]


def source_problems(sources: list[Source]) -> dict[tuple[int, int], str]:
    """Cell → message for what :func:`editor.article.validate` finds wrong in the sources."""
    by_row: dict[int, list[str]] = {}
    for problem in validate(Article(sources=sources)):
        if problem.field == "sources" and problem.index is not None:
            by_row.setdefault(problem.index, []).append(describe(problem))
    problems: dict[tuple[int, int], str] = {}
    for row, messages in by_row.items():
        source = sources[row]
        # validate() reports a missing name before a bad link, one message each.
        columns = ([NAME] if not source.name.strip() else []) + (
            [LINK] if source.url and not is_valid_url(source.url) else []
        )
        for column, message in zip(columns, messages, strict=False):
            problems[(row, column)] = message
    return problems


class SourcesModel(ListTableModel[Source]):
    """Kind, name, link, note; invalid cells carry a warning icon and the message as tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = (self.tr("Kind"), self.tr("Name"), self.tr("Link"), self.tr("Note"))
        self._problems: dict[tuple[int, int], str] = {}
        self._warning_icon = QIcon()

    def problems(self) -> list[str]:
        """The current validation messages, in row order."""
        return [self._problems[key] for key in sorted(self._problems)]

    def rows_changed(self) -> None:
        before = self._problems
        self._problems = source_problems(self._rows)
        if before != self._problems and self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, NOTE),
                [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole],
            )

    def cell(self, position: int, row: Source, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole:
            if (position, column) not in self._problems:
                return None
            if self._warning_icon.isNull():
                self._warning_icon = QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxWarning
                )
            return self._warning_icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._problems.get((position, column))
        if role == Qt.ItemDataRole.EditRole and column == KIND:
            return row.kind.value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (kind_label(row.kind), row.name, row.url, row.note)[column]
        return None

    def set_cell(self, row: Source, column: int, value: Any) -> bool:
        text = str(value if value is not None else "")
        if column == KIND:
            try:
                row.kind = SourceKind(text)
            except ValueError:
                return False
        elif column == NAME:
            row.name = text.strip()
        elif column == LINK:
            row.url = text.strip()
        else:
            row.note = text
        return True


class SourceKindDelegate(QStyledItemDelegate):
    """A combobox of :class:`SourceKind` for the Kind column; the choice is committed at once."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Source kind"))
        for kind in SourceKind:
            combo.addItem(kind_label(kind), kind.value)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class SourcesPanel(QWidget):
    """The table, its row buttons and a short message under it naming what is wrong."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SourcesModel(self)
        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("Sources"))
        self.view.setModel(self.model)
        configure_table(self.view)
        self.view.setItemDelegateForColumn(KIND, SourceKindDelegate(self.view))
        header = self.view.horizontalHeader()
        # Wide enough for the longest kind and its drop-down arrow, whatever the rows hold ("Ot" for
        # "Other" was all a column sized to its contents showed).
        metrics = self.view.fontMetrics()
        widest = max(metrics.horizontalAdvance(kind_label(kind)) for kind in SourceKind)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(KIND, widest + KIND_COLUMN_PADDING)
        for column in (NAME, LINK, NOTE):  # share the width: no sideways scrolling in a narrow window
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.buttons = RowButtons(self.view, self.model, self)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Source problems"))
        self.message_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.buttons.add_requested.connect(self.add_source)
        self.model.edited.connect(self.edited)
        self.model.edited.connect(self._show_problems)

    def load(self, sources: list[Source]) -> None:
        self.model.set_rows(sources)
        self._show_problems()

    def sources(self) -> list[Source]:
        return self.model.rows()

    def add_source(self, source: Source | None = None) -> None:
        """Append a source (an empty one by default) and start editing its name."""
        row = self.model.rowCount()
        self.model.insert_row(row, source or Source(""))
        self.buttons.added(row, NAME)

    def focus_row(self, index: int | None) -> None:
        row = min(max(index or 0, 0), self.model.rowCount() - 1)
        self.view.setFocus()
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, NAME))

    def _show_problems(self) -> None:
        problems = self.model.problems()
        if not problems:
            self.message_label.hide()
            self.message_label.clear()
            return
        shown = problems[:MAX_MESSAGES_SHOWN]
        if len(problems) > MAX_MESSAGES_SHOWN:
            more = len(problems) - MAX_MESSAGES_SHOWN
            shown.append(self.tr("…and %n more problem(s).", "", more))
        self.message_label.setText("⚠ " + " ".join(shown))
        self.message_label.show()


if __name__ == "__main__":
    import sys

    app = QApplication(sys.argv)
    panel = SourcesPanel()
    panel.load(
        [
            Source("AFP", SourceKind.NEWS_AGENCY, "https://www.afp.com"),
            Source("", SourceKind.INTERVIEW, "not a link", "phone call"),
        ]
    )
    panel.resize(800, 300)
    panel.show()
    sys.exit(app.exec())
