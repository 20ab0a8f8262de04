"""Incoming copy in the window: File → Import Wire Copy…, files dropped on the window, Edit → Paste as
New Story; the Wire panel beside the editor (the original, read-only); the reuse meter in the status bar
and, on demand, its verbatim runs highlighted in the body.

Every import goes through the one service (:mod:`editor.importers.wire`) on a query worker — a 5 MB page
takes trafilatura a while — and is saved with its original in one transaction on the change worker. The
meter runs on a query worker too, a moment after typing stops, on the body as it is then.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
)

from editor.ui.body.colors import is_dark, mix
from editor.ui.settings import REUSE_THRESHOLD_PERCENT

if TYPE_CHECKING:
    from editor.importers.wire import Incoming
    from editor.reuse import Reuse
    from editor.ui.main_window import MainWindow
    from editor.wirecopy import WireCopy

log = logging.getLogger(__name__)

WIRE_FILTER = (
    "Incoming copy (*.html *.htm *.xhtml *.eml *.xml *.txt *.json);;Web pages (*.html *.htm);;"
    "E-mail (*.eml);;NewsML-G2 (*.xml);;All files (*)"
)
# Dropped files with these endings are article files (front matter, ninjs): the usual import takes them.
ARTICLE_SUFFIXES = (".md", ".markdown")
# What ``copydesk FILE`` and the window open as incoming copy: editor.importers.wire.WIRE_SUFFIXES (not
# imported here, on the GUI thread: that module loads trafilatura).
WIRE_SUFFIXES = (".html", ".htm", ".xhtml", ".eml", ".xml")


def is_wire_file(path: Path) -> bool:
    return path.suffix.lower() in WIRE_SUFFIXES


MEASURE_DELAY_MS = 400
HIGHLIGHT = QColor(255, 204, 0)  # amber, mixed into the body's base colour (light or dark)


def _read_all(paths: Sequence[Path]) -> tuple[list[Incoming], list[str]]:
    """Runs on a worker: every file through the import service; problems as one line each."""
    from editor.importers import ImportFailed
    from editor.importers.wire import read_incoming_file

    read, problems = [], []
    for path in paths:
        try:
            read.append(read_incoming_file(path))
        except ImportFailed as exc:
            problems.append(str(exc))
    return read, problems


def _utf16_offset(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 code units; Python in code points."""
    return len(text[:index].encode("utf-16-le")) // 2


class WirePanel(QDockWidget):
    """The incoming copy of the open article: the story as read, and the original, both read-only."""

    def __init__(self, parent: MainWindow) -> None:
        super().__init__(QCoreApplication.translate("WirePanel", "Wire"), parent)
        self.setObjectName("wire_panel")
        self.tabs = QTabWidget(self)
        self.story = QPlainTextEdit(self)
        self.original = QPlainTextEdit(self)
        for view, name in ((self.story, self.tr("Story as read")), (self.original, self.tr("Original"))):
            view.setReadOnly(True)
            view.setAccessibleName(self.tr("Wire copy: %1").replace("%1", name))
            self.tabs.addTab(view, name)
        self.setWidget(self.tabs)

    def show_copy(self, copy: WireCopy) -> None:
        about = " · ".join(p for p in (copy.agency, copy.origin, copy.name) if p)
        self.setWindowTitle(self.tr("Wire") + (f" — {about}" if about else ""))
        self.story.setPlainText(copy.text)
        self.original.setPlainText(copy.raw)


class WireDesk(QObject):
    """Installs the ways in, the panel and the meter on a started main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._copy: WireCopy | None = None
        self._article_id: str | None = None
        self._reuse: Reuse | None = None
        self._measuring = False
        self._again = False

        self.panel = WirePanel(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.panel.hide()
        self.share_label = QLabel(window)
        self.share_label.setAccessibleName(self.tr("Wire copy share"))
        window.statusBar().insertPermanentWidget(0, self.share_label)

        self.import_action = QAction(self.tr("Import &Wire Copy…"), window)
        self.import_action.triggered.connect(self.choose_files)
        self.paste_action = QAction(self.tr("Paste as &New Story"), window)
        self.paste_action.setShortcut("Ctrl+Alt+V")
        self.paste_action.triggered.connect(self.paste_as_new_story)
        self.highlight_action = QAction(self.tr("&Highlight Wire Copy"), window)
        self.highlight_action.setCheckable(True)
        self.highlight_action.setEnabled(False)
        self.highlight_action.toggled.connect(lambda _on: self._apply_highlight())
        menus, actions = window.menus, window.window_actions
        menus.file_menu.insertAction(actions.export_file, self.import_action)
        menus.edit_menu.insertAction(actions.find_article, self.paste_action)
        menus.view_menu.addSeparator()
        menus.view_menu.addAction(self.highlight_action)
        window.addActions([self.paste_action])

        self._timer = QTimer(self, singleShot=True, interval=MEASURE_DELAY_MS)
        self._timer.timeout.connect(self._measure)
        window.article_opened.connect(self._on_article_opened)
        window.form.changed.connect(self._timer.start)
        if window.checklist is not None:
            window.checklist.wire_lookup = self._wire_text
            percent = window.settings.value(REUSE_THRESHOLD_PERCENT)
            window.checklist.reuse_threshold = min(max(percent, 1), 100) / 100
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        window.form.body_editor.viewport().installEventFilter(self)
        if window.current_article_id() is not None:
            self._on_article_opened(window.current_article_id())

    def _wire_text(self, article_id: str) -> Any:
        """Runs on a worker (the checklist's): the copy's text, None for an article without one."""
        from editor.store import ArticleNotFound, StoreError

        store = self._window.store
        if store is None:
            return None
        try:
            return store.wire_text(article_id)
        except (ArticleNotFound, StoreError):  # not saved yet, or the library is closing
            return None

    # --- ways in --------------------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self._window, self.tr("Import Wire Copy"), "", WIRE_FILTER)
        if names:
            self.import_files([Path(n) for n in names])

    def import_files(self, paths: Sequence[Path]) -> None:
        """Each file a new draft with its original; the last one opens."""
        paths = list(paths)
        self._window.tasks.run_query(
            lambda: _read_all(paths),
            success=self._save,
            failure=lambda error: self._report(self.tr("The files could not be imported: %1"), error),
            label="read wire copy",
        )

    def paste_as_new_story(self) -> None:
        mime = QApplication.clipboard().mimeData()
        html = mime.html() if mime is not None and mime.hasHtml() else None
        text = mime.text() if mime is not None and mime.hasText() else None

        def read() -> tuple[list[Incoming], list[str]]:
            from editor.importers import ImportFailed
            from editor.importers.wire import read_pasted

            try:
                return [read_pasted(html, text)], []
            except ImportFailed as exc:
                return [], [str(exc)]

        self._window.tasks.run_query(
            read,
            success=self._save,
            failure=lambda error: self._report(self.tr("The clipboard could not be read: %1"), error),
            label="read clipboard",
        )

    def _save(self, outcome: tuple[list[Incoming], list[str]]) -> None:
        read, problems = outcome
        window = self._window
        if problems:
            window.show_file_problems(problems)
        notes = [warning for incoming in read for warning in incoming.warnings]
        if notes:
            window.show_import_notes(notes)
        if not read or window.store is None:
            return
        library = window.core.library
        window.autosaver.flush()
        window.tasks.run_change(
            lambda: library.store_incoming(incoming=list(read)),
            success=self._on_saved,
            failure=lambda error: self._report(self.tr("The copy could not be saved: %1"), error),
            label="save wire copy",
        )

    def _on_saved(self, article_ids: list[str]) -> None:
        window = self._window  # the library's list follows from the change the save announced
        if article_ids[-1] == window.current_article_id():
            window.commands.reload_open_article()
            self._on_article_opened(article_ids[-1])
        else:
            window.commands.open_article(article_ids[-1], focus_body=True)
        window.statusBar().showMessage(self.tr("Imported %n story(s).", "", len(article_ids)), 5000)

    def _report(self, template: str, error: BaseException) -> None:
        message = template.replace("%1", str(error))
        log.warning("%s", message)
        self._window.statusBar().showMessage(message, 10_000)

    # --- drag and drop --------------------------------------------------------------------------------

    @staticmethod
    def _dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and self._dropped_files(event):  # type: ignore[arg-type]
            event.acceptProposedAction()  # type: ignore[attr-defined]
            return True
        if kind == QEvent.Type.Drop and (paths := self._dropped_files(event)):  # type: ignore[arg-type]
            event.acceptProposedAction()  # type: ignore[attr-defined]
            self.drop_files(paths)
            return True
        return super().eventFilter(watched, event)

    def drop_files(self, paths: Sequence[Path]) -> None:
        """Article files (Markdown) open as the usual import does; everything else is incoming copy."""
        articles = [p for p in paths if p.suffix.lower() in ARTICLE_SUFFIXES]
        copies = [p for p in paths if p.suffix.lower() not in ARTICLE_SUFFIXES]
        if articles:
            self._window.open_files(articles)
        if copies:
            self.import_files(copies)

    # --- the panel and the meter ----------------------------------------------------------------------

    def _on_article_opened(self, article_id: str) -> None:
        self._article_id = article_id
        self._copy = None
        self._reuse = None
        self.share_label.clear()
        self.highlight_action.setEnabled(False)
        self._apply_highlight()
        store = self._window.store
        if store is None:
            return

        def shown(copy: WireCopy | None) -> None:
            if article_id != self._window.current_article_id():
                return
            self._copy = copy
            if copy is None:
                self.panel.hide()
                return
            self.panel.show_copy(copy)
            self.panel.show()
            self.highlight_action.setEnabled(True)
            self._measure()
            if self._window.checklist is not None:
                self._window.checklist.schedule()

        self._window.tasks.run_query(
            lambda: store.wire_copy(article_id), success=shown, label="read wire copy", failure=self._failed
        )

    def _failed(self, error: BaseException) -> None:
        log.warning("the wire copy could not be read: %s", error)

    def _measure(self) -> None:
        """Measure the body as it is now against the copy, on a worker (one run at a time)."""
        copy, article = self._copy, self._window.current_snapshot()
        if copy is None or article is None or article.id != self._article_id:
            return
        if self._measuring:
            self._again = True
            return
        self._measuring = True
        body, wire_text = article.body, copy.text

        def measure() -> tuple[str, str, Reuse]:
            from editor.reuse import measure as measure_reuse

            return article.id, body, measure_reuse(body, wire_text)

        self._window.tasks.run_query(measure, success=self._on_measured, failure=self._on_measure_failed,
                                     label="reuse meter")  # fmt: skip

    def _on_measure_failed(self, error: BaseException) -> None:
        self._measuring = False
        log.warning("the reuse meter failed: %s", error)

    def _on_measured(self, result: tuple[str, str, Reuse]) -> None:
        self._measuring = False
        article_id, body, reuse = result
        if article_id != self._article_id:
            return
        if self._again:
            self._again = False
            self._measure()
        self._reuse, self._measured_body = reuse, body
        self.share_label.setText(self.tr("%1% wire copy").replace("%1", str(reuse.percent)))
        self._apply_highlight()

    def _apply_highlight(self) -> None:
        editor = self._window.form.body_editor if self._window.form is not None else None
        if editor is None:
            return
        reuse = self._reuse
        if not self.highlight_action.isChecked() or reuse is None or editor.markdown() != self._measured_body:
            editor.setExtraSelections([])
            return
        text = self._measured_body
        selections = []
        marked = QTextCharFormat()
        base = editor.palette().color(QPalette.ColorRole.Base)
        marked.setBackground(mix(base, HIGHLIGHT, 0.45 if not is_dark(editor.palette()) else 0.3))
        for start, end in reuse.runs:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(editor.document())
            cursor.setPosition(_utf16_offset(text, start))
            cursor.setPosition(_utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = marked  # type: ignore[attr-defined]
            selections.append(selection)
        editor.setExtraSelections(selections)

    @property
    def reuse(self) -> Reuse | None:
        """The latest measure of the open article (None: no copy, or not measured yet)."""
        return self._reuse
