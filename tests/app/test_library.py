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
from editor.article import Article, Severity, Status


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


def _published(library: Library, headline: str, slug: str, account: str = "site") -> Article:
    """A story that went out from this library: bound to a post, published."""
    from editor.article import RemoteBinding

    article = Article(headline=headline, slug=slug, body="Text.")
    library.store.save(article)
    library.store.set_remote(article.id, RemoteBinding(account, 41, url=f"https://example.org/{slug}/"))
    library.store.set_status(article.id, Status.PUBLISHED)
    return article


def test_a_draft_with_the_slug_of_a_published_story_is_told_which_story(library):
    from editor.render import run_checklist

    _published(library, "Storm batters the coast", "storm-batters-the-coast")
    draft = Article(headline="Storm: the day after", slug="storm-batters-the-coast", body="More.")
    library.store.save(draft)
    taken = library.slug_taken_by(article=draft)
    assert taken == ["Storm batters the coast"]
    found = run_checklist(draft, slug_taken_by=taken)
    assert [(p.code, p.severity, p.params["headline"]) for p in found if p.field == "slug"] == [
        ("slug_taken", Severity.ERROR, "Storm batters the coast")
    ]


def test_only_other_published_live_stories_take_a_slug(library):
    from editor.article import RemoteBinding

    published = _published(library, "Storm batters the coast", "storm")
    assert library.slug_taken_by(article=published) == []  # its own slug, republished
    other_draft = Article(headline="An unsent draft", slug="flood", body="x")
    library.store.save(other_draft)
    assert library.slug_taken_by(article=Article(headline="x", slug="flood")) == []  # never went out
    gone = _published(library, "Trashed story", "fire")
    library.store.delete(gone.id)
    assert library.slug_taken_by(article=Article(headline="x", slug="fire")) == []
    _published(library, "Elsewhere", "harbour", account="other-site")
    bound_here = Article(headline="x", slug="harbour", remote=RemoteBinding("site", 7))
    assert library.slug_taken_by(article=bound_here) == []  # another site's post may share it
    assert library.slug_taken_by(article=Article(headline="x", slug="harbour")) == ["Elsewhere"]


def test_the_welcome_article_never_passes_the_checklist_and_a_duplicate_does(library, data_dir):
    from editor.app.library import duplicate_of
    from editor.render import run_checklist
    from editor.welcome import ensure_welcome

    welcome = library.store.get(ensure_welcome(library.store, data_dir))
    rewritten = welcome.copy(headline="Council approves the harbour wall", body="The council voted.")
    for article in (welcome, rewritten):  # edited into a story, it is still the sample
        errors = [p.code for p in run_checklist(article) if p.severity == Severity.ERROR]
        assert errors == ["sample_article"]
    copy = duplicate_of(rewritten, headline=rewritten.headline)
    assert [p for p in run_checklist(copy) if p.severity == Severity.ERROR] == []
    assert copy.body == rewritten.body
