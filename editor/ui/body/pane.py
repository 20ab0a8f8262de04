"""BodyPane: the body editor with its formatting toolbar and its find/replace bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QVBoxLayout, QWidget

from editor.ui.body.editor import BodyEditor
from editor.ui.body.findbar import FindReplaceBar

TOOLBAR_ICON_SIZE = QSize(18, 18)


class BodyPane(QWidget):
    """``editor``, ``toolbar`` (the formatting actions) and ``find_bar``.

    ``find_actions()`` gives Find (Ctrl+F) and Replace (Ctrl+H) for the main window's Edit menu; they
    act while the focus is anywhere in the pane.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = BodyEditor(self)
        self.toolbar = QToolBar(self.tr("Formatting"), self)
        self.toolbar.setIconSize(TOOLBAR_ICON_SIZE)
        self.toolbar.setAccessibleName(self.tr("Formatting toolbar"))
        for action in self.editor.formatting_actions():
            self.toolbar.addAction(action)
            if action.objectName() in ("format_link", "format_heading3", "format_numbers"):
                self.toolbar.addSeparator()
        self.find_bar = FindReplaceBar(self.editor, self)
        self._find_action = self._action(self.tr("&Find…"), QKeySequence.StandardKey.Find, "edit_find")
        self._find_action.triggered.connect(self.find_bar.open_find)
        self._replace_action = self._action(self.tr("Re&place…"), QKeySequence("Ctrl+H"), "edit_replace")
        self._replace_action.triggered.connect(self.find_bar.open_replace)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.find_bar)

    def _action(self, text: str, keys: QKeySequence | QKeySequence.StandardKey, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def find_actions(self) -> list[QAction]:
        return [self._find_action, self._replace_action]


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    pane = BodyPane()
    pane.editor.set_markdown("## Floods\n\nThe river rose overnight. The river fell by noon.\n")
    pane.editor.message.connect(print)
    pane.resize(800, 500)
    pane.show()
    sys.exit(app.exec())
