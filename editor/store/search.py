"""Ranked full-text search over the FTS5 index, shaped to stay fast at 100,000 articles.

Small queries in one read transaction:

1. rank in FTS5 only: ``MATCH ... ORDER BY bm25(...) LIMIT/OFFSET`` gives the page's row ids (an
   explicit ``bm25()`` with the column weights: half the cost of FTS5's ``ORDER BY rank``). The filter is
   a set test on the row id (``NOT IN`` the trash for plain searches, a small set to build; ``IN`` the
   filtered articles otherwise), written as ``rowid + 0`` so SQLite never hands it to FTS5 as a
   per-row lookup.

   bm25 costs microseconds per matching article and searched word, so a word found in every one of
   100,000 articles would take a quarter of a second to rank. When more articles match than the rank
   window (``RANK_WINDOW`` divided by the number of searched words), only the newest ones in the
   window (by row id, i.e. creation order) are ranked: walking the matches newest-first to find where
   the window starts is cheap, and FTS5 then ranks just the rows above it (pages beyond the window
   list the older matches, ranked among themselves). Such a query is made of
   words so common that bm25 tells little between those articles anyway; the newest is what a
   newsroom wants then. Less common queries are ranked over all their matches. What remains is
   bm25's own fixed cost: it counts every article holding each searched word (its IDF), about 10 ms
   for a word found in all of 100,000 articles;
2. the summaries of just those rows;
3. snippets for just those rows (``snippet()`` is costly, so never computed for rows off the page;
   very long articles get :func:`editor.store.snippets.plain_snippet` instead);
4. on the page where the articles' own matches run out, articles whose own text does not match but whose
   incoming copy does (``wire_copies_fts``, :mod:`editor.store.wire`) fill the rest of the page, their
   snippet taken from the copy and marked "wire copy:" (a first page of them only: copy matches are
   for finding the one draft a remembered agency sentence came from, not for paging through).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Integer, bindparam, column, literal_column, select, table, text

from editor.store import rows, wire
from editor.store.models import ArticleSummary, ListFilter, SearchHit
from editor.store.queries import TRASH, Term, filter_clauses, fts_query, is_plain, parse_query
from editor.store.snippets import LONG_ARTICLE_WORDS, plain_snippet
from editor.store.tables import FTS_TABLE, articles

SNIPPET_TOKENS = 24
RANK_WINDOW = 600
MIN_RANK_WINDOW = 200
# Column weights: headline, standfirst, body, bylines, tags (the same as the index's configured rank).
_score = literal_column(f"bm25({FTS_TABLE}, 10.0, 4.0, 1.0, 3.0, 5.0)").label("score")

_fts = table(FTS_TABLE, column("rowid", Integer))
_match = text(f"{FTS_TABLE} MATCH :fts_query")
_snippets = text(
    f"SELECT rowid, snippet({FTS_TABLE}, -1, '[', ']', '…', {SNIPPET_TOKENS}) AS snippet "
    f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts_query AND rowid IN :pks"
).bindparams(bindparam("pks", expanding=True))


def run(connection: Connection, query: str, chosen: ListFilter, limit: int, offset: int) -> list[SearchHit]:
    terms = parse_query(query)
    if not terms or limit == 0:
        return []
    expression = fts_query(terms)
    words = sum(len(term.words) for term in terms)
    window = max(RANK_WINDOW // words, MIN_RANK_WINDOW)
    page = _ranked_page(connection, expression, chosen, window, limit, offset)
    by_copy: dict[int, str] = {}
    if len(page) < limit and (offset == 0 or page):
        by_copy = _wire_page(connection, expression, chosen, [pk for pk, _ in page], limit - len(page))
    if not page and not by_copy:
        return []
    summaries = {
        row.pk: rows.summary_from_row(row)
        for row in connection.execute(
            select(*rows.SUMMARY_COLUMNS).where(articles.c.pk.in_([pk for pk, _ in page] + list(by_copy)))
        )
    }
    own = {pk: summary for pk, summary in summaries.items() if pk not in by_copy}
    snippets = _snippets_for(connection, expression, terms, own)
    hits = [SearchHit(summaries[pk], snippets.get(pk, ""), -rank) for pk, rank in page if pk in summaries]
    hits += [SearchHit(summaries[pk], f"wire copy: {snippet}", WIRE_RANK) for pk, snippet in by_copy.items()]
    return hits


WIRE_RANK = -1e9  # a match in the incoming copy only ranks below every match of an article's own text


def _wire_page(
    connection: Connection, expression: str, chosen: ListFilter, exclude: list[int], limit: int
) -> dict[int, str]:
    """Row id → snippet of the copy, for articles found by their incoming copy, filtered like the rest."""
    found = wire.matches(connection, expression, exclude, limit * 4)
    if not found:
        return {}
    allowed = set(
        connection.execute(
            select(articles.c.pk).where(articles.c.pk.in_([pk for pk, _ in found]), *filter_clauses(chosen))
        ).scalars()
    )
    return dict([(pk, snippet) for pk, snippet in found if pk in allowed][:limit])


def _ranked_page(
    connection: Connection, expression: str, chosen: ListFilter, window: int, limit: int, offset: int
) -> list[tuple[int, float]]:
    """Row ids and bm25 scores of one page, in a fixed order whatever the page.

    The order: the newest ``window`` matches by relevance, then the older ones by relevance (only
    pages reaching past the window pay for ranking those).
    """
    row_id: Any = literal_column(f"{FTS_TABLE}.rowid + 0")
    if is_plain(chosen):
        wanted = row_id.not_in(TRASH)
    else:
        wanted = row_id.in_(select(articles.c.pk).where(*filter_clauses(chosen)))
    match = _match.bindparams(fts_query=expression)
    window_start = connection.execute(
        select(_fts.c.rowid).where(match, wanted).order_by(_fts.c.rowid.desc()).limit(1).offset(window - 1)
    ).scalar_one_or_none()
    if window_start is None:  # no more matches than the window: rank them all
        return _ranked(connection, [match, wanted], limit, offset)
    page = []
    if offset < window:
        newest = [match, wanted, _fts.c.rowid >= window_start]
        page += _ranked(connection, newest, min(limit, window - offset), offset)
    if offset + limit > window:
        older = [match, wanted, _fts.c.rowid < window_start]
        page += _ranked(connection, older, limit - len(page), max(0, offset - window))
    return page


def _ranked(
    connection: Connection, conditions: list[Any], limit: int, offset: int
) -> list[tuple[int, float]]:
    statement = select(_fts.c.rowid, _score).where(*conditions).order_by(_score).limit(limit).offset(offset)
    return [(pk, score) for pk, score in connection.execute(statement)]


def _snippets_for(
    connection: Connection, expression: str, terms: list[Term], summaries: dict[int, ArticleSummary]
) -> dict[int, str]:
    short = [pk for pk, s in summaries.items() if s.word_count <= LONG_ARTICLE_WORDS]
    long = [pk for pk, s in summaries.items() if s.word_count > LONG_ARTICLE_WORDS]
    snippets: dict[int, str] = {}
    if short:
        snippets.update(
            (pk, snippet)
            for pk, snippet in connection.execute(_snippets, {"fts_query": expression, "pks": short})
        )
    if long:
        texts = select(articles.c.pk, articles.c.headline, articles.c.standfirst, articles.c.body)
        for row in connection.execute(texts.where(articles.c.pk.in_(long))):
            snippets[row.pk] = plain_snippet([row.headline, row.standfirst, row.body], terms)
    return snippets
