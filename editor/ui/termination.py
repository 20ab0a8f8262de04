"""Ending the session by signal: SIGTERM (what a logout or ``kill`` sends) and SIGHUP close the window
the way the user would, so the last typing is saved, the layout and the open article are remembered.

Python runs a signal handler only when the interpreter gets control, and the Qt event loop may sleep in
C++ for a long time. So the signal also wakes the loop: ``signal.set_wakeup_fd`` writes a byte to a
socket that a ``QSocketNotifier`` watches; its slot is Python code, during which the handler runs and
asks the window to close once the slot has returned (never from inside whatever was running).
"""

from __future__ import annotations

import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QWidget

from editor.ui import early_termination

CLOSING_SIGNALS = early_termination.CLOSING_SIGNALS


class TerminationHandler(QObject):
    """Closes ``window`` when the process is told to end, until :meth:`uninstall`."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous = {number: signal.signal(number, self._on_signal) for number in CLOSING_SIGNALS}
        if early_termination.take_held():  # told to end while the window was being built
            QTimer.singleShot(0, self._window.close)

    def _drain(self) -> None:
        """Empty the wakeup socket (the handler itself runs as this Python slot executes)."""
        try:
            while self._reader.recv(512):
                pass
        except (BlockingIOError, InterruptedError):
            pass

    def _on_signal(self, _number: int, _frame: object) -> None:
        QTimer.singleShot(0, self._window.close)  # the close guard waits for the last writes

    def uninstall(self) -> None:
        """Give the signals back to whoever had them (once the event loop has ended)."""
        for number, previous in self._previous.items():
            signal.signal(number, previous if previous is not None else signal.SIG_DFL)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


def close_on_termination(window: QWidget) -> TerminationHandler:
    """Install the handler (from the GUI thread, which is Python's main thread)."""
    return TerminationHandler(window)
