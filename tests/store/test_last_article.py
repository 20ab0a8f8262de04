"""The article left open, read back at startup without the store: exactly what the store would give,
or nothing at all when that cannot be sure (the window then opens it through the store)."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from editor.article import Article, Origin
from editor.last_article import read_open_article
from editor.store import ArticleStore
from tests.importers.test_roundtrip_properties import articles


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles, articles)
def test_the_quick_read_gives_what_the_store_gives(first: Article, edited: Article) -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "copydesk.sqlite3"
        store = ArticleStore.open(database)
        try:
            store.save(first)
            store.save(edited.copy(id=first.id))  # a second save: a newer row version
            expected = store.get_versioned(first.id)
        finally:
            store.close()
        assert read_open_article(database, first.id) == expected


def test_an_article_that_is_not_there_reads_as_nothing(db_path: Path) -> None:
    store = ArticleStore.open(db_path)
    store.close()
    assert read_open_article(db_path, "no-such-article") is None
    assert read_open_article(db_path, "") is None


def test_a_missing_library_is_not_created(tmp_path: Path) -> None:
    database = tmp_path / "copydesk.sqlite3"
    assert read_open_article(database, "some-id") is None
    assert not database.exists()


def test_a_library_that_still_needs_a_migration_is_left_to_the_store(db_path: Path) -> None:
    store = ArticleStore.open(db_path)
    article = Article(headline="Written before the upgrade", body="Text.")
    store.save(article)
    store.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0004_article_version'")
    assert read_open_article(db_path, article.id) is None


def test_a_file_that_is_no_library_reads_as_nothing(tmp_path: Path) -> None:
    database = tmp_path / "copydesk.sqlite3"
    database.write_bytes(b"this is not a database" * 100)
    assert read_open_article(database, "some-id") is None
    assert database.read_bytes() == b"this is not a database" * 100


def test_the_quick_read_knows_where_the_articles_pictures_may_come_from(db_path: Path) -> None:
    article = Article(
        headline="Harbour", body="![p](pic.png)", origin=Origin("/news/desk", ["/home/ann/harbour.png"])
    )
    store = ArticleStore.open(db_path)
    try:
        store.save(article)
        expected = store.get_versioned(article.id)
    finally:
        store.close()
    assert expected[0].origin == article.origin
    assert read_open_article(db_path, article.id) == expected
