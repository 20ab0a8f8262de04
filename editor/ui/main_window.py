"""The main window: library | article form | preview and checklist, menus, status bar.

Startup is in two steps so the window maps fast: the constructor builds only what the first paint shows
(menus and empty panes; not even the article model, let alone SQLAlchemy, Markdown or the spell
checker); :meth:`MainWindow.start`, called from the event loop right after ``show()``, adds the library,
preview and checklist panes, builds the article form and opens the database on the change worker.
Article commands (new, open, delete, restore, import, publish...) live in :mod:`editor.ui.commands`.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from editor.ui import dictionary_loads
from editor.ui import settings as keys
from editor.ui.menus import WindowActions, build_actions, build_menus, install_form_actions
from editor.ui.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from editor.article import Article
    from editor.store import ArticleStore
    from editor.ui.autosave import Autosaver
    from editor.ui.checklist import ChecklistPane
    from editor.ui.closing import CloseGuard
    from editor.ui.commands import ArticleCommands
    from editor.ui.core import AppCore
    from editor.ui.library.pane import LibraryPane
    from editor.ui.preview import PreviewPane
    from editor.ui.publish import PublishingUi

log = logging.getLogger(__name__)

APP_TITLE = "Copydesk"
DEFAULT_SIZE = (1280, 800)
DEFAULT_SPLIT = (400, 560, 320)
FIRST_PAINT_TIMEOUT_MS = 300


# Modules imported on a worker so the GUI thread does not wait for them. Only Qt-free ones: importing
# modules that define Qt classes on two threads at once crashes PySide6 (a segfault at startup, about
# one start in twenty while the GUI thread built the library pane). The Qt modules themselves are
# imported on the GUI thread where they are used; tests/ui/shell_startup_test.py checks the lists.
FORM_MODULES = ("editor.article",)  # what showing the story needs besides Qt
# What the side panes and the first paste or formatting toggle need, once the story is on screen: the
# renderer and checklist (markdown-it, nh3) and the HTML -> Markdown converter (bs4, markdownify).
SIDE_PANE_MODULES = ("editor.render", "editor.importers.html")


def _import_modules(names: Sequence[str]) -> None:
    """Runs on a worker: import Qt-free modules the window will need (see FORM_MODULES)."""
    for name in names:
        importlib.import_module(name)


class MainWindow(QMainWindow):
    """The editor window. ``publish_requested(article_id)`` is the hook the publishing UI connects to."""

    publish_requested = Signal(str)  # the checklist passed and the article's latest text is saved
    article_opened = Signal(str)
    library_ready = Signal()  # the database is open, the form built: the window is fully usable
    library_failed = Signal(str)

    def __init__(
        self, core: AppCore, settings: Settings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.core = core
        self.data_dir = core.data_dir
        self.settings = settings or Settings(core.data_dir)
        self.tasks = core.tasks
        self.form: Any = None  # ArticleForm, created by start()
        self.publishing: PublishingUi | None = None  # set by install_publishing
        self.history_dialog: Any = None
        self.file_problems_box: Any = None  # the last "could not be opened" message, while shown
        self.import_notes_box: Any = None  # the last "front matter kept" message, while shown
        self.wire: Any = None  # editor.ui.wire.WireDesk, installed once the form and panes exist
        self._started = False
        self._holds_dictionaries = False  # spelling dictionaries wait for this window's startup
        self._start_when_painted: dict[str, Any] | None = None
        self._preparing = False  # prepare_resume() has run
        self._prepared: tuple[tuple[Article, int] | None] | None = None  # what it read, once done
        self._extensions: tuple[Sequence[str], Callable[[MainWindow], None] | None] | None = None
        self.setWindowTitle(APP_TITLE)
        self.setObjectName("main_window")

        # Built by start(), after the first paint: they pull in the article model, the library model...
        self.commands: ArticleCommands = None  # type: ignore[assignment]
        self.library: LibraryPane = None  # type: ignore[assignment]
        self.library_host = QStackedWidget(self)
        # The panes are empty hosts until start() fills them. (PySide6 builds the ``Qt`` namespace's
        # hundred-odd Python enums on first use, ~10 ms: the core's change bridge does it already.)
        self.placeholder: QLabel = None  # type: ignore[assignment]
        self.center = QStackedWidget(self)
        self.preview: PreviewPane | None = None  # built by start(), after the first paint
        self.checklist: ChecklistPane | None = None
        self._pane_visible = {keys.PREVIEW_VISIBLE: True, keys.CHECKLIST_VISIBLE: True}
        self.side_host = QStackedWidget(self)
        self.side: QSplitter = None  # type: ignore[assignment]
        self._words_and_minutes: tuple[int, int] | None = None  # the body's, once counted
        self._side_sizes: list[int] | None = None  # the side splitter's sizes while the checklist is compact
        # QSplitter(parent) would resolve the (orientation, parent) overload and build the Qt enums.
        self.splitter = QSplitter()  # horizontal; setCentralWidget adopts it
        self.splitter.setChildrenCollapsible(False)
        for pane in (self.library_host, self.center, self.side_host):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        self.autosaver: Autosaver = None  # type: ignore[assignment]  # built by start(), like the rest
        self.close_guard: CloseGuard = None  # type: ignore[assignment]
        self.menus = build_menus(self)
        # Ctrl+N works from the first frame: pressed before the library is open, it is queued, and what
        # is typed meanwhile is kept for the new headline. Until start() installs the key bindings (a
        # QAction's setShortcut costs ~22 ms of Qt enum building), keyPressEvent catches it.
        self._new_requested = False
        self._typed_ahead = ""
        self._files_to_open: list[Path] = []  # given on the command line, opened once the library is
        self.window_actions: WindowActions = None  # type: ignore[assignment]  # built by start()
        self.preferences_dialog: Any = None  # editor.ui.preferences.PreferencesDialog, while open
        self.shortcuts_dialog: Any = None  # editor.ui.shortcuts.ShortcutsDialog, once shown
        self._build_status_bar()
        self._restore_layout()
        if self.settings.value(keys.THEME) != "system":  # a chosen theme from the first frame
            self._apply_theme()

    # --- construction ---------------------------------------------------------------------------------

    def _handlers(self) -> dict[str, Any]:
        def command(name: str) -> Any:
            # The commands object is built by start(); an action cannot fire before the event loop runs it.
            return lambda: self.commands is not None and getattr(self.commands, name)()

        return {
            "new": self.request_new_article,
            "duplicate": command("duplicate_article"),
            "save": command("save_revision"),
            "import_file": command("import_file"),
            "export_file": command("export_file"),
            "history": command("show_history"),
            "delete": command("delete_article"),
            "quit": self.close,
            "undo": lambda: self._delegate_edit("undo"),
            "redo": lambda: self._delegate_edit("redo"),
            "undelete": command("undelete_article"),
            "find_article": lambda: self.library is not None and self.library.focus_search(),
            "show_preview": self.show_preview,
            "show_library": self.show_library,
            "show_checklist": self.show_checklist,
            "publish": command("publish"),
            "about": self._show_about,
            "open_data_folder": self._open_data_folder,
            "preferences": self.show_preferences,
            "keyboard_shortcuts": self.show_keyboard_shortcuts,
        }

    def _build_status_bar(self) -> None:
        from editor.ui.status_bar import WindowStatusBar

        self.status = WindowStatusBar(self, lambda: self.commands.undelete_article())
        self.undo_delete_button = self.status.undo_delete_button
        self.stats_label = self.status.stats_label
        self.save_label = self.status.save_label

    def _restore_layout(self) -> None:
        geometry = self.settings.window_state(keys.MAIN_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen()
            available = screen.availableGeometry() if screen else None
            width = min(DEFAULT_SIZE[0], available.width()) if available else DEFAULT_SIZE[0]
            height = min(DEFAULT_SIZE[1], available.height()) if available else DEFAULT_SIZE[1]
            self.resize(width, height)
        self._restore_splitter()
        for key in (keys.PREVIEW_VISIBLE, keys.CHECKLIST_VISIBLE):
            self._pane_visible[key] = bool(self.settings.value(key))
        self.library_host.setVisible(bool(self.settings.value(keys.LIBRARY_VISIBLE)))
        self._apply_side_visibility()

    def _restore_splitter(self) -> None:
        """The pane widths the user left. Applied again once the form and the side panes arrive: their
        minimum sizes, added after the first paint, would otherwise shift the restored widths."""
        splitter_state = self.settings.window_state(keys.MAIN_SPLITTER)
        if splitter_state is None or not self.splitter.restoreState(splitter_state):
            self.splitter.setSizes(list(DEFAULT_SPLIT))

    def _create_actions(self) -> None:
        self.window_actions = actions = build_actions(self, self.menus, self._handlers())
        for action, visible in (
            (actions.show_preview, self._pane_visible[keys.PREVIEW_VISIBLE]),
            (actions.show_checklist, self._pane_visible[keys.CHECKLIST_VISIBLE]),
            (actions.show_library, not self.library_host.isHidden()),
        ):
            action.blockSignals(True)
            action.setChecked(visible)
            action.blockSignals(False)
        self._set_article_actions_enabled(False)

    def _create_autosaver(self) -> None:
        from editor.ui.autosave import Autosaver
        from editor.ui.closing import CloseGuard

        self.autosaver = Autosaver(self.tasks, self.current_snapshot, self.save_in_worker, self)
        self.close_guard = CloseGuard(
            self, self.autosaver, lambda: self.commands.rescue_unsaved(then_close=True)
        )
        self.autosaver.state_changed.connect(self._on_save_state_changed)
        self._on_save_state_changed(self.autosaver.state())

    def _create_commands(self) -> None:
        from editor.ui.commands import ArticleCommands

        self.placeholder = QLabel(
            self.tr("Open an article from the library, or press Ctrl+N to write a new one."), self
        )
        self.placeholder.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)  # the palette's muted text colour
        self.center.addWidget(self.placeholder)

        self.commands = ArticleCommands(self)
        self.autosaver.saved.connect(self.commands.on_saved)

    def ensure_library_pane(self) -> LibraryPane:
        """The library pane, built once the story left open is on screen (or when first needed)."""
        if self.library is None:
            from editor.ui.library.pane import LibraryPane

            self.library = LibraryPane(self.tasks, self)
            self.library_host.addWidget(self.library)
            self.library.article_activated.connect(self.commands.open_article)
            self.library.model.failed.connect(lambda message: self.statusBar().showMessage(message, 10_000))
            self.core.bridge.library_changed.connect(self.library.model.on_library_changed)
            if self.commands.current_id is not None:
                self.library.select_article(self.commands.current_id)
        return self.library

    def start_after_first_paint(self, **options: Any) -> None:
        """Run :meth:`start` once the window has painted itself (so the user never sees a blank frame
        while startup work runs), or after a short delay at the latest (a window shown minimised)."""
        self._start_when_painted = options
        QTimer.singleShot(FIRST_PAINT_TIMEOUT_MS, self._start_pending)

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        handle = self.windowHandle()
        # Only a paint of the window on screen counts (Qt may paint into the backing store before the
        # window server has mapped it); the startup work must not hold up the map.
        if self._start_when_painted is not None and handle is not None and handle.isExposed():
            QTimer.singleShot(0, self._start_pending)

    def _start_pending(self) -> None:
        options, self._start_when_painted = self._start_when_painted, None
        if options is not None:
            self.start(**options)

    def start(
        self,
        *,
        preload: Sequence[str] = (),
        extend: Callable[[MainWindow], None] | None = None,
    ) -> None:
        """Second startup step, run by the event loop once the window is on screen.

        The database opens on the change worker while the story left open is read (plain sqlite3) and
        the form's modules (Markdown parser, spell checker...) are imported on a query worker; the form
        is then built here, on the GUI thread, and shows that story at once. The side panes follow, then
        the ``preload`` modules are imported and ``extend(window)`` runs (the publishing UI installs
        itself there), all before ``library_ready``.
        """
        if self._started:
            return
        self._started = True
        # Keep the keyboard off the library's search box (the first field built): keys typed while the
        # window opens belong to the article about to open, or to Ctrl+N's new headline.
        self.setFocus()
        self._create_actions()
        self._create_autosaver()
        self._create_commands()
        self.apply_preferences()
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        self._extensions = (preload, extend)
        self.prepare_resume()
        self._continue_start()

    def prepare_resume(self) -> None:
        """Read the story left open and import the form's modules on a worker (call right after
        ``show()``: it runs while the window maps; :meth:`start` calls it otherwise).

        The story left open is what the user came back for: it is read with plain sqlite3 and shown as
        soon as the form exists; the store (SQLAlchemy, the schema check), the side panes and the
        publishing UI arrive after it. (Importing SQLAlchemy on the change worker meanwhile would only
        slow both down: they share the GIL.)
        """
        if self._preparing:
            return
        self._preparing = True
        last = self.settings.value(keys.LAST_ARTICLE_ID)
        database = self.core.library.database_path

        def prepare_form() -> tuple[Article, int] | None:
            from editor.last_article import read_open_article

            resumed = read_open_article(database, last) if last else None
            _import_modules(FORM_MODULES)
            return resumed

        self.tasks.run_query(
            prepare_form,
            success=self._on_resume_prepared,
            failure=lambda _error: self._on_resume_prepared(None),
            label="import form",
        )

    def _on_resume_prepared(self, resumed: tuple[Article, int] | None) -> None:
        self._prepared = (resumed,)
        self._continue_start()

    def _continue_start(self) -> None:
        """Build the form once both :meth:`start` ran and the worker of :meth:`prepare_resume` is done."""
        if self._prepared is None or self._extensions is None or self.form is not None:
            return
        (resumed,) = self._prepared
        if self._new_requested or self._files_to_open:
            resumed = None  # the user asked for something else than the story left open
        self._on_form_prepared(resumed, *self._extensions)

    def _on_form_prepared(
        self,
        resumed: tuple[Article, int] | None,
        preload: Sequence[str],
        extend: Callable[[MainWindow], None] | None,
    ) -> None:
        # Spelling waits until the story is on screen and the library is open (see dictionary_loads).
        dictionary_loads.hold()
        self._holds_dictionaries = True
        self.library_ready.connect(self._release_dictionaries)
        self.library_failed.connect(self._release_dictionaries)
        self._create_form()
        if resumed is not None:
            self.commands.resume(*resumed)
        # Queued before any save of what is typed next can be (the change worker runs them in order).
        self.commands.open_library()
        # What follows waits for the next turn of the event loop: the story is painted first.
        QTimer.singleShot(0, lambda: self._finish_building(preload, extend))

    def _release_dictionaries(self, *_args: object) -> None:
        if self._holds_dictionaries:
            self._holds_dictionaries = False
            dictionary_loads.release()

    def _finish_building(self, preload: Sequence[str], extend: Callable[[MainWindow], None] | None) -> None:
        self.form.build_details()
        self.ensure_library_pane()

        def build_side_panes() -> None:
            self._create_side_panes()
            self.tasks.run_query(
                lambda: _import_modules(preload),
                success=lambda _none: self._extend(extend),
                failure=lambda _error: self._extend(extend),
                label="import extensions",
            )

        self.tasks.run_query(
            lambda: _import_modules(SIDE_PANE_MODULES),
            success=lambda _none: build_side_panes(),
            failure=lambda _error: build_side_panes(),
            label="import side panes",
        )

    def _create_side_panes(self) -> None:
        from editor.ui.checklist import ChecklistPane
        from editor.ui.preview import PreviewPane

        self.preview = PreviewPane(self.tasks, self.current_snapshot, self)
        self.checklist = ChecklistPane(self.tasks, self.current_snapshot, self)
        self.checklist.slug_lookup = self._published_with_slug
        self.side = QSplitter(QtCore.Qt.Orientation.Vertical, self)
        self.side_host.addWidget(self.side)
        self.side.addWidget(self.preview)
        self.side.addWidget(self.checklist)
        self.side.setStretchFactor(0, 3)
        self.side.setStretchFactor(1, 1)
        side_state = self.settings.window_state(keys.SIDE_SPLITTER)
        if side_state is None or not self.side.restoreState(side_state):
            height = max(self.side_host.height(), 400)
            self.side.setSizes([height * 3 // 4, height // 4])
        self.form.body_editor.top_line_changed.connect(self.preview.follow_line)
        self.checklist.problem_activated.connect(self._on_checklist_problem_activated)
        self.checklist.compact_changed.connect(self._fit_checklist)
        self.checklist.publish_clicked.connect(self.commands.publish)
        self.checklist.publish_button.setEnabled(self.commands.current_id is not None)
        self._apply_side_visibility()
        self._restore_splitter()
        if self.commands.current_id is not None:  # the story was shown before the panes existed
            self.preview.render_now()
            self.checklist.schedule()

    def _fit_checklist(self, compact: bool) -> None:
        """With nothing to list, the checklist gives its room to the preview; the sizes the user chose
        come back with the first finding (and are what the window remembers)."""
        if compact:
            self._side_sizes = self.side.sizes()
            total, small = sum(self._side_sizes), self.checklist.compact_height()
            if total > small:
                self.side.setSizes([total - small, small])
        elif self._side_sizes is not None:
            self.side.setSizes(self._side_sizes)
            self._side_sizes = None

    def _create_form(self) -> None:
        from editor.ui.form import ArticleForm

        form = ArticleForm(self, details_later=True)  # the tabs under the body come after the story
        self.form = form
        self.center.addWidget(form)
        self._restore_splitter()
        form.changed.connect(self._on_form_changed)
        form.related_search_requested.connect(self.commands.search_related)
        body = form.body_editor
        body.stats_changed.connect(self._on_stats_changed)
        body.document().contentsChanged.connect(self._show_stats)
        form.standfirst_edit.document().contentsChanged.connect(self._show_stats)
        install_form_actions(self.window_actions, body.formatting_actions(), form.find_actions())
        form.set_formatting_toolbar_visible(False)  # the window's toolbar carries the same actions
        self._apply_editor_font()

    def _extend(self, extend: Callable[[MainWindow], None] | None) -> None:
        """Install the extensions (the publishing UI), then let the commands finish starting up."""
        from editor.ui.wire import WireDesk

        self.wire = WireDesk(self)  # incoming copy: ways in, the Wire panel, the reuse meter
        if extend is not None:
            try:
                extend(self)
            except Exception as exc:  # the editor must open even when an extension is broken
                log.exception("extending the main window failed")
                self.statusBar().showMessage(self.tr("Publishing is unavailable: %1").replace("%1", str(exc)))
        self.commands.form_created()

    # --- a new article requested while the window opens -------------------------------------------------

    def request_new_article(self) -> None:
        """Ctrl+N: a new article now, or as soon as the library and the form are ready."""
        if self.commands is not None and self.commands.ready:
            self.commands.new_article()
            return
        self._new_requested = True
        self.setFocus()  # the keys typed until then come to the window, not to the library's search box

    def take_new_article_request(self) -> str | None:
        """The text typed ahead for the headline if a new article was requested during startup, else None."""
        if not self._new_requested:
            return None
        typed, self._new_requested, self._typed_ahead = self._typed_ahead, False, ""
        return typed

    def take_typed_ahead(self) -> str:
        """The text typed while the window was opening, for the body of the article it reopens."""
        typed, self._typed_ahead = self._typed_ahead, ""
        return typed

    def open_files(self, paths: Sequence[Path]) -> None:
        """Import article files (.md, .txt, .json) into the library and open the last one; a file carrying
        the id of an article already there updates it. Queued until the library is open."""
        if self.commands is not None and self.commands.ready:
            self.commands.open_files(list(paths))
        else:
            self._files_to_open.extend(paths)

    def take_files_to_open(self) -> list[Path]:
        files, self._files_to_open = self._files_to_open, []
        return files

    def show_file_problems(self, problems: Sequence[str]) -> None:
        """Say which files could not be opened, without blocking the window (the rest opened)."""
        from PySide6.QtWidgets import QMessageBox

        text = self.tr("%n file(s) could not be opened:", "", len(problems))
        self.file_problems_box = self._tell_without_blocking(QMessageBox.Icon.Warning, text, problems)

    def show_import_notes(self, notes: Sequence[str]) -> None:
        """Say what an import kept without a field for it (one line per file), without blocking."""
        from PySide6.QtWidgets import QMessageBox

        text = self.tr("Imported. Some front matter has no field in Copydesk; it is kept and exported again:")
        self.import_notes_box = self._tell_without_blocking(QMessageBox.Icon.Information, text, notes)

    def _tell_without_blocking(self, icon: QMessageBox.Icon, text: str, lines: Sequence[str]) -> QMessageBox:
        """The status bar and a non-modal box say ``text`` with one line per item."""
        from PySide6.QtWidgets import QMessageBox

        self.statusBar().showMessage(f"{text} {'; '.join(lines)}", 15_000)
        box = QMessageBox(icon, APP_TITLE, text, QMessageBox.StandardButton.Ok, self)
        box.setInformativeText("\n".join(lines))
        box.setModal(False)
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        return box

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.window_actions is None and event.matches(QKeySequence.StandardKey.New):
            self.request_new_article()  # no key bindings yet: the window gets the keys (nothing has focus)
            return
        commands = self.commands
        if self._new_requested or commands is None or not commands.ready or commands.resuming:
            # Typed before there is a field to take it: kept for the new article's headline or for the
            # body of the article being reopened, never dropped.
            text = event.text()
            if event.key() == QtCore.Qt.Key.Key_Backspace:
                self._typed_ahead = self._typed_ahead[:-1]
                return
            if text and text.isprintable():
                self._typed_ahead += text
                return
        super().keyPressEvent(event)

    # --- the open article -----------------------------------------------------------------------------

    def open_article(self, article_id: str) -> None:
        """Show the article ``article_id`` (saving the open one first)."""
        self.commands.open_article(article_id)

    def current_article_id(self) -> str | None:
        return self.commands.current_id if self.commands is not None else None

    def current_snapshot(self) -> Article | None:
        """A plain-data copy of the open article, or None when none is open."""
        if self.form is None or self.commands.current_id is None:
            return None
        return self.form.article()

    @property
    def store(self) -> ArticleStore | None:
        """The library's store once it is open (None while it opens)."""
        library = self.core.library
        return library.store if library.is_open else None

    def _published_with_slug(self, article: Article) -> list[str]:
        """Runs on the checklist's worker: other published stories with the article's slug."""
        from editor.store import StoreError

        library = self.core.library
        if not library.is_open:
            return []
        try:
            return library.slug_taken_by(article=article)
        except StoreError:  # the library is closing
            return []

    def save_in_worker(self, article: Article, revision: str, reason: str) -> Any:
        """Runs on the change worker (called by the autosaver, and by Ctrl+S)."""
        if self.store is None:
            raise RuntimeError("the library is still opening")
        versions = self.commands.base_versions
        result = self.core.library.save(
            article=article, revision=revision, reason=reason, base_version=versions.get(article.id)
        )
        if not result.superseded:  # a superseded save leaves the base: the next one is kept aside too
            versions[article.id] = result.version
        return result

    def show_article(self, article: Article, *, replacing: bool = False) -> None:
        """Put ``article`` in the form (the caller saved the previous one first).

        ``replacing``: the open article's text was replaced in the store (restore, file, the site's
        version); when it is the article on screen, Ctrl+Z brings back what the form showed.
        """
        undoable = replacing and self.form.article().id == article.id
        self.form.set_article(article, undoable=undoable)
        self.center.setCurrentWidget(self.form)
        self._update_title(article.headline)
        self._set_article_actions_enabled(True)
        self.settings.set_value(keys.LAST_ARTICLE_ID, article.id)
        if self.library is not None:  # else it selects the article once built
            self.library.select_article(article.id)
        self._on_save_state_changed(self.autosaver.state())
        if self.preview is not None and self.checklist is not None:  # else they render once built
            self.preview.render_now()
            self.checklist.schedule()
        self.article_opened.emit(article.id)

    def show_no_article(self) -> None:
        self.center.setCurrentWidget(self.placeholder)
        self._update_title(None)
        self._set_article_actions_enabled(False)
        self.settings.set_value(keys.LAST_ARTICLE_ID, "")
        if self.library is not None:
            self.library.select_article(None)
        if self.preview is not None and self.checklist is not None:
            self.preview.clear_article()
            self.checklist.clear_article()
        self.status.clear()

    def _update_title(self, headline: str | None) -> None:
        if headline is None:
            title = APP_TITLE
        else:
            title = f"{' '.join(headline.split()) or self.tr('Untitled')} — {APP_TITLE}"
        if title != self.windowTitle():  # called on every keystroke
            self.setWindowTitle(title)

    def _set_article_actions_enabled(self, enabled: bool) -> None:
        if self.window_actions is None:
            return
        for action in self.window_actions.article_actions():
            action.setEnabled(enabled)
        if self.checklist is not None:
            self.checklist.publish_button.setEnabled(enabled)

    def _on_form_changed(self) -> None:
        if self.commands.current_id is None:
            return
        self.autosaver.note_change()
        if self.preview is not None and self.checklist is not None:
            self.preview.schedule()
            self.checklist.schedule()
        self._update_title(self.form.headline.text())

    def _on_focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        """Leaving a field of the form saves what was typed in it (a no-op when nothing changed)."""
        if old is not None and self.form is not None and self.form.isAncestorOf(old):
            self.autosaver.flush()

    def _on_stats_changed(self, words: int, minutes: int) -> None:
        self._words_and_minutes = (words, minutes)
        self._show_stats()

    def _show_stats(self) -> None:
        """Words and characters of the body, characters of the standfirst, reading time (the counts of
        characters are the documents' own, kept by Qt: nothing is recounted per keystroke)."""
        if self.form is None or self._words_and_minutes is None or self.commands.current_id is None:
            return
        words, minutes = self._words_and_minutes
        body = self.form.body_editor.document().characterCount() - 1  # less the final paragraph mark
        standfirst = self.form.standfirst_edit.document().characterCount() - 1
        self.status.show_counts(words, minutes, body, standfirst)

    def _on_save_state_changed(self, state: str) -> None:
        article_open = self.commands is not None and self.commands.current_id is not None
        self.status.show_save_state(state if article_open else None)

    def _on_checklist_problem_activated(self, field: str, index: int | None) -> None:
        if self.form is not None and self.commands.current_id is not None:
            self.form.focus_field(field, index)

    def offer_undo_delete(self, message: str) -> None:
        self.status.offer_undo_delete(message)
        self.window_actions.undelete.setEnabled(True)

    def withdraw_undo_delete(self) -> None:
        self.status.withdraw_undo_delete()
        self.window_actions.undelete.setEnabled(False)

    # --- view -----------------------------------------------------------------------------------------

    def show_preview(self, visible: bool) -> None:
        self._pane_visible[keys.PREVIEW_VISIBLE] = visible
        self.settings.set_value(keys.PREVIEW_VISIBLE, visible)
        self._apply_side_visibility()
        if visible and self.preview is not None:
            self.preview.schedule()

    def show_library(self, visible: bool) -> None:
        self.library_host.setVisible(visible)
        self.settings.set_value(keys.LIBRARY_VISIBLE, visible)

    def show_checklist(self, visible: bool) -> None:
        self._pane_visible[keys.CHECKLIST_VISIBLE] = visible
        self.settings.set_value(keys.CHECKLIST_VISIBLE, visible)
        self._apply_side_visibility()
        if self.window_actions is not None and self.window_actions.show_checklist.isChecked() != visible:
            self.window_actions.show_checklist.setChecked(visible)

    def _apply_side_visibility(self) -> None:
        preview_visible = self._pane_visible[keys.PREVIEW_VISIBLE]
        checklist_visible = self._pane_visible[keys.CHECKLIST_VISIBLE]
        if self.preview is not None and self.checklist is not None:
            self.preview.setVisible(preview_visible)
            self.checklist.setVisible(checklist_visible)
        self.side_host.setVisible(preview_visible or checklist_visible)

    def _delegate_edit(self, operation: str) -> None:
        """Undo/Redo from the menu act on the text field that has the keyboard focus."""
        widget = QApplication.focusWidget()
        method = getattr(widget, operation, None)
        if callable(method):
            method()

    # --- preferences ------------------------------------------------------------------------------------

    def show_preferences(self) -> None:
        """Edit → Preferences (Ctrl+,): one dialog; the accounts are read on a worker meanwhile."""
        from editor.ui.preferences import PreferencesDialog

        if self.preferences_dialog is None:
            self.preferences_dialog = dialog = PreferencesDialog(self.settings, self)
            dialog.applied.connect(self.apply_preferences)
            dialog.finished.connect(lambda _result: setattr(self, "preferences_dialog", None))
            dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
            accounts = self.core.library.accounts
            self.tasks.run_query(
                lambda: [account.name for account in accounts.list()],
                success=lambda names: self.preferences_dialog is dialog and dialog.set_accounts(names),
                failure=lambda _error: None,  # the dialog keeps the stored choice; publishing says more
                label="preferences: accounts",
            )
        self.preferences_dialog.show()
        self.preferences_dialog.raise_()
        self.preferences_dialog.activateWindow()

    def apply_preferences(self) -> None:
        """Put the stored preferences to work (at start, and when Preferences is applied)."""
        from datetime import timedelta

        self._apply_theme()
        minutes = max(1, int(self.settings.value(keys.REVISION_INTERVAL_MINUTES)))
        self.core.library.revision_interval = timedelta(minutes=minutes)
        self._apply_editor_font()
        if self.checklist is not None and self.wire is not None:  # else the wire desk sets it when installed
            percent = self.settings.value(keys.REUSE_THRESHOLD_PERCENT)
            self.checklist.reuse_threshold = min(max(percent, 1), 100) / 100
            self.checklist.schedule()

    def _apply_theme(self) -> None:
        from editor.ui.theme import theme_manager

        theme_manager(QApplication.instance()).apply(self.settings.value(keys.THEME))

    def _apply_editor_font(self) -> None:
        if self.form is not None:
            self.form.body_editor.set_text_font(
                self.settings.value(keys.EDITOR_FONT_FAMILY), self.settings.value(keys.EDITOR_FONT_SIZE)
            )

    def show_keyboard_shortcuts(self) -> None:
        """Help → Keyboard Shortcuts: every key binding of this window, read from its actions."""
        from editor.ui.shortcuts import ShortcutsDialog

        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.refresh()
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()
        self.shortcuts_dialog.activateWindow()

    def _show_about(self) -> None:
        from editor.ui.about import show_about

        show_about(self, self.data_dir)

    def _open_data_folder(self) -> None:
        """Where the library lives, in the file manager (support asks for it)."""
        from editor.ui.about import open_data_folder

        open_data_folder(self.data_dir, parent=self)

    # --- leaving ----------------------------------------------------------------------------------------

    def changeEvent(self, event: QtCore.QEvent) -> None:
        super().changeEvent(event)
        if not self._started:  # nothing to save yet, and no QEvent enums before the first paint
            return
        if event.type() == QtCore.QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.autosaver.flush()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_guard is not None and not self.close_guard.may_close():
            event.ignore()  # the guard closes the window again once the last writes landed
            return
        self._save_layout()
        event.accept()

    def close_without_waiting(self) -> None:
        """Close even though writes are still pending (the user chose to, or rescued them to files)."""
        self.close_guard.close_without_waiting()

    def _save_layout(self) -> None:
        self.settings.set_window_state(keys.MAIN_GEOMETRY, self.saveGeometry())
        self.settings.set_window_state(keys.MAIN_SPLITTER, self.splitter.saveState())
        if self.side is not None:
            if self._side_sizes is not None:  # save the sizes the user chose, not the compact ones
                compacted = self.side.sizes()
                self.side.setSizes(self._side_sizes)
                self.settings.set_window_state(keys.SIDE_SPLITTER, self.side.saveState())
                self.side.setSizes(compacted)
            else:
                self.settings.set_window_state(keys.SIDE_SPLITTER, self.side.saveState())
        self.settings.sync()

    def shutdown(self) -> None:
        """After the event loop ended: the application's last window ends the core (workers finish,
        the database closes)."""
        self._release_dictionaries()
        self.core.shutdown()
