"""Starting the editor: ``run(argv, data_dir)`` is what ``copydesk`` with no command calls.

Only what the first paint needs is imported before the window is shown (PySide6.QtWidgets and our light
widget modules); the article form, SQLAlchemy, the store and the Markdown renderer load from the event
loop right after, with the database opened on the change worker. Measured by tests/benchmarks/bench_ui.py.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication

from editor.ui.settings import APPLICATION, ORGANISATION

log = logging.getLogger(__name__)


# Workers render Markdown and run the checklist in Python threads. With the default 5 ms switch interval
# the GUI thread can wait that long for the GIL at each of the many Python calls of one keystroke; 1 ms
# keeps typing smooth while a long story renders (see tests/benchmarks/bench_ui.py).
GIL_SWITCH_INTERVAL_S = 0.001


def configure_application(app: QApplication) -> None:
    """Names QSettings relies on (call before the first ``Settings()``), and the GIL switch interval."""
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName("copydesk")


def _set_window_icon(app: QApplication) -> None:
    from PySide6.QtGui import QIcon

    from editor.resources import app_icon_path

    try:
        app.setWindowIcon(QIcon(str(app_icon_path())))
    except FileNotFoundError as exc:
        log.warning("%s", exc)


PUBLISHING_MODULES = ("editor.ui.publish",)


def _install_publishing(window: object) -> None:
    """The publishing UI (outbox worker, status, Publishing menu) wires itself to ``publish_requested``."""
    from editor.ui.publish import install_publishing

    install_publishing(window)


def run(argv: Sequence[str], data_dir: Path, open_files: Sequence[Path] = ()) -> int:
    """Open the main window on the library in ``data_dir``, importing and opening ``open_files``
    (``copydesk story.md``) once the library is open; return the exit code."""
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "copydesk", *argv])
    configure_application(app)

    from editor.ui.main_window import MainWindow

    window = MainWindow(data_dir)
    window.show()
    if open_files:
        window.open_files(open_files)
    window.start_after_first_paint(preload=PUBLISHING_MODULES, extend=_install_publishing)
    # The SVG icon engine plugin takes ~0.1 s to load: set the icon once startup is done, not before
    # the window is mapped (a zero-delay timer here ran before the map request reached the X server).
    window.library_ready.connect(lambda: _set_window_icon(app))
    window.library_failed.connect(lambda _message: _set_window_icon(app))

    from editor.ui.smoke import install_smoke_quit
    from editor.ui.termination import close_on_termination

    termination = close_on_termination(window)  # a logout's SIGTERM closes as the user would

    install_smoke_quit(app, window)
    try:
        return app.exec()
    finally:
        termination.uninstall()
        window.shutdown()
