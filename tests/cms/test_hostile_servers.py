"""A server that tries to hold the client, exhaust it or lure its password away, in front of the real
WordPress (tests/faultproxy.py): a dripped answer, an endless answer, a redirect to another origin."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from editor.cli.messages import describe_error
from editor.cms.errors import BadResponse, CmsError, Timeout
from editor.cms.wordpress import WordPressClient
from tests.faultproxy import Fault, FaultProxy, FaultRule
from tests.wordpress.server import WordPressServer

pytestmark = pytest.mark.wordpress


@pytest.fixture
def proxy(wordpress: WordPressServer) -> Iterator[FaultProxy]:
    with FaultProxy("127.0.0.1", wordpress.port, stall_seconds=30) as running:
        yield running


def test_a_dripped_answer_is_given_up_at_the_total_deadline(
    wordpress: WordPressServer, proxy: FaultProxy
) -> None:
    # One byte every 0.2 s: no single read ever waits long, the whole answer would take minutes.
    proxy.add_rule(FaultRule(Fault.DRIP, path_contains="users/me", drip_seconds=0.2))
    with (
        WordPressClient(proxy.base_url, wordpress.username, wordpress.app_password, deadline=3) as client,
        pytest.raises(Timeout) as raised,
    ):
        client.test()
    assert "stopped waiting" in describe_error(raised.value)
    assert "\n" not in describe_error(raised.value)


def test_an_endless_answer_is_refused_without_reading_it_all(
    wordpress: WordPressServer, proxy: FaultProxy
) -> None:
    proxy.add_rule(FaultRule(Fault.OVERSIZE, method="GET", path_contains="/wp/v2/posts", size=64 * 2**20))
    with (
        WordPressClient(proxy.base_url, wordpress.username, wordpress.app_password) as client,
        pytest.raises(BadResponse) as raised,
    ):
        client.search_posts("harbour")
    assert "larger than 16 MB" in describe_error(raised.value)


@pytest.mark.parametrize("route", ["/wp-json", "users/me"])
def test_a_redirect_to_another_origin_is_not_followed_and_not_a_login(
    wordpress: WordPressServer, proxy: FaultProxy, route: str
) -> None:
    with FaultProxy("127.0.0.1", wordpress.port) as elsewhere:  # the same WordPress, another origin
        away = f"{elsewhere.base_url}/wp-json/"
        proxy.add_rule(FaultRule(Fault.REDIRECT, path_contains=route, times=99, location=away))
        with (
            WordPressClient(proxy.base_url, wordpress.username, wordpress.app_password) as client,
            pytest.raises(CmsError) as raised,
        ):
            client.test()
        assert elsewhere.requests() == []  # nothing went there, with or without the password
    assert elsewhere.base_url.removeprefix("http://") in describe_error(raised.value)
    assert wordpress.app_password not in describe_error(raised.value)


def test_account_test_says_the_site_sent_it_elsewhere(
    wordpress: WordPressServer, proxy: FaultProxy, data_dir, capsys: pytest.CaptureFixture[str]
) -> None:
    from editor.cli import main
    from tests.sync.conftest import account_in_keyring

    with FaultProxy("127.0.0.1", wordpress.port) as elsewhere:
        proxy.add_rule(FaultRule(Fault.REDIRECT, times=99, location=f"{elsewhere.base_url}/wp-json/"))
        with account_in_keyring(data_dir, "moved", proxy.base_url, wordpress) as account:
            capsys.readouterr()
            assert main(["account", "test", account]) == 1
        captured = capsys.readouterr()
        assert elsewhere.requests() == []
    assert "another address" in captured.err and len(captured.err.strip().splitlines()) == 1
    assert "OK" not in captured.out and wordpress.app_password not in captured.out + captured.err
