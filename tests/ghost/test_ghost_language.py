"""A right-to-left story published to the real test Ghost keeps its direction and language, and is
read back with them (Ghost drops dir and lang outside an HTML card, GHOST.md)."""

from __future__ import annotations

from editor.article import Article, Byline, Source
from editor.store import ArticleStore
from editor.sync.outbox import queue_publish
from editor.sync.worker import Result, drain
from tests.ghost.conftest import ACCOUNT, GhostAccounts
from tests.ghost.server import GhostServer


def test_a_hebrew_story_arrives_right_to_left_with_its_language(
    store: ArticleStore, ghost: GhostServer, ghost_accounts: GhostAccounts
) -> None:
    article = Article(
        headline="סערה בחוף",
        body="הרוחות חזקות מאוד.\n\nבתי הספר נסגרו.\n",
        bylines=[Byline("דנה לוי")],
        sources=[Source("סוכנות הידיעות")],
        section="חדשות",
        language="he",
    )
    store.save(article)
    queue_publish(store, article.id, ACCOUNT)
    assert [o.result for o in drain(store, ghost_accounts).outcomes] == [Result.PUBLISHED]

    stored = store.get(article.id)
    post = ghost.get_post(str(stored.remote.remote_id))
    assert 'lang="he"' in post["html"] and 'dir="rtl"' in post["html"]
    assert "בתי הספר נסגרו" in post["html"]

    pulled = ghost_accounts.client(ACCOUNT).pull(str(stored.remote.remote_id))
    assert pulled.language == "he"
    assert pulled.body.strip() == "הרוחות חזקות מאוד.\n\nבתי הספר נסגרו."
    assert [b.name for b in pulled.bylines] == ["דנה לוי"] and [s.name for s in pulled.sources] == [
        "סוכנות הידיעות"
    ]
