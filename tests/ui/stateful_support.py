"""For the stateful tests: a user's hands on a real main window, and a ledger of what the user was shown.

``Desk`` does what a user does — keys, menu actions, the find bar, the History dialog, the library list,
closing the window — on a real MainWindow over a real SQLite file, and waits only for what a user would
see (the status bar saying "Saved", a dialog opening, an article appearing). It reads the library back
through a second ArticleStore on the same file, with the public calls the History dialog uses.

``Ledger`` is the test's model: for every article, the text it should show when opened again and the
texts the user must be able to find again, as current text or in the history.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import uuid
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from editor.store import ArticleStore
from editor.ui.autosave import AUTOSAVE_DELAY_MS
from editor.ui.history.dialog import REVISION_ID_ROLE, HistoryDialog
from editor.ui.library.model import HEADLINE
from editor.ui.main_window import MainWindow
from tests.ui import another_process
from tests.ui.shell_support import close_window, open_window, wait_saved

DATABASE = "copydesk.sqlite3"
ON_SCREEN_MS = max(1000, AUTOSAVE_DELAY_MS) + 100  # "on screen for over a second", past the autosave delay
UI_TIMEOUT_MS = 30_000
WRITER_START_TIMEOUT_MS = 60_000  # a Python start with SQLAlchemy on a loaded machine
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def integrity(database: Path) -> str:
    """SQLite's own verdict on the file ("ok" when sound)."""
    with closing(sqlite3.connect(database, timeout=30)) as connection:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    return "; ".join(str(row[0]) for row in rows)


class Desk:
    """One user at a real main window on ``data_dir``."""

    def __init__(self, qtbot, data_dir: Path) -> None:
        self.qtbot = qtbot
        self.data_dir = data_dir
        self.database = data_dir / DATABASE
        self.window = open_window(qtbot, data_dir)
        self.library = ArticleStore.open(self.database)  # the test's own reading connection

    # --- what the user sees -------------------------------------------------------------------------

    @property
    def body(self):
        return self.window.form.body_editor

    def open_id(self) -> str | None:
        return self.window.current_article_id()

    def shown_text(self) -> str:
        return self.body.markdown()

    def history(self, article_id: str) -> list[str]:
        """The bodies of the article's revisions, newest first, as the History dialog reads them."""
        return [self.library.revision(article_id, r.id).body for r in self.library.revisions(article_id)]

    def stored_text(self, article_id: str) -> str | None:
        return self.library.get(article_id).body if self.library.exists(article_id) else None

    def status_message(self) -> str:
        return self.window.statusBar().currentMessage()

    def all_saved(self) -> bool:
        return self.window.autosaver.is_idle()

    # --- writing --------------------------------------------------------------------------------------

    def _into_the_body(self) -> None:
        """Bring the window to the front (offscreen, closing a dialog activates no window) and put the
        keyboard in the body, as a click there would."""
        self.window.activateWindow()
        self.qtbot.waitUntil(self.window.isActiveWindow, timeout=UI_TIMEOUT_MS)
        self.body.setFocus()

    def _cursor_at_end(self) -> None:
        self._into_the_body()
        self.body.moveCursor(QTextCursor.MoveOperation.End)

    def type(self, text: str) -> None:
        self._cursor_at_end()
        self.qtbot.keyClicks(self.body, text)

    def paste(self, text: str, *, over_everything: bool = False) -> None:
        """Ctrl+V of plain text at the end, or over the whole body (Ctrl+A first)."""
        QApplication.clipboard().setText(text)
        self._cursor_at_end()
        if over_everything:
            self.qtbot.keyClick(self.body, Qt.Key.Key_A, CTRL)
        self.qtbot.keyClick(self.body, Qt.Key.Key_V, CTRL)

    def replace_all(self, find: str, replacement: str) -> None:
        """Ctrl+H, type the word and its replacement, "Replace all", Esc."""
        self._into_the_body()
        self.qtbot.keyClick(self.body, Qt.Key.Key_H, CTRL)
        bar = self.window.form.body_pane.find_bar
        self.qtbot.waitUntil(bar.isVisible, timeout=UI_TIMEOUT_MS)
        self.qtbot.keyClicks(bar.find_edit, find)
        bar.replace_edit.setFocus()
        bar.replace_edit.selectAll()
        self.qtbot.keyClicks(bar.replace_edit, replacement)
        self.qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
        self.qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)

    def pause(self) -> None:
        """Look at the text for over a second (past the autosave delay), until the window says "Saved"."""
        self.qtbot.wait(ON_SCREEN_MS)
        wait_saved(self.qtbot, self.window)

    def save_revision(self) -> None:
        """Ctrl+S, then wait until the status bar says what became of it (and the window "Saved")."""
        self.window.statusBar().clearMessage()  # the message of an earlier Ctrl+S may still be showing
        self._into_the_body()
        self.qtbot.keyClick(self.body, Qt.Key.Key_S, CTRL)
        self.qtbot.waitUntil(lambda: self.status_message().startswith("Saved"), timeout=UI_TIMEOUT_MS)
        wait_saved(self.qtbot, self.window)

    # --- history --------------------------------------------------------------------------------------

    def restore_revision(self, pick: int) -> str | None:
        """Ctrl+Shift+H, select the ``pick``-th revision (modulo their number), Restore; returns the text
        of the restored revision, or None when the dialog listed none (and was closed)."""
        self._into_the_body()
        self.qtbot.keyClick(self.body, Qt.Key.Key_H, CTRL | SHIFT)
        self.qtbot.waitUntil(
            lambda: isinstance(self.window.history_dialog, HistoryDialog), timeout=UI_TIMEOUT_MS
        )
        dialog: HistoryDialog = self.window.history_dialog
        self.qtbot.waitUntil(
            lambda: dialog.revision_count() > 0 or bool(dialog.diff_view.toPlainText()), timeout=UI_TIMEOUT_MS
        )
        if dialog.revision_count() == 0:
            dialog.reject()
            return None
        row = pick % dialog.revision_count()
        dialog.select_revisions(row)
        revision_id = dialog.table.item(row, 0).data(REVISION_ID_ROLE)
        text = self.library.revision(self.open_id(), revision_id).body
        self.qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        self.qtbot.waitUntil(lambda: self.window.history_dialog is None, timeout=UI_TIMEOUT_MS)
        wait_saved(self.qtbot, self.window)
        return text

    # --- articles ---------------------------------------------------------------------------------------

    def new_article(self, headline: str) -> str:
        """Ctrl+N and type a headline; returns the new article's id."""
        before = self.open_id()
        self.window.activateWindow()
        self.qtbot.waitUntil(self.window.isActiveWindow, timeout=UI_TIMEOUT_MS)
        self.qtbot.keyClick(self.window, Qt.Key.Key_N, CTRL)
        self.qtbot.waitUntil(lambda: self.open_id() not in (None, before), timeout=UI_TIMEOUT_MS)
        self.qtbot.keyClicks(self.window.form.headline.line_edit, headline)
        return self._listed(self.open_id())

    def duplicate(self) -> str:
        """File > Duplicate (Ctrl+Shift+D); returns the copy's id."""
        before = self.open_id()
        self._into_the_body()
        self.qtbot.keyClick(self.body, Qt.Key.Key_D, CTRL | SHIFT)
        self.qtbot.waitUntil(lambda: self.open_id() not in (None, before), timeout=UI_TIMEOUT_MS)
        return self._listed(self.open_id())

    def _listed(self, article_id: str) -> str:
        """Wait until the new article shows in the library list (its first save has landed), as the user
        sees it: the sequences then do not depend on how fast that save was."""
        model = self.window.library.model
        self.qtbot.waitUntil(lambda: model.row_of(article_id) is not None, timeout=UI_TIMEOUT_MS)
        return article_id

    def open_from_library(self, article_id: str) -> None:
        """Click the article's row in the library list and wait until the form shows it."""
        library = self.window.library
        self.qtbot.waitUntil(lambda: library.model.row_of(article_id) is not None, timeout=UI_TIMEOUT_MS)
        index = library.model.index(library.model.row_of(article_id), HEADLINE)
        library.table.scrollTo(index)
        position = library.table.visualRect(index).center()
        self.qtbot.mouseClick(library.table.viewport(), Qt.MouseButton.LeftButton, pos=position)
        self.qtbot.waitUntil(lambda: self.open_id() == article_id, timeout=UI_TIMEOUT_MS)

    def delete(self) -> None:
        """File > Delete Article, then wait for "Undo Delete" to be offered."""
        self.window.window_actions.delete.trigger()
        self.qtbot.waitUntil(
            lambda: self.open_id() is None and self.window.window_actions.undelete.isEnabled(),
            timeout=UI_TIMEOUT_MS,
        )

    def undo_delete(self, article_id: str) -> None:
        """The status bar's "Undo Delete" (or Edit > Restore Deleted Article once it has gone)."""
        button = self.window.undo_delete_button
        if button.isVisible():
            self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        else:
            self.window.window_actions.undelete.trigger()
        self.qtbot.waitUntil(lambda: self.open_id() == article_id, timeout=UI_TIMEOUT_MS)

    # --- the window -------------------------------------------------------------------------------------

    def close_and_reopen(self, expected_open: str | None) -> None:
        """Close the window (it saves first) and start it again on the same library."""
        close_window(self.qtbot, self.window)
        self._forget_window()
        self.reopen(expected_open)

    def crash(self) -> None:
        """The window's process dies: no close event, and what was not yet written is gone (the write in
        flight finishes, as SQLite's commit is atomic either way)."""
        window = self.window
        window.settings.sync()
        window.shutdown()
        self._forget_window()

    def _forget_window(self) -> None:
        self.window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def reopen(self, expected_open: str | None) -> None:
        """Start the window again; it reopens the article left open (``expected_open``)."""
        self.window = open_window(self.qtbot, self.data_dir)
        if expected_open is not None:
            self.qtbot.waitUntil(lambda: self.open_id() == expected_open, timeout=UI_TIMEOUT_MS)

    def close(self) -> None:
        window: MainWindow = self.window
        if window.isVisible():
            close_window(self.qtbot, window)
        else:
            window.shutdown()
        self._forget_window()
        self.library.close()

    # --- another process on the same file -----------------------------------------------------------

    def another_process_killed(self, typing: str, run_ms: int) -> tuple[str, int]:
        """Start a writer process on the library, type ``typing`` in the window while it writes, let it run
        ``run_ms`` more, SIGKILL it; returns (its article id, words it reported committed)."""
        article_id = uuid.uuid4().hex
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.another_process", str(self.database), article_id],
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parents[2],
        )
        reported: list[int] = []
        reader = threading.Thread(target=lambda: reported.extend(int(line) for line in writer.stdout))
        reader.start()
        try:
            self.qtbot.waitUntil(
                lambda: bool(reported) or writer.poll() is not None, timeout=WRITER_START_TIMEOUT_MS
            )
            assert writer.poll() is None, f"the writer process ended with {writer.returncode}"
            if typing and self.open_id() is not None:
                self.type(typing)
            self.qtbot.wait(run_ms)
        finally:
            os.kill(writer.pid, signal.SIGKILL)
            writer.wait()
            reader.join()
        return article_id, reported[-1]


def writer_text(words: int) -> str:
    return another_process.text_of(words)


# --- the model --------------------------------------------------------------------------------------------


@dataclass
class Story:
    """What the user knows about one article."""

    id: str
    text: str = ""  # the body as last shown: what opening the article must show again
    held: bool = False  # that text has been on screen for over a second
    kept: list[str] = field(default_factory=list)  # saved by hand, or replaced after being held
    # Texts shown since the last moment every write had landed, oldest first: after a crash the
    # library holds one of them (trail[0] is the one known to be stored, None for "not stored yet").
    trail: list[str | None] = field(default_factory=lambda: [None])
    deleted: bool = False

    def edited(self, text: str) -> None:
        """The user changed the text in the editor (typing, pasting, replace-all)."""
        self.text, self.held = text, False
        self.trail.append(text)

    def replaced(self, text: str) -> None:
        """Something other than the user's typing put another text in its place (restore, the site's
        version): the text it replaced, if it had been on screen for over a second, must stay findable."""
        if self.held:
            self.kept.append(self.text)
        self.text, self.held = text, False
        self.trail.append(text)

    def required(self) -> list[str]:
        """Every text that must be the current text or in the history."""
        return [*self.kept, self.text] if self.held else list(self.kept)


@dataclass
class Ledger:
    stories: dict[str, Story] = field(default_factory=dict)
    open_id: str | None = None
    last_deleted: str | None = None

    @property
    def open_story(self) -> Story:
        assert self.open_id is not None
        return self.stories[self.open_id]

    def new_story(self, article_id: str, text: str = "") -> Story:
        story = self.stories[article_id] = Story(article_id, text, trail=[None, text])
        self.open_id = article_id
        return story

    def live(self) -> list[Story]:
        return [s for s in self.stories.values() if not s.deleted]

    def all_landed(self) -> None:
        """Every write has landed: each article's current text is in the library."""
        for story in self.stories.values():
            story.trail = [story.text]

    def everything_shown_for_a_second(self) -> None:
        """The user paused with the window showing the open article; all writes landed."""
        if self.open_id is not None:
            self.open_story.held = True
        self.all_landed()
