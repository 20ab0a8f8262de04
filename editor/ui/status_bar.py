"""The permanent part of the main window's status bar: Undo Delete, the story's counts, the save state."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QToolButton

UNDO_DELETE_VISIBLE_MS = 15_000


class WindowStatusBar(QObject):
    """Widgets added to ``window``'s status bar; ``undelete`` is what Undo Delete runs."""

    def __init__(self, window: QMainWindow, undelete: Callable[[], object]) -> None:
        super().__init__(window)
        self._bar = window.statusBar()
        self.undo_delete_button = QToolButton(window)
        self.undo_delete_button.setText(self.tr("Undo Delete"))
        self.undo_delete_button.setAutoRaise(True)
        self.undo_delete_button.hide()
        self.undo_delete_button.clicked.connect(undelete)
        self._undo_delete_timer = QTimer(self, singleShot=True, interval=UNDO_DELETE_VISIBLE_MS)
        self._undo_delete_timer.timeout.connect(self.undo_delete_button.hide)
        self.stats_label = QLabel(window)
        self.save_label = QLabel(window)
        self.save_label.setAccessibleName(self.tr("Save status"))
        for widget in (self.undo_delete_button, self.stats_label, self.save_label):
            self._bar.addPermanentWidget(widget)

    def show_counts(self, words: int, minutes: int, body_characters: int, standfirst_characters: int) -> None:
        text = (
            self.tr("%Ln word(s)", "", words)
            + " · "
            + self.tr("%Ln character(s)", "", body_characters)
            + " · "
            + self.tr("standfirst %Ln character(s)", "", standfirst_characters)
            + " · "
            + self.tr("%1 min read").replace("%1", str(minutes))
        )
        if text != self.stats_label.text():  # called on every keystroke
            self.stats_label.setText(text)

    def show_save_state(self, state: str | None) -> None:
        """An autosave state (``editor.ui.autosave.SaveState``), or None with no article open: "Saved"
        would be a claim about an article that is not there."""
        from editor.ui.autosave import SaveState

        if state is None:
            self.save_label.clear()
            return
        texts = {
            SaveState.SAVED: self.tr("Saved"),
            SaveState.EDITED: self.tr("Edited"),
            SaveState.SAVING: self.tr("Saving…"),
            SaveState.FAILED: self.tr("Save failed — retrying"),
        }
        self.save_label.setText(texts[SaveState(state)])

    def clear(self) -> None:
        self.stats_label.clear()
        self.save_label.clear()

    def offer_undo_delete(self, message: str) -> None:
        self._bar.showMessage(message, UNDO_DELETE_VISIBLE_MS)
        self.undo_delete_button.show()
        self._undo_delete_timer.start()

    def withdraw_undo_delete(self) -> None:
        self.undo_delete_button.hide()
