"""Full-text search: ranked, with snippets, and whatever the journalist types it never fails."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.article import Article, Byline, Status
from editor.store import ArticleStore, ListFilter
from editor.store.queries import fts_query, parse_query
from tests.store.helpers import assert_search_index_matches_articles

FILLER = "The committee met on Tuesday and discussed the annual report at length. " * 6


@pytest.fixture
def newsroom(clocked_store: ArticleStore) -> dict[str, Article]:
    stories = {
        "headline": Article(headline="Harbour strike enters third day", body=FILLER),
        "body": Article(headline="Port news roundup", body=FILLER + "Dockers said the harbour was quiet."),
        "byline": Article(headline="Interview", body=FILLER, bylines=[Byline("Marguerite Okonkwo")]),
        "tagged": Article(headline="Budget", body=FILLER, tags=["shipping"], standfirst="Money for ferries"),
        "phrase": Article(headline="Weather", body="A cold front moved in. The front cold snap ended."),
        "accents": Article(headline="Élections à Genève", body="Le scrutin s'est déroulé dimanche."),
    }
    for article in stories.values():
        clocked_store.save(article)
    return stories


def hit_ids(store: ArticleStore, query: str, **options: object) -> list[str]:
    return [hit.summary.id for hit in store.search(query, **options)]  # type: ignore[arg-type]


def test_a_headline_hit_outranks_a_body_hit(
    clocked_store: ArticleStore, newsroom: dict[str, Article]
) -> None:
    hits = clocked_store.search("harbour")
    assert [hit.summary.id for hit in hits] == [newsroom["headline"].id, newsroom["body"].id]
    assert hits[0].rank > hits[1].rank


def test_search_covers_standfirst_bylines_and_tags(
    clocked_store: ArticleStore, newsroom: dict[str, Article]
) -> None:
    assert hit_ids(clocked_store, "okonkwo") == [newsroom["byline"].id]
    assert hit_ids(clocked_store, "shipping") == [newsroom["tagged"].id]
    assert hit_ids(clocked_store, "ferries") == [newsroom["tagged"].id]


def test_plain_words_must_all_match(clocked_store: ArticleStore, newsroom: dict[str, Article]) -> None:
    assert hit_ids(clocked_store, "harbour dockers") == [newsroom["body"].id]
    assert hit_ids(clocked_store, "harbour okonkwo") == []


def test_quoted_phrases_match_only_in_order(
    clocked_store: ArticleStore, newsroom: dict[str, Article]
) -> None:
    assert hit_ids(clocked_store, '"cold front"') == [newsroom["phrase"].id]
    assert hit_ids(clocked_store, '"front cold"') == [newsroom["phrase"].id]
    assert hit_ids(clocked_store, '"cold snap front"') == []


def test_trailing_star_searches_a_prefix(clocked_store: ArticleStore, newsroom: dict[str, Article]) -> None:
    assert hit_ids(clocked_store, "okonk*") == [newsroom["byline"].id]
    assert hit_ids(clocked_store, "okonk") == []


def test_accents_and_case_do_not_matter(clocked_store: ArticleStore, newsroom: dict[str, Article]) -> None:
    assert hit_ids(clocked_store, "elections GENEVE") == [newsroom["accents"].id]
    assert hit_ids(clocked_store, "déroulé") == [newsroom["accents"].id]


def test_snippets_mark_the_matched_words(clocked_store: ArticleStore, newsroom: dict[str, Article]) -> None:
    hit = clocked_store.search("dockers")[0]
    assert "[Dockers]" in hit.snippet
    assert clocked_store.search("harbour strike")[0].snippet == "[Harbour] [strike] enters third day"
    assert "[cold front]" in clocked_store.search('"cold front"')[0].snippet


HOSTILE = [
    '"',
    '"unbalanced phrase',
    "harbour AND OR NOT",
    "AND",
    "NEAR(",
    "NEAR(harbour strike, 2)",
    "-harbour",
    "harbour -strike",
    "headline:harbour",
    "title:",
    ":",
    "*",
    "**",
    "harbour*strike",
    "^harbour",
    "(harbour",
    "harbour)",
    "{headline body}: harbour",
    "'",
    "\\",
    "😀",
    "harbour 😀",
    "",
    "   ",
    "\x00",
    "a" * 5000,
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_query_syntax_never_raises(
    clocked_store: ArticleStore, newsroom: dict[str, Article], query: str
) -> None:
    hits = clocked_store.search(query)
    assert isinstance(hits, list)


def test_operators_are_searched_as_words(clocked_store: ArticleStore, newsroom: dict[str, Article]) -> None:
    assert hit_ids(clocked_store, "-harbour") == hit_ids(clocked_store, "harbour")
    assert hit_ids(clocked_store, "headline:harbour") == []  # both words must appear
    assert hit_ids(clocked_store, "NEAR(harbour") == []
    assert hit_ids(clocked_store, '"harbour strike') == [newsroom["headline"].id]
    assert hit_ids(clocked_store, "😀") == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=40))
def test_any_text_at_all_is_a_valid_query(clocked_store: ArticleStore, query: str) -> None:
    clocked_store.search(query)


def test_query_translation_keeps_words_phrases_and_prefixes() -> None:
    assert fts_query(parse_query('storm "harbour wall" coa* "sea fr"*')) == (
        '"storm" "harbour wall" "coa"* "sea fr"*'
    )
    assert fts_query(parse_query("covid-19 don't")) == '"covid 19" "don t"'
    assert parse_query('- : * 😀 "') == []


def test_search_follows_edits_and_filters(clocked_store: ArticleStore, newsroom: dict[str, Article]) -> None:
    edited = newsroom["headline"].copy(headline="Strike ends", body="Work resumed at the docks.")
    clocked_store.save(edited)
    assert hit_ids(clocked_store, "harbour") == [newsroom["body"].id]
    assert hit_ids(clocked_store, "resumed") == [edited.id]

    clocked_store.set_status(newsroom["body"].id, Status.PUBLISHED)
    assert hit_ids(clocked_store, "committee", filter=ListFilter(status=Status.PUBLISHED)) == [
        newsroom["body"].id
    ]
    assert hit_ids(clocked_store, "committee", filter=ListFilter(tag="Shipping")) == [newsroom["tagged"].id]
    assert_search_index_matches_articles(clocked_store)


def test_search_pages_through_all_hits_once(clocked_store: ArticleStore) -> None:
    batch = [Article(headline=f"Flood update {n}", body="flood " * (n + 1)) for n in range(30)]
    clocked_store.save_many(batch)
    seen = []
    for offset in range(0, 40, 7):
        seen += hit_ids(clocked_store, "flood", limit=7, offset=offset)
    assert sorted(seen) == sorted(a.id for a in batch)
    ranks = [hit.rank for hit in clocked_store.search("flood", limit=30)]
    assert ranks == sorted(ranks, reverse=True)


def test_a_very_long_article_gets_a_snippet_quickly(clocked_store: ArticleStore) -> None:
    body = "\n\n".join(f"Paragraph {n} about the harbour wall and the council." for n in range(30_000))
    article = Article(headline="Minutes of every meeting", body=body)
    clocked_store.save(article)
    hit = clocked_store.search("council wall")[0]
    assert hit.summary.id == article.id
    assert "[wall]" in hit.snippet and "[council]" in hit.snippet


def test_search_survives_reopening(db_path: Path) -> None:
    store = ArticleStore.open(db_path)
    store.save(Article(headline="Lighthouse keeper retires"))
    store.close()
    store = ArticleStore.open(db_path)
    try:
        assert [h.summary.headline for h in store.search("lighthouse")] == ["Lighthouse keeper retires"]
    finally:
        store.close()


def test_very_common_words_rank_the_newest_matches_first_and_paging_stays_consistent(
    clocked_store: ArticleStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor.store import search

    monkeypatch.setattr(search, "RANK_WINDOW", 6)
    monkeypatch.setattr(search, "MIN_RANK_WINDOW", 1)
    # Oldest first: the old ones say "flood" most often, so bm25 alone would put them on top.
    batch = [Article(headline=f"Report {n}", body="flood " * (30 - n) + "rain " * n) for n in range(20)]
    clocked_store.save_many(batch)

    first_page = hit_ids(clocked_store, "flood", limit=4)
    newest_six = {a.id for a in batch[-6:]}
    assert set(first_page) <= newest_six

    walked = []
    for offset in range(0, 24, 4):
        walked += hit_ids(clocked_store, "flood", limit=4, offset=offset)
    assert walked[:4] == first_page
    assert sorted(walked) == sorted(a.id for a in batch)  # every match exactly once
    assert set(walked[:6]) == newest_six
    assert walked[6:] == [a.id for a in batch[:14]]  # the older ones by relevance: most "flood" first
