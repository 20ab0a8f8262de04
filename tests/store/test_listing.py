"""The library list: filters, sorting, paging, counts, and the trash."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from editor.article import Article, Status
from editor.store import ArticleNotFound, ArticleStore, ListFilter
from tests.store.helpers import ManualClock, assert_search_index_matches_articles

START = datetime(2026, 1, 1, tzinfo=UTC)


def make_library(store: ArticleStore) -> list[Article]:
    """Twelve articles, one per day, alternating sections/statuses, with some tags."""
    made = []
    for n in range(12):
        stamp = START + timedelta(days=n)
        article = Article(
            headline=f"{'abcdefghijkl'[11 - n].upper()} headline {n}",
            standfirst=f"Standfirst {n}",
            body=" ".join(["word"] * (n + 1)),
            section="Sport" if n % 2 else "Politics",
            status=Status.PUBLISHED if n % 3 == 0 else Status.DRAFT,
            tags=["Elections"] if n % 4 == 0 else ["football", "cup"] if n % 2 else [],
            created=stamp,
            updated=stamp + timedelta(hours=n % 5),
        )
        store.save(article)
        made.append(article)
    return made


def test_list_is_newest_first_and_carries_what_the_library_shows(clocked_store: ArticleStore) -> None:
    made = make_library(clocked_store)
    page = clocked_store.list()
    assert [s.id for s in page] == [a.id for a in sorted(made, key=lambda a: a.updated, reverse=True)]
    top = page[0]
    newest = made[-1]
    assert (top.headline, top.standfirst, top.section, top.status, top.tags) == (
        newest.headline,
        newest.standfirst,
        "Sport",
        Status.DRAFT,
        ["football", "cup"],
    )
    assert top.updated == newest.updated
    assert top.word_count == 12
    assert top.deleted is None


def test_filters_by_status_section_tag_and_updated_since(clocked_store: ArticleStore) -> None:
    made = make_library(clocked_store)

    def ids(chosen: ListFilter) -> set[str]:
        return {s.id for s in clocked_store.list(chosen, limit=100)}

    assert ids(ListFilter(status=Status.PUBLISHED)) == {a.id for a in made if a.status is Status.PUBLISHED}
    assert ids(ListFilter(section="Sport")) == {a.id for a in made if a.section == "Sport"}
    assert ids(ListFilter(tag="elections")) == {a.id for a in made if "Elections" in a.tags}  # any case
    since = START + timedelta(days=9)
    assert ids(ListFilter(updated_since=since)) == {a.id for a in made if a.updated >= since}
    both = ListFilter(section="Sport", tag="cup", status=Status.DRAFT)
    assert ids(both) == {a.id for a in made if a.section == "Sport" and a.status is Status.DRAFT}
    assert clocked_store.count(both) == len(ids(both))
    assert clocked_store.list(ListFilter(tag="no such tag")) == []


def test_sorting_by_created_and_headline_both_ways(clocked_store: ArticleStore) -> None:
    made = make_library(clocked_store)

    def order(chosen: ListFilter) -> list[str]:
        return [s.id for s in clocked_store.list(chosen)]

    by_created = [a.id for a in sorted(made, key=lambda a: a.created)]
    assert order(ListFilter(sort="created", descending=False)) == by_created
    assert order(ListFilter(sort="created")) == by_created[::-1]
    by_headline = [a.id for a in sorted(made, key=lambda a: a.headline.lower())]
    assert order(ListFilter(sort="headline", descending=False)) == by_headline
    with pytest.raises(ValueError, match="unknown sort"):
        ListFilter(sort="wordcount")  # type: ignore[arg-type]


def test_headline_sort_ignores_case(clocked_store: ArticleStore) -> None:
    for headline in ("banana", "Apple", "cherry"):
        clocked_store.save(Article(headline=headline))
    listed = clocked_store.list(ListFilter(sort="headline", descending=False))
    assert [s.headline for s in listed] == ["Apple", "banana", "cherry"]


def test_paging_walks_every_article_exactly_once_even_with_equal_stamps(clocked_store: ArticleStore) -> None:
    same_time = [Article(headline=f"Wire {n}", created=START, updated=START) for n in range(23)]
    clocked_store.save_many(same_time)
    seen = []
    for offset in range(0, 30, 5):
        seen += [s.id for s in clocked_store.list(limit=5, offset=offset)]
    assert sorted(seen) == sorted(a.id for a in same_time)
    assert len(seen) == 23
    assert clocked_store.count() == 23


def test_trash_hides_articles_until_restored_and_empty_trash_destroys_only_trashed(
    clocked_store: ArticleStore, clock: ManualClock
) -> None:
    made = make_library(clocked_store)
    doomed, rescued = made[0], made[1]
    clock.advance(minutes=1)
    clocked_store.delete(doomed.id)
    clocked_store.delete(rescued.id)

    assert clocked_store.count() == 10
    assert {s.id for s in clocked_store.list(limit=100)}.isdisjoint({doomed.id, rescued.id})
    trash = clocked_store.list(ListFilter(trashed=True))
    assert {s.id for s in trash} == {doomed.id, rescued.id}
    assert all(s.deleted == clock.now for s in trash)
    assert clocked_store.get(doomed.id).headline == doomed.headline  # still readable from the trash
    assert clocked_store.search("Standfirst") and all(
        hit.summary.id not in (doomed.id, rescued.id) for hit in clocked_store.search("Standfirst", limit=50)
    )

    clocked_store.undelete(rescued.id)
    assert clocked_store.count() == 11
    assert clocked_store.list(ListFilter(trashed=True))[0].id == doomed.id

    assert clocked_store.empty_trash() == 1
    assert not clocked_store.exists(doomed.id)
    with pytest.raises(ArticleNotFound):
        clocked_store.revisions(doomed.id)
    assert clocked_store.count() == 11
    assert clocked_store.count(ListFilter(trashed=True)) == 0
    assert clocked_store.empty_trash() == 0
    with clocked_store.engine.connect() as connection:
        orphans = connection.exec_driver_sql(
            "SELECT (SELECT count(*) FROM revisions WHERE article_pk NOT IN (SELECT pk FROM articles)),"
            " (SELECT count(*) FROM article_tags WHERE article_pk NOT IN (SELECT pk FROM articles))"
        ).one()
    assert tuple(orphans) == (0, 0)
    assert_search_index_matches_articles(clocked_store)


def test_emptied_articles_are_gone_from_search(clocked_store: ArticleStore) -> None:
    unique = Article(headline="Zanzibar ferry", body="The ferry to Zanzibar was late.")
    clocked_store.save(unique)
    clocked_store.delete(unique.id)
    assert clocked_store.search("zanzibar") == []
    assert [h.summary.id for h in clocked_store.search("zanzibar", filter=ListFilter(trashed=True))] == [
        unique.id
    ]
    clocked_store.empty_trash()
    assert clocked_store.search("zanzibar", filter=ListFilter(trashed=True)) == []
    assert_search_index_matches_articles(clocked_store)


def test_deleting_twice_keeps_the_first_deletion_time(
    clocked_store: ArticleStore, clock: ManualClock
) -> None:
    article = Article(headline="Twice")
    clocked_store.save(article)
    clocked_store.delete(article.id)
    first = clock.now
    clock.advance(hours=1)
    clocked_store.delete(article.id)
    assert clocked_store.list(ListFilter(trashed=True))[0].deleted == first


def test_tags_and_sections_in_use(clocked_store: ArticleStore) -> None:
    make_library(clocked_store)
    clocked_store.save(Article(headline="Lower", tags=["elections", "  spaced  "]))
    assert clocked_store.tags() == ["cup", "Elections", "football", "spaced"]
    assert clocked_store.sections() == ["Politics", "Sport"]


def test_tag_pages_are_right_for_common_and_rare_tags(clocked_store: ArticleStore) -> None:
    # The store reads a common tag's page differently from a rare one's; both must give the same answer.
    batch = [
        Article(
            headline=f"Match report {n}",
            tags=["Football"] + (["Final"] if n % 10 == 0 else []),
            updated=START + timedelta(hours=n),
        )
        for n in range(40)
    ]
    batch.append(Article(headline="Not football", tags=["Tennis"], updated=START + timedelta(days=9)))
    clocked_store.save_many(batch)
    clocked_store.delete(batch[39].id)

    def walk(tag: str, page: int) -> list[str]:
        seen: list[str] = []
        for offset in range(0, 50, page):
            seen += [s.headline for s in clocked_store.list(ListFilter(tag=tag), limit=page, offset=offset)]
        return seen

    football = [f"Match report {n}" for n in range(38, -1, -1)]
    assert walk("football", 2) == football  # common: 39 of 40 live articles
    assert walk("FINAL", 2) == ["Match report 30", "Match report 20", "Match report 10", "Match report 0"]
    assert walk("cricket", 2) == []
