"""Closing the window without losing words: wait for the last writes, ask when they keep failing.

When the window is asked to close while article snapshots are still queued or being written, the close
is refused and retried once the autosaver is idle (a short modal progress appears only if that takes
long). If a write fails meanwhile (database locked, disk full), the user chooses: Retry, Export to File
(the snapshots go to Markdown files in the data folder), or Quit Anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from editor.ui.autosave import Autosaver

PROGRESS_DELAY_MS = 700
TITLE = "Copydesk"


class CloseGuard(QObject):
    """Decides whether the window may close now; arranges the close for later when it may not."""

    def __init__(self, window: QWidget, autosaver: Autosaver, rescue: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._autosaver = autosaver
        self._rescue = rescue  # writes the unsaved snapshots to files, then calls close_without_waiting
        self._approved = False
        self._progress: Any = None  # a QProgressDialog while waiting
        self._slots: tuple[Any, ...] = ()

    def may_close(self) -> bool:
        """True when nothing is left to save; otherwise start waiting and return False."""
        if self._approved:
            return True
        self._autosaver.flush()
        if self._autosaver.is_idle():
            self._approved = True
            return True
        self._wait_then_close()
        return False

    def close_without_waiting(self) -> None:
        """Close even though writes are pending (the user chose to, or they were rescued to files)."""
        self._approved = True
        self._window.close()

    def _wait_then_close(self) -> None:
        if self._progress is not None:
            return
        from PySide6.QtWidgets import QProgressDialog

        progress = QProgressDialog(self.tr("Saving your work…"), self.tr("Wait"), 0, 0, self._window)
        progress.setWindowTitle(TITLE)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.setCancelButton(None)
        progress.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        self._progress = progress

        def finished() -> None:
            self._end_wait()
            self.close_without_waiting()

        def failed(_message: str) -> None:
            self._end_wait()
            self._ask_about_unsaved_work()

        self._autosaver.idle.connect(finished)
        self._autosaver.failed.connect(failed)
        self._slots = (finished, failed)

    def _end_wait(self) -> None:
        if self._slots:
            finished, failed = self._slots
            self._autosaver.idle.disconnect(finished)
            self._autosaver.failed.disconnect(failed)
            self._slots = ()
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _ask_about_unsaved_work(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            TITLE,
            self.tr("Your latest changes could not be saved to the library."),
            parent=self._window,
        )
        box.setInformativeText(
            self.tr(
                "Try again, save them to files in the data folder, or quit and "
                "lose the changes since the last successful save."
            )
        )
        retry = box.addButton(self.tr("Retry"), QMessageBox.ButtonRole.AcceptRole)
        export = box.addButton(self.tr("Export to File"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Quit Anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(retry)
        box.exec()
        clicked = box.clickedButton()
        if clicked is retry:
            self._autosaver.retry_now()
            self._wait_then_close()
        elif clicked is export:
            self._rescue()
        else:
            self.close_without_waiting()
