"""The keyboard (issue 14): unique Alt mnemonics in every scope, Help → Keyboard Shortcuts from the real
actions, no ambiguous shortcut, and a sample of bindings pressed in the real window.

Scopes follow Qt's rules: the menu bar's titles and every widget of a window (labels with buddies,
buttons, check boxes, group boxes, tabs) share the window's Alt keys; each menu's entries are a scope of
their own while it is open; each dialog is its own window.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QWidget,
)

from editor.article import Article
from editor.ui.core import AppCore
from editor.ui.main_window import MainWindow
from editor.ui.publish import install_publishing
from editor.ui.shortcuts import ShortcutsDialog, plain
from editor.ui.translations import install_translations
from tests.ui.shell_support import EVENT_TIMEOUT_MS, SAVE_TIMEOUT_MS, STARTUP_TIMEOUT_MS, close_window

pytest_plugins = ["tests.ui.shell_fixtures"]


def mnemonic(text: str) -> str | None:
    """The Alt key of a text ("Save &As" → "a"), None without one ("&&" is a literal ampersand)."""
    index = 0
    while index < len(text) - 1:
        if text[index] == "&":
            if text[index + 1] != "&":
                return text[index + 1].casefold()
            index += 1
        index += 1
    return None


def _on_current_tab(widget: QWidget, top: QWidget) -> bool:
    """False for a widget on a tab page not shown now (its Alt keys are not live with the rest). Hidden
    widgets otherwise count: a find bar or a "Retry" button can appear at any time."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not top:
        in_tabs = isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget)
        if in_tabs and parent.currentWidget() is not child:
            return False
        child, parent = parent, parent.parentWidget()
    return True


def _window_texts(top: QWidget) -> Iterator[tuple[str, QWidget]]:
    """(text, widget) of everything in ``top``'s window that can carry an Alt key."""
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            if action.isVisible():
                yield action.text(), top.menuBar()
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and widget.window() is not top:
            continue  # another window (a dialog parented here)
        if not _on_current_tab(widget, top):
            continue
        if isinstance(widget, QAbstractButton):
            yield widget.text(), widget
        elif isinstance(widget, QGroupBox):
            yield widget.title(), widget
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            yield widget.text(), widget
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield widget.tabText(index), widget


def collisions(texts: Iterator[tuple[str, object]]) -> list[str]:
    seen: dict[str, str] = {}
    found = []
    for text, _owner in texts:
        key = mnemonic(text)
        if key is None:
            continue
        if key in seen:
            found.append(f"Alt+{key.upper()}: {seen[key]!r} and {text!r}")
        else:
            seen[key] = text
    return found


def labels_without_buddy(top: QWidget) -> list[str]:
    return [
        label.text()
        for label in top.findChildren(QLabel)
        if label.window() is top
        and label.textFormat() != Qt.TextFormat.RichText
        and mnemonic(label.text()) is not None
        and label.buddy() is None
        and not label.text().startswith("<")
    ]


def menu_problems(window: QMainWindow) -> list[str]:
    problems = []

    def walk(menu: QMenu, path: str) -> None:
        entries = [(a.text(), a) for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        problems.extend(f"menu {path}: {clash}" for clash in collisions(iter(entries)))
        for text, action in entries:
            if action.menu() is not None:
                walk(action.menu(), f"{path} › {plain(text)}")

    for action in window.menuBar().actions():
        if action.menu() is not None:
            walk(action.menu(), plain(action.text()))
    return problems


def scope_problems(top: QWidget) -> list[str]:
    """Collisions in ``top``'s window, with each page of each of its tab widgets shown in turn."""
    name = top.objectName() or type(top).__name__
    problems: list[str] = []
    tabs = [t for t in top.findChildren(QTabWidget) if t.window() is top and t.count() > 1] or [None]
    for tab_widget in tabs:
        for index in range(tab_widget.count() if tab_widget is not None else 1):
            if tab_widget is not None:
                tab_widget.setCurrentIndex(index)
            for clash in collisions(_window_texts(top)):
                if f"{name}: {clash}" not in problems:
                    problems.append(f"{name}: {clash}")
    return problems + [
        f"{name}: label {text!r} has an Alt key but no buddy" for text in labels_without_buddy(top)
    ]


@pytest.fixture
def window(qtbot, data_dir: Path, settings_dir: Path) -> Iterator[MainWindow]:
    yield from _window(qtbot, data_dir)


def _window(qtbot, data_dir: Path) -> Iterator[MainWindow]:
    opened = MainWindow(AppCore(data_dir))
    install_publishing(opened)
    opened.show()
    with qtbot.waitSignal(opened.library_ready, timeout=STARTUP_TIMEOUT_MS):
        opened.start()
    qtbot.waitUntil(lambda: opened.wire is not None, timeout=EVENT_TIMEOUT_MS)
    yield opened
    for dialog in opened.findChildren(QDialog):
        dialog.close()
    if opened.isVisible():
        close_window(qtbot, opened)
    else:
        opened.shutdown()


def new_article(qtbot, window: MainWindow) -> str:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=EVENT_TIMEOUT_MS)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "Council votes on the budget")
    article_id = window.current_article_id()
    window.autosaver.flush()
    qtbot.waitUntil(  # in any language ("Saved" is the English status)
        lambda: window.autosaver.is_idle() and window.store.exists(article_id), timeout=SAVE_TIMEOUT_MS
    )
    return article_id


def every_dialog(qtbot, window: MainWindow) -> list[QDialog]:
    """Each dialog of the window, opened the way the window opens it (offscreen)."""
    from editor.ui.publish.conflict import ConflictDialog
    from editor.ui.publish.open_from_cms import OpenFromCmsDialog

    new_article(qtbot, window)
    publishing = window.publishing
    window.show_preferences()
    window.show_keyboard_shortcuts()
    window.commands.show_history()
    publishing.show_outbox()
    publishing.show_accounts()
    window._show_about()
    dialogs = [
        window.preferences_dialog,
        window.shortcuts_dialog,
        window.history_dialog,
        publishing.dialogs["outbox"],
        publishing.dialogs["accounts"],
        *[d for d in window.findChildren(QDialog) if type(d).__name__ == "AboutDialog"],
        OpenFromCmsDialog(publishing.controller, ["City Desk"], window),
        ConflictDialog(Article(headline="Theirs", body="A"), Article(headline="Mine", body="B"), window),
    ]
    assert all(dialog is not None for dialog in dialogs)
    assert len(dialogs) == 8
    return dialogs


@pytest.fixture(params=["en", "fr"])
def language(request, qapp: QApplication) -> Iterator[str]:
    """The interface language the window is built in (French keys differ from the English ones)."""
    install_translations(qapp, request.param)
    yield request.param
    install_translations(qapp, "en")


@pytest.fixture
def window_in_language(qtbot, language: str, data_dir: Path, settings_dir: Path) -> Iterator[MainWindow]:
    yield from _window(qtbot, data_dir)


def test_alt_keys_are_unique_in_the_menu_bar_every_menu_every_dialog_and_the_form(
    qtbot, window_in_language: MainWindow, language: str
) -> None:
    window = window_in_language
    if language == "fr":
        assert window.menus.file_menu.title() == "&Fichier"  # the French catalogue is loaded
    dialogs = every_dialog(qtbot, window)
    problems = scope_problems(window) + menu_problems(window)
    for dialog in dialogs:
        problems += scope_problems(dialog)
    assert not problems, "\n".join(problems)


def test_the_menu_titles_file_format_article_and_help_have_an_alt_key(window: MainWindow) -> None:
    keys = [mnemonic(action.text()) for action in window.menuBar().actions()]
    assert None not in keys
    assert len(set(keys)) == len(keys)


def test_keyboard_shortcuts_lists_every_bound_action_and_none_is_ambiguous(qtbot, window: MainWindow) -> None:
    new_article(qtbot, window)
    window.window_actions.keyboard_shortcuts.trigger()
    dialog = window.shortcuts_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=EVENT_TIMEOUT_MS)
    listed = {(name, keys) for _group, name, keys in dialog.visible_entries()}

    bound: list[QAction] = [
        action
        for widget in [window, *window.findChildren(QWidget)]
        for action in widget.actions()
        if action.shortcuts()
    ]
    assert len(bound) > 20
    native = QKeySequence.SequenceFormat.NativeText
    owners: dict[str, str] = {}
    clashes = []
    for action in bound:
        keys = ", ".join(key.toString(native) for key in action.shortcuts())
        assert (plain(action.text()), keys) in listed, f"{action.text()!r} ({keys}) is not listed"
        for key in action.shortcuts():
            text = key.toString(native)
            owner = owners.setdefault(text, action.text())
            if owner != action.text():
                clashes.append(f"{text}: {owner!r} and {action.text()!r}")
    assert clashes == []
    # Delete Article has its own shortcut, and the list says it.
    assert ("Delete Article", QKeySequence("Ctrl+Shift+Del").toString(native)) in listed


def test_typing_in_keyboard_shortcuts_filters_the_list(qtbot, window: MainWindow) -> None:
    window.show_keyboard_shortcuts()
    dialog: ShortcutsDialog = window.shortcuts_dialog
    everything = dialog.visible_entries()
    qtbot.keyClicks(dialog.search, "prefer")
    assert [name for _group, name, _keys in dialog.visible_entries()] == ["Preferences"]
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "ctrl+shift+del")
    assert [name for _group, name, _keys in dialog.visible_entries()] == ["Delete Article"]
    dialog.search.clear()
    assert dialog.visible_entries() == everything
    groups = {group for group, _name, _keys in everything}
    assert {"File", "Edit", "Format", "View", "Help"} <= groups


def test_keys_pressed_in_the_real_window(qtbot, window: MainWindow) -> None:
    new_article(qtbot, window)
    # Alt+F opens the File menu
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=EVENT_TIMEOUT_MS)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.menus.file_menu.isVisible(), timeout=EVENT_TIMEOUT_MS)
    qtbot.keyClick(window.menus.file_menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.menus.file_menu.isVisible(), timeout=EVENT_TIMEOUT_MS)
    # Ctrl+, opens Preferences; Esc closes it
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=EVENT_TIMEOUT_MS)
    qtbot.keyClick(window.form.body_editor, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.preferences_dialog is not None, timeout=EVENT_TIMEOUT_MS)
    dialog = window.preferences_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=EVENT_TIMEOUT_MS)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.preferences_dialog is None, timeout=EVENT_TIMEOUT_MS)
    # Alt+H opens Help, from the menu bar's own key
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=EVENT_TIMEOUT_MS)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.menus.help_menu.isVisible(), timeout=EVENT_TIMEOUT_MS)
    qtbot.keyClick(window.menus.help_menu, Qt.Key.Key_Escape)
