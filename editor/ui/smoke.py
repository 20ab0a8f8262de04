"""A hidden smoke-test mode: start the real GUI, wait for the main window, quit with a verdict.

Packaging checks (the installed wheel, the PyInstaller bundle) need to prove the whole app starts on a
machine without a screen, without driving it. With ``COPYDESK_SMOKE_TEST=1`` in the environment,
``editor.ui.app.run`` calls :func:`install_smoke_quit` after creating the main window: once the window
is visible (and, for the main window, its library is ready) the app quits with exit code 0 about a
second later (so the first paint and the startup tasks run), saying which article was open; if the
window never becomes visible it quits with exit code 1. Run it as::

    QT_QPA_PLATFORM=offscreen COPYDESK_SMOKE_TEST=1 copydesk --data-dir /tmp/x
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication, QWidget

SMOKE_TEST_ENV = "COPYDESK_SMOKE_TEST"
SHOWN_EXIT_CODE = 0
NOT_SHOWN_EXIT_CODE = 1
POLL_INTERVAL_MS = 50


def smoke_test_requested() -> bool:
    """True when the environment asks for a smoke start (any value but empty or ``0``)."""
    return os.environ.get(SMOKE_TEST_ENV, "") not in ("", "0")


def install_smoke_quit(
    app: QApplication, window: QWidget, *, linger_ms: int = 1000, give_up_ms: int = 30_000
) -> bool:
    """In smoke-test mode, quit ``app`` ``linger_ms`` after ``window`` is shown; else do nothing.

    Returns True when installed. The timers live on ``app`` so they outlast the caller's frame.
    """
    if not smoke_test_requested():
        return False
    clock = QElapsedTimer()
    clock.start()
    poll = QTimer(app)
    poll.setInterval(POLL_INTERVAL_MS)

    ready = {"library": not hasattr(window, "library_ready")}
    if not ready["library"]:
        window.library_ready.connect(lambda: ready.update(library=True))
        window.library_failed.connect(lambda _message: ready.update(library=True))

    def quit_shown() -> None:
        current = getattr(window, "current_article_id", None)
        if current is not None:
            print(f"copydesk smoke test: open article: {current() or 'none'}", file=sys.stderr)
        app.exit(SHOWN_EXIT_CODE)

    def check() -> None:
        if window.isVisible() and ready["library"]:
            poll.stop()
            print(f"copydesk smoke test: main window shown after {clock.elapsed()} ms", file=sys.stderr)
            QTimer.singleShot(linger_ms, app, quit_shown)
        elif clock.elapsed() > give_up_ms:
            poll.stop()
            print(f"copydesk smoke test: no main window after {give_up_ms} ms", file=sys.stderr)
            app.exit(NOT_SHOWN_EXIT_CODE)

    poll.timeout.connect(check)
    poll.start()
    return True
