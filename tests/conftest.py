"""Shared fixtures: every test gets its own data folder; Qt runs offscreen.

Real parts only: `store` is an ArticleStore on a real SQLite file in the test's own temp folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The real WordPress (MariaDB + php -S on 127.0.0.1) and the real Ghost (node on 127.0.0.1), each started
# once per run by the tests that ask for it.
pytest_plugins = ["tests.wordpress.fixtures", "tests.ghost.fixtures"]


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh Copydesk data folder, also exported as COPYDESK_DATA_DIR for code that reads it."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("COPYDESK_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def store(data_dir: Path) -> Iterator[object]:
    """An open ArticleStore on ``<data_dir>/copydesk.sqlite3``."""
    from editor.store import ArticleStore

    opened = ArticleStore.open(data_dir / "copydesk.sqlite3")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's QApplication with the interface's translators, as ``copydesk`` starts it: English,
    whose catalogue gives the plural forms ("1 word", "2 words"). A test that switches language puts
    English back (tests/ui/translations_test.py)."""
    from editor.ui.translations import install_translations

    install_translations(qapp, "en")
    return qapp
