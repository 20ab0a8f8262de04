"""Building the WHERE and ORDER BY of listings, and turning what a user typed into an FTS5 query."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import ColumnElement, Connection, exists, func, literal_column, select

from editor.store.models import ListFilter
from editor.store.tables import article_tags, articles

# The trash as a set of row ids. Written as ``pk IN (...)`` the trash listing reads the (few) trashed
# rows through the index on ``deleted`` and sorts them; a plain ``deleted IS NOT NULL`` makes SQLite
# walk the whole table in sort order instead, which is slow with 100,000 articles.
_trashed = articles.alias("trashed")
TRASH = select(_trashed.c.pk).where(_trashed.c.deleted.is_not(None))


TagLookup = Literal["set", "probe", "drive"]


def filter_clauses(chosen: ListFilter, *, tag_lookup: TagLookup = "set") -> list[ColumnElement[bool]]:
    """Conditions on ``articles`` for a ListFilter (each one served by an index).

    How a tag is tested (see :func:`tag_lookup_for_page`): ``"set"`` as membership in the set of its
    articles (counting, searching); ``"probe"`` by looking up each article met in listing order (one
    page of a common tag); ``"drive"`` by fetching the tag's few articles and sorting them (a rare tag:
    the index on ``deleted`` is then kept out of the way with ``+``, or SQLite would walk it all).
    """
    live = literal_column("+articles.deleted") if tag_lookup == "drive" else articles.c.deleted
    clauses = [articles.c.pk.in_(TRASH) if chosen.trashed else live.is_(None)]
    if chosen.status is not None:
        clauses.append(articles.c.status == chosen.status.value)
    if chosen.section is not None:
        clauses.append(articles.c.section == chosen.section)
    if chosen.tag is not None:
        tag = chosen.tag.strip()
        if tag_lookup == "probe":
            clauses.append(
                exists().where(article_tags.c.article_pk == articles.c.pk, article_tags.c.tag == tag)
            )
        else:
            tagged = select(article_tags.c.article_pk).where(article_tags.c.tag == tag)
            clauses.append(articles.c.pk.in_(tagged))
    if chosen.updated_since is not None:
        clauses.append(articles.c.updated >= chosen.updated_since)
    return clauses


def tag_lookup_for_page(connection: Connection, tag: str, rows_wanted: int) -> TagLookup:
    """Probe or drive, whichever reads fewer rows for one page of a tag's articles.

    Probing looks at about ``rows_wanted * articles / tagged`` articles, driving at ``tagged``; so
    probing wins when ``tagged`` exceeds the square root of ``rows_wanted * articles`` (about 2,000
    for a page of 50 among 100,000). Only that many index entries are read to find out.
    """
    highest = connection.execute(select(func.max(articles.c.pk))).scalar_one() or 0
    threshold = math.isqrt(rows_wanted * highest)
    beyond = (
        select(article_tags.c.article_pk).where(article_tags.c.tag == tag.strip()).limit(1).offset(threshold)
    )
    return "probe" if connection.execute(beyond).first() is not None else "drive"


def is_plain(chosen: ListFilter) -> bool:
    """True when the filter only asks for the live articles (the common case for search)."""
    return (
        not chosen.trashed
        and chosen.status is None
        and chosen.section is None
        and chosen.tag is None
        and chosen.updated_since is None
    )


def ordering(chosen: ListFilter) -> list[Any]:
    """ORDER BY matching the listing indexes; the row id breaks ties so paging is stable."""
    key = {
        "updated": articles.c.updated,
        "created": articles.c.created,
        "headline": articles.c.headline.collate("NOCASE"),
    }[chosen.sort]
    if chosen.descending:
        return [key.desc(), articles.c.pk.desc()]
    return [key.asc(), articles.c.pk.asc()]


# A user's query: "quoted phrases" (closing quote optional), or runs of non-space characters; either may
# end in * for a prefix search.
_CHUNK_RE = re.compile(r'"([^"]*)("?)(\*?)|([^\s"]+)')
# What FTS5's unicode61 tokenizer keeps as words: letters and digits.
_WORD_RE = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class Term:
    """One searched word or phrase; ``prefix`` when its last word may be the start of a longer one."""

    words: tuple[str, ...]
    prefix: bool = False

    def fts(self) -> str:
        return '"' + " ".join(self.words) + '"' + ("*" if self.prefix else "")


def parse_query(text: str) -> list[Term]:
    """The terms of what a user typed: plain words, ``"quoted phrases"``, a trailing ``*`` for prefix.

    Everything else is text, not syntax: operators (AND, OR, NOT, NEAR), column filters (``headline:``),
    ``-``, ``^``, brackets and unbalanced quotes. Punctuation and emoji only separate words.
    """
    terms = []
    for match in _CHUNK_RE.finditer(text):
        quoted, closed, quoted_star, bare = match.groups()
        if bare is not None:
            prefix = bare.endswith("*")
            words = _WORD_RE.findall(bare)
        elif closed:
            prefix = bool(quoted_star)
            words = _WORD_RE.findall(quoted)
        else:  # an unbalanced quote: the rest is plain words
            terms.extend(Term((word,)) for word in _WORD_RE.findall(quoted))
            continue
        if words:
            terms.append(Term(tuple(words), prefix))
    return terms


def fts_query(terms: list[Term]) -> str:
    """An FTS5 MATCH expression ANDing the terms; each is an FTS5 string, so never a syntax error."""
    return " ".join(term.fts() for term in terms)
