"""Saving and loading articles: nothing the journalist wrote is lost or altered on the way."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from editor.article import Article, RemoteBinding, Status
from editor.store import ArticleNotFound, ArticleStore, StoreError
from tests.store.helpers import ManualClock, full_article, store_error_saying


def test_a_fully_filled_article_comes_back_identical_after_reopening(db_path: Path) -> None:
    article = full_article()
    store = ArticleStore.open(db_path)
    store.save(article)
    store.close()

    reopened = ArticleStore.open(db_path)
    try:
        loaded = reopened.get(article.id)
    finally:
        reopened.close()

    assert loaded == article  # every field, including status, remote binding and timestamps


def test_first_save_creates_the_database_folder_and_takes_status_as_given(db_path: Path) -> None:
    assert not db_path.parent.exists()
    store = ArticleStore.open(db_path)
    try:
        result = store.save(Article(headline="Queued elsewhere", status=Status.READY))
        assert result.status is Status.READY
        assert store.get(result.article_id).status is Status.READY
    finally:
        store.close()


def test_save_never_overwrites_status_or_remote_binding_of_a_stored_article(
    clocked_store: ArticleStore,
) -> None:
    article = full_article(status=Status.DRAFT, remote=None)
    clocked_store.save(article)
    binding = RemoteBinding("newsroom", 99, "https://site.example/?p=99", "2026-03-01T09:00:00", "ff00")
    clocked_store.set_status(article.id, Status.QUEUED)
    clocked_store.set_remote(article.id, binding)

    # The editor still holds its old snapshot (draft, unbound) and saves an edit.
    result = clocked_store.save(article.copy(body="A corrected body."))

    stored = clocked_store.get(article.id)
    assert result.status is Status.QUEUED
    assert stored.status is Status.QUEUED
    assert stored.remote == binding
    assert stored.body == "A corrected body."


def test_editing_a_published_article_marks_it_changed(clocked_store: ArticleStore) -> None:
    article = full_article()
    clocked_store.save(article)
    clocked_store.set_status(article.id, Status.PUBLISHED)

    unchanged = clocked_store.save(article)
    assert unchanged.status is Status.PUBLISHED  # saving the same content is not an edit

    edited = clocked_store.save(article.copy(headline="Storm floods the harbour, two missing"))
    assert edited.status is Status.CHANGED
    assert clocked_store.get(article.id).status is Status.CHANGED


def test_updated_moves_only_when_content_changes(clocked_store: ArticleStore, clock: ManualClock) -> None:
    article = full_article()
    first = clocked_store.save(article)
    assert first.updated == article.updated  # a new row keeps its own stamps (imports keep theirs)

    clock.advance(minutes=3)
    same = clocked_store.save(article.copy(updated=clock.now))
    assert same.updated == article.updated

    clock.advance(minutes=3)
    edited = clocked_store.save(article.copy(body="New text."))
    stored = clocked_store.get(article.id)
    assert edited.updated == clock.now == stored.updated
    assert stored.created == article.created


def test_tags_keep_their_order_and_spelling(clocked_store: ArticleStore) -> None:
    article = Article(headline="Tags", tags=["Élections", "vote", "Vote", "2026"])
    clocked_store.save(article)
    assert clocked_store.get(article.id).tags == ["Élections", "vote", "Vote", "2026"]


def test_missing_article_raises_article_not_found(clocked_store: ArticleStore) -> None:
    with pytest.raises(ArticleNotFound) as caught:
        clocked_store.get("no-such-id")
    assert caught.value.article_id == "no-such-id"
    assert isinstance(caught.value, StoreError)
    assert not clocked_store.exists("no-such-id")
    with pytest.raises(ArticleNotFound):
        clocked_store.set_status("no-such-id", Status.READY)
    with pytest.raises(ArticleNotFound):
        clocked_store.delete("no-such-id")


def test_a_ten_megabyte_body_saves_and_loads(clocked_store: ArticleStore) -> None:
    paragraph = "The council met again on Tuesday to discuss the harbour wall and its cost. " * 14
    body = "\n\n".join(f"{paragraph}({n})" for n in range(10 * 1024 * 1024 // len(paragraph)))
    assert len(body.encode()) >= 10 * 1024 * 1024 - 2048
    article = Article(headline="A very long paste", body=body)

    clocked_store.save(article, revision="always")

    loaded = clocked_store.get(article.id)
    assert loaded.body == body
    assert clocked_store.revision(article.id, clocked_store.revisions(article.id)[0].id).body == body
    assert clocked_store.search("harbour wall")[0].summary.id == article.id


def test_broken_characters_from_a_bad_paste_are_saved_not_refused(clocked_store: ArticleStore) -> None:
    article = Article(
        headline="Paste \ud83d\ude00 with a pair",
        body="A lone \ud800 surrogate, a NUL \x00 and accents é survive.",
        tags=["bad\udfff"],
    )
    result = clocked_store.save(article)
    loaded = clocked_store.get(article.id)
    assert loaded.headline == "Paste 😀 with a pair"
    assert loaded.body == "A lone \ufffd surrogate, a NUL \x00 and accents é survive."
    assert loaded.tags == ["bad\ufffd"]
    assert result.revision_id is not None
    assert [h.summary.id for h in clocked_store.search("surrogate")] == [article.id]


def test_save_many_lands_a_batch_in_one_transaction(clocked_store: ArticleStore) -> None:
    batch = [Article(headline=f"Wire item {n}") for n in range(20)]
    results = clocked_store.save_many(batch, revision="always")
    assert [r.article_id for r in results] == [a.id for a in batch]
    assert clocked_store.count() == 20
    assert all(r.revision_id is not None for r in results)


def test_a_failing_batch_leaves_nothing_behind(clocked_store: ArticleStore) -> None:
    class Exploding(list[Article]):
        def __iter__(self):  # type: ignore[no-untyped-def]
            yield Article(headline="first")
            raise RuntimeError("the importer broke halfway")

    with pytest.raises(RuntimeError):
        clocked_store.save_many(Exploding())
    assert clocked_store.count() == 0


def test_two_threads_saving_at_once_both_land(db_path: Path) -> None:
    store = ArticleStore.open(db_path)
    start = threading.Barrier(2)
    errors: list[BaseException] = []
    saved: dict[str, list[Article]] = {"a": [], "b": []}

    def writer(name: str) -> None:
        try:
            start.wait()
            for n in range(25):
                article = Article(headline=f"{name} story {n}", body=f"Body {n} by {name}.")
                store.save(article, revision="always")
                saved[name].append(article)
        except BaseException as error:  # reported by the main thread
            errors.append(error)

    threads = [threading.Thread(target=writer, args=(name,)) for name in saved]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert errors == []
        for article in saved["a"] + saved["b"]:
            assert store.get(article.id).headline == article.headline
        assert store.count() == 50
    finally:
        store.close()


def test_transaction_joins_store_calls_and_rolls_back_together(clocked_store: ArticleStore) -> None:
    article = Article(headline="Ready to go")
    clocked_store.save(article)

    with pytest.raises(RuntimeError), clocked_store.transaction():
        clocked_store.set_status(article.id, Status.QUEUED)
        assert clocked_store.get(article.id).status is Status.QUEUED  # sees its own write
        raise RuntimeError("the outbox row could not be written")

    assert clocked_store.get(article.id).status is Status.DRAFT

    with clocked_store.transaction() as session:
        clocked_store.set_status(article.id, Status.QUEUED)
        assert session.in_transaction()
    assert clocked_store.get(article.id).status is Status.QUEUED


def test_a_damaged_row_gives_a_store_error_not_a_traceback(clocked_store: ArticleStore) -> None:
    article = Article(headline="Hand-edited later")
    clocked_store.save(article)
    revision = clocked_store.revisions(article.id)[0].id
    with clocked_store.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE articles SET status = 'lost', bylines = '7' WHERE id = ?", (article.id,)
        )
        connection.exec_driver_sql("UPDATE revisions SET snapshot = x'00ff' WHERE id = ?", (revision,))
    with store_error_saying("damaged"):
        clocked_store.get(article.id)
    with store_error_saying("damaged"):
        clocked_store.revision(article.id, revision)
