"""Each account's :class:`~editor.cms.site_cache.SiteCache` in the store's database.

Before an operation is sent the client is handed what earlier runs learnt (:func:`prime`); afterwards what
it learnt or forgot is written back (:func:`keep_learnt`), even when the operation failed (a term created
before a failing request exists on the site all the same). Nothing is written when nothing changed, which
is the usual case: a publish then reads two small tables and writes nothing here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, insert, select, tuple_

from editor.article import Article, utcnow
from editor.cms.client import CmsClient
from editor.cms.site_cache import SiteCache, Term, TermKey, term_key
from editor.sync.outbox import reading
from editor.sync.tables import sync_sites, sync_terms


def load_site_cache(
    store: Any, account: str, site_url: str, terms: Iterable[TermKey] | None = None
) -> SiteCache:
    """What is known about ``account``'s site; nothing if it was learnt for another address.

    ``terms`` limits the terms read to the ones a publish needs (a newsroom's site has thousands).
    """
    with reading(store) as session:
        site = session.execute(
            select(sync_sites.c.site_url, sync_sites.c.api_root).where(sync_sites.c.account == account)
        ).first()
        if site is None or site.site_url != site_url:
            return SiteCache()
        query = select(
            sync_terms.c.taxonomy, sync_terms.c.name_key, sync_terms.c.name, sync_terms.c.term_id
        ).where(sync_terms.c.account == account)
        wanted = None if terms is None else list(terms)
        if wanted is not None:
            query = query.where(tuple_(sync_terms.c.taxonomy, sync_terms.c.name_key).in_(wanted))
        rows = session.execute(query) if wanted != [] else []
        known = {(row.taxonomy, row.name_key): Term(row.term_id, row.name) for row in rows}
    return SiteCache(site.api_root, known)


def save_site_cache(
    store: Any,
    account: str,
    site_url: str,
    before: SiteCache,
    after: SiteCache,
    terms: Iterable[TermKey] | None = None,
) -> None:
    """Write what changed from ``before`` (as loaded) to ``after`` (as the client knows it now).

    ``terms``: the terms ``before`` was loaded for; a long-lived client knows many more, already stored.
    """
    scope = None if terms is None else set(terms)
    learnt = {
        key: term
        for key, term in after.terms.items()
        if (scope is None or key in scope) and before.terms.get(key) != term
    }
    forgotten = [key for key in before.terms if key not in after.terms]
    new_root = after.api_root if after.api_root and after.api_root != before.api_root else ""
    if not (learnt or forgotten or new_root):
        return
    now = utcnow()
    with store.transaction() as session:
        stored = session.execute(
            select(sync_sites.c.site_url, sync_sites.c.api_root).where(sync_sites.c.account == account)
        ).first()
        if stored is not None and stored.site_url != site_url:  # the account now points elsewhere
            session.execute(delete(sync_terms).where(sync_terms.c.account == account))
            stored = None
        root = new_root or after.api_root or (stored.api_root if stored else "")
        session.execute(
            insert(sync_sites)
            .prefix_with("OR REPLACE")
            .values(account=account, site_url=site_url, api_root=root, updated=now)
        )
        for taxonomy, name_key in forgotten:
            session.execute(
                delete(sync_terms).where(
                    sync_terms.c.account == account,
                    sync_terms.c.taxonomy == taxonomy,
                    sync_terms.c.name_key == name_key,
                )
            )
        for (taxonomy, name_key), term in learnt.items():
            session.execute(
                insert(sync_terms)
                .prefix_with("OR REPLACE")
                .values(
                    account=account,
                    taxonomy=taxonomy,
                    name_key=name_key,
                    name=term.name,
                    term_id=term.id,
                    updated=now,
                )
            )


def forget_site_cache(store: Any, account: str) -> None:
    """Drop what was learnt about ``account``'s site (the account is removed: a new one of the same name
    may be another installation at the same address, whose term ids mean other terms)."""
    with store.transaction() as session:
        session.execute(delete(sync_terms).where(sync_terms.c.account == account))
        session.execute(delete(sync_sites).where(sync_sites.c.account == account))


def article_terms(article: Article | None) -> list[TermKey]:
    """The categories and tags publishing ``article`` uses (none for an unpublish: no article)."""
    if article is None:
        return []
    section = [term_key("categories", article.section)] if article.section.strip() else []
    return section + [term_key("tags", tag) for tag in article.tags if tag.strip()]


def prime(store: Any, client: CmsClient, account: str, article: Article | None) -> SiteCache:
    """Hand ``client`` what is stored for ``account``: the API root and the ids of the terms ``article``
    uses. Returns what is stored, as far as it matters for this operation, for :func:`keep_learnt`.

    A long-lived client (the GUI's) that already knows the root and every term needed reads nothing:
    what it knows was stored when it learnt it.
    """
    wanted = article_terms(article)
    current = client.site_cache()
    in_memory = {key: current.terms[key] for key in wanted if key in current.terms}
    missing = [key for key in wanted if key not in in_memory]
    if current.api_root and not missing:
        return SiteCache(current.api_root, in_memory)
    stored = load_site_cache(store, account, client.site_url, missing)
    client.remember(stored)
    return SiteCache(stored.api_root or current.api_root, {**in_memory, **stored.terms})


def keep_learnt(
    store: Any, client: CmsClient, account: str, before: SiteCache, article: Article | None
) -> None:
    """Store what ``client`` learnt or forgot about the site while sending ``article`` (see prime)."""
    after = client.site_cache()
    save_site_cache(store, account, client.site_url, before, after, article_terms(article))
