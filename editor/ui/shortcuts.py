"""Help → Keyboard Shortcuts: every key binding of the window, read from its real actions.

Nothing here is a hand-kept list: the menus are walked (so what the publishing UI or the wire desk adds
is there too), then the window's and its widgets' actions and QShortcuts that no menu shows (the body
editor's, for instance). Typing in the search field filters by name, menu or key.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True, slots=True)
class Shortcut:
    group: str  # the menu path ("Edit", "Publishing") or "Other" for bindings no menu shows
    name: str  # what it does, as the menu says it (no mnemonic marks)
    keys: tuple[QKeySequence, ...]

    def key_text(self) -> str:
        return ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in self.keys)


def plain(text: str) -> str:
    """A menu text without its mnemonic marks ("&&" stays one "&") and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _menu_entries(menu: QMenu, path: str, seen: set[int], found: list[tuple[str, QAction]]) -> None:
    for action in menu.actions():
        if action.isSeparator():
            continue
        sub = action.menu()
        if sub is not None:
            _menu_entries(sub, f"{path} › {plain(action.text())}", seen, found)
            continue
        if id(action) not in seen:
            seen.add(id(action))
            found.append((path, action))


def collect_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """Every action of ``window`` that has a key binding, grouped by the menu that shows it."""
    seen: set[int] = set()
    found: list[tuple[str, QAction]] = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is not None:
            _menu_entries(menu, plain(menu_action.text()), seen, found)
    other = QCoreApplication.translate("ShortcutsDialog", "Other")
    for widget in [window, *window.findChildren(QWidget)]:
        for action in widget.actions():
            if id(action) not in seen and not action.isSeparator():
                seen.add(id(action))
                found.append((other, action))
    shortcuts = [
        Shortcut(group, plain(action.text()), tuple(action.shortcuts()))
        for group, action in found
        if action.shortcuts()
    ]
    for binding in window.findChildren(QShortcut):
        if not binding.key().isEmpty():
            name = binding.whatsThis() or binding.objectName() or binding.key().toString()
            shortcuts.append(Shortcut(other, name, tuple(binding.keys())))
    return shortcuts


class ShortcutsDialog(QDialog):
    """The list of key bindings, by menu, with a search field."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self._window = window
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.setObjectName("shortcuts_dialog")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type to search by name or key"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(520, 600)

    def refresh(self) -> None:
        """Read the window's bindings again (menus grow as the window finishes starting)."""
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for shortcut in collect_shortcuts(self._window):
            group = groups.get(shortcut.group)
            if group is None:
                group = groups[shortcut.group] = QTreeWidgetItem(self.tree, [shortcut.group])
                group.setFirstColumnSpanned(True)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
            QTreeWidgetItem(group, [shortcut.name, shortcut.key_text()])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self._filter(self.search.text())
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def visible_entries(self) -> list[tuple[str, str, str]]:
        """(group, name, keys) of the rows the search leaves visible."""
        rows = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            for child_index in range(group.childCount()):
                child = group.child(child_index)
                if not child.isHidden():
                    rows.append((group.text(0), child.text(0), child.text(1)))
        return rows

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            group_matches = needle in group.text(0).casefold()
            shown = 0
            for child_index in range(group.childCount()):
                child = group.child(child_index)
                matches = (
                    not needle
                    or group_matches
                    or any(needle in child.text(column).casefold() for column in (0, 1))
                )
                child.setHidden(not matches)
                shown += matches
            group.setHidden(shown == 0)
