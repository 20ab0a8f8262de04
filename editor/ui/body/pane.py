"""BodyPane: the body editor with its formatting toolbar and its find/replace bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QVBoxLayout, QWidget

from editor.ui.body.editor import BodyEditor

if TYPE_CHECKING:
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
        self._find_bar: FindReplaceBar | None = None  # built on first use: not on the way to the story
        self._find_action = self._action(self.tr("&Find…"), QKeySequence.StandardKey.Find, "edit_find")
        self._find_action.triggered.connect(lambda: self.find_bar.open_find())
        self._replace_action = self._action(self.tr("Re&place…"), QKeySequence("Ctrl+H"), "edit_replace")
        self._replace_action.triggered.connect(lambda: self.find_bar.open_replace())
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.toolbar)
        self._layout.addWidget(self.editor, 1)

    @property
    def find_bar(self) -> FindReplaceBar:
        """The find/replace bar under the editor (hidden until Ctrl+F or Ctrl+H opens it)."""
        if self._find_bar is None:
            from editor.ui.body.findbar import FindReplaceBar

            self._find_bar = FindReplaceBar(self.editor, self)
            self._layout.addWidget(self._find_bar)
        return self._find_bar

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
