"""The account's site cache (API root, term ids) against the real WordPress: a publish of a new article is
one request once the site is known, and a cache the site has outgrown heals itself.

Requests are counted by the fault proxy (tests/faultproxy.py) with no fault set: it only forwards.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from editor.article import Article, RemoteBinding
from editor.cli import main
from editor.cms.site_cache import SiteCache, Term, term_key
from editor.cms.wordpress import WordPressClient
from editor.store import ArticleStore
from editor.sync.outbox import queue_publish
from editor.sync.site_cache import load_site_cache, save_site_cache
from editor.sync.worker import Result, drain
from tests.faultproxy import Fault, FaultProxy, FaultRule
from tests.sync.conftest import ACCOUNT, SiteAccounts, account_in_keyring, full_article, posts_marked
from tests.wordpress.server import WordPressServer

pytest_plugins = ["tests.wordpress.fixtures"]
pytestmark = pytest.mark.wordpress

REPO = Path(__file__).resolve().parents[2]


def _article(folder: Path, tags: list[str], section: str = "Weather") -> Article:
    tag = uuid.uuid4().hex[:8]
    return full_article(folder / tag, tag=tag, body_image=False).copy(tags=tags, section=section)


def _publish(store: ArticleStore, accounts: SiteAccounts, article: Article) -> RemoteBinding:
    """Queue and send with a new client (as a new process would have); the article's binding to its post."""
    store.save(article)
    queue_publish(store, article.id, ACCOUNT)
    assert [o.result for o in drain(store, accounts).outcomes] == [Result.PUBLISHED]
    return store.get(article.id).remote


def _post_terms(wordpress: WordPressServer, post_id: int) -> tuple[set[str], set[str]]:
    post = wordpress.get_post(post_id)
    with wordpress.rest() as rest:
        names = [
            {rest.get(f"/wp/v2/{taxonomy}/{i}").json()["name"] for i in post[taxonomy]}
            for taxonomy in ("categories", "tags")
        ]
    return names[0], names[1]


def test_a_new_article_in_a_fresh_process_is_one_request(
    store: ArticleStore, data_dir: Path, wordpress: WordPressServer, tmp_path: Path
) -> None:
    tags = [f"ferries-{uuid.uuid4().hex[:6]}", "Lisbon"]
    first, second = _article(tmp_path, tags), _article(tmp_path, tags)
    store.save(first)
    store.save(second)
    env = {**os.environ, "COPYDESK_DATA_DIR": str(data_dir)}

    def publish_in_new_process(article: Article) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "editor", "publish", article.id],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr

    with (
        FaultProxy("127.0.0.1", wordpress.port) as proxy,
        account_in_keyring(data_dir, "proxied", proxy.base_url, wordpress),
    ):
        publish_in_new_process(first)
        learnt = [f"{r.method} {r.path}" for r in proxy.requests()]
        assert any("/wp/v2/tags" in request for request in learnt)  # the first publish looked them up
        already = len(proxy.requests())
        publish_in_new_process(second)
        sent = [(r.method, r.path.split("?")[0]) for r in proxy.requests()[already:]]

    assert sent == [("POST", "/wp-json/wp/v2/posts")]  # no discovery, no term lookups, no uploads
    post = posts_marked(wordpress, second.id)
    assert len(post) == 1
    assert _post_terms(wordpress, post[0]["id"]) == ({"Weather"}, set(tags))


def test_a_tag_deleted_on_the_site_is_looked_up_again(
    store: ArticleStore, accounts: SiteAccounts, wordpress: WordPressServer, tmp_path: Path
) -> None:
    doomed = f"Doomed {uuid.uuid4().hex[:6]}"
    section = f"Desk {uuid.uuid4().hex[:6]}"
    _publish(store, accounts, _article(tmp_path, [doomed, "Lisbon"], section))
    cached = load_site_cache(store, ACCOUNT, wordpress.base_url)
    old_tag = cached.terms[term_key("tags", doomed)].id
    old_category = cached.terms[term_key("categories", section)].id
    with wordpress.rest() as rest:  # an editor tidies up the site
        for route in (f"/wp/v2/tags/{old_tag}", f"/wp/v2/categories/{old_category}"):
            rest.delete(route, params={"force": "true"}).raise_for_status()

    second = _article(tmp_path, [doomed, "Lisbon"], section)
    remote = _publish(store, accounts, second)

    assert _post_terms(wordpress, remote.remote_id) == ({section}, {doomed, "Lisbon"})
    healed = load_site_cache(store, ACCOUNT, wordpress.base_url)
    assert healed.terms[term_key("tags", doomed)].id not in (old_tag, 0)
    assert healed.terms[term_key("categories", section)].id != old_category
    assert [p["id"] for p in posts_marked(wordpress, second.id)] == [remote.remote_id]


class KeptClient(SiteAccounts):
    """One client for every drain, as the GUI keeps one per account (``drain(close_clients=False)``)."""

    def client(self, name: str) -> WordPressClient:
        if not hasattr(self, "kept"):
            self.kept = super().client(name)
        return self.kept


def test_a_long_lived_client_heals_a_deleted_tag_and_stores_the_new_id(
    store: ArticleStore, wordpress: WordPressServer, tmp_path: Path
) -> None:
    accounts = KeptClient(wordpress.base_url, wordpress.username, wordpress.app_password)
    doomed = f"Doomed {uuid.uuid4().hex[:6]}"
    for tags in ([doomed], [doomed, "Lisbon"]):  # the second publish: all in memory, nothing read
        article = _article(tmp_path, tags)
        store.save(article)
        queue_publish(store, article.id, ACCOUNT)
        assert [o.result for o in drain(store, accounts, close_clients=False).outcomes] == [Result.PUBLISHED]
    old = load_site_cache(store, ACCOUNT, wordpress.base_url).terms[term_key("tags", doomed)].id
    with wordpress.rest() as rest:
        rest.delete(f"/wp/v2/tags/{old}", params={"force": "true"}).raise_for_status()

    third = _article(tmp_path, [doomed])
    store.save(third)
    queue_publish(store, third.id, ACCOUNT)
    assert [o.result for o in drain(store, accounts, close_clients=False).outcomes] == [Result.PUBLISHED]
    accounts.kept.close()

    assert _post_terms(wordpress, store.get(third.id).remote.remote_id) == ({"Weather"}, {doomed})
    assert load_site_cache(store, ACCOUNT, wordpress.base_url).terms[term_key("tags", doomed)].id != old


def test_a_refused_term_repair_after_the_post_was_made_never_makes_a_second_post(
    store: ArticleStore, wordpress: WordPressServer, proxy: FaultProxy, tmp_path: Path
) -> None:
    doomed = f"Doomed {uuid.uuid4().hex[:6]}"
    accounts = SiteAccounts(proxy.base_url, wordpress.username, wordpress.app_password, read_timeout=60)
    _publish(store, accounts, _article(tmp_path, [doomed]))
    stale = load_site_cache(store, ACCOUNT, proxy.base_url).terms[term_key("tags", doomed)].id
    with wordpress.rest() as rest:
        rest.delete(f"/wp/v2/tags/{stale}", params={"force": "true"}).raise_for_status()
    # The post is created without the deleted tag; looking the tag up again is refused (429, no 5xx).
    proxy.add_rule(FaultRule(Fault.RESPOND_429, method="GET", path_contains="/wp/v2/tags", retry_after=1))
    second = _article(tmp_path, [doomed])
    store.save(second)
    queue_publish(store, second.id, ACCOUNT)

    report = drain(store, accounts, max_wait=10)

    assert [o.result for o in report.outcomes] == [Result.RETRYING, Result.PUBLISHED]
    posts = posts_marked(wordpress, second.id)
    assert len(posts) == 1  # the retry found the post it had made, and completed it
    assert _post_terms(wordpress, posts[0]["id"]) == ({"Weather"}, {doomed})


def test_an_api_root_that_moved_is_found_again(
    store: ArticleStore, accounts: SiteAccounts, wordpress: WordPressServer, tmp_path: Path
) -> None:
    _publish(store, accounts, _article(tmp_path, ["Lisbon"]))
    assert load_site_cache(store, ACCOUNT, wordpress.base_url).api_root == f"{wordpress.base_url}/wp-json/"
    second = _article(tmp_path, ["Lisbon"])
    wordpress.set_pretty_permalinks(False)  # /wp-json/ now answers with a web page
    try:
        remote = _publish(store, accounts, second)
    finally:
        wordpress.set_pretty_permalinks(True)
    assert [p["id"] for p in posts_marked(wordpress, second.id)] == [remote.remote_id]
    cache = load_site_cache(store, ACCOUNT, wordpress.base_url)
    assert cache.api_root == f"{wordpress.base_url}/?rest_route=/"


def test_the_cache_belongs_to_the_address_it_was_learnt_for(store: ArticleStore) -> None:
    old_site, new_site = "https://old.example.org", "https://news.example.org"
    learnt = SiteCache(f"{old_site}/wp-json/", {term_key("tags", "Harbour"): Term(7, "Harbour")})
    save_site_cache(store, ACCOUNT, old_site, SiteCache(), learnt)
    assert load_site_cache(store, ACCOUNT, old_site) == learnt
    assert load_site_cache(store, ACCOUNT, new_site) == SiteCache()  # the account now points elsewhere

    moved = SiteCache(f"{new_site}/wp-json/", {term_key("tags", "Port"): Term(3, "Port")})
    save_site_cache(store, ACCOUNT, new_site, SiteCache(), moved)
    assert load_site_cache(store, ACCOUNT, new_site) == moved  # the old site's terms are gone

    more = SiteCache(moved.api_root, {**moved.terms, term_key("categories", "World"): Term(9, "World")})
    save_site_cache(store, ACCOUNT, new_site, moved, more)
    only_port = load_site_cache(store, ACCOUNT, new_site, [term_key("tags", "port"), term_key("tags", "x")])
    assert only_port == moved  # a publish reads just the terms it uses
    assert load_site_cache(store, ACCOUNT, new_site, []).terms == {}
    assert len(load_site_cache(store, ACCOUNT, new_site).terms) == 2


def test_removing_the_account_forgets_what_was_learnt_about_its_site(
    store: ArticleStore, data_dir: Path, wordpress: WordPressServer
) -> None:
    learnt = SiteCache(f"{wordpress.base_url}/wp-json/", {term_key("tags", "Port"): Term(3, "Port")})
    with account_in_keyring(data_dir, "leaving", wordpress.base_url, wordpress):
        save_site_cache(store, "leaving", wordpress.base_url, SiteCache(), learnt)
        assert main(["account", "remove", "leaving"]) == 0
    # Re-added later for the same address, it may be a reinstalled site: its ids are learnt afresh.
    assert load_site_cache(store, "leaving", wordpress.base_url) == SiteCache()
