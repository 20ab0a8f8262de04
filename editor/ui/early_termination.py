"""SIGTERM or SIGHUP that arrives while the window is still being built (a logout right after launch)
is held instead of killing the process; :mod:`editor.ui.termination` takes over once the window
exists and closes it the way the user would. No Qt here: this runs before PySide6 is imported."""

from __future__ import annotations

import signal

CLOSING_SIGNALS = (signal.SIGTERM, signal.SIGHUP)
_held: list[int] = []


def hold() -> None:
    """From now on a closing signal is remembered, not fatal (call first thing in the GUI path)."""
    for number in CLOSING_SIGNALS:
        signal.signal(number, lambda received, _frame: _held.append(received))


def take_held() -> bool:
    """Whether a closing signal arrived while held (and forget it)."""
    arrived = bool(_held)
    _held.clear()
    return arrived
