"""The application core: every Library operation announces exactly what it changed.

Real parts: a Library on a SQLite file in the test's data folder; the article files are real files.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from editor.app.changes import Changes
from editor.app.files import export_article
from editor.app.library import Library, new_article
from editor.article import Article, Status


@pytest.fixture
def library(data_dir: Path):
    opened = Library(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def announced(library: Library) -> list[Changes]:
    seen: list[Changes] = []
    library.subscribe(seen.append)
    return seen


def test_creating_an_article_announces_it_and_a_new_row(library, announced):
    article = new_article(headline="Storm batters the coast")
    library.create(article=article)
    assert announced == [Changes(frozenset({article.id}), listing=True)]
    assert library.store.get(article.id).slug == "storm-batters-the-coast"


def test_saving_announces_only_the_saved_article(library, announced):
    first, second = Article(headline="First"), Article(headline="Second")
    library.create(article=first)
    library.create(article=second)
    announced.clear()
    first.headline = "First, edited"
    result = library.save(article=first, revision="never", reason="", base_version=1)
    assert not result.superseded
    assert announced == [Changes(frozenset({first.id}))]  # the list of articles did not change
    fresh = Article(headline="Never saved before")
    library.save(article=fresh, revision="auto", reason="")
    assert announced[-1] == Changes(frozenset({fresh.id}), listing=True)


def test_delete_undelete_and_restore_announce_the_one_article(library, announced):
    article = Article(headline="Before", body="Old words.")
    library.create(article=article)
    old_revision = library.store.revisions(article.id)[0].id
    article.headline, article.body = "After", "New words."
    library.save(article=article, revision="always", reason="edit")
    announced.clear()

    library.delete(article_id=article.id)
    library.undelete(article_id=article.id)
    restored = library.restore(article_id=article.id, revision_id=old_revision)

    assert restored.headline == "Before"
    assert announced == [
        Changes(frozenset({article.id}), listing=True),
        Changes(frozenset({article.id}), listing=True),
        Changes(frozenset({article.id})),
    ]
    assert "After" in {rev.headline for rev in library.store.revisions(article.id)}  # nothing lost


def test_importing_files_announces_every_imported_article_in_one_change(library, announced, tmp_path):
    paths = [
        export_article(Article(headline=f"Story {n}", body="Words."), tmp_path / f"s{n}.md") for n in (1, 2)
    ]
    read = library.read_files(paths=paths)
    assert not read.problems
    ids = library.store_files(read=read.articles, reasons=lambda path: (f"from {path.name}", "before"))
    assert [library.store.get(i).headline for i in ids] == ["Story 1", "Story 2"]
    assert announced == [Changes(frozenset(ids), listing=True)]
    assert library.store.revisions(ids[0])[0].reason == "from s1.md"  # the caller's words


def test_a_file_naming_another_librarys_post_starts_as_a_draft(library, tmp_path):
    path = export_article(Article(headline="Published elsewhere", status=Status.PUBLISHED), tmp_path / "p.md")
    read = library.read_files(paths=[path]).articles
    (article_id,) = library.store_files(read=read, reasons=lambda path: ("imported", "before"))
    assert library.store.get(article_id).status == Status.DRAFT


def test_an_unreadable_file_is_a_problem_naming_it_and_nothing_is_announced(library, announced, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json", encoding="utf-8")
    read = library.read_files(paths=[broken])
    assert read.articles == [] and "broken.json" in read.problems[0].detail
    assert announced == []


def test_related_candidates_leave_out_the_article_itself(library):
    one, two = Article(headline="Harbour wall repairs"), Article(headline="Harbour wall collapse")
    library.create(article=one)
    library.create(article=two)
    links = library.related_candidates(text="harbour", exclude_id=one.id, remote=False)
    assert [link.local_id for link in links] == [two.id]


def test_a_write_by_another_process_is_announced_as_elsewhere(library, announced, data_dir):
    library.open(welcome=False)
    assert library.check_elsewhere() == Changes()  # nothing yet
    other = Library(data_dir)  # another process: its own connections to the same file
    try:
        other.create(article=Article(headline="Written by the command line"))
    finally:
        other.close()
    changes = library.check_elsewhere()
    assert changes.elsewhere and changes.listing and announced == [changes]


def test_listeners_hear_changes_announced_from_any_thread_and_a_broken_one_does_not_stop_them(library):
    heard: list[Changes] = []

    def broken(_changes: Changes) -> None:
        raise RuntimeError("a view that fails")

    library.subscribe(broken)
    unsubscribe = library.subscribe(heard.append)
    worker = threading.Thread(target=lambda: library.create(article=Article(headline="From a worker")))
    worker.start()
    worker.join()
    assert len(heard) == 1 and heard[0].listing
    unsubscribe()
    library.create(article=Article(headline="Not heard"))
    assert len(heard) == 1
