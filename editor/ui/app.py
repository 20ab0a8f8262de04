"""Starting the editor: ``run(argv, data_dir)`` is what ``copydesk`` with no command calls.

Only what the first paint needs is imported before the window is shown (PySide6.QtWidgets and our light
widget modules); the article form, SQLAlchemy, the store and the Markdown renderer load from the event
loop right after, with the database opened on the change worker. Measured by tests/benchmarks/bench_ui.py.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from editor.ui.settings import APPLICATION, ORGANISATION
from editor.ui.single_instance import InstanceServer, LibraryLock, hand_over

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow
    from editor.ui.termination import TerminationHandler

log = logging.getLogger(__name__)


# Workers render Markdown and run the checklist in Python threads. With the default 5 ms switch interval
# the GUI thread can wait that long for the GIL at each of the many Python calls of one keystroke; 1 ms
# keeps typing smooth while a long story renders (see tests/benchmarks/bench_ui.py).
GIL_SWITCH_INTERVAL_S = 0.001
TERMINATION_HANDLER_LATEST_MS = 3000


def configure_application(app: QApplication) -> None:
    """Names QSettings relies on (call before the first ``Settings()``), and the GIL switch interval."""
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName("copydesk")


def install_language(app: QApplication) -> str:
    """Translators for the language chosen in Preferences (or the system's), before any widget exists;
    return the language loaded."""
    from editor.ui.settings import INTERFACE_LANGUAGE, Settings
    from editor.ui.translations import install_translations

    return install_translations(app, Settings().value(INTERFACE_LANGUAGE))


def _set_window_icon(app: QApplication) -> None:
    from PySide6.QtGui import QIcon

    from editor.resources import app_icon_path

    try:
        app.setWindowIcon(QIcon(str(app_icon_path())))
    except FileNotFoundError as exc:
        log.warning("%s", exc)


def _listen_once(window: MainWindow, data_dir: Path) -> Callable[[], None]:
    """A callable that starts the window's listener for later launches (the first call only)."""
    servers: list[InstanceServer] = []

    def listen() -> None:
        if not servers:
            servers.append(InstanceServer(data_dir, lambda files: _bring_forward(window, files), window))

    return listen


# The publishing UI's Qt-free part (the outbox worker pulls in SQLAlchemy, httpx, keyring, the CMS
# clients), imported on a worker; editor.ui.publish itself is imported on the GUI thread (see
# editor.ui.main_window.FORM_MODULES for why).
PUBLISHING_MODULES = ("editor.sync.worker", "editor.cms.kinds")


def _install_publishing(window: object) -> None:
    """The publishing UI (outbox worker, status, Publishing menu) wires itself to ``publish_requested``."""
    from editor.ui.publish import install_publishing

    install_publishing(window)


class _TerminationOnce:
    """The window's SIGTERM/SIGHUP handler, installed by the first :meth:`install` (see _run_window)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._handler: TerminationHandler | None = None

    def install(self) -> None:
        if self._handler is None:
            from editor.ui.termination import close_on_termination

            self._handler = close_on_termination(self._window)

    def uninstall(self) -> None:
        if self._handler is not None:
            self._handler.uninstall()


def _bring_forward(window: MainWindow, files: Sequence[Path]) -> None:
    """Another launch on this library asked for the window (and maybe gave files to open)."""
    if files:
        window.open_files(files)
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def run(argv: Sequence[str], data_dir: Path, open_files: Sequence[Path] = ()) -> int:
    """Open the main window on the library in ``data_dir``, importing and opening ``open_files``
    (``copydesk story.md``) once the library is open; return the exit code.

    When a window is already open on that library, hand it ``open_files`` and return 0 instead.
    """
    lock = LibraryLock(data_dir)
    if not lock.acquire():
        handed = hand_over(lock, open_files)
        if handed:
            return 0
        if handed is False:
            print(
                f"copydesk: Copydesk is already running on {data_dir} but does not answer; "
                "close it (or end its process) and try again",
                file=sys.stderr,
            )
            return 1
    try:
        return _run_window(argv, data_dir, open_files)
    finally:
        lock.release()


def _run_window(argv: Sequence[str], data_dir: Path, open_files: Sequence[Path]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "copydesk", *argv])
    configure_application(app)
    install_language(app)

    from editor.ui.core import AppCore
    from editor.ui.main_window import MainWindow

    core = AppCore(data_dir)  # the one library, task runner and outbox drain of this process
    window = MainWindow(core)
    window.show()
    window.prepare_resume()  # while the window maps
    if open_files:
        window.open_files(open_files)
    window.start_after_first_paint(preload=PUBLISHING_MODULES, extend=_install_publishing)
    # The SVG icon engine plugin takes ~0.1 s to load: set the icon once startup is done, not before
    # the window is mapped (a zero-delay timer here ran before the map request reached the X server).
    window.library_ready.connect(lambda: _set_window_icon(app))
    window.library_failed.connect(lambda _message: _set_window_icon(app))
    # Later launches on this library come to this window; listening waits until startup is done (they
    # keep trying meanwhile), so QtNetwork is not imported before the first paint.
    listen = _listen_once(window, data_dir)
    window.library_ready.connect(listen)
    window.library_failed.connect(lambda _message: listen())
    # A logout's SIGTERM closes the window as the user would. Until startup is done such a signal is held
    # (editor.ui.early_termination) and acted on here; the handler's socket module is not on the way to
    # the story. The timer bounds the wait should the library take long to open.
    terminations = _TerminationOnce(window)
    window.library_ready.connect(terminations.install)
    window.library_failed.connect(lambda _message: terminations.install())
    QTimer.singleShot(TERMINATION_HANDLER_LATEST_MS, terminations.install)

    from editor.ui.smoke import install_smoke_quit

    install_smoke_quit(app, window)
    try:
        return app.exec()
    finally:
        terminations.uninstall()
        window.shutdown()
