"""The formatting actions of the body editor (toolbar, Format menu, shortcuts).

Shortcuts avoid the application's own (Ctrl+N new, Ctrl+E preview, Ctrl+F/H find/replace,
Ctrl+Shift+P publish, Ctrl+Z/Ctrl+Shift+Z undo/redo). They are active only while the editor has the
focus (``WidgetWithChildrenShortcut``), so Ctrl+B in the headline field does nothing surprising.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from editor.ui.body import formatting
from editor.ui.body.icons import themed_icon

if TYPE_CHECKING:
    from editor.ui.body.editor import BodyEditor


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
        action = QAction(themed_icon(icon, editor.palette()), text, editor)
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


def refresh_icons(actions: list[QAction], editor: BodyEditor) -> None:
    """Re-tint after a palette change (light/dark switch)."""
    for action in actions:
        action.setIcon(themed_icon(str(action.property("icon_name")), editor.palette()))
