"""HTTP details of the WordPress client: where the REST API lives, and answers/failures → errors.

Discovery tries, in order: ``<site>/wp-json/`` (pretty permalinks), ``<site>/?rest_route=/`` (sites with
plain permalinks only have this one), then the ``Link: <…>; rel="https://api.w.org/"`` header of the home
page (the API may live elsewhere). An index is accepted when it is JSON with a ``namespaces`` list.
"""

from __future__ import annotations

import functools
import os
import ssl
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import httpx

from editor.cms.errors import (
    AuthFailed,
    BadResponse,
    CmsError,
    ConnectionFailed,
    NotFound,
    RateLimited,
    Rejected,
    RestDisabled,
    ServerError,
    Timeout,
    TlsError,
    parse_retry_after,
)

API_REL = "https://api.w.org/"
INDEX_FIELDS = "name,description,url,home,namespaces"


@dataclass(frozen=True, slots=True)
class RestRoot:
    """Where routes go: ``<base>wp/v2/posts`` (path style) or ``<base>?rest_route=/wp/v2/posts``."""

    base: str  # path style: ends with "/"; query style: the URL to which rest_route is added
    query_style: bool

    @property
    def display(self) -> str:
        return f"{self.base}?rest_route=/" if self.query_style else self.base

    def url_and_params(self, route: str, params: dict[str, Any] | None) -> tuple[str, dict[str, Any]]:
        query = dict(params or {})
        if self.query_style:
            return self.base, {"rest_route": route, **query}
        return self.base + route.lstrip("/"), query

    @classmethod
    def from_link(cls, link: str) -> RestRoot:
        parts = urlsplit(link)
        if "rest_route" in dict(parse_qsl(parts.query)):
            return cls(urlunsplit((parts.scheme, parts.netloc, parts.path or "/", "", "")), True)
        path = parts.path if parts.path.endswith("/") else parts.path + "/"
        return cls(urlunsplit((parts.scheme, parts.netloc, path, "", "")), False)


def shared_ssl_context() -> ssl.SSLContext:
    """The one certificate-verifying TLS context every client uses.

    httpx builds a context per Client unless given one, and building one loads the whole CA bundle (tens of
    milliseconds, per publish in the CLI). Verification stays on; the system's ``SSL_CERT_FILE`` /
    ``SSL_CERT_DIR`` are honoured as httpx does with ``trust_env``, and a change of them makes a new context.
    """
    return _ssl_context(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))


@functools.cache
def _ssl_context(cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    return httpx.create_ssl_context(trust_env=True)  # reads the same two variables


def json_or_none(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def api_link(response: httpx.Response) -> str | None:
    for link in response.headers.get_list("link"):
        for part in link.split(","):
            if f'rel="{API_REL}"' in part and "<" in part and ">" in part:
                return part[part.index("<") + 1 : part.index(">")]
    return None


def looks_like_wordpress(response: httpx.Response) -> bool:
    text = response.text[:200_000] if "html" in response.headers.get("content-type", "") else ""
    return api_link(response) is not None or "/wp-content/" in text or "/wp-includes/" in text


def transport_error(exc: httpx.HTTPError, where: str) -> CmsError:
    """An httpx failure (no usable answer) as a CmsError; ``where`` is the site URL for the message."""
    at = {"where": where}
    if isinstance(exc, httpx.ConnectTimeout):
        return ConnectionFailed("connect_timeout", params=at)
    if isinstance(exc, httpx.TimeoutException):
        return Timeout("answer_timeout", params=at, maybe_applied=True)
    if _is_tls_failure(exc):
        return TlsError("tls_unverified", params=at)
    if isinstance(exc, httpx.ConnectError):
        return ConnectionFailed("connect_failed", params={**at, "reason": _reason(exc)})
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
        return ConnectionFailed("connection_broke", params=at, maybe_applied=True)
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return ConnectionFailed("unusable_address", params=at)
    return ConnectionFailed("talk_failed", params={**at, "type": type(exc).__name__}, maybe_applied=True)


def _reason(exc: BaseException) -> str:
    """Why a connection failed, as a reason code (editor.cli.messages words it), else the error's type."""
    text = str(exc).lower()
    if "refused" in text:
        return "refused"
    if "name or service not known" in text or "nodename" in text or "getaddrinfo" in text:
        return "no_such_host"
    if "unreachable" in text:
        return "unreachable"
    return type(exc).__name__


def _is_tls_failure(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return True
        if "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def error_for_response(response: httpx.Response, what: str) -> CmsError:
    """A non-2xx answer as a CmsError. ``what`` is the action's code for the message ("create_post");
    WordPress's own words (its ``message``) are the ``said`` parameter."""
    status = response.status_code
    data = json_or_none(response)
    code = str(data.get("code", "")) if isinstance(data, dict) else ""
    server_says = str(data.get("message", "")).strip() if isinstance(data, dict) else ""
    retry_after = parse_retry_after(response.headers.get("retry-after"))
    details = data.get("data") if isinstance(data, dict) and isinstance(data.get("data"), dict) else {}
    common = {"status": status, "code": code, "retry_after": retry_after, "details": details}
    words = {"what": what, "status": status, "said": server_says}
    if status == 429:
        return RateLimited("wp_rate_limited", params={**words, "retry_after": retry_after}, **common)
    if status >= 500:
        # WordPress's own error object ({"code", "message", "data"}) is a refusal it decided
        # on (a tag that is only HTML, a headline too long to store): sending it again gives the same answer.
        # A crash (its fatal-error handler, a proxy's page) may be temporary and is retried, as is every
        # 502/503/504: a gateway or an overloaded site, whatever its body says.
        refused = status == 500 and bool(code and server_says) and code != "internal_server_error"
        key = "wp_refused" if refused else "wp_server_error"
        return ServerError(key, params=words, transient=not refused, **common)
    if status == 408:
        return Timeout("wp_timed_out", params=words, **common)
    if status == 401:
        return AuthFailed("wp_login_refused", params=words, **common)
    if status == 403:
        if data is None:
            return RestDisabled("wp_rest_blocked", params=words, **common)
        return AuthFailed("wp_not_allowed", params=words, **common)
    if status == 404 and code == "rest_no_route":
        return RestDisabled("wp_no_route", params=words, **common)
    if status in (404, 410):
        return NotFound("wp_not_found", params=words, **common)
    if data is None and status >= 400:
        return BadResponse("wp_not_json_error", params=words, **common)
    return Rejected("wp_refused", params=words, **common)


def expect_object(response: httpx.Response, what: str) -> dict[str, Any]:
    data = json_or_none(response)
    if not isinstance(data, dict):
        kind = response.headers.get("content-type", "")
        raise BadResponse("wp_not_json", params={"what": what, "kind": kind}, status=response.status_code)
    return data


def expect_list(response: httpx.Response, what: str) -> list[dict[str, Any]]:
    data = json_or_none(response)
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise BadResponse("wp_not_a_list", params={"what": what}, status=response.status_code)
    return data
