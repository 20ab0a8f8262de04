"""The window is a view of the library: it redraws what the library announces, from whatever thread
or process the change came.

Real parts: MainWindow on a SQLite file; the other process is ``copydesk import`` run as a real
subprocess (``python -m editor``); the announcements go through the real change bridge.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QThread

from editor.app.changes import Changes
from editor.app.files import export_article
from editor.article import Article
from tests.ui.shell_support import SAVE_TIMEOUT_MS

pytest_plugins = ["tests.ui.shell_fixtures"]


def listed_headlines(window) -> set[str]:
    model = window.library.model
    return {model.index(row, 0).data() for row in range(model.rowCount())}


def test_an_import_by_the_command_line_process_is_announced_to_the_open_window(
    qtbot, main_window, data_dir: Path, tmp_path: Path
):
    path = export_article(Article(headline="Wire: port reopens", body="Ships sail again."), tmp_path / "w.md")
    heard: list[Changes] = []
    main_window.core.bridge.library_changed.connect(heard.append)

    done = subprocess.run(
        [sys.executable, "-m", "editor", "--data-dir", str(data_dir), "import", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr

    qtbot.waitUntil(lambda: any(changes.elsewhere for changes in heard), timeout=SAVE_TIMEOUT_MS)
    qtbot.waitUntil(lambda: "Wire: port reopens" in listed_headlines(main_window), timeout=SAVE_TIMEOUT_MS)


def test_changes_announced_on_a_worker_thread_arrive_on_the_gui_thread(qtbot, main_window):
    library = main_window.core.library
    arrived_on: list[QThread] = []
    bridge = main_window.core.bridge
    bridge.library_changed.connect(lambda _changes: arrived_on.append(QThread.currentThread()))
    article = Article(headline="Created off the GUI thread")

    with qtbot.waitSignal(bridge.library_changed, timeout=SAVE_TIMEOUT_MS) as blocker:
        worker = threading.Thread(target=lambda: library.create(article=article))
        worker.start()
        worker.join()

    assert blocker.args[0] == Changes(frozenset({article.id}), listing=True)
    assert arrived_on and arrived_on[0] is main_window.thread()
    qtbot.waitUntil(
        lambda: "Created off the GUI thread" in listed_headlines(main_window), timeout=SAVE_TIMEOUT_MS
    )


def test_deleting_in_the_window_announces_exactly_that_article(qtbot, main_window, store):
    kept, deleted = Article(headline="Kept"), Article(headline="Deleted")
    for article in (kept, deleted):
        main_window.core.library.create(article=article)
    main_window.open_article(deleted.id)
    qtbot.waitUntil(lambda: main_window.current_article_id() == deleted.id, timeout=SAVE_TIMEOUT_MS)

    with qtbot.waitSignal(
        main_window.core.bridge.library_changed,
        timeout=SAVE_TIMEOUT_MS,
        check_params_cb=lambda changes: deleted.id in changes.articles,
    ) as blocker:
        main_window.commands.delete_article()

    assert blocker.args[0] == Changes(frozenset({deleted.id}), listing=True)
    qtbot.waitUntil(lambda: listed_headlines(main_window) >= {"Kept"}, timeout=SAVE_TIMEOUT_MS)
    qtbot.waitUntil(lambda: "Deleted" not in listed_headlines(main_window), timeout=SAVE_TIMEOUT_MS)
