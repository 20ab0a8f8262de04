"""The incoming copy kept with its draft: stored apart, read back whole, searched, gone with the article."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from editor.article import Article
from editor.store import ArticleNotFound, ArticleStore
from editor.wirecopy import WireCopy, WireFormat, WireText

RAW = "<html><body><h1>Harbour reopens</h1><p>The quayside cranes were repaired overnight.</p></body></html>"


@pytest.fixture
def store(tmp_path: Path) -> ArticleStore:
    opened = ArticleStore.open(tmp_path / "library.db")
    yield opened
    opened.close()


def _draft(store: ArticleStore, body: str = "The harbour reopened on Monday.") -> Article:
    article = Article(headline="Harbour reopens", body=body)
    copy = WireCopy(WireFormat.HTML, RAW, "Harbour reopens\nThe quayside cranes were repaired overnight.",
                    "page.html", "AFP", "The Coastal Gazette")  # fmt: skip
    with store.transaction():
        store.save(article, revision="always", reason="imported")
        store.attach_wire_copy(article.id, copy)
    return article


def test_the_copy_comes_back_whole_after_reopening(store: ArticleStore, tmp_path: Path) -> None:
    article = _draft(store)
    store.close()
    reopened = ArticleStore.open(tmp_path / "library.db")
    try:
        copy = reopened.wire_copy(article.id)
        assert copy is not None
        assert (copy.format, copy.raw, copy.name, copy.agency, copy.origin) == (
            WireFormat.HTML, RAW, "page.html", "AFP", "The Coastal Gazette",
        )  # fmt: skip
        assert reopened.wire_text(article.id) == WireText(copy.text, "AFP")
        assert reopened.get(article.id).body == "The harbour reopened on Monday."  # the draft is untouched
    finally:
        reopened.close()


def test_an_article_written_here_has_no_copy(store: ArticleStore) -> None:
    article = Article(headline="Own story")
    store.save(article)
    assert store.wire_copy(article.id) is None and store.wire_text(article.id) is None
    with pytest.raises(ArticleNotFound):
        store.wire_copy("no-such-id")


def test_the_articles_table_keeps_body_last_and_the_copy_lives_apart(store: ArticleStore) -> None:
    with store.engine.connect() as connection:
        columns = [row[1] for row in connection.execute(text("PRAGMA table_info(articles)"))]
        copy_columns = [row[1] for row in connection.execute(text("PRAGMA table_info(wire_copies)"))]
    assert columns[-1] == "body" and "raw" not in columns
    assert copy_columns[-1] == "raw"


def test_search_finds_a_draft_by_words_only_its_copy_holds(store: ArticleStore) -> None:
    article = _draft(store)
    other = Article(headline="Cranes at the port", body="New cranes arrived.")
    store.save(other)
    hits = store.search("quayside")
    assert [h.summary.id for h in hits] == [article.id]
    assert hits[0].snippet.startswith("wire copy:") and "[quayside]" in hits[0].snippet
    both = store.search("cranes")  # its own text first, then the copy-only match
    assert [h.summary.id for h in both] == [other.id, article.id]


def test_a_trashed_drafts_copy_is_not_found_and_emptying_the_trash_removes_it(store: ArticleStore) -> None:
    article = _draft(store)
    store.delete(article.id)
    assert store.search("quayside") == []
    store.empty_trash()
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM wire_copies")).scalar() == 0
        assert (
            connection.execute(
                text("SELECT count(*) FROM wire_copies_fts WHERE wire_copies_fts MATCH 'quayside'")
            ).scalar()
            == 0
        )
