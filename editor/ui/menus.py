"""The main window's actions, menus and formatting toolbar, built in one place.

The window passes its handlers in; this module only decides names, shortcuts and where each action
appears, so the window module stays about behaviour.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar


@dataclass(slots=True)
class WindowActions:
    new: QAction
    duplicate: QAction
    save: QAction
    import_file: QAction
    export_file: QAction
    history: QAction
    delete: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    undelete: QAction
    find_article: QAction
    show_preview: QAction
    show_library: QAction
    show_checklist: QAction
    publish: QAction
    about: QAction
    file_menu: QMenu
    edit_menu: QMenu
    format_menu: QMenu
    article_menu: QMenu  # the publishing UI adds its own entries here (accounts, unpublish...)
    help_menu: QMenu
    format_toolbar: QToolBar
    bindings: Bindings

    def article_actions(self) -> list[QAction]:
        """Actions that need an open article."""
        return [self.duplicate, self.save, self.export_file, self.history, self.delete, self.publish]


# Key bindings wait in WindowActions.bindings until install_shortcuts(): setting one makes PySide6 build
# the Qt namespace's Python enums (~25 ms), which the first paint does not need; no action can fire
# before the event loop runs anyway.
Bindings = list[tuple[QAction, object]]


def _action(
    owner: QObject,
    text: str,
    handler: Callable[[], object],
    shortcut: object = None,
    tip: str = "",
    *,
    bindings: Bindings,
) -> QAction:
    action = QAction(text, owner)
    if shortcut is not None:
        bindings.append((action, shortcut))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: handler())
    return action


def _toggle(
    owner: QObject, text: str, handler: Callable[[bool], object], shortcut: str, *, bindings: Bindings
) -> QAction:
    action = QAction(text, owner)
    action.setCheckable(True)
    bindings.append((action, shortcut))
    action.toggled.connect(handler)
    return action


def build_actions(window: QMainWindow, handlers: dict[str, Callable[..., object]]) -> WindowActions:
    """Create the actions, fill the menu bar and add the (initially empty) formatting toolbar."""
    tr = window.tr
    standard = QKeySequence.StandardKey
    bindings: Bindings = []
    action = functools.partial(_action, bindings=bindings)
    toggle = functools.partial(_toggle, bindings=bindings)
    actions = WindowActions(
        new=action(window, tr("&New Article"), handlers["new"], standard.New, tr("Start a new article")),
        duplicate=action(window, tr("D&uplicate"), handlers["duplicate"], "Ctrl+Shift+D"),
        save=action(
            window,
            tr("&Save Revision"),
            handlers["save"],
            standard.Save,
            tr("Save now and keep this version in the history"),
        ),
        import_file=action(window, tr("&Import…"), handlers["import_file"], "Ctrl+Shift+O"),
        export_file=action(window, tr("&Export…"), handlers["export_file"], "Ctrl+Shift+E"),
        history=action(window, tr("&History…"), handlers["history"], "Ctrl+Shift+H"),
        delete=action(
            window, tr("&Delete Article"), handlers["delete"], None, tr("Move the article to the trash")
        ),
        quit=action(window, tr("&Quit"), handlers["quit"], standard.Quit),
        undo=action(window, tr("&Undo"), handlers["undo"], standard.Undo),
        redo=action(window, tr("&Redo"), handlers["redo"], standard.Redo),
        undelete=action(window, tr("Restore &Deleted Article"), handlers["undelete"]),
        find_article=action(window, tr("Find &Article…"), handlers["find_article"], "Ctrl+Shift+F"),
        show_preview=toggle(window, tr("&Preview"), handlers["show_preview"], "Ctrl+E"),
        show_library=toggle(window, tr("&Library"), handlers["show_library"], "Ctrl+Shift+L"),
        show_checklist=toggle(window, tr("&Checklist"), handlers["show_checklist"], "Ctrl+Shift+K"),
        publish=action(
            window, tr("&Publish…"), handlers["publish"], "Ctrl+Shift+P", tr("Run the checklist and publish")
        ),
        about=action(window, tr("&About Copydesk"), handlers["about"]),
        file_menu=QMenu(tr("&File"), window),
        edit_menu=QMenu(tr("&Edit"), window),
        format_menu=QMenu(tr("F&ormat"), window),
        article_menu=QMenu(tr("&Article"), window),
        help_menu=QMenu(tr("&Help"), window),
        format_toolbar=QToolBar(tr("Formatting"), window),
        bindings=bindings,
    )
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    actions.undelete.setEnabled(False)

    bar = window.menuBar()
    file_menu = actions.file_menu
    bar.addMenu(file_menu)
    file_menu.addActions([actions.new, actions.duplicate, actions.save])
    file_menu.addSeparator()
    file_menu.addActions([actions.import_file, actions.export_file])
    file_menu.addSeparator()
    file_menu.addActions([actions.history, actions.delete])
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)

    edit_menu = actions.edit_menu
    bar.addMenu(edit_menu)
    edit_menu.addActions([actions.undo, actions.redo])
    edit_menu.addSeparator()
    edit_menu.addAction(actions.find_article)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.undelete)

    bar.addMenu(actions.format_menu)

    view_menu = bar.addMenu(tr("&View"))
    view_menu.addActions([actions.show_library, actions.show_preview, actions.show_checklist])

    bar.addMenu(actions.article_menu)
    actions.article_menu.addActions([actions.publish, actions.history])

    bar.addMenu(actions.help_menu)
    actions.help_menu.addAction(actions.about)

    toolbar = actions.format_toolbar
    toolbar.setObjectName("formatting_toolbar")
    toolbar.setMovable(False)
    window.addToolBar(toolbar)
    return actions


def install_shortcuts(actions: WindowActions) -> None:
    """Give the actions their key bindings (after the first paint, see ``Bindings``)."""
    for action, shortcut in actions.bindings:
        action.setShortcut(QKeySequence(shortcut))
    actions.bindings.clear()


def install_form_actions(actions: WindowActions, formatting: list[QAction], finding: list[QAction]) -> None:
    """Put the body editor's formatting actions in the Format menu and on the toolbar, and its find and
    replace actions (Ctrl+F, Ctrl+H) in the Edit menu."""
    actions.edit_menu.insertActions(actions.find_article, finding)
    actions.format_menu.clear()
    actions.format_toolbar.clear()
    actions.format_menu.addActions(formatting)
    actions.format_toolbar.addActions([a for a in formatting if not a.icon().isNull()] or formatting)
