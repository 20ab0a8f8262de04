"""Answers the real WordPress does not give by itself (429, 5xx, garbage, stalls, blocked REST), produced
by a small proxy in front of it. Each maps to the right error, transient or not, without secrets."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from editor.cli.messages import describe_error
from editor.cms.errors import BadResponse, CmsError, RateLimited, RestDisabled, ServerError, Timeout
from editor.cms.wordpress import WordPressClient
from tests.cms.servers import proxy, serve
from tests.wordpress.server import WordPressServer

pytestmark = pytest.mark.wordpress


def _posts_fault(status: int, headers: dict[str, str], body: bytes):
    def fault(method: str, path: str):
        return (status, headers, body) if method == "POST" and "/wp/v2/posts" in path else None

    return fault


def _create_through(wordpress: WordPressServer, fault, **client_options) -> CmsError:
    with (
        serve(proxy(wordpress.base_url, fault=fault)) as url,
        WordPressClient(url, wordpress.username, wordpress.app_password, **client_options) as client,
        pytest.raises(CmsError) as raised,
    ):
        client.create_fields({"title": "Through the proxy", "status": "draft"})
    error = raised.value
    for text in (describe_error(error), str(error), repr(error), repr(error.args), json.dumps(error.details)):
        assert wordpress.app_password not in text
        assert wordpress.app_password.replace(" ", "") not in text
        assert "Basic " not in text
    return error


JSON = {"Content-Type": "application/json"}


def test_429_with_seconds_is_rate_limited_and_says_when(wordpress: WordPressServer) -> None:
    error = _create_through(
        wordpress, _posts_fault(429, {**JSON, "Retry-After": "7"}, b'{"code":"too_many"}')
    )
    assert isinstance(error, RateLimited)
    assert error.transient and error.retry_after == 7
    assert "7 s" in describe_error(error)


def test_429_with_an_http_date(wordpress: WordPressServer) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=90), usegmt=True)
    error = _create_through(wordpress, _posts_fault(429, {"Retry-After": when}, b""))
    assert isinstance(error, RateLimited)
    assert error.retry_after is not None and 80 <= error.retry_after <= 91


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_are_transient(wordpress: WordPressServer, status: int) -> None:
    error = _create_through(
        wordpress, _posts_fault(status, {"Content-Type": "text/html"}, b"<h1>Bad gateway</h1>")
    )
    assert isinstance(error, ServerError)
    assert error.transient and error.status == status
    assert str(status) in describe_error(error)


def test_html_where_json_belongs_is_a_bad_response(wordpress: WordPressServer) -> None:
    error = _create_through(
        wordpress, _posts_fault(201, {"Content-Type": "text/html"}, b"<html>cached</html>")
    )
    assert isinstance(error, BadResponse)
    assert not error.transient
    assert "not WordPress JSON" in describe_error(error)


def test_a_stalled_answer_is_a_timeout_that_may_have_been_applied(wordpress: WordPressServer) -> None:
    def stall(method: str, path: str):
        if method == "POST" and "/wp/v2/posts" in path:
            time.sleep(1.5)
        return None

    error = _create_through(wordpress, stall, timeout=httpx.Timeout(0.5, connect=5.0))
    assert isinstance(error, Timeout)
    assert error.transient and error.maybe_applied
    assert "may still have been carried out" in describe_error(error)


def test_blocked_rest_api_on_a_wordpress_site_is_rest_disabled(wordpress: WordPressServer) -> None:
    blocked = json.dumps(
        {"code": "rest_disabled", "message": "The REST API is disabled on this site."}
    ).encode()

    def block_rest(method: str, path: str):
        if path.startswith("/wp-json") or "rest_route" in path:
            return 403, JSON, blocked
        return None

    with (
        serve(proxy(wordpress.base_url, fault=block_rest)) as url,
        WordPressClient(url, wordpress.username, wordpress.app_password) as client,
        pytest.raises(RestDisabled) as raised,
    ):
        client.test()
    assert "looks like WordPress" in describe_error(raised.value)
    assert "REST API is disabled" in describe_error(raised.value)
