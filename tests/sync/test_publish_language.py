"""The published post carries the article's language and direction (real WordPress, read back through
REST): lang="ar" dir="rtl" on an Arabic story, kept for an author without unfiltered_html too, and
"Open from CMS" reads the language back."""

from __future__ import annotations

import pytest

from editor.article import Article, Byline, Source
from editor.store import ArticleStore
from editor.sync.outbox import queue_publish
from editor.sync.worker import Result, drain
from tests.sync.conftest import ACCOUNT, SiteAccounts, posts_marked
from tests.wordpress.server import WordPressServer

pytest_plugins = ["tests.wordpress.fixtures"]
pytestmark = pytest.mark.wordpress


def arabic_story() -> Article:
    return Article(
        headline="عاصفة تضرب الساحل",
        standfirst="انقطاع الكهرباء عن آلاف المنازل",
        body="قال المسؤولون «إن الرياح بلغت ١٢٠ كم/س».\n\nوأغلقت المدارس أبوابها.\n",
        bylines=[Byline("سارة خليل")],
        sources=[Source("وكالة الأنباء")],
        section="أخبار",
        language="ar",
    )


@pytest.mark.parametrize("author", [False, True], ids=["editor", "author"])
def test_an_arabic_story_is_published_right_to_left_with_its_language(
    store: ArticleStore, wordpress: WordPressServer, author: bool
) -> None:
    if author:
        accounts = SiteAccounts(wordpress.base_url, wordpress.author_username, wordpress.author_app_password)
    else:
        accounts = SiteAccounts(wordpress.base_url, wordpress.username, wordpress.app_password)
    article = arabic_story()
    store.save(article)
    queue_publish(store, article.id, ACCOUNT)
    report = drain(store, accounts)
    assert [o.result for o in report.outcomes] == [Result.PUBLISHED], report

    [post] = posts_marked(wordpress, article.id)
    for content in (post["content"]["raw"], post["content"]["rendered"]):
        assert '<article class="cd-article" lang="ar" dir="rtl"' in content
        assert "وأغلقت المدارس أبوابها" in content

    pulled = accounts.client(ACCOUNT).pull(post["id"])
    assert pulled.language == "ar"
    assert "وأغلقت المدارس أبوابها" in pulled.body and "cd-article" not in pulled.body


def test_a_story_without_a_stated_language_lets_the_browser_find_the_direction(
    store: ArticleStore, wordpress: WordPressServer, accounts: SiteAccounts
) -> None:
    article = Article(headline="Storm", body="Winds of 120 km/h.\n", bylines=[Byline("Ann")])
    store.save(article)
    queue_publish(store, article.id, ACCOUNT)
    assert [o.result for o in drain(store, accounts).outcomes] == [Result.PUBLISHED]
    [post] = posts_marked(wordpress, article.id)
    assert '<article class="cd-article" dir="auto"' in post["content"]["rendered"]
    assert " lang=" not in post["content"]["raw"]
    assert accounts.client(ACCOUNT).pull(post["id"]).language == ""
