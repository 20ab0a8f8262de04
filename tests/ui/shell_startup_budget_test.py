"""What the reopened story waits for: nothing but the window and the text.

The journalist starts Copydesk to go on writing (issue 13: ready in under 0.8× ReText's time, measured by
tests/benchmarks/bench_ui.py). The store, the renderer, the spell checker's word lists, the publishing
stack and the side panes all arrive after the story is on screen; this test keeps it that way without
timing anything: the real ``copydesk`` program (offscreen, in a subprocess) reports which modules were
loaded at the moment its title first names the story.

Real parts: the program as launched, its SQLite library, QSettings INI files in the test's folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from editor.article import Article
from editor.store import ArticleStore
from editor.ui import settings as keys
from editor.ui.settings import Settings

pytest_plugins = ["tests.ui.shell_fixtures"]

START_TIMEOUT_S = 90

# Loaded once the story is shown, never before it.
AFTER_THE_STORY = (
    "sqlalchemy",  # the store opens behind the story (editor.last_article reads it with sqlite3)
    "alembic",
    "editor.store",
    "markdown_it",  # the preview and the checklist
    "nh3",
    "editor.render",
    "editor.ui.preview",
    "editor.ui.checklist",
    "bs4",  # pasting HTML
    "markdownify",
    "spellchecker",  # the word lists load once startup is done
    "httpx",  # publishing
    "keyring",
    "editor.ui.publish",
    "editor.ui.library",  # the library pane
    "PySide6.QtNetwork",  # the listener for later launches
    "PySide6.QtSvg",  # the toolbar's icons
)

# Run as ``python -c DRIVER --data-dir DIR``: starts Copydesk as ``copydesk`` does and prints the loaded
# modules when the window's title first holds more than the application's name.
DRIVER = """
import json, os, sys
from importlib.machinery import PathFinder

def watch(module):
    set_title = module.MainWindow.setWindowTitle
    def set_window_title(self, title):
        set_title(self, title)
        if title != module.APP_TITLE:
            print(json.dumps({"title": title, "modules": sorted(sys.modules)}), flush=True)
            os._exit(0)
    module.MainWindow.setWindowTitle = set_window_title

class WatchMainWindow:
    def find_spec(self, name, path, target=None):
        if name != "editor.ui.main_window":
            return None
        sys.meta_path.remove(self)
        spec = PathFinder.find_spec(name, path)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            watch(module)
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, WatchMainWindow())
from editor.cli import main
sys.exit(main(sys.argv[1:]))
"""


def loaded_when_the_story_shows(data_dir: Path, settings_dir: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(settings_dir))
    env.pop("COPYDESK_DATA_DIR", None)
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, "--data-dir", str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT_S,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_reopened_story_is_shown_before_the_store_renderer_spelling_and_publishing_load(
    data_dir: Path, settings_dir: Path
):
    store = ArticleStore.open(data_dir / "copydesk.sqlite3")
    try:
        story = Article(headline="Harbour closes early", body="The ferries stayed in port.")
        store.save(story)
        store.save_many(
            [Article(headline=f"Other story {n}", body="Words.") for n in range(50)], revision="never"
        )
    finally:
        store.close()
    Settings(data_dir).set_value(keys.LAST_ARTICLE_ID, story.id)

    seen = loaded_when_the_story_shows(data_dir, settings_dir)

    assert seen["title"].startswith("Harbour closes early")
    loaded = set(seen["modules"])
    early = sorted(
        module
        for module in loaded
        if any(module == name or module.startswith(name + ".") for name in AFTER_THE_STORY)
    )
    assert early == [], f"loaded before the story was on screen: {early}"
