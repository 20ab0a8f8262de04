"""Fixtures for the store tests: a store on a real SQLite file with a clock the test moves by hand."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from editor.store import ArticleStore
from tests.store.helpers import ManualClock


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 3, 1, 9, 0, tzinfo=UTC))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "library" / "copydesk.sqlite3"


@pytest.fixture
def clocked_store(db_path: Path, clock: ManualClock) -> Iterator[ArticleStore]:
    store = ArticleStore.open(db_path, clock=clock)
    yield store
    store.close()
