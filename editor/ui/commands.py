"""What the user can do to articles: open, new, duplicate, delete and undelete, save a revision, restore,
import, export, publish. Every database or file access runs on a worker through ``TaskRunner``.

Ordering is what keeps work safe: before another article is opened, or an operation that must see the
latest text (delete, restore, publish) runs, the autosaver is flushed and the operation waits until the
queued writes have landed (``Autosaver.when_idle``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from editor.app.library import duplicate_of
from editor.article import Article
from editor.ui.errors import error_text
from editor.ui.settings import ARTICLE_LANGUAGE, LAST_ARTICLE_ID

if TYPE_CHECKING:
    from editor.app.changes import Changes
    from editor.app.files import FilesRead
    from editor.app.library import Opened
    from editor.ui.main_window import MainWindow

log = logging.getLogger(__name__)

IMPORT_FILTER = "Articles (*.md *.markdown *.txt *.json);;All files (*)"
EXPORT_FILTER = "Markdown with front matter (*.md);;ninjs JSON (*.json);;HTML page (*.html)"
CHANGE_POLL_MS = 1000


class ChangeWatching(QObject):
    """Polls (off the GUI thread) whether another process wrote to the library; the library announces it
    (``Changes.elsewhere``) and the views that show it subscribe."""

    def __init__(self, commands: ArticleCommands) -> None:
        super().__init__(commands)
        self._library = commands.library
        self._tasks = commands._tasks
        self._in_flight = False
        self._timer = QTimer(self, interval=CHANGE_POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        self._timer.start()

    def _poll(self) -> None:
        if self._in_flight:
            return
        self._in_flight = True
        self._tasks.run_query(
            self._library.check_elsewhere,
            success=lambda _changes: setattr(self, "_in_flight", False),
            failure=lambda _error: setattr(self, "_in_flight", False),
            label="changes elsewhere",
        )


class ArticleCommands(QObject):
    """The article operations of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._tasks = window.tasks
        self.library = window.core.library
        self._autosaver = window.autosaver
        self.current_id: str | None = None
        self.last_deleted_id: str | None = None
        self._fresh_ids: set[str] = set()  # created here and not yet saved once
        self._known_sections: set[str] = set()
        self._open_request = 0
        self._opened: Opened | None = None
        self._built = False  # the window's form, side panes and extensions are there
        self.ready = False  # the database is open and the window built
        self.resuming = False  # the article left open last time is being read back in
        # Per article, the row version the form's text is based on: read and written by the change worker
        # (save_in_worker) and set here when an article is read from the store; see ArticleStore.save.
        self.base_versions: dict[str, int] = {}
        self._reload_pending = False  # a save was superseded: show the newer text once the saves landed
        self._watch = ChangeWatching(self)
        window.core.bridge.library_changed.connect(self._on_library_changed)

    # --- the library ---------------------------------------------------------------------------------

    def open_library(self) -> None:
        """Open the database on the change worker (the writes queued behind it see it open)."""
        from editor.ui.translations import current_language

        library, language = self.library, current_language()
        self._tasks.run_change(
            lambda: library.open(welcome=True, language=language),
            success=self._on_library_opened,
            failure=self._on_library_failed,
            label="open library",
        )

    def _on_library_opened(self, opened: Opened) -> None:
        self._watch.start()
        self._opened = opened
        self._window.ensure_library_pane().set_store(self.library.store)
        self._finish_startup()

    def form_created(self) -> None:
        """The window is built (form, side panes, extensions): startup finishes once the store is open."""
        self._built = True
        self._finish_startup()

    def _finish_startup(self) -> None:
        """Once both the database and the form are there: fill the choices, reopen the last article."""
        window, opened = self._window, self._opened
        if opened is None or not self._built:
            return
        self._apply_choices((opened.sections, opened.tags))
        # On the run that created the welcome article, show it (the remembered id may belong to another
        # data folder); later runs resume the article left open.
        last = opened.welcome_id or window.settings.value(LAST_ARTICLE_ID)
        self.ready = True
        typed_ahead = window.take_new_article_request()
        files = window.take_files_to_open()
        if files:  # copydesk story.md: opened once read and saved, over what is reopened below
            self.open_files(files)
        if typed_ahead is not None:  # Ctrl+N was pressed while the window was opening
            self.new_article(typed_ahead)
        elif last and self.current_id is None:
            # resume writing where the user left; what is typed until the text is in place goes into it
            self.resuming = True
            self.open_article(last, quiet=True, focus_body=True)
        elif self.current_id is None and not files:
            window.library.focus_search()  # nothing to write in: finding an article is what is left
        window.library_ready.emit()

    def _on_library_failed(self, error: BaseException) -> None:
        message = self.tr("The library could not be opened: %1").replace("%1", error_text(error))
        self._window.statusBar().showMessage(message)
        self._window.library_failed.emit(message)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(self._window, "Copydesk", message)

    def _refresh_choices(self) -> None:
        if self._window.store is not None:
            self._tasks.run_query(
                self.library.choices,
                success=self._apply_choices,
                label="sections and tags",
            )

    def _apply_choices(self, choices: tuple[list[str], list[str]]) -> None:
        sections, tags = choices
        self._known_sections = set(sections)
        self._window.ensure_library_pane().set_sections(sections)
        if self._window.form is not None:
            self._window.form.set_section_choices(sections)
            self._window.form.set_tag_completions(tags)

    # --- opening and creating --------------------------------------------------------------------------

    def open_article(self, article_id: str, quiet: bool = False, focus_body: bool = False) -> None:
        if article_id == self.current_id or self._window.store is None or self._window.form is None:
            return
        self._autosaver.flush()
        self._open_request += 1
        request = self._open_request
        waiting = {a.id: a for a in self._autosaver.unsaved_articles()}
        if article_id in waiting:  # its newest text is not in the database yet
            self._show(waiting[article_id].copy(), focus_body)
            return
        store = self._window.store

        def opened(found: tuple[Article, int] | None) -> None:
            if request != self._open_request:
                return
            if found is None:  # the article remembered from last time is gone (emptied from the trash)
                self._window.settings.set_value(LAST_ARTICLE_ID, "")
                if self.resuming:
                    self.resuming = False
                    typed = self._window.take_typed_ahead()
                    if typed:  # typed for it meanwhile: a new article keeps it as its headline
                        self.new_article(typed)
                return
            article, self.base_versions[article_id] = found
            self._show(article, focus_body)

        def failed(error: BaseException) -> None:
            self.resuming = False  # the keys go to the window's widgets again
            if request == self._open_request:
                self._report(self.tr("The article could not be opened: %1"), error)

        def read() -> tuple[Article, int] | None:
            if quiet and not store.exists(article_id):
                return None  # not an error: nothing to reopen
            return store.get_versioned(article_id)

        self._tasks.run_query(read, success=opened, failure=failed, label="open article")

    def resume(self, article: Article, version: int) -> None:
        """Show the story left open, read before the store was ready (``editor.last_article``): what
        was typed while the window opened goes into its body; saves queue behind the store's opening."""
        if self.current_id is not None:
            return
        self.base_versions[article.id] = version
        self.resuming = True
        self._show(article, focus_body=True)

    def _show(self, article: Article, focus_body: bool = False) -> None:
        self.current_id = article.id
        self._window.show_article(article)
        if focus_body:
            self._window.form.focus_field("body")
        if self.resuming:  # typed while the window opened: as if typed now (saved, one Ctrl+Z step)
            self.resuming = False
            typed = self._window.take_typed_ahead()
            if typed:
                self._window.form.body_editor.insertPlainText(typed)

    def reload_open_article(self) -> None:
        """Show the open article's stored text in place of what the form shows, as an edit Ctrl+Z takes
        back (its text was replaced in the store, and what the form showed is in the history)."""
        article_id, store = self.current_id, self._window.store
        if article_id is None or store is None:
            return
        self._open_request += 1
        request = self._open_request

        def show(found: tuple[Article, int]) -> None:
            article, version = found
            if request == self._open_request and article.id == self.current_id:
                self.show_stored(article, version)

        self._tasks.run_query(
            lambda: store.get_versioned(article_id),
            success=show,
            failure=lambda error: self._report(self.tr("The article could not be opened: %1"), error),
            label="reload article",
        )

    def show_stored(self, article: Article, version: int) -> None:
        """The open article's text as stored now (version ``version``) replaces what the form shows."""
        self.base_versions[article.id] = version
        self._window.show_article(article, replacing=True)

    def _on_library_changed(self, changes: Changes) -> None:
        """Subscribed to the change bridge: new sections and tags for the choices when the list changed;
        the open article's newer text when another process wrote it."""
        if changes.listing or changes.elsewhere:
            self._refresh_choices()
        if changes.elsewhere:
            self._on_changed_elsewhere()

    def _on_changed_elsewhere(self) -> None:
        """Show the open article's newer text when nothing typed here is waiting to be saved."""
        window = self._window
        article_id, store = self.current_id, window.store
        if article_id is None or store is None or article_id in self._fresh_ids:
            return

        def compare(found: tuple[Article, int]) -> None:
            article, version = found
            idle = self._autosaver.is_idle()
            if article.id != self.current_id or not idle or version == self.base_versions.get(article.id):
                return
            self.show_stored(article, version)
            window.statusBar().showMessage(
                self.tr("This article was changed elsewhere; showing its newer text (Ctrl+Z undoes)."), 8000
            )

        self._tasks.run_query(
            lambda: store.get_versioned(article_id), success=compare, label="changed elsewhere"
        )

    def new_article(self, typed_ahead: str = "") -> None:
        """A new article with the cursor in its headline (holding ``typed_ahead``, typed before it opened)."""
        form = self._window.form
        if form is None:
            return
        from editor.ui.form.language import default_article_language  # the form is built: cheap now

        preference = self._window.settings.value(ARTICLE_LANGUAGE)
        self._start_fresh(Article(language=default_article_language(preference)))
        form.focus_field("headline")
        if typed_ahead:
            form.headline.line_edit.insert(typed_ahead)  # as if typed: the slug follows, autosave runs

    def duplicate_article(self) -> None:
        original = self._window.current_snapshot()
        if original is None:
            return
        headline = self.tr("Copy of %1").replace("%1", original.headline) if original.headline else ""
        self._start_fresh(duplicate_of(original, headline=headline))
        self._window.form.focus_field("headline")

    def _start_fresh(self, article: Article) -> None:
        """Show a new article at once and queue its first save (the library lists it once saved)."""
        self._autosaver.flush()
        self._open_request += 1
        self._fresh_ids.add(article.id)
        self._show(article)
        self._autosaver.enqueue(article, "auto")

    def on_saved(self, article: Article, result: Any) -> None:
        """A write landed (the library announced it; the list redraws itself): say so when it was
        superseded; a new section joins the choices."""
        if result.superseded:
            self._on_superseded(article)
            return
        self._fresh_ids.discard(article.id)
        if article.section and article.section not in self._known_sections:
            self._refresh_choices()

    def _on_superseded(self, article: Article) -> None:
        """The article had changed elsewhere since the form read it: its newer text stayed current and
        what was typed here is a revision. Show the newer text once the queued saves have landed."""
        self._window.statusBar().showMessage(
            self.tr(
                "This article was changed elsewhere meanwhile. Its newer text stays; yours is kept in the "
                "history (File → History)."
            ),
            15_000,
        )
        if article.id != self.current_id or self._reload_pending:
            return
        self._reload_pending = True

        def reload() -> None:
            self._reload_pending = False
            if article.id == self.current_id:
                self.reload_open_article()

        self._autosaver.when_idle(reload)

    # --- saving, history ---------------------------------------------------------------------------------

    def save_revision(self) -> None:
        """Ctrl+S: save now and keep this version in the history (or say that the newest revision
        already holds exactly this text). Runs once the autosaves queued before it have landed."""
        article_id, window = self.current_id, self._window
        if article_id is None or window.store is None:
            return
        self._autosaver.flush()

        def save() -> None:
            snapshot = window.current_snapshot()
            if snapshot is None or snapshot.id != article_id:
                return
            reason = self.tr("saved by hand")
            self._tasks.run_change(
                lambda: window.save_in_worker(snapshot, "always", reason),
                success=lambda result: self._on_saved_by_hand(snapshot, result),
                failure=lambda error: self._report(self.tr("The article could not be saved: %1"), error),
                label="save revision",
            )

        self._autosaver.when_idle(save)

    def _on_saved_by_hand(self, article: Article, result: Any) -> None:
        self.on_saved(article, result)
        if result.revision_id is not None:
            message = self.tr("Saved; this version is kept in the history.")
        else:
            message = self.tr("Saved. The newest revision in the history already holds exactly this text.")
        self._window.statusBar().showMessage(message, 6000)

    def show_history(self) -> None:
        if self.current_id is None or self._window.store is None:
            return
        from editor.ui.history.dialog import HistoryDialog

        window = self._window
        if window.history_dialog is not None:
            window.history_dialog.close()
        dialog = HistoryDialog(self._tasks, window.store, window.current_snapshot(), window)
        dialog.restore_requested.connect(lambda revision_id: self.restore_revision(dialog, revision_id))
        window.history_dialog = dialog
        dialog.finished.connect(lambda _code: setattr(window, "history_dialog", None))
        dialog.open()

    def restore_revision(self, dialog: Any, revision_id: int) -> None:
        article_id, store = self.current_id, self._window.store
        if article_id is None or store is None:
            return
        self._autosaver.flush()  # the store keeps the text it replaces in the history (ArticleStore.replace)

        def restore() -> None:
            self._tasks.run_change(
                lambda: (
                    self.library.restore(article_id=article_id, revision_id=revision_id),
                    store.get_versioned(article_id),
                )[1],
                success=lambda found: self._on_restored(dialog, *found),
                failure=lambda error: self._report(self.tr("The revision could not be restored: %1"), error),
                label="restore revision",
            )

        self._autosaver.when_idle(restore)

    def _on_restored(self, dialog: Any, article: Article, version: int) -> None:
        if article.id == self.current_id:
            self.show_stored(article, version)
        self._window.statusBar().showMessage(
            self.tr("Revision restored. The text before it is kept in the history."), 6000
        )
        if dialog is not None:
            dialog.accept()

    # --- trash ------------------------------------------------------------------------------------------

    def delete_article(self) -> None:
        article_id, store = self.current_id, self._window.store
        if article_id is None or store is None:
            return

        def delete() -> None:
            self._tasks.run_change(
                lambda: self.library.delete(article_id=article_id),
                success=lambda _none: self._on_deleted(article_id),
                failure=lambda error: self._report(self.tr("The article could not be deleted: %1"), error),
                label="delete article",
            )

        self._autosaver.when_idle(delete)

    def _on_deleted(self, article_id: str) -> None:
        self.last_deleted_id = article_id
        if self.current_id == article_id:
            self.current_id = None
            self._window.show_no_article()
        self._window.offer_undo_delete(self.tr("Article moved to the trash."))

    def undelete_article(self) -> None:
        article_id, store = self.last_deleted_id, self._window.store
        if article_id is None or store is None:
            return

        def restored(_none: object) -> None:
            self.last_deleted_id = None
            self._window.withdraw_undo_delete()
            self.open_article(article_id)
            self._window.statusBar().showMessage(self.tr("Article restored from the trash."), 4000)

        self._tasks.run_change(
            lambda: self.library.undelete(article_id=article_id),
            success=restored,
            failure=lambda error: self._report(self.tr("The article could not be restored: %1"), error),
            label="undelete article",
        )

    # --- files ------------------------------------------------------------------------------------------

    def import_file(self) -> None:
        if self._window.store is None:
            return
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self._window, self.tr("Import Article"), "", IMPORT_FILTER)
        if not name:
            return
        path = Path(name)
        self._tasks.run_query(
            lambda: self.library.read_as_new(path=path),
            success=self._on_imported,
            failure=lambda error: self._report(self.tr("This file could not be imported: %1"), error),
            label="import",
        )

    def open_files(self, paths: list[Path]) -> None:
        """Import article files into the library (read on a query worker, saved on the change worker once
        the open article's edits have landed) and open the last one; say which could not be read."""
        window = self._window
        if window.store is None:
            return
        if window.wire is not None:  # saved pages, e-mails, NewsML: incoming copy, kept with the draft
            from editor.ui.wire import is_wire_file

            copies = [p for p in paths if is_wire_file(p)]
            paths = [p for p in paths if not is_wire_file(p)]
            if copies:
                window.wire.import_files(copies)
            if not paths:
                return
        self._tasks.run_query(
            lambda: self.library.read_files(paths=paths),
            success=self._save_files,
            failure=lambda error: self._report(self.tr("The files could not be opened: %1"), error),
            label="read files",
        )

    def _save_files(self, outcome: FilesRead) -> None:
        read, problems = outcome.articles, [problem.detail for problem in outcome.problems]
        if problems:
            self._window.show_file_problems(problems)
        notes = [self._kept_keys_note(path.name, article) for path, article in read if article.extra]
        if notes:
            self._window.show_import_notes(notes)
        if not read:
            return
        self._autosaver.flush()
        opened_from, before_opening = self.tr("opened from %1"), self.tr("before opening %1")

        def reasons(path: Path) -> tuple[str, str]:
            return opened_from.replace("%1", path.name), before_opening.replace("%1", path.name)

        def save() -> None:
            self._tasks.run_change(
                lambda: self.library.store_files(read=read, reasons=reasons),
                success=lambda article_ids: self._on_files_saved(article_ids, quietly=bool(problems)),
                failure=lambda error: self._report(self.tr("The files could not be saved: %1"), error),
                label="save files",
            )

        self._autosaver.when_idle(save)  # the open article's own edits land before a file replaces them

    def _on_files_saved(self, article_ids: list[str], quietly: bool = False) -> None:
        last = article_ids[-1]
        if last == self.current_id:  # the file updated the open article: show its new text
            self.reload_open_article()
        else:
            self.open_article(last, focus_body=True)
        if quietly:  # the status bar names the files that could not be opened: leave it
            return
        self._window.statusBar().showMessage(self.tr("Opened %n file(s).", "", len(article_ids)), 5000)

    def _on_imported(self, article: Article) -> None:
        self._start_fresh(article)
        self._window.statusBar().showMessage(self.tr("Imported “%1”.").replace("%1", article.headline), 5000)
        if article.extra:
            self._window.show_import_notes([self._kept_keys_note(f"“{article.headline}”", article)])

    def _kept_keys_note(self, name: str, article: Article) -> str:
        """One line of the import notes: the file (or story) and its front matter keys without a field."""
        return (
            self.tr("%1: kept front matter Copydesk has no field for (exported again, never published): %2")
            .replace("%1", name)
            .replace("%2", ", ".join(article.extra))
        )

    def export_file(self) -> None:
        article = self._window.current_snapshot()
        if article is None:
            return
        suggested = str(Path.home() / f"{article.slug or 'article'}.md")
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Export Article"), suggested, EXPORT_FILTER
        )
        if not name:
            return
        path = Path(name)
        self._tasks.run_query(
            lambda: self.library.export(article=article, path=path),
            success=lambda written: self._window.statusBar().showMessage(
                self.tr("Exported to %1").replace("%1", str(written)), 6000
            ),
            failure=lambda error: self._report(self.tr("The article could not be exported: %1"), error),
            label="export",
        )

    def rescue_unsaved(self, then_close: bool = False) -> None:
        """Write snapshots the database refused to files in ``<data_dir>/unsaved/``."""
        articles = self._autosaver.unsaved_articles()
        folder = self._window.data_dir / "unsaved"

        def written(paths: list[Path]) -> None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                self._window,
                "Copydesk",
                self.tr("Your unsaved changes were written to %1").replace("%1", str(folder)),
            )
            for article in articles:
                self._autosaver.forget_article(article.id)
            if then_close:
                self._window.close_without_waiting()

        self._tasks.run_query(
            lambda: self.library.rescue(articles=articles, folder=folder),
            success=written,
            failure=lambda error: self._report(self.tr("Export failed too: %1"), error),
            label="rescue unsaved",
        )

    # --- related links, publishing ------------------------------------------------------------------------

    def search_related(self, text: str) -> None:
        """The Related panel's search: local articles first, then the posts of each account's site."""
        form, current = self._window.form, self.current_id
        if self._window.store is None or form is None:
            return
        self._tasks.run_query(
            lambda: self.library.related_candidates(text=text, exclude_id=current),
            success=form.show_related_results,
            label="related search (library and sites)",
        )

    def publish(self) -> None:
        """Run the checklist; with no errors, emit ``publish_requested`` once the text is saved."""
        if self.current_id is None or self._window.checklist is None:  # still starting up
            return
        window = self._window
        window.window_actions.show_checklist.setChecked(True)
        article_id = self.current_id
        self._autosaver.flush()

        def checked(problems: list[Any]) -> None:
            errors = [p for p in problems if p.severity == "error"]
            if errors:
                window.statusBar().showMessage(
                    self.tr("Fix the %n error(s) in the checklist before publishing.", "", len(errors)),
                    8000,
                )
                window.checklist.list.setFocus()
                return
            self._autosaver.when_idle(lambda: self._ready_to_publish(article_id))

        window.checklist.check_now(then=checked)

    def _ready_to_publish(self, article_id: str) -> None:
        if article_id != self.current_id:
            return
        self._window.statusBar().showMessage(self.tr("Ready to publish"), 6000)
        self._window.publish_requested.emit(article_id)

    def _report(self, template: str, error: BaseException) -> None:
        message = template.replace("%1", error_text(error))
        log.warning("%s", message)
        self._window.statusBar().showMessage(message, 10_000)
