"""The article left open comes back: per library, and after the session is ended with SIGTERM.

Real parts: the ``copydesk`` program in a subprocess (offscreen Qt) on a 2,000-article SQLite library,
real signals; MainWindow in-process on two data folders, QSettings INI files in the test's folder.
"""

from __future__ import annotations

import logging
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from editor.app.files import export_article
from editor.article import Article
from editor.store import ArticleStore
from editor.ui import settings as keys
from editor.ui.settings import Settings
from tests.ui.shell_support import SAVE_TIMEOUT_MS, close_window, open_window

pytest_plugins = ["tests.ui.shell_fixtures"]

START_TIMEOUT_S = 90
LIBRARY_SIZE = 2000


def remembered(data_dir: Path) -> str:
    return Settings(data_dir).value(keys.LAST_ARTICLE_ID)


def start_copydesk(data_dir: Path, settings_dir: Path, *files: Path, smoke: bool = False) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(settings_dir))
    env.pop("COPYDESK_DATA_DIR", None)
    if smoke:
        env["COPYDESK_SMOKE_TEST"] = "1"
    return subprocess.Popen(
        [sys.executable, "-m", "editor", "--data-dir", str(data_dir), *map(str, files)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def terminate(process: subprocess.Popen) -> tuple[int, str]:
    process.send_signal(signal.SIGTERM)  # what a logout sends
    _, err = process.communicate(timeout=START_TIMEOUT_S)
    return process.returncode, err


def test_sigterm_closes_cleanly_and_the_open_article_reopens_every_time(
    qtbot, data_dir: Path, settings_dir: Path, tmp_path: Path
):
    store = ArticleStore.open(data_dir / "copydesk.sqlite3")
    try:
        filler = [Article(headline=f"Story {n}", body="Words " * 200) for n in range(LIBRARY_SIZE)]
        store.save_many(filler, revision="never")
        story = Article(headline="The story I was writing", body="Half a paragraph.")
        store.save(story, revision="always")
    finally:
        store.close()

    first = start_copydesk(data_dir, settings_dir, export_article(story, tmp_path / "story.md"))
    deadline = time.monotonic() + START_TIMEOUT_S
    while remembered(data_dir) != story.id and time.monotonic() < deadline:
        time.sleep(0.2)
    assert remembered(data_dir) == story.id
    code, err = terminate(first)
    assert code == 0, err  # closed as the user would close it: the last writes landed

    rng = random.Random(8)
    for _ in range(5):  # stopped at any moment of its start, as a logout may
        process = start_copydesk(data_dir, settings_dir)
        time.sleep(rng.uniform(0.2, 3.0))
        code, err = terminate(process)
        assert code == 0, err
        assert "Traceback" not in err
        assert remembered(data_dir) == story.id

    final = start_copydesk(data_dir, settings_dir, smoke=True)
    _, err = final.communicate(timeout=START_TIMEOUT_S)
    assert final.returncode == 0, err
    assert f"open article: {story.id}" in err


def wait_open(qtbot, window, article_id: str) -> None:
    qtbot.waitUntil(lambda: window.current_article_id() == article_id, timeout=SAVE_TIMEOUT_MS)


def test_each_data_folder_remembers_its_own_article(qtbot, tmp_path: Path, settings_dir: Path, caplog):
    libraries = {}
    for name in ("desk", "archive"):
        folder = tmp_path / name
        store = ArticleStore.open(folder / "copydesk.sqlite3")
        try:
            story = Article(headline=f"Story of the {name}", body="Words.")
            store.save(story)
            store.save(Article(headline="Another one"))  # a library with articles: no welcome article
        finally:
            store.close()
        libraries[name] = (folder, story.id)

    for name in ("desk", "archive"):
        folder, article_id = libraries[name]
        window = open_window(qtbot, folder)
        window.commands.open_article(article_id)
        wait_open(qtbot, window, article_id)
        close_window(qtbot, window)

    caplog.set_level(logging.WARNING)
    for name in ("desk", "archive", "desk"):
        folder, article_id = libraries[name]
        window = open_window(qtbot, folder)
        wait_open(qtbot, window, article_id)
        close_window(qtbot, window)
    assert "ArticleNotFound" not in caplog.text


def test_the_story_left_open_before_an_update_still_reopens(tmp_path: Path, settings_dir: Path):
    """Settings written by earlier versions, which keyed each library by hashlib's SHA-256 of its folder,
    are found by this one."""
    import hashlib

    from PySide6.QtCore import QSettings

    folder = tmp_path / "desk"
    folder.mkdir()
    old_group = "libraries/" + hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]
    ini, user = QSettings.Format.IniFormat, QSettings.Scope.UserScope
    written = QSettings(ini, user, keys.ORGANISATION, keys.APPLICATION)
    written.setValue(f"{old_group}/{keys.LAST_ARTICLE_ID}", "the-story-i-was-writing")
    written.sync()
    assert remembered(folder) == "the-story-i-was-writing"
