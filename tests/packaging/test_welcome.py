"""The first-run welcome article: created once, in the app's own format, and true to the app.

Real parts: ArticleStore on a SQLite file (the `store` fixture), the front-matter importer, the render
checklist, and the real main window for the claims the article makes about menus and shortcuts.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from editor.article import Article, Severity
from editor.render import run_checklist
from editor.resources import read_text
from editor.store import ListFilter
from editor.welcome import MARKER_NAME, ensure_welcome, load_welcome

STARTUP_TIMEOUT_MS = 90_000


def test_first_run_creates_the_welcome_article_once(store, data_dir: Path) -> None:
    article_id = ensure_welcome(store)
    assert article_id is not None
    welcome = store.get(article_id)
    assert welcome.headline == "Welcome to Copydesk"
    assert "Add a CMS account (Publishing → Accounts…)" in welcome.body
    assert (data_dir / MARKER_NAME).is_file()
    assert ensure_welcome(store) is None
    assert store.count(ListFilter()) == 1


def test_a_deleted_welcome_does_not_come_back(store) -> None:
    article_id = ensure_welcome(store)
    store.delete(article_id)
    store.empty_trash()
    assert store.count(ListFilter()) == 0
    assert ensure_welcome(store) is None
    assert store.count(ListFilter()) == 0


@pytest.mark.parametrize("trashed", [False, True])
def test_an_existing_library_gets_no_welcome(store, data_dir: Path, trashed: bool) -> None:
    mine = Article(headline="Storm cuts power")
    store.save(mine)
    if trashed:
        store.delete(mine.id)
    assert ensure_welcome(store) is None
    assert [s.id for s in store.list(ListFilter(trashed=trashed))] == [mine.id]
    assert store.count(ListFilter(trashed=not trashed)) == 0
    assert (data_dir / MARKER_NAME).is_file()  # settled: emptying the library later brings nothing


def test_data_dir_can_be_given_explicitly(store, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert ensure_welcome(store, elsewhere) is not None
    assert (elsewhere / MARKER_NAME).is_file()


def test_welcome_is_a_clean_example_of_a_story_that_is_never_published() -> None:
    welcome = load_welcome()
    assert welcome.standfirst and welcome.bylines and welcome.sources and welcome.section
    errors = [p for p in run_checklist(welcome) if p.severity is Severity.ERROR]
    assert [p.code for p in errors] == ["sample_article"]  # only that it is the sample: nothing else
    assert load_welcome().id != welcome.id  # every data folder gets its own article


def documented_shortcuts() -> set[str]:
    """Every key combination in the welcome article's shortcut table."""
    rows = re.findall(r"^\| (Ctrl[^|]*?) \|", read_text("welcome", "welcome.md"), re.MULTILINE)
    return {keys.strip() for row in rows for keys in row.split(" / ")}


def documented_menu_items() -> set[tuple[str, str]]:
    """(menu, item) pairs the article names as "Menu → Item…"."""
    found = re.findall(
        r"\b(File|Edit|Format|View|Article|Help) → ([A-Z][\w ]*…?)", read_text("welcome", "welcome.md")
    )
    return set(found)


@pytest.fixture
def main_window(qtbot, data_dir: Path):
    from editor.ui.core import AppCore
    from editor.ui.main_window import MainWindow

    window = MainWindow(AppCore(data_dir))
    window.show()
    with qtbot.waitSignal(window.library_ready, timeout=STARTUP_TIMEOUT_MS):
        window.start()
    yield window
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=STARTUP_TIMEOUT_MS)
    window.shutdown()


def test_welcome_shortcuts_and_menus_exist_in_the_app(qtbot, main_window) -> None:
    def shortcuts() -> set[str]:
        return {key.toString() for action in main_window.findChildren(QAction) for key in action.shortcuts()}

    assert len(documented_shortcuts()) >= 10
    qtbot.waitUntil(lambda: documented_shortcuts() <= shortcuts(), timeout=STARTUP_TIMEOUT_MS)

    menus = {
        action.text().replace("&", ""): {item.text().replace("&", "") for item in action.menu().actions()}
        for action in main_window.menuBar().actions()
        if action.menu() is not None
    }
    assert documented_menu_items()
    for menu, item in documented_menu_items():
        assert item in menus.get(menu, set()), f"the welcome article sends users to {menu} → {item}"
