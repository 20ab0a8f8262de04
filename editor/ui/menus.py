"""The main window's menus, actions and formatting toolbar, built in one place.

Two steps, for startup speed: :func:`build_menus` (before the first paint) puts the empty menus and the
toolbar in the window, which is all a user sees at first; :func:`build_actions` (right after the first
paint) creates the actions with their key bindings and fills the menus. Setting a key binding makes
PySide6 build the ``Qt`` namespace's hundred-odd Python enums (~25 ms), which the first paint does not
need, and no action can fire before the event loop runs anyway.

The window passes its handlers in; this module only decides names, shortcuts and where each action
appears, so the window module stays about behaviour.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar


@dataclass(slots=True)
class WindowMenus:
    file_menu: QMenu
    edit_menu: QMenu
    format_menu: QMenu
    view_menu: QMenu
    article_menu: QMenu  # the publishing UI may add its own entries here
    help_menu: QMenu
    format_toolbar: QToolBar


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
    preferences: QAction
    open_data_folder: QAction
    keyboard_shortcuts: QAction
    about: QAction
    menus: WindowMenus

    def article_actions(self) -> list[QAction]:
        """Actions that need an open article."""
        return [self.duplicate, self.save, self.export_file, self.history, self.delete, self.publish]


def build_menus(window: QMainWindow) -> WindowMenus:
    """The menu bar's (still empty) menus and the formatting toolbar."""
    menus = WindowMenus(
        file_menu=QMenu(QCoreApplication.translate("MainWindow", "&File"), window),
        edit_menu=QMenu(QCoreApplication.translate("MainWindow", "&Edit"), window),
        format_menu=QMenu(QCoreApplication.translate("MainWindow", "F&ormat"), window),
        view_menu=QMenu(QCoreApplication.translate("MainWindow", "&View"), window),
        article_menu=QMenu(QCoreApplication.translate("MainWindow", "&Article"), window),
        help_menu=QMenu(QCoreApplication.translate("MainWindow", "&Help"), window),
        format_toolbar=QToolBar(QCoreApplication.translate("MainWindow", "Formatting"), window),
    )
    bar = window.menuBar()
    for menu in (
        menus.file_menu,
        menus.edit_menu,
        menus.format_menu,
        menus.view_menu,
        menus.article_menu,
        menus.help_menu,
    ):
        bar.addMenu(menu)
    menus.format_toolbar.setObjectName("formatting_toolbar")
    menus.format_toolbar.setMovable(False)
    window.addToolBar(menus.format_toolbar)
    return menus


def _preferences_keys() -> list[QKeySequence]:
    """The platform's Preferences key (Cmd+, on macOS; Linux and Windows have none), and Ctrl+, always."""
    bindings = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    comma = QKeySequence("Ctrl+,")
    return bindings if comma in bindings else [*bindings, comma]


def _action(
    owner: QMainWindow, text: str, handler: Callable[[], object], shortcut: object = None, tip: str = ""
) -> QAction:
    action = QAction(text, owner)
    if isinstance(shortcut, list):
        action.setShortcuts(shortcut)
    elif shortcut is not None:
        action.setShortcut(shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: handler())
    return action


def _toggle(owner: QMainWindow, text: str, handler: Callable[[bool], object], shortcut: str) -> QAction:
    action = QAction(text, owner)
    action.setCheckable(True)
    action.setShortcut(QKeySequence(shortcut))
    action.toggled.connect(handler)
    return action


def build_actions(
    window: QMainWindow, menus: WindowMenus, handlers: dict[str, Callable[..., object]]
) -> WindowActions:
    """Create the actions and put them in the menus."""
    standard = QKeySequence.StandardKey
    actions = WindowActions(
        new=_action(
            window,
            QCoreApplication.translate("MainWindow", "&New Article"),
            handlers["new"],
            standard.New,
            QCoreApplication.translate("MainWindow", "Start a new article"),
        ),
        duplicate=_action(
            window,
            QCoreApplication.translate("MainWindow", "D&uplicate"),
            handlers["duplicate"],
            "Ctrl+Shift+D",
        ),
        save=_action(
            window,
            QCoreApplication.translate("MainWindow", "&Save Revision"),
            handlers["save"],
            standard.Save,
            QCoreApplication.translate("MainWindow", "Save now and keep this version in the history"),
        ),
        import_file=_action(
            window,
            QCoreApplication.translate("MainWindow", "&Import…"),
            handlers["import_file"],
            "Ctrl+Shift+O",
        ),
        export_file=_action(
            window,
            QCoreApplication.translate("MainWindow", "&Export…"),
            handlers["export_file"],
            "Ctrl+Shift+E",
        ),
        history=_action(
            window, QCoreApplication.translate("MainWindow", "&History…"), handlers["history"], "Ctrl+Shift+H"
        ),
        delete=_action(
            window,
            QCoreApplication.translate("MainWindow", "&Delete Article"),
            handlers["delete"],
            "Ctrl+Shift+Del",  # not Ctrl+Del: text fields delete the next word with it
            QCoreApplication.translate(
                "MainWindow", "Move the article to the trash (Restore Deleted Article brings it back)"
            ),
        ),
        quit=_action(
            window, QCoreApplication.translate("MainWindow", "&Quit"), handlers["quit"], standard.Quit
        ),
        undo=_action(
            window, QCoreApplication.translate("MainWindow", "&Undo"), handlers["undo"], standard.Undo
        ),
        redo=_action(
            window, QCoreApplication.translate("MainWindow", "&Redo"), handlers["redo"], standard.Redo
        ),
        undelete=_action(
            window, QCoreApplication.translate("MainWindow", "Restore &Deleted Article"), handlers["undelete"]
        ),
        find_article=_action(
            window,
            QCoreApplication.translate("MainWindow", "Find &Article…"),
            handlers["find_article"],
            "Ctrl+Shift+F",
        ),
        show_preview=_toggle(
            window, QCoreApplication.translate("MainWindow", "&Preview"), handlers["show_preview"], "Ctrl+E"
        ),
        show_library=_toggle(
            window,
            QCoreApplication.translate("MainWindow", "&Library"),
            handlers["show_library"],
            "Ctrl+Shift+L",
        ),
        show_checklist=_toggle(
            window,
            QCoreApplication.translate("MainWindow", "&Checklist"),
            handlers["show_checklist"],
            "Ctrl+Shift+K",
        ),
        publish=_action(
            window,
            QCoreApplication.translate("MainWindow", "&Publish…"),
            handlers["publish"],
            "Ctrl+Shift+P",
            QCoreApplication.translate("MainWindow", "Run the checklist and publish"),
        ),
        preferences=_action(
            window,
            QCoreApplication.translate("MainWindow", "Pr&eferences…"),
            handlers["preferences"],
            _preferences_keys(),
        ),
        open_data_folder=_action(
            window,
            QCoreApplication.translate("MainWindow", "Open &Data Folder"),
            handlers["open_data_folder"],
        ),
        keyboard_shortcuts=_action(
            window,
            QCoreApplication.translate("MainWindow", "&Keyboard Shortcuts"),
            handlers["keyboard_shortcuts"],
            standard.HelpContents,
        ),
        about=_action(window, QCoreApplication.translate("MainWindow", "&About Copydesk"), handlers["about"]),
        menus=menus,
    )
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    actions.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    actions.undelete.setEnabled(False)

    file_menu = menus.file_menu
    file_menu.addActions([actions.new, actions.duplicate, actions.save])
    file_menu.addSeparator()
    file_menu.addActions([actions.import_file, actions.export_file])
    file_menu.addSeparator()
    file_menu.addActions([actions.history, actions.delete])
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)

    edit_menu = menus.edit_menu
    edit_menu.addActions([actions.undo, actions.redo])
    edit_menu.addSeparator()
    edit_menu.addAction(actions.find_article)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.undelete)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.preferences)

    menus.view_menu.addActions([actions.show_library, actions.show_preview, actions.show_checklist])
    menus.article_menu.addActions([actions.publish, actions.history])
    menus.help_menu.addActions([actions.keyboard_shortcuts, actions.open_data_folder, actions.about])
    return actions


def install_form_actions(actions: WindowActions, formatting: list[QAction], finding: list[QAction]) -> None:
    """Put the body editor's formatting actions in the Format menu and on the toolbar, and its find and
    replace actions (Ctrl+F, Ctrl+H) in the Edit menu."""
    menus = actions.menus
    menus.edit_menu.insertActions(actions.find_article, finding)
    menus.format_menu.clear()
    menus.format_toolbar.clear()
    menus.format_menu.addActions(formatting)
    menus.format_toolbar.addActions([a for a in formatting if not a.icon().isNull()] or formatting)
