"""Nothing is lost: a killed process, a full disk and failing saves leave every committed save intact."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

import editor
from editor.article import Article
from editor.store import ArticleStore
from tests.store.helpers import assert_search_index_matches_articles, store_error_saying

REPO_ROOT = Path(editor.__file__).resolve().parents[1]

# The child saves numbered articles as fast as it can and prints each id once save() has returned.
CHILD = """
import sys
from pathlib import Path

from editor.article import Article
from editor.store import ArticleStore

store = ArticleStore.open(Path(sys.argv[1]))
first = int(sys.argv[2])
for n in range(first, first + 100_000):
    article = Article(
        id=f"00000000-0000-4000-8000-{n:012d}",
        headline=f"Crash story {n}",
        body=f"Paragraph {n} of the story. " * 300,
        tags=[f"tag{n % 7}"],
    )
    store.save(article, revision="always")
    print(article.id, flush=True)
"""


def expected_article(number: int) -> tuple[str, str]:
    return f"Crash story {number}", f"Paragraph {number} of the story. " * 300


def run_child_and_kill(path: Path, first: int, kill_after: int, extra_delay: float) -> list[str]:
    """Start the saving child, SIGKILL it mid-batch, return the ids it reported as committed."""
    environment = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(first)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    assert child.stdout is not None
    reported = []
    try:
        while len(reported) < kill_after:
            line = child.stdout.readline()
            if not line:
                raise AssertionError(f"child stopped early: {child.stderr.read() if child.stderr else ''}")
            reported.append(line.strip())
        time.sleep(extra_delay)
        child.send_signal(signal.SIGKILL)
        reported += [line.strip() for line in child.stdout.read().splitlines() if line.strip()]
    finally:
        child.kill()
        child.wait()
    assert child.returncode == -signal.SIGKILL
    return reported


@pytest.mark.slow
def test_killing_the_process_mid_batch_loses_no_committed_save(db_path: Path) -> None:
    ArticleStore.open(db_path).close()
    committed: list[str] = []
    for round_number, delay in enumerate((0.0, 0.003, 0.011)):
        committed += run_child_and_kill(db_path, round_number * 10_000, 25, delay)

    store = ArticleStore.open(db_path)
    try:
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        for article_id in committed:
            number = int(article_id.rsplit("-", 1)[1])
            article = store.get(article_id)
            assert (article.headline, article.body) == expected_article(number)
            assert article.tags == [f"tag{number % 7}"]
            assert len(store.revisions(article_id)) == 1
        assert_search_index_matches_articles(store)
        assert store.count() >= len(committed)
        assert {h.summary.id for h in store.search("crash story", limit=1000)} >= set(committed)
    finally:
        store.close()


def test_two_processes_saving_at_once_both_land(db_path: Path) -> None:
    # The GUI and a `copydesk import` may write the same library at the same moment.
    ArticleStore.open(db_path).close()
    environment = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD.replace("100_000", "40"), str(db_path), "50000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    assert child.stdout is not None
    store = ArticleStore.open(db_path)
    try:
        first = child.stdout.readline()  # the child is writing now: overlap with it
        mine = [Article(headline=f"Parent story {n}", body="Written by the parent.") for n in range(40)]
        for article in mine:
            store.save(article, revision="always")
        rest = child.stdout.read()  # (communicate() would skip what readline() already buffered)
        assert child.wait(timeout=120) == 0, child.stderr.read() if child.stderr else ""
        theirs = [first.strip(), *rest.split()]
        assert len(theirs) == 40
        for article in mine:
            assert store.get(article.id).headline == article.headline
        for article_id in theirs:
            assert store.get(article_id).headline == expected_article(int(article_id.rsplit("-", 1)[1]))[0]
    finally:
        store.close()


@contextmanager
def disk_full(store: ArticleStore) -> Iterator[None]:
    """While inside, the database cannot grow: SQLite itself answers 'database or disk is full'."""
    with store.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()

    def limit_size(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    store.engine.dispose()
    event.listen(store.engine, "connect", limit_size)
    try:
        yield
    finally:
        event.remove(store.engine, "connect", limit_size)
        store.engine.dispose()


def test_a_full_disk_gives_a_clear_error_keeps_the_saved_text_and_a_retry_succeeds(
    clocked_store: ArticleStore,
) -> None:
    article = Article(headline="Before the disk filled", body="Safe text.")
    clocked_store.save(article)
    longer = article.copy(body="Words that need room on the disk. " * 30_000)

    with disk_full(clocked_store), store_error_saying(r"^Could not save: the disk is full$"):
        clocked_store.save(longer, revision="always")

    assert clocked_store.get(article.id).body == "Safe text."
    assert len(clocked_store.revisions(article.id)) == 1
    assert_search_index_matches_articles(clocked_store)

    clocked_store.save(longer, revision="always")  # space freed, the journalist saves again
    assert clocked_store.get(article.id).body == longer.body


def test_the_change_watcher_notices_other_processes_not_its_own_store(db_path: Path) -> None:
    store = ArticleStore.open(db_path)
    other = ArticleStore.open(db_path)  # its own engine and connections, as another process has
    try:
        watcher = store.watch_changes()
        assert not watcher.changed_elsewhere()
        article = Article(headline="Own write")
        store.save(article)
        store.save(article.copy(body="More of our own typing."))
        assert not watcher.changed_elsewhere()

        other.save(Article(headline="From the command line"))
        assert watcher.changed_elsewhere()
        assert not watcher.changed_elsewhere()  # once

        other.save(Article(headline="Again from elsewhere"))
        store.save(article.copy(body="Our write after theirs."))  # does not hide theirs
        assert watcher.changed_elsewhere()
    finally:
        other.close()
        store.close()
