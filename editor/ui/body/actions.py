"""The formatting actions of the body editor (toolbar, Format menu, shortcuts).

Shortcuts avoid the application's own (Ctrl+N new, Ctrl+E preview, Ctrl+F/H find/replace,
Ctrl+Shift+P publish, Ctrl+Z/Ctrl+Shift+Z undo/redo). They are active only while the editor has the
focus (``WidgetWithChildrenShortcut``), so Ctrl+B in the headline field does nothing surprising.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPixmap

from editor.ui.body import formatting

if TYPE_CHECKING:
    from editor.ui.body.editor import BodyEditor

PLACEHOLDER_ICON_PX = 16


def build_formatting_actions(editor: BodyEditor) -> list[QAction]:
    """One QAction per command, parented to and added on ``editor``; objectName ``format_<name>``."""
    specs: list[tuple[str, str, str, str, Callable[[], None]]] = [
        (
            "bold",
            QCoreApplication.translate("FormattingActions", "&Bold"),
            "Ctrl+B",
            "format-bold",
            lambda: formatting.toggle_inline(editor, "**"),
        ),
        (
            "italic",
            QCoreApplication.translate("FormattingActions", "&Italic"),
            "Ctrl+I",
            "format-italic",
            lambda: formatting.toggle_inline(editor, "*"),
        ),
        (
            "link",
            QCoreApplication.translate("FormattingActions", "&Link…"),
            "Ctrl+K",
            "insert-link",
            editor.ask_and_insert_link,
        ),
        (
            "heading2",
            QCoreApplication.translate("FormattingActions", "Subhead (level &2)"),
            "Ctrl+2",
            "heading-2",
            lambda: formatting.toggle_line_prefix(editor, "## "),
        ),
        (
            "heading3",
            QCoreApplication.translate("FormattingActions", "Subhead (level &3)"),
            "Ctrl+3",
            "heading-3",
            lambda: formatting.toggle_line_prefix(editor, "### "),
        ),
        (
            "quote",
            QCoreApplication.translate("FormattingActions", "&Quote"),
            "Ctrl+Shift+Q",
            "format-quote",
            lambda: formatting.toggle_line_prefix(editor, "> "),
        ),
        (
            "bullets",
            QCoreApplication.translate("FormattingActions", "B&ulleted list"),
            "Ctrl+Shift+8",
            "list-bullet",
            lambda: formatting.toggle_line_prefix(editor, "- "),
        ),
        (
            "numbers",
            QCoreApplication.translate("FormattingActions", "&Numbered list"),
            "Ctrl+Shift+7",
            "list-numbered",
            lambda: formatting.toggle_line_prefix(editor, "", numbered=True),
        ),
        (
            "image",
            QCoreApplication.translate("FormattingActions", "I&mage…"),
            "Ctrl+Shift+I",
            "insert-image",
            editor.ask_and_insert_image,
        ),
    ]
    actions = []
    for name, text, keys, icon, slot in specs:
        action = QAction(_placeholder_icon(), text, editor)
        action.setObjectName(f"format_{name}")
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        plain = text.replace("&", "").rstrip("…")
        shortcut = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{plain} ({shortcut})")
        action.setProperty("icon_name", icon)
        action.triggered.connect(slot)
        editor.addAction(action)
        actions.append(action)
    return actions


@functools.cache
def _placeholder_icon() -> QIcon:
    """What an action shows until :func:`refresh_icons` draws its icon: nothing, at an icon's size. The
    SVG renderer and the drawing (~4 ms) wait until the story is on screen."""
    pixmap = QPixmap(PLACEHOLDER_ICON_PX, PLACEHOLDER_ICON_PX)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


def refresh_icons(actions: list[QAction], editor: BodyEditor) -> None:
    """Draw the icons in the editor's palette: right after the editor is built, and again after a
    palette change (light/dark switch)."""
    from editor.ui.body.icons import themed_icon

    for action in actions:
        action.setIcon(themed_icon(str(action.property("icon_name")), editor.palette()))
