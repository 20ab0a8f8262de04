"""The Related panel's search, widened to the sites: local articles first, then posts of each account.

The shell answers ``related_search_requested`` with local results; this replaces that answer with one that
carries both, so the two never race to fill the list. A site that cannot be reached just adds nothing.
"""

from __future__ import annotations

import contextlib
from typing import Any

from editor.article import RelatedLink
from editor.cms.errors import CmsError

LOCAL_RESULTS = 10
REMOTE_RESULTS = 5


def related_candidates(store: Any, accounts: Any, text: str, current_id: str | None) -> list[RelatedLink]:
    """Runs on a worker: local hits (by id) and remote posts (by URL and post id)."""
    if not text.strip():
        return []
    links = [
        RelatedLink(hit.summary.headline, local_id=hit.summary.id)
        for hit in store.search(text, limit=LOCAL_RESULTS)
        if hit.summary.id != current_id
    ]
    try:
        names = [account.name for account in accounts.list()]
    except CmsError:
        return links
    for name in names:
        try:
            client = accounts.client(name)
        except CmsError:
            continue
        try:
            posts = client.search_posts(text, limit=REMOTE_RESULTS)
        except CmsError:
            continue
        finally:
            client.close()
        links += [RelatedLink(post.title, post.link, remote_id=post.id) for post in posts]
    return links


def install_related_search(window: Any, accounts: Any) -> None:
    """Rewire the form's related search (the form exists once ``library_ready`` fired)."""
    form = window.form
    # If the shell did not connect its local-only answer, ours is simply the only one.
    with contextlib.suppress(RuntimeError, TypeError):
        form.related_search_requested.disconnect(window.commands.search_related)

    def search(text: str) -> None:
        store, current = window.store, window.current_article_id()
        if store is None:
            return
        window.tasks.run_query(
            lambda: related_candidates(store, accounts, text, current),
            success=form.show_related_results,
            label="related search (library and sites)",
        )

    form.related_search_requested.connect(search)
