"""Several bylines, each a name and a role, added and removed in place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.article import Byline, BylineRole


def role_label(role: BylineRole) -> str:
    """The role as shown to the user (translatable)."""
    labels = {
        BylineRole.REPORTER: QCoreApplication.translate("Byline", "Reporter"),
        BylineRole.CORRESPONDENT: QCoreApplication.translate("Byline", "Correspondent"),
        BylineRole.PHOTOGRAPHER: QCoreApplication.translate("Byline", "Photographer"),
        BylineRole.EDITOR: QCoreApplication.translate("Byline", "Editor"),
        BylineRole.TRANSLATOR: QCoreApplication.translate("Byline", "Translator"),
        BylineRole.CONTRIBUTOR: QCoreApplication.translate("Byline", "Contributor"),
    }
    return labels[role]


class BylineRow(QWidget):
    """One byline: name, role and a remove button."""

    remove_requested = Signal(object)
    edited = Signal()

    def __init__(self, byline: Byline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit(byline.name, self)
        self.name_edit.setPlaceholderText(self.tr("Name"))
        self.role_combo = QComboBox(self)
        for role in BylineRole:
            self.role_combo.addItem(role_label(role), role)
        self.role_combo.setCurrentIndex(self.role_combo.findData(byline.role))
        self.remove_button = QToolButton(self)
        self.remove_button.setText("−")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_edit, 1)
        layout.addWidget(self.role_combo)
        layout.addWidget(self.remove_button)
        self.name_edit.textEdited.connect(self.edited)
        self.role_combo.activated.connect(self.edited)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

    def set_number(self, number: int) -> None:
        self.name_edit.setAccessibleName(self.tr("Byline %1 name").replace("%1", str(number)))
        self.role_combo.setAccessibleName(self.tr("Byline %1 role").replace("%1", str(number)))
        self.remove_button.setAccessibleName(self.tr("Remove byline %1").replace("%1", str(number)))
        self.remove_button.setToolTip(self.tr("Remove this byline"))

    def byline(self) -> Byline:
        return Byline(self.name_edit.text().strip(), self.role_combo.currentData())


class BylinesEditor(QWidget):
    """The list of bylines; ``changed`` fires on any user edit, add or removal."""

    changed = Signal()
    rows_changed = Signal()  # rows added or removed (also on load): the tab order needs redoing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BylineRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(2)
        self.add_button = QPushButton(self.tr("Add byline"), self)
        self.add_button.setAccessibleName(self.tr("Add byline"))
        self.add_button.clicked.connect(self._on_add_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def set_bylines(self, bylines: list[Byline]) -> None:
        for row in self._rows:
            row.deleteLater()
        self._rows = []
        for byline in bylines:
            self._append(byline)
        self.rows_changed.emit()

    def bylines(self) -> list[Byline]:
        return [row.byline() for row in self._rows]

    def rows(self) -> list[BylineRow]:
        return list(self._rows)

    def add_byline(self, byline: Byline | None = None) -> BylineRow:
        row = self._append(byline or Byline(""))
        self.rows_changed.emit()
        self.changed.emit()
        return row

    def focus_row(self, index: int | None) -> None:
        if not self._rows:
            self.add_button.setFocus()
            return
        row = self._rows[min(max(index or 0, 0), len(self._rows) - 1)]
        row.name_edit.setFocus()

    def _append(self, byline: Byline) -> BylineRow:
        row = BylineRow(byline, self)
        row.remove_requested.connect(self._remove)
        row.edited.connect(self.changed)
        self._rows.append(row)
        self._rows_layout.addWidget(row)
        row.show()  # at once, not on the next event loop turn, so it can take the focus right away
        self._renumber()
        return row

    def _on_add_clicked(self) -> None:
        self.add_byline().name_edit.setFocus()

    def _remove(self, row: BylineRow) -> None:
        index = self._rows.index(row)
        self._rows.remove(row)
        row.hide()
        row.deleteLater()
        self._renumber()
        self.rows_changed.emit()
        self.changed.emit()
        if self._rows:
            self.focus_row(min(index, len(self._rows) - 1))
        else:
            self.add_button.setFocus()

    def _renumber(self) -> None:
        for number, row in enumerate(self._rows, start=1):
            row.set_number(number)

    def focus_chain(self) -> list[QWidget]:
        """The widgets in tab order: each row's name, role and remove button, then "Add byline"."""
        chain: list[QWidget] = []
        for row in self._rows:
            chain += [row.name_edit, row.role_combo, row.remove_button]
        return [*chain, self.add_button]


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    editor = BylinesEditor()
    editor.set_bylines([Byline("Ana Ruiz"), Byline("Tom Baker", BylineRole.PHOTOGRAPHER)])
    editor.show()
    sys.exit(app.exec())
