"""A client handed what an earlier one learnt (API root, term ids) needs no discovery and no term lookups."""

from __future__ import annotations

import uuid

import pytest

from editor.cms.site_cache import SiteCache
from editor.cms.wordpress import WordPressClient
from tests.faultproxy import FaultProxy
from tests.wordpress.server import WordPressServer

pytestmark = pytest.mark.wordpress


def test_a_client_starting_from_a_site_cache_sends_only_the_post(wordpress: WordPressServer) -> None:
    name = f"Harbour {uuid.uuid4().hex[:6]}"
    with FaultProxy("127.0.0.1", wordpress.port) as proxy:
        with WordPressClient(proxy.base_url, wordpress.username, wordpress.app_password) as first:
            tag_ids = first.ensure_terms("tags", [name])
            learnt = first.site_cache()
        assert learnt.api_root == f"{proxy.base_url}/wp-json/"
        already = len(proxy.requests())
        with WordPressClient(
            proxy.base_url, wordpress.username, wordpress.app_password, site_cache=learnt
        ) as second:
            assert second.ensure_terms("tags", [name.upper()]) == tag_ids  # one term, whatever the case
            post = second.create_fields({"title": "Cached", "status": "draft", "tags": tag_ids})
        sent = [(r.method, r.path.split("?")[0]) for r in proxy.requests()[already:]]
    assert sent == [("POST", "/wp-json/wp/v2/posts")]
    assert list(post.tags) == tag_ids


def test_a_remembered_root_on_another_host_is_never_used(wordpress: WordPressServer) -> None:
    elsewhere = SiteCache("http://127.0.0.2:9/wp-json/")  # the password must not go there
    with WordPressClient(
        wordpress.base_url, wordpress.username, wordpress.app_password, site_cache=elsewhere
    ) as client:
        assert client.site_cache().api_root == ""
        client.ensure_terms("tags", ["Lisbon"])
        assert client.site_cache().api_root == f"{wordpress.base_url}/wp-json/"
